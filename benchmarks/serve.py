"""Live authoring under `mkdocs serve --dirty`: from saving an article to the reloaded page.

Usage: python benchmarks/serve.py [SIZES ...] [--runs N] [--work DIR]   (used by `nox -s bench`)

For each size, the synthetic corpus of benchmarks/corpus.py (written if missing) is served by
`mkdocs serve --dirty` on a free loopback port, with the plugin pointed at it (docs and cache
folders of its own in WORK, so the server starts from a cold generation). Once the site is up,
each run does what a browser with an article open does: it asks the server's live-reload
endpoint to answer at the next rebuild, saves the article with one sentence added, and on the
answer fetches the page again, which must hold the new sentence. Timed: from the save to the
reloaded page. A second measure adds an article and times until its page is served. Each
change is undone afterwards, and that rebuild waited for, so every run starts from a quiet
server. Prints every run and the median; writes WORK/serve-results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import write_corpus  # noqa: E402
from generator.write import hand_written, read_manifest  # noqa: E402

_EPOCH = re.compile(rb"livereload\((\d+), (\d+)\)")
_BUILT = re.compile(r"Documentation built in ([\d.]+) seconds")
_GENERATED = re.compile(r"kho-tin: thời gian: (.*)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def config_for(work: Path, corpus: Path, docs: Path, cache: Path) -> Path:
    """The repository's mkdocs.yml with the plugin, docs and paths pointed into ``work``."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    plugins = [p for p in config["plugins"] if not (isinstance(p, dict) and "kho-tin" in p)]
    options = {"seeds_dir": str(corpus), "data_dir": str(ROOT / "data"), "cache_dir": str(cache)}
    config.update(
        docs_dir=str(docs),
        site_dir=str(work / "serve-site"),
        plugins=[{"kho-tin": {**_plugin_options(config), **options}}, *plugins],
        hooks=[str(ROOT / hook) for hook in config.get("hooks", [])],
        theme={**config["theme"], "custom_dir": str(ROOT / config["theme"]["custom_dir"])},
    )
    path = work / f"mkdocs-serve-{corpus.name}.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def _plugin_options(config: dict) -> dict:
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "kho-tin" in plugin:
            return dict(plugin["kho-tin"] or {})
    return {}


def prepare_docs(docs: Path) -> None:
    """A docs folder holding the repository's hand-written pages only."""
    shutil.rmtree(docs, ignore_errors=True)
    source = ROOT / "docs"
    for rel in hand_written(source, read_manifest(source)):
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source / rel, docs / rel)


class Server:
    """`mkdocs serve --dirty` on a free port, its log collected."""

    def __init__(self, config: Path) -> None:
        self.address = f"127.0.0.1:{free_port()}"
        self.url = f"http://{self.address}/"
        env = {**os.environ, "GENERATOR_TIMINGS": "1", "NO_MKDOCS_2_WARNING": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", self.address, "-f", config],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.log: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.log.append(line.rstrip("\n"))

    def wait_up(self, timeout: float) -> float:
        started = time.perf_counter()
        while True:
            try:
                urllib.request.urlopen(self.url, timeout=timeout).read()
                return time.perf_counter() - started
            except (urllib.error.URLError, ConnectionError) as exc:
                if self.process.poll() is not None or time.perf_counter() - started > timeout:
                    log = "\n".join(self.log[-30:])
                    raise SystemExit(f"mkdocs serve did not start:\n{log}") from exc
                time.sleep(0.5)

    def get(self, path: str) -> bytes | None:
        try:
            with urllib.request.urlopen(self.url + path, timeout=600) as response:
                return bytes(response.read())
        except urllib.error.HTTPError:
            return None

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=60)


class Reload:
    """A browser tab's live-reload request: answered at the next rebuild."""

    def __init__(self, server: Server, page: bytes) -> None:
        found = _EPOCH.search(page)
        assert found, "no live-reload script in the page"
        self.done = threading.Event()
        url = f"{server.url}livereload/{found.group(1).decode()}/{found.group(2).decode()}"
        threading.Thread(target=self._wait, args=(url,), daemon=True).start()
        time.sleep(0.2)  # the request is waiting on the server before anything is saved

    def _wait(self, url: str) -> None:
        while not self.done.is_set():
            with urllib.request.urlopen(url, timeout=600) as response:
                answer = response.read()
            if answer and int(answer) > int(url.split("/")[-2]):
                self.done.set()  # else the server's 60 s timeout: ask again


def page_of(docs: Path, source_file: str) -> str | None:
    """The site path of the generated page of ``source_file`` (its front matter's line, not
    parsed: ten thousand pages)."""
    line = f"\nsource_file: {source_file}\n"
    for page in sorted((docs / "bai-viet").glob("*.md")):
        if line in page.read_text(encoding="utf-8"):
            return f"bai-viet/{page.stem}/"
    return None


def edit_to_reload(server: Server, corpus: Path, docs: Path, number: int) -> float:
    """Seconds from saving an edited article to its page, reloaded, showing the edit."""
    article = corpus / "00007.txt"
    original = article.read_text(encoding="utf-8")
    path = page_of(docs, article.name)
    assert path is not None
    marker = f"Câu đo thời gian số {number} được thêm vào."
    reload = Reload(server, server.get(path) or b"")
    started = time.perf_counter()
    try:
        article.write_text(with_sentence(original, marker), encoding="utf-8")
        reload.done.wait(600)
        html = server.get(path) or b""
        seconds = time.perf_counter() - started
        assert marker.encode() in html, "the reloaded page lacks the edit"
    finally:
        settle(server, path, lambda: article.write_text(original, encoding="utf-8"))
    return seconds


def with_sentence(text: str, sentence: str) -> str:
    """``text`` with ``sentence`` as a paragraph after its lead (the first long paragraph;
    the end of an article is the page's related-news tail, dropped as debris)."""
    blocks = text.split("\n\n")
    lead = next(i for i, block in enumerate(blocks) if len(block) > 80 and block.endswith("."))
    return "\n\n".join([*blocks[: lead + 1], sentence, *blocks[lead + 1 :]])


def add_to_page(server: Server, corpus: Path, docs: Path, number: int) -> float:
    """Seconds from saving a new article to its page being served."""
    added = corpus / "bai-moi-do-thoi-gian.txt"
    text = (corpus / "00008.txt").read_text(encoding="utf-8").replace("(bài 8)", f"(đo {number})")
    before = set((docs / "bai-viet").iterdir())
    reload = Reload(server, server.get("") or b"")
    started = time.perf_counter()
    added.write_text(text, encoding="utf-8")
    try:
        reload.done.wait(600)
        new = set((docs / "bai-viet").iterdir()) - before
        assert len(new) == 1, f"no page, or more than one, for the new article: {new}"
        page = server.get(f"bai-viet/{new.pop().stem}/")
        seconds = time.perf_counter() - started
        assert page is not None, "the new article's page is not served"
    finally:
        settle(server, "", lambda: added.unlink(missing_ok=True))
    return seconds


def settle(server: Server, path: str, undo) -> None:  # type: ignore[no-untyped-def]
    """Undo a change and wait for the rebuild it causes, and a little more."""
    reload = Reload(server, server.get(path) or b"")
    undo()
    reload.done.wait(600)
    time.sleep(2.0)


def run_size(count: int, work: Path, runs: int) -> dict[str, object]:
    corpus, docs, cache = (work / f"{n}-{count}" for n in ("corpus", "serve-docs", "serve-cache"))
    if not corpus.exists():
        write_corpus(corpus, count)
    prepare_docs(docs)
    shutil.rmtree(cache, ignore_errors=True)
    server = Server(config_for(work, corpus, docs, cache))
    try:
        first = server.wait_up(timeout=1800)
        time.sleep(2.0)
        log_from = len(server.log)
        edits = [edit_to_reload(server, corpus, docs, n) for n in range(runs)]
        adds = [add_to_page(server, corpus, docs, n) for n in range(runs)]
        log = server.log[log_from:]
    finally:
        server.stop()
    return {
        "articles": count,
        "first_build_s": round(first, 1),
        "edit_to_reload_s": [round(s, 2) for s in edits],
        "edit_to_reload_median_s": round(statistics.median(edits), 2),
        "add_to_page_s": [round(s, 2) for s in adds],
        "add_to_page_median_s": round(statistics.median(adds), 2),
        "mkdocs_build_s": [float(m.group(1)) for line in log if (m := _BUILT.search(line))],
        "generator_stages": [m.group(1) for line in log if (m := _GENERATED.search(line))],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--work", type=Path, default=ROOT / ".bench")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    results = []
    for count in args.sizes:
        print(f"== mkdocs serve --dirty, {count} bài viết", flush=True)
        result = run_size(count, args.work, args.runs)
        for key, value in result.items():
            print(f"  {key}: {value}", flush=True)
        results.append(result)
    (args.work / "serve-results.json").write_text(
        json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
