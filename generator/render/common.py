"""Pieces every rendered page shares: dates in Vietnamese, list lines, page assembly."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import TypeVar

from ..models import Article, ArticleCard, Doubt, OutputPage
from ..settings import Urls
from .frontmatter import dump
from .html import href, text, ul
from .markdown import escape

T = TypeVar("T")

MONTHS = {m: f"Tháng {m}" for m in range(1, 13)}

FIELD_LABELS = {
    "date": "Ngày",
    "published": "Ngày đăng",
    "title": "Tiêu đề",
    "participants": "Thành phần tham dự",
    "mentioned": "Được nhắc đến",
    "congress": "Đại hội",
    "meeting": "Cuộc họp",
    "authors": "Tác giả",
    "source": "Nguồn",
}
"""The front-matter fields as the pages name them (evidence, review queue)."""


Pieces = tuple[bytes, bytes, bytes]
"""An article's line of the JSON download, its row of the articles CSV, its rows of the
participation CSV: encoded in UTF-8, so the files they make up (megabytes for each year)
are joined as bytes, never decoded and encoded again."""


class Memo:
    """Per-article pieces of the downloads, kept from run to run, by part (see
    downloads.data_parts): a run reads the pieces of the parts it renders, not all of them.

    ``load(part)`` gives the pieces the last run kept for a part, keyed by article stamp
    (file, revision, slug), so a stale piece is never used. ``used`` holds, for each part
    rendered, the pieces this run asked for: saving it replaces that part's pieces.
    ``parts`` names every part of the archive (the pieces of the others can go).
    """

    def __init__(self, load: Callable[[str], dict[str, Pieces]] | None = None) -> None:
        self.load = load or (lambda part: {})
        self.known: dict[str, dict[str, Pieces]] = {}
        self.used: dict[str, dict[str, Pieces]] = {}
        self.parts: list[str] = []

    def get(self, part: str, article: Article, make: Callable[[Article], Pieces]) -> Pieces:
        known = self.known.get(part)
        if known is None:
            known = self.known[part] = self.load(part)
            self.used[part] = {}
        key = article.stamp
        pieces = known.get(key)
        if pieces is None:
            pieces = make(article)
        self.used[part][key] = pieces
        return pieces


def vn_date(day: dt.date | None) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else "không rõ ngày"


def partial_date(value: str) -> str:
    """A day without its year ("--04-22", as front matter keeps it) as pages show it."""
    return f"{value[5:]}/{value[2:4]} (chưa rõ năm)"


def shown_value(doubt: Doubt) -> str:
    """The value as pages show it: dates as 22/04/2021, or 22/04 when the year is unknown."""
    value = doubt.value
    if doubt.field == "date" and value.startswith("--") and len(value) == 7:
        return partial_date(value)
    if doubt.field == "date" and len(value) == 10 and value[4] == "-":
        return f"{value[8:]}/{value[5:7]}/{value[:4]}"
    return value


def day_of(article: Article) -> dt.date | None:
    return article.card.day


def article_path(article: Article, urls: Urls) -> str:
    return urls.article.format(slug=article.slug)


def listed_date(card: ArticleCard) -> str:
    """The date an article's line shows: the event's (02/04/2025, or 22/04 with no year), else
    the publication's said to be one ("đăng 14/06/2024"), else "không rõ ngày"."""
    if card.date:
        return vn_date(card.date)
    if card.date_partial:
        return partial_date(card.date_partial)
    if card.published:
        return "đăng " + vn_date(card.published)
    return vn_date(None)


def article_item(article: Article, urls: Urls, here: str, note: str = "") -> str:
    """ "date — <a>title</a> — note": an article in every list, as ready HTML (``note``
    too); tens of thousands of them when a run re-renders the big index pages, hence the
    cached parts."""
    card = article.card
    before, after = _link_parts(urls.article, here, urls.directory_urls)
    line = _item_start(card.title, card.date, card.date_partial, card.published)
    line += f'{before}{article.slug}{after}">{text(card.title)}</a>'
    return line + (f" — {note}" if note else "")


def article_list(articles: Iterable[Article], urls: Urls, here: str) -> str:
    """A list of articles (one HTML block)."""
    return ul(article_item(a, urls, here) for a in articles)


@lru_cache(maxsize=1 << 16)
def _item_start(
    title: str, day: dt.date | None, partial: str | None, published: dt.date | None
) -> str:
    card = ArticleCard(title, day, published, (), None, None, None, (), (), 0, partial)
    return f'{listed_date(card)} — <a href="'


@lru_cache(maxsize=256)
def _link_parts(pattern: str, here: str, directory_urls: bool) -> tuple[str, str]:
    """The link from page ``here`` to an article page, split where its slug goes."""
    before, _, after = href(pattern.format(slug="\0"), here, directory_urls).partition("\0")
    return before, after


def page(
    path: str,
    title: str,
    body: Iterable[str],
    description: str | None = None,
    heading: str | None = None,
    empty: bool = False,
) -> OutputPage:
    """A generated page: ``title`` in the nav and the browser tab, ``heading`` (the title by
    default) above the body. ``empty``: a listing with nothing in it, which the site's nav
    leaves out (hooks/navigation.py) so that no link leads to it."""
    meta: dict[str, object] = {"title": title, "generated": True}
    if description:
        meta["description"] = description
    if empty:
        meta["empty"] = True
    text = "\n".join([f"# {escape(heading or title)}", "", *body, ""])
    return OutputPage(path=path, content=dump(meta) + "\n" + text)


def by_month(articles: Iterable[Article]) -> list[tuple[str, list[Article]]]:
    """Articles grouped under "Tháng M/YYYY" headings, in date order; undated last."""
    groups: dict[str, list[Article]] = {}
    for article in articles:
        day = day_of(article)
        key = f"{day.year:04d}-{day.month:02d}" if day else "9999"
        groups.setdefault(key, []).append(article)
    return [
        (f"Tháng {int(k[5:])}/{k[:4]}" if k != "9999" else "Không rõ ngày", v)
        for k, v in sorted(groups.items())
    ]


UNDATED = "khong-ro-ngay"
"""The name of the part of a split list (and of the downloads) holding undated articles."""


def by_year(items: Sequence[T], day_key: Callable[[T], str]) -> list[tuple[str, tuple[T, ...]]]:
    """(year, items), years ascending, undated items last under UNDATED. ``items`` must be
    in the archive's order, by ``day_key`` (ISO date, "" when undated): the years are then
    found by bisection, with a few dozen key calls rather than one per item."""
    undated = bisect_right(items, "", key=day_key)
    parts = []
    start = undated
    while start < len(items):
        year = day_key(items[start])[:4]
        end = bisect_left(items, year + "~", lo=start, key=day_key)  # "~" sorts after "-"
        parts.append((year, tuple(items[start:end])))
        start = end
    return parts + ([(UNDATED, tuple(items[:undated]))] if undated else [])


def article_day(article: Article) -> str:
    """The ISO date an article is listed by ("" when undated), for by_year."""
    return article.sort_key[0]


def part_label(part: str) -> str:
    return "không rõ ngày" if part == UNDATED else f"năm {part}"


def year_page(path: str, part: str) -> str:
    """The page of one year of a long list shown on page ``path``: a/b.md -> a/b/2025.md."""
    return f"{path.removesuffix('.md')}/{part}.md"
