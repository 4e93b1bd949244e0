"""The event date and the page's own date, with the year inferred when the text omits it."""

from __future__ import annotations

import datetime as dt
import re

from ..models import CleanArticle, Participant
from ..text import NUMBER_WORDS, split_sentences
from .knowledge import Knowledge

_DAY_MONTH = re.compile(
    r"(?<![\d/.-])(?:(?P<part>[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm|[Nn]gày)\s+(?:ngày\s+|hôm\s+nay\s+)?)"
    r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>\d{4}))?(?![\d/])"
)
_ANY_FULL = re.compile(r"(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?![\d])")
_ISO = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
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
        if match and match[1].lower() in NUMBER_WORDS:
            found = _safe_date(int(match[3]), NUMBER_WORDS[match[1].lower()], int(match[2]))
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
    article: CleanArticle,
    knowledge: Knowledge,
    congress: tuple[str, ...],
    participants: tuple[Participant, ...] = (),
) -> tuple[dt.date | None, bool, str | None]:
    """(date, inferred, evidence) of the main event; (None, False, None) if never stated.

    The first day-month in the body that is not a distractor is the event; its year comes,
    in this order, from the sentence itself, the page's date, a header month, a year the
    text states, and finally the congress and the office holders named in the article.
    """
    for sentence in (s for block in article.blocks for s in split_sentences(block.text)):
        for match in _DAY_MONTH.finditer(sentence):
            if _DISTRACTOR_BEFORE.search(sentence[: match.start()]):
                continue
            day, month = int(match["d"]), int(match["m"])
            if match["y"]:
                found = _safe_date(int(match["y"]), month, day)
                if found:
                    return found, False, sentence
                continue
            if not (1 <= month <= 12 and 1 <= day <= 31):
                continue
            year = infer_year(article, knowledge, congress, participants, month, day)
            if year is not None:
                found = _safe_date(year, month, day)
                if found:
                    return found, True, sentence
    return None, False, None


def infer_year(
    article: CleanArticle,
    knowledge: Knowledge,
    congress: tuple[str, ...],
    participants: tuple[Participant, ...],
    month: int,
    day: int,
) -> int | None:
    """The year of a day-month pair: page date, header month, stated year, then context."""
    published = published_date(article)
    if published:
        candidate = _safe_date(published.year, month, day)
        late = candidate is not None and candidate > published + dt.timedelta(days=2)
        return published.year - 1 if late else published.year  # reported after New Year
    header = header_month(article)
    if header:
        return header[0] - 1 if month > header[1] + 1 else header[0]
    stated = stated_year(article.body_text, month)
    if stated:
        return stated
    return context_year(article.body_text, knowledge, congress, participants, month, day)


_REVIEW_YEAR = re.compile(r"tổng kết\s+(?:công tác\s+)?năm\s+((?:19|20)\d{2})", re.I)
_TERM_YEARS = re.compile(r"nhiệm kỳ\s+((?:19|20)\d{2})\s*[-–]\s*(?:19|20)\d{2}", re.I)
_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d{2})(?![\d/-])(?!\.\d)")
_PLAN_YEAR = re.compile(
    r"(?:triển khai|phương hướng)\s+(?:nhiệm vụ|kế hoạch)\s+(?:công tác\s+)?năm\s+((?:19|20)\d{2})",
    re.I,
)


def stated_year(text: str, month: int) -> int | None:
    """A year the text itself gives: a year under review or planned, a term's first year, a lone year."""
    review = _REVIEW_YEAR.search(text)
    if review:
        year = int(review.group(1))
        return year if month >= 10 else year + 1
    plan = _PLAN_YEAR.search(text)
    if plan and not review:
        year = int(plan.group(1))
        return year - 1 if month >= 10 else year
    term = _TERM_YEARS.search(text)
    if term:
        return int(term.group(1))
    years = {int(y) for y in _YEAR.findall(text)}
    return years.pop() if len(years) == 1 else None


_REVIEW = re.compile(r"tổng kết công tác (?:tổ chức )?phục vụ Đại hội|sau Đại hội", re.I)
_EARLY = re.compile(
    r"kế hoạch hoạt động|đề cương|phiên (?:họp )?(?:thứ nhất|đầu tiên)|mới được thành lập", re.I
)


def context_year(
    text: str,
    knowledge: Knowledge,
    congress: tuple[str, ...],
    participants: tuple[Participant, ...],
    month: int,
    day: int,
) -> int | None:
    """The year that fits the congress's calendar and the tenures of the office holders named."""
    info = knowledge.congress(congress[0]) if congress else None
    review = bool(_REVIEW.search(text))
    if info is not None:
        if review:  # review conferences follow the congress within about a year
            low, high = info.end, info.end + dt.timedelta(days=400)
        else:  # subcommittees work for two to three years before it
            low, high = info.start - dt.timedelta(days=950), info.end
        years = range(low.year, high.year + 1)
    else:
        low, high = dt.date(1990, 1, 1), dt.date.today()
        years = range(low.year, high.year + 1)
    candidates = [
        d
        for y in years
        if (d := _safe_date(y, month, day))
        and low <= d <= high
        and _fits_tenures(d, participants, knowledge)
    ]
    if not candidates:
        return None
    if info is None:
        return candidates[0].year if len(candidates) == 1 else None
    early = review or bool(_EARLY.search(text))
    return (candidates[0] if early else candidates[-1]).year


def _fits_tenures(
    day: dt.date, participants: tuple[Participant, ...], knowledge: Knowledge
) -> bool:
    """False when a participant is given an office they did not hold on ``day``."""
    for person in participants:
        for role in person.roles:
            former = role.casefold().startswith("nguyên ")
            office = role[len("nguyên ") :] if former else role
            tenures = knowledge.tenures_of(person.name, office)
            if not tenures:
                continue
            held = any(
                (t.start is None or t.start <= day) and (t.end is None or day <= t.end)
                for t in tenures
            )
            after = all(t.end is not None and t.end < day for t in tenures)
            if (former and not after) or (not former and not held):
                return False
    return True
