"""Index builders: membership, order, counts, role history, events, companions, variants."""

from __future__ import annotations

import datetime as dt

from generator.collect import Remembered, collect, event_key
from generator.models import Article, ArticleMeta, Block, BlockKind, Meeting, Mention, Participant
from generator.text import slugify
from generator.vnsort import initial, person_key, text_key


def make(
    slug,
    day=None,
    congress=("XIV",),
    people=(),
    mentioned=(),
    organizer=None,
    ordinal=None,
    source=None,
):
    meta = ArticleMeta(
        title=slug,
        date=day,
        congress=congress,
        meeting=Meeting(
            kind="phiên họp" if organizer else None, organizer=organizer, ordinal=ordinal
        ),
        participants=tuple(Participant(n, slugify(n), tuple(r), ("dự",)) for n, r in people),
        mentioned=tuple(Mention(n, slugify(n)) for n in mentioned),
        source=source,
    )
    return Article.of(f"{slug}.txt", slug, meta, (Block(BlockKind.PARAGRAPH, "x"),))


D = dt.date
ORG = "Tiểu ban Tổ chức phục vụ Đại hội XIV của Đảng"


def test_congress_index_membership_and_date_order():
    archive = collect(
        [make("b", D(2025, 4, 2)), make("a", D(2024, 3, 7)), make("c", D(2020, 1, 1), ("XIII",))]
    )
    assert list(archive.by_congress) == ["XIII", "XIV"]
    assert [a.slug for a in archive.by_congress["XIV"]] == ["a", "b"]
    assert list(archive.years) == [2020, 2024, 2025]


def test_role_history_first_and_last_dated_article():
    archive = collect(
        [
            make("a", D(2024, 11, 1), people=[("Trần Cẩm Tú", ["Thường trực Ban Bí thư"])]),
            make(
                "b",
                D(2021, 5, 1),
                people=[("Trần Cẩm Tú", ["Chủ nhiệm Ủy ban Kiểm tra Trung ương"])],
            ),
            make(
                "c",
                D(2025, 4, 2),
                people=[("Trần Cẩm Tú", ["Thường trực Ban Bí thư", "Ủy viên Bộ Chính trị"])],
            ),
        ]
    )
    roles = {r.title: (r.first, r.last, r.count) for r in archive.people["tran-cam-tu"].roles}
    assert roles == {
        "Chủ nhiệm Ủy ban Kiểm tra Trung ương": (D(2021, 5, 1), D(2021, 5, 1), 1),
        "Thường trực Ban Bí thư": (D(2024, 11, 1), D(2025, 4, 2), 2),
        "Ủy viên Bộ Chính trị": (D(2025, 4, 2), D(2025, 4, 2), 1),
    }
    assert (
        next(r.title for r in archive.people["tran-cam-tu"].roles)
        == "Chủ nhiệm Ủy ban Kiểm tra Trung ương"
    )


def test_mentions_and_companions():
    archive = collect(
        [
            make(
                "a",
                D(2024, 1, 1),
                people=[("Tô Lâm", []), ("Lương Cường", [])],
                mentioned=["Nguyễn Phú Trọng"],
            ),
            make(
                "b",
                D(2024, 2, 1),
                people=[("Tô Lâm", []), ("Lương Cường", []), ("Phạm Minh Chính", [])],
            ),
        ]
    )
    assert archive.people["nguyen-phu-trong"].appearances[0][1] is None
    assert archive.people["to-lam"].companions == (("luong-cuong", 2), ("pham-minh-chinh", 1))


def test_people_facts_remembered_from_the_last_run_only_while_their_articles_are_unchanged():
    articles = [
        make("a", D(2024, 1, 1), people=[("Tô Lâm", ["Tổng Bí thư"]), ("Lương Cường", [])]),
        make("b", D(2024, 2, 1), people=[("Phạm Minh Chính", [])], mentioned=["Tô Lâm"]),
    ]
    last = Remembered()
    collect(articles, remembered=last)
    assert len(last.used) == 3  # one entry per person
    # What is remembered is used as it is (here a marked name shows that it was)...
    marked = {d: ("* " + facts[0], *facts[1:]) for d, facts in last.used.items()}
    again = collect(articles, remembered=Remembered(marked))
    assert {p.name for p in again.people.values()} == {
        "* Tô Lâm",
        "* Lương Cường",
        "* Phạm Minh Chính",
    }
    # ...but an added article changes the facts of the people it names, and only theirs.
    added = make("c", D(2024, 3, 1), people=[("Tô Lâm", ["Chủ tịch nước"]), ("Lương Cường", [])])
    now = Remembered(marked)
    archive = collect([*articles, added], remembered=now)
    assert archive.people["pham-minh-chinh"].name == "* Phạm Minh Chính"
    fresh = collect([*articles, added])
    for slug in ("to-lam", "luong-cuong"):
        assert archive.people[slug] == fresh.people[slug]
    assert [r.title for r in archive.people["to-lam"].roles] == ["Tổng Bí thư", "Chủ tịch nước"]
    assert len(now.used) == 3  # stale facts are not kept


def test_spelling_variants_merge_into_one_person():
    archive = collect(
        [
            make("a", D(2024, 1, 1), people=[("Nguyễn Hoà Bình", [])]),
            make("b", D(2024, 2, 1), people=[("Nguyễn Hòa Bình", [])]),
        ],
        aliases={"Nguyễn Hoà Bình": "Nguyễn Hòa Bình", "Nguyễn Hòa Bình": "Nguyễn Hòa Bình"},
    )
    entries = [p for p in archive.people.values() if "Bình" in p.name]
    assert len(entries) == 1 and entries[0].name == "Nguyễn Hòa Bình"
    assert entries[0].variants == ("Nguyễn Hoà Bình",)


def test_reports_of_one_meeting_form_an_event():
    archive = collect(
        [
            make("nhandan", D(2024, 3, 7), organizer=ORG, ordinal=1, source="Nhân Dân"),
            make("laodong", D(2024, 3, 7), organizer=ORG, ordinal=1, source="Lao Động"),
            make("undated", None, organizer=ORG, ordinal=1),
            make("other-day", D(2024, 4, 7), organizer=ORG, ordinal=2),
            make("no-organizer", D(2024, 3, 7)),
        ]
    )
    assert len(archive.events) == 1
    event = next(iter(archive.events.values()))
    assert {a.slug for a in event.articles} == {"nhandan", "laodong", "undated"}
    assert archive.event_of["laodong"] == event.slug and "other-day" not in archive.event_of
    assert event_key(make("x")) is None


def test_organizer_and_kind_facets_count_articles():
    archive = collect(
        [make("a", D(2024, 1, 1), organizer=ORG), make("b", D(2024, 2, 1), organizer=ORG)]
    )
    group = archive.organizers[slugify(ORG)]
    assert group.label == ORG and [a.slug for a in group.articles] == ["a", "b"]
    assert list(archive.kinds) == ["phien-hop"]


def test_vietnamese_dictionary_order():
    names = [
        "Trần Cẩm Tú",
        "Tô Lâm",
        "Đào Hồng Lan",
        "Lê Văn Dũng",
        "Nguyễn Văn Đức",
        "Võ Ăn",
        "Trần Thị An",
        "Lê Âu",
    ]
    assert sorted(names, key=person_key) == [
        "Trần Thị An",
        "Võ Ăn",
        "Lê Âu",
        "Lê Văn Dũng",
        "Nguyễn Văn Đức",
        "Đào Hồng Lan",
        "Tô Lâm",
        "Trần Cẩm Tú",
    ]
    assert sorted(["mạ", "ma", "mà", "má", "mả", "mã", "mai"], key=text_key) == [
        "ma",
        "mà",
        "mả",
        "mã",
        "má",
        "mạ",
        "mai",
    ]
    assert sorted(["đa", "da", "e", "ê", "dz"], key=text_key) == ["da", "dz", "đa", "e", "ê"]
    assert [initial(n) for n in ("Nguyễn Văn Đức", "Trần Cẩm Tú", "Võ Ăn")] == ["Đ", "T", "Ă"]


def test_people_sorted_for_the_index():
    archive = collect(
        [
            make(
                "a",
                D(2024, 1, 1),
                people=[("Trần Cẩm Tú", []), ("Tô Lâm", []), ("Lương Cường", [])],
            )
        ]
    )
    assert [p.name for p in archive.people_sorted()] == ["Lương Cường", "Tô Lâm", "Trần Cẩm Tú"]
