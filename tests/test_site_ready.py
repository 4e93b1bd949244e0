"""Generated pages' ready HTML: the addresses MkDocs would give, the HTML Python-Markdown would
give, whether the plugin stashes the blocks unparsed or Python-Markdown parses them."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import File, get_files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from generator.__main__ import main
from generator.render.html import href, page_url
from generator.site.ready import ReadyBlocks
from generator.write import read_manifest
from tests.conftest import ARTICLES, SEEDS, copy_articles, copy_hand_written_docs, mkdocs_config
from tests.robust.test_output import HOSTILE

PATHS = [
    "index.md",
    "bai-viet/index.md",
    "bai-viet/tieu-ban-hop.md",
    "nguoi/to-lam.md",
    "nguoi/to-lam/2025.md",
    "dai-hoi/xiv.md",
    "can-ra-soat/index.md",
    "can-ra-soat/2021.md",
    "thoi-gian/khong-ro-ngay.md",
    "ve-du-lieu.md",
    "du-lieu/kho-tin.sqlite",
]


@pytest.mark.parametrize("directory_urls", [True, False])
def test_links_are_the_addresses_mkdocs_gives(tmp_path, directory_urls):
    def mkdocs_url(path: str) -> str:
        return File(path, str(tmp_path), str(tmp_path / "site"), directory_urls).url

    for path in PATHS:
        expected = mkdocs_url(path)
        assert page_url(path, directory_urls) == (expected or "./"), path
    for target, here in itertools.product(PATHS, PATHS):
        if not here.endswith(".md"):
            continue
        expected = get_relative_url(mkdocs_url(target), mkdocs_url(here))
        assert href(target, here, directory_urls) == expected, (target, here)
    assert href("nguoi/index.md#chu-a", "bai-viet/x.md") == "../../nguoi/#chu-a"


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """A docs folder generated from the seeds, the test articles and a hostile article."""
    work = tmp_path_factory.mktemp("ready")
    seeds = copy_articles(work / "seeds", SEEDS, ARTICLES)
    (seeds / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    docs = copy_hand_written_docs(work / "docs")
    assert main(["--seeds", str(seeds), "--docs", str(docs), "--no-cache"]) in (0, 1)
    mkdocs_config(work, docs)
    return work


def test_ready_blocks_give_what_python_markdown_gives_page_by_page(generated):
    """Every generated page converts to the same HTML, table of contents, title and anchors
    whether its ready blocks are stashed unparsed (the plugin) or parsed by Python-Markdown
    (MkDocs without the plugin, another builder)."""
    config = load_config(str(generated / "mkdocs.yml"))
    ready = ReadyBlocks()
    config.markdown_extensions.append(ready)  # type: ignore[arg-type]
    files = get_files(config)
    generated_pages = {
        path for path in read_manifest(Path(config.docs_dir)) if path.endswith(".md")
    }
    compared = 0
    for file in files.documentation_pages():
        if file.src_uri not in generated_pages:
            continue
        converted = []
        for active in (False, True):
            ready.active = active
            page = Page(None, file, config)
            page.read_source(config)
            page.render(config, files)
            converted.append((page.content, str(page.toc), page.title, page.present_anchor_ids))
        assert converted[0] == converted[1], file.src_uri
        compared += 1
    assert compared > 50
    pages = (
        p.read_text(encoding="utf-8") for p in (Path(config.docs_dir) / "bai-viet").glob("*.md")
    )
    hostile = next(text for text in pages if "source_file: hostile.txt" in text)
    assert "&lt;script&gt;" in hostile and "<script>" not in hostile.split("\n---\n", 1)[1]


def test_stashing_leaves_fenced_code_and_other_blocks_alone():
    from generator.site.ready import stash_blocks

    stored: list[str] = []

    def store(block: str) -> str:
        stored.append(block)
        return f"@{len(stored)}"

    lines = [
        "# T",
        "",
        "<p>a</p>",
        "",
        "```yaml",
        "",
        "<p>not a block: in a fence</p>",
        "",
        "```",
        "",
        "text <p>inline</p>",
        "<ul>",
        "<li>x</li>",
        "</ul>",
        "",
        '<div class="grid cards" markdown>',
        "",
        "</div>",
        "",
        "<ul>",
        "<li>y</li>",
        "</ul>",
        "",
        "",
    ]
    out = stash_blocks(lines, store)
    assert stored == ["<p>a</p>\n", "<ul>\n<li>y</li>\n</ul>\n"]
    assert out[2] == "@1" and "<p>not a block: in a fence</p>" in out
    assert "<li>x</li>" in out and '<div class="grid cards" markdown>' in out
