"""Plans as schedules: Document.schedule / Plan.schedule and overdue.

Expected dates are read from the words and the conventions (vnplan.deadlines, vnplan.cycles):
"trước ngày X" is met on X-1 at the latest, "chậm nhất ngày X" on X, "trong Quý I/2026" by
31/3/2026; relative deadlines count from the day after the document date (Civil Code 2015
Điều 147) and a calendar-day count ending on a day off moves to the next working day
(Điều 148.5); working days skip weekends and the 2026 holidays (Tết 16–20/02, Giỗ Tổ 26/4 on a
Sunday with nghỉ bù 27/4, 30/4, 1/5).
"""

from __future__ import annotations

import datetime as dt
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from strategies import plans
from vnplan import (
    Agency,
    IncompleteValue,
    Obligation,
    ObligationKind,
    Period,
    Plan,
    ReportingRequirement,
    Span,
    Task,
    TaskStatus,
    VnplanError,
    to_ics,
)

D = date
TASK, REPORT = ObligationKind.TASK_DEADLINE, ObligationKind.REPORT_DUE
WIDE = (D(2020, 1, 1), D(2027, 12, 31))


MARCH_2 = date(2026, 3, 2)


def _plan(date_: date | None = MARCH_2, **fields: object) -> Plan:
    return Plan(doc_type="Kế hoạch", date=date_, **fields)  # type: ignore[arg-type]


def _task(deadline: str | None = None, **fields: object) -> Task:
    return Task(text="Triển khai nhiệm vụ", lead=[Agency(name="Sở Tư pháp")],
                deadline=deadline, **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("deadline", "doc_date", "expected"),
    [
        ("trước ngày 31/12/2021", D(2021, 12, 23), [D(2021, 12, 30)]),
        ("chậm nhất ngày 15/06/2026", D(2026, 3, 2), [D(2026, 6, 15)]),
        ("ngày 15/03/2026", D(2026, 3, 2), [D(2026, 3, 15)]),
        ("trong Quý I/2026", D(2026, 1, 5), [D(2026, 3, 31)]),
        ("trước Quý III/2026", D(2026, 1, 5), [D(2026, 6, 30)]),
        ("trong tháng 4 năm 2026", D(2026, 1, 5), [D(2026, 4, 30)]),
        # the year comes from the document date
        ("trước 31/12", D(2025, 3, 1), [D(2025, 12, 30)]),
        # 5 working days after Thursday 12/02/2026: 13/02, (Tết 16–20/02), 23, 24, 25, 26/02
        ("trong thời hạn 05 ngày làm việc kể từ ngày nhận", D(2026, 2, 12), [D(2026, 2, 26)]),
        # 10 days after 01/01/2026 is Sunday 11/01 → Monday 12/01
        ("trong 10 ngày", D(2026, 1, 1), [D(2026, 1, 12)]),
        # Friday 24/04/2026 + 1 working day: Giỗ Tổ (Sun 26/4) is off on Monday 27/4 → 28/4
        ("trong thời hạn 01 ngày làm việc", D(2026, 4, 24), [D(2026, 4, 28)]),
        # an anchor with its own date counts from it, not from the document date
        ("trong thời hạn 10 ngày kể từ ngày 01/3/2026", D(2026, 2, 1), [D(2026, 3, 11)]),
        ("thường xuyên", D(2026, 3, 2), []),
        ("đột xuất", D(2026, 3, 2), []),
        ("từ ngày 01/7/2025", D(2025, 6, 1), []),
        ("năm 2025 và các năm tiếp theo", D(2025, 1, 1), []),
    ],
)  # fmt: skip
def test_task_deadlines(deadline: str, doc_date: date, expected: list[date]) -> None:
    plan = _plan(doc_date, tasks=[_task(deadline)])
    found = plan.schedule(*WIDE)
    assert [ob.date for ob in found] == expected
    assert all(ob.kind is TASK and ob.rule == str(plan.tasks[0].deadline) for ob in found)


def test_a_date_without_year_needs_the_document_date() -> None:
    plan = _plan(None, tasks=[_task("trước 31/12"), _task("chậm nhất ngày 15/06/2026")])
    assert [ob.date for ob in plan.schedule(*WIDE)] == [D(2026, 6, 15)]


@pytest.mark.parametrize(
    ("cycle", "start", "end", "expected"),
    [
        ("hằng tháng, trước ngày 15", D(2026, 3, 1), D(2026, 5, 31),
         [(D(2026, 3, 14), Period.month(2026, 3)), (D(2026, 4, 14), Period.month(2026, 4)),
          (D(2026, 5, 14), Period.month(2026, 5))]),
        ("hằng quý, chậm nhất vào ngày 25 của tháng cuối quý", D(2026, 1, 1), D(2026, 12, 31),
         [(D(2026, 3, 25), Period.quarter(2026, 1)), (D(2026, 6, 25), Period.quarter(2026, 2)),
          (D(2026, 9, 25), Period.quarter(2026, 3)), (D(2026, 12, 25), Period.quarter(2026, 4))]),
        ("hàng năm trước ngày 15 tháng 12", D(2026, 1, 1), D(2027, 12, 31),
         [(D(2026, 12, 14), Period.year(2026)), (D(2027, 12, 14), Period.year(2027))]),
        # "trước thứ Sáu": Thursday, for the week Monday-Sunday
        ("hằng tuần, trước thứ Sáu", D(2026, 3, 2), D(2026, 3, 15),
         [(D(2026, 3, 5), Period.between(D(2026, 3, 2), D(2026, 3, 8))),
          (D(2026, 3, 12), Period.between(D(2026, 3, 9), D(2026, 3, 15)))]),
        ("6 tháng, trước ngày 20 của tháng cuối kỳ", D(2026, 1, 1), D(2026, 12, 31),
         [(D(2026, 6, 19), Period.first_half(2026)), (D(2026, 12, 19), Period.second_half(2026))]),
        ("hằng năm, trước ngày 15 tháng 01 năm sau", D(2026, 3, 2), D(2027, 12, 31),
         [(D(2027, 1, 14), Period.year(2026))]),
    ],
)  # fmt: skip
def test_periodic_reports(
    cycle: str, start: date, end: date, expected: list[tuple[date, Period]]
) -> None:
    plan = _plan(D(2026, 1, 1), reporting=[ReportingRequirement(
        text="báo cáo định kỳ", cycle=cycle, reporters=[Agency(name="Sở Y tế")],
        recipient=Agency(name="UBND tỉnh"))])  # fmt: skip
    found = plan.schedule(start, end)
    assert [(ob.date, ob.period) for ob in found] == expected
    assert all(ob.kind is REPORT and ob.agencies == ("Sở Y tế",) for ob in found)
    assert all(ob.rule == str(plan.reporting[0].cycle) for ob in found)


def test_nothing_is_due_before_the_document_exists() -> None:
    plan = _plan(D(2021, 12, 23), reporting=[ReportingRequirement(
        text="báo cáo định kỳ hàng tháng", cycle="hằng tháng, trước ngày 15")])
    assert [ob.date for ob in plan.schedule(D(2021, 11, 1), D(2022, 1, 31))] == [D(2022, 1, 14)]


def test_recurring_duties_stop_with_the_plan_period() -> None:
    # the report on December 2026 is due on 05/01/2027; the one on January 2027 is not owed
    plan = _plan(D(2026, 1, 1), period="năm 2026", reporting=[ReportingRequirement(
        text="báo cáo", cycle="hằng tháng, chậm nhất ngày 05 của tháng sau")])
    found = plan.schedule(D(2026, 11, 1), D(2027, 12, 31))
    assert [(ob.date, str(ob.period)) for ob in found] == [
        (D(2026, 11, 5), "tháng 10 năm 2026"),
        (D(2026, 12, 5), "tháng 11 năm 2026"),
        (D(2027, 1, 5), "tháng 12 năm 2026"),
    ]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        # an ad-hoc report with a date: one obligation, no period
        ({"cycle": "đột xuất", "due": "trước ngày 20/3/2026"}, [D(2026, 3, 19)]),
        ({"due": "chậm nhất ngày 10/04/2026"}, [D(2026, 4, 10)]),
        ({"cycle": "chuyên đề"}, []),
        # a recurring due names the day a day-less cycle leaves open
        ({"cycle": "hằng tháng", "due": "trước ngày 15 hằng tháng"},
         [D(2026, 3, 14), D(2026, 4, 14)]),
        # without a day, a monthly report is due on the month's last day
        ({"cycle": "hằng tháng"}, [D(2026, 3, 31)]),
        # a periodic cycle wins over a one-off due
        ({"cycle": "hằng tháng, trước ngày 10", "due": "chậm nhất ngày 25/03/2026"},
         [D(2026, 3, 9), D(2026, 4, 9)]),
    ],
)  # fmt: skip
def test_cycle_and_due_of_a_requirement(fields: dict[str, str], expected: list[date]) -> None:
    plan = _plan(D(2026, 3, 1), reporting=[ReportingRequirement(text="báo cáo", **fields)])
    assert [ob.date for ob in plan.schedule(D(2026, 3, 1), D(2026, 4, 20))] == expected


def test_recurring_tasks() -> None:
    plan = _plan(D(2026, 1, 1), tasks=[
        _task("trước ngày 15 hằng tháng"),
        _task("thường xuyên", recurrence="hằng quý"),
        # the same cycle twice gives one obligation per date
        _task("hằng tháng, trước ngày 15", recurrence="hằng tháng, trước ngày 15"),
    ])  # fmt: skip
    found = plan.schedule(D(2026, 3, 1), D(2026, 3, 31))
    assert [(ob.date, ob.index, str(ob.period)) for ob in found] == [
        (D(2026, 3, 14), 0, "tháng 3 năm 2026"),
        (D(2026, 3, 14), 2, "tháng 3 năm 2026"),
        (D(2026, 3, 31), 1, "Quý I năm 2026"),
    ]


def test_order_ids_and_summaries() -> None:
    plan = _plan(
        D(2021, 12, 23),
        tasks=[
            Task(text="Xây dựng Kế hoạch chi tiết cho từng ngành, lĩnh vực.",
                 lead=[Agency(name="Sở Y tế"), Agency(name="Công an tỉnh")],
                 coordinators=[Agency(name="UBND các huyện")], deadline="trước ngày 15/01/2022"),
            Task(text="Tổng hợp\n  tình hình", deadline="trong tháng 01 năm 2022"),
        ],
        reporting=[
            ReportingRequirement(text="báo cáo định kỳ", cycle="hằng tháng, trước ngày 15",
                                 reporters=[Agency(name="Sở Y tế")],
                                 recipient=Agency(name="Ủy ban nhân dân tỉnh")),
            ReportingRequirement(text="báo cáo", name="Báo cáo kết quả thực hiện",
                                 cycle="hằng tháng, trước ngày 15"),
        ],
    )  # fmt: skip
    found = plan.schedule(D(2022, 1, 1), D(2022, 1, 31))
    assert [ob.id for ob in found] == [
        "task/0/2022-01-14", "report/0/2022-01-14", "report/1/2022-01-14", "task/1/2022-01-31",
    ]
    assert [ob.summary for ob in found] == [
        "Sở Y tế, Công an tỉnh chủ trì: Xây dựng Kế hoạch chi tiết cho từng ngành, lĩnh vực "
        "(trước ngày 15/01/2022)",
        "Sở Y tế gửi báo cáo tháng 01 năm 2022 về Ủy ban nhân dân tỉnh",
        "Gửi Báo cáo kết quả thực hiện (tháng 01 năm 2022)",
        "Nhiệm vụ: Tổng hợp tình hình (trong tháng 01 năm 2022)",
    ]
    assert found[0].agencies == ("Sở Y tế", "Công an tỉnh")
    assert found[0].source is plan.tasks[0]
    assert found[1].source is plan.reporting[0]
    assert str(found[0]).startswith("14/01/2022 Sở Y tế, Công an tỉnh chủ trì: ")


def test_long_task_text_is_cut_at_a_word() -> None:
    text = "Rà soát " + "hộ nghèo, cận nghèo " * 20
    plan = _plan(tasks=[Task(text=text, deadline="trong Quý II/2026")])
    (ob,) = plan.schedule(*WIDE)
    head = ob.summary.removeprefix("Nhiệm vụ: ").removesuffix(" (trong Quý II năm 2026)")
    assert head.endswith("…")
    assert len(head) <= 120
    assert text.startswith(head[:-1])
    assert head[-2] != " "


def test_obligations_compare_by_value_without_their_source() -> None:
    a = Obligation(D(2026, 1, 1), "task_deadline", 0, ("A",), "x", "y", source=_task())
    b = Obligation(D(2026, 1, 1), TASK, 0, ("A",), "x", "y")
    assert a == b
    assert hash(a) == hash(b)
    with pytest.raises(VnplanError):
        Obligation("2026-01-01", TASK, 0, (), "x", "y")  # type: ignore[arg-type]


# -- overdue ----------------------------------------------------------------------------------


def _overdue_plan(**fields: object) -> Plan:
    return _plan(
        D(2026, 1, 5),
        tasks=[_task("trước ngày 31/01/2026", **fields), _task("trong Quý I/2026"),
               _task("trước ngày 15 hằng tháng")],
        reporting=[ReportingRequirement(text="báo cáo", cycle="hằng tháng, chậm nhất ngày 20")],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("done", "expected"),
    [
        (None, ["task/0/2026-01-30", "task/2/2026-01-14", "task/2/2026-02-14",
                "report/0/2026-01-20", "report/0/2026-02-20"]),
        ({0}, ["task/2/2026-01-14", "task/2/2026-02-14", "report/0/2026-01-20",
               "report/0/2026-02-20"]),
        ({2, "report/0"}, ["task/0/2026-01-30"]),
        ({"task/2/2026-01-14", "report/0/2026-01-20", "task/0"},
         ["task/2/2026-02-14", "report/0/2026-02-20"]),
        (lambda ob: ob.kind is REPORT, ["task/0/2026-01-30", "task/2/2026-01-14",
                                        "task/2/2026-02-14"]),
        ([], ["task/0/2026-01-30", "task/2/2026-01-14", "task/2/2026-02-14",
              "report/0/2026-01-20", "report/0/2026-02-20"]),
    ],
)  # fmt: skip
def test_overdue(done: object, expected: list[str]) -> None:
    # 31/03/2026 (Quý I) is not past on 21/02/2026; 20/02 is (an obligation of as_of is not)
    found = _overdue_plan().overdue(D(2026, 2, 21), done)  # type: ignore[arg-type]
    assert sorted(ob.id for ob in found) == sorted(expected)
    assert [ob.date for ob in found] == sorted(ob.date for ob in found)


def test_an_obligation_due_today_is_not_overdue() -> None:
    plan = _plan(D(2026, 1, 5), tasks=[_task("chậm nhất ngày 20/01/2026")])
    assert plan.overdue(D(2026, 1, 20)) == []
    assert [ob.id for ob in plan.overdue(D(2026, 1, 21))] == ["task/0/2026-01-20"]


@pytest.mark.parametrize("status", [TaskStatus.DONE, TaskStatus.CANCELLED])
def test_done_and_cancelled_tasks_are_never_overdue(status: TaskStatus) -> None:
    found = _overdue_plan(status=status).overdue(D(2026, 2, 21), {"report/0", 2})
    assert found == []


def test_overdue_needs_a_start() -> None:
    plan = _plan(None, tasks=[_task("trước ngày 31/01/2026")])
    with pytest.raises(IncompleteValue, match="since"):
        plan.overdue(D(2026, 3, 1))
    assert [ob.date for ob in plan.overdue(D(2026, 3, 1), since=D(2026, 1, 1))] == [
        D(2026, 1, 30)
    ]


@pytest.mark.parametrize("done", ["task/0", 3.5, {1.5}, {True}, {None}, b"task/0", 7])
def test_bad_done_raises_a_vnplan_error(done: object) -> None:
    with pytest.raises(VnplanError, match="done"):
        _overdue_plan().overdue(D(2026, 2, 21), done)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "call",
    [
        lambda p: p.schedule("2026-01-01", D(2026, 2, 1)),
        lambda p: p.schedule(D(2026, 1, 1), None),
        lambda p: p.overdue("2026-01-01"),
        lambda p: p.overdue(D(2026, 1, 1), since=5),
    ],
)
def test_bad_dates_raise_vnplan_errors(call: object) -> None:
    with pytest.raises(VnplanError, match=r"datetime\.date"):
        call(_overdue_plan())  # type: ignore[operator]


def test_an_empty_range() -> None:
    assert _overdue_plan().schedule(D(2026, 3, 1), D(2026, 2, 1)) == []
    assert _overdue_plan().overdue(date.min, since=date.min) == []


# -- properties -------------------------------------------------------------------------------

_DAYS = st.dates(D(1990, 1, 1), D(2035, 12, 31))


@given(plans(), _DAYS, st.integers(0, 800))
def test_schedule_is_sorted_and_inside_the_range(plan: Plan, start: date, span: int) -> None:
    end = start + timedelta(days=span)
    found = plan.schedule(start, end)
    assert all(start <= ob.date <= end for ob in found)
    keys = [(ob.date, ob.kind is REPORT, ob.index) for ob in found]
    assert keys == sorted(keys)
    assert len({ob.id for ob in found}) == len(found)
    for ob in found:
        source = (plan.tasks if ob.kind is TASK else plan.reporting)[ob.index]
        assert ob.source is source


@given(plans(), _DAYS, st.integers(0, 400), st.integers(0, 400))
def test_schedule_splits(plan: Plan, start: date, left: int, right: int) -> None:
    middle = start + timedelta(days=left)
    end = middle + timedelta(days=right)
    whole = plan.schedule(start, end)
    assert whole == plan.schedule(start, middle) + plan.schedule(middle + timedelta(days=1), end)


@given(plans(), _DAYS, st.integers(0, 800), st.sets(st.integers(0, 4)), st.data())
def test_overdue_is_the_undone_schedule_before_as_of(
    plan: Plan, since: date, span: int, done_tasks: set[int], data: st.DataObject
) -> None:
    as_of = since + timedelta(days=span)
    before = plan.schedule(since, as_of - timedelta(days=1))
    everything = plan.overdue(as_of, since=since)
    assert set(everything) <= set(before)
    assert all(ob.date < as_of for ob in everything)
    assert set(before) - set(everything) == {
        ob for ob in before
        if isinstance(ob.source, Task) and ob.source.status in (TaskStatus.DONE,
                                                                TaskStatus.CANCELLED)
    }  # fmt: skip
    known = [ob.id for ob in before]
    ids = data.draw(st.sets(st.sampled_from(known)) if known else st.just(set[str]()))
    some = plan.overdue(as_of, done_tasks | ids, since=since)
    assert set(some) <= set(everything)
    assert not any(ob.id in ids or (ob.kind is TASK and ob.index in done_tasks) for ob in some)
    assert plan.overdue(as_of, {ob.id for ob in before}, since=since) == []


_CLAUSE = ("Cơ quan nào được giao chủ trì xây dựng kế hoạch cho từng ngành, lĩnh vực thì tiếp tục "
           "theo dõi, báo cáo định kỳ hàng tháng (trước ngày 15 hàng tháng), kết quả thực hiện "
           "về Ủy ban nhân dân tỉnh")


@pytest.mark.parametrize(
    ("task_fields", "req_fields", "expected"),
    [
        # the text parser reads the clause as a task and as a requirement: listed once
        ({"text": _CLAUSE + "; trường hợp có vướng mắc thì báo cáo ngay."}, {"text": _CLAUSE},
         ["report/0/2022-01-14"]),
        ({"text": "Theo dõi", "span": Span(start=100, end=300)},
         {"text": "báo cáo", "span": Span(start=150, end=250)}, ["report/0/2022-01-14"]),
        # different clauses: both stand
        ({"text": "Theo dõi", "span": Span(start=100, end=140)},
         {"text": "báo cáo", "span": Span(start=150, end=250)},
         ["task/0/2022-01-14", "report/0/2022-01-14"]),
        ({"text": "Cập nhật số liệu"}, {"text": _CLAUSE},
         ["task/0/2022-01-14", "report/0/2022-01-14"]),
        # same clause, another cycle: the task keeps its own
        ({"text": _CLAUSE, "deadline": "hằng tháng, trước ngày 10"}, {"text": _CLAUSE},
         ["task/0/2022-01-09", "report/0/2022-01-14"]),
        # a one-off due shared with the requirement of the same clause
        ({"text": _CLAUSE, "deadline": "trước ngày 20/01/2022"},
         {"text": _CLAUSE, "cycle": "đột xuất", "due": "trước ngày 20/01/2022"},
         ["report/0/2022-01-19"]),
    ],
)  # fmt: skip
def test_a_task_restating_a_report_is_listed_once(
    task_fields: dict[str, object], req_fields: dict[str, object], expected: list[str]
) -> None:
    task = {"deadline": "hằng tháng, trước ngày 15", **task_fields}
    req = {"cycle": "hằng tháng, trước ngày 15", **req_fields}
    plan = _plan(D(2021, 12, 23), tasks=[Task(**task)],  # type: ignore[arg-type]
                 reporting=[ReportingRequirement(**req)])  # type: ignore[arg-type]
    assert [ob.id for ob in plan.schedule(D(2022, 1, 1), D(2022, 1, 31))] == expected


def test_a_task_text_that_names_its_lead_is_its_own_title() -> None:
    text = ("Các Sở, Ban, ngành cấp tỉnh tùy theo chức năng, nhiệm vụ được phân công xây dựng Kế "
            "hoạch chi tiết")
    plan = _plan(tasks=[Task(text=text, lead=[Agency(name="CÁC SỞ, BAN, NGÀNH CẤP TỈNH")],
                             deadline="trước ngày 31/12/2026")])
    (ob,) = plan.schedule(*WIDE)
    assert ob.summary == f"{text} (trước ngày 31/12/2026)"


def test_a_custom_calendar_counts_working_days() -> None:
    from vnplan import CalendarOverride, WorkingCalendar

    # Friday 06/03/2026 made a day off: 2 working days after Wednesday 04/03 → Monday 09/03
    calendar = WorkingCalendar.default().with_overrides(
        [CalendarOverride(D(2026, 3, 6), "day off", "Nghỉ", "1/TB-TEST")])
    plan = _plan(D(2026, 3, 4), tasks=[_task("trong thời hạn 02 ngày làm việc")])
    assert [ob.date for ob in plan.schedule(*WIDE)] == [D(2026, 3, 6)]
    assert [ob.date for ob in plan.schedule(*WIDE, calendar=calendar)] == [D(2026, 3, 9)]
    ics = to_ics(plan, calendar=calendar, dtstamp=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    assert b"DUE;VALUE=DATE:20260309\r\n" in ics


@given(date_=st.one_of(st.dates(), st.datetimes(), st.text(max_size=3), st.none()),
       kind=st.one_of(st.sampled_from(["task_deadline", "report_due", "TASK"]), st.integers()),
       index=st.one_of(st.integers(-2, 3), st.booleans(), st.floats()),
       agencies=st.one_of(st.tuples(st.text(max_size=3)), st.lists(st.text(max_size=3)),
                          st.lists(st.integers()), st.text(max_size=3)),
       summary=st.one_of(st.text(max_size=5), st.integers()),
       period=st.one_of(st.none(), st.just(Period.year(2026)), st.text(max_size=3)))
def test_obligation_constructor_fuzz(date_: object, kind: object, index: object,
                                     agencies: object, summary: object, period: object) -> None:
    try:
        ob = Obligation(date_, kind, index, agencies, summary, "rule", period)  # type: ignore[arg-type]
    except VnplanError:
        return
    hash(ob)
    assert str(ob).endswith(str(summary))
    assert ob.id.startswith(("task/", "report/"))


def test_schedule_refuses_a_wrong_calendar() -> None:
    with pytest.raises(VnplanError, match="WorkingCalendar"):
        _plan().schedule(D(2026, 1, 1), D(2026, 2, 1), calendar="VN")  # type: ignore[arg-type]
    with pytest.raises(VnplanError, match="WorkingCalendar"):
        to_ics(_plan(), calendar=object())  # type: ignore[arg-type]
