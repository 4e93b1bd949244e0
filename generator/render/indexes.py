"""Index pages: congresses, people, organizers, meeting kinds, events, periods, home."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence, Sized
from itertools import groupby

from ..collect import Appearance, Archive, Group, PersonEntry
from ..models import Article, Congress, OutputPage
from ..settings import Urls
from ..text import slugify
from ..vnsort import initial
from .common import (
    UNDATED,
    article_day,
    article_item,
    article_list,
    by_month,
    by_year,
    page,
    part_label,
    vn_date,
    year_page,
)
from .html import a, p, strong, table, text, ul
from .markdown import escape, link

LONG_LIST = 300
"""A list of more articles than this is shown one year per page (the year pages of a person,
a congress, an organizer…): no page grows with the archive past a year's worth of articles,
and a changed article re-renders the page of its year, not a list of thousands."""


def _listing(articles: tuple[Article, ...], urls: Urls, here: str) -> list[str]:
    lines: list[str] = []
    for heading, items in by_month(articles):
        lines += [f"### {heading}", "", article_list(items, urls, here), ""]
    return lines


def _count(n: int, rest: str) -> str:
    """ "**n** rest" as a paragraph."""
    return p(f"{strong(str(n))} {rest}")


def article_years(articles: tuple[Article, ...]) -> list[tuple[str, tuple[Article, ...]]]:
    """The year pages of a list of articles; none when it is short enough for one page."""
    return by_year(articles, article_day) if len(articles) > LONG_LIST else []


def appearance_years(entry: PersonEntry) -> list[tuple[str, tuple[Appearance, ...]]]:
    """The year pages of a person's articles; none when they fit on the person's page."""
    if len(entry.appearances) <= LONG_LIST:
        return []
    return by_year(entry.appearances, lambda pair: article_day(pair[0]))


def _year_links(parts: Sequence[tuple[str, Sized]], here: str, urls: Urls) -> list[str]:
    items = [
        f"{a(part_label(part).capitalize(), year_page(here, part), here, urls.directory_urls)}"
        f" — {len(items)} bài"
        for part, items in parts
    ]
    return [p("Danh sách dài nên được chia theo năm:"), "", ul(items), ""]


def render_year_part(
    main: str, title: str, part: str, articles: tuple[Article, ...], urls: Urls
) -> OutputPage:
    """One year of a long list of articles (see LONG_LIST), on a page of its own."""
    path = year_page(main, part)
    others = a("các năm khác", main, path, urls.directory_urls)
    intro = _count(len(articles), f"bài viết, {part_label(part)}; {others}.")
    return page(path, f"{title} — {part_label(part)}", [intro, "", *_listing(articles, urls, path)])


def congress_path(roman: str, urls: Urls) -> str:
    return urls.congress.format(slug=roman.lower())


def present_people(articles: tuple[Article, ...]) -> list[tuple[str, int]]:
    """(slug, articles) of the people most often present, most present first."""
    present = Counter(p.slug for a in articles for p in a.card.participants)
    return sorted(present.items(), key=lambda kv: (-kv[1], kv[0]))[:10]


def render_congress(
    roman: str, articles: tuple[Article, ...], archive: Archive, urls: Urls, info: Congress | None
) -> OutputPage:
    path = congress_path(roman, urls)
    links = urls.directory_urls
    lines = []
    if info:
        lines += [
            p(
                f"Đại hội đại biểu toàn quốc lần thứ {roman} của Đảng họp từ {vn_date(info.start)} "
                f"đến {vn_date(info.end)} tại {text(info.place)}."
            ),
            "",
        ]
    lines += [_count(len(articles), "bài viết."), ""]
    organizers = congress_organizers(articles, archive)
    if organizers:
        lines += ["## Cơ quan tổ chức", ""]
        rows = [
            f"{a(label, urls.organizer.format(slug=slug), path, links)} — {n} bài"
            for slug, label, n in organizers
        ]
        lines += [ul(rows), ""]
    present = present_people(articles)
    if present:
        lines += ["## Người có mặt nhiều nhất", ""]
        rows = [
            f"{a(archive.people[slug].name, urls.person.format(slug=slug), path, links)} — {n} bài"
            for slug, n in present
        ]
        lines += [ul(rows), ""]
    years = article_years(articles)
    lines += ["## Quá trình chuẩn bị, theo tháng" if not years else "## Quá trình chuẩn bị", ""]
    lines += _year_links(years, path, urls) if years else _listing(articles, urls, path)
    return page(path, f"Đại hội {roman}", lines)


def render_congress_index(archive: Archive, urls: Urls) -> OutputPage:
    here, links = urls.congress_index, urls.directory_urls
    rows = [
        f"{a(f'Đại hội {roman}', congress_path(roman, urls), here, links)} — {len(articles)} bài"
        for roman, articles in archive.by_congress.items()
    ]
    return page(
        here,
        "Các kỳ Đại hội",
        [ul(rows) if rows else p("Chưa có bài viết nào gắn với một kỳ Đại hội.")],
        empty=not rows,
    )


def congress_organizers(
    articles: tuple[Article, ...], archive: Archive
) -> list[tuple[str, str, int]]:
    """(slug, label, articles) of the organizers of these articles, most articles first. The
    label is the organizer page's (its spelling in the archive's first article), whatever the
    spelling in these articles: two spellings of one name are one organizer, one link."""
    counts = Counter(slugify(a.card.organizer) for a in articles if a.card.organizer)
    rows = [(slug, archive.organizers[slug].label, n) for slug, n in counts.items()]
    return sorted(rows, key=lambda row: (-row[2], row[1]))


def render_person_index(archive: Archive, urls: Urls) -> OutputPage:
    people = archive.people_sorted()
    here, links = urls.person_index, urls.directory_urls
    lines: list[str] = []
    if people:
        letters = [key for key, _ in groupby(people, key=lambda e: initial(e.name))]
        lines += [
            p(" · ".join(f'<a href="#{_anchor(letter)}">{letter}</a>' for letter in letters)),
            "",
        ]
    for letter, group in groupby(people, key=lambda e: initial(e.name)):
        rows = [
            f"{a(entry.name, urls.person.format(slug=entry.slug), here, links)}"
            f" — {len(entry.appearances)} bài"
            for entry in group
        ]
        lines += [f"## {letter} {{#{_anchor(letter)}}}", "", ul(rows), ""]
    intro = p("Xếp theo tên (chữ cuối của họ tên), theo thứ tự chữ cái tiếng Việt.")
    return page(
        here,
        "Nhân vật",
        [intro, "", *lines] if people else [p("Chưa có nhân vật nào.")],
        empty=not people,
    )


def _anchor(letter: str) -> str:
    from ..text import slugify

    return "chu-" + slugify(letter, fallback="khac") + ("-d" if letter == "Đ" else "")


def render_person(entry: PersonEntry, archive: Archive, urls: Urls) -> OutputPage:
    path = urls.person.format(slug=entry.slug)
    lines = [_count(len(entry.appearances), "bài viết."), ""]
    if entry.variants:
        lines += [p("Cách viết khác: " + ", ".join(text(v) for v in entry.variants)), ""]
    if entry.roles:
        header = ("Chức danh", "Lần đầu", "Lần cuối", "Số bài")
        rows = [
            (text(r.title), vn_date(r.first), vn_date(r.last), str(r.count)) for r in entry.roles
        ]
        lines += ["## Chức danh qua các bài viết", "", table(header, rows), ""]
    lines += ["## Các bài viết", ""]
    years = appearance_years(entry)
    if years:
        lines += _year_links(years, path, urls)
    else:
        lines += [ul(_appearance_item(pair, urls, path) for pair in entry.appearances), ""]
    if entry.companions:
        companions = [
            f"{a(archive.people[slug].name, urls.person.format(slug=slug), path, urls.directory_urls)}"
            f" — {n} bài"
            for slug, n in entry.companions
        ]
        lines += ["## Thường xuất hiện cùng", "", ul(companions)]
    return page(path, entry.name, lines)


def _appearance_item(pair: Appearance, urls: Urls, here: str) -> str:
    article, participation = pair
    if participation is None:
        note = "<em>được nhắc đến</em>"
    else:
        note = text(", ".join(participation.acts or ("có mặt",)))
        if participation.roles:
            note += f" — {text(', '.join(participation.roles))}"
    return article_item(article, urls, here, note)


def render_person_year(
    entry: PersonEntry, part: str, appearances: tuple[Appearance, ...], urls: Urls
) -> OutputPage:
    """One year of a person's articles, when they are too many for the person's page."""
    main = urls.person.format(slug=entry.slug)
    path = year_page(main, part)
    others = a("chức danh và các năm khác", main, path, urls.directory_urls)
    lines = [
        _count(len(appearances), f"bài viết, {part_label(part)}; {others}."),
        "",
        ul(_appearance_item(pair, urls, path) for pair in appearances),
        "",
    ]
    return page(path, f"{entry.name} — {part_label(part)}", lines)


def render_group(group: Group, urls: Urls, one: str, event: bool = False) -> OutputPage:
    """The page of one facet value (organizer, meeting kind, event)."""
    path = one.format(slug=group.slug)
    years = article_years(group.articles)
    listing = _year_links(years, path, urls) if years else _listing(group.articles, urls, path)
    body = [_count(len(group.articles), "bài viết."), "", *listing]
    if event:
        body = [p("Các bài của những cơ quan báo chí khác nhau về cùng một cuộc họp."), "", *body]
    return page(path, group.label, body)


def render_group_index(
    groups: dict[str, Group], urls: Urls, one: str, index: str, title: str, intro: str
) -> OutputPage:
    rows = [
        f"{a(group.label, one.format(slug=group.slug), index, urls.directory_urls)}"
        f" — {len(group.articles)} bài"
        for group in sorted(groups.values(), key=lambda g: (-len(g.articles), g.label))
    ]
    listing = ul(rows) if rows else p("Chưa có mục nào.")
    return page(index, title, [p(text(intro)), "", listing], empty=not rows)


def render_year(year: int, articles: tuple[Article, ...], urls: Urls) -> OutputPage:
    path = urls.year.format(slug=year)
    return page(
        path,
        f"Năm {year}",
        [_count(len(articles), "bài viết."), "", *_listing(articles, urls, path)],
    )


def render_period_index(archive: Archive, urls: Urls) -> OutputPage:
    here, links = urls.period_index, urls.directory_urls
    rows = [
        f"{a(f'Năm {year}', urls.year.format(slug=year), here, links)} — {len(articles)} bài"
        for year, articles in archive.years.items()
    ]
    if archive.undated:
        target = urls.year.format(slug=UNDATED)
        rows.append(f"{a('Không rõ ngày', target, here, links)} — {len(archive.undated)} bài")
    listing = ul(rows) if rows else p("Chưa có bài viết nào.")
    return page(here, "Theo thời gian", [listing], empty=not rows)


def render_undated(articles: tuple[Article, ...], urls: Urls) -> OutputPage:
    """The articles whose event date is unknown (their pages say "không rõ ngày")."""
    path = urls.year.format(slug=UNDATED)
    lines = [
        _count(
            len(articles),
            "bài viết không rõ ngày diễn ra sự kiện. Bên cạnh mỗi bài là ngày "
            'đăng ("đăng …") hoặc ngày và tháng chưa rõ năm, nếu bài có.',
        ),
        "",
        article_list(articles, urls, path),
        "",
    ]
    return page(path, "Không rõ ngày", lines)


def render_article_index(archive: Archive, urls: Urls, count: int = 50) -> OutputPage:
    path = urls.article_index
    everything = a("theo thời gian", urls.period_index, path, urls.directory_urls)
    lines = [
        p(
            f"Kho có {strong(str(len(archive.articles)))} bài viết. Dưới đây là "
            f"{min(count, len(archive.articles))} bài mới nhất; xem tất cả {everything}."
        ),
        "",
    ]
    latest = archive.latest(count)
    if latest:
        lines.append(article_list(latest, urls, path))
    return page(path, "Bài viết", lines, empty=not archive.articles)


HOME_TITLE = "Trang chủ"
"""The home page's title in the nav and the browser tab (the heading is the site's name)."""


def render_home(
    archive: Archive, urls: Urls, has_chart: bool, congresses: dict[str, Congress] | None = None
) -> OutputPage:
    """Each congress as a card, the people most present, the latest articles, the chart and
    the ways into the archive, in Material's grid cards."""
    path = urls.home
    if not archive.articles:
        return page(
            path,
            HOME_TITLE,
            [
                "Chưa có bài viết nào: hãy thêm tệp văn bản vào thư mục `seeds/` rồi chạy lại "
                "trình tạo."
            ],
            heading="Kho tin Đại hội Đảng",
        )
    lines = [
        "Kho lưu trữ tin tức về công tác chuẩn bị và tổ chức các kỳ Đại hội đại biểu toàn quốc "
        f"của Đảng Cộng sản Việt Nam: **{len(archive.articles)}** bài viết, "
        f"**{len(archive.people)}** nhân vật.",
        "",
    ]
    if archive.by_congress:
        lines += ["## Các kỳ Đại hội", "", '<div class="grid cards" markdown>', ""]
        for roman in reversed(archive.by_congress):
            lines += _congress_card(roman, archive, urls, (congresses or {}).get(roman))
        lines += ["</div>", ""]
    present = present_people(archive.articles)[:8]
    if present:
        lines += ["## Những người có mặt nhiều nhất", "", '<div class="grid" markdown>', ""]
        for slug, n in present:
            name = archive.people[slug].name
            target = urls.person.format(slug=slug)
            lines += [f"{link(name, target, path)} — có mặt trong {n} bài", "{ .card }", ""]
        lines += ["</div>", ""]
    lines += ["## Bài mới nhất", "", article_list(archive.latest(10), urls, path)]
    lines += ["", f"{link('Tất cả bài viết', urls.article_index, path)}", ""]
    if has_chart:
        lines += [
            "## Số bài theo tháng",
            "",
            f"![Biểu đồ số bài viết theo tháng, tô màu theo kỳ Đại hội]({urls.chart})",
            "",
        ]
    lines += ["## Tra cứu", "", '<div class="grid cards" markdown>', ""]
    for title, target, what in _ways_in(archive, urls):
        lines += [f"-   {link(title, target, path)}", "", f"    {what}", ""]
    lines += ["</div>", ""]
    return page(path, HOME_TITLE, lines, heading="Kho tin Đại hội Đảng")


def _congress_card(roman: str, archive: Archive, urls: Urls, info: Congress | None) -> list[str]:
    articles = archive.by_congress[roman]
    here = urls.home
    lines = [f"-   **{link(f'Đại hội {roman}', congress_path(roman, urls), here)}**", ""]
    if info:
        lines += [f"    {vn_date(info.start)} – {vn_date(info.end)}, {escape(info.place)}", ""]
    lines += [f"    **{len(articles)}** bài viết", ""]
    organizers = congress_organizers(articles, archive)[:4]
    lines += [
        f"    - {link(label, urls.organizer.format(slug=slug), here)} — {n} bài"
        for slug, label, n in organizers
    ]
    return [*lines, ""] if organizers else lines


def _ways_in(archive: Archive, urls: Urls) -> list[tuple[str, str, str]]:
    """(title, page, what it holds) of the listings with something in them: none links to
    an empty page."""
    ways = [
        ("Theo thời gian", urls.period_index, f"{len(archive.years)} năm, theo tháng"),
        ("Nhân vật", urls.person_index, f"{len(archive.people)} người, theo tên"),
        ("Cơ quan tổ chức", urls.organizer_index, f"{len(archive.organizers)} cơ quan, tiểu ban"),
        ("Loại cuộc họp", urls.kind_index, f"{len(archive.kinds)} loại"),
        ("Sự kiện", urls.event_index, f"{len(archive.events)} cuộc họp có nhiều bài đưa tin"),
        (
            "Cần rà soát",
            urls.review,
            f"{len(archive.to_review)} bài có giá trị cần người biên tập xem lại",
        ),
        ("Tải dữ liệu", urls.data_index, "JSON, CSV, SQLite và nguồn tin Atom"),
    ]
    counts = [
        len(archive.years) + len(archive.undated),
        len(archive.people),
        len(archive.organizers),
        len(archive.kinds),
        len(archive.events),
        len(archive.to_review),
        1,
    ]
    return [way for way, n in zip(ways, counts, strict=True) if n]
