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
    wholes, headers = read_listing(listing_file.content_bytes)
    for whole, parts in wholes.items():
        contents = []
        for part in parts:
            found = files.get_file_from_path(part)
            if found is None:
                raise PluginError(f"{PARTS}: thiếu tệp {part}; hãy chạy lại trình tạo")
            contents.append(found.content_bytes)
        joined = join_parts(whole, contents, headers.get(whole, ""))
        existing = files.get_file_from_path(whole)
        if existing is not None:  # a stale whole file left in docs/: the parts are newer
            files.remove(existing)
        files.append(File.generated(config, whole, content=joined))
    return files


def read_listing(data: bytes) -> tuple[dict[str, list[str]], dict[str, str]]:
    """(whole file -> its parts, CSV file -> its header) from du-lieu/phan.json."""
    try:
        listing = json.loads(data)
        wholes, headers = listing["files"], listing.get("headers", {})
        if not isinstance(wholes, dict) or not isinstance(headers, dict):
            raise ValueError("cần một bảng tên tệp")
        for whole, parts in wholes.items():
            if not isinstance(parts, list) or not all(isinstance(p, str) for p in parts):
                raise ValueError(f"{whole}: cần một danh sách tên tệp")
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise PluginError(f"{PARTS}: danh sách phần dữ liệu hỏng ({exc})") from exc
    return wholes, {str(k): str(v) for k, v in headers.items()}


def join_parts(whole: str, parts: list[bytes], header: str = "") -> bytes:
    """The whole file of these parts (JSON: {"articles": [...]}; CSV: one header, ``header``
    when there are no parts)."""
    if posixpath.splitext(whole)[1] == ".json":
        lines: list[str] = []
        for number, part in enumerate(parts):
            try:
                lines += [json.dumps(a, ensure_ascii=False) for a in json.loads(part)["articles"]]
            except (ValueError, KeyError, TypeError) as exc:
                raise PluginError(f"{whole}: phần thứ {number + 1} không đọc được ({exc})") from exc
        return ('{"articles": [\n' + ",\n".join(lines) + "\n]}\n").encode("utf-8")
    first_line, rows = (header + "\n").encode("utf-8") if header else b"", []
    for number, part in enumerate(parts):
        first, _, rest = part.partition(b"\n")
        if header and first.decode("utf-8", "replace") != header:
            raise PluginError(f"{whole}: phần thứ {number + 1} có dòng tiêu đề khác")
        first_line = first_line or first + b"\n"
        rows.append(rest)
    return first_line + b"".join(rows)
