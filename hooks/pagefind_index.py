"""MkDocs hook: mark what Pagefind indexes (with filters) and build its index after each build.

Runs under `mkdocs build` and `mkdocs serve` alike (serve calls on_post_build after every
rebuild, into its temporary site folder), so search works in both.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys

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


def on_post_page(output: str, page, config, **kwargs) -> str:
    src = page.file.src_uri
    if _LISTINGS.search(src) or _ARTICLE_OPEN not in output:
        return output
    attrs = [
        f'data-pagefind-filter="{html.escape(k)}:{html.escape(v)}"'
        for k, v in _filters(page.meta, src)
    ]
    kind = "bai-viet" if src.startswith("bai-viet/") else src.split("/")[0].removesuffix(".md")
    marks = "".join(f"<span {a}></span>" for a in attrs)
    marks += f'<span data-pagefind-meta="loai:{html.escape(kind)}"></span>'
    marks += f'<span data-pagefind-meta="title:{html.escape(str(page.title or ""))}"></span>'
    day = page.meta.get("date") or page.meta.get("published")
    if day:
        marks += f'<span data-pagefind-meta="ngay:{html.escape(str(day))}"></span>'
    output = output.replace(_ARTICLE_OPEN, _ARTICLE_OPEN[:-1] + " data-pagefind-body>" + marks, 1)
    # The evidence block repeats sentences of the body: keep it out of the index.
    return output.replace('<details class="quote">', '<details class="quote" data-pagefind-ignore>')


def on_post_build(config, **kwargs) -> None:
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
