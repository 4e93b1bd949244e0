"""Find the article files in the seeds folder and decode them to normalised text."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path

from .errors import InputError
from .models import Problem, RawArticle
from .text import normalize

ARTICLE_SUFFIXES = (".txt",)


def find_files(seeds_dir: Path) -> list[Path]:
    """Article files under ``seeds_dir``, in a fixed order whatever the disk's order."""
    files = [
        path
        for path in seeds_dir.rglob("*")
        if path.is_file()
        and path.suffix.lower() in ARTICLE_SUFFIXES
        and not _hidden(path, seeds_dir)
    ]
    return sorted(files, key=lambda p: p.relative_to(seeds_dir).as_posix())


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def decode(name: str, data: bytes) -> tuple[str, str]:
    """Text and encoding name of ``data``; raises InputError when it cannot be decoded."""
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
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        raise InputError(name, "không phải UTF-8 và không nhận ra bảng mã") from exc


def read_article(path: Path, seeds_dir: Path) -> RawArticle:
    name = path.relative_to(seeds_dir).as_posix()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(name, f"không đọc được tệp: {exc.strerror}") from exc
    text, encoding = decode(name, data)
    text = normalize(text)
    if not text.strip():
        raise InputError(name, "tệp rỗng")
    return RawArticle(source_file=name, text=text, encoding=encoding, path=path)


def ingest(seeds_dir: Path) -> Iterator[RawArticle | Problem]:
    """Each usable article, or a Problem naming the file that could not be used."""
    for path in find_files(seeds_dir):
        try:
            yield read_article(path, seeds_dir)
        except InputError as exc:
            yield Problem(exc.file, exc.message, fatal=True)
