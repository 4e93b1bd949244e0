"""People in an article: names, the titles the text gives them, and whether they were there."""

from __future__ import annotations

import re

from ..models import Block, BlockKind, Mention, Participant
from ..text import canonical_spelling, slugify

SURNAMES = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Đào",
    "Đoàn",
    "Vương",
    "Trương",
    "Đinh",
    "Lâm",
    "Mai",
    "Tô",
    "Lương",
    "Hà",
    "Tòng",
    "Trịnh",
    "Đàm",
    "Cao",
    "Lưu",
    "Tạ",
    "Thái",
    "Triệu",
    "Châu",
    "Quách",
    "Kiều",
    "Văn",
    "Phùng",
    "Chu",
    "Hầu",
    "Lại",
    "Giang",
    "Mạc",
    "Nghiêm",
    "Từ",
    "Khúc",
    "Tăng",
    "Thân",
    "Lò",
    "Hứa",
]
_UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
_LOWER = "a-zđâăêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
_SYLLABLE = f"[{_UPPER}][{_LOWER}]+"
_NAME = re.compile(
    rf"(?<![{_UPPER}{_LOWER}])(?:{'|'.join(SURNAMES)})(?:\s+{_SYLLABLE}){{1,3}}(?![{_LOWER}])"
)
_TITLE_HEAD = re.compile(
    r"^(?:nguyên\s+)?(?:Ủy viên|Uỷ viên|Thường trực|Trưởng|Phó|Bí thư|Chủ tịch|Thủ tướng|Tổng Bí thư|"
    r"Tổng bí thư|Chánh|Chủ nhiệm|Vụ trưởng|Giám đốc|Bộ trưởng|Thứ trưởng|Tổng Thư ký|Tổng biên tập)\b"
)
_ACTS = ("chủ trì", "phát biểu", "trình bày", "báo cáo", "dự", "tham dự", "kết luận", "điều hành")
_HONORIFIC = re.compile(r"(?:đồng chí|ông|bà|Đồng chí|Ông|Bà)\s+$")
# Names inside institutions are not people: "Thành phố Hồ Chí Minh", "Học viện ... Hồ Chí Minh".
_INSTITUTION_BEFORE = re.compile(
    r"(?:[Tt]hành phố|TP\.?|[Hh]ọc viện[\w\s]*|[Tt]rường[\w\s]*|[Đđ]ường|[Tt]ư tưởng|[Cc]hủ tịch)\s+$"
)


def _titles_before(text: str, start: int) -> list[str]:
    """The comma chain of titles that ends right before a name."""
    head = text[:start].rstrip()
    head = _HONORIFIC.sub("", head).rstrip()
    clause = re.split(r"[.;:()–]|\s-\s|(?:^|\s)(?:và|có|gồm|của)\s", head)[-1]
    parts = [p.strip() for p in clause.split(",")]
    titles: list[str] = []
    for part in reversed(parts):
        title = _title_in(part)
        if title is None:
            break
        titles.insert(0, title)
        if title != part:
            break
    return titles


def _title_in(part: str) -> str | None:
    words = part.split()
    for i in range(len(words)):
        candidate = " ".join(words[i:])
        if _TITLE_HEAD.match(candidate):
            return candidate
    return None


def _titles_after(text: str, end: int) -> list[str]:
    """Titles in a comma (or dash) chain after a name: "Trần Cẩm Tú, Ủy viên Bộ Chính trị, …"."""
    tail = text[end:]
    match = re.match(r"\s*(?:,|-|–)\s*", tail)
    if not match:
        return []
    tail = tail[match.end() :]
    titles = []
    for part in re.split(r",|\s[-–]\s|;|\.\s", tail):
        part = part.strip()
        cut = re.split(
            r"\s(?:" + "|".join(_ACTS) + r"|đã|đánh giá|nêu|nhấn mạnh|yêu cầu|hoan nghênh)\b", part
        )[0]
        if not _TITLE_HEAD.match(cut):
            break
        titles.append(cut.strip())
        if cut != part:
            break
    return titles


def find_people(
    blocks: tuple[Block, ...], debris: tuple[str, ...] = ()
) -> tuple[tuple[Participant, ...], tuple[Mention, ...]]:
    """Participants with their roles, and people only mentioned."""
    found: dict[str, dict[str, list[str]]] = {}
    order: list[str] = []
    for block in blocks:
        text = canonical_spelling(block.text)
        for match in _NAME.finditer(text):
            if _INSTITUTION_BEFORE.search(text[: match.start()]):
                continue
            name = match.group(0)
            entry = found.setdefault(name, {"roles": [], "evidence": []})
            if name not in order:
                order.append(name)
            for title in _titles_before(text, match.start()) + _titles_after(text, match.end()):
                if title not in entry["roles"]:
                    entry["roles"].append(title)
            if block.text not in entry["evidence"]:
                entry["evidence"].append(block.text)
    participants = tuple(
        Participant(
            name=name,
            slug=slugify(name),
            roles=tuple(found[name]["roles"]),
            evidence=tuple(found[name]["evidence"][:3]),
        )
        for name in order
        if found[name]["roles"] or any(b.kind is BlockKind.CAPTION for b in blocks)
    )
    present = {p.name for p in participants}
    mentioned = tuple(
        Mention(name=name, slug=slugify(name), evidence=tuple(found[name]["evidence"][:1]))
        for name in order
        if name not in present
    )
    return participants, mentioned
