"""The article's title: its own headline, or one built from the meeting when the page has none."""

from __future__ import annotations

import datetime as dt
import re

from ..models import Doubt, Meeting
from ..text import fold

# A headline that names no event: "Họp", "Cuộc họp", "Hội nghị".
_BARE = re.compile(
    r"^\W*(?:cuộc |phiên |buổi |kỳ )?(?:họp|hội nghị|làm việc|giao ban|tin tức|tin bài)\W*$",
    re.IGNORECASE,
)
_ORDINAL_WORDS = {
    1: "nhất",
    2: "hai",
    3: "ba",
    4: "tư",
    5: "năm",
    6: "sáu",
    7: "bảy",
    8: "tám",
    9: "chín",
    10: "mười",
}
_EXCERPT_WORDS = 14


def title_of(
    headline: str | None,
    meeting: Meeting,
    date: dt.date | None,
    opening: str | None,
) -> tuple[str, Doubt | None]:
    """(title, doubt): the page's headline when it says something; else a title built from the
    meeting kind, its number, the organizer and the date, with a doubt for the archivist."""
    if headline and not _BARE.match(headline):
        return headline, None
    title, from_meeting = _built_title(meeting, date, opening)
    why = (
        f"Tiêu đề trên trang chỉ là “{headline}”, không cho biết sự kiện"
        if headline
        else "Trang không có dòng tiêu đề riêng"
    )
    how = (
        "tiêu đề được dựng từ loại cuộc họp, cơ quan tổ chức và ngày"
        if from_meeting
        else "tiêu đề lấy từ câu mở đầu bài viết"
    )
    return title, Doubt(field="title", value=title, reason=f"{why}; {how}.", evidence=opening or "")


def _built_title(meeting: Meeting, date: dt.date | None, opening: str | None) -> tuple[str, bool]:
    """(title, True) from the meeting; (excerpt of the opening sentence, False) when the
    meeting gives nothing but a bare kind ("Cuộc họp" alone says nothing)."""
    what = meeting.name or _kind_with_number(meeting)
    parts = [what] if what else []
    if meeting.organizer and fold(meeting.organizer) not in fold(what or ""):
        # A conference's name that already says whose it is ("… của Đảng") needs no more.
        if not meeting.name:
            parts.append(meeting.organizer)
        elif " của " not in meeting.name:
            parts.append(f"của {meeting.organizer}")
    elif not meeting.organizer and meeting.location and not meeting.name:
        parts.append(f"tại {meeting.location[0]}")
    if date:
        parts.append(f"ngày {date:%d/%m/%Y}")
    if meeting.name or len(parts) > (1 if what else 0):
        title = " ".join(parts if what else ["Cuộc họp", *parts])
        return title[0].upper() + title[1:], True
    return _excerpt(opening or what or "Bài viết"), False


def _kind_with_number(meeting: Meeting) -> str | None:
    """ "phiên họp thứ ba", "kỳ họp thứ nhất", "hội nghị lần thứ 12"; None without a kind."""
    kind = meeting.kind
    if not kind or not meeting.ordinal:
        return kind
    word = _ORDINAL_WORDS.get(meeting.ordinal, str(meeting.ordinal))
    if kind in ("họp", "phiên họp", "kỳ họp"):
        return f"{'phiên họp' if kind == 'họp' else kind} thứ {word}"
    return f"{kind} lần thứ {word}"


def _excerpt(sentence: str) -> str:
    words = sentence.split()
    text = " ".join(words[:_EXCERPT_WORDS]).rstrip(" ,;:.")
    text = text + "…" if len(words) > _EXCERPT_WORDS else text
    return text[0].upper() + text[1:]
