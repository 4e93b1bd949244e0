"""MkDocs hook: mark what Pagefind indexes (with filters) and build two indexes after each build.

- pagefind/: the full text of every article, person and congress page (the Pagefind CLI).
  Pagefind is given, of each page it indexes, the page's language and its article element
  (what it indexes and shows: data-pagefind-body), written by on_post_page into a folder of
  its own (``_Inputs``), not the whole site: reading the rest of every page (nav, scripts)
  was a quarter of its time (10,000 articles: 33 -> 24 s), and the index is the same, byte
  for byte. The quick index is written meanwhile.
- tim-nhanh/ ("quick search"): one short record per page (title, date, the people named,
  organizer, congress, source) and an inverted index of its own over their syllables. Each
  syllable is kept as written (lower case, NFC, its tone mark moved to the end as a letter:
  "Hòa" and "Hoà" are one key, "hoaF"), so a query typed with diacritics matches those
  diacritics and one typed without matches every spelling. The keys are sharded by the first
  two letters of their folded form (no diacritics, đ as d): one small JSON file per shard,
  listing the pages that hold each key and those that hold it in their title; entry.json
  names the shards that exist, so the search never asks for one that does not. The records
  are in blocks of 8. The search box answers from it first, in plain JavaScript, and adds
  Pagefind's full-text results when they arrive. Why not a second Pagefind index: at 10,000
  articles Pagefind spends 150-450 ms in its WebAssembly search on a query of common
  syllables ("phiên họp thứ nhất" matches nearly every page), more than the whole
  first-answer budget; intersecting posting lists takes a few milliseconds. Titles of office
  ("Ủy viên Bộ Chính trị…") are left to the full index: they repeat on nearly every page.

Runs under `mkdocs build` and `mkdocs serve` alike (serve calls on_post_build after every
rebuild, into its temporary site folder), so search works in both. Under `mkdocs serve`, after
the first build, both indexes are written once the rebuild is done, in the background (2 s a
thousand pages: a saved article reaches the browser without waiting for them; a newer rebuild
stops the run and starts another). The quick records are kept by page from one rebuild to the
next: `mkdocs serve --dirty` renders only the pages that changed.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from functools import lru_cache
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

_ARTICLE_OPEN = '<article class="md-content__inner md-typeset">'
# Listing pages would only add noise to results: they are found through their entries. So
# are the year pages of long lists (nguoi/<slug>/2025.md…): the person's own page is found.
_LISTINGS = re.compile(
    r"(^|/)index\.md$|^thoi-gian/|^loai-hop/|^su-kien/|^(nguoi|dai-hoi|to-chuc)/[^/]+/"
)


def _filters(meta: dict, src: str) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for roman in meta.get("congress") or []:
        pairs.append(("dai_hoi", str(roman)))
    if meta.get("date"):  # the event's year, as the year pages list it
        pairs.append(("nam", str(meta["date"])[:4]))
    for person in meta.get("participants") or []:
        if isinstance(person, dict) and person.get("name"):
            pairs.append(("nhan_vat", str(person["name"])))
    if src.startswith("nguoi/"):
        pairs.append(("nhan_vat", str(meta.get("title", ""))))
    if src.startswith("dai-hoi/"):
        pairs.append(("dai_hoi", src.split("/")[-1].removesuffix(".md").upper()))
    return pairs


def shown_day(meta: dict) -> str:
    """The date as the article's page and the lists show it: the event's day (22/04/2021, or
    22/04 with no year), else the publication's, said to be one ("đăng 14/06/2024")."""
    if meta.get("date"):
        y, m, d = str(meta["date"])[:10].split("-")
        return f"{d}/{m}/{y}"
    partial = str(meta.get("date_partial") or "")
    if len(partial) == 7 and partial.startswith("--"):
        return f"{partial[5:]}/{partial[2:4]} (chưa rõ năm)"
    if meta.get("published"):
        y, m, d = str(meta["published"])[:10].split("-")
        return f"đăng {d}/{m}/{y}"
    return ""


QUICK = "tim-nhanh"
_RECORDS: dict[str, dict] = {}
"""Quick-index records by page (source path), of this build and, for pages a dirty rebuild
did not render again, of earlier builds of the same `mkdocs serve`."""


def _quick_parts(meta: dict, title: str) -> list[str]:
    """The metadata of a page, title first: what people search an archive by."""
    parts = [title]
    for person in meta.get("participants") or []:
        if isinstance(person, dict) and person.get("name"):
            parts.append(str(person["name"]))
    for person in meta.get("mentioned") or []:
        if isinstance(person, dict) and person.get("name"):
            parts.append(str(person["name"]))
    meeting = meta.get("meeting") or {}
    if isinstance(meeting, dict):
        parts += [str(meeting[k]) for k in ("organizer",) if meeting.get(k)]
    parts += [f"Đại hội {roman}" for roman in meta.get("congress") or []]
    parts += [str(meta[k]) for k in ("source",) if meta.get(k)]
    return parts


def fold(text: str) -> str:
    """Lower case, no diacritics, đ as d: the form a query typed without diacritics matches."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


TONES = {"\u0301": "S", "\u0300": "F", "\u0309": "R", "\u0303": "X", "\u0323": "J"}
"""The five tone marks, by the letters Telex types them with: a key ends with its tone."""
_WORD = re.compile(r"[^\W_]+")


def syllables(text: str) -> list[str]:
    """The syllables (and numbers) of a text, as written, in NFC."""
    return _WORD.findall(unicodedata.normalize("NFC", text))


@lru_cache(maxsize=1 << 16)  # a few thousand distinct syllables in ten thousand records
def key(syllable: str) -> str:
    """A syllable as the quick index keeps it: lower case, NFC, its tone mark as a capital
    letter at the end, wherever the text placed it ("Hòa", "Hoà" -> "hoaF"; "Đảng" ->
    "đangR"). archive-search.js computes the same key from what the reader types."""
    tone, rest = "", []
    for char in unicodedata.normalize("NFD", syllable.lower()):
        if char in TONES:
            tone = TONES[char]
        else:
            rest.append(char)
    return unicodedata.normalize("NFC", "".join(rest)) + tone


def key_fold(word_key: str) -> str:
    """The folded form of a key (what a query without diacritics matches)."""
    return fold(word_key.rstrip("SFRXJ"))


def on_startup(command, **kwargs) -> None:
    _LATER.serving = command == "serve"


@event_priority(100)  # before the generator's plugin: the two cores go to the rebuild
def on_pre_build(config, **kwargs) -> None:
    _LATER.stop()  # the site folder is about to change under it


def on_files(files, config, **kwargs):
    pages = {file.src_uri: file.dest_uri for file in files.documentation_pages()}
    for src in [src for src in _RECORDS if src not in pages]:
        del _RECORDS[src]
    _INPUTS.open(pages)  # before any page is rendered, in this process or a forked one
    return files


def on_shutdown(**kwargs) -> None:
    _LATER.stop()
    _INPUTS.close()


def export_page(src: str) -> dict | None:
    """What this hook keeps of a page, for the build's process when the page was rendered in
    another (the kho-tin plugin renders pages on every core; see generator/site/farm.py)."""
    return _RECORDS.get(src)


def import_pages(pages: dict[str, dict | None]) -> None:
    """What ``export_page`` gave of pages rendered elsewhere, kept as if seen here."""
    for src, record in pages.items():
        if record is None:
            _RECORDS.pop(src, None)
        else:
            _RECORDS[src] = record


def on_post_page(output: str, page, config, **kwargs) -> str:
    src = page.file.src_uri
    if _LISTINGS.search(src) or _ARTICLE_OPEN not in output:
        _RECORDS.pop(src, None)
        return output
    title = str(page.title or "")
    kind = "bai-viet" if src.startswith("bai-viet/") else src.split("/")[0].removesuffix(".md")
    day = shown_day(page.meta)
    parts = _quick_parts(page.meta, title)
    _RECORDS[src] = {
        "url": "/" + page.url,  # a directory URL: bai-viet/<slug>/
        "meta": {
            "title": title,
            "loai": kind,
            # ranks equal matches, newest first (the publication date when that is all)
            "ngay": str(page.meta.get("date") or page.meta.get("published") or ""),
            "hien": day,  # shown: the date as the page says it
            "tomtat": ". ".join(parts[1:]),  # shown under the title, searched with it and the date
        },
    }
    attrs = [
        f'data-pagefind-filter="{html.escape(k)}:{html.escape(v)}"'
        for k, v in _filters(page.meta, src)
    ]
    marks = "".join(f"<span {a}></span>" for a in attrs)
    marks += f'<span data-pagefind-meta="loai:{html.escape(kind)}"></span>'
    marks += f'<span data-pagefind-meta="title:{html.escape(title)}"></span>'
    if day:
        marks += f'<span data-pagefind-meta="ngay:{html.escape(day)}"></span>'
    output = output.replace(_ARTICLE_OPEN, _ARTICLE_OPEN[:-1] + " data-pagefind-body>" + marks, 1)
    # The evidence block repeats sentences of the body, and the headings' permalink sign
    # ("¶") is no text: keep both out of the index and its excerpts.
    output = output.replace('class="headerlink"', 'class="headerlink" data-pagefind-ignore')
    output = output.replace(
        '<details class="quote">', '<details class="quote" data-pagefind-ignore>'
    )
    if _INPUTS.folder is not None:
        _INPUTS.write(page.file.dest_uri, output)
    return output


_LANG = re.compile(r'<html lang="([^"]*)"')


class _Inputs:
    """What Pagefind reads of each page it indexes, in a temporary folder of this process's
    builds (kept from one build to the next of a `mkdocs serve`: a dirty rebuild renders
    only the pages that changed): the page's language and its article element, at the
    page's place in the site. Without it (a builder that calls the hook's functions
    without its build events: scripts/site_pieces.py), Pagefind reads the site."""

    def __init__(self) -> None:
        self.folder: Path | None = None
        self.pages: dict[str, str] = {}
        """The site's pages: source path -> file in the site."""

    def open(self, pages: dict[str, str]) -> None:
        self.pages = pages
        if self.folder is None:
            self.folder = Path(tempfile.mkdtemp(prefix="kho-tin-pagefind-"))

    def write(self, dest: str, output: str) -> None:
        assert self.folder is not None
        lang = _LANG.search(output)
        start = output.index(_ARTICLE_OPEN[:-1])
        end = output.index("</article>", start) + len("</article>")
        target = self.folder / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(
            f'<!doctype html><html lang="{lang.group(1) if lang else ""}"><head>'
            f'<meta charset="utf-8"></head><body>{output[start:end]}</body></html>',
            encoding="utf-8",
        )

    def source(self, site: Path, indexed: list[str]) -> Path:
        """The folder Pagefind is to read for the pages ``indexed`` (source paths): the
        inputs folder, rid of the pages no longer indexed; the site when some page indexed
        was not rendered by this process (`mkdocs build --dirty` renders the pages that
        changed and leaves the others of an earlier build in the site)."""
        if self.folder is None:
            return site
        kept = {self.pages[src] for src in indexed if src in self.pages}
        present = set()
        for path in self.folder.rglob("*.html"):
            rel = path.relative_to(self.folder).as_posix()
            if rel in kept:
                present.add(rel)
            else:
                path.unlink()
        return self.folder if present == kept else site

    def close(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None


_INPUTS = _Inputs()


def _pagefind_command(source: Path, site: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(source),
        "--output-path",
        str(site / "pagefind"),
        "--silent",
    ]


def _pagefind_failed(output: str) -> str:
    return (
        "Pagefind không tạo được chỉ mục tìm kiếm (cài bằng: pip install 'pagefind[bin]'): "
        + output.strip()[:500]
    )


def _run_pagefind(
    site: Path, source: Path | None = None, records: list[dict] | None = None
) -> None:
    """Pagefind's index of ``source`` (default: the site) in site/pagefind/, and meanwhile
    the quick index of ``records``, when given."""
    try:
        process = subprocess.Popen(
            _pagefind_command(source or site, site),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
    except OSError as exc:
        raise PluginError(f"Pagefind không chạy được: {exc}") from exc
    try:
        if records is not None:
            write_quick_index(records, site / QUICK)
        output = process.communicate(timeout=900)[0]
    except BaseException as exc:
        process.kill()
        process.wait()
        if isinstance(exc, subprocess.TimeoutExpired):
            raise PluginError(f"Pagefind không chạy được: {exc}") from exc
        raise
    if process.returncode != 0:
        raise PluginError(_pagefind_failed(output))


class _Later:
    """The search indexes written in the background under `mkdocs serve`, after its first
    build; one run at a time, stopped by the next rebuild (which starts another) and by the
    server's end."""

    def __init__(self) -> None:
        self.serving = False
        self.built = False
        """Whether this `mkdocs serve` has built its first index (in the build, as
        `mkdocs build` does: the site is served with its search)."""
        self.lock = threading.Lock()
        self.thread: threading.Thread | None = None
        self.process: subprocess.Popen[str] | None = None
        self.stopping = False

    def start(self, site: Path, source: Path, records: list[dict]) -> None:
        self.stop()
        self.thread = threading.Thread(target=self._run, args=(site, source, records), daemon=True)
        self.thread.start()

    def _run(self, site: Path, source: Path, records: list[dict]) -> None:
        try:
            write_quick_index(records, site / QUICK)
        except OSError as exc:
            logging.getLogger("mkdocs.hooks").warning(f"{QUICK}: không ghi được chỉ mục: {exc}")
        with self.lock:
            if self.stopping:
                return
            try:
                self.process = subprocess.Popen(
                    _pagefind_command(source, site),
                    stdout=subprocess.PIPE,
                    stderr=subprocess.STDOUT,
                    text=True,
                )
            except OSError as exc:
                logging.getLogger("mkdocs.hooks").warning(f"Pagefind không chạy được: {exc}")
                return
        output = self.process.communicate()[0]
        with self.lock:
            if self.process.returncode != 0 and not self.stopping:
                logging.getLogger("mkdocs.hooks").warning(_pagefind_failed(output))

    def stop(self) -> None:
        with self.lock:
            self.stopping = True
            if self.process is not None and self.process.poll() is None:
                self.process.terminate()
        if self.thread is not None:
            self.thread.join()
        self.thread, self.process, self.stopping = None, None, False


_LATER = _Later()


def on_post_build(config, **kwargs) -> None:
    started = time.perf_counter()
    site = Path(config["site_dir"]).resolve()
    records = list(_RECORDS.values())
    source = _INPUTS.source(site, list(_RECORDS))
    if _LATER.serving and _LATER.built:
        _LATER.start(site, source, records)
    else:
        try:
            _run_pagefind(site, source, records)
        finally:
            if not _LATER.serving:  # `mkdocs build`: no other build in this process
                _INPUTS.close()
        _LATER.built = True
    if os.environ.get("SEARCH_INDEX_TIMINGS"):  # read by benchmarks/run.py
        print(f"search-index-seconds {time.perf_counter() - started:.2f}", file=sys.stderr)


_KIND_ORDER = {"nguoi": 0, "dai-hoi": 1}
BLOCK = 8
"""Records per block file: the twenty candidates read for ten results span up to twenty
blocks, so small blocks keep the first answer light (about 3 KB a block of articles)."""


def _deltas(numbers: list[int]) -> list[int]:
    return [b - a for a, b in zip([0, *numbers], numbers, strict=False)]


def write_quick_index(records: list[dict], folder: Path) -> None:
    """The quick search index of ``records`` (see the module docstring) into ``folder``.

    Records are numbered people first, then congresses, then articles newest first: the
    number is the tie-break of the ranking, so equal matches list the latest reports first.
    Files go into a folder named by a digest of their content, and entry.json names it (and
    the shards there are): a browser never mixes files of two builds.
    """
    ordered = sorted(records, key=lambda r: r["url"])
    ordered.sort(key=lambda r: r["meta"].get("ngay", ""), reverse=True)
    ordered.sort(key=lambda r: _KIND_ORDER.get(r["meta"]["loai"], 2))
    postings: dict[str, tuple[list[int], list[int]]] = {}
    for number, record in enumerate(ordered):
        title = record["meta"]["title"]
        in_title = {key(word) for word in syllables(title)}
        text = ". ".join([title, record["meta"].get("hien", ""), record["meta"]["tomtat"]])
        for word in sorted({key(word) for word in syllables(text)}):
            everywhere, titles = postings.setdefault(word, ([], []))
            everywhere.append(number)
            if word in in_title:
                titles.append(number)
    shards: dict[str, dict[str, list[list[int]]]] = {}
    for word in sorted(postings):
        everywhere, titles = postings[word]
        shards.setdefault(key_fold(word)[:2], {})[word] = [_deltas(everywhere), _deltas(titles)]
    files: dict[str, object] = {f"w/{name}.json": shard for name, shard in shards.items()}
    for start in range(0, len(ordered), BLOCK):
        files[f"r/{start // BLOCK}.json"] = [
            [
                r["url"],
                r["meta"]["title"],
                r["meta"].get("hien", ""),
                r["meta"]["loai"],
                r["meta"]["tomtat"],  # searched with the title and date, shown under them
            ]
            for r in ordered[start : start + BLOCK]
        ]
    encoded = {
        path: json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        for path, data in sorted(files.items())
    }
    digest = hashlib.sha256()
    for path, data in encoded.items():
        digest.update(path.encode() + b"\0" + data)
    version = digest.hexdigest()[:12]
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    for path, data in encoded.items():
        target = folder / version / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    entry = {"v": version, "n": len(ordered), "block": BLOCK, "w": sorted(shards)}
    (folder / "entry.json").write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
