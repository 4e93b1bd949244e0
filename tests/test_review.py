"""The review queue: what is listed, how an archivist clears it, and where it shows."""

from __future__ import annotations

import datetime as dt

import yaml

from generator.collect import collect
from generator.extract.overrides import apply_overrides
from generator.models import Article, ArticleMeta, Block, BlockKind, Doubt, Participant
from generator.render import render_pages
from generator.render.articles import render_article
from generator.render.review import render_review
from generator.settings import Urls
from tests.conftest import page_links, shown

URLS = Urls()


def _meta(**fields) -> ArticleMeta:
    defaults = {"title": "Tiểu ban họp phiên thứ ba"}
    defaults.update(fields)
    return ArticleMeta(**defaults)


def _article(name: str, slug: str, meta: ArticleMeta) -> Article:
    return Article.of(name, slug, meta, (Block(BlockKind.PARAGRAPH, "Thân bài."),))


UNSURE_YEAR = _meta(
    date_partial="--04-22",
    doubts=(
        Doubt(
            "date",
            "22/4",
            "Các manh mối không thống nhất về năm.",
            "Chiều 22/4, Tiểu ban họp.",
        ),
    ),
)
UNSURE_ROLE = _meta(
    date=dt.date(2024, 6, 13),
    date_inferred=True,
    participants=(Participant("Khúc Thị Duyên", "khuc-thi-duyen", ("Thường trực Ban Bí thư",)),),
    doubts=(Doubt("participants", "Khúc Thị Duyên: Thường trực Ban Bí thư", "Suy ra.", "Câu."),),
)


def _snippets(text: str) -> list[dict]:
    blocks = text.split("```yaml\n")[1:]
    return [yaml.safe_load(block.split("```")[0]) for block in blocks]


def test_queue_lists_each_doubt_with_an_override_that_parses():
    articles = (_article("a.txt", "a", UNSURE_YEAR), _article("b.txt", "b", UNSURE_ROLE))
    content = render_review(articles, URLS).content
    assert "2 bài, 2 mục cần rà soát" in shown(content)
    assert "Các manh mối không thống nhất về năm" in content
    assert "<blockquote>\n<p>Chiều 22/4, Tiểu ban họp.</p>\n</blockquote>" in content
    first, second = _snippets(content)
    assert first == {"a.txt": {"date": "YYYY-04-22"}}
    assert second["b.txt"]["participants"] == [
        {"name": "Khúc Thị Duyên", "roles": ["Thường trực Ban Bí thư"], "acts": []}
    ]


def test_pasting_the_snippet_with_a_year_clears_the_doubt():
    snippet = _snippets(render_review((_article("a.txt", "a", UNSURE_YEAR),), URLS).content)[0]
    correction = {"date": snippet["a.txt"]["date"].replace("YYYY", "2021")}
    fixed, problems = apply_overrides(UNSURE_YEAR, correction)
    assert problems == []
    assert fixed.date == dt.date(2021, 4, 22) and fixed.date_partial is None
    assert fixed.doubts == ()


def test_pasting_the_snippet_unedited_is_reported_not_applied():
    snippet = _snippets(render_review((_article("a.txt", "a", UNSURE_YEAR),), URLS).content)[0]
    fixed, problems = apply_overrides(UNSURE_YEAR, snippet["a.txt"])
    assert len(problems) == 1 and fixed.doubts == UNSURE_YEAR.doubts


def test_confirming_people_clears_their_doubts_only():
    meta = _meta(doubts=(*UNSURE_ROLE.doubts, *UNSURE_YEAR.doubts))
    fixed, _ = apply_overrides(meta, {"participants": [{"name": "Khúc Thị Duyên"}]})
    assert [d.field for d in fixed.doubts] == ["date"]


def test_article_page_says_what_is_uncertain_and_links_the_queue():
    content = render_article(_article("a.txt", "a", UNSURE_YEAR), URLS).content
    assert "- Ngày: 22/04 (chưa rõ năm)" in shown(content)
    assert (
        '<div class="admonition warning">\n<p class="admonition-title">Cần rà soát</p>' in content
    )
    assert ("trang Cần rà soát", "can-ra-soat/index.md") in page_links("bai-viet/a.md", content)


def test_home_counts_the_queue_and_the_page_always_exists():
    archive = collect([_article("a.txt", "a", UNSURE_YEAR), _article("c.txt", "c", _meta())])
    pages = {p.path: p.content for p in render_pages(archive, URLS)}
    assert "[Cần rà soát](can-ra-soat/index.md)\n\n    1 bài có giá trị" in pages["index.md"]
    assert "c.txt" not in pages["can-ra-soat/index.md"]
    # An empty queue still has its page, marked empty (the nav leaves it out), and the home
    # page does not link to it.
    none = {
        p.path: p.content for p in render_pages(collect([_article("c.txt", "c", _meta())]), URLS)
    }
    assert "Không có mục nào cần rà soát." in none["can-ra-soat/index.md"]
    assert "empty: true" in none["can-ra-soat/index.md"]
    assert "can-ra-soat" not in none["index.md"]
    empty = {p.path: p.content for p in render_pages(collect([]), URLS)}
    assert "Không có mục nào cần rà soát." in empty["can-ra-soat/index.md"]


def test_a_long_queue_is_split_by_year():
    articles = [
        _article(
            f"{i}.txt", f"a{i}", _meta(date=dt.date(2020 + i % 2, 5, 1), doubts=UNSURE_YEAR.doubts)
        )
        for i in range(302)
    ]
    pages = {p.path: p.content for p in render_pages(collect(articles), URLS)}
    assert "can-ra-soat/2020.md" in pages and "can-ra-soat/2021.md" in pages
    assert "```yaml" not in pages["can-ra-soat/index.md"]
    assert pages["can-ra-soat/2021.md"].count("```yaml") == 151
