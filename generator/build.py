"""Orchestration only: read -> clean -> extract -> collect -> render -> write."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from .cache import ExtractionCache, fingerprint
from .collect import Archive, collect
from .errors import GeneratorError, InputError
from .extract import Knowledge, load_knowledge
from .ingest import ingest
from .models import Article, ArticleMeta, Block, Problem, RawArticle
from .parallel import analyse_all
from .render import render_archive
from .settings import Settings
from .text import slugify
from .write import write_pages


@dataclass
class Report:
    """What a run did and what went wrong, file by file."""

    articles: int = 0
    pages: int = 0
    problems: list[Problem] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds spent in each stage of the run."""

    @property
    def skipped(self) -> int:
        return sum(1 for p in self.problems if p.fatal)

    @property
    def warnings(self) -> int:
        return sum(1 for p in self.problems if not p.fatal)


def build(settings: Settings) -> Report:
    """Generate the docs folder from the seeds folder; raises GeneratorError on fatal setup."""
    if not settings.seeds_dir.is_dir():
        raise GeneratorError(f"{settings.seeds_dir}: không có thư mục bài viết")
    report = Report()
    clock = _Clock(report.timings)
    knowledge = load_knowledge(settings.data_dir)
    raws: list[RawArticle] = []
    for item in ingest(settings.seeds_dir):
        if isinstance(item, Problem):
            report.problems.append(item)
        else:
            raws.append(item)
    clock.lap("đọc")
    articles = process(_unique(raws, report), knowledge, report, settings)
    clock.lap("trích xuất")
    archive = collect(articles, knowledge.alias_index)
    congresses = {c.roman: c for c in knowledge.congresses}
    pages = render_archive(archive, settings.urls, congresses)
    clock.lap("dựng trang")
    skipped = write_pages(pages, settings.docs_dir)
    clock.lap("ghi")
    for path in skipped:
        report.problems.append(Problem(path, "trang viết tay đã có sẵn, không ghi đè"))
    report.articles = len(articles)
    report.pages = len(pages) - len(skipped)
    return report


class _Clock:
    def __init__(self, timings: dict[str, float]) -> None:
        self.timings = timings
        self.last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.timings[stage] = round(now - self.last, 3)
        self.last = now


def _unique(raws: list[RawArticle], report: Report) -> list[RawArticle]:
    """One article per distinct text; a repeated text is reported with both file names."""
    seen: dict[str, str] = {}
    unique = []
    for raw in raws:
        digest = hashlib.sha256(" ".join(raw.text.split()).encode()).hexdigest()
        if digest in seen:
            report.problems.append(
                Problem(raw.source_file, f"trùng nội dung với {seen[digest]}, bỏ qua")
            )
            continue
        seen[digest] = raw.source_file
        unique.append(raw)
    return unique


def process(
    raws: Iterable[RawArticle], knowledge: Knowledge, report: Report, settings: Settings
) -> list[Article]:
    """Clean and extract every article (from the cache when unchanged); unique slugs."""
    items = list(raws)
    cache = (
        ExtractionCache(settings.cache_dir, fingerprint(settings.data_dir, settings.use_ner))
        if settings.cache_dir
        else None
    )
    done: dict[str, tuple[tuple[Block, ...], ArticleMeta]] = {}
    todo = []
    for raw in items:
        hit = cache.get(raw) if cache else None
        if hit:
            done[raw.source_file] = hit
        else:
            todo.append(raw)
    fresh = analyse_all(
        todo, knowledge, settings.data_dir, settings.use_ner, settings.jobs, settings.progress
    )
    for raw, outcome in fresh:
        if isinstance(outcome, InputError):
            report.problems.append(Problem(raw.source_file, outcome.message, fatal=True))
            continue
        done[raw.source_file] = outcome
        if cache:
            cache.put(raw, *outcome)
    articles: list[Article] = []
    used: set[str] = set()
    for raw in items:
        if raw.source_file not in done:
            continue
        blocks, meta = done[raw.source_file]
        report.problems += [Problem(raw.source_file, warning) for warning in meta.warnings]
        slug = _unique_slug(meta.title, raw.source_file, used)
        articles.append(Article(raw.source_file, slug, meta, blocks))
    return articles


def _unique_slug(title: str, source_file: str, used: set[str]) -> str:
    base = slugify(title)
    if len(base) > 70:
        base = base[:71].rsplit("-", 1)[0]
    slug = base
    if slug in used:
        slug = f"{base}-{hashlib.sha1(source_file.encode()).hexdigest()[:6]}"
    used.add(slug)
    return slug


__all__ = ["Archive", "Report", "build"]
