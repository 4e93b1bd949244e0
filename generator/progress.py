"""Progress bars for the long stages of a run: on a terminal only, and only once a stage has
lasted a few seconds, so short runs and piped or logged output stay silent."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")

SHOW_AFTER = 2.0
"""Seconds a stage runs before its bar appears (a shorter stage shows none)."""


def progress(
    items: Iterable[T], desc: str, unit: str, total: int | None = None, show: bool | None = None
) -> Iterable[T]:
    """``items`` unchanged, behind a tqdm bar on standard error when it is a terminal (or when
    ``show`` is True); ``show`` False or standard error not a terminal: no bar at all."""
    visible = sys.stderr.isatty() if show is None else show
    if not visible:
        return items
    from tqdm import tqdm  # imported only when a bar may be shown

    return tqdm(items, desc=desc, unit=unit, total=total, file=sys.stderr, delay=SHOW_AFTER)
