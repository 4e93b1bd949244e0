"""Curated knowledge from data/: congresses, office holders, known people, overrides."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from ..errors import GeneratorError
from ..models import Congress


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

    @cached_property
    def alias_index(self) -> dict[str, str]:
        """Every known spelling (variants and canonical names) -> canonical name."""
        index = {p.name: p.name for p in self.people}
        for person in self.people:
            index.update(dict.fromkeys(person.aliases, person.name))
        return index

    @cached_property
    def alias_pattern(self) -> re.Pattern[str] | None:
        """One regex matching any known spelling as a whole name, longest first."""
        if not self.alias_index:
            return None
        names = sorted(self.alias_index, key=len, reverse=True)
        return re.compile(r"(?<![\wÀ-ỹ])(?:" + "|".join(map(re.escape, names)) + r")(?![\wÀ-ỹ])")

    def holders(self, office: str, day: dt.date) -> list[str]:
        """Who held ``office`` on ``day`` (folded comparison of the office name)."""
        key = office.casefold()
        return [
            t.name
            for t in self.tenures
            if t.office.casefold() == key
            and (t.start is None or t.start <= day)
            and (t.end is None or day <= t.end)
        ]

    def tenures_of(self, name: str, title: str) -> list[Tenure]:
        """Tenures of ``name`` in the office ``title`` names, in full or short form."""
        key = title.casefold()
        return [
            t
            for t in self.tenures
            if t.name == name
            and (t.office.casefold() == key or t.office.casefold().startswith(key + " "))
        ]


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
