"""An archivist's corrections from data/overrides.yaml, applied over what extraction found."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields, replace
from typing import Any

from ..models import ArticleMeta, Meeting, Mention, Participant
from ..text import normalize, slugify

_MEETING_KEYS = {f.name for f in fields(Meeting)}
_LIST_KEYS = {"congress", "congress_mentioned", "authors"}
_TEXT_KEYS = {"title", "source", "section"}


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _participant(item: Any) -> Participant:
    if isinstance(item, str):
        item = {"name": item}
    name = normalize(str(item["name"]))
    return Participant(
        name=name,
        slug=slugify(name),
        roles=tuple(str(r) for r in item.get("roles") or ()),
        acts=tuple(str(a) for a in item.get("acts") or ()),
        evidence=("Sửa tay trong data/overrides.yaml",),
    )


def _mention(item: Any) -> Mention:
    name = normalize(str(item["name"] if isinstance(item, dict) else item))
    return Mention(name=name, slug=slugify(name), evidence=("Sửa tay trong data/overrides.yaml",))


def _meeting(meeting: Meeting, value: dict[str, Any]) -> Meeting:
    unknown = set(value) - _MEETING_KEYS
    if unknown:
        raise ValueError(f"meeting: không có trường {', '.join(sorted(unknown))}")
    changes = dict(value)
    if "location" in changes:
        location = changes["location"]
        changes["location"] = tuple(location) if isinstance(location, list) else (str(location),)
    if changes.get("ordinal") is not None:
        changes["ordinal"] = int(changes["ordinal"])
    return replace(meeting, **changes)


def apply_overrides(
    meta: ArticleMeta, corrections: dict[str, Any]
) -> tuple[ArticleMeta, list[str]]:
    """(corrected meta, problems): every correction wins; a malformed one is reported, not applied."""
    changes: dict[str, Any] = {}
    problems: list[str] = []
    for key, value in (corrections or {}).items():
        try:
            if key in ("date", "published"):
                changes[key] = _date(value)
                changes.setdefault("date_inferred", False)
            elif key == "date_inferred":
                changes[key] = bool(value)
            elif key == "meeting" and isinstance(value, dict):
                changes[key] = _meeting(meta.meeting, value)
            elif key == "participants":
                changes[key] = tuple(_participant(item) for item in value or ())
            elif key == "mentioned":
                changes[key] = tuple(_mention(item) for item in value or ())
            elif key in _LIST_KEYS:
                changes[key] = tuple(str(v) for v in (value or ()))
            elif key in _TEXT_KEYS:
                changes[key] = None if value is None else str(value)
            else:
                raise ValueError("không có trường này")
        except (ValueError, TypeError, KeyError) as exc:
            problems.append(f"data/overrides.yaml: {key}: {exc}")
    if "date" in changes:
        # The archivist settled the date: it is no longer partial, nor in the review queue.
        changes["date_partial"] = None
        changes["doubts"] = tuple(d for d in meta.doubts if d.field != "date")
    if changes:
        changes["evidence"] = meta.evidence + tuple(
            (key, "Sửa tay trong data/overrides.yaml") for key in corrections if key in changes
        )
    return replace(meta, **changes), problems
