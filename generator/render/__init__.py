"""Rendering: Archive -> PagePlan records (article pages, index pages, data files).

Every plan carries a key: a digest of everything its page shows (the revisions and slugs of
the articles it lists, the names and counts it prints, the code and data that render it).
The writer renders a page only when its key differs from the last run's, so a run after one
edited article renders that article, its sibling reports, the year pages and download parts
of its year and the index pages whose counts changed, not ten thousand pages. A few small
pages that summarise the whole archive (home, chart, latest articles, the congress and data
indexes) have no key and are rendered every run.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from functools import cache

from ..collect import MENTION, Archive, Group, PersonEntry
from ..models import Article, Congress, FilePlan, OutputPage, PagePlan
from ..settings import Urls
from .articles import SIBLINGS_SHOWN, render_article
from .chart import render_chart
from .common import UNDATED, Memo, year_page
from .database import update_database
from .downloads import (
    FEED_LENGTH,
    article_pieces,
    data_part_path,
    data_parts,
    render_articles_csv,
    render_data_index,
    render_feed,
    render_json,
    render_participation_csv,
    render_parts_list,
)
from .indexes import (
    appearance_years,
    article_years,
    congress_organizers,
    congress_path,
    present_people,
    render_article_index,
    render_congress,
    render_congress_index,
    render_group,
    render_group_index,
    render_home,
    render_period_index,
    render_person,
    render_person_index,
    render_person_year,
    render_undated,
    render_year,
    render_year_part,
)
from .review import render_review, render_review_part, review_page, review_parts

__all__ = ["Memo", "render_archive", "render_database", "render_pages"]

_GROUP_PAGES = (
    ("organizers", "organizer", "organizer_index", "Cơ quan tổ chức",
     "Các cơ quan, tiểu ban tổ chức những cuộc họp được đưa tin, theo số bài."),
    ("kinds", "kind", "kind_index", "Loại cuộc họp",
     "Phiên họp, hội nghị, giao ban, sơ duyệt, tổng duyệt…"),
    ("events", "event", "event_index", "Sự kiện",
     "Những cuộc họp được nhiều cơ quan báo chí đưa tin (cùng cơ quan tổ chức, cùng ngày hoặc cùng phiên)."),
)  # fmt: skip


def _key(*parts: object) -> str:
    """Digest of the parts; strings are hashed as they are (repr would copy the long stamp
    lists of congress and year pages once more: 50 ms a run at 10,000 articles)."""
    text = "\x1e".join([part if isinstance(part, str) else repr(part) for part in parts])
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


def _stamp(articles: Iterable[Article]) -> str:
    return "\n".join([a.stamp for a in articles])


def _siblings(group: tuple[Article, ...], article: Article) -> tuple[tuple[Article, ...], int]:
    """The other reports of an article's event an article page lists, and how many more."""
    head = group[: SIBLINGS_SHOWN + 1]
    shown = tuple(a for a in head if a is not article)[:SIBLINGS_SHOWN]
    return shown, len(group) - 1 - len(shown)


def _plan(path: str, key: str | None, make: Callable[[], OutputPage]) -> PagePlan:
    return PagePlan(path, key, lambda: make().content)


def render_archive(
    archive: Archive,
    urls: Urls,
    congresses: dict[str, Congress] | None = None,
    salt: str = "",
    memo: Memo | None = None,
) -> list[PagePlan]:
    """Every generated file, in a fixed order. ``salt`` is a digest of the rendering code and
    curated data; with it, equal keys mean equal pages across runs."""
    congresses = congresses or {}
    salt = _key(salt, urls)
    memo = memo or Memo()
    plans = []
    article_url, event_of, events = urls.article, archive.event_of, archive.events
    blake2b = hashlib.blake2b
    for article in archive.articles:  # ten thousand plans a run: kept to few Python steps
        event = event_of.get(article.slug)
        shown, more = _siblings(events[event].articles, article) if event else ((), 0)
        key = f"{salt}\x1e{article.stamp}\x1e{event or ''}\x1e{_stamp(shown)}\x1e{more}"
        plans.append(
            PagePlan(
                article_url.format(slug=article.slug),
                blake2b(key.encode("utf-8"), digest_size=12).hexdigest(),
                lambda a=article, s=shown, e=event, m=more: (
                    render_article(a, urls, s, e, m).content
                ),  # type: ignore[misc]
            )
        )
    for roman, articles in archive.by_congress.items():
        info = congresses.get(roman)
        names = [(archive.people[slug].name, n) for slug, n in present_people(articles)]
        organizers = congress_organizers(articles, archive)
        plans.append(
            _plan(
                congress_path(roman, urls),
                _key(salt, roman, info, names, organizers, _list_key(articles)),
                lambda r=roman, a=articles, i=info: render_congress(r, a, archive, urls, i),  # type: ignore[misc]
            )
        )
        plans += _year_plans(salt, congress_path(roman, urls), f"Đại hội {roman}", articles, urls)
    plans.append(_plan(urls.congress_index, None, lambda: render_congress_index(archive, urls)))
    for entry in archive.people.values():
        plans.append(
            _plan(
                urls.person.format(slug=entry.slug),
                _person_key(salt, entry, archive),
                lambda e=entry: render_person(e, archive, urls),  # type: ignore[misc]
            )
        )
        plans += _person_year_plans(salt, entry, urls)
    people = [f"{e.slug}\x1f{e.name}\x1f{len(e.appearances)}" for e in archive.people.values()]
    plans.append(
        _plan(
            urls.person_index,
            _key(salt, "people", "\n".join(people)),
            lambda: render_person_index(archive, urls),
        )
    )
    for facet, one_url, index_url, title, intro in _GROUP_PAGES:
        groups: dict[str, Group] = getattr(archive, facet)
        one = getattr(urls, one_url)
        is_event = facet == "events"
        for group in groups.values():
            main = one.format(slug=group.slug)
            plans.append(
                _plan(
                    main,
                    _key(salt, facet, group.label, _list_key(group.articles)),
                    lambda g=group, o=one, e=is_event: render_group(g, urls, o, e),  # type: ignore[misc]
                )
            )
            plans += _year_plans(salt, main, group.label, group.articles, urls)
        index = getattr(urls, index_url)
        listed = [f"{g.slug}\x1f{g.label}\x1f{len(g.articles)}" for g in groups.values()]
        plans.append(
            _plan(
                index,
                _key(salt, facet, "\n".join(listed)),
                lambda g=groups, o=one, i=index, t=title, n=intro: render_group_index(  # type: ignore[misc]
                    g, urls, o, i, t, n
                ),
            )
        )
    for year, articles in archive.years.items():
        plans.append(
            _plan(
                urls.year.format(slug=year),
                _key(salt, year, _stamp(articles)),
                lambda y=year, a=articles: render_year(y, a, urls),  # type: ignore[misc]
            )
        )
    counts = [(year, len(articles)) for year, articles in archive.years.items()]
    plans.append(
        _plan(
            urls.period_index,
            _key(salt, "periods", counts, str(len(archive.undated))),
            lambda: render_period_index(archive, urls),
        )
    )
    if archive.undated:
        plans.append(
            _plan(
                urls.year.format(slug=UNDATED),
                _key(salt, "undated", _stamp(archive.undated)),
                lambda: render_undated(archive.undated, urls),
            )
        )
    plans.append(_plan(urls.article_index, None, lambda: render_article_index(archive, urls)))
    plans += _review_plans(salt, archive.to_review, urls)
    chart = render_chart(archive)
    if chart:
        plans.append(PagePlan(urls.chart, None, lambda: chart))
    parts = data_parts(archive)
    memo.parts = [name for name, _ in parts]
    for name, articles in parts:
        plans += _data_plans(name, articles, _key(salt, "data", name, _stamp(articles)), urls, memo)
    plans += [
        PagePlan(urls.data_parts, None, lambda: render_parts_list(parts, urls)),
        _plan(urls.data_index, None, lambda: render_data_index(parts, urls)),
        PagePlan(
            urls.feed,
            _key(salt, "feed", _stamp(archive.latest(FEED_LENGTH))),
            lambda: render_feed(archive, urls, FEED_LENGTH),
        ),
        _plan(urls.home, None, lambda: render_home(archive, urls, chart is not None, congresses)),
    ]
    return plans


def render_database(
    archive: Archive,
    urls: Urls,
    congresses: dict[str, Congress] | None = None,
    salt: str = "",
) -> FilePlan:
    """The SQLite database of the archive, updated article by article (see database.py);
    its key changes with any article, like the downloads'."""
    congresses = congresses or {}
    fingerprint = _key(salt, urls)
    return FilePlan(
        urls.database,
        _key(fingerprint, "database", _stamp(archive.articles)),
        lambda path: update_database(path, archive, congresses, fingerprint),
    )


def _review_plans(salt: str, articles: tuple[Article, ...], urls: Urls) -> list[PagePlan]:
    """The review queue: one page, or one page a year when it is long."""
    parts = review_parts(articles)
    counts = "\n".join(f"{part}:{len(items)}" for part, items in parts)
    plans = [
        _plan(
            urls.review,
            _key(salt, "review", counts if parts else _stamp(articles)),
            lambda: render_review(articles, urls),
        )
    ]
    for part, items in parts:
        plans.append(
            _plan(
                review_page(urls, part),
                _key(salt, "review", part, _stamp(items)),
                lambda p=part, a=items: render_review_part(p, a, urls),  # type: ignore[misc]
            )
        )
    return plans


def _list_key(articles: tuple[Article, ...]) -> str:
    """What a page listing these articles shows of them: every article, or when the list is
    split into year pages, the number of articles each year."""
    years = article_years(articles)
    if not years:
        return _stamp(articles)
    return "\n".join([f"{year}:{len(items)}" for year, items in years])


def _year_plans(
    salt: str, main: str, title: str, articles: tuple[Article, ...], urls: Urls
) -> list[PagePlan]:
    """The year pages of the long list of articles on page ``main`` (see LONG_LIST)."""
    return [
        _plan(
            year_page(main, part),
            _key(salt, "year-page", main, title, part, _stamp(items)),
            lambda p=part, a=items: render_year_part(main, title, p, a, urls),  # type: ignore[misc]
        )
        for part, items in article_years(articles)
    ]


def _person_year_plans(salt: str, entry: PersonEntry, urls: Urls) -> list[PagePlan]:
    """The year pages of a person with more articles than their page lists."""
    main = urls.person.format(slug=entry.slug)
    return [
        _plan(
            year_page(main, part),
            _key(
                salt,
                "year-page",
                main,
                entry.name,
                part,
                "\n".join([a.stamp + (MENTION if p is None else "") for a, p in pairs]),
            ),
            lambda p=part, a=pairs: render_person_year(entry, p, a, urls),  # type: ignore[misc]
        )
        for part, pairs in appearance_years(entry)
    ]


def _data_plans(
    name: str, articles: tuple[Article, ...], key: str, urls: Urls, memo: Memo
) -> list[PagePlan]:
    """The three download files of one part (see downloads.data_parts)."""
    pieces = cache(lambda: article_pieces(name, articles, memo))  # made once, for the three files
    return [
        PagePlan(data_part_path(urls.data_json, name, urls), key, lambda: render_json(pieces())),
        PagePlan(
            data_part_path(urls.data_csv, name, urls), key, lambda: render_articles_csv(pieces())
        ),
        PagePlan(
            data_part_path(urls.participation_csv, name, urls),
            key,
            lambda: render_participation_csv(pieces()),
        ),
    ]


def _person_key(salt: str, entry: PersonEntry, archive: Archive) -> str:
    companions = [(slug, n, archive.people[slug].name) for slug, n in entry.companions]
    # The digest stands for the person's articles, name, variants and roles (see collect).
    return _key(salt, entry.slug, entry.digest, companions)


def render_pages(
    archive: Archive, urls: Urls, congresses: dict[str, Congress] | None = None
) -> list[OutputPage]:
    """Every generated file rendered now (for tests and tools that want the content)."""
    pages = []
    for plan in render_archive(archive, urls, congresses):
        content = plan.render()
        pages.append(
            OutputPage(plan.path, content if isinstance(content, str) else content.decode())
        )
    return pages
