"""Title grammar: what a Vietnamese official title looks like and where it ends."""

from __future__ import annotations

import re

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
    "Phó Tổ trưởng",
    "Tổ phó",
    "Đại tá",
    "Thượng tá",
)
_HEAD_RE = "|".join(sorted((re.escape(h) for h in TITLE_HEADS), key=len, reverse=True))
HEAD_PATTERN = rf"(?:nguyên\s+|Nguyên\s+)?(?:{_HEAD_RE})(?=\s|$)"
_TITLE_START = re.compile("^" + HEAD_PATTERN, re.IGNORECASE)
# A dash separates parts of a chain only before a predicate or a title, not inside a name
# such as "Tiểu ban Kinh tế - Xã hội".
DASH = rf"\s[-–]\s(?=[a-zà-ỹđ]|{HEAD_PATTERN})"
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
    "quán triệt",
    "công bố",
    "trao đổi",
    "thảo luận",
    "giới thiệu",
    "chia sẻ",
    "bày tỏ",
    "cho rằng",
    "từng",
    "làm việc",
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
    "ghi nhận": "phát biểu",
    "lưu ý": "phát biểu",
    "khẳng định": "phát biểu",
    "đánh giá": "phát biểu",
    "kết luận": "kết luận",
    "trình bày": "trình bày",
    "báo cáo": "báo cáo",
    "chỉ đạo": "chỉ đạo",
    "kiểm tra": "kiểm tra",
    "tổng duyệt": "tổng duyệt",
    "sơ duyệt": "sơ duyệt",
    "trao": "trao",
    "trao tặng": "trao",
}
ACT_RE = re.compile(
    r"(?<![\wÀ-ỹ])("
    + "|".join(sorted(map(re.escape, ACTS), key=len, reverse=True))
    + r")(?![\wÀ-ỹ])"
)


def is_title(text: str) -> bool:
    """True when ``text`` starts like an official title ("Ủy viên Bộ Chính trị", "Phó Thủ tướng")."""
    return bool(_TITLE_START.match(text.strip()))


# A title never holds an honorific: "…Trung ương và đồng chí B" ends before "và".
_NEXT_PERSON = re.compile(
    r"\s(?:(?:và|cùng|cùng với)\s+)?(?:các\s+)?(?:đồng chí|ông|bà)(?=\s|$)", re.I
)


def clip_title(text: str) -> str:
    """The title without the predicate that follows it: "Trưởng Tiểu ban chủ trì họp" -> "Trưởng Tiểu ban"."""
    text = text.strip()
    for pattern in (_ACT_CUT, _NEXT_PERSON):
        match = pattern.search(text)
        if match:
            text = text[: match.start()]
    return " ".join(text.split()).strip(" ,.;:-–(")


def keep_long_forms(titles: list[str]) -> list[str]:
    """Drop a title that is a prefix of a longer one given too ("Thủ tướng" vs "Thủ tướng Chính phủ")."""
    folded = [t.casefold() for t in titles]
    kept: list[str] = []
    for title, key in zip(titles, folded, strict=True):
        longer = any(other != key and other.startswith(key + " ") for other in folded)
        if not longer and key not in (k.casefold() for k in kept):
            kept.append(title)
    return kept
