"""One article page: Vietnamese metadata box, the cleaned body, sibling reports, evidence."""

from __future__ import annotations

from ..models import Article, BlockKind, OutputPage
from ..settings import Urls
from ..text import slugify
from .common import (
    FIELD_LABELS,
    article_item,
    article_path,
    partial_date,
    shown_value,
    vn_date,
)
from .frontmatter import dump, page_fields
from .html import a, admonition, details, p, strong, text, ul
from .markdown import escape

SIBLINGS_SHOWN = 8
"""Other reports of the same meeting listed on an article page; the event page lists all."""


def render_article(
    article: Article,
    urls: Urls,
    siblings: tuple[Article, ...] = (),
    event: str | None = None,
    more: int = 0,
) -> OutputPage:
    """The page of one article; its size depends on the article alone, not on the archive.

    ``siblings``: other reports of the same meeting (at most SIBLINGS_SHOWN); ``more``: how
    many others there are besides them. Headings are Markdown, everything else ready HTML.
    """
    here = article_path(article, urls)
    lines = [f"# {escape(article.meta.title)}", "", _metadata_box(article, urls, here), ""]
    for block in article.body:
        if block.kind is BlockKind.HEADING:
            lines += [f"## {escape(block.text)}", ""]
        elif block.kind is BlockKind.CAPTION:
            lines += [
                f'<figure class="caption"><figcaption>{text(block.text)}</figcaption></figure>',
                "",
            ]
        else:
            lines += [p(text(block.text)), ""]
    lines += _review_box(article, urls, here)
    lines += _siblings(siblings, event, urls, here, more)
    lines += _evidence_block(article)
    return OutputPage(path=here, content=dump(page_fields(article)) + "\n" + "\n".join(lines))


def _row(label: str, value: str) -> str:
    return f"{strong(label + ':')} {value}"


def _metadata_box(article: Article, urls: Urls, here: str) -> str:
    meta = article.meta
    day = vn_date(meta.date)
    if meta.date and meta.date_inferred:
        day += " (năm được suy ra)"
    elif meta.date is None and meta.date_partial:
        day = partial_date(meta.date_partial)
    rows = [_row("Ngày", text(day))]
    if meta.published and meta.published != meta.date:
        rows.append(_row("Ngày đăng", vn_date(meta.published)))
    links = urls.directory_urls
    if meta.congress:
        congresses = [
            a(f"Đại hội {roman}", urls.congress.format(slug=roman.lower()), here, links)
            for roman in meta.congress
        ]
        rows.append(_row("Đại hội", ", ".join(congresses)))
    rows += _meeting_row(article, urls, here)
    if meta.participants:
        people = []
        for person in meta.participants:
            entry = a(person.name, urls.person.format(slug=person.slug), here, links)
            details = [", ".join(person.roles)] if person.roles else []
            if person.acts:
                details.append(", ".join(person.acts))
            people.append(entry + (f" ({text('; '.join(details))})" if details else ""))
        rows.append(_row("Thành phần tham dự", "; ".join(people)))
    if meta.mentioned:
        named = [a(m.name, urls.person.format(slug=m.slug), here, links) for m in meta.mentioned]
        rows.append(_row("Được nhắc đến", ", ".join(named)))
    if meta.authors:
        rows.append(_row("Tác giả", text(", ".join(meta.authors))))
    if meta.source:
        rows.append(_row("Nguồn", text(meta.source)))
    rows.append(_row("Tệp gốc", text(article.source_file)))
    return admonition("info", "Thông tin bài viết", ul(rows))


def _meeting_row(article: Article, urls: Urls, here: str) -> list[str]:
    meeting = article.meta.meeting
    if not (meeting.kind or meeting.organizer):
        return []
    links = urls.directory_urls
    parts = []
    if meeting.kind:
        label = meeting.name or meeting.kind.capitalize()
        parts.append(a(label, urls.kind.format(slug=slugify(meeting.kind)), here, links))
    if meeting.ordinal:
        parts.append(f"lần thứ {meeting.ordinal}")
    if meeting.organizer:
        target = urls.organizer.format(slug=slugify(meeting.organizer))
        parts.append(a(meeting.organizer, target, here, links))
    if meeting.location:
        parts.append("tại " + text(", ".join(meeting.location)))
    if meeting.format:
        parts.append(text(meeting.format))
    return [_row("Cuộc họp", " — ".join(parts))]


def _siblings(
    siblings: tuple[Article, ...], event: str | None, urls: Urls, here: str, more: int
) -> list[str]:
    if not siblings or event is None:
        return []
    items = [article_item(other, urls, here, text(other.meta.source or "")) for other in siblings]
    label = f"Trang sự kiện (thêm {more} bài khác)" if more else "Trang sự kiện"
    items.append(a(label, urls.event.format(slug=event), here, urls.directory_urls))
    return ["## Các bài khác về cùng sự kiện", "", ul(items), ""]


def _review_box(article: Article, urls: Urls, here: str) -> list[str]:
    """What on this page is uncertain, and where the archivist confirms or corrects it."""
    doubts = article.meta.doubts
    if not doubts:
        return []
    items = [f"{text(shown_value(d) or '(để trống)')}: {text(d.reason)}" for d in doubts]
    queue = a("trang Cần rà soát", urls.review, here, urls.directory_urls)
    box = admonition("warning", "Cần rà soát", ul(items), p(f"Xem {queue} để xác nhận hoặc sửa."))
    return [box, ""]


def _evidence_block(article: Article) -> list[str]:
    evidence = list(article.meta.evidence)
    for person in article.meta.participants:
        evidence += [(person.name, said) for said in person.evidence]
    if not evidence:
        return []
    items = [_row(text(FIELD_LABELS.get(name, name)), text(said)) for name, said in evidence]
    return [details("quote", "Căn cứ trích xuất (câu gốc của từng thông tin)", ul(items)), ""]
