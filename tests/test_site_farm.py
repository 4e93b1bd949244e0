"""Pages rendered on several cores: the same site as on one, warnings counted, hooks' records kept."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.corpus import write_corpus
from generator.site.farm import FORK_ABOVE
from tests.conftest import ARTICLES, SEEDS, copy_articles, copy_hand_written_docs, mkdocs_config
from tests.sites import differences

pytestmark = pytest.mark.slow

QUIET = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def build(work: Path, *flags: str, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", *flags, "-f", str(work / "mkdocs.yml")],
        capture_output=True,
        text=True,
        cwd=work,
        timeout=600,
        env=env or QUIET,
    )
    assert result.returncode == 0, result.stderr
    return result.stderr


def site_of(work: Path, jobs: int, fragments: bool = True) -> tuple[Path, int]:
    """The site of the seeds, the test articles and 80 synthetic ones (enough pages for a
    second process), and how many pages the plugin rendered."""
    seeds = copy_articles(work / "seeds", SEEDS, ARTICLES)
    write_corpus(seeds / "synthetic", 80)
    docs = copy_hand_written_docs(work / "docs")
    mkdocs_config(work, docs, seeds, jobs=jobs, fragments=fragments)
    log = build(work, "--strict", env={**QUIET, "SITE_TIMINGS": "1"})
    return work / "site", int(re.search(r"(\d+) trang dựng riêng", log).group(1))


def test_pages_rendered_on_two_cores_are_those_rendered_on_one(tmp_path):
    """Two processes, the nav and tabs reused (site.fragments): the same site as one
    process rendering every page whole, as MkDocs does."""
    one, _ = site_of(tmp_path / "one", 1, fragments=False)
    two, rendered = site_of(tmp_path / "two", 2)
    assert rendered >= FORK_ABOVE  # enough pages for a second process
    assert differences(one, two) == []
    records = json.loads((two / "tim-nhanh" / "entry.json").read_text(encoding="utf-8"))
    assert records["n"] > 100  # the quick records of pages rendered by the workers came back


def test_a_warning_logged_while_a_worker_renders_a_page_counts_in_strict_mode(tmp_path):
    hook = tmp_path / "warn.py"
    hook.write_text(
        "import logging\n"
        "def on_page_markdown(markdown, page, **kwargs):\n"
        "    if page.file.src_uri.startswith('nguoi/'):\n"
        "        logging.getLogger('mkdocs.hooks.warn').warning('cảnh báo thử: ' + page.file.src_uri)\n"
        "    return markdown\n",
        encoding="utf-8",
    )
    seeds = copy_articles(tmp_path / "seeds", SEEDS, ARTICLES)
    write_corpus(seeds / "synthetic", 80)
    config = mkdocs_config(tmp_path, copy_hand_written_docs(tmp_path / "docs"), seeds, jobs=2)
    text = config.read_text(encoding="utf-8").replace("hooks:\n", f"hooks:\n- {hook}\n", 1)
    config.write_text(text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=600,
        env=QUIET,
    )
    people = len(list((tmp_path / "docs" / "nguoi").glob("*.md")))  # their index too, in the nav
    warned = [line for line in result.stderr.splitlines() if "cảnh báo thử: nguoi/" in line]
    assert len(warned) == people > FORK_ABOVE, result.stderr  # each once, from whichever process
    output = result.stdout + result.stderr
    assert result.returncode != 0 and f"Aborted with {people} warnings" in output
