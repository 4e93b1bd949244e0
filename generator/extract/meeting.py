"""The meeting an article reports: kind, name, ordinal, organizer, location, format."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Meeting
from ..text import LOWER, NUMBER_WORDS
from .congress import CONGRESS_FORM
from .organizer import CENTRAL_BODIES, organizer

__all__ = ["find_meeting", "location", "meeting_kind", "ordinal", "organizer"]

# Head nouns as the press uses them, mapped to the kind recorded. A compound is named by its
# head: "hội nghị giao ban" is a hội nghị, "họp phiên" and "phiên họp toàn thể" a phiên họp,
# "lễ tổng duyệt" a tổng duyệt. "kiểm tra" only as an outing ("đi kiểm tra", "buổi kiểm tra"):
# alone it is a common verb and part of "Ủy ban Kiểm tra".
_KINDS = (
    ("họp giao ban", "giao ban"),
    ("cuộc họp báo", "họp báo"),
    ("buổi họp báo", "họp báo"),
    ("họp báo", "họp báo"),
    ("phiên họp", "phiên họp"),
    ("họp phiên", "phiên họp"),
    ("kỳ họp", "kỳ họp"),
    ("cuộc họp", "cuộc họp"),
    ("buổi làm việc", "buổi làm việc"),
    ("hội nghị", "hội nghị"),
    ("hội thảo", "hội thảo"),
    ("tọa đàm", "tọa đàm"),
    ("buổi gặp mặt", "gặp mặt"),
    ("buổi giao ban", "giao ban"),
    ("giao ban", "giao ban"),
    ("lễ tổng duyệt", "tổng duyệt"),
    ("buổi tổng duyệt", "tổng duyệt"),
    ("sơ duyệt", "sơ duyệt"),
    ("tổng duyệt", "tổng duyệt"),
    ("lễ khai trương", "lễ khai trương"),
    ("lớp tập huấn", "lớp tập huấn"),
    ("lớp bồi dưỡng", "lớp bồi dưỡng"),
    ("đi kiểm tra", "kiểm tra"),
    ("buổi kiểm tra", "kiểm tra"),
    ("chuyến kiểm tra", "kiểm tra"),
    ("họp", "họp"),
)
_KIND_OF = dict(_KINDS)
# "Phiên thứ 5 Tiểu ban …", "phiên khai mạc", "phiên toàn thể": a sitting without "họp".
_SITTING = r"phiên(?=\s+(?:thứ|lần|đầu tiên|khai mạc|bế mạc|toàn thể|trù bị|làm việc)\b)"
_KIND_WORDS = re.compile(
    r"(?<![\wÀ-ỹ])(?:"
    + "|".join(sorted(_KIND_OF, key=len, reverse=True))
    + "|"
    + _SITTING
    + r")(?![\wÀ-ỹ])",
    re.IGNORECASE,
)
# Spans where a meeting noun names something other than this meeting: a venue ("Trung tâm
# Hội nghị Quốc gia"), a plenum cited by number ("Hội nghị Trung ương 8", "Hội nghị lần thứ tám
# Ban Chấp hành Trung ương") and plurals ("các cuộc họp", "những phiên họp trước").
_NOT_THIS_MEETING = re.compile(
    r"(?:Trung tâm|Hội trường|Nhà|Phòng|Cung)\s+(?:Hội nghị|họp)[\wÀ-ỹ ]*"
    r"|Hội nghị\s+(?:lần\s+thứ\s+[\wÀ-ỹ]+\s+)?(?:Ban Chấp hành\s+)?Trung ương(?:\s+(?:Đảng|\d+))?"
    r"|(?:các|những|mọi)\s+(?:cuộc |phiên |buổi |kỳ )?(?:họp|hội nghị|phiên)",
    re.IGNORECASE,
)
_NUMBER = r"(?P<w>\d{1,2}|mười\s+(?:một|hai|ba|bốn|lăm|năm|sáu|bảy|tám|chín)|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)"
# "phiên thứ nhất", "phiên họp lần thứ 6", "phiên lần thứ sáu", "phiên họp toàn thể lần thứ hai",
# "Kỳ họp thứ nhất", "họp lần thứ 2", "họp phiên thứ ba", "phiên họp đầu tiên". Not a hội nghị:
# numbered conferences are Central Committee plenums cited in passing.
_ORDINAL = re.compile(
    r"(?:phiên(?:\s+họp)?|kỳ\s+họp|cuộc\s+họp|họp(?:\s+phiên)?|sơ duyệt|tổng duyệt|diễn tập|giao ban)"
    r"(?:\s+(?:toàn thể|thường kỳ|định kỳ|mở rộng|thường trực|chuyên đề|trực tuyến))?"
    r"\s+(?:(?:lần(?:\s+thứ)?|thứ)\s+" + _NUMBER + r"|(?P<first>đầu tiên|lần đầu(?:\s+tiên)?))"
    r"(?![\wÀ-ỹ])",
    re.IGNORECASE,
)
# A numbered conference is the meeting reported only when the headline or the event sentence
# holds it: "Khai mạc Hội nghị Trung ương 14", "Ban Chấp hành Trung ương Đảng khóa XIII khai
# mạc Hội nghị lần thứ 14", "Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 15".
_HELD_CONFERENCE = re.compile(
    r"(?:^|(?:khai mạc|bế mạc|tiến hành|tổ chức|họp)\s+)Hội nghị\s+"
    r"(?:(?:Ban Chấp hành\s+)?Trung ương\s+(?:Đảng\s+)?(?:lần\s+thứ\s+)?|lần\s+thứ\s+)"
    + _NUMBER
    + r"(?![\wÀ-ỹ])",
    re.IGNORECASE,
)
# An earlier or later meeting: "từ phiên họp thứ tư đến nay", "tại phiên họp thứ ba trước đó".
_REFERENCE_BEFORE = re.compile(
    r"(?:từ|sau|kể từ|trước|so với|như|tới|đến|vào|theo|của)\s+(?:sau\s+)?$", re.IGNORECASE
)
_REFERENCE_AFTER = re.compile(
    r"^\s*(?:trước đó|trước|lần trước|sắp tới|tới|tiếp theo|kế tiếp)(?![\wÀ-ỹ])"
    # later in its clause: "phiên họp toàn thể lần thứ ba của Tiểu ban, dự kiến tổ chức …",
    # "Kỳ họp thứ nhất Quốc hội khóa XVI sắp tới"
    r"|^[^.;:]{0,50}?(?<![\wÀ-ỹ])(?:sắp tới|dự kiến|trước đó|lần trước)(?![\wÀ-ỹ])",
    re.IGNORECASE,
)
# Capitalised after "thứ" it is a weekday ("phiên họp thứ Năm, 24/10"), not an ordinal.
_WEEKDAY = re.compile(r"^(?:Hai|Ba|Tư|Năm|Sáu|Bảy)$")

# Lower-case initials only ("À-ỹ" also spans capitals such as "Đ", "Ở").
_PLACE_HEAD = (
    r"(?:trụ sở|hội trường|nhà|trung tâm|phòng họp|phòng|khách sạn|cung|tòa nhà|thành phố|tỉnh)"
)
_LOCATION = re.compile(
    r"\b[Tt]ại\s+(?P<place>(?:" + _PLACE_HEAD + r"\s+)?[A-ZĐ][\wÀ-ỹ -]*?)"
    r"(?=\s*[,.;(]|\s+(?:đã|đang|sẽ|diễn ra|họp|tổ chức|chủ trì|khai mạc|bế mạc|dưới|với|nhằm|để|về|do"
    r"|theo|cho|trong|tới|đến|kết nối|trực tuyến|có|và(?=\s+[" + LOWER + r"]))\b|$)"
)
# Events and documents read after "tại" like places: "tại Hội nghị", "Tại Nghị quyết số 40".
_NOT_A_PLACE = re.compile(
    r"^(?:phiên|hội nghị|cuộc|buổi|kỳ họp|đại hội|lễ|nghị quyết|quyết định|kết luận|chỉ thị|"
    r"thông báo|báo cáo|tờ trình|văn bản|công văn|điều|khoản|chương|mục|tiểu ban|tổ)\b",
    re.IGNORECASE,
)
_ONLINE = re.compile(r"trực tuyến", re.IGNORECASE)
_SITES = re.compile(
    r"(\d{1,3}(?:\.\d{3})*|\d+)\s+điểm cầu(\s+(?:trên|trong)\s+(?:cả|toàn)\s+(?:nước|quốc))?",
    re.IGNORECASE,
)
_SITE_LIST = re.compile(r"điểm cầu:?\s+(?:điểm cầu\s+)?([A-ZĐ][^.;:]*)")
# "Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 của Văn phòng …": a common
# noun after "Hội nghị" (capitalised or not), up to where the place, time or form begins.
_CONFERENCE_NAME = re.compile(
    r"(Hội nghị\s+[A-ZĐ]?[" + LOWER + r"]+\s[^.;()]*?)"
    r"(?=\s+(?:tại|do|vào|với|theo|bằng|đã|đang|sẽ|được|diễn ra|khai mạc|bế mạc)\s|[.;(]|$)"
)


# What makes a meeting an institution's routine: "tổng kết công tác năm", "sơ kết 6 tháng",
# "giao ban", "quý IV", "hội nghị báo cáo viên", "tháng 8/2025".
_ROUTINE = re.compile(
    r"tổng kết công tác năm|sơ kết|giao ban|quý\s+(?:[IV]+|\d)\b|\d+\s+tháng\s+đầu năm|"
    r"báo cáo viên|định kỳ|hằng (?:tuần|tháng|quý)|công tác (?:tuần|tháng|quý)",
    re.IGNORECASE,
)


# A briefing whose object is a congress's preparation: "giao ban công tác chuẩn bị Đại hội
# XIII", "sơ kết công tác phục vụ Đại hội XIV".
_FOR_A_CONGRESS = re.compile(
    r"(?:giao ban|sơ kết)(?:\s+(?:lần\s+thứ\s+\w+|trực tuyến|định kỳ))?\s+(?:về\s+)?(?:công tác\s+)?"
    r"(?:chuẩn bị|phục vụ|tổ chức phục vụ|tổ chức)\s+(?:cho\s+)?" + CONGRESS_FORM,
    re.IGNORECASE,
)


def is_routine_review(meeting: Meeting, *texts: str | None) -> bool:
    """A central commission's periodic review or briefing: it may mention a congress, it is
    about none (issue 16), unlike a subcommittee's meeting, a briefing on a congress's
    preparation or a review of a congress itself."""
    if not meeting.organizer or not CENTRAL_BODIES.match(meeting.organizer):
        return False
    said = [text for text in (*texts, meeting.name) if text]
    if any(_FOR_A_CONGRESS.search(text) for text in said):
        return False
    return any(_ROUTINE.search(text) for text in said)


_REHEARSALS = ("sơ duyệt", "tổng duyệt", "diễn tập", "giao ban")
"""Meetings numbered in a series of their own: their number is the meeting's only when the
meeting is of that kind ("sơ duyệt lần thứ hai", "giao ban lần thứ 7")."""


def ordinal(
    text: str, kind: str | None = None, event: bool = False
) -> tuple[int | None, str | None]:
    """The number this meeting is given ("phiên thứ nhất", "họp lần thứ 2"), never an earlier
    one; a rehearsal's or a briefing's number ("sơ duyệt lần thứ hai", "giao ban lần thứ 7")
    only when the meeting is one; a conference's number ("khai mạc Hội nghị Trung ương 14") only when the meeting is a
    conference and ``text`` is the headline or the event sentence (``event``)."""
    matches = list(_ORDINAL.finditer(text))
    if event and kind == "hội nghị":
        matches += _HELD_CONFERENCE.finditer(text)
    for match in matches:
        noun = match.group(0).lower()
        if noun.startswith(_REHEARSALS) and not (kind and noun.startswith(kind)):
            continue
        if _REFERENCE_BEFORE.search(text[max(0, match.start() - 14) : match.start()]):
            continue
        if _REFERENCE_AFTER.match(text[match.end() : match.end() + 60]):
            continue
        written = match["w"] or ""
        if _WEEKDAY.match(written):
            continue
        word = " ".join((written or "").lower().split())
        value = (
            1
            if match.groupdict().get("first")
            else int(word)
            if word.isdigit()
            else _number_word(word)
        )
        if value:
            return value, match.group(0)
    return None, None


def _number_word(word: str) -> int | None:
    if word.startswith("mười "):
        unit = NUMBER_WORDS.get(word.split()[1], 5 if word.endswith("lăm") else 0)
        return 10 + unit if unit else None
    return NUMBER_WORDS.get(word)


def meeting_kind(text: str) -> str | None:
    """The head noun the text first uses for this meeting (venues, plenums and plurals aside)."""
    masked = _NOT_THIS_MEETING.sub(lambda m: " " * len(m.group(0)), text)
    match = _KIND_WORDS.search(masked)
    if not match:
        return None
    return _KIND_OF.get(" ".join(match.group(0).lower().split()), "phiên họp")


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
        return (" ".join(sites.group(0).split()),), fmt
    for match in _LOCATION.finditer(sentence):
        place = match["place"].strip(" -")
        if not _NOT_A_PLACE.match(place):
            return (place[0].upper() + place[1:],), fmt
    return (), fmt


def _conference_name(text: str) -> str | None:
    """The name of the conference reported, never that of a venue or a plenum cited."""
    masked = _NOT_THIS_MEETING.sub(lambda m: " " * len(m.group(0)), text)
    match = _CONFERENCE_NAME.search(masked)
    return text[match.start(1) : match.end(1)].strip() if match else None


def find_meeting(
    headline: str | None,
    lead: str | None,
    text: str,
    congress: str | None,
    opening: Sequence[str] = (),
) -> Meeting:
    """Meeting fields, read from the headline first (it names the event), then the event
    sentence, then the text; the place from the event sentence, else the opening sentences."""
    sources = [s for s in (headline, lead, text) if s]
    kind = next((k for s in sources if (k := meeting_kind(s))), None)
    number = next((n for s in sources if (n := ordinal(s, kind, event=s is not text)[0])), None)
    # A working session has two sides and no host unless one is said to hold it.
    body = organizer(sources, congress, weak=kind != "buổi làm việc")
    places: tuple[str, ...] = ()
    fmt: str | None = None
    for sentence in [lead, *opening] if lead else opening:
        places, fmt = location(sentence)
        if places or fmt:
            break
    conference = next((name for s in sources if (name := _conference_name(s))), None)
    name = conference if kind in ("hội nghị", "giao ban") and conference else None
    return Meeting(
        kind=kind, name=name, ordinal=number, organizer=body, location=places, format=fmt
    )
