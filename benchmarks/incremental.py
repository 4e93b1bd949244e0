"""The one-article change, measured inside one Python process: the generator's own work
without interpreter start, imports and exit.

Usage: python benchmarks/incremental.py [COUNT] [--runs N] [--work DIR]
Needs the corpus, docs and cache that `python benchmarks/run.py COUNT` leaves in WORK. Each
run edits one article and adds one, then undoes both (that run is measured too: one edited,
one removed); prints every run's time and stage times, then the minimum and the median.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import OneChange  # noqa: E402
from generator.build import build  # noqa: E402
from generator.settings import Settings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", type=Path, default=ROOT / ".bench")
    args = parser.parse_args()
    corpus, docs, cache = (args.work / f"{n}-{args.count}" for n in ("corpus", "docs", "cache"))
    if not (corpus.is_dir() and docs.is_dir() and cache.is_dir()):
        raise SystemExit(f"chạy trước: python benchmarks/run.py {args.count}")
    settings = Settings(seeds_dir=corpus, docs_dir=docs, cache_dir=cache, progress=False)
    change = OneChange(corpus)
    build(settings)  # start from docs/ as the corpus stands
    seconds = []
    try:
        for _ in range(args.runs):
            for label, step in (("edit+add", change.apply), ("undo", change.undo)):
                step()
                started = time.perf_counter()
                report = build(settings)
                seconds.append(time.perf_counter() - started)
                stages = ", ".join(f"{k} {v:.2f} s" for k, v in report.timings.items())
                print(f"{label:9s} {seconds[-1]:.3f} s  ({stages})", flush=True)
    finally:
        change.undo()
    print(f"min {min(seconds):.3f} s, median {statistics.median(seconds):.3f} s")


if __name__ == "__main__":
    main()
