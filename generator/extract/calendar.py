"""The congress calendar as clues: when preparation meetings, reviews and local congresses fall."""

from __future__ import annotations

import datetime as dt
import re

from ..models import Congress
from ..text import split_sentences
from .clues import Clue, fmt
from .congress import LOCAL_CONGRESS, OTHER_BODIES
from .knowledge import WORK_AFTER_CONGRESS, Knowledge

_LOCAL = re.compile(LOCAL_CONGRESS.pattern + r"|Đảng bộ\s+(?:tỉnh|thành phố)", re.I)
# A review of the congress or of the work serving it ("tổng kết công tác tổ chức phục vụ Đại hội
# XIII"), not a review of something else that serves its documents ("tổng kết thực tiễn 35 năm
# đổi mới, phục vụ xây dựng văn kiện Đại hội XIII").
_REVIEW = re.compile(
    r"tổng kết\s+(?:(?:công tác|tổ chức|phục vụ|tuyên truyền|bảo vệ|bảo đảm|an ninh|hậu cần|"
    r"việc|kết quả|thông tin|báo chí|và|,)\s*){0,6}Đại hội(?P<rest>[^.;]{0,40})"
    # "tổng kết công tác bảo đảm quốc phòng, an ninh, an toàn phục vụ Đại hội XIII", "rút kinh
    # nghiệm công tác bảo đảm an ninh … phục vụ Đại hội XIV": the work that served it, reviewed
    r"|(?:tổng kết|rút kinh nghiệm)\s(?:(?!sơ duyệt|tổng duyệt|diễn tập|chuẩn bị)[^.;:]){0,100}?"
    r"(?:phục vụ|bảo vệ|bảo đảm cho)\s+(?:thành công\s+)?Đại hội(?P<served>[^.;]{0,40})"
    r"|sau Đại hội(?P<after>[^.;]{0,30})",
    re.I,
)
# Another body's congress after "Đại hội": the Youth Union's, the Fatherland Front's…
_OTHER_BODY = re.compile(
    rf"\s*(?:đại biểu\s+)?(?:toàn quốc\s+)?(?:{OTHER_BODIES}|(?-i:Đảng bộ))\b", re.I
)
_NUMBER = re.compile(r"\b(?:lần thứ\s+)?([IVXL]+|\d{1,2})\b")
# The congress's own sittings: the preparatory session, opening, working days, closing.
_SITTING = re.compile(
    r"(?:khai mạc|bế mạc|phiên trù bị|ngày làm việc thứ \w+)[^.;]{0,40}Đại hội"
    r"|Đại hội[^.;]{0,80}(?:khai mạc|bế mạc|họp phiên trù bị|bước vào ngày làm việc)",
    re.I,
)
_SUBCOMMITTEE = re.compile(r"Tiểu ban|Tổ Biên tập|Tổ giúp việc", re.I)
# "chuẩn bị Đại hội", "công tác chuẩn bị Trung tâm Báo chí Đại hội XIV": a few words between.
_PREPARATION = re.compile(
    r"(?:chuẩn bị|phục vụ|tiến tới|hướng tới|trình|từ nay (?:cho )?đến|trước thềm)\s+"
    r"(?:[^.;,:]{0,40}?\s)?Đại hội",
    re.I,
)
# Topics of the last year before a congress: rehearsals, the security, medical, reception and
# press arrangements of the congress days, the congress "drawing near".
_FINAL = re.compile(
    r"diễn tập|tổng duyệt|sơ duyệt|phương án y tế|an ninh trật tự|bảo đảm an ninh|đón tiếp đại biểu|"
    r"lễ tân|khánh tiết|mời báo chí|đưa tin về Đại hội|Trung tâm Báo chí|đã (?:đến|tới) gần|"
    r"chỉ còn[^.;]{0,25}(?:ngày|tháng) nữa",
    re.I,
)
# Topics of a subcommittee's first months: its first sitting, its plan of work, outlines.
_EARLY = re.compile(
    r"phiên (?:họp )?(?:thứ nhất|đầu tiên)|họp phiên (?:thứ nhất|đầu tiên)|phiên họp lần thứ nhất|"
    r"(?:dự kiến|dự thảo|xây dựng) kế hoạch hoạt động|(?:dự thảo|xây dựng) đề cương|"
    r"mới được thành lập|quyết định thành lập",
    re.I,
)
_TERM = re.compile(r"Đại hội[^.;]{0,100}?nhiệm kỳ\s*((?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d", re.I)
FINAL_DAYS, EARLY_DAYS = 365, 456


def _names_other_congress(rest: str, roman: str, number: int) -> bool:
    found = _NUMBER.search(rest)
    return found is not None and found[1] not in (roman, str(number))


def _sentence_with(pattern: re.Pattern[str], text: str) -> str:
    return next((s for s in split_sentences(text) if pattern.search(s)), "")


def _another_bodys_congress(lead: str) -> bool:
    """The lead names the congress of another body ("Tiểu ban Văn kiện Đại hội đại biểu toàn
    quốc Mặt trận Tổ quốc Việt Nam lần thứ X"): the Party's calendar does not date it."""
    return any(_OTHER_BODY.match(lead, m.end()) for m in re.finditer(r"Đại hội", lead, re.I))


def relation(lead: str, congress: Congress) -> str | None:
    """How the event sentence ties the event to the congress: a review after it, a subcommittee
    meeting, one of its own sittings, other preparation, or nothing the calendar can date."""
    if _LOCAL.search(lead):
        return None
    others = _another_bodys_congress(lead)
    if others and not re.search(rf"Đại hội[^.;]{{0,40}}\b{congress.roman}\b", lead):
        return None  # "… trình Đại hội" in a Fatherland Front subcommittee's lead is theirs
    for match in _REVIEW.finditer(lead):
        rest = next(g for g in (match["rest"], match["served"], match["after"]) if g is not None)
        if not _names_other_congress(rest, congress.roman, congress.number) and not (
            _OTHER_BODY.match(rest)
        ):
            return "review"
    if _SUBCOMMITTEE.search(lead) and not others:
        return "subcommittee"
    if _SITTING.search(lead):
        return "sitting"
    preparing = [m for m in _PREPARATION.finditer(lead) if not _OTHER_BODY.match(lead, m.end())]
    return "preparation" if preparing else None


def _previous(congress: Congress, knowledge: Knowledge) -> dt.date:
    before = [c.end for c in knowledge.congresses if c.number == congress.number - 1]
    return before[0] if before else congress.start - dt.timedelta(days=5 * 366)


def _main_clue(kind: str, congress: Congress, knowledge: Knowledge, lead: str) -> Clue:
    name, end = f"Đại hội {congress.roman}", congress.end
    if kind == "review":
        span = (end, end + WORK_AFTER_CONGRESS)
        return Clue(
            f"tổng kết sau {name} (bế mạc {fmt(end)}), trong khoảng một năm", (span,), evidence=lead
        )
    if kind == "sitting":  # the preparatory session is held the day before the opening
        span = (congress.start - dt.timedelta(days=2), end)
        return Clue(f"{name} họp từ {fmt(congress.start)} đến {fmt(end)}", (span,), evidence=lead)
    set_up = knowledge.set_up.get(congress.roman)
    if kind == "subcommittee" and set_up:
        label = f"các tiểu ban chuẩn bị {name} lập {fmt(set_up[0])}, làm việc đến {fmt(end)}"
        return Clue(label, ((set_up[0], end),), evidence=lead)
    first = _previous(congress, knowledge)
    label = f"chuẩn bị {name}: sau Đại hội trước ({fmt(first)}), trước {fmt(end)}"
    return Clue(label, ((first, end),), evidence=lead)


def _stage_clues(congress: Congress, knowledge: Knowledge, body: str) -> list[Clue]:
    """Weak clues from the topics of the meeting: the first months or the last year."""
    clues = []
    final = _sentence_with(_FINAL, body)
    if final:
        span = (congress.start - dt.timedelta(days=FINAL_DAYS), congress.end)
        label = f"việc chuẩn bị giai đoạn cuối (trong năm trước Đại hội {congress.roman})"
        clues.append(Clue(label, (span,), strong=False, evidence=final))
    early = _sentence_with(_EARLY, body)
    set_up = knowledge.set_up.get(congress.roman)
    if early and set_up:
        span = (set_up[0], set_up[1] + dt.timedelta(days=EARLY_DAYS))
        label = f"việc chuẩn bị giai đoạn đầu (15 tháng sau khi lập tiểu ban, {fmt(set_up[0])})"
        clues.append(Clue(label, (span,), strong=False, evidence=early))
    return clues


def local_term_clue(lead: str) -> list[Clue]:
    """A congress opening term X–Y is held in year X; its preparation starts mid-year X-1."""
    match = _TERM.search(lead) if _LOCAL.search(lead) else None
    if not match:
        return []
    year = int(match[1])
    span = (dt.date(year - 1, 6, 1), dt.date(year, 12, 31))
    label = f"Đại hội nhiệm kỳ {match[0].split('nhiệm kỳ')[-1].strip()} họp năm {year}"
    return [Clue(label + ", chuẩn bị từ giữa năm trước", (span,), strong=False, evidence=lead)]


def calendar_clues(
    lead: str, body: str, congress: tuple[str, ...], knowledge: Knowledge
) -> list[Clue]:
    """Clues from the congress the article is about and from a local congress's term."""
    clues = local_term_clue(lead)
    info = knowledge.congress(congress[0]) if congress else None
    kind = relation(lead, info) if info else None
    if info is None or kind is None:
        return clues
    clues.append(_main_clue(kind, info, knowledge, lead))
    if kind in ("subcommittee", "preparation"):
        clues += _stage_clues(info, knowledge, body)
    return clues
