"""The only place underthesea is imported: NER as a second opinion on unusual names."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def person_names(sentence: str) -> tuple[str, ...]:
    """Names underthesea tags as PER in ``sentence`` (the model loads on first use)."""
    from underthesea import ner

    names: list[str] = []
    current: list[str] = []
    for token in ner(sentence):
        word, tag = token[0], token[-1]
        if tag == "B-PER":
            if current:
                names.append(" ".join(current))
            current = [word]
        elif tag == "I-PER" and current:
            current.append(word)
        else:
            if current:
                names.append(" ".join(current))
            current = []
    if current:
        names.append(" ".join(current))
    return tuple(names)
