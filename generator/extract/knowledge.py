"""Curated knowledge from data/: congresses, office holders, known people, overrides."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import GeneratorError


@dataclass(frozen=True)
class Congress:
    """A national Party congress."""

    number: int
    roman: str
    start: dt.date
    end: dt.date
    place: str = ""
    note: str = ""


@dataclass(frozen=True)
class Tenure:
    """One person's time in one office."""

    office: str
    name: str
    start: dt.date | None
    end: dt.date | None


@dataclass(frozen=True)
class KnownPerson:
    """A person the archive knows, with the spellings the press uses."""

    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Knowledge:
    """Everything curated that extraction may consult."""

    congresses: tuple[Congress, ...] = ()
    tenures: tuple[Tenure, ...] = ()
    people: tuple[KnownPerson, ...] = ()
    overrides: dict[str, dict[str, Any]] = field(default_factory=dict)

    def congress(self, roman: str) -> Congress | None:
        return next((c for c in self.congresses if c.roman == roman), None)


def _load(path: Path) -> Any:
    if not path.exists():
        return None
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise GeneratorError(f"{path}: YAML không hợp lệ: {exc}") from exc


def load_knowledge(data_dir: Path) -> Knowledge:
    """Read data/*.yaml; a malformed file stops the run with its name."""
    congresses = tuple(
        Congress(
            number=int(c["number"]),
            roman=str(c["roman"]),
            start=c["start"],
            end=c["end"],
            place=c.get("place", ""),
            note=c.get("note", ""),
        )
        for c in _load(data_dir / "congresses.yaml") or []
    )
    tenures = tuple(
        Tenure(office=office, name=t["name"], start=t.get("from"), end=t.get("to"))
        for office, holders in (_load(data_dir / "offices.yaml") or {}).items()
        for t in holders
    )
    people = tuple(
        KnownPerson(name=p["name"], aliases=tuple(p.get("aliases") or ()))
        for p in _load(data_dir / "people.yaml") or []
    )
    overrides = _load(data_dir / "overrides.yaml") or {}
    if not isinstance(overrides, dict):
        raise GeneratorError(f"{data_dir / 'overrides.yaml'}: cần một ánh xạ tên tệp -> trường")
    return Knowledge(congresses=congresses, tenures=tenures, people=people, overrides=overrides)
