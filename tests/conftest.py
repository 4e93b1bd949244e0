"""Shared fixtures: the repository's folders and the team's shared data beside it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def devset_dir() -> Path:
    """The team's development set; CI checks out ../shared beside the repository."""
    path = SHARED / "devset" / "articles"
    if not path.is_dir():
        pytest.fail(f"{path} is missing: tests need ../shared beside the repository")
    return path


@pytest.fixture(scope="session")
def knowledge():
    from generator.extract import load_knowledge

    return load_knowledge(ROOT / "data")


def copy_hand_written_docs(target: Path) -> Path:
    """The repository's hand-written docs (not what a generator run left there) in ``target``."""
    from generator.write import hand_written, read_manifest

    docs = ROOT / "docs"
    for rel in hand_written(docs, read_manifest(docs)):
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(docs / rel, target / rel)
    return target


def mkdocs_config(work: Path, docs: Path) -> Path:
    """A copy of the repository's mkdocs.yml in ``work`` that builds ``docs`` into work/site."""
    import yaml

    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config.update(
        docs_dir=str(docs),
        site_dir=str(work / "site"),
        theme={**config["theme"], "custom_dir": str(ROOT / config["theme"]["custom_dir"])},
        hooks=[str(ROOT / hook) for hook in config.get("hooks", [])],
    )
    path = work / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def downloads_hook():
    """hooks/downloads.py, the site build's joining of the download parts."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("downloads_hook", ROOT / "hooks/downloads.py")
    assert spec and spec.loader
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    return hook


def whole_download(docs: Path, whole: str) -> bytes:
    """A whole-archive download as the site build joins it from the parts in ``docs``."""
    hook = downloads_hook()
    wholes, headers = hook.read_listing((docs / "du-lieu" / "phan.json").read_bytes())
    parts = [(docs / part).read_bytes() for part in wholes[whole]]
    return hook.join_parts(whole, parts, headers.get(whole, ""))
