import pytest

from generator.clean import clean
from generator.models import Block, BlockKind, RawArticle


def _clean(text: str):
    return clean(RawArticle("x.txt", text, "utf-8"))


def test_debris_and_tail_are_removed_but_kept_for_audit():
    article = _clean(
        "Tiêu đề bài viết về phiên họp\nIn bài viết\nSáng 2/4, Tiểu ban họp.\n"
        "Các tin khác\nTin không liên quan của Nguyễn Văn A"
    )
    assert article.headline == "Tiêu đề bài viết về phiên họp"
    assert [b.text for b in article.blocks] == ["Sáng 2/4, Tiểu ban họp."]
    assert "In bài viết" in article.removed
    assert "Tin không liên quan của Nguyễn Văn A" in article.removed


def test_photo_credit_becomes_caption_and_byline():
    article = _clean(
        "Một tiêu đề đủ dài cho bài\nThân bài.\nĐồng chí A phát biểu. Ảnh: Phương Hoa/TTXVN"
    )
    caption = [b for b in article.blocks if b.kind is BlockKind.CAPTION]
    assert caption and caption[0].text.startswith("Đồng chí A phát biểu")
    assert "Ảnh: Phương Hoa/TTXVN" in article.bylines


def test_header_dates_and_section_crumb():
    article = _clean("Thời sự - Chính trị\nMột tiêu đề đủ dài cho bài\n19:29' 15/6/2020\nThân bài.")
    assert article.section == "Thời sự - Chính trị"
    assert article.header_lines == ("19:29' 15/6/2020",)


def test_outlet_tag_is_moved_to_source_tags():
    article = _clean("(Chinhphu.vn) - Chiều 19/12, tại Hà Nội, Tiểu ban họp.")
    assert article.source_tags == ("Chinhphu.vn",)
    assert article.blocks[0].text.startswith("Chiều 19/12")


def test_duplicated_caption_line_is_kept_once():
    line = "Đồng chí A chủ trì phiên họp. (Ảnh: Phương Hoa/TTXVN)"
    article = _clean(f"Một tiêu đề đủ dài cho bài\nThân bài.\n{line}\n{line}")
    assert sum(b.kind is BlockKind.CAPTION for b in article.blocks) == 1


def test_teaser_after_xem_them_is_debris():
    article = _clean(
        "Một tiêu đề đủ dài cho bài\nThân bài.\nXem thêm\nBí thư Nguyễn Duy Ngọc thăm hỏi"
    )
    assert [b.text for b in article.blocks] == ["Thân bài."]
    assert "Bí thư Nguyễn Duy Ngọc thăm hỏi" in article.removed


@pytest.mark.parametrize(
    "line",
    [
        "Ngày đăng: 09/11/2018",
        "Ngày xuất bản: 12/03/2024 08:15",
        "Cập nhật: 15/6/2020 - 19:29",
        "Cập nhật lúc 10:20 ngày 12/3/2024",
        "[ Cập nhật vào ngày (01/08/2019) ] - [ Số lần xem: 227 ]",
        "07:30:00 09/08/2019",
        "09/08/2019 07:30:00 GMT+7",
        "Đăng lúc: 08:00 | 15/06/2020",
        "Số 9 (1.187) - Chủ nhật, 27-2-2011",
        "Thời sự 19 giờ ngày 15/01/2016 | Đăng lúc 21:30, 15/01/2016",
        "24/09/2020 11:32 GMT+7 | Công đoàn",
        "Cập nhật lúc 20:45, Thứ Tư, 22/07/2015 (GMT+7)",
        "Ngày cập nhật: 15/02/2011",
        "Thứ Sáu, 14/08/2020, 19:10 [GMT+7]",
        "2020-10-06T07:00:00+07:00",
        "2024-03-12T01:15:00.000Z",
        "vlcsnap-2019-09-25-08h33m13s901",
        "IMG_20190925_081500.jpg",
    ],
)
def test_page_stamps_and_capture_names_are_header_lines(line):
    article = _clean(f"Một tiêu đề đủ dài cho bài\n{line}\nSáng 2/4, Tiểu ban họp.")
    assert article.header_lines == (line,)
    assert [b.text for b in article.blocks] == ["Sáng 2/4, Tiểu ban họp."]


def test_a_dated_sentence_is_not_a_header_line():
    article = _clean("Một tiêu đề đủ dài cho bài\nNgày 22/4/2021, Tiểu ban họp.")
    assert article.header_lines == ()


# Headline: the article's own title line, never page furniture, a lead or a caption.


def test_menu_hotline_and_contact_lines_above_the_title_are_debris():
    article = _clean(
        "Bạn cần biết Tiện ích Liên hệ\n"
        "Hotline: 0912 345 678 - Phát hành: 024 3933 1234\n"
        ": banbientap@baomau.vn | : (028) 39.123.456\n"
        "Tiểu ban Văn kiện bàn dự thảo báo cáo chính trị\n"
        "Sáng 5/6, Tiểu ban Văn kiện họp tại Hà Nội."
    )
    assert article.headline == "Tiểu ban Văn kiện bàn dự thảo báo cáo chính trị"
    assert [b.text for b in article.blocks] == ["Sáng 5/6, Tiểu ban Văn kiện họp tại Hà Nội."]
    assert len(article.removed) == 3


@pytest.mark.parametrize(
    "furniture",
    [
        "Chia sẻ Facebook Zalo",
        "Nghe bài viết",
        "Banner",
        "Trang 2 / 15",
        "« Trước 1 2 3 Sau »",
        "Trang 1 / 40 - 399 dòngFirstPrevNextLast",
        "anh-dai-bieu (3).jpg",
        "IMG_20240305_091512",
        "![]() |",
        "Theo dõi Báo Mẫu trên Google News",
        "Liên hệ quảng cáo: 0903 111 222",
        "Tổng biên tập: Trần Văn Mẫu",
        "TẠP CHÍ MẪU - Cơ quan của Ban Tổ chức Trung ương",
        "TUYÊN GIÁO - Trang thông tin điện tử của Ban Mẫu",
        "Trang chủ › Tin tức › Chào mừng Đại hội XI của Đảng",
        "Cơ quan ngôn luận của Đảng bộ tỉnh Nam Sơn",
        "Trang chủ | Tin tức | Đại hội XIII Công đoàn Việt Nam | Văn bản | Thi đua | Liên hệ",
    ],
)
def test_widget_share_pagination_and_file_name_lines_are_never_text(furniture):
    article = _clean(f"Một tiêu đề đủ dài cho bài\n{furniture}\nThân bài có một câu.")
    assert article.headline == "Một tiêu đề đủ dài cho bài"
    assert [b.text for b in article.blocks] == ["Thân bài có một câu."]


def test_section_labels_above_the_title_are_not_the_title():
    article = _clean(
        "Thời sự\nTrong nước\nHội nghị giao ban quý III của ngành tổ chức\nChiều 2/10, hội nghị diễn ra."
    )
    assert article.headline == "Hội nghị giao ban quý III của ngành tổ chức"
    assert [b.text for b in article.blocks] == ["Chiều 2/10, hội nghị diễn ra."]


def test_short_lines_stay_text_when_no_title_follows():
    article = _clean("Xã hội\nChiều 2/10, Ban Tổ chức Trung ương họp giao ban.")
    assert article.headline is None
    assert article.blocks[-1].text == "Chiều 2/10, Ban Tổ chức Trung ương họp giao ban."


@pytest.mark.parametrize(
    "lead",
    [
        "(TTO) - Chiều 3/9, Ban Tổ chức Trung ương tổ chức hội nghị giao ban tại Hà Nội",
        "Ngày 14-5, Tiểu ban Nhân sự họp phiên thứ ba dưới sự chủ trì của Tổng Bí thư",
        "Hôm nay (9/10), Thường trực Tiểu ban Văn kiện cho ý kiến vào dự thảo",
    ],
)
def test_a_lead_opening_with_its_dateline_is_not_a_headline(lead):
    article = _clean(f"{lead}\nCâu thứ hai của bài.")
    assert article.headline is None
    assert article.blocks[0].kind is BlockKind.PARAGRAPH


def test_title_glued_to_its_section_label_and_lead_is_split():
    article = _clean(
        " date 2025-05-05 Xây dựng Đảng Bàn cách nâng chất lượng dự thảo văn kiện "
        "Ngày 4/5, Tiểu ban Văn kiện họp tại Hà Nội."
    )
    assert article.section == "Xây dựng Đảng"
    assert article.headline == "Bàn cách nâng chất lượng dự thảo văn kiện"
    assert article.blocks[0].text == "Ngày 4/5, Tiểu ban Văn kiện họp tại Hà Nội."


def test_a_photo_caption_above_the_title_is_a_caption():
    article = _clean(
        "Ông A phát biểu tại hội nghị. Ảnh: Minh Hà\n"
        "| Quang cảnh buổi làm việc |\n"
        "Thường trực Ban Bí thư làm việc với Văn phòng Trung ương\n"
        "Sáng 8/1, buổi làm việc diễn ra."
    )
    assert article.headline == "Thường trực Ban Bí thư làm việc với Văn phòng Trung ương"
    assert [b.kind for b in article.blocks[:2]] == [BlockKind.CAPTION, BlockKind.CAPTION]
    assert article.blocks[1].text == "Quang cảnh buổi làm việc"


def test_caption_without_stop_ending_on_the_act_pictured():
    article = _clean(
        "Một tiêu đề đủ dài cho bài\nThân bài.\nĐồng chí B, Bí thư Tỉnh ủy phát biểu\nCâu khác."
    )
    assert article.blocks[1] == Block(BlockKind.CAPTION, "Đồng chí B, Bí thư Tỉnh ủy phát biểu")


@pytest.mark.parametrize(
    "line",
    [
        # long, with the titles of the person pictured, ending with a stop (seed 000's first line)
        "Đồng chí Trần Văn Ất, nguyên Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, Trưởng Tiểu "
        "ban Tổ chức phục vụ Đại hội XIII của Đảng phát biểu tổng kết tại Hội nghị.",
        "Đồng chí Lê Văn Bính, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư phát biểu kết luận "
        "Hội nghị.",
        "Ông Phạm Đức Canh, Ủy viên Bộ Chính trị, dự và phát biểu chỉ đạo tại hội nghị.",
        "Đồng chí Hà Thị Dung, Phó Trưởng ban Thường trực Ban Tổ chức Trung ương báo cáo tại "
        "Hội nghị.",
        "Thủ tướng Vũ Văn Em chủ trì phiên họp.",
    ],
)
@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_a_caption_is_a_caption_wherever_it_stands(line, where):
    """The same kind of line is a caption in every article, above the lead, between paragraphs
    or closing the text, with or without a credit."""
    lead = "Chiều 22/4, tại Hà Nội, Tiểu ban tổ chức Hội nghị tổng kết công tác phục vụ Đại hội."
    more = "Tại hội nghị, các đại biểu đánh giá cao công tác chuẩn bị của Tiểu ban trong năm qua."
    lines = {"first": [line, lead, more], "middle": [lead, line, more], "last": [lead, more, line]}
    article = _clean("Hội nghị tổng kết công tác phục vụ Đại hội XIII\n" + "\n".join(lines[where]))
    kinds = {b.text: b.kind for b in article.blocks}
    assert kinds[line] is BlockKind.CAPTION, article.blocks
    assert kinds[lead] is kinds[more] is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    "line",
    [
        # the text's own sentences: they go on past the meeting, or hold more than one sentence
        "Đồng chí Lê Văn Bính phát biểu tại Hội nghị, nhấn mạnh yêu cầu chuẩn bị chu đáo.",
        "Đồng chí Lê Văn Bính chủ trì phiên họp. Các đại biểu thảo luận dự thảo báo cáo.",
        "Chiều 22/4, đồng chí Lê Văn Bính chủ trì phiên họp.",
    ],
)
def test_a_sentence_of_the_text_is_no_caption(line):
    lead = "Chiều 22/4, tại Hà Nội, Tiểu ban tổ chức Hội nghị tổng kết công tác phục vụ Đại hội."
    article = _clean(f"Hội nghị tổng kết công tác phục vụ Đại hội XIII\n{lead}\n{line}")
    assert BlockKind.CAPTION not in {b.kind for b in article.blocks}, article.blocks


def test_credit_without_colon_when_an_agency_leads_it():
    article = _clean(
        "Một tiêu đề đủ dài cho bài\nThân bài.\nBà C chủ trì phiên họp. Ảnh VNA/Thu Trang"
    )
    assert "Ảnh: VNA/Thu Trang" in article.bylines


# Source outlet: tags, signature lines and the agency a lead draws on.


@pytest.mark.parametrize(
    "ending, outlet",
    [
        ("(tinmau.vn)", "tinmau.vn"),
        ("Theo Báo Quân đội nhân dân", "Báo Quân đội nhân dân"),
        ("Nguồn: VOV", "VOV"),
        ("Báo Điện tử Đảng Cộng sản Việt Nam", "Báo Điện tử Đảng Cộng sản Việt Nam"),
        ("(Theo VNA)", "VNA"),
    ],
)
def test_outlet_named_on_a_line_of_its_own_is_the_source(ending, outlet):
    article = _clean(f"Một tiêu đề đủ dài cho bài\nThân bài có một câu.\n{ending}")
    assert outlet in article.source_tags
    assert [b.text for b in article.blocks] == ["Thân bài có một câu."]


def test_agency_a_lead_draws_on_is_the_source_and_the_lead_is_kept_whole():
    lead = "Theo TTXVN, chiều 4/7, tại Hà Nội, Tiểu ban Điều lệ họp."
    article = _clean(f"Một tiêu đề đủ dài cho bài\n{lead}")
    assert article.source_tags == ("TTXVN",)
    assert article.blocks[0].text == lead


def test_a_sentence_opening_with_theo_is_not_an_outlet():
    article = _clean("Một tiêu đề đủ dài cho bài\nTheo kế hoạch, Tiểu ban sẽ họp vào tháng 9.")
    assert article.source_tags == ()


def test_a_long_tagged_line_is_the_lead_not_the_title():
    article = _clean(
        "(TTXVN) - Tổng Bí thư đề nghị các tiểu ban khẩn trương hoàn thiện dự thảo văn kiện trình "
        "Hội nghị Trung ương, bảo đảm tiến độ\nCâu tiếp theo."
    )
    assert article.headline is None and article.source_tags == ("TTXVN",)


def test_agency_after_the_dateline_city():
    article = _clean("Một tiêu đề đủ dài cho bài\nHà Nội (TTXVN) - Sáng 8/8, Tiểu ban họp.")
    assert article.source_tags == ("TTXVN",)
    assert article.blocks[0].text == "Sáng 8/8, Tiểu ban họp."


def test_a_caption_line_opening_the_page_is_not_the_title():
    article = _clean(
        "Quang cảnh phiên họp của Thường trực Tiểu ban Văn kiện\n"
        "Tiểu ban Văn kiện cho ý kiến dự thảo báo cáo chính trị\nSáng 3/3, Tiểu ban họp."
    )
    assert article.headline == "Tiểu ban Văn kiện cho ý kiến dự thảo báo cáo chính trị"
    assert article.blocks[0].kind is BlockKind.CAPTION


def test_breadcrumb_menu_is_debris():
    article = _clean(
        "Trang chủ > Chính trị > Xây dựng Đảng\nMột tiêu đề đủ dài cho bài\nThân bài có câu."
    )
    assert article.headline == "Một tiêu đề đủ dài cho bài"
    assert "Trang chủ > Chính trị > Xây dựng Đảng" in article.removed


@pytest.mark.parametrize(
    "lead, outlet",
    [
        ("Theo phóng viên TTXVN tại Hà Nội, chiều 4/7, Tiểu ban họp.", "TTXVN"),
        ("Theo Báo Điện tử Chính phủ, sáng 9/9, Tiểu ban họp.", "Báo Điện tử Chính phủ"),
    ],
)
def test_agency_named_by_a_lead_in_other_words(lead, outlet):
    assert _clean(f"Một tiêu đề đủ dài cho bài\n{lead}").source_tags == (outlet,)


def test_two_outlets_on_a_signature_line_give_the_first():
    article = _clean("Một tiêu đề đủ dài cho bài\nThân bài có câu.\nTheo TTXVN/Báo Tin tức")
    assert article.source_tags == ("TTXVN",)


LEAD = (
    "Chiều 6/6, tại Trụ sở Trung ương Đảng, Tiểu ban Điều lệ Đảng họp phiên thứ năm cho ý kiến "
    "vào dự thảo báo cáo tổng kết thi hành Điều lệ Đảng. Đồng chí Trưởng Tiểu ban chủ trì phiên "
    "họp. Các thành viên Tiểu ban thảo luận sôi nổi, thống nhất cao với bố cục của dự thảo báo "
    "cáo và đề nghị Tổ biên tập tiếp thu các ý kiến góp ý."
)


def test_a_title_like_line_the_lead_does_not_speak_about_is_not_the_title():
    article = _clean(f"Bất động sản Xe cộ Nhịp sống số Giải trí\n{LEAD}")
    assert article.headline is None
    assert article.removed == ("Bất động sản Xe cộ Nhịp sống số Giải trí",)


def test_the_title_is_the_line_the_lead_speaks_about():
    article = _clean(
        f"Nhịp sống số Bất động sản Xe cộ Giải trí\nTiểu ban Điều lệ Đảng họp phiên thứ năm\n{LEAD}"
    )
    assert article.headline == "Tiểu ban Điều lệ Đảng họp phiên thứ năm"
    assert "Nhịp sống số Bất động sản Xe cộ Giải trí" in article.removed


@pytest.mark.parametrize(
    "title",
    [
        "“Không để sót việc, chậm việc” trong chuẩn bị Đại hội",
        "5 nhóm nhiệm vụ trọng tâm của Tiểu ban Tổ chức phục vụ",
    ],
)
def test_a_title_may_open_on_a_quote_or_a_number(title):
    assert _clean(f"{title}\nSáng 2/2, Tiểu ban họp.").headline == title


# Page tops written for these tests: a masthead, a menu of labels no list knows, a topic banner.


def test_a_menu_is_short_labels_between_separators_whatever_they_say():
    article = _clean(
        "BÁO MẪU ĐIỆN TỬ\n"
        "Thời sự | Nông thôn mới | Y tế | Biển đảo | Quốc phòng - An ninh - Đối ngoại\n"
        "Trang chủ › Xây dựng Đảng\n"
        "Tiểu ban Văn kiện họp phiên thứ tư\n"
        "Sáng 4/4, tại Hà Nội, Tiểu ban Văn kiện Đại hội XIV của Đảng họp phiên thứ tư, cho ý "
        "kiến vào dự thảo Báo cáo chính trị; phiên họp diễn ra trong một ngày với nhiều ý kiến."
    )
    assert article.headline == "Tiểu ban Văn kiện họp phiên thứ tư"
    assert "Thời sự | Nông thôn mới | Y tế | Biển đảo | Quốc phòng - An ninh - Đối ngoại" in (
        article.removed
    )


def test_the_headline_is_the_title_line_nearest_the_lead_not_a_banner_above_it():
    lead = (
        "Chiều 5/1, đồng chí Phan Văn Hòa kiểm tra công tác chuẩn bị Đại hội XIV tại Trung tâm "
        "Hội nghị Quốc gia; đoàn kiểm tra đã đi thăm các khu vực phục vụ Đại hội và làm việc."
    )
    article = _clean(
        "ĐẠI HỘI ĐẢNG TOÀN QUỐC LẦN THỨ XIV\nChuyên trang Đại hội Đảng lần thứ XIV\n"
        f"Kiểm tra công tác chuẩn bị Đại hội XIV tại Trung tâm Hội nghị Quốc gia\n{lead}"
    )
    assert (
        article.headline == "Kiểm tra công tác chuẩn bị Đại hội XIV tại Trung tâm Hội nghị Quốc gia"
    )


def test_markup_with_angle_brackets_is_no_breadcrumb():
    line = "<script>alert(1)</script> Tiểu ban họp <b>phiên thứ hai</b>"
    article = _clean(f"{line}\nSáng 2/2, Tiểu ban họp.")
    assert line not in article.removed


@pytest.mark.parametrize(
    "page, author",
    [
        (
            "Tiêu đề mẫu về một phiên họp\nTác giả: Hà Vân | 29.12.2025 | 18:40\nSáng 2/2, họp.",
            "Hà Vân",
        ),
        ("Tiêu đề mẫu về một phiên họp\nSáng 2/2, Tiểu ban họp.\nLê Nam/VOV.VN", "Lê Nam"),
        ("Tiêu đề mẫu về một phiên họp\nSáng 2/2, Tiểu ban họp.\nMinh Tâm (TTXVN)", "Minh Tâm"),
        ("Tiêu đề mẫu về một phiên họp\nTHU HÀ\nSáng 2/2, Tiểu ban họp.", "THU HÀ"),
        (
            "Tiêu đề mẫu về một phiên họp\nSáng 2/2, Tiểu ban họp.\nHẢI AN - VĂN TÙNG\nChia sẻ | Bình luận (0)",
            "HẢI AN",
        ),
    ],
)
def test_signatures_in_the_forms_the_press_uses(page, author):
    from generator.extract.authors import split_bylines

    article = _clean(page)
    people, _ = split_bylines(article.bylines)
    assert author in people and all(not any(c.isdigit() for c in p) for p in people)
    assert all(author not in block.text for block in article.blocks)


def test_a_masthead_in_capitals_above_the_title_is_no_signature():
    article = _clean("BÁO MẪU\nTiêu đề mẫu về một phiên họp\nSáng 2/2, Tiểu ban họp.")
    assert article.bylines == ()


@pytest.mark.parametrize(
    "page, author",
    [
        (
            "Tiêu đề mẫu về một phiên họp\nSáng 2/2, Tiểu ban họp.\nLan Anh (TTXVN/Vietnam+)",
            "Lan Anh",
        ),
        (
            "Tiêu đề mẫu về một phiên họp\nSáng 2/2, Tiểu ban họp.\nMai Hoa (Báo Nhân Dân)",
            "Mai Hoa",
        ),
        (
            "Tiêu đề mẫu về một bài nghiên cứu\nPGS.TS Lý Văn Hòa\nHọc viện Chính trị khu vực I\n"
            "Từ Đại hội XI đến nay, công tác nhân sự được đổi mới.",
            "Lý Văn Hòa",
        ),
        (
            "Tiêu đề mẫu về một phiên họp\nSáng 2/2, Tiểu ban họp.\nMINH HÀ\nBình luận\n"
            "Gửi bình luận của bạn Tên của bạn Email [Gửi]",
            "MINH HÀ",
        ),
    ],
)
def test_more_signature_forms_and_the_comment_form_after_them(page, author):
    from generator.extract.authors import split_bylines

    article = _clean(page)
    people, _ = split_bylines(article.bylines)
    assert people == (author,)
    assert article.headline.startswith("Tiêu đề mẫu")
    assert all("Học viện" not in b.text and "Gửi" not in b.text for b in article.blocks)


def test_a_related_news_label_in_the_header_menu_is_no_tail():
    article = _clean(
        "Tin mới\nBình luận\nTiểu ban Văn kiện họp phiên thứ tư\nSáng 4/4, Tiểu ban Văn kiện họp "
        "phiên thứ tư, cho ý kiến vào dự thảo.\nTin liên quan\nMột tin khác của trang"
    )
    assert article.headline == "Tiểu ban Văn kiện họp phiên thứ tư"
    assert [b.text for b in article.blocks] == [
        "Sáng 4/4, Tiểu ban Văn kiện họp phiên thứ tư, cho ý kiến vào dự thảo."
    ]


@pytest.mark.parametrize(
    "line",
    [
        "1 | Nguyễn Văn An | Bí thư Tỉnh ủy",
        "Các điểm cầu Hà Nội / Đà Nẵng / TP.HCM nối mạng với hội trường chính",
        "Đường dây nóng tiếp nhận góp ý của nhân dân vào dự thảo văn kiện: 080.48888.",
    ],
)
def test_a_table_row_a_list_of_places_and_a_sentence_giving_a_number_stay_in_the_body(line):
    article = _clean(f"Tiêu đề mẫu về một phiên họp\nSáng 2/2, Tiểu ban họp.\n{line}\nHết bài.")
    assert any(line in b.text for b in article.blocks)


def test_a_copyright_line_is_furniture():
    article = _clean("Tiêu đề mẫu về một phiên họp\nSáng 2/2, Tiểu ban họp.\n© 2024 Báo Mẫu")
    assert "© 2024 Báo Mẫu" in article.removed


def test_a_long_menu_with_one_section_named_with_a_colon_is_debris():
    got = _clean(
        "Trang chủ | Thời sự | Kinh tế - Tài chính | Thế giới: Vấn đề - Sự kiện | Văn hóa | Tin tức\n"
        "Ban Tổ chức họp bàn công tác chuẩn bị hội nghị tổng kết năm\n"
        "Ngày 3/3, tại Hà Nội, Ban Tổ chức họp bàn công tác chuẩn bị hội nghị tổng kết năm với "
        "đại diện các cơ quan, đơn vị trực thuộc."
    )
    assert got.headline == "Ban Tổ chức họp bàn công tác chuẩn bị hội nghị tổng kết năm"
    assert got.removed[0].startswith("Trang chủ |")


def test_a_page_date_opened_by_the_outlet_tag_is_a_header_line():
    got = _clean(
        "XYZ - Thứ Sáu, 04/03/2011 12:20\n"
        "Tổng kết công tác chuẩn bị hội nghị của Văn phòng\n"
        "Sáng 4/3, Văn phòng tổ chức hội nghị tổng kết công tác chuẩn bị hội nghị năm 2011."
    )
    assert got.header_lines == ("Thứ Sáu, 04/03/2011 12:20",)
    assert got.headline == "Tổng kết công tác chuẩn bị hội nghị của Văn phòng"
    assert "XYZ" in got.source_tags


def test_a_headline_quoting_the_speaker_is_the_title_above_the_lead():
    lead = (
        "Chiều 20/7, tại Hà Nội, Bộ trưởng Trần Văn Bình chủ trì cuộc họp của Ban soạn thảo cho "
        "ý kiến vào dự thảo báo cáo đánh giá 5 năm thực hiện nhiệm vụ của ngành và phương hướng "
        "giai đoạn tới, với sự tham dự của lãnh đạo các vụ, cục và đơn vị trực thuộc Bộ."
    )
    later = (
        "Kết luận cuộc họp, Bộ trưởng nhấn mạnh văn kiện phải chỉ ra được động lực tăng trưởng "
        "mới của ngành trong giai đoạn tới, có tính khả thi cao."
    )
    other = "Các đại biểu thảo luận về số liệu, cách trình bày và bố cục của từng phần báo cáo."
    third = "Ban soạn thảo sẽ tiếp thu các ý kiến để hoàn chỉnh dự thảo trong tháng tới."
    got = _clean(
        "Hoạt động của lãnh đạo Bộ, ngành\n"
        "Bộ trưởng: Văn kiện phải chỉ ra được động lực tăng trưởng mới\n"
        f"{lead}\n{other}\n{third}\n{later}"
    )
    assert got.headline == "Bộ trưởng: Văn kiện phải chỉ ra được động lực tăng trưởng mới"


def test_an_agency_tag_above_the_lead_does_not_end_the_article():
    got = _clean(
        "Tiểu ban Văn kiện Đại hội Đảng bộ thành phố họp phiên thứ ba\nXYZ\n"
        "Sáng 14-7, Tiểu ban Văn kiện họp phiên thứ ba.\nĐồng chí Trần Văn An chủ trì."
    )
    assert [b.text for b in got.blocks] == [
        "Sáng 14-7, Tiểu ban Văn kiện họp phiên thứ ba.",
        "Đồng chí Trần Văn An chủ trì.",
    ]
    assert "XYZ" in got.source_tags


def test_an_image_placeholder_is_a_caption_with_its_credit():
    got = _clean(
        "Một tiêu đề đủ dài cho bài viết\nSáng 2/4, Tiểu ban họp.\n"
        "[Ảnh: Các đại biểu dự phiên họp. Ảnh: VIỆT DŨNG]"
    )
    assert got.blocks[-1] == Block(BlockKind.CAPTION, "Các đại biểu dự phiên họp.")
    assert "Ảnh: VIỆT DŨNG" in got.bylines


def test_the_mastheads_motto_above_the_title_is_not_text():
    got = _clean(
        "Cơ quan của Đảng bộ thành phố Nam Sơn\n"
        "Tiểu ban Văn kiện Đại hội Đảng bộ thành phố Nam Sơn họp phiên thứ ba\n"
        "Sáng 14-7, Tiểu ban Văn kiện Đại hội Đảng bộ thành phố Nam Sơn họp phiên thứ ba."
    )
    assert got.headline.startswith("Tiểu ban Văn kiện")
    assert "Cơ quan của Đảng bộ thành phố Nam Sơn" in got.removed


def test_who_stands_where_in_a_picture_makes_a_caption():
    got = _clean(
        "Một tiêu đề đủ dài cho bài viết\nSáng 2/4, Tiểu ban họp.\n"
        "Đồng chí Trần Văn An kiểm tra khu vực Trung tâm Báo chí. Bên phải là Giám đốc Trung tâm "
        "Lê Văn Bình."
    )
    assert got.blocks[-1].kind is BlockKind.CAPTION


def test_an_image_placeholder_is_a_caption_however_long():
    caption = (
        "Các đại biểu chụp ảnh lưu niệm. Hàng đầu, từ trái sang: các đồng chí Siu Hà, Rah Lan "
        "Chăm, Đoàn Minh Khải và Châu Ngọc Tú, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy."
    )
    got = _clean(f"Một tiêu đề đủ dài cho bài viết\nSáng 2/4, Tiểu ban họp.\n[Ảnh: {caption}]")
    assert got.blocks[-1] == Block(BlockKind.CAPTION, caption)


def test_an_entry_wrapped_onto_an_indented_line_is_one_line():
    got = _clean(
        "Một tiêu đề đủ dài cho bài viết\nSáng 2/4, Tiểu ban họp. Tham dự có:\n"
        "- đồng chí Thạch Thị Sa, Ủy viên Ban Thường vụ Thành ủy,\n"
        "  Trưởng Ban Tuyên giáo Thành ủy;\n- đồng chí Lâm Quốc Hải, Phó Trưởng Ban."
    )
    texts = [b.text for b in got.blocks]
    assert (
        "- đồng chí Thạch Thị Sa, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo Thành ủy;"
        in texts
    )


def test_an_editors_note_in_brackets_is_no_title_and_a_transcripts_marks_no_outlet():
    got = _clean(
        "Khai mạc Kỳ họp thứ mười của Hội đồng mẫu\n[Bản ghi lời dẫn bản tin thời sự]\n"
        "(Lời dẫn) Sáng nay, Hội đồng mẫu khai mạc Kỳ họp thứ mười."
    )
    assert got.headline == "Khai mạc Kỳ họp thứ mười của Hội đồng mẫu"
    assert got.source_tags == ()
    assert got.blocks[-1].text == "Sáng nay, Hội đồng mẫu khai mạc Kỳ họp thứ mười."


def test_a_headline_ending_on_a_draft_report_is_no_caption():
    got = _clean(
        "Tổ biên tập Điều lệ họp cho ý kiến dự thảo báo cáo\n"
        "Chiều thứ Năm, Tổ biên tập Điều lệ đã họp cho ý kiến vào dự thảo báo cáo tổng kết."
    )
    assert got.headline == "Tổ biên tập Điều lệ họp cho ý kiến dự thảo báo cáo"


def test_a_list_laid_out_a_line_each_keeps_its_entries_in_the_text():
    got = _clean(
        "Một tiêu đề đủ dài cho bài viết\nChiều 21/6, Học viện tổ chức hội thảo.\n"
        "Đồng chủ trì hội thảo có:\nPGS.TS Lạc Trung Hậu\nPGS.TS Hồ Thị Kim Cúc\n"
        "        Phó Giám đốc Học viện\n"
        "Hội thảo nhận được 86 tham luận."
    )
    texts = [b.text for b in got.blocks]
    assert "PGS.TS Lạc Trung Hậu" in texts
    assert "PGS.TS Hồ Thị Kim Cúc, Phó Giám đốc Học viện" in texts
    assert not any("Lạc Trung Hậu" in b for b in got.bylines)


def test_an_image_mark_before_its_caption():
    got = _clean(
        "Một tiêu đề đủ dài cho bài viết\nSáng 2/4, Tiểu ban họp.\n"
        "[Ảnh] TS Ông Văn Ngọ (đứng) góp ý tại hội nghị. Ảnh: DUY KHÔI"
    )
    assert got.blocks[-1] == Block(BlockKind.CAPTION, "TS Ông Văn Ngọ (đứng) góp ý tại hội nghị.")


def test_a_table_of_those_present_reads_as_sentences():
    got = _clean(
        "Một tiêu đề đủ dài cho bài viết\nSáng 2/4, Hội nghị diễn ra. Tham dự có:\n"
        "| STT | Đại biểu | Chức vụ, đơn vị |\n"
        "| 1 | Đồng chí Giáp Văn Quân | Phó Chủ tịch Trung ương Hội Nông dân Việt Nam |\n"
        "| Chủ trì | đồng chí Cầm Văn Chí, Phó Bí thư Thường trực Tỉnh ủy |"
    )
    texts = [b.text for b in got.blocks]
    assert "Đồng chí Giáp Văn Quân, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam." in texts
    assert "Chủ trì là đồng chí Cầm Văn Chí, Phó Bí thư Thường trực Tỉnh ủy." in texts
    assert "| STT | Đại biểu | Chức vụ, đơn vị |" in got.removed


def test_entries_of_a_list_are_no_subheadings():
    got = _clean(
        "Một tiêu đề đủ dài cho bài viết\nChiều 21/6, Học viện tổ chức hội thảo.\n"
        "Đồng chủ trì hội thảo có:\nPGS.TS Lạc Trung Hậu\nPGS.TS Hồ Thị Cúc\nHội thảo kết thúc."
    )
    kinds = {b.text: b.kind for b in got.blocks}
    assert kinds["PGS.TS Lạc Trung Hậu"] is BlockKind.PARAGRAPH


def test_a_table_of_what_each_person_said_reads_as_speeches():
    got = _clean(
        "Một tiêu đề đủ dài cho bài viết\nSáng 7/10, Tỉnh ủy lấy ý kiến.\n"
        "| Đại biểu | Nội dung góp ý |\n"
        "| Đồng chí Vi Văn Lộc, nguyên Phó Chủ tịch UBND tỉnh | Làm rõ vai trò kinh tế nhà nước |"
    )
    texts = [b.text for b in got.blocks]
    assert (
        "Đồng chí Vi Văn Lộc, nguyên Phó Chủ tịch UBND tỉnh, phát biểu: Làm rõ vai trò kinh tế "
        "nhà nước." in texts
    )


def test_a_related_news_marker_with_a_bullet_ends_the_article():
    got = _clean(
        "Một tiêu đề đủ dài cho bài viết\nSáng 7/10, Tỉnh ủy họp.\n* Tin cùng chuyên mục:\n"
        "- Đại tướng Ngô Văn Lịch thăm, chúc Tết Bộ Tư lệnh"
    )
    assert [b.text for b in got.blocks] == ["Sáng 7/10, Tỉnh ủy họp."]


def test_a_masthead_in_capitals_never_opens_the_text():
    got = _clean(
        "MẪU+ (MẪUPLUS)\nBáo điện tử của Thông tấn xã Mẫu\n15/01/2016 16:08 GMT+7\n"
        "Kiểm tra công tác chuẩn bị Trung tâm Báo chí Đại hội\n"
        "Sáng 15/1, đoàn công tác kiểm tra công tác chuẩn bị Trung tâm Báo chí Đại hội."
    )
    assert got.headline == "Kiểm tra công tác chuẩn bị Trung tâm Báo chí Đại hội"
    assert [b.text for b in got.blocks] == [
        "Sáng 15/1, đoàn công tác kiểm tra công tác chuẩn bị Trung tâm Báo chí Đại hội."
    ]
