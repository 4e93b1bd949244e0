"""People in an article: names, the titles the text gives them, and whether they were there.

Each name's titles are the chain glued before it or written after it (chains.py). A group
prefix ("các đồng chí Ủy viên Bộ Chính trị: A, …; B, …") gives its title to every entry after
it, until the next group prefix (when its members are listed with commas, to the semicolon).

Presence comes from acts (chủ trì, dự, phát biểu, kiểm tra…) that follow a name's title chain,
shared by names coordinated with "và"/"cùng"; from attendance sentences ("Dự Hội nghị có …",
"Cùng đi có …", "với sự tham gia của …"), every entry of whose list is a person, the list on
the same line or on the lines after a colon; from acts told before their list ("Chủ trì hội
nghị có …"); and from photo captions. Acts at another time ("từng", "Như … đã nhấn mạnh") are
no presence. Everyone else named is only mentioned. A bare title ("Đồng chí Thường trực Ban
Bí thư nhấn mạnh") refers to the one person the article names with that title, or, for
review, to the speaker of the sentences just before it; never to anyone the article does not
name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import BlockKind, CleanArticle, Doubt, Mention, Participant
from ..text import canonical_spelling, fold, slugify, split_sentences
from .chains import HONORIFIC, blank_photo_notes, title_at_start, titles_after, titles_before
from .knowledge import Knowledge
from .names import NameSpan, find_names
from .presence import (
    ACT_FIRST,
    ACT_HERE_FIRST,
    AS_SAID_BY,
    OWN_PREDICATE,
    act_after,
    among_them,
    announced,
    attendance,
    elsewhere,
    is_entry,
    recounted,
    remembered,
)
from .titles import (
    ACTS,
    clip_title,
    is_title,
    keep_commas,
    keep_long_forms,
    restore_commas,
)

_GROUP_PREFIX = re.compile(
    rf"(?:^|\s)(?:gồm\s+|có\s+)?các\s+(?:{HONORIFIC}\s+)?(?P<title>[^:;.]{{3,80}}?)\s*:", re.I
)
# A sentence placed at the occasion the one before it told of: "Tại cuộc họp này, …".
_THERE = re.compile(
    r"^(?:Tại|Trong|Ở)\s+(?:cuộc họp|buổi họp|buổi làm việc|hội nghị|phiên họp|dịp|lần)\s+"
    r"(?:này|đó|ấy)\b",
    re.I,
)
# What the meeting heard from people, who spoke there: "nghe ý kiến của", "nghe báo cáo của".
_HEARD_FROM = re.compile(
    r"(?<!\w)(?:hội nghị|phiên họp|cuộc họp|đại hội|hội thảo|tọa đàm|buổi làm việc|tiểu ban)"
    r"(?:\s+[^\s,.;]+){0,3}?\s+(?:(?:đã|còn|cũng|tiếp tục|lần lượt)\s+)*nghe\s+(?:các\s+)?"
    r"(?P<what>ý kiến|báo cáo|tham luận|phát biểu|đề xuất|trình bày)"
    rf"(?:\s+[^,.;]{{0,40}}?)?\s+của\s+(?:các\s+)?(?:{HONORIFIC}\s+)?$",
    re.I,
)
"""The meeting itself heard them (its noun the subject of "nghe"): not "Cử tri mong được
nghe ý kiến của …", "Quốc hội sẽ nghe báo cáo của …"."""
# A name after "của" is a noun's complement ("ý kiến của đồng chí A"), no verb's subject.
_OWNED_BY = re.compile(rf"(?<![\wÀ-ỹ])của\s+(?:các\s+)?(?:{HONORIFIC}\s+)?$", re.I)
_CHAIRED_BY = re.compile(rf"(?:dưới sự chủ trì của|do)\s+(?:{HONORIFIC}\s+)?$", re.I)
# Between two coordinated names: "A, …, và đồng chí B", "A cùng B".
_COORDINATION = re.compile(rf"\s*,?\s*(?:và|cùng|cùng với)\s+(?:các\s+)?(?:{HONORIFIC}\s+)?", re.I)
_LIST_COMMA = re.compile(rf"\s*,\s*(?:{HONORIFIC}\s+)?", re.I)
_SEMICOLON_LINK = re.compile(rf"\s*;\s*(?:(?:và|cùng)\s+)?(?:{HONORIFIC}\s+)?", re.I)
# Nothing before the first subject but a short adverbial: "Tại hội nghị, PGS.TS A, …; TS B, …"
_SUBJECT_AHEAD = re.compile(r"\s*(?:[^,;:]{0,40},\s*)?")
# A list of several people ("các đồng chí: A, B, C, Ủy viên Bộ Chính trị"): a title after its
# untitled names is theirs all when many hold it (a member, a deputy), never one office.
_PLURAL_LIST = re.compile(rf"(?:^|\s)các\s+(?:{HONORIFIC}|vị)\s*:?\s*$", re.I)
_SHARED_TITLE = re.compile(
    r"^(?:nguyên\s+)?(?:Ủy viên|Thành viên|Phó\s(?!Chủ tịch nước)(?!.*Thường trực)|Đại biểu"
    r"|Bí thư Trung ương Đảng$|Tổ viên)"
)
# A role given by a copula: "do đồng chí A làm Trưởng Tiểu ban", "B là Tổ trưởng Tổ Biên tập".
_COPULA = re.compile(
    r"^\s*,?\s*(?:được\s+(?:bầu|phân công|giao|chỉ định)\s+)?(?:làm|là|giữ chức(?: vụ)?)\s+"
)
# "Đồng chí Thường trực Ban Bí thư nhấn mạnh": a title standing for a person.
_REFERENCE = re.compile(
    rf"(?<![\wÀ-ỹ]){HONORIFIC}\s+(?P<office>[^,.;]{{4,60}}?)\s+(?P<act>"
    + "|".join(sorted(map(re.escape, ACTS), key=len, reverse=True))
    + r")(?![\wÀ-ỹ])",
    re.I,
)


@dataclass
class _Person:
    name: str
    roles: list[str] = field(default_factory=list)
    acts: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    present: bool = False

    def add_roles(self, titles: list[str], sentence: str) -> None:
        # "(Bộ Công an)", "(khóa XII)" after a title qualify it; the title is what precedes
        titles = [" ".join(re.sub(r"\([^()]*\)", " ", restore_commas(t)).split()) for t in titles]
        for title in titles:
            if title and title not in self.roles:
                self.roles.append(title)
        if titles and sentence not in self.evidence:
            self.evidence.append(sentence)

    def add_act(self, act: str, sentence: str) -> None:
        self.present = True
        if act and act not in self.acts:
            self.acts.append(act)
        if sentence not in self.evidence:
            self.evidence.append(sentence)

    def holds(self, office: str) -> bool:
        """True when one of the roles is ``office`` or a longer form of it."""
        key = fold(office)
        return any(fold(r) == key or fold(r).startswith(key + " ") for r in self.roles)


@dataclass(frozen=True)
class PeopleFound:
    """Participants with roles and acts, people only mentioned, and what to review."""

    participants: tuple[Participant, ...]
    mentioned: tuple[Mention, ...]
    doubts: tuple[Doubt, ...] = ()


@dataclass
class _Reading:
    """What one article has given so far: its people and, per sentence, who acted in it."""

    people: dict[str, _Person] = field(default_factory=dict)
    actors: list[list[str]] = field(default_factory=list)
    references: list[tuple[int, str, str, str]] = field(default_factory=list)
    doubts: list[Doubt] = field(default_factory=list)
    headline: str = ""
    attending: bool = False
    """Whether the last sentence read told who attended."""
    away: bool = False
    """Whether the last sentence read told of another time or place."""


@dataclass
class _Entry:
    """One name of a sentence with the span of its title chain and what it did."""

    span: NameSpan
    left: int
    right: int
    act: str | None = None
    past: bool = False
    own: bool = False
    """The name is followed by a predicate of its own ("A được bầu làm …")."""


def _groups(sentence: str, spans: list[NameSpan]) -> list[tuple[int, int, list[str]]]:
    """(from, to, titles) of each group prefix; a group naming two bodies is collective.

    A group runs to the next group, or, when its members are listed with commas ("các Phó
    Thủ tướng: A, B, C; Bộ trưởng D"), to the first semicolon."""
    found: list[tuple[int, list[str]]] = []
    for match in _GROUP_PREFIX.finditer(sentence):
        title = match.group("title").strip()
        # "các Thứ trưởng, Phó Chủ nhiệm:" gives each member both titles; "các ủy viên Bộ
        # Chính trị, Ban Bí thư:" names two bodies and is collective.
        parts = [p.strip() for p in title.split(",")]
        if all(is_title(p) for p in parts) and not find_names(title, _NO_KNOWLEDGE):
            found.append((match.end(), [clip_title(p) for p in parts]))
    scoped = []
    for index, (start, titles) in enumerate(found):
        end = found[index + 1][0] if index + 1 < len(found) else len(sentence)
        semicolon = sentence.find(";", start, end)
        if semicolon >= 0 and sum(start <= s.start < semicolon for s in spans) >= 2:
            end = semicolon
        scoped.append((start, end, titles))
    return scoped


def _entries(
    sentence: str, spans: list[NameSpan], people: dict[str, _Person], list_line: bool = False
) -> list[_Entry]:
    """Each name with its title chain (roles recorded) and the act that follows it;
    ``list_line``: the sentence is a line of a list announced before it (plural)."""
    groups = _groups(sentence, spans)
    entries: list[_Entry] = []
    cursor = 0
    inherited: str | None = None
    bare: list[_Person] = []  # untitled names of a plural list, waiting for a shared title
    heard_act: str | None = None  # the act of those the meeting "nghe … của"
    for index, span in enumerate(spans):
        person = people.setdefault(span.name, _Person(span.name))
        before = sentence[cursor : span.start]
        if bare and not (_LIST_COMMA.fullmatch(before) or _COORDINATION.fullmatch(before)):
            bare = []
        titles, length = titles_before(before)
        if titles and re.search(
            rf"(?:^|\s)các\s+(?:{HONORIFIC}\s+)?" + re.escape(titles[0]), before, re.I
        ):
            inherited = titles[0]
        elif not titles and inherited and re.fullmatch(r"\s*(?:,|và)\s*", before):
            titles = [inherited]
        next_start = spans[index + 1].start if index + 1 < len(spans) else len(sentence)
        after_titles, consumed = titles_after(sentence[span.end : next_start], bool(titles))
        runs_on = index + 1 < len(spans) and not sentence[span.end + consumed : next_start].strip()
        if after_titles and runs_on:
            after_titles, consumed = [], 0  # the chain runs into the next name: it is theirs
        group = next((t for start, end, t in reversed(groups) if start <= span.start < end), [])
        person.add_roles(group + titles + after_titles, sentence)
        if group or titles or after_titles:
            if bare and not (group or titles) and all(map(_SHARED_TITLE.match, after_titles)):
                for member in bare:  # "các đồng chí: A, B, C, Ủy viên Bộ Chính trị; D, …"
                    member.add_roles(after_titles, sentence)
            bare = []
        elif bare or _PLURAL_LIST.search(before) or (list_line and not before.strip(" -–+•*")):
            bare.append(person)
        right = span.end + consumed
        copula = _COPULA.match(sentence[right:next_start])
        if copula:
            role = title_at_start(sentence[right + copula.end() : next_start])
            if role:
                person.add_roles([role], sentence)
        act, past = act_after(sentence[right:])
        heard = _HEARD_FROM.search(sentence[: span.start - length])
        if heard:  # "Hội nghị nghe ý kiến của Thượng tá A, …, và đồng chí B, …"
            act = heard_act = ACTS.get(heard["what"].lower(), "phát biểu")
        elif heard_act and (_COORDINATION.fullmatch(before) or _LIST_COMMA.fullmatch(before)):
            act = heard_act
        elif _OWNED_BY.search(sentence[: span.start - length]):
            act = None  # "đánh giá của Tổng Bí thư A …, và yêu cầu": the verb is not A's
        else:
            heard_act = None
        if AS_SAID_BY.search(sentence[: span.start - length]):
            act, past = None, True
        if remembered(sentence[: span.start - length], sentence[span.end :]) or recounted(
            sentence[: span.start - length], sentence[right:]
        ):
            act, past = None, True
        if act is None and not past and _CHAIRED_BY.search(sentence[: span.start - length]):
            act = "chủ trì" if "chủ trì" in sentence else None
        own = act is None and bool(OWN_PREDICATE.match(sentence[right:next_start]))
        entries.append(_Entry(span, span.start - length, right, act, past, own))
        cursor = right
    return entries


def _share_acts(sentence: str, entries: list[_Entry]) -> None:
    """Names coordinated with the actor ("A, …, và B, … đồng chủ trì") share the act; so do
    subjects listed with semicolons at the head of the sentence ("PGS.TS A, …; TS B, …, trình
    bày tham luận")."""
    for index in range(len(entries) - 1, 0, -1):
        actor = entries[index]
        if actor.act is None:
            continue
        group: list[_Entry] = []
        joined = semicolons = False
        for j in range(index - 1, -1, -1):
            link = sentence[entries[j].right : entries[j + 1].left]
            if _COORDINATION.fullmatch(link):
                joined = True
            elif _SEMICOLON_LINK.fullmatch(link):
                semicolons = True
            elif not _LIST_COMMA.fullmatch(link):
                break
            if entries[j].act is not None or entries[j].past:
                break
            group.append(entries[j])
        heading = bool(group) and bool(_SUBJECT_AHEAD.fullmatch(sentence[: group[-1].left]))
        if joined or (semicolons and heading):
            for entry in group:
                entry.act = actor.act


def _read_sentence(
    sentence: str,
    reading: _Reading,
    kind: str,
    knowledge: Knowledge,
    use_ner: bool,
    listed: str | None = None,
) -> None:
    """Fill ``reading`` from one sentence of a "headline", "caption" or "paragraph";
    ``listed``: the act of the list announced before it, when it is one of its lines."""
    caption = kind == "caption"
    blanked = blank_photo_notes(keep_commas(sentence))
    spans = find_names(sentence, knowledge, use_ner)
    present_all = (
        attendance(sentence) or listed == "dự" or (reading.attending and among_them(sentence))
    )
    reading.attending = present_all
    entries = _entries(blanked, spans, reading.people, listed is not None)
    _share_acts(blanked, entries)
    if kind == "headline":  # "Thường trực Ban Bí thư A: Cần …" reports what A said there
        for entry in entries:
            if entry.act is None and blanked[entry.right :].lstrip().startswith(":"):
                entry.act = "phát biểu"
    first = ACT_FIRST.match(sentence)
    if first:  # every entry of the list after it did that act
        for entry in entries:
            if entry.act is None and entry.span.start >= first.end():
                entry.act = ACTS[first.group("act").lower()]
    here = ACT_HERE_FIRST.match(blanked)
    subject = next((e for e in entries if e.span.start >= (here.end() if here else 0)), None)
    # the subject right after the opener (an honorific before the name, no other words)
    if (
        here
        and subject
        and subject.act is None
        and not subject.past
        and (subject.left - here.end() <= 12)
    ):
        subject.act = ACTS[here.group("act").lower()]
    for entry in entries:
        if listed and listed != "dự" and entry.act is None and not entry.past:
            entry.act = listed
    # another time, another meeting, an interview; "Tại cuộc họp này, …" after one stays there
    away = elsewhere(sentence, reading.headline) or (reading.away and bool(_THERE.match(sentence)))
    reading.away = away
    if away:
        for entry in entries:
            entry.act, entry.past = None, True
    # A clause between semicolons where a name has its own predicate is no list of those present.
    clauses = {blanked.count(";", 0, e.span.start) for e in entries if e.own}
    actors: list[str] = []
    for entry in entries:
        person = reading.people[entry.span.name]
        listed_here = blanked.count(";", 0, entry.span.start) not in clauses
        if entry.act:
            person.add_act(entry.act, sentence)
            actors.append(person.name)
        elif ((present_all and listed_here) or caption) and not entry.past:
            person.add_act("dự" if present_all else "", sentence)
        elif sentence not in person.evidence:
            person.evidence.append(sentence)
        if entry.span.unusual:
            reading.doubts.append(
                Doubt(
                    "participants" if person.present else "mentioned",
                    person.name,
                    "Họ không có trong danh sách họ Việt phổ biến; tên chỉ do mô hình NER "
                    "xác nhận: cần kiểm tra đây có đúng là tên người.",
                    sentence,
                )
            )
    index = len(reading.actors)
    reading.actors.append(actors)
    for match in _REFERENCE.finditer(sentence):
        if any(match.start() <= s.start < match.end() for s in spans):
            continue  # a named person, read above
        office = clip_title(match.group("office"))
        if is_title(office):
            reading.references.append((index, office, ACTS[match.group("act").lower()], sentence))


def _resolve_references(reading: _Reading) -> None:
    """A bare title is the one person named with it, else the speaker just before (for review)."""
    for index, office, act, sentence in reading.references:
        holders = [p for p in reading.people.values() if p.holds(office)]
        if len(holders) == 1:
            holders[0].add_act(act, sentence)
            continue
        if holders:
            continue  # two people hold it: the text does not say which one
        previous = [names for names in reading.actors[max(0, index - 3) : index] if names]
        if not previous or len(set(previous[-1])) != 1:
            continue
        person = reading.people[previous[-1][0]]
        person.add_roles([office], sentence)
        person.add_act(act, sentence)
        reading.doubts.append(
            Doubt(
                "participants",
                f"{person.name}: {office}",
                f"Câu chỉ nêu chức danh “{office}”, không nêu tên; gán cho người phát biểu ở "
                "câu ngay trước. Cần xác nhận.",
                sentence,
            )
        )


def _merge_short_names(people: dict[str, _Person]) -> None:
    """A name that begins or ends another one named in the article is that person, written
    short: "Y Khuê" for "Y Khuê Byă", "Hà Niê Kđăm" for "Y Thanh Hà Niê Kđăm"."""
    for name in sorted(people, key=lambda n: n.count(" ")):
        words = name.split()
        longer = [
            other
            for other in people
            if other.count(" ") > name.count(" ")
            and (other.split()[: len(words)] == words or other.split()[-len(words) :] == words)
        ]
        if len(longer) != 1:
            continue
        short, full = people.pop(name), people[longer[0]]
        full.add_roles(short.roles, short.evidence[0] if short.evidence else "")
        for act in short.acts:
            full.add_act(act, short.evidence[0] if short.evidence else "")
        full.present = full.present or short.present


def find_people(article: CleanArticle, knowledge: Knowledge, use_ner: bool = False) -> PeopleFound:
    """Participants with roles and acts, people only mentioned, in order of appearance."""
    reading = _Reading(headline=article.headline or "")
    texts = [(article.headline, "headline")] if article.headline else []
    texts += [
        (b.text, "caption" if b.kind is BlockKind.CAPTION else "paragraph") for b in article.blocks
    ]
    listed: str | None = None
    for text, kind in texts:
        if listed and not is_entry(text, knowledge):
            listed = None
        for sentence in split_sentences(canonical_spelling(text)):
            _read_sentence(sentence, reading, kind, knowledge, use_ner, listed)
        listed = announced(text) or listed
    _resolve_references(reading)
    _merge_short_names(reading.people)
    people = reading.people.values()
    participants = tuple(
        Participant(
            name=p.name,
            slug=slugify(p.name),
            roles=tuple(keep_long_forms(p.roles)),
            acts=tuple(a for a in p.acts if a),
            evidence=tuple(p.evidence[:3]),
        )
        for p in people
        if p.present
    )
    mentioned = tuple(
        Mention(name=p.name, slug=slugify(p.name), evidence=tuple(p.evidence[:1]))
        for p in people
        if not p.present
    )
    return PeopleFound(participants, mentioned, tuple(dict.fromkeys(reading.doubts)))


_NO_KNOWLEDGE = Knowledge()

__all__ = ["NameSpan", "PeopleFound", "find_people"]
