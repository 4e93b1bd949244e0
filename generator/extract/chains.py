"""Title chains around a name: the titles glued before it, the chain after it, where each ends.

"Thủ tướng Chính phủ Phạm Minh Chính" has a title glued before the name; "Trần Cẩm Tú, Ủy viên
Bộ Chính trị, Thường trực Ban Bí thư chủ trì" a chain after it, ended by the predicate. A chain
is split at commas, semicolons, colons and dashes (not the dash inside "Kinh tế - Xã hội").
"""

from __future__ import annotations

import re

from .titles import DASH, clip_title, is_title

_SEPARATOR = re.compile(rf"\s*(?:[,;:()]|{DASH})\s*")
_AFTER_SEPARATOR = re.compile(rf"\s*(?:[,;:]|{DASH})\s*")
HONORIFIC = r"(?:đồng chí|ông|bà|anh(?!\s+hùng)|chị)"  # not "Anh hùng LLVT nhân dân"
_HONORIFIC_TAIL = re.compile(rf"(?:^|\s)(?:(?:gồm\s+|có\s+)?các\s+)?{HONORIFIC}\s*$", re.I)
# Predicates whose subject is a body, not the person before them ("…, Thường trực Tiểu ban đã họp").
_COLLECTIVE_VERB = re.compile(r"^(?:đã\s+|đang\s+)?(?:họp|nghe|tổ chức|nhóm họp)(?![\wÀ-ỹ])")
# A body written after a title, naming the parent of the unit the title heads.
_BODY_AFTER_TITLE = re.compile(
    r"^\s*(?-i:Ban|Bộ|Tổng cục|Cục|Vụ|Viện|Học viện|Văn phòng|Ủy ban|Sở|Tỉnh ủy|Thành ủy)\s+[A-ZĐ]"
)
# Photo notes inside a chain ("(ảnh trên)", "(thứ hai từ trái sang)") are not part of a title.
_BRACKETED = re.compile(r"\(([^()]{1,51})\)")
_PHOTO_CUE = re.compile(r"(?:Ảnh|Trong ảnh|Hình)(?![\wÀ-ỹ])")


def _photo_note(inner: str) -> bool:
    """A lower-case note ("ảnh trên") or a photo cue; "(Ủy viên Bộ Chính trị, …)" is a title
    chain in brackets."""
    return inner[:1].islower() or bool(_PHOTO_CUE.match(inner))


def _parts(text: str) -> list[str]:
    return [p.strip() for p in _SEPARATOR.split(text)]


def _strip_lead(part: str) -> str:
    part = re.sub(rf"^(?:(?:gồm\s+|có\s+)?các\s+)?{HONORIFIC}\s+", "", part, flags=re.I)
    return re.sub(r"^(?:và|cùng|cùng với|gồm|có)\s+", "", part)


def title_at_start(part: str) -> str | None:
    part = _strip_lead(part)
    return clip_title(part) if is_title(part) else None


def _title_ending(part: str) -> tuple[str | None, bool]:
    """(title, whole): the title that ends ``part`` and whether it is all of the part.

    "Thường trực Tiểu ban đã nghe Tổ trưởng Tổ biên tập" ends with "Tổ trưởng Tổ biên tập":
    a title glued to a name holds no predicate, so it starts after the last one.
    """
    part = _strip_lead(part)
    words = part.split()
    for i in range(len(words)):
        candidate = " ".join(words[i:])
        if not is_title(candidate) or clip_title(candidate) != candidate:
            continue
        if candidate[:1].islower() and not candidate.startswith("nguyên "):
            continue  # glued to a name a title is written with a capital: "cơ quan thường trực"
        if i == 0:
            return candidate, True
        if words[i - 1][:1].islower():
            return candidate, False
    return None, False


def titles_before(before: str) -> tuple[list[str], int]:
    """(titles, length): the title chain ending right before a name, back to a colon at most."""
    segment = re.split(r"[:;]", before)[-1]
    stripped = _HONORIFIC_TAIL.sub("", segment.rstrip())
    if not stripped or stripped.endswith((",", ";", ":", "(", "-", "–")):
        return [], 0
    titles: list[str] = []
    for part in reversed(_parts(stripped)):
        title, whole = _title_ending(part)
        if title is None:
            break
        titles.insert(0, title)
        if not whole:
            break
    start = before.rfind(titles[0]) if titles else -1
    return titles, (len(before) - start if start >= 0 else 0)


# Membership of a body, written after a name ("A, Phó Chủ nhiệm …, thành viên Tiểu ban"); not
# a group's label before names ("các đồng chí thành viên Tiểu ban: …") nor "thành viên các …".
_MEMBERSHIP = re.compile(
    r"^(?:thành viên|Thành viên)\s+(?!các\s)(?-i:Tiểu ban|Tổ|Ban|Hội đồng|Đoàn|Ủy ban)\b"
)


def _membership(piece: str) -> str | None:
    piece = piece.strip()
    return clip_title(piece) if _MEMBERSHIP.match(piece) else None


def titles_after(after: str, titled: bool = False) -> tuple[list[str], int]:
    """(titles, end): the title chain after a name and where its last title ends; in
    brackets too ("Đồng chí A (Ủy viên Bộ Chính trị, Bí thư Thành ủy) phát biểu").
    ``titled``: the name has a title before it, so a body may follow it alone ("Chánh trị
    sự A, Ban Cai quản Họ đạo …")."""
    bracket = re.match(r"\s*\(([^()]{4,200})\)", after)
    if bracket:
        inside, end = titles_after(", " + bracket.group(1), titled)
        whole = bool(inside) and not bracket.group(1)[end - 2 :].strip(" ,;")
        return (inside, bracket.end()) if whole else ([], 0)
    match = re.match(r"\s*(?:,|\s[-–]\s)\s*", after)
    if not match:
        return [], 0
    titles: list[str] = []
    position, end = match.end(), 0
    while position < len(after):
        rest = after[position:]
        separator = _AFTER_SEPARATOR.search(rest)
        piece = rest[: separator.start()] if separator else rest
        if titles and re.match(r"\s*(?:và|cùng)\s", piece):
            break  # ", và Thượng tá B, …": the next person, with titles of their own
        title = title_at_start(piece) or _membership(piece)
        if not title and (titles or titled) and _BODY_AFTER_TITLE.match(piece):
            # "Vụ trưởng Vụ Tổng hợp, Ban Kinh tế Trung ương": the unit's parent body
            body = clip_title(piece)
            if titles:
                titles[-1] += ", " + body
            end = position + piece.find(body) + len(body)
            if body != piece.strip() or separator is None or separator.group(0).strip() in ";:":
                break
            position += separator.end()
            continue
        if not title:
            break
        offset = piece.find(title)
        tail = piece[offset + len(title) :].strip() if offset >= 0 else ""
        if _COLLECTIVE_VERB.match(tail):
            break  # "…, Thường trực Tiểu ban đã họp": the clause's subject, not a title
        titles.append(title)
        end = position + (offset if offset >= 0 else 0) + len(title)
        if tail or separator is None or separator.group(0).strip() in ";:":
            break
        position += separator.end()
    return titles, end


def blank_photo_notes(sentence: str) -> str:
    """The sentence with photo notes turned to spaces (offsets kept)."""
    return _BRACKETED.sub(
        lambda m: " " * len(m.group(0)) if _photo_note(m.group(1)) else m.group(0), sentence
    )
