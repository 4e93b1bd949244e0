"""Write the generated pages into the docs folder: only what changed, never half-way.

A page whose key (see render) is the one the last run recorded is not even rendered; a
rendered page whose content is unchanged is not written. Everything that does change (new
and changed pages, the manifest) is first written to a temporary sibling folder, then a
journal listing the moves and removals is put there in one rename: that is the commit
point. Only then are the files moved into place and stale pages removed. A run that stops
before the commit leaves the docs folder untouched (the temporary folder is discarded by
the next run); a run that stops after it is finished by the next run, before anything
else. The manifest records what was generated, with content hashes and keys, so anything
else in the docs folder is a person's work: it is never overwritten or deleted.

A file too big to render whole at every change (a FilePlan: the SQLite database) is updated
instead, in a staged file moved in the same way: the file the run before last wrote, which
the last run set aside in a sibling folder (``.docs.spare/``) when it replaced it, so that
neither the file in docs/ is changed in place nor the whole file copied (see _update_file).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import GeneratorError
from .models import FilePlan, PagePlan

MANIFEST = ".generated.json"
JOURNAL = "JOURNAL.json"


@dataclass
class WriteOutcome:
    skipped: list[str] = field(default_factory=list)
    """Generated paths not written because a hand-written file is there."""
    rendered: int = 0
    written: int = 0
    updating: float = 0.0
    """Seconds spent bringing files updated in place (FilePlan) up to date."""


def _load(docs_dir: Path) -> dict[str, object]:
    try:
        data = json.loads((docs_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _parse(data: dict[str, object]) -> tuple[dict[str, str], dict[str, str]]:
    """(path -> content hash, path -> page key) of a loaded manifest."""
    files, keys = data.get("files"), data.get("keys")
    if isinstance(files, list):
        files = dict.fromkeys(map(str, files), "")
    if not isinstance(files, dict):
        return {}, {}
    keys = keys if isinstance(keys, dict) else {}
    return {str(k): str(v) for k, v in files.items()}, {str(k): str(v) for k, v in keys.items()}


def read_manifest(docs_dir: Path) -> dict[str, str]:
    """Generated path -> content hash, as the last run wrote them."""
    return _parse(_load(docs_dir))[0]


def last_run(docs_dir: Path, run: str) -> tuple[int, list[str]] | None:
    """(pages, skipped paths) of the run that wrote docs/ if it had the key ``run`` and its
    files are all still there; None when this run has something to do."""
    data = _load(docs_dir.resolve())
    files = data.get("files")
    skipped = data.get("skipped", [])
    if data.get("run") != run or not isinstance(files, dict) or not isinstance(skipped, list):
        return None
    if not all((docs_dir / path).is_file() for path in files):
        return None
    return len(files), [str(path) for path in skipped]


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
    """Finish or discard what an earlier run left half-done next to the docs folder."""
    parent = docs_dir.parent
    if not docs_dir.exists():  # stopped between the two renames of an older version
        leftovers = sorted(parent.glob(f".{docs_dir.name}.old-*"))
        if leftovers:
            os.rename(leftovers[-1], docs_dir)
    for pending in sorted(parent.glob(f".{docs_dir.name}.pending-*")):
        if (pending / JOURNAL).is_file():
            _apply(pending, docs_dir)
        else:
            shutil.rmtree(pending, ignore_errors=True)
    for stale in parent.glob(f".{docs_dir.name}.tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)


def write_pages(
    plans: Iterable[PagePlan | FilePlan], docs_dir: Path, run: str | None = None
) -> WriteOutcome:
    """Bring the generated part of ``docs_dir`` up to ``plans``; ``run`` (a digest of all the
    inputs, see build) is recorded so that a run with the same inputs can skip everything.

    A page whose path is taken by a hand-written file is not written (the person's file wins).
    """
    docs_dir = docs_dir.resolve()
    try:
        recover(docs_dir)
        docs_dir.mkdir(parents=True, exist_ok=True)
        pending = Path(tempfile.mkdtemp(prefix=f".{docs_dir.name}.pending-", dir=docs_dir.parent))
    except OSError as exc:
        raise GeneratorError(f"{docs_dir}: không chuẩn bị được thư mục đầu ra: {exc}") from exc
    try:
        outcome = _prepare(plans, docs_dir, pending, run)
    except BaseException as exc:
        shutil.rmtree(pending, ignore_errors=True)
        if isinstance(exc, OSError):
            raise GeneratorError(f"{docs_dir}: không ghi được trang: {exc}") from exc
        raise
    try:
        _apply(pending, docs_dir)
    except OSError as exc:
        raise GeneratorError(
            f"{docs_dir}: dừng giữa chừng khi chuyển trang vào chỗ ({exc}); "
            "lần chạy sau sẽ hoàn tất việc này trước tiên"
        ) from exc
    return outcome


def _prepare(
    plans: Iterable[PagePlan | FilePlan], docs_dir: Path, pending: Path, run: str | None
) -> WriteOutcome:
    """Render what changed into ``pending`` and commit the journal of moves and removals."""
    previous = _load(docs_dir)
    files, keys = _parse(previous)
    outcome = WriteOutcome()
    new_files: dict[str, str] = {}
    new_keys: dict[str, str] = {}
    moves: dict[str, str] = {}
    stamps: dict[str, str] = {}
    root = str(docs_dir)
    present, taken = _existing(root)
    for plan in plans:
        if plan.path in taken:
            exists, occupied = plan.path in present, True
        else:  # not seen by the walk: missing, or behind a symlinked folder it does not enter
            target = os.path.join(root, plan.path)
            exists = os.path.isfile(target)
            occupied = exists or os.path.lexists(target)
        if plan.path not in files and occupied:
            outcome.skipped.append(plan.path)
            continue
        if isinstance(plan, FilePlan):
            new_keys[plan.path] = new_files[plan.path] = plan.key
            started = time.perf_counter()
            staged = _update_file(plan, exists, keys, docs_dir, pending, len(moves))
            outcome.updating += time.perf_counter() - started
            if staged is not None:
                outcome.rendered += 1
                moves[plan.path] = staged
                stamps[plan.path] = _file_stamp(pending / staged)
            continue
        if plan.key is not None:
            new_keys[plan.path] = plan.key
            if exists and keys.get(plan.path) == plan.key:
                new_files[plan.path] = files[plan.path]
                continue
        content = plan.render()
        data = content.encode("utf-8") if isinstance(content, str) else content
        outcome.rendered += 1
        hashed = hashlib.sha256(data).hexdigest()[:20]
        new_files[plan.path] = hashed
        target = os.path.join(root, plan.path)
        if exists and files.get(plan.path) == hashed and os.path.getsize(target) == len(data):
            continue
        moves[plan.path] = _stage(data, pending, len(moves))
    outcome.written = len(moves)
    removed = sorted(path for path in files if path not in new_files)
    manifest = {
        "run": run,
        "skipped": outcome.skipped,
        "files": dict(sorted(new_files.items())),
        "keys": dict(sorted(new_keys.items())),
    }
    if not moves and not removed and all(previous.get(k) == v for k, v in manifest.items()):
        return outcome  # nothing to do: the manifest stays as it is
    # One line: with indent= the json module falls back to its slow pure-Python encoder.
    moves[MANIFEST] = _stage(
        (json.dumps(manifest, ensure_ascii=False) + "\n").encode("utf-8"), pending, -1
    )
    journal = pending / "journal.tmp"
    journal.write_text(
        json.dumps({"moves": moves, "removed": removed, "stamps": stamps}, ensure_ascii=False),
        encoding="utf-8",
    )
    os.replace(journal, pending / JOURNAL)  # the commit point
    return outcome


def _existing(root: str) -> tuple[set[str], set[str]]:
    """(files, every entry) under ``root`` as POSIX paths relative to it. One walk of the
    folder: asking for each of ten thousand pages in turn took three times as long. Symlinked
    folders are not entered (no loops); paths behind them are asked about one by one."""
    files: set[str] = set()
    taken: set[str] = set()
    folders = [""]
    while folders:
        folder = folders.pop()
        try:
            entries = os.scandir(os.path.join(root, folder) if folder else root)
        except OSError:
            continue
        with entries:
            for entry in entries:
                rel = f"{folder}/{entry.name}" if folder else entry.name
                taken.add(rel)
                if entry.is_dir(follow_symlinks=False):
                    folders.append(rel)
                elif _entry_is_file(entry):
                    files.add(rel)
    return files, taken


def _entry_is_file(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file()  # follows a symlink: a looping or unreadable one is no file
    except OSError:
        return False


def _update_file(
    plan: FilePlan, exists: bool, keys: dict[str, str], docs_dir: Path, pending: Path, number: int
) -> str | None:
    """The staged name of a file updated rather than rendered, or None when it is unchanged.

    Such a file (the SQLite database) is staged and moved in like a rendered page, so the one
    in the docs folder is replaced in one rename, never changed in place. Its manifest entry
    is its key, not a hash of its content (tens of megabytes); that the file in docs/ is
    still the one the writer put there is told by its size and modification time, recorded
    beside the spare (outside docs/: the manifest stays the same for the same input). What
    is staged and updated: the spare (the file the run before last wrote, set aside when the
    last run replaced it: nothing to copy), else a copy of the file in docs/ if it is the
    writer's, else nothing (the file is written afresh)."""
    target = docs_dir / plan.path
    trusted = exists and _trusted(docs_dir, plan.path)
    if trusted and keys.get(plan.path) == plan.key:
        return None
    staged = pending / f"{number:06d}"
    spare = _spare(docs_dir, plan.path)
    if spare.is_file() and not (exists and os.path.samefile(spare, target)):
        os.replace(spare, staged)
    elif trusted:
        shutil.copyfile(target, staged)
    plan.update(staged)
    return staged.name


def _spare(docs_dir: Path, path: str) -> Path:
    """Where the file at ``path`` is set aside when a run replaces it (see _update_file)."""
    return docs_dir.parent / f".{docs_dir.name}.spare" / path


def _stamp_file(docs_dir: Path, path: str) -> Path:
    spare = _spare(docs_dir, path)
    return spare.with_name(spare.name + ".stamp")


def _file_stamp(path: Path) -> str:
    stat = path.stat()
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def _trusted(docs_dir: Path, path: str) -> bool:
    """Whether the file at ``path`` in docs/ is the one the writer moved there."""
    try:
        recorded = _stamp_file(docs_dir, path).read_text(encoding="utf-8")
        return recorded == _file_stamp(docs_dir / path)
    except OSError:
        return False


def _replace_updated(source: Path, docs_dir: Path, path: str, stamp: str) -> None:
    """Move an updated file into place; the one it replaces, if the writer's own, is kept
    as the spare: a second name made before the replacing rename, so the docs folder never
    lacks the file. A spare is only ever the writer's file."""
    target, spare = docs_dir / path, _spare(docs_dir, path)
    if target.is_file() and _trusted(docs_dir, path):
        spare.parent.mkdir(parents=True, exist_ok=True)
        linked = spare.with_name(spare.name + ".tmp")
        linked.unlink(missing_ok=True)
        try:
            os.link(target, linked)
            os.replace(linked, spare)
        except OSError:  # no hard links here: the next run copies the file instead
            pass
    os.replace(source, target)
    _stamp_file(docs_dir, path).parent.mkdir(parents=True, exist_ok=True)
    _stamp_file(docs_dir, path).write_text(stamp, encoding="utf-8")


def _stage(data: bytes, pending: Path, number: int) -> str:
    name = f"{number:06d}" if number >= 0 else "manifest"
    (pending / name).write_bytes(data)
    return name


def _apply(pending: Path, docs_dir: Path) -> None:
    """Carry out a committed journal; safe to repeat after an interruption."""
    journal_path = pending / JOURNAL
    if not journal_path.is_file():
        shutil.rmtree(pending, ignore_errors=True)
        return
    journal = json.loads(journal_path.read_text(encoding="utf-8"))
    moves: dict[str, str] = journal["moves"]
    stamps: dict[str, str] = journal.get("stamps", {})
    for path, name in moves.items():
        source = pending / name
        if source.exists():
            target = docs_dir / path
            target.parent.mkdir(parents=True, exist_ok=True)
            if path in stamps:
                _replace_updated(source, docs_dir, path, stamps[path])
            else:
                os.replace(source, target)
    for path in journal["removed"]:
        target = docs_dir / path
        target.unlink(missing_ok=True)
        _spare(docs_dir, path).unlink(missing_ok=True)
        _stamp_file(docs_dir, path).unlink(missing_ok=True)
        folder = target.parent
        while folder != docs_dir and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent
    shutil.rmtree(pending, ignore_errors=True)
