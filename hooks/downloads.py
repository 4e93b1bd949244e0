"""MkDocs hook: the whole-archive downloads, joined from the yearly parts the generator writes.

The generator writes each download (articles JSON, articles CSV, participation CSV) in one
part per year, so that a changed article rewrites a few megabytes of its year, not the
26 MB of the whole archive (at 10,000 articles). `du-lieu/phan.json` lists, for each whole
file, its parts in archive order; this hook joins them into the whole file as the site is
built (by `mkdocs build` and `mkdocs serve` alike), so the site offers both.

Joined JSON has the generator's layout (one article per line); joined CSV keeps the first
part's header. A missing list means docs/ has no downloads: nothing is added. A list that
names a missing or malformed part stops the build with the file named (the site would
otherwise publish an incomplete download).
"""

from __future__ import annotations

import json
import posixpath

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

PARTS = "du-lieu/phan.json"


def on_files(files: Files, config, **kwargs) -> Files:
    listing_file = files.get_file_from_path(PARTS)
    if listing_file is None:
        return files
    try:
        listing = json.loads(listing_file.content_bytes)
        wholes: dict[str, list[str]] = listing["files"]
    except (ValueError, KeyError, TypeError) as exc:
        raise PluginError(f"{PARTS}: danh sách phần dữ liệu hỏng ({exc})") from exc
    for whole, parts in wholes.items():
        contents = []
        for part in parts:
            found = files.get_file_from_path(part)
            if found is None:
                raise PluginError(f"{PARTS}: thiếu tệp {part}; hãy chạy lại trình tạo")
            contents.append(found.content_bytes)
        joined = join_parts(whole, contents)
        existing = files.get_file_from_path(whole)
        if existing is not None:  # a stale whole file left in docs/: the parts are newer
            files.remove(existing)
        files.append(File.generated(config, whole, content=joined))
    return files


def join_parts(whole: str, parts: list[bytes]) -> bytes:
    """The whole file of these parts (JSON: {"articles": [...]}; CSV: one header)."""
    if posixpath.splitext(whole)[1] == ".json":
        lines: list[str] = []
        for number, part in enumerate(parts):
            try:
                lines += [json.dumps(a, ensure_ascii=False) for a in json.loads(part)["articles"]]
            except (ValueError, KeyError, TypeError) as exc:
                raise PluginError(f"{whole}: phần thứ {number + 1} không đọc được ({exc})") from exc
        return ('{"articles": [\n' + ",\n".join(lines) + "\n]}\n").encode("utf-8")
    header, rows = b"", []
    for part in parts:
        first, _, rest = part.partition(b"\n")
        header = header or first + b"\n"
        rows.append(rest)
    return header + b"".join(rows)
