"""End to end: articles -> generator -> mkdocs build --strict -> linked HTML pages."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.__main__ import main
from generator.render.frontmatter import load
from tests.conftest import copy_hand_written_docs, mkdocs_config

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory, root: Path, devset_dir: Path) -> tuple[Path, Path]:
    """(docs, site) of an archive built from the test fixtures plus the dev set."""
    work = tmp_path_factory.mktemp("e2e")
    seeds = work / "seeds"
    shutil.copytree(devset_dir, seeds)
    shutil.copytree(
        root / "seeds", seeds, dirs_exist_ok=True
    )  # the bundled seeds, whatever they hold
    shutil.copytree(root / "tests" / "fixtures" / "articles", seeds, dirs_exist_ok=True)
    docs = work / "docs"
    copy_hand_written_docs(docs)
    assert main(["--seeds", str(seeds), "--docs", str(docs)]) == 0
    mkdocs_config(work, docs)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(work / "mkdocs.yml")],
        capture_output=True,
        text=True,
        cwd=work,
    )
    assert result.returncode == 0, result.stderr
    return docs, work / "site"


def test_one_page_per_article_with_required_front_matter(built, root, devset_dir):
    docs, _ = built
    pages = sorted((docs / "bai-viet").glob("*.md"))
    articles = [p for p in pages if p.name != "index.md"]
    folders = (devset_dir, root / "seeds", root / "tests" / "fixtures" / "articles")
    expected = sum(len(list(folder.glob("*.txt"))) for folder in folders)
    assert len(articles) == expected
    for page in articles:
        meta = load(page.read_text(encoding="utf-8"))
        for key in ("title", "date", "meeting", "participants", "congress", "source_file"):
            assert key in meta, (page, key)


def test_article_person_and_congress_pages_link_each_other(built):
    _, site = built
    person = site / "nguoi" / "tran-cam-tu" / "index.html"
    congress = site / "dai-hoi" / "xiv" / "index.html"
    assert person.exists() and congress.exists()
    link = re.compile(r'href="\.\./\.\./bai-viet/([^/"]+)/"')
    of_person = set(link.findall(person.read_text(encoding="utf-8")))
    of_congress = set(link.findall(congress.read_text(encoding="utf-8")))
    both = sorted(of_person & of_congress)
    assert both, "no XIV article with Trần Cẩm Tú"
    for slug in both:
        article_html = (site / "bai-viet" / slug / "index.html").read_text(encoding="utf-8")
        assert 'href="../../nguoi/tran-cam-tu/"' in article_html
        assert 'href="../../dai-hoi/xiv/"' in article_html


def test_every_internal_link_resolves(built):
    _, site = built
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for href in re.findall(r'href="([^"#:?]+)"', html):
            if href.startswith(("http", "/", "mailto")):
                continue
            target = (page.parent / href).resolve()
            if target.is_dir():
                target = target / "index.html"
            assert target.exists(), f"{page}: broken link {href}"


def test_site_is_vietnamese_with_search(built):
    _, site = built
    home = (site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="vi"' in home
    assert (site / "pagefind" / "pagefind-entry.json").exists()
    assert "data-archive-search-input" in home and "data-pagefind-body" not in home


def test_urls_are_ascii(built):
    _, site = built
    for path in site.rglob("*"):
        assert path.relative_to(site).as_posix().isascii(), path


def test_navigation_pages_and_downloads_are_built(built):
    _, site = built
    for path in (
        "to-chuc/index.html",
        "loai-hop/index.html",
        "su-kien/index.html",
        "thoi-gian/index.html",
        "thoi-gian/2025/index.html",
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
    assert len(urls) == len(set(urls)) and set(urls) == pages
    keys = [(a["date"] or a["published"] or "", a["url"]) for a in whole["articles"]]
    assert keys == sorted(keys)  # archive order: by date, then page
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "thong-ke/bai-viet-theo-thang.svg" in home
    organizer = site / "to-chuc" / "tieu-ban-to-chuc-phuc-vu-dai-hoi-xiv-cua-dang" / "index.html"
    assert organizer.exists() and "Trần Cẩm Tú" not in (site / "to-chuc" / "index.html").read_text(
        encoding="utf-8"
    )
