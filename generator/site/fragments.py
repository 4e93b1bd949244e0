"""The nav and the tabs of a page out of the nav, rendered once and reused.

Material renders the whole nav (the sidebar) and the tabs into every page: at 10,000
articles, 13,000 times the same few kilobytes, two fifths of each page's template time. For
a page that is not itself in the nav, what those two partials write depends on nothing of
the page but the addresses of the nav's pages as seen from it and which nav items are lit
(the navigation hook lights the listing a page belongs to): both are the key here, with the
base URL, and a partial rendered for a key is reused for every page with the same key.
Pages in the nav (their own item is marked, their table of contents shown in the nav) are
always rendered in full. A test builds the same site with and without this reuse.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from jinja2 import Environment
from jinja2.runtime import Context
from mkdocs.structure.nav import Navigation
from mkdocs.utils import get_relative_url

PARTIALS = ("partials/nav.html", "partials/tabs.html")


def reuse_partials(env: Environment, nav: Navigation, names: tuple[str, ...] = PARTIALS) -> None:
    """Make each partial of ``names`` in ``env`` render once per key for pages out of the nav."""
    items = list(_items(nav.items))
    in_nav = {page.file.src_uri for page in nav.pages}
    for name in names:
        template = env.get_template(name)
        render = template.root_render_func
        if getattr(render, "reused", False):
            continue
        template.root_render_func = _Reused(render, name, items, in_nav)  # type: ignore[method-assign]


def _items(items: list[Any]) -> Iterator[Any]:
    for item in items:
        yield item
        yield from _items(getattr(item, "children", None) or [])


class _Reused:
    """A template's render function whose output, for pages out of the nav, is kept by key."""

    reused = True

    def __init__(
        self,
        render: Callable[[Context], Iterator[str]],
        name: str,
        items: list[Any],
        in_nav: set[str],
    ) -> None:
        self.render, self.name, self.items, self.in_nav = render, name, items, in_nav
        self.kept: dict[tuple[Any, ...], str] = {}

    def __call__(self, context: Context) -> Iterator[str]:
        page = context.get("page")
        if page is None or page.file.src_uri in self.in_nav:
            yield from self.render(context)
            return
        key = (
            context.get("base_url"),
            tuple(
                get_relative_url(item.url, page.url) if getattr(item, "url", None) else None
                for item in self.items
            ),
            tuple(bool(getattr(item, "active", False)) for item in self.items),
        )
        kept = self.kept.get(key)
        if kept is None:
            kept = self.kept[key] = "".join(self.render(context))
        yield kept
