"""First search on a built site in headless Chromium: bytes downloaded and time to results.

Usage: python benchmarks/search_scale.py SITE_DIR [QUERY ...]
Serves SITE_DIR on 127.0.0.1 (uncompressed, like a plain file server), opens the home page,
types each query into the search box and reports, for the first answer (the quick index,
tim-nhanh/, searched in the page's own script) and for the full answer (Pagefind's full-text
index, pagefind/, which the box does not touch before the first answer is shown): kilobytes
of search files requested (the first query includes what focusing the box loads) and
milliseconds from the last keystroke to rendered results (the box's 80 ms typing pause
included). Filter values, loaded after the first answer, are counted apart.

Two ways of typing, each in a fresh browser:
- "typed": click the box, start typing 0.5 s later at 8 characters a second (a quick typist);
- "burst": click the box and send the whole query at once (a paste).
"""

from __future__ import annotations

import functools
import http.server
import json
import sys
import threading
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

SERVED: list[tuple[str, int]] = []


class Quiet(http.server.SimpleHTTPRequestHandler):
    """Serves quietly and counts the bytes of every search file it sends."""

    def log_message(self, format, *args):
        pass

    def copyfile(self, source, outputfile):
        if self.path.startswith(("/pagefind/", "/tim-nhanh/")):
            SERVED.append((self.path.lstrip("/"), len(source.read())))
            source.seek(0)
        super().copyfile(source, outputfile)


def _kb(sizes: list[tuple[str, int]]) -> float:
    return round(sum(size for _, size in sizes) / 1024, 1)


def _by_kind(sizes: list[tuple[str, int]]) -> dict[str, float]:
    """Bytes per kind of search file: script, wasm, meta, index chunks, filters, fragments."""
    kinds: dict[str, float] = {}
    for path, size in sizes:
        bundle, _, rest = path.partition("/")
        kind = rest.split("/")[0] if "/" in rest else rest.split("?")[0].rsplit(".", 1)[-1]
        kind = f"{bundle}/{kind}"
        kinds[kind] = round(kinds.get(kind, 0) + size / 1024, 1)
    return kinds


def main() -> None:
    site = Path(sys.argv[1])
    queries = sys.argv[2:] or ["tran cam tu", "dai hoi xiv", "phien hop thu nhat"]
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        report = {way: measure(url, queries, way) for way in ("typed", "burst")}
        print(json.dumps(report, ensure_ascii=False, indent=1))
    finally:
        server.shutdown()


def browser() -> webdriver.Chrome:
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--window-size=1280,1000",
    ):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def measure(url: str, queries: list[str], way: str) -> list[dict]:
    driver = browser()
    try:
        return _measure(driver, url, queries, way)
    finally:
        driver.quit()


def _measure(driver: webdriver.Chrome, url: str, queries: list[str], way: str) -> list[dict]:
    driver.get(url)
    # The time of the last keystroke, taken in the page itself.
    driver.execute_script(
        "document.addEventListener('input', () => { window.__t0 = performance.now(); }, true);"
    )
    box = driver.find_element(By.CSS_SELECTOR, "[data-archive-search-input]")
    results = driver.find_element(By.CSS_SELECTOR, "[data-archive-search-results]")
    report = []
    seen = len(SERVED)
    for index, query in enumerate(queries):
        box.click()
        box.clear()
        if way == "typed":
            time.sleep(0.5)
            for number, character in enumerate(query):
                if number:
                    time.sleep(0.125)
                box.send_keys(character)
        else:
            box.send_keys(query)
        WebDriverWait(driver, 60, poll_frequency=0.02).until(
            lambda _, q=query: (
                results.get_attribute("data-query") == q
                and results.get_attribute("data-state") == "done"
            )
        )
        start = driver.execute_script("return window.__t0")
        first_at = float(results.get_attribute("data-first-at")) - start
        done_at = float(results.get_attribute("data-done-at")) - start
        sizes, seen = SERVED[seen:], len(SERVED)
        quick = [(p, n) for p, n in sizes if p.startswith("tim-nhanh/")]
        filters = [(p, n) for p, n in sizes if "/filter/" in p]
        count = len(driver.find_elements(By.CSS_SELECTOR, ".md-search-result__item"))
        report.append(
            {
                "query": query,
                "first": index == 0,
                "first_answer_ms": round(first_at),
                "first_answer_kb": _kb([x for x in quick if x not in filters]),
                "full_answer_ms": round(done_at),
                "full_answer_kb": _kb([x for x in sizes if x not in filters]),
                "filters_kb": _kb(filters),
                "by_kind_kb": _by_kind(sizes),
                "requests": len(sizes),
                "results": count,
            }
        )
    return report


if __name__ == "__main__":
    main()
