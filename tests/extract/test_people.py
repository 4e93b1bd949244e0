"""Names, roles, presence: one small case per rule of the title grammar."""

from __future__ import annotations

import pytest

from generator.extract.people import find_people

from .helpers import article

LEAD = "Tiêu đề của một bài viết mẫu\n"


def people(knowledge, text: str, use_ner: bool = False):
    found = find_people(article(LEAD + text), knowledge, use_ner)
    return {p.name: p for p in found.participants}, [m.name for m in found.mentioned]


def test_titles_after_name_in_comma_chain(knowledge):
    got, _ = people(
        knowledge,
        "Sáng 2/4, đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, "
        "Trưởng Tiểu ban Tổ chức phục vụ Đại hội XIV của Đảng chủ trì phiên họp.",
    )
    assert got["Trần Cẩm Tú"].roles == (
        "Ủy viên Bộ Chính trị",
        "Thường trực Ban Bí thư",
        "Trưởng Tiểu ban Tổ chức phục vụ Đại hội XIV của Đảng",
    )
    assert got["Trần Cẩm Tú"].acts == ("chủ trì",)


def test_titles_before_name():
    from generator.extract import load_knowledge
    from tests.conftest import ROOT

    got, _ = people(
        load_knowledge(ROOT / "data"),
        "Phó Thủ tướng Chính phủ Lê Thành Long phát biểu tại phiên họp.",
    )
    assert got["Lê Thành Long"].roles == ("Phó Thủ tướng Chính phủ",)


def test_each_name_closes_its_own_chain(knowledge):
    got, _ = people(
        knowledge,
        "Tham dự có các đồng chí: Thường trực Ban Bí thư Lương Cường, Bí thư Trung ương Đảng, "
        "Trưởng Ban Tổ chức Trung ương Lê Minh Hưng, Chủ nhiệm Ủy ban Kiểm tra Trung ương Trần Cẩm Tú.",
    )
    assert got["Lương Cường"].roles == ("Thường trực Ban Bí thư",)
    assert got["Lê Minh Hưng"].roles == ("Bí thư Trung ương Đảng", "Trưởng Ban Tổ chức Trung ương")
    assert got["Trần Cẩm Tú"].roles == ("Chủ nhiệm Ủy ban Kiểm tra Trung ương",)
    assert all(p.acts == ("dự",) for p in got.values())


def test_dash_wrapped_titles(knowledge):
    got, _ = people(
        knowledge,
        "Bà Trương Thị Mai - Ủy viên Bộ Chính trị, Thường trực Ban Bí thư - chủ trì phiên họp.",
    )
    assert got["Trương Thị Mai"].roles == ("Ủy viên Bộ Chính trị", "Thường trực Ban Bí thư")
    assert got["Trương Thị Mai"].acts == ("chủ trì",)


def test_dash_inside_an_institution_name_is_not_a_separator(knowledge):
    got, _ = people(
        knowledge,
        "Đồng chí Nguyễn Văn Bình, Trưởng Tiểu ban Kinh tế - Xã hội, phát biểu kết luận.",
    )
    assert got["Nguyễn Văn Bình"].roles == ("Trưởng Tiểu ban Kinh tế - Xã hội",)


def test_group_prefix_with_colon_applies_to_every_member(knowledge):
    got, _ = people(
        knowledge,
        "Dự phiên họp có các đồng chí Ủy viên Bộ Chính trị: Thủ tướng Chính phủ Phạm Minh Chính, "
        "Chủ tịch Quốc hội Trần Thanh Mẫn.",
    )
    assert got["Phạm Minh Chính"].roles == ("Ủy viên Bộ Chính trị", "Thủ tướng Chính phủ")
    assert got["Trần Thanh Mẫn"].roles == ("Ủy viên Bộ Chính trị", "Chủ tịch Quốc hội")


def test_group_prefix_naming_two_bodies_is_collective(knowledge):
    got, _ = people(
        knowledge,
        "Tham dự có các ủy viên Bộ Chính trị, Ban Bí thư: Thủ tướng Chính phủ Nguyễn Xuân Phúc.",
    )
    assert got["Nguyễn Xuân Phúc"].roles == ("Thủ tướng Chính phủ",)


def test_plural_title_distributes_over_a_list_of_names(knowledge):
    got, _ = people(
        knowledge,
        "Cùng dự có các Phó Thủ tướng Trần Hồng Hà, Lê Thành Long, Hồ Đức Phớc.",
    )
    assert set(got) == {"Trần Hồng Hà", "Lê Thành Long", "Hồ Đức Phớc"}
    assert all(p.roles == ("Phó Thủ tướng",) for p in got.values())


def test_long_form_of_a_title_wins(knowledge):
    got, _ = people(
        knowledge,
        "Thủ tướng Nguyễn Xuân Phúc chủ trì phiên họp.\n"
        "Dưới sự chủ trì của Thủ tướng Chính phủ Nguyễn Xuân Phúc, Tiểu ban họp phiên đầu tiên.",
    )
    assert got["Nguyễn Xuân Phúc"].roles == ("Thủ tướng Chính phủ",)


def test_places_and_institutions_are_not_people(knowledge):
    got, mentioned = people(
        knowledge,
        "Chiều 5/1, tại Hà Nội, đồng chí Nguyễn Văn Nên, Bí thư Thành ủy Thành phố Hồ Chí Minh dự "
        "hội nghị tại Học viện Chính trị Quốc gia Hồ Chí Minh, Lâm Đồng.",
    )
    assert list(got) == ["Nguyễn Văn Nên"] and mentioned == []
    assert got["Nguyễn Văn Nên"].roles == ("Bí thư Thành ủy Thành phố Hồ Chí Minh",)


def test_members_listed_without_attending_are_mentioned(knowledge):
    got, mentioned = people(
        knowledge,
        "Tiểu ban có 51 thành viên, trong đó có: đồng chí Tòng Thị Phóng, Ủy viên Bộ Chính trị.",
    )
    assert got == {} and mentioned == ["Tòng Thị Phóng"]


def test_caption_is_evidence_of_presence(knowledge):
    got, _ = people(knowledge, "Thân bài.\nĐồng chí Võ Văn Thưởng phát biểu. Ảnh: Phương Hoa/TTXVN")
    assert "Võ Văn Thưởng" in got


def test_old_style_tone_marks_give_one_role(knowledge):
    got, _ = people(
        knowledge,
        "Đồng chí Trần Cẩm Tú, Uỷ viên Bộ Chính trị chủ trì họp.\n"
        "Đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị phát biểu.",
    )
    assert got["Trần Cẩm Tú"].roles == ("Ủy viên Bộ Chính trị",)


@pytest.mark.parametrize("use_ner, expected", [(False, set()), (True, {"Kpă Lan Chung"})])
def test_ner_confirms_names_with_unlisted_family_names(knowledge, use_ner, expected):
    got, _ = people(knowledge, "Bà Kpă Lan Chung phát biểu tại hội nghị.", use_ner=use_ner)
    assert set(got) == expected
