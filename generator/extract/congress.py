"""Which national Party congress(es) an article is about, from Roman and Arabic forms."""

from __future__ import annotations

import re
from collections import Counter

_ROMAN = {"IX": 9, "X": 10, "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15, "XVI": 16}
_TO_ROMAN = {v: k for k, v in _ROMAN.items()}
_NUMERAL = r"([IVXLC]+|\d{1,2})\b"
# "Đại hội XIV", "Đại hội đại biểu toàn quốc lần thứ XIV", "Đại hội 14", "Đại hội lần thứ 14 của Đảng"
_CONGRESS = re.compile(
    r"Đại hội(?:\s+đại biểu)?(?:\s+toàn quốc)?(?:\s+(?:lần\s+)?thứ)?\s+" + _NUMERAL, re.I
)
_TERM = re.compile(r"(?<!Quốc hội )(?<!Quốc hội\xa0)[Kk]h(?:óa|oá)\s+" + _NUMERAL)
_WELL_FORMED = re.compile(r"^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_LOCAL = re.compile(r"Đại hội\s+(?:đại biểu\s+)?Đảng bộ", re.I)


def to_roman(token: str) -> str | None:
    """ "XIV" or "14" -> "XIV"; None for anything that is not a plausible congress."""
    if token.isdigit():
        return _TO_ROMAN.get(int(token))
    return token if token in _ROMAN else None


def find_congresses(text: str) -> tuple[tuple[str, ...], tuple[str, ...], list[str]]:
    """(about, mentioned, warnings): primary congress first, ranked by how often it is named."""
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    warnings: list[str] = []
    for match in _CONGRESS.finditer(text):
        roman = to_roman(match.group(1))
        if roman is None:
            if not _WELL_FORMED.match(match.group(1)):
                warnings.append(f"số đại hội không hợp lệ: {match.group(0)!r}")
            continue
        counts[roman] += 1
        first_seen.setdefault(roman, match.start())
    terms: list[str] = []
    for match in _TERM.finditer(text):
        roman = to_roman(match.group(1))
        if roman is None:
            if not _WELL_FORMED.match(match.group(1)):
                warnings.append(f"số khóa không hợp lệ: {match.group(0)!r}")
        elif roman not in terms:
            terms.append(roman)
    about = sorted(counts, key=lambda r: (-counts[r], first_seen[r]))
    primary = about[:1]
    mentioned = [r for r in about[1:] + terms if r not in primary]
    return tuple(primary), tuple(dict.fromkeys(mentioned)), warnings
