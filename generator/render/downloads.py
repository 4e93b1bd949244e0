"""The archive as data: JSON and CSV downloads and an Atom feed of the latest articles."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import posixpath
from collections.abc import Iterable, Mapping
from xml.etree import ElementTree as ET

from ..collect import Archive
from ..models import Article, OutputPage
from ..settings import Urls
from .common import UNDATED, Memo, Pieces, page
from .frontmatter import article_fields
from .markdown import link

ARTICLE_COLUMNS = (
    "source_file",
    "url",
    "title",
    "date",
    "date_inferred",
    "date_partial",
    "published",
    "congress",
    "congress_mentioned",
    "meeting_kind",
    "meeting_name",
    "meeting_ordinal",
    "organizer",
    "location",
    "format",
    "participants",
    "mentioned",
    "authors",
    "source",
)
PARTICIPATION_COLUMNS = ("source_file", "url", "date", "congress", "name", "slug", "roles", "acts")


def page_url(article: Article) -> str:
    """Site-relative URL of an article page (directory URLs, as MkDocs builds them)."""
    return f"bai-viet/{article.slug}/"


def _json_line(article: Article) -> str:
    fields = article_fields(article)
    fields.pop("warnings")
    return json.dumps({"url": page_url(article), **fields}, ensure_ascii=False)


def data_parts(archive: Archive) -> list[tuple[str, tuple[Article, ...]]]:
    """The parts the downloads are written in: (name, articles), undated articles first as
    the archive sorts them, then year by year. Joined in this order, the parts are the
    whole-archive files; a changed article rewrites the part of its year only."""
    parts = [(UNDATED, archive.undated)] if archive.undated else []
    return parts + [(str(year), articles) for year, articles in archive.years.items()]


def data_part_path(whole: str, part: str, urls: Urls) -> str:
    """Where the part ``part`` of the download ``whole`` is written."""
    return urls.data_part.format(slug=part) + posixpath.basename(whole)


def _wholes(urls: Urls) -> tuple[str, str, str]:
    """The whole-archive downloads: articles JSON, articles CSV, participation CSV."""
    return urls.data_json, urls.data_csv, urls.participation_csv


def render_parts_list(parts: list[tuple[str, tuple[Article, ...]]], urls: Urls) -> str:
    """The parts of each whole-archive download, in the order the site build joins them."""
    wholes = _wholes(urls)
    listing = {
        "files": {
            whole: [data_part_path(whole, name, urls) for name, _ in parts] for whole in wholes
        },
        "headers": {  # the whole CSV files of an archive with no parts
            urls.data_csv: ",".join(ARTICLE_COLUMNS),
            urls.participation_csv: ",".join(PARTICIPATION_COLUMNS),
        },
        "parts": [{"name": name, "articles": len(articles)} for name, articles in parts],
    }
    return json.dumps(listing, ensure_ascii=False, indent=1) + "\n"


def render_data_index(parts: list[tuple[str, tuple[Article, ...]]], urls: Urls) -> OutputPage:
    """The downloads: the whole archive, and each year's part of it."""
    path = urls.data_index
    wholes = _wholes(urls)
    lines = [
        "Toàn bộ kho: "
        + " · ".join(
            link(label, whole, path)
            for label, whole in zip(("JSON", "CSV bài viết", "CSV tham dự"), wholes, strict=True)
        )
        + f". Các trường được mô tả ở trang {link('Về dữ liệu', 've-du-lieu.md', path)}.",
        "",
        f"Cơ sở dữ liệu SQLite: {link('kho-tin.sqlite', urls.database, path)}, toàn bộ kho kể cả "
        "văn bản các bài trong một tệp, có chỉ mục toàn văn tìm được cả khi gõ không dấu "
        f"({link('các bảng và câu truy vấn mẫu', 've-du-lieu.md#co-so-du-lieu-sqlite', path)}).",
        "",
        "Từng năm có tệp riêng, cùng định dạng; tệp của một năm chỉ đổi khi một bài của năm đó "
        "đổi, nên muốn cập nhật bản sao chỉ cần tải lại những năm đã đổi. Nối các phần theo thứ "
        f"tự dưới đây thì được đúng tệp toàn bộ (danh sách máy đọc được: {link('phan.json', urls.data_parts, path)}).",
        "",
    ]
    if parts:
        lines += ["| Năm | Số bài | JSON | CSV bài viết | CSV tham dự |", "|---|---|---|---|---|"]
        for name, articles in parts:
            label = "Không rõ ngày" if name == UNDATED else name
            files = " | ".join(
                link(kind, data_part_path(whole, name, urls), path)
                for kind, whole in zip(("JSON", "CSV", "CSV"), wholes, strict=True)
            )
            lines.append(f"| {label} | {len(articles)} | {files} |")
    else:
        lines.append("Chưa có bài viết nào.")
    return page(path, "Tải dữ liệu", lines)


def article_pieces(
    part: str, articles: Iterable[Article], memo: Memo | None = None
) -> list[Pieces]:
    """The pieces of the articles of one part, in their order: kept ones, or made now."""
    memo = memo or Memo()
    return [memo.get(part, article, _make_pieces) for article in articles]


def _make_pieces(article: Article) -> Pieces:
    return (
        _json_line(article).encode("utf-8"),
        _article_row(article).encode("utf-8"),
        _participation_rows(article).encode("utf-8"),
    )


def render_json(pieces: list[Pieces]) -> bytes:
    """Every article's front matter and URL; one article per line (readable, and fast to
    write: indent= would use the slow pure-Python encoder)."""
    lines = b",\n".join([p[0] for p in pieces])
    return b'{"articles": [\n' + lines + b"\n]}\n"


def _csv_rows(rows: Iterable[Mapping[str, object]], columns: tuple[str, ...]) -> str:
    out = io.StringIO()
    csv.DictWriter(out, fieldnames=columns, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _header(columns: tuple[str, ...]) -> bytes:
    return (",".join(columns) + "\n").encode("utf-8")


def _join(values: Iterable[object]) -> str:
    return "; ".join(str(v) for v in values)


def _article_row(a: Article) -> str:
    m, meeting = a.meta, a.meta.meeting
    row = {
        "source_file": a.source_file,
        "url": page_url(a),
        "title": m.title,
        "date": m.date.isoformat() if m.date else "",
        "date_inferred": str(m.date_inferred).lower(),
        "date_partial": m.date_partial or "",
        "published": m.published.isoformat() if m.published else "",
        "congress": _join(m.congress),
        "congress_mentioned": _join(m.congress_mentioned),
        "meeting_kind": meeting.kind or "",
        "meeting_name": meeting.name or "",
        "meeting_ordinal": meeting.ordinal or "",
        "organizer": meeting.organizer or "",
        "location": _join(meeting.location),
        "format": meeting.format or "",
        "participants": _join(p.name for p in m.participants),
        "mentioned": _join(p.name for p in m.mentioned),
        "authors": _join(m.authors),
        "source": m.source or "",
    }
    return _csv_rows([row], ARTICLE_COLUMNS)


def render_articles_csv(pieces: list[Pieces]) -> bytes:
    return _header(ARTICLE_COLUMNS) + b"".join([p[1] for p in pieces])


def _participation_rows(a: Article) -> str:
    rows = [
        {
            "source_file": a.source_file,
            "url": page_url(a),
            "date": a.meta.date.isoformat() if a.meta.date else "",
            "congress": _join(a.meta.congress),
            "name": p.name,
            "slug": p.slug,
            "roles": _join(p.roles),
            "acts": _join(p.acts),
        }
        for p in a.meta.participants
    ]
    return _csv_rows(rows, PARTICIPATION_COLUMNS)


def render_participation_csv(pieces: list[Pieces]) -> bytes:
    return _header(PARTICIPATION_COLUMNS) + b"".join([p[2] for p in pieces])


FEED_LENGTH = 30


def render_feed(archive: Archive, urls: Urls, count: int = FEED_LENGTH) -> str:
    """Atom feed of the latest articles; links are relative to the site root. It shows their
    authors and sources, which only the full metadata holds: a run reads those of the
    latest articles only when one of them changed (see render_archive)."""
    ns = "http://www.w3.org/2005/Atom"
    feed = ET.Element("feed", {"xmlns": ns, "xml:lang": "vi"})
    ET.SubElement(feed, "title").text = "Kho tin Đại hội Đảng"
    ET.SubElement(feed, "id").text = "tag:kho-tin-dai-hoi,2024:feed"
    latest = archive.latest(count)
    days = [d for a in latest if (d := _stamped(a)) is not None]
    newest = max(days, default=None)
    ET.SubElement(
        feed, "updated"
    ).text = f"{newest.isoformat() if newest else '2000-01-01'}T00:00:00Z"
    ET.SubElement(feed, "link", {"href": "./", "rel": "alternate"})
    for article in latest:
        entry = ET.SubElement(feed, "entry")
        ET.SubElement(entry, "title").text = article.meta.title
        ET.SubElement(entry, "id").text = f"tag:kho-tin-dai-hoi,2024:bai-viet/{article.slug}"
        ET.SubElement(entry, "link", {"href": page_url(article)})
        day = _stamped(article)
        ET.SubElement(
            entry, "updated"
        ).text = f"{day.isoformat() if day else '2000-01-01'}T00:00:00Z"
        author = ET.SubElement(entry, "author")
        ET.SubElement(author, "name").text = (
            ", ".join(article.meta.authors) or article.meta.source or "Không rõ"
        )
        summary = ", ".join(p.name for p in article.meta.participants)
        ET.SubElement(entry, "summary").text = summary or article.meta.title
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def _stamped(article: Article) -> dt.date | None:
    """An entry's Atom date: the event's, else the publication's (a feed dates entries)."""
    return article.card.date or article.card.published
