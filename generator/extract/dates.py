"""The event's date, weighed from every clue the article and the curated data give.

Precedence, written down once:

1. A year written with the event's day ("Sáng 18-12-2019", "ngày 5 tháng 3 năm 2024", "trong
   2 ngày 20 và 21/11/2014") or next to its month in the event sentence ("hội nghị báo cáo viên
   tháng 8/2025") makes the date: not inferred, no doubt.
2. Otherwise each clue is a set of days the event can fall on:
   strong — a publication stamp or header month, the same day written with its year elsewhere,
   the weekday the text names, a period the event sentence reviews or plans ("quý IV năm
   2020"), a dated word (COVID-19), a National Assembly session, office holders named with a
   present title, the congress calendar (subcommittee meetings between set-up and congress,
   reviews within a year after it);
   weak — a site clock, an update stamp, a capture time, the stage of the preparations a topic
   suggests (rehearsals: the last year; a first sitting or a work plan: the first months), a
   local congress's term;
   uncertain — any clue resting on data marked uncertain.
3. The event's day and month in every year are the candidates. Strong, certain clues are
   intersected: one year left is the date; none left means they conflict and no year is kept.
   Several left: weak clues narrow them, those read off the page before those a topic suggests
   (a tier that would rule out every year left is set aside and noted), and one year left is
   the date; otherwise no year.
   Uncertain clues never narrow; they and weak clues that disagree with the result are noted.
4. A year taken from context sets ``inferred`` and a Doubt naming the clues that decided it (an
   archivist confirms it with one line of data/overrides.yaml); no year leaves ``date`` None,
   ``partial`` "--MM-DD" and a Doubt saying which clues disagree or that none decides.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..models import BlockKind, CleanArticle, Doubt, Participant
from ..text import split_sentences
from .calendar import calendar_clues
from .clues import (
    Clue,
    assembly_clues,
    dated_term_clues,
    page_clues,
    restated_clues,
    stated_year_clues,
    weekday_clue,
)
from .daytext import (
    EventDay,
    LeadDays,
    RelativeDay,
    dated_sentences,
    lead_days,
    month_year_in,
)
from .holders import holder_clues
from .knowledge import Knowledge
from .pagedates import STRONG_KINDS, page_dates, published_date

__all__ = ["DateFinding", "event_date", "published_date"]

YEARS = range(1975, 2051)
_MOST_SHOWN = 5


@dataclass(frozen=True)
class DateFinding:
    """The event's date as far as the clues agree, with what an archivist should check."""

    date: dt.date | None
    inferred: bool = False
    """The year is not written with the day: it comes from the page or the context."""
    evidence: str | None = None
    """The sentence that gives the event's day."""
    partial: str | None = None
    """ "--MM-DD" when the day and month are known and the year is not settled."""
    doubts: tuple[Doubt, ...] = ()


def event_date(
    article: CleanArticle,
    knowledge: Knowledge,
    congress: tuple[str, ...],
    participants: tuple[Participant, ...] = (),
    days: LeadDays | None = None,
) -> DateFinding:
    """The main event's date (see the module docstring for the precedence); ``days``: the
    lead's days as lead_days gives them, when the caller has them already."""
    days = days or lead_days(article)
    event, told = days.event, days.told
    # "Chiều hôm qua, … chủ trì phiên họp" before any written day: the day is the lead's, not
    # that of "phiên họp ngày 11/7" further on; with no page date to count from, only a full
    # date written further on ("Chương trình Thời sự 18h00 ngày 22/1/2021") may stand for it.
    if event is None:
        return _relative(article, told)
    if days.told_first:
        relative = _relative(article, told)
        if relative.date is not None or event.year is None:
            return relative  # a later day without its year may be another meeting's
    year = event.year or month_year_in(event.sentence, event.month)
    if year is not None and (stated := _day_of(year, event.month, event.day)):
        return DateFinding(stated, False, event.sentence)
    clues = gather_clues(article, event, knowledge, congress, participants)
    return decide(event, clues)


def _relative(article: CleanArticle, told: RelativeDay | None) -> DateFinding:
    """A day told relative to the page ("Sáng nay", "hôm qua", "chiều thứ Ba"), counted from
    the page's own publication date; none without one (a site clock may be days later)."""
    stamps = [p for p in page_dates(article) if p.kind in STRONG_KINDS and p.first == p.last]
    if told is None or not stamps:
        return DateFinding(None)
    words, weekday, back, sentence = told.words, told.weekday, told.back, told.sentence
    page = stamps[0]
    if weekday is not None and told.last_week:  # the week (Monday to Sunday) before the page's
        back = page.first.weekday() + 7 - weekday
    elif weekday is not None:
        back = (page.first.weekday() - weekday) % 7
    day = page.first - dt.timedelta(days=back)
    reason = (
        f"Bài không ghi ngày mà viết “{words}”; tính từ ngày đăng ({page.line.strip()}): "
        f"{day.day}/{day.month}/{day.year}. Cần xác nhận."
    )
    return DateFinding(
        day, True, sentence, None, (Doubt("date", day.isoformat(), reason, sentence),)
    )


def gather_clues(
    article: CleanArticle,
    event: EventDay,
    knowledge: Knowledge,
    congress: tuple[str, ...],
    participants: tuple[Participant, ...],
) -> list[Clue]:
    """Every clue to the year of ``event`` (see clues.py, holders.py, calendar.py)."""
    lead = "\n".join(filter(None, [event.sentence, article.headline]))
    body = "\n".join(b.text for b in article.blocks if b.kind is not BlockKind.CAPTION)
    texts = [article.headline or ""] + [b.text for b in article.blocks]
    sentences = [s for text in texts for s in split_sentences(text)]
    clues = [
        *page_clues(page_dates(article)),
        *restated_clues(event, list(dated_sentences(article))),
        *weekday_clue(event, YEARS),
        *stated_year_clues(lead, event.sentence),
        *dated_term_clues(article.body_text, knowledge),
        *assembly_clues(lead, knowledge, event.sentence),
        *holder_clues(sentences, (event.day, event.month), participants, knowledge),
        *calendar_clues(lead, body, congress, knowledge),
    ]
    return list({c.label: c for c in reversed(clues)}.values())[::-1]  # once per label


def _day_of(year: int, month: int, day: int) -> dt.date | None:
    """The day, or None when it is not one (29/2 of a year that has none)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _candidates(month: int, day: int) -> list[dt.date]:
    return [d for year in YEARS if (d := _day_of(year, month, day))]


def _narrowing(clues: list[Clue], among: list[dt.date]) -> list[Clue]:
    """The clues that rule out at least one of ``among``, the most decisive first."""
    allowed = {c: sum(c.allows(day) for day in among) for c in clues}
    return sorted((c for c in clues if allowed[c] < len(among)), key=lambda c: allowed[c])


def decide(event: EventDay, clues: list[Clue]) -> DateFinding:
    """Intersect the strong clues, then the weak ones; keep a year only if exactly one is left."""
    candidates = _candidates(event.month, event.day)
    strong = [c for c in clues if c.strong and not c.uncertain]
    weak = [c for c in clues if not c.strong and not c.uncertain]
    left = [day for day in candidates if all(c.allows(day) for c in strong)]
    narrowed = left
    for tier in ([c for c in weak if c.page], [c for c in weak if not c.page]):
        # a tier that rules out every year left disagrees with the one before: it is noted
        kept = [day for day in narrowed if all(c.allows(day) for c in tier)]
        narrowed = kept or narrowed
    if len(left) == 1:
        why = "suy từ: " + labels(_narrowing(strong, candidates))
        return _decided(event, left[0], why, clues)
    if len(left) > 1 and len(narrowed) == 1:
        deciders = _narrowing(strong, candidates)
        why = (
            f"manh mối chắc chắn ({labels(deciders)}) còn để ngỏ {years_text(left)}"
            if deciders
            else "không có manh mối chắc chắn"
        )
        why += "; chọn theo manh mối yếu: " + labels(_narrowing(weak, left))
        return _decided(event, narrowed[0], why, clues)
    if not left:
        why = "các manh mối mâu thuẫn, không năm nào thỏa tất cả: " + _each(strong, candidates)
    elif len(narrowed) == len(candidates):
        why = "không có manh mối nào về năm"
    else:
        why = f"còn {years_text(narrowed)}: " + labels(_narrowing(strong + weak, candidates))
    return _unsettled(event, why + _disagreeing(clues, narrowed or left))


def _decided(event: EventDay, day: dt.date, why: str, clues: list[Clue]) -> DateFinding:
    reason = f"Năm {day.year} không ghi cạnh ngày {event.day}/{event.month}; {why}"
    reason += _disagreeing(clues, [day])
    doubt = Doubt("date", day.isoformat(), reason + ".", event.sentence)
    return DateFinding(day, True, event.sentence, None, (doubt,))


def _unsettled(event: EventDay, why: str) -> DateFinding:
    partial = f"--{event.month:02d}-{event.day:02d}"
    reason = f"Ngày {event.day}/{event.month} không ghi năm; {why}. Để trống năm."
    doubt = Doubt("date", partial, reason, event.sentence)
    return DateFinding(None, False, event.sentence, partial, (doubt,))


def _disagreeing(clues: list[Clue], days: list[dt.date]) -> str:
    """Weak or uncertain clues that allow none of ``days``: conflicts for the review page."""
    against = [c for c in clues if not (c.strong and not c.uncertain)]
    against = [c for c in against if days and not any(c.allows(day) for day in days)]
    return f". Không khớp (không dùng để quyết định): {labels(against)}" if against else ""


def labels(clues: list[Clue]) -> str:
    shown = [c.label for c in clues[:_MOST_SHOWN]]
    more = len(clues) - len(shown)
    return "; ".join(shown) + (f"; và {more} manh mối khác" if more > 0 else "")


def _each(clues: list[Clue], candidates: list[dt.date]) -> str:
    """Each clue with the years it allows, so the conflict can be seen."""
    return "; ".join(
        f"{c.label} → {years_text([d for d in candidates if c.allows(d)]) or 'không năm nào'}"
        for c in clues[:_MOST_SHOWN]
    )


def years_text(days: list[dt.date]) -> str:
    """ "2019, 2020", "từ 2020", "2014–2016" for the review page."""
    years = sorted({d.year for d in days})
    runs: list[list[int]] = []
    for year in years:
        if runs and year - runs[-1][-1] <= 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    parts = []
    for run in runs:
        if run[-1] == YEARS[-1] and len(run) > 2:
            parts.append(f"từ {run[0]}")
        elif run[0] == YEARS[0] and len(run) > 2:
            parts.append(f"đến {run[-1]}")
        elif len(run) > 2:
            parts.append(f"{run[0]}–{run[-1]}")
        else:
            parts += [str(y) for y in run]
    return ", ".join(parts)
