"""A site built again after one article changed is the site built from scratch."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.corpus import OneChange, write_corpus
from tests.conftest import ARTICLES, SEEDS, copy_articles, copy_hand_written_docs, mkdocs_config
from tests.sites import differences
from tests.test_database import DB, dump

pytestmark = pytest.mark.slow

QUIET = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def build(work: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(work / "mkdocs.yml")],
        capture_output=True,
        text=True,
        cwd=work,
        timeout=600,
        env=QUIET,
    )
    assert result.returncode == 0, result.stderr


def test_a_build_after_one_changed_article_is_the_build_from_scratch(tmp_path):
    """Built, then article 7 edited and an article added (benchmarks' OneChange), built again
    into the same docs, cache and site folders: the same site, byte for byte, as a build of
    the changed seeds into empty folders. Compared by what they hold instead: Pagefind's
    filter files (Pagefind writes them in another order at each run, see tests/sites.py) and
    the SQLite download (updated row by row, not rewritten: the same rows and full-text
    index, in other pages of the file and under other internal ids; see test_database). Two
    processes, so that pages are rendered apart (site.farm)."""
    seeds = copy_articles(tmp_path / "seeds", SEEDS, ARTICLES)
    write_corpus(seeds / "synthetic", 80)
    again, fresh = tmp_path / "again", tmp_path / "fresh"
    mkdocs_config(again, copy_hand_written_docs(again / "docs"), seeds, jobs=2)
    build(again)
    before = (again / "site" / "tim-nhanh" / "entry.json").read_bytes()
    OneChange(seeds / "synthetic").apply()
    build(again)
    mkdocs_config(fresh, copy_hand_written_docs(fresh / "docs"), seeds, jobs=2)
    build(fresh)
    assert set(differences(again / "site", fresh / "site")) <= {f"differs: {DB}"}
    assert dump(again / "site" / DB) == dump(fresh / "site" / DB)
    assert (again / "site" / "tim-nhanh" / "entry.json").read_bytes() != before  # it changed
    # Pagefind was given the pages' article elements (the hook's _Inputs): the index it
    # writes from the whole pages of the site is the same.
    whole = tmp_path / "whole"
    command = [sys.executable, "-m", "pagefind", "--site", str(fresh / "site")]
    subprocess.run([*command, "--output-path", str(whole), "--silent"], check=True, timeout=300)
    assert differences(fresh / "site" / "pagefind", whole) == []
