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
