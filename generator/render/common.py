"""Pieces every rendered page shares: dates in Vietnamese, list lines, page assembly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from ..models import Article, OutputPage
from ..settings import Urls
from .frontmatter import dump
from .markdown import escape, link

MONTHS = {m: f"Tháng {m}" for m in range(1, 13)}


class Memo:
    """Per-article pieces of the whole-archive files (JSON, CSV), kept from run to run.

    A piece is keyed by what it is, the article's revision and its slug, so a stale piece is
    never used. ``used`` holds only the pieces this run asked for: saving it drops the rest.
    """

    def __init__(self, known: dict[str, str] | None = None) -> None:
        self.known = known or {}
        self.used: dict[str, str] = {}

    def get(self, kind: str, article: Article, make: Callable[[Article], str]) -> str:
        key = f"{kind}\0{article.stamp}"
        piece = self.known.get(key)
        if piece is None:
            piece = make(article)
        self.used[key] = piece
        return piece


def vn_date(day: dt.date | None) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else "không rõ ngày"


def day_of(article: Article) -> dt.date | None:
    return article.card.day


def article_path(article: Article, urls: Urls) -> str:
    return urls.article.format(slug=article.slug)


def article_line(article: Article, urls: Urls, here: str, note: str = "") -> str:
    line = f"- {vn_date(day_of(article))} — {link(article.card.title, article_path(article, urls), here)}"
    return line + (f" — {note}" if note else "")


def page(path: str, title: str, body: Iterable[str], description: str | None = None) -> OutputPage:
    meta = {"title": title, "generated": True}
    if description:
        meta["description"] = description
    return OutputPage(
        path=path, content=dump(meta) + "\n" + "\n".join([f"# {escape(title)}", "", *body, ""])
    )


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
