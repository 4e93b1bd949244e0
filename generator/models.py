"""Typed records passed between the pipeline stages; imports nothing from the package."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import NamedTuple


@dataclass(frozen=True)
class Problem:
    """One problem with one input file, reported as ``<file>: <message>``."""

    file: str
    message: str
    fatal: bool = False
    """True when the file was skipped; False for a warning on a built article."""

    def __str__(self) -> str:
        return f"{self.file}: {self.message}"


@dataclass(frozen=True)
class SourceFile:
    """An input file found in the seeds folder, before it is read."""

    name: str
    """File name relative to the seeds folder (POSIX separators)."""
    path: str
    """Where to read it (a string: building ten thousand Path objects per run is measurable)."""
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class RawArticle:
    """A decoded input file: NFC text with normalised line endings."""

    source_file: str
    """File name relative to the seeds folder (POSIX separators)."""
    text: str
    encoding: str
    path: Path | None = None


class BlockKind(StrEnum):
    """What a block of article body is."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    CAPTION = "caption"


@dataclass(frozen=True)
class Block:
    """One block of the cleaned article body."""

    kind: BlockKind
    text: str


@dataclass(frozen=True)
class CleanArticle:
    """An article with page debris removed and its structure made explicit."""

    source_file: str
    headline: str | None
    """The article's own headline, when the page shows one."""
    blocks: tuple[Block, ...]
    """The body in reading order: paragraphs, subheadings and photo captions."""
    bylines: tuple[str, ...] = ()
    """Byline and photo-credit strings as written ("Tin: Ngọc Diệp", "Ảnh: Phương Hoa/TTXVN")."""
    header_lines: tuple[str, ...] = ()
    """Page-header and timestamp lines that date the page rather than the event."""
    source_tags: tuple[str, ...] = ()
    """Outlet or agency tags: "(TTXVN)", "(Chinhphu.vn) -", "TCCS -"."""
    section: str | None = None
    """The site's category crumb, e.g. "Thời sự - Chính trị"."""
    removed: tuple[str, ...] = ()
    """Lines dropped as page debris, kept for audit."""

    @property
    def body_text(self) -> str:
        return "\n".join(block.text for block in self.blocks)


@dataclass(frozen=True)
class Found:
    """An extracted value with the sentence it came from."""

    value: object
    evidence: str


@dataclass(frozen=True)
class Participant:
    """A person present or acting at the event."""

    name: str
    slug: str
    roles: tuple[str, ...] = ()
    acts: tuple[str, ...] = ()
    """What the person did: chủ trì, dự, phát biểu, trình bày…"""
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    """A named person who was not at the event."""

    name: str
    slug: str
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Meeting:
    """The meeting an article reports."""

    kind: str | None = None
    name: str | None = None
    ordinal: int | None = None
    organizer: str | None = None
    location: tuple[str, ...] = ()
    format: str | None = None
    """"trực tuyến" and the number of connected sites, when the text says so."""


@dataclass(frozen=True)
class Doubt:
    """A value an archivist should check: inferred from context, clues in conflict, or a
    person read with low confidence. Listed on the review page with the override that fixes it."""

    field: str
    """The front-matter field: "date", "participants", "title", "congress"…"""
    value: str
    """What the archive shows now ("" when it was left unknown)."""
    reason: str
    """Why it is uncertain, in Vietnamese, for the archivist."""
    evidence: str = ""
    """The sentence the value (or the conflict) comes from."""


@dataclass(frozen=True)
class ArticleMeta:
    """Everything extracted from one article (the front matter, minus body)."""

    title: str
    date: dt.date | None = None
    date_inferred: bool = False
    date_partial: str | None = None
    """ "--MM-DD" (ISO 8601 without a year) when the text gives a day and month but the clues
    do not agree on one year; ``date`` is then None."""
    published: dt.date | None = None
    congress: tuple[str, ...] = ()
    congress_mentioned: tuple[str, ...] = ()
    meeting: Meeting = field(default_factory=Meeting)
    participants: tuple[Participant, ...] = ()
    mentioned: tuple[Mention, ...] = ()
    authors: tuple[str, ...] = ()
    source: str | None = None
    section: str | None = None
    evidence: tuple[tuple[str, str], ...] = ()
    """(field, sentence) pairs: where each extracted value came from."""
    warnings: tuple[str, ...] = ()
    doubts: tuple[Doubt, ...] = ()
    """Values to review (see Doubt), in field order."""

    def card(self) -> ArticleCard:
        meeting = self.meeting
        return ArticleCard(
            self.title,
            self.date,
            self.published,
            self.congress,
            meeting.organizer,
            meeting.kind,
            meeting.ordinal,
            tuple(PersonRef(p.name, p.slug, p.roles, p.acts) for p in self.participants),
            tuple(PersonRef(m.name, m.slug) for m in self.mentioned),
            len(self.doubts),
            self.date_partial,
        )


class PersonRef(NamedTuple):
    """A person as the indexes see them: a participant (with roles and acts) or a mention."""

    name: str
    slug: str
    roles: tuple[str, ...] = ()
    acts: tuple[str, ...] = ()


class ArticleCard(NamedTuple):
    """The fields of ArticleMeta that the indexes and list pages use. A run that changed one
    article reads every article's card, but decodes the whole metadata (evidence, authors…)
    only of the pages it renders: at 10,000 articles a card decodes in a third of the time.
    A tuple (not a dataclass) because ten thousand of them are rebuilt on every run."""

    title: str
    date: dt.date | None
    published: dt.date | None
    congress: tuple[str, ...]
    organizer: str | None
    kind: str | None
    ordinal: int | None
    participants: tuple[PersonRef, ...]
    mentioned: tuple[PersonRef, ...]
    doubts: int = 0
    """How many values of the article are on the review page (see Doubt)."""
    date_partial: str | None = None
    """The event's day and month when its year is unknown ("--MM-DD", see ArticleMeta)."""

    @property
    def day(self) -> dt.date | None:
        """The event's date, which lists are ordered and grouped by: None when it is unknown
        (the article's page says "không rõ ngày"), even when the publication date is known,
        so that no list shows a publication date as the meeting's."""
        return self.date


@dataclass(frozen=True)
class Article:
    """A cleaned article with its page slug: the card the indexes use, the full metadata
    decoded on first use (see ArticleCard)."""

    source_file: str
    slug: str
    card: ArticleCard
    body: Sequence[Block]
    details: Callable[[], ArticleMeta] = field(compare=False, repr=False)
    """Returns the full metadata (kept encoded until a page needs it)."""
    revision: str = ""
    """Digest of the source text: two runs with equal revisions extracted equal records."""
    stamp: str = field(init=False, repr=False, compare=False)
    """File, revision and slug: equal stamps, equal page of this article (see render)."""
    sort_key: tuple[str, str] = field(init=False, repr=False, compare=False)
    """Articles are listed by the event's date (undated ones first), then address: ``slug + "/"``, so
    that "cuoc-hop-1a2b3c/" sorts before "cuoc-hop/" on every page and download alike."""

    @classmethod
    def of(
        cls,
        source_file: str,
        slug: str,
        meta: ArticleMeta,
        body: Sequence[Block],
        revision: str = "",
    ) -> Article:
        """An article whose metadata is already decoded."""
        return cls(source_file, slug, meta.card(), body, lambda: meta, revision)

    @cached_property
    def meta(self) -> ArticleMeta:
        return self.details()

    def __post_init__(self) -> None:
        # Computed once: every index and page key reads them, ten thousand times a run.
        day = self.card.day
        setattr_ = object.__setattr__
        setattr_(self, "stamp", f"{self.source_file}\0{self.revision}\0{self.slug}")
        setattr_(self, "sort_key", (day.isoformat() if day else "", self.slug + "/"))


@dataclass(frozen=True)
class Congress:
    """A national Party congress (curated in data/congresses.yaml)."""

    number: int
    roman: str
    start: dt.date
    end: dt.date
    place: str = ""
    note: str = ""


@dataclass(frozen=True)
class OutputPage:
    """One Markdown file to write under the docs folder."""

    path: str
    """POSIX path relative to the docs folder."""
    content: str


@dataclass(frozen=True)
class PagePlan:
    """A file to generate, rendered only if its inputs changed since the last run."""

    path: str
    """POSIX path relative to the docs folder."""
    key: str | None
    """Digest of everything the content depends on; None: render every run."""
    render: Callable[[], str | bytes]
    """The content: text, or bytes already encoded in UTF-8."""


@dataclass(frozen=True)
class FilePlan:
    """A generated file brought up to date rather than rendered whole: the SQLite database,
    tens of megabytes at 10,000 articles of which a changed article touches a few pages."""

    path: str
    """POSIX path relative to the docs folder."""
    key: str
    """Digest of everything the content depends on (as PagePlan's)."""
    update: Callable[[Path], None]
    """Brings the file at the given path up to date: a copy of the file the last run wrote,
    or no file at all (then it is written afresh)."""
