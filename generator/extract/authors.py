"""Authors from bylines and photo credits; agencies and outlets go to the source instead."""

from __future__ import annotations

import re

from ..text import LOWER

# Agencies and outlets: the known ones, any domain, and any acronym ("VGP", "TTXVN"): a
# person's name is never written as one capitalised abbreviation.
_AGENCY = re.compile(
    r"^(?:TTXVN|VNA|TTO|VOV\d?|VTV|TCCS|PV|BTV|Dangcongsan\.vn|[\w.-]+\.(?:vn|com|org|gov\.vn))$"
    r"|^(?-i:[A-ZĐ]{2,6}\d?)$"
    r"|^(?:Báo|Tạp chí|Đài|Thông tấn xã|Truyền hình|Cổng thông tin|Kênh)\b|^.*\+",
    re.I,
)
# "Tin:", "Bài và ảnh:", "Bài, ảnh:", "Tin - ảnh:", "Nhóm PV:".
_PREFIX = re.compile(
    r"^(?:(?:Tin|Bài|Ảnh|Video)(?:\s*(?:,|và|-|\+)\s*(?:tin|bài|ảnh|video))*|Nhóm PV|PV|Tác giả)"
    r"\s*:\s*",
    re.I,
)


def split_bylines(bylines: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(people, agencies) named in byline and photo-credit strings."""
    people: list[str] = []
    agencies: list[str] = []
    for line in bylines:
        # Two bylines run together: "Tin: Ngọc DiệpẢnh: Ngô Khiêm".
        for piece in re.split(rf"(?<=[{LOWER}])(?=(?:Ảnh|Tin|Bài)\s*:)", line):
            piece = _PREFIX.sub("", piece.strip())
            for name in re.split(r"\s*[/,|(]\s*|\s+[-–]\s+", piece):
                # "Tin: A - Ảnh: B" has a prefix inside; stamps ("29.12.2025", "18:40") are no names
                name = _PREFIX.sub("", re.sub(r"\s*\([^)]*\)", "", name)).strip(" .)")
                name = re.sub(r"^(?:(?:GS|PGS|TS|ThS|TSKH)[.,]?\s*)+", "", name)  # degrees
                if not name or any(c.isdigit() for c in name):
                    continue
                (agencies if _AGENCY.match(name) else people).append(name)
    return tuple(dict.fromkeys(people)), tuple(dict.fromkeys(agencies))
