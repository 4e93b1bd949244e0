"""The article's title: its own headline, else one built from the meeting, with a doubt."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from generator.extract import extract
from generator.extract.headline import title_of
from generator.models import Meeting

from .helpers import article

THIRD = Meeting(
    kind="phiên họp", ordinal=3, organizer="Tiểu ban Tổ chức phục vụ Đại hội XIV của Đảng"
)


def test_a_real_headline_is_kept_and_raises_no_doubt():
    title, doubt = title_of("Tiểu ban Văn kiện họp phiên thứ hai", THIRD, None, "Câu mở đầu.")
    assert title == "Tiểu ban Văn kiện họp phiên thứ hai" and doubt is None


def test_title_built_from_kind_number_organizer_and_date():
    title, doubt = title_of(None, THIRD, dt.date(2025, 4, 2), "Sáng 2/4, Tiểu ban họp.")
    assert title == (
        "Phiên họp thứ ba Tiểu ban Tổ chức phục vụ Đại hội XIV của Đảng ngày 02/04/2025"
    )
    assert doubt is not None and doubt.field == "title" and doubt.value == title
    assert doubt.evidence == "Sáng 2/4, Tiểu ban họp."
    assert "không có dòng tiêu đề" in doubt.reason


def test_without_a_date_the_title_ends_with_the_organizer():
    title, _ = title_of(None, THIRD, None, None)
    assert title == "Phiên họp thứ ba Tiểu ban Tổ chức phục vụ Đại hội XIV của Đảng"


@pytest.mark.parametrize("bare", ["Họp", "Cuộc họp", "Hội nghị", "Phiên họp"])
def test_a_bare_meeting_noun_is_no_headline(bare):
    title, doubt = title_of(bare, THIRD, dt.date(2025, 4, 2), None)
    assert title.startswith("Phiên họp thứ ba Tiểu ban")
    assert doubt is not None and f"“{bare}”" in doubt.reason


def test_a_bare_kind_alone_is_never_the_title():
    lead = "Chiều 9/9, các đồng chí lãnh đạo đã họp để bàn về công tác chuẩn bị đại hội các cấp trong tỉnh."
    title, doubt = title_of(None, Meeting(kind="cuộc họp"), None, lead)
    assert title == "Chiều 9/9, các đồng chí lãnh đạo đã họp để bàn về công tác…"
    assert doubt is not None and "câu mở đầu" in doubt.reason


def test_a_conference_is_titled_by_its_name_and_whose_it_is():
    meeting = Meeting(
        kind="hội nghị",
        name="Hội nghị tổng kết công tác năm 2024",
        organizer="Ban Tổ chức Trung ương",
    )
    title, _ = title_of(None, meeting, dt.date(2024, 12, 27), None)
    assert title == "Hội nghị tổng kết công tác năm 2024 của Ban Tổ chức Trung ương ngày 27/12/2024"


def test_an_outing_with_no_organizer_is_placed():
    meeting = Meeting(kind="kiểm tra", location=("Trung tâm Hội nghị Quốc gia",))
    title, _ = title_of(None, meeting, dt.date(2025, 12, 20), None)
    assert title == "Kiểm tra tại Trung tâm Hội nghị Quốc gia ngày 20/12/2025"


def test_kind_unknown_but_organizer_known():
    meeting = Meeting(organizer="Tiểu ban Nhân sự Đại hội XIV của Đảng")
    title, _ = title_of(None, meeting, None, None)
    assert title == "Cuộc họp Tiểu ban Nhân sự Đại hội XIV của Đảng"


PAGE_WITHOUT_TITLE = (
    "Liên hệ quảng cáo: 0903 000 111\n"
    "(ABC) - Chiều 12/3/2025, tại Trụ sở Trung ương Đảng, Tiểu ban Văn kiện Đại hội XIV của "
    "Đảng họp phiên lần thứ tư.\n"
    "Tại phiên họp, các thành viên cho ý kiến vào dự thảo.\n"
)


def test_extract_builds_the_title_and_asks_for_review(knowledge):
    meta = extract(article(PAGE_WITHOUT_TITLE), knowledge, use_ner=False)
    assert meta.title == ("Phiên họp thứ tư Tiểu ban Văn kiện Đại hội XIV của Đảng ngày 12/03/2025")
    assert [d.field for d in meta.doubts] == ["title"]
    assert meta.meeting.location == ("Trụ sở Trung ương Đảng",)
    assert meta.source == "ABC"


def test_a_title_settled_by_an_archivist_is_no_longer_in_doubt(knowledge):
    corrected = dataclasses.replace(
        knowledge, overrides={"case.txt": {"title": "Tiểu ban Văn kiện họp phiên thứ tư"}}
    )
    meta = extract(article(PAGE_WITHOUT_TITLE), corrected, use_ner=False)
    assert meta.title == "Tiểu ban Văn kiện họp phiên thứ tư" and meta.doubts == ()


def test_a_commission_s_year_end_review_is_about_no_single_congress(knowledge):
    text = (
        "Ban Tổ chức Trung ương tổng kết công tác năm 2019\n"
        "Sáng 3/1/2020, Ban Tổ chức Trung ương tổ chức hội nghị tổng kết công tác năm 2019, "
        "triển khai nhiệm vụ năm 2020, trọng tâm là chuẩn bị Đại hội XIII của Đảng.\n"
        "Năm 2020 ngành tập trung phục vụ Đại hội XIII của Đảng.\n"
    )
    meta = extract(article(text), knowledge, use_ner=False)
    assert meta.congress == () and meta.congress_mentioned == ("XIII",)
    assert meta.meeting.organizer == "Ban Tổ chức Trung ương"


def test_a_subcommittee_meeting_is_about_its_congress(knowledge):
    text = (
        "Sáng 2/6/2025, Tiểu ban Nhân sự Đại hội XIV của Đảng họp phiên thứ tư.\n"
        "Các thành viên rút kinh nghiệm công tác nhân sự Đại hội XIII, nhất là nhân sự "
        "Đại hội XIII ở Trung ương và Đại hội XIII ở địa phương.\n"
    )
    meta = extract(article(text), knowledge, use_ner=False)
    assert meta.congress == ("XIV",) and meta.congress_mentioned == ("XIII",)
