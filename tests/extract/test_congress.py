"""Congress numbers: Roman and Arabic forms, terms, and what is not a Party congress."""

from __future__ import annotations

import pytest

from generator.extract.congress import find_congresses


@pytest.mark.parametrize(
    "text, about, mentioned",
    [
        ("Tiểu ban Tổ chức phục vụ Đại hội XIV của Đảng họp.", ("XIV",), ()),
        ("Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", ("XIII",), ()),
        ("chuẩn bị Đại hội lần thứ 14 của Đảng", ("XIV",), ()),
        ("các văn kiện trình Đại hội 14", ("XIV",), ()),
        ("Đại hội XIV ... Đại hội XIV ... kết quả Đại hội XIII", ("XIV",), ("XIII",)),
        ("Ban Chấp hành Trung ương khóa XIII quyết định về Đại hội XIV", ("XIV",), ("XIII",)),
        ("Ủy ban Kiểm tra Trung ương khoá XII", (), ("XII",)),
    ],
)
def test_congress_forms(text, about, mentioned):
    got_about, got_mentioned, warnings = find_congresses(text)
    assert (got_about, got_mentioned) == (about, mentioned)
    assert warnings == []


@pytest.mark.parametrize(
    "text",
    [
        "Đại biểu Quốc hội khóa XV tham dự.",
        "Tiểu ban Tổ chức phục vụ Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025.",
        "Đại hội đại biểu Đảng bộ thành phố lần thứ XVII.",
    ],
)
def test_not_party_congresses(text):
    assert find_congresses(text)[:2] == ((), ())


def test_invalid_numeral_is_a_warning_never_an_index_entry():
    about, mentioned, warnings = find_congresses(
        "Ban Chấp hành Trung ương khóa XIIII và Đại hội XIII"
    )
    assert about == ("XIII",) and mentioned == ()
    assert len(warnings) == 1 and "XIIII" in warnings[0]
