"""Orchestration only: read -> clean -> extract -> collect -> render -> write."""

from __future__ import annotations

import gc
import hashlib
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .cache import (
    Extracted,
    Snapshot,
    StaleCache,
    code_fingerprint,
    fingerprint,
    load_people,
    load_pieces,
    pack,
    text_digest,
)
from .collect import Archive, Remembered, collect
from .errors import GeneratorError, InputError
from .extract import Knowledge, load_knowledge
from .ingest import read_article, scan
from .models import Article, FilePlan, PagePlan, Problem, RawArticle, SourceFile
from .parallel import analyse_all
from .progress import progress
from .render import Memo, render_archive, render_database
from .settings import Settings
from .text import slugify
from .write import last_run, write_pages


@dataclass
class Report:
    """What a run did and what went wrong, file by file."""

    articles: int = 0
    pages: int = 0
    problems: list[Problem] = field(default_factory=list)
    rendered: int = 0
    """Pages whose inputs changed since the last run, so rendered again."""
    written: int = 0
    """Files whose content changed, so written to the docs folder."""
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds spent in each stage of the run."""

    @property
    def skipped(self) -> int:
        return sum(1 for p in self.problems if p.fatal)

    @property
    def warnings(self) -> int:
        return sum(1 for p in self.problems if not p.fatal)

    def summary(self) -> str:
        """The run in one line, as the command line and the MkDocs plugin print it."""
        return (
            f"{self.articles} bài viết, {self.pages} trang ({self.rendered} trang dựng lại, "
            f"{self.written} tệp ghi mới); {self.skipped} tệp bị bỏ qua, {self.warnings} cảnh báo"
        )

    def timing(self) -> str:
        """The seconds of each stage ("thời gian: ingest 0.12 s, …"), for GENERATOR_TIMINGS."""
        return "thời gian: " + ", ".join(f"{k} {v:.2f} s" for k, v in self.timings.items())


def build(settings: Settings) -> Report:
    """Generate the docs folder from the seeds folder; raises GeneratorError on fatal setup."""
    with _no_cycle_collection():
        try:
            return _build(settings)
        except StaleCache:  # the snapshot lost an article's content: extract everything again
            Snapshot.discard(settings.cache_dir)
        try:
            return _build(settings)
        except StaleCache as exc:  # the damaged cache could not be removed
            raise GeneratorError(
                f"{settings.cache_dir}: bộ nhớ đệm hỏng và không xoá được ({exc}); "
                "hãy xoá thư mục này hoặc chạy với --no-cache"
            ) from exc


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector off for the run: a run holds tens of thousands of small records
    that live until its end, and the collector rescanning them took a third of an incremental
    run at 10,000 articles. Records form no cycles; memory is freed by reference counting."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _build(settings: Settings) -> Report:
    report = Report()
    clock = _Clock(report.timings)
    knowledge = _knowledge(settings.data_dir)
    snapshot = Snapshot(settings.cache_dir, fingerprint(settings.data_dir, settings.use_ner))
    sources = find_sources(settings, snapshot, report)
    clock.lap("đọc")
    salt = code_fingerprint(settings.data_dir)
    run = _run_key(settings, salt, sources) if sources.quiet else None
    previous = last_run(settings.docs_dir, run) if run else None
    if previous is not None:  # nothing changed since the run that wrote docs/: nothing to do
        snapshot.save()  # files touched but unchanged keep their new times
        _report_warnings(sources, report)
        report.articles = len(sources.order)
        report.pages, skipped = previous
        report.problems += _kept_hand_written(skipped)
        return report
    extract_fresh(sources, settings, knowledge, snapshot, report)
    clock.lap("trích xuất")
    _report_warnings(sources, report)
    articles = to_articles(sources, snapshot)
    people = load_people(settings.cache_dir, salt)
    remembered = Remembered(people.load())
    archive = collect(articles, knowledge.alias_index, remembered)
    congresses = {c.roman: c for c in knowledge.congresses}
    pieces = load_pieces(settings.cache_dir, salt)
    memo = Memo(pieces.load)
    plans: list[PagePlan | FilePlan] = [
        *render_archive(archive, settings.urls, congresses, salt, memo),
        render_database(archive, settings.urls, congresses, salt),
    ]
    clock.lap("tổng hợp")
    if report.skipped:
        run = None  # files that could not be used are read again next time
    elif run is None:
        run = _run_key(settings, salt, sources)
    pages = progress(plans, "Đang dựng và ghi trang", " trang", len(plans), settings.progress)
    outcome = write_pages(pages, settings.docs_dir, run)
    pieces.save(memo.used, keep=memo.parts)
    people.save(remembered.used)
    clock.lap("dựng và ghi trang")
    report.timings["trong đó cơ sở dữ liệu"] = round(outcome.updating, 3)
    report.problems += _kept_hand_written(outcome.skipped)
    report.articles = len(articles)
    report.pages = len(plans) - len(outcome.skipped)
    report.rendered = outcome.rendered
    report.written = outcome.written
    return report


_LOADED: dict[Path, tuple[list[tuple[str, int, int]], Knowledge]] = {}


def _knowledge(data_dir: Path) -> Knowledge:
    """The curated data of ``data_dir``, read again only when one of its files changed since
    the last run in this process (a fifth of a second: the MkDocs plugin runs the generator
    at every change under `mkdocs serve`)."""
    try:
        stamps = sorted((p.name, *_stamp(p)) for p in data_dir.glob("*"))
    except OSError:
        stamps = []
    kept = _LOADED.get(data_dir)
    if kept is not None and kept[0] == stamps and stamps:
        return kept[1]
    knowledge = load_knowledge(data_dir)
    _LOADED.clear()
    _LOADED[data_dir] = (stamps, knowledge)
    return knowledge


def _stamp(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns


def _kept_hand_written(paths: list[str]) -> list[Problem]:
    return [Problem(path, "trang viết tay đã có sẵn, không ghi đè") for path in paths]


def _report_warnings(sources: Sources, report: Report) -> None:
    for name in sources.order:
        if name in sources.known:
            report.problems += [Problem(name, w) for w in sources.known[name].warnings]


class _Clock:
    def __init__(self, timings: dict[str, float]) -> None:
        self.timings = timings
        self.last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.timings[stage] = round(now - self.last, 3)
        self.last = now


@dataclass
class Sources:
    """The seeds folder as this run found it, before extraction."""

    order: list[str] = field(default_factory=list)
    """Names of the distinct usable files, in file order."""
    known: dict[str, Extracted] = field(default_factory=dict)
    """Snapshot entries of files whose text has not changed."""
    fresh: dict[str, tuple[SourceFile, RawArticle, str, str]] = field(default_factory=dict)
    """Files to clean and extract: (file, text, text digest, whitespace-free digest)."""
    quiet: bool = True
    """No file to extract and none that could not be read."""


def find_sources(settings: Settings, snapshot: Snapshot, report: Report) -> Sources:
    """Scan the seeds folder; read only files whose size or modification time changed."""
    sources = Sources()
    order = []
    found = 0
    for item in progress(
        scan(settings.seeds_dir), "Đang đọc thư mục", " tệp", None, settings.progress
    ):
        found += 1
        if isinstance(item, Problem):
            report.problems.append(item)
            sources.quiet = False
            continue
        hit = snapshot.unchanged(item)
        if hit is None:
            try:
                raw = read_article(Path(item.path), settings.seeds_dir)
            except InputError as exc:
                report.problems.append(Problem(exc.file, exc.message, fatal=True))
                sources.quiet = False
                continue
            digest = text_digest(raw.text)
            hit = snapshot.same_text(item, digest)
            if hit is None:
                same = text_digest(" ".join(raw.text.split()))
                sources.fresh[item.name] = (item, raw, digest, same)
                sources.quiet = False
        if hit is not None:
            sources.known[item.name] = hit
        order.append(item.name)
    if not found:
        report.problems.append(_no_articles(settings.seeds_dir))
    sources.order = _unique(order, sources, report)
    if set(snapshot.entries) != set(sources.known):
        sources.quiet = False  # files removed (or a duplicate) since the snapshot
    return sources


def _no_articles(seeds_dir: Path) -> Problem:
    """The one warning for a seeds folder that is missing or holds no article file: the run
    goes on and builds an empty archive (a fresh site, or one whose articles were removed)."""
    if seeds_dir.is_dir():
        problem = "thư mục không có bài viết nào (.txt, .html); kho lưu trữ được tạo trống"
    else:
        problem = "không có thư mục bài viết này; kho lưu trữ được tạo trống"
    return Problem(f"{seeds_dir.as_posix().rstrip('/')}/", problem)


def extract_fresh(
    sources: Sources, settings: Settings, knowledge: Knowledge, snapshot: Snapshot, report: Report
) -> None:
    """Clean and extract the new and changed files (on every core when there are many)."""
    todo = [sources.fresh[name] for name in sources.order if name in sources.fresh]
    raws = [raw for _, raw, _, _ in todo]
    analysed = analyse_all(
        raws, knowledge, settings.data_dir, settings.use_ner, settings.jobs, settings.progress
    )
    with closing(analysed):  # stopped here (Ctrl+C, SIGTERM): its workers end now, not later
        for (item, _, digest, same), (_, outcome) in zip(todo, analysed, strict=True):
            if isinstance(outcome, InputError):
                report.problems.append(Problem(item.name, outcome.message, fatal=True))
                continue
            blocks, meta = outcome
            entry, content = pack(item, digest, same, blocks, meta, slug_base(meta.title))
            sources.known[item.name] = entry
            snapshot.put(item.name, entry, content)
    snapshot.keep_only(set(sources.known))
    snapshot.save()


def to_articles(sources: Sources, snapshot: Snapshot) -> list[Article]:
    """Article records in file order, each with a unique slug and its revision."""
    articles: list[Article] = []
    used: set[str] = set()
    for name in sources.order:
        entry = sources.known.get(name)
        if entry is None:
            continue
        slug = _unique_slug(entry.slug, name, used)
        digest = entry.digest
        revision = f"{digest}-{snapshot.fingerprint[:16]}"
        body, details = snapshot.body(name, digest), snapshot.metadata(name, digest)
        articles.append(Article(name, slug, entry.summary(), body, details, revision))
    return articles


def _run_key(settings: Settings, salt: str, sources: Sources) -> str:
    """Digest of everything a run's output depends on: code, data, settings, every text."""
    digest = hashlib.sha256(f"{salt}|{settings.use_ner}|{settings.urls}".encode())
    for name in sources.order:
        entry = sources.known.get(name)
        text = entry.digest if entry else sources.fresh[name][2]
        digest.update(f"{name}\0{text}\n".encode())
    return digest.hexdigest()[:32]


def _unique(order: list[str], sources: Sources, report: Report) -> list[str]:
    """One article per distinct text (whitespace aside); a repeat is reported with both names."""
    seen: dict[str, str] = {}
    unique = []
    for name in order:
        entry = sources.known.get(name)
        same = entry.same_text if entry else sources.fresh[name][3]
        if same in seen:
            report.problems.append(Problem(name, f"trùng nội dung với {seen[same]}, bỏ qua"))
            continue
        seen[same] = name
        unique.append(name)
    return unique


def slug_base(title: str) -> str:
    """The page slug of a title: folded, at most 70 characters, cut between words."""
    base = slugify(title)
    return base[:71].rsplit("-", 1)[0] if len(base) > 70 else base


def _unique_slug(base: str, source_file: str, used: set[str]) -> str:
    slug = base
    if slug in used:
        slug = f"{base}-{hashlib.sha1(source_file.encode()).hexdigest()[:6]}"
    used.add(slug)
    return slug


__all__ = ["Archive", "Report", "build"]
