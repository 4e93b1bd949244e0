"""Where personal names are in a sentence: surname list, capitalisation, gazetteer, NER."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import LOWER, UPPER
from .knowledge import Knowledge
from .titles import is_title

# The common Vietnamese family names (they cover well over 90% of the population).
SURNAMES = frozenset(
    [
        # Khmer and rarer Kinh family names
        "Chau",
        "Ngạc",
        "Mẫn",
        "Lạc",
        "Ô",
        # northern minorities' family names (Thái, Dao, Hà Nhì, Lô Lô, Hoa)
        "Đèo",
        "Lỳ",
        "Chảo",
        "Tẩn",
        "Bàn",
        "Sình",
        "Cứ",
        "Pờ",
        "Vưu",
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
        "Diệp",
        "Doãn",
        "Đồng",
        "Lục",
        "Ninh",
        "Phí",
        "Tôn",
        "Trình",
        "Ung",
        "Khuất",
        "Bạch",
        "Cù",
        "Cấn",
        "Đậu",
        "Nông",
        "Tống",
        "Vi",
        "Bế",
        "Lã",
        "Thạch",
        "Giáp",
        # Less frequent ones, among them those of ethnic minorities of the north and highlands.
        "Lữ",
        "Giàng",
        "Sùng",
        "Thào",
        "Vàng",
        "Lầu",
        "Chẩu",
        "Quàng",
        "Điểu",
        "Ksor",
        "Rơ",
        "Kim",
        "Danh",
        "La",
        "Âu",
        "Khổng",
        "Ma",
        "Ngọ",
        "Nhữ",
        "Tiêu",
        "Chế",
        "Tào",
        "Mã",
        "Quan",
        "Tất",
        "Kha",
        "Hàn",
        "Liêu",
        "Khương",
        "Lăng",
        "Mông",
        "Cầm",
        "Lù",
        "Lường",
        "Mùa",
        "Vừ",
        "Hờ",
        "Điêu",
        "Bạc",
        "Sầm",
        "Cà",
        "Siu",
        "Rah",
        "Nay",
        "Sơn",
    ]
)
# "H'Luân", "K'Lung": Ê Đê, Jrai, K'Ho names write an apostrophe after the first letter.
SYLLABLE = f"[{UPPER}](?:['’][{UPPER}])?[{LOWER}]*"
# A run of 2-4 capitalised syllables not glued to other letters.
_RUN = re.compile(
    rf"(?<![{UPPER}{LOWER}\d])({SYLLABLE}(?:[ ]{SYLLABLE}){{1,5}})(?![{UPPER}{LOWER}\d])"
)
# Words that put a name-shaped run inside an institution, a place or a doctrine.
_INSIDE_BEFORE = re.compile(
    r"(?:[Tt]hành phố|TP\.?|[Tt]ỉnh|[Hh]uyện|[Qq]uận|[Xx]ã|[Pp]hường|[Hh]ọc viện(?:\s+[\wÀ-ỹ]+){0,4}|"
    r"[Tt]rường(?:\s+[\wÀ-ỹ]+){0,4}|[Đđ]ường|[Pp]hố|[Tt]rục|[Đđ]ại lộ|[Tt]ư tưởng|[Lăă]ng|[Bb]ảo tàng|[Cc]ầu|[Ss]ân bay|"
    r"[Qq]uảng trường|[Dd]i tích|[Kk]hu|[Đđ]ại học|[Cc]ông ty|[Tt]ập đoàn|[Hh]uân chương|[Gg]iải thưởng|"
    # temples, statues and the kings they honour: "Đền thờ vua Mai Hắc Đế", "tượng đài …"
    r"[Đđ]ền(?: thờ)?(?: [Vv]ua)?|[Cc]hùa|[Mm]iếu|[Tt]ượng(?: đài)?|[Vv]ua|[Nn]hà thờ|"
    # the first word of a place in the highlands and the north: "Buôn Ma Thuột", "Bản Mòng"
    r"Buôn|Plei|Krông|Đắk|Đăk|Kon|Chư|Ea|Ia|Bản|Thôn|Ấp|Làng|Xóm)"
    r"\s+$"
)
# The later items of a list of roads: "các tuyến đường Phạm Hùng, Lê Quang Đạo".
_CAPITALISED = rf"{SYLLABLE}(?:[ ]{SYLLABLE}){{0,4}}"
_ROAD_LIST_BEFORE = re.compile(
    rf"(?<![\wÀ-ỹ])(?<![Tt]hành )(?:[Đđ]ường|[Pp]hố|[Tt]rục|[Tt]uyến|[Đđ]ại lộ)\s+{_CAPITALISED}"
    rf"(?:,\s*{_CAPITALISED})*"
    r"(?:,\s*|\s+và\s+)$"
)
# Places whose names start with a family name ("Hà Nội", "Lâm Đồng").
PLACES = frozenset(
    {
        # every province and the main cities: a place heading a list entry is no person
        "An Giang",
        "Bà Rịa - Vũng Tàu",
        "Bắc Giang",
        "Bắc Kạn",
        "Bắc Ninh",
        "Bến Tre",
        "Bình Dương",
        "Bình Định",
        "Bình Phước",
        "Bình Thuận",
        "Cần Thơ",
        "Đắk Lắk",
        "Đắk Nông",
        "Gia Lai",
        "Hải Dương",
        "Hải Phòng",
        "Hòa Bình",
        "Khánh Hòa",
        "Kon Tum",
        "Lai Châu",
        "Long An",
        "Nam Định",
        "Nghệ An",
        "Phú Yên",
        "Quảng Bình",
        "Quảng Nam",
        "Quảng Ngãi",
        "Quảng Ninh",
        "Quảng Trị",
        "Sóc Trăng",
        "Thanh Hóa",
        "Thừa Thiên Huế",
        "Tuyên Quang",
        "Vĩnh Phúc",
        "Yên Bái",
        "Thủ Đức",
        "Biên Hòa",
        "Vũng Tàu",
        "Nha Trang",
        "Đà Lạt",
        "Hạ Long",
        "Buôn Ma Thuột",
        "Pleiku",
        "Quy Nhơn",
        "Huế",
        "Vinh",
        "Mỹ Tho",
        "Long Xuyên",
        "Rạch Giá",
        "Tây Nguyên",
        "Nam Bộ",
        "Bắc Bộ",
        "Trung Bộ",
        "Đồng bằng sông Cửu Long",
        "Hà Nội",
        "Hà Giang",
        "Hà Nam",
        "Hà Tĩnh",
        "Hà Tiên",
        "Hà Đông",
        "Lâm Đồng",
        "Cao Bằng",
        "Việt Nam",
        # religions named like people: "Họ đạo Cao Đài Bạc Liêu", "Phật giáo Hòa Hảo"
        "Cao Đài",
        "Hòa Hảo",
        "Phan Thiết",
        "Phan Rang",
        "Châu Đốc",
        "Từ Sơn",
        "Cao Lãnh",
        "Sầm Sơn",
        "Đồng Xoài",
        "Thái Bình",
        "Thái Nguyên",
        "Lý Sơn",
        "Hồ Chí Minh",
        "Đồng Nai",
        "Đồng Tháp",
        "Đồng Hới",
        "Kiên Giang",
        "Hậu Giang",
        "Tiền Giang",
        "Trà Vinh",
        "Vĩnh Long",
        "Lạng Sơn",
        "Sơn La",
        "Hoàng Sa",
        "Trường Sa",
        "Phú Thọ",
        "Lào Cai",
        "Mai Châu",
        "Ninh Bình",
        "Ninh Thuận",
        "Bạch Đằng",
        "Hồ Gươm",
        "Tây Ninh",
        "Đà Nẵng",
        "Cà Mau",
        "Hưng Yên",
        "Thái Lan",
        "Châu Âu",
        "Châu Á",
        "Châu Phi",
        "Châu Mỹ",
        "Châu Đại Dương",
        "Giang Tô",
        "Hàn Quốc",
        "Mông Cổ",
        "Ma Cao",
        "Kim Bôi",
        "Kim Sơn",
        "Kim Thành",
        "Kim Bảng",
        "Quan Hóa",
        "Quan Sơn",
        "La Gi",
        "Âu Lạc",
        "Mã Lai",
        "Sơn Tây",
        "Sơn Trà",
        "Sơn Dương",
        "Sơn Hà",
        "Sơn Động",
        "Sơn Hòa",
        "Bạc Liêu",
        "Điện Biên",
    }
)


@dataclass(frozen=True)
class NameSpan:
    """A personal name found in a sentence."""

    name: str
    start: int
    end: int
    unusual: bool = False
    """Found only because NER confirmed it: the family name is not in the list."""


# A Central Highlands name opens with "Y" (men) or "H'…" (women): "Y Khuê Byă", "H'Luân Niê".
_MARKED_NAME = re.compile(r"^(?:Y|H['’][A-ZĐ]\w*)$")


def is_place(name: str) -> bool:
    """A place of PLACES, or one followed by more words ("Hà Nội Nguyễn Văn A")."""
    words = name.split(" ")
    return any(" ".join(words[:k]) in PLACES for k in range(1, len(words) + 1))


def _trim_run(run: str) -> tuple[int, str] | None:
    """(offset, name) of the personal name ending a capitalised run: "Chính phủ Phạm Minh Chính"."""
    words = run.split(" ")
    for i, word in enumerate(words):
        rest = words[i:]
        if (word in SURNAMES or _MARKED_NAME.match(word)) and 2 <= len(rest) <= 5:
            name = " ".join(rest)
            if is_place(name):
                continue
            return len(" ".join(words[:i])) + (1 if i else 0), name
    return None


# A capitalised run right after an honorific or a title is a name whatever its first syllable.
_HONORIFICS = frozenset({"Ông", "Bà", "Anh", "Chị"})
_CUE_BEFORE = re.compile(r"(?<![\w])(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị)\s+$")


def _cued(before: str) -> bool:
    """An honorific or a title right before a run announces a name ("Bí thư Tỉnh ủy A B C")."""
    return bool(_CUE_BEFORE.search(before)) or _after_title(before)


def _after_title(before: str) -> bool:
    part = re.split(r"[,;:(]", before)[-1].strip()
    return bool(part) and is_title(part) and before.endswith(" ")


# Nouns that open the name of a body or a place, never a person's: after a title, a capitalised
# run starting with one continues the title ("Ủy viên Bộ Chính trị"), so NER is not asked.
_BODY_NOUNS = frozenset(
    {
        "Bộ", "Ban", "Sở", "Cục", "Vụ", "Viện", "Tòa", "Ủy", "Hội", "Đảng", "Nhà", "Trung",
        "Thành", "Tỉnh", "Quận", "Huyện", "Báo", "Đài", "Học", "Trường", "Văn", "Tổng", "Tiểu",
        "Quốc", "Chính", "Mặt", "Công", "Đoàn", "Liên", "Quân", "Tập", "Ngân", "Kiểm",
    }
)  # fmt: skip


def _unusual_name(sentence: str, run: re.Match[str], use_ner: bool) -> NameSpan | None:
    """A name whose family name is not in the list: after an honorific or a rank, or as an
    entry of a list of people, with a title after it; else confirmed by NER after a cue."""
    words = run.group(1).split(" ")
    start = run.start(1)
    # "Bà Rah Lan Chung" at the start of a sentence; after a rank or a title "Ông" is the
    # family name ("Trung tướng Ông Văn Thịnh").
    family_ong = words[0] == "Ông" and _after_title(sentence[:start])
    if words[0] in _HONORIFICS and not family_ong:
        start += len(words[0]) + 1
        words = words[1:]
    if (
        family_ong and 3 <= len(words) <= 4
    ):  # "TS Ông Văn Ngộ": an honorific is never capitalised there
        name = " ".join(words)
        return NameSpan(name, start, start + len(name), unusual=True)
    cued = start > run.start(1) or _cued(sentence[:start])
    person_cue = _person_cue(sentence[:start]) or start > run.start(1)
    if not 2 <= len(words) <= 5 or not (cued or person_cue):
        return None
    name = " ".join(words)
    # "Văn" is a family name too ("các đồng chí: …; Văn Đình Toại, Thứ trưởng …"), not when
    # a body's word follows it ("Văn Hóa", "Văn Phòng")
    family_van = words[0] == "Văn" and len(words) == 3 and words[1] not in _VAN_BODIES
    if is_place(name) or (words[0] in _BODY_NOUNS and not (family_van and person_cue)):
        return None  # "Thành phố Hồ Chí Minh", the rest of a title ("Ủy viên Bộ Chính trị")
    if person_cue and len(words) <= 4 and _titled_after(sentence[start + len(name) :]):
        # "đồng chí Moong Văn Tằm - Ủy viên …", "các đồng chí: …; Đường Quốc Thái, Phó Trưởng
        # Ban …": an entry of a list of people, with its title, whatever the family name
        return NameSpan(name, start, start + len(name), unusual=True)
    if not use_ner or not cued:
        return None
    from .nlp import person_names

    if name not in person_names(sentence):
        return None
    return NameSpan(name, start, start + len(name), unusual=True)


# A title or a body ending on the city or province it serves, unnamed: "Phó Chủ tịch UBND thành
# phố Bế Văn Khang" (a full name follows; "UBND thành phố Hồ Chí Minh" is a place, PLACES).
_OF_THE_CITY = re.compile(r"\s(?:thành phố|tỉnh)\s+$")


def _of_the_city(before: str) -> bool:
    """A title ending on "thành phố"/"tỉnh" unnamed ("Phó Chủ tịch UBND thành phố", "Giám đốc
    Đài Phát thanh và Truyền hình tỉnh", "các hội viên Hội … thành phố"); not a body named
    after a person ("Bệnh viện Đa khoa tỉnh Nguyễn Đình Chiểu") nor a place ("tại tỉnh …")."""
    city = _OF_THE_CITY.search(before)
    if city is None:
        return False
    part = re.split(r"[,;:(]", before[: city.start()])[-1].strip()
    group = re.match(r"^(?:các|những)\s+", part, re.I)
    if group:  # "các hội viên Hội Văn học Nghệ thuật thành phố A, B"
        return is_title(part[group.end() :])
    words = part.split()
    return any(words[i][:1].isupper() and is_title(" ".join(words[i:])) for i in range(len(words)))


_VAN_BODIES = frozenset({"Hóa", "Hoá", "Phòng", "Miếu", "Kiện", "Nghệ", "Học", "Thư", "Xã"})
_RANK_BEFORE = re.compile(r"(?<!\w)(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy)\s+$", re.I)
# The start of a list entry: after the colon or semicolon of an attendance list.
_LIST_ENTRY_BEFORE = re.compile(r"[:;]\s*(?:(?:các\s+)?(?:đồng chí|ông|bà)\s+)?$", re.I)
# A list of people, not of places, units or countries: "các đồng chí:", "các ông, bà:".
_PEOPLE_LIST = re.compile(
    r"(?<!\w)(?:(?:các\s+)?(?:đồng chí|ông|bà)|các\s+vị)(?!\w)[^:]{0,60}:", re.I
)


def _person_cue(before: str) -> bool:
    """What comes before a capitalised run says a person follows: an honorific or a rank right
    before it, or an entry of a list announced as a list of people."""
    if _CUE_BEFORE.search(before) or _RANK_BEFORE.search(before):
        return True
    return bool(_LIST_ENTRY_BEFORE.search(before)) and bool(_PEOPLE_LIST.search(before))


def _titled_after(after: str) -> bool:
    """A title chain follows: ", Phó Trưởng Ban …", " - Ủy viên Ban Thường vụ …"."""
    match = re.match(r"\s*(?:,|\s[-–])\s*", after)
    return match is not None and is_title(re.split(r"[,;:]", after[match.end() :])[0])


# Capitalised first syllables of officialese compounds whose second syllable is lower-case:
# "Đoàn Chủ tịch", "Đoàn Thư ký", "Đoàn Đại biểu" are bodies, not a family name and a given name.
_COMPOUND_HEADS = frozenset(
    {
        "chủ tịch", "chủ nhiệm", "chủ trì", "thư ký", "thường trực", "thường vụ", "bí thư",
        "ủy viên", "đại biểu", "đại diện", "đại tướng", "thanh niên", "phụ nữ", "công đoàn",
        "công tác", "kiểm tra", "giám sát", "giám đốc", "chấp hành", "chính trị", "chính phủ",
        "tổ chức", "tuyên giáo", "dân vận", "nội chính", "đối ngoại", "văn phòng", "văn kiện",
        "nhân sự", "điều lệ", "phục vụ", "biên tập", "lãnh đạo", "cán bộ", "chiến sĩ",
        "học sinh", "sinh viên", "hội nghị", "tiểu ban", "mặt trận", "cựu chiến", "đại hội",
    }
)  # fmt: skip


def _starts_a_title(name: str, sentence: str, end: int) -> bool:
    """True when the name's last syllable begins a lower-case compound right after it."""
    following = re.match(rf" ([{LOWER}]+)", sentence[end:])
    if not following:
        return False
    last = name.rsplit(" ", 1)[-1].lower()
    return f"{last} {following.group(1)}" in _COMPOUND_HEADS


def find_names(sentence: str, knowledge: Knowledge, use_ner: bool = False) -> list[NameSpan]:
    """Personal names in ``sentence``, left to right, institutions and places excluded."""
    spans: list[NameSpan] = []
    for match in _RUN.finditer(sentence):
        trimmed = _trim_run(match.group(1))
        if trimmed is None:
            unusual = _unusual_name(sentence, match, use_ner)
            if unusual:  # places are left out in _unusual_name
                spans.append(unusual)
            continue
        offset, name = trimmed
        prefix = match.group(1)[:offset].split()
        if (
            (len(prefix) == 1 or (len(prefix) == 2 and prefix[1] in ("Thị", "Văn")))
            and len(prefix) + len(name.split()) <= 4
            and prefix[0] not in _BODY_NOUNS
            and _person_cue(sentence[: match.start(1)])
            and not is_title(match.group(1))
        ):
            # "bà Vưu Kim Thoa", "các đồng chí: …; Lô Thị Kim Ngân - …": after a person's cue
            # the whole run is the name, though a family name of the list ("Kim") starts inside
            spans.append(NameSpan(match.group(1), match.start(1), match.end(1), unusual=True))
            continue
        if (
            len(prefix) == 1
            and len(name.split()) == 2
            and prefix[0][1:].islower()
            and prefix[0] not in _HONORIFICS
        ):
            continue  # "Tân Sơn Nhất": a name never starts after a word in its own run
        start = match.start(1) + offset
        before = sentence[:start]
        generic = len(name.split()) >= 3 and _of_the_city(before)
        if (
            (_INSIDE_BEFORE.search(before) and not generic)
            or _ROAD_LIST_BEFORE.search(before[-200:])
            or _starts_a_title(name, sentence, match.end(1))
        ):
            continue
        spans.append(NameSpan(name, start, start + len(name)))
    pattern = knowledge.alias_pattern
    for match in pattern.finditer(sentence) if pattern else ():
        if not any(s.start <= match.start() < s.end for s in spans):
            canonical = knowledge.alias_index[match.group(0)]
            spans.append(NameSpan(canonical, match.start(), match.end()))
    return sorted(spans, key=lambda s: s.start)
