"""Broken and unusual input files: every one is used correctly or reported, never a crash."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from generator.__main__ import main
from generator.htmltext import html_to_text
from generator.ingest import find_files, ingest, read_article
from generator.models import Problem, RawArticle

ARTICLE = (
    "Tiểu ban Tổ chức phục vụ Đại hội XIV của Đảng họp phiên thứ hai\n"
    "Sáng 10/10/2024, tại Trụ sở Trung ương Đảng, đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị, "
    "chủ trì phiên họp của Tiểu ban.\n"
    "Các thành viên của Tiểu ban đã thảo luận và cho ý kiến về các nội dung được giao.\n"
)
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258(text: str) -> bytes:
    """Windows-1258 as legacy Vietnamese editors wrote it: base letter plus combining tone."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        marks = unicodedata.normalize("NFD", char)
        tone = "".join(m for m in marks if m in _TONES)
        base = unicodedata.normalize("NFC", "".join(m for m in marks if m not in _TONES))
        out += (base + tone).encode("cp1258")
    return bytes(out)


def read(tmp_path: Path, name: str, data: bytes) -> RawArticle | Problem:
    (tmp_path / name).write_bytes(data)
    return next(iter(ingest(tmp_path)))


@pytest.mark.parametrize(
    "data",
    [
        ARTICLE.encode("utf-8"),
        codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
        codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"),
        cp1258(ARTICLE),
        unicodedata.normalize("NFD", ARTICLE).encode("utf-8"),
        ARTICLE.replace("\n", "\r\n").encode("utf-8"),
        ARTICLE.replace("\n", "\r", 1).encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "cp1258", "nfd", "crlf", "mixed-eol"],
)
def test_encodings_decode_to_the_same_nfc_text(tmp_path, data):
    raw = read(tmp_path, "a.txt", data)
    assert isinstance(raw, RawArticle), raw
    assert raw.text == ARTICLE


def test_invisible_and_lookalike_characters_inside_names(tmp_path):
    text = ARTICLE.replace("Trần Cẩm Tú", "Trần\u00a0Cẩm\u200b Tú").replace("Đảng", "\u00d0ảng")
    raw = read(tmp_path, "a.txt", text.encode("utf-8"))
    assert isinstance(raw, RawArticle)
    assert "Trần Cẩm Tú" in raw.text and "Ð" not in raw.text


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "rỗng"),
        (b"  \n\t\r\n  ", "rỗng"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "nhị phân"),
        ("Ceci n’est pas un article vietnamien, c’est du français.".encode("cp1252"), "bảng mã"),
        (bytes(range(128, 256)) * 4, "bảng mã"),
    ],
    ids=["empty", "whitespace", "binary", "other-language-legacy", "noise"],
)
def test_unusable_files_are_reported_by_name_and_skipped(tmp_path, data, message):
    problem = read(tmp_path, "bad.txt", data)
    assert isinstance(problem, Problem) and problem.fatal
    assert problem.file == "bad.txt" and message in problem.message


def test_very_large_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.truncate(40 * 1024 * 1024)  # 40 MB, sparse: costs no disk
    problem = next(iter(ingest(tmp_path)))
    assert isinstance(problem, Problem) and "quá lớn" in problem.message


def test_html_page_gives_article_text_without_scripts_or_menus(tmp_path):
    page = (
        "<!doctype html><html><head><title>Báo</title><script>var x='Nguyễn Văn Giả';</script>"
        "</head><body><nav><a href='/'>Trang chủ</a> Thời sự</nav><article><h1>Tiểu ban họp phiên "
        "thứ hai về Đại hội</h1><p>Sáng 10/10/2024, đồng chí Trần Cẩm Tú chủ trì.</p>"
        "<figure><img src='a.jpg' onerror='alert(1)'><figcaption>Quang cảnh phiên họp</figcaption>"
        "</figure></article><aside>Tin khác</aside><footer>© Báo</footer></body></html>"
    )
    raw = read(tmp_path, "trang.html", page.encode("utf-8"))
    assert isinstance(raw, RawArticle)
    assert raw.text.splitlines() == [
        "Tiểu ban họp phiên thứ hai về Đại hội",
        "Sáng 10/10/2024, đồng chí Trần Cẩm Tú chủ trì.",
        "Quang cảnh phiên họp",
    ]


def test_html_without_article_element_keeps_body_blocks():
    assert html_to_text("<body><div>Một</div><p>Hai <b>ba</b></p><script>x</script></body>") == (
        "Một\nHai ba"
    )


def test_odd_file_names_and_other_kinds(tmp_path):
    for name in ("bài viết (1).txt", "có dấu cách.TXT", "Đại hội.htm", "ảnh.jpg", "ghi chú.md"):
        (tmp_path / name).write_bytes(b"<p>x</p>")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    names = [p.name for p in find_files(tmp_path)]
    assert names == ["bài viết (1).txt", "có dấu cách.TXT", "Đại hội.htm"]


def test_build_reports_each_problem_once_and_summarises(tmp_path, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "tot.txt").write_text(ARTICLE, encoding="utf-8")
    (seeds / "rong.txt").write_bytes(b"")
    code = main(["--seeds", str(seeds), "--docs", str(tmp_path / "docs")])
    err = capsys.readouterr().err.splitlines()
    assert code == 0
    assert "rong.txt: tệp rỗng" in err
    assert err[-1].startswith("1 bài viết") and "1 tệp bị bỏ qua" in err[-1]
    assert main(["--seeds", str(seeds), "--docs", str(tmp_path / "docs"), "--strict"]) == 1


@pytest.mark.parametrize("folder", ["khong-co", "rong"])
def test_missing_or_empty_seeds_folder_is_one_warning_and_an_empty_archive(
    tmp_path, capsys, folder
):
    seeds, docs = tmp_path / folder, tmp_path / "d"
    if folder == "rong":  # a folder with nothing usable in it, as a fresh seeds/ with its README
        seeds.mkdir()
        (seeds / "README.md").write_text("# seeds/\n", encoding="utf-8")
    assert main(["--seeds", str(seeds), "--docs", str(docs)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2, err  # the warning and the summary
    assert err[0].startswith(f"{seeds}/: ") and "kho lưu trữ được tạo trống" in err[0]
    assert "Traceback" not in err[0]
    assert err[1].startswith("0 bài viết") and "1 cảnh báo" in err[1]
    index = (docs / "bai-viet" / "index.md").read_text(encoding="utf-8")
    assert "Kho có <strong>0</strong> bài viết" in index and "<li>" not in index  # none listed
    assert not [p for p in (docs / "bai-viet").glob("*.md") if p.name != "index.md"]
    assert (docs / "index.md").is_file()
    # the warning is given again by a run that has nothing else to do, and counts under --strict
    assert main(["--seeds", str(seeds), "--docs", str(docs), "--strict"]) == 1
    assert capsys.readouterr().err.splitlines()[0] == err[0]


def test_articles_removed_with_their_folder_leave_an_empty_archive(tmp_path, capsys):
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    (seeds / "tot.txt").write_text(ARTICLE, encoding="utf-8")
    assert main(["--seeds", str(seeds), "--docs", str(docs)]) == 0
    assert len(list((docs / "bai-viet").glob("*.md"))) == 2  # the article and the list
    (seeds / "tot.txt").unlink()
    seeds.rmdir()
    capsys.readouterr()
    assert main(["--seeds", str(seeds), "--docs", str(docs)]) == 0
    assert "không có thư mục bài viết này" in capsys.readouterr().err
    assert [p.name for p in (docs / "bai-viet").glob("*.md")] == ["index.md"]


def test_read_article_names_unreadable_file(tmp_path):
    path = tmp_path / "a.txt"
    path.mkdir()
    with pytest.raises(Exception) as info:
        read_article(path, tmp_path)
    assert "a.txt" in str(info.value)
