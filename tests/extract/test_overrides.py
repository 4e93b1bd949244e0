"""Archivist corrections win over extraction, survive regeneration, and bad ones are reported."""

from __future__ import annotations

import datetime as dt
import shutil

from generator.__main__ import main
from generator.extract.overrides import apply_overrides
from generator.models import ArticleMeta, Doubt, Meeting
from generator.render.frontmatter import load


def test_corrections_replace_fields():
    meta = ArticleMeta(
        title="x", date=dt.date(2020, 1, 1), date_inferred=True, meeting=Meeting(kind="họp")
    )
    fixed, problems = apply_overrides(
        meta,
        {
            "date": "2021-04-22",
            "meeting": {"ordinal": 2, "location": "Hà Nội"},
            "participants": [{"name": "Võ Văn Thưởng", "roles": ["Thường trực Ban Bí thư"]}],
        },
    )
    assert problems == []
    assert fixed.date == dt.date(2021, 4, 22) and fixed.date_inferred is False
    assert fixed.meeting == Meeting(kind="họp", ordinal=2, location=("Hà Nội",))
    assert fixed.participants[0].slug == "vo-van-thuong"
    assert ("date", "Sửa tay trong data/overrides.yaml") in fixed.evidence


def test_malformed_correction_is_reported_and_skipped():
    meta = ArticleMeta(title="x")
    fixed, problems = apply_overrides(
        meta, {"date": "22/4", "colour": "red", "meeting": {"room": 1}}
    )
    assert fixed == meta
    assert len(problems) == 3


def test_overrides_survive_regeneration(tmp_path, root):
    data = tmp_path / "data"
    shutil.copytree(root / "data", data)
    seeds = tmp_path / "seeds"
    shutil.copytree(root / "tests" / "fixtures" / "articles", seeds)
    (data / "overrides.yaml").write_text(
        "hoi-nghi-tong-ket.txt:\n  title: Tiêu đề do người biên tập sửa\n  congress: [XIII]\n",
        encoding="utf-8",
    )
    docs = tmp_path / "docs"
    for _ in range(2):
        assert main(["--seeds", str(seeds), "--docs", str(docs), "--data", str(data)]) == 0
    pages = [load(p.read_text(encoding="utf-8")) for p in (docs / "bai-viet").glob("*.md")]
    fixed = [p for p in pages if p.get("source_file") == "hoi-nghi-tong-ket.txt"]
    assert fixed and fixed[0]["title"] == "Tiêu đề do người biên tập sửa"


def test_a_date_correction_settles_the_partial_date_and_its_doubt():
    doubt = Doubt("date", "--04-22", "Ngày 22/4 không ghi năm.", "Chiều 22/4, Tiểu ban họp.")
    other = Doubt("participants", "A", "Tên đọc không chắc.")
    meta = ArticleMeta(title="x", date_partial="--04-22", doubts=(doubt, other))
    fixed, problems = apply_overrides(meta, {"date": "2021-04-22"})
    assert not problems
    assert (fixed.date, fixed.date_partial, fixed.doubts) == (dt.date(2021, 4, 22), None, (other,))
