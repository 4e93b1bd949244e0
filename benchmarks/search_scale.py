"""First search on a built site in headless Chromium: bytes downloaded and time to results.

Usage: python benchmarks/search_scale.py SITE_DIR [QUERY ...]
Serves SITE_DIR on 127.0.0.1, opens the home page, types each query into the search box and
reports the bytes of every search request (Pagefind's script, WebAssembly, index chunks and
fragments; the first query includes what focusing the box loads) and the milliseconds from
the last keystroke to rendered results (the box waits 120 ms after a keystroke before searching).
"""

from __future__ import annotations

import functools
import http.server
import json
import sys
import threading
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

SERVED: list[int] = []


class Quiet(http.server.SimpleHTTPRequestHandler):
    """Serves quietly and counts the bytes of every search file it sends."""

    def log_message(self, format, *args):
        pass

    def copyfile(self, source, outputfile):
        if "/pagefind/" in self.path:
            SERVED.append(len(source.read()))
            source.seek(0)
        super().copyfile(source, outputfile)


def main() -> None:
    site = Path(sys.argv[1])
    queries = sys.argv[2:] or ["tran cam tu", "dai hoi xiv", "phien hop thu nhat"]
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
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
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        driver.get(f"http://127.0.0.1:{server.server_address[1]}/")
        box = driver.find_element(By.CSS_SELECTOR, "[data-archive-search-input]")
        results = driver.find_element(By.CSS_SELECTOR, "[data-archive-search-results]")
        report = []
        seen = 0
        for index, query in enumerate(queries):
            box.click()
            box.clear()
            box.send_keys(query)
            driver.execute_script("window.__t0 = performance.now();")  # after the last keystroke
            WebDriverWait(driver, 60).until(
                lambda _, q=query: (
                    results.get_attribute("data-query") == q
                    and results.get_attribute("data-state") == "done"
                )
            )
            done_at = float(results.get_attribute("data-done-at"))
            elapsed = done_at - driver.execute_script("return window.__t0")
            sizes, seen = SERVED[seen:], len(SERVED)
            count = len(driver.find_elements(By.CSS_SELECTOR, ".md-search-result__item"))
            report.append(
                {
                    "query": query,
                    "first": index == 0,
                    "kb": round(sum(sizes) / 1024, 1),
                    "requests": len(sizes),
                    "ms": round(elapsed),
                    "results": count,
                }
            )
        print(json.dumps(report, ensure_ascii=False, indent=1))
    finally:
        driver.quit()
        server.shutdown()


if __name__ == "__main__":
    main()
