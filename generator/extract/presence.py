"""Whether the people a sentence names were there: attendance told in its many forms, acts
after a name, lists announced on the lines after a colon, and what is told of another time or
place (an interview with the paper, "Trước đó", "Như … đã nhấn mạnh")."""

from __future__ import annotations

import re

from ..text import LOWER, UPPER
from .knowledge import Knowledge
from .names import find_names
from .titles import ACT_RE, ACTS, NOT_ATTENDING, has_predicate

# Attendance verbs; "dự" also starts nouns ("dự thảo", "dự kiến") that are no such thing.
_ATTENDANCE = re.compile(
    r"(?<![\wÀ-ỹ])(?:tham dự|cùng dự|đến dự|tới dự|về dự|dự|có mặt)(?![\wÀ-ỹ])" + NOT_ATTENDING,
    re.I,
)
# "với sự tham gia của …", "có sự hiện diện của …": attendance told as a noun; "Cùng đi có …",
# "Cùng theo dõi buổi tổng duyệt có …": those who came with the main actor; "Về phía Văn phòng
# Trung ương có …", "đại diện Bộ Quốc phòng có …": who came for each body.
_ATTENDANCE_NOUN = re.compile(
    r"\bsự (?:tham gia|hiện diện|có mặt|tham dự) của\b"
    r"|(?:^|[,;:]\s*)(?:về phía|đại diện|tại điểm cầu)\s[^.;:]{2,80}?\scó\s"
    r"|(?:^|[,;:]\s*)cùng (?:đi|theo dõi|tham gia|làm việc|kiểm tra|tới|đến|về)\b[^.;:]{0,60}?\scó\s"
    # the hosts: "Tiếp và làm việc với đoàn có các đồng chí: …", "Đón đoàn có …"; those in
    # the visiting party: "Tham gia đoàn có ông A, …" (not "Tiếp nối/Tiếp tục …")
    r"|(?:^|[,;:]\s*)(?:tiếp(?:\s+và\s+làm việc)?(?:\s+với)?|đón tiếp|đón)\s+"
    r"(?:các\s+)?(?:đoàn|đại biểu|khách)\b[^.;:]{0,60}?\scó\s"
    r"|(?:^|[,;:]\s*)(?:tham gia|đi cùng)\s+đoàn\b[^.;:]{0,60}?\scó\s",
    re.I,
)
# An act told before its list: "Chủ trì hội nghị có đồng chí A, …", "Báo cáo là đồng chí B".
ACT_FIRST = re.compile(
    r"^(?:[^,;:]{0,40},\s*)?(?:(?:trực tiếp|cùng)\s+)?"
    r"(?P<act>đồng chủ trì|chủ trì|phát biểu|báo cáo|trình bày|kết luận|truyền đạt|điều hành"
    r"|tham luận|khai mạc)"
    r"(?:\s+[^,;:]{0,60}?)?\s+(?:có|là|gồm)\s",
    re.I,
)
# An act told before its subject, at this meeting named by its noun alone: "Phát biểu tại buổi
# gặp mặt, đồng chí A, …", "Phát biểu kết luận phiên họp, Thủ tướng B …". A meeting named
# further ("Phát biểu tại Hội nghị Trung ương 8, …", "tại Đại hội XIII") is another one.
ACT_HERE_FIRST = re.compile(
    r"^(?P<act>phát biểu|kết luận|báo cáo|trình bày|chủ trì|đồng chủ trì|tham luận|khai mạc|bế mạc)"
    r"(?:\s+(?:chỉ đạo|kết luận|khai mạc|bế mạc|tổng kết|chào mừng|tham luận))?"
    r"(?:\s+(?:tại|ở|trong))?\s+"
    r"(?:(?:buổi|cuộc|phiên|lễ|lớp)\s+)?(?:hội nghị|phiên họp|cuộc họp|họp|gặp mặt|làm việc|lễ|tiếp|"
    r"buổi|chương trình|sự kiện|hội thảo|tọa đàm|kỳ họp|phiên|sơ duyệt|tổng duyệt|giao ban|gặp"
    r"|tập huấn|bồi dưỡng|thảo luận)"
    r"(?:\s+(?:này|hôm nay|sáng nay|chiều nay|tối nay))?\s*,\s*",
    re.I,
)
# A paragraph announcing a list on the lines after it: "Tham dự phiên họp có:", "Chủ trì họp báo:".
_LIST_INTRO = re.compile(
    r"^(?:[^,;:]{0,40},\s*)?(?P<act>đồng chủ trì|chủ trì|phát biểu|báo cáo|trình bày|kết luận)"
    r"(?![\wÀ-ỹ])[^.;]*:$",
    re.I,
)
_LIST_MARK = re.compile(r"^\s*[-–+•*]\s*")
_MEMBERSHIP = re.compile(r"\b(?:trong đó có|thành viên gồm|gồm có|bao gồm)\b", re.I)
# Between a name and its verb: the act was at another time ("từng", "nhiều lần", "lúc sinh thời").
ANOTHER_TIME = (
    r"(?:từng|nhiều lần|sinh thời|khi còn sống|trước đây|trước đó|khi đó|lúc đó|lúc bấy giờ"
    r"|thời điểm đó)"
)
"""Words that put what a sentence tells at another time than the event's."""
_ANOTHER_TIME = re.compile(rf"\b{ANOTHER_TIME}\b", re.I)
_FROM_AFAR = re.compile(r"(?<![\wÀ-ỹ])(?:gửi|ký|lẵng hoa|điện mừng)(?![\wÀ-ỹ])", re.I)
# A sentence about another time or place: "Trước đó, …", an interview with the paper ("Trao đổi
# với Tuổi Trẻ, ông A cho rằng …"; on the sidelines of the meeting, "bên lề", it is there).
ELSEWHERE = re.compile(
    r"^(?:Trước đó|Trước đây|Hồi|Trao đổi với|Chia sẻ với|Nói với|Trả lời phỏng vấn)\b(?!.*\bbên lề\b)",
    re.I,
)
# An act told at a numbered meeting before its subject: "Phát biểu tại Đại hội XIII, …",
# "Kết luận Hội nghị Trung ương 8, …". It is this meeting only if the headline has its number.
_AT_NUMBERED_MEETING = re.compile(
    r"^(?:phát biểu|kết luận|chỉ đạo|trình bày|báo cáo|chủ trì)[^,;:]{0,30}?"
    r"(?:\s(?:tại|ở|trong)\s+|\s)(?:Đại hội|Hội nghị|Kỳ họp|Phiên họp)\s[^,;:]*?"
    r"(?<![\wÀ-ỹ])(?P<number>\d{1,2}|(?-i:[IVXL]+))(?![\wÀ-ỹ])[^,;:]*,",
    re.I,
)


# "Khi chỉ đạo công tác chuẩn bị Đại hội, Tổng Bí thư A đã nhấn mạnh …": a time clause and
# "đã" before the act tell of an earlier occasion.
_EARLIER_OCCASION = re.compile(
    r"^(?:Khi|Lúc|Hồi)\s[^,;.]{0,80},[^.;]{0,120}?\sđã\s+(?:" + ACT_RE.pattern + ")", re.I
)


def elsewhere(sentence: str, headline: str) -> bool:
    """A sentence telling of another time or place (``ELSEWHERE``, an earlier occasion), or of
    an act at another numbered meeting than the one the headline names."""
    if ELSEWHERE.match(sentence) or _EARLIER_OCCASION.match(sentence):
        return True
    numbered = _AT_NUMBERED_MEETING.match(sentence)
    if numbered is None:
        return False
    return not re.search(rf"(?<![\wÀ-ỹ]){numbered['number']}(?![\wÀ-ỹ])", headline)


# After a name's titles, a predicate of its own: the name is a clause's subject, no list entry
# ("…; đồng chí A được bầu làm Tổng Bí thư" in a sentence that began with an attendance list).
OWN_PREDICATE = re.compile(
    r"^\s*(?:đã\s+|sẽ\s+|đang\s+|vừa\s+)?(?:được|bị|là|kế nhiệm|trở thành|nhớ lại)(?![\wÀ-ỹ])"
)
# The dead are remembered, never present: "Tổng Bí thư A (đã từ trần)", "mặc niệm Tổng Bí thư
# B", "cố Thủ tướng C".
_DECEASED_AFTER = re.compile(r"^\s*\((?:đã\s+)?(?:từ trần|qua đời|mất|tạ thế|hy sinh)\b", re.I)
_REMEMBERED_BEFORE = re.compile(
    r"(?<![\wÀ-ỹ])(?:mặc niệm|tưởng nhớ|tưởng niệm|cố|vĩnh biệt|viếng)\s+"
    rf"(?:(?-i:[{UPPER}][\wÀ-ỹ]*)\s+){{0,6}}$",  # the title between: "mặc niệm Tổng Bí thư A"
    re.I,
)
# Inside what a speaker recounts ("Đồng chí nhắc lại, ngay tại Đại hội, nguyên Tổng Bí thư A đã
# ghi nhận …"), an act told with "đã" is an earlier one.
_RECOUNTED_BEFORE = re.compile(
    r"(?:nhắc lại|nhớ lại|kể lại|cho biết|nhấn mạnh|khẳng định|nêu rõ)\s*(?:rằng\s*)?,?\s*"
    r"(?:[^,.;:]{0,40},\s*)?$",
    re.I,
)
_DA_FIRST = re.compile(r"^\s*(?:cũng\s+)?đã\s", re.I)


def remembered(before: str, after: str) -> bool:
    """Whether the name between ``before`` (its titles excluded) and ``after`` is of the dead."""
    return bool(_REMEMBERED_BEFORE.search(before) or _DECEASED_AFTER.match(after))


def recounted(before: str, after: str) -> bool:
    """Whether an act after the name is an earlier one a speaker recounts."""
    return bool(_RECOUNTED_BEFORE.search(before) and _DA_FIRST.match(after))


# "Như Tổng Bí thư A đã nhấn mạnh, …": a reference to what A said, not an act at the event.
AS_SAID_BY = re.compile(r"(?:^|[.;:,]\s*)[Nn]hư\s+[^.;:,]*$")


# "thay mặt Tổ thường trực báo cáo", "được Tổng Bí thư ủy quyền phát biểu": for whom the act is
# done, however long, stands between the name and its act.
_ON_BEHALF = re.compile(
    r"^\s*(?:(?:đã|đồng thời|cũng)\s+)?(?:thay mặt|đại diện cho|đại diện|thừa ủy quyền|"
    r"được\s+[^,;]{0,50}?ủy quyền|theo ủy quyền của)\s",
    re.I,
)


_SAID = re.compile(
    rf"^\s*,?\s*(?!(?:[{LOWER}]+\s+){{0,2}}(?:là|gồm|sau|có|như)\s*:)"
    rf"(?P<words>(?:[{LOWER}]+\s+){{0,3}}[{LOWER}]+)\s*:\s*[\"“{UPPER}]"
)
# Written, not said there: "viết trong thư:", "gửi thư:".
_WRITTEN = re.compile(r"(?<!\w)(?:viết|gửi|đăng|nhắn)(?!\w)", re.I)
# An act still to come, or not done: "A sẽ dự và phát biểu", "B không thể dự do tuổi cao".
_NOT_DONE = r"(?:không|chưa|sẽ|sắp|dự kiến|vắng mặt)"
_NOT_THERE = re.compile(rf"(?<![\wÀ-ỹ]){_NOT_DONE}(?![\wÀ-ỹ])", re.I)
# Before an attendance verb: it did not or will only happen ("không thể dự", "sẽ dự"), or
# happened before ("từng dự", "nguyên đại biểu dự Đại hội XI").
_NOT_THERE_BEFORE = re.compile(
    rf"(?<![\wÀ-ỹ])(?:{_NOT_DONE}(?:\s+(?:thể|được|kịp|đến|tới|về|ra|vào|đi)){{0,2}}|từng"
    r"|nguyên\s+đại biểu)\s+$",
    re.I,
)
# A description of the person between commas, whatever verb it holds: "người có uy tín ở
# xã …", "người dân tộc Mông", "nguyên đại biểu dự Đại hội XI", where they work ("Học viện
# Chính trị - Hành chính quốc gia Hồ Chí Minh").
_DESCRIPTION = re.compile(
    r"(?:người|nguyên|đại biểu|Học viện|Trường|Viện|Khoa|Trung tâm|Đại học|Báo|Đài|Tạp chí)\s"
)


def act_after(text: str) -> tuple[str | None, bool]:
    """(act, past): the predicate right after a title chain; ``past`` for "từng nói". A
    description between commas is passed over: "A, Vụ trưởng, người dân tộc Mông, cho rằng".
    A few words then a colon are what was said: "A, Trưởng ban …, thẳng thắn: …"."""
    said = _SAID.match(text)
    if said:  # unless the words before the colon put it elsewhere: "từng khẳng định:", "sẽ …"
        words = said.group("words")
        if _ANOTHER_TIME.search(words) or _NOT_THERE.search(words) or _WRITTEN.search(words):
            return None, True
        return "phát biểu", False
    text = re.sub(r"^\s*\([^()]{0,120}\)", "", text)  # "A (Phòng An ninh …) bày tỏ": a note
    clauses = re.split(r"[,;.:]", text.lstrip(" ,-–"), maxsplit=3)
    clause = clauses[0][:80]
    for following in clauses[1:3]:
        if _DESCRIPTION.match(clause.strip()):  # "người có uy tín ở xã …": its verbs are its own
            pass
        elif ACT_RE.search(clause) or not clause.strip()[:1].islower() or has_predicate(clause):
            break
        clause = following.strip()[:80]
    match = ACT_RE.search(clause)
    if not match:
        return None, False
    lead = clause[: match.start()]
    if _ANOTHER_TIME.search(lead) or _NOT_THERE.search(lead):
        return None, True
    if _FROM_AFAR.search(lead):  # "gửi thư chúc mừng", "gửi điện cảm ơn": sent, not said there
        return None, False
    if len(lead.split()) > 3 and not _ON_BEHALF.match(lead):
        return None, False
    return ACTS[match.group(1).lower()], False


def attendance(text: str) -> bool:
    """An attendance sentence; "trong đó có" after the verb names some of those present, before
    it (or without one) the members of a body ("Tiểu ban có 51 thành viên, trong đó có …")."""
    verbs = (
        m for m in _ATTENDANCE.finditer(text) if not _NOT_THERE_BEFORE.search(text[: m.start()])
    )
    found = [m.start() for m in (next(verbs, None), _ATTENDANCE_NOUN.search(text)) if m]
    membership = _MEMBERSHIP.search(text)
    return bool(found) and (membership is None or min(found) < membership.start())


# "Trong số đó có A, …": some of those the sentence before named as a group.
_AMONG_THEM = re.compile(
    r"^(?:Trong (?:số )?(?:đó|này)|Trong số (?:các )?đại biểu)\s*,?\s*có\s", re.I
)


def among_them(text: str) -> bool:
    """A sentence naming some of the group the one before it spoke of ("Trong số đó có …")."""
    return bool(_AMONG_THEM.match(text))


def announced(text: str) -> str | None:
    """The act of the list a paragraph announces on the lines after it ("Tham dự có:")."""
    text = text.strip()
    if not text.endswith(":"):
        return None
    intro = _LIST_INTRO.match(text)
    if intro:
        return ACTS[intro.group("act").lower()]
    return "dự" if attendance(text) else None


def is_entry(text: str, knowledge: Knowledge) -> bool:
    """A line of an announced list: a list mark, or a name near its start and titles only
    ("Đồng chí A - Bí thư Tỉnh ủy;"), no predicate ("Đồng chí B gửi thư chúc mừng" is not)."""
    if _LIST_MARK.match(text):
        return True
    spans = find_names(text[:80], knowledge)
    return len(text) <= 400 and bool(spans) and spans[0].start <= 50 and not has_predicate(text)
