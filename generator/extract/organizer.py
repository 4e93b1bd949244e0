"""The body holding a meeting, in one canonical short form whatever spelling the text uses."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..text import fold
from .congress import CONGRESS_FORM, to_roman

# "Tiểu ban <kind> [của|chuẩn bị|phục vụ] <congress>": the national congress in any press form,
# or a local one ("Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI").
_LOCAL_CONGRESS = r"Đại hội\s+(?:đại biểu\s+)?Đảng bộ[^,.;]*?lần thứ\s+(?-i:[IVXL]+)\b"
_SUBCOMMITTEE = re.compile(
    r"Tiểu ban\s+(?P<kind>(?:[\wÀ-ỹ]+(?:\s*-\s*|\s+)){0,3}?[\wÀ-ỹ]+)\s+"
    r"(?:(?:của|chuẩn bị|phục vụ)\s+)?(?P<congress>(?P<local>"
    + _LOCAL_CONGRESS
    + r")|"
    + CONGRESS_FORM
    + r")",
    re.IGNORECASE,
)
# The five subcommittees of a national congress, by a word of their name.
_SUBCOMMITTEE_KINDS = (
    ("van kien", "Văn kiện"),
    ("nhan su", "Nhân sự"),
    ("dieu le", "Điều lệ Đảng"),
    ("kinh te", "Kinh tế - Xã hội"),
    ("to chuc", "Tổ chức phục vụ"),
    ("phuc vu", "Tổ chức phục vụ"),
)
# A subcommittee named without its congress ("Thường trực Tiểu ban văn kiện").
_BARE_SUBCOMMITTEE = re.compile(
    r"Tiểu ban\s+(?:Văn kiện|Nhân sự|Điều lệ(?:\s+Đảng)?|Kinh tế\s*-?\s*xã hội|"
    r"Tổ chức(?:\s+phục vụ)?|Phục vụ)(?![\wÀ-ỹ])",
    re.IGNORECASE,
)
_COUNTERPART = re.compile(r"\bvới\s+(?:Thường trực\s+)?$", re.IGNORECASE)
# A subcommittee in a person's title is weaker evidence than one holding the meeting.
_IN_TITLE = re.compile(r"(?:Trưởng|Phó|thành viên|Ủy viên|Uỷ viên|lãnh đạo)\s*$", re.IGNORECASE)
# Central commissions and offices whose periodic reviews and briefings the press reports.
CENTRAL_BODIES = re.compile(
    r"^(?:Văn phòng Trung ương Đảng|Ban (?:Tổ chức|Tuyên giáo(?: và Dân vận)?|Kinh tế|Nội chính|"
    r"Đối ngoại|Dân vận) Trung ương|Ủy ban Kiểm tra Trung ương)$",
    re.IGNORECASE,
)
_BODIES = (
    r"Văn phòng Trung ương Đảng|Ban Tổ chức Trung ương|Ban Tuyên giáo(?: và Dân vận)? Trung ương|"
    r"Ủy ban Kiểm tra Trung ương|Ban Kinh tế Trung ương|Ban Nội chính Trung ương|"
    r"Ban Đối ngoại Trung ương|Bộ Chính trị|Ban Bí thư|"
    r"Ban Chấp hành Trung ương(?: Đảng)?(?: khóa (?-i:[IVX]+))?|"
    r"Ủy ban Thường vụ Quốc hội|Quốc hội|Chính phủ|"
    # local Party committees and councils: "Ban Thường vụ Tỉnh ủy Bắc Giang", "HĐND tỉnh Nam Định"
    r"(?:Ban Thường vụ |Thường trực )?(?:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|"
    r"HĐND|Hội đồng nhân dân)(?:\s+(?:tỉnh|thành phố|huyện|quận|thị xã|TP\.?))?"
    r"(?:\s+(?-i:[A-ZĐ][\wÀ-ỹ]*))*"
)
# Titles that make a body part of a person's description: "Ủy viên Bộ Chính trị", "Thường
# trực Ban Bí thư", "Trưởng Ban Tổ chức Trung ương", "Chủ tịch Quốc hội", "Thủ tướng Chính phủ".
_TITLE_BEFORE = re.compile(
    r"(?:Ủy viên|Uỷ viên|Trưởng|Phó|Chánh|Thường trực|Bí thư|Chủ nhiệm|Chủ tịch|Thủ tướng|"
    r"thành viên|lãnh đạo|đại biểu|nguyên|Giám đốc|Thư ký|cơ quan|Tổng)\s*$",
    re.IGNORECASE,
)
_MEETING_NOUN = r"(?:phiên họp|cuộc họp|kỳ họp|hội nghị|buổi làm việc|giao ban|họp)"
# The body as the subject of the meeting ("Bộ Chính trị tổ chức hội nghị", "Quốc hội khóa XV
# khai mạc") or as its owner ("hội nghị … của Văn phòng Trung ương Đảng", "Kỳ họp thứ nhất,
# Quốc hội khóa XV").
_BODY_HOLDS = re.compile(
    r"(?P<body>" + _BODIES + r")(?:\s+khóa\s+[IVX]+)?\s+(?:đã\s+|sẽ\s+|vừa\s+)?"
    r"(?:tổ chức|họp|triệu tập|khai mạc|bế mạc)\b"
    r"|" + _MEETING_NOUN + r"(?:[^.;]{0,80}?\s(?:của|do)|(?:\s+thứ\s+[\wÀ-ỹ]+)?,?)\s+"
    r"(?P<owner>" + _BODIES + r")",
    re.IGNORECASE,
)
# Working groups of a subcommittee meeting on their own: "Cuộc họp giữa hai Tổ Biên tập của
# Tiểu ban văn kiện và Tiểu ban Kinh tế - Xã hội".
_TEAM = re.compile(
    r"(?:" + _MEETING_NOUN + r"\s+(?:giữa|của)\s+(?:hai\s+|các\s+)?|Thường trực\s+(?:hai\s+)?)"
    r"(?P<team>Tổ (?:Biên tập|giúp việc)(?:\s+của\s+Tiểu ban\s+[\wÀ-ỹ -]+?"
    r"(?:\s+và\s+Tiểu ban\s+[\wÀ-ỹ -]+?)?)?)(?=\s*[,.;(]|\s+(?:đã|họp|tổ chức|về)\b|$)",
    re.IGNORECASE,
)


def organizer(sources: Sequence[str] | str, congress: str | None, weak: bool = True) -> str | None:
    """The body holding the meeting. The headline and event sentence are read before the
    text, and in them: a subcommittee named with its congress; else a body holding the
    meeting; else a working group; else (``weak``) a subcommittee named in a title or without
    its congress (then the article's congress completes its name). A body met "với" (the
    other side of a working session) is not the one holding it."""
    texts = [sources] if isinstance(sources, str) else list(sources)
    finders: list[Callable[[str], str | None]] = [
        lambda t: _subcommittee(t, congress, in_title=False),
        _holding_body,
        _team,
    ]
    if weak:
        finders += [
            lambda t: _subcommittee(t, congress, in_title=True),
            lambda t: _bare_subcommittee(t, congress),
        ]
    # The headline and the event sentence before the body; within them, every strong finder
    # before a weak one: "Tiểu ban Văn kiện Đại hội XIV" in the lead wins over a bare "Tiểu
    # ban Văn kiện" in the headline completed with a congress counted from mentions.
    strong = finders[:3]
    for group in (texts[:-1], texts[-1:]) if len(texts) > 1 else (texts,):
        for finder in strong + finders[3:]:
            for text in group:
                found = finder(text)
                if found:
                    return _fullest_local(found, texts)
    return None


def _subcommittee(text: str, congress: str | None, in_title: bool) -> str | None:
    for match in _SUBCOMMITTEE.finditer(text):
        before = text[max(0, match.start() - 20) : match.start()]
        if bool(_IN_TITLE.search(before)) != in_title or _COUNTERPART.search(before):
            continue
        if match["local"]:
            raw = " ".join(match.group(0).split())
            return raw[0].upper() + raw[1:]
        number = to_roman(match["number"]) or congress
        canonical = _canonical(match["kind"], number)
        return canonical or " ".join(match.group(0).split())
    return None


def _fullest_local(found: str, texts: list[str]) -> str:
    """A local subcommittee by the fullest name the article gives it: a headline's "Đại hội
    Đảng bộ tỉnh …" is the body's "Đại hội đại biểu Đảng bộ tỉnh …"."""
    if not re.search(r"Đảng bộ", found, re.IGNORECASE):
        return found
    head, number = fold(found.split(" Đại hội")[0]), found.split()[-1]
    names = [" ".join(m.group(0).split()) for t in texts for m in _SUBCOMMITTEE.finditer(t)]
    same = [n for n in names if fold(n).startswith(head) and n.split()[-1] == number]
    return max(same, key=len, default=found)


def _canonical(kind_words: str, congress: str | None) -> str | None:
    """ "Tiểu ban Văn kiện Đại hội XIV của Đảng", "Tiểu ban Điều lệ Đảng Đại hội XIII"."""
    kind = next((name for key, name in _SUBCOMMITTEE_KINDS if key in fold(kind_words)), None)
    if not kind or not congress:
        return None
    party = "" if kind.endswith("Đảng") else " của Đảng"
    return f"Tiểu ban {kind} Đại hội {congress}{party}"


def _bare_subcommittee(text: str, congress: str | None) -> str | None:
    match = _BARE_SUBCOMMITTEE.search(text)
    return _canonical(match.group(0), congress) if match else None


def _holding_body(text: str) -> str | None:
    for match in _BODY_HOLDS.finditer(text):
        start = match.start("body") if match["body"] else match.start("owner")
        if _TITLE_BEFORE.search(text[max(0, start - 20) : start]):
            continue
        return str(match["body"] or match["owner"])
    return None


def _team(text: str) -> str | None:
    match = _TEAM.search(text)
    if not match:
        return None
    team = re.sub(r"Tiểu ban\s+(\w)", lambda m: "Tiểu ban " + m.group(1).upper(), match["team"])
    return " ".join(team.split())
