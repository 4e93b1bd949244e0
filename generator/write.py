"""Write OutputPages into the docs folder all at once, never half-way.

Generated pages are assembled in a temporary sibling folder together with every hand-written
file of the current docs folder, then swapped in by renaming. A manifest of what was
generated tells the next run which files it may replace; anything else is a person's work
and is kept as it is.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from .errors import GeneratorError
from .models import OutputPage

MANIFEST = ".generated.json"


def read_manifest(docs_dir: Path) -> set[str]:
    try:
        data = json.loads((docs_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    return {str(p) for p in data.get("files", [])} if isinstance(data, dict) else set()


def hand_written(docs_dir: Path) -> list[str]:
    """Files in the docs folder that no earlier run generated."""
    if not docs_dir.is_dir():
        return []
    generated = read_manifest(docs_dir) | {MANIFEST}
    return sorted(
        path.relative_to(docs_dir).as_posix()
        for path in docs_dir.rglob("*")
        if path.is_file() and path.relative_to(docs_dir).as_posix() not in generated
    )


def write_pages(pages: list[OutputPage], docs_dir: Path) -> list[str]:
    """Replace the generated part of ``docs_dir`` with ``pages``; returns the skipped paths.

    A page whose path is taken by a hand-written file is not written (the person's file wins).
    """
    docs_dir = docs_dir.resolve()
    kept = hand_written(docs_dir)
    taken = set(kept)
    skipped = sorted(page.path for page in pages if page.path in taken)
    parent = docs_dir.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{docs_dir.name}.tmp-", dir=parent))
    except OSError as exc:
        raise GeneratorError(f"{docs_dir}: không tạo được thư mục tạm: {exc.strerror}") from exc
    try:
        for rel in kept:
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(docs_dir / rel, target)
        written = []
        for page in pages:
            if page.path in taken:
                continue
            target = staging / page.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page.content, encoding="utf-8", newline="\n")
            written.append(page.path)
        manifest = {"files": sorted(written)}
        (staging / MANIFEST).write_text(
            json.dumps(manifest, ensure_ascii=False, indent=0) + "\n", encoding="utf-8"
        )
        _swap(staging, docs_dir)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise GeneratorError(f"{docs_dir}: không ghi được trang: {exc}") from exc
    return skipped


def _swap(staging: Path, docs_dir: Path) -> None:
    """Put ``staging`` where ``docs_dir`` is; the old folder is removed afterwards."""
    if docs_dir.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{docs_dir.name}.old-", dir=docs_dir.parent))
        os.rmdir(old)
        os.rename(docs_dir, old)
        os.rename(staging, docs_dir)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.rename(staging, docs_dir)
