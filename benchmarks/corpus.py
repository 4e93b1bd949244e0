"""Deterministic synthetic corpus of raw articles shaped like the crawled seeds.

Sentences are recombined from templates with varied people, titles, dates in the formats the
press uses, congresses, organizers, captions, bylines and page debris. The same seed always
gives the same files.

Usage: python benchmarks/corpus.py OUT_DIR COUNT [--seed N]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

PEOPLE = [
    ("Trần Cẩm Tú", "Ủy viên Bộ Chính trị, Thường trực Ban Bí thư"),
    ("Lê Minh Hưng", "Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương"),
    ("Phạm Minh Chính", "Ủy viên Bộ Chính trị, Thủ tướng Chính phủ"),
    ("Trần Thanh Mẫn", "Ủy viên Bộ Chính trị, Chủ tịch Quốc hội"),
    ("Lương Cường", "Ủy viên Bộ Chính trị, Chủ tịch nước"),
    (
        "Lâm Thị Phương Thanh",
        "Ủy viên Trung ương Đảng, Phó Chánh Văn phòng Thường trực Văn phòng Trung ương Đảng",
    ),
    ("Nguyễn Văn Nên", "Ủy viên Bộ Chính trị, Bí thư Thành ủy Thành phố Hồ Chí Minh"),
    ("Lê Hoài Trung", "Bí thư Trung ương Đảng, Chánh Văn phòng Trung ương Đảng"),
]
GIVEN = ["Minh", "Hùng", "Lan", "Hoa", "Dũng", "Thắng", "Hải", "Tuấn", "Thu", "Đức", "Bình", "Sơn"]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]
MIDDLE = ["Văn", "Thị", "Hồng", "Minh", "Quốc", "Thanh", "Đình", "Xuân"]
TITLES = [
    "Phó Trưởng Ban Tổ chức Trung ương",
    "Thứ trưởng Bộ Công an",
    "Phó Chủ nhiệm Văn phòng Quốc hội",
    "Vụ trưởng Vụ Tổng hợp",
    "Phó Bí thư Thành ủy Hà Nội",
    "Ủy viên Trung ương Đảng",
]
SUBCOMMITTEES = ["Tổ chức phục vụ", "Văn kiện", "Nhân sự", "Điều lệ", "Kinh tế - Xã hội"]
CONGRESSES = [("XII", 2015), ("XIII", 2020), ("XIV", 2025)]
ORDINALS = ["thứ nhất", "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ 6", "đầu tiên"]
PARTS = ["Sáng", "Chiều", "Ngày", "Chiều ngày", "sáng"]
OUTLETS = ["(TTXVN)", "(Chinhphu.vn) -", "TCCS -", "(VOV5) -", "(PL)-", "VTV.vn -"]
DEBRIS_HEAD = ["In bài viết", "Thời sự - Chính trị", "Chia sẻ"]
DEBRIS_TAIL = ["Các tin khác", "Tin liên quan", "Xem nhiều nhất"]
BODY = [
    "Các thành viên Tiểu ban nghe và thảo luận về dự thảo Kế hoạch tổ chức phục vụ Đại hội.",
    "Các cơ quan, đơn vị đã chủ động triển khai tích cực, bảo đảm tiến độ, chất lượng theo kế hoạch.",
    "Tiểu ban có khối lượng công việc rất lớn, rất cụ thể, đòi hỏi sự phối hợp chặt chẽ.",
    "Công tác bảo đảm an ninh, an toàn, y tế và thông tin tuyên truyền được chuẩn bị chu đáo.",
    "Đến nay, nhiều công việc phục vụ Đại hội cơ bản đã hoàn thành, bảo đảm tiến độ.",
    "Hội nghị đã nghe báo cáo về việc mời báo chí trong nước và quốc tế dự đưa tin về Đại hội.",
]


def person(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.6:
        return rng.choice(PEOPLE)
    name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
    return name, rng.choice(TITLES)


def date_text(rng: random.Random, year: int) -> tuple[str, str]:
    """(event date phrase, page header) in one of the formats seen in the press."""
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    sep = rng.choice(["/", "-", "."])
    phrase = f"{rng.choice(PARTS)} {day}{sep}{month}" + (
        f"{sep}{year}" if rng.random() < 0.3 else ""
    )
    style = rng.random()
    if style < 0.4:
        header = f"Thứ Sáu, {day}/{month}/{year} {rng.randint(6, 22)}:{rng.randint(10, 59)}"
    elif style < 0.6:
        header = f" date {year}-{month:02d}"
    else:
        header = ""
    return phrase, header


def article(index: int, rng: random.Random) -> str:
    roman, year = rng.choice(CONGRESSES)
    kind = rng.choice(SUBCOMMITTEES)
    ordinal = rng.choice(ORDINALS)
    chair, chair_titles = person(rng)
    guests = [person(rng) for _ in range(rng.randint(1, 4))]
    phrase, header = date_text(rng, year)
    lines = rng.sample(DEBRIS_HEAD, rng.randint(0, 2))
    lines.append(f"Tiểu ban {kind} Đại hội {roman} của Đảng họp phiên {ordinal} (bài {index})")
    if header:
        lines.append(header)
    lead = (
        f"{rng.choice(OUTLETS)} {phrase}, tại Trụ sở Trung ương Đảng, Tiểu ban {kind} Đại hội "
        f"{roman} của Đảng họp phiên {ordinal}. Đồng chí {chair}, {chair_titles}, Trưởng Tiểu ban "
        f"chủ trì phiên họp."
    )
    lines.append(lead)
    lines.append(
        "Tham dự phiên họp có các đồng chí: "
        + "; ".join(f"{titles.split(', ')[-1]} {name}" for name, titles in guests)
        + "."
    )
    lines += rng.sample(BODY, rng.randint(2, 5))
    lines.append(
        f"Đồng chí {chair} phát biểu tại phiên họp. Ảnh: {rng.choice(GIVEN)} {rng.choice(GIVEN)}/TTXVN"
    )
    lines.append(
        f"Kết luận phiên họp, đồng chí {chair} đề nghị các cơ quan tiếp tục phối hợp chặt chẽ."
    )
    lines.append(rng.choice(DEBRIS_TAIL))
    lines.append(f"Tin khác về {rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}")
    return "\n\n".join(lines) + "\n"


def write_corpus(out: Path, count: int, seed: int = 14) -> list[Path]:
    """``count`` articles in ``out`` (created); same seed, same bytes."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = out / f"{index:05d}.txt"
        path.write_text(article(index, rng), encoding="utf-8")
        paths.append(path)
    return paths


class OneChange:
    """The change the incremental benchmarks time: article 7 edited (a sentence added) and
    one article added (article 8's text, renumbered); ``undo`` restores the corpus as written.
    """

    def __init__(self, corpus: Path) -> None:
        self.edited, self.added = corpus / "00007.txt", corpus / "new-article.txt"
        self.original = self.edited.read_text(encoding="utf-8")
        self.new = (
            (corpus / "00008.txt").read_text(encoding="utf-8").replace("(bài 8)", "(bài mới)")
        )

    def apply(self) -> None:
        self.edited.write_text(self.original + "\nMột câu được thêm vào để thử.\n", "utf-8")
        self.added.write_text(self.new, encoding="utf-8")

    def undo(self) -> None:
        self.edited.write_text(self.original, encoding="utf-8")
        self.added.unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    write_corpus(args.out, args.count, args.seed)


if __name__ == "__main__":
    main()
