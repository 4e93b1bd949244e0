"""Event dates: the day as the press writes it, the year weighed from every clue.

Probes, one per construction or clue, written for these tests (not taken from any article).
"""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.calendar import local_term_clue
from generator.extract.clues import Clue, stated_year_clues
from generator.extract.dates import decide, event_date, published_date
from generator.extract.daytext import EventDay
from generator.models import Participant

from .helpers import article

TITLE = "Tiêu đề của một bài viết mẫu\n"


def found(text: str, knowledge, congress: tuple[str, ...] = (), people=()):
    return event_date(article(TITLE + text), knowledge, congress, tuple(people))


@pytest.mark.parametrize(
    "text, expected, inferred",
    [
        ("Ngày 21-8-2024, tại Hà Nội, Tiểu ban họp.", dt.date(2024, 8, 21), False),
        ("Chiều 28/12/2023, tại Hà Nội, Văn phòng họp.", dt.date(2023, 12, 28), False),
        ("Thứ Sáu, 14/6/2024\nSáng 13/6, Tiểu ban họp.", dt.date(2024, 6, 13), True),
        (
            "Thứ Bảy, 31-10-2020, 04:36\nChiều ngày 30-10, Tiểu ban họp.",
            dt.date(2020, 10, 30),
            True,
        ),
        ("19/12/2025 21:48\nChiều 19/12, Tiểu ban họp.", dt.date(2025, 12, 19), True),
        # Reported after New Year about the old year.
        ("Thứ Hai, 4/1/2021\nChiều ngày 30-12, Ban họp giao ban.", dt.date(2020, 12, 30), True),
        # Header month only.
        (" date 2025-04 Sáng 2/4, Tiểu ban họp phiên thứ ba.", dt.date(2025, 4, 2), True),
        # Dot separator, year from the year under review.
        ("Ngày 29.12, Văn phòng tổng kết công tác năm 2021.", dt.date(2021, 12, 29), True),
        # The day in words, with its year.
        ("Sáng ngày 5 tháng 3 năm 2024, Hội đồng họp.", dt.date(2024, 3, 5), False),
        # A two-day meeting is dated by its first day.
        ("Trong 2 ngày 3 và 4/5/2022, Ban Thường vụ họp bàn.", dt.date(2022, 5, 3), False),
        ("Từ ngày 10 đến 12/6/2023, đoàn công tác làm việc.", dt.date(2023, 6, 10), False),
        # "Today" with the day in brackets, dated by the page.
        ("Ngày đăng: 13/08/2024\nHôm nay (13/8), Ban Biên tập họp.", dt.date(2024, 8, 13), True),
        (" date 2025-09-02 Sáng nay (2/9), Hội đồng họp.", dt.date(2025, 9, 2), True),
        # The year written next to the month in the event sentence is stated, not inferred.
        (
            "Ngày 15/8, Ban Tuyên giáo tổ chức hội nghị báo cáo viên tháng 8/2025.",
            dt.date(2025, 8, 15),
            False,
        ),
    ],
)
def test_event_date_formats(knowledge, text, expected, inferred):
    got = found(text, knowledge)
    assert (got.date, got.inferred) == (expected, inferred)
    assert got.evidence is not None
    assert bool(got.doubts) == inferred  # every year from context goes to the review page


@pytest.mark.parametrize(
    "text",
    [
        "Theo Quyết định số 226-QĐ/TW, ngày 22-5-2020 của Ban Chấp hành Trung ương, Tiểu ban họp.",
        "Tiểu ban phải hoàn thành trước ngày 15/3 các báo cáo.",
        "Kể từ sau phiên họp cuối tháng 11/2025 đến nay, các cơ quan đã làm tốt.",
        "Trước đó, ngày 3/4, Tiểu ban đã họp phiên thứ nhất.",
        "Dự kiến ngày 20/1, Đại hội khai mạc.",
        "Sáng mai (14/1), các đoàn sẽ tổng duyệt lần cuối.",
        "Kết quả công tác trong tuần từ ngày 8 đến 14-6-2020 đã được báo cáo.",
        "Chiến lược phát triển giai đoạn 2021 - 2030 được thảo luận.",
    ],
)
def test_distractor_dates_are_not_the_event(knowledge, text):
    assert found(text, knowledge) == event_date(article(TITLE + "Thân bài."), knowledge, ())
    assert found(text, knowledge).date is None


def test_the_event_day_follows_a_distractor_in_the_same_lead(knowledge):
    got = found(
        "Chiều 12/1/2026, Tiểu ban họp rút kinh nghiệm. Sáng mai (13/1) sẽ tổng duyệt.", knowledge
    )
    assert got.date == dt.date(2026, 1, 12)


def test_a_caption_about_an_earlier_meeting_loses_to_the_lead(knowledge):
    text = (
        "Bộ Chính trị tổ chức hội nghị trong 2 ngày 8 và 9/10/2015 tại Hà Nội.\n"
        "Tổng Bí thư chủ trì phiên họp của Tiểu ban ngày 5/6/2015. Ảnh: TTXVN\n"
        "Các ý kiến góp ý sâu vào dự thảo."
    )
    assert found(text, knowledge).date == dt.date(2015, 10, 8)


def test_text_without_a_day_has_no_date(knowledge):
    got = found("Tiểu ban họp phiên thứ nhất.", knowledge, ("XIV",))
    assert (got.date, got.partial, got.doubts) == (None, None, ())


def test_congress_window_and_office_tenures_choose_the_year(knowledge):
    chair = Participant("Trương Thị Mai", "truong-thi-mai", ("Thường trực Ban Bí thư",))
    text = "Ngày 7.3, Tiểu ban Tổ chức phục vụ Đại hội XIV của Đảng họp."
    got = found(text, knowledge, ("XIV",), (chair,))
    assert (got.date, got.inferred) == (dt.date(2024, 3, 7), True)
    assert "Trương Thị Mai" in got.doubts[0].reason


def test_rehearsals_put_a_preparation_meeting_in_the_last_year_before_the_congress(knowledge):
    # Changed: the preparation window alone (2014, 2015, 2016) no longer picks its last year;
    # the rehearsal, a topic of the last months, does, and the page says so.
    got = found(
        "Chiều 5/1, Tiểu ban họp, chuẩn bị diễn tập phục vụ Đại hội XII.", knowledge, ("XII",)
    )
    assert got.date == dt.date(2016, 1, 5)
    assert "manh mối yếu" in got.doubts[0].reason


def test_a_first_sitting_puts_a_preparation_meeting_in_the_first_months(knowledge):
    text = "Chiều 10/7, Tiểu ban Điều lệ Đại hội XIII họp phiên đầu tiên, bàn dự thảo đề cương."
    assert found(text, knowledge, ("XIII",)).date == dt.date(2019, 7, 10)


def test_review_conference_follows_the_congress(knowledge):
    text = "Chiều 22/4, Tiểu ban tổ chức Hội nghị tổng kết công tác phục vụ Đại hội XIII."
    assert found(text, knowledge, ("XIII",)).date == dt.date(2021, 4, 22)


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 22-4, Bộ Tổng Tham mưu tổ chức hội nghị tổng kết công tác bảo đảm quốc phòng, an "
        "ninh, an toàn phục vụ Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.",
        "Ngày 22-4, Bộ Tư lệnh tổ chức hội nghị rút kinh nghiệm công tác bảo đảm an ninh khu vực "
        "biên giới phục vụ Đại hội XIII của Đảng.",
    ],
)
def test_a_review_of_the_work_that_served_the_congress_follows_it(knowledge, text):
    # within 400 days of the closing (1/2/2021): 22/4/2021, not 22/4/2022
    assert found(text, knowledge, ("XIII",)).date == dt.date(2021, 4, 22)


def test_lessons_of_a_rehearsal_come_before_the_congress(knowledge):
    text = (
        "Ngày 10-1, Tiểu ban họp rút kinh nghiệm buổi sơ duyệt phục vụ Đại hội XIII của Đảng, "
        "chuẩn bị cho buổi tổng duyệt."
    )
    assert found(text, knowledge, ("XIII",)).date == dt.date(2021, 1, 10)


def test_former_office_holder_dates_after_the_tenure(knowledge):
    former = Participant("Trần Quốc Vượng", "tran-quoc-vuong", ("nguyên Thường trực Ban Bí thư",))
    text = "Chiều 22/4, Tiểu ban tổng kết công tác phục vụ Đại hội XIII."
    assert found(text, knowledge, ("XIII",), (former,)).date == dt.date(2021, 4, 22)


def test_a_title_after_nguyen_in_the_same_chain_is_past_too(knowledge):
    text = (
        "Chiều 22/4, Tiểu ban tổ chức Hội nghị tổng kết công tác phục vụ Đại hội XIII. Dự có "
        "đồng chí Trần Quốc Vượng, nguyên Ủy viên Bộ Chính trị, Thường trực Ban Bí thư."
    )
    assert found(text, knowledge, ("XIII",)).date == dt.date(2021, 4, 22)


def test_a_leader_named_with_a_present_title_held_it_that_day(knowledge):
    text = (
        "Sáng 21/6, hai Tổ Biên tập của các Tiểu ban Đại hội XIV làm việc theo chỉ đạo của "
        "đồng chí Tổng Bí thư Nguyễn Phú Trọng."
    )
    assert found(text, knowledge, ("XIV",)).date == dt.date(2024, 6, 21)


def test_two_offices_held_together_narrow_to_their_overlap(knowledge):
    text = "Hôm nay (13/8), Tổng Bí thư, Chủ tịch nước Tô Lâm chủ trì họp Tiểu ban Văn kiện."
    assert found(text, knowledge, ("XIV",)).date == dt.date(2024, 8, 13)


def test_a_weekday_with_the_day_narrows_the_year(knowledge):
    text = "Chiều thứ Tư, 13/8, Thường trực Tiểu ban Văn kiện Đại hội XIV của Đảng họp."
    assert found(text, knowledge, ("XIV",)).date == dt.date(2025, 8, 13)
    alone = found("Sáng thứ Sáu (7/3), Hội đồng họp.", knowledge)
    assert (alone.date, alone.partial) == (None, "--03-07")  # a weekday alone leaves many years


@pytest.mark.parametrize(
    "text, congress, expected",
    [
        # A period the event sentence reviews.
        ("Chiều 28/6, Ban Tổ chức giao ban đánh giá công tác quý II năm 2022.", (), (2022, 6, 28)),
        ("Sáng 10/7, Văn phòng sơ kết công tác 6 tháng đầu năm 2023.", (), (2023, 7, 10)),
        # The same day written with its year further on.
        (
            "Chiều 7/1, Thường trực Ban Bí thư làm việc. Tính đến ngày 7/1/2026, mọi việc xong.",
            (),
            (2026, 1, 7),
        ),
        # A word no report could use before 2020.
        (
            "Ngày 28/8, Tiểu ban Kinh tế - Xã hội chuẩn bị Đại hội XIII họp, bàn cách vượt qua "
            "đại dịch COVID-19.",
            ("XIII",),
            (2020, 8, 28),
        ),
        # The first session of a National Assembly term.
        (
            "Hôm nay (20/7), Kỳ họp thứ nhất Quốc hội khóa XV khai mạc tại Hà Nội.",
            (),
            (2021, 7, 20),
        ),
        # A local congress opening a term is held in its first year, prepared from the year before.
        (
            "Ngày 3-3, Tiểu ban Văn kiện Đại hội Đảng bộ huyện lần thứ XV, nhiệm kỳ 2025 - 2030 họp.",
            (),
            (2025, 3, 3),
        ),
        # A capture time in a screenshot's name: the event came shortly before.
        (
            "Chiều 24-9, Tỉnh ủy họp Tiểu ban Văn kiện Đại hội Đảng bộ tỉnh, nhiệm kỳ 2020 - 2025."
            "\nIMG_20190925_081500.jpg",
            (),
            (2019, 9, 24),
        ),
        # An update stamp: the event came on or before it.
        (
            "[ Cập nhật vào ngày (02/08/2019) ] - [ Số lần xem: 12 ]\nNgày 31/7, Tỉnh ủy họp.",
            (),
            (2019, 7, 31),
        ),
        # an update stamped on the event's own day and month: that year, not one before
        (
            "Cập nhật 14:20, 13/08/2025\nSáng 13/8, Tiểu ban Tổ chức phục vụ Đại hội XIV họp.",
            ("XIV",),
            (2025, 8, 13),
        ),
    ],
)
def test_context_clues_give_the_year(knowledge, text, congress, expected):
    got = found(text, knowledge, congress)
    assert (got.date, got.inferred) == (dt.date(*expected), True)
    assert got.doubts and got.doubts[0].field == "date"
    assert got.doubts[0].value == dt.date(*expected).isoformat()


def test_a_site_clock_loses_to_an_office_holder(knowledge):
    text = "Thứ Hai, 3/6/2024\nSáng 2/6, Thường trực Ban Bí thư Trương Thị Mai chủ trì hội nghị."
    got = found(text, knowledge)
    assert got.date == dt.date(2023, 6, 2)
    assert "Không khớp" in got.doubts[0].reason  # the clock is listed as a conflict


@pytest.mark.parametrize(
    "text, congress, partial, words",
    [
        # A publication stamp and a tenure that ended before it disagree.
        (
            "Ngày đăng: 10/06/2024\nSáng 8/6, Thường trực Ban Bí thư Trương Thị Mai dự hội nghị.",
            (),
            "--06-08",
            "mâu thuẫn",
        ),
        # A review after congress XIII attended by a General Secretary of 2024.
        (
            "Chiều 22/4, Tiểu ban tổ chức Hội nghị tổng kết công tác phục vụ Đại hội XIII; "
            "Tổng Bí thư Tô Lâm dự.",
            ("XIII",),
            "--04-22",
            "mâu thuẫn",
        ),
        # Two years fit and nothing decides between them.
        (
            "Sáng 1/10, Thường trực Tiểu ban Kinh tế - Xã hội Đại hội XIII họp.",
            ("XIII",),
            "--10-01",
            "2019, 2020",
        ),
        # No clue at all.
        ("Chiều 5/5, Hội đồng họp.", (), "--05-05", "không có manh mối"),
        # A meeting about a congress's resolution is no preparation meeting.
        ("Chiều 5/1, Hội Nông dân học tập Nghị quyết Đại hội XIII.", ("XIII",), "--01-05", "không"),
    ],
)
def test_unsettled_years_are_left_unknown_and_explained(knowledge, text, congress, partial, words):
    got = found(text, knowledge, congress)
    assert (got.date, got.inferred, got.partial) == (None, False, partial)
    assert len(got.doubts) == 1 and got.doubts[0].value == partial
    assert words in got.doubts[0].reason
    assert got.doubts[0].evidence == got.evidence


def test_an_uncertain_entry_never_decides_a_year_alone():
    event = EventDay(9, 9, None, None, "Sáng 9/9, Hội đồng họp.")
    two_years = Clue("A", ((dt.date(2019, 1, 1), dt.date(2020, 12, 31)),))
    unsure = Clue("B", ((dt.date(2020, 1, 1), dt.date(2020, 12, 31)),), uncertain=True)
    assert decide(event, [two_years, unsure]).date is None
    sure = Clue("B", ((dt.date(2020, 1, 1), dt.date(2020, 12, 31)),))
    assert decide(event, [two_years, sure]).date == dt.date(2020, 9, 9)


@pytest.mark.parametrize(
    "header, expected",
    [
        ("Thứ Sáu, 14/6/2024", (2024, 6, 14)),
        ("Chủ Nhật, Tháng Sáu 23, 2024", (2024, 6, 23)),
        ("Thứ Tư, 14/1/2026 - 20:15", (2026, 1, 14)),
        ("Ngày đăng: 09/11/2018", (2018, 11, 9)),
        ("[ Cập nhật vào ngày (01/08/2019) ] - [ Số lần xem: 227 ]", (2019, 8, 1)),
        ("07:30:00 09/08/2019", (2019, 8, 9)),
        ("Ngày xuất bản: 12/03/2024 08:15", (2024, 3, 12)),
    ],
)
def test_published_date_from_page_header(header, expected):
    assert published_date(article(header + "\n" + TITLE + "Thân bài.")) == dt.date(*expected)


def test_a_capture_time_is_not_the_publication_date():
    assert published_date(article(TITLE + "Thân bài.\nvlcsnap-2019-09-25-08h33m13s901")) is None
    assert published_date(article(TITLE + "Thân bài.")) is None


@pytest.mark.parametrize(
    "text, month, year",
    [
        ("Hội nghị tổng kết công tác năm 2021, triển khai nhiệm vụ năm 2022", 12, 2021),
        ("Hội nghị tổng kết năm 2021", 1, 2022),
        ("Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025", 2, 2020),
        ("Không có năm nào ở đây", 3, None),
    ],
)
def test_year_stated_in_the_text(text, month, year):
    clues = stated_year_clues(text, text) + local_term_clue(text)
    years = {y for y in range(1990, 2040) if all(c.allows(dt.date(y, month, 15)) for c in clues)}
    assert (years.pop() if len(years) == 1 else None) == year


def test_planned_year(knowledge):
    text = "Sáng 10-1, Văn phòng tổ chức Hội nghị triển khai nhiệm vụ năm 2023. Trong năm 2022, …"
    assert found(text, knowledge).date == dt.date(2023, 1, 10)


def test_an_anniversary_is_not_the_event(knowledge):
    text = "Nhân dịp kỷ niệm ngày 30/4, sáng 25/4/2025, Thành ủy tổ chức gặp mặt."
    assert found(text, knowledge).date == dt.date(2025, 4, 25)


def test_a_sitting_of_the_congress_is_within_its_days(knowledge):
    text = "Sáng 20/1, Đại hội XIV của Đảng bước vào ngày làm việc thứ hai."
    assert found(text, knowledge, ("XIV",)).date == dt.date(2026, 1, 20)
    closing = "Chiều 1/2, phiên bế mạc Đại hội đại biểu toàn quốc lần thứ XIII diễn ra."
    assert found(closing, knowledge, ("XIII",)).date == dt.date(2021, 2, 1)


def test_a_seat_before_the_curated_terms_rules_nothing_out(knowledge):
    # The Politburo lists start with term XI (19/1/2011): a member named a week before the
    # XI congress may have sat on the X Politburo, which the data does not hold.
    got = found(
        "Chiều 8/1, đồng chí Trương Tấn Sang, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư kiểm "
        "tra công tác chuẩn bị Đại hội XI. Phương án đón tiếp đại biểu đã sẵn sàng.",
        knowledge,
        ("XI",),
    )
    assert got.date == dt.date(2011, 1, 8)


def test_a_title_recalled_from_a_lifetime_does_not_date_the_event(knowledge):
    got = found(
        "Sáng 22/4, Tiểu ban Văn kiện Đại hội XIV họp. Tinh thần mà Tổng Bí thư Nguyễn Phú "
        "Trọng lúc sinh thời nhiều lần căn dặn cần được quán triệt.",
        knowledge,
        ("XIV",),
    )
    assert all("Nguyễn Phú Trọng" not in d.reason for d in got.doubts)


def test_a_few_words_between_preparing_and_the_congress(knowledge):
    got = found(
        "Ngày 29.12, đoàn công tác kiểm tra công tác chuẩn bị Trung tâm Báo chí Đại hội XIV.",
        knowledge,
        ("XIV",),
    )
    assert got.date == dt.date(2025, 12, 29)


@pytest.mark.parametrize(
    "text, expected",
    [
        # told relative to the page's own publication date
        (
            "Thứ Ba, 22/12/2020 - 15:00\nSáng nay, Bộ tổ chức hội nghị tổng kết.",
            dt.date(2020, 12, 22),
        ),
        ("Thứ Ba, 22/12/2020 - 15:00\nHôm qua, Ban tổ chức giao ban.", dt.date(2020, 12, 21)),
        (
            "Thứ Tư, 15/10/2025, 06:00\nTại họp báo chiều thứ Ba, ông A thông tin.",
            dt.date(2025, 10, 14),
        ),
        # "Hôm 5/10": the day, its year from the page's ISO stamp
        (
            "2020-10-06T07:00:00+07:00\nHôm 5/10, Tiểu ban Văn kiện Đại hội XIII họp phiên toàn thể.",
            dt.date(2020, 10, 5),
        ),
        # "thứ Sáu tuần trước" on a Saturday: the Friday of the week before, not the day before
        (
            "Thứ Bảy, 14/03/2020 08:00\nChiều thứ Sáu tuần trước, Tiểu ban Văn kiện Đại hội XIII "
            "họp phiên toàn thể.",
            dt.date(2020, 3, 6),
        ),
        # a dateline with the city: "HÀ NỘI, 13/3 –"
        (
            "Thứ Bảy, 14/03/2020 08:00\nHÀ NỘI, 13/3 – Tiểu ban Văn kiện Đại hội XIII họp phiên "
            "toàn thể.",
            dt.date(2020, 3, 13),
        ),
        # stamps side by side: the publication's, not the update's, dates "sáng nay"
        (
            "Cập nhật: 17/01/2026 11:05 | Đăng: 17/01/2026 07:30\nSáng nay, Tiểu ban Tổ chức phục "
            "vụ Đại hội XIV tổng duyệt lần thứ hai.",
            dt.date(2026, 1, 17),
        ),
        # a site clock alone does not anchor "sáng nay"
        ("Thứ Ba, 22/12/2020\nSáng nay, Bộ tổ chức hội nghị.", None),
        # the lead's relative day wins over a day written further on (an earlier meeting's)
        (
            "Thứ Ba, 16/09/2014 08:15\nChiều hôm qua, tại Hà Nội, Thủ tướng Nguyễn Tấn Dũng chủ trì phiên "
            "họp thứ hai của Tiểu ban Kinh tế - Xã hội để cho ý kiến về dự thảo Báo cáo.\n\n"
            "Thủ tướng yêu cầu so sánh với phiên họp ngày 11/7 để thấy rõ điểm mới.",
            dt.date(2014, 9, 15),
        ),
    ],
)
def test_a_day_told_relative_to_the_page(knowledge, text, expected):
    got = found(text, knowledge)
    assert got.date == expected
    if expected:
        assert got.inferred and got.doubts


def test_a_day_the_sentence_puts_ahead_is_not_the_event(knowledge):
    got = found(
        "Kỳ họp thứ mười, khai mạc ngày 20/10, sẽ xem xét nhiều luật. Chiều 14/10, Văn phòng họp báo.",
        knowledge,
    )
    assert got.evidence and got.evidence.startswith("Chiều 14/10")


def test_reviewing_practice_for_the_documents_is_no_review_of_the_congress(knowledge):
    got = found(
        "Thứ Năm, 21/11/2019 - 17:05\nTrong hai ngày 20-21/11, Học viện tổ chức Hội thảo Tổng kết "
        "thực tiễn 35 năm đổi mới, phục vụ xây dựng văn kiện Đại hội XIII của Đảng.",
        knowledge,
        ("XIII",),
    )
    assert got.date == dt.date(2019, 11, 20)


def test_another_bodys_congress_is_not_dated_by_the_partys_calendar(knowledge):
    got = found(
        "05/03/2024 - 17:48\nNgày 5 tháng 3, Tiểu ban Văn kiện Đại hội đại biểu toàn quốc Mặt trận "
        "Tổ quốc Việt Nam lần thứ X họp, cho ý kiến vào dự thảo trình Đại hội.",
        knowledge,
        ("XIII",),
    )
    assert got.date == dt.date(2024, 3, 5)


def test_a_29_february_in_a_year_without_one_is_no_date_and_no_crash(knowledge):
    got = found("Ngày 29/2, Ban tổ chức họp theo kế hoạch tháng 2/2023.", knowledge)
    assert got.date is None or got.date.year != 2023


def test_the_congress_a_subcommittee_prepares_dates_its_meeting(knowledge):
    from generator.extract import extract

    text = (
        "Thường trực Tiểu ban Văn kiện họp cho ý kiến vào dự thảo\nSáng 22/4, Tiểu ban Văn kiện "
        "Đại hội XIV của Đảng họp dưới sự chủ trì của Tổng Bí thư Tô Lâm. Dự thảo kế thừa Nghị "
        "quyết Đại hội XIII, tổng kết việc thực hiện Nghị quyết Đại hội XIII và Chiến lược của "
        "Đại hội XIII."
    )
    meta = extract(article(text), knowledge, use_ner=False)
    assert meta.congress[0] == "XIV"
    assert meta.meeting.organizer == "Tiểu ban Văn kiện Đại hội XIV của Đảng"
    assert meta.date == dt.date(2025, 4, 22)


def test_a_malformed_curated_date_names_its_file(tmp_path):
    import shutil

    from generator.errors import GeneratorError
    from generator.extract import load_knowledge
    from tests.conftest import ROOT

    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    (data / "offices.yaml").write_text(
        "Thủ tướng Chính phủ:\n  - {name: Nguyễn Văn A, from: 2021-13}\n", encoding="utf-8"
    )
    with pytest.raises(GeneratorError, match=r"offices\.yaml"):
        load_knowledge(data)


def test_the_title_of_someone_remembered_dead_says_nothing_of_the_year(knowledge):
    got = found(
        "Thứ hai, 05/08/2024 - 21:47\nChiều 5/8, Thủ tướng Phạm Minh Chính chủ trì phiên họp "
        "thứ ba của Tiểu ban.\n\nMở đầu phiên họp, Tiểu ban mặc niệm Tổng Bí thư Nguyễn Phú "
        "Trọng (đã từ trần).",
        knowledge,
        ("XIV",),
    )
    assert got.date == dt.date(2024, 8, 5)


def test_a_relative_day_without_a_page_date_takes_a_full_date_written_further_on(knowledge):
    got = found(
        "Chiều nay, Trung tâm Báo chí Đại hội XIII khai trương.\n\nChương trình Thời sự 18h00 "
        "ngày 22/1/2021 - Bản ghi.",
        knowledge,
    )
    assert got.date == dt.date(2021, 1, 22)
    assert (
        found(
            "Chiều thứ Năm, Tổ biên tập họp phiên thứ tư.\n\nPhiên họp thứ ba diễn ra ngày 22/4.",
            knowledge,
        ).date
        is None
    )  # another meeting's day, its year unwritten


def test_a_congresss_own_days_in_brackets_are_not_the_events(knowledge):
    got = found(
        " date 2016-03\nĐảng ủy vừa tổ chức hội nghị rút kinh nghiệm. Đoàn đã tham dự đầy đủ các "
        "phiên họp của Đại hội XII (từ ngày 20 đến 28-1-2016), đóng góp nhiều ý kiến.",
        knowledge,
        ("XII",),
    )
    assert got.date is None
