"""Curated knowledge from data/: congresses, office holders, known people, overrides."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from ..errors import GeneratorError
from ..models import Congress


@dataclass(frozen=True)
class Tenure:
    """One person's time in one office (or seat on the Politburo, Secretariat, a subcommittee's
    head); a date known only to the month or year is read as the widest span."""

    office: str
    name: str
    start: dt.date | None
    end: dt.date | None
    uncertain: bool = False
    """The source marks a date as inferred: it may confirm a year, never decide one alone."""
    source: str = ""


@dataclass(frozen=True)
class Assembly:
    """A National Assembly term ("Quốc hội khóa XV") and the day its first session was sitting."""

    roman: str
    first_session: dt.date
    uncertain: bool = False
    source: str = ""


@dataclass(frozen=True)
class DatedTerm:
    """A word that no report of an event before ``since`` can use ("COVID-19")."""

    term: str
    since: dt.date
    why: str


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
    set_up: dict[str, tuple[dt.date, dt.date]] = field(default_factory=dict)
    """Congress (Roman) -> earliest and latest day its subcommittees can have been set up."""
    assemblies: tuple[Assembly, ...] = ()
    dated_terms: tuple[DatedTerm, ...] = ()

    def congress(self, roman: str) -> Congress | None:
        return next((c for c in self.congresses if c.roman == roman), None)

    @cached_property
    def alias_index(self) -> dict[str, str]:
        """Every known spelling (variants and canonical names) -> canonical name: the people of
        data/people.yaml and every holder of an office or seat in the curated tenures."""
        index = {t.name: t.name for t in self.tenures}
        index.update({p.name: p.name for p in self.people})
        for person in self.people:
            index.update(dict.fromkeys(person.aliases, person.name))
        return index

    @cached_property
    def offices(self) -> frozenset[str]:
        """Every office and seat the curated tenures hold."""
        return frozenset(t.office for t in self.tenures)

    @cached_property
    def holder_pattern(self) -> re.Pattern[str]:
        """One regex matching the name of any holder in the curated tenures, longest first."""
        names = sorted({t.name for t in self.tenures}, key=len, reverse=True)
        alternatives = "|".join(map(re.escape, names)) or "(?!)"
        return re.compile(rf"(?<![\wÀ-ỹ])(?:{alternatives})(?![\wÀ-ỹ])")

    @cached_property
    def alias_pattern(self) -> re.Pattern[str] | None:
        """One regex matching any known spelling as a whole name, longest first."""
        if not self.alias_index:
            return None
        names = sorted(self.alias_index, key=len, reverse=True)
        return re.compile(r"(?<![\wÀ-ỹ])(?:" + "|".join(map(re.escape, names)) + r")(?![\wÀ-ỹ])")


def _load(path: Path) -> Any:
    if not path.exists():
        return None
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise GeneratorError(f"{path}: YAML không hợp lệ: {exc}") from exc


def span_of(value: Any) -> tuple[dt.date, dt.date] | None:
    """First and last day a date written "YYYY-MM-DD", "YYYY-MM" or "YYYY" can mean."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value, value
    parts = [int(p) for p in str(value).split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        after = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return first, after - dt.timedelta(days=1)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def _tenure(office: str, item: dict[str, Any], start: Any = None, end: Any = None) -> Tenure:
    """A tenure from a data/ entry; ``start``/``end`` stand in for a missing from/to."""
    first = span_of(item.get("from", start))
    last = span_of(item.get("to", end))
    return Tenure(
        office=str(item.get("title") or office),
        name=str(item["name"]),
        start=first[0] if first else None,
        end=last[1] if last else None,
        uncertain=bool(item.get("uncertain")),
        source=str(item.get("source") or ""),
    )


def _memberships(data: dict[str, Any]) -> list[Tenure]:
    """Seats on the Politburo and the Secretariat, term by term."""
    return [
        _tenure(seat, member, term["term"]["start"], term["term"].get("end"))
        for seat, terms in (data or {}).items()
        for term in terms.values()
        for member in term["members"]
    ]


# Subcommittees work on after their congress until their review conference ("tổng kết công tác
# phục vụ Đại hội"), held within about a year; their heads keep the title until then.
WORK_AFTER_CONGRESS = dt.timedelta(days=400)


def _subcommittees(
    data: dict[str, Any], congresses: tuple[Congress, ...]
) -> tuple[dict[str, tuple[dt.date, dt.date]], list[Tenure]]:
    """When each congress's subcommittees were set up, and their heads."""
    ends = {c.roman: c.end + WORK_AFTER_CONGRESS for c in congresses}
    set_up: dict[str, tuple[dt.date, dt.date]] = {}
    heads: list[Tenure] = []
    for roman, info in (data or {}).items():
        span = span_of(info["set_up"])
        if span is None:
            continue
        set_up[str(roman)] = span
        for kind, items in (info.get("heads") or {}).items():
            office = f"Trưởng Tiểu ban {kind} Đại hội {roman}"
            heads += [_tenure(office, h, span[0], ends.get(str(roman))) for h in items or ()]
    return set_up, heads


@contextmanager
def _reading(path: Path) -> Iterator[None]:
    """A data file whose entries are not of the expected shape stops the run with its name
    (a month 13, a missing field), not with a traceback."""
    try:
        yield
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise GeneratorError(
            f"{path}: dữ liệu không đúng dạng ({type(exc).__name__}: {exc})"
        ) from exc


def _congresses(path: Path) -> tuple[Congress, ...]:
    with _reading(path):
        return tuple(
            Congress(
                number=int(c["number"]),
                roman=str(c["roman"]),
                start=c["start"],
                end=c["end"],
                place=c.get("place", ""),
                note=c.get("note", ""),
            )
            for c in _load(path) or []
        )


def load_knowledge(data_dir: Path) -> Knowledge:
    """Read data/*.yaml; a malformed file stops the run with its name."""
    congresses = _congresses(data_dir / "congresses.yaml")
    with _reading(data_dir / "offices.yaml"):
        offices = [
            _tenure(office, t)
            for office, holders in (_load(data_dir / "offices.yaml") or {}).items()
            for t in holders
        ]
    with _reading(data_dir / "subcommittees.yaml"):
        set_up, heads = _subcommittees(_load(data_dir / "subcommittees.yaml"), congresses)
    with _reading(data_dir / "membership.yaml"):
        tenures = tuple(offices + _memberships(_load(data_dir / "membership.yaml")) + heads)
    with _reading(data_dir / "assembly.yaml"):
        assemblies = tuple(
            Assembly(str(roman), a["first_session"], bool(a.get("uncertain")), a.get("source", ""))
            for roman, a in (_load(data_dir / "assembly.yaml") or {}).items()
        )
    with _reading(data_dir / "dated_terms.yaml"):
        dated_terms = tuple(
            DatedTerm(str(t["term"]), t["since"], str(t.get("why", "")))
            for t in _load(data_dir / "dated_terms.yaml") or []
        )
    with _reading(data_dir / "people.yaml"):
        people = tuple(
            KnownPerson(name=p["name"], aliases=tuple(p.get("aliases") or ()))
            for p in _load(data_dir / "people.yaml") or []
        )
    overrides = _load(data_dir / "overrides.yaml") or {}
    if not isinstance(overrides, dict):
        raise GeneratorError(f"{data_dir / 'overrides.yaml'}: cần một ánh xạ tên tệp -> trường")
    return Knowledge(
        congresses=congresses,
        tenures=tenures,
        people=people,
        overrides=overrides,
        set_up=set_up,
        assemblies=assemblies,
        dated_terms=dated_terms,
    )
