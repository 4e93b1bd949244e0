"""Lines around an article's text on a crawled page: its stamps and capture names, its
bylines and signatures (clean sorts each line of a page into one of them, or into the text)."""

from __future__ import annotations

import re

from .text import WEEKDAY

SENTENCE_END = re.compile(r"[.!?…:;”\"»)]$")

_HEADER_DATE = re.compile(
    r"^(?:\s*date\s+\d{4}-\d{2}(?:-\d{2})?"
    r"|"
    + WEEKDAY
    + r",?\s+(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[-–,|]?\s*\d{1,2}:\d{2}(?:\s*[(\[]?GMT[+\d]*[)\]]?)?)?"
    r"|" + WEEKDAY + r",\s+Tháng\s+\w+\s+\d{1,2},\s+\d{4}"
    r"|\d{1,2}:\d{2}'?\s+(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}"
    r"|\d{1,2}/\d{1,2}/\d{4}(?:\s*[-,|]?\s*\d{1,2}:\d{2}(?:\s*[(\[]?GMT[+\d]*[)\]]?)?)?"
    # ISO, as a page's metadata gives it: "2020-10-06T07:00:00+07:00", "…T00:00:00.000Z"
    r"|\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)\s*$",
    re.IGNORECASE,
)
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?'?(?:\s*(?:AM|PM|SA|CH))?"
_DAY = r"\(?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\)?"
# Publication and update stamps: "Ngày đăng: 09/11/2018", "07:30:00 09/08/2019",
# "[ Cập nhật vào ngày (01/08/2019) ] - [ Số lần xem: 227 ]", "Cập nhật: 15/6/2020 - 19:29".
_STAMP_LINE = re.compile(
    r"^[\[(\s]*(?:(?:ngày đăng|đăng ngày|đăng lúc|đăng|ngày xuất bản|xuất bản|ngày cập nhật"
    r"|cập nhật(?: lần cuối)?(?: vào)?(?: lúc| ngày)?|updated?|posted)\s*:?\s*)?"
    # "Cập nhật lúc 20:45, Thứ Tư, 22/07/2015 (GMT+7)": the time may come before the weekday
    r"(?:" + _TIME + r"\s*,\s*(?=" + WEEKDAY + r"))?(?:" + WEEKDAY + r"\s*,?\s*)?"
    r"(?:" + _TIME + r"\s*[-,|]?\s*)?(?:ngày\s+)?" + _DAY + r"(?:\s*[-,|]?\s*" + _TIME + r")?"
    r"(?:\s*[(\[]?GMT\s*[+-]?\s*\d*[)\]]?)?[\])\s]*"
    r"(?:[-|]\s*\[?\s*(?:số lần xem|lượt xem|lượt đọc)\s*:?\s*[\d.,]+\s*\]?)?\s*$",
    re.IGNORECASE,
)
# Screenshot and photo file names carry their capture time ("vlcsnap-2019-09-25-08h33m13s901").
_CAPTURED = r"(?:vlcsnap|IMG|VID|DSC|PXL|Screenshot|Screen Shot|Ảnh chụp màn hình|photo)[-_ ]*"
CAPTURE_TIME = re.compile(_CAPTURED + r"((?:19|20)\d\d)[-_]?(\d\d)[-_]?(\d\d)(?!\d)", re.I)
"""A capture time in a file name: (year, month, day)."""
CAPTURE_LINE = re.compile(
    "^" + _CAPTURED + r"(?:19|20)\d\d[-_]?\d\d[-_]?\d\d(?!\d)[\w.()\- ]*$", re.IGNORECASE
)
_STAMP_IN_LINE = re.compile(r"(?<![\d/.-])\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d(?!\d)")
_INLINE_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s+(?=\S)")
# "Ảnh: Phương Hoa/TTXVN", "(Ảnh: TTXVN)", and without the colon when an agency leads: "Ảnh VGP/Quang Hiếu".
_CREDIT = re.compile(
    r"\(?\s*(?:Ảnh|Ảnh minh họa|Nguồn ảnh|Video)\s*(?::|\s(?=[A-ZĐ][\w.]*/))\s*([^()|]+?)\s*\)?\.?\s*\|?\s*$"
)
_BYLINE_PREFIX = re.compile(
    r"^(?:(?:Tin|Bài|Ảnh|Video)(?:\s*(?:,|và|-|\+)\s*(?:tin|bài|ảnh|video))*|Nhóm PV|PV|Tác giả)"
    r"\s*:\s*",
    re.I,
)
# An author with an academic title: "PGS.TS Hoàng Minh Khôi", "TS. Lê Văn A"; the line under
# it naming their institution ("Học viện Chính trị quốc gia Hồ Chí Minh") goes with it.
_SCHOLAR = re.compile(
    r"^(?:GS|PGS|TS|ThS|TSKH)(?:[.,]\s*(?:TS|TSKH|ThS))?\.?\s+[A-ZĐ][\wÀ-ỹ]*(?:\s+[A-ZĐ][\wÀ-ỹ]*){1,3}$"
)
_AFFILIATION = re.compile(
    r"^(?:Học viện|Trường|Viện|Đại học|Ban|Bộ|Văn phòng|Hội đồng|Tạp chí|Báo|Sở|Ủy ban)\s+"
    r"[^.;:]{3,80}$"
)
# A signature with its outlet: "Thu Hoài/VOV5", "Minh Đức (TTXVN)", "Nguyễn Phương/VOV.VN".
_SIGNED = re.compile(
    r"^[A-ZĐ][\wÀ-ỹ.]*(?:\s+[A-ZĐ][\wÀ-ỹ]*){0,3}\s*"
    r"(?:/\s*(?:[A-ZĐ][A-ZĐ0-9&.+]{1,11}|[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|VN))"
    # "Minh Duy (TTXVN/Vietnam+)", "Hồng Quang (Báo Nhân Dân)"
    r"|\(\s*[A-ZĐ][^()]{1,30}\))\s*$"
)
_NAME_WORD = r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][a-zàáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]+"
_BYLINE_NAMES = re.compile(
    rf"^(?P<names>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}(?:\s*[-–,|]\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})*)"
    r"\s*(?:\([^)]*\))?\s*(?:[|]\s*)?(?:[-–]\s*(?P<rest>.*))?$"
)


# A print issue's number before its date: "Số 9 (1.187) - Chủ nhật, 27-2-2011".
_ISSUE = re.compile(r"^Số\s+[\d.]+(?:\s*\([\d.]+\))?\s*[-–|,]\s*")


def is_stamp(line: str) -> bool:
    """A page header's date, a publication or update stamp, or a capture file name; an
    issue's number before it; stamps side by side ("Thời sự 19 giờ ngày 15/01/2016 | Đăng
    lúc 21:30, 15/01/2016")."""
    line = _ISSUE.sub("", line)
    if _HEADER_DATE.match(line) or _STAMP_LINE.match(line) or CAPTURE_LINE.match(line):
        return True
    parts = [p.strip() for p in line.split("|")]
    return (
        len(parts) >= 2
        and any(_STAMP_LINE.match(p) for p in parts)
        and all(
            _STAMP_LINE.match(p)
            or (has_stamp(p) and len(p.split()) <= 8)
            or (len(p.split()) <= 4 and not re.search(r"[:.!?]", p))  # "| Công đoàn": its section
            for p in parts
        )
    )


def inline_header(line: str) -> re.Match[str] | None:
    """ " date 2025-04 Sáng 2/4, …": a search header glued to the first line."""
    return _INLINE_HEADER.match(line)


def has_stamp(line: str) -> bool:
    """A full date somewhere in the line ("Tác giả: A | 29.12.2025 | 18:40")."""
    return bool(_STAMP_IN_LINE.search(line))


def is_byline(line: str) -> bool:
    """ "Tin: A", "Tác giả: A", "A/VOV5", "A (TTXVN)", "PGS.TS A"."""
    signed = _BYLINE_PREFIX.match(line) or _SIGNED.match(line) or _SCHOLAR.match(line)
    return bool(signed) and len(line) < 120


def is_affiliation(line: str) -> bool:
    """The institution under an author's line ("Học viện Chính trị quốc gia Hồ Chí Minh")."""
    return bool(_AFFILIATION.match(line))


def photo_credit(line: str) -> re.Match[str] | None:
    """A photo credit ending the line: "… Ảnh: Phương Hoa/TTXVN"."""
    return _CREDIT.search(line)


def standalone_byline(line: str, first: bool) -> tuple[str, str] | None:
    """(names, trailing dateline) when the line is only author names, e.g. "Vương Trần |"."""
    if len(line) > 140 or (SENTENCE_END.search(line.rstrip("|").rstrip()) and "|" not in line):
        return None
    match = _BYLINE_NAMES.match(line)
    if not match:
        return None
    names = match.group("names")
    rest = (match.group("rest") or "").strip()
    words = names.replace("-", " ").replace(",", " ").replace("|", " ").split()
    if rest and not _HEADER_DATE.match(rest.removesuffix("GMT+7").strip()) and "ngày" not in rest:
        return None
    if not rest and "|" not in line and not (first or len(words) <= 6):
        return None
    if len(words) > 9 or len(words) < 2:
        return None
    return names, rest


def signature_in_capitals(line: str) -> bool:
    """ "THANH GIA", "TUẤN TÚ - VIỆT TRUNG": one or two names of two to four short words."""
    names = re.split(r"\s+[-–]\s+", line.strip())
    return (
        len(names) <= 2
        and all(
            2 <= len(name.split()) <= 4
            and all(word.isalpha() and len(word) <= 7 for word in name.split())
            for name in names
        )
        and in_capitals(line)
    )


def in_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)
