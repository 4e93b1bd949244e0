"""MkDocs hook: mark what Pagefind indexes (with filters) and build two indexes after each build.

- pagefind/: the full text of every article, person and congress page (the Pagefind CLI).
- pagefind-nhanh/ ("quick"): one short record per page (title, date, people and their titles,
  meeting, organizer, congress, source), built with Pagefind's Python API. Its chunks are a
  fraction of the full index's, so the search box answers from it first and adds full-text
  results when they arrive: at 10,000 articles the full index's chunks for common names
  weigh about a megabyte per query.

Runs under `mkdocs build` and `mkdocs serve` alike (serve calls on_post_build after every
rebuild, into its temporary site folder), so search works in both.
"""

from __future__ import annotations

import asyncio
import html
import os
import re
import subprocess
import sys
import time
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


def _quick_content(meta: dict, title: str) -> str:
    """The metadata of a page as one short text: what people search an archive by."""
    parts = [title]
    day = meta.get("date") or meta.get("published")
    if day:
        y, m, d = str(day)[:10].split("-")
        parts.append(f"{d}/{m}/{y}")
    for person in meta.get("participants") or []:
        if isinstance(person, dict) and person.get("name"):
            parts.append(", ".join([str(person["name"]), *map(str, person.get("roles") or [])]))
    for person in meta.get("mentioned") or []:
        if isinstance(person, dict) and person.get("name"):
            parts.append(str(person["name"]))
    meeting = meta.get("meeting") or {}
    if isinstance(meeting, dict):
        parts += [str(meeting[k]) for k in ("name", "kind", "organizer") if meeting.get(k)]
    parts += [f"Đại hội {roman}" for roman in meta.get("congress") or []]
    parts += [str(meta[k]) for k in ("source",) if meta.get(k)]
    return ". ".join(parts)


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
    _RECORDS.append(
        {
            "url": "/" + page.url,
            "content": _quick_content(page.meta, title),
            "language": "vi",
            "meta": record_meta,
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


def on_post_build(config, **kwargs) -> None:
    started = time.perf_counter()
    command = [sys.executable, "-m", "pagefind", "--site", config["site_dir"], "--silent"]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PluginError(f"Pagefind không chạy được: {exc}") from exc
    if result.returncode != 0:
        raise PluginError(
            "Pagefind không tạo được chỉ mục tìm kiếm (cài bằng: pip install 'pagefind[bin]'): "
            + (result.stderr or result.stdout).strip()[:500]
        )
    try:
        asyncio.run(_write_quick_index(Path(config["site_dir"]) / QUICK, list(_RECORDS)))
    except Exception as exc:  # the service reports problems as exceptions of its own
        raise PluginError(f"Pagefind không tạo được chỉ mục nhanh: {exc}") from exc
    if os.environ.get("SEARCH_INDEX_TIMINGS"):  # read by benchmarks/run.py
        print(f"search-index-seconds {time.perf_counter() - started:.2f}", file=sys.stderr)


async def _write_quick_index(folder: Path, records: list[dict]) -> None:
    from pagefind.index import IndexConfig, PagefindIndex

    async with PagefindIndex(IndexConfig(output_path=str(folder))) as index:
        for start in range(0, len(records), 256):
            batch = records[start : start + 256]
            await asyncio.gather(*(index.add_custom_record(**record) for record in batch))
