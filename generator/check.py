"""Check that nothing of any article was lost: every sentence of its body is on its page.

Usage: python -m generator.check [--seeds DIR] [--docs DIR]
Prints one line per problem (`<file>: <problem>`) and exits 1 when there is any.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

from . import dependencies
from .errors import InputError

# The stages are imported in the functions that use them, so that `python -m generator.check`
# run without the project's packages says which one is missing instead of a traceback.

_ESCAPE = re.compile(r"\\(.)")
_TAG = re.compile(r"<[^>]+>")


def page_text(page: str) -> str:
    """What a reader sees of a generated page, as plain text with single spaces: Markdown
    lines (headings) lose their backslash escapes, HTML lines (the rest) their tags."""
    body = page.split("\n---\n", 1)[-1]
    lines = [
        _TAG.sub(" ", line if line.startswith("<") else _ESCAPE.sub(r"\1", line))
        for line in body.split("\n")
    ]
    return " ".join(html.unescape("\n".join(lines)).split())


def pages_by_source(docs_dir: Path) -> dict[str, Path]:
    from .render.frontmatter import load

    found: dict[str, Path] = {}
    for path in sorted(docs_dir.rglob("*.md")):
        try:
            meta = load(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        if isinstance(meta.get("source_file"), str):
            found[meta["source_file"]] = path
    return found


def missing_sentences(seed: Path, seeds_dir: Path, page: Path) -> list[str]:
    """Sentences of the cleaned article that its page does not contain."""
    from .clean import clean
    from .ingest import read_article
    from .text import split_sentences

    article = clean(read_article(seed, seeds_dir))
    shown = page_text(page.read_text(encoding="utf-8"))
    texts = ([article.headline] if article.headline else []) + [b.text for b in article.blocks]
    return [
        sentence
        for text in texts
        for sentence in split_sentences(text)
        if " ".join(sentence.split()) not in shown
    ]


def check(seeds_dir: Path, docs_dir: Path) -> list[str]:
    """Problems found, one line each; empty when every article is whole on its page."""
    from .ingest import find_files

    problems: list[str] = []
    pages = pages_by_source(docs_dir)
    for seed in find_files(seeds_dir):
        name = seed.relative_to(seeds_dir).as_posix()
        page = pages.get(name)
        if page is None:
            problems.append(f"{name}: không có trang (xem thông báo của lần tạo trang)")
            continue
        try:
            for sentence in missing_sentences(seed, seeds_dir, page):
                problems.append(f"{name}: câu bị mất trên trang {page.name}: «{sentence[:80]}»")
        except InputError as exc:
            problems.append(str(exc))
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m generator.check", description="Kiểm tra không câu nào của bài viết bị mất."
    )
    parser.add_argument("--seeds", type=Path, default=Path("seeds"))
    parser.add_argument("--docs", type=Path, default=Path("docs"))
    args = parser.parse_args(argv)
    missing = dependencies.missing(ner=False)
    if missing:
        print(dependencies.message(missing), file=sys.stderr)
        return 2
    problems = check(args.seeds, args.docs)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(problems)} vấn đề.", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
