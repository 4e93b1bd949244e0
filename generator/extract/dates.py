"""The event date and the page's own date, with the year inferred when the text omits it."""

from __future__ import annotations

import datetime as dt
import re

from ..models import CleanArticle
from .knowledge import Knowledge

_DAY_MONTH = re.compile(
    r"(?<![\d/.-])(?:(?P<part>[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm|[Nn]gày)\s+(?:ngày\s+|hôm\s+nay\s+)?)"
    r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>\d{4}))?(?![\d/])"
)
_ANY_FULL = re.compile(r"(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?![\d])")
_ISO = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
_MONTH_WORD = {
    "một": 1,
    "giêng": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "mười hai": 12,
}
_WORD_DATE = re.compile(r"Tháng\s+(Mười Một|Mười Hai|\w+)\s+(\d{1,2}),\s+(\d{4})", re.I)
# Dates that belong to something other than the event.
_DISTRACTOR_BEFORE = re.compile(
    r"(?:quyết định|nghị quyết|kết luận|chỉ thị|thông báo|văn bản|công văn|số\s+[\w/-]+)[^.;]{0,30},?\s*$"
    r"|(?:trước|đến|từ|hạn|cuối|đầu|sau)\s*$",
    re.I,
)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def published_date(article: CleanArticle) -> dt.date | None:
    """The page's own date, from its header or timestamp lines."""
    for line in article.header_lines:
        match = _ANY_FULL.search(line)
        if match:
            found = _safe_date(int(match[3]), int(match[2]), int(match[1]))
            if found:
                return found
        match = _WORD_DATE.search(line)
        if match and match[1].lower() in _MONTH_WORD:
            found = _safe_date(int(match[3]), _MONTH_WORD[match[1].lower()], int(match[2]))
            if found:
                return found
        match = _ISO.search(line)
        if match and match[3]:
            found = _safe_date(int(match[1]), int(match[2]), int(match[3]))
            if found:
                return found
    return None


def header_month(article: CleanArticle) -> tuple[int, int] | None:
    """(year, month) from a header such as " date 2025-04" that gives no day."""
    for line in article.header_lines:
        match = _ISO.search(line)
        if match:
            return int(match[1]), int(match[2])
    return None


def event_date(
    article: CleanArticle, knowledge: Knowledge, congress: tuple[str, ...]
) -> tuple[dt.date | None, bool, str | None]:
    """(date, inferred, evidence) of the main event; (None, False, None) if never stated."""
    for block in article.blocks:
        for match in _DAY_MONTH.finditer(block.text):
            if _DISTRACTOR_BEFORE.search(block.text[: match.start()]):
                continue
            day, month = int(match["d"]), int(match["m"])
            if match["y"]:
                found = _safe_date(int(match["y"]), month, day)
                if found:
                    return found, False, block.text
                continue
            year = infer_year(article, knowledge, congress, month, day)
            if year is not None:
                found = _safe_date(year, month, day)
                if found:
                    return found, True, block.text
    return None, False, None


def infer_year(
    article: CleanArticle, knowledge: Knowledge, congress: tuple[str, ...], month: int, day: int
) -> int | None:
    """The year of a day-month pair: page date first, then header month, then congress."""
    published = published_date(article)
    if published:
        year = published.year
        candidate = _safe_date(year, month, day)
        if candidate and candidate > published + dt.timedelta(days=2):
            year -= 1  # reported after New Year about the old year
        return year
    header = header_month(article)
    if header:
        year = header[0]
        if month > header[1] + 1:
            year -= 1
        return year
    stated = re.search(r"(?:công tác|nhiệm vụ|năm)\s+(20\d{2})", article.body_text)
    if stated:
        return int(stated.group(1))
    if congress:
        info = knowledge.congress(congress[0])
        if info:
            # Preparatory meetings precede the congress; the nearest such day before its end.
            year = info.end.year
            candidate = _safe_date(year, month, day)
            if candidate and candidate > info.end:
                year -= 1
            return year
    return None
