"""The site's search box in headless Chromium, as a reader types into it.

Chromium and ChromeDriver come from Debian (`apt-get install chromium chromium-driver`,
done by .ci/run). Where they are missing these tests are skipped with that command as the
reason; CI installs them and runs with ARCHIVE_TESTS_REQUIRE_ALL=1, so there a missing
browser fails instead: search is part of the product.

The site searched is built from the seeds and the test articles ("seeds"), and again with the
team's dev set added where ../shared is ("devset"); each is served at the root of a host and
under a sub-path (/repo/, as GitHub Pages serves a project site, built with that address as
SITE_URL). The people, phrases and congresses searched for are in the seeds and in
tests/fixtures/articles/, so every site holds them. The test server records each request
and its status: a search that asks for a file that is not there fails.
"""

from __future__ import annotations

import functools
import http.server
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import unicodedata
import urllib.error
import urllib.request
from pathlib import Path
from typing import ClassVar

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from generator.render.frontmatter import load
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
SUB_PATH = "/repo/"
DATE = re.compile(r"^(đăng )?\d{2}/\d{2}(/\d{4}| \(chưa rõ năm\))$")
"""A result's date as the pages write it: 02/04/2025, 22/04 (chưa rõ năm), đăng 14/06/2024."""


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower case, no diacritics, đ as d."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """The built site at ``prefix`` ("/" or a sub-path). Anything else, or a missing file, is
    answered with the site's 404 page and status 404, as GitHub Pages does. Every request is
    recorded in ``log`` as (path, status)."""

    prefix: ClassVar[str] = "/"
    log: ClassVar[list[tuple[str, int]]] = []

    def translate_path(self, path):
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "nowhere" / "missing")
        return super().translate_path("/" + path[len(self.prefix) :])

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None

    def log_request(self, code="-", size="-"):
        self.log.append((self.path, int(getattr(code, "value", code))))

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


class Site(str):
    """The address of a served site, with the server's request log and the docs folder."""

    log: list[tuple[str, int]]
    docs: Path


@pytest.fixture(scope="module", params=["root", "sub-path"])
def site_url(request, project):
    """The built site served at a host's root, or under /repo/ and built for that address."""
    port = free_port()
    prefix = SUB_PATH if request.param == "sub-path" else "/"
    address = f"http://127.0.0.1:{port}{prefix}"
    seeds = project / "seeds"
    mkdocs_config(project, project / "docs", seeds, site_url=address if prefix != "/" else None)
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    mkdocs_config(project, project / "docs", seeds)
    assert build.returncode == 0, build.stderr
    site = project / f"site-{request.param}"
    shutil.rmtree(site, ignore_errors=True)
    (project / "site").rename(site)
    log: list[tuple[str, int]] = []
    handler = type("Handler", (SiteHandler,), {"prefix": prefix, "log": log})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", port), functools.partial(handler, directory=str(site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = Site(address)
    url.log, url.docs = log, project / "docs"
    yield url
    server.shutdown()
    server.server_close()


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


def type_query(driver, query: str) -> None:
    box = driver.find_element(By.CSS_SELECTOR, "[data-archive-search-input]")
    box.click()
    box.clear()
    box.send_keys(query)
    wait_done(driver, query)


def wait_done(driver, query: str) -> None:
    results = driver.find_element(By.CSS_SELECTOR, "[data-archive-search-results]")
    WebDriverWait(driver, 20).until(
        lambda _: (
            results.get_attribute("data-query") == query
            and results.get_attribute("data-state") == "done"
        )
    )


def search(driver, query: str) -> list[str]:
    """Type ``query`` into the header search box; the result titles, in order."""
    type_query(driver, query)
    return [nfc(title) for title, _ in listed(driver)]


def listed(driver) -> list[tuple[str, str]]:
    """(title, link) of each result listed (read at once: the list is replaced as it grows)."""
    rows = driver.execute_script(
        "return [...document.querySelectorAll('.md-search-result__link')]"
        ".map((a) => [a.querySelector('h1').textContent.trim(), a.href])"
    )
    return [(title, href) for title, href in rows]


def search_all(driver, query: str) -> list[tuple[str, str]]:
    """Every result of ``query``: "Xem thêm kết quả" pressed until the list is whole."""
    type_query(driver, query)
    for _ in range(20):
        count = len(listed(driver))
        # found and pressed in one step: the list (and its button) may be drawn anew meanwhile
        pressed = driver.execute_script(
            "const b = document.querySelector('.archive-search__more button');"
            "if (b) b.click(); return !!b"
        )
        if not pressed:
            break
        WebDriverWait(driver, 20).until(functools.partial(grown, count=count))
    return [(nfc(title), href) for title, href in listed(driver)]


def grown(driver, count: int) -> bool:
    """Whether the search is done with more results listed than ``count``."""
    state = driver.execute_script(
        "return document.querySelector('[data-archive-search-results]').dataset.state"
    )
    return state == "done" and len(listed(driver)) > count


def shown_count(driver) -> int:
    text = driver.find_element(By.CSS_SELECTOR, "[data-archive-search-meta]").text
    return int(text.split()[0]) if text[:1].isdigit() else 0


def attended(docs: Path, slug: str) -> set[str]:
    """The titles of the articles in which the person ``slug`` is a participant."""
    titles = set()
    for page in (docs / "bai-viet").glob("*.md"):
        meta = load(page.read_text(encoding="utf-8"))
        if any(p.get("slug") == slug for p in meta.get("participants") or []):
            titles.add(nfc(meta["title"]))
    return titles


def page_text(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.status == 200, url
        return nfc(response.read().decode("utf-8"))


def test_diacritics_case_and_unicode_form_do_not_matter(browser, site_url):
    browser.get(site_url)
    typed = [search(browser, q) for q in ("Trần Cẩm Tú", nfc("TRẦN CẨM TÚ"))]
    typed.append(search(browser, unicodedata.normalize("NFD", "Trần Cẩm Tú")))
    bare = [search(browser, q) for q in ("tran cam tu", "TRAN CAM TU")]
    assert typed[0] and all(f == typed[0] for f in typed), typed
    assert bare[0] and all(f == bare[0] for f in bare), bare
    assert all(f[0] == "Trần Cẩm Tú" for f in typed + bare)


@pytest.mark.parametrize("query", ["tran cam tu", "Trần Cẩm Tú"])
def test_a_name_lists_the_persons_page_then_every_article_they_attended(browser, site_url, query):
    browser.get(site_url)
    titles = [title for title, _ in search_all(browser, query)]
    theirs = attended(site_url.docs, "tran-cam-tu")
    assert theirs and titles[0] == "Trần Cẩm Tú", titles
    assert set(titles[1 : 1 + len(theirs)]) == theirs, titles


def test_exact_person_name_puts_their_page_first(browser, site_url):
    browser.get(site_url)
    for query, name in (
        ("tran cam tu", "Trần Cẩm Tú"),
        ("Lê Hồng Anh", "Lê Hồng Anh"),
        ("lam thi phuong thanh", "Lâm Thị Phương Thanh"),
    ):
        assert search(browser, query)[0] == name


def test_diacritics_typed_narrow_the_search(browser, site_url):
    """ "Vượng" is not "vướng" (seed 002 has "vướng mắc"), nor "Lê Thành Long" "Lễ … thành
    … lòng": every page listed holds the syllables as typed."""
    browser.get(site_url)
    for query in ("Vượng", "Lê Thành Long"):
        found = search_all(browser, query)
        assert found, query
        for title, href in found:
            text = page_text(href)
            assert all(re.search(rf"\b{word}\b", text, re.I) for word in query.split()), (
                title,
                query,
            )
    assert any("vướng" in page_text(h) for _, h in search_all(browser, "vuong"))


def test_a_completed_syllable_is_no_prefix(browser, site_url):
    """ "tu" in "tran cam tu" is "Tú", not the start of "tuyến"; "t" while typing is a prefix."""
    browser.get(site_url)
    for _, href in search_all(browser, "tran cam tu"):
        assert "tu" in {fold(word) for word in re.findall(r"\w+", page_text(href))}, href
    assert search(browser, "Trần Cẩm T")[0] == "Trần Cẩm Tú"


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
    for _, href in search_all(browser, '"phiên họp thứ ba"'):
        assert re.search(r"phiên họp thứ ba\b", page_text(href), re.IGNORECASE), href


@pytest.mark.parametrize(
    "query", ['"phiên họp thứ ba"', '"tran cam tu"', "tran cam tu", "tieu ban", "Vượng"]
)
def test_the_count_shown_is_the_number_listed_and_each_opens_once(browser, site_url, query):
    browser.get(site_url)
    type_query(browser, query)
    shown = listed(browser)
    assert shown and shown_count(browser) == len(shown), (query, shown)
    found = search_all(browser, query)
    assert shown_count(browser) == len(found)
    links = [href for _, href in found]
    assert len(links) == len(set(links)), links
    for href in links:
        assert href.startswith(site_url), href
        page_text(href)


def test_results_are_plain_text_dated_as_the_pages_are(browser, site_url):
    browser.get(site_url)
    for query in ("tran cam tu", "Thường xuất hiện cùng", "phien hop"):
        type_query(browser, query)
        articles = browser.find_elements(By.CSS_SELECTOR, ".md-search-result__article")
        assert articles, query
        for article in articles:
            assert "¶" not in article.get_attribute("textContent"), query
        for day in browser.find_elements(By.CSS_SELECTOR, ".archive-search__date"):
            assert DATE.match(day.get_attribute("textContent").strip()), day.text


def test_no_search_asks_for_a_file_that_is_not_there(browser, site_url):
    browser.get(site_url)
    del site_url.log[:]
    box = browser.find_element(By.CSS_SELECTOR, "[data-archive-search-input]")
    box.click()
    for character in 'tran cam tu "phiên họp thứ ba" c x đ':
        box.send_keys(character)
        time.sleep(0.03)
    wait_done(browser, 'tran cam tu "phiên họp thứ ba" c x đ')
    for query in ("t", "c", "x", "đ", "Vượng", "1", "ca"):
        type_query(browser, query)
    missing = [path for path, status in site_url.log if status >= 400]
    assert not missing and site_url.log, missing


def test_the_404_page_is_styled_wherever_the_site_is_served(browser, site_url):
    browser.get(site_url + "khong/co/trang/nay/")
    sheets = browser.execute_script(
        "return [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => l.href)"
    )
    assert sheets
    for sheet in sheets:
        assert sheet.startswith(site_url), sheet
        with urllib.request.urlopen(sheet, timeout=10) as response:
            assert response.status == 200
    heading = browser.find_element(By.CSS_SELECTOR, "article h1").text
    assert "404" in heading and "Not found" not in heading


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
        stderr=subprocess.PIPE,
        text=True,
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
        assert search(browser, "Trần Cẩm T")[0] == "Trần Cẩm Tú"
    finally:
        server.terminate()
        _, log = server.communicate(timeout=30)
    assert "404" not in log, log  # mkdocs serve logs a WARNING for every missing file asked


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
    # What the reader sees keeps its diacritics.
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
