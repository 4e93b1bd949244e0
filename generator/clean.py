"""Take page debris out of a raw article and make its structure explicit.

Input is the text of a crawled news page; output is a CleanArticle: headline, body blocks
(paragraphs, subheadings, photo captions), bylines, page-header lines and outlet tags.
Every line of the input ends up in exactly one of those places or in ``removed``.
"""

from __future__ import annotations

import re
from collections.abc import Container

from .debris import DATELINE, is_furniture, lead_source, outlet_line
from .margins import (
    SENTENCE_END,
    has_stamp,
    in_capitals,
    inline_header,
    is_affiliation,
    is_byline,
    is_stamp,
    photo_credit,
    signature_in_capitals,
    standalone_byline,
)
from .models import Block, BlockKind, CleanArticle, RawArticle
from .text import squash_spaces

# Lines that are page furniture wherever they appear.
_DEBRIS_LINE = re.compile(
    r"^(?:in bài viết|gửi cho bạn bè|chia sẻ(?: bài viết)?|bình luận\s*\(\d+\)|phản hồi|chia sẻ facebook|"
    r"quay lại|về đầu trang|lưu bài viết|theo dõi|spot_img|mã bảo vệ.*|họ và tên\s*:.*|"
    r"email\s*:.*|điện thoại\s*:.*|nội dung\s*:.*|gửi ý kiến|"
    r"\*\s*email:.*|tags?\s*:.*|từ khóa\s*:.*|từ khoá\s*:.*|video clips|"
    r"giới thiệu tạp chí in|quảng cáo|advertisement|\(?[\w.-]+\.(?:vn|com|org)\)?)$",
    re.IGNORECASE,
)
# Lines after which the rest of the page is lists of other stories.
_TAIL_MARKER = re.compile(
    r"^(?:các tin khác|tin liên quan|tin cùng chuyên mục|bài cùng chuyên mục|xem nhiều nhất|"
    r"đọc nhiều nhất|các tin/bài khác|tin/bài liên quan|tin mới nhất|tin nổi bật|"
    r"ý kiến bạn đọc.*|bài viết liên quan|có thể bạn quan tâm|đọc thêm|xem thêm|tin khác|"
    r"bài liên quan|tin bài liên quan|cùng chuyên mục|tin xem nhiều|đọc tiếp|bài đọc nhiều|tin mới|"
    # the comment form closes the article
    r"bình luận|gửi bình luận|viết bình luận|ý kiến của bạn|bình luận của bạn)"
    r"\s*:?$",
    re.IGNORECASE,
)
# An agency signature closing the article ("BTNO", "TTXVN", "(Theo TTXVN)").
_SIGNATURE = re.compile(r"^\(?(?:[Tt]heo\s+)?([A-ZĐ][A-ZĐ0-9.]{1,11})\)?\.?$")
_LEADING_CRUMB = re.compile(r"^(Thời sự|Chính trị|Xây dựng Đảng|Tin tức|Trong nước)\s+(?=[A-ZĐ])")
_SECTION_CRUMB = re.compile(
    r"^(?:Thời sự|Chính trị|Xây dựng Đảng|Tin tức|Trong nước|Xã hội)(?:\s*[-–»>/]\s*[\wÀ-ỹ ]{2,30})*$"
)
_IMAGE_ALT = re.compile(r"[-–]\s*Ảnh\s+\d+\.?\s*$")
_LEAD_TAG = re.compile(
    r"^(?:\((?P<a>[^()]{2,25})\)\s*[-–.]?\s*|(?P<b>[A-ZĐ][\w.]{1,15})\s+[-–]\s+|\((?P<c>[A-ZĐ]{2,10})\)\s+"
    # the agency after the dateline city: "Hà Nội (TTXVN) - …"
    r"|[A-ZĐ][\wÀ-ỹ.]*(?:\s+[A-ZĐ][\wÀ-ỹ.]*){0,3},?\s*\((?P<d>[A-ZĐ][^()]{1,20})\)\s*[-–]\s*)"
)
_TAG_ALONE = re.compile(r"^\(?([A-ZĐ][A-ZĐa-z0-9.]{1,15})\)?\s*[-–]$")
_CAPTION_OPENING = re.compile(r"^(?:Quang cảnh|Toàn cảnh|Các đại biểu|Ảnh)\b")
_CAPTION_CUE = re.compile(
    r"^(?:Quang cảnh|Toàn cảnh|Các đại biểu|Đại biểu|Lãnh đạo|Đoàn)\b|"
    r"\b(?:phát biểu|chủ trì|trao|tặng|chụp ảnh|tham dự|dự|trình bày|báo cáo|kết luận)\b.*"
    r"\b(?:tại|hội nghị|phiên họp|cuộc họp|buổi)\b",
)
# A caption without a stop often ends on what the person pictured does: "…, Bí thư Tỉnh ủy phát biểu".
_CAPTION_ACT = re.compile(
    r"\b(?:phát biểu(?:\s+(?:chỉ đạo|kết luận|khai mạc|bế mạc|tổng kết))?|chủ trì|trình bày(?:\s+báo cáo)?"
    r"|(?<!thảo )(?<!các )(?<!bản )báo cáo|kết luận|trao quà|tặng hoa)$"  # not "dự thảo báo cáo"
)
# A photo's caption, whatever its length: one sentence that ends on what the person pictured
# does at the meeting ("Đồng chí A, <titles>, phát biểu tổng kết tại Hội nghị.", "… chủ trì
# phiên họp."). A sentence of the text goes on past the meeting ("…, nhấn mạnh …").
_CAPTION_ENDING = re.compile(
    r"\b(?:phát biểu|chủ trì|đồng chủ trì|trình bày|báo cáo|kết luận|trao quà|tặng hoa"
    r"|chụp ảnh lưu niệm)(?:\s+(?:chỉ đạo|kết luận|khai mạc|bế mạc|tổng kết|báo cáo|ý kiến))?"
    r"(?:\s+(?:tại|với|cùng))?\s+(?:các\s+)?(?:Hội nghị|hội nghị|Phiên họp|phiên họp|cuộc họp"
    r"|buổi làm việc|buổi họp|Đại hội|đại hội|Lễ|lễ)(?:\s+[^\s,.;:]+){0,8}\.?$"
)
# An image as a crawl renders it: "[Ảnh: <caption>. Ảnh: <credit>]", "[Hình: …]".
_IMAGE_PLACEHOLDER = re.compile(
    r"^\[\s*(?:Ảnh|Hình|Hình ảnh|Photo|Image)\s*(?::\s*(.+?)\s*\]|\]\s*(.+))$", re.I
)
_INNER_STOP = re.compile(r"[.!?…]\s+[A-ZĐ]")


def clean(raw: RawArticle) -> CleanArticle:
    """Split a raw page into headline, body blocks, bylines, header lines and debris."""
    lines = [squash_spaces(line) for line in _unwrapped(raw.text.split("\n"))]
    header_lines: list[str] = []
    bylines: list[str] = []
    source_tags: list[str] = []
    removed: list[str] = []
    section: str | None = None
    kept: list[str] = []
    in_tail = False
    previous = ""
    previous_byline = False
    pictured: set[str] = set()
    for line in lines:
        if not line:
            continue
        placeholder = _IMAGE_PLACEHOLDER.match(line)
        if placeholder:  # "[Ảnh: Quang cảnh phiên họp. Ảnh: TTXVN]", "[Ảnh] Quang cảnh …"
            line = (placeholder.group(1) or placeholder.group(2)).strip()
            pictured.add(line)
        if in_tail:
            removed.append(line)
            continue
        inline = inline_header(line)
        if inline:
            header_lines.append(f"date {inline.group(1)}")
            line = line[inline.end() :].strip()
        if _TAIL_MARKER.match(line.lstrip("*-•»> ")):  # "* Tin cùng chuyên mục:"
            removed.append(line)
            # Above the article ("Tin mới" in a header menu) it is a widget, not the tail.
            in_tail = any(SENTENCE_END.search(text) for text in kept)
            continue
        if _SIGNATURE.match(line) and kept and not line.isdigit():
            source_tags.append(line.strip("().").removeprefix("Theo ").strip())
            # closing the article; above its text ("SGGP" on its own before the lead) a tag
            in_tail = any(SENTENCE_END.search(text) for text in kept)
            continue
        outlet = outlet_line(line)
        if outlet:  # "(nhandan.vn)", "Báo Chính phủ", "Nguồn: TTXVN": the source, not text
            source_tags.append(outlet)
            continue
        if line == previous:
            removed.append(line)  # the same caption or line printed twice
            continue
        previous_byline = bool(bylines) and bylines[-1] == previous
        previous = line
        if _DEBRIS_LINE.match(line) or _IMAGE_ALT.search(line):
            removed.append(line)
        elif is_stamp(line):
            header_lines.append(line)
        elif (tagged := _tagged_stamp(line)) is not None:
            source_tags.append(tagged[0])  # "TPO - Thứ Sáu, 04/03/2011 12:20"
            header_lines.append(tagged[1])
        elif section is None and not kept and _SECTION_CRUMB.match(line):
            section = line
        # (a table's header row, "| Đại biểu | Nội dung góp ý |", is no menu)
        elif is_furniture(line) and _table_row(line) not in ("", _SPEECH_HEADER):
            removed.append(line)
        elif bylines and previous_byline and is_affiliation(line):
            removed.append(line)  # the author's institution, under an author's line
        elif kept and kept[-1].endswith(":") and _LIST_ENTRY.match(line):
            kept.append(line)  # "Đồng chủ trì hội thảo có:\nPGS.TS A": an entry, no byline
        elif is_byline(line):
            bylines.append(line)
            if has_stamp(line):  # "Tác giả: Khánh Linh | 29.12.2025 | 18:40"
                header_lines.append(line)
        else:
            byline = standalone_byline(line, first=not kept)
            if byline is not None:
                bylines.append(byline[0])
                if byline[1]:
                    header_lines.append(byline[1])
            else:
                kept.append(line)
    headline, blocks, label = _structure(kept, bylines, source_tags, removed, pictured)
    return CleanArticle(
        source_file=raw.source_file,
        headline=headline,
        blocks=tuple(blocks),
        bylines=tuple(bylines),
        header_lines=tuple(header_lines),
        source_tags=tuple(dict.fromkeys(source_tags)),
        section=section or label,
        removed=tuple(removed),
    )


def _unwrapped(lines: list[str]) -> list[str]:
    """Lines with a crawl's wrapping undone: an indented line continuing an entry that ended on
    a comma ("- đồng chí A, Ủy viên Ban Thường vụ,\n  Trưởng Ban Tuyên giáo …"), or a title
    set under a name in a list laid out in columns ("PGS.TS A\n        Phó Giám đốc Học viện")."""
    joined: list[str] = []
    for line in lines:
        previous = joined[-1].rstrip() if joined else ""
        if previous and line.startswith("  ") and line.strip() and previous.endswith(","):
            joined[-1] = previous + " " + line.strip()
        elif (
            previous
            and line.startswith("    ")
            and len(line.split()) <= 12
            and not previous.endswith((".", "!", "?", ":", ";", ","))
            and len(previous.split()) <= 8
        ):
            joined[-1] = previous + ", " + line.strip()
        else:
            joined.append(line)
    return joined


# One entry of a list laid out a line each: a name with or without its titles, no sentence.
_LIST_ENTRY = re.compile(r"^(?!.*[.!?…](?:\s|$)).{3,160}$")


def _structure(
    lines: list[str],
    bylines: list[str],
    source_tags: list[str],
    removed: list[str],
    pictured: Container[str] = frozenset(),
) -> tuple[str | None, list[Block], str | None]:
    """(headline, typed blocks, section label glued to the headline); credits and outlet
    tags move to metadata. Lines above the lead are the headline, captions, or furniture;
    ``pictured``: lines that were an image's placeholder, captions whatever they say."""
    texts = [_strip_lead_tag(line, source_tags) for line in lines]
    tagged = [text != line for text, line in zip(texts, lines, strict=True)]
    lead_at = next(
        (i for i, text in enumerate(texts) if text and _opens_body(text, tagged[i])), len(texts)
    )
    body = " ".join(texts[lead_at : lead_at + 3])
    whole = " ".join(texts[lead_at:])
    headline_at, label, headline, lead = _choose_headline(texts, tagged, lead_at, body, whole)
    if lead is not None:
        texts[lead_at] = lead
    blocks: list[Block] = []
    speech = False  # inside a table of what each person said
    last = max((i for i, text in enumerate(texts) if text), default=-1)
    for index, line in enumerate(texts):
        if not line or index == headline_at:
            continue
        under_title = headline_at is not None and index == headline_at + 1
        if (under_title or index == last) and signature_in_capitals(line):
            bylines.append(line)  # "THANH GIA" under the title, "TUẤN TÚ - VIỆT TRUNG" at the end
            continue
        row = _table_row(line, speech)
        if row == _SPEECH_HEADER:  # "| Đại biểu | Nội dung góp ý |": its rows are speeches
            speech = True
            row = ""
        if row:  # a table of those present: each row a sentence
            blocks.append(Block(BlockKind.PARAGRAPH, row))
            continue
        if row == "":  # its header
            removed.append(line)
            continue
        if _photo_caption(line, bylines, blocks) or _table_caption(line, blocks):
            continue
        if line in pictured:
            blocks.append(Block(BlockKind.CAPTION, line))
            continue
        if headline_at is not None and index < headline_at and not _looks_like_caption(line):
            removed.append(line)  # above the title: the masthead and its motto, never text
            continue
        if index < lead_at and not _looks_like_caption(line):
            label_line = _is_label(line) and not _looks_like_headline(line, tagged[index])
            if (headline and label_line) or (not label_line and not _related(line, body)):
                removed.append(line)  # a menu, widget or teaser above the article
                continue
        if not _lead_started(blocks):
            source_tags.extend(filter(None, [lead_source(line)]))
        blocks.append(_block(line, texts, index))
    return headline, blocks, label


def _opens_body(line: str, tagged: bool) -> bool:
    """True for the first line of article text: no title, label, caption or masthead (a lead
    is never in capitals: "VIETNAM+ (VIETNAMPLUS)")."""
    return not (
        _looks_like_headline(line, tagged)
        or _is_label(line)
        or in_capitals(line)
        or _is_picture_caption(line)
        or _looks_like_caption(line)
    )


def _choose_headline(
    texts: list[str], tagged: list[bool], lead_at: int, body: str, whole: str
) -> tuple[int | None, str | None, str | None, str | None]:
    """(line index, section label, headline, lead left after a glued headline). The title is
    the title-like line nearest above the lead that the lead speaks about: a menu or another
    story's teaser shares few of its words, a topic label is further up. The line right above
    the lead may speak of the whole article rather than its lead (a quote: "Thủ tướng: Văn
    kiện phải chỉ ra được động lực tăng trưởng mới")."""
    nearest = max((i for i in range(lead_at) if texts[i]), default=None)
    candidates = [
        index
        for index in range(lead_at)
        if texts[index]
        and _looks_like_headline(texts[index], tagged[index])
        and not _is_picture_caption(texts[index])
        and (_related(texts[index], body) or (index == nearest and _related(texts[index], whole)))
    ]
    # The headline sits right above the lead; a line in capitals is a masthead or a topic
    # banner ("ĐẠI HỘI ĐẢNG TOÀN QUỐC LẦN THỨ XI"), a title only when nothing else is.
    for index in sorted(candidates, key=lambda i: (in_capitals(texts[i]), -i)):
        return index, None, texts[index], None
    glued = _glued_headline(texts[lead_at]) if lead_at < len(texts) else None
    if glued and _related(glued[1], f"{glued[2]} {body}"):
        return None, glued[0], glued[1], glued[2]
    return None, None, None, None


_SYLLABLE = re.compile(r"[^\W\d_]{2,}")


def _related(line: str, body: str) -> bool:
    """Whether the body uses at least 40% of the line's syllables; a body under 40 words is
    too short to judge by, so anything is related to it."""
    words = set(_SYLLABLE.findall(line.casefold()))
    if len(body.split()) < 40 or not words:
        return True
    return len(words & set(_SYLLABLE.findall(body.casefold()))) >= 0.4 * len(words)


def _is_picture_caption(line: str) -> bool:
    found = photo_credit(line)
    return bool(found and found.start() > 0) or line.startswith("|") or line.endswith("|")


def _photo_caption(line: str, bylines: list[str], blocks: list[Block]) -> bool:
    """A caption ending in a photo credit: the credit goes to the bylines."""
    found = photo_credit(line)
    if not found or found.start() == 0:
        return False
    bylines.append("Ảnh: " + found.group(1).strip())
    text = line[: found.start()].strip("| ").rstrip(" .-–")
    blocks.append(Block(BlockKind.CAPTION, text + "."))
    return True


_HEADER_CELL = re.compile(
    r"^(?:STT|TT|Số TT|Họ (?:và )?tên|Đại biểu|Chức vụ.*|Đơn vị|Thành phần|Ghi chú|Nội dung.*"
    r"|Thời gian|Địa điểm|Ý kiến.*|Tham luận|Vấn đề.*)$",
    re.I,
)
_SPEECH_CELL = re.compile(r"góp ý|ý kiến|phát biểu|tham luận", re.I)
_SPEECH_HEADER = "\x00speech"
"""What _table_row gives for a header whose columns say what each person said."""
_ACT_CELL = re.compile(r"^(?:Chủ trì|Đồng chủ trì|Dự|Tham dự|Báo cáo|Trình bày|Phát biểu)$", re.I)


def _table_row(line: str, speech: bool = False) -> str | None:
    """A row of a table laid out with bars ("| 1 | Đồng chí A | Phó Chủ tịch … |") as the
    sentence the press would write ("Đồng chí A, Phó Chủ tịch …."; "| Chủ trì | đồng chí B,
    … |" as "Chủ trì là đồng chí B, …."; under a header of what was said, "Đồng chí C, …,
    phát biểu: …"); "" for a header row (_SPEECH_HEADER for one of speeches); None for none."""
    if not (line.startswith("|") and line.endswith("|")):
        return None
    cells = [c.strip() for c in line.strip("|").split("|")]
    cells = [c for c in cells if c and not re.fullmatch(r"\d+\.?", c)]
    if len(cells) < 2:
        return None
    if all(_HEADER_CELL.match(c) for c in cells):
        return _SPEECH_HEADER if any(_SPEECH_CELL.search(c) for c in cells) else ""
    if _ACT_CELL.match(cells[0]):
        return f"{cells[0]} là {', '.join(cells[1:])}."
    if speech:
        return f"{cells[0]}, phát biểu: {', '.join(cells[1:])}."
    return ", ".join(cells) + "."


def _table_caption(line: str, blocks: list[Block]) -> bool:
    """A picture's caption laid out as a table cell ("| Quang cảnh phiên họp |")."""
    if not (line.startswith("|") or line.endswith("|")):
        return False
    blocks.append(Block(BlockKind.CAPTION, line.strip("| ")))
    return True


def _block(line: str, lines: list[str], index: int) -> Block:
    if _looks_like_caption(line):
        return Block(BlockKind.CAPTION, line)
    if _looks_like_heading(line, lines, index):
        return Block(BlockKind.HEADING, line)
    return Block(BlockKind.PARAGRAPH, line)


def _lead_started(blocks: list[Block]) -> bool:
    """True once the body has text (captions of a top photo do not count)."""
    return any(block.kind is not BlockKind.CAPTION for block in blocks)


def _is_label(line: str) -> bool:
    """A short line that is no sentence and no caption: a section, menu or widget label."""
    return (
        len(line.split()) <= 3 and not SENTENCE_END.search(line) and not _CAPTION_CUE.search(line)
    )


def _glued_headline(line: str) -> tuple[str | None, str, str] | None:
    """(section label, headline, lead) when a crawl glued them into one line: "Xây dựng Đảng
    Tuyên truyền sâu rộng … Ngày 15/8, Ban Tuyên giáo …" (no stop before the dateline)."""
    for match in DATELINE.finditer(line):
        start = match.start()
        if start < 2 or line[start - 1] != " " or line[start - 2] in '.!?:;,"”)':
            continue
        head, label = line[:start].strip(), None
        crumb = _LEADING_CRUMB.match(head)
        if crumb:
            label, head = crumb.group(1), head[crumb.end() :]
        return (label, head, line[start:]) if _looks_like_headline(head) else None
    return None


def _tagged_stamp(line: str) -> tuple[str, str] | None:
    """(outlet tag, stamp) of a page's date line opened by the outlet's tag, as leads are."""
    match = _LEAD_TAG.match(line)
    tag = match and (match["a"] or match["b"] or match["c"] or "").strip()
    if not match or not tag or len(tag.split()) > 3 or not is_stamp(line[match.end() :].strip()):
        return None
    return tag, line[match.end() :].strip()


# A broadcast transcript's marks: "(Lời dẫn) Sáng nay, …", "(Nội dung) Chủ trì …".
_TRANSCRIPT_MARK = re.compile(
    r"^\((?:Lời dẫn|Dẫn|Nội dung|Video|Clip|Âm thanh|Hình ảnh)\)\s*", re.I
)


def _strip_lead_tag(line: str, source_tags: list[str]) -> str:
    line = _TRANSCRIPT_MARK.sub("", line)
    alone = _TAG_ALONE.match(line)
    if alone:
        source_tags.append(alone.group(1))
        return ""
    match = _LEAD_TAG.match(line)
    if not match:
        return line
    tag = (match["a"] or match["b"] or match["c"] or match["d"] or "").strip()
    if not tag or len(tag.split()) > 3 or tag[0].islower():
        return line
    source_tags.append(tag.removeprefix("Theo ").strip())
    return line[match.end() :].strip()


def _looks_like_headline(line: str, tagged: bool = False) -> bool:
    """A title line: a capitalised phrase of 4-32 words with no final stop; not a lead that
    opens with its dateline ("Chiều 27/4, …"), not a caption ("Quang cảnh …", "… phát
    biểu", "… |"). An outlet tag opens the lead in the press ("(TTXVN) - …"): a tagged line is
    a title only when short and without a comma ("(TTV) Khai mạc Kỳ họp thứ nhất …")."""
    words = line.split()
    if tagged and (len(words) > 16 or "," in line):
        return False
    if line.startswith("[") and line.endswith("]"):
        return False  # an editor's note: "[Bản ghi lời dẫn bản tin Thời sự]"
    return (
        4 <= len(words) <= 32
        and not line.endswith((".", ":", ";", ","))
        and _capitalised(line)
        and "|" not in line
        and not DATELINE.match(line)
        and not _CAPTION_OPENING.match(line)
        and not _CAPTION_ACT.search(line)
    )


def _capitalised(line: str) -> bool:
    """Opens on a capital or a number, past an opening quote ("“Không để sót việc…”")."""
    first = line.lstrip("“\"'‘«([")[:1]
    return first.isupper() or first.isdigit()


# Who stands where in a picture: "Bên phải là …", "Hàng đầu, từ trái sang: …".
_PICTURED = re.compile(
    r"(?:^|[.]\s+)(?:Bên (?:phải|trái)|Từ (?:trái|phải) (?:sang|qua)|Hàng (?:đầu|trước|sau)"
    r"|Đứng giữa|Ngồi giữa|Thứ \w+ từ (?:trái|phải))\b"
)


def _looks_like_caption(line: str) -> bool:
    words = line.split()
    if len(words) > 40 or line.endswith(":"):
        return False
    if _PICTURED.search(line):
        return True
    if _CAPTION_ACT.search(line) and line[0].isupper():
        return True
    if _CAPTION_ENDING.search(line) and line[0].isupper() and not _INNER_STOP.search(line):
        return not DATELINE.match(line)
    return bool(_CAPTION_CUE.search(line)) and (not line.endswith(".") or len(words) <= 16)


def _looks_like_heading(line: str, lines: list[str], index: int) -> bool:
    words = line.split()
    followed = index + 1 < len(lines)
    return (
        followed
        and 2 <= len(words) <= 14
        and not SENTENCE_END.search(line)
        and line[0].isupper()
        and not _in_a_list(lines, index)
    )


def _in_a_list(lines: list[str], index: int) -> bool:
    """The line is an entry of a list announced by a line ending with a colon above it
    ("Đồng chủ trì hội thảo có:\nPGS.TS A\nPGS.TS B"): text, not a subheading."""
    for previous in reversed(lines[max(0, index - 12) : index]):
        if not previous:
            continue
        if previous.endswith(":"):
            return True
        if SENTENCE_END.search(previous) or len(previous.split()) > 14:
            return False
    return False
