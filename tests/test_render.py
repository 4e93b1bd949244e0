import datetime as dt

import markdown

from generator.models import Article, ArticleMeta, Block, BlockKind, Meeting, Participant
from generator.render.articles import render_article
from generator.render.frontmatter import KEY_ORDER, article_fields, dump, load
from generator.render.markdown import escape, relative
from generator.settings import Urls
from tests.conftest import page_links


def _article(**meta) -> Article:
    defaults = {"title": "Tiêu đề", "date": dt.date(2024, 6, 14)}
    defaults.update(meta)
    return Article.of(
        "a.txt", "tieu-de", ArticleMeta(**defaults), (Block(BlockKind.PARAGRAPH, "Thân bài."),)
    )


def test_front_matter_round_trips_in_fixed_order_without_escapes():
    article = _article(
        congress=("XIV",),
        meeting=Meeting(kind="phiên họp", ordinal=1),
        participants=(Participant("Trần Cẩm Tú", "tran-cam-tu", ("Thường trực Ban Bí thư",)),),
    )
    text = dump(article_fields(article))
    assert "\\u" not in text and "Trần Cẩm Tú" in text
    data = load(text)
    assert list(data) == list(KEY_ORDER)
    assert data["date"] == "2024-06-14"
    assert data["meeting"]["ordinal"] == 1
    assert data["participants"][0] == {
        "name": "Trần Cẩm Tú",
        "slug": "tran-cam-tu",
        "roles": ["Thường trực Ban Bí thư"],
        "acts": [],
    }


def _html(text: str) -> str:
    return markdown.markdown(escape(text), extensions=["tables"])


def test_escaped_text_renders_literally():
    hostile = "<script>alert(1)</script> [x](javascript:alert(1)) *b* {{ x }} `c`"
    rendered = _html(hostile)
    assert "<script>" not in rendered and "<a " not in rendered and "<em>" not in rendered
    assert "&lt;script&gt;" in rendered and "{{ x }}" in rendered


def test_block_syntax_at_line_start_stays_text():
    for text in ["# not a heading", "1. not a list", "- not a list", "> not a quote", "+ x"]:
        rendered = _html(text)
        assert rendered.startswith("<p>"), (text, rendered)


def test_relative_links_between_pages():
    assert relative("nguoi/tran-cam-tu.md", "bai-viet/x.md") == "../nguoi/tran-cam-tu.md"
    assert relative("dai-hoi/xiv.md", "index.md") == "dai-hoi/xiv.md"


def test_article_page_shows_vietnamese_metadata_and_links_people():
    article = _article(
        participants=(Participant("Trần Cẩm Tú", "tran-cam-tu", ("Thường trực Ban Bí thư",)),)
    )
    page = render_article(article, Urls())
    assert page.path == "bai-viet/tieu-de.md"
    assert "<strong>Ngày:</strong> 14/06/2024" in page.content
    assert '<a href="../../nguoi/tran-cam-tu/">Trần Cẩm Tú</a>' in page.content
    assert ("Trần Cẩm Tú", "nguoi/tran-cam-tu.md") in page_links(page.path, page.content)
