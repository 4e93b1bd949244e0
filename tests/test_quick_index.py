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
        meta["hien"] = hook.shown_day({"date": day})
    return {"url": url, "meta": meta}


RECORDS = [
    record("/bai-viet/a/", "Tiểu ban Văn kiện họp", "bai-viet", "2020-01-02", "Trần Cẩm Tú"),
    record("/nguoi/tran-cam-tu/", "Trần Cẩm Tú", "nguoi"),
    record("/bai-viet/b/", "Đảng ủy họp", "bai-viet", "2024-05-06", "Đỗ Văn Chiến. Hoà Bình"),
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
    # url, title as written, date as the page shows it, kind, summary as written
    assert records[2][1:] == ["Đảng ủy họp", "06/05/2024", "bai-viet", "Đỗ Văn Chiến. Hoà Bình"]


def test_dates_are_shown_as_the_pages_show_them():
    assert hook.shown_day({"date": "2025-04-02", "published": "2025-04-03"}) == "02/04/2025"
    assert hook.shown_day({"date_partial": "--04-22", "published": "2021-04-23"}) == (
        "22/04 (chưa rõ năm)"
    )
    assert hook.shown_day({"published": "2024-06-14"}) == "đăng 14/06/2024"
    assert hook.shown_day({}) == ""


def test_a_key_keeps_the_diacritics_with_the_tone_last_wherever_it_was_written():
    assert [hook.key(w) for w in hook.syllables("Hòa Hoà HOÀ Đảng Vượng vướng Vương 2025")] == [
        *["hoaF"] * 3,
        *["đangR", "vươngJ", "vươngS", "vương", "2025"],
    ]
    assert hook.key_fold("vươngJ") == "vuong" and hook.key_fold("đangR") == "dang"


def test_postings_list_every_page_holding_a_syllable_and_those_holding_it_in_the_title(tmp_path):
    hook.write_quick_index(RECORDS, tmp_path)
    entry, shards, _ = read(tmp_path)
    everywhere, titles = (ids(d) for d in shards["tr"]["trânF"])
    assert everywhere == [0, 3]  # the person page and the article naming her
    assert titles == [0]
    # Sharded by the folded form: "Đảng" is with "dang", its key keeps what was written.
    assert ids(shards["da"]["đangR"][0]) == [2]
    assert "hoaF" in shards["ho"] and "hopJ" in shards["ho"] and "xiv" in shards["xi"]
    # entry.json names every shard there is (the search asks for no other).
    assert entry["w"] == sorted(shards)


def test_same_records_same_files_and_a_new_folder_when_they_change(tmp_path):
    hook.write_quick_index(RECORDS, tmp_path / "one")
    hook.write_quick_index(list(reversed(RECORDS)), tmp_path / "two")
    first = json.loads((tmp_path / "one/entry.json").read_text())["v"]
    assert json.loads((tmp_path / "two/entry.json").read_text())["v"] == first
    hook.write_quick_index(RECORDS[:3], tmp_path / "one")
    assert json.loads((tmp_path / "one/entry.json").read_text())["v"] != first
    assert [p.name for p in (tmp_path / "one").iterdir() if p.is_dir()] != [first]
