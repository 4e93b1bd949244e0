"""Bylines and photo credits: people to authors, agencies and outlets to the source."""

from __future__ import annotations

import pytest

from generator.extract.authors import split_bylines


@pytest.mark.parametrize(
    "bylines, people, agencies",
    [
        (("Tin: Ngọc DiệpẢnh: Ngô Khiêm",), ("Ngọc Diệp", "Ngô Khiêm"), ()),
        (("Ảnh: Phương Hoa/TTXVN",), ("Phương Hoa",), ("TTXVN",)),
        (("Ảnh: Dangcongsan.gov.vn",), (), ("Dangcongsan.gov.vn",)),
        (("Trung Kiên - Lê Tuấn",), ("Trung Kiên", "Lê Tuấn"), ()),
        (("Bài và ảnh: Minh Anh",), ("Minh Anh",), ()),
        (("Ảnh: VNA",), (), ("VNA",)),
    ],
)
def test_bylines(bylines, people, agencies):
    assert split_bylines(bylines) == (people, agencies)
