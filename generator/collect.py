"""The Archive: every article plus the indexes built over all of them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .models import Article, Participant

ROMAN_ORDER = {"IX": 9, "X": 10, "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15, "XVI": 16}


@dataclass(frozen=True)
class PersonEntry:
    """One person across the archive: their articles and what each article calls them."""

    slug: str
    name: str
    appearances: tuple[tuple[Article, Participant | None], ...]
    """(article, participation) pairs by date; participation is None for a mention."""


@dataclass(frozen=True)
class Archive:
    """All articles, gathered before anything is rendered."""

    articles: tuple[Article, ...]
    by_congress: dict[str, tuple[Article, ...]]
    people: dict[str, PersonEntry]

    def latest(self, count: int) -> tuple[Article, ...]:
        return tuple(sorted(self.articles, key=lambda a: a.sort_key, reverse=True)[:count])


def collect(articles: list[Article]) -> Archive:
    """Indexes by congress and by person; every list sorted by date, then slug."""
    ordered = tuple(sorted(articles, key=lambda a: a.sort_key))
    by_congress: dict[str, list[Article]] = defaultdict(list)
    appearances: dict[str, list[tuple[Article, Participant | None]]] = defaultdict(list)
    names: dict[str, str] = {}
    for article in ordered:
        for roman in article.meta.congress:
            by_congress[roman].append(article)
        for participant in article.meta.participants:
            appearances[participant.slug].append((article, participant))
            names.setdefault(participant.slug, participant.name)
        for mention in article.meta.mentioned:
            appearances[mention.slug].append((article, None))
            names.setdefault(mention.slug, mention.name)
    return Archive(
        articles=ordered,
        by_congress={
            roman: tuple(items)
            for roman, items in sorted(
                by_congress.items(), key=lambda kv: ROMAN_ORDER.get(kv[0], 99)
            )
        },
        people={
            slug: PersonEntry(slug=slug, name=names[slug], appearances=tuple(appearances[slug]))
            for slug in sorted(appearances)
        },
    )
