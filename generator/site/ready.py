"""A Markdown extension: the ready HTML blocks of generated pages stashed without parsing.

The generator writes its pages' boxes, paragraphs, lists and tables as raw HTML blocks
(render.html). Python-Markdown passes such a block through, but only after two HTML parsers
have read it: MkDocs' own (looking for anchors) and the raw-HTML block preprocessor (finding
where the block ends). On a generated page that is most of the conversion's time. On the
pages this extension is told are generated, it stashes each such block as the raw-HTML
preprocessor would (the same text in the same stash, the same placeholder), before either
parser runs, so the page converts to the same HTML (a test compares them page by page).

What counts as a block: after a blank line (or at the start), a run of lines with no blank
line in it that opens with one of the tags the generator writes (BLOCK_TAGS) at the start of
its first line and closes that tag at the end of its last; never inside a fenced code block,
never one whose opening tag asks for Markdown inside it (md_in_html's ``markdown``).
The generator's blocks hold no id attribute, so MkDocs misses no anchor.
"""

from __future__ import annotations

import re

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

BLOCK_TAGS = ("p", "ul", "div", "details", "table", "figure")
_OPENING = re.compile(r"<(" + "|".join(BLOCK_TAGS) + r")[ >]")
_FENCE = re.compile(r"^(`{3,}|~{3,})")


class ReadyBlocks(Extension):
    """Stash ready HTML blocks while ``active`` (set by the plugin for generated pages)."""

    def __init__(self) -> None:
        super().__init__()
        self.active = False

    def extendMarkdown(self, md: Markdown) -> None:
        # After whitespace is normalised (30), before fenced code (25), MkDocs' anchor
        # scan (21) and the raw-HTML block preprocessor (20).
        md.preprocessors.register(_Stash(md, self), "kho_tin_ready_blocks", 26)


class _Stash(Preprocessor):
    def __init__(self, md: Markdown, extension: ReadyBlocks) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, lines: list[str]) -> list[str]:
        if not self.extension.active:
            return lines
        return stash_blocks(lines, self.md.htmlStash.store)


def stash_blocks(lines: list[str], store) -> list[str]:  # type: ignore[no-untyped-def]
    """``lines`` with each ready block replaced by the placeholder ``store`` gives it."""
    out: list[str] = []
    fence = ""
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if fence:
            fence = "" if line.startswith(fence) and not line[len(fence) :].strip() else fence
            out.append(line)
            i += 1
            continue
        found = _FENCE.match(line)
        if found:
            fence = found.group(1)
            out.append(line)
            i += 1
            continue
        opening = _OPENING.match(line) if (not out or not out[-1].strip()) else None
        if opening is None or "markdown" in line[: line.find(">")]:  # md_in_html's to parse
            out.append(line)
            i += 1
            continue
        end = i
        while end + 1 < n and lines[end + 1].strip():
            end += 1
        if not lines[end].endswith(f"</{opening.group(1)}>"):
            out.append(line)
            i += 1
            continue
        block = "\n".join(lines[i : end + 1])
        # The raw-HTML preprocessor keeps the newline of a block a blank line follows.
        followed = end + 2 < n and not lines[end + 1].strip()
        out.append(store(block + "\n" if followed else block))
        i = end + 1
    return out
