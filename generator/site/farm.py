"""Generated pages rendered on every core, by MkDocs' own page functions, and released at once.

MkDocs renders pages one after the other in one process and keeps every page's HTML until
the build ends: at 10,000 articles, 70 s on one core and 2 GB. The plugin takes the pages it
can render apart (pages out of the nav: see plugin) out of MkDocs' loops and gives them here,
once every page in the nav has been read (their titles are in every page's nav). The build's
process forks workers that inherit the whole build (configuration, files, nav, templates,
plugins and hooks) and render their share with MkDocs' own ``_populate_page`` and
``_build_page``, every plugin event included, writing each page's file as MkDocs does; the
build's process renders its share too. Pages are taken in batches from a shared counter,
the largest first, so the cores finish together.

What a page leaves behind, and the build's process keeps (``Rendered``): its log lines
(re-logged by the build's process, so strict mode counts them), its anchors and links to
anchors (for MkDocs' check of them), what hooks keep of it (``export_page``, see
``exported``), and the seconds it took. Its Markdown, HTML and metadata are released as soon
as its file is written, so memory does not grow with the number of pages.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mkdocs.commands.build import _build_page, _populate_page
from mkdocs.exceptions import PluginError

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

BATCH = 8
"""Pages a process takes at a time: few enough that the cores finish together."""
FORK_ABOVE = 64
"""Fewer pages than this are rendered in the build's process alone (a fork costs more)."""


@dataclass
class Rendered:
    """What the build keeps of a page once its file is written."""

    src: str
    seconds: float
    logs: list[tuple[str, int, str]] = field(default_factory=list)
    """(logger, level, message) of what the page logged (only in a worker: the build's own
    process logs as it goes)."""
    anchors: set[str] = field(default_factory=set)
    links: dict[str, dict[str, str]] = field(default_factory=dict)
    """Links to anchors of other pages: target page (its path in docs/) -> anchor -> link."""
    exported: dict[str, Any] = field(default_factory=dict)
    """Plugin or hook name -> what its ``export_page`` kept of the page."""


def exporters(config: MkDocsConfig) -> dict[str, Callable[[str], Any]]:
    """The plugins and hooks that keep something of each page they see in their own memory
    (the search hook's quick records): ``export_page(src_uri)`` gives it, in the process that
    rendered the page, and ``import_pages({src_uri: data})`` takes it back in the build's
    process, for the pages rendered elsewhere (a worker, an earlier build)."""
    found = {}
    for name, plugin in config.plugins.items():
        export = getattr(plugin, "export_page", None)
        if callable(export) and callable(getattr(plugin, "import_pages", None)):
            found[name] = export
    return found


def import_pages(config: MkDocsConfig, exported: dict[str, dict[str, Any]]) -> None:
    """Give each plugin or hook back what it kept of pages rendered elsewhere:
    ``exported`` is plugin name -> page -> data."""
    for name, pages in exported.items():
        plugin = config.plugins.get(name)
        if plugin is not None and pages:
            plugin.import_pages(pages)


def release(page: Page) -> None:
    """Drop what MkDocs keeps of a written page until the end of the build."""
    page.markdown = None
    page.content = None
    page.toc = []  # type: ignore[assignment]
    page.meta = {}
    page.present_anchor_ids = None
    page.links_to_anchors = None


class _Capture(logging.Handler):
    """A worker's log lines, kept for the build's process to log."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append((record.name, record.levelno, record.getMessage()))


class Farm:
    """Renders pages (``Page`` objects whose files are in ``files``) on ``jobs`` processes."""

    def __init__(
        self,
        config: MkDocsConfig,
        files: Files,
        doc_files: Sequence[File],
        nav: Navigation,
        env: Environment,
        jobs: int | None = None,
    ) -> None:
        self.config, self.files, self.doc_files, self.nav, self.env = (
            config,
            files,
            doc_files,
            nav,
            env,
        )
        self.jobs = max(1, jobs or os.cpu_count() or 1)
        self.exporters = exporters(config)

    def render(self, pages: list[Page]) -> list[Rendered]:
        """Render and write ``pages``; what each left behind, in no particular order."""
        pages = sorted(pages, key=_cost, reverse=True)
        if self.jobs == 1 or len(pages) < FORK_ABOVE:
            return [self._one(page, None) for page in pages]
        context = multiprocessing.get_context("fork")
        counter = context.Value("l", 0)
        with tempfile.TemporaryDirectory(prefix="kho-tin-farm-") as folder:
            outputs = [Path(folder) / f"{n}.pickle" for n in range(self.jobs - 1)]
            workers = [
                context.Process(target=self._worker, args=(pages, counter, out), daemon=True)
                for out in outputs
            ]
            try:
                for worker in workers:
                    worker.start()
                results = self._share(pages, counter, None)
                for worker in workers:
                    worker.join()
            finally:
                for worker in workers:
                    if worker.is_alive():
                        worker.terminate()
                        worker.join()
            for worker, out in zip(workers, outputs, strict=True):
                results += self._collect(out, worker.exitcode)
        return results

    def _share(self, pages: list[Page], counter: Any, capture: _Capture | None) -> list[Rendered]:
        """Pages taken from the shared counter, a batch at a time, until none is left."""
        results: list[Rendered] = []
        while True:
            with counter.get_lock():
                start = counter.value
                counter.value = start + BATCH
            if start >= len(pages):
                return results
            results += [self._one(page, capture) for page in pages[start : start + BATCH]]

    def _worker(self, pages: list[Page], counter: Any, out: Path) -> None:
        """A forked process's share, pickled into ``out``; a failure is pickled instead."""
        capture = _Capture()
        logger = logging.getLogger("mkdocs")
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
        logger.addHandler(capture)
        logger.propagate = False
        try:
            results: list[Rendered] | str = self._share(pages, counter, capture)
        except BaseException as exc:  # told to the build's process, which stops there
            results = f"{type(exc).__name__}: {exc}"
            for _, level, message in capture.lines:
                if level >= logging.ERROR:
                    results = f"{message} ({results})"
        with open(out, "wb") as handle:
            pickle.dump(results, handle, protocol=pickle.HIGHEST_PROTOCOL)

    def _collect(self, out: Path, exitcode: int | None) -> list[Rendered]:
        try:
            with open(out, "rb") as handle:
                results = pickle.load(handle)
        except OSError as exc:
            raise PluginError(f"tiến trình dựng trang dừng bất thường (mã {exitcode})") from exc
        if isinstance(results, str):
            raise PluginError(f"không dựng được trang: {results}")
        for rendered in results:
            for name, level, message in rendered.logs:
                logging.getLogger(name).log(level, message)
        return results

    def _one(self, page: Page, capture: _Capture | None) -> Rendered:
        started = time.perf_counter()
        logged = len(capture.lines) if capture else 0
        config, file = self.config, page.file
        _populate_page(page, config, self.files)
        excluded = file.inclusion.is_excluded()
        _build_page(page, config, self.doc_files, self.nav, self.env, excluded=excluded)
        src = file.src_uri
        rendered = Rendered(
            src,
            time.perf_counter() - started,
            capture.lines[logged:] if capture else [],
            set(page.present_anchor_ids or ()),
            {
                target.src_uri: dict(links)
                for target, links in (page.links_to_anchors or {}).items()
            },
            {name: export(src) for name, export in self.exporters.items()},
        )
        if capture:
            del capture.lines[logged:]
        release(page)
        return rendered


def _cost(page: Page) -> int:
    """What a page is expected to cost: the size of its Markdown."""
    try:
        return os.path.getsize(page.file.abs_src_path or "")
    except OSError:
        return 0
