"""Shared fixtures: the repository's folders and the team's shared data beside it."""

from __future__ import annotations

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
