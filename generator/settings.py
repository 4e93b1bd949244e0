"""One frozen, typed Settings for a run; output paths as format strings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_DATA_DIR = PACKAGE_DIR.parent / "data"


@dataclass(frozen=True)
class Urls:
    """Where each kind of generated page lives, relative to the docs folder."""

    article: str = "bai-viet/{slug}.md"
    congress: str = "dai-hoi/{slug}.md"
    congress_index: str = "dai-hoi/index.md"
    person: str = "nguoi/{slug}.md"
    person_index: str = "nguoi/index.md"
    article_index: str = "bai-viet/index.md"
    organizer: str = "to-chuc/{slug}.md"
    organizer_index: str = "to-chuc/index.md"
    kind: str = "loai-hop/{slug}.md"
    kind_index: str = "loai-hop/index.md"
    event: str = "su-kien/{slug}.md"
    event_index: str = "su-kien/index.md"
    year: str = "thoi-gian/{slug}.md"
    period_index: str = "thoi-gian/index.md"
    chart: str = "thong-ke/bai-viet-theo-thang.svg"
    data_json: str = "du-lieu/bai-viet.json"
    data_csv: str = "du-lieu/bai-viet.csv"
    participation_csv: str = "du-lieu/tham-du.csv"
    """The three whole-archive downloads. The generator writes them in parts, one folder per
    year (data_part); the site build joins the parts into these files (hooks/downloads.py)."""
    data_part: str = "du-lieu/{slug}/"
    data_parts: str = "du-lieu/phan.json"
    """The list of parts, in archive order, that the site build joins."""
    data_index: str = "du-lieu/index.md"
    database: str = "du-lieu/kho-tin.sqlite"
    """The whole archive as one SQLite file, updated in place (render/database.py)."""
    review: str = "can-ra-soat/index.md"
    """Values inferred from context, clues in conflict, people read with low confidence."""
    feed: str = "feed.xml"
    home: str = "index.md"
    directory_urls: bool = True
    """How the site addresses pages (MkDocs' use_directory_urls): "bai-viet/x/" rather than
    "bai-viet/x.html". The pages' HTML blocks carry the addresses themselves (render.html)."""


@dataclass(frozen=True)
class Settings:
    """What one run reads, writes and how strictly it judges problems."""

    seeds_dir: Path = Path("seeds")
    docs_dir: Path = Path("docs")
    data_dir: Path = DEFAULT_DATA_DIR
    strict: bool = False
    use_ner: bool = True
    progress: bool | None = None
    """None: show a progress bar only when stderr is a terminal."""
    cache_dir: Path | None = Path(".cache/generator")
    """Where extraction results are cached; None turns the cache off."""
    jobs: int | None = None
    """Worker processes for cold extraction; None: one per core."""
    urls: Urls = Urls()
