"""The sharded cache files: what a save rewrites, and what a load accepts."""

from __future__ import annotations

import os

from generator.cache import Parts, Shards


def _stamps(folder):
    return {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}


def test_saves_rewrite_only_the_shards_whose_items_changed(tmp_path):
    items = {f"{n:05d}.txt": f"piece {n}" for n in range(200)}
    store = Shards(tmp_path, "tag")
    store.save(items)
    assert len(list(tmp_path.iterdir())) == Shards.SHARD_COUNT
    for path in tmp_path.iterdir():  # an old time, so that a rewrite shows
        os.utime(path, ns=(1, 1))
    store.save(dict(items))  # the same items: nothing to write
    assert set(_stamps(tmp_path).values()) == {1}
    items["00007.txt"] = "changed"
    store.save(items)
    store.save(items)  # a second save of the same store still compares with what it wrote
    assert sum(t != 1 for t in _stamps(tmp_path).values()) == 1
    assert Shards(tmp_path, "tag").load() == items


def test_a_shard_with_another_tag_or_damaged_counts_as_empty(tmp_path):
    items = {f"k{n}": n for n in range(100)}
    Shards(tmp_path, "old").save(items)
    assert Shards(tmp_path, "new").load() == {}
    damaged = sorted(tmp_path.iterdir())[0]
    damaged.write_bytes(b"not a pickle")
    loaded = Shards(tmp_path, "old").load()
    assert loaded and set(loaded) < set(items)


def test_parts_are_read_one_by_one_and_parts_gone_are_removed(tmp_path):
    store = Parts(tmp_path, "tag")
    assert store.load("2024") == {}  # nothing saved yet
    store.save({"2024": {"a": 1}, "2025": {"b": 2}}, keep=["2024", "2025"])
    (tmp_path / "07.pickle").write_bytes(b"a hash shard of an older version")
    assert Parts(tmp_path, "tag").load("2025") == {"b": 2}
    assert Parts(tmp_path, "other tag").load("2025") == {}  # made by other code: empty
    (tmp_path / "2024.pickle").write_bytes(b"\x80damaged")
    assert store.load("2024") == {}
    store.save({"2026": {"c": 3}}, keep=["2025", "2026"])  # 2024 gone, 2025 untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2025.pickle", "2026.pickle"]
    assert store.load("2025") == {"b": 2} and store.load("2026") == {"c": 3}


def test_the_extraction_fingerprint_covers_every_module_extraction_runs():
    """A change to any module cleaning or extraction imports must invalidate cached results
    (debris.py was left out once: a changed menu rule did not reach cached articles)."""
    import subprocess
    import sys

    from generator.cache import _RULES, PACKAGE

    code = (
        "import sys, generator.parallel; "
        "print('\\n'.join(m for m in sys.modules if m.startswith('generator.')))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    covered = set()
    for rule in _RULES:
        path = PACKAGE / rule
        covered |= {p for p in path.rglob("*.py")} if path.is_dir() else {path}
    runners = {"generator.parallel", "generator.progress", "generator.settings", "generator.errors"}
    for module in loaded:
        if module in runners or module == "generator.cache":
            continue
        relative = module.removeprefix("generator.").replace(".", "/")
        candidates = [PACKAGE / f"{relative}.py", PACKAGE / relative / "__init__.py"]
        assert any(c in covered for c in candidates), f"{module} is not in cache._RULES"
