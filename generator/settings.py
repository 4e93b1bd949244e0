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
    home: str = "index.md"


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
    urls: Urls = Urls()
