"""The Archive: every article plus the indexes built over all of them.

Collect first, render later: every index sees every article. Lists are sorted by an explicit
key (date, then slug), people in Vietnamese dictionary order.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import chain

from .models import Article, PersonRef
from .text import slugify
from .vnsort import person_key

ROMAN_ORDER = {"IX": 9, "X": 10, "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15, "XVI": 16}


@dataclass(frozen=True)
class RoleSpan:
    """A title a person is given, with the first and last dated article giving it."""

    title: str
    first: dt.date | None
    last: dt.date | None
    count: int


Appearance = tuple[Article, PersonRef | None]
"""An article a person is in, with their participation (None: only mentioned)."""


@dataclass(frozen=True)
class PersonEntry:
    """One person across the archive: their articles and what each article calls them."""

    slug: str
    name: str
    appearances: tuple[Appearance, ...]
    """(article, participation) pairs by date; participation is None for a mention."""
    variants: tuple[str, ...] = ()
    roles: tuple[RoleSpan, ...] = ()
    companions: tuple[tuple[str, int], ...] = ()
    """(slug, shared articles) of the people most often present with this person."""
    digest: str = ""
    """Digest of the person's appearances (their articles' stamps): everything above but the
    companions' own names follows from it (and from the curated aliases)."""


@dataclass(frozen=True)
class Group:
    """Articles sharing one value of a facet (organizer, meeting kind, event, period)."""

    slug: str
    label: str
    articles: tuple[Article, ...]


@dataclass(frozen=True)
class Archive:
    """All articles, gathered before anything is rendered."""

    articles: tuple[Article, ...]
    by_congress: dict[str, tuple[Article, ...]]
    people: dict[str, PersonEntry]
    organizers: dict[str, Group]
    kinds: dict[str, Group]
    events: dict[str, Group]
    years: dict[int, tuple[Article, ...]]
    undated: tuple[Article, ...]
    """Articles with neither an event date nor a publication date."""
    event_of: dict[str, str]
    """Article slug -> event slug, for articles reporting a meeting others also reported."""
    to_review: tuple[Article, ...] = ()
    """Articles with values an archivist should check (see Doubt), in archive order."""

    def latest(self, count: int) -> tuple[Article, ...]:
        return self.articles[::-1][:count]  # articles are kept in sort_key order

    def people_sorted(self) -> list[PersonEntry]:
        return sorted(self.people.values(), key=lambda p: person_key(p.name))


def collect(
    articles: list[Article],
    aliases: dict[str, str] | None = None,
    remembered: Remembered | None = None,
) -> Archive:
    """Every index of the archive; ``aliases`` maps known spellings to canonical names;
    ``remembered`` holds what the last run derived of each person (see Remembered)."""
    ordered = tuple(sorted(articles, key=lambda a: a.sort_key))
    by_congress: dict[str, list[Article]] = defaultdict(list)
    years: dict[int, list[Article]] = defaultdict(list)
    undated: list[Article] = []
    for article in ordered:
        card = article.card
        for roman in card.congress:
            by_congress[roman].append(article)
        day = card.day
        if day:
            years[day.year].append(article)
        else:
            undated.append(article)
    events = _events(ordered)
    return Archive(
        articles=ordered,
        by_congress={
            roman: tuple(items)
            for roman, items in sorted(
                by_congress.items(), key=lambda kv: ROMAN_ORDER.get(kv[0], 99)
            )
        },
        people=_people(ordered, aliases or {}, remembered or Remembered()),
        organizers=_facet(ordered, lambda a: a.card.organizer),
        kinds=_facet(ordered, lambda a: a.card.kind),
        events=events,
        years={year: tuple(items) for year, items in sorted(years.items())},
        undated=tuple(undated),
        event_of={a.slug: slug for slug, group in events.items() for a in group.articles},
        to_review=tuple(a for a in ordered if a.card.doubts),
    )


def _facet(articles: tuple[Article, ...], value) -> dict[str, Group]:
    groups: dict[str, list[Article]] = defaultdict(list)
    labels: dict[str, str] = {}
    for article in articles:
        label = value(article)
        if label:
            slug = slugify(label)
            groups[slug].append(article)
            labels.setdefault(slug, label)
    return {slug: Group(slug, labels[slug], tuple(groups[slug])) for slug in sorted(groups)}


def event_key(article: Article) -> tuple[str, str] | None:
    """Reports of one meeting share its organizer and its date, or its ordinal."""
    card = article.card
    if not card.organizer:
        return None
    if card.date:
        return card.organizer, card.date.isoformat()
    if card.ordinal:
        return card.organizer, f"phiên {card.ordinal}"
    return None


def _events(articles: tuple[Article, ...]) -> dict[str, Group]:
    """Meetings reported by two or more articles."""
    groups: dict[tuple[str, str], list[Article]] = defaultdict(list)  # in article order
    undated: list[tuple[tuple[str, str], Article]] = []
    for article in articles:
        key = event_key(article)
        if key:
            groups[key].append(article)
            if article.card.date is None:
                undated.append((key, article))
    # An undated report with an ordinal joins the (first) dated reports of the same ordinal.
    dated_by_ordinal: dict[tuple[str, int], tuple[str, str]] = {}
    for key, items in groups.items():
        if not key[1].startswith("phiên"):
            for a in items:
                if a.card.ordinal:
                    dated_by_ordinal.setdefault((key[0], a.card.ordinal), key)
    joined = set()
    for key, article in undated:
        target = dated_by_ordinal.get((key[0], article.card.ordinal or 0))
        if target:
            groups[target].append(article)
            groups[key].remove(article)
            joined.add(target)
    result: dict[str, Group] = {}
    for (organizer, when), items in sorted(groups.items()):
        if len(items) < 2:
            continue
        label = f"{organizer}, {_when_label(when)}"
        slug = slugify(f"{organizer} {when}")
        if (organizer, when) in joined:
            items.sort(key=lambda a: a.sort_key)
        result[slug] = Group(slug, label, tuple(items))
    return result


def _when_label(when: str) -> str:
    if when.startswith("phiên"):
        return when
    day = dt.date.fromisoformat(when)
    return f"ngày {day.day:02d}/{day.month:02d}/{day.year}"


MENTION = "+m"
"""Appended to an article's stamp where the person is only mentioned in it (page keys)."""

PersonFacts = tuple[str, tuple[str, ...], tuple[RoleSpan, ...], tuple[tuple[str, int], ...]]
"""Name, variants, role history and companions of one person."""


@dataclass
class Remembered:
    """What _people derived of each person in the last run (name, variants, roles,
    companions), by a digest of the person's appearances: a person whose articles are all
    unchanged is not derived again (at 10,000 articles, 0.1 s of every run)."""

    known: dict[str, PersonFacts] = field(default_factory=dict)
    used: dict[str, PersonFacts] = field(default_factory=dict)


def _people(
    articles: tuple[Article, ...], aliases: dict[str, str], remembered: Remembered
) -> dict[str, PersonEntry]:
    appearances: dict[str, list[tuple[Article, PersonRef | None]]] = defaultdict(list)
    spellings: dict[str, list[str]] = defaultdict(list)
    stamps: dict[str, list[str]] = defaultdict(list)
    """Slug -> the stamps of the person's articles, MENTION marking a mention: what the
    derived facts depend on (with the aliases, which the store's tag covers)."""
    for article in articles:
        card = article.card
        present = {p.slug for p in card.participants}
        for participant in card.participants:
            slug = participant.slug
            appearances[slug].append((article, participant))
            spellings[slug].append(participant.name)
            stamps[slug].append(article.stamp)
        for mention in card.mentioned:
            if mention.slug not in present:
                appearances[mention.slug].append((article, None))
                spellings[mention.slug].append(mention.name)
                stamps[mention.slug].append(article.stamp + MENTION)
    by_canonical: dict[str, set[str]] = defaultdict(set)
    for alias, target in aliases.items():
        if alias != target:
            by_canonical[target].add(alias)
    entries = {}
    for slug in sorted(appearances):
        found = appearances[slug]
        digest = hashlib.blake2b(
            "\n".join([slug, *stamps[slug]]).encode("utf-8"), digest_size=16
        ).hexdigest()
        facts = remembered.known.get(digest)
        if facts is None:
            facts = _derive(slug, found, spellings[slug], aliases, by_canonical)
        remembered.used[digest] = facts
        name, variants, roles, companions = facts
        entries[slug] = PersonEntry(slug, name, tuple(found), variants, roles, companions, digest)
    return entries


def _derive(
    slug: str,
    found: list[tuple[Article, PersonRef | None]],
    spellings: list[str],
    aliases: dict[str, str],
    by_canonical: dict[str, set[str]],
) -> PersonFacts:
    """Name (the curated one, else the commonest spelling), variants, roles, companions."""
    spelled = Counter(spellings)
    canonical = next((aliases[n] for n in spelled if n in aliases), None)
    name = canonical or min(spelled, key=lambda n: (-spelled[n], n))
    variants = tuple(sorted((set(spelled) | by_canonical[name]) - {name}))
    others = Counter(
        chain.from_iterable(
            {p.slug: None for p in article.card.participants}
            for article, participation in found
            if participation is not None
        )
    )
    others.pop(slug, None)
    companions = tuple(sorted(others.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
    return name, variants, _role_history(found), companions


def _role_history(appearances: list[tuple[Article, PersonRef | None]]) -> tuple[RoleSpan, ...]:
    """Each title with its first and last dated article, in order of first appearance."""
    by_roles: dict[tuple[str, ...], list[dt.date | None]] = defaultdict(list)
    for article, participation in appearances:
        if participation is not None and participation.roles:
            by_roles[participation.roles].append(article.card.day)
    days: dict[str, list[dt.date | None]] = defaultdict(list)
    for roles, found in by_roles.items():
        for title in roles:
            days[title] += found
    spans = []
    for title, found in days.items():
        dated = [day for day in found if day]
        first, last = (min(dated), max(dated)) if dated else (None, None)
        spans.append(RoleSpan(title, first, last, len(found)))
    return tuple(sorted(spans, key=lambda span: (span.first or dt.date.max, span.title)))
