"""MkDocs plugin: the generator runs at the start of every build, and again under `mkdocs serve`
whenever the seeds or data folders change, in the same process.

Listed in mkdocs.yml as ``kho-tin`` (entry point ``mkdocs.plugins`` in pyproject.toml), it makes
`mkdocs build`, `mkdocs serve` and `mkdocs gh-deploy` give the whole archive with no other step.

Events: ``on_startup`` notes the command and turns SIGTERM into Ctrl+C (see stops);
``on_config`` reads the options; ``on_pre_build`` runs the generator (a run whose inputs are
unchanged stops after scanning the seeds folder; the NER model, the curated data and the
caches stay loaded from one run to the next) and reports its problems as MkDocs log lines;
``on_env`` keeps the theme's compiled templates from one build to the next; ``on_serve``
takes docs/ from the server's watch and watches seeds/, data/ and the hand-written pages of
docs/ instead (see serving): the generator's own writes into docs/ cause no second build.
Under ``--dirty`` the plugin also removes from the site the pages of deleted articles, which
a dirty build leaves behind.
"""

from __future__ import annotations

import contextlib
import os
import resource
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from jinja2 import BytecodeCache, Environment
from jinja2.bccache import Bucket
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from . import dependencies
from .errors import GeneratorError, internal_error
from .serving import Rebuild, Watcher
from .settings import Settings, Urls
from .site.farm import Farm, Rendered, import_pages
from .site.files import SiteFiles
from .site.fragments import reuse_partials
from .site.ready import ReadyBlocks
from .stops import SigtermAsInterrupt
from .write import MANIFEST, read_manifest

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer

    from .build import Report

NAME = "kho-tin"
log = get_plugin_logger(NAME)


class ArchiveConfig(base.Config):
    """The plugin's options in mkdocs.yml; folders relative to mkdocs.yml."""

    seeds_dir = c.Dir(exists=False, default="seeds")
    data_dir = c.Dir(exists=False, default="data")
    cache_dir = c.Dir(exists=False, default=".cache/generator")
    ner = c.Type(bool, default=True)
    strict = c.Optional(c.Type(bool))
    """True: the generator's warnings fail the build; False: they never do; unset: they do
    under MkDocs' own strict mode (`mkdocs build --strict`)."""
    jobs = c.Optional(c.Type(int))
    """Worker processes for cold extraction and for rendering pages; None: one per core."""
    fragments = c.Type(bool, default=True)
    """Render the nav and the tabs once for all the pages out of the nav that show the same
    ones (see site.fragments); false: for every page, as MkDocs does."""


class ArchivePlugin(BasePlugin[ArchiveConfig]):
    """Generates docs/ from the seeds before each build (see the module docstring)."""

    def __init__(self) -> None:
        self.command = "build"
        self.dirty = False
        self.settings: Settings | None = None
        self.lock = threading.Lock()
        """Held while the generator runs, so the watcher of docs/ judges a change only once
        the pages the run wrote are known."""
        self.generated: set[str] = {MANIFEST}
        """Every path of docs/ the generator wrote or removed in this process."""
        self.watcher: Watcher | None = None
        self.stop = SigtermAsInterrupt()
        self.templates = CompiledTemplates()
        self.ready = ReadyBlocks()
        self.pages: set[str] = set()
        """The Markdown pages the generator wrote in docs/ (their paths), as of this build."""
        self.files: SiteFiles | None = None
        self.nav: Navigation | None = None

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        self.command, self.dirty = command, dirty
        self.stop.install()

    def on_shutdown(self) -> None:
        self.stop.restore()
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None

    def on_config(self, config: MkDocsConfig) -> None:
        missing = dependencies.missing(ner=self.config.ner)
        if missing:
            raise PluginError(dependencies.message(missing))
        self.settings = Settings(
            seeds_dir=Path(self.config.seeds_dir),
            docs_dir=Path(config.docs_dir),
            data_dir=Path(self.config.data_dir),
            strict=self.strict(config),
            use_ner=self.config.ner,
            cache_dir=Path(self.config.cache_dir),
            jobs=self.config.jobs,
            urls=Urls(directory_urls=config.use_directory_urls),
        )
        if self.ready not in config.markdown_extensions:
            config.markdown_extensions.append(self.ready)  # type: ignore[arg-type]

    def strict(self, config: MkDocsConfig) -> bool:
        """Whether the generator's warnings fail this build."""
        return config.strict if self.config.strict is None else self.config.strict

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        assert self.settings is not None
        docs = self.settings.docs_dir
        started = time.perf_counter()
        with self.lock:
            before = read_manifest(docs)
            report = generate(self.settings)
            after = read_manifest(docs)
            self.generated.update(before, after)
        self.pages = {path for path in after if path.endswith(".md")}
        self.report(report, config)
        if os.environ.get("SITE_TIMINGS"):  # read by benchmarks/run.py
            log.info(f"trình tạo chạy trong {time.perf_counter() - started:.2f} s")
        if self.dirty:
            forget_pages(sorted(set(before) - set(after)), config)

    def report(self, report: Report, config: MkDocsConfig) -> None:
        """The run's problems as log lines, one per problem, then its summary line.

        A warning that does not count (MkDocs strict, the plugin's strict false) is logged
        as INFO: MkDocs counts every WARNING line in strict mode."""
        assert self.settings is not None
        strict = self.settings.strict
        quiet = config.strict and not strict
        for problem in report.problems:
            (log.info if quiet else log.warning)(str(problem))
        log.info(report.summary())
        if os.environ.get("GENERATOR_TIMINGS"):  # read by benchmarks/serve.py
            log.info(report.timing())
        if report.skipped and report.articles == 0:
            raise PluginError(
                f"{self.settings.seeds_dir}: không dùng được tệp nào trong thư mục bài viết"
            )
        if strict and report.problems and not config.strict:
            raise PluginError(
                f"{len(report.problems)} cảnh báo của trình tạo, mà {NAME} đặt strict: true"
            )

    @event_priority(-100)  # after every other plugin and hook: they see MkDocs' own Files
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        self.files = SiteFiles(files)
        return self.files

    @event_priority(-100)  # after the hooks' (the navigation hook adds the congresses)
    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Take the generated pages out of the nav out of MkDocs' loops: the plugin renders
        them on every core (see site.farm). The pages in the nav stay MkDocs': every page
        shows their titles, known once MkDocs has read them."""
        self.nav = nav
        if self.dirty or self.files is None:  # a dirty build renders few pages: MkDocs alone
            return nav
        in_nav = {page.file.src_uri for page in nav.pages}
        self.files.apart = {path for path in self.pages if path not in in_nav} & {
            file.src_uri for file in self.files.all_pages()
        }
        return nav

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        self.ready.active = page.file.src_uri in self.pages
        return markdown

    def on_page_context(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        if self.files is not None and self.files.apart:
            context["pages"] = self.files.all_pages()  # what MkDocs would have given
        return context

    def on_template_context(
        self, context: TemplateContext, /, *, template_name: str, config: MkDocsConfig
    ) -> TemplateContext:
        if self.files is not None and self.files.apart:
            context["pages"] = self.files.all_pages()  # the sitemap lists every page
        return context

    @event_priority(-100)  # the environment as every plugin left it
    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        """Keep the theme's compiled templates from one build to the next of a `mkdocs serve`
        (each build makes a new template environment and compiled them again: 0.3 s); then
        render the pages taken apart, now that the pages of the nav have been read."""
        env.bytecode_cache = self.templates
        if self.config.fragments and self.nav is not None:
            reuse_partials(env, self.nav)
        if self.files is not None and self.files.apart and self.nav is not None:
            self.render_apart(env, config)
        return env

    def render_apart(self, env: Environment, config: MkDocsConfig) -> None:
        assert self.files is not None and self.nav is not None
        files = self.files
        started = time.perf_counter()
        pages = [files.src_uris[src].page for src in sorted(files.apart)]
        farm = Farm(config, files, files.all_pages(), self.nav, env, self.config.jobs)
        results = farm.render([page for page in pages if page is not None])
        exported: dict[str, dict[str, object]] = {}
        for rendered in results:
            for name, data in rendered.exported.items():
                exported.setdefault(name, {})[rendered.src] = data
        import_pages(config, exported)
        check_anchors(results, files, config)
        if os.environ.get("SITE_TIMINGS"):  # read by benchmarks/run.py
            seconds = time.perf_counter() - started
            log.info(f"{len(results)} trang dựng riêng trong {seconds:.2f} s")
            log.info(f"thời gian dựng trang: {cost_by_kind(results)}")

    @event_priority(100)  # before the search hook's indexes (Pagefind: a process of its own)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if os.environ.get("SITE_TIMINGS"):  # read by benchmarks/run.py
            own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            log.info(f"bộ nhớ đỉnh: tiến trình dựng {own:.0f} MB, tiến trình con {child:.0f} MB")

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Callable[..., None]
    ) -> LiveReloadServer:
        assert self.settings is not None
        with contextlib.suppress(KeyError):  # watched by the plugin instead (see serving)
            server.unwatch(config.docs_dir)
        rebuild = Rebuild()
        server.watch(str(rebuild.folder))
        rebuild.attach(server.observer)
        self.watcher = Watcher(rebuild, self.generated, self.lock)
        seeds, data = self.settings.seeds_dir, self.settings.data_dir
        for folder in self.watcher.start(seeds, data, self.settings.docs_dir):
            log.warning(f"{folder}: không có thư mục này, không theo dõi được thay đổi")
        log.info(f"theo dõi {seeds}, {data} và các trang viết tay trong {config.docs_dir}")
        return server


def generate(settings: Settings) -> Report:
    """One generator run; a fatal error is a PluginError of one line (MkDocs stops there)."""
    from .build import build  # imported at the first build: `mkdocs --help` stays fast

    try:
        return build(settings)
    except GeneratorError as exc:
        raise PluginError(_one_line(f"lỗi: {exc}")) from exc
    except Exception as exc:  # a bug, not bad input: one line, docs/ left as it was
        if os.environ.get("GENERATOR_DEBUG"):
            raise
        raise PluginError(_one_line(internal_error(exc))) from exc


def check_anchors(results: list[Rendered], files: SiteFiles, config: MkDocsConfig) -> None:
    """Give the pages rendered apart their anchors, and check their links to anchors, as
    MkDocs does for the pages it renders."""
    for rendered in results:
        file = files.get_file_from_path(rendered.src)
        if file is not None and file.page is not None:
            file.page.present_anchor_ids = rendered.anchors
    for rendered in results:
        file = files.get_file_from_path(rendered.src)
        if not rendered.links or file is None or file.page is None:
            continue
        page = file.page
        page.links_to_anchors = {
            target: links
            for src, links in rendered.links.items()
            if (target := files.get_file_from_path(src)) is not None
        }
        page.validate_anchor_links(files=files, log_level=config.validation.links.anchors)
        page.links_to_anchors = None


def page_kind(src: str) -> str:
    """The kind of a generated page, by its place in docs/: "bai-viet", "nguoi",
    "nguoi/năm" (a year of a long list), "mục lục" (an index.md)…"""
    parts = src.split("/")
    if parts[-1] == "index.md" or len(parts) == 1:
        return "mục lục"
    return parts[0] + ("/năm" if len(parts) > 2 else "")


def cost_by_kind(results: list[Rendered]) -> str:
    """ "kind: pages, ms a page" for the pages rendered apart, most time first."""
    kinds: dict[str, list[float]] = {}
    for rendered in results:
        kinds.setdefault(page_kind(rendered.src), []).append(rendered.seconds)
    order = sorted(kinds.items(), key=lambda item: -sum(item[1]))
    return "; ".join(
        f"{kind} {len(times)} trang {1000 * sum(times) / len(times):.2f} ms/trang"
        for kind, times in order
    )


def _one_line(message: str) -> str:
    """``message`` on one line (a YAML error spans several)."""
    return " ".join(message.split())


def forget_pages(paths: list[str], config: MkDocsConfig) -> None:
    """Remove from the site what a dirty build would leave of pages no longer in docs/."""
    site = Path(config.site_dir)
    for path in paths:
        file = File(path, config.docs_dir, config.site_dir, config.use_directory_urls)
        target = Path(file.abs_dest_path)
        target.unlink(missing_ok=True)
        folder = target.parent
        while folder != site and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent


class CompiledTemplates(BytecodeCache):
    """Jinja's compiled templates, in memory (a template whose source changed is compiled
    again: Jinja checks each against its source's checksum)."""

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key in self.code:
            bucket.bytecode_from_string(self.code[bucket.key])

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()
