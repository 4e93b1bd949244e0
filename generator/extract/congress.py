"""Which national Party congress(es) an article is about, from Roman and Arabic forms."""

from __future__ import annotations

import re
from collections import Counter

_ROMAN = {"IX": 9, "X": 10, "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15, "XVI": 16}
_TO_ROMAN = {v: k for k, v in _ROMAN.items()}
_WORDS = {"một": 11, "hai": 12, "ba": 13, "bốn": 14, "lăm": 15, "năm": 15, "sáu": 16}
# Roman, Arabic, or in words after "lần thứ": "Đại hội lần thứ mười ba"
_NUMERAL = r"(?-i:[IVXLC]+)\b|\d{1,2}\b|(?<=thứ )mười\s+(?:" + "|".join(_WORDS) + r")\b"
# The national congress as the press writes it: "Đại hội XIV", "Đại hội 14", "Đại hội Đảng XIII",
# "Đại hội lần thứ 13", "Đại hội Đảng toàn quốc lần thứ XIII", "Đại hội đại biểu toàn quốc lần
# thứ XIV của Đảng", "Đại hội Đảng Cộng sản Việt Nam lần thứ XII", "ĐH XIII" (headlines).
# Not "Đại hội Đảng bộ …" (a local congress) nor congresses of other bodies ("Đại hội Thi đua
# yêu nước toàn quốc lần thứ XI", "Đại hội đại biểu toàn quốc lần thứ X Mặt trận Tổ quốc").
CONGRESS_FORM = (
    r"(?:Đại hội|(?-i:ĐH)(?=\s+(?:Đảng\s+)?(?:lần\s+thứ\s+)?(?-i:[IVX]+)\b))"
    r"(?:\s+đại biểu)?(?:\s+Đảng(?!\s+bộ)(?:\s+Cộng sản Việt Nam)?)?(?:\s+toàn quốc)?"
    r"(?:\s+của\s+Đảng)?(?:\s+(?:lần\s+)?thứ)?\s+(?P<number>" + _NUMERAL + r")"
    r"(?!\s+(?-i:Đảng bộ|Mặt trận|MTTQ|Hội|Công đoàn|Đoàn|Liên hiệp|Liên đoàn)\b)"
)
_CONGRESS = re.compile(CONGRESS_FORM + r"(?P<more>(?:\s*(?:,|và)\s*(?-i:[IVX]+)\b(?!/))*)", re.I)
_TERM = re.compile(r"\b[Kk]h(?:óa|oá)\s+(" + _NUMERAL + ")")
# A term of a body that is not the Party's Central Committee: "đại biểu Quốc hội khóa XV",
# "HĐND tỉnh khóa X", "Ban Chấp hành Đảng bộ tỉnh khóa XIX".
_OTHER_TERM = re.compile(
    r"\b(?:Quốc hội|HĐND|Hội đồng nhân dân|Đảng bộ|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|"
    r"Đảng ủy|Công đoàn|Mặt trận|MTTQ)\b[^,.;:()]*$",
    re.I,
)
# "tiến tới Đại hội XIV", "hướng tới Đại hội XIV": a congress on the horizon of something else
# (a provincial congress, an emulation congress, a briefing) is mentioned, not the subject.
_ON_THE_WAY = re.compile(r"(?:tiến|hướng)\s+tới\s+(?:thành công\s+)?$", re.IGNORECASE)
_WELL_FORMED = re.compile(r"^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")


# A local Party congress ("Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XIX", "Đại hội Đảng bộ
# tỉnh"): the national congress it prepares for is mentioned only, and the Party's calendar
# does not date it. Not "đại hội đảng bộ các cấp" (all of them, the subject of a directive).
LOCAL_CONGRESS = re.compile(
    r"Đại hội\s+(?:đại biểu\s+)?Đảng bộ(?![\wÀ-ỹ])(?!\s+(?:các cấp|cơ sở|cấp|trực thuộc)\b)",
    re.I,
)


def to_roman(token: str) -> str | None:
    """ "XIV" or "14" -> "XIV"; None for anything that is not a plausible congress."""
    if token.isdigit():
        return _TO_ROMAN.get(int(token))
    if token.lower().startswith("mười"):
        return _TO_ROMAN.get(_WORDS.get(token.lower().split()[-1], 0))
    return token if token in _ROMAN else None


# Congresses of other bodies, with their number: "Đại hội đại biểu toàn quốc Mặt trận Tổ quốc
# Việt Nam lần thứ X", "Đại hội X Mặt trận Tổ quốc", "Đại hội MTTQ Việt Nam lần thứ X". Once an
# article names one, a bare "Đại hội X" in it is that congress, not the Party's tenth.
OTHER_BODIES = (
    r"(?-i:Mặt trận|MTTQ|Đoàn|Công đoàn|Hội|Liên hiệp|Liên đoàn|Thi đua|Cựu chiến binh|Phụ nữ)"
)
"""Bodies other than the Party whose congresses the press also numbers."""
_OTHER_BODY_CONGRESS = re.compile(
    rf"Đại hội\s+(?:đại biểu\s+)?(?:toàn quốc\s+)?{OTHER_BODIES}[^.;:]{{0,60}}?\blần\s+thứ\s+(?P<a>{_NUMERAL})"
    rf"|Đại hội\s+(?:lần\s+thứ\s+)?(?P<b>{_NUMERAL})\s+{OTHER_BODIES}",
    re.I,
)
# "Đảng bộ huyện … khai mạc Đại hội đại biểu lần thứ XIV": "đại biểu" without "toàn quốc" nor
# "Đảng" is a local congress; the national one is "toàn quốc", "Đảng" or plain "Đại hội XIV".
_LOCAL_DELEGATES = re.compile(r"^Đại hội\s+đại biểu\s+(?:lần\s+)?thứ\s", re.I)


def congress_numbers(text: str) -> list[tuple[str, int, str]]:
    """(numeral as written, position, the words naming it) of each congress named in ``text``,
    numbers listed after the first one included ("các Đại hội XII, XIII")."""
    found = []
    others = {m["a"] or m["b"] for m in _OTHER_BODY_CONGRESS.finditer(text)}
    for match in _CONGRESS.finditer(text):
        words = match.group(0)
        if match["number"] in others or (
            _LOCAL_DELEGATES.match(words) and not re.match(r"\s+của\s+Đảng", text[match.end() :])
        ):
            continue
        found.append((match["number"], match.start(), words))
        for extra in re.finditer(r"[IVX]+", match["more"] or ""):
            found.append((extra.group(0), match.start("more") + extra.start(), match.group(0)))
    return found


def find_congresses(
    text: str, headline: str | None = None
) -> tuple[tuple[str, ...], tuple[str, ...], list[str]]:
    """(about, mentioned, warnings): the primary congress first: the one the headline names,
    else the one named most often (the first named on a tie)."""
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    horizon: list[str] = []
    warnings: list[str] = []
    for numeral, position, words in congress_numbers(text):
        roman = to_roman(numeral)
        if roman is None:
            if not _WELL_FORMED.match(numeral):
                warnings.append(f"số đại hội không hợp lệ: {words!r}")
        elif _on_the_way(text, position):
            horizon.append(roman)
        else:
            counts[roman] += 1
            first_seen.setdefault(roman, position)
    titled = titled_congresses(headline)
    about = sorted(counts, key=lambda r: (r not in titled, -counts[r], first_seen[r]))
    primary = about[:1]
    terms, term_warnings = _terms(text)
    mentioned = [r for r in about[1:] + horizon + terms if r not in primary]
    return tuple(primary), tuple(dict.fromkeys(mentioned)), warnings + term_warnings


def titled_congresses(headline: str | None) -> set[str | None]:
    """The congresses a headline puts forward (not one only "tiến tới")."""
    title = headline or ""
    return {to_roman(n) for n, at, _ in congress_numbers(title) if not _on_the_way(title, at)}


def _on_the_way(text: str, position: int) -> bool:
    return bool(_ON_THE_WAY.search(text[max(0, position - 24) : position]))


def congress_of(name: str | None) -> str | None:
    """The national congress a body's name belongs to ("Tiểu ban Văn kiện Đại hội XIV …")."""
    numbers = [to_roman(n) for n, _, _ in congress_numbers(name or "")]
    return next((n for n in numbers if n), None)


def _terms(text: str) -> tuple[list[str], list[str]]:
    """Central Committee terms ("khóa XIII"), not those of the National Assembly or local bodies."""
    terms: list[str] = []
    warnings: list[str] = []
    for match in _TERM.finditer(text):
        if _OTHER_TERM.search(text[max(0, match.start() - 60) : match.start()]):
            continue
        roman = to_roman(match.group(1))
        if roman is None:
            if not _WELL_FORMED.match(match.group(1)):
                warnings.append(f"số khóa không hợp lệ: {match.group(0)!r}")
        elif roman not in terms:
            terms.append(roman)
    return terms, warnings
