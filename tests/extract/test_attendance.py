"""Probes of the attendance grammar: one short case per construction the press uses.

Every text here is written for the test (people invented, with common family names), so a
rule that passes them has learned the construction, not an article.
"""

from __future__ import annotations

import pytest

from generator.extract.people import find_people
from generator.text import normalize

from .helpers import article

LEAD = "Tiêu đề của một bài viết mẫu\n"


def read(knowledge, text: str):
    found = find_people(article(LEAD + normalize(text)), knowledge)
    return {p.name: p for p in found.participants}, [m.name for m in found.mentioned], found


# ---- lists introduced by an attendance verb ----------------------------------------------


def test_semicolon_list_after_a_capitalised_object(knowledge):
    got, mentioned, _ = read(
        knowledge,
        "Dự Hội nghị có các đồng chí: Nguyễn Văn An, Ủy viên Bộ Chính trị, Trưởng Ban Kinh tế "
        "Trung ương; Lê Thị Bích, Bí thư Trung ương Đảng, Trưởng Ban Dân vận Trung ương; Phạm "
        "Quang Huy, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Tư pháp; Hoàng Minh Đức, Phó Chủ tịch "
        "Quốc hội; đại diện lãnh đạo các ban, bộ, ngành Trung ương.",
    )
    assert list(got) == ["Nguyễn Văn An", "Lê Thị Bích", "Phạm Quang Huy", "Hoàng Minh Đức"]
    assert mentioned == []
    assert got["Lê Thị Bích"].roles == ("Bí thư Trung ương Đảng", "Trưởng Ban Dân vận Trung ương")
    assert got["Hoàng Minh Đức"].roles == ("Phó Chủ tịch Quốc hội",)
    assert all(p.acts == ("dự",) for p in got.values())


def test_group_prefix_without_honorific(knowledge):
    got, _, _ = read(
        knowledge,
        "Tham dự phiên họp có các Ủy viên Bộ Chính trị: Trần Đức Hải, Chủ tịch nước; Ngô Thị "
        "Lan, Chủ tịch Quốc hội.",
    )
    assert got["Trần Đức Hải"].roles == ("Ủy viên Bộ Chính trị", "Chủ tịch nước")
    assert got["Ngô Thị Lan"].roles == ("Ủy viên Bộ Chính trị", "Chủ tịch Quốc hội")


def test_group_prefix_in_the_middle_of_a_list_covers_the_entries_after_it(knowledge):
    got, _, _ = read(
        knowledge,
        "Dự họp có đồng chí Vũ Minh Khoa, Phó Thủ tướng Chính phủ; các đồng chí Bí thư Trung "
        "ương Đảng: Đặng Văn Hòa, Trưởng Ban Nội chính Trung ương; Bùi Thu Trang, Chánh Văn "
        "phòng Trung ương Đảng; các thành viên Tiểu ban.",
    )
    assert got["Vũ Minh Khoa"].roles == ("Phó Thủ tướng Chính phủ",)
    assert got["Đặng Văn Hòa"].roles == (
        "Bí thư Trung ương Đảng",
        "Trưởng Ban Nội chính Trung ương",
    )
    assert got["Bùi Thu Trang"].roles == (
        "Bí thư Trung ương Đảng",
        "Chánh Văn phòng Trung ương Đảng",
    )


def test_honorifics_inside_the_list(knowledge):
    got, _, _ = read(
        knowledge,
        "Tham dự buổi làm việc có ông Trịnh Quốc Bảo, Thủ tướng Chính phủ; bà Lý Thanh Mai, "
        "Phó Chủ tịch nước; ông Đỗ Hữu Nghĩa, Bộ trưởng Bộ Nội vụ.",
    )
    assert list(got) == ["Trịnh Quốc Bảo", "Lý Thanh Mai", "Đỗ Hữu Nghĩa"]
    assert got["Lý Thanh Mai"].roles == ("Phó Chủ tịch nước",)


def test_title_before_name_entries(knowledge):
    got, _, _ = read(
        knowledge,
        "Cùng dự có Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Trịnh Quốc Bảo; Ủy viên Bộ Chính "
        "trị, Chủ tịch Quốc hội Ngô Thị Lan.",
    )
    assert got["Trịnh Quốc Bảo"].roles == ("Ủy viên Bộ Chính trị", "Thủ tướng Chính phủ")
    assert got["Ngô Thị Lan"].roles == ("Ủy viên Bộ Chính trị", "Chủ tịch Quốc hội")


def test_attendance_verb_after_the_names(knowledge):
    got, _, _ = read(
        knowledge,
        "Các đồng chí Hồ Thanh Tùng, Phó Chủ tịch Quốc hội, và Châu Ngọc Ánh, Bộ trưởng Bộ "
        "Ngoại giao, cùng dự hội nghị.",
    )
    assert set(got) == {"Hồ Thanh Tùng", "Châu Ngọc Ánh"}


def test_a_ministry_draft_is_not_attendance(knowledge):
    got, mentioned, _ = read(
        knowledge,
        "Dự thảo do đồng chí Tạ Quang Vinh, Bộ trưởng Bộ Tài chính, ký trình Chính phủ.",
    )
    assert got == {} and mentioned == ["Tạ Quang Vinh"]


# ---- who acts -----------------------------------------------------------------------------


def test_co_chairs_joined_by_va_share_the_act(knowledge):
    got, _, _ = read(
        knowledge,
        "Đồng chí Trần Văn Sơn, Ủy viên Bộ Chính trị, Trưởng Ban Tuyên giáo Trung ương và đồng "
        "chí Lê Hải Yến, Bí thư Trung ương Đảng đồng chủ trì hội nghị.",
    )
    assert got["Trần Văn Sơn"].acts == ("chủ trì",)
    assert got["Lê Hải Yến"].acts == ("chủ trì",)
    assert got["Trần Văn Sơn"].roles == ("Ủy viên Bộ Chính trị", "Trưởng Ban Tuyên giáo Trung ương")


def test_co_chairs_joined_by_va_without_an_honorific_keep_their_own_titles(knowledge):
    got, _, _ = read(
        knowledge,
        "Chủ trì hội nghị có các đồng chí: Lê Văn Hòa, Ủy viên Bộ Chính trị, Chánh Văn phòng "
        "Trung ương Đảng và Phạm Thị Nga, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Nội vụ.",
    )
    assert got["Lê Văn Hòa"].roles == ("Ủy viên Bộ Chính trị", "Chánh Văn phòng Trung ương Đảng")
    assert got["Phạm Thị Nga"].roles == ("Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Nội vụ")
    assert got["Phạm Thị Nga"].acts == ("chủ trì",)


def test_two_titled_names_joined_by_va_inspect_together(knowledge):
    got, _, _ = read(
        knowledge,
        "Chiều 3/1, Phó Thủ tướng Lưu Quang Vinh và Phó Thủ tướng Đinh Thị Hạnh đã đi kiểm tra "
        "công tác chuẩn bị tại Trung tâm Hội nghị Quốc gia.",
    )
    assert set(got) == {"Lưu Quang Vinh", "Đinh Thị Hạnh"}
    assert all(p.acts == ("kiểm tra",) for p in got.values())
    assert all(p.roles == ("Phó Thủ tướng",) for p in got.values())


def test_the_person_inspecting_and_rehearsing_is_a_participant(knowledge):
    got, _, _ = read(
        knowledge,
        "Chiều 10/1, đồng chí Phạm Thu Hà, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, Trưởng "
        "Tiểu ban Tổ chức phục vụ Đại hội đã kiểm tra, tổng duyệt công tác tổ chức phục vụ Đại hội.",
    )
    assert got["Phạm Thu Hà"].acts[0] == "kiểm tra"
    assert got["Phạm Thu Hà"].roles == (
        "Ủy viên Bộ Chính trị",
        "Thường trực Ban Bí thư",
        "Trưởng Tiểu ban Tổ chức phục vụ Đại hội",
    )


def test_a_rank_before_the_name_is_a_title(knowledge):
    got, _, _ = read(
        knowledge,
        "Đại tướng Lương Văn Tâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng dự phiên họp. "
        "Thượng tướng Nguyễn Hữu Thành, Thứ trưởng Bộ Công an báo cáo tình hình an ninh.",
    )
    assert got["Lương Văn Tâm"].roles == (
        "Đại tướng",
        "Ủy viên Bộ Chính trị",
        "Bộ trưởng Bộ Quốc phòng",
    )
    assert got["Nguyễn Hữu Thành"].roles == ("Thượng tướng", "Thứ trưởng Bộ Công an")
    assert got["Nguyễn Hữu Thành"].acts == ("báo cáo",)


def test_someone_heard_presenting_after_a_collective_subject(knowledge):
    got, _, _ = read(
        knowledge,
        "Thường trực Tiểu ban đã nghe Tổ trưởng Tổ biên tập, Bộ trưởng Bộ Tài chính Hồ Văn Lộc "
        "trình bày báo cáo.",
    )
    assert got["Hồ Văn Lộc"].roles == ("Tổ trưởng Tổ biên tập", "Bộ trưởng Bộ Tài chính")
    assert got["Hồ Văn Lộc"].acts == ("trình bày",)


def test_chair_named_before_the_body_that_meets(knowledge):
    got, _, _ = read(
        knowledge,
        "Sáng 5/3, dưới sự chủ trì của đồng chí Tạ Văn Hưng, Trưởng Tiểu ban Văn kiện, Thường "
        "trực Tiểu ban Văn kiện đã họp cho ý kiến vào dự thảo báo cáo.",
    )
    assert got["Tạ Văn Hưng"].roles == ("Trưởng Tiểu ban Văn kiện",)
    assert got["Tạ Văn Hưng"].acts == ("chủ trì",)


def test_a_past_statement_is_not_presence(knowledge):
    got, mentioned, _ = read(
        knowledge,
        "Tổng Bí thư Đoàn Văn Lộc từng nhấn mạnh rằng văn kiện phải ngắn gọn.",
    )
    assert got == {} and mentioned == ["Đoàn Văn Lộc"]


def test_role_given_by_a_copula(knowledge):
    got, _, _ = read(
        knowledge,
        "Tiểu ban Văn kiện do đồng chí Hà Minh Tuấn, Tổng Bí thư, làm Trưởng Tiểu ban. "
        "Đồng chí Hà Minh Tuấn chủ trì phiên họp.",
    )
    assert got["Hà Minh Tuấn"].roles == ("Tổng Bí thư", "Trưởng Tiểu ban")


# ---- where a title ends ---------------------------------------------------------------------


def test_a_title_ends_before_a_prepositional_phrase(knowledge):
    got, mentioned, _ = read(
        knowledge,
        "Đồng chí Võ Thành Nam phát biểu cảm ơn sự đóng góp của đồng chí Hồ Quang Minh, Trưởng "
        "Tiểu ban Tổ chức phục vụ Đại hội vào thành công của Đại hội.",
    )
    assert "Hồ Quang Minh" in mentioned or "Hồ Quang Minh" in got
    person = got.get("Hồ Quang Minh")
    roles = person.roles if person else ()
    assert all("thành công" not in r for r in roles)


def test_photo_position_notes_are_not_part_of_a_title(knowledge):
    got, _, _ = read(
        knowledge,
        "Đồng chí Mai Đức Long, Trưởng Ban Tổ chức Trung ương (ảnh trên) phát biểu tại hội nghị.",
    )
    assert got["Mai Đức Long"].roles == ("Trưởng Ban Tổ chức Trung ương",)
    assert got["Mai Đức Long"].acts == ("phát biểu",)


def test_a_verb_after_a_title_ends_it(knowledge):
    got, _, _ = read(
        knowledge,
        "Đồng chí Lại Thị Hồng, Chánh Văn phòng Tỉnh ủy thông qua dự thảo kế hoạch. Đồng chí "
        "Lại Thị Hồng phát biểu.",
    )
    assert got["Lại Thị Hồng"].roles == ("Chánh Văn phòng Tỉnh ủy",)


# ---- never invent -------------------------------------------------------------------------


def test_a_bare_title_with_nobody_named_adds_nobody(knowledge):
    got, mentioned, _ = read(
        knowledge, "Tiểu ban họp phiên thứ nhất. Đồng chí Thường trực Ban Bí thư nhấn mạnh yêu cầu."
    )
    assert got == {} and mentioned == []


def test_a_bare_title_refers_to_the_person_named_with_it(knowledge):
    got, _, _ = read(
        knowledge,
        "Đồng chí Cao Văn Thịnh, Thường trực Ban Bí thư, dự hội nghị. Đồng chí Lê Thị Hoa, Bí "
        "thư Trung ương Đảng, dự hội nghị.\nĐồng chí Thường trực Ban Bí thư nhấn mạnh yêu cầu.",
    )
    assert got["Cao Văn Thịnh"].acts == ("dự", "phát biểu")
    assert got["Lê Thị Hoa"].acts == ("dự",)


def test_a_bare_title_continuing_the_last_speaker_is_attached_for_review(knowledge):
    got, _, found = read(
        knowledge,
        "Phát biểu kết luận, đồng chí Khúc Thị Duyên đánh giá cao các ý kiến. Đồng chí nêu rõ "
        "nhiều việc.\nĐồng chí Thường trực Ban Bí thư nhấn mạnh yêu cầu đổi mới.",
    )
    assert list(got) == ["Khúc Thị Duyên"]
    assert got["Khúc Thị Duyên"].roles == ("Thường trực Ban Bí thư",)
    assert any(d.field == "participants" and "Khúc Thị Duyên" in d.value for d in found.doubts)


def test_collective_bodies_are_not_people(knowledge):
    got, mentioned, _ = read(
        knowledge,
        "Thay mặt Đoàn Chủ tịch, đồng chí Tôn Đức Lợi phát biểu. Đoàn Thư ký Đại hội báo cáo. "
        "Thường trực Tiểu ban đã họp.",
    )
    assert list(got) == ["Tôn Đức Lợi"] and mentioned == []


def test_a_zero_width_space_between_syllables_is_a_word_break(knowledge):
    got, _, _ = read(knowledge, "Đồng chí Lâm Thị Phương\u200bThanh phát biểu tại phiên họp.")
    assert list(got) == ["Lâm Thị Phương Thanh"]


# ---- more list forms -------------------------------------------------------------------------


def test_act_told_before_its_list(knowledge):
    got, _, _ = read(
        knowledge,
        "Chủ trì hội nghị có đồng chí Nông Văn Tuấn, Bí thư Trung ương Đảng; đồng chí Kiều Thị "
        "Nga, Phó Trưởng Ban Tổ chức Trung ương.",
    )
    assert got["Nông Văn Tuấn"].acts == ("chủ trì",)
    assert got["Kiều Thị Nga"].acts == ("chủ trì",)


def test_attendance_told_as_a_noun(knowledge):
    got, _, _ = read(
        knowledge,
        "Hội nghị diễn ra với sự tham gia của đồng chí Phùng Văn Khải, Phó Thủ tướng Chính phủ.",
    )
    assert got["Phùng Văn Khải"].roles == ("Phó Thủ tướng Chính phủ",)


def test_a_title_announces_a_name_with_a_rarer_family_name(knowledge):
    got, _, _ = read(
        knowledge,
        "Bí thư Tỉnh ủy Giàng Seo Lử phát biểu. Đồng chí Lữ Thanh Bình, Chủ tịch UBND tỉnh, dự.",
    )
    assert set(got) == {"Giàng Seo Lử", "Lữ Thanh Bình"}


def test_a_country_is_not_a_person(knowledge):
    got, mentioned, _ = read(
        knowledge, "Đoàn đại biểu Hàn Quốc do ông Kim Min Su dẫn đầu đã dự phiên khai mạc."
    )
    assert "Hàn Quốc" not in got and "Hàn Quốc" not in mentioned


def test_awarding_is_presence_but_sending_flowers_is_not(knowledge):
    got, mentioned, _ = read(
        knowledge,
        "Đồng chí Đinh Công Lý, Phó Chủ tịch nước trao Huân chương Lao động cho Văn phòng. "
        "Đồng chí Tăng Văn Phú, Chủ tịch Quốc hội gửi lẵng hoa chúc mừng hội nghị.",
    )
    assert "Đinh Công Lý" in got
    assert mentioned == ["Tăng Văn Phú"]


def test_a_headline_quoting_someone_reports_them_speaking(knowledge):
    found = find_people(
        article("Thường trực Ban Bí thư Vi Văn Khải: Chuẩn bị chu đáo cho Đại hội\nThân bài."),
        knowledge,
    )
    assert [(p.name, p.acts) for p in found.participants] == [("Vi Văn Khải", ("phát biểu",))]


def test_a_list_announced_on_the_lines_after_a_colon(knowledge):
    got, mentioned, _ = read(
        knowledge,
        "Tham dự phiên họp có:\n- Đồng chí Đinh Văn Toàn - Bí thư Trung ương Đảng, Phó Trưởng "
        "Tiểu ban;\n- Đồng chí Ngô Thị Hạnh - Phó Trưởng Ban Tổ chức Trung ương;\ncùng các thành "
        "viên Tiểu ban.\nChủ trì họp báo:\nÔng Lê Văn Minh – Phó Chánh Văn phòng Trung ương Đảng;\n"
        "Bà Hà Thị Hoa – Vụ trưởng.\nĐồng chí Tạ Quốc Dũng gửi thư chúc mừng.",
    )
    assert got["Đinh Văn Toàn"].roles == ("Bí thư Trung ương Đảng", "Phó Trưởng Tiểu ban")
    assert got["Đinh Văn Toàn"].acts == ("dự",)
    assert got["Lê Văn Minh"].acts == ("chủ trì",)
    assert mentioned == ["Tạ Quốc Dũng"]


def test_those_who_came_along_are_present(knowledge):
    got, _, _ = read(
        knowledge,
        "Cùng đi kiểm tra có đồng chí Mạc Văn Tiến, Bộ trưởng Bộ Y tế; đồng chí Lò Thị Xuân, "
        "Thứ trưởng Bộ Công an. Cùng theo dõi buổi tổng duyệt có ông Hứa Đức Nhị.",
    )
    assert set(got) == {"Mạc Văn Tiến", "Lò Thị Xuân", "Hứa Đức Nhị"}


def test_a_statement_cited_from_another_time_is_not_presence(knowledge):
    got, mentioned, _ = read(
        knowledge,
        "Như Tổng Bí thư Đàm Quang Huy đã nhiều lần nhấn mạnh, văn kiện phải ngắn gọn. Thủ "
        "tướng Võ Minh Tâm lúc sinh thời nhiều lần nhấn mạnh điều đó.",
    )
    assert got == {} and set(mentioned) == {"Đàm Quang Huy", "Võ Minh Tâm"}


def test_a_deputy_of_any_title_and_a_speaker_who_proposes(knowledge):
    got, _, _ = read(
        knowledge,
        "Thiếu tướng Phí Văn Hòa, Phó Tư lệnh, Tham mưu trưởng Bộ Tư lệnh Thủ đô cho biết lực "
        "lượng đã sẵn sàng. GS, TS Trình Quang Phú, nguyên Phó Chủ tịch Hội đồng Lý luận Trung "
        "ương đề xuất làm rõ hơn.",
    )
    assert got["Phí Văn Hòa"].roles == (
        "Thiếu tướng",
        "Phó Tư lệnh",
        "Tham mưu trưởng Bộ Tư lệnh Thủ đô",
    )
    assert got["Trình Quang Phú"].acts == ("phát biểu",)


def test_a_comma_inside_a_body_name_does_not_end_the_title(knowledge):
    got, _, _ = read(
        knowledge,
        "Cùng dự có Trưởng Ban Chính sách, chiến lược Trung ương Cao Văn Hào; đồng chí Cù Thị "
        "Mơ, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch.",
    )
    assert got["Cao Văn Hào"].roles == ("Trưởng Ban Chính sách, chiến lược Trung ương",)
    assert got["Cù Thị Mơ"].roles == ("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch",)


def test_a_group_listed_with_commas_ends_at_the_semicolon(knowledge):
    got, _, _ = read(
        knowledge,
        "Dự họp có các Phó Thủ tướng: Đỗ Văn An, Phan Thị Bình; Bộ trưởng Bộ Nội vụ Lê Văn Cảnh.",
    )
    assert got["Phan Thị Bình"].roles == ("Phó Thủ tướng",)
    assert got["Lê Văn Cảnh"].roles == ("Bộ trưởng Bộ Nội vụ",)


def test_a_lower_case_word_before_a_name_is_not_its_title(knowledge):
    got, _, _ = read(
        knowledge, "Thay mặt cơ quan thường trực, Bộ trưởng Vương Đình Lực báo cáo dự thảo."
    )
    assert got["Vương Đình Lực"].roles == ("Bộ trưởng",)


def test_two_ranked_names_joined_by_va(knowledge):
    got, _, _ = read(
        knowledge,
        "Chủ trì có Trung tướng Tôn Văn Lam, Tư lệnh Quân khu và Trung tướng Đặng Văn Khởi, "
        "Chính ủy Quân khu.",
    )
    assert got["Tôn Văn Lam"].roles == ("Trung tướng", "Tư lệnh Quân khu")
    assert got["Đặng Văn Khởi"].roles == ("Trung tướng", "Chính ủy Quân khu")
    assert got["Tôn Văn Lam"].acts == got["Đặng Văn Khởi"].acts == ("chủ trì",)


# ---- probes added after a second blind set: who came for whom, interviews, other times -------


def test_those_who_came_for_each_body_and_at_each_site(knowledge):
    got, _, _ = read(
        knowledge,
        "Về phía Văn phòng Trung ương Đảng có đồng chí Lê Quang Đạo, Phó Chánh Văn phòng; đại "
        "diện Bộ Y tế có bà Phan Thị Gấm, Thứ trưởng. Tại điểm cầu tỉnh Lai Châu có ông Vũ Văn "
        "Tiến, Phó Bí thư Tỉnh ủy.",
    )
    assert set(got) == {"Lê Quang Đạo", "Phan Thị Gấm", "Vũ Văn Tiến"}


def test_trong_do_co_after_the_verb_names_some_of_those_present(knowledge):
    got, _, _ = read(
        knowledge,
        "Cùng dự có đại diện các cơ quan báo chí, trong đó có đồng chí Trương Minh Khôi, Phó "
        "Tổng Biên tập.",
    )
    assert list(got) == ["Trương Minh Khôi"]


def test_an_interview_with_the_paper_is_not_presence_unless_on_the_sidelines(knowledge):
    got, mentioned, _ = read(
        knowledge,
        "Trao đổi với Báo Mẫu, ông Quách Văn Lợi, nguyên Vụ trưởng, cho rằng cần đổi mới. "
        "Trao đổi với phóng viên bên lề hội nghị, bà Nghiêm Thị Hòa cho biết đã chuẩn bị kỹ.",
    )
    assert list(got) == ["Nghiêm Thị Hòa"] and mentioned == ["Quách Văn Lợi"]


def test_an_earlier_day_and_a_clause_of_its_own_are_not_presence(knowledge):
    got, mentioned, _ = read(
        knowledge,
        "Trước đó, Tổng Bí thư Lạc Văn Sơn đề nghị khẩn trương hoàn thiện. Dự hội nghị có đại "
        "diện các cấp ủy; đồng chí Mạc Đình Chi được bầu làm Trưởng ban, kế nhiệm đồng chí Hồ "
        "Văn Tâm.",
    )
    assert got == {} and set(mentioned) >= {"Mạc Đình Chi", "Hồ Văn Tâm"}


def test_a_description_between_commas_before_the_verb(knowledge):
    got, _, _ = read(
        knowledge,
        "Ông Vàng Seo Phìn, Vụ trưởng Vụ Địa phương, người dân tộc Mông, cho rằng cần giữ bản sắc. "
        "Bà Lù Thị Mai, Chi hội trưởng Chi hội Phụ nữ thôn, mong muốn có thêm chính sách.",
    )
    assert got["Vàng Seo Phìn"].acts == ("phát biểu",)
    assert got["Lù Thị Mai"].roles == ("Chi hội trưởng Chi hội Phụ nữ thôn",)


def test_central_highlands_khmer_and_northern_names(knowledge):
    got, _, _ = read(
        knowledge,
        "Cùng dự có ông Y Khăm Niê, Phó Chủ tịch tỉnh; bà H'Bla Ksor, Trưởng ban; ông Sơn Thành "
        "Đạt, Phó Bí thư; bà Cầm Thị Hoa, Thứ trưởng; ông Điểu K'Lơi, Bí thư Huyện ủy.",
    )
    assert set(got) == {"Y Khăm Niê", "H'Bla Ksor", "Sơn Thành Đạt", "Cầm Thị Hoa", "Điểu K'Lơi"}


def test_a_name_written_short_later_is_the_same_person(knowledge):
    got, mentioned, _ = read(
        knowledge,
        "Đồng chí Y Ngông Byă, Phó Bí thư Tỉnh ủy chủ trì buổi làm việc. Báo cáo với đoàn, đồng "
        "chí Y Ngông cho biết tỉnh đã hoàn thành kế hoạch.",
    )
    assert list(got) == ["Y Ngông Byă"] and mentioned == []


def test_reading_the_opening_speech_is_an_act(knowledge):
    got, _, _ = read(
        knowledge,
        "Đồng chí Tống Văn Khải, Bí thư Huyện ủy, Chủ tịch HĐND huyện đọc diễn văn khai mạc.",
    )
    assert got["Tống Văn Khải"].roles == ("Bí thư Huyện ủy", "Chủ tịch HĐND huyện")


def test_a_group_of_two_titles_gives_each_member_both(knowledge):
    got, _, _ = read(
        knowledge,
        "Dự họp có các Thứ trưởng, Phó Chủ nhiệm: Đặng Thị Yến, Phùng Văn Hải.",
    )
    assert got["Đặng Thị Yến"].roles == ("Thứ trưởng", "Phó Chủ nhiệm")


def test_the_parent_body_after_a_unit_and_a_qualifier_in_brackets(knowledge):
    got, _, _ = read(
        knowledge,
        "Đồng chí Kha Văn Lý, Vụ trưởng Vụ Tổng hợp, Ban Kinh tế Trung ương trình bày báo cáo. "
        "Thiếu tướng Đàm Văn Hội, Phó Tư lệnh Bộ Tư lệnh Cảnh vệ (Bộ Công an) báo cáo phương án.",
    )
    assert got["Kha Văn Lý"].roles == ("Vụ trưởng Vụ Tổng hợp, Ban Kinh tế Trung ương",)
    assert got["Đàm Văn Hội"].roles == ("Thiếu tướng", "Phó Tư lệnh Bộ Tư lệnh Cảnh vệ")


def test_tu_dai_hoi_is_no_name(knowledge):
    got, mentioned, _ = read(knowledge, "Từ Đại hội VI đến nay, công tác nhân sự được đổi mới.")
    assert got == {} and mentioned == []


# ---- an act told before its subject, and what was sent from afar --------------------------


@pytest.mark.parametrize(
    "text, act",
    [
        (
            "Phát biểu tại buổi gặp mặt, đồng chí Lê Văn Hòa, Phó Bí thư Thường trực Tỉnh ủy "
            "(không tham gia đoàn) chúc đoàn đại biểu mạnh khỏe.",
            "phát biểu",
        ),
        (
            "Phát biểu kết luận phiên họp, Bí thư Tỉnh ủy Lê Văn Hòa nêu ba việc cần làm.",
            "phát biểu",
        ),
        ("Chủ trì cuộc họp này, ông Lê Văn Hòa lần lượt điểm lại các việc.", "chủ trì"),
        ("Thay mặt đoàn, đồng chí Lê Văn Hòa cảm ơn sự tin tưởng của Đảng bộ.", "phát biểu"),
        ("Đồng chí Lê Văn Hòa căn dặn đoàn giữ gìn sức khỏe.", "phát biểu"),
    ],
)
def test_an_act_before_its_subject_or_a_speech_verb_after_it(knowledge, text, act):
    got, mentioned, _ = read(knowledge, "Sáng 5/3, Tỉnh ủy tổ chức hội nghị.\n\n" + text)
    assert list(got) == ["Lê Văn Hòa"] and mentioned == []
    assert got["Lê Văn Hòa"].acts == (act,)
    assert all(" " not in role or "chúc" not in role for role in got["Lê Văn Hòa"].roles)


@pytest.mark.parametrize(
    "text",
    [
        # the act was at another meeting, named further than by its noun
        "Phát biểu tại Hội nghị Trung ương 8, đồng chí Lê Văn Hòa nêu rõ yêu cầu này.",
        "Phát biểu tại Đại hội XIII, đồng chí Lê Văn Hòa nêu rõ yêu cầu này.",
        # sent, not said there
        "Đồng chí Lê Văn Hòa gửi thư chúc mừng hội nghị.",
        "Nhân dịp này, Bí thư Tỉnh ủy Lê Văn Hòa gửi lẵng hoa chúc mừng.",
    ],
)
def test_an_act_elsewhere_or_from_afar_is_no_presence(knowledge, text):
    got, mentioned, _ = read(knowledge, "Sáng 5/3, Tỉnh ủy tổ chức hội nghị.\n\n" + text)
    assert got == {} and mentioned == ["Lê Văn Hòa"]


def test_an_act_at_the_numbered_meeting_the_headline_names_is_presence(knowledge):
    text = (
        "Bế mạc Hội nghị Trung ương 8 khóa XIII\n"
        "Phát biểu tại Hội nghị Trung ương 8, đồng chí Lê Văn Hòa nêu rõ yêu cầu này."
    )
    found = find_people(article(normalize(text)), knowledge)
    assert [p.name for p in found.participants] == ["Lê Văn Hòa"]


def test_an_act_told_with_a_time_clause_and_da_was_on_an_earlier_occasion(knowledge):
    got, mentioned, _ = read(
        knowledge,
        "Sáng 5/3, Tiểu ban họp phiên thứ hai.\n\nKhi chỉ đạo công tác chuẩn bị Đại hội, Tổng "
        "Bí thư Lê Văn Hòa đã nhấn mạnh yêu cầu an toàn. Quán triệt tinh thần đó, đồng chí "
        "Trần Minh Tâm đề nghị các cơ quan phối hợp chặt chẽ.",
    )
    assert list(got) == ["Trần Minh Tâm"] and mentioned == ["Lê Văn Hòa"]


def test_degrees_and_religious_titles_before_a_name_are_titles(knowledge):
    got, _, _ = read(
        knowledge,
        "Sáng 5/3, Tổ biên tập tổ chức tọa đàm.\n\nTham dự tọa đàm có PGS.TS Lương Thị Diệu "
        "Hương, Viện trưởng Viện Nghiên cứu Lý luận chính trị; TS Bế Văn Sình, Phó Trưởng ban "
        "Dân tộc tỉnh Cao Bằng; ThS Nông Thị Quế, nghiên cứu viên và khoảng 40 nhà khoa học. "
        "Mục sư Y Khâm Niê phát biểu.",
    )
    assert got["Lương Thị Diệu Hương"].roles[0] == "PGS.TS"
    assert got["Bế Văn Sình"].roles == ("TS", "Phó Trưởng ban Dân tộc tỉnh Cao Bằng")
    assert got["Nông Thị Quế"].roles == ("ThS", "nghiên cứu viên")
    assert got["Y Khâm Niê"].roles == ("Mục sư",)


def test_some_of_a_group_named_in_the_next_sentence_attended(knowledge):
    got, mentioned, _ = read(
        knowledge,
        "Sáng 5/3, Tiểu ban tổ chức sơ duyệt.\n\nTham dự có đại diện lãnh đạo Bộ Công an, Bộ "
        "Quốc phòng. Trong số đó có Thượng tướng Đặng Hồng Quân, Thứ trưởng Bộ Công an và ông "
        "Nghiêm Xuân Hòa, Phó Chủ tịch UBND thành phố. Tiểu ban có 20 thành viên. Trong số đó "
        "có ông Trần Minh Tâm.",
    )
    assert list(got) == ["Đặng Hồng Quân", "Nghiêm Xuân Hòa"] and mentioned == ["Trần Minh Tâm"]
    assert got["Đặng Hồng Quân"].roles == ("Thượng tướng", "Thứ trưởng Bộ Công an")


@pytest.mark.parametrize(
    "text",
    [
        "Tiểu ban dành một phút mặc niệm Tổng Bí thư Lê Văn Hòa (đã từ trần), người đã chỉ đạo "
        "xây dựng dự thảo.",
        "Đồng chí nhắc lại, ngay tại Đại hội, nguyên Tổng Bí thư Lê Văn Hòa đã ghi nhận sự phục "
        "vụ tận tụy của các lực lượng.",
        "Dự án mang tên cố Thủ tướng Lê Văn Hòa, người chủ trì nhiều cuộc họp.",
    ],
)
def test_the_dead_and_acts_a_speaker_recounts_are_no_presence(knowledge, text):
    got, mentioned, _ = read(knowledge, "Sáng 5/3, Tiểu ban tổ chức hội nghị.\n\n" + text)
    assert got == {} and mentioned == ["Lê Văn Hòa"]


def test_someone_acting_on_behalf_of_a_body_acts(knowledge):
    got, _, _ = read(
        knowledge,
        "Sáng 5/3, Tiểu ban tổ chức sơ duyệt.\n\nĐồng chí Thào A Dình, Phó Chánh Văn phòng "
        "Trung ương Đảng, thay mặt Tổ thường trực báo cáo tóm tắt những vấn đề còn tồn tại. "
        "Ông Lê Văn Hòa được Bí thư Tỉnh ủy ủy quyền phát biểu chào mừng.",
    )
    assert got["Thào A Dình"].acts == ("báo cáo",) and got["Lê Văn Hòa"].acts == ("phát biểu",)


def test_roads_and_highland_places_are_no_people(knowledge):
    got, mentioned, _ = read(
        knowledge,
        "Sáng 14/5, tại Hội trường Tỉnh ủy (đường Lê Duẩn, TP. Buôn Ma Thuột), Tiểu ban họp. "
        "Ông Lê Văn Hòa cho biết phân luồng giao thông trên các trục Phạm Hùng, Lê Quang Đạo, "
        "Đại lộ Thăng Long đã xong; đưa đón theo các tuyến đường Phạm Hùng, Lê Quang Đạo và "
        "Trần Duy Hưng.",
    )
    assert list(got) == ["Lê Văn Hòa"] and mentioned == []


def test_a_title_chain_in_brackets_after_the_name(knowledge):
    got, _, _ = read(
        knowledge,
        "Đồng chí Hoàng Văn Lực (Ủy viên Bộ Chính trị, Bí thư Thành ủy) phát biểu chỉ đạo "
        "hội nghị.",
    )
    assert got["Hoàng Văn Lực"].roles == ("Ủy viên Bộ Chính trị", "Bí thư Thành ủy")
    assert got["Hoàng Văn Lực"].acts == ("phát biểu",)


def test_dự_thảo_after_a_name_is_a_draft_not_attendance(knowledge):
    got, _, _ = read(
        knowledge,
        "Theo đồng chí Đặng Quốc Khánh, Phó Trưởng Tiểu ban, dự thảo đã được chỉnh sửa lần thứ ba.",
    )
    assert "Đặng Quốc Khánh" not in got or "dự" not in got["Đặng Quốc Khánh"].acts


def test_reading_out_a_draft_for_approval_is_presenting_it(knowledge):
    got, _, _ = read(
        knowledge,
        "Cuộc họp kiện toàn Tiểu ban. Bên cạnh đó, đồng chí Lê Thị Hồng Nhung, Chánh Văn phòng "
        "Tỉnh ủy thông qua dự thảo Kế hoạch xây dựng văn kiện.",
    )
    assert got["Lê Thị Hồng Nhung"].acts == ("trình bày",)
    assert got["Lê Thị Hồng Nhung"].roles == ("Chánh Văn phòng Tỉnh ủy",)


def test_a_title_after_a_plural_lists_untitled_names_is_theirs_all(knowledge):
    got, _, _ = read(
        knowledge,
        "Tham dự có các đồng chí: Phan Văn Hải, Lương Thị Quế, Nguyễn Trọng Bình, Ủy viên Bộ "
        "Chính trị; Đỗ Văn Chiến, Bí thư Trung ương Đảng, Chánh Văn phòng Trung ương Đảng.",
    )
    for name in ("Phan Văn Hải", "Lương Thị Quế", "Nguyễn Trọng Bình"):
        assert got[name].roles == ("Ủy viên Bộ Chính trị",), name
    assert got["Đỗ Văn Chiến"].roles == (
        "Bí thư Trung ương Đảng",
        "Chánh Văn phòng Trung ương Đảng",
    )


def test_one_office_after_several_names_is_the_last_ones_only(knowledge):
    got, _, _ = read(
        knowledge,
        "Tham dự có các đồng chí: Phan Văn Hải, Nguyễn Trọng Bình, Trưởng Ban Tổ chức Tỉnh ủy.",
    )
    assert got["Phan Văn Hải"].roles == ()
    assert got["Nguyễn Trọng Bình"].roles == ("Trưởng Ban Tổ chức Tỉnh ủy",)


@pytest.mark.parametrize(
    "text, name, roles",
    [
        # a family name off the list, after an honorific or a rank or as a list entry, with a
        # title after it: the grammar says it is a person
        (
            "Dự họp có các đồng chí trong Ban Thường vụ; đồng chí Moong Văn Tằm - Trưởng Ban Tổ "
            "chức Tỉnh ủy.",
            "Moong Văn Tằm",
            ("Trưởng Ban Tổ chức Tỉnh ủy",),
        ),
        (
            "Tham dự có các đồng chí: Lê Thị Hà, Phó Trưởng Ban; Đường Quốc Hưng, Thứ trưởng Bộ "
            "Nội vụ.",
            "Đường Quốc Hưng",
            ("Thứ trưởng Bộ Nội vụ",),
        ),
        (
            "Tham dự hội nghị có: Trung tướng Ông Văn Thái, Cục trưởng Cục Cảnh vệ.",
            "Ông Văn Thái",
            ("Trung tướng", "Cục trưởng Cục Cảnh vệ"),
        ),
        (
            "Cùng dự có bà Vưu Kim Hoa, Phó Bí thư Thành ủy.",
            "Vưu Kim Hoa",
            ("Phó Bí thư Thành ủy",),
        ),
        (
            "Hội nghị nghe 6 tham luận. Trong đó, Đại tá Y Thoan Ktla, Phó chỉ huy trưởng Bộ Chỉ "
            "huy Quân sự tỉnh, nêu kinh nghiệm phối hợp.",
            "Y Thoan Ktla",
            ("Đại tá", "Phó chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
        ),
    ],
)
def test_unusual_names_by_the_grammar_of_the_entry(knowledge, text, name, roles):
    got, _, _ = read(knowledge, text)
    assert got[name].roles == roles


def test_a_title_ending_on_a_country_is_no_name(knowledge):
    got, mentioned, _ = read(
        knowledge,
        "Dự có Thượng tướng Nguyễn Tân Phong, Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam, "
        "Thứ trưởng Bộ Quốc phòng.",
    )
    assert list(got) == ["Nguyễn Tân Phong"] and mentioned == []


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Theo chương trình, Tổng Bí thư Đỗ Văn Minh sẽ dự và phát biểu tại phiên khai mạc.",
            "Đỗ Văn Minh",
        ),
        (
            "Đồng chí Ksor Y Blang, nguyên Phó Chủ tịch Hội đồng Dân tộc, không thể dự do tuổi "
            "cao, đã gửi thư chúc Đoàn.",
            "Ksor Y Blang",
        ),
        # an attendance sentence whose verbs are a former delegate's and a negated one
        (
            "Đồng chí Ksor Y Blang, nguyên Phó Chủ tịch Hội đồng Dân tộc, nguyên đại biểu dự "
            "Đại hội XI, XII của Đảng, không thể dự do tuổi cao, đã gửi thư chúc Đoàn.",
            "Ksor Y Blang",
        ),
        (
            "Kết luận hội nghị, Trung tướng Chu Văn Phong nhắc lại đánh giá của Tổng Bí thư Đỗ "
            "Văn Minh trong diễn văn bế mạc rằng Đại hội đã thành công, và yêu cầu các đơn vị trực.",
            "Đỗ Văn Minh",
        ),
    ],
)
def test_who_will_come_could_not_or_is_a_nouns_complement_is_not_present(knowledge, text, name):
    got, mentioned, _ = read(knowledge, text)
    assert name not in got and name in mentioned


def test_a_description_between_commas_is_passed_over_to_the_act(knowledge):
    got, _, _ = read(
        knowledge,
        "Nhiều ý kiến đã được nêu. Ông Lý Seo Chúng, người có uy tín ở xã Mường Nhé, đề nghị "
        "bổ sung chính sách giữ rừng.",
    )
    assert got["Lý Seo Chúng"].acts == ("phát biểu",)


def test_a_title_ending_on_its_unnamed_city_before_a_full_name(knowledge):
    got, _, _ = read(
        knowledge,
        "Cùng đi kiểm tra có Phó Chủ tịch UBND thành phố Bế Văn Khánh; Phó Trưởng Tiểu ban "
        "Tổ chức phục vụ Đại hội Đèo Văn Chinh.",
    )
    assert got["Bế Văn Khánh"].roles == ("Phó Chủ tịch UBND thành phố",)
    assert got["Đèo Văn Chinh"].roles == ("Phó Trưởng Tiểu ban Tổ chức phục vụ Đại hội",)


@pytest.mark.parametrize(
    "text, name, roles",
    [
        # "anh", "chị" as honorifics (the Youth Union's press), ending the title before them
        (
            "Chủ trì buổi họp báo có anh Giáp Minh Tâm, Bí thư Trung ương Đoàn, Trưởng Tiểu ban "
            "Tuyên truyền Đại hội và chị Hà Thị Nhi, Chánh Văn phòng Trung ương Đoàn.",
            "Giáp Minh Tâm",
            ("Bí thư Trung ương Đoàn", "Trưởng Tiểu ban Tuyên truyền Đại hội"),
        ),
        # a comma inside a committee's name; "Kinh tế - xã hội" written in lower case
        (
            "Tham dự có Chủ nhiệm Ủy ban Tài chính, Ngân sách Lý Thị Bảo Ngân.",
            "Lý Thị Bảo Ngân",
            ("Chủ nhiệm Ủy ban Tài chính, Ngân sách",),
        ),
        (
            "Chiều 22-8, Thủ tướng Nguyễn Văn Phúc, Trưởng Tiểu ban Kinh tế - xã hội Đại hội XIII, "
            "chủ trì phiên họp.",
            "Nguyễn Văn Phúc",
            ("Thủ tướng", "Trưởng Tiểu ban Kinh tế - xã hội Đại hội XIII"),
        ),
        # membership after the name, not a group's label before names
        (
            "Tham dự có đồng chí Siu Hương, Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương, thành viên "
            "Tiểu ban.",
            "Siu Hương",
            ("Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương", "thành viên Tiểu ban"),
        ),
        (
            "Tham dự cuộc họp có các đồng chí thành viên Tiểu ban: Ủy viên Bộ Chính trị, Chủ tịch "
            "nước Lương Văn Cường.",
            "Lương Văn Cường",
            ("Ủy viên Bộ Chính trị", "Chủ tịch nước"),
        ),
    ],
)
def test_titles_end_and_hold_where_the_press_writes_them(knowledge, text, name, roles):
    got, _, _ = read(knowledge, text)
    assert got[name].roles == roles


@pytest.mark.parametrize(
    "text, name, roles, act",
    [
        (
            "Hòa thượng Thạch Văn Sơn, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, "
            "Trụ trì chùa Sà Lôn, bày tỏ phấn khởi.",
            "Thạch Văn Sơn",
            (
                "Hòa thượng",
                "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh",
                "Trụ trì chùa Sà Lôn",
            ),
            "phát biểu",
        ),
        (
            "Linh mục Phạm Văn Lâm, Quản xứ Giáo xứ Tân Hòa, đề nghị phát huy giá trị đạo đức.",
            "Phạm Văn Lâm",
            ("Linh mục", "Quản xứ Giáo xứ Tân Hòa"),
            "phát biểu",
        ),
        (
            "Tham luận tại hội nghị, Thượng tá Hờ A Dình, Chính trị viên Đồn Biên phòng Si Pa Phìn "
            "và Đại tá Kiều Văn Lâm, Chỉ huy trưởng Biên phòng tỉnh nêu cách làm hay.",
            "Hờ A Dình",
            ("Thượng tá", "Chính trị viên Đồn Biên phòng Si Pa Phìn"),
            "phát biểu",
        ),
        (
            "Khai mạc lớp tập huấn, đồng chí Tô Đình Tân, Phó Chủ tịch Hội Nhà báo, nhắc lại kinh "
            "nghiệm của lớp trước.",
            "Tô Đình Tân",
            ("Phó Chủ tịch Hội Nhà báo",),
            "phát biểu",
        ),
        (
            "Trực tiếp truyền đạt kết quả Đại hội là đồng chí Chau Sóc Kha, Trưởng Ban Tuyên giáo "
            "Tỉnh ủy.",
            "Chau Sóc Kha",
            ("Trưởng Ban Tuyên giáo Tỉnh ủy",),
            "trình bày",
        ),
        (
            "Đại tá Khúc Văn Chiến, Phó Cục trưởng Cục Bảo vệ an ninh nội bộ, phổ biến quy định.",
            "Khúc Văn Chiến",
            ("Đại tá", "Phó Cục trưởng Cục Bảo vệ an ninh nội bộ"),
            "trình bày",
        ),
        (
            "Đồng chí Nguyễn Thị Bích Ly, Vụ trưởng Vụ Tổ chức - Điều lệ, Ban Tổ chức Trung ương "
            "trình bày những điểm mới.",
            "Nguyễn Thị Bích Ly",
            ("Vụ trưởng Vụ Tổ chức - Điều lệ, Ban Tổ chức Trung ương",),
            "trình bày",
        ),
        (
            "PGS.TS Ngạc Văn Sơn, Học viện Chính trị quốc gia Hồ Chí Minh, đề nghị giữ ổn định.",
            "Ngạc Văn Sơn",
            ("PGS.TS",),
            "phát biểu",
        ),
    ],
)
def test_offices_of_clergy_and_soldiers_and_acts_of_a_training(knowledge, text, name, roles, act):
    got, _, _ = read(knowledge, text)
    assert got[name].roles == roles
    assert got[name].acts == (act,)


def test_a_chain_ends_before_and_the_next_ranked_person(knowledge):
    got, _, _ = read(
        knowledge,
        "Tại hội nghị, Đại tá Quách Văn Hưng, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Sóc "
        "Trăng, và Thượng tá Kim Sà Rươn, Phó Chỉ huy trưởng, trình bày tham luận.",
    )
    assert got["Quách Văn Hưng"].roles == (
        "Đại tá",
        "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Sóc Trăng",
    )
    assert got["Kim Sà Rươn"].roles == ("Thượng tá", "Phó Chỉ huy trưởng")


def test_those_the_meeting_heard_spoke_there(knowledge):
    got, _, _ = read(
        knowledge,
        "Hội nghị còn nghe ý kiến của Thượng tá Khương Đình Lộc, Phó Trưởng phòng Cục Cảnh vệ, "
        "và đồng chí Ô Thị Lam, Trưởng phòng Lễ tân, về phối hợp.",
    )
    assert got["Khương Đình Lộc"].acts == ("phát biểu",)
    assert got["Ô Thị Lam"].acts == ("phát biểu",)


def test_a_list_line_shares_a_deputys_title_across_and(knowledge):
    got, _, _ = read(
        knowledge,
        "Tham dự có các đồng chí:\n- Ma Văn Tuấn, Bí thư Tỉnh ủy;\n"
        "- Nông Thị Quý và Hoàng Văn Chiến, Phó Bí thư Tỉnh ủy.",
    )
    assert got["Nông Thị Quý"].roles == ("Phó Bí thư Tỉnh ủy",)
    assert got["Hoàng Văn Chiến"].roles == ("Phó Bí thư Tỉnh ủy",)


def test_names_after_a_body_of_the_unnamed_city(knowledge):
    got, _, _ = read(
        knowledge,
        "Các hội viên Hội Văn học Nghệ thuật thành phố Lý Hoàng Mây, Kha Tấn Lợi góp ý về "
        "chính sách. Dự có Giám đốc Đài Phát thanh và Truyền hình tỉnh Bùi Thị Mến.",
    )
    assert {"Lý Hoàng Mây", "Kha Tấn Lợi", "Bùi Thị Mến"} <= set(got)


def test_a_degree_before_ong_makes_it_a_family_name(knowledge):
    got, _, _ = read(
        knowledge, "TS Ông Văn Ngọ (đứng), Trường Đại học Cần Thơ, góp ý tại hội nghị."
    )
    assert got["Ông Văn Ngọ"].roles == ("TS",)


def test_the_hosts_of_a_delegation_are_present(knowledge):
    got, _, _ = read(
        knowledge,
        "Tiếp và làm việc với đoàn có các đồng chí:\n- Ma Văn Tú, Ủy viên Trung ương Đảng, Bí "
        "thư Tỉnh ủy;\n- Nông Thị Quỳ và Hoàng Văn Chi, Phó Bí thư Tỉnh ủy.",
    )
    assert set(got) == {"Ma Văn Tú", "Nông Thị Quỳ", "Hoàng Văn Chi"}


@pytest.mark.parametrize(
    "text, name, roles",
    [
        (
            "Ông Lưu Hải Minh, Chủ tịch Hội Trí thức Việt Nam tại Đức, góp ý về giáo dục.",
            "Lưu Hải Minh",
            ("Chủ tịch Hội Trí thức Việt Nam tại Đức",),
        ),
        (
            "Ông Quàng Văn Hặc, Già bản Bản Mòng, đề nghị nêu rõ chính sách tái định cư.",
            "Quàng Văn Hặc",
            ("Già bản Bản Mòng",),
        ),
        ("Đạo diễn Lưu Hồng Chinh điều hành buổi tổng duyệt.", "Lưu Hồng Chinh", ("Đạo diễn",)),
    ],
)
def test_a_body_seated_abroad_customary_and_stage_titles(knowledge, text, name, roles):
    got, _, _ = read(knowledge, text)
    assert got[name].roles == roles


def test_a_province_heading_a_list_entry_is_no_person(knowledge):
    got, mentioned, _ = read(
        knowledge,
        "Dự hội nghị có đại diện các địa phương: Thanh Hóa, Bí thư Tỉnh ủy Đỗ Trọng Hùng; Nghệ "
        "An, Phó Bí thư Tỉnh ủy Nguyễn Văn Thông.",
    )
    assert set(got) == {"Đỗ Trọng Hùng", "Nguyễn Văn Thông"} and mentioned == []


def test_at_this_meeting_after_an_earlier_one_stays_at_the_earlier_one(knowledge):
    got, mentioned, _ = read(
        knowledge,
        "Sáng 24/2, Văn phòng tổng kết. Trước đó, ngày 17-2, các tổ công tác đã họp rút kinh "
        "nghiệm. Tại cuộc họp này, đồng chí Mông Văn Phú, Phó Vụ trưởng, đề nghị sớm quyết toán. "
        "Tại hội nghị tổng kết, đồng chí Lê Văn Hải phát biểu.",
    )
    assert "Mông Văn Phú" in mentioned and "Mông Văn Phú" not in got
    assert got["Lê Văn Hải"].acts == ("phát biểu",)


@pytest.mark.parametrize(
    "text, present",
    [
        (
            "Tham gia đoàn có ông Lưu Đình Phúc, Vụ trưởng Vụ Báo chí, và bà Nông Thị Thu Trà, "
            "Phó Cục trưởng Cục Báo chí.",
            {"Lưu Đình Phúc": "dự", "Nông Thị Thu Trà": "dự"},
        ),
        (
            "Nghệ sĩ nhân dân Lý Thị Thu Phượng đóng góp về phát triển công nghiệp văn hóa.",
            {"Lý Thị Thu Phượng": "phát biểu"},
        ),
        (
            "PGS.TS Trịnh Thị Ngọc Bảo, Viện trưởng Viện Triết học; TS Lò Văn Pằng, Viện trưởng "
            "Viện Dân tộc học, trình bày tham luận.",
            {"Trịnh Thị Ngọc Bảo": "trình bày", "Lò Văn Pằng": "trình bày"},
        ),
        (
            "Đồng chí Trần Xuân Hải, Trưởng ban Tuyên giáo Huyện ủy Hương Khê thẳng thắn: ở nhiều "
            "xã vùng cao, tài liệu đến chậm.",
            {"Trần Xuân Hải": "phát biểu"},
        ),
        (
            "Chủ trì hội nghị có các đồng chí: Nguyễn Xuân Thiệu - Phó Bí thư Thường trực Tỉnh ủy; "
            "Lô Thị Kim Ngọc - Ủy viên Ban Thường vụ.",
            {"Nguyễn Xuân Thiệu": "chủ trì", "Lô Thị Kim Ngọc": "chủ trì"},
        ),
    ],
)
def test_party_members_artists_subjects_with_semicolons_and_frank_speech(knowledge, text, present):
    got, _, _ = read(knowledge, text)
    assert {name: got[name].acts for name in present} == {n: (a,) for n, a in present.items()}


@pytest.mark.parametrize(
    "text, absent",
    [
        # "đó là:" introduces what someone is cited as having said, no speech at the meeting
        (
            "Đồng chí Trần Văn Vượng cho biết, Đại hội đã thành công như nhận xét Tổng Bí thư "
            "Nguyễn Phú Trọng đó là: Văn kiện, nhân sự và tổ chức.",
            "Nguyễn Phú Trọng",
        ),
        # a village named after an ethnic group, in a title, is no person
        (
            "Ông Giàng Chứ Pó, Trưởng thôn Lô Lô Chải, đề nghị hỗ trợ làm homestay.",
            "Lô Lô Chải",
        ),
    ],
)
def test_no_presence_from_a_citation_or_a_village(knowledge, text, absent):
    got, _, _ = read(knowledge, text)
    assert absent not in got


def test_a_list_line_keeps_its_titles_without_a_final_stop(knowledge):
    got, _, _ = read(
        knowledge,
        "Chiều qua, Đoàn họp.\n\nChủ trì cuộc họp:\n\nĐồng chí Đinh Thị Hồng Vân, Bí thư Tỉnh ủy, "
        "Trưởng đoàn\n\nĐồng chí Phạm Công Thành, Phó Bí thư Tỉnh ủy, Phó Trưởng đoàn\n\n"
        "Đoàn gồm 9 đại biểu.",
    )
    assert got["Đinh Thị Hồng Vân"].roles == ("Bí thư Tỉnh ủy", "Trưởng đoàn")
    assert got["Phạm Công Thành"].roles == ("Phó Bí thư Tỉnh ủy", "Phó Trưởng đoàn")


def test_academic_titles_spelled_out(knowledge):
    got, _, _ = read(
        knowledge,
        "Cùng dự có anh Bế Trọng Nghị, Phó Giáo sư, Tiến sĩ, thành viên Tiểu ban.",
    )
    assert got["Bế Trọng Nghị"].roles == ("Phó Giáo sư", "Tiến sĩ", "thành viên Tiểu ban")


@pytest.mark.parametrize(
    "text, nobody",
    [
        # a list of places, countries or firms with a title after each entry
        (
            "Dự lễ có đại diện các địa phương: Mộc Châu, Bí thư Huyện ủy; Yên Châu, Chủ tịch UBND "
            "huyện.",
            {"Mộc Châu", "Yên Châu"},
        ),
        (
            "Dự buổi tiếp có Đại sứ các nước: Hàn Quốc, Đại sứ Park Noh-wan; Nhật Bản, Đại sứ "
            "Yamada Takio.",
            {"Nhật Bản", "Hàn Quốc"},
        ),
        (
            "Dự hội nghị có: Trung Quốc, Phó Chủ tịch nước; Cu Ba, Phó Chủ tịch Quốc hội.",
            {"Trung Quốc", "Cu Ba"},
        ),
        (
            "Tham dự có các đơn vị: Tân Cảng Sài Gòn, Tổng Giám đốc; Viettel, Phó Tổng Giám đốc.",
            {"Tân Cảng Sài Gòn"},
        ),
        # bodies and places in title case with "Văn"/"Thị" inside
        (
            "Tham dự có đại diện Phòng Văn Hóa Thông Tin huyện và Trung Tâm Văn Hóa Thể Thao tỉnh.",
            {"Phòng Văn Hóa Thông Tin", "Tâm Văn Hóa Thể Thao"},
        ),
        ("Đoàn đã khảo sát Cầu Thị Nghè và Bến Văn Thánh.", {"Cầu Thị Nghè", "Bến Văn Thánh"}),
        # an institution named after a person
        ("Dự có đại diện Bệnh viện Đa khoa tỉnh Nguyễn Đình Chiểu.", {"Nguyễn Đình Chiểu"}),
        # "không", "Công", "Thanh" end like an honorific but are none
        ("Tham dự có đại diện Cảng hàng không Tân Sơn Nhất.", {"Tân Sơn Nhất", "Sơn Nhất"}),
    ],
)
def test_no_person_from_lists_of_places_bodies_or_institutions(knowledge, text, nobody):
    got, mentioned, _ = read(knowledge, text)
    assert not (nobody & (set(got) | set(mentioned)))


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Ông Nguyễn Văn Bảo, nguyên Thống đốc Ngân hàng Nhà nước, từng khẳng định: “Ổn định "
            "là trên hết.”",
            "Nguyễn Văn Bảo",
        ),
        (
            "Ông Nguyễn Văn Bảo, Giám đốc Sở Tài chính, viết trong thư: “Xin chúc mừng.”",
            "Nguyễn Văn Bảo",
        ),
        (
            "Bà Nguyễn Thị Hải, Giám đốc Sở Y tế, sẽ trả lời: “Chúng tôi sẽ làm rõ.”",
            "Nguyễn Thị Hải",
        ),
        (
            "Cử tri mong muốn được nghe ý kiến của Bộ trưởng Bộ Y tế Đào Hồng Lân về vấn đề này.",
            "Đào Hồng Lân",
        ),
        (
            "Kỳ họp tới, Quốc hội sẽ nghe báo cáo của Thủ tướng Phạm Minh Chánh về kinh tế.",
            "Phạm Minh Chánh",
        ),
        (
            "Tuần trước, Thường trực Tỉnh ủy đã nghe báo cáo của đồng chí Nguyễn Văn Bảo về "
            "công tác cán bộ.",
            "Nguyễn Văn Bảo",
        ),
        (
            "Tiếp nối truyền thống, nhiệm kỳ trước có đồng chí Nguyễn Văn Bảo, Bí thư Tỉnh ủy, "
            "được tặng Huân chương.",
            "Nguyễn Văn Bảo",
        ),
    ],
)
def test_no_presence_from_what_was_written_will_be_heard_or_was_before(knowledge, text, name):
    got, _, _ = read(knowledge, text)
    assert name not in got


def test_a_single_office_after_untitled_names_is_not_shared(knowledge):
    got, _, _ = read(
        knowledge,
        "Dự có các đồng chí: Trần Văn Hòa, Lê Minh Khái, Phó Thủ tướng Thường trực.",
    )
    assert got["Trần Văn Hòa"].roles == ()


def test_a_two_word_name_after_a_capitalised_honorific_and_van_as_a_family_name(knowledge):
    got, _, _ = read(
        knowledge,
        "Ông Đỗ Khanh - giám đốc Trung tâm Hội nghị - cho biết phòng họp đã sẵn sàng. Đồng chủ "
        "trì có các đồng chí: Lê Thị Kim Xuân, Phó Trưởng Ban; Văn Đình Toán, Thứ trưởng Bộ "
        "Thông tin và Truyền thông.",
    )
    assert "Đỗ Khanh" in got
    assert got["Văn Đình Toán"].roles == ("Thứ trưởng Bộ Thông tin và Truyền thông",)


@pytest.mark.parametrize(
    "text, name, roles, act",
    [
        (
            "Thay mặt các đơn vị, Đại úy Hoàng Thị Ngà (Phòng An ninh chính trị nội bộ, Công an "
            "tỉnh) bày tỏ xúc động.",
            "Hoàng Thị Ngà",
            ("Đại úy",),
            "phát biểu",
        ),
        (
            "Đồng chí Huỳnh Văn Sang, Anh hùng LLVT nhân dân, góp ý về xây dựng Đảng.",
            "Huỳnh Văn Sang",
            ("Anh hùng LLVT nhân dân",),
            "phát biểu",
        ),
    ],
)
def test_a_note_in_brackets_before_the_act_and_a_heros_title(knowledge, text, name, roles, act):
    got, _, _ = read(knowledge, text)
    assert (got[name].roles, got[name].acts) == (roles, (act,))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Nhà văn Hà Phạm Phú An gửi thư góp ý vì không thể ra dự hội nghị.", "Hà Phạm Phú An"),
        ("Các đại biểu dâng hoa tại Đền thờ vua Mai Hắc Đế trước giờ khai mạc.", "Mai Hắc Đế"),
    ],
)
def test_a_letter_sender_who_could_not_come_and_a_king_in_his_temple(knowledge, text, name):
    got, _, _ = read(knowledge, text)
    assert name not in got
