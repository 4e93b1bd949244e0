"""The writer's files updated rather than rendered (FilePlan, the SQLite database): staged
and moved in like pages, started from the spare the last run set aside, never changed in
place."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.models import FilePlan
from generator.write import write_pages


def plan(key: str, update) -> FilePlan:
    return FilePlan("du-lieu/d.bin", key, update)


def appending(text: str):
    def update(path: Path) -> None:
        old = path.read_bytes() if path.exists() else b""
        path.write_bytes(old + text.encode())

    return update


def test_an_update_that_fails_leaves_the_file_as_it_was(tmp_path):
    docs = tmp_path / "docs"
    write_pages([plan("1", appending("a"))], docs)
    target = docs / "du-lieu/d.bin"

    def failing(path: Path) -> None:
        appending("b")(path)
        raise RuntimeError("dừng giữa chừng")

    with pytest.raises(RuntimeError):
        write_pages([plan("2", failing)], docs)
    assert target.read_bytes() == b"a"
    write_pages([plan("2", appending("b"))], docs)
    assert target.read_bytes() == b"ab"


def test_a_file_updated_by_runs_starts_from_the_spare_and_skips_unchanged_keys(tmp_path):
    docs = tmp_path / "docs"
    target, spare = docs / "du-lieu/d.bin", tmp_path / ".docs.spare/du-lieu/d.bin"
    seen: list[bytes] = []

    def update(path: Path) -> None:
        seen.append(path.read_bytes() if path.exists() else b"")
        appending("x")(path)

    write_pages([plan("1", update)], docs)  # nothing to start from
    write_pages([plan("2", update)], docs)  # a copy of the file
    assert spare.read_bytes() == b"x" and not os.path.samefile(spare, target)
    write_pages([plan("3", update)], docs)  # the spare: the file of the run before last
    write_pages([plan("3", update)], docs)  # same key: not updated
    assert seen == [b"", b"x", b"x"] and target.read_bytes() == b"xx"
    assert spare.read_bytes() == b"xx"


def test_a_spare_that_is_still_the_file_itself_is_not_updated(tmp_path):
    """Stopped between setting the file aside and replacing it, with the journal lost: the
    spare is a second name of the file in docs/, which must not change in place."""
    docs = tmp_path / "docs"
    write_pages([plan("1", appending("a"))], docs)
    target, spare = docs / "du-lieu/d.bin", tmp_path / ".docs.spare/du-lieu/d.bin"
    spare.parent.mkdir(parents=True, exist_ok=True)
    os.link(target, spare)
    write_pages([plan("2", appending("b"))], docs)
    assert target.read_bytes() == b"ab" and spare.read_bytes() == b"a"


def test_a_file_edited_by_hand_since_is_written_afresh(tmp_path):
    docs = tmp_path / "docs"
    write_pages([plan("1", appending("a"))], docs)
    (docs / "du-lieu/d.bin").write_bytes(b"edited by hand")
    write_pages([plan("2", appending("b"))], docs)
    assert (docs / "du-lieu/d.bin").read_bytes() == b"b"
