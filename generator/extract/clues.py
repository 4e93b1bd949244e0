"""Clues to the year of an event: each the days it allows, with a strength and its evidence."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .daytext import EventDay
from .knowledge import Knowledge
from .pagedates import STRONG_KINDS, PageDate, window

Span = tuple[dt.date, dt.date]


@dataclass(frozen=True)
class Clue:
    """Days the event can fall on, by one piece of evidence.

    ``strong`` clues are facts (a publication stamp, an office holder's tenure, the congress
    calendar, a year the event sentence states); weak ones are habits (a site clock, a capture
    time, the stage of the preparations a topic suggests). ``uncertain`` clues rest on data
    marked uncertain: they may confirm a year, never narrow one.
    """

    label: str
    """What the clue says, in Vietnamese, for the review page."""
    spans: tuple[Span, ...]
    strong: bool = True
    uncertain: bool = False
    evidence: str = ""
    page: bool = False
    """Read off the page (a site clock, an update stamp, a capture time): of the weak clues,
    these are weighed before those a topic suggests."""

    def allows(self, day: dt.date) -> bool:
        return any(first <= day <= last for first, last in self.spans)


def fmt(day: dt.date | None) -> str:
    return f"{day.day}/{day.month}/{day.year}" if day else "nay"


def span_text(spans: tuple[Span, ...]) -> str:
    return ", ".join(f"{fmt(a)}–{fmt(b)}" for a, b in spans)


def page_clues(pages: tuple[PageDate, ...]) -> list[Clue]:
    """The event is on or shortly before the page's date (see pagedates.window); several
    lines giving the same day (three screenshots of one morning) are one clue."""
    clues: dict[tuple[str, Span], Clue] = {}
    for page in pages:
        span = window(page)
        label = f"{page.kind} {page.line.strip()!r}: sự kiện trong {span_text((span,))}"
        clue = Clue(label, (span,), strong=page.kind in STRONG_KINDS, evidence=page.line, page=True)
        clues.setdefault((page.kind, span), clue)
    return list(clues.values())


def restated_clues(event: EventDay, dated: list[tuple[dt.date, str]]) -> list[Clue]:
    """The same day and month written with a year elsewhere ("Đến ngày 7/1/2026, …")."""
    return [
        Clue(f"bài viết ghi lại ngày {fmt(day)}", ((day, day),), evidence=sentence)
        for day, sentence in dated
        if (day.month, day.day) == (event.month, event.day) and sentence != event.sentence
    ][:1]


def weekday_clue(event: EventDay, years: range) -> list[Clue]:
    """A weekday named with the day and month holds only in some years."""
    if event.weekday is None:
        return []
    names = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
    days = []
    for year in years:
        try:
            day = dt.date(year, event.month, event.day)
        except ValueError:
            continue
        if day.weekday() == event.weekday:
            days.append((day, day))
    label = f"ngày {event.day}/{event.month} là {names[event.weekday]}"
    return [Clue(label, tuple(days), evidence=event.sentence)]


_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_QUARTER = re.compile(r"quý\s+(I{1,3}|IV|[1-4])\s*(?:/|-|năm\s+)\s*((?:19|20)\d\d)", re.I)
_REVIEW_YEAR = re.compile(
    r"(?:tổng kết|đánh giá)\s+(?:công tác\s+|hoạt động\s+|kết quả\s+)*(?:năm\s+)?((?:19|20)\d\d)",
    re.I,
)
_PLAN_YEAR = re.compile(
    r"(?:triển khai|phương hướng|kế hoạch)\s+(?:nhiệm vụ|kế hoạch|chương trình)?\s*(?:công tác\s+)?"
    r"năm\s+((?:19|20)\d\d)",
    re.I,
)
_HALF_YEAR = re.compile(r"sơ kết\s+(?:công tác\s+)?6 tháng đầu năm\s+((?:19|20)\d\d)", re.I)


def _days(first: tuple[int, int, int], last: tuple[int, int, int]) -> Span:
    return dt.date(*first), dt.date(*last)


def stated_year_clues(text: str, evidence: str) -> list[Clue]:
    """Periods the event sentence says the meeting reviews or plans: a year-end review is held
    from October to March, a plan for a year from the October before to June, a quarter's review
    around that quarter, a half-year review in June to August."""
    clues = []
    for match in _QUARTER.finditer(text):
        quarter, year = _QUARTERS[match[1].lower()], int(match[2])
        first = dt.date(year, 3 * quarter - 2, 1) - dt.timedelta(days=45)
        end = dt.date(year + quarter // 4, 3 * quarter % 12 + 1, 1) + dt.timedelta(days=44)
        clues.append(Clue(f"quý {match[1]} năm {year}", ((first, end),), evidence=evidence))
    for match in _HALF_YEAR.finditer(text):
        year = int(match[1])
        span = _days((year, 6, 1), (year, 8, 31))
        clues.append(Clue(f"sơ kết 6 tháng đầu năm {year}", (span,), evidence=evidence))
    for match in _REVIEW_YEAR.finditer(text):
        year = int(match[1])
        span = _days((year, 10, 1), (year + 1, 3, 31))
        clues.append(Clue(f"tổng kết năm {year}", (span,), evidence=evidence))
    for match in _PLAN_YEAR.finditer(text):
        year = int(match[1])
        span = _days((year - 1, 10, 1), (year, 6, 30))
        clues.append(Clue(f"triển khai nhiệm vụ năm {year}", (span,), evidence=evidence))
    return clues


def dated_term_clues(text: str, knowledge: Knowledge) -> list[Clue]:
    """Words no report could use before a known day ("COVID-19")."""
    clues = []
    for term in knowledge.dated_terms:
        at = text.find(term.term)
        if at >= 0:
            label = f"bài nhắc đến {term.term} ({term.why}): không trước {fmt(term.since)}"
            sentence = text[max(0, at - 80) : at + 80].strip()
            clues.append(Clue(label, ((term.since, dt.date.max),), evidence=sentence))
    return clues


_SESSION = re.compile(
    r"kỳ họp\s+(?:thứ\s+)?(?P<n>nhất|\w+)[^.;]{0,40}?Quốc hội\s+khóa\s+(?P<t>[IVXL]+)", re.I
)


def assembly_clues(text: str, knowledge: Knowledge, evidence: str) -> list[Clue]:
    """A session of the National Assembly of term N: its first session, or within the term."""
    terms = {a.roman: a for a in knowledge.assemblies}
    clues = []
    for match in _SESSION.finditer(text.replace("khoá", "khóa")):
        term = terms.get(match["t"].upper())
        if term is None:
            continue
        first = term.first_session - dt.timedelta(days=14)
        if match["n"].lower() == "nhất":
            span = (first, term.first_session + dt.timedelta(days=21))
            label = (
                f"Kỳ họp thứ nhất Quốc hội khóa {term.roman} họp quanh {fmt(term.first_session)}"
            )
        else:
            later = [
                a.first_session
                for a in knowledge.assemblies
                if a.first_session > term.first_session
            ]
            last = min(later, default=dt.date(2100, 1, 1))
            span = (first, last + dt.timedelta(days=21))
            label = f"kỳ họp của Quốc hội khóa {term.roman} ({fmt(span[0])}–{fmt(last)})"
        clues.append(Clue(label, (span,), uncertain=term.uncertain, evidence=evidence))
    return clues
