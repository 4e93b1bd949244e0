"""The meeting an article reports: kind, name, ordinal, organizer, location, format."""

from __future__ import annotations

import re

from ..models import Meeting

_KINDS = ("phiên họp", "cuộc họp", "hội nghị", "giao ban", "sơ duyệt", "tổng duyệt", "họp")
_ORDINAL_WORDS = {
    "nhất": 1,
    "đầu tiên": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
_ORDINAL = re.compile(
    r"(?:họp\s+)?phiên(?:\s+họp)?\s+(?:thứ\s+(?P<w>nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2})"
    r"|(?P<first>đầu tiên))",
    re.I,
)
_PREVIOUS = re.compile(r"(?:từ|sau|tại|kể từ)\s+(?:sau\s+)?$", re.I)
_ORGANIZER = re.compile(
    r"(Tiểu ban\s+[A-ZĐ][\w\s-]*?(?:Đại hội(?:\s+đại biểu toàn quốc)?(?:\s+lần thứ)?\s+[IVX]+|Đại hội\s+\d+)"
    r"(?:\s+của Đảng)?|Văn phòng Trung ương Đảng|Ban Tổ chức Trung ương|Ban Tuyên giáo Trung ương)"
)


def ordinal(text: str) -> tuple[int | None, str | None]:
    for match in _ORDINAL.finditer(text):
        if _PREVIOUS.search(text[max(0, match.start() - 12) : match.start()]):
            continue
        word = (match["w"] or match["first"] or "").lower()
        value = int(word) if word.isdigit() else _ORDINAL_WORDS.get(word)
        if value:
            return value, match.group(0)
    return None, None


def canonical_organizer(name: str, congress: str | None) -> str:
    """One form for the variants of a subcommittee's name."""
    name = re.sub(r"\s+", " ", name).strip()
    match = re.match(r"Tiểu ban\s+(.*?)\s*(?:của\s+)?Đại hội", name, re.I)
    if match and congress:
        kind = match.group(1).strip()
        kind = {"Tổ chức": "Tổ chức phục vụ", "Phục vụ": "Tổ chức phục vụ"}.get(kind, kind)
        kind = (
            kind[:1].upper() + kind[1:].lower()
            if kind.lower() != "kinh tế - xã hội"
            else "Kinh tế - Xã hội"
        )
        return f"Tiểu ban {kind} Đại hội {congress} của Đảng"
    return name


def find_meeting(text: str, congress: str | None) -> Meeting:
    lowered = text.lower()
    kind = None
    best = len(text) + 1
    for candidate in _KINDS:
        position = lowered.find(candidate)
        if 0 <= position < best:
            kind, best = candidate, position
    number, _ = ordinal(text)
    organizer_match = _ORGANIZER.search(text)
    organizer = canonical_organizer(organizer_match.group(1), congress) if organizer_match else None
    location = re.search(r"tại\s+(Hà Nội|Trụ sở Trung ương Đảng|[Tt]rụ sở Trung ương Đảng)", text)
    return Meeting(
        kind=kind,
        ordinal=number,
        organizer=organizer,
        location=(location.group(1)[0].upper() + location.group(1)[1:],) if location else (),
    )
