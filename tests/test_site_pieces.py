"""scripts/site_pieces.py: the joined downloads and the search indexes added to a site built
without MkDocs' hooks (as Zensical builds it), equal to what the hooks make."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import yaml

from generator.__main__ import main
from tests.conftest import (
    ARTICLES,
    ROOT,
    SEEDS,
    copy_articles,
    copy_hand_written_docs,
    mkdocs_config,
    whole_download,
)

pytestmark = pytest.mark.slow


def test_a_site_built_without_hooks_gets_its_downloads_and_search_indexes(tmp_path):
    seeds = copy_articles(tmp_path / "seeds", SEEDS, ARTICLES)
    docs = copy_hand_written_docs(tmp_path / "docs")
    assert main(["--seeds", str(seeds), "--docs", str(docs), "--no-ner"]) == 0
    config = mkdocs_config(tmp_path, docs)
    plain = yaml.safe_load(config.read_text(encoding="utf-8"))
    plain["hooks"] = []  # what a builder that runs no MkDocs hooks gives
    config.write_text(yaml.safe_dump(plain, allow_unicode=True), encoding="utf-8")
    build = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config)]
    assert subprocess.run(build, capture_output=True, text=True).returncode == 0
    site = tmp_path / "site"
    assert not (site / "du-lieu" / "bai-viet.json").exists()
    assert not (site / "pagefind").exists()

    script = [sys.executable, str(ROOT / "scripts" / "site_pieces.py")]
    result = subprocess.run(
        [*script, "--docs", str(docs), "--site", str(site)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    for whole in ("du-lieu/bai-viet.json", "du-lieu/bai-viet.csv", "du-lieu/tham-du.csv"):
        assert (site / whole).read_bytes() == whole_download(docs, whole), whole
    assert (site / "pagefind" / "pagefind-entry.json").is_file()
    entry = json.loads((site / "tim-nhanh" / "entry.json").read_text(encoding="utf-8"))
    assert entry["n"] > len(list(seeds.iterdir()))  # articles, people, congresses
    article = next((site / "bai-viet").glob("*/index.html")).read_text(encoding="utf-8")
    assert "data-pagefind-body" in article and "data-pagefind-filter" in article
