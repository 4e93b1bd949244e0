"""Event dates and page dates in the formats Vietnamese news uses, with distractors."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.dates import event_date, published_date, stated_year
from generator.models import Participant

from .helpers import article

TITLE = "Tiêu đề của một bài viết mẫu\n"


@pytest.mark.parametrize(
    "text, expected, inferred",
    [
        ("Ngày 21-8-2024, tại Hà Nội, Tiểu ban họp.", dt.date(2024, 8, 21), False),
        ("Chiều 28/12/2023, tại Hà Nội, Văn phòng họp.", dt.date(2023, 12, 28), False),
        ("Thứ Sáu, 14/6/2024\nSáng 13/6, Tiểu ban họp.", dt.date(2024, 6, 13), True),
        (
            "Thứ Bảy, 31-10-2020, 04:36\nChiều ngày 30-10, Tiểu ban họp.",
            dt.date(2020, 10, 30),
            True,
        ),
        ("19/12/2025 21:48\nChiều 19/12, Tiểu ban họp.", dt.date(2025, 12, 19), True),
        # Reported after New Year about the old year.
        ("Thứ Hai, 4/1/2021\nChiều ngày 30-12, Ban họp giao ban.", dt.date(2020, 12, 30), True),
        # Header month only.
        (" date 2025-04 Sáng 2/4, Tiểu ban họp phiên thứ ba.", dt.date(2025, 4, 2), True),
        # Dot separator, year from the year under review.
        ("Ngày 29.12, Văn phòng tổng kết công tác năm 2021.", dt.date(2021, 12, 29), True),
    ],
)
def test_event_date_formats(knowledge, text, expected, inferred):
    got = event_date(article(TITLE + text), knowledge, ())
    assert got[:2] == (expected, inferred)
    assert got[2] is not None


@pytest.mark.parametrize(
    "text",
    [
        "Theo Quyết định số 226-QĐ/TW, ngày 22-5-2020 của Ban Chấp hành Trung ương, Tiểu ban họp.",
        "Tiểu ban phải hoàn thành trước ngày 15/3 các báo cáo.",
        "Kể từ sau phiên họp cuối tháng 11/2025 đến nay, các cơ quan đã làm tốt.",
    ],
)
def test_distractor_dates_are_not_the_event(knowledge, text):
    assert event_date(article(TITLE + text), knowledge, ()) == (None, False, None)


def test_text_without_a_day_has_no_date(knowledge):
    assert (
        event_date(article(TITLE + "Tiểu ban họp phiên thứ nhất."), knowledge, ("XIV",))[0] is None
    )


def test_congress_window_and_office_tenures_choose_the_year(knowledge):
    chair = Participant("Trương Thị Mai", "truong-thi-mai", ("Thường trực Ban Bí thư",))
    text = TITLE + "Ngày 7.3, Tiểu ban Tổ chức phục vụ Đại hội XIV của Đảng họp."
    assert event_date(article(text), knowledge, ("XIV",), (chair,))[0] == dt.date(2024, 3, 7)


def test_preparation_meeting_defaults_to_the_last_year_before_the_congress(knowledge):
    text = TITLE + "Chiều 5/1, Tiểu ban họp, chuẩn bị diễn tập phục vụ Đại hội XII."
    assert event_date(article(text), knowledge, ("XII",))[0] == dt.date(2016, 1, 5)


def test_review_conference_follows_the_congress(knowledge):
    text = TITLE + "Chiều 22/4, Tiểu ban tổ chức Hội nghị tổng kết công tác phục vụ Đại hội XIII."
    assert event_date(article(text), knowledge, ("XIII",))[0] == dt.date(2021, 4, 22)


def test_former_office_holder_dates_after_the_tenure(knowledge):
    former = Participant("Trần Quốc Vượng", "tran-quoc-vuong", ("nguyên Thường trực Ban Bí thư",))
    text = TITLE + "Chiều 22/4, Tiểu ban tổng kết công tác phục vụ Đại hội XIII."
    assert event_date(article(text), knowledge, ("XIII",), (former,))[0] == dt.date(2021, 4, 22)


def test_published_date_from_page_header(knowledge):
    assert published_date(article("Thứ Sáu, 14/6/2024\n" + TITLE + "Thân bài.")) == dt.date(
        2024, 6, 14
    )
    assert published_date(article("Chủ Nhật, Tháng Sáu 23, 2024\n" + TITLE + "Thân.")) == dt.date(
        2024, 6, 23
    )
    assert published_date(article(TITLE + "Thân bài.")) is None


@pytest.mark.parametrize(
    "text, month, year",
    [
        ("Hội nghị tổng kết công tác năm 2021, triển khai nhiệm vụ năm 2022", 12, 2021),
        ("Hội nghị tổng kết năm 2021", 1, 2022),
        ("Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025", 2, 2020),
        ("Không có năm nào ở đây", 3, None),
    ],
)
def test_year_stated_in_the_text(text, month, year):
    assert stated_year(text, month) == year


def test_header_with_dash_before_time_and_planned_year(knowledge):
    assert published_date(article("Thứ Tư, 14/1/2026 - 20:15\n" + TITLE + "Thân.")) == dt.date(
        2026, 1, 14
    )
    text = (
        TITLE
        + "Sáng 10-1, Văn phòng tổ chức Hội nghị triển khai nhiệm vụ năm 2023. Trong năm 2022, …"
    )
    assert event_date(article(text), knowledge, ())[0] == dt.date(2023, 1, 10)
