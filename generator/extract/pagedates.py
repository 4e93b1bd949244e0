"""Dates of the page itself: publication stamps, update stamps, site clocks, search-header
months and the capture times left in screenshot names."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from ..margins import CAPTURE_TIME
from ..models import CleanArticle
from ..text import NUMBER_WORDS, WEEKDAY


class PageKind(StrEnum):
    """What a date on the page says about the event (see ``window``)."""

    PUBLISHED = "ngày đăng"
    MONTH = "tháng đăng"
    UPDATED = "ngày cập nhật"
    CLOCK = "ngày trên đầu trang"
    CAPTURE = "ngày chụp ảnh"


@dataclass(frozen=True)
class PageDate:
    """A date read off the page (not from the article's sentences)."""

    first: dt.date
    last: dt.date
    """first == last, except for a month (" date 2025-04")."""
    kind: PageKind
    line: str


_FULL = re.compile(r"(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)(?!\d)")
_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)(?:-(\d\d))?(?!\d)")
_WORD_DATE = re.compile(r"Tháng\s+(Mười Một|Mười Hai|\w+)\s+(\d{1,2}),\s+(\d{4})", re.I)
_CAPTURE = CAPTURE_TIME
_TIME = re.compile(r"\d{1,2}:\d\d")
_WEEKDAY = re.compile(rf"\b{WEEKDAY}\b", re.I)
_PUBLISHED_WORD = re.compile(r"đăng|xuất bản|posted|published", re.I)
_UPDATED_WORD = re.compile(r"cập nhật|update", re.I)

# How far before a page date an event can be, and after: a report is published on the day or
# shortly after; an update, a site clock or a capture may come much later, never before. Less
# than a year: an update stamped "13/08/2025" over "Sáng 13/8" is that day, not 13/8/2024.
_WINDOWS = {
    PageKind.PUBLISHED: (90, 2),
    PageKind.MONTH: (60, 2),
    PageKind.UPDATED: (364, 2),
    PageKind.CLOCK: (364, 2),
    PageKind.CAPTURE: (30, 0),
}
STRONG_KINDS = frozenset({PageKind.PUBLISHED, PageKind.MONTH})


def _date(year: str | int, month: str | int, day: str | int) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _read(line: str) -> tuple[dt.date, dt.date] | None:
    """The day (or month) a header line gives."""
    match = _FULL.search(line)
    if match and (day := _date(match[3], match[2], match[1])):
        return day, day
    match = _WORD_DATE.search(line)
    month = NUMBER_WORDS.get(match[1].lower()) if match else None
    if match and month and (day := _date(match[3], month, match[2])):
        return day, day
    match = _ISO.search(line)
    if match and match[3] and (day := _date(match[1], match[2], match[3])):
        return day, day
    if match and (first := _date(match[1], match[2], 1)):
        after = _date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, (after or first) - dt.timedelta(days=1)
    return None


def _kind(line: str, first: dt.date, last: dt.date) -> PageKind:
    if first != last:
        return PageKind.MONTH
    if _UPDATED_WORD.search(line):
        return PageKind.UPDATED
    if _PUBLISHED_WORD.search(line) or _TIME.search(line) or line.strip().startswith("date"):
        return PageKind.PUBLISHED
    # A weekday and a date, with no time: often the site's clock ("Chủ Nhật, Tháng Sáu 23").
    return PageKind.CLOCK if _WEEKDAY.search(line) else PageKind.PUBLISHED


def page_dates(article: CleanArticle) -> tuple[PageDate, ...]:
    """Every date of the page's header and timestamp lines, in page order."""
    found: list[PageDate] = []
    for whole in article.header_lines:
        capture = _CAPTURE.search(whole)
        if capture and (day := _date(capture[1], capture[2], capture[3])):
            found.append(PageDate(day, day, PageKind.CAPTURE, whole))
            continue
        # stamps side by side, each with its word: "Cập nhật: 17/01/2026 11:05 | Đăng: …"
        parts = [p for p in whole.split(" | ") if _read(p)] if " | " in whole else [whole]
        for line in parts or [whole]:
            span = _read(line)
            if span:
                found.append(PageDate(span[0], span[1], _kind(line, *span), line))
    return tuple(found)


def window(page: PageDate) -> tuple[dt.date, dt.date]:
    """The days the event can fall on, given this page date."""
    before, after = _WINDOWS[page.kind]
    return page.first - dt.timedelta(days=before), page.last + dt.timedelta(days=after)


def published_date(article: CleanArticle) -> dt.date | None:
    """The page's own date: a publication stamp, else an update stamp, else the header's date."""
    dated = [p for p in page_dates(article) if p.first == p.last]
    for kinds in ({PageKind.PUBLISHED}, {PageKind.UPDATED}, {PageKind.CLOCK}):
        for page in dated:
            if page.kind in kinds:
                return page.first
    return None
