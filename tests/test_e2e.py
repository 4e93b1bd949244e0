"""End to end: articles -> generator -> mkdocs build --strict -> linked HTML pages.

Built from what a fresh clone has, the seeds and the test articles ("seeds"), and again with
the team's dev set added where ../shared is ("devset"). Nothing here depends on what is
extracted from the seeds (extraction rules change); the people, congresses, dates and titles
asserted are those planted in tests/fixtures/articles/.
"""

from __future__ import annotations

import csv
import io
import json
import posixpath
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.__main__ import main
from generator.render.frontmatter import load
from tests.conftest import (
    ARTICLES,
    SEEDS,
    article_files,
    copy_articles,
    copy_hand_written_docs,
    mkdocs_config,
)

pytestmark = pytest.mark.slow

# People planted in tests/fixtures/articles/, each named with a title, as the press does.
PLANTED_PEOPLE = {
    "Võ Văn Thưởng": "vo-van-thuong",
    "Lương Cường": "luong-cuong",
    "Lê Hồng Anh": "le-hong-anh",
    "Nguyễn Xuân Phúc": "nguyen-xuan-phuc",
    "Đào Hồng Lan": "dao-hong-lan",
    "Trần Cẩm Tú": "tran-cam-tu",
    "Lâm Thị Phương Thanh": "lam-thi-phuong-thanh",
    "Tô Lâm": "to-lam",
    "Lê Minh Hưng": "le-minh-hung",
}
SAME_TITLE = ("van-kien-xiv-bao-mot.txt", "van-kien-xiv-bao-hai.txt")
"""Two reports of one meeting, the same title on the same day, from two outlets."""


@dataclass(frozen=True)
class Built:
    sources: list[Path]
    docs: Path
    site: Path
    log: str
    """What mkdocs build printed."""

    def page_of(self, source_file: str) -> Path:
        """The generated Markdown page of an input file."""
        for page in (self.docs / "bai-viet").glob("*.md"):
            if load(page.read_text(encoding="utf-8")).get("source_file") == source_file:
                return page
        raise AssertionError(f"no page for {source_file}")


def mkdocs_build(work: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "mkdocs", "build", *extra, "-f", str(work / "mkdocs.yml")]
    return subprocess.run(command, capture_output=True, text=True, cwd=work, timeout=600)


@pytest.fixture(scope="module", params=["seeds", "devset"])
def built(request, tmp_path_factory) -> Built:
    """The site of the seeds and the test articles, and of the same plus the dev set, built
    by `mkdocs build --strict` alone: the plugin generates the pages as the build starts."""
    folders = [SEEDS, ARTICLES]
    if request.param == "devset":
        folders.insert(0, request.getfixturevalue("devset_dir"))
    work = tmp_path_factory.mktemp(f"e2e-{request.param}")
    seeds = copy_articles(work / "seeds", *folders)
    docs = copy_hand_written_docs(work / "docs")
    mkdocs_config(work, docs, seeds)
    result = mkdocs_build(work, "--strict")
    assert result.returncode == 0, result.stderr
    return Built(article_files(*folders), docs, work / "site", result.stderr)


def test_one_page_per_article_with_required_front_matter(built):
    pages = [p for p in (built.docs / "bai-viet").glob("*.md") if p.name != "index.md"]
    metas = [load(p.read_text(encoding="utf-8")) for p in pages]
    assert sorted(m["source_file"] for m in metas) == sorted(p.name for p in built.sources)
    for page, meta in zip(pages, metas, strict=True):
        for key in ("title", "date", "meeting", "participants", "congress", "source_file"):
            assert key in meta, (page, key)
        assert meta["title"], page
        html = built.site / "bai-viet" / page.stem / "index.html"
        assert html.is_file(), html


def test_every_seed_is_an_article_page_of_the_site(built):
    """What `nox -s build` gives a fresh clone: a page for each of the five seed articles."""
    seeds = article_files(SEEDS)
    assert len(seeds) == 5
    for seed in seeds:
        page = built.page_of(seed.name)
        html = (built.site / "bai-viet" / page.stem / "index.html").read_text(encoding="utf-8")
        assert '<html lang="vi"' in html and "data-pagefind-body" in html


def test_planted_people_have_pages_listing_their_articles(built):
    for name, slug in PLANTED_PEOPLE.items():
        person = built.site / "nguoi" / slug / "index.html"
        assert person.is_file(), name
        html = person.read_text(encoding="utf-8")
        assert "<h1" in html and name in html, name
        assert 'href="../../bai-viet/' in html, name


def test_article_person_and_congress_pages_link_each_other(built):
    page = built.page_of("xiv-tieu-ban-to-chuc-phien-bon.txt")
    article = (built.site / "bai-viet" / page.stem / "index.html").read_text(encoding="utf-8")
    assert 'href="../../nguoi/tran-cam-tu/"' in article
    assert 'href="../../nguoi/lam-thi-phuong-thanh/"' in article
    assert 'href="../../dai-hoi/xiv/"' in article
    link = f'href="../../bai-viet/{page.stem}/"'
    for listing in ("nguoi/tran-cam-tu", "nguoi/lam-thi-phuong-thanh", "dai-hoi/xiv"):
        assert link in (built.site / listing / "index.html").read_text(encoding="utf-8"), listing
    xii = built.page_of("xii-tieu-ban-to-chuc-phien-ba.txt")
    congress = (built.site / "dai-hoi" / "xii" / "index.html").read_text(encoding="utf-8")
    assert f'href="../../bai-viet/{xii.stem}/"' in congress
    assert f'href="../../bai-viet/{page.stem}/"' not in congress


def test_every_internal_link_resolves(built):
    for page in built.site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for href in re.findall(r'href="([^"#:?]+)"', html):
            if href.startswith(("http", "/", "mailto")):
                continue
            target = (page.parent / href).resolve()
            if target.is_dir():
                target = target / "index.html"
            assert target.exists(), f"{page}: broken link {href}"


def test_site_is_vietnamese_with_search(built):
    home = (built.site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="vi"' in home
    assert (built.site / "pagefind" / "pagefind-entry.json").exists()
    assert "data-archive-search-input" in home and "data-pagefind-body" not in home


def test_urls_are_ascii(built):
    for path in built.site.rglob("*"):
        assert path.relative_to(built.site).as_posix().isascii(), path


def test_navigation_pages_and_downloads_are_built(built):
    site = built.site
    for path in (
        "to-chuc/index.html",
        "loai-hop/index.html",
        "su-kien/index.html",
        "thoi-gian/index.html",
        *(f"thoi-gian/{year}/index.html" for year in (2015, 2019, 2021, 2023, 2024, 2025)),
        "ve-du-lieu/index.html",
        "du-lieu/bai-viet.json",
        "du-lieu/bai-viet.csv",
        "du-lieu/tham-du.csv",
        "du-lieu/2025/bai-viet.json",
        "du-lieu/index.html",
        "feed.xml",
        "thong-ke/bai-viet-theo-thang.svg",
    ):
        assert (site / path).exists(), path
    # the whole-archive download the site build joined: every article page, once, in order
    whole = json.loads((site / "du-lieu" / "bai-viet.json").read_text(encoding="utf-8"))
    urls = [a["url"] for a in whole["articles"]]
    pages = {
        p.parent.relative_to(site).as_posix() + "/" for p in site.glob("bai-viet/*/index.html")
    }
    assert len(urls) == len(set(urls)) == len(built.sources) and set(urls) == pages
    keys = [(a["date"] or "", a["url"]) for a in whole["articles"]]
    assert keys == sorted(keys)  # archive order: by the event's date (undated first), then page
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "thong-ke/bai-viet-theo-thang.svg" in home
    organizer = site / "to-chuc" / "tieu-ban-to-chuc-phuc-vu-dai-hoi-xiv-cua-dang" / "index.html"
    assert organizer.exists() and "Trần Cẩm Tú" not in (site / "to-chuc" / "index.html").read_text(
        encoding="utf-8"
    )


def test_same_title_same_day_sort_the_same_in_every_list_and_download(built):
    """Two reports titled alike on one day get two addresses, one with a suffix; every list
    (oldest first, or newest first on the latest-articles page and the feed) and every download
    puts them in one order."""
    a, b = (built.page_of(name) for name in SAME_TITLE)
    titles = {load(p.read_text(encoding="utf-8"))["title"] for p in (a, b)}
    assert len(titles) == 1 and a.stem != b.stem, (a, b)  # the case under test
    whole = json.loads((built.site / "du-lieu" / "bai-viet.json").read_text(encoding="utf-8"))
    urls = [x["url"] for x in whole["articles"]]
    order = sorted((a.stem, b.stem), key=lambda stem: urls.index(f"bai-viet/{stem}/"))
    assert order == sorted(order, key=lambda stem: stem + "/")  # by address, as any other day
    newest_first = {"index.md", "bai-viet/index.md", "feed.xml"}
    lists = 0
    for page in [*built.docs.rglob("*.md"), built.docs / "feed.xml"]:
        rel = page.relative_to(built.docs).as_posix()
        if rel.startswith("bai-viet/") and rel != "bai-viet/index.md":
            continue  # an article page lists the other report only
        text = page.read_text(encoding="utf-8")
        found = sorted(order, key=lambda stem: _position(text, stem))
        if _position(text, order[0]) < 0 or _position(text, order[1]) < 0:
            continue
        lists += 1
        assert found == (order[::-1] if rel in newest_first else order), rel
    assert lists >= 9  # home, latest, year, congress, person, organizer, kind, event, feed
    for name in ("bai-viet.csv", "tham-du.csv"):
        rows = list(csv.DictReader(io.StringIO((built.site / "du-lieu" / name).read_text("utf-8"))))
        seen = [r["url"] for r in rows if r["url"] in {f"bai-viet/{s}/" for s in order}]
        assert sorted(set(seen), key=seen.index) == [f"bai-viet/{s}/" for s in order], name


def _position(text: str, stem: str) -> int:
    """Where ``text`` first links the article page ``stem`` (-1: nowhere)."""
    match = re.search(rf"[/(\"']{re.escape(stem)}(\.md|/)", text)
    return match.start() if match else -1


def test_an_empty_seeds_folder_still_builds_a_site(tmp_path, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "README.md").write_text("# seeds/\n", encoding="utf-8")
    docs = copy_hand_written_docs(tmp_path / "docs")
    assert main(["--seeds", str(seeds), "--docs", str(docs)]) == 0
    assert f"{seeds}/: " in capsys.readouterr().err
    mkdocs_config(tmp_path, docs)
    result = mkdocs_build(tmp_path, "--strict")
    assert result.returncode == 0, result.stderr
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="vi"' in home
    assert not list((tmp_path / "site" / "bai-viet").glob("*/index.html"))


NOT_IN_NAV = 'are not included in the "nav" configuration'


def test_generated_pages_out_of_the_nav_build_quietly(built):
    """Hundreds of article, person and year pages are reached through index pages, not the
    nav; mkdocs lists none of them (not_in_nav in mkdocs.yml)."""
    assert NOT_IN_NAV not in built.log, built.log
    assert "bai-viet/" not in built.log and "nguoi/" not in built.log


def test_warnings_that_matter_still_show(tmp_path):
    """A hand-written page left out of the nav is still listed, and a broken link still warns
    (and fails the --strict build)."""
    seeds = copy_articles(tmp_path / "seeds")
    shutil.copy(ARTICLES / "xiv-tieu-ban-to-chuc-phien-bon.txt", seeds)
    docs = copy_hand_written_docs(tmp_path / "docs")
    (docs / "ghi-chu.md").write_text("# Ghi chú\n\n[Trang cũ](trang-cu.md)\n", encoding="utf-8")
    assert main(["--seeds", str(seeds), "--docs", str(docs)]) == 0
    mkdocs_config(tmp_path, docs)
    result = mkdocs_build(tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"{NOT_IN_NAV}:\n  - ghi-chu.md\nWARNING" in result.stderr, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("WARNING")]
    assert len(warnings) == 1 and "'trang-cu.md'" in warnings[0], warnings
    assert mkdocs_build(tmp_path, "--strict").returncode == 1


class _Text(HTMLParser):
    """What a reader sees of a page (its text outside code, scripts and styles) and the
    interface's own words (title, aria-label, placeholder, alt attributes)."""

    HIDDEN = frozenset({"script", "style", "code", "pre", "svg"})

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        self.parts += [
            v for k, v in attrs if k in ("title", "aria-label", "placeholder", "alt") and v
        ]

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


ENGLISH = re.compile(
    r"\b(?:Not found|Made with|Material for MkDocs|Tabs|Permanent link|Skip to content|Back to top"
    r"|Table of contents|Search|Initializing|Previous|Next|Copy to clipboard|Type to start"
    r")\b|\b(?:congress|meeting|authors|participants|mentioned|published|date|title|source):"
)


def test_no_english_on_any_generated_page(built):
    """Every label, heading, title and the 404 page in Vietnamese (the data page, written by
    hand, names the fields of the downloads in code, which is left out)."""
    generated = json.loads((built.docs / ".generated.json").read_text(encoding="utf-8"))
    pages = [html_of(path) for path in generated["files"] if path.endswith(".md")]
    checked = 0
    for path in [*pages, "404.html"]:
        parser = _Text()
        parser.feed((built.site / path).read_text(encoding="utf-8"))
        found = ENGLISH.findall(" ".join(parser.parts))
        assert not found, (path, found)
        checked += 1
    assert checked > 20


def html_of(page: str) -> str:
    """The built file of a docs page: a/b.md -> a/b/index.html, a/index.md -> a/index.html."""
    stem = page.removesuffix(".md")
    return f"{stem}.html" if stem == "index" or stem.endswith("/index") else f"{stem}/index.html"


_LINK = re.compile(r'\b(?:href|src)="([^"]*)"')


def test_every_internal_link_resolves_and_none_leads_to_an_empty_page(built):
    """A crawl of the built site: every internal href and src is a file of the site, and
    none is a listing the generator marked empty (nothing listed)."""
    empty = set()
    for page in built.docs.rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        if text.startswith("---") and "\nempty: true\n" in text[: text.find("\n---", 3) + 1]:
            rel = page.relative_to(built.docs).as_posix().removesuffix(".md")
            empty.add((rel.removesuffix("index") + "/").replace("//", "/").lstrip("/"))
    broken, to_empty, checked = [], [], 0
    for html_file in built.site.rglob("*.html"):
        here = "/" + html_file.relative_to(built.site).as_posix()
        for target in _LINK.findall(html_file.read_text(encoding="utf-8")):
            if not target or re.match(r"^(?:[a-z]+:|//|#)", target):
                continue  # another site, mailto:, data:, javascript:, or a place on the page
            path = posixpath.normpath(
                posixpath.join(posixpath.dirname(here), target.split("#")[0].split("?")[0])
            )
            if target.split("#")[0].split("?")[0].endswith("/") or path == "/":
                path = path.rstrip("/") + "/index.html"
            checked += 1
            if not (built.site / path.lstrip("/")).is_file():
                broken.append((here, target))
            elif path.lstrip("/").removesuffix("index.html") in empty:
                to_empty.append((here, target))
    assert checked > 1000
    assert not broken, broken[:20]
    assert not to_empty, to_empty[:20]
