"""Command line: python -m generator [--seeds DIR] [--docs DIR] [--strict]."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import dependencies
from .errors import GeneratorError, internal_error
from .settings import DEFAULT_DATA_DIR, Settings
from .stops import SigtermAsInterrupt


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Tạo các trang Markdown của kho lưu trữ từ thư mục bài viết thô.",
    )
    parser.add_argument(
        "--seeds", type=Path, default=Path("seeds"), help="thư mục bài viết (mặc định: seeds/)"
    )
    parser.add_argument(
        "--docs", type=Path, default=Path("docs"), help="thư mục đầu ra (mặc định: docs/)"
    )
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA_DIR, help="thư mục dữ liệu tuyển chọn"
    )
    parser.add_argument(
        "--strict", action="store_true", help="mã thoát khác 0 khi có bất kỳ cảnh báo nào"
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="không dùng bộ nhớ đệm kết quả trích xuất"
    )
    parser.add_argument(
        "--cache-dir", type=Path, default=Path(".cache/generator"), help="thư mục bộ nhớ đệm"
    )
    parser.add_argument("--jobs", type=int, default=None, help="số tiến trình (mặc định: số lõi)")
    parser.add_argument(
        "--no-ner", action="store_true", help="không dùng nhận dạng thực thể (NER) của underthesea"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    missing = dependencies.missing(ner=not args.no_ner)
    if missing:
        print(dependencies.message(missing), file=sys.stderr)
        return 2
    try:
        from .build import build  # imports the packages checked above
    except ModuleNotFoundError as exc:  # a package they need in turn
        if not exc.name or exc.name.split(".")[0] == __package__:
            raise  # a bug of the generator, not a missing package
        print(dependencies.message([exc.name.split(".")[0]]), file=sys.stderr)
        return 2
    settings = Settings(
        seeds_dir=args.seeds,
        docs_dir=args.docs,
        data_dir=args.data,
        strict=args.strict,
        use_ner=not args.no_ner,
        cache_dir=None if args.no_cache else args.cache_dir,
        jobs=args.jobs,
    )
    stop = SigtermAsInterrupt()
    try:
        with stop:
            report = build(settings)
    except GeneratorError as exc:
        print(f"lỗi: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("đã dừng: thư mục đầu ra giữ nguyên như trước", file=sys.stderr)
        return stop.exit_code()
    except Exception as exc:  # a bug, not bad input: say so in one line, keep docs/ intact
        if os.environ.get("GENERATOR_DEBUG"):
            raise
        print(internal_error(exc), file=sys.stderr)
        return 70
    for problem in report.problems:
        print(problem, file=sys.stderr)
    print(report.summary() + ".", file=sys.stderr)
    if os.environ.get("GENERATOR_TIMINGS"):
        print(report.timing(), file=sys.stderr)
    if report.skipped and report.articles == 0:
        return 1
    if settings.strict and report.problems:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
