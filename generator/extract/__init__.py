"""Metadata extraction: CleanArticle + curated knowledge -> ArticleMeta.

Precedence, written down once: archivist overrides (data/overrides.yaml) win over everything
the rules find; within the rules, the event sentence wins over page headers and context.
"""

from __future__ import annotations

from dataclasses import replace

from ..models import ArticleMeta, BlockKind, CleanArticle, Meeting
from ..text import split_sentences
from .authors import split_bylines
from .congress import (
    LOCAL_CONGRESS,
    congress_numbers,
    congress_of,
    find_congresses,
    titled_congresses,
    to_roman,
)
from .dates import event_date, published_date
from .daytext import lead_days
from .headline import title_of
from .knowledge import Knowledge, load_knowledge
from .meeting import find_meeting, is_routine_review
from .overrides import apply_overrides
from .people import find_people

__all__ = ["Knowledge", "extract", "load_knowledge"]


def extract(article: CleanArticle, knowledge: Knowledge, use_ner: bool = True) -> ArticleMeta:
    """Every metadata field of one article, each with the sentence it came from."""
    text = "\n".join(b.text for b in article.blocks if b.kind is not BlockKind.HEADING)
    full = "\n".join(filter(None, [article.headline, text]))
    congress, mentioned_congress, warnings = find_congresses(full, article.headline)
    published = published_date(article)
    people = find_people(article, knowledge, use_ner)
    participants, mentioned = people.participants, people.mentioned
    # The event's sentence first (it tells the meeting), then the congress the meeting is
    # about, and only then the year, which the congress's calendar helps decide.
    days = lead_days(article)
    lead = days.sentence
    opening = _opening_sentences(article)
    meeting = find_meeting(article.headline, lead, text, congress[0] if congress else None, opening)
    routine = is_routine_review(meeting, article.headline, lead, *opening[:1])
    congress, mentioned_congress = _subject(
        congress, mentioned_congress, meeting, routine, article.headline
    )
    found = event_date(article, knowledge, congress, participants, days)
    date, date_evidence = found.date, found.evidence
    title, title_doubt = title_of(
        article.headline, meeting, date, date_evidence or next(iter(opening), None)
    )
    authors, agencies = split_bylines(article.bylines)
    evidence = [("date", date_evidence)] if date_evidence else []
    if congress:
        evidence += _congress_sentence(full, congress[0])
    if meeting.kind:
        evidence += _first_sentence(date_evidence or full, meeting.kind, "meeting")
    evidence += [("authors", line) for line in article.bylines]
    meta = ArticleMeta(
        title=title,
        date=date,
        date_inferred=found.inferred,
        date_partial=found.partial,
        published=published,
        congress=congress,
        congress_mentioned=mentioned_congress,
        meeting=meeting,
        participants=participants,
        mentioned=mentioned,
        authors=authors,
        source=(article.source_tags + agencies)[0] if article.source_tags or agencies else None,
        section=article.section,
        evidence=tuple(evidence),
        warnings=tuple(warnings),
        doubts=found.doubts + people.doubts + ((title_doubt,) if title_doubt else ()),
    )
    corrected, problems = apply_overrides(meta, knowledge.overrides.get(article.source_file) or {})
    return replace(corrected, warnings=corrected.warnings + tuple(problems))


def _first_sentence(text: str, needle: str, field: str) -> list[tuple[str, str]]:
    """(field, sentence) for the first sentence naming ``needle`` (case-insensitive)."""
    for sentence in split_sentences(text.replace("\n", " ")):
        if needle.casefold() in sentence.casefold():
            return [(field, sentence)]
    return []


def _subject(
    about: tuple[str, ...],
    mentioned: tuple[str, ...],
    meeting: Meeting,
    routine: bool,
    headline: str | None = None,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(about, mentioned) once the meeting is known: a commission's periodic review names
    congresses in passing and is about none, unless its headline puts one forward ("… giao
    ban chuẩn bị nhân sự, đại biểu Đại hội XII"); a subcommittee's meeting is about its
    congress."""
    named = tuple(dict.fromkeys(about + mentioned))
    titled = titled_congresses(headline)
    if (routine or _local(meeting, headline)) and not (about and about[0] in titled):
        return (), named
    held_for = congress_of(meeting.organizer)
    if held_for and held_for in mentioned:
        return (held_for,), tuple(c for c in named if c != held_for)
    return about, mentioned


def _local(meeting: Meeting, headline: str | None) -> bool:
    """The meeting is a local congress or held by one of its subcommittees."""
    if meeting.organizer and LOCAL_CONGRESS.search(meeting.organizer):
        return True
    return bool(headline and LOCAL_CONGRESS.search(headline))


def _congress_sentence(text: str, roman: str) -> list[tuple[str, str]]:
    """("congress", sentence) for the first sentence naming that congress in any form."""
    for sentence in split_sentences(text.replace("\n", " ")):
        if any(to_roman(n) == roman for n, _, _ in congress_numbers(sentence)):
            return [("congress", sentence)]
    return []


def _opening_sentences(article: CleanArticle) -> list[str]:
    """The first sentences of the body's first two paragraphs: where the lead sets the scene."""
    paragraphs = [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH][:2]
    return [s for text in paragraphs for s in split_sentences(text)[:2]]
