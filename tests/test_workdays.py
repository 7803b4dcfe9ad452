"""Working days: expectations written from the Labor Code 2019 and the yearly announcements.

Sources for the expected values (see shared/domain.md §6 and the shipped data table):
- Labor Code 2019 Điều 112: 1/1; Tết 5 days; Giỗ Tổ 10/3 âm lịch; 30/4; 1/5; 2/9 + adjacent day.
  Điều 111.3: a holiday on the weekly rest day gives a nghỉ bù on the next working day.
- 2024: 2450/VPCP-KGVX (29/4 off, Saturday 04/5 worked); Tết Giáp Thìn 08/2–14/2/2024.
- 2025: 6150/TB-BLĐTBXH and 8726/VPCP-KGVX: Tết 25/01–02/02/2025; 30/4–04/5 with 02/5 swapped
  for Saturday 26/4; Quốc khánh 30/8–02/9/2025.
- 2026: Thông báo 9441 of Bộ Nội vụ (16/10/2025): Tết 16/2–20/2/2026 (9 days with weekends,
  14/2–22/2); Quốc khánh 2026 over five days with Monday 31/8 swapped for Saturday 22/8
  (swap dates from secondary sources only). Giỗ Tổ 2026 = Sunday 26/4 → nghỉ bù Monday 27/4.
- 24/11 Ngày Văn hóa Việt Nam from 2026: UNCONFIRMED legal basis (Politburo resolution 80-NQ/TW;
  no Labor Code amendment found); the calendar follows holidays 0.109, which has it.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnplan
from vnplan import (
    CalendarOverride,
    DayKind,
    InvalidComponent,
    InvalidFormat,
    VnplanError,
    WorkingCalendar,
    add_working_days,
    is_working_day,
    read_overrides,
    working_days_between,
)

D = date

OFF = [
    # 2024
    D(2024, 2, 8), D(2024, 2, 9), D(2024, 2, 12), D(2024, 2, 13), D(2024, 2, 14),
    D(2024, 4, 18),  # Giỗ Tổ 2024 (10/3 Giáp Thìn)
    D(2024, 4, 29), D(2024, 4, 30), D(2024, 5, 1),
    # 2025
    D(2025, 1, 1),
    D(2025, 1, 25), D(2025, 1, 26), D(2025, 1, 27), D(2025, 1, 28), D(2025, 1, 29),
    D(2025, 1, 30), D(2025, 1, 31), D(2025, 2, 1), D(2025, 2, 2),
    D(2025, 4, 7),  # Giỗ Tổ 2025, a Monday
    D(2025, 4, 30), D(2025, 5, 1), D(2025, 5, 2),
    D(2025, 8, 30), D(2025, 8, 31), D(2025, 9, 1), D(2025, 9, 2),
    # 2026
    D(2026, 1, 1),
    D(2026, 2, 14), D(2026, 2, 15), D(2026, 2, 16), D(2026, 2, 17), D(2026, 2, 18),
    D(2026, 2, 19), D(2026, 2, 20), D(2026, 2, 21), D(2026, 2, 22),
    D(2026, 4, 26), D(2026, 4, 27),
    D(2026, 4, 30), D(2026, 5, 1),
    D(2026, 8, 29), D(2026, 8, 30), D(2026, 8, 31), D(2026, 9, 1), D(2026, 9, 2),
    D(2026, 11, 24),  # UNCONFIRMED legal basis (see module docstring)
]  # fmt: skip

WORKING = [
    D(2024, 2, 7), D(2024, 2, 15), D(2024, 5, 2), D(2024, 5, 4),  # 4/5/2024: Saturday worked
    D(2025, 1, 24), D(2025, 2, 3), D(2025, 4, 8),
    D(2025, 4, 26),  # Saturday worked for 2/5/2025
    D(2025, 4, 29), D(2025, 5, 5), D(2025, 8, 29), D(2025, 9, 3),
    D(2026, 1, 5), D(2026, 2, 13), D(2026, 2, 23), D(2026, 4, 24), D(2026, 4, 28),
    D(2026, 4, 29), D(2026, 5, 4), D(2026, 8, 21),
    D(2026, 8, 22),  # Saturday worked for 31/8/2026
    D(2026, 8, 28), D(2026, 9, 3), D(2026, 11, 23), D(2026, 11, 25),
]  # fmt: skip


@pytest.mark.parametrize("day", OFF, ids=str)
def test_announced_and_statutory_days_off(day: date) -> None:
    assert not is_working_day(day)


@pytest.mark.parametrize("day", WORKING, ids=str)
def test_working_days_around_holidays(day: date) -> None:
    assert is_working_day(day)


@pytest.mark.parametrize(
    ("day", "n", "expected"),
    [
        (D(2026, 2, 13), 1, D(2026, 2, 23)),  # across the 9-day Tết 2026 break
        (D(2026, 2, 23), -1, D(2026, 2, 13)),
        (D(2026, 2, 12), 5, D(2026, 2, 26)),  # "trong 05 ngày làm việc" from Thursday 12/2
        (D(2026, 4, 24), 1, D(2026, 4, 28)),  # Giỗ Tổ Sunday 26/4, nghỉ bù Monday 27/4
        (D(2026, 4, 29), 1, D(2026, 5, 4)),  # 30/4 Thursday, 1/5 Friday
        (D(2026, 8, 21), 1, D(2026, 8, 22)),  # the swapped Saturday is worked
        (D(2026, 8, 28), 1, D(2026, 9, 3)),  # 31/8 swap, 1/9 and 2/9
        (D(2025, 1, 24), 1, D(2025, 2, 3)),  # Tết 2025
        (D(2025, 4, 29), 1, D(2025, 5, 5)),
        (D(2025, 4, 25), 1, D(2025, 4, 26)),  # Saturday 26/4/2025 worked
        (D(2025, 8, 29), 1, D(2025, 9, 3)),  # Quốc khánh 2025: 30/8–2/9
        (D(2026, 12, 31), 1, D(2027, 1, 4)),  # 1/1/2027 is a Friday
        (D(2026, 1, 5), 5, D(2026, 1, 12)),  # an ordinary week
        (D(2026, 1, 10), 1, D(2026, 1, 12)),  # from a Saturday
        (D(2026, 1, 10), -1, D(2026, 1, 9)),
        (D(2026, 1, 12), -1, D(2026, 1, 9)),
    ],
)
def test_add_working_days(day: date, n: int, expected: date) -> None:
    assert add_working_days(day, n) == expected
    assert working_days_between(day, expected) == n


@pytest.mark.parametrize("day", [D(2026, 2, 17), D(2026, 1, 10), D(2026, 1, 12)], ids=str)
def test_zero_working_days_is_the_same_day(day: date) -> None:
    assert add_working_days(day, 0) == day


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        # 2025: 261 weekdays; 12 weekday holidays (1/1, 27–31/1, 7/4, 30/4, 1/5, 2/5, 1/9, 2/9);
        # one Saturday worked (26/4) → 250.
        (D(2024, 12, 31), D(2025, 12, 31), 250),
        # 2026: 261 weekdays; 13 weekday holidays (1/1, 16–20/2, 27/4, 30/4, 1/5, 31/8, 1/9,
        # 2/9, 24/11); one Saturday worked (22/8) → 249.
        (D(2025, 12, 31), D(2026, 12, 31), 249),
        (D(2026, 4, 24), D(2026, 5, 4), 3),  # 28/4, 29/4, 4/5
        (D(2026, 5, 4), D(2026, 4, 24), -3),  # 24/4, 28/4, 29/4 (end included, start excluded)
        (D(2026, 1, 10), D(2026, 1, 10), 0),
        (D(2026, 1, 10), D(2026, 1, 11), 0),  # a weekend
    ],
)
def test_working_days_between(start: date, end: date, expected: int) -> None:
    assert working_days_between(start, end) == expected


def test_holiday_names_are_vietnamese() -> None:
    cal = WorkingCalendar.default()
    assert cal.holiday_name(D(2026, 2, 17)) == "Tết Nguyên Đán"
    assert "nghỉ bù" in (cal.holiday_name(D(2026, 4, 27)) or "")
    assert "Hùng Vương" in (cal.holiday_name(D(2026, 4, 27)) or "")
    assert "Quốc khánh" in (cal.holiday_name(D(2026, 8, 31)) or "")
    assert cal.holiday_name(D(2026, 1, 10)) is None  # an ordinary Saturday
    assert cal.holiday_name(D(2026, 8, 22)) is None  # a Saturday made a working day


def test_roll_forward_and_backward() -> None:
    cal = WorkingCalendar.default()
    assert cal.roll_forward(D(2026, 2, 17)) == D(2026, 2, 23)
    assert cal.roll_backward(D(2026, 2, 17)) == D(2026, 2, 13)
    assert cal.roll_forward(D(2026, 2, 13)) == D(2026, 2, 13)
    assert cal.roll_backward(D(2026, 2, 13)) == D(2026, 2, 13)


def test_working_days_lists_the_days() -> None:
    days = list(WorkingCalendar.default().working_days(D(2026, 4, 24), D(2026, 5, 4)))
    assert days == [D(2026, 4, 24), D(2026, 4, 28), D(2026, 4, 29), D(2026, 5, 4)]
    assert list(WorkingCalendar.default().working_days(D(2026, 5, 4), D(2026, 4, 24))) == []


# -- overrides -----------------------------------------------------------------------------


def test_shipped_table_rows_have_sources_and_sensible_weekdays() -> None:
    rows = WorkingCalendar.default().overrides
    assert rows, "the shipped table is empty"
    for row in rows:
        assert row.source.count("/") == 1, row
        assert "-" in row.source, row
        assert row.description, row
        if row.kind is DayKind.WORKING_DAY:
            assert row.date.weekday() >= 5, f"{row.date} is not a weekend day"
        else:
            assert row.date.weekday() < 5, f"{row.date} is already a weekend day"


def test_run_time_overrides_add_and_cancel_days() -> None:
    base = WorkingCalendar.default()
    extra = base.with_overrides(
        [
            CalendarOverride(D(2027, 1, 2), "working day", "Làm bù", "1/TB-BNV"),
            CalendarOverride(D(2027, 1, 4), DayKind.DAY_OFF, "Nghỉ hoán đổi", "1/TB-BNV"),
        ]
    )
    assert extra.is_working_day(D(2027, 1, 2))
    assert not base.is_working_day(D(2027, 1, 2))
    assert not extra.is_working_day(D(2027, 1, 4))
    assert base.is_working_day(D(2027, 1, 4))
    assert extra.holiday_name(D(2027, 1, 4)) == "Nghỉ hoán đổi"
    assert extra.add_working_days(D(2026, 12, 31), 1) == D(2027, 1, 2)
    # the shipped rows stay in force, once
    assert extra.overrides[: len(base.overrides)] == base.overrides
    assert len(extra.overrides) == len(base.overrides) + 2
    assert not extra.is_working_day(D(2026, 8, 31))


def test_later_rows_win() -> None:
    cal = WorkingCalendar(
        [
            CalendarOverride(D(2027, 3, 1), "day off", "a", "1/TB-BNV"),
            CalendarOverride(D(2027, 3, 1), "working day", "b", "2/TB-BNV"),
        ]
    )
    assert cal.is_working_day(D(2027, 3, 1))


def test_a_working_day_row_cancels_a_statutory_holiday() -> None:
    # e.g. for callers who do not accept 24/11 (UNCONFIRMED legal basis) as a day off
    cal = WorkingCalendar.default().with_overrides(
        [CalendarOverride(D(2026, 11, 24), "working day", "Không nghỉ 24/11", "x/y-z")]
    )
    assert cal.is_working_day(D(2026, 11, 24))
    assert cal.holiday_name(D(2026, 11, 24)) is None


def test_without_the_shipped_table() -> None:
    assert WorkingCalendar(shipped=False).overrides == ()


def test_from_csv(tmp_path: Path) -> None:
    path = tmp_path / "extra.csv"
    path.write_text(
        "# announced after the release\n"
        "date,kind,description,source\n"
        '2027-02-13,working day,"Làm bù cho Tết Đinh Mùi",100/TB-BNV\n',
        "utf-8",
    )
    cal = WorkingCalendar.from_csv(path)
    assert cal.is_working_day(D(2027, 2, 13))
    assert cal.overrides[-1].source == "100/TB-BNV"
    with pytest.raises(VnplanError, match="cannot read"):
        WorkingCalendar.from_csv(tmp_path / "missing.csv")


@pytest.mark.parametrize(
    ("text", "error", "line"),
    [
        ("", InvalidFormat, 1),
        ("day,kind\n", InvalidFormat, 1),
        ("date,kind,description,source\n2027-13-01,day off,x,1/A-B\n", InvalidComponent, 2),
        ("date,kind,description,source\n2027-01-01,holiday,x,1/A-B\n", InvalidComponent, 2),
        ("date,kind,description,source\n\n# c\n2027-01-01,day off\n", InvalidFormat, 4),
    ],
)
def test_read_overrides_errors_point_at_the_line(
    text: str, error: type[Exception], line: int
) -> None:
    with pytest.raises(error) as info:
        read_overrides(text)
    assert getattr(info.value, "line", None) == line


def test_bad_arguments_raise_vnplan_errors() -> None:
    with pytest.raises(VnplanError, match="1901-2100"):
        is_working_day(D(1900, 1, 1))
    with pytest.raises(VnplanError, match="outside"):
        add_working_days(D(2100, 12, 30), 10)
    with pytest.raises(VnplanError, match="outside"):
        add_working_days(D(1901, 1, 3), -10)
    with pytest.raises(VnplanError, match=r"datetime\.date"):
        is_working_day("2026-01-01")  # type: ignore[arg-type]
    with pytest.raises(VnplanError, match="int"):
        add_working_days(D(2026, 1, 1), 1.5)  # type: ignore[arg-type]
    with pytest.raises(VnplanError, match="day kind"):
        CalendarOverride(D(2026, 1, 1), "holiday")
    with pytest.raises(VnplanError, match="CalendarOverride"):
        WorkingCalendar([("2026-01-01", "day off")])  # type: ignore[list-item]


def test_module_functions_use_the_default_calendar() -> None:
    assert vnplan.WorkingCalendar.default() is WorkingCalendar.default()


# -- properties ----------------------------------------------------------------------------

dates = st.dates(D(1902, 1, 1), D(2099, 12, 31))


@given(st.dates(D(1920, 1, 1), D(2080, 12, 31)), st.integers(-3000, 3000))
def test_add_then_count_round_trips(day: date, n: int) -> None:
    result = add_working_days(day, n)
    if n != 0:
        assert is_working_day(result)
        assert (result > day) == (n > 0)
    assert working_days_between(day, result) == n


@given(dates, st.integers(1, 40))
def test_add_is_the_nth_working_day_by_walking(day: date, n: int) -> None:
    # an independent oracle: walk day by day
    walked, count = day, 0
    while count < n:
        walked += timedelta(days=1)
        count += is_working_day(walked)
    assert add_working_days(day, n) == walked
    walked, count = day, 0
    while count < n:
        walked -= timedelta(days=1)
        count += is_working_day(walked)
    assert add_working_days(day, -n) == walked


# the span reaches up to 400 days past the start: keep the end inside 1901-2100
@given(st.dates(D(1902, 1, 1), D(2098, 12, 31)), st.integers(0, 400))
def test_count_matches_a_day_by_day_count(day: date, span: int) -> None:
    end = day + timedelta(days=span)
    by_day = sum(is_working_day(day + timedelta(days=i)) for i in range(1, span + 1))
    assert working_days_between(day, end) == by_day
    # reversed: end excluded, start included
    by_day_back = sum(is_working_day(day + timedelta(days=i)) for i in range(span))
    assert working_days_between(end, day) == -by_day_back


@given(st.text(max_size=300))
def test_read_overrides_fuzz(text: str) -> None:
    try:
        rows = read_overrides(text)
    except VnplanError:
        return
    assert all(isinstance(r, CalendarOverride) for r in rows)


@given(
    st.lists(
        st.tuples(st.dates(D(2030, 1, 1), D(2030, 12, 31)), st.sampled_from(list(DayKind))),
        max_size=8,
    )
)
def test_overrides_decide_their_days(rows: list[tuple[date, DayKind]]) -> None:
    cal = WorkingCalendar(CalendarOverride(d, k, "x", "1/A-B") for d, k in rows)
    last = dict(rows)
    for d, k in last.items():
        assert cal.is_working_day(d) == (k is DayKind.WORKING_DAY)
