import unicodedata

from generator.text import canonical_spelling, fold, normalize, slugify


def test_slug_is_ascii_with_d_for_dj():
    assert slugify("Trần Cẩm Tú") == "tran-cam-tu"
    assert slugify("Đào Hồng Lan") == "dao-hong-lan"
    assert slugify("Đại hội XIV") == "dai-hoi-xiv"


def test_slug_of_nothing_falls_back():
    assert slugify("!!!") == "bai-viet"


def test_normalize_maps_eth_lookalike_and_nfd():
    nfd = unicodedata.normalize("NFD", "Trần Cẩm Tú")
    assert nfd != "Trần Cẩm Tú"
    assert normalize(nfd) == "Trần Cẩm Tú"
    assert normalize("\u00d0ại hội") == "Đại hội"
    assert normalize("a\u200bb\u00a0c\r\nd") == "ab c\nd"


def test_fold_and_old_style_tone_marks():
    assert fold("Đảng") == "dang"
    assert canonical_spelling("Uỷ viên") == "Ủy viên"


def test_an_invisible_break_before_a_capital_was_a_space():
    assert normalize("Lâm Thị Phương\u200bThanh") == "Lâm Thị Phương Thanh"
    assert normalize("Phương\ufeff Thanh") == "Phương Thanh"
    assert normalize("ph\u200bương") == "phương"
