"""People in an article: names, the titles the text gives them, and whether they were there.

A sentence is read as a chain of parts separated by commas, semicolons, colons and dashes.
A title part glued to a name belongs to that name ("Thủ tướng Chính phủ Phạm Minh Chính");
title parts after a name belong to it unless the chain runs into the next name, which then
closes it ("Thường trực Ban Bí thư Lương Cường, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức
Trung ương Lê Minh Hưng"). A group prefix ("các đồng chí Ủy viên Bộ Chính trị: A, B") gives
its title to every member. Presence comes from acts (chủ trì, dự, phát biểu…), attendance
sentences ("Tham dự … có") and photo captions; everyone else named is only mentioned.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..models import BlockKind, CleanArticle, Mention, Participant
from ..text import canonical_spelling, slugify, split_sentences
from .knowledge import Knowledge
from .names import NameSpan, find_names
from .titles import ACT_RE, ACTS, DASH, clip_title, is_title, keep_long_forms

_SEPARATOR = re.compile(rf"\s*(?:[,;:()]|{DASH})\s*")
_AFTER_SEPARATOR = re.compile(rf"\s*(?:[,;:]|{DASH})\s*")
_HONORIFIC_TAIL = re.compile(
    r"(?:^|\s)(?:(?:gồm\s+)?các\s+)?(?:đồng chí|Đồng chí|ông|Ông|bà|Bà|anh|chị)\s*$"
)
_GROUP_PREFIX = re.compile(r"(?:các|gồm các)\s+(?:đồng chí\s+)?([^:;.]{3,80}?)\s*:", re.IGNORECASE)
_ATTENDANCE = re.compile(
    r"\b(?:[Tt]ham dự|[Cc]ùng dự|[Dd]ự (?:họp|hội nghị|phiên họp|buổi)|có mặt|đến dự)\b"
)
_MEMBERSHIP = re.compile(r"\b(?:trong đó có|thành viên gồm|gồm có)\b")
_CHAIRED_BY = re.compile(r"(?:[Dd]ưới sự chủ trì của|do)\s+(?:đồng chí\s+)?$")
_REFERENCE = re.compile(
    r"(?:[Đđ]ồng chí|[Oo]ng|[Bb]à)\s+(?P<office>[^,.;]{4,60}?)\s+(?P<act>"
    + "|".join(sorted(map(re.escape, ACTS), key=len, reverse=True))
    + r")\b"
)


@dataclass
class _Person:
    name: str
    roles: list[str] = field(default_factory=list)
    acts: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    present: bool = False

    def add_roles(self, titles: list[str], sentence: str) -> None:
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


def _parts(text: str) -> list[str]:
    return [p.strip() for p in _SEPARATOR.split(text)]


def _title_at_start(part: str) -> str | None:
    part = re.sub(r"^(?:(?:gồm\s+)?các\s+)?(?:đồng chí|ông|bà)\s+", "", part, flags=re.I)
    part = re.sub(r"^(?:và|cùng|cùng với|gồm|có)\s+", "", part)
    return clip_title(part) if is_title(part) else None


def _title_inside(part: str) -> str | None:
    """A title after lead-in words ("Tham dự có Thủ tướng Chính phủ"), not inside a name."""
    words = part.split()
    for i in range(1, len(words)):
        candidate = " ".join(words[i:])
        if is_title(candidate) and words[i - 1][:1].islower():
            return clip_title(candidate)
    return None


def _titles_before(before: str) -> tuple[list[str], bool]:
    """(titles, glued): the title chain ending right before a name, back to a colon at most."""
    before = re.split(r"[:;]", before)[-1]
    before = _HONORIFIC_TAIL.sub("", before.rstrip())
    if (
        not before
        or _SEPARATOR.fullmatch(before[-1:] or " ")
        or before.endswith((",", ";", ":", "("))
    ):
        return [], False
    titles: list[str] = []
    for part in reversed(_parts(before)):
        title = _title_at_start(part)
        if title:
            titles.insert(0, title)
            continue
        inside = _title_inside(part)
        if inside:
            titles.insert(0, inside)
        break
    return titles, bool(titles)


def _titles_after(after: str) -> tuple[list[str], int]:
    """(titles, end): the title chain after a name and where its last title ends."""
    match = re.match(r"\s*(?:,|\s[-–]\s)\s*", after)
    if not match:
        return [], 0
    titles: list[str] = []
    position, end = match.end(), 0
    while position < len(after):
        rest = after[position:]
        separator = _AFTER_SEPARATOR.search(rest)
        piece = rest[: separator.start()] if separator else rest
        title = _title_at_start(piece)
        if not title:
            break
        titles.append(title)
        offset = piece.find(title)
        end = position + (offset if offset >= 0 else 0) + len(title)
        if title != piece.strip() or separator is None or separator.group(0).strip() in ";:":
            break
        position += separator.end()
    return titles, end


def _act_after(text: str) -> str | None:
    clause = re.split(r"[,;.]", text.lstrip(" ,-–"), maxsplit=1)[0][:60]
    match = ACT_RE.search(clause)
    if match and len(clause[: match.start()].split()) <= 3:
        return ACTS[match.group(1)]
    return None


def _read_sentence(
    sentence: str, people: dict[str, _Person], caption: bool, knowledge: Knowledge, use_ner: bool
) -> list[str]:
    """Fill ``people`` from one sentence; returns the names it found."""
    spans = find_names(sentence, knowledge, use_ner)
    attendance = bool(_ATTENDANCE.search(sentence)) and not _MEMBERSHIP.search(sentence)
    group, group_from = None, len(sentence)
    prefix = _GROUP_PREFIX.search(sentence)
    # A group naming two bodies ("các ủy viên Bộ Chính trị, Ban Bí thư:") is collective.
    if prefix and "," not in prefix.group(1) and is_title(prefix.group(1)):
        group, group_from = clip_title(prefix.group(1)), prefix.end()
    cursor = 0
    found: list[str] = []
    inherited: str | None = None
    for index, span in enumerate(spans):
        person = people.setdefault(span.name, _Person(span.name))
        found.append(span.name)
        before = sentence[cursor : span.start]
        titles, glued = _titles_before(before)
        if glued and re.search(r"(?:^|\s)các\s+" + re.escape(titles[0]), before, re.IGNORECASE):
            inherited = titles[0]
        elif not glued and inherited and re.fullmatch(r"\s*(?:,|và)\s*", before):
            titles = [inherited]
        next_start = spans[index + 1].start if index + 1 < len(spans) else len(sentence)
        after_titles, consumed = _titles_after(sentence[span.end : next_start])
        glued_to_next = (
            index + 1 < len(spans) and not sentence[span.end + consumed : next_start].strip()
        )
        if after_titles and glued_to_next:
            after_titles, consumed = [], 0
        shared = [group] if group and span.start >= group_from else []
        person.add_roles(shared + titles + after_titles, sentence)
        act = _act_after(sentence[span.end + consumed :])
        if act is None and _CHAIRED_BY.search(sentence[: span.start]) and "chủ trì" in sentence:
            act = "chủ trì"
        if act:
            person.add_act(act, sentence)
        elif attendance or caption:
            person.add_act("dự" if attendance else "", sentence)
        cursor = span.end + consumed
    return found


def _resolve_references(
    sentence: str, people: dict[str, _Person], knowledge: Knowledge, day: dt.date | None
) -> None:
    """ "Đồng chí Thường trực Ban Bí thư nhấn mạnh": the office holder on that day."""
    if day is None:
        return
    for match in _REFERENCE.finditer(sentence):
        office = clip_title(match.group("office"))
        holders = knowledge.holders(office, day)
        if len(holders) != 1:
            continue
        person = people.setdefault(holders[0], _Person(holders[0]))
        person.add_roles([office], sentence)
        person.add_act(ACTS[match.group("act")], sentence)


def find_people(
    article: CleanArticle, knowledge: Knowledge, day: dt.date | None = None, use_ner: bool = False
) -> tuple[tuple[Participant, ...], tuple[Mention, ...]]:
    """Participants with roles and acts, and people only mentioned, in order of appearance."""
    people: dict[str, _Person] = {}
    texts = [(article.headline, False)] if article.headline else []
    texts += [(b.text, b.kind is BlockKind.CAPTION) for b in article.blocks]
    for text, caption in texts:
        for sentence in split_sentences(canonical_spelling(text)):
            _read_sentence(sentence, people, caption, knowledge, use_ner)
            _resolve_references(sentence, people, knowledge, day)
    participants = tuple(
        Participant(
            name=p.name,
            slug=slugify(p.name),
            roles=tuple(keep_long_forms(p.roles)),
            acts=tuple(a for a in p.acts if a),
            evidence=tuple(p.evidence[:3]),
        )
        for p in people.values()
        if p.present
    )
    mentioned = tuple(
        Mention(name=p.name, slug=slugify(p.name), evidence=tuple(p.evidence[:1]))
        for p in people.values()
        if not p.present
    )
    return participants, mentioned


__all__ = ["NameSpan", "find_people"]
