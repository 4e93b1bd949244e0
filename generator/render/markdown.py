"""Article text as literal Markdown: nothing in a crawled page may become markup."""

from __future__ import annotations

import html
import re
from functools import lru_cache

# Inline punctuation Python-Markdown (with the tables extension) lets a backslash escape.
# Only these: a backslash before any other character would be shown as is.
_INLINE = re.compile(r"([\\`*_{}\[\]!|])")
# What makes a line a heading, quote, list item or rule when it starts a block.
_BLOCK_START = re.compile(r"^([#+-]|\d+(?=[.)]))")


@lru_cache(maxsize=1 << 16)
def escape(text: str) -> str:
    """Literal text: HTML entities for <, >, &; backslashes before Markdown punctuation."""
    text = html.escape(" ".join(text.split()), quote=False)
    text = _INLINE.sub(r"\\\1", text)
    match = _BLOCK_START.match(text)
    if match:
        token = match.group(1)
        text = token + "\\" + text[len(token) :] if token.isdigit() else "\\" + text
    return text


def link(label: str, target: str, here: str) -> str:
    """A Markdown link from page ``here`` to page ``target`` (both relative to docs/)."""
    return f"[{escape(label)}]({relative(target, here)})"


def relative(target: str, here: str) -> str:
    """Path of ``target`` relative to the folder of ``here`` (both POSIX, relative to docs/)."""
    folder, _, name = target.rpartition("/")
    return _route(folder, here.rpartition("/")[0]) + name


@lru_cache(maxsize=1 << 12)
def _route(folder: str, here_folder: str) -> str:
    """From folder ``here_folder`` to folder ``folder``: "", "../", "../nguoi/", "nguoi/"…"""
    base = here_folder.split("/") if here_folder else []
    parts = folder.split("/") if folder else []
    common = 0
    while common < len(base) and common < len(parts) and base[common] == parts[common]:
        common += 1
    return "".join(f"{step}/" for step in [".."] * (len(base) - common) + parts[common:])
