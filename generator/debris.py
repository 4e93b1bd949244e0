"""Recognise page furniture and outlet lines in crawled news pages, line by line (used by clean)."""

from __future__ import annotations

import re

# Navigation and widget labels of Vietnamese news sites. A line made only of these is a menu.
_WIDGET_WORDS = (
    "bạn cần biết",
    "tiện ích",
    "liên hệ",
    "liên hệ quảng cáo",
    "quảng cáo",
    "đặt báo",
    "báo in",
    "đọc báo in",
    "e-paper",
    "trang chủ",
    "đăng nhập",
    "đăng ký",
    "tìm kiếm",
    "banner",
    "menu",
    "rss",
    "english",
    "video",
    "videos",
    "podcast",
    "multimedia",
    "emagazine",
    "e-magazine",
    "infographic",
    "infographics",
    "ảnh",
    "phóng sự ảnh",
    "chia sẻ",
    "facebook",
    "zalo",
    "twitter",
    "tweet",
    "email",
    "in",
    "in bài",
    "bản in",
    "gửi email",
    "gửi bài",
    "lưu tin",
    "gửi cho bạn bè",
    "gửi bài viết cho bạn bè",
    "gửi bình luận",
    "gửi bình luận của bạn",
    "nhập nội dung bình luận",
    "x",
    "họ tên",
    "tên của bạn",
    "gửi",
    "print",
    "copy link",
    "sao chép liên kết",
    "lưu",
    "nghe",
    "nghe bài viết",
    "nghe đọc",
    "đọc bài",
    "cỡ chữ",
    "a-",
    "a+",
    "thích",
    "like",
    "share",
    "bình luận",
    "tin nóng",
    "tin mới",
    "mới nhất",
    "đọc nhiều",
    "xem nhiều",
    "nổi bật",
    "thời tiết",
    "giá vàng",
    "tỷ giá",
    "lịch âm",
    "xổ số",
    "radio",
    "sitemap",
    "về đầu trang",
    "lên đầu trang",
    "đặt mua báo",
    "tin ảnh",
)
# Section names: a menu when three or more stand together, a section label when alone.
_SECTION_WORDS = (
    "thời sự",
    "chính trị",
    "xây dựng đảng",
    "kinh tế",
    "xã hội",
    "văn hóa",
    "văn hoá",
    "thể thao",
    "giải trí",
    "pháp luật",
    "giáo dục",
    "sức khỏe",
    "sức khoẻ",
    "đời sống",
    "thế giới",
    "quốc tế",
    "trong nước",
    "địa phương",
    "công nghệ",
    "du lịch",
    "bạn đọc",
    "tin tức",
    "quốc phòng",
    "an ninh",
    "nghị trường",
    "tư liệu",
    "tiêu điểm",
    "chuyên đề",
    "sự kiện",
    "góc nhìn",
    "ý kiến",
    "truyền hình",
    "phát thanh",
)
_PHRASE = (
    r"(?:"
    + "|".join(re.escape(p) for p in sorted(_WIDGET_WORDS + _SECTION_WORDS, key=len, reverse=True))
    + r")(?![\wÀ-ỹ])"
)
_GAP = r"[\s|/•·»›>:.–\-\[\]*]*"
# A line made only of labels and separators; the labels then counted one by one.
_MENU_LINE = re.compile(rf"^(?:{_GAP}{_PHRASE})+{_GAP}$", re.IGNORECASE)
_MENU_PHRASE = re.compile(_PHRASE, re.IGNORECASE)
_LONGEST_FURNITURE = 240
"""Characters: page furniture is short, so article paragraphs are let through at once."""
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Vietnamese phone numbers: "0989011688", "(04) 38.228.302", "024 3825 1234", "1900 1234".
_PHONE = re.compile(
    r"(?<![\d.,])(?:\(?0\d{1,3}\)?|1[89]00)[\s.-]?\d{2,4}(?:[\s.-]?\d{2,4}){1,3}(?![\d,])"
)
_CONTACT_WORD = re.compile(
    r"^\s*©|^\W*(?:hotline|đường dây nóng|liên hệ|quảng cáo|phát hành|tòa soạn|toà soạn|"
    r"giấy phép|cơ quan chủ quản|tổng biên tập|phó tổng biên tập|bản quyền|copyright|"
    r"địa chỉ|trụ sở chính|e-?mail|điện thoại|đt|tel|fax)\b",
    re.IGNORECASE,
)
_PAGINATION = re.compile(r"^trang\s+\d+\s*/\s*\d+.*|.*first\s*prev\s*next\s*last.*", re.IGNORECASE)
_PAGE_LINK = re.compile(
    r"^(?:\d+|[«»‹›<>]+|trang|trước|sau|tiếp|đầu|cuối|first|prev|next|last)$", re.I
)
_IMAGE_FILE = re.compile(r"^[\w().\- ]{1,80}\.(?:png|jpe?g|gif|webp|bmp|svg|tiff?)$", re.IGNORECASE)
# Camera and screen-capture names left where a picture was: "vlcsnap-2019-09-25-08h33m13s901".
_CAPTURE_NAME = re.compile(r"^(?=(?:\D*\d){4})[A-Za-z][A-Za-z0-9]*[-_][\w-]+$")
_MARKUP_LEFTOVER = re.compile(r"^[|!\[\]()\s*#>-]+$")
_FOLLOW_US = re.compile(
    r"^(?:theo dõi|follow)\b.{0,60}\b(?:google news|facebook|zalo|youtube|tiktok)\b", re.I
)

# An outlet named alone: an acronym ("TTXVN", "VOV5"), a domain ("nhandan.vn"), or a name
# led by the kind of outlet ("Báo Chính phủ", "Tạp chí Cộng sản", "Đài Tiếng nói Việt Nam").
_OUTLET = (
    r"(?:[A-ZĐ][A-ZĐ0-9&.]{1,11}(?:\s+(?:News|Online|TV|Digital|Plus))?"
    r"|[\w-]+(?:\.[\w-]+)*\.(?:vn|com|org|net)"
    r"|(?:Báo|Tạp chí|Đài|Cổng [Tt]hông tin điện tử|Cổng TTĐT|Trang [Tt]in|Thông tấn xã|"
    r"Truyền hình|Kênh)\s+[A-ZĐ0-9][\wÀ-ỹ&.-]*(?:\s+[\wÀ-ỹ&.-]+){0,6})"
)
_OUTLET_LINE = re.compile(
    rf"^\(?\s*(?:(?:[Tt]heo|[Nn]guồn)\s*:?\s+)?(?P<outlet>{_OUTLET})(?:\s*/\s*[^()/]{{2,40}})?\s*\)?\s*\.?$"
)
# "Theo TTXVN, sáng 2/4, …", "Theo phóng viên TTXVN tại Hà Nội, …": the agency the lead draws on.
_LEAD_SOURCE = re.compile(
    rf"^\(?[Tt]heo\s+(?:(?:phóng viên|PV|tin|thông tin|nguồn tin)\s+(?:của\s+|từ\s+)?)?"
    rf"(?P<outlet>{_OUTLET})\)?(?:\s+(?:tại|từ|ở)\s+[A-ZĐ][^,]{{0,30}})?\s*,\s+\S"
)
# Time adverbial opening a news lead: "Chiều 27/4,", "Ngày 15-3,", "Hôm nay (13/8),".
DATELINE = re.compile(
    r"(?:Sáng|Chiều|Trưa|Tối|Đêm|Ngày|Hôm nay|Hôm qua|Sáng nay|Chiều nay|Tối nay|Trong\s+\S+\s+ngày)"
    r"\s*(?:ngày\s+)?\(?\d{1,2}(?:\s*(?:[/.-]|và)\s*\d{1,2})+"
)


# Navigation laid out with separators: "Chính trị | Kinh tế | Y tế", "Trang chủ > Thời sự".
# "/" lists places or agencies ("Hà Nội / Đà Nẵng / TP.HCM") as often as it separates a menu.
_NAV_SEPARATOR = re.compile(r"\s*[|•·]\s*|\s+[»›>]\s+")
_BREADCRUMB_MARK = re.compile(r"[»›>]")


def _is_navigation(line: str) -> bool:
    """Short labels between separators, whatever the labels say: three or more, or two joined
    by a breadcrumb arrow ("Thời sự › Chính trị"). No label is a sentence."""
    labels = [p for p in _NAV_SEPARATOR.split(line.strip(" |")) if p]
    enough = len(labels) >= 3 or (
        len(labels) == 2 and bool(_BREADCRUMB_MARK.search(line) or "|" in line)
    )
    # "Tác giả: A | 29.12.2025 | 18:40" is a byline, not a menu; a long menu may hold one
    # section named with a colon ("Thế giới: Vấn đề - Sự kiện") or at length ("Đại hội XIII
    # Công đoàn Việt Nam").
    long_menu = len(labels) >= 5 or bool(_BREADCRUMB_MARK.search(line))
    colons = sum(":" in p for p in labels)
    sizes = [sum(w[0].isalnum() for w in p.split()) for p in labels]
    return (
        enough
        and (colons == 0 or (colons == 1 and long_menu))
        and max(sizes) <= (10 if long_menu else 6)
        and sum(size > 6 for size in sizes) <= 1
        and all(
            not p.endswith((".", "!", "?", ";", ","))
            and not p.strip().isdigit()  # a table row: "1 | Nguyễn Văn An | Bí thư Tỉnh ủy"
            for p in labels
        )
    )


def is_menu(line: str) -> bool:
    """A line of navigation: one widget label, or three labels or more ("Bạn cần biết Tiện ích
    Liên hệ"), or labels between separators. Two section names alone ("Kinh tế - Xã hội") may
    be a subheading, so stay."""
    if _is_navigation(line):
        return True
    if not _MENU_LINE.match(line):
        return False
    phrases = [p.casefold() for p in _MENU_PHRASE.findall(line)]
    return len(phrases) >= 3 or any(p in _WIDGET_WORDS for p in phrases)


def is_contact(line: str) -> bool:
    """Hotline, advertising, e-mail and phone lines of the page header or footer."""
    words = len(line.split())
    label = _CONTACT_WORD.match(line)
    if not label and words > 14:
        return False
    has_address = bool(("@" in line and _EMAIL.search(line)) or _PHONE.search(line))
    labelled = label is not None and re.match(r"\s*(?::|\d|$)", line[label.end() :]) is not None
    if words >= 8 and line.rstrip().endswith(".") and not labelled:
        return False  # a sentence giving a number: "Đường dây nóng tiếp nhận góp ý …: 080.48888."
    if label:
        return words <= 30 and (has_address or labelled or words <= 4)
    return has_address


def _is_page_links(line: str) -> bool:
    """ "« Trước 1 2 3 Sau »": page numbers and arrows only."""
    tokens = line.split()
    return 2 <= len(tokens) <= 20 and all(_PAGE_LINK.match(token) for token in tokens)


# A masthead's motto: "TẠP CHÍ XÂY DỰNG ĐẢNG - Cơ quan của Ban Tổ chức Trung ương", "Cơ quan
# ngôn luận của …", "Tiếng nói của Đảng, Nhà nước và nhân dân", "TUYÊN GIÁO - Trang thông tin
# điện tử của …".
_MASTHEAD = re.compile(
    r"(?:^|[-–|]\s*)(?:Cơ quan(?:\s+ngôn luận|\s+chủ quản)?\s+(?:của|:)|Tiếng nói của"
    r"|Báo điện tử(?:\s+chính thức)?\s+của)\s"
    r"|[-–|]\s*(?:Trang|Cổng) thông tin điện tử\s",
    re.I,
)


def is_furniture(line: str) -> bool:
    """Any line that is page furniture rather than article text."""
    if len(line) > _LONGEST_FURNITURE:
        return False
    return (
        is_menu(line)
        or is_contact(line)
        or bool(_PAGINATION.match(line))
        or _is_page_links(line)
        or (line[-5:].count(".") == 1 and bool(_IMAGE_FILE.match(line)))
        or (" " not in line and bool(_CAPTURE_NAME.match(line)))
        or bool(_MARKUP_LEFTOVER.match(line))
        or bool(_FOLLOW_US.match(line))
        or (bool(_MASTHEAD.search(line)) and not line.rstrip().endswith("."))
    )


def outlet_line(line: str) -> str | None:
    """The outlet a line names alone ("(nhandan.vn)", "Báo Chính phủ", "Nguồn: TTXVN")."""
    match = _OUTLET_LINE.match(line)
    if not match or len(line.split()) > 8:
        return None
    return match["outlet"].strip()


def lead_source(paragraph: str) -> str | None:
    """The agency a lead paragraph opens with ("Theo TTXVN, sáng 2/4, …" -> "TTXVN")."""
    match = _LEAD_SOURCE.match(paragraph)
    return match["outlet"].strip() if match else None
