"""Meeting kind, ordinal, organizer, location and format."""

from __future__ import annotations

import pytest

from generator.extract import extract
from generator.extract.meeting import (
    find_meeting,
    is_routine_review,
    location,
    meeting_kind,
    ordinal,
    organizer,
)
from generator.models import Meeting
from generator.text import normalize

from .helpers import article


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
        ("báo cáo tại Hội nghị giao ban định kỳ", "hội nghị"),  # the head noun of the compound
        ("Ban Tổ chức Trung ương họp giao ban tuần", "giao ban"),
        ("chủ trì họp Thường trực Tiểu ban", "họp"),
        ("Ban Tổ chức sơ duyệt chương trình", "sơ duyệt"),
        ("Chiều nay, Văn phòng tổ chức lễ khai trương Trung tâm Báo chí", "lễ khai trương"),
        ("Hội Nhà báo khai mạc lớp tập huấn cho phóng viên", "lớp tập huấn"),
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
    assert fmt == "trực tuyến, 68 điểm cầu" and places == ("68 điểm cầu trên cả nước",)


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


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ban Chỉ đạo họp phiên lần thứ sáu để cho ý kiến", 6),
        ("Phiên họp lần thứ 6 của Tiểu ban diễn ra sáng nay", 6),
        ("chủ trì phiên họp toàn thể lần thứ hai của Tiểu ban", 2),
        ("Kỳ họp thứ nhất Hội đồng nhân dân tỉnh khóa mới", 1),
        ("Tiểu ban Nhân sự họp phiên thứ mười một", 11),
        ("Tại phiên họp đầu tiên này, các thành viên cho ý kiến", 1),
        ("tiếp thu ý kiến tại phiên họp thứ ba trước đó", None),
        ("sẽ báo cáo tại phiên họp thứ tư sắp tới", None),
        ("như đã thống nhất sau phiên họp thứ hai", None),
        ("Hội nghị Trung ương lần thứ mười bàn về văn kiện", None),
        ("Tiểu ban họp vào thứ Năm, 24/10", None),
    ],
)
def test_ordinal_in_every_form_and_never_of_another_meeting(text, expected):
    assert ordinal(text)[0] == expected


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Tiểu ban đã có buổi làm việc với các cơ quan liên quan", "buổi làm việc"),
        ("Khai mạc Kỳ họp thứ hai Hội đồng nhân dân thành phố", "kỳ họp"),
        ("Phó Thủ tướng đi kiểm tra công tác chuẩn bị tại hội trường", "kiểm tra"),
        ("Tiểu ban Tổ chức phục vụ sơ duyệt các hoạt động", "sơ duyệt"),
        ("Buổi tổng duyệt diễn ra trong không khí khẩn trương", "tổng duyệt"),
        ("Ban Tuyên giáo Trung ương tổ chức họp báo về kết quả hội nghị", "họp báo"),
        ("theo Nghị quyết Hội nghị Trung ương 8, các tiểu ban đã họp", "họp"),
        ("tiếp thu ý kiến từ các phiên họp trước, Tiểu ban họp phiên thứ tư", "phiên họp"),
        ("Ủy ban Kiểm tra Trung ương báo cáo tại cuộc họp", "cuộc họp"),
    ],
)
def test_meeting_kinds_the_press_uses(text, kind):
    assert meeting_kind(text) == kind


@pytest.mark.parametrize(
    "text, congress, expected",
    [
        (
            "Tiểu ban Kinh tế-Xã hội chuẩn bị Đại hội Đảng toàn quốc lần thứ XIII họp",
            "XIII",
            "Tiểu ban Kinh tế - Xã hội Đại hội XIII của Đảng",
        ),
        (
            "Thường trực Tiểu ban Kinh tế - Xã hội của Đại hội Đảng XII họp",
            "XII",
            "Tiểu ban Kinh tế - Xã hội Đại hội XII của Đảng",
        ),
        (
            "Tiểu ban kinh tế xã hội phục vụ Đại hội lần thứ 14 của Đảng đã họp",
            "XIV",
            "Tiểu ban Kinh tế - Xã hội Đại hội XIV của Đảng",
        ),
        (
            "Tiểu ban Điều lệ Đảng Đại hội XIV họp phiên thứ hai",
            "XIV",
            "Tiểu ban Điều lệ Đảng Đại hội XIV",
        ),
        (
            "Thường trực Tiểu ban văn kiện thảo luận dự thảo",
            "XIII",
            "Tiểu ban Văn kiện Đại hội XIII của Đảng",
        ),
        ("Bộ Chính trị đã tổ chức hội nghị lấy ý kiến", None, "Bộ Chính trị"),
        ("Hội nghị giao ban quý II của Ban Tổ chức Trung ương", None, "Ban Tổ chức Trung ương"),
        ("Khai mạc Kỳ họp thứ năm, Quốc hội khóa XV", None, "Quốc hội"),
        ("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư dự và phát biểu", None, None),
        ("Thủ tướng Chính phủ chủ trì cuộc họp", None, None),
        (
            "Cuộc họp giữa hai Tổ Biên tập của Tiểu ban văn kiện và Tiểu ban Điều lệ",
            "XIV",
            "Tổ Biên tập của Tiểu ban Văn kiện và Tiểu ban Điều lệ",
        ),
    ],
)
def test_organizer_from_the_grammar_of_the_sentence(text, congress, expected):
    assert organizer(text, congress) == expected


def test_a_subcommittee_holding_the_meeting_wins_over_one_in_a_title():
    text = (
        "Ông A, Trưởng Tiểu ban Văn kiện Đại hội XIV của Đảng, dự họp Tiểu ban Nhân sự "
        "Đại hội XIV của Đảng"
    )
    assert organizer(text, "XIV") == "Tiểu ban Nhân sự Đại hội XIV của Đảng"


def test_the_event_sentence_is_read_before_the_body():
    sources = [
        "Sáng 3/1, Văn phòng Trung ương Đảng tổ chức hội nghị tổng kết công tác năm.",
        "Văn phòng là cơ quan thường trực Tiểu ban Tổ chức phục vụ Đại hội XIV của Đảng.",
    ]
    assert organizer(sources, "XIV") == "Văn phòng Trung ương Đảng"


def test_a_local_subcommittee_by_the_fullest_name_the_article_gives():
    sources = [
        "Họp Tiểu ban Nhân sự Đại hội Đảng bộ tỉnh Mẫu Sơn lần thứ XVI",
        "Tiểu ban Nhân sự Đại hội đại biểu Đảng bộ tỉnh Mẫu Sơn lần thứ XVI đã họp.",
    ]
    assert organizer(sources, None) == (
        "Tiểu ban Nhân sự Đại hội đại biểu Đảng bộ tỉnh Mẫu Sơn lần thứ XVI"
    )


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("Chiều 4/3, tại Hà Nội, Tiểu ban Nhân sự họp phiên thứ ba.", "Hà Nội"),
        ("Sáng 9/9, tại trụ sở Bộ Ngoại giao, hai tổ biên tập làm việc.", "Trụ sở Bộ Ngoại giao"),
        ("Hội nghị đã diễn ra tại Nhà Quốc hội", "Nhà Quốc hội"),
        (
            "đi kiểm tra công tác chuẩn bị tại Trung tâm Hội nghị Quốc gia (Hà Nội).",
            "Trung tâm Hội nghị Quốc gia",
        ),
        ("Kỳ họp khai mạc tại Hội trường Diên Hồng, Nhà Quốc hội.", "Hội trường Diên Hồng"),
    ],
)
def test_place_of_the_meeting(sentence, place):
    assert location(sentence)[0] == (place,)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tại Nghị quyết số 12-NQ/TW, Trung ương quyết định thành lập các tiểu ban.",
        "Tại Hội nghị, các đại biểu thảo luận.",
        "Phát biểu tại Đại hội XIII, Tổng Bí thư nhấn mạnh.",
    ],
)
def test_what_follows_tai_is_not_always_a_place(sentence):
    assert location(sentence)[0] == ()


def test_connected_sites_with_thousands_separator():
    places, fmt = location("hội nghị trực tuyến đến 1.519 điểm cầu trên cả nước")
    assert places == ("1.519 điểm cầu trên cả nước",) and fmt == "trực tuyến, 1.519 điểm cầu"


def test_place_from_the_opening_when_the_event_sentence_is_unknown():
    meeting = find_meeting(
        "Tiêu đề", None, "", None, ["Chiều 5/5, tại Hà Nội, Tiểu ban họp.", "Câu sau."]
    )
    assert meeting.location == ("Hà Nội",)


def test_headline_names_the_meeting_before_a_caption_of_another_one():
    meeting = find_meeting(
        "Hội nghị lấy ý kiến nguyên lãnh đạo về dự thảo văn kiện",
        "Tổng Bí thư chủ trì phiên họp toàn thể của Tiểu ban ngày 19/7",
        "",
        None,
    )
    assert meeting.kind == "hội nghị"


def test_conference_name_is_not_the_venue():
    meeting = find_meeting(
        None,
        "Chiều 2/5, Hội nghị Sơ kết công tác phục vụ Đại hội đã diễn ra tại Trung tâm Hội nghị quốc gia",
        "",
        None,
    )
    assert meeting.name == "Hội nghị Sơ kết công tác phục vụ Đại hội"


@pytest.mark.parametrize(
    "organizer_, text, routine",
    [
        ("Văn phòng Trung ương Đảng", "Hội nghị tổng kết công tác năm 2024", True),
        ("Ban Tổ chức Trung ương", "hội nghị giao ban trực tuyến quý III", True),
        ("Ban Tuyên giáo và Dân vận Trung ương", "hội nghị báo cáo viên tháng 9", True),
        ("Tiểu ban Tổ chức phục vụ Đại hội XIV của Đảng", "Hội nghị tổng kết công tác năm", False),
        ("Văn phòng Trung ương Đảng", "Hội nghị tổng kết công tác phục vụ Đại hội XIII", False),
        ("Bộ Chính trị", "hội nghị giao ban định kỳ", False),
        # a briefing on a congress's preparation is about that congress
        ("Văn phòng Trung ương Đảng", "giao ban công tác chuẩn bị Đại hội XIII", False),
        ("Văn phòng Trung ương Đảng", "giao ban lần thứ 7 công tác phục vụ Đại hội XIV", False),
    ],
)
def test_routine_review_of_a_central_commission(organizer_, text, routine):
    assert is_routine_review(Meeting(kind="hội nghị", organizer=organizer_), text) is routine


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tiểu ban họp lần 3 để thông qua kế hoạch", 3),
        ("Tổ Biên tập họp lần đầu tiên vào sáng nay", 1),
        ("Phiên họp lần đầu của Thường trực Tiểu ban", 1),
    ],
)
def test_ordinal_counted_with_lan(text, expected):
    assert ordinal(text)[0] == expected


def test_a_sitting_named_without_hop_is_a_phien_hop():
    assert meeting_kind("Phiên thứ 7 Tiểu ban Tổ chức phục vụ Đại hội XIV của Đảng") == "phiên họp"
    assert meeting_kind("tại phiên khai mạc Kỳ họp thứ nhất") == "phiên họp"


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("Hội nghị tổ chức tại Hà Nội và trực tuyến tới các tỉnh.", "Hà Nội"),
        (
            "Sáng 9/9, tại trụ sở Bộ Kế hoạch và Đầu tư, tổ biên tập làm việc.",
            "Trụ sở Bộ Kế hoạch và Đầu tư",
        ),
    ],
)
def test_place_ends_where_the_proper_noun_ends(sentence, place):
    assert location(sentence)[0] == (place,)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ban Thường vụ Tỉnh ủy Mẫu Sơn tổ chức hội nghị sơ kết", "Ban Thường vụ Tỉnh ủy Mẫu Sơn"),
        ("Kỳ họp thứ 12 của HĐND tỉnh Mẫu Sơn", "HĐND tỉnh Mẫu Sơn"),
        ("Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị", None),
    ],
)
def test_local_committees_and_councils_as_organizers(text, expected):
    assert organizer(text, None) == expected


def test_the_other_side_of_a_working_session_is_not_its_host():
    lead = (
        "Chiều 9/1, Thường trực Ban Bí thư có buổi làm việc với Tiểu ban Tổ chức phục vụ "
        "Đại hội XIV của Đảng; đồng chí A, Trưởng Tiểu ban Văn kiện Đại hội XIV, cùng dự."
    )
    meeting = find_meeting(None, lead, "", "XIV")
    assert meeting.kind == "buổi làm việc" and meeting.organizer is None


def test_a_working_session_held_by_a_body_has_that_host():
    lead = "Sáng 5/5, Ban Tổ chức Trung ương tổ chức buổi làm việc với các tỉnh ủy."
    assert find_meeting(None, lead, "", None).organizer == "Ban Tổ chức Trung ương"


@pytest.mark.parametrize(
    "text, kind, expected",
    [
        # a later meeting named further on in its clause
        (
            "Xin ý kiến tại phiên họp toàn thể lần thứ ba của Tiểu ban, dự kiến vào tháng 5.",
            None,
            None,
        ),
        ("Chuẩn bị cho Kỳ họp thứ nhất Quốc hội khóa XVI sắp tới.", None, None),
        # a rehearsal's number is this meeting's only when the meeting is that rehearsal
        ("Tiểu ban tổ chức sơ duyệt lần thứ hai Lễ khai mạc.", "sơ duyệt", 2),
        ("Trước đó, hôm 14-1, Tiểu ban đã sơ duyệt lần đầu tại hội trường.", "tổng duyệt", None),
        # a briefing numbered in its own series
        ("Văn phòng tổ chức giao ban lần thứ 7 công tác chuẩn bị Đại hội.", "giao ban", 7),
        ("Kết luận giao ban lần thứ 6 đã được triển khai.", "phiên họp", None),
    ],
)
def test_ordinal_of_a_later_meeting_or_another_rehearsal(text, kind, expected):
    assert ordinal(text, kind)[0] == expected


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Học viện tổ chức Hội thảo khoa học góp ý vào dự thảo văn kiện.", "hội thảo"),
        ("Tiểu ban tổ chức tọa đàm với các nhà khoa học.", "tọa đàm"),
        ("Tỉnh ủy tổ chức buổi gặp mặt đoàn đại biểu dự Đại hội.", "gặp mặt"),
    ],
)
def test_workshops_seminars_and_send_offs_are_meeting_kinds(text, kind):
    assert meeting_kind(text) == kind


@pytest.mark.parametrize(
    "text, event, expected",
    [
        ("Khai mạc Hội nghị Trung ương 14: Cho ý kiến lần cuối vào dự thảo văn kiện", True, 14),
        ("Ban Chấp hành Trung ương Đảng khóa XIII khai mạc Hội nghị lần thứ 14.", True, 14),
        ("Hội nghị Trung ương 8 khóa XIII bế mạc", True, 8),
        ("Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ mười lăm", True, 15),
        # a plenum cited in the event sentence, or a held one in the body of the text
        ("Theo Kết luận của Hội nghị Trung ương 8, Tiểu ban họp", True, None),
        ("sau Hội nghị Trung ương 13 hồi tháng 10, các tiểu ban tiếp thu", True, None),
        ("Ban Chấp hành Trung ương Đảng khóa XIII khai mạc Hội nghị lần thứ 14.", False, None),
    ],
)
def test_a_conference_numbered_only_when_it_is_the_meeting_reported(text, event, expected):
    assert ordinal(text, "hội nghị", event=event)[0] == expected
    assert ordinal(text, "phiên họp", event=event)[0] is None


def test_the_central_committee_holding_a_plenum_is_its_organizer():
    lead = "Sáng 5/11, Ban Chấp hành Trung ương Đảng khóa XIII khai mạc Hội nghị lần thứ 14."
    assert organizer([lead], "XIV") == "Ban Chấp hành Trung ương Đảng khóa XIII"


def test_the_meetings_number_is_read_in_the_lead_a_relative_day_opens(knowledge):
    meta = extract(
        article(
            normalize(
                "Tổ biên tập Điều lệ họp cho ý kiến dự thảo\nChiều thứ Năm, Tổ biên tập Điều lệ "
                "Đảng đã họp phiên thứ tư, cho ý kiến vào dự thảo báo cáo.\n\nPhiên họp thứ ba "
                "của Tổ biên tập diễn ra ngày 22/4."
            )
        ),
        knowledge,
    )
    assert meta.meeting.ordinal == 4
