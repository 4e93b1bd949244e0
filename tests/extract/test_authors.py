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
        (("Ảnh: HNM/Thu Hà",), ("Thu Hà",), ("HNM",)),  # any acronym is an outlet, not a person
        (("Bài, ảnh: LAN ANH",), ("LAN ANH",), ()),  # a name in capitals is still a name
    ],
)
def test_bylines(bylines, people, agencies):
    assert split_bylines(bylines) == (people, agencies)
