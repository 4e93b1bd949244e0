"""The review queue ("Cần rà soát"): every value to check, why, and the override that fixes it."""

from __future__ import annotations

from typing import Any

import yaml

from ..models import Article, ArticleMeta, Doubt, OutputPage
from ..settings import Urls
from .common import FIELD_LABELS, article_day, article_path, by_year, page, part_label, shown_value
from .indexes import LONG_LIST
from .markdown import escape, link

INTRO = (
    "Những giá trị trình tạo suy ra từ ngữ cảnh, những chỗ các manh mối mâu thuẫn nhau và những "
    "người được nhận diện với độ tin cậy thấp. Với mỗi bài: giá trị đang hiển thị, lý do cần "
    "xem lại, câu gốc, và đoạn YAML để dán vào `data/overrides.yaml` (sửa giá trị nếu cần) rồi "
    "chạy lại trình tạo: một giá trị đã được người biên tập xác nhận hay sửa thì không còn ở đây."
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
    count = sum(a.card.doubts for a in articles)
    head = [INTRO, "", f"**{len(articles)}** bài, **{count}** mục cần rà soát.", ""]
    parts = review_parts(articles)
    if parts:
        head += [
            f"- {link(part_label(part).capitalize(), review_page(urls, part), here)} — "
            f"{len(items)} bài"
            for part, items in parts
        ]
        return page(here, "Cần rà soát", head)
    body = [line for a in articles for line in _article(a, urls, here)]
    return page(
        here, "Cần rà soát", head + (body or ["Không có mục nào cần rà soát."]), empty=not body
    )


def render_review_part(part: str, articles: tuple[Article, ...], urls: Urls) -> OutputPage:
    """One year of a long review queue."""
    here = review_page(urls, part)
    intro = f"{len(articles)} bài, {part_label(part)}; {link('các năm khác', urls.review, here)}."
    body = [line for a in articles for line in _article(a, urls, here)]
    return page(here, f"Cần rà soát — {part_label(part)}", [intro, "", *body])


def _article(article: Article, urls: Urls, here: str) -> list[str]:
    meta = article.meta
    lines = [
        f"## {escape(meta.title)}",
        "",
        f"{link('Trang bài viết', article_path(article, urls), here)} · tệp "
        f"`{article.source_file}`",
        "",
    ]
    for doubt in meta.doubts:
        lines += _doubt(doubt)
    snippet = yaml.safe_dump(
        {article.source_file: _corrections(meta)},
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=100,
    )
    return [*lines, "```yaml", *snippet.rstrip("\n").split("\n"), "```", ""]


def _doubt(doubt: Doubt) -> list[str]:
    label = FIELD_LABELS.get(doubt.field, doubt.field)
    value = escape(shown_value(doubt)) if doubt.value else "*(để trống)*"
    lines = [f"- **{label}** (`{doubt.field}`): {value} — {escape(doubt.reason)}", ""]
    if doubt.evidence:
        lines += [f"    > {escape(doubt.evidence)}", ""]
    return lines


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
