"""iCalendar export, read back with the ``icalendar`` package (a client nobody here wrote).

Expected dates follow the documented conventions: a VTODO is due on the last day the deadline
is met ("trước ngày 31/12/2021" → 30/12/2021); a periodic report is an all-day VEVENT whose
RRULE expands to the cycle's due days ("trước ngày 15 hằng tháng" → the 14th).
"""

from __future__ import annotations

import datetime as dt
import re
from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest
from dateutil.rrule import rrulestr
from hypothesis import given
from hypothesis import strategies as st

from strategies import plans
from vnplan import (
    Agency,
    IncompleteValue,
    Period,
    Plan,
    ReportingCycle,
    ReportingRequirement,
    Task,
    TaskStatus,
    VnplanError,
    parse_document,
    to_ics,
)
from vnplan.model import Document, Report

D = date
STAMP = dt.datetime(2026, 1, 1, 8, 30, tzinfo=dt.UTC)


def _read(data: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(data)


def _by_source(cal: icalendar.Calendar) -> dict[str, icalendar.cal.Component]:
    return {str(c["X-VNPLAN-SOURCE"]): c for c in cal.walk() if "X-VNPLAN-SOURCE" in c}


def _expand(event: icalendar.cal.Component, until: date) -> list[date]:
    """Occurrence dates of a VEVENT up to ``until``, expanded by dateutil from its RRULE."""
    start = event["DTSTART"].dt
    first = dt.datetime(start.year, start.month, start.day)
    if "RRULE" not in event:
        extra = [d.dt for d in event.get("RDATE").dts] if "RDATE" in event else []
        return [d for d in [start, *extra] if d <= until]
    rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=first)
    return [d.date() for d in rule.between(first, dt.datetime(until.year, until.month,
                                                               until.day), inc=True)]


def _bundled_plan() -> Plan:
    """The 800/KH-UBND plan of UBND tỉnh An Giang (examples/data), its dated parts by hand.

    Mục V.2: the sectors send their detailed plans "trước ngày 31/12/2021" and then report
    "định kỳ hàng tháng (trước ngày 15 hàng tháng)" to the UBND tỉnh and Tổ An sinh xã hội.
    """
    return Plan(
        number_text="800/KH-UBND", doc_type="Kế hoạch",
        issuer=Agency(name="ỦY BAN NHÂN DÂN TỈNH AN GIANG"), place="An Giang",
        date=D(2021, 12, 23),
        title="Đảm bảo an sinh xã hội cho người dân trong điều kiện phòng, chống dịch Covid-19 "
              "trên địa bàn tỉnh An Giang",
        tasks=[Task(
            text="Xây dựng Kế hoạch chi tiết cho từng ngành, lĩnh vực được phân công với mục "
                 "tiêu, giải pháp cụ thể, đồng thời lồng ghép nội dung kiểm tra, giám sát",
            lead=[Agency(name="Các Sở, Ban, ngành cấp tỉnh")],
            deadline="trước ngày 31/12/2021", deadline_text="trước ngày 31/12/2021",
        )],
        reporting=[ReportingRequirement(
            text="báo cáo định kỳ hàng tháng (trước ngày 15 hàng tháng), kết quả thực hiện về Ủy "
                 "ban nhân dân tỉnh và Tổ An sinh xã hội",
            cycle="hằng tháng, trước ngày 15", due_text="trước ngày 15 hàng tháng",
            reporters=[Agency(name="Cơ quan được giao chủ trì xây dựng kế hoạch")],
            recipient=Agency(name="Ủy ban nhân dân tỉnh"),
        )],
    )  # fmt: skip


# -- the bundled plan ------------------------------------------------------------------------


def test_bundled_plan_calendar() -> None:
    data = to_ics(_bundled_plan(), dtstamp=STAMP)
    cal = _read(data)
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["PRODID"]).startswith("-//vnplan//")
    (todo,) = cal.walk("VTODO")
    assert todo["DUE"].dt == D(2021, 12, 30)  # "trước ngày 31/12/2021" is met on 30/12
    assert todo["DUE"].params["VALUE"] == "DATE"
    assert str(todo["SUMMARY"]).startswith("Các Sở, Ban, ngành cấp tỉnh chủ trì: Xây dựng")
    description = str(todo["DESCRIPTION"])
    assert "Thời hạn: trước ngày 31/12/2021" in description
    assert "lồng ghép nội dung kiểm tra, giám sát" in description
    assert "Theo Kế hoạch số 800/KH-UBND ngày 23/12/2021 của ỦY BAN NHÂN DÂN TỈNH AN GIANG" \
        in description
    (event,) = cal.walk("VEVENT")
    assert event["DTSTART"].dt == D(2022, 1, 14)  # first report after 23/12/2021
    assert event["DTEND"].dt == D(2022, 1, 15)
    assert event["RRULE"].to_ical() == b"FREQ=MONTHLY;BYMONTHDAY=14"
    assert _expand(event, D(2022, 4, 30)) == [D(2022, 1, 14), D(2022, 2, 14), D(2022, 3, 14),
                                              D(2022, 4, 14)]
    assert str(event["SUMMARY"]) == ("Cơ quan được giao chủ trì xây dựng kế hoạch gửi báo cáo "
                                     "hằng tháng về Ủy ban nhân dân tỉnh")
    assert "Tần suất: hằng tháng, trước ngày 15" in str(event["DESCRIPTION"])
    assert event["DTSTAMP"].dt == STAMP


def test_bundled_plan_schedule_agrees_with_the_calendar() -> None:
    plan = _bundled_plan()
    cal = _read(to_ics(plan, dtstamp=STAMP))
    found = plan.schedule(D(2021, 12, 1), D(2022, 6, 30))
    assert [ob.date for ob in found if ob.kind == "task_deadline"] == [
        c["DUE"].dt for c in cal.walk("VTODO")
    ]
    assert [ob.date for ob in found if ob.kind == "report_due"] == _expand(
        cal.walk("VEVENT")[0], D(2022, 6, 30)
    )


# -- entries ---------------------------------------------------------------------------------


def _plan(**fields: object) -> Plan:
    base: dict[str, object] = {"number_text": "15/KH-UBND", "doc_type": "Kế hoạch",
                               "date": D(2026, 3, 2), "issuer": Agency(name="UBND tỉnh Lào Cai")}
    return Plan(**{**base, **fields})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("status", "expected"),
    [(None, "NEEDS-ACTION"), (TaskStatus.DONE, "COMPLETED"), (TaskStatus.CANCELLED, "CANCELLED"),
     (TaskStatus.IN_PROGRESS, "IN-PROCESS"), (TaskStatus.OVERDUE, "NEEDS-ACTION")],
)
def test_task_status(status: TaskStatus | None, expected: str) -> None:
    plan = _plan(tasks=[Task(text="Rà soát", deadline="trong Quý II/2026", status=status)])
    (todo,) = _read(to_ics(plan, dtstamp=STAMP)).walk("VTODO")
    assert str(todo["STATUS"]) == expected
    assert todo["DUE"].dt == D(2026, 6, 30)


def test_special_characters_survive_escaping_and_folding() -> None:
    text = ("Rà soát; tổng hợp, báo cáo \\ kết quả\nDòng hai\r\ndòng ba\tcó tab — "
            + "hộ nghèo, cận nghèo " * 12 + "😀")
    plan = _plan(tasks=[Task(text=text, lead=[Agency(name="Sở Lao động, Thương binh; Xã hội")],
                             coordinators=[Agency(name="UBND các huyện, thị xã")],
                             deadline="chậm nhất ngày 15/06/2026")])
    data = to_ics(plan, dtstamp=STAMP)
    (todo,) = _read(data).walk("VTODO")
    description = str(todo["DESCRIPTION"])
    assert description.split("\nChủ trì: ")[0] == text.replace("\r\n", "\n")
    assert "Chủ trì: Sở Lao động, Thương binh; Xã hội\n" in description
    assert "Phối hợp: UBND các huyện, thị xã\n" in description
    assert str(todo["SUMMARY"]).startswith("Sở Lao động, Thương binh; Xã hội chủ trì: Rà soát; ")
    _check_lines(data)


def _check_lines(data: bytes) -> None:
    """RFC 5545 §3.1: CRLF line ends, at most 75 octets a line, no split UTF-8 character."""
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert b"\n" not in b"".join(lines)
    assert b"\r" not in b"".join(lines)
    for line in lines:
        assert len(line) <= 75, line
        line.decode("utf-8")  # each physical line is whole characters
    assert lines[0] == b"BEGIN:VCALENDAR"
    assert lines[-1] == b"END:VCALENDAR"


def test_folding_of_a_long_line() -> None:
    name = "Ủy ban nhân dân " * 40
    data = to_ics(_plan(tasks=[Task(text="x", lead=[Agency(name=name)],
                                    deadline="trong năm 2026")]), dtstamp=STAMP)
    _check_lines(data)
    unfolded = data.replace(b"\r\n ", b"")
    summary = next(line for line in unfolded.split(b"\r\n") if line.startswith(b"SUMMARY:"))
    assert summary.decode() == f"SUMMARY:{' '.join(name.split())} chủ trì: x (trong năm 2026)"
    continuation = [line for line in data.split(b"\r\n") if line.startswith(b" ")]
    assert continuation
    assert all(len(line) <= 75 for line in continuation)


@pytest.mark.parametrize(
    ("cycle", "until", "expected"),
    [
        ("hằng quý, chậm nhất vào ngày 25 của tháng cuối quý", D(2026, 12, 31),
         [D(2026, 3, 25), D(2026, 6, 25), D(2026, 9, 25), D(2026, 12, 25)]),
        ("hàng năm trước ngày 15 tháng 12", D(2027, 12, 31), [D(2026, 12, 14), D(2027, 12, 14)]),
        ("hằng tuần, trước thứ Sáu", D(2026, 1, 20),
         [D(2026, 1, 1), D(2026, 1, 8), D(2026, 1, 15)]),
        ("6 tháng, trước ngày 20 của tháng cuối kỳ", D(2026, 12, 31),
         [D(2026, 6, 19), D(2026, 12, 19)]),
        ("hằng tháng, chậm nhất ngày 31", D(2026, 4, 30),
         [D(2026, 1, 31), D(2026, 2, 28), D(2026, 3, 31), D(2026, 4, 30)]),
    ],
)  # fmt: skip
def test_rrule_expansion(cycle: str, until: date, expected: list[date]) -> None:
    plan = _plan(date=D(2026, 1, 1), reporting=[ReportingRequirement(text="báo cáo", cycle=cycle)])
    (event,) = _read(to_ics(plan, dtstamp=STAMP)).walk("VEVENT")
    assert _expand(event, until) == expected
    assert _expand(event, until) == ReportingCycle.parse(cycle).due_dates(D(2026, 1, 1), until)


def test_adjusted_cycle_lists_its_days() -> None:
    # "nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo": no RRULE can say it
    cycle = ("hằng tháng, trước ngày 15 (nếu trùng ngày nghỉ thì chuyển sang ngày làm việc "
             "tiếp theo)")
    plan = _plan(date=D(2026, 1, 1), reporting=[ReportingRequirement(text="báo cáo", cycle=cycle)])
    (event,) = _read(to_ics(plan, dtstamp=STAMP, end=D(2026, 4, 30))).walk("VEVENT")
    assert "RRULE" not in event
    # 14/02/2026 is a Saturday → Monday 23/02 after Tết; 14/03 Saturday → Monday 16/03
    assert _expand(event, D(2026, 4, 30)) == [D(2026, 1, 14), D(2026, 2, 23), D(2026, 3, 16),
                                              D(2026, 4, 14)]
    # without an end, one year of due days
    (open_ended,) = _read(to_ics(plan, dtstamp=STAMP)).walk("VEVENT")
    assert len(_expand(open_ended, D(2030, 1, 1))) == 12


def test_plan_period_bounds_the_recurrence() -> None:
    plan = _plan(date=D(2026, 1, 1), period="năm 2026", reporting=[ReportingRequirement(
        text="báo cáo", cycle="hằng tháng, chậm nhất ngày 05 của tháng sau")])
    (event,) = _read(to_ics(plan, dtstamp=STAMP)).walk("VEVENT")
    days = _expand(event, D(2030, 1, 1))
    assert days[0] == D(2026, 1, 5)
    assert days[-1] == D(2027, 1, 5)  # the report on December 2026
    assert len(days) == 13


def test_start_and_end_filter_the_entries() -> None:
    plan = _plan(
        tasks=[Task(text="A", deadline="chậm nhất ngày 10/03/2026"),
               Task(text="B", deadline="chậm nhất ngày 10/05/2026")],
        reporting=[ReportingRequirement(text="báo cáo", cycle="hằng tháng, chậm nhất ngày 20")],
    )  # fmt: skip
    cal = _read(to_ics(plan, start=D(2026, 4, 1), end=D(2026, 6, 30), dtstamp=STAMP))
    assert [c["DUE"].dt for c in cal.walk("VTODO")] == [D(2026, 5, 10)]
    (event,) = cal.walk("VEVENT")
    assert _expand(event, D(2030, 1, 1)) == [D(2026, 4, 20), D(2026, 5, 20), D(2026, 6, 20)]
    empty = _read(to_ics(plan, start=D(2026, 7, 1), end=D(2026, 6, 30), dtstamp=STAMP))
    assert empty.walk("VTODO") == []
    assert empty.walk("VEVENT") == []


def test_recurring_task_and_one_off_report() -> None:
    plan = _plan(
        tasks=[Task(text="Cập nhật dữ liệu", lead=[Agency(name="Sở Y tế")],
                    deadline="trước ngày 31/03/2026", recurrence="hằng quý")],
        reporting=[ReportingRequirement(text="báo cáo đột xuất", cycle="đột xuất",
                                        due="trước ngày 20/3/2026",
                                        reporters=[Agency(name="Sở Y tế")])],
    )  # fmt: skip
    cal = _read(to_ics(plan, dtstamp=STAMP))
    sources = _by_source(cal)
    todos = {str(c["UID"]): c for c in cal.walk("VTODO")}
    assert len(todos) == 2
    assert sources["report/0"].name == "VTODO"
    assert sources["report/0"]["DUE"].dt == D(2026, 3, 19)
    (event,) = cal.walk("VEVENT")
    assert str(event["X-VNPLAN-SOURCE"]) == "task/0"
    assert _expand(event, D(2026, 12, 31)) == [D(2026, 3, 31), D(2026, 6, 30), D(2026, 9, 30),
                                               D(2026, 12, 31)]
    assert str(event["SUMMARY"]) == "Sở Y tế chủ trì: Cập nhật dữ liệu (hằng quý)"


# -- UIDs ------------------------------------------------------------------------------------


def _uids(doc: Document, **kwargs: object) -> list[str]:
    cal = _read(to_ics(doc, dtstamp=STAMP, **kwargs))  # type: ignore[arg-type]
    return [str(c["UID"]) for c in cal.walk() if c.name in ("VTODO", "VEVENT")]


def test_uids_are_stable_and_distinct() -> None:
    plan = _bundled_plan()
    first = _uids(plan)
    assert len(first) == len(set(first)) == 2
    assert all(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
                            uid) for uid in first)
    # another export, another clock, other bounds: the same entries
    later = to_ics(plan, dtstamp=dt.datetime(2030, 5, 5, tzinfo=dt.UTC), start=D(2021, 12, 1))
    assert [str(c["UID"]) for c in _read(later).walk() if "UID" in c] == first
    # a changed deadline or cycle updates the entry
    edited = plan.model_copy(deep=True)
    edited.tasks[0].deadline = edited.tasks[0].deadline.__class__.parse("trước ngày 15/01/2022")
    edited.reporting[0].cycle = ReportingCycle.parse("hằng tháng, trước ngày 10")
    assert _uids(edited) == first
    # new words make a new task
    reworded = plan.model_copy(deep=True)
    reworded.tasks[0].text = "Xây dựng Kế hoạch tổng thể"
    assert _uids(reworded)[0] != first[0]
    assert _uids(reworded)[1] == first[1]


def test_uids_depend_on_the_document() -> None:
    plan = _bundled_plan()
    other_number = plan.model_copy(update={"number": None, "number_text": "801/KH-UBND"})
    other_number = Plan.model_validate(other_number.model_dump())
    other_year = plan.model_copy(update={"date": D(2022, 12, 23)})
    same_issuer_spelled_otherwise = plan.model_copy(
        update={"issuer": Agency(name="UBND tỉnh An Giang")})
    base = set(_uids(plan))
    assert base.isdisjoint(_uids(other_number))
    assert base.isdisjoint(_uids(other_year))
    assert set(_uids(same_issuer_spelled_otherwise)) == base


def test_identical_items_get_different_uids_and_keep_them_when_reordered() -> None:
    twin = Task(text="Kiểm tra", lead=[Agency(name="Sở Y tế")], deadline="trong Quý II/2026")
    other = Task(text="Tổng kết", deadline="trong Quý IV/2026")
    uids = _uids(_plan(tasks=[twin, other, twin]))
    assert len(set(uids)) == 3
    swapped = _uids(_plan(tasks=[other, twin, twin]))
    assert set(swapped) == set(uids)
    assert swapped[0] == uids[1]


def test_draft_without_number() -> None:
    draft = _plan(number_text="Số: /KH-UBND", date=None, title="Dự thảo kế hoạch",
                  tasks=[Task(text="A", deadline="trong Quý II/2026")])
    assert draft.number is None
    assert _uids(draft) == _uids(draft.model_copy(deep=True))
    assert _uids(draft) != _uids(draft.model_copy(update={"title": "Kế hoạch khác"}))


# -- arguments -------------------------------------------------------------------------------


def test_dtstamp() -> None:
    plan = _plan(tasks=[Task(text="A", deadline="trong Quý II/2026")])
    naive = _read(to_ics(plan, dtstamp=dt.datetime(2026, 2, 3, 4, 5, 6))).walk("VTODO")[0]
    assert naive["DTSTAMP"].dt == dt.datetime(2026, 2, 3, 4, 5, 6, tzinfo=dt.UTC)
    hanoi = dt.timezone(dt.timedelta(hours=7))
    aware = _read(to_ics(plan, dtstamp=dt.datetime(2026, 2, 3, 4, 5, 6, tzinfo=hanoi)))
    assert aware.walk("VTODO")[0]["DTSTAMP"].dt == dt.datetime(2026, 2, 2, 21, 5, 6, tzinfo=dt.UTC)
    assert b"DTSTAMP:20260202T210506Z\r\n" in to_ics(
        plan, dtstamp=dt.datetime(2026, 2, 3, 4, 5, 6, tzinfo=hanoi))
    now = _read(to_ics(plan)).walk("VTODO")[0]["DTSTAMP"].dt
    assert abs(now - dt.datetime.now(dt.UTC)) < timedelta(hours=1)


def test_only_dtstamp_depends_on_the_clock() -> None:
    plan = _bundled_plan()
    a = to_ics(plan, dtstamp=STAMP)
    b = to_ics(plan, dtstamp=dt.datetime(2031, 7, 9, tzinfo=dt.UTC))
    assert a.replace(b"DTSTAMP:20260101T083000Z", b"") == b.replace(b"DTSTAMP:20310709T000000Z",
                                                                      b"")


def test_recurring_duty_without_any_start() -> None:
    plan = _plan(date=None, reporting=[ReportingRequirement(text="báo cáo", cycle="hằng quý")])
    with pytest.raises(IncompleteValue, match="start"):
        to_ics(plan, dtstamp=STAMP)
    (event,) = _read(to_ics(plan, dtstamp=STAMP, start=D(2026, 2, 1))).walk("VEVENT")
    assert event["DTSTART"].dt == D(2026, 3, 31)
    dated_by_period = plan.model_copy(update={"period": Period.year(2026)})
    (event,) = _read(to_ics(dated_by_period, dtstamp=STAMP)).walk("VEVENT")
    assert _expand(event, D(2030, 1, 1)) == [D(2026, 3, 31), D(2026, 6, 30), D(2026, 9, 30),
                                             D(2026, 12, 31)]


@pytest.mark.parametrize(
    "call",
    [
        lambda: to_ics("not a document"),  # type: ignore[arg-type]
        lambda: to_ics(Document(), start="2026-01-01"),  # type: ignore[arg-type]
        lambda: to_ics(Document(), end=dt.datetime(2026, 1, 1)),
        lambda: to_ics(Document(), dtstamp=D(2026, 1, 1)),  # type: ignore[arg-type]
    ],
)
def test_bad_arguments(call: object) -> None:
    with pytest.raises(VnplanError):
        call()  # type: ignore[operator]


def test_empty_document_and_report() -> None:
    cal = _read(to_ics(Document(), dtstamp=STAMP))
    assert cal.walk("VTODO") == []
    report = Report(doc_type="Báo cáo", date=D(2026, 6, 1), period="6 tháng đầu năm 2026",
                    tasks=[Task(text="Tiếp tục", deadline="trong Quý III/2026")])
    (todo,) = _read(to_ics(report, dtstamp=STAMP)).walk("VTODO")
    assert todo["DUE"].dt == D(2026, 9, 30)


def test_a_megabyte_of_text() -> None:
    text = ("1/2. 3 ;, \\" * 100_000)[:1_000_000]
    plan = _plan(tasks=[Task(text=text, deadline="trong Quý II/2026")])
    data = to_ics(plan, dtstamp=STAMP)
    _check_lines(data)
    assert str(_read(data).walk("VTODO")[0]["DESCRIPTION"]).startswith(text.strip())


# -- properties ------------------------------------------------------------------------------


@given(plans(), st.dates(D(1990, 1, 1), D(2035, 12, 31)))
def test_any_plan_exports_a_calendar_that_reads_back(plan: Plan, start: date) -> None:
    end = start + timedelta(days=730)
    try:
        data = to_ics(plan, start=start, end=end, dtstamp=STAMP)
    except IncompleteValue:
        pytest.fail("start is given, so a recurring duty has a beginning")
    _check_lines(data)
    cal = _read(data)
    found = plan.schedule(start, end)
    entries = [c for c in cal.walk() if c.name in ("VTODO", "VEVENT")]
    uids = [str(c["UID"]) for c in entries]
    assert len(uids) == len(set(uids))
    # every obligation of the schedule is in the calendar, on the same day
    dated: dict[str, set[date]] = {}
    for c in entries:
        days = {c["DUE"].dt} if c.name == "VTODO" else set(_expand(c, end))
        dated.setdefault(str(c["X-VNPLAN-SOURCE"]), set()).update(days)
    for ob in found:
        assert ob.date in dated[ob.source_key], (ob, dated.get(ob.source_key))
    expected = {ob.source_key for ob in found}
    assert {key for key, days in dated.items() if days} == expected
    for c in cal.walk("VTODO"):
        source = str(c["X-VNPLAN-SOURCE"])
        kind, index = source.split("/")
        item = plan.tasks[int(index)] if kind == "task" else plan.reporting[int(index)]
        text = item.text.strip().replace("\r\n", "\n").replace("\r", "\n").replace("\x7f", "")
        assert str(c["DESCRIPTION"]).startswith(text)


@pytest.mark.parametrize("shift", range(5))
@pytest.mark.parametrize("char", ["ệ", "Đ", "😀", "a"])
def test_folds_never_split_a_character(shift: int, char: str) -> None:
    # "SUMMARY:" is 8 octets; shifting by 0-4 ASCII letters moves every multi-octet character
    # across the 75-octet boundary of the first and the continuation lines
    name = "x" * shift + char * 60
    data = to_ics(_plan(tasks=[Task(text="y", lead=[Agency(name=name)],
                                    deadline="trong năm 2026")]), dtstamp=STAMP)
    _check_lines(data)
    lines = data.split(b"\r\n")
    summary = next(i for i, line in enumerate(lines) if line.startswith(b"SUMMARY:"))
    assert len(lines[summary]) >= 75 - 3  # filled up to the last whole character
    assert str(_read(data).walk("VTODO")[0]["SUMMARY"]) == f"{name} chủ trì: y (trong năm 2026)"


def test_a_task_restating_the_report_adds_no_second_event() -> None:
    # what the text parser makes of Mục V.2: the clause is a task (deadline "hằng tháng,
    # trước ngày 15") and a reporting requirement; the calendar has one monthly event
    plan = _bundled_plan()
    clause = plan.reporting[0].text
    plan.tasks.append(Task(text=clause + "; trường hợp có vướng mắc thì báo cáo ngay.",
                           lead=[Agency(name="Cơ quan nào được giao")],
                           deadline="hằng tháng, trước ngày 15"))
    cal = _read(to_ics(plan, dtstamp=STAMP))
    assert [str(c["X-VNPLAN-SOURCE"]) for c in cal.walk("VEVENT")] == ["report/0"]
    assert len(cal.walk("VTODO")) == 1


@given(st.datetimes(), st.integers(-23 * 60, 23 * 60))
def test_any_dtstamp_is_written_in_utc_or_refused(moment: dt.datetime, minutes: int) -> None:
    stamp = moment.replace(tzinfo=dt.timezone(dt.timedelta(minutes=minutes)))
    plan = _plan(tasks=[Task(text="A", deadline="trong Quý II/2026")])
    try:
        data = to_ics(plan, dtstamp=stamp)
    except VnplanError:
        # only a moment that UTC cannot hold (before year 1 or after 9999) is refused
        assert not dt.datetime.min.replace(tzinfo=dt.UTC) + dt.timedelta(days=1) \
            < stamp < dt.datetime.max.replace(tzinfo=dt.UTC) - dt.timedelta(days=1)
        return
    (todo,) = _read(data).walk("VTODO")
    assert todo["DTSTAMP"].dt == stamp.astimezone(dt.UTC).replace(microsecond=0)


_BUNDLED_TEXT = Path(__file__).resolve().parent.parent / "examples" / "data" / \
    "800-KH-UBND-an-giang-2021.txt"


def test_bundled_plan_read_by_parse_document() -> None:
    # acceptance (issue 5): the calendar of 800/KH-UBND read back by icalendar — its
    # 31/12/2021 deadline (Mục V.2: "Thời gian hoàn thành trước ngày 31/12/2021", met on
    # 30/12) and its monthly report "trước ngày 15 hàng tháng" (due on the 14th)
    doc = parse_document(_BUNDLED_TEXT.read_text("utf-8"))
    assert isinstance(doc, Plan)
    cal = _read(to_ics(doc, dtstamp=STAMP))
    dated = [t for t in cal.walk("VTODO") if "trước ngày 31/12/2021" in str(t["DESCRIPTION"])]
    assert [t["DUE"].dt for t in dated] == [D(2021, 12, 30)]
    assert str(dated[0]["SUMMARY"]).startswith("Các Sở, Ban, ngành cấp tỉnh")
    monthly = [e for e in cal.walk("VEVENT") if e["RRULE"]["FREQ"] == ["MONTHLY"]]
    assert len(monthly) == 1
    (event,) = monthly
    assert event["RRULE"]["BYMONTHDAY"] == [14]
    assert event["DTSTART"].dt == D(2022, 1, 14)
    assert _expand(event, D(2022, 3, 31)) == [D(2022, 1, 14), D(2022, 2, 14), D(2022, 3, 14)]
    # the clause's subject "Cơ quan nào được giao chủ trì ..." (whichever body leads a task)
    # names no agency, so the summary has no reporter in front
    assert str(event["SUMMARY"]) == "Gửi báo cáo hằng tháng về Ủy ban nhân dân tỉnh"
    assert "Tần suất: hằng tháng, trước ngày 15" in str(event["DESCRIPTION"])
    found = doc.schedule(D(2021, 12, 1), D(2022, 3, 31))
    assert [(ob.date, ob.kind.value) for ob in found] == [
        (D(2021, 12, 30), "task_deadline"), (D(2022, 1, 14), "report_due"),
        (D(2022, 2, 14), "report_due"), (D(2022, 3, 14), "report_due"),
    ]
    assert [str(ob.period) for ob in found[1:]] == ["tháng 01 năm 2022", "tháng 02 năm 2022",
                                                    "tháng 3 năm 2022"]
