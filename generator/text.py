"""Small text helpers shared by every stage: Unicode normalisation, folding and slugs."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)"
"""A day of the week as the press writes it ("thứ Hai", "Thứ 3", "Chủ nhật"); match with re.I."""
# Vietnamese letters by case, for character classes: the range "à-ỹ" holds capitals too
# ("Đ", "Ư", "Ủ" lie inside it).
UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
LOWER = "a-zđâăêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"

# Look-alikes and invisible characters seen in crawled Vietnamese pages.
_TRANSLATE = str.maketrans(
    {
        "\u00d0": "\u0110",  # Ð (Latin capital eth) used for Đ
        "\u00f0": "\u0111",  # ð used for đ
        "\u00a0": " ",  # no-break space
        "\u2007": " ",
        "\u202f": " ",
        "\u200b": None,  # zero-width space
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
        "\u00ad": None,  # soft hyphen
    }
)

# Old-style tone placement ("Uỷ", "hoà") and the modern one ("Ủy", "hòa") name the same words.
_TONE_OLD_STYLE = {
    "uỷ": "ủy",
    "Uỷ": "Ủy",
    "UỶ": "ỦY",
}


# An invisible break between a letter and a capital stood where a space was ("Phương\u200bThanh").
_INVISIBLE_WORD_BREAK = re.compile(r"(?<=\w)[\u200b\u200c\u200d\u2060\ufeff]+(?=(\w))")


def normalize(text: str) -> str:
    """NFC, look-alike letters mapped, invisible characters dropped (or a space where one
    separated two words), line endings unified."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE_WORD_BREAK.sub(lambda m: " " if m.group(1).isupper() else "", text)
    text = text.translate(_TRANSLATE)
    return unicodedata.normalize("NFC", text)


def canonical_spelling(text: str) -> str:
    """One spelling for tone-placement variants, so "Uỷ viên" and "Ủy viên" compare equal."""
    for old, new in _TONE_OLD_STYLE.items():
        text = text.replace(old, new)
    return text


_MARKS = re.compile(r"[\u0300-\u036f]+")
# đ does not decompose; frequent punctuation is mapped as unidecode maps it.
_D = str.maketrans({"đ": "d", "Đ": "D", **{c: unidecode(c) for c in "“”‘’–—…«»•·°№"}})


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case ASCII form for comparisons and search: "Đảng" -> "dang".

    Vietnamese letters lose their marks by decomposition (fast); text that is still not
    ASCII after that (quotes, dashes, other scripts) goes through unidecode.
    """
    text = normalize(text)
    folded = _MARKS.sub("", unicodedata.normalize("NFD", text.translate(_D)))
    return (folded if folded.isascii() else unidecode(text)).lower()


@lru_cache(maxsize=1 << 16)
def slugify(text: str, fallback: str = "bai-viet") -> str:
    """ASCII URL slug: "Trần Cẩm Tú" -> "tran-cam-tu" (đ -> d, never percent-encoded)."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return slug[:80].rstrip("-") or fallback


def squash_spaces(text: str) -> str:
    return re.sub(r"[ \t]+", " ", text).strip()


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[\"“(]?[A-ZĐÂĂÊÔƠƯÀ-Ỹ])")


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph: a stop followed by a capital starts a new one."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


# Number words as ordinals and month names use them ("thứ tư", "tháng Sáu", "thứ nhất").
NUMBER_WORDS = {
    "một": 1,
    "nhất": 1,
    "giêng": 1,
    "đầu tiên": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "mười hai": 12,
}
