"""Extraction results of every article in one snapshot, so a run does only what changed.

Per source file the snapshot keeps the file's size and modification time, a digest of its
text, its card (what the indexes use) and, apart, its cleaned body and full metadata. A
file whose size and modification time are those of the snapshot is not even read; a file
read again whose text is unchanged (touched, copied back) is not cleaned or extracted
again. Every run reads every entry, so entries are small (7 MB at 10,000 articles); bodies
and metadata (32 MB) are in files of their own, read only for the pages a run renders: a
run that renders one changed article page reads one of them. An entry whose content has
gone missing (files removed or damaged) makes the run start again with an empty snapshot.

A fingerprint of everything extraction depends on (the generator's version, the source of
the cleaning and extraction code, the curated data/ files, the NER setting) guards the
whole snapshot: change any of them and every entry is stale. A missing or damaged snapshot
is an empty one. The snapshot is kept in shards (see Shards): a run that changed one
article rewrites one small file. The snapshot is local working state, like a build folder:
it is pickled, so load only snapshots this program wrote (default folder .cache/generator).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple, overload

from . import __version__
from .models import ArticleCard, ArticleMeta, Block, PersonRef, SourceFile

PACKAGE = Path(__file__).resolve().parent
# The code whose behaviour the cached results capture.
_RULES = (
    "clean.py",
    "debris.py",
    "margins.py",
    "text.py",
    "models.py",
    "ingest.py",
    "htmltext.py",
    "extract",
)
SNAPSHOT = "snapshot"
_FORMAT = 9


def _digest_files(digest: hashlib._Hash, files: list[Path]) -> None:
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())


def fingerprint(data_dir: Path, use_ner: bool) -> str:
    """Digest of everything extraction results depend on, besides the article itself."""
    digest = hashlib.sha256(f"{__version__}|ner={use_ner}".encode())
    files: list[Path] = []
    for name in _RULES:
        path = PACKAGE / name
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    files += sorted(data_dir.glob("*.yaml")) if data_dir.is_dir() else []
    _digest_files(digest, files)
    return digest.hexdigest()


def code_fingerprint(data_dir: Path) -> str:
    """Digest of all the generator's code and curated data: what every generated page depends on."""
    digest = hashlib.sha256(__version__.encode())
    files = sorted(PACKAGE.rglob("*.py"))
    files += sorted(data_dir.glob("*.yaml")) if data_dir.is_dir() else []
    _digest_files(digest, files)
    return digest.hexdigest()[:24]


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


class Blocks(Sequence[Block]):
    """An article body kept in the snapshot's content files until something reads it."""

    __slots__ = ("_blocks", "_load")

    def __init__(self, load: Callable[[], bytes]) -> None:
        self._load = load
        self._blocks: tuple[Block, ...] | None = None

    def _items(self) -> tuple[Block, ...]:
        if self._blocks is None:
            self._blocks = pickle.loads(self._load())
        return self._blocks

    @overload
    def __getitem__(self, index: int) -> Block: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Block]: ...
    def __getitem__(self, index: int | slice) -> Block | Sequence[Block]:
        return self._items()[index]

    def __len__(self) -> int:
        return len(self._items())

    def __iter__(self) -> Iterator[Block]:
        return iter(self._items())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    __hash__ = None  # type: ignore[assignment]


class Extracted(NamedTuple):
    """What the snapshot knows of one source file (a tuple: ten thousand are loaded a run)."""

    size: int
    mtime_ns: int
    digest: str
    """Digest of the decoded text."""
    same_text: str
    """Digest of the text with whitespace runs collapsed: equal for duplicate articles."""
    card: PlainCard
    """The metadata's card (see ArticleCard) as plain tuples: every run reads all ten
    thousand, and pickle rebuilds plain tuples in C but named tuples through Python calls."""
    slug: str
    """The page slug the title gives, before clashes between articles are resolved."""
    warnings: tuple[str, ...] = ()

    def summary(self) -> ArticleCard:
        return card_of(self.card)


PlainCard = tuple[Any, ...]
_new = tuple.__new__


def plain_card(card: ArticleCard) -> PlainCard:
    return (
        *card[:7],
        tuple(map(tuple, card.participants)),
        tuple(map(tuple, card.mentioned)),
        card.doubts,
        card.date_partial,
    )


def card_of(plain: PlainCard) -> ArticleCard:
    """The ArticleCard of ``plain_card``'s tuple (tuple.__new__: no Python call per field)."""
    people, mentioned = plain[7], plain[8]
    return _new(  # type: ignore[no-any-return]
        ArticleCard,
        (
            *plain[:7],
            tuple([_new(PersonRef, p) for p in people]),
            tuple([_new(PersonRef, p) for p in mentioned]),
            plain[9],
            plain[10],
        ),
    )


Content = tuple[str, bytes, bytes]
"""The text digest, pickled body and pickled metadata of one article."""


def pack(
    source: SourceFile,
    digest: str,
    same_text: str,
    blocks: Sequence[Block],
    meta: ArticleMeta,
    slug: str,
) -> tuple[Extracted, Content]:
    card = plain_card(meta.card())
    entry = Extracted(source.size, source.mtime_ns, digest, same_text, card, slug, meta.warnings)
    return entry, (digest, pickle.dumps(tuple(blocks), 5), pickle.dumps(meta, 5))


class StaleCache(Exception):
    """An article's content is missing from the snapshot (its files damaged or removed)."""


class Snapshot:
    """Extraction results by source file name, loaded from and saved to ``root``."""

    def __init__(self, root: Path | None, fingerprint: str) -> None:
        self.fingerprint = fingerprint
        tag = f"{_FORMAT}|{fingerprint}"
        self.store = Shards(root / SNAPSHOT if root else None, tag)
        self.contents = LazyShards(root / CONTENT if root else None, tag)
        if root is not None:
            for legacy in ("snapshot.pickle", "pieces.pickle"):  # one-file caches of version 0.1
                (root / legacy).unlink(missing_ok=True)
        try:
            self.entries: dict[str, Extracted] = self.store.load()
        except Exception:  # damaged or from another version: start afresh
            self.entries = {}

    def unchanged(self, source: SourceFile) -> Extracted | None:
        """The entry of a file whose size and modification time have not changed."""
        entry = self.entries.get(source.name)
        if entry and entry.size == source.size and entry.mtime_ns == source.mtime_ns:
            return entry
        return None

    def same_text(self, source: SourceFile, digest: str) -> Extracted | None:
        """The entry of a file read again whose text turned out unchanged (restamped)."""
        entry = self.entries.get(source.name)
        if entry is None or entry.digest != digest:
            return None
        if (entry.size, entry.mtime_ns) != (source.size, source.mtime_ns):
            entry = entry._replace(size=source.size, mtime_ns=source.mtime_ns)
            self.put(source.name, entry)
        return entry

    def put(self, name: str, entry: Extracted, content: Content | None = None) -> None:
        self.entries[name] = entry
        if content is not None:
            self.contents.put(name, content)

    def keep_only(self, names: set[str]) -> None:
        """Forget files that are gone."""
        for name in [n for n in self.entries if n not in names]:
            del self.entries[name]
            self.contents.drop(name)

    def body(self, name: str, digest: str) -> Blocks:
        return Blocks(lambda: self._content(name, digest)[1])

    def metadata(self, name: str, digest: str) -> Callable[[], ArticleMeta]:
        def load() -> ArticleMeta:
            meta: ArticleMeta = pickle.loads(self._content(name, digest)[2])
            return meta

        return load

    def _content(self, name: str, digest: str) -> Content:
        content = self.contents.get(name)
        if content is None or content[0] != digest:
            raise StaleCache(name)
        return content

    def save(self) -> None:
        """Write what changed, the contents first (an entry is never saved without its
        content); a cache that cannot be written only costs time."""
        self.contents.save()
        self.store.save(self.entries)

    @staticmethod
    def discard(root: Path | None) -> None:
        """Remove the snapshot, so that the next run extracts every article again."""
        if root is not None:
            for folder in (root / SNAPSHOT, root / CONTENT):
                shutil.rmtree(folder, ignore_errors=True)


CONTENT = "content"
PIECES = "pieces"
PEOPLE = "people"


def load_pieces(root: Path | None, salt: str) -> Parts:
    """Rendered per-article pieces of the last run, by part of the downloads (see render.Memo),
    if rendered by this code."""
    return Parts(root / PIECES if root else None, salt)


def load_people(root: Path | None, salt: str) -> Shards:
    """What the last run derived of each person (see collect.Remembered), if by this code."""
    return Shards(root / PEOPLE if root else None, salt)


class Shards:
    """A dict kept in SHARD_COUNT pickle files, so that saving a few changed items rewrites a
    few small files rather than one file holding everything (tens of megabytes at 10,000
    articles). Every file carries a tag (format and fingerprint of what made the items);
    files with another tag, missing or damaged, count as empty. Each file is replaced in one
    rename, so an interrupted save leaves every file whole, old or new."""

    SHARD_COUNT = 32

    def __init__(self, folder: Path | None, tag: str) -> None:
        self.folder = folder
        self.tag = tag
        self.known: list[dict[str, Any]] = [{} for _ in range(self.SHARD_COUNT)]

    def load(self) -> dict[str, Any]:
        if self.folder is None:
            return {}
        merged: dict[str, Any] = {}
        for number in range(self.SHARD_COUNT):
            items = _read_items(self.folder / f"{number:02d}.pickle", self.tag)
            if items is not None:
                self.known[number] = items
                merged.update(items)
        return merged

    def save(self, items: dict[str, Any]) -> None:
        """Store exactly ``items``: rewrite the files whose share of them changed."""
        if self.folder is None:
            return
        shards: list[dict[str, Any]] = [{} for _ in range(self.SHARD_COUNT)]
        for key, value in items.items():
            shards[_shard_of(key)][key] = value
        for number, items_there in enumerate(shards):
            if items_there != self.known[number]:
                _write_items(self.folder / f"{number:02d}.pickle", self.tag, items_there)
                self.known[number] = items_there


class LazyShards:
    """Files like Shards', read one at a time, when an item of that file is asked for or
    changed: a run that renders two article pages reads two of the 32 content files."""

    def __init__(self, folder: Path | None, tag: str) -> None:
        self.folder = folder
        self.tag = tag
        self.known: list[dict[str, Any]] = [{} for _ in range(Shards.SHARD_COUNT)]
        self.loaded: set[int] = set()
        self.changed: set[int] = set()

    def _items(self, number: int) -> dict[str, Any]:
        if number not in self.loaded:
            self.loaded.add(number)
            if self.folder is not None:
                items = _read_items(self.folder / f"{number:02d}.pickle", self.tag)
                if items is not None:
                    self.known[number] = items
        return self.known[number]

    def get(self, key: str) -> Any:
        return self._items(_shard_of(key)).get(key)

    def put(self, key: str, value: Any) -> None:
        number = _shard_of(key)
        items = self._items(number)
        if items.get(key) != value:
            items[key] = value
            self.changed.add(number)

    def drop(self, key: str) -> None:
        number = _shard_of(key)
        items = self._items(number)
        if key in items:
            del items[key]
            self.changed.add(number)

    def save(self) -> None:
        """Write the files whose items changed."""
        if self.folder is None:
            return
        for number in sorted(self.changed):
            _write_items(self.folder / f"{number:02d}.pickle", self.tag, self.known[number])
        self.changed.clear()


class Parts:
    """A dict per named part (a year of the downloads), one pickle file each, read only when
    its part is asked for: a run that renders one year's files reads one year's pieces.
    Files carry a tag like Shards' files; one with another tag, missing or damaged, is empty."""

    def __init__(self, folder: Path | None, tag: str) -> None:
        self.folder = folder
        self.tag = tag

    def load(self, part: str) -> dict[str, Any]:
        if self.folder is None:
            return {}
        return _read_items(self.folder / f"{part}.pickle", self.tag) or {}

    def save(self, parts: dict[str, dict[str, Any]], keep: Iterable[str]) -> None:
        """Replace the files of ``parts``; remove those of parts not in ``keep``."""
        if self.folder is None:
            return
        for part, items in sorted(parts.items()):
            _write_items(self.folder / f"{part}.pickle", self.tag, items)
        wanted = {f"{part}.pickle" for part in keep}
        try:
            stale = [p for p in self.folder.glob("*.pickle") if p.name not in wanted]
        except OSError:
            return
        for path in stale:  # parts gone, and the 32 hash shards of version 0.1's pieces
            path.unlink(missing_ok=True)


def _shard_of(key: str) -> int:
    return zlib.crc32(key.encode("utf-8")) % Shards.SHARD_COUNT


_KEPT: dict[Path, tuple[tuple[int, int, int], str, dict[str, Any]]] = {}
"""The files this process read or wrote, with their stamp, tag and items: a process that runs
the generator again and again (the MkDocs plugin under `mkdocs serve`) keeps its caches loaded
rather than reading them at every run. A file changed since (its size, modification time or
inode differ: another process wrote it) is read again."""


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns, stat.st_ino


def _read_items(path: Path, tag: str) -> dict[str, Any] | None:
    """The items of a file ``_write_items`` wrote with ``tag``; None when it is missing,
    damaged or written with another tag (by other code or data). A new dict each time: the
    caller may change it."""
    stamp = _stamp(path)
    kept = _KEPT.get(path)
    if stamp is not None and kept is not None and kept[0] == stamp:
        return dict(kept[2]) if kept[1] == tag else None
    data = _read_pickle(path)
    if isinstance(data, dict) and data.get("tag") == tag and isinstance(data.get("items"), dict):
        items: dict[str, Any] = data["items"]
        _keep(path, stamp, tag, items)
        return dict(items)
    return None


def _write_items(path: Path, tag: str, items: dict[str, Any]) -> None:
    ordered = dict(sorted(items.items()))  # same items, same file
    if _write_pickle(path, {"tag": tag, "items": ordered}):
        _keep(path, _stamp(path), tag, ordered)


def _keep(path: Path, stamp: tuple[int, int, int] | None, tag: str, items: dict) -> None:
    if stamp is None:
        _KEPT.pop(path, None)
    else:
        _KEPT[path] = (stamp, tag, items)


def _read_pickle(path: Path) -> Any:
    """What ``_write_pickle`` wrote there, or None when it is missing or unreadable."""
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except Exception:
        return None


def _write_pickle(path: Path, data: object) -> bool:
    """Replace ``path`` in one rename; a cache that cannot be written only costs time.
    Whether it was written."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(data, out, protocol=5)
        os.replace(temporary, path)
    except OSError:
        if temporary:
            Path(temporary).unlink(missing_ok=True)
        return False
    return True
