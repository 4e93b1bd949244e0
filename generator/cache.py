"""Extraction results cached by content, so unchanged articles are not cleaned or read again.

An entry is keyed by the article's file name and text and by a fingerprint of everything
extraction depends on: the generator's version, the source of the cleaning and extraction
code, the curated data/ files and the NER setting. Change any of them and every entry is
stale. Entries are plain JSON read back into typed records; a damaged entry is a miss.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from . import __version__
from .models import ArticleMeta, Block, BlockKind, Meeting, Mention, Participant, RawArticle

PACKAGE = Path(__file__).resolve().parent
# The code whose behaviour the cached results capture.
_RULES = ("clean.py", "text.py", "models.py", "ingest.py", "htmltext.py", "extract")


def fingerprint(data_dir: Path, use_ner: bool) -> str:
    digest = hashlib.sha256(f"{__version__}|ner={use_ner}".encode())
    files: list[Path] = []
    for name in _RULES:
        path = PACKAGE / name
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    files += sorted(data_dir.glob("*.yaml")) if data_dir.is_dir() else []
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _meta_to_json(meta: ArticleMeta) -> dict[str, Any]:
    data = asdict(meta)
    for key in ("date", "published"):
        data[key] = data[key].isoformat() if data[key] else None
    return data


def _meta_from_json(data: dict[str, Any]) -> ArticleMeta:
    def day(value: str | None) -> dt.date | None:
        return dt.date.fromisoformat(value) if value else None

    meeting = data["meeting"]
    return ArticleMeta(
        title=data["title"],
        date=day(data["date"]),
        date_inferred=data["date_inferred"],
        published=day(data["published"]),
        congress=tuple(data["congress"]),
        congress_mentioned=tuple(data["congress_mentioned"]),
        meeting=Meeting(**{**meeting, "location": tuple(meeting["location"])}),
        participants=tuple(
            Participant(
                p["name"], p["slug"], tuple(p["roles"]), tuple(p["acts"]), tuple(p["evidence"])
            )
            for p in data["participants"]
        ),
        mentioned=tuple(
            Mention(m["name"], m["slug"], tuple(m["evidence"])) for m in data["mentioned"]
        ),
        authors=tuple(data["authors"]),
        source=data["source"],
        section=data["section"],
        evidence=tuple((f, t) for f, t in data["evidence"]),
        warnings=tuple(data["warnings"]),
    )


class ExtractionCache:
    """Cleaned body and metadata per article, in ``root`` (one small JSON file each)."""

    def __init__(self, root: Path, fingerprint: str) -> None:
        self.root = root
        self.fingerprint = fingerprint

    def key(self, raw: RawArticle) -> str:
        text = f"{self.fingerprint}\0{raw.source_file}\0{raw.text}"
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, raw: RawArticle) -> tuple[tuple[Block, ...], ArticleMeta] | None:
        try:
            data = json.loads(self._path(self.key(raw)).read_text(encoding="utf-8"))
            blocks = tuple(Block(BlockKind(b["kind"]), b["text"]) for b in data["blocks"])
            return blocks, _meta_from_json(data["meta"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, raw: RawArticle, blocks: tuple[Block, ...], meta: ArticleMeta) -> None:
        path = self._path(self.key(raw))
        data = {
            "blocks": [{"kind": b.kind.value, "text": b.text} for b in blocks],
            "meta": _meta_to_json(meta),
        }
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False)
            os.replace(temporary, path)
        except OSError:
            pass  # a cache that cannot be written only costs time
