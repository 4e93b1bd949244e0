import pytest

from generator.clean import clean
from generator.models import BlockKind, RawArticle


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
