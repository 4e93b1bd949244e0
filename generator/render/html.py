"""Ready HTML for what the pages list: the blocks Python-Markdown passes through unparsed.

A generated page is Markdown whose headings stay Markdown (MkDocs makes them the title, the
table of contents and their permalinks) and whose metadata boxes, paragraphs, long lists,
tables and evidence are HTML blocks, written here exactly as Python-Markdown would have
written them from the Markdown they replace: the site shows the same bytes, and a raw block
costs no inline parsing (two thirds of the time MkDocs spent on an article page).

Text is data, never markup: every piece of it goes through ``text``, which escapes &, < and
>, so nothing an article says can open a tag. Links are written with the address MkDocs would
have given them (``href``), since MkDocs does not rewrite links inside raw HTML.
"""

from __future__ import annotations

import html
import posixpath
from collections.abc import Iterable
from functools import lru_cache


@lru_cache(maxsize=1 << 16)
def text(value: str) -> str:
    """Literal text in HTML: white space collapsed, &, < and > escaped."""
    return html.escape(" ".join(value.split()), quote=False)


def page_url(path: str, directory_urls: bool = True) -> str:
    """The address MkDocs gives the page of ``path`` (relative to docs/), relative to the
    site's root: "bai-viet/x.md" -> "bai-viet/x/", "dai-hoi/index.md" -> "dai-hoi/",
    "index.md" -> "./" (with directory URLs; "bai-viet/x.html" without). Other files keep
    their path."""
    if not path.endswith(".md"):
        return path
    folder, _, name = path[:-3].rpartition("/")
    if not directory_urls:
        return f"{folder}/{name}.html" if folder else f"{name}.html"
    if name in ("index", "README"):
        return f"{folder}/" if folder else "./"
    return f"{folder}/{name}/" if folder else f"{name}/"


def href(target: str, here: str, directory_urls: bool = True) -> str:
    """The link from the page of ``here`` to ``target`` (both relative to docs/), as MkDocs
    writes it for a Markdown link between them; ``target`` may end with "#anchor"."""
    target, hash_, anchor = target.partition("#")
    return _relative(page_url(target, directory_urls), page_url(here, directory_urls)) + (
        hash_ + anchor
    )


@lru_cache(maxsize=1 << 14)
def _relative(url: str, other: str) -> str:
    """mkdocs.utils.get_relative_url: ``url`` seen from ``other``."""
    if other != ".":
        head, tail = posixpath.split(other)
        other = head if "." in tail else other
    relative = posixpath.relpath(url, other)
    return relative + "/" if url.endswith("/") else relative


def a(label: str, target: str, here: str, directory_urls: bool = True) -> str:
    """A link to the page of ``target`` with ``label`` as its literal text."""
    return f'<a href="{html.escape(href(target, here, directory_urls))}">{text(label)}</a>'


def ul(items: Iterable[str]) -> str:
    """A list of ready HTML items, as Python-Markdown writes a Markdown list."""
    return "<ul>\n" + "".join(f"<li>{item}</li>\n" for item in items) + "</ul>"


def p(inner: str) -> str:
    return f"<p>{inner}</p>"


def strong(inner: str) -> str:
    return f"<strong>{inner}</strong>"


def admonition(kind: str, title: str, *blocks: str) -> str:
    """Material's admonition (``!!! kind "title"``) holding ready HTML blocks."""
    inner = "".join(f"{block}\n" for block in blocks)
    return f'<div class="admonition {kind}">\n<p class="admonition-title">{text(title)}</p>\n{inner}</div>'


def details(kind: str, summary: str, *blocks: str) -> str:
    """A collapsed block (``??? kind "summary"``) holding ready HTML blocks."""
    inner = "".join(f"{block}\n" for block in blocks)
    return f'<details class="{kind}">\n<summary>{text(summary)}</summary>\n{inner}</details>'


def table(header: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    """A table of ready HTML cells, as the tables extension writes a Markdown table."""
    head = "".join(f"<th>{cell}</th>\n" for cell in header)
    body = "".join(
        "<tr>\n" + "".join(f"<td>{cell}</td>\n" for cell in row) + "</tr>\n" for row in rows
    )
    return f"<table>\n<thead>\n<tr>\n{head}</tr>\n</thead>\n<tbody>\n{body}</tbody>\n</table>"
