"""Rendering: Archive -> OutputPage records (front matter, article pages, index pages, data)."""

from __future__ import annotations

from ..collect import Archive
from ..models import Congress, OutputPage
from ..settings import Urls
from .articles import render_article
from .chart import render_chart
from .downloads import render_articles_csv, render_feed, render_json, render_participation_csv
from .indexes import (
    render_article_index,
    render_congresses,
    render_groups,
    render_home,
    render_people,
    render_periods,
)

__all__ = ["render_archive"]


def render_archive(
    archive: Archive, urls: Urls, congresses: dict[str, Congress] | None = None
) -> list[OutputPage]:
    """Every generated file, in a fixed order."""
    pages = []
    for article in archive.articles:
        event = archive.event_of.get(article.slug)
        siblings = (
            tuple(a for a in archive.events[event].articles if a is not article) if event else ()
        )
        pages.append(render_article(article, urls, siblings, event))
    pages += render_congresses(archive, urls, congresses or {})
    pages += render_people(archive, urls)
    pages += render_groups(
        archive.organizers,
        urls,
        urls.organizer,
        urls.organizer_index,
        "Cơ quan tổ chức",
        "Các cơ quan, tiểu ban tổ chức những cuộc họp được đưa tin, theo số bài.",
    )
    pages += render_groups(
        archive.kinds,
        urls,
        urls.kind,
        urls.kind_index,
        "Loại cuộc họp",
        "Phiên họp, hội nghị, giao ban, sơ duyệt, tổng duyệt…",
    )
    pages += render_groups(
        archive.events,
        urls,
        urls.event,
        urls.event_index,
        "Sự kiện",
        "Những cuộc họp được nhiều cơ quan báo chí đưa tin (cùng cơ quan tổ chức, cùng ngày hoặc cùng phiên).",
    )
    pages += render_periods(archive, urls)
    pages.append(render_article_index(archive, urls))
    chart = render_chart(archive)
    if chart:
        pages.append(OutputPage(urls.chart, chart))
    pages += [
        OutputPage(urls.data_json, render_json(archive)),
        OutputPage(urls.data_csv, render_articles_csv(archive)),
        OutputPage(urls.participation_csv, render_participation_csv(archive)),
        OutputPage(urls.feed, render_feed(archive, urls)),
        render_home(archive, urls, chart is not None),
    ]
    return pages
