"""The site's search box in headless Chromium, as a reader types into it.

Chromium and ChromeDriver come from Debian (`apt-get install chromium chromium-driver`,
done by .ci/run). Where they are missing these tests are skipped with that command as the
reason; CI installs them and runs with ARCHIVE_TESTS_REQUIRE_ALL=1, so there a missing
browser fails instead: search is part of the product.

The site searched is built from the seeds and the test articles ("seeds"), and again with the
team's dev set added where ../shared is ("devset"). The people, phrases and congresses
searched for are planted in tests/fixtures/articles/, so both sites hold them.
"""

from __future__ import annotations

import functools
import http.server
import socket
import subprocess
import sys
import threading
import time
import unicodedata
import urllib.request
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from tests.conftest import (
    ARTICLES,
    SEEDS,
    copy_articles,
    copy_hand_written_docs,
    mkdocs_config,
    unavailable,
)

pytestmark = pytest.mark.browser
CHROMIUM, DRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # keep test output readable
        pass


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module", autouse=True)
def chromium() -> None:
    """Skip (or fail, where every test must run) before building anything for a browser."""
    if not (CHROMIUM.exists() and DRIVER.exists()):
        unavailable(
            f"needs Debian's Chromium and ChromeDriver ({CHROMIUM}, {DRIVER}): "
            "apt-get install chromium chromium-driver"
        )


@pytest.fixture(scope="module", params=["seeds", "devset"])
def project(request, tmp_path_factory) -> Path:
    """An archive's articles (seeds + test articles, and the dev set in the "devset" variant)
    with a mkdocs.yml whose plugin generates the pages from them."""
    folders = [SEEDS, ARTICLES]
    if request.param == "devset":
        folders.insert(0, request.getfixturevalue("devset_dir"))
    work = tmp_path_factory.mktemp(f"search-{request.param}")
    seeds = copy_articles(work / "seeds", *folders)
    docs = copy_hand_written_docs(work / "docs")
    mkdocs_config(work, docs, seeds)
    return work


@pytest.fixture(scope="module")
def site_url(project):
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr
    handler = functools.partial(QuietHandler, directory=str(project / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    options = Options()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--no-first-run",
        "--window-size=1280,1000",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(DRIVER)), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def search(driver, query: str) -> list[str]:
    """Type ``query`` into the header search box; the result titles, in order."""
    box = driver.find_element(By.CSS_SELECTOR, "[data-archive-search-input]")
    box.click()
    box.clear()
    box.send_keys(query)
    results = driver.find_element(By.CSS_SELECTOR, "[data-archive-search-results]")
    WebDriverWait(driver, 15).until(
        lambda _: (
            results.get_attribute("data-query") == query
            and results.get_attribute("data-state") == "done"
        )
    )
    return [
        e.get_attribute("textContent").strip()
        for e in driver.find_elements(By.CSS_SELECTOR, ".md-search-result__article h1")
    ]


def test_diacritics_case_and_unicode_form_do_not_matter(browser, site_url):
    browser.get(site_url)
    found = [
        search(browser, q)
        for q in (
            "Trần Cẩm Tú",
            "tran cam tu",
            "TRAN CAM TU",
            unicodedata.normalize("NFD", "Trần Cẩm Tú"),
        )
    ]
    assert found[0] and all(set(f) == set(found[0]) for f in found), found
    assert all(f[0] == "Trần Cẩm Tú" for f in found)


def test_exact_person_name_puts_their_page_first(browser, site_url):
    browser.get(site_url)
    for query in ("tran cam tu", "Lê Hồng Anh", "lam thi phuong thanh"):
        titles = search(browser, query)
        assert (
            unicodedata.normalize("NFC", titles[0]).casefold()
            == {
                "tran cam tu": "trần cẩm tú",
                "Lê Hồng Anh": "lê hồng anh",
                "lam thi phuong thanh": "lâm thị phương thanh",
            }[query]
        ), titles


def test_d_folds_to_dj(browser, site_url):
    browser.get(site_url)
    titles = search(browser, "dang uy")
    assert titles and any("Đảng" in t for t in titles)
    assert search(browser, "dao hong lan")[0] == "Đào Hồng Lan"


def test_quoted_phrase_must_appear_as_written(browser, site_url):
    browser.get(site_url)
    loose = search(browser, "kinh te xa hoi")
    exact = search(browser, '"kinh te - xa hoi"')
    assert exact and len(exact) <= len(loose)
    assert any("Kinh tế - Xã hội" in t for t in exact)


def test_filters_narrow_results(browser, site_url):
    browser.get(site_url)
    everything = search(browser, "tieu ban")
    Select(browser.find_element(By.CSS_SELECTOR, "select[data-filter='dai_hoi']")).select_by_value(
        "XII"
    )
    results = browser.find_element(By.CSS_SELECTOR, "[data-archive-search-results]")
    WebDriverWait(browser, 15).until(lambda _: results.get_attribute("data-state") == "done")
    time.sleep(0.3)
    narrowed = search(browser, "tieu ban")
    assert 0 < len(narrowed) < len(everything)


def test_search_works_under_mkdocs_serve(browser, project):
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "serve",
            "--no-livereload",
            "-a",
            f"127.0.0.1:{port}",
            "-f",
            str(project / "mkdocs.yml"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}/"
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(url + "pagefind/pagefind-entry.json", timeout=2)
                break
            except OSError:
                assert time.monotonic() < deadline, (
                    "mkdocs serve did not come up with a search index"
                )
                time.sleep(0.5)
        browser.get(url)
        assert search(browser, "to lam")[0] == "Tô Lâm"
    finally:
        server.terminate()
        server.wait(timeout=30)


def watch_first_answer(browser) -> None:
    """Record the titles and excerpts of the first answer, and count the searches started."""
    browser.execute_script(
        """
        const list = document.querySelector('[data-archive-search-results]');
        window.__first = null;
        window.__excerpts = null;
        window.__searches = 0;
        new MutationObserver(() => {
          if (list.dataset.state === 'searching') window.__searches += 1;
          if (list.dataset.state === 'first' && window.__first === null) {
            window.__first = [...list.querySelectorAll('.md-search-result__article h1')]
              .map((e) => e.textContent.trim());
            window.__excerpts = [...list.querySelectorAll('.md-search-result__article')]
              .map((e) => e.lastElementChild.textContent.trim());
          }
        }).observe(list, { attributes: true, attributeFilter: ['data-state'] });
        """
    )


def test_first_answer_comes_from_the_quick_index_then_full_text_adds_to_it(browser, site_url):
    browser.get(site_url)
    watch_first_answer(browser)
    full = search(browser, "tran cam tu")
    first = browser.execute_script("return window.__first")
    assert first and first[0] == "Trần Cẩm Tú", first
    assert full[0] == "Trần Cẩm Tú" and set(first) <= set(full) and len(full) >= len(first)
    resources = browser.execute_script(
        "return performance.getEntriesByType('resource').map((r) => r.name)"
    )
    assert any("/tim-nhanh/" in name for name in resources)
    assert any("/pagefind/" in name for name in resources)


def test_quick_index_folds_dj_in_one_search_and_shows_text_as_written(browser, site_url):
    browser.get(site_url)
    watch_first_answer(browser)
    full = search(browser, "dao hong lan")
    first = browser.execute_script("return window.__first")
    excerpts = browser.execute_script("return window.__excerpts")
    assert first and first[0] == "Đào Hồng Lan", first
    assert full[0] == "Đào Hồng Lan"
    # The quick index holds folded text; what the reader sees keeps its diacritics.
    shown = [e for e in excerpts if e]
    assert shown and all(not (e.isascii() and e == e.lower()) for e in shown), excerpts
    assert any("Đ" in e or "đ" in e for e in shown), excerpts


def test_typing_letter_by_letter_ends_on_the_answer_to_the_whole_query(browser, site_url):
    """Searches started for "t", "tr", "tra"… must never overwrite the answer to the query."""
    browser.get(site_url)
    box = browser.find_element(By.CSS_SELECTOR, "[data-archive-search-input]")
    box.click()
    box.clear()
    for character in "tran cam tu":
        box.send_keys(character)
        time.sleep(0.06)
    results = browser.find_element(By.CSS_SELECTOR, "[data-archive-search-results]")
    WebDriverWait(browser, 15).until(
        lambda _: (
            results.get_attribute("data-query") == "tran cam tu"
            and results.get_attribute("data-state") == "done"
        )
    )
    time.sleep(1)  # anything still running for an earlier keystroke has finished by now
    assert results.get_attribute("data-query") == "tran cam tu"
    assert results.get_attribute("data-state") == "done"
    titles = [
        e.get_attribute("textContent").strip()
        for e in browser.find_elements(By.CSS_SELECTOR, ".md-search-result__article h1")
    ]
    assert titles[0] == "Trần Cẩm Tú", titles
