"""Metadata extraction: CleanArticle + curated knowledge -> ArticleMeta.

Precedence, written down once: archivist overrides (data/overrides.yaml) win over everything
the rules find; within the rules, the event sentence wins over page headers and context.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ..models import ArticleMeta, BlockKind, CleanArticle, Meeting
from ..text import split_sentences
from .authors import split_bylines
from .congress import find_congresses
from .dates import event_date, published_date
from .knowledge import Knowledge, load_knowledge
from .meeting import find_meeting
from .overrides import apply_overrides
from .people import find_people

__all__ = ["Knowledge", "extract", "load_knowledge"]


def extract(article: CleanArticle, knowledge: Knowledge, use_ner: bool = True) -> ArticleMeta:
    """Every metadata field of one article, each with the sentence it came from."""
    text = "\n".join(b.text for b in article.blocks if b.kind is not BlockKind.HEADING)
    full = "\n".join(filter(None, [article.headline, text]))
    congress, mentioned_congress, warnings = find_congresses(full)
    published = published_date(article)
    people = find_people(article, knowledge, use_ner)
    participants, mentioned = people.participants, people.mentioned
    found = event_date(article, knowledge, congress, participants)
    date, date_evidence = found.date, found.evidence
    meeting = find_meeting(article.headline, date_evidence, text, congress[0] if congress else None)
    authors, agencies = split_bylines(article.bylines)
    evidence = [("date", date_evidence)] if date_evidence else []
    if congress:
        evidence += _first_sentence(full, f"Đại hội {congress[0]}", "congress")
    if meeting.kind:
        evidence += _first_sentence(date_evidence or full, meeting.kind, "meeting")
    evidence += [("authors", line) for line in article.bylines]
    meta = ArticleMeta(
        title=article.headline or _fallback_title(meeting, date),
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
        doubts=found.doubts + people.doubts,
    )
    corrected, problems = apply_overrides(meta, knowledge.overrides.get(article.source_file) or {})
    return replace(corrected, warnings=corrected.warnings + tuple(problems))


def _first_sentence(text: str, needle: str, field: str) -> list[tuple[str, str]]:
    """(field, sentence) for the first sentence naming ``needle`` (case-insensitive)."""
    for sentence in split_sentences(text.replace("\n", " ")):
        if needle.casefold() in sentence.casefold():
            return [(field, sentence)]
    return []


def _fallback_title(meeting: Meeting, date: dt.date | None) -> str:
    what = (meeting.kind or "Cuộc họp").capitalize()
    if meeting.organizer:
        what += f" {meeting.organizer}"
    return f"{what} ngày {date:%d/%m/%Y}" if date else what
