"""What rebuilds the site under `mkdocs serve`: changes to seeds/, data/ and to the hand-written
pages of docs/, and not the pages the generator writes there.

MkDocs' server watches folders by polling them (twice a second it looks at every file: at
10,000 articles, 0.1 s for seeds/ and 0.13 s for docs/ each time, a third of a core, in
threads that slow the build they share the interpreter with) and rebuilds on any change in
them: the generator's own writes into docs/ would cause a second build after each one. So
the plugin takes docs/ from the server's watch and watches seeds/, data/ and docs/ itself,
with the platform's change notifications (inotify on Linux; polling where they cannot be
had), and asks the server for a rebuild through a folder of its own (Rebuild) that the
server watches: a folder of one file costs its polling nothing.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from watchdog.events import FileModifiedEvent, FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver, ObservedWatch
from watchdog.observers.polling import PollingObserver

from .ingest import ARTICLE_SUFFIXES


class Rebuild:
    """A folder the server watches, to ask it for a rebuild.

    Once ``attach``ed to the server's observer, ``ask`` hands it a change of the file in that
    folder directly (through the observer's event queue, to the watch of that folder: what
    its polling would have found within half a second); where that watch cannot be found,
    ``ask`` changes the file, and the server's next look finds it."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="kho-tin-"))
        self.folder = self.root / "watched"
        self.folder.mkdir()
        self.file = self.folder / "thay-doi"
        self.count = 0
        self.lock = threading.Lock()
        self.observer: BaseObserver | None = None
        self.watch: ObservedWatch | None = None

    def attach(self, observer: BaseObserver) -> None:
        """The server's observer, once it watches ``folder``."""
        folder = os.path.abspath(self.folder)
        watches = [e.watch for e in observer.emitters if e.watch.path == folder]
        self.observer, self.watch = observer, (watches[0] if watches else None)

    def ask(self) -> None:
        if self.observer is not None and self.watch is not None:
            self.observer.event_queue.put((FileModifiedEvent(str(self.file)), self.watch))
            return
        with self.lock:
            self.count += 1
            staged = self.root / "next"
            staged.write_text(str(self.count), encoding="utf-8")
            os.replace(staged, self.file)  # one change, never a half-written file

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


class Watcher:
    """Watches seeds/, data/ and docs/ and asks for a rebuild on the changes that matter.

    ``generated``: the paths (relative, POSIX) of docs/ the generator wrote or removed;
    ``lock``: held while the generator runs, so a change in docs/ is judged once the pages
    of the run are known."""

    def __init__(self, rebuild: Rebuild, generated: set[str], lock: threading.Lock) -> None:
        self.rebuild, self.generated, self.lock = rebuild, generated, lock
        self.observers: dict[str, BaseObserver] = {}

    def start(self, seeds: Path, data: Path, docs: Path) -> list[str]:
        """Start watching; the folders that do not exist (and so are not watched)."""
        missing = []
        for folder, wanted, folders in (
            (seeds, self._article, True),
            (data, _not_hidden, True),
            (docs, self._hand, False),  # the generator removes folders it emptied
        ):
            if folder.is_dir():
                path = os.path.abspath(folder)  # the form of the paths of its events
                self._schedule(_Changes(path, wanted, folders, self.rebuild.ask), path)
            else:
                missing.append(str(folder))
        return missing

    def _schedule(self, handler: _Changes, folder: str) -> None:
        try:
            self._observer("native", Observer).schedule(handler, folder, recursive=True)
        except OSError:  # no notifications to be had (out of inotify watches, say): poll
            polling = self._observer("polling", lambda: PollingObserver(timeout=0.5))
            polling.schedule(handler, folder, recursive=True)

    def _observer(self, kind: str, make: Callable[[], BaseObserver]) -> BaseObserver:
        if kind not in self.observers:
            self.observers[kind] = make()
            self.observers[kind].start()  # started first: a folder that cannot be watched
        return self.observers[kind]  # fails when scheduled, not later in the thread

    def stop(self) -> None:
        for observer in self.observers.values():
            observer.stop()
        for observer in self.observers.values():
            observer.join(timeout=5)
        self.rebuild.close()

    @staticmethod
    def _article(relative: str) -> bool:
        """A file the generator reads (its swap and backup files, hidden ones, are not)."""
        return _not_hidden(relative) and relative.lower().endswith(ARTICLE_SUFFIXES)

    def _hand(self, relative: str) -> bool:
        """A file of docs/ that the generator did not write."""
        with self.lock:  # a run in progress: wait until its pages are known
            return relative not in self.generated


def _not_hidden(relative: str) -> bool:
    return not any(part.startswith(".") for part in relative.split("/"))


class _Changes(FileSystemEventHandler):
    """Calls ``changed`` when an event concerns a file of ``folder`` that ``wanted``, or, if
    ``folders``, when a folder in it is moved or removed (with the articles in it)."""

    def __init__(
        self,
        folder: str,
        wanted: Callable[[str], bool],
        folders: bool,
        changed: Callable[[], None],
    ) -> None:
        super().__init__()
        self.folder, self.wanted, self.folders, self.changed = folder, wanted, folders, changed

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed", "closed_no_write"):
            return  # reading a file is no change (inotify reports it)
        paths = [os.fsdecode(event.src_path), os.fsdecode(getattr(event, "dest_path", "") or "")]
        inside = [rel for path in paths if path and (rel := self._relative(path)) is not None]
        if event.is_directory:
            if self.folders and event.event_type in ("moved", "deleted") and inside:
                self.changed()
            return
        if any(self.wanted(rel) for rel in inside):
            self.changed()

    def _relative(self, path: str) -> str | None:
        """``path`` relative to the watched folder, or None outside it (a page the generator
        staged beside docs/ and moved in)."""
        relative = os.path.relpath(path, self.folder)
        if relative.startswith(".."):
            return None
        return relative.replace(os.sep, "/")
