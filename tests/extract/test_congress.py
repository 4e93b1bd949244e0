"""Congress numbers: Roman and Arabic forms, terms, and what is not a Party congress."""

from __future__ import annotations

import pytest

from generator.extract import extract
from generator.extract.congress import find_congresses
from generator.text import normalize

from .helpers import article


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
        ("Tiểu ban Văn kiện Đại hội lần thứ mười ba của Đảng họp", ("XIII",), ()),
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


@pytest.mark.parametrize(
    "text, about",
    [
        ("Thường trực Tiểu ban Văn kiện của Đại hội Đảng XII họp sáng nay.", ("XII",)),
        ("góp ý dự thảo trình Đại hội Đảng toàn quốc lần thứ XIV", ("XIV",)),
        ("công tác chuẩn bị đại hội Đảng lần thứ XIII", ("XIII",)),
        ("dự thảo văn kiện trình Đại hội lần thứ 13 của Đảng", ("XIII",)),
        ("Đại hội Đảng Cộng sản Việt Nam lần thứ XII", ("XII",)),
        ("Tiểu ban Kinh tế - Xã hội chuẩn bị Đại hội Đảng toàn quốc lần thứ XIII họp", ("XIII",)),
        ("Khẩn trương chuẩn bị nhân sự ĐH XIV", ("XIV",)),
    ],
)
def test_party_congress_in_every_press_form(text, about):
    assert find_congresses(text)[0] == about


def test_a_list_of_congresses_counts_each():
    about, mentioned, _ = find_congresses(
        "Đại hội XIV của Đảng … kinh nghiệm từ các Đại hội XII, XIII và Đại hội XIV"
    )
    assert about == ("XIV",) and mentioned == ("XII", "XIII")


@pytest.mark.parametrize(
    "text",
    [
        "chuẩn bị Đại hội Thi đua yêu nước toàn quốc lần thứ XI",
        "Đại hội đại biểu toàn quốc lần thứ X Mặt trận Tổ quốc Việt Nam",
        "Đại hội đại biểu lần thứ XVII Đảng bộ thành phố",
        "Đại hội Công đoàn Việt Nam lần thứ XIII",
        "đại biểu Hội đồng nhân dân tỉnh khóa XVI",
        "Ban Chấp hành Đảng bộ tỉnh khóa XX",
        "kỳ họp của Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV",
    ],
)
def test_congresses_and_terms_of_other_bodies_are_not_party_congresses(text):
    assert find_congresses(text)[:2] == ((), ())


def test_a_central_committee_term_is_a_mention_even_after_a_plenum_number():
    assert find_congresses("Hội nghị Trung ương 15 khóa XII bàn về nhân sự") == ((), ("XII",), [])


def test_a_word_after_the_numeral_that_only_looks_like_a_body_does_not_hide_it():
    assert find_congresses("Đại hội XIII đoàn kết, dân chủ, kỷ cương, đổi mới")[0] == ("XIII",)


def test_malformed_congress_numeral_warns():
    about, _, warnings = find_congresses("tiến tới Đại hội XIIV của Đảng")
    assert about == () and warnings and "XIIV" in warnings[0]


@pytest.mark.parametrize(
    "text",
    [
        "Đại hội Đảng bộ tỉnh lần thứ XVIII thành công, tiến tới Đại hội XIV của Đảng.",
        "thi đua lập thành tích hướng tới Đại hội Đảng toàn quốc lần thứ XIV",
        "phong trào thi đua hướng tới thành công Đại hội XIV của Đảng",
    ],
)
def test_a_congress_on_the_horizon_is_mentioned_not_the_subject(text):
    assert find_congresses(text)[:2] == ((), ("XIV",))


def test_the_subject_is_still_found_beside_a_congress_on_the_horizon():
    text = "Tiểu ban Văn kiện Đại hội XIV họp … Đại hội XIV … tiến tới Đại hội XIV"
    assert find_congresses(text)[:2] == (("XIV",), ())


def test_party_named_before_the_ordinal():
    assert find_congresses("Đại hội đại biểu toàn quốc của Đảng lần thứ XIII")[0] == ("XIII",)


def test_the_congress_the_headline_names_is_the_subject():
    headline = "Tiểu ban Tổ chức phục vụ Đại hội XIV họp phiên thứ hai"
    body = "rút kinh nghiệm Đại hội XIII … như ở Đại hội XIII … sau Đại hội XIII"
    about, mentioned, _ = find_congresses(f"{headline}\n{body}", headline)
    assert about == ("XIV",) and mentioned == ("XIII",)


def test_a_bare_number_after_another_bodys_congress_is_that_congress():
    about, _, _ = find_congresses(
        "Tiểu ban Văn kiện Đại hội X Mặt trận Tổ quốc Việt Nam họp. Đại hội X dự kiến tổ chức "
        "trong quý IV; dự thảo bám sát Nghị quyết Đại hội XIII của Đảng."
    )
    assert about == ("XIII",)


def test_delegates_without_toan_quoc_is_a_local_congress():
    about, _, _ = find_congresses(
        "Đảng bộ huyện khai mạc Đại hội đại biểu lần thứ XIV, nhiệm kỳ 2020-2025."
    )
    assert about == ()


@pytest.mark.parametrize(
    "headline, about",
    [
        ("Ban Tổ chức Trung ương giao ban chuẩn bị nhân sự Đại hội XII", ("XII",)),
        ("Ban Tổ chức Trung ương giao ban công tác tháng 12", ()),
    ],
)
def test_a_periodic_briefing_is_about_the_congress_its_headline_puts_forward(
    knowledge, headline, about
):
    from generator.extract import extract

    from .helpers import article

    text = (
        f"{headline}\nSáng 28/12, Ban Tổ chức Trung ương tổ chức giao ban công tác tháng 12, tập "
        "trung vào công tác chuẩn bị nhân sự Đại hội XII của Đảng."
    )
    assert extract(article(text), knowledge, use_ner=False).congress == about


@pytest.mark.parametrize(
    "text, about, mentioned",
    [
        # a local congress, or a subcommittee of one: the national congress is mentioned only
        (
            "Khai mạc Đại hội Đảng bộ tỉnh Nam Sơn lần thứ XIX\nNgày 15/10/2020, Đại hội đại "
            "biểu Đảng bộ tỉnh Nam Sơn lần thứ XIX khai mạc. Đại hội quán triệt tinh thần chuẩn "
            "bị Đại hội XIII của Đảng.",
            (),
            ("XIII",),
        ),
        (
            "Tiểu ban Văn kiện họp phiên thứ 4\nSáng 14/5/2020, Tiểu ban Văn kiện Đại hội đại biểu "
            "Đảng bộ tỉnh Nam Sơn lần thứ XVII họp phiên thứ 4, bám sát dự thảo văn kiện Đại hội "
            "XIII của Đảng.",
            (),
            ("XIII",),
        ),
        # all local congresses, the subject of a national directive: the national congress stays
        (
            "Đại hội đảng bộ các cấp phải thực sự dân chủ\nSáng 9/7, Ban Bí thư tổ chức Hội nghị "
            "quán triệt Chỉ thị về đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng. Văn kiện "
            "Đại hội XIV cần được thảo luận rộng rãi.",
            ("XIV",),
            (),
        ),
        # a briefing on a congress's preparation is about it
        (
            "Giao ban công tác chuẩn bị Đại hội\nChiều 5/1/2021, Văn phòng Trung ương Đảng tổ chức "
            "giao ban công tác chuẩn bị Đại hội XIII.",
            ("XIII",),
            (),
        ),
    ],
)
def test_the_subject_once_the_meeting_is_known(knowledge, text, about, mentioned):
    meta = extract(article(normalize(text)), knowledge)
    assert (meta.congress, meta.congress_mentioned) == (about, mentioned)
