"""Built sites compared file by file: bytes, except where Pagefind itself writes the same
index in other bytes from one run to the next.

Pagefind (1.5) writes its filter files (the values of a filter and the pages holding each)
in the order of a Rust hash map, seeded anew at each run: two runs over the same pages give
the same fragments and word index but filter files of other bytes, hence other names, and a
metadata file and entry naming them. Those are compared by what they hold, decoded.
"""

from __future__ import annotations

import gzip
import json
import re
import struct
from pathlib import Path
from typing import Any

_SIGNATURE = b"pagefind_dcd"


def _cbor(data: bytes, at: int = 0) -> tuple[Any, int]:
    """One CBOR item of ``data`` from ``at``: (value, where the next item starts)."""
    head = data[at]
    major, info = head >> 5, head & 31
    at += 1
    if info < 24:
        length = info
    elif info in (24, 25, 26, 27):
        size = 1 << (info - 24)
        if major == 7 and info in (25, 26, 27):  # half, single or double float
            fmt = {2: ">e", 4: ">f", 8: ">d"}[size]
            return struct.unpack(fmt, data[at : at + size])[0], at + size
        length = int.from_bytes(data[at : at + size], "big")
        at += size
    else:
        raise ValueError(f"CBOR item {head:#x} not read here")
    if major == 0:
        return length, at
    if major == 1:
        return -1 - length, at
    if major in (2, 3):
        chunk = data[at : at + length]
        return (chunk.decode() if major == 3 else chunk), at + length
    if major == 4:
        items = []
        for _ in range(length):
            item, at = _cbor(data, at)
            items.append(item)
        return items, at
    if major == 5:
        mapping = {}
        for _ in range(length):
            key, at = _cbor(data, at)
            mapping[key], at = _cbor(data, at)
        return mapping, at
    if major == 7:
        return {20: False, 21: True, 22: None}.get(length), at
    raise ValueError(f"CBOR major type {major} not read here")


def pagefind_file(data: bytes) -> Any:
    """A Pagefind index file (gzip, signature, CBOR) decoded."""
    raw = gzip.decompress(data)
    assert raw.startswith(_SIGNATURE)
    return _cbor(raw, len(_SIGNATURE))[0]


def _canonical(value: Any) -> Any:
    """``value`` with every list of pairs sorted (a filter's values, in any order)."""
    if isinstance(value, list):
        items = [_canonical(item) for item in value]
        if items and all(isinstance(i, list) and i and isinstance(i[0], str) for i in items):
            return sorted(items, key=lambda i: i[0])
        return items
    return value


def _bundle(folder: Path, files: dict[str, bytes]) -> dict[str, Any]:
    """A Pagefind bundle's files, its filters and metadata by content rather than name."""
    out: dict[str, Any] = {}
    names: dict[str, str] = {}
    for rel, data in files.items():
        if rel.startswith("filter/"):
            filter_name, values = pagefind_file(data)
            out[f"filter/{filter_name}"] = _canonical(values)
            names[rel.removeprefix("filter/").removesuffix(".pf_filter")] = filter_name
    for rel, data in files.items():
        if rel.startswith("filter/"):
            continue
        if rel.endswith(".pf_meta"):
            text = json.dumps(pagefind_file(data), ensure_ascii=False)
            for hashed, filter_name in names.items():
                text = text.replace(json.dumps(hashed), json.dumps(f"filter:{filter_name}"))
            out["pagefind.pf_meta"] = _canonical(json.loads(text))
        elif rel == "pagefind-entry.json":
            out[rel] = re.sub(rb'"hash":"[^"]*"', b'"hash":""', data)
        else:
            out[rel] = data
    return out


def site_contents(site: Path) -> dict[str, Any]:
    """Every file of a built site: its bytes, and Pagefind's bundles as ``_bundle`` reads
    them (a bundle is a folder holding pagefind-entry.json)."""
    files = {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    bundles = sorted(
        rel.removesuffix("pagefind-entry.json")
        for rel in files
        if rel.endswith("pagefind-entry.json")
    )
    out: dict[str, Any] = {}
    for rel, data in files.items():
        if not any(rel.startswith(b) for b in bundles):
            out[rel] = data
    for bundle in bundles:
        inside = {rel[len(bundle) :]: data for rel, data in files.items() if rel.startswith(bundle)}
        for rel, value in _bundle(site / bundle, inside).items():
            out[bundle + rel] = value
    return out


def differences(a: Path, b: Path) -> list[str]:
    """The files in which two built sites differ (by ``site_contents``)."""
    left, right = site_contents(a), site_contents(b)
    return sorted(
        [f"only in {a.name}: {rel}" for rel in left.keys() - right.keys()]
        + [f"only in {b.name}: {rel}" for rel in right.keys() - left.keys()]
        + [f"differs: {rel}" for rel in left.keys() & right.keys() if left[rel] != right[rel]]
    )
