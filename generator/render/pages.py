"""Article pages and index pages as OutputPage records; nothing here touches the disk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ..collect import Archive, PersonEntry
from ..models import Article, BlockKind, OutputPage
from ..settings import Urls
from ..text import slugify
from .frontmatter import article_fields, dump
from .markdown import escape, link

FIELD_LABELS = {
    "date": "Ngày",
    "congress": "Đại hội",
    "meeting": "Cuộc họp",
    "participants": "Thành phần tham dự",
    "authors": "Tác giả",
    "source": "Nguồn",
}


def vn_date(day: dt.date | None) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else "không rõ"


def render_archive(archive: Archive, urls: Urls) -> list[OutputPage]:
    """Every generated page, in a fixed order."""
    pages = [render_article(article, urls) for article in archive.articles]
    pages += render_congresses(archive, urls)
    pages += render_people(archive, urls)
    pages.append(render_article_index(archive, urls))
    pages.append(render_home(archive, urls))
    return pages


# --- article pages ------------------------------------------------------------------------


def article_path(article: Article, urls: Urls) -> str:
    return urls.article.format(slug=article.slug)


def render_article(article: Article, urls: Urls) -> OutputPage:
    here = article_path(article, urls)
    meta = article.meta
    lines = [f"# {escape(meta.title)}", ""]
    lines += _metadata_box(article, urls, here)
    for block in article.body:
        if block.kind is BlockKind.HEADING:
            lines += [f"## {escape(block.text)}", ""]
        elif block.kind is BlockKind.CAPTION:
            lines += [
                f'<figure class="caption"><figcaption>{escape_html(block.text)}</figcaption></figure>',
                "",
            ]
        else:
            lines += [escape(block.text), ""]
    lines += _evidence_block(article)
    return OutputPage(path=here, content=dump(article_fields(article)) + "\n" + "\n".join(lines))


def escape_html(text: str) -> str:
    import html

    return html.escape(" ".join(text.split()), quote=False)


def _metadata_box(article: Article, urls: Urls, here: str) -> list[str]:
    meta = article.meta
    rows: list[str] = []
    day = vn_date(meta.date)
    if meta.date and meta.date_inferred:
        day += " (năm được suy ra)"
    rows.append(f"**Ngày:** {day}")
    if meta.published and meta.published != meta.date:
        rows.append(f"**Ngày đăng:** {vn_date(meta.published)}")
    if meta.congress:
        congress_links = [
            link(f"Đại hội {roman}", urls.congress.format(slug=roman.lower()), here)
            for roman in meta.congress
        ]
        rows.append("**Đại hội:** " + ", ".join(congress_links))
    meeting = meta.meeting
    if meeting.kind or meeting.organizer:
        parts = [escape(meeting.name or (meeting.kind or "").capitalize())]
        if meeting.ordinal:
            parts.append(f"lần thứ {meeting.ordinal}")
        if meeting.organizer:
            parts.append(escape(meeting.organizer))
        if meeting.location:
            parts.append("tại " + escape(", ".join(meeting.location)))
        rows.append("**Cuộc họp:** " + " — ".join(p for p in parts if p))
    if meta.participants:
        people = []
        for person in meta.participants:
            entry = link(person.name, urls.person.format(slug=person.slug), here)
            if person.roles:
                entry += f" ({escape(', '.join(person.roles))})"
            people.append(entry)
        rows.append("**Thành phần tham dự:** " + "; ".join(people))
    if meta.mentioned:
        named = [link(m.name, urls.person.format(slug=m.slug), here) for m in meta.mentioned]
        rows.append("**Được nhắc đến:** " + ", ".join(named))
    if meta.authors:
        rows.append("**Tác giả:** " + escape(", ".join(meta.authors)))
    if meta.source:
        rows.append("**Nguồn:** " + escape(meta.source))
    rows.append(f"**Tệp gốc:** `{article.source_file.replace('`', '')}`")
    box = ['!!! info "Thông tin bài viết"', ""]
    box += [f"    - {row}" for row in rows]
    return [*box, ""]


def _evidence_block(article: Article) -> list[str]:
    evidence = list(article.meta.evidence)
    for person in article.meta.participants:
        evidence += [(person.name, text) for text in person.evidence]
    if not evidence:
        return []
    lines = ['??? quote "Căn cứ trích xuất (câu gốc của từng thông tin)"', ""]
    for name, text in evidence:
        lines.append(f"    - **{escape(name)}:** {escape(text)}")
    return [*lines, ""]


# --- index pages ------------------------------------------------------------------------------


def _article_line(article: Article, urls: Urls, here: str) -> str:
    day = article.meta.date or article.meta.published
    return f"- {vn_date(day)} — {link(article.meta.title, article_path(article, urls), here)}"


def _page(path: str, title: str, body: Iterable[str]) -> OutputPage:
    head = dump({"title": title, "generated": True})
    return OutputPage(
        path=path, content=head + "\n" + "\n".join([f"# {escape(title)}", "", *body, ""])
    )


def render_congresses(archive: Archive, urls: Urls) -> list[OutputPage]:
    pages = []
    index_lines = []
    for roman, articles in archive.by_congress.items():
        path = urls.congress.format(slug=roman.lower())
        lines = [f"{len(articles)} bài viết, xếp theo ngày.", ""]
        lines += [_article_line(a, urls, path) for a in articles]
        pages.append(_page(path, f"Đại hội {roman}", lines))
        index_lines.append(
            f"- {link(f'Đại hội {roman}', path, urls.congress_index)} — {len(articles)} bài"
        )
    if not index_lines:
        index_lines = ["Chưa có bài viết nào gắn với một kỳ Đại hội."]
    pages.append(_page(urls.congress_index, "Các kỳ Đại hội", index_lines))
    return pages


def render_people(archive: Archive, urls: Urls) -> list[OutputPage]:
    pages = [render_person(entry, urls) for entry in archive.people.values()]
    index_lines = []
    for entry in sorted(archive.people.values(), key=lambda e: slugify(e.name)):
        path = urls.person.format(slug=entry.slug)
        index_lines.append(
            f"- {link(entry.name, path, urls.person_index)} — {len(entry.appearances)} bài"
        )
    if not index_lines:
        index_lines = ["Chưa có nhân vật nào."]
    pages.append(_page(urls.person_index, "Nhân vật", index_lines))
    return pages


def render_person(entry: PersonEntry, urls: Urls) -> OutputPage:
    path = urls.person.format(slug=entry.slug)
    lines = [f"{len(entry.appearances)} bài viết, xếp theo ngày.", ""]
    for article, participation in entry.appearances:
        line = _article_line(article, urls, path)
        if participation is None:
            line += " — *được nhắc đến*"
        elif participation.roles:
            line += f" — {escape(', '.join(participation.roles))}"
        lines.append(line)
    return _page(path, entry.name, lines)


def render_article_index(archive: Archive, urls: Urls) -> OutputPage:
    path = urls.article_index
    lines = [f"{len(archive.articles)} bài viết, mới nhất trước.", ""]
    lines += [_article_line(a, urls, path) for a in reversed(archive.articles)]
    return _page(path, "Tất cả bài viết", lines)


def render_home(archive: Archive, urls: Urls) -> OutputPage:
    path = urls.home
    lines = [
        "Kho lưu trữ tin tức về công tác chuẩn bị và tổ chức các kỳ Đại hội đại biểu toàn quốc "
        "của Đảng Cộng sản Việt Nam.",
        "",
        f"- **{len(archive.articles)}** {link('bài viết', urls.article_index, path)}",
        f"- **{len(archive.by_congress)}** {link('kỳ Đại hội', urls.congress_index, path)}",
        f"- **{len(archive.people)}** {link('nhân vật', urls.person_index, path)}",
        "",
        "## Bài mới nhất",
        "",
    ]
    latest = archive.latest(10)
    lines += [_article_line(a, urls, path) for a in latest] or [
        "Chưa có bài viết nào: hãy thêm tệp văn bản vào thư mục `seeds/` rồi chạy lại trình tạo."
    ]
    return _page(path, "Kho tin Đại hội Đảng", lines)
