"""The archive as a SQLite database (du-lieu/kho-tin.sqlite), updated article by article.

A run that changed one article deletes and inserts that article's rows and compares the
small tables derived from the whole archive (people, organizers, events, congresses) with
what the file holds; it does not rewrite the file. Every row says where it comes from, so
the update works from whatever state the file is in: ``articles`` keeps each article's
revision, and the derived tables are compared row by row. A file of another schema or
written by other code or data (``info``) is written afresh.

Articles' columns come from ``frontmatter.article_fields``, the function that writes the
front matter: every field of it is a column (lists as JSON arrays, the meeting as
``meeting_*`` columns), except the lists of records, which have tables of their own
(participations, evidence, doubts). A field added to the front matter is a column of
``articles`` without a change here.

Search: FTS5's ``unicode61 remove_diacritics 2`` tokenizer finds "Trần Cẩm Tú" by "tran
cam tu", but "đ" is a letter to it, not a d with a mark: "dang" would not find "Đảng". So
the title and text are indexed twice, as written and with "đ" written "d" (``*_folded``:
the tokenizer removes every other mark, which gives the tokens of ``text.fold``, as a test
checks letter by letter); "dang" matches the folded columns, "Đảng" the others. The index
reads the text from ``articles`` through a view (an external-content table), so the text is
stored once and the folded copy not at all.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from contextlib import closing
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from ..collect import ROMAN_ORDER, Archive
from ..errors import GeneratorError
from ..models import Article, ArticleMeta, Congress
from ..text import slugify
from .downloads import page_url
from .frontmatter import article_fields

SCHEMA_VERSION = 1
"""``PRAGMA user_version`` of the file: raised when tables change meaning."""

OWN_TABLES = ("participants", "mentioned", "evidence", "doubts")
"""Front-matter lists of records, stored in tables of their own rather than as columns."""

_TYPES = {
    "date_inferred": "INTEGER",
    "meeting_ordinal": "INTEGER",
}
"""Declared types of front-matter columns whose empty value (None) does not tell."""

# Key columns come first in WITHOUT ROWID tables: SQLite 3.40's integrity_check reports
# NOT NULL columns declared before a key column as NULL there.
_TABLES = """
CREATE TABLE info (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE congresses (
  roman TEXT PRIMARY KEY, number INTEGER, start TEXT, end TEXT, place TEXT, note TEXT
) WITHOUT ROWID;
CREATE TABLE organizers (slug TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE people (
  slug TEXT PRIMARY KEY, name TEXT NOT NULL, variants TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE events (
  slug TEXT PRIMARY KEY, label TEXT NOT NULL,
  organizer TEXT NOT NULL REFERENCES organizers (slug)
) WITHOUT ROWID;
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  url TEXT NOT NULL,
  day TEXT,
  organizer TEXT REFERENCES organizers (slug),
  revision TEXT NOT NULL,
  {front_matter},
  text TEXT NOT NULL
);
CREATE TABLE article_congresses (
  article TEXT NOT NULL REFERENCES articles (slug) ON DELETE CASCADE,
  mentioned INTEGER NOT NULL,
  position INTEGER NOT NULL,
  congress TEXT NOT NULL REFERENCES congresses (roman),
  PRIMARY KEY (article, mentioned, position)
) WITHOUT ROWID;
CREATE TABLE participations (
  article TEXT NOT NULL REFERENCES articles (slug) ON DELETE CASCADE,
  present INTEGER NOT NULL,
  position INTEGER NOT NULL,
  person TEXT NOT NULL REFERENCES people (slug),
  name TEXT NOT NULL,
  roles TEXT NOT NULL,
  acts TEXT NOT NULL,
  PRIMARY KEY (article, present, position)
) WITHOUT ROWID;
CREATE TABLE evidence (
  article TEXT NOT NULL REFERENCES articles (slug) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  field TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (article, position)
) WITHOUT ROWID;
CREATE TABLE doubts (
  article TEXT NOT NULL REFERENCES articles (slug) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  field TEXT NOT NULL,
  value TEXT NOT NULL,
  reason TEXT NOT NULL,
  evidence TEXT NOT NULL,
  PRIMARY KEY (article, position)
) WITHOUT ROWID;
CREATE TABLE event_articles (
  event TEXT NOT NULL REFERENCES events (slug),
  article TEXT NOT NULL REFERENCES articles (slug) ON DELETE CASCADE,
  PRIMARY KEY (event, article)
) WITHOUT ROWID;
CREATE VIEW search_source AS SELECT
  id, slug, title, text,
  replace(replace(title, 'đ', 'd'), 'Đ', 'D') AS title_folded,
  replace(replace(text, 'đ', 'd'), 'Đ', 'D') AS text_folded
FROM articles;
CREATE VIRTUAL TABLE search USING fts5 (
  slug UNINDEXED, title, text, title_folded, text_folded,
  content = 'search_source', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE INDEX articles_day ON articles (day);
CREATE INDEX articles_date ON articles (date);
CREATE INDEX articles_organizer ON articles (organizer);
CREATE INDEX articles_meeting_kind ON articles (meeting_kind);
CREATE INDEX article_congresses_congress ON article_congresses (congress, mentioned);
CREATE INDEX participations_person ON participations (person, present);
CREATE INDEX people_name ON people (name);
CREATE INDEX events_organizer ON events (organizer);
CREATE INDEX event_articles_article ON event_articles (article);
"""


def _json(value: list[Any]) -> str:
    """A JSON array; lists of strings (roles, acts: the same few, tens of thousands of
    times) through a cache."""
    if all(isinstance(item, str) for item in value):
        return _json_strings(tuple(value))
    return json.dumps(value, ensure_ascii=False)


@lru_cache(maxsize=1 << 14)
def _json_strings(value: tuple[str, ...]) -> str:
    return json.dumps(value, ensure_ascii=False)


def _flatten(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Front-matter fields as column values: a mapping becomes ``<key>_<its key>`` columns,
    lists JSON arrays, booleans 0 or 1."""
    columns: dict[str, Any] = {}
    for key, value in fields.items():
        if isinstance(value, dict):
            columns.update(_flatten({f"{key}_{k}": v for k, v in value.items()}))
        elif isinstance(value, list):
            columns[key] = _json(value)
        elif isinstance(value, bool):
            columns[key] = int(value)
        else:
            columns[key] = value
    return columns


def _front_matter(article: Article) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """(column values, lists of records) of an article's front matter."""
    fields = article_fields(article)
    records = {key: fields.pop(key) for key in OWN_TABLES}
    return _flatten(fields), records


@cache
def front_matter_columns() -> tuple[tuple[str, str], ...]:
    """(column, declared type) of every front-matter field kept in ``articles``, read off
    the front matter of an empty article, so that a new field is a new column."""
    empty, _ = _front_matter(Article.of("", "", ArticleMeta(title=""), ()))
    return tuple((name, _TYPES.get(name, _type_of(value))) for name, value in empty.items())


def _type_of(value: object) -> str:
    if isinstance(value, int):
        return "INTEGER"
    return "TEXT" if isinstance(value, str) or value is None else ""


def schema() -> str:
    """The statements that create the database's tables and indexes."""
    columns = ",\n  ".join(f"{name} {kind}".strip() for name, kind in front_matter_columns())
    return _TABLES.replace("{front_matter}", columns)


def update_database(
    path: Path, archive: Archive, congresses: Mapping[str, Congress], fingerprint: str
) -> None:
    """Bring the database at ``path`` up to ``archive`` (see the module docstring); a
    missing, damaged or foreign file there is replaced by a new one. ``fingerprint`` is a
    digest of the code and data that make the rows."""
    try:
        if _update(path, archive, congresses, fingerprint, fresh=False):
            return
    except sqlite3.DatabaseError:  # not a database, or damaged: written afresh
        pass
    try:
        path.unlink(missing_ok=True)
        _update(path, archive, congresses, fingerprint, fresh=True)
    except sqlite3.Error as exc:
        raise GeneratorError(f"{path}: không ghi được cơ sở dữ liệu: {exc}") from exc


def _update(
    path: Path,
    archive: Archive,
    congresses: Mapping[str, Congress],
    fingerprint: str,
    fresh: bool,
) -> bool:
    """Update the file, or write it when ``fresh``; False when it cannot be updated."""
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        # The file is a staged copy (see write.py): an interrupted run discards it whole,
        # so SQLite's own journal would only cost time.
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA foreign_keys = ON")
        if fresh:
            db.execute("PRAGMA page_size = 4096")  # fixed, whatever SQLite's default
            db.executescript(f"BEGIN; {schema()} COMMIT;")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        elif not _current(db, fingerprint):
            return False
        db.execute("BEGIN")
        _sync(db, archive, congresses, fingerprint)
        db.execute("COMMIT")
        if fresh:  # rows were added in archive order, not key order: pack every table
            db.execute("VACUUM")
    return True


def _current(db: sqlite3.Connection, fingerprint: str) -> bool:
    """Whether the file was written by this schema, code and data."""
    if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
        return False
    found = db.execute("SELECT value FROM info WHERE key = 'generator'").fetchone()
    return found is not None and found[0] == fingerprint


def _sync(
    db: sqlite3.Connection,
    archive: Archive,
    congresses: Mapping[str, Congress],
    fingerprint: str,
) -> None:
    """Rows of changed articles out and in; derived tables compared with the archive.
    Parents are added before the rows that refer to them and removed after."""
    new = _remove_changed(db, archive)
    derived: dict[str, list[tuple[Any, ...]]] = {
        "info": [("generator", fingerprint), ("schema", str(SCHEMA_VERSION))],
        "organizers": [(g.slug, g.label) for g in archive.organizers.values()],
        "people": [
            (e.slug, e.name, _json(list(e.variants)))
            for e in sorted(archive.people.values(), key=lambda e: e.slug)
        ],
        "events": [
            (g.slug, g.label, slugify(g.articles[0].card.organizer or ""))
            for g in archive.events.values()
        ],
    }
    stale = {table: _upsert(db, table, rows) for table, rows in derived.items()}
    mentioned = {roman for a in new for roman in a.meta.congress_mentioned}
    _upsert(db, "congresses", _congress_rows(congresses, archive, mentioned))
    next_id = 1 + (db.execute("SELECT max(id) FROM articles").fetchone()[0] or 0)
    for number, article in enumerate(new):
        _insert_article(db, next_id + number, article)
    event_rows = [(g.slug, a.slug) for g in archive.events.values() for a in g.articles]
    _delete(db, "event_articles", _upsert(db, "event_articles", sorted(event_rows)))
    named = {row[0] for row in db.execute("SELECT DISTINCT congress FROM article_congresses")}
    stale["congresses"] = _upsert(db, "congresses", _congress_rows(congresses, archive, named))
    for table in ("events", "people", "organizers", "congresses"):
        _delete(db, table, stale[table])


def _remove_changed(db: sqlite3.Connection, archive: Archive) -> list[Article]:
    """Delete the stored articles that are gone or changed (file, revision or slug, with
    their rows in other tables); return the articles to insert, in archive order."""
    wanted = {a.stamp: a for a in archive.articles}  # file, revision and slug
    stored = dict(
        db.execute(
            "SELECT source_file || char(0) || revision || char(0) || slug, id FROM articles"
        ).fetchall()
    )
    gone = [(id_,) for stamp, id_ in stored.items() if stamp not in wanted]
    # The index forgets an article by being given its text again (an external-content table).
    db.executemany(f"INSERT INTO search (search, {_SEARCHED}) SELECT 'delete', {_SOURCE}", gone)
    db.executemany("DELETE FROM articles WHERE id = ?", gone)
    return [article for stamp, article in wanted.items() if stamp not in stored]


def _congress_rows(
    congresses: Mapping[str, Congress], archive: Archive, named: Iterable[str] = ()
) -> list[tuple[Any, ...]]:
    """The curated congresses, and any other an article names (mentioned ones included:
    ``named`` holds those of the stored articles)."""
    romans = set(congresses) | set(named) | set(archive.by_congress)
    rows: list[tuple[Any, ...]] = []
    for roman in sorted(romans, key=lambda r: (ROMAN_ORDER.get(r, 99), r)):
        info = congresses.get(roman)
        if info is None:
            rows.append((roman, ROMAN_ORDER.get(roman), None, None, None, None))
        else:
            start, end = info.start.isoformat(), info.end.isoformat()
            rows.append((roman, info.number, start, end, info.place or None, info.note or None))
    return rows


_KEYS = {
    "info": 1,
    "congresses": 1,
    "organizers": 1,
    "people": 1,
    "events": 1,
    "event_articles": 2,
}
"""How many leading columns of each derived table make its key."""


def _upsert(db: sqlite3.Connection, table: str, rows: Sequence[tuple[Any, ...]]) -> list[tuple]:
    """Insert or replace the rows that differ from the stored ones; return the keys of
    stored rows not among ``rows`` (to delete once nothing refers to them)."""
    width = len(rows[0]) if rows else _width(db, table)
    names = [r[1] for r in db.execute(f"PRAGMA table_info({table})")][:width]
    keys = _KEYS[table]
    stored = {row[:keys]: row for row in db.execute(f"SELECT {', '.join(names)} FROM {table}")}
    changed = [row for row in rows if stored.get(row[:keys]) != row]
    if changed:
        key_names = ", ".join(names[:keys])
        updates = ", ".join(f"{n} = excluded.{n}" for n in names[keys:])
        action = f"DO UPDATE SET {updates}" if updates else "DO NOTHING"
        marks = ", ".join("?" * width)
        db.executemany(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks}) "
            f"ON CONFLICT ({key_names}) {action}",
            changed,
        )
    wanted = {row[:keys] for row in rows}
    return [key for key in stored if key not in wanted]


def _width(db: sqlite3.Connection, table: str) -> int:
    return len(db.execute(f"PRAGMA table_info({table})").fetchall())


def _delete(db: sqlite3.Connection, table: str, keys: list[tuple]) -> None:
    if not keys:
        return
    names = [r[1] for r in db.execute(f"PRAGMA table_info({table})")][: len(keys[0])]
    where = " AND ".join(f"{n} = ?" for n in names)
    db.executemany(f"DELETE FROM {table} WHERE {where}", keys)


def _insert_article(db: sqlite3.Connection, id_: int, article: Article) -> None:
    """One article's rows: its front matter, congresses, people, evidence, doubts, text."""
    slug, card = article.slug, article.card
    columns, records = _front_matter(article)
    row = {
        "id": id_,
        "slug": slug,
        "url": page_url(article),
        "day": card.day.isoformat() if card.day else None,
        "organizer": slugify(card.organizer) if card.organizer else None,
        "revision": article.revision,
        **columns,
        "text": "\n\n".join([block.text for block in article.body]),
    }
    db.execute(
        f"INSERT INTO articles ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
        list(row.values()),
    )
    for table, rows in _record_rows(slug, article.meta, records).items():
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            db.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    db.execute(f"INSERT INTO search ({_SEARCHED}) SELECT {_SOURCE}", (id_,))


_SEARCHED = "rowid, slug, title, text, title_folded, text_folded"
_SOURCE = "id, slug, title, text, title_folded, text_folded FROM search_source WHERE id = ?"
"""The index reads an article's row of search_source when it is inserted and deleted."""


def _record_rows(
    slug: str, meta: ArticleMeta, records: Mapping[str, list[dict[str, Any]]]
) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of an article's lists of records (front matter) and of its congresses."""
    return {
        "article_congresses": [(slug, 0, n, roman) for n, roman in enumerate(meta.congress)]
        + [(slug, 1, n, roman) for n, roman in enumerate(meta.congress_mentioned)],
        "participations": [
            (slug, 1, n, p["slug"], p["name"], _json(p["roles"]), _json(p["acts"]))
            for n, p in enumerate(records["participants"])
        ]
        + [
            (slug, 0, n, m["slug"], m["name"], "[]", "[]")
            for n, m in enumerate(records["mentioned"])
        ],
        "evidence": [(slug, n, e["field"], e["text"]) for n, e in enumerate(records["evidence"])],
        "doubts": [
            (slug, n, d["field"], d["value"], d["reason"], d["evidence"])
            for n, d in enumerate(records["doubts"])
        ],
    }
