"""Build CleanArticle records from short texts for rule-level tests."""

from __future__ import annotations

from generator.clean import clean
from generator.models import CleanArticle, RawArticle


def article(text: str) -> CleanArticle:
    return clean(RawArticle("case.txt", text, "utf-8"))
