"""Write OutputPages into the docs folder all at once, never half-way.

The new docs folder is assembled in a temporary sibling folder: every hand-written file of
the current docs folder, every generated page whose content is unchanged (hard-linked, not
copied, so a run over 10,000 pages that changes one rewrites one file), and the new or
changed pages. Then the folders are swapped by renaming. A manifest of what was generated,
with content hashes, tells the next run which files it may replace; anything else is a
person's work and is kept as it is. A run interrupted between the two renames is repaired
by the next one.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

from .errors import GeneratorError
from .models import OutputPage

MANIFEST = ".generated.json"


def read_manifest(docs_dir: Path) -> dict[str, str]:
    """Generated path -> content hash, as the last run wrote them."""
    try:
        data = json.loads((docs_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    files = data.get("files") if isinstance(data, dict) else None
    if isinstance(files, dict):
        return {str(k): str(v) for k, v in files.items()}
    if isinstance(files, list):
        return dict.fromkeys(map(str, files), "")
    return {}


def hand_written(docs_dir: Path, manifest: dict[str, str]) -> list[str]:
    """Files in the docs folder that no earlier run generated."""
    if not docs_dir.is_dir():
        return []
    generated = set(manifest) | {MANIFEST}
    return sorted(
        rel
        for path in docs_dir.rglob("*")
        if path.is_file() and (rel := path.relative_to(docs_dir).as_posix()) not in generated
    )


def recover(docs_dir: Path) -> None:
    """Put back the previous docs folder if a run stopped between its two renames."""
    if docs_dir.exists():
        return
    leftovers = sorted(docs_dir.parent.glob(f".{docs_dir.name}.old-*"))
    if leftovers:
        os.rename(leftovers[-1], docs_dir)


def write_pages(pages: list[OutputPage], docs_dir: Path) -> list[str]:
    """Replace the generated part of ``docs_dir`` with ``pages``; returns the skipped paths.

    A page whose path is taken by a hand-written file is not written (the person's file wins).
    """
    docs_dir = docs_dir.resolve()
    recover(docs_dir)
    manifest = read_manifest(docs_dir)
    kept = hand_written(docs_dir, manifest)
    taken = set(kept)
    skipped = sorted(page.path for page in pages if page.path in taken)
    try:
        docs_dir.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{docs_dir.name}.tmp-", dir=docs_dir.parent))
    except OSError as exc:
        raise GeneratorError(f"{docs_dir}: không tạo được thư mục tạm: {exc.strerror}") from exc
    try:
        for rel in kept:
            _place(docs_dir / rel, staging / rel, link=True)
        written: dict[str, str] = {}
        for page in pages:
            if page.path in taken:
                continue
            written[page.path] = _stage(page, staging, docs_dir, manifest)
        (staging / MANIFEST).write_text(
            json.dumps({"files": dict(sorted(written.items()))}, ensure_ascii=False, indent=0)
            + "\n",
            encoding="utf-8",
        )
        _swap(staging, docs_dir)
    except BaseException as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(exc, OSError):
            raise GeneratorError(f"{docs_dir}: không ghi được trang: {exc}") from exc
        raise
    return skipped


def _stage(page: OutputPage, staging: Path, docs_dir: Path, manifest: dict[str, str]) -> str:
    """Put one page into the staging folder; an unchanged page is hard-linked from docs/."""
    target = staging / page.path
    target.parent.mkdir(parents=True, exist_ok=True)
    data = page.content.encode("utf-8")
    hashed = hashlib.sha256(data).hexdigest()[:20]
    old = docs_dir / page.path
    if manifest.get(page.path) == hashed and old.is_file() and old.stat().st_size == len(data):
        _place(old, target, link=True)
    else:
        target.write_bytes(data)
    return hashed


def _place(source: Path, target: Path, link: bool) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if link:
        try:
            os.link(source, target)
            return
        except OSError:
            pass  # another file system, or links not allowed: copy instead
    shutil.copy2(source, target)


def _swap(staging: Path, docs_dir: Path) -> None:
    """Put ``staging`` where ``docs_dir`` is; the old folder is removed afterwards."""
    if not docs_dir.exists():
        os.rename(staging, docs_dir)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{docs_dir.name}.old-", dir=docs_dir.parent))
    os.rmdir(old)
    os.rename(docs_dir, old)
    os.rename(staging, docs_dir)
    shutil.rmtree(old, ignore_errors=True)
