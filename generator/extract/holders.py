"""Office holders named in an article, as clues: a title given in the present is held that day."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..models import Participant
from ..text import canonical_spelling
from .clues import Clue
from .congress import to_roman
from .knowledge import Knowledge, Tenure
from .presence import ANOTHER_TIME, remembered

EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2100, 1, 1)
_MARGIN = dt.timedelta(days=183)

# Other ways the press writes the offices of data/offices.yaml and data/membership.yaml.
_ALIASES = {
    "thủ tướng": "Thủ tướng Chính phủ",
    "tổng bí thư ban chấp hành trung ương đảng": "Tổng Bí thư",
    "chủ tịch nước cộng hòa xã hội chủ nghĩa việt nam": "Chủ tịch nước",
    "ủy viên ban bí thư": "Bí thư Trung ương Đảng",
    "chánh văn phòng trung ương": "Chánh Văn phòng Trung ương Đảng",
    "chủ nhiệm ủy ban kiểm tra trung ương đảng": "Chủ nhiệm Ủy ban Kiểm tra Trung ương",
    "bí thư thành ủy tp hồ chí minh": "Bí thư Thành ủy Thành phố Hồ Chí Minh",
    "bí thư thành ủy tp. hồ chí minh": "Bí thư Thành ủy Thành phố Hồ Chí Minh",
    "bí thư thành ủy tp.hcm": "Bí thư Thành ủy Thành phố Hồ Chí Minh",
    "chủ tịch ủy ban trung ương mttq việt nam": (
        "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    ),
}
# Words that make a title another one: "Phó Thủ tướng" is not "Thủ tướng".
_NOT_THE_OFFICE = ("phó", "quyền", "thư ký", "trợ lý")
_FORMER = re.compile(r"(?:^|\s)(?:nguyên|cố)\s*$", re.I)
_KINDS = {
    "văn kiện": "Văn kiện",
    "kinh tế - xã hội": "Kinh tế - Xã hội",
    "nhân sự": "Nhân sự",
    "điều lệ": "Điều lệ",
    "tổ chức phục vụ": "Tổ chức phục vụ",
    "tổ chức": "Tổ chức phục vụ",
}
_HEAD = re.compile(
    r"^trưởng tiểu ban (?P<kind>văn kiện|kinh tế\s*-?\s*xã hội|nhân sự|điều lệ|tổ chức(?: phục vụ)?)"
    r"(?: đảng)?(?:\s+(?:phục vụ|của|chuẩn bị))*\s+đại hội\s+(?:đại biểu\s+)?(?:đảng\s+)?"
    r"(?:toàn quốc\s+)?(?:lần thứ\s+)?(?P<n>[ivxl]+|\d+)\b"
)
# A sentence about another time: its titles are not those of the event's day.
_ELSEWHEN = re.compile(rf"(?<![\wÀ-ỹ])(?:{ANOTHER_TIME}|hồi|năm\s+(?:19|20)\d\d)(?![\wÀ-ỹ])", re.I)
_FULL_DATE = re.compile(r"(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(?:19|20)\d\d")


def _key(text: str) -> str:
    return " ".join(canonical_spelling(text).casefold().split())


@lru_cache(maxsize=8)
def _titles(offices: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """(folded spelling, office) pairs, longest spelling first."""
    pairs = {_key(o): o for o in offices} | _ALIASES
    return tuple(sorted(pairs.items(), key=lambda kv: -len(kv[0])))


def office_at_start(element: str, knowledge: Knowledge) -> str | None:
    """The office a title chain element starts with ("Thường trực Ban Bí thư chủ trì …")."""
    key = _key(element)
    head = _HEAD.match(key)
    if head:
        kind = _KINDS[re.sub(r"\s*-?\s*xã", " - xã", head["kind"])]
        number = head["n"].upper()
        return f"Trưởng Tiểu ban {kind} Đại hội {to_roman(number) or number}"
    for spelling, office in _titles(knowledge.offices):
        if key.startswith(spelling) and not key[len(spelling) : len(spelling) + 1].isalpha():
            return office
    return None


def office_at_end(element: str, knowledge: Knowledge) -> tuple[str, str] | None:
    """(office, text before it) when an element ends with a title ("Dự có Tổng Bí thư")."""
    key = _key(element)
    for spelling, office in _titles(knowledge.offices):
        if key.endswith(spelling):
            before = key[: -len(spelling)]
            if before and before[-1].isalpha():
                continue
            if before.rstrip().endswith(_NOT_THE_OFFICE):
                continue
            return office, before
    return None


def _before_chain(text: str, knowledge: Knowledge) -> list[str]:
    """Offices of the titles written just before a name, leaving out those after "nguyên"."""
    elements = [e.strip() for e in re.split(r"[;:(]|\bvà\b|\bcùng\b", text)[-1].split(",")]
    if elements and not elements[-1]:
        elements.pop()
    found: list[str] = []
    for element in reversed(elements):
        match = office_at_end(element, knowledge)
        if match is None:
            break
        office, before = match
        if _FORMER.search(before):
            return []  # "nguyên Tổng Bí thư X": every title nearer the name is past too
        found.append(office)
    return found


def _after_chain(text: str, knowledge: Knowledge, names: re.Pattern[str]) -> list[str]:
    """Offices of "Name, title, title;" up to the end of the clause, stopping at "nguyên" and
    at the next name (in "A, title B, title C" the titles belong to the names after them)."""
    if not re.match(r"\s*[,–-]", text):
        return []
    found: list[str] = []
    for element in re.split(r"[;.(]", text.lstrip(" ,–-"))[0].split(","):
        element = element.strip()
        if not element[:1].isupper() or re.match(r"(?:nguyên|cố)\s", element, re.I):
            break
        if names.search(element):
            break
        office = office_at_start(element, knowledge)
        if office:
            found.append(office)
    return found


def named_offices(sentences: list[str], day_month: tuple[int, int], knowledge: Knowledge):
    """(name, office, sentence) for every known holder written with a present title."""
    pattern = knowledge.holder_pattern
    for sentence in sentences:
        if _ELSEWHEN.search(sentence) or any(
            (int(m[2]), int(m[1])) != day_month for m in _FULL_DATE.finditer(sentence)
        ):
            continue
        for match in pattern.finditer(sentence):
            before = sentence[: match.start()]
            after = sentence[match.end() :]
            if remembered(before, after):  # "Tổng Bí thư A (đã từ trần)": the title was his
                continue
            offices = _before_chain(before, knowledge) + _after_chain(after, knowledge, pattern)
            for office in offices:
                yield match.group(0), office, sentence


def participant_offices(participants: tuple[Participant, ...], knowledge: Knowledge):
    """(name, office, evidence) from the roles people extraction gave each participant."""
    for person in participants:
        if any(re.match(r"(?:nguyên|cố)\s", role, re.I) for role in person.roles):
            continue  # a chain after "nguyên" may be all in the past
        for role in person.roles:
            office = office_at_start(role, knowledge)
            if office:
                yield person.name, office, person.evidence[0] if person.evidence else ""


def holder_clues(
    sentences: list[str],
    day_month: tuple[int, int],
    participants: tuple[Participant, ...],
    knowledge: Knowledge,
) -> list[Clue]:
    """One clue per person and office named: the event falls within one of their tenures."""
    seen: dict[tuple[str, str], str] = {}
    for name, office, evidence in [
        *participant_offices(participants, knowledge),
        *named_offices(sentences, day_month, knowledge),
    ]:
        seen.setdefault((name, office), evidence)
    clues = []
    for (name, office), evidence in seen.items():
        tenures = [t for t in knowledge.tenures if t.name == name and t.office == office]
        if not tenures:
            continue
        known_from = min(t.start or EARLIEST for t in knowledge.tenures if t.office == office)
        clues.append(_tenure_clue(name, office, tenures, evidence, known_from))
    return clues


def _tenure_clue(
    name: str, office: str, tenures: list[Tenure], evidence: str, known_from: dt.date
) -> Clue:
    """The days within a tenure. An uncertain tenure is trusted only to within half a year
    (its dates are widened), and a clue made of uncertain tenures alone never narrows. Before
    ``known_from``, the first day the curated data covers for the office (the Politburo lists
    start with term XI), nothing is known, so nothing is ruled out."""
    certain = [t for t in tenures if not t.uncertain]
    spans = [(t.start or EARLIEST, t.end or LATEST) for t in certain]
    if known_from > EARLIEST:
        spans.append((EARLIEST, known_from - dt.timedelta(days=1)))
    spans += [
        (max(EARLIEST, (t.start or EARLIEST) - _MARGIN), min(LATEST, (t.end or LATEST) + _MARGIN))
        for t in tenures
        if t.uncertain
    ]
    shown = ", ".join(
        f"{_day(t.start or EARLIEST, 'trước đó')}–{_day(t.end or LATEST, 'nay')}"
        + (" chưa chắc chắn" if t.uncertain else "")
        for t in sorted(tenures, key=lambda t: t.start or EARLIEST)
    )
    if known_from > EARLIEST:
        shown += f"; chưa có dữ liệu trước {_day(known_from, '')}"
    return Clue(
        f"{name} là {office} ({shown})",
        tuple(sorted(spans)),
        uncertain=not certain,
        evidence=evidence,
    )


def _day(day: dt.date, open_end: str) -> str:
    return open_end if day in (EARLIEST, LATEST) else f"{day.day}/{day.month}/{day.year}"
