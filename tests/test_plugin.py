"""The generator as an MkDocs plugin: `mkdocs build` alone gives the archive; `mkdocs serve`
picks up new, changed and deleted articles and hand-written pages by itself.

The serve tests start `mkdocs serve` (plain and --dirty) on a free loopback port over the
seeds, change files as an archivist does, and poll the served pages.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from generator.render.frontmatter import load
from tests.conftest import (
    ARTICLES,
    PLUGIN,
    ROOT,
    SEEDS,
    article_files,
    copy_articles,
    copy_hand_written_docs,
    mkdocs_config,
    read_mkdocs_yml,
)

pytestmark = pytest.mark.slow
NEW = "xiv-tieu-ban-to-chuc-phien-bon.txt"
"""An article of the test set, added while the server runs: Trần Cẩm Tú chairs it."""
PERSON = "nguoi/tran-cam-tu/"
"""A person of the seeds, so with a page before the article is added."""
QUIET = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def mkdocs(work: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", *arguments, "-f", str(work / "mkdocs.yml")],
        capture_output=True,
        text=True,
        cwd=work,
        timeout=600,
        env=QUIET,
    )


def test_a_fresh_clone_builds_the_whole_archive_with_mkdocs_build_alone(tmp_path):
    """The repository's own mkdocs.yml, in a folder laid out as a fresh clone (no generated
    page, no cache): `mkdocs build --strict` and nothing before it."""
    for folder in ("seeds", "data", "overrides", "hooks"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path)
    copy_hand_written_docs(tmp_path / "docs")
    result = mkdocs(tmp_path, "build", "--strict")
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    for seed in article_files(SEEDS):
        page = next(
            p
            for p in (tmp_path / "docs" / "bai-viet").glob("*.md")
            if load(p.read_text(encoding="utf-8")).get("source_file") == seed.name
        )
        assert (site / "bai-viet" / page.stem / "index.html").is_file(), seed.name
    for built in (PERSON, "dai-hoi/xiv/", "pagefind/pagefind-entry.json", "tim-nhanh/entry.json"):
        assert (site / built).exists() or (site / built / "index.html").exists(), built
    assert (site / "du-lieu" / "bai-viet.json").is_file()
    # the seeds' one warning is shown, and does not fail the strict build (strict: false)
    assert f"INFO    -  {PLUGIN}: 003_" in result.stderr, result.stderr


def _strict_work(tmp_path: Path, **options: object) -> Path:
    seeds = copy_articles(tmp_path / "seeds", SEEDS)  # one of them raises a warning
    mkdocs_config(tmp_path, copy_hand_written_docs(tmp_path / "docs"), seeds, **options)
    return tmp_path


@pytest.mark.parametrize(
    ("strict", "flags", "fails"),
    [
        (False, ["--strict"], False),
        (None, ["--strict"], True),
        (None, [], False),
        (True, [], True),
    ],
)
def test_generator_warnings_count_as_the_strict_options_say(tmp_path, strict, flags, fails):
    work = _strict_work(tmp_path, strict=strict)
    result = mkdocs(work, "build", *flags)
    assert (result.returncode != 0) == fails, result.stderr
    level = "INFO" if (strict is False and flags) else "WARNING"
    assert re.search(rf"^{level} +-  {PLUGIN}: 003_\S+: ", result.stderr, re.M), result.stderr
    assert "Traceback" not in result.stderr


def test_a_fatal_generator_error_fails_the_build_with_one_line(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    (data / "congresses.yaml").write_text("- number: [không phải số\n", encoding="utf-8")
    seeds = copy_articles(tmp_path / "seeds", SEEDS)
    mkdocs_config(tmp_path, copy_hand_written_docs(tmp_path / "docs"), seeds, data_dir=str(data))
    result = mkdocs(tmp_path, "build")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1 and "congresses.yaml" in errors[0], result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "docs" / "bai-viet").exists()


class Served:
    """`mkdocs serve` on a free loopback port; its log in a file."""

    def __init__(self, work: Path, *flags: str) -> None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}/"
        self.log_path = work / "serve.log"
        self.log_file = self.log_path.open("w", encoding="utf-8")
        address, config = f"127.0.0.1:{port}", str(work / "mkdocs.yml")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", *flags, "-a", address, "-f", config],
            cwd=work,
            stdout=subprocess.DEVNULL,
            stderr=self.log_file,
            env=QUIET,
        )

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8")

    def get(self, path: str) -> tuple[int, str]:
        assert self.process.poll() is None, self.log()
        try:
            with urllib.request.urlopen(self.url + path, timeout=120) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as exc:
            return exc.code, ""

    def until(self, check, what: str, timeout: float = 120) -> None:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + timeout
        while not check():
            assert time.monotonic() < deadline, f"{what}; log:\n{self.log()}"
            time.sleep(0.2)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log_file.close()


@pytest.fixture(params=["serve", "serve --dirty"])
def served(request, tmp_path):
    seeds = copy_articles(tmp_path / "seeds", SEEDS)
    docs = copy_hand_written_docs(tmp_path / "docs")
    mkdocs_config(tmp_path, docs, seeds)
    server = Served(tmp_path, *request.param.split()[1:])
    try:
        server.until(lambda: _up(server), "mkdocs serve did not start")
        yield server, seeds, docs
    finally:
        server.stop()


def _up(server: Served) -> bool:
    try:
        return server.get("")[0] == 200
    except (urllib.error.URLError, ConnectionError):
        return False


def put(source: bytes, target: Path) -> None:
    """Save ``target`` in one step, as an editor does: the watcher sees one change."""
    staged = target.parent.parent / f".{target.name}.tmp"
    staged.write_bytes(source)
    os.replace(staged, target)


def page_of(docs: Path, source_file: str) -> str | None:
    for page in (docs / "bai-viet").glob("*.md"):
        if load(page.read_text(encoding="utf-8")).get("source_file") == source_file:
            return f"bai-viet/{page.stem}/"
    return None


def test_serve_picks_up_new_bad_deleted_articles_and_hand_written_pages(served):
    server, seeds, docs = served
    status, person = server.get(PERSON)
    assert status == 200 and "bai-viet/" in person

    put((ARTICLES / NEW).read_bytes(), seeds / NEW)
    server.until(lambda: page_of(docs, NEW) is not None, "no page generated for the article")
    page = page_of(docs, NEW)
    assert page is not None
    server.until(lambda: server.get(page)[0] == 200, "the new article's page is not served")
    link = f'href="../../{page}"'
    server.until(lambda: link in server.get(PERSON)[1], "the person's page does not list it")

    put(b"\xff\xfe\x00\xd8garbage\x00\x81\x82", seeds / "hong.txt")  # broken UTF-16
    server.until(lambda: "hong.txt: " in server.log(), "no line for the bad article")
    problem = next(line for line in server.log().splitlines() if "hong.txt: " in line)
    assert problem.startswith("WARNING") and f"{PLUGIN}: hong.txt: " in problem
    assert server.get("")[0] == 200 and server.get(page)[0] == 200

    gioi_thieu = docs / "gioi-thieu.md"
    put(gioi_thieu.read_bytes() + "\nMột dòng viết tay mới.\n".encode(), gioi_thieu)
    server.until(
        lambda: "Một dòng viết tay mới." in server.get("gioi-thieu/")[1],
        "the hand-written page is not rebuilt",
    )

    (seeds / NEW).unlink()
    server.until(lambda: server.get(page)[0] == 404, "the deleted article's page is still served")
    assert link not in server.get(PERSON)[1]

    time.sleep(2)  # a rebuild caused by the generator's own writes would have started by now
    log = server.log()
    assert log.count("Detected file changes") == 4, log  # one per change above, no more
    assert "Traceback" not in log and "ERROR" not in log, log


def test_the_plugin_is_listed_with_its_options_in_mkdocs_yml():
    config = read_mkdocs_yml()
    plugins = [p for p in config["plugins"] if isinstance(p, dict) and PLUGIN in p]
    assert plugins and set(plugins[0][PLUGIN]) >= {"seeds_dir", "data_dir", "ner", "strict"}
