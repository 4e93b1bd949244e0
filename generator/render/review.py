"""The review queue ("Cần rà soát"): every value to check, why, and the override that fixes it."""

from __future__ import annotations

import html
from typing import Any

import yaml

from ..models import Article, ArticleMeta, Doubt, OutputPage
from ..settings import Urls
from .common import FIELD_LABELS, article_day, article_path, by_year, page, part_label, shown_value
from .html import a, p, strong, text, ul
from .indexes import LONG_LIST
from .markdown import escape

INTRO = p(
    "Những giá trị trình tạo suy ra từ ngữ cảnh, những chỗ các manh mối mâu thuẫn nhau và những "
    "người được nhận diện với độ tin cậy thấp. Với mỗi bài: giá trị đang hiển thị, lý do cần "
    "xem lại, câu gốc, và đoạn YAML để dán vào <code>data/overrides.yaml</code> (sửa giá trị nếu "
    "cần) rồi chạy lại trình tạo: một giá trị đã được người biên tập xác nhận hay sửa thì không "
    "còn ở đây."
)


def review_page(urls: Urls, part: str) -> str:
    """The page of one year of a long queue: can-ra-soat/2025.md."""
    return f"{urls.review.rpartition('/')[0]}/{part}.md"


def review_parts(articles: tuple[Article, ...]) -> list[tuple[str, tuple[Article, ...]]]:
    """The year pages of the queue; none while it fits on one page."""
    return by_year(articles, article_day) if len(articles) > LONG_LIST else []


def render_review(articles: tuple[Article, ...], urls: Urls) -> OutputPage:
    """The queue's page: every article with doubts, or links to its year pages when long."""
    here = urls.review
    count = sum(article.card.doubts for article in articles)
    summary = p(f"{strong(str(len(articles)))} bài, {strong(str(count))} mục cần rà soát.")
    head = [INTRO, "", summary, ""]
    parts = review_parts(articles)
    if parts:
        rows = [
            f"{a(part_label(part).capitalize(), review_page(urls, part), here, urls.directory_urls)}"
            f" — {len(items)} bài"
            for part, items in parts
        ]
        return page(here, "Cần rà soát", [*head, ul(rows)])
    body = [line for article in articles for line in _article(article, urls, here)]
    return page(
        here, "Cần rà soát", head + (body or [p("Không có mục nào cần rà soát.")]), empty=not body
    )


def render_review_part(part: str, articles: tuple[Article, ...], urls: Urls) -> OutputPage:
    """One year of a long review queue."""
    here = review_page(urls, part)
    others = a("các năm khác", urls.review, here, urls.directory_urls)
    intro = p(f"{len(articles)} bài, {part_label(part)}; {others}.")
    body = [line for article in articles for line in _article(article, urls, here)]
    return page(here, f"Cần rà soát — {part_label(part)}", [intro, "", *body])


def _article(article: Article, urls: Urls, here: str) -> list[str]:
    meta = article.meta
    page_link = a("Trang bài viết", article_path(article, urls), here, urls.directory_urls)
    lines = [
        f"## {escape(meta.title)}",
        "",
        p(f"{page_link} · tệp <code>{html.escape(article.source_file, quote=False)}</code>"),
        "",
    ]
    if meta.doubts:
        lines += [_doubts(meta.doubts), ""]
    snippet = yaml.safe_dump(
        {article.source_file: _corrections(meta)},
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=100,
    )
    return [*lines, "```yaml", *snippet.rstrip("\n").split("\n"), "```", ""]


def _doubts(doubts: tuple[Doubt, ...]) -> str:
    """The list of an article's doubts, as Python-Markdown writes it: loose (a paragraph per
    item) when it has several items or a quoted sentence, tight otherwise."""
    loose = len(doubts) > 1 or any(d.evidence for d in doubts)
    items = []
    for doubt in doubts:
        label = text(FIELD_LABELS.get(doubt.field, doubt.field))
        value = text(shown_value(doubt)) if doubt.value else "<em>(để trống)</em>"
        line = f"{strong(label)} (<code>{text(doubt.field)}</code>): {value} — {text(doubt.reason)}"
        if not loose:
            items.append(line)
            continue
        quote = (
            f"<blockquote>\n{p(text(doubt.evidence))}\n</blockquote>\n" if doubt.evidence else ""
        )
        items.append(f"\n{p(line)}\n{quote}")
    return ul(items)


def _corrections(meta: ArticleMeta) -> dict[str, Any]:
    """The override lines an archivist confirms or edits: the current values of the fields
    in doubt (the whole list for people, since an override replaces it). Doubts are raised on
    the date, the people and a built title."""
    fields = dict.fromkeys(d.field for d in meta.doubts)
    out: dict[str, Any] = {}
    for name in fields:
        if name == "date":
            out["date"] = meta.date.isoformat() if meta.date else _unknown_year(meta)
        elif name in ("participants", "mentioned"):
            out["participants"] = [
                {"name": p.name, "roles": list(p.roles), "acts": list(p.acts)}
                for p in meta.participants
            ]
            out["mentioned"] = [m.name for m in meta.mentioned]
        elif name == "title":
            out["title"] = meta.title
    return out


def _unknown_year(meta: ArticleMeta) -> str | None:
    """ "YYYY-04-22": the day and month found, the year for the archivist to write."""
    return f"YYYY{meta.date_partial[1:]}" if meta.date_partial else None
