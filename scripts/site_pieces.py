"""The site's own pieces, for a site built without MkDocs' hooks (Zensical, say).

Usage: python scripts/site_pieces.py [--docs DOCS] [--site SITE]

`mkdocs build` adds three things to the site through the hooks of mkdocs.yml: the
whole-archive downloads joined from the generator's yearly parts (hooks/downloads.py), and
the two search indexes, Pagefind's and the quick one, with the marks Pagefind reads in each
page (hooks/pagefind_index.py). A builder that runs no MkDocs hooks (Zensical reads
mkdocs.yml but runs neither plugins nor hooks) builds the pages without them. This script
adds them to such a site afterwards, with the hooks' own code: each page generated from DOCS
is given to the search hook as MkDocs would give it (its front matter, its URL), and the
downloads are joined from the parts in DOCS. Run the generator before the build, this after.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.render.frontmatter import load  # noqa: E402


def hook(name: str) -> ModuleType:
    """One of the repository's MkDocs hooks, loaded as MkDocs loads it."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "hooks" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def join_downloads(docs: Path, site: Path) -> list[str]:
    """The whole-archive downloads in ``site``, joined from the parts in ``docs``."""
    downloads = hook("downloads")
    listing = docs / downloads.PARTS
    if not listing.is_file():
        return []
    wholes, headers = downloads.read_listing(listing.read_bytes())
    for whole, parts in wholes.items():
        contents = [(docs / part).read_bytes() for part in parts]
        target = site / whole
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(downloads.join_parts(whole, contents, headers.get(whole, "")))
    return list(wholes)


def index_search(docs: Path, site: Path) -> int:
    """Pagefind's marks in every page of ``site`` made from ``docs``, then both indexes."""
    search = hook("pagefind_index")
    pages = 0
    for source in sorted(docs.rglob("*.md")):
        src = source.relative_to(docs).as_posix()
        url = "" if src == "index.md" else src.removesuffix("index.md").removesuffix(".md") + "/"
        html = site / url / "index.html"
        if not html.is_file():
            continue
        text = source.read_text(encoding="utf-8")
        meta = load(text) if text.startswith("---") else {}
        page = SimpleNamespace(
            file=SimpleNamespace(src_uri=src), url=url, meta=meta, title=_title(meta, text)
        )
        output = search.on_post_page(html.read_text(encoding="utf-8"), page=page, config=None)
        html.write_text(output, encoding="utf-8")
        pages += 1
    search._run_pagefind(site)
    search.write_quick_index(list(search._RECORDS.values()), site / search.QUICK)
    return pages


def _title(meta: dict, text: str) -> str:
    """The page title as MkDocs gives it: the front matter's, else the first heading."""
    if meta.get("title"):
        return str(meta["title"])
    heading = next((line for line in text.splitlines() if line.startswith("# ")), "")
    return heading[2:].strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=ROOT / "docs")
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    args = parser.parse_args()
    if not (args.site / "index.html").is_file():
        raise SystemExit(f"{args.site}: chưa có trang nào được dựng (index.html)")
    joined = join_downloads(args.docs, args.site)
    pages = index_search(args.docs, args.site)
    print(
        f"{len(joined)} tệp tải về ghép lại, {pages} trang trong chỉ mục tìm kiếm", file=sys.stderr
    )


if __name__ == "__main__":
    main()
