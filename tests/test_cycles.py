"""Reporting cycles: phrases from Decree 09/2019 practice and the development corpus.

Expected values are read from the phrases themselves: "trước ngày X" is strict (last day X-1),
"chậm nhất ngày X" includes X (module docstring of vnplan.cycles).
"""

from __future__ import annotations

from datetime import date

import pydantic
import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnplan import Period, VnplanError, data_window
from vnplan.cycles import (
    Adjustment,
    DueRelation,
    Frequency,
    ReportingCycle,
    parse_cycles,
)

F = Frequency
BEFORE, BY = DueRelation.BEFORE, DueRelation.BY


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hằng tháng", [ReportingCycle(F.MONTHLY)]),
        ("hàng tháng", [ReportingCycle(F.MONTHLY)]),
        ("Hằng Tháng", [ReportingCycle(F.MONTHLY)]),
        (
            "báo cáo định kỳ hằng tháng (trước ngày 15 hằng tháng)",
            [ReportingCycle(F.MONTHLY, 15, relation=BEFORE)],
        ),
        (
            "hằng quý, chậm nhất vào ngày 25 của tháng cuối quý",
            [ReportingCycle(F.QUARTERLY, 25, 0, BY)],
        ),
        ("hàng năm trước ngày 15 tháng 12", [ReportingCycle(F.YEARLY, 15, 0, BEFORE)]),
        ("hằng tuần", [ReportingCycle(F.WEEKLY)]),
        ("6 tháng và năm", [ReportingCycle(F.HALF_YEARLY), ReportingCycle(F.YEARLY)]),
        ("6 tháng, hằng năm", [ReportingCycle(F.HALF_YEARLY), ReportingCycle(F.YEARLY)]),
        ("định kỳ 6 tháng", [ReportingCycle(F.HALF_YEARLY)]),
        ("báo cáo 9 tháng đầu năm", [ReportingCycle(F.NINE_MONTHS)]),
        ("đột xuất", [ReportingCycle(F.AD_HOC)]),
        ("báo cáo chuyên đề", [ReportingCycle(F.THEMATIC)]),
        # corpus 003
        (
            "báo cáo kết quả triển khai thực hiện trước ngày 20 hằng tháng lên phần mềm",
            [ReportingCycle(F.MONTHLY, 20, relation=BEFORE)],
        ),
        # corpus 001
        (
            "Định kỳ báo cáo UBND tỉnh kết quả thực hiện Kế hoạch hằng năm (trước ngày 15 "
            "tháng 11) hoặc theo đề nghị",
            [ReportingCycle(F.YEARLY, 15, -1, BEFORE)],
        ),
        # corpus 007
        (
            "Các Sở, ngành, địa phương định kỳ hàng năm (trước ngày 10/12) hoặc đột xuất báo cáo",
            [ReportingCycle(F.YEARLY, 10, 0, BEFORE), ReportingCycle(F.AD_HOC)],
        ),
        # corpus 020
        (
            "tổng hợp, báo cáo theo định kỳ hàng quý (trước ngày 20 của tháng cuối quý), hàng "
            "năm (trước ngày 10/12) hoặc đột xuất về công tác quản lý trật tự xây dựng",
            [
                ReportingCycle(F.QUARTERLY, 20, 0, BEFORE),
                ReportingCycle(F.YEARLY, 10, 0, BEFORE),
                ReportingCycle(F.AD_HOC),
            ],
        ),
        # corpus 026
        (
            "gửi kết quả đánh giá, xếp loại về Sở Giáo dục và Đào tạo, hạn cuối ngày 15 tháng 12 "
            "hàng năm",
            [ReportingCycle(F.YEARLY, 15, 0, BY)],
        ),
        # corpus 039
        (
            "báo cáo định kỳ 6 tháng và cả năm, trước ngày 20 tháng 6 và trước ngày 20 tháng 12 "
            "hằng năm, theo Biểu số 01",
            [ReportingCycle(F.HALF_YEARLY, 20, 0, BEFORE), ReportingCycle(F.YEARLY, 20, 0, BEFORE)],
        ),
        # corpus 005: a time of day is not a day of the month
        (
            "báo cáo UBND tỉnh trước 19h00’ hằng ngày và đột xuất khi cần thiết",
            [ReportingCycle(F.DAILY), ReportingCycle(F.AD_HOC)],
        ),
        # corpus 012
        (
            "hàng quý, hàng năm thực hiện chế độ",
            [ReportingCycle(F.QUARTERLY), ReportingCycle(F.YEARLY)],
        ),
        ("hằng tuần, trước thứ Sáu", [ReportingCycle(F.WEEKLY, 4, relation=BEFORE)]),
        ("chậm nhất thứ Năm hằng tuần", [ReportingCycle(F.WEEKLY, 3, relation=BY)]),
        (
            "hằng năm, trước ngày 15 tháng 01 năm sau",
            [ReportingCycle(F.YEARLY, 15, 1, BEFORE)],
        ),
        ("trước ngày 15 tháng 01 hằng năm", [ReportingCycle(F.YEARLY, 15, 1, BEFORE)]),
        (
            "hằng tháng, chậm nhất ngày 05 của tháng sau",
            [ReportingCycle(F.MONTHLY, 5, 1, BY)],
        ),
        (
            "hằng quý, trước ngày 15 tháng đầu quý sau",
            [ReportingCycle(F.QUARTERLY, 15, 1, BEFORE)],
        ),
        (
            "hằng tháng, chậm nhất ngày 25 (nếu trùng ngày nghỉ thì chuyển sang ngày làm việc "
            "tiếp theo)",
            [ReportingCycle(F.MONTHLY, 25, 0, BY, Adjustment.FOLLOWING)],
        ),
        (
            "hằng tháng, trước hoặc trong ngày 10",
            [ReportingCycle(F.MONTHLY, 10, 0, BY)],
        ),
        # not cycles
        ("trong thời hạn 6 tháng kể từ ngày ký", []),
        ("Hà Nội, ngày 06 tháng 9 năm 2025", []),
        ("không có chu kỳ nào", []),
        ("", []),
    ],
)
def test_parse_cycles(text: str, expected: list[ReportingCycle]) -> None:
    assert parse_cycles(text) == expected


@pytest.mark.parametrize(
    ("cycle", "text"),
    [
        (ReportingCycle(F.MONTHLY), "hằng tháng"),
        (ReportingCycle(F.MONTHLY, 15, relation=BEFORE), "hằng tháng, trước ngày 15"),
        (ReportingCycle(F.MONTHLY, 5, 1, BY), "hằng tháng, chậm nhất ngày 05 của tháng sau"),
        (ReportingCycle(F.QUARTERLY, 25), "hằng quý, chậm nhất ngày 25 của tháng cuối quý"),
        (ReportingCycle(F.HALF_YEARLY, 20, 0, BEFORE), "6 tháng, trước ngày 20 của tháng cuối kỳ"),
        (ReportingCycle(F.YEARLY, 15, -1, BEFORE), "hằng năm, trước ngày 15 tháng 11"),
        (ReportingCycle(F.YEARLY, 15, 1, BEFORE), "hằng năm, trước ngày 15 tháng 01 năm sau"),
        (ReportingCycle(F.WEEKLY, 4, relation=BY), "hằng tuần, chậm nhất thứ Sáu"),
        (ReportingCycle(F.WEEKLY, 6, relation=BY), "hằng tuần, chậm nhất Chủ nhật"),
        (ReportingCycle(F.AD_HOC), "đột xuất"),
        (
            ReportingCycle(F.MONTHLY, 25, adjustment=Adjustment.PRECEDING),
            "hằng tháng, chậm nhất ngày 25 (nếu trùng ngày nghỉ thì chuyển lên ngày làm việc "
            "liền trước)",
        ),
    ],
)
def test_canonical_string(cycle: ReportingCycle, text: str) -> None:
    assert str(cycle) == text
    assert ReportingCycle.parse(text) == cycle


D = date


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        # weekly: Friday of each week
        (
            "hằng tuần, chậm nhất thứ Sáu",
            D(2026, 3, 1), D(2026, 3, 31),
            [D(2026, 3, 6), D(2026, 3, 13), D(2026, 3, 20), D(2026, 3, 27)],
        ),
        ("hằng tuần", D(2026, 3, 2), D(2026, 3, 15), [D(2026, 3, 8), D(2026, 3, 15)]),
        # monthly, strict "trước ngày 15": the 14th
        (
            "trước ngày 15 hằng tháng",
            D(2026, 1, 1), D(2026, 4, 30),
            [D(2026, 1, 14), D(2026, 2, 14), D(2026, 3, 14), D(2026, 4, 14)],
        ),
        # no day: the last day of each month
        ("hằng tháng", D(2026, 1, 1), D(2026, 3, 31),
         [D(2026, 1, 31), D(2026, 2, 28), D(2026, 3, 31)]),
        # day 31 in short months: the month's last day
        (
            "hằng tháng, chậm nhất ngày 31",
            D(2024, 1, 1), D(2024, 4, 30),
            [D(2024, 1, 31), D(2024, 2, 29), D(2024, 3, 31), D(2024, 4, 30)],
        ),
        # quarterly
        (
            "hằng quý, chậm nhất vào ngày 25 của tháng cuối quý",
            D(2026, 1, 1), D(2026, 12, 31),
            [D(2026, 3, 25), D(2026, 6, 25), D(2026, 9, 25), D(2026, 12, 25)],
        ),
        (
            "hằng quý, trước ngày 15 tháng đầu quý sau",
            D(2026, 1, 1), D(2026, 12, 31),
            [D(2026, 1, 14), D(2026, 4, 14), D(2026, 7, 14), D(2026, 10, 14)],
        ),
        # half-yearly and nine months
        ("6 tháng, trước ngày 20 của tháng cuối kỳ", D(2026, 1, 1), D(2026, 12, 31),
         [D(2026, 6, 19), D(2026, 12, 19)]),
        ("9 tháng, chậm nhất ngày 25 của tháng cuối kỳ", D(2025, 1, 1), D(2026, 12, 31),
         [D(2025, 9, 25), D(2026, 9, 25)]),
        # yearly
        ("hàng năm trước ngày 15 tháng 12", D(2025, 1, 1), D(2026, 12, 31),
         [D(2025, 12, 14), D(2026, 12, 14)]),
        ("trước ngày 15 tháng 01 hằng năm", D(2026, 1, 1), D(2026, 12, 31), [D(2026, 1, 14)]),
        ("hằng năm", D(2026, 1, 1), D(2026, 12, 31), [D(2026, 12, 31)]),
        # no schedule
        ("đột xuất", D(2026, 1, 1), D(2026, 12, 31), []),
        ("chuyên đề", D(2026, 1, 1), D(2026, 12, 31), []),
        ("hằng tháng", D(2026, 5, 1), D(2026, 4, 1), []),
    ],
)  # fmt: skip
def test_due_dates(text: str, start: date, end: date, expected: list[date]) -> None:
    assert ReportingCycle.parse(text).due_dates(start, end) == expected


def test_daily_due_dates() -> None:
    days = ReportingCycle(F.DAILY).due_dates(D(2026, 2, 27), D(2026, 3, 2))
    assert days == [D(2026, 2, 27), D(2026, 2, 28), D(2026, 3, 1), D(2026, 3, 2)]


@pytest.mark.parametrize(
    ("adjustment", "expected"),
    [
        # chậm nhất ngày 25 hằng tháng in 2026: 25/1 is a Sunday, 25/4 a Saturday,
        # 25/7 a Saturday, 25/10 a Sunday.
        (Adjustment.NONE, [D(2026, 1, 25), D(2026, 4, 25), D(2026, 7, 25), D(2026, 10, 25)]),
        (Adjustment.FOLLOWING, [D(2026, 1, 26), D(2026, 4, 28), D(2026, 7, 27), D(2026, 10, 26)]),
        (Adjustment.PRECEDING, [D(2026, 1, 23), D(2026, 4, 24), D(2026, 7, 24), D(2026, 10, 23)]),
    ],
)
def test_working_day_adjustment(adjustment: Adjustment, expected: list[date]) -> None:
    # 25/4/2026 Saturday → following: Monday 27/4 is the Giỗ Tổ nghỉ bù, so Tuesday 28/4
    cycle = ReportingCycle(F.MONTHLY, 25)
    every = cycle.due_dates(D(2026, 1, 1), D(2026, 12, 31), adjustment=adjustment)
    picked = [d for d in every if d.month in (1, 4, 7, 10)]
    assert picked == expected


def test_adjustment_parsed_from_the_text_applies() -> None:
    cycle = ReportingCycle.parse(
        "hằng tháng, chậm nhất ngày 17 "
        "(nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo)"
    )
    # 17/02/2026 is mùng 1 Tết; the break runs to Sunday 22/02
    assert D(2026, 2, 23) in cycle.due_dates(D(2026, 2, 1), D(2026, 2, 28))


@pytest.mark.parametrize(
    "text", ["", "không có gì", "6 tháng và năm", "hằng quý, hằng năm hoặc đột xuất"]
)
def test_parse_one_refuses_none_or_several(text: str) -> None:
    with pytest.raises(VnplanError):
        ReportingCycle.parse(text)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"frequency": F.MONTHLY, "day": 32}, "day of the month"),
        ({"frequency": F.MONTHLY, "day": 0}, "day of the month"),
        ({"frequency": F.WEEKLY, "day": 7}, "weekday"),
        ({"frequency": F.MONTHLY, "day": 5, "month_offset": 2}, "month offset"),
        ({"frequency": F.AD_HOC, "month_offset": 1}, "month offset"),
        ({"frequency": "fortnightly"}, "fortnightly"),
        ({"frequency": F.AD_HOC, "day": 5}, "no due day"),
        ({"frequency": F.DAILY, "day": 5}, "no due day"),
        ({"frequency": F.MONTHLY, "relation": "before"}, "no relation"),
        ({"frequency": F.THEMATIC, "adjustment": "following"}, "no due day to adjust"),
    ],
)
def test_invalid_cycles(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(VnplanError, match=message):
        ReportingCycle(**kwargs)  # type: ignore[arg-type]


def test_invalid_month_in_text_is_a_parse_error() -> None:
    with pytest.raises(VnplanError, match="month"):
        parse_cycles("hằng năm, trước ngày 15 tháng 13")


class _Model(pydantic.BaseModel):
    cycle: ReportingCycle


def test_pydantic_round_trip() -> None:
    model = _Model.model_validate({"cycle": "hằng quý, chậm nhất vào ngày 25 của tháng cuối quý"})
    assert model.cycle == ReportingCycle(F.QUARTERLY, 25)
    dumped = model.model_dump_json()
    assert dumped == '{"cycle":"hằng quý, chậm nhất ngày 25 của tháng cuối quý"}'
    assert _Model.model_validate_json(dumped) == model
    schema = _Model.model_json_schema()
    assert schema["properties"]["cycle"]["type"] == "string"
    with pytest.raises(pydantic.ValidationError):
        _Model.model_validate({"cycle": "không có chu kỳ"})
    with pytest.raises(pydantic.ValidationError):
        _Model.model_validate({"cycle": 12})


# -- properties ----------------------------------------------------------------------------


@st.composite
def cycles(draw: st.DrawFn) -> ReportingCycle:
    freq = draw(st.sampled_from(list(Frequency)))
    adjustment = draw(st.sampled_from(list(Adjustment))) if freq.is_periodic else Adjustment.NONE
    if not freq.is_periodic or freq is F.DAILY or draw(st.booleans()):
        return ReportingCycle(freq, adjustment=adjustment)
    relation = draw(st.sampled_from(list(DueRelation)))
    if freq is F.WEEKLY:
        return ReportingCycle(freq, draw(st.integers(0, 6)), 0, relation, adjustment)
    low, high = {
        F.MONTHLY: (0, 1),
        F.QUARTERLY: (-2, 1),
        F.HALF_YEARLY: (0, 1),
        F.NINE_MONTHS: (0, 1),
        F.YEARLY: (-8, 3),
    }[freq]
    return ReportingCycle(
        freq, draw(st.integers(1, 31)), draw(st.integers(low, high)), relation, adjustment
    )


@given(cycles())
def test_str_parse_round_trip(cycle: ReportingCycle) -> None:
    assert ReportingCycle.parse(str(cycle)) == cycle


@given(cycles(), st.dates(D(1990, 1, 1), D(2090, 12, 31)), st.integers(0, 800))
def test_due_dates_are_sorted_unique_and_in_range(
    cycle: ReportingCycle, start: date, span: int
) -> None:
    end = date.fromordinal(start.toordinal() + span)
    days = cycle.due_dates(start, end)
    assert days == sorted(set(days))
    assert all(start <= d <= end for d in days)
    if cycle.frequency in (F.MONTHLY,) and span >= 62:
        assert len(days) >= 1


@given(st.text(max_size=200))
def test_parse_cycles_fuzz(text: str) -> None:
    try:
        result = parse_cycles(text)
    except VnplanError:
        return
    assert all(isinstance(c, ReportingCycle) for c in result)


@given(
    st.lists(
        st.sampled_from(
            ["hằng", "tháng", "quý", "năm", "trước", "ngày", "15", "6", "và", ",", " ", "(", ")",
             "chậm nhất", "của", "cuối", "sau", "đột xuất", "thứ", "Sáu", "/", "12"]
        ),
        max_size=40,
    )
)
def test_parse_cycles_fuzz_vocabulary(words: list[str]) -> None:
    text = " ".join(words)
    try:
        result = parse_cycles(text)
    except VnplanError:
        return
    for cycle in result:
        assert ReportingCycle.parse(str(cycle)) == cycle


@pytest.mark.parametrize("chunk", ["1", ".", "/", " ", "6 tháng ", "trước ngày 15 ", "hằng "])
def test_one_megabyte_inputs(chunk: str) -> None:
    text = chunk * (1_000_000 // len(chunk))
    result = parse_cycles(text)
    assert isinstance(result, list)


# -- data windows (Decree 09/2019) and periods ---------------------------------------------


@pytest.mark.parametrize(
    ("frequency", "period", "start", "end"),
    [
        (F.MONTHLY, Period.month(2026, 3), D(2026, 2, 15), D(2026, 3, 14)),
        (F.MONTHLY, Period.month(2026, 1), D(2025, 12, 15), D(2026, 1, 14)),
        (F.QUARTERLY, Period.quarter(2026, 1), D(2025, 12, 15), D(2026, 3, 14)),
        (F.QUARTERLY, Period.quarter(2026, 3), D(2026, 6, 15), D(2026, 9, 14)),
        (F.HALF_YEARLY, Period.first_half(2026), D(2025, 12, 15), D(2026, 6, 14)),
        (F.HALF_YEARLY, Period.second_half(2026), D(2026, 6, 15), D(2026, 12, 14)),
        (F.NINE_MONTHS, Period.nine_months(2026), D(2025, 12, 15), D(2026, 9, 14)),
        (F.YEARLY, Period.year(2025), D(2024, 12, 15), D(2025, 12, 14)),  # corpus 013
    ],
)
def test_data_window(frequency: Frequency, period: Period, start: date, end: date) -> None:
    window = data_window(frequency, period)
    assert (window.start, window.end) == (start, end)
    assert ReportingCycle(frequency).data_window(period) == window


@pytest.mark.parametrize(
    ("frequency", "period"),
    [
        (F.MONTHLY, Period.quarter(2026, 1)),
        (F.YEARLY, Period.first_half(2026)),
        (F.WEEKLY, Period.month(2026, 1)),
        (F.AD_HOC, Period.year(2026)),
        ("fortnightly", Period.year(2026)),
    ],
)
def test_data_window_refuses_mismatches(frequency: Frequency, period: Period) -> None:
    with pytest.raises(VnplanError):
        data_window(frequency, period)


@pytest.mark.parametrize(
    ("text", "due", "expected"),
    [
        ("trước ngày 15 hằng tháng", D(2026, 3, 14), Period.month(2026, 3)),
        ("trước ngày 15 hằng tháng", D(2026, 3, 15), Period.month(2026, 4)),  # next report
        ("hằng tháng, chậm nhất ngày 05 của tháng sau", D(2026, 4, 5), Period.month(2026, 3)),
        ("hằng quý, chậm nhất vào ngày 25 của tháng cuối quý", D(2026, 6, 25),
         Period.quarter(2026, 2)),
        ("hằng quý, trước ngày 15 tháng đầu quý sau", D(2026, 1, 14), Period.quarter(2025, 4)),
        ("6 tháng, trước ngày 20 của tháng cuối kỳ", D(2026, 6, 19), Period.first_half(2026)),
        ("6 tháng, trước ngày 20 của tháng cuối kỳ", D(2026, 12, 19), Period.second_half(2026)),
        ("9 tháng", D(2026, 9, 30), Period.nine_months(2026)),
        ("hằng năm, trước ngày 15 tháng 01 năm sau", D(2026, 1, 14), Period.year(2025)),
        ("hàng năm trước ngày 15 tháng 12", D(2026, 12, 14), Period.year(2026)),
        ("hằng tuần, chậm nhất thứ Sáu", D(2026, 3, 6),
         Period.between(D(2026, 3, 2), D(2026, 3, 8))),
    ],
)  # fmt: skip
def test_period_for(text: str, due: date, expected: Period) -> None:
    assert ReportingCycle.parse(text).period_for(due) == expected


def test_period_for_ad_hoc_refused() -> None:
    with pytest.raises(VnplanError):
        ReportingCycle(F.AD_HOC).period_for(D(2026, 1, 1))


@given(cycles(), st.dates(D(1990, 1, 1), D(2090, 12, 31)))
def test_each_due_date_belongs_to_a_period_that_ends_near_it(
    cycle: ReportingCycle, start: date
) -> None:
    if not cycle.frequency.is_periodic:
        return
    end = date.fromordinal(start.toordinal() + 200)
    for due in cycle.due_dates(start, end)[:3]:
        period = cycle.period_for(due)
        # a due day lies at most 11 months before and 4 months after its period's end
        assert -340 <= (due - period.end).days <= 130


@given(cycles(), st.dates(), st.integers(0, 60))
def test_extreme_dates_raise_only_vnplan_errors(
    cycle: ReportingCycle, start: date, span: int
) -> None:
    end = date.fromordinal(min(start.toordinal() + span, date.max.toordinal()))
    try:
        days = cycle.due_dates(start, end)
        if days:
            cycle.period_for(days[0])
    except VnplanError:
        pass


@pytest.mark.parametrize("cycle", [
    ReportingCycle(F.WEEKLY, 0, relation=BEFORE), ReportingCycle(F.MONTHLY, 1, relation=BEFORE),
    ReportingCycle(F.YEARLY, 15, 3), ReportingCycle(F.DAILY), ReportingCycle(F.QUARTERLY, 1, -2),
])
@pytest.mark.parametrize(("start", "end"), [
    (date.min, D(1, 3, 1)), (D(9999, 10, 1), date.max),
])
def test_calendar_edges(cycle: ReportingCycle, start: date, end: date) -> None:
    days = cycle.due_dates(start, end)
    assert all(start <= d <= end for d in days)


@given(cycles(), st.dates(D(1990, 1, 1), D(2090, 12, 31)), st.integers(0, 900))
def test_rrule_expands_to_the_due_dates(cycle: ReportingCycle, start: date, span: int) -> None:
    from datetime import datetime

    from dateutil.rrule import rrulestr

    rule = cycle.rrule()
    if rule is None:
        assert cycle.adjustment is not Adjustment.NONE or not cycle.frequency.is_periodic
        return
    end = date.fromordinal(start.toordinal() + span)
    expanded = rrulestr(rule, dtstart=datetime(start.year, start.month, start.day)).between(
        datetime(start.year, start.month, start.day),
        datetime(end.year, end.month, end.day),
        inc=True,
    )
    assert [d.date() for d in expanded] == cycle.due_dates(start, end)


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("trước ngày 15 hằng tháng", D(2026, 1, 1), D(2026, 3, 31),
         [(D(2026, 1, 14), Period.month(2026, 1)), (D(2026, 2, 14), Period.month(2026, 2)),
          (D(2026, 3, 14), Period.month(2026, 3))]),
        ("hằng năm, trước ngày 15 tháng 01 năm sau", D(2026, 1, 1), D(2026, 12, 31),
         [(D(2026, 1, 14), Period.year(2025))]),
        ("6 tháng, trước ngày 20 của tháng cuối kỳ", D(2026, 1, 1), D(2026, 12, 31),
         [(D(2026, 6, 19), Period.first_half(2026)), (D(2026, 12, 19), Period.second_half(2026))]),
        ("hằng quý, chậm nhất ngày 15 tháng đầu quý sau", D(2026, 1, 1), D(2026, 4, 14),
         [(D(2026, 1, 15), Period.quarter(2025, 4))]),
        ("hằng tuần, trước thứ Sáu", D(2026, 3, 1), D(2026, 3, 10),
         [(D(2026, 3, 5), Period.between(D(2026, 3, 2), D(2026, 3, 8)))]),
        ("đột xuất", D(2026, 1, 1), D(2026, 12, 31), []),
    ],
)  # fmt: skip
def test_due_periods(
    text: str, start: date, end: date, expected: list[tuple[date, Period]]
) -> None:
    assert ReportingCycle.parse(text).due_periods(start, end) == expected


@given(cycles(), st.dates(D(1990, 1, 1), D(2090, 12, 31)), st.integers(0, 500))
def test_due_periods_agree_with_due_dates_and_period_for(
    cycle: ReportingCycle, start: date, span: int
) -> None:
    end = date.fromordinal(start.toordinal() + span)
    pairs = cycle.due_periods(start, end)
    assert sorted({d for d, _p in pairs}) == cycle.due_dates(start, end)
    assert pairs == sorted(pairs, key=lambda pair: (pair[0], pair[1].start))
    if cycle.adjustment is Adjustment.NONE:
        for due, period in pairs[:3]:
            assert cycle.period_for(due) == period


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        # February 2001 has 28 days: every day of it is "before the 29th" (or 31st),
        # so the report is due on its last day, as the RRULE says.
        ("trước ngày 29 hằng tháng", D(2001, 1, 1), D(2001, 3, 31),
         [D(2001, 1, 28), D(2001, 2, 28), D(2001, 3, 28)]),
        ("trước ngày 31 hằng tháng", D(2001, 1, 1), D(2001, 4, 30),
         [D(2001, 1, 30), D(2001, 2, 28), D(2001, 3, 30), D(2001, 4, 30)]),
        ("trước ngày 30 hằng tháng", D(2024, 2, 1), D(2024, 2, 29), [D(2024, 2, 29)]),
    ],
)
def test_before_a_day_the_month_lacks(
    text: str, start: date, end: date, expected: list[date]
) -> None:
    cycle = ReportingCycle.parse(text)
    assert cycle.due_dates(start, end) == expected
