"""The quick search index written by hooks/pagefind_index.py (searched by archive-search.js)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("pagefind_index", ROOT / "hooks/pagefind_index.py")
assert _spec and _spec.loader
hook = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hook)


def record(url: str, title: str, kind: str, day: str = "", rest: str = "") -> dict:
    meta = {"title": title, "loai": kind, "tomtat": rest}
    if day:
        meta["ngay"] = day
    return {"url": url, "content": hook.fold(f"{title}. {rest}"), "meta": meta}


RECORDS = [
    record("/bai-viet/a/", "Tiểu ban Văn kiện họp", "bai-viet", "2020-01-02", "Trần Cẩm Tú"),
    record("/nguoi/tran-cam-tu/", "Trần Cẩm Tú", "nguoi"),
    record("/bai-viet/b/", "Đảng ủy họp", "bai-viet", "2024-05-06", "Đỗ Văn Chiến"),
    record("/dai-hoi/xiv/", "Đại hội XIV", "dai-hoi"),
]


def read(folder: Path) -> tuple[dict, dict[str, dict], list[list]]:
    entry = json.loads((folder / "entry.json").read_text(encoding="utf-8"))
    files = folder / entry["v"]
    shards = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (files / "w").iterdir()}
    blocks = sorted((files / "r").iterdir(), key=lambda p: int(p.stem))
    records = [r for p in blocks for r in json.loads(p.read_text(encoding="utf-8"))]
    return entry, shards, records


def ids(deltas: list[int]) -> list[int]:
    out, at = [], 0
    for delta in deltas:
        at += delta
        out.append(at)
    return out


def test_folding_drops_diacritics_and_dj():
    assert hook.fold("Đảng ủy Trần Cẩm Tú") == "dang uy tran cam tu"


def test_records_are_people_then_congresses_then_newest_articles(tmp_path):
    hook.write_quick_index(RECORDS, tmp_path)
    entry, _, records = read(tmp_path)
    assert entry["n"] == 4
    assert [r[0] for r in records] == [
        "/nguoi/tran-cam-tu/",
        "/dai-hoi/xiv/",
        "/bai-viet/b/",
        "/bai-viet/a/",
    ]
    # url, title as written, date, kind, summary as written (the script folds them to search)
    assert records[2][1:] == ["Đảng ủy họp", "2024-05-06", "bai-viet", "Đỗ Văn Chiến"]


def test_postings_list_every_page_holding_a_syllable_and_those_holding_it_in_the_title(tmp_path):
    hook.write_quick_index(RECORDS, tmp_path)
    _, shards, _ = read(tmp_path)
    everywhere, titles = (ids(d) for d in shards["tr"]["tran"])
    assert everywhere == [0, 3]  # the person page and the article naming her
    assert titles == [0]
    assert ids(shards["da"]["dang"][0]) == [2]  # "Đảng" is found by "dang"
    assert "hop" in shards["ho"] and "xiv" in shards["xi"]


def test_same_records_same_files_and_a_new_folder_when_they_change(tmp_path):
    hook.write_quick_index(RECORDS, tmp_path / "one")
    hook.write_quick_index(list(reversed(RECORDS)), tmp_path / "two")
    first = json.loads((tmp_path / "one/entry.json").read_text())["v"]
    assert json.loads((tmp_path / "two/entry.json").read_text())["v"] == first
    hook.write_quick_index(RECORDS[:3], tmp_path / "one")
    assert json.loads((tmp_path / "one/entry.json").read_text())["v"] != first
    assert [p.name for p in (tmp_path / "one").iterdir() if p.is_dir()] != [first]
