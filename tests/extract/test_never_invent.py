"""Nobody on a page who is not named in the article: checked on every real article at hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.ingest import read_article
from generator.parallel import analyse
from generator.text import canonical_spelling, fold
from tests.conftest import FIXTURES, ROOT

SETS = {
    "seeds": ROOT / "seeds",
    "fixtures": FIXTURES / "articles",
    "probe-set": FIXTURES / "probe-set" / "articles",
    "probe-set-2": FIXTURES / "probe-set-2" / "articles",
    "probe-set-3": FIXTURES / "probe-set-3" / "articles",
    "probe-set-4": FIXTURES / "probe-set-4" / "articles",
    "probe-set-5": FIXTURES / "probe-set-5" / "articles",
    "probe-set-6": FIXTURES / "probe-set-6" / "articles",
    "probe-set-7": FIXTURES / "probe-set-7" / "articles",
}


def _named(name: str, text: str, spellings: dict[str, str]) -> bool:
    folded = fold(canonical_spelling(" ".join(text.split())))
    variants = [s for s, canonical in spellings.items() if canonical == name] + [name]
    return any(fold(canonical_spelling(v)) in folded for v in variants)


@pytest.mark.parametrize("name", [*sorted(SETS), "devset"])
def test_every_person_on_a_page_is_named_in_its_article(name, knowledge, request):
    # the dev set through its fixture: skipped with the reason on a clone, required in CI
    folder: Path = request.getfixturevalue("devset_dir") if name == "devset" else SETS[name]
    files = sorted(folder.glob("*.txt"))
    assert files, folder
    for path in files:
        raw = read_article(path, folder)
        outcome = analyse(raw, knowledge, use_ner=True)
        assert not isinstance(outcome, Exception), path
        _, meta = outcome
        people = [p.name for p in meta.participants] + [m.name for m in meta.mentioned]
        invented = [p for p in people if not _named(p, raw.text, knowledge.alias_index)]
        assert invented == [], f"{path.name}: {invented}"
