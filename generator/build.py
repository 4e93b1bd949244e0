"""Orchestration only: read -> clean -> extract -> collect -> render -> write."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .clean import clean
from .collect import Archive, collect
from .errors import GeneratorError
from .extract import Knowledge, extract, load_knowledge
from .ingest import ingest
from .models import Article, Problem, RawArticle
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

    @property
    def skipped(self) -> int:
        return sum(1 for p in self.problems if p.fatal)

    @property
    def warnings(self) -> int:
        return sum(1 for p in self.problems if not p.fatal)


def build(settings: Settings, log: Callable[[str], None] = print) -> Report:
    """Generate the docs folder from the seeds folder; raises GeneratorError on fatal setup."""
    if not settings.seeds_dir.is_dir():
        raise GeneratorError(f"{settings.seeds_dir}: không có thư mục bài viết")
    knowledge = load_knowledge(settings.data_dir)
    report = Report()
    raws: list[RawArticle] = []
    for item in ingest(settings.seeds_dir):
        if isinstance(item, Problem):
            report.problems.append(item)
        else:
            raws.append(item)
    articles = process(_unique(raws, report), knowledge, report, settings)
    archive = collect(articles, knowledge.alias_index)
    congresses = {c.roman: c for c in knowledge.congresses}
    pages = render_archive(archive, settings.urls, congresses)
    skipped = write_pages(pages, settings.docs_dir)
    for path in skipped:
        report.problems.append(Problem(path, "trang viết tay đã có sẵn, không ghi đè"))
    report.articles = len(articles)
    report.pages = len(pages) - len(skipped)
    return report


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
    """Clean and extract every article; give each a unique slug."""
    items = list(raws)
    articles: list[Article] = []
    used: set[str] = set()
    for raw in _progress(items, settings):
        cleaned = clean(raw)
        if not cleaned.blocks and not cleaned.headline:
            report.problems.append(
                Problem(raw.source_file, "không tìm thấy nội dung bài viết", fatal=True)
            )
            continue
        meta = extract(cleaned, knowledge, settings.use_ner)
        for warning in meta.warnings:
            report.problems.append(Problem(raw.source_file, warning))
        slug = _unique_slug(meta.title, raw.source_file, used)
        articles.append(Article(raw.source_file, slug, meta, cleaned.blocks))
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


def _progress(items: list[RawArticle], settings: Settings) -> Iterable[RawArticle]:
    show = settings.progress if settings.progress is not None else sys.stderr.isatty()
    if not show or len(items) < 50:
        return items
    from tqdm import tqdm

    return tqdm(items, desc="Đang xử lý bài viết", unit="bài", file=sys.stderr)


__all__ = ["Archive", "Report", "build"]
