"""Score the fields the team's scorer leaves out: title, meeting kind, ordinal, organizer, location, source.

Usage: score_fields.py GOLD.yaml DOCS_DIR [--files PREFIX...]

A field is scored on the gold entries that have its key (``meeting_ordinal: null`` is scored:
a number found there is a miss). Comparison is lenient where the gold's conventions say so:
text is folded (NFC, case, white space, "Ð" = "Đ", "uỷ" = "ủy", spaces around dashes); a
meeting kind listed in ``meeting_kind_alt`` is right, and no kind is right when the gold has
none; an organizer's term (", nhiệm kỳ 2020 - 2025") is ignored, since the gold writes it for
one provincial subcommittee and not for the others; a location is compared as a set of places.
Prints one line per field: accuracy, then the articles missed with what was found.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import yaml

FIELDS = ("title", "meeting_kind", "meeting_ordinal", "organizer", "location", "source")
_TERM = re.compile(r",?\s*nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}\s*$")


def fold(value: object) -> str:
    text = unicodedata.normalize("NFC", str(value)).casefold()
    text = text.replace("ð", "đ").replace("uỷ", "ủy")
    text = re.sub(r"\s*[-–]\s*", " - ", text)
    return " ".join(text.split())


def _listed(value: object) -> list[str]:
    if value in (None, ""):
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def _kind_ok(found: Any, gold: dict[str, Any]) -> bool:
    accepted = {
        fold(k) for k in _listed(gold.get("meeting_kind")) + _listed(gold.get("meeting_kind_alt"))
    }
    if gold.get("meeting_kind") is None and found in (None, ""):
        return True
    return found not in (None, "") and fold(found) in accepted


def _organizer_ok(found: Any, gold: dict[str, Any]) -> bool:
    want = gold.get("organizer")
    if want is None or found in (None, ""):
        return want is None and found in (None, "")
    return fold(_TERM.sub("", str(found))) == fold(_TERM.sub("", str(want)))


def _set_ok(key: str) -> Callable[[Any, dict[str, Any]], bool]:
    def ok(found: Any, gold: dict[str, Any]) -> bool:
        return {fold(v) for v in _listed(found)} == {fold(v) for v in _listed(gold.get(key))}

    return ok


def _same(key: str) -> Callable[[Any, dict[str, Any]], bool]:
    def ok(found: Any, gold: dict[str, Any]) -> bool:
        want = gold.get(key)
        if want is None or found in (None, ""):
            return want is None and found in (None, "")
        return fold(found) == fold(want)

    return ok


CHECKS: dict[str, Callable[[Any, dict[str, Any]], bool]] = {
    "title": _same("title"),
    "meeting_kind": _kind_ok,
    "meeting_ordinal": _same("meeting_ordinal"),
    "organizer": _organizer_ok,
    "location": _set_ok("location"),
    "source": _same("source"),
}


def found_value(field: str, page: dict[str, Any]) -> Any:
    """The value a page's front matter gives for a gold field."""
    meeting = page.get("meeting") if isinstance(page.get("meeting"), dict) else {}
    if field in ("title", "source"):
        return page.get(field)
    return meeting.get({"meeting_kind": "kind", "meeting_ordinal": "ordinal"}.get(field, field))


def front_matters(docs: Path) -> dict[str, dict[str, Any]]:
    """Front matter of every article page under ``docs``, by source file."""
    pages: dict[str, dict[str, Any]] = {}
    for path in sorted(docs.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        if not text.startswith("---"):
            continue
        data = yaml.safe_load(text.split("---", 2)[1])
        if isinstance(data, dict) and data.get("source_file"):
            pages[data["source_file"]] = data
    return pages


def score(gold: Iterable[dict[str, Any]], pages: dict[str, dict[str, Any]]) -> list[str]:
    """One report line per field: accuracy over the gold entries that have it, then misses."""
    lines = []
    entries = list(gold)
    for field in FIELDS:
        scored = [g for g in entries if field in g]
        if not scored:
            continue
        misses = []
        for g in scored:
            found = found_value(field, pages.get(g["file"]) or {})
            if not CHECKS[field](found, g):
                want = g.get(field)
                misses.append(f"{g['file'][:3]} {found!r} (cần {want!r})")
        right = len(scored) - len(misses)
        lines.append(f"{field}_accuracy={right / len(scored):.3f} ({right}/{len(scored)})")
        lines += [f"    sai: {miss}" for miss in misses]
    return lines


def load_gold(path: Path, prefixes: Iterable[str] = ()) -> list[dict[str, Any]]:
    """Gold entries, only those whose file name starts with one of ``prefixes`` when given."""
    wanted = tuple(prefixes)
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [g for g in entries if not wanted or str(g["file"]).startswith(wanted)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("docs", type=Path)
    parser.add_argument(
        "--files", nargs="*", default=(), help="score only files with these prefixes"
    )
    args = parser.parse_args()
    print("\n".join(score(load_gold(args.gold, args.files), front_matters(args.docs))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
