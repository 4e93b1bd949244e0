"""Clean and extract many articles: in worker processes when there are enough, in order."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Iterator
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


def _init(data_dir: Path, use_ner: bool) -> None:
    global _worker
    gc.enable()  # forked from a parent that turned it off (see build); NER makes cycles
    _worker = (load_knowledge(data_dir), use_ner)


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
) -> Iterator[tuple[RawArticle, Outcome]]:
    """Each article with its outcome, in input order, on every core when worth it; ``show``:
    a progress bar as in progress.progress."""
    workers = jobs or os.cpu_count() or 1
    if len(raws) < PARALLEL_FROM or workers < 2:
        outcomes: Iterable[Outcome] = (analyse(raw, knowledge, use_ner) for raw in raws)
        yield from zip(raws, _bar(outcomes, len(raws), show), strict=True)
        return
    from concurrent.futures import ProcessPoolExecutor  # 16 ms to import: only when used

    chunk = max(1, min(100, len(raws) // (workers * 8)))
    with ProcessPoolExecutor(workers, initializer=_init, initargs=(data_dir, use_ner)) as pool:
        outcomes = pool.map(_work, raws, chunksize=chunk)
        yield from zip(raws, _bar(outcomes, len(raws), show), strict=True)


def _bar(outcomes: Iterable[Outcome], total: int, show: bool | None) -> Iterable[Outcome]:
    return progress(outcomes, "Đang xử lý bài viết", " bài", total, show)
