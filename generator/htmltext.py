"""Text of a news page saved as HTML: the article's blocks, without scripts, menus or forms."""

from __future__ import annotations

from html.parser import HTMLParser

# Elements whose content is never article text.
_SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "iframe",
        "svg",
        "canvas",
        "head",
        "menu",
    }
)
# Elements that end a line of text.
_BLOCK = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "figcaption",
        "blockquote",
        "tr",
        "section",
        "article",
        "main",
        "td",
        "dd",
        "dt",
        "pre",
        "figure",
        "time",
        "title",
    }
)
_VOID = frozenset(
    {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col"}
)


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.article_depth = 0
        self.saw_article = False
        self.lines: list[list[str]] = [[]]
        self.article_lines: list[list[str]] = [[]]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP and tag not in _VOID:
            self.skip_depth += 1
        elif tag == "article":
            self.article_depth += 1
            self.saw_article = True
        if tag in _BLOCK:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and tag not in _VOID and self.skip_depth:
            self.skip_depth -= 1
        elif tag == "article" and self.article_depth:
            self.article_depth -= 1
        if tag in _BLOCK:
            self._break()

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        self.lines[-1].append(data)
        if self.article_depth:
            self.article_lines[-1].append(data)

    def _break(self) -> None:
        self.lines.append([])
        self.article_lines.append([])

    def text(self) -> str:
        chosen = self.article_lines if self.saw_article else self.lines
        out = (" ".join("".join(parts).split()) for parts in chosen)
        return "\n".join(line for line in out if line)


def html_to_text(markup: str) -> str:
    """One line per block of the page's ``<article>`` (or whole body), scripts and menus dropped."""
    parser = _Extractor()
    parser.feed(markup)
    parser.close()
    return parser.text()
