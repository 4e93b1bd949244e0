"""Vietnamese dictionary order: letters a ă â b c d đ e ê …, then tones, given name first."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_RANK = {letter: index for index, letter in enumerate(ALPHABET)}
# Tones in dictionary order: ngang, huyền, hỏi, ngã, sắc, nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


@lru_cache(maxsize=4096)  # a few hundred distinct characters; names are sorted every run
def _letter(char: str) -> tuple[int, int]:
    """(letter rank, tone rank) of one character; other characters sort after the alphabet."""
    marks = unicodedata.normalize("NFD", char.lower())
    tone = next((_TONES[m] for m in marks if m in _TONES), 0)
    base = unicodedata.normalize("NFC", "".join(m for m in marks if m not in _TONES))
    return _RANK.get(base, len(ALPHABET) + ord(base[:1] or " ")), tone


def word_key(word: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Letters first, tones only to break ties: "ma" < "mà" < "mả" < "mã" < "má" < "mạ" < "mai"."""
    pairs = [_letter(c) for c in word]
    return tuple(p[0] for p in pairs), tuple(p[1] for p in pairs)


def text_key(text: str) -> tuple:
    return tuple(word_key(w) for w in text.split())


def person_key(name: str) -> tuple:
    """Given name first, then family and middle names: "Tô Lâm" sorts under L."""
    words = name.split()
    return (text_key(words[-1]) if words else (), text_key(" ".join(words[:-1])), name)


def initial(name: str) -> str:
    """The letter a person is filed under: the first letter of the given name ("Đ" apart)."""
    words = name.split()
    if not words:
        return "#"
    first = unicodedata.normalize("NFD", words[-1][0].upper())
    letter = unicodedata.normalize("NFC", "".join(m for m in first if m not in _TONES))
    return letter if letter.lower() in _RANK else "#"
