"""One article page: Vietnamese metadata box, the cleaned body, sibling reports, evidence."""

from __future__ import annotations

import html

from ..models import Article, BlockKind, OutputPage
from ..settings import Urls
from ..text import slugify
from .common import FIELD_LABELS, article_line, article_path, shown_value, vn_date
from .frontmatter import article_fields, dump
from .markdown import escape, link

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
    many others there are besides them.
    """
    here = article_path(article, urls)
    lines = [f"# {escape(article.meta.title)}", ""]
    lines += _metadata_box(article, urls, here)
    for block in article.body:
        if block.kind is BlockKind.HEADING:
            lines += [f"## {escape(block.text)}", ""]
        elif block.kind is BlockKind.CAPTION:
            text = html.escape(" ".join(block.text.split()), quote=False)
            lines += [f'<figure class="caption"><figcaption>{text}</figcaption></figure>', ""]
        else:
            lines += [escape(block.text), ""]
    lines += _review_box(article, urls, here)
    lines += _siblings(siblings, event, urls, here, more)
    lines += _evidence_block(article)
    return OutputPage(path=here, content=dump(article_fields(article)) + "\n" + "\n".join(lines))


def _metadata_box(article: Article, urls: Urls, here: str) -> list[str]:
    meta = article.meta
    day = vn_date(meta.date)
    if meta.date and meta.date_inferred:
        day += " (năm được suy ra)"
    elif meta.date is None and meta.date_partial:
        day = f"{meta.date_partial[5:]}/{meta.date_partial[2:4]} (chưa rõ năm)"
    rows = [f"**Ngày:** {day}"]
    if meta.published and meta.published != meta.date:
        rows.append(f"**Ngày đăng:** {vn_date(meta.published)}")
    if meta.congress:
        congresses = [
            link(f"Đại hội {roman}", urls.congress.format(slug=roman.lower()), here)
            for roman in meta.congress
        ]
        rows.append("**Đại hội:** " + ", ".join(congresses))
    rows += _meeting_row(article, urls, here)
    if meta.participants:
        people = []
        for person in meta.participants:
            entry = link(person.name, urls.person.format(slug=person.slug), here)
            details = [", ".join(person.roles)] if person.roles else []
            if person.acts:
                details.append(", ".join(person.acts))
            people.append(entry + (f" ({escape('; '.join(details))})" if details else ""))
        rows.append("**Thành phần tham dự:** " + "; ".join(people))
    if meta.mentioned:
        named = [link(m.name, urls.person.format(slug=m.slug), here) for m in meta.mentioned]
        rows.append("**Được nhắc đến:** " + ", ".join(named))
    if meta.authors:
        rows.append("**Tác giả:** " + escape(", ".join(meta.authors)))
    if meta.source:
        rows.append("**Nguồn:** " + escape(meta.source))
    rows.append("**Tệp gốc:** " + escape(article.source_file))
    return ['!!! info "Thông tin bài viết"', "", *(f"    - {row}" for row in rows), ""]


def _meeting_row(article: Article, urls: Urls, here: str) -> list[str]:
    meeting = article.meta.meeting
    if not (meeting.kind or meeting.organizer):
        return []
    parts = []
    if meeting.kind:
        label = meeting.name or meeting.kind.capitalize()
        parts.append(link(label, urls.kind.format(slug=slugify(meeting.kind)), here))
    if meeting.ordinal:
        parts.append(f"lần thứ {meeting.ordinal}")
    if meeting.organizer:
        parts.append(
            link(meeting.organizer, urls.organizer.format(slug=slugify(meeting.organizer)), here)
        )
    if meeting.location:
        parts.append("tại " + escape(", ".join(meeting.location)))
    if meeting.format:
        parts.append(escape(meeting.format))
    return ["**Cuộc họp:** " + " — ".join(parts)]


def _siblings(
    siblings: tuple[Article, ...], event: str | None, urls: Urls, here: str, more: int
) -> list[str]:
    if not siblings or event is None:
        return []
    lines = ["## Các bài khác về cùng sự kiện", ""]
    lines += [article_line(a, urls, here, escape(a.meta.source or "")) for a in siblings]
    label = f"Trang sự kiện (thêm {more} bài khác)" if more else "Trang sự kiện"
    lines.append(f"- {link(label, urls.event.format(slug=event), here)}")
    return [*lines, ""]


def _review_box(article: Article, urls: Urls, here: str) -> list[str]:
    """What on this page is uncertain, and where the archivist confirms or corrects it."""
    doubts = article.meta.doubts
    if not doubts:
        return []
    lines = ['!!! warning "Cần rà soát"', ""]
    lines += [f"    - {escape(shown_value(d) or '(để trống)')}: {escape(d.reason)}" for d in doubts]
    lines += [
        "",
        f"    Xem {link('trang Cần rà soát', urls.review, here)} để xác nhận hoặc sửa.",
        "",
    ]
    return lines


def _evidence_block(article: Article) -> list[str]:
    evidence = list(article.meta.evidence)
    for person in article.meta.participants:
        evidence += [(person.name, text) for text in person.evidence]
    if not evidence:
        return []
    lines = ['??? quote "Căn cứ trích xuất (câu gốc của từng thông tin)"', ""]
    lines += [
        f"    - **{escape(FIELD_LABELS.get(name, name))}:** {escape(text)}"
        for name, text in evidence
    ]
    return [*lines, ""]
