"""Clean stops: Ctrl+C or SIGTERM during extraction ends the worker processes with the run.

The generator (the command line, and `mkdocs serve` through the plugin) is started on a
synthetic corpus big enough to be extracted by worker processes; once they run, the signal
is sent. Nothing of theirs may remain, and docs/ must be as it was. Worker processes are read
from /proc (Linux): elsewhere the tests are skipped.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.corpus import write_corpus
from tests.conftest import ROOT, copy_hand_written_docs, mkdocs_config

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads processes in /proc"),
]
ARTICLES = 2000
"""Enough for worker processes (the generator starts them from 200 articles on), and for
extraction to last a few seconds on two of them."""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("stops") / "seeds"
    write_corpus(folder, ARTICLES)
    return folder


def children(pid: int) -> set[int]:
    """The processes ``pid`` started that are still there."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        with contextlib.suppress(OSError):  # the task ended meanwhile
            found.update(int(child) for child in task.read_text().split())
    return found


def alive(pid: int) -> bool:
    """Whether ``pid`` is still a running process (a zombie, dead and waiting for its parent
    to collect it, is not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def wait_for_workers(process: subprocess.Popen, count: int, timeout: float = 120) -> set[int]:
    """The worker processes of ``process``, once ``count`` of them run."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()[1]
        workers = children(process.pid)
        if len(workers) >= count:
            time.sleep(0.5)  # into extraction, well after the workers started
            return workers
        time.sleep(0.02)
    raise AssertionError("no worker processes started")


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def assert_stopped_cleanly(process: subprocess.Popen, workers: set[int], started: float) -> str:
    try:
        _, err = process.communicate(timeout=30)  # workers left running hold its stderr open
    except subprocess.TimeoutExpired:
        err = "(still running 30 s after the signal)"
    deadline = time.monotonic() + 5
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [pid for pid in workers if alive(pid)]
    for pid in left:  # the test leaves no process behind, even when it fails
        os.kill(pid, signal.SIGKILL)
    if process.poll() is None:
        process.kill()
        process.communicate()
    assert not left, f"worker processes left running: {left}"
    assert time.monotonic() - started < 10, f"the run went on after the signal: {err}"
    assert "Traceback" not in err, err
    return err


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_a_stopped_generator_ends_its_workers_and_leaves_docs_as_they_were(tmp_path, corpus, stop):
    docs = copy_hand_written_docs(tmp_path / "docs")
    before = tree(docs)
    command = [sys.executable, "-m", "generator", "--seeds", str(corpus), "--docs", str(docs)]
    command += ["--cache-dir", str(tmp_path / "cache"), "--no-ner", "--jobs", "2"]
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    workers = wait_for_workers(process, 2)
    process.send_signal(stop)
    err = assert_stopped_cleanly(process, workers, time.monotonic())
    assert process.returncode == 128 + stop
    assert "đã dừng: thư mục đầu ra giữ nguyên như trước" in err
    assert tree(docs) == before
    assert not list(tmp_path.glob(".docs.*")), "staged pages left beside docs/"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_workers_of_a_generator_killed_outright_end_too(tmp_path, corpus):
    """SIGKILL leaves the generator no chance to clean up: the kernel ends its workers."""
    command = [sys.executable, "-m", "generator", "--seeds", str(corpus)]
    command += ["--docs", str(tmp_path / "docs"), "--cache-dir", str(tmp_path / "cache")]
    command += ["--no-ner", "--jobs", "2"]
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    workers = wait_for_workers(process, 2)
    process.kill()
    assert_stopped_cleanly(process, workers, time.monotonic())


def test_a_stopped_mkdocs_serve_ends_the_generators_workers(tmp_path, corpus):
    docs = copy_hand_written_docs(tmp_path / "docs")
    before = tree(docs)
    config = mkdocs_config(tmp_path, docs, corpus, ner=False, jobs=2)
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}", "-f", str(config)],
        cwd=tmp_path,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    workers = wait_for_workers(process, 2)
    process.send_signal(signal.SIGTERM)
    assert_stopped_cleanly(process, workers, time.monotonic())
    assert tree(docs) == before


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
