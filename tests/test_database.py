"""The SQLite download (du-lieu/kho-tin.sqlite): the front matter of every page, full-text
search with and without diacritics, the data page's example queries, and a file that runs
update article by article, never half-way, byte-identical when written from scratch."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.__main__ import main
from generator.collect import collect
from generator.models import (
    Article,
    ArticleMeta,
    Block,
    BlockKind,
    Doubt,
    Meeting,
    Mention,
    Participant,
)
from generator.render import database
from generator.render.database import update_database
from generator.render.frontmatter import PAGE_KEYS, article_fields, load
from generator.text import fold
from tests.conftest import ROOT, copy_hand_written_docs, mkdocs_config
from tests.test_collect import make

DB = "du-lieu/kho-tin.sqlite"


def generate(seeds: Path, docs: Path, cache: Path) -> Path:
    """Run the generator as a user does; the database it wrote."""
    if not docs.exists():
        copy_hand_written_docs(docs)
    assert main(["--seeds", str(seeds), "--docs", str(docs), "--cache-dir", str(cache)]) == 0
    return docs / DB


@pytest.fixture(scope="module")
def seeds_site(tmp_path_factory) -> Path:
    """The docs folder generated from the repository's seeds/."""
    work = tmp_path_factory.mktemp("seeds-db")
    generate(ROOT / "seeds", work / "docs", work / "cache")
    return work / "docs"


def connect(path: Path) -> sqlite3.Connection:
    """The file opened read-only, as a user would open a download."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    db.row_factory = sqlite3.Row
    return db


_EMPTY = article_fields(Article.of("", "", ArticleMeta(title=""), ()))
"""The shape of the front matter: every key, with an empty value of its type."""


def front_matter_in(db: sqlite3.Connection, slug: str) -> dict[str, Any]:
    """An article's front matter as read back from the database, keys in their order."""
    row = db.execute("SELECT * FROM articles WHERE slug = ?", (slug,)).fetchone()

    def value(column: str, empty: object) -> object:
        stored = row[column]
        if isinstance(empty, list):
            return json.loads(stored)
        return bool(stored) if isinstance(empty, bool) else stored

    def records(sql: str, *keys: str) -> list[dict[str, Any]]:
        rows = db.execute(sql + " ORDER BY position", (slug,)).fetchall()
        return [
            {k: json.loads(r[k]) if k in ("roles", "acts") else r[k] for k in keys} for r in rows
        ]

    own = {
        "participants": records(
            "SELECT name, person AS slug, roles, acts FROM participations "
            "WHERE article = ? AND present = 1",
            *("name", "slug", "roles", "acts"),
        ),
        "mentioned": records(
            "SELECT name, person AS slug FROM participations WHERE article = ? AND present = 0",
            *("name", "slug"),
        ),
        "evidence": records("SELECT * FROM evidence WHERE article = ?", "field", "text"),
        "doubts": records(
            "SELECT * FROM doubts WHERE article = ?", "field", "value", "reason", "evidence"
        ),
    }
    fields: dict[str, Any] = {}
    for key, empty in _EMPTY.items():
        if key in own:
            fields[key] = own[key]
        elif isinstance(empty, dict):
            fields[key] = {k: value(f"{key}_{k}", v) for k, v in empty.items()}
        else:
            fields[key] = value(key, empty)
    return fields


def test_every_front_matter_field_of_an_article_is_stored(tmp_path):
    """Read back, the database gives the front matter exactly: a field added to the front
    matter (or to its records) and not stored fails here."""
    meta = ArticleMeta(
        title="Tiểu ban Văn kiện Đại hội XIV họp phiên thứ hai",
        date=dt.date(2025, 3, 4),
        date_inferred=True,
        published=dt.date(2025, 3, 5),
        congress=("XIV",),
        congress_mentioned=("XIII", "XVII"),
        meeting=Meeting(
            "phiên họp", "Phiên thứ hai", 2, "Tiểu ban Văn kiện", ("Hà Nội",), "trực tuyến"
        ),
        participants=(
            Participant("Tô Lâm", "to-lam", ("Tổng Bí thư",), ("chủ trì", "phát biểu"), ("câu",)),
        ),
        mentioned=(Mention("Nguyễn Phú Trọng", "nguyen-phu-trong"),),
        authors=("Ngọc Diệp",),
        source="TTXVN",
        section="Thời sự",
        evidence=(("date", "Sáng 4/3, ..."), ("participants", "Đồng chí Tô Lâm chủ trì.")),
        warnings=("một cảnh báo",),
        doubts=(Doubt("date", "2025-03-04", "năm được suy ra", "Sáng 4/3, ..."),),
    )
    article = Article.of(
        "a.txt", "tieu-ban", meta, (Block(BlockKind.PARAGRAPH, "Nội dung."),), "r1"
    )
    path = tmp_path / "a.sqlite"
    update_database(path, collect([article]), {}, "code")
    with connect(path) as db:
        assert front_matter_in(db, "tieu-ban") == article_fields(article)
        assert db.execute("SELECT text FROM articles").fetchone()[0] == "Nội dung."
        # a congress only mentioned, and not in data/congresses.yaml, still has its row
        assert (
            db.execute("SELECT number FROM congresses WHERE roman = 'XVII'").fetchone()[0] is None
        )
        assert not db.execute("PRAGMA foreign_key_check").fetchall()


def test_every_page_front_matter_is_in_the_database(seeds_site):
    db = connect(seeds_site / DB)
    pages = sorted(p for p in (seeds_site / "bai-viet").glob("*.md") if p.name != "index.md")
    assert pages
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == len(pages)
    participations = 0
    for page in pages:
        front = load(page.read_text(encoding="utf-8"))
        record = front_matter_in(db, page.stem)  # the page's front matter, and all it leaves out
        assert list(front) == list(PAGE_KEYS) and {k: record[k] for k in PAGE_KEYS} == front
        assert set(record) - set(front) == {"evidence", "warnings", "doubts"}, page.name
        participations += len(front["participants"]) + len(front["mentioned"])
    assert db.execute("SELECT count(*) FROM participations").fetchone()[0] == participations
    people = {r["slug"]: r["name"] for r in db.execute("SELECT slug, name FROM people")}
    assert people == titles(seeds_site, "nguoi")
    organizers = {r["slug"]: r["name"] for r in db.execute("SELECT slug, name FROM organizers")}
    assert organizers == titles(seeds_site, "to-chuc")
    events = {r["slug"]: r["label"] for r in db.execute("SELECT slug, label FROM events")}
    assert events == titles(seeds_site, "su-kien")
    congresses = {r[0] for r in db.execute("SELECT DISTINCT congress FROM article_congresses")}
    assert {p.stem.upper() for p in (seeds_site / "dai-hoi").glob("*.md")} - {"INDEX"} <= congresses
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not db.execute("PRAGMA foreign_key_check").fetchall()


def titles(docs: Path, folder: str) -> dict[str, str]:
    """slug -> title of the pages in docs/<folder>/ (their year pages and index apart)."""
    return {
        page.stem: load(page.read_text(encoding="utf-8"))["title"]
        for page in (docs / folder).glob("*.md")
        if page.name != "index.md"
    }


def matches(db: sqlite3.Connection, query: str) -> set[str]:
    return {r[0] for r in db.execute("SELECT slug FROM search WHERE search MATCH ?", (query,))}


def test_full_text_search_with_and_without_diacritics(seeds_site):
    db = connect(seeds_site / DB)
    texts = {r["slug"]: f"{r['title']}\n{r['text']}" for r in db.execute("SELECT * FROM articles")}
    named = {slug for slug, text in texts.items() if "Trần Cẩm Tú" in text}
    assert named
    assert matches(db, '"tran cam tu"') == matches(db, '"Trần Cẩm Tú"') == named
    assert matches(db, "tran cam tu") == matches(db, "Trần Cẩm Tú") >= named
    party = {slug for slug, text in texts.items() if "Đảng" in text}
    assert party
    assert matches(db, "dang") == {s for s, t in texts.items() if "dang" in tokens(t)} >= party
    assert matches(db, "Đảng") >= party
    with sqlite3.connect(seeds_site / DB) as writable:  # the check writes nothing
        writable.execute("INSERT INTO search (search) VALUES ('integrity-check')")


def tokens(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", fold(text)))


VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"


def test_folded_columns_index_the_tokens_of_fold_letter_by_letter(tmp_path):
    """The folded columns are the text with đ as d; SQLite's tokenizer removes the other
    marks. Together they give the tokens of text.fold for every Vietnamese letter."""
    words = [f"x{letter}x" for letter in VIETNAMESE + VIETNAMESE.upper()]
    meta = ArticleMeta(title="Đảng")
    body = (Block(BlockKind.PARAGRAPH, " ".join(words)),)
    path = tmp_path / "a.sqlite"
    update_database(path, collect([Article.of("a.txt", "a", meta, body)]), {}, "code")
    with sqlite3.connect(path) as db:
        db.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, search, 'instance')")
        found = db.execute("SELECT term FROM terms WHERE col = 'text_folded' ORDER BY offset")
        assert [term for (term,) in found] == [fold(word) for word in words]
        title = db.execute("SELECT term FROM terms WHERE col = 'title_folded'").fetchall()
        assert title == [("dang",)]


def documented_queries() -> list[tuple[str, list[list[str]]]]:
    """(SQL, answer table with its header) of each example on the data page."""
    text = (ROOT / "docs" / "ve-du-lieu.md").read_text(encoding="utf-8")
    section = text.split("### Năm câu truy vấn mẫu", 1)[1]
    examples = []
    for sql, table in re.findall(r"```sql\n(.*?)```\n\n((?:\|[^\n]*\|\n)+)", section, re.S):
        lines = table.strip().splitlines()
        del lines[1]  # the |---| line
        examples.append((sql, [[c.strip() for c in line.strip("|").split("|")] for line in lines]))
    return examples


def markdown_table(rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join([lines[0], "|" + "---|" * len(rows[0]), *lines[1:]])


def test_the_data_page_examples_give_their_documented_answers_on_the_seeds(seeds_site):
    """The data page's answers were pasted from this build; when extraction rules change
    what the seeds give, the failure shows the new table to paste."""
    examples = documented_queries()
    assert len(examples) == 5
    db = connect(seeds_site / DB)
    for sql, documented in examples:
        cursor = db.execute(sql)
        answer = [[d[0] for d in cursor.description]]
        answer += [["" if v is None else str(v) for v in row] for row in cursor]
        assert answer == documented, f"{sql}\nkết quả mới:\n{markdown_table(answer)}"


def dump(path: Path) -> dict[str, object]:
    """Everything a user can read in the file, without the internal article ids: each
    table's rows, and the full-text index term by term (which article, column, offset)."""
    db = connect(path)
    slugs = dict(db.execute("SELECT id, slug FROM articles").fetchall())
    tables = [
        name
        for (name,) in db.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
        if not name.startswith(("search", "sqlite_"))
    ]
    content: dict[str, object] = {}
    for table in tables:
        rows = [dict(row) for row in db.execute(f"SELECT * FROM {table}")]
        for row in rows:
            row.pop("id", None)
        content[table] = sorted(json.dumps(row, ensure_ascii=False) for row in rows)
    db.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, search, 'instance')")
    instances = db.execute("SELECT term, doc, col, offset FROM terms").fetchall()
    content["search"] = sorted((t, slugs[d], c, o) for t, d, c, o in instances)
    content["schema"] = db.execute("SELECT sql FROM sqlite_schema ORDER BY name").fetchall()
    content["version"] = db.execute("PRAGMA user_version").fetchone()[0]
    return content


def test_a_changed_article_updates_the_database_row_by_row(tmp_path, seeds_site, monkeypatch):
    """A run after one edited article replaces that article's rows only; the file then holds
    what a run from scratch writes, and a run from scratch writes the same bytes twice."""
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    first = generate(seeds, docs, cache)
    assert first.read_bytes() == (seeds_site / DB).read_bytes()  # from scratch: same bytes
    inserted: list[str] = []
    insert = database._insert_article
    monkeypatch.setattr(
        database, "_insert_article", lambda db, n, a: (inserted.append(a.slug), insert(db, n, a))
    )
    edited = sorted(seeds.glob("*.txt"))[2]
    original = edited.read_text(encoding="utf-8")
    edited.write_text(original + "\n\nCâu thêm vào để thử: xyzzy.\n", encoding="utf-8")
    after = generate(seeds, docs, cache)
    assert len(inserted) == 1 and matches(connect(after), "xyzzy") == set(inserted)
    scratch = generate(seeds, tmp_path / "scratch", tmp_path / "scratch-cache")
    assert dump(after) == dump(scratch)
    inserted.clear()
    edited.write_text(original, encoding="utf-8")
    again = generate(seeds, docs, cache)
    assert dump(again) == dump(seeds_site / DB)
    # Updated: the spare, the first run's file set aside by the second, already held it.
    assert inserted == [] and not matches(connect(again), "xyzzy")


def test_updates_through_changing_archives_hold_what_a_fresh_file_holds(tmp_path):
    """One file brought through a series of archives (events formed and dissolved, people
    and organizers appearing, renamed and gone, an article's slug taken by another) holds,
    at each step, what a file written from scratch holds."""
    org, other = "Tiểu ban Văn kiện", "Tiểu ban Nhân sự"
    day = dt.date(2025, 4, 2)

    def revised(article: Article, revision: str) -> Article:
        return Article.of(article.source_file, article.slug, article.meta, article.body, revision)

    a = make("a", day, people=[("Tô Lâm", ["Tổng Bí thư"])], organizer=org)
    b = make("b", day, people=[("Lương Cường", [])], organizer=org)  # with a: an event
    c = make("c", None, ("XIII",), mentioned=["Võ Văn Thưởng"], organizer=other)
    steps = [
        [a, b, c],
        [a, c],  # the event dissolved, Lương Cường gone
        [a, revised(make("b", day, ("XIV", "XV"), [("Lương Cường", [])], organizer=org), "2")],
        [revised(make("a", day, people=[("Tô Lâm", [])], organizer=org.upper()), "3"), c],
        [Article.of("c2.txt", "a", c.meta, c.body, "4")],  # another file under a's slug
        [],
    ]
    path = tmp_path / "updated.sqlite"
    for number, articles in enumerate(steps):
        archive = collect(articles)
        update_database(path, archive, {}, "code")
        fresh = tmp_path / f"fresh-{number}.sqlite"
        update_database(fresh, archive, {}, "code")
        assert dump(path) == dump(fresh), number
        assert not connect(path).execute("PRAGMA foreign_key_check").fetchall()


@pytest.mark.slow
def test_the_built_site_offers_the_database(tmp_path, seeds_site):
    docs = tmp_path / "docs"
    shutil.copytree(seeds_site, docs)
    config = mkdocs_config(tmp_path, docs)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    assert (site / DB).read_bytes() == (docs / DB).read_bytes()
    assert 'href="kho-tin.sqlite"' in (site / "du-lieu/index.html").read_text(encoding="utf-8")
