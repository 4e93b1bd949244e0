"""Clean and extract many articles: in worker processes when there are enough, in order.

Workers never outlive the run: one that stops early (Ctrl+C, SIGTERM turned into
KeyboardInterrupt by the command line and the MkDocs plugin, an error) terminates them before
the exception goes on, and on Linux a worker is also sent SIGTERM by the kernel when the
process that started it dies (even by SIGKILL). Workers ignore SIGINT: Ctrl+C reaches the
whole process group, and it is the parent that stops them, without a traceback from each.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
from collections.abc import Generator, Iterable
from pathlib import Path

from .clean import clean
from .errors import InputError
from .extract import Knowledge, extract, load_knowledge
from .models import ArticleMeta, Block, RawArticle
from .progress import progress

Outcome = tuple[tuple[Block, ...], ArticleMeta] | InputError
PARALLEL_FROM = 200
"""Below this many articles, starting worker processes costs more than it saves."""

_worker: tuple[Knowledge, bool] | None = None


def analyse(raw: RawArticle, knowledge: Knowledge, use_ner: bool) -> Outcome:
    """Cleaned body and metadata of one article, or the problem that stopped it."""
    try:
        cleaned = clean(raw)
        if not cleaned.blocks and not cleaned.headline:
            return InputError(raw.source_file, "không tìm thấy nội dung bài viết")
        return cleaned.blocks, extract(cleaned, knowledge, use_ner)
    except Exception as exc:  # one bad article must not stop the archive
        return InputError(
            raw.source_file, f"lỗi khi xử lý, bài bị bỏ qua ({type(exc).__name__}: {exc})"
        )


def _init(data_dir: Path, use_ner: bool, parent: int | None) -> None:
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops its workers
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler (a fork copies it)
    _die_with(parent)
    gc.enable()  # forked from a parent that turned it off (see build); NER makes cycles
    _worker = (load_knowledge(data_dir), use_ner)


def _die_with(parent: int | None) -> None:
    """Have the kernel send this worker SIGTERM when its parent dies (Linux), so that a parent
    killed outright (SIGKILL, out of memory) leaves no worker behind. ``parent``: the pid of
    the process that forked this one (None where workers are started by a fork server)."""
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            return
    if parent is not None and os.getppid() != parent:  # it died before the call above
        os._exit(1)


def _work(raw: RawArticle) -> Outcome:
    assert _worker is not None
    return analyse(raw, *_worker)


def analyse_all(
    raws: list[RawArticle],
    knowledge: Knowledge,
    data_dir: Path,
    use_ner: bool,
    jobs: int | None = None,
    show: bool | None = None,
) -> Generator[tuple[RawArticle, Outcome], None, None]:
    """Each article with its outcome, in input order, on every core when worth it; ``show``:
    a progress bar as in progress.progress."""
    workers = jobs or os.cpu_count() or 1
    if len(raws) < PARALLEL_FROM or workers < 2:
        outcomes: Iterable[Outcome] = (analyse(raw, knowledge, use_ner) for raw in raws)
        yield from zip(raws, _bar(outcomes, len(raws), show), strict=True)
        return
    from multiprocessing import Pool, get_start_method

    chunk = max(1, min(100, len(raws) // (workers * 8)))
    parent = os.getpid() if get_start_method() == "fork" else None
    # multiprocessing.Pool rather than ProcessPoolExecutor: its terminate() drains the task
    # queue while it ends the workers, so no feeder thread is left blocked writing a chunk no
    # worker will read (the executor's was, now and then, and the process hung at exit).
    pool = Pool(workers, initializer=_init, initargs=(data_dir, use_ner, parent))
    try:
        outcomes = pool.imap(_work, raws, chunksize=chunk)
        yield from zip(raws, _bar(outcomes, len(raws), show), strict=True)
    except BaseException:  # interrupted, or closed before the end: no worker left running
        pool.terminate()
        pool.join()
        raise
    pool.close()
    pool.join()


def _bar(outcomes: Iterable[Outcome], total: int, show: bool | None) -> Iterable[Outcome]:
    return progress(outcomes, "Đang xử lý bài viết", " bài", total, show)
