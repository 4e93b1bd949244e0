"""What rebuilds the site under `mkdocs serve`: changes to seeds/, data/ and to the hand-written
pages of docs/, and not the pages the generator writes there.

MkDocs' server watches folders by polling them (twice a second it looks at every file: at
10,000 articles, 0.1 s for seeds/ and 0.13 s for docs/ each time, a third of a core, in
threads that slow the build they share the interpreter with) and rebuilds on any change in
them: the generator's own writes into docs/ would cause a second build after each one. So
the plugin takes docs/ from the server's watch and watches seeds/, data/ and docs/ itself,
with the platform's change notifications (inotify on Linux; polling where they cannot be
had), and asks the server for a rebuild through a file of its own (Rebuild) that the server
watches: a folder of one file costs its polling nothing.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

from .ingest import ARTICLE_SUFFIXES


class Rebuild:
    """A folder the server watches; ``ask`` changes the one file in it, so the server rebuilds
    the site at its next look (within half a second)."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="kho-tin-"))
        self.folder = self.root / "watched"
        self.folder.mkdir()
        self.count = 0
        self.lock = threading.Lock()

    def ask(self) -> None:
        with self.lock:
            self.count += 1
            staged = self.root / "next"
            staged.write_text(str(self.count), encoding="utf-8")
            os.replace(staged, self.folder / "thay-doi")  # one change, never a half-written file

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
        for folder, wanted in ((seeds, self._article), (data, _not_hidden), (docs, self._hand)):
            if folder.is_dir():
                self._schedule(_Changes(folder.resolve(), wanted, self.rebuild.ask), folder)
            else:
                missing.append(str(folder))
        return missing

    def _schedule(self, handler: _Changes, folder: Path) -> None:
        try:
            self._observer("native", Observer).schedule(handler, str(folder), recursive=True)
        except OSError:  # no notifications to be had (out of inotify watches, say): poll
            polling = self._observer("polling", lambda: PollingObserver(timeout=0.5))
            polling.schedule(handler, str(folder), recursive=True)

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
    """Calls ``changed`` when an event concerns a file of ``folder`` that ``wanted``."""

    def __init__(self, folder: Path, wanted: Callable[[str], bool], changed: Callable[[], None]):
        super().__init__()
        self.folder, self.wanted, self.changed = folder, wanted, changed

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed", "closed_no_write"):
            return  # reading a file is no change (inotify reports it)
        paths = [os.fsdecode(event.src_path), os.fsdecode(getattr(event, "dest_path", "") or "")]
        inside = [rel for path in paths if path and (rel := self._relative(path)) is not None]
        if event.is_directory:  # a folder of articles moved or removed: look again
            if event.event_type in ("moved", "deleted") and inside:
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
