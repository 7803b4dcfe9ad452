"""Constructors and classmethods of the schedule value types raise only vnplan errors.

The model engineer found ``Deadline.within(5, "working_days")`` leaking a plain ``ValueError``
from the enum conversion. Here every constructor and classmethod of :class:`Deadline` and
:class:`ReportingCycle` (and the methods that take dates or options) is fed arbitrary Python
values: the result is a value that prints, hashes and re-parses equal, or a ``VnplanError``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from strategies import cycles, periods
from vnplan import (
    Adjustment,
    Deadline,
    DeadlineKind,
    DeadlineRelation,
    DueRelation,
    DurationUnit,
    Frequency,
    ReportingCycle,
    Standing,
    VnplanError,
)
from vnplan.deadlines import DeadlineKind as _K
from vnplan.periods import Period

_ENUM_WORDS = st.sampled_from(
    [m.value for e in (DeadlineKind, DeadlineRelation, DurationUnit, Standing, Frequency,
                       DueRelation, Adjustment) for m in e]
    + [m.name.lower() for e in (DurationUnit, Frequency) for m in e]
    + ["working_days", "days", "ngày làm việc", "Monthly", ""]
)  # fmt: skip

#: Anything a caller might pass by mistake, and the right things too.
ANYTHING: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    _ENUM_WORDS,
    st.dates(),
    st.datetimes(),
    st.lists(st.integers(-40, 40), max_size=3),
    st.tuples(st.integers(-40, 40), st.integers(-40, 40)),
    st.tuples(st.text(max_size=2), st.integers()),
    st.sampled_from(["ngày nhận", "ngày ký", "ngày 01/3/2026", "ngày nhận, và", "a" * 90]),
    periods(),
    cycles(),
    st.sampled_from(list(DeadlineKind) + list(DurationUnit) + list(Standing) + list(Frequency)),
)


def _holds(value: Deadline | ReportingCycle) -> None:
    """A value that was built prints, hashes and reads back equal."""
    text = str(value)
    hash(value)
    repr(value)
    assert type(value).parse(text) == value


def _call(fn: Any, *args: Any, **kwargs: Any) -> None:
    try:
        value = fn(*args, **kwargs)
    except VnplanError:
        return
    _holds(value)


@given(
    kind=ANYTHING, relation=ANYTHING, date=ANYTHING, day_month=ANYTHING, period=ANYTHING,
    amount=ANYTHING, unit=ANYTHING, anchor=ANYTHING, cycle=ANYTHING, standing=ANYTHING,
)  # fmt: skip
def test_deadline_fields_fuzz(**fields: Any) -> None:
    _call(Deadline, **fields)


@given(kind=st.sampled_from(_K), relation=ANYTHING, date=st.none() | st.dates() | ANYTHING,
       day_month=st.none() | ANYTHING, period=st.none() | periods(), amount=ANYTHING,
       unit=ANYTHING, anchor=st.none() | ANYTHING, standing=st.none() | ANYTHING)
def test_deadline_fields_fuzz_with_a_valid_kind(**fields: Any) -> None:
    # a valid kind gets past the first check, so the later checks are reached too
    fields = {k: v for k, v in fields.items() if v is not None}
    _call(Deadline, **fields)


@given(value=ANYTHING, amount=ANYTHING, unit=ANYTHING, anchor=ANYTHING)
def test_deadline_classmethods_fuzz(value: Any, amount: Any, unit: Any, anchor: Any) -> None:
    for constructor in (Deadline.on, Deadline.before, Deadline.by, Deadline.within_period,
                        Deadline.recurring, Deadline.standing_):
        _call(constructor, value)
    _call(Deadline.within, amount, unit, anchor)
    _call(Deadline.within, amount, unit)


@given(reference=ANYTHING, deadline=st.sampled_from([
    "trước 31/12", "trong thời hạn 05 ngày làm việc kể từ ngày nhận", "hằng tháng",
    "trong Quý I/2026", "thường xuyên", "sau 15 ngày kể từ ngày ký",
]).map(Deadline.parse))  # fmt: skip
def test_deadline_resolve_fuzz(reference: Any, deadline: Deadline) -> None:
    try:
        result = deadline.resolve(reference)
    except VnplanError:
        return
    assert result is None or isinstance(result, dt.date)


@given(frequency=ANYTHING, day=ANYTHING, month_offset=ANYTHING, relation=ANYTHING,
       adjustment=ANYTHING)
def test_cycle_fields_fuzz(**fields: Any) -> None:
    _call(ReportingCycle, **fields)


@given(frequency=st.sampled_from(Frequency), day=st.none() | st.integers(-3, 35) | ANYTHING,
       month_offset=st.integers(-9, 4) | ANYTHING, relation=st.sampled_from(DueRelation) | ANYTHING,
       adjustment=st.sampled_from(Adjustment) | ANYTHING)
def test_cycle_fields_fuzz_with_a_valid_frequency(**fields: Any) -> None:
    _call(ReportingCycle, **fields)


@given(cycle=cycles(), start=ANYTHING, end=ANYTHING, adjustment=ANYTHING)
def test_cycle_methods_fuzz(cycle: ReportingCycle, start: Any, end: Any, adjustment: Any) -> None:
    for call in (
        lambda: cycle.due_dates(start, end),
        lambda: cycle.due_dates(dt.date(2026, 1, 1), dt.date(2026, 3, 31), adjustment=adjustment),
        lambda: cycle.due_periods(start, end),
        lambda: cycle.period_for(start),
        lambda: cycle.data_window(start),
    ):
        with contextlib.suppress(VnplanError):
            call()


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Deadline.within(5, "working_days"), "duration unit"),
        (lambda: Deadline(kind="sometime"), "deadline kind"),
        (lambda: Deadline("absolute", "around", date=dt.date(2026, 1, 1)), "deadline relation"),
        (lambda: Deadline("absolute", "on", day_month=(1,)), "day_month"),
        (lambda: Deadline("absolute", "on", day_month=5), "day_month"),
        (lambda: Deadline("standing", standing="sometimes"), "standing word"),
        (lambda: ReportingCycle("fortnightly"), "frequency"),
        (lambda: ReportingCycle("monthly", day="15"), "due day"),
        (lambda: ReportingCycle("monthly", day=15.0), "due day"),
        (lambda: ReportingCycle("weekly", day=True), "due day"),
        (lambda: ReportingCycle("monthly", relation="until"), "due relation"),
        (lambda: ReportingCycle("monthly", month_offset=True), "month offset"),
        (lambda: ReportingCycle("monthly").due_dates(dt.datetime(2026, 1, 1), dt.date(2026, 2, 1)),
         "datetime.date"),
        (lambda: ReportingCycle("monthly").due_dates(dt.date(2026, 1, 1), dt.date(2026, 2, 1),
                                                     adjustment="later"), "adjustment"),
    ],
)
def test_bad_arguments_name_what_was_expected(build: Any, message: str) -> None:
    with pytest.raises(VnplanError, match=message):
        build()


@pytest.mark.parametrize(
    ("built", "canonical"),
    [
        (Deadline.within(5, "working_day"), "trong thời hạn 05 ngày làm việc"),
        (Deadline.within(5, "WORKING_DAY", "ngày nhận"),
         "trong thời hạn 05 ngày làm việc kể từ ngày nhận"),
        (Deadline("absolute", "by", day_month=[31, 12]), "chậm nhất ngày 31/12"),
        (ReportingCycle("MONTHLY", 15, relation="before"), "hằng tháng, trước ngày 15"),
    ],
)
def test_names_values_and_lists_are_accepted(built: Deadline | ReportingCycle,
                                             canonical: str) -> None:
    assert str(built) == canonical
    hash(built)


def test_period_constructor_errors_are_vnplan_errors() -> None:
    with pytest.raises(VnplanError):
        Period.month("2026", 1)  # type: ignore[arg-type]
    with pytest.raises(VnplanError):
        Period.between(dt.date(2026, 2, 1), dt.date(2026, 1, 1))
