"""Progress bars: shown on a terminal once a stage lasts, never in piped or logged output."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from generator.progress import progress
from tests.conftest import ARTICLES, article_files

# Runs the command line with the bars' delay set by the first argument.
CLI = """
import sys
import generator.progress
generator.progress.SHOW_AFTER = float(sys.argv[1])
from generator.__main__ import main
raise SystemExit(main(sys.argv[2:]))
"""

STAGES = ("Đang đọc thư mục", "Đang xử lý bài viết", "Đang dựng và ghi trang")


@pytest.fixture
def args(tmp_path: Path) -> list[str]:
    seeds = ARTICLES
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    return ["--seeds", str(seeds), "--docs", str(docs), "--cache-dir", str(cache), "--no-ner"]


def on_terminal(argv: list[str], root: Path, expect: int = 0) -> str:
    """Standard error of ``python argv`` when it is a terminal (a pseudo-terminal here)."""
    master, slave = pty.openpty()
    # 24 rows of 120 columns, as a terminal window has (a new pseudo-terminal has none)
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
    child = subprocess.Popen(
        [sys.executable, *argv], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=slave, cwd=root,
    )  # fmt: skip
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child has closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    assert child.wait(timeout=120) == expect
    return b"".join(chunks).decode("utf-8", "replace")


def test_a_terminal_shows_a_bar_for_each_stage_that_lasts(args, root):
    err = on_terminal(["-c", CLI, "0", *args], root)
    for stage in STAGES:
        assert stage in err
    pages = re.search(r"bài viết, (\d+) trang", err)
    assert pages, err
    assert re.search(rf"Đang dựng và ghi trang: 100%.*\b{pages[1]}/{pages[1]} \[.* trang/s\]", err)
    files = len(article_files(ARTICLES))
    assert re.search(rf"Đang xử lý bài viết: 100%.*\b{files}/{files} \[.* bài/s\]", err)
    assert f"Đang đọc thư mục: {files} tệp" in err  # no total known while the folder is walked


# As CLI, and staging the tenth page fails as a full disk would.
FAILING_WRITE = CLI.replace(
    "from generator.__main__",
    """import generator.write
staged = generator.write._stage
def failing(data, pending, index):
    if index == 9:
        raise OSError(28, "No space left on device")
    return staged(data, pending, index)
generator.write._stage = failing
from generator.__main__""",
)


def test_an_error_part_way_through_a_stage_starts_on_a_line_of_its_own(args, root, tmp_path):
    err = on_terminal(["-c", FAILING_WRITE, "0", *args], root, expect=2)
    assert "Đang dựng và ghi trang" in err
    assert "\nlỗi: " in err and "No space left on device" in err, err
    assert not (tmp_path / "docs" / "index.md").exists()  # nothing half-written


def test_a_short_run_shows_no_bar_even_on_a_terminal(args, root):
    err = on_terminal(["-c", CLI, "2.0", *args], root)
    assert "bài viết," in err  # the summary line
    assert not any(stage in err for stage in STAGES)


def test_output_that_is_not_a_terminal_never_shows_a_bar(args, root):
    result = subprocess.run(
        [sys.executable, "-c", CLI, "0", *args], capture_output=True, text=True, cwd=root
    )
    assert result.returncode == 0, result.stderr
    assert "bài viết," in result.stderr
    assert not any(stage in result.stderr for stage in STAGES)


def test_hidden_bar_passes_items_through_untouched(capsys):
    items = iter([1, 2, 3])
    assert progress(items, "x", " y", 3, show=False) is items
    assert list(progress([1, 2, 3], "x", " y", 3, show=True)) == [1, 2, 3]
    assert capsys.readouterr().out == ""
