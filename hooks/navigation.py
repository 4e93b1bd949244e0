"""MkDocs hook: generated pages show where the reader is, and the nav leads to no empty page.

The generated pages (an article, a person, a congress, an organizer…, thousands of them) are
not in the nav: listing them there would put every one of them into every page. A page not
in the nav has no active tab and an empty section sidebar in Material. This hook marks, while
such a page is rendered, the nav page of its listing as active ("bai-viet/x.md" -> the
"Bài viết" listing, "nguoi/x.md" -> "Nhân vật"…), so its tab is lit and the sidebar shows
its section. The congresses, a handful, are added to their section of the nav.

A listing the generator wrote with nothing in it (front matter ``empty: true``, such as the
events page of an archive where no meeting had several reports) is taken out of the nav.
"""

from __future__ import annotations

import re

from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

LISTINGS = {
    "bai-viet": "bai-viet/index.md",
    "dai-hoi": "dai-hoi/index.md",
    "nguoi": "nguoi/index.md",
    "thoi-gian": "thoi-gian/index.md",
    "su-kien": "su-kien/index.md",
    "to-chuc": "to-chuc/index.md",
    "loai-hop": "loai-hop/index.md",
    "can-ra-soat": "can-ra-soat/index.md",
    "du-lieu": "du-lieu/index.md",
}
"""The first folder of a generated page -> the nav page of its listing."""
_CONGRESS = re.compile(r"^dai-hoi/([a-z]+)\.md$")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
_EMPTY = re.compile(r"^empty: true$", re.MULTILINE)

_listing: dict[str, Page] = {}
_lit: list[Page] = []


def _number(roman: str) -> int:
    values = [_ROMAN.get(c, 0) for c in roman]
    return sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))


def _is_empty(page: Page) -> bool:
    text = page.file.content_string
    if not text.startswith("---"):
        return False
    front = text[3 : text.find("\n---", 3)]
    return bool(_EMPTY.search(front))


def _prune(items: list) -> list:
    """The nav items less the empty listings (and sections left with nothing)."""
    kept = []
    for item in items:
        if isinstance(item, Section):
            item.children = _prune(item.children)
            if not item.children:
                continue
        elif isinstance(item, Page) and item.file.src_uri in LISTINGS.values() and _is_empty(item):
            continue
        kept.append(item)
    return kept


def on_nav(nav: Navigation, config, files) -> Navigation:
    nav.items = _prune(nav.items)
    pages = {page.file.src_uri: page for page in nav.pages}
    _listing.clear()
    _listing.update({folder: pages[src] for folder, src in LISTINGS.items() if src in pages})
    home = _listing.get("dai-hoi")
    if home is not None and isinstance(home.parent, Section):
        congresses = [
            file.page
            for file in files.documentation_pages()
            if _CONGRESS.match(file.src_uri) and file.src_uri != "dai-hoi/index.md" and file.page
        ]
        congresses.sort(key=lambda page: -_number(_CONGRESS.match(page.file.src_uri)[1]))
        for page in congresses:
            page.parent = home.parent
        home.parent.children += congresses
        nav.pages += congresses
    return nav


def on_page_context(context, page: Page, config, nav: Navigation):
    """While a generated page outside the nav is rendered, its listing is the active page."""
    if page.parent is None and page not in nav.pages:
        listing = _listing.get(page.file.src_uri.split("/", 1)[0])
        if listing is not None:
            listing.active = True
            _lit.append(listing)
    return context


def on_post_page(output: str, page: Page, config) -> str:
    while _lit:
        _lit.pop().active = False
    return output
