"""The meeting an article reports: kind, name, ordinal, organizer, location, format."""

from __future__ import annotations

import re

from ..models import Meeting
from ..text import NUMBER_WORDS, fold

# Head nouns, compound ones first: "hội nghị giao ban" is a giao ban, "họp phiên" a phiên họp.
_KINDS = (
    ("hội nghị giao ban", "giao ban"),
    ("phiên họp", "phiên họp"),
    ("họp phiên", "phiên họp"),
    ("cuộc họp", "cuộc họp"),
    ("hội nghị", "hội nghị"),
    ("giao ban", "giao ban"),
    ("sơ duyệt", "sơ duyệt"),
    ("tổng duyệt", "tổng duyệt"),
    ("họp", "họp"),
)
_ORDINAL = re.compile(
    r"(?:phiên(?:\s+họp)?\s+(?:thứ\s+(?P<w>nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2})"
    r"|(?P<first>đầu tiên))|họp\s+lần\s+thứ\s+(?P<n>\d{1,2}|nhất|hai|ba|tư|năm))(?![\wÀ-ỹ])",
    re.IGNORECASE,
)
# "từ phiên họp thứ tư đến nay": a reference to an earlier meeting, not this one.
_PREVIOUS = re.compile(r"(?:từ|sau|kể từ|tại|của|trước)\s+(?:sau\s+)?$", re.IGNORECASE)
_SUBCOMMITTEE = re.compile(
    r"(?:Thường trực\s+)?Tiểu ban\s+(?P<kind>[\wÀ-ỹ -]{2,40}?)\s+(?:của\s+)?"
    r"(?P<congress>Đại hội(?:\s+đại biểu)?(?:\s+toàn quốc)?(?:\s+(?:lần\s+)?thứ)?\s+[IVX]+|Đại hội\s+\d+"
    r"|Đại hội\s+(?:đại biểu\s+)?Đảng bộ[^,.;]*?lần thứ\s+[IVXL]+)",
    re.IGNORECASE,
)
_SUBCOMMITTEE_KINDS = (
    ("van kien", "Văn kiện"),
    ("nhan su", "Nhân sự"),
    ("dieu le", "Điều lệ"),
    ("kinh te", "Kinh tế - Xã hội"),
    ("to chuc", "Tổ chức phục vụ"),
    ("phuc vu", "Tổ chức phục vụ"),
)
_BODIES = re.compile(
    r"Văn phòng Trung ương Đảng|Ban Tổ chức Trung ương|Ban Tuyên giáo(?: và Dân vận)? Trung ương|"
    r"Ủy ban Kiểm tra Trung ương|Ban Kinh tế Trung ương|Ban Nội chính Trung ương|"
    r"Ban Đối ngoại Trung ương|Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương"
)
_LOCATION = re.compile(
    r"\btại\s+(?P<place>(?:[Tt]rụ sở|[Nn]hà|[Tt]rung tâm|[Hh]ội trường)?[\s\wÀ-ỹ]*?[A-ZĐ][\wÀ-ỹ ]*?)"
    r"(?=,|\.|;|\s+(?:đã|diễn ra|họp|tổ chức|chủ trì)\b|$)"
)
_ONLINE = re.compile(r"trực tuyến", re.IGNORECASE)
_SITES = re.compile(r"(\d+)\s+điểm cầu", re.IGNORECASE)
_SITE_LIST = re.compile(r"điểm cầu:?\s+(?:điểm cầu\s+)?([A-ZĐ][^.;:]*)")
_CONFERENCE_NAME = re.compile(
    r"(Hội nghị\s+(?:[a-zà-ỹđ]+\s+){1,}[^.;()]*?)(?=\s+(?:tại|do|vào|với)\s|[.;(]|$)"
)


def ordinal(text: str) -> tuple[int | None, str | None]:
    """The number this meeting is given ("phiên thứ nhất", "họp lần thứ 2"), never an earlier one."""
    for match in _ORDINAL.finditer(text):
        if _PREVIOUS.search(text[max(0, match.start() - 14) : match.start()]):
            continue
        word = (match["w"] or match["first"] or match["n"] or "").lower()
        value = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
        if value:
            return value, match.group(0)
    return None, None


_VENUE = re.compile(
    r"(?:Trung tâm|Hội trường|Nhà|Phòng|Cung)\s+(?:Hội nghị|họp)[\wÀ-ỹ ]*", re.IGNORECASE
)


def meeting_kind(text: str) -> str | None:
    """The head noun the text uses first, compound nouns before bare "họp"; venues ignored."""
    lowered = _VENUE.sub(lambda m: " " * len(m.group(0)), text).lower()
    found = [(lowered.find(word), -len(word), kind) for word, kind in _KINDS if word in lowered]
    return min(found)[2] if found else None


def organizer(text: str, congress: str | None) -> str | None:
    """The body holding the meeting, in one canonical form whatever variant the text uses."""
    match = _SUBCOMMITTEE.search(text)
    if match:
        raw = match.group(0).removeprefix("Thường trực ").strip()
        if "đảng bộ" in match["congress"].lower():
            return raw[0].upper() + raw[1:]
        kind = next((name for key, name in _SUBCOMMITTEE_KINDS if key in fold(match["kind"])), None)
        if kind and congress:
            return f"Tiểu ban {kind} Đại hội {congress} của Đảng"
        return raw
    body = _BODIES.search(text)
    return body.group(0) if body else None


def location(sentence: str) -> tuple[tuple[str, ...], str | None]:
    """(places, format) of the meeting from its lead sentence."""
    online = _ONLINE.search(sentence)
    sites = _SITES.search(sentence)
    listed = _SITE_LIST.search(sentence)
    fmt = None
    if online or sites:
        fmt = "trực tuyến" + (f", {sites.group(1)} điểm cầu" if sites else "")
    if listed:
        places = [p.strip() for p in re.split(r",\s*|\s+và\s+", listed.group(1).strip())]
        if places and all(p[:1].isupper() and len(p.split()) <= 5 for p in places):
            return tuple(places), fmt
    if sites:
        return (f"{sites.group(1)} điểm cầu",), fmt
    match = _LOCATION.search(sentence)
    if match and not re.match(r"(?:phiên|hội nghị|cuộc|buổi)", match["place"], re.IGNORECASE):
        place = match["place"].strip()
        return (place[0].upper() + place[1:],), fmt
    return (), fmt


def find_meeting(
    headline: str | None, lead: str | None, text: str, congress: str | None
) -> Meeting:
    """Meeting fields, read from the event sentence first, then the headline, then the text."""
    sources = [s for s in (lead, headline, text) if s]
    kind = next((k for s in sources if (k := meeting_kind(s))), None)
    number = next((n for s in sources if (n := ordinal(s)[0])), None)
    body = next((o for s in sources if (o := organizer(s, congress))), None)
    places, fmt = location(lead or "")
    conference = next(
        (m.group(1).strip() for s in sources if (m := _CONFERENCE_NAME.search(s))), None
    )
    name = conference if kind in ("hội nghị", "giao ban") and conference else None
    return Meeting(
        kind=kind, name=name, ordinal=number, organizer=body, location=places, format=fmt
    )
