"""MkDocs hook: mark what Pagefind indexes (with filters) and build two indexes after each build.

- pagefind/: the full text of every article, person and congress page (the Pagefind CLI).
- pagefind-nhanh/ ("quick"): one short record per page (title, date, the people named,
  organizer, congress, source), written as tiny pages and indexed by the same CLI. Titles of
  office ("Ủy viên Bộ Chính trị…") are left to the full index: they repeat on nearly every
  page, and their words would make the quick index's chunks as heavy as the full one's. Its chunks are a
  fraction of the full index's, so the search box answers from it first and adds full-text
  results when they arrive: at 10,000 articles the full index's chunks for common names
  weigh about a megabyte per query.

Runs under `mkdocs build` and `mkdocs serve` alike (serve calls on_post_build after every
rebuild, into its temporary site folder), so search works in both.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

from mkdocs.exceptions import PluginError

_ARTICLE_OPEN = '<article class="md-content__inner md-typeset">'
# Listing pages would only add noise to results: they are found through their entries.
_LISTINGS = re.compile(r"(^|/)index\.md$|^thoi-gian/|^loai-hop/|^su-kien/")


def _filters(meta: dict, src: str) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for roman in meta.get("congress") or []:
        pairs.append(("dai_hoi", str(roman)))
    day = meta.get("date") or meta.get("published")
    if day:
        pairs.append(("nam", str(day)[:4]))
    for person in meta.get("participants") or []:
        if isinstance(person, dict) and person.get("name"):
            pairs.append(("nhan_vat", str(person["name"])))
    if src.startswith("nguoi/"):
        pairs.append(("nhan_vat", str(meta.get("title", ""))))
    if src.startswith("dai-hoi/"):
        pairs.append(("dai_hoi", src.split("/")[-1].removesuffix(".md").upper()))
    return pairs


QUICK = "pagefind-nhanh"
_RECORDS: list[dict] = []
"""Quick-index records of the pages built so far in this build."""


def _quick_parts(meta: dict, title: str) -> list[str]:
    """The metadata of a page, title first: what people search an archive by."""
    parts = [title]
    day = meta.get("date") or meta.get("published")
    if day:
        y, m, d = str(day)[:10].split("-")
        parts.append(f"{d}/{m}/{y}")
    for person in meta.get("participants") or []:
        if isinstance(person, dict) and person.get("name"):
            parts.append(str(person["name"]))
    for person in meta.get("mentioned") or []:
        if isinstance(person, dict) and person.get("name"):
            parts.append(str(person["name"]))
    meeting = meta.get("meeting") or {}
    if isinstance(meeting, dict):
        parts += [str(meeting[k]) for k in ("organizer",) if meeting.get(k)]
    parts += [f"Đại hội {roman}" for roman in meta.get("congress") or []]
    parts += [str(meta[k]) for k in ("source",) if meta.get(k)]
    return parts


def fold(text: str) -> str:
    """Lower case, no diacritics, đ as d: the form the quick index is searched in."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def on_pre_build(config, **kwargs) -> None:
    _RECORDS.clear()


def on_post_page(output: str, page, config, **kwargs) -> str:
    src = page.file.src_uri
    if _LISTINGS.search(src) or _ARTICLE_OPEN not in output:
        return output
    title = str(page.title or "")
    kind = "bai-viet" if src.startswith("bai-viet/") else src.split("/")[0].removesuffix(".md")
    record_meta = {"title": title, "loai": kind}
    if page.meta.get("date") or page.meta.get("published"):
        record_meta["ngay"] = str(page.meta.get("date") or page.meta.get("published"))
    filters: dict[str, list[str]] = {}
    for key, value in _filters(page.meta, src):
        filters.setdefault(key, []).append(value)
    parts = _quick_parts(page.meta, title)
    _RECORDS.append(
        {
            "url": "/" + page.url,  # a directory URL: bai-viet/<slug>/
            # Indexed folded (đ -> d, no diacritics): Pagefind folds diacritics but not đ, so
            # one search of the folded query finds "Đảng" by "dang" (no d/đ variant searches).
            "content": fold(". ".join(parts)),
            "language": "vi",
            "meta": {**record_meta, "tomtat": ". ".join(parts[1:])},  # shown under the title
            "filters": filters,
        }
    )
    attrs = [
        f'data-pagefind-filter="{html.escape(k)}:{html.escape(v)}"'
        for k, v in _filters(page.meta, src)
    ]
    marks = "".join(f"<span {a}></span>" for a in attrs)
    marks += f'<span data-pagefind-meta="loai:{html.escape(kind)}"></span>'
    marks += f'<span data-pagefind-meta="title:{html.escape(title)}"></span>'
    day = page.meta.get("date") or page.meta.get("published")
    if day:
        marks += f'<span data-pagefind-meta="ngay:{html.escape(str(day))}"></span>'
    output = output.replace(_ARTICLE_OPEN, _ARTICLE_OPEN[:-1] + " data-pagefind-body>" + marks, 1)
    # The evidence block repeats sentences of the body: keep it out of the index.
    return output.replace('<details class="quote">', '<details class="quote" data-pagefind-ignore>')


def _run_pagefind(arguments: list[str], what: str) -> None:
    command = [sys.executable, "-m", "pagefind", *arguments, "--silent"]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=900)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PluginError(f"Pagefind không chạy được: {exc}") from exc
    if result.returncode != 0:
        raise PluginError(
            f"Pagefind không tạo được {what} (cài bằng: pip install 'pagefind[bin]'): "
            + (result.stderr or result.stdout).strip()[:500]
        )


def _record_html(record: dict) -> str:
    """A minimal page holding one quick-index record, for the Pagefind CLI to index."""
    marks = "".join(
        f'<span data-pagefind-filter="{html.escape(key)}:{html.escape(value)}"></span>'
        for key, values in record["filters"].items()
        for value in values
    )
    marks += "".join(
        f'<span data-pagefind-meta="{html.escape(key)}:{html.escape(value)}"></span>'
        for key, value in record["meta"].items()
    )
    return (
        '<!doctype html><html lang="vi"><head><meta charset="utf-8"></head>'
        f"<body data-pagefind-body>{marks}<p>{html.escape(record['content'])}</p></body></html>"
    )


def on_post_build(config, **kwargs) -> None:
    started = time.perf_counter()
    site = Path(config["site_dir"]).resolve()
    _run_pagefind(["--site", str(site)], "chỉ mục tìm kiếm")
    # Pagefind's Python API answers one record per 100 ms: write the records as tiny pages.
    with tempfile.TemporaryDirectory(prefix="quick-index-") as folder:
        for record in _RECORDS:
            rel = record["url"].strip("/")
            path = Path(folder, rel) if rel.endswith(".html") else Path(folder, rel, "index.html")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(_record_html(record), encoding="utf-8")
        shutil.rmtree(site / QUICK, ignore_errors=True)
        _run_pagefind(
            ["--site", folder, "--output-path", str(site / QUICK)], "chỉ mục tìm kiếm nhanh"
        )
    if os.environ.get("SEARCH_INDEX_TIMINGS"):  # read by benchmarks/run.py
        print(f"search-index-seconds {time.perf_counter() - started:.2f}", file=sys.stderr)
