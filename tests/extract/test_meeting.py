"""Meeting kind, ordinal, organizer, location and format."""

from __future__ import annotations

import pytest

from generator.extract.meeting import find_meeting, location, meeting_kind, ordinal, organizer


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tiểu ban họp phiên thứ nhất.", 1),
        ("Tiểu ban Tổ chức Đại hội XII của Đảng họp Phiên thứ 5.", 5),
        ("Phiên họp thứ ba của Tiểu ban", 3),
        ("đã họp phiên đầu tiên", 1),
        ("Tiểu ban họp lần thứ 2 để cho ý kiến", 2),
        ("kết quả từ phiên họp thứ tư đến nay", None),
        ("Tại Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng", None),
        ("Tiểu ban đã họp.", None),
    ],
)
def test_ordinal_only_for_this_meeting(text, expected):
    assert ordinal(text)[0] == expected


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Tiểu ban họp phiên thứ nhất. Bà X chủ trì phiên họp.", "phiên họp"),
        ("Tham dự cuộc họp có các đồng chí", "cuộc họp"),
        ("báo cáo tại Hội nghị giao ban định kỳ", "giao ban"),
        ("chủ trì họp Thường trực Tiểu ban", "họp"),
        ("Ban Tổ chức sơ duyệt chương trình", "sơ duyệt"),
        ("Không có gì", None),
    ],
)
def test_meeting_kind(text, kind):
    assert meeting_kind(text) == kind


@pytest.mark.parametrize(
    "text, congress, expected",
    [
        (
            "Tiểu ban Phục vụ Đại hội XIV họp",
            "XIV",
            "Tiểu ban Tổ chức phục vụ Đại hội XIV của Đảng",
        ),
        (
            "Tiểu ban Tổ chức phục vụ Đại hội đại biểu toàn quốc lần thứ XIV của Đảng (Tiểu ban) họp",
            "XIV",
            "Tiểu ban Tổ chức phục vụ Đại hội XIV của Đảng",
        ),
        (
            "chủ trì họp Tiểu ban nhân sự Đại hội XIII của Đảng",
            "XIII",
            "Tiểu ban Nhân sự Đại hội XIII của Đảng",
        ),
        (
            "Tiểu ban Kinh tế - Xã hội của Đại hội XIII",
            "XIII",
            "Tiểu ban Kinh tế - Xã hội Đại hội XIII của Đảng",
        ),
        (
            "Thường trực Tiểu ban Văn kiện Đại hội 14 họp",
            "XIV",
            "Tiểu ban Văn kiện Đại hội XIV của Đảng",
        ),
        ("Văn phòng Trung ương Đảng tổ chức Hội nghị tổng kết", None, "Văn phòng Trung ương Đảng"),
        (
            "Tiểu ban Tổ chức phục vụ Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025",
            None,
            "Tiểu ban Tổ chức phục vụ Đại hội Đảng bộ tỉnh lần thứ XX",
        ),
    ],
)
def test_organizer_canonical_form(text, congress, expected):
    assert organizer(text, congress) == expected


def test_online_meeting_with_connected_sites():
    places, fmt = location(
        "Sáng 29/12, Văn phòng Trung ương Đảng tổ chức hội nghị trực tuyến tại 3 điểm cầu: "
        "điểm cầu Hà Nội, Đà Nẵng và Thành phố Hồ Chí Minh."
    )
    assert places == ("Hà Nội", "Đà Nẵng", "Thành phố Hồ Chí Minh")
    assert fmt == "trực tuyến, 3 điểm cầu"
    places, fmt = location("Hội nghị giao ban trực tuyến với 68 điểm cầu trên cả nước.")
    assert fmt == "trực tuyến, 68 điểm cầu" and places == ("68 điểm cầu",)


def test_place_after_tai():
    assert location("Sáng 24/10, tại Trụ sở Trung ương Đảng, Tiểu ban họp.")[0] == (
        "Trụ sở Trung ương Đảng",
    )
    assert location("Tại phiên họp, các thành viên thảo luận.")[0] == ()


def test_conference_name():
    meeting = find_meeting(
        None,
        "Chiều 28/12/2023, tại Hà Nội, đồng chí X chủ trì Hội nghị tổng kết công tác năm 2023, "
        "triển khai nhiệm vụ năm 2024 của Văn phòng Trung ương Đảng.",
        "",
        None,
    )
    assert meeting.kind == "hội nghị"
    assert meeting.name == (
        "Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 của Văn phòng Trung ương Đảng"
    )
    assert meeting.location == ("Hà Nội",)


def test_venue_named_hoi_nghi_is_not_the_meeting_kind():
    assert meeting_kind("tại Trung tâm Hội nghị Quốc gia, Tiểu ban tổ chức sơ duyệt") == "sơ duyệt"
