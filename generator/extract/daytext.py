"""Day expressions of Vietnamese news text: which day the main event is said to happen on."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..models import BlockKind, CleanArticle
from ..text import WEEKDAY, split_sentences

_B = r"(?<![\wÀ-ỹ])"  # a word starts here
_SEP = r"\s*[/.\-]\s*"
_YEAR = rf"(?:{_SEP}(?P<y>(?:19|20)\d\d)(?![\d/]))?"
_DM = rf"(?P<d>\d{{1,2}}){_SEP}(?P<m>\d{{1,2}})(?![\d])(?!{_SEP}\d{{1,3}}(?!\d))" + _YEAR
_PART = r"(?:sáng sớm|sáng|chiều tối|chiều|trưa|tối|đêm|khuya)"
WEEKDAYS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5, "chủ nhật": 6}

# The forms the press uses for the day of an event, each anchored by a word that says "day".
_FORMS = (
    # "Hôm nay (13/8)", "Sáng nay (thứ Hai, 13/8)", "Chiều qua (12/8)"
    re.compile(
        rf"{_B}(?P<rel>(?:ngày\s+)?hôm\s+(?:nay|qua)|{_PART}\s+(?:nay|qua))\s*[,(]\s*"
        rf"(?:(?P<wd>{WEEKDAY})\s*,?\s*)?(?:ngày\s+)?{_DM}",
        re.I,
    ),
    # "trong 2 ngày 20 và 21/11/2014", "ngày 20 và 21/11", "từ ngày 20 đến 22/11": the first day
    re.compile(
        rf"{_B}(?:trong\s+(?:\d|hai|ba)\s+ngày|(?:từ\s+)?ngày)\s+(?P<d>\d{{1,2}})\s*"
        rf"(?:và|đến|tới|-|–)\s*(?:ngày\s+)?\d{{1,2}}{_SEP}(?P<m>\d{{1,2}})(?!\d)" + _YEAR,
        re.I,
    ),
    # "ngày 5 tháng 3 năm 2024", "sáng ngày 5 tháng 3"
    re.compile(
        rf"{_B}(?:{_PART}\s+)?ngày\s+(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>\d{{1,2}})(?!\d)"
        rf"(?:\s+năm\s+(?P<y>(?:19|20)\d\d))?",
        re.I,
    ),
    # a dateline: "HÀ NỘI, 13/3 –", "Hà Nội, 13/3 (TTXVN) -"
    re.compile(rf"^[^\W\d_][^,\d.;:]{{1,30}},\s*{_DM}\s*(?:\([^()]{{1,20}}\)\s*)?(?=[-–])"),
    # "Sáng 22/4", "Chiều ngày 30-12", "Ngày 7.3", "thứ Hai, 13/8", "sáng thứ Ba (14/8)",
    # "Hôm 5/10"
    re.compile(
        rf"{_B}(?:(?:{_PART})(?:\s+(?P<wd>{WEEKDAY}))?\s*,?\s*\(?\s*(?:ngày\s+)?"
        rf"|(?P<wd2>{WEEKDAY})\s*[,(]?\s*(?:ngày\s+)?|hôm\s+(?:ngày\s+)?|ngày\s+){_DM}",
        re.I,
    ),
)
# Text just before a day that makes it some other day than the event's: a document's date, a
# deadline or period bound, the previous meeting, a plan, a reporting week.
_NOT_EVENT_BEFORE = re.compile(
    r"(?:quyết định|nghị quyết|kết luận|chỉ thị|thông báo|văn bản|công văn|tờ trình|quy định|"
    r"hướng dẫn|thông tư|nghị định|số\s+\d+[\w/-]*)[^.;]{0,40}$"
    r"|(?:kỷ niệm|nhân dịp|chào mừng)[^.;,]{0,15}$"
    r"|(?:trước|đến|từ|hạn|cuối|đầu|sau|kể từ|tới|chậm nhất|muộn nhất|tuần|tháng|quý|"
    r"giai đoạn|thời gian|đợt|kỳ|dự kiến(?: vào)?|sẽ(?: diễn ra| tổ chức| khai mạc)?(?: vào)?)"
    r"\s+(?:vào\s+)?$"
    r"|trước đó[^.;]{0,20}$|dự kiến[^.;]{0,40}$|(?:lần|phiên|cuộc)(?: họp)? trước[^.;]{0,20}$"
    # a congress's own days in brackets after its name: "Đại hội XII (từ ngày 20 đến 28-1-2016)"
    r"|Đại hội[^.;()]{0,60}\(\s*(?:diễn ra\s+|họp\s+)?(?:từ\s+)?$",
    re.I,
)


@dataclass(frozen=True)
class EventDay:
    """The day and month of the main event, as the text gives them."""

    day: int
    month: int
    year: int | None
    """Written with the day ("22/4/2021", "ngày 5 tháng 3 năm 2024") or None."""
    weekday: int | None
    """Monday = 0, when the text names the weekday ("thứ Hai, 13/8")."""
    sentence: str
    caption: bool = False
    """Found only in a photo caption."""
    order: int = 0
    """The position of its sentence in reading order (see _sentences)."""


def _sentences(article: CleanArticle) -> Iterator[tuple[str, bool]]:
    """(sentence, is_caption): paragraphs in reading order, then the headline, then captions,
    because a caption may describe an earlier meeting and a headline is often a teaser."""
    body = [b for b in article.blocks if b.kind is not BlockKind.CAPTION]
    for block in body:
        for sentence in split_sentences(block.text):
            yield sentence, False
    if article.headline:
        yield article.headline, False
    for block in article.blocks:
        if block.kind is BlockKind.CAPTION:
            for sentence in split_sentences(block.text):
                yield sentence, True


def day_matches(sentence: str) -> list[re.Match[str]]:
    """Every anchored day expression of a sentence, leftmost first, overlaps dropped."""
    found = sorted(
        (m for form in _FORMS for m in form.finditer(sentence)),
        key=lambda m: (m.start(), -m.end()),
    )
    kept: list[re.Match[str]] = []
    for match in found:
        if not kept or match.start() >= kept[-1].end():
            kept.append(match)
    return kept


def _weekday(match: re.Match[str]) -> int | None:
    groups = match.groupdict()
    word = groups.get("wd") or groups.get("wd2")
    if not word:
        return None
    key = " ".join(word.lower().split()).removeprefix("thứ ").strip()
    return int(key) - 2 if key.isdigit() else WEEKDAYS.get(key)


def _valid(match: re.Match[str]) -> bool:
    day, month, year = int(match["d"]), int(match["m"]), match["y"]
    try:
        dt.date(int(year) if year else 2024, month, day)  # 2024: 29/2 is a day
    except ValueError:
        return False
    return True


# "khai mạc ngày 20/10, sẽ xem xét …": a day the sentence puts ahead.
_FUTURE_AFTER = re.compile(r"^\s*,?\s*(?:sẽ|dự kiến)(?![\wÀ-ỹ])", re.I)


def is_event_day(sentence: str, match: re.Match[str]) -> bool:
    """False for days that belong to something else than the reported event."""
    before = sentence[: match.start()]
    clause = re.split(r"[;:]", before)[-1]
    # "Sáng mai (14/1)" never matches a form: a day still to come is not the event's.
    return (
        not _NOT_EVENT_BEFORE.search(clause[-60:])
        and not _FUTURE_AFTER.match(sentence[match.end() :])
        and _valid(match)
    )


def find_event_day(article: CleanArticle) -> EventDay | None:
    """The first day expression of the lead that is the event's own (see _sentences)."""
    for order, (sentence, caption) in enumerate(_sentences(article)):
        for match in day_matches(sentence):
            if not is_event_day(sentence, match):
                continue
            year = int(match["y"]) if match["y"] else None
            day, month, weekday = int(match["d"]), int(match["m"]), _weekday(match)
            return EventDay(day, month, year, weekday, sentence, caption, order)
    return None


# A day told relative to the page's: "Sáng nay", "Hôm qua", "chiều thứ Ba" (with no date).
_RELATIVE = re.compile(
    rf"{_B}(?:(?P<now>hôm\s+nay|{_PART}\s+nay)|(?P<ago>hôm\s+qua|{_PART}\s+qua)"
    rf"|{_PART}\s+(?P<wd>{WEEKDAY})(?P<last>\s+tuần\s+(?:trước|qua))?)(?![\wÀ-ỹ])"
    rf"(?!\s*[,(]?\s*(?:ngày\s+)?\d)",
    re.I,
)
_LEAD_SENTENCES = 4


@dataclass(frozen=True)
class RelativeDay:
    """A day told relative to the page: "Sáng nay" (0 days back), "Hôm qua" (1), "chiều thứ
    Ba" (the weekday, back up to six days)."""

    words: str
    weekday: int | None
    back: int
    sentence: str
    order: int
    """The position of its sentence in reading order, as EventDay.order."""
    last_week: bool = False
    """ "chiều thứ Sáu tuần trước": that weekday of the week before the page's."""


def relative_day(article: CleanArticle) -> RelativeDay | None:
    """The first day told relative to the page in the lead."""
    sentences = [(i, s) for i, (s, caption) in enumerate(_sentences(article)) if not caption]
    for order, sentence in sentences[:_LEAD_SENTENCES]:
        match = _RELATIVE.search(sentence)
        if match is None:
            continue
        weekday = _weekday(match) if match["wd"] else None
        back = 0 if match["wd"] or match["now"] else 1
        return RelativeDay(match.group(0), weekday, back, sentence, order, bool(match["last"]))
    return None


def dated_sentences(article: CleanArticle) -> Iterator[tuple[dt.date, str]]:
    """Every day written with its year anywhere in the body, with its sentence."""
    for sentence, _ in _sentences(article):
        for match in day_matches(sentence):
            if match["y"] and _valid(match):
                yield dt.date(int(match["y"]), int(match["m"]), int(match["d"])), sentence


_MONTH_YEAR = re.compile(
    r"tháng\s+(?P<m>\d{1,2})\s*(?:/|-|\.|\s+năm\s+)\s*(?P<y>(?:19|20)\d\d)(?!\d)", re.I
)


def month_year_in(sentence: str, month: int) -> int | None:
    """The year the sentence writes next to the event's month ("hội nghị tháng 8/2025")."""
    for match in _MONTH_YEAR.finditer(sentence):
        if int(match["m"]) == month:
            return int(match["y"])
    return None


@dataclass(frozen=True)
class LeadDays:
    """The days an article's lead gives its event: the first written one and the first told
    relative to the page (either may be missing)."""

    event: EventDay | None
    told: RelativeDay | None

    @property
    def told_first(self) -> bool:
        """The relative day comes before any written day ("Chiều thứ Năm, … họp phiên thứ
        tư. … Phiên họp thứ ba diễn ra ngày 22/4.")."""
        return self.told is not None and (self.event is None or self.told.order < self.event.order)

    @property
    def sentence(self) -> str | None:
        """The event's sentence: the relative day's when it comes first."""
        if self.told is not None and self.told_first:
            return self.told.sentence
        return self.event.sentence if self.event else None


def lead_days(article: CleanArticle) -> LeadDays:
    return LeadDays(find_event_day(article), relative_day(article))
