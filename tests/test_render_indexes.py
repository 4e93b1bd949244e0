"""Rendered indexes, chart and downloads; article page weight does not grow with the archive."""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import json
from xml.etree import ElementTree as ET

import pytest

from generator.collect import collect
from generator.models import Article
from generator.render import render_pages
from generator.settings import Urls
from generator.text import slugify
from tests.conftest import downloads_hook, page_links, shown, whole_download
from tests.test_collect import ORG, make

D = dt.date


def corpus(n: int):
    people = ["Trần Cẩm Tú", "Tô Lâm", "Lương Cường", "Phạm Minh Chính", "Lê Minh Hưng"]
    return [
        make(
            f"bai-{i:05d}",
            D(2000, 1, 1) + dt.timedelta(days=i),
            ("XIV",) if i % 2 else ("XIII",),
            people=[(people[i % 5], ["Ủy viên Bộ Chính trị"]), (people[(i + 1) % 5], [])],
            organizer=ORG if i % 3 else None,
            ordinal=i % 7 or None,
        )
        for i in range(n)
    ]


def pages(n: int) -> dict[str, str]:
    return {p.path: p.content for p in render_pages(collect(corpus(n)), Urls())}


def test_article_page_weighs_the_same_in_small_and_large_archives():
    small, large = pages(10), pages(1000)
    for slug in ("bai-00003", "bai-00007"):
        a, b = len(small[f"bai-viet/{slug}.md"]), len(large[f"bai-viet/{slug}.md"])
        assert abs(a - b) <= 0.1 * a, (slug, a, b)
    assert small["bai-viet/bai-00003.md"] == large["bai-viet/bai-00003.md"]


def test_every_index_page_exists_and_links_resolve_in_markdown():
    out = pages(30)
    for path in (
        "index.md",
        "dai-hoi/index.md",
        "dai-hoi/xiv.md",
        "nguoi/index.md",
        "nguoi/tran-cam-tu.md",
        "to-chuc/index.md",
        "loai-hop/index.md",
        "su-kien/index.md",
        "thoi-gian/index.md",
        "thoi-gian/2000.md",
        "bai-viet/index.md",
        "feed.xml",
        "du-lieu/2000/bai-viet.json",
        "du-lieu/phan.json",
        "du-lieu/index.md",
    ):
        assert path in out, path
    assert "Chức danh qua các bài viết" in out["nguoi/tran-cam-tu.md"]
    assert "## Cơ quan tổ chức" in out["dai-hoi/xiv.md"]


def test_people_index_grouped_by_letter_in_vietnamese_order():
    index = pages(10)["nguoi/index.md"]
    order = [
        index.index(f">{name}</a>")
        for name in ("Phạm Minh Chính", "Lương Cường", "Lê Minh Hưng", "Tô Lâm", "Trần Cẩm Tú")
    ]
    assert order == sorted(order)
    assert "## C {#chu-c}" in index and "## T {#chu-t}" in index


def test_downloads_parse_and_agree_with_the_archive():
    out = pages(12)
    data = json.loads(out["du-lieu/2000/bai-viet.json"])
    assert len(data["articles"]) == 12 and data["articles"][0]["url"].startswith("bai-viet/")
    rows = list(csv.DictReader(io.StringIO(out["du-lieu/2000/bai-viet.csv"])))
    assert len(rows) == 12 and set(rows[0]) >= {"date", "congress", "participants", "organizer"}
    participations = list(csv.DictReader(io.StringIO(out["du-lieu/2000/tham-du.csv"])))
    assert len(participations) == 24
    feed = ET.fromstring(out["feed.xml"].split("\n", 1)[1])
    assert len(feed.findall("{http://www.w3.org/2005/Atom}entry")) == 12


def test_downloads_come_in_yearly_parts_that_join_into_the_whole_archive(tmp_path):
    articles = [
        make("b", D(2025, 4, 2), people=[("Tô Lâm", [])]),
        make("k", None, people=[("Lương Cường", []), ("Tô Lâm", [])]),
        make("a", D(2024, 3, 7), people=[("Trần Cẩm Tú", ["Thường trực Ban Bí thư"])]),
        make("c", D(2025, 1, 1)),
    ]
    archive = collect(articles)
    out = {p.path: p.content for p in render_pages(archive, Urls())}
    listing = json.loads(out["du-lieu/phan.json"])
    assert listing["files"]["du-lieu/bai-viet.json"] == [
        "du-lieu/khong-ro-ngay/bai-viet.json",
        "du-lieu/2024/bai-viet.json",
        "du-lieu/2025/bai-viet.json",
    ]
    assert [p["articles"] for p in listing["parts"]] == [1, 1, 2]
    for part in ("khong-ro-ngay", "2024", "2025"):  # each part is a complete file of its own
        json.loads(out[f"du-lieu/{part}/bai-viet.json"])
    for path in out:
        if path.startswith("du-lieu/"):
            (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / path).write_text(out[path], encoding="utf-8")
    whole = json.loads(whole_download(tmp_path, "du-lieu/bai-viet.json"))
    assert [a["source_file"] for a in whole["articles"]] == [
        a.source_file for a in archive.articles
    ]
    rows = whole_download(tmp_path, "du-lieu/tham-du.csv").decode().splitlines()
    assert rows[0].startswith("source_file,") and len(rows) == 1 + 4
    assert [r.split(",")[0] for r in rows[1:]] == ["k.txt", "k.txt", "a.txt", "b.txt"]
    articles_csv = whole_download(tmp_path, "du-lieu/bai-viet.csv").decode().splitlines()
    assert len(articles_csv) == 1 + 4 and articles_csv.count(articles_csv[0]) == 1
    undated = "thoi-gian/khong-ro-ngay.md"  # undated articles: a page of their own
    assert ("k", "bai-viet/k.md") in page_links(undated, out[undated])
    assert ("Không rõ ngày", undated) in page_links("thoi-gian/index.md", out["thoi-gian/index.md"])
    assert "- Không rõ ngày — 1 bài" in shown(out["thoi-gian/index.md"])
    index = out["du-lieu/index.md"]
    assert "| Không rõ ngày | 1 |" in index and "| 2025 | 2 |" in index
    assert "(2024/bai-viet.json)" in index and "(../ve-du-lieu.md)" in index


def test_chart_is_svg_with_a_bar_per_month_and_congress():
    monthly = [make(f"m{m}", D(2024, m, 5), ("XIV",) if m % 2 else ("XIII",)) for m in range(1, 13)]
    out = {p.path: p.content for p in render_pages(collect(monthly), Urls())}
    svg = out["thong-ke/bai-viet-theo-thang.svg"]
    root = ET.fromstring(svg)
    bars = [
        r
        for r in root.iter("{http://www.w3.org/2000/svg}rect")
        if r.find("{http://www.w3.org/2000/svg}title") is not None
    ]
    assert len(bars) == 12
    assert "Đại hội XIV" in svg and "Đại hội XIII" in svg


@pytest.mark.parametrize("first", [D(2020, 12, 5), D(2011, 4, 1), D(2025, 11, 3)])
def test_chart_labels_never_overlap_nor_leave_the_drawing(first):
    """ "12/2020" no longer over "1/2021": labels thinned to the space they need, at the
    size the page shows them on a 390 px phone (the drawing is 640 units wide)."""
    last = D(2026, 1, 20)
    days = [first + dt.timedelta(days=d) for d in range(0, (last - first).days + 1, 20)]
    out = {
        p.path: p.content
        for p in render_pages(collect([make(f"a{i}", d) for i, d in enumerate(days)]), Urls())
    }
    root = ET.fromstring(out["thong-ke/bai-viet-theo-thang.svg"])
    width = float(root.get("width"))
    labels = [
        (float(t.get("x")), t.text)
        for t in root.iter("{http://www.w3.org/2000/svg}text")
        if t.get("text-anchor") == "middle"
    ]
    assert len(labels) >= 2
    font = 19
    spans = [(x - len(s) * font * 0.3, x + len(s) * font * 0.3) for x, s in labels]
    assert all(a[1] + 4 <= b[0] for a, b in itertools.pairwise(spans)), labels
    assert all(a >= 0 and b <= width for a, b in spans), labels


def test_article_links_to_sibling_reports():
    reports = [make(f"r{i}", D(2024, 3, 7), organizer=ORG, source=f"Báo {i}") for i in range(3)]
    out = {p.path: p.content for p in render_pages(collect([*reports, *corpus(5)]), Urls())}
    for i in range(3):
        page = out[f"bai-viet/r{i}.md"]
        targets = [target for _, target in page_links(f"bai-viet/r{i}.md", page)]
        assert "## Các bài khác về cùng sự kiện" in page
        assert any(target.startswith("su-kien/") for target in targets)
        assert all(f"bai-viet/r{j}.md" in targets for j in range(3) if j != i)
    assert "Các bài khác về cùng sự kiện" not in out["bai-viet/bai-00001.md"]


def test_sibling_list_is_capped_so_page_weight_does_not_grow_with_reports():
    few = [make(f"r{i}", D(2024, 3, 7), organizer=ORG, source=f"Báo {i}") for i in range(3)]
    many = [make(f"r{i}", D(2024, 3, 7), organizer=ORG, source=f"Báo {i}") for i in range(40)]
    big = {p.path: p.content for p in render_pages(collect(many), Urls())}
    page = big["bai-viet/r0.md"]
    siblings = [t for _, t in page_links("bai-viet/r0.md", page) if t.startswith("bai-viet/r")]
    assert len(siblings) == 8 and "thêm 31 bài khác" in page
    cap = {p.path: p.content for p in render_pages(collect(many[:9]), Urls())}["bai-viet/r0.md"]
    small = {p.path: p.content for p in render_pages(collect(few), Urls())}["bai-viet/r0.md"]
    assert len(page) - len(cap) < 60  # a list of 8 either way, plus the "more" note
    assert len(small) < len(cap)
    event = next(k for k in big if k.startswith("su-kien/") and "index" not in k)
    listed = {target for _, target in page_links(event, big[event])}
    assert all(f"bai-viet/r{i}.md" in listed for i in range(40))


def test_long_lists_are_split_into_year_pages_that_hold_every_article_once():
    out = pages(800)  # 2000-01-01 .. 2002-03-10: each person is in 320 articles, XIV in 400
    person = out["nguoi/tran-cam-tu.md"]
    targets = [target for _, target in page_links("nguoi/tran-cam-tu.md", person)]
    assert "Chức danh qua các bài viết" in person and "nguoi/tran-cam-tu/2001.md" in targets
    assert "bai-viet/" not in person.split("## Các bài viết")[1].split("##")[0]
    listed = []
    for owner in ("nguoi/tran-cam-tu", "dai-hoi/xiv", "loai-hop/phien-hop"):
        years = sorted(p for p in out if p.startswith(owner + "/"))
        assert [p.rsplit("/", 1)[1] for p in years] == ["2000.md", "2001.md", "2002.md"], owner
        main = [target for _, target in page_links(owner + ".md", out[owner + ".md"])]
        for path in years:
            targets = [target for _, target in page_links(path, out[path])]
            assert path in main, path  # linked
            assert owner + ".md" in targets, path  # and links back
            links = [
                t.removeprefix("bai-viet/").removesuffix(".md")
                for t in targets
                if t.startswith("bai-viet/")
            ]
            assert all(f"bai-viet/{slug}.md" in out for slug in links)
            listed.append((owner, links))
    by_owner = {o: [s for owner, links in listed if owner == o for s in links] for o, _ in listed}
    assert len(by_owner["dai-hoi/xiv"]) == len(set(by_owner["dai-hoi/xiv"])) == 400
    assert len(set(by_owner["nguoi/tran-cam-tu"])) == 320
    assert "— năm 2001" in out["nguoi/tran-cam-tu/2001.md"].split("\n# ", 1)[1].split("\n")[0]
    short = pages(100)  # nothing split below the limit
    assert not any(p.count("/") > 1 for p in short if p.endswith(".md") and "du-lieu" not in p)
    short_links = page_links("nguoi/tran-cam-tu.md", short["nguoi/tran-cam-tu.md"])
    assert any(target.startswith("bai-viet/") for _, target in short_links)


def test_by_year_splits_an_archive_ordered_list_at_year_boundaries():
    from generator.render.common import UNDATED, article_day, by_year

    days = [
        None,
        None,
        D(2013, 12, 31),
        D(2015, 1, 1),
        D(2015, 6, 1),
        D(2024, 2, 29),
        D(9999, 5, 5),
    ]
    ordered = collect([make(f"a{i}", day) for i, day in enumerate(days)]).articles
    parts = by_year(ordered, article_day)
    assert [(year, len(items)) for year, items in parts] == [
        ("2013", 1),
        ("2015", 2),
        ("2024", 1),
        ("9999", 1),  # a typo in a header: its own year, not an endless search for "10000"
        (UNDATED, 2),
    ]
    assert sorted(a.slug for _, items in parts for a in items) == sorted(a.slug for a in ordered)
    assert by_year((), article_day) == [] and by_year(ordered[:2], article_day) == [
        (UNDATED, ordered[:2])
    ]


def test_equal_page_keys_mean_equal_pages_when_long_lists_change():
    """The writer skips a page whose key is unchanged: the key must cover all it shows."""
    from generator.render import render_archive

    def plans(articles):
        return {p.path: (p.key, p.render()) for p in render_archive(collect(articles), Urls())}

    def revised(article):  # as the build gives it: a new text, a new revision
        return Article.of(article.source_file, article.slug, article.meta, article.body, "v2")

    base = [*corpus(800), make("u1", None, people=[("Tô Lâm", [])]), make("u2", None)]
    edited = list(base)
    edited[400] = revised(make("bai-00400", D(2001, 2, 5), people=[("Võ Văn Thưởng", [])]))
    moved = list(base)
    moved[401] = revised(make("bai-00401", D(2002, 1, 2), ("XIII",), organizer=None))
    renamed = [*base[:-1], make("u2", None, people=[("Tô Lâm", []), ("Phan Đình Trạc", [])])]
    renamed[-1] = revised(renamed[-1])
    variants = [
        edited,
        moved,
        renamed,
        base[:-1],
        [*base, make("z", D(2001, 5, 5), ("XIV",))],
        [*base, make("u3", None, organizer=ORG)],
        [*base[:-1], make("u0", None)],  # as many undated articles, another one listed
        [make("a0", D(1999, 1, 1), ("XIII",), organizer=ORG.lower()), *base],  # new label
    ]
    before = plans(base)
    for articles in variants:
        after = plans(articles)
        changed = 0
        for path, (key, content) in after.items():
            if path in before and key is not None and before[path][0] == key:
                assert before[path][1] == content, path
            elif key is not None:
                changed += 1
        assert 0 < changed < 40  # one article changes its own page and a few lists


def test_congress_page_links_each_organizer_once_whatever_its_spelling():
    articles = [
        make("a", D(2024, 1, 1), organizer=ORG),
        make("b", D(2024, 2, 1), organizer=ORG.lower()),  # the same organizer, spelled apart
        make("c", D(2024, 3, 1), ("XIII",), organizer=ORG.upper()),
    ]
    out = {p.path: p.content for p in render_pages(collect(articles), Urls())}
    congress = out["dai-hoi/xiv.md"]
    target = f"to-chuc/{slugify(ORG)}.md"
    organizers = [t for _, t in page_links("dai-hoi/xiv.md", congress) if t.startswith("to-chuc/")]
    assert organizers == [target] and "— 2 bài" in shown(congress)
    assert target in out


def test_downloads_of_an_empty_archive_and_a_damaged_parts_list(tmp_path):
    out = {p.path: p.content for p in render_pages(collect([]), Urls())}
    (tmp_path / "du-lieu").mkdir()
    (tmp_path / "du-lieu" / "phan.json").write_text(out["du-lieu/phan.json"], encoding="utf-8")
    assert json.loads(whole_download(tmp_path, "du-lieu/bai-viet.json")) == {"articles": []}
    header = whole_download(tmp_path, "du-lieu/tham-du.csv").decode()
    assert header == "source_file,url,date,congress,name,slug,roles,acts\n"  # header only
    hook = downloads_hook()
    for damaged in (b'{"files": []}', b'{"files": {"a.json": [1]}}', b"[", b'{"parts": []}'):
        with pytest.raises(hook.PluginError, match=r"phan\.json"):
            hook.read_listing(damaged)
    with pytest.raises(hook.PluginError, match="tiêu đề"):
        hook.join_parts("du-lieu/tham-du.csv", [b"other,header\nx,y\n"], "a,b")


def test_lists_show_the_event_date_and_never_a_publication_date_as_one():
    """An article whose page says "không rõ ngày" is listed as undated wherever it is listed,
    with its publication date said to be one; a day without a year is shown as such."""
    from dataclasses import replace

    from generator.models import Block, BlockKind

    def article(slug: str, **dates) -> Article:
        meta = replace(make(slug).meta, **dates)
        return Article.of(f"{slug}.txt", slug, meta, (Block(BlockKind.PARAGRAPH, "x"),))

    archive = collect(
        [
            article("dated", date=D(2025, 4, 2), published=D(2025, 4, 3)),
            article("published-only", published=D(2024, 6, 14)),
            article("no-year", date_partial="--04-22", published=D(2021, 4, 23)),
        ]
    )
    out = {p.path: p.content for p in render_pages(archive, Urls())}
    congress = shown(out["dai-hoi/xiv.md"])
    assert "- 02/04/2025 — dated" in congress
    assert "- đăng 14/06/2024 — published-only" in congress
    assert "- 22/04 (chưa rõ năm) — no-year" in congress
    assert "14/06/2024 — " not in congress.replace("đăng 14/06/2024 — ", "")
    # Grouped as the pages say: undated, not under June 2024 or April 2021.
    undated = congress[congress.index("### Không rõ ngày") :]
    assert "— published-only" in undated and "— no-year" in undated
    assert "Tháng 6/2024" not in congress and "Tháng 4/2021" not in congress
    assert [a.slug for a in archive.undated] == ["no-year", "published-only"]
    assert list(archive.years) == [2025]
    assert "— published-only" in shown(out["thoi-gian/khong-ro-ngay.md"])
