"""Title grammar: what a Vietnamese official title looks like and where it ends."""

from __future__ import annotations

import re

from ..text import LOWER, UPPER

# Words a title starts with. Longer forms first so "Phó Thủ tướng" wins over "Phó".
TITLE_HEADS = (
    "Tổng Bí thư",
    "Chủ tịch nước",
    "Phó Chủ tịch nước",
    "Chủ tịch",
    "Phó Chủ tịch",
    "Thủ tướng",
    "Phó Thủ tướng",
    "Ủy viên",
    "Thường trực",
    "Phó Bí thư",
    "Bí thư",
    "Trưởng",
    "Chỉ huy trưởng",  # also written "Phó chỉ huy trưởng"
    "Chính trị viên",
    # religious and customary offices: "Trụ trì chùa …", "Quản xứ Giáo xứ …", "già làng"
    "Trụ trì",
    "Quản xứ",
    "Chánh trị sự",
    "Hội viên",  # "các hội viên Hội Văn học Nghệ thuật tỉnh"
    "Anh hùng",  # "Anh hùng LLVT nhân dân", "Anh hùng Lao động"
    "Giáo sư",  # spelled out: "anh A, Phó Giáo sư, Tiến sĩ, thành viên Tiểu ban"
    "Tiến sĩ",
    "Thạc sĩ",
    "Nghệ sĩ nhân dân",
    "Nghệ sĩ ưu tú",
    "Nhà giáo nhân dân",
    "Nhà giáo ưu tú",
    "Thầy thuốc nhân dân",
    "Già làng",
    "Già bản",
    "Trưởng bản",
    "Đạo diễn",
    "Chỉ huy phó",
    "Tham mưu trưởng",
    "Phó Trưởng",
    "Chánh",
    "Phó Chánh",
    "Chủ nhiệm",
    "Phó Chủ nhiệm",
    "Bộ trưởng",
    "Thứ trưởng",
    "Vụ trưởng",
    "Phó Vụ trưởng",
    "Cục trưởng",
    "Phó Cục trưởng",
    "Tổng cục trưởng",
    "Giám đốc",
    "Phó Giám đốc",
    "Tổng Thư ký",
    "Phó Tổng Thư ký",
    "Tổng Biên tập",
    "Phó Tổng Biên tập",
    "Chánh án",
    "Viện trưởng",
    "Phó Viện trưởng",
    "Tổng Kiểm toán",
    "Đại tướng",
    "Thượng tướng",
    "Trung tướng",
    "Thiếu tướng",
    "Tư lệnh",
    "Chính ủy",
    "Đại sứ",
    "Trợ lý",
    "Thư ký",
    "Người phát ngôn",
    "Tổng Giám đốc",
    "Phó Tổng Giám đốc",
    "Chủ tịch Ủy ban",
    "Đại biểu Quốc hội",
    "Phó Trưởng ban",
    "Trưởng ban",
    "Giáo sư",
    "Phó Giáo sư",
    "Tổ trưởng",
    "Tổ phó",
    "Tham mưu trưởng",
    "Tổng Tham mưu trưởng",
    "Hiệu trưởng",
    "Trưởng phòng",
    "Thống đốc",
    "Tổng Thanh tra",
    "Chánh Thanh tra",
    "Phát ngôn viên",
    "Đại tá",
    "Thượng tá",
    "Trung tá",
    "Thiếu tá",
    "Đại úy",
    "Thượng úy",
    "Trung úy",
    "Thiếu úy",
    "Chuyên gia",
    "Giảng viên",
    "Giáo viên",
    "Nghiên cứu viên",
    "Chuyên viên",
)
# Degrees, academic ranks and religious or artistic titles written before a name, as written
# ("PGS.TS Hoàng Phúc Lâm", "Thượng tá, TS Ksor Y Blim", "Mục sư Y Khâm Niê").
_PREFIXES = (
    r"(?-i:(?:P?GS\.\s?)?(?:TSKH|TS|ThS)|P?GS|NSND|NSƯT|KTS|BS|LS)"
    r"|Mục sư|Linh mục|Hòa thượng|Thượng tọa|Đại đức|Ni sư|Giám mục"
)
_HEAD_RE = "|".join(sorted((re.escape(h) for h in TITLE_HEADS), key=len, reverse=True))
_HEAD_RE = f"{_PREFIXES}|{_HEAD_RE}"
# "Phó" makes a deputy of any head: Phó Tư lệnh, Phó Tổng Tham mưu trưởng, Phó Chính ủy.
# Any "<Capitalised word> [word] trưởng" heads a unit: "Chi hội trưởng", "Xã đội trưởng".
HEAD_PATTERN = (
    rf"(?:nguyên\s+|Nguyên\s+)?(?:Phó\s+)?"
    rf"(?:{_HEAD_RE}|(?-i:[{UPPER}][{LOWER}]*)\s+(?:[{LOWER}]+\s+)?trưởng)(?=\s|$)"
)
_TITLE_START = re.compile("^" + HEAD_PATTERN, re.IGNORECASE)
# A dash separates parts of a chain only before a predicate or a title, not inside a name
# such as "Tiểu ban Kinh tế - Xã hội".
DASH = rf"(?<![Kk]inh tế)\s[-–]\s(?=[{LOWER}]|{HEAD_PATTERN})"  # not "Kinh tế - xã hội"
# Predicates that end a title: what the person does, not what the person is.
ACT_VERBS = (
    "chủ trì",
    "đồng chủ trì",
    "kiểm tra",
    "tổng duyệt",
    "sơ duyệt",
    "thông qua",
    "cảm ơn",
    "chúc mừng",
    "chúc",
    "căn dặn",
    "nhắc nhở",
    "động viên",
    "tin tưởng",
    "hy vọng",
    "hi vọng",
    "kêu gọi",
    "khen ngợi",
    "chỉ rõ",
    "chỉ ra",
    "nhắc lại",
    "tuyên bố",
    "đồng ý",
    "tóm tắt",
    "điểm lại",
    "gợi mở",
    "tiếp thu",
    "cam kết",
    "quán triệt",
    "công bố",
    "trao đổi",
    "thảo luận",
    "giới thiệu",
    "truyền đạt",
    "phổ biến",
    "hướng dẫn",
    "đóng góp",
    "thẳng thắn",
    "tâm sự",
    "trăn trở",
    "nhận xét",
    "khai mạc",
    "bế mạc",
    "tham luận",
    "chia sẻ",
    "bày tỏ",
    "cho rằng",
    "từng",
    "làm việc",
    "đề xuất",
    "kiến nghị",
    "nhận định",
    "phân tích",
    "góp ý",
    "giải trình",
    "trả lời",
    "dẫn đầu",
    "mong muốn",
    "phản ánh",
    "đề đạt",
    "cho hay",
    "nói",
    "đọc",
    "tham dự",
    "dự",
    "phát biểu",
    "trình bày",
    "báo cáo",
    "kết luận",
    "điều hành",
    "chỉ đạo",
    "nhấn mạnh",
    "yêu cầu",
    "đề nghị",
    "hoan nghênh",
    "biểu dương",
    "đánh giá",
    "nêu rõ",
    "cho biết",
    "khẳng định",
    "đề cập",
    "lưu ý",
    "thông tin",
    "ghi nhận",
    "tặng",
    "trao",
    "gửi",
    "đã",
    "cùng",
    "tới",
    "đến",
    "làm",
    "tại",
    "khi",
    "cho",
    "có",
    "là",
    "được",
    "sẽ",
    "vừa",
    "đang",
    "nêu",
    "vào",
    "về",
    "với",
    "trong",
    "từ",
    "theo",
    "nhằm",
    "để",
    "đi",
)
_ACT_CUT = re.compile(r"\s(?:" + "|".join(re.escape(v) for v in ACT_VERBS) + r")(?=\s|[,.;:]|$)")
# Presence verbs, with the act recorded for the participant.
ACTS = {
    "chủ trì": "chủ trì",
    "đồng chủ trì": "chủ trì",
    "điều hành": "chủ trì",
    "tham dự": "dự",
    "dự": "dự",
    "có mặt": "dự",
    "phát biểu": "phát biểu",
    "nhấn mạnh": "phát biểu",
    "yêu cầu": "phát biểu",
    "đề nghị": "phát biểu",
    "hoan nghênh": "phát biểu",
    "biểu dương": "phát biểu",
    "nêu rõ": "phát biểu",
    "cho biết": "phát biểu",
    "cho rằng": "phát biểu",
    "đề xuất": "phát biểu",
    "kiến nghị": "phát biểu",
    "nhận định": "phát biểu",
    "chia sẻ": "phát biểu",
    "bày tỏ": "phát biểu",
    "phân tích": "phát biểu",
    "góp ý": "phát biểu",
    "thông tin": "phát biểu",
    "giải trình": "phát biểu",
    "trả lời": "phát biểu",
    "mong muốn": "phát biểu",
    "phản ánh": "phát biểu",
    "đề đạt": "phát biểu",
    "cho hay": "phát biểu",
    "nêu": "phát biểu",  # "A, Phó chỉ huy trưởng, nêu kinh nghiệm …"
    "tham luận": "phát biểu",
    "đóng góp": "phát biểu",  # "NSND A đóng góp về phát triển công nghiệp văn hóa"
    "thẳng thắn": "phát biểu",  # "A, Trưởng ban Tuyên giáo Huyện ủy thẳng thắn: …"
    "tâm sự": "phát biểu",
    "trăn trở": "phát biểu",
    "nhận xét": "phát biểu",
    "khai mạc": "phát biểu",  # "Đồng chí A khai mạc lớp tập huấn"
    "bế mạc": "phát biểu",
    "phổ biến": "trình bày",  # "A, Phó Cục trưởng, phổ biến quy định …"
    "hướng dẫn": "trình bày",
    "nói": "phát biểu",
    "ghi nhận": "phát biểu",
    "lưu ý": "phát biểu",
    "khẳng định": "phát biểu",
    "đánh giá": "phát biểu",
    "cảm ơn": "phát biểu",
    "chúc": "phát biểu",
    "căn dặn": "phát biểu",
    "kêu gọi": "phát biểu",
    "chỉ rõ": "phát biểu",
    "chỉ ra": "phát biểu",
    "nhắc nhở": "phát biểu",
    "tiếp thu": "phát biểu",
    "tuyên bố": "phát biểu",
    "quán triệt": "phát biểu",
    "hy vọng": "phát biểu",
    "tin tưởng": "phát biểu",
    "cam kết": "phát biểu",
    "kết luận": "kết luận",
    "trình bày": "trình bày",
    "giới thiệu": "trình bày",
    "truyền đạt": "trình bày",
    "thông qua": "trình bày",  # "A, Chánh Văn phòng, thông qua dự thảo Kế hoạch": reads it out
    "báo cáo": "báo cáo",
    "chỉ đạo": "chỉ đạo",
    "kiểm tra": "kiểm tra",
    "tổng duyệt": "tổng duyệt",
    "sơ duyệt": "sơ duyệt",
    "trao": "trao",
    "trao tặng": "trao",
    "đọc diễn văn": "phát biểu",
    "đọc báo cáo": "báo cáo",
    "đọc tham luận": "phát biểu",
    "đọc quyết định": "phát biểu",
}
# "dự" also opens nouns that are no attendance: "dự thảo", "dự kiến", "dự án"…
NOT_ATTENDING = (
    r"(?!\s+(?:thảo|kiến|án|báo|toán|định|phòng|trữ|đoán|thi|bị|khuyết|luật|trù|tính|liệu|"
    r"cảm|tuyển|kỳ|khoán|kế|trình)(?![\wÀ-ỹ]))"
)
ACT_RE = re.compile(
    r"(?<![\wÀ-ỹ])("
    + "|".join(sorted(map(re.escape, ACTS), key=len, reverse=True))
    + r")(?![\wÀ-ỹ])(?:(?<!dự)|"
    + NOT_ATTENDING
    + ")"
)


def has_predicate(text: str) -> bool:
    """True when ``text`` holds a word that ends a title: a verb, a preposition, "đã", "là"…"""
    return bool(_ACT_CUT.search(text))


def is_title(text: str) -> bool:
    """True when ``text`` starts like an official title ("Ủy viên Bộ Chính trị", "Phó Thủ tướng")."""
    return bool(_TITLE_START.match(text.strip()))


# A title never holds an honorific, nor runs into a next title after "và": "…Trung ương và đồng
# chí B", "Tư lệnh Quân khu và Trung tướng B" end before "và".
_NEXT_PERSON = re.compile(
    r"\s(?:(?:và|cùng|cùng với)\s+)?(?:các\s+)?(?:đồng chí|ông|bà|anh(?!\s+hùng)|chị)(?=\s|$)"
    # "… Trung ương và PGS.TS B": a degree too opens the next person's name
    rf"|\svà\s+(?-i:{_HEAD_RE})(?=\s|$)"
    # "Chủ nhiệm Ủy ban Kiểm tra Trung ương và đại diện lãnh đạo các ban": others come after
    r"|\svà\s+(?-i:đại diện|lãnh đạo|các|cán bộ|nhân dân|đông đảo|nhiều|khoảng|hơn|gần|\d+)(?=\s|$)",
    re.I,
)
# Names of bodies with a comma inside: that comma does not end the title.
COMMA_NAMES = (
    "Chính sách, chiến lược",
    "Văn hóa, Thể thao và Du lịch",
    "Tổ chức đảng, đảng viên",
    "Khoa học, Công nghệ và Môi trường",
    "Quốc phòng, An ninh và Đối ngoại",
    "Văn hóa, Giáo dục",
    "Bảo vệ, chăm sóc sức khỏe",
    "Tài chính, Ngân sách",
)
_COMMA_NAME = re.compile("|".join(re.escape(n) for n in COMMA_NAMES), re.I)
_KEPT_COMMA = "\u201a"  # "‚", as long as ",": offsets in the sentence stay


def keep_commas(text: str) -> str:
    """The text with the commas inside known names (COMMA_NAMES) made non-separators."""
    return _COMMA_NAME.sub(lambda m: m.group(0).replace(",", _KEPT_COMMA), text)


def restore_commas(text: str) -> str:
    return text.replace(_KEPT_COMMA, ",")


# "tại" inside a body's name: where it sits ("VKSND cấp cao tại Đà Nẵng", "Hội Trí thức Việt
# Nam tại Đức", "Tổng Lãnh sự quán Việt Nam tại Thượng Hải").
_NAMED_SEAT = re.compile(
    r"(?:(?<=cấp cao)|(?<=Việt Nam)|(?<=lãnh sự quán)|(?<=đại sứ quán)|(?<=đại diện))"
    rf" tại (?=[{UPPER}])"
)


def clip_title(text: str) -> str:
    """The title without the predicate that follows it: "Trưởng Tiểu ban chủ trì họp" -> "Trưởng Tiểu ban"."""
    text = text.strip()
    for pattern in (_ACT_CUT, _NEXT_PERSON):
        match = next(
            (m for m in pattern.finditer(text) if not _NAMED_SEAT.match(text, m.start())), None
        )
        if match:
            text = text[: match.start()]
    text = " ".join(text.split()).strip(" ,.;:-–(")
    # a title never ends on a conjunction: "Chánh Văn phòng Trung ương Đảng và" + the next name
    return re.sub(r"\s+(?:và|cùng|cùng với|với)$", "", text)


def keep_long_forms(titles: list[str]) -> list[str]:
    """Drop a title that is a prefix of a longer one given too ("Thủ tướng" vs "Thủ tướng Chính phủ")."""
    folded = [t.casefold() for t in titles]
    kept: list[str] = []
    for title, key in zip(titles, folded, strict=True):
        longer = any(other != key and other.startswith(key + " ") for other in folded)
        if not longer and key not in (k.casefold() for k in kept):
            kept.append(title)
    return kept
