"""Find the article files in the seeds folder and decode them to normalised text.

Accepted: ``.txt`` (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1258 and other
legacy encodings when the decoded text is recognisably Vietnamese) and ``.html``/``.htm``
pages saved from a browser (article text extracted, scripts and menus dropped). Every other
file is ignored. A file that cannot be decoded with confidence is reported and skipped,
never guessed into mojibake.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterator
from pathlib import Path

from .errors import InputError
from .htmltext import html_to_text
from .models import Problem, RawArticle, SourceFile
from .text import normalize

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
MAX_BYTES = 5 * 1024 * 1024
"""An article is a few KB; a file over this is refused without being read into memory."""

# Frequent Vietnamese words: decoded legacy text must contain them to be trusted.
_COMMON = frozenset(
    [
        "của",
        "và",
        "các",
        "có",
        "được",
        "cho",
        "trong",
        "những",
        "với",
        "này",
        "đã",
        "là",
        "người",
        "không",
        "một",
        "khi",
        "đến",
        "tại",
        "về",
        "theo",
        "Đảng",
        "đồng",
        "chí",
        "công",
        "tác",
        "hội",
        "nghị",
        "năm",
        "ngày",
        "chủ",
        "trì",
        "phiên",
        "họp",
        "ban",
    ]
)
_LEGACY = ("cp1258", "cp1252", "latin-1")


def find_files(seeds_dir: Path) -> list[Path]:
    """Article files under ``seeds_dir``, in a fixed order whatever the disk's order."""
    return [seeds_dir / name for name, _ in _walk(seeds_dir)]


def _walk(seeds_dir: Path) -> list[tuple[str, os.DirEntry[str]]]:
    """(POSIX name relative to the folder, entry) of each article file; hidden parts skipped."""
    found: list[tuple[str, os.DirEntry[str]]] = []
    folders = [(str(seeds_dir), "")]
    while folders:
        folder, prefix = folders.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir():
                folders.append((entry.path, f"{prefix}{entry.name}/"))
            elif entry.is_file() and os.path.splitext(entry.name)[1].lower() in ARTICLE_SUFFIXES:
                found.append((prefix + entry.name, entry))
    return sorted(found, key=lambda item: item[0])


def looks_vietnamese(text: str) -> bool:
    """True when enough of the words are common Vietnamese words (after NFC)."""
    words = re.findall(r"[^\W\d_]+", normalize(text).lower())
    if not words:
        return False
    common = sum(1 for w in words if w in _COMMON or w.capitalize() in _COMMON)
    return common >= 3 and common / len(words) >= 0.08


def _is_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) * 0.05


def decode(name: str, data: bytes) -> tuple[str, str]:
    """Text and encoding name of ``data``; raises InputError when it cannot be trusted."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InputError(name, f"không giải mã được ({encoding}): {exc.reason}") from exc
    if _is_binary(data):
        raise InputError(name, "tệp nhị phân, không phải văn bản")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in _LEGACY:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if looks_vietnamese(text):
            return text, encoding
    raise InputError(
        name,
        "không phải UTF-8 và không nhận ra bảng mã một cách chắc chắn (hãy lưu lại bằng UTF-8)",
    )


def read_article(path: Path, seeds_dir: Path, max_bytes: int = MAX_BYTES) -> RawArticle:
    name = path.relative_to(seeds_dir).as_posix()
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                name,
                f"tệp quá lớn ({size / 1_048_576:.1f} MB > {max_bytes / 1_048_576:.0f} MB), bỏ qua",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(name, f"không đọc được tệp: {exc.strerror}") from exc
    text, encoding = decode(name, data)
    if path.suffix.lower() in HTML_SUFFIXES:
        text = html_to_text(text)
    text = normalize(text)
    if not text.strip():
        raise InputError(name, "tệp rỗng")
    return RawArticle(source_file=name, text=text, encoding=encoding, path=path)


def scan(seeds_dir: Path) -> Iterator[SourceFile | Problem]:
    """Each article file with its size and modification time, without reading it."""
    for name, entry in _walk(seeds_dir):
        try:
            stat = entry.stat()
        except OSError as exc:
            yield Problem(name, f"không đọc được tệp: {exc.strerror}", fatal=True)
            continue
        yield SourceFile(name, entry.path, stat.st_size, stat.st_mtime_ns)


def ingest(seeds_dir: Path, max_bytes: int = MAX_BYTES) -> Iterator[RawArticle | Problem]:
    """Each usable article, or a Problem naming the file that could not be used."""
    for path in find_files(seeds_dir):
        try:
            yield read_article(path, seeds_dir, max_bytes)
        except InputError as exc:
            yield Problem(exc.file, exc.message, fatal=True)
