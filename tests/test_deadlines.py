"""Deadlines: phrases from plans (the corpus's task deadlines) and the issue's examples.

Expected values are read from the words: "trước ngày X" is met on X-1 at the latest, "chậm
nhất"/"hạn"/"trước hoặc trong" include X; relative periods count from the day after the
anchor (Civil Code 2015 Điều 147) and a calendar-day period ending on a day off ends on the next
working day (Điều 148.5).
"""

from __future__ import annotations

from datetime import date

import pydantic
import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnplan import (
    Deadline,
    DeadlineKind,
    DeadlineRelation,
    DurationUnit,
    Frequency,
    IncompleteValue,
    Period,
    ReportingCycle,
    Standing,
    VnplanError,
    find_deadlines,
)

D = date
K = DeadlineKind
R = DeadlineRelation


@pytest.mark.parametrize(
    ("text", "kind", "relation", "canonical", "last_day"),
    [
        ("trước ngày 31/12/2021", K.ABSOLUTE, R.BEFORE, "trước ngày 31/12/2021", D(2021, 12, 30)),
        ("chậm nhất ngày 15 tháng 12 năm 2026", K.ABSOLUTE, R.BY, "chậm nhất ngày 15/12/2026",
         D(2026, 12, 15)),
        ("chậm nhất vào ngày 25/6/2026", K.ABSOLUTE, R.BY, "chậm nhất ngày 25/06/2026",
         D(2026, 6, 25)),
        ("hạn 30/6/2026", K.ABSOLUTE, R.BY, "chậm nhất ngày 30/06/2026", D(2026, 6, 30)),
        ("Hạn cuối: ngày 05/01/2026", K.ABSOLUTE, R.BY, "chậm nhất ngày 05/01/2026",
         D(2026, 1, 5)),
        ("trước hoặc trong ngày 10/12/2025", K.ABSOLUTE, R.BY, "chậm nhất ngày 10/12/2025",
         D(2025, 12, 10)),
        ("ngày 15/3/2026", K.ABSOLUTE, R.ON, "ngày 15/03/2026", D(2026, 3, 15)),
        ("vào ngày 15.3.2026", K.ABSOLUTE, R.ON, "ngày 15/03/2026", D(2026, 3, 15)),
        ("Từ 01/7/2025", K.ABSOLUTE, R.FROM, "từ ngày 01/07/2025", None),
        ("trước 31/12", K.ABSOLUTE, R.BEFORE, "trước ngày 31/12", None),
        ("trong tháng 4 năm 2023", K.PERIOD, R.WITHIN, "trong tháng 4 năm 2023", D(2023, 4, 30)),
        ("trong Quý I/2026", K.PERIOD, R.WITHIN, "trong Quý I năm 2026", D(2026, 3, 31)),
        ("Quý I/2026", K.PERIOD, R.WITHIN, "trong Quý I năm 2026", D(2026, 3, 31)),
        ("Xong trong Quý II/2026", K.PERIOD, R.WITHIN, "trong Quý II năm 2026", D(2026, 6, 30)),
        ("Hoàn thành trong năm 2025", K.PERIOD, R.WITHIN, "trong năm 2025", D(2025, 12, 31)),
        ("Tháng 12/2025", K.PERIOD, R.WITHIN, "trong tháng 12 năm 2025", D(2025, 12, 31)),
        ("trước Quý III/2026", K.PERIOD, R.BEFORE, "trước Quý III năm 2026", D(2026, 6, 30)),
        ("6 tháng đầu năm 2026", K.PERIOD, R.WITHIN, "trong 6 tháng đầu năm 2026",
         D(2026, 6, 30)),
        ("Từ tháng 12/2025 đến quý I/2026", K.PERIOD, R.WITHIN,
         "từ ngày 01/12/2025 đến ngày 31/03/2026", D(2026, 3, 31)),
        ("năm 2025 và các năm tiếp theo", K.PERIOD, R.FROM, "năm 2025 và các năm tiếp theo",
         None),
        ("Giai đoạn 2026-2030 và những năm tiếp theo", K.PERIOD, R.FROM,
         "giai đoạn 2026-2030 và các năm tiếp theo", None),
        ("trong thời hạn 05 ngày làm việc kể từ ngày nhận", K.RELATIVE, R.WITHIN,
         "trong thời hạn 05 ngày làm việc kể từ ngày nhận", None),
        ("trong 10 ngày", K.RELATIVE, R.WITHIN, "trong thời hạn 10 ngày", None),
        ("sau 15 ngày kể từ ngày ký", K.RELATIVE, R.AFTER, "sau 15 ngày kể từ ngày ký", None),
        ("trong vòng 03 tháng kể từ ngày Kế hoạch được ban hành", K.RELATIVE, R.WITHIN,
         "trong thời hạn 03 tháng kể từ ngày Kế hoạch được ban hành", None),
        ("trước ngày 15 hằng tháng", K.RECURRING, None, "hằng tháng, trước ngày 15", None),
        ("Hàng năm", K.RECURRING, None, "hằng năm", None),
        ("hằng quý", K.RECURRING, None, "hằng quý", None),
        ("Thường xuyên", K.STANDING, None, "thường xuyên", None),
        ("Thực hiện thường xuyên", K.STANDING, None, "thường xuyên", None),
        ("định kỳ", K.STANDING, None, "định kỳ", None),
        ("đột xuất", K.STANDING, None, "đột xuất", None),
        ("theo yêu cầu", K.STANDING, None, "theo yêu cầu", None),
        # a draft's blank day (corpus 010): the month is the deadline
        ("ngày Tháng 11/2025 (sau khi Ban Thường trực ban hành Hướng dẫn)", K.PERIOD, R.WITHIN,
         "trong tháng 11 năm 2025", D(2025, 11, 30)),
        ("02 lần/ngày (trước 9h00’ và 16h00’)", K.RECURRING, None, "hằng ngày", None),
    ],
)  # fmt: skip
def test_parse(
    text: str,
    kind: DeadlineKind,
    relation: DeadlineRelation | None,
    canonical: str,
    last_day: date | None,
) -> None:
    deadline = Deadline.parse(text)
    assert deadline.kind is kind
    assert deadline.relation is relation
    assert str(deadline) == canonical
    assert deadline.last_day == last_day
    assert Deadline.parse(canonical) == deadline


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # relative, working days: 12/2/2026 → 13/2, then 23, 24, 25, 26/2 (Tết 14-22/2 off)
        ("trong thời hạn 05 ngày làm việc kể từ ngày nhận", D(2026, 2, 12), D(2026, 2, 26)),
        # calendar days; 11/1/2026 is a Sunday → Monday 12/1 (Điều 148.5)
        ("trong 10 ngày", D(2026, 1, 1), D(2026, 1, 12)),
        ("trong 10 ngày", D(2026, 1, 2), D(2026, 1, 12)),
        # months: 31/3 + 1 month → 30/4 (no 31/4), a Thursday but 30/4 is a holiday → 4/5
        ("trong 01 tháng", D(2026, 3, 31), D(2026, 5, 4)),
        ("trong 01 tháng", D(2026, 1, 15), D(2026, 2, 23)),  # 15/2 Sunday in Tết → 23/2
        # "sau N ngày" is the day reached, no day-off extension
        ("sau 15 ngày kể từ ngày ký", D(2026, 1, 1), D(2026, 1, 16)),
        # a date without a year takes the reference's year
        ("trước 31/12", D(2025, 3, 1), D(2025, 12, 30)),
        ("chậm nhất ngày 15/11", D(2025, 3, 1), D(2025, 11, 15)),
        # recurring: the next due day on or after the reference
        ("trước ngày 15 hằng tháng", D(2026, 3, 20), D(2026, 4, 14)),
        ("trước ngày 15 hằng tháng", D(2026, 3, 14), D(2026, 3, 14)),
        ("hằng quý, chậm nhất vào ngày 25 của tháng cuối quý", D(2026, 4, 1), D(2026, 6, 25)),
        # absolute and period deadlines ignore the reference
        ("trước ngày 31/12/2021", D(2030, 1, 1), D(2021, 12, 30)),
        ("trong Quý I/2026", D(2020, 1, 1), D(2026, 3, 31)),
        # open-ended and standing: no last day
        ("Từ 01/7/2025", D(2025, 1, 1), None),
        ("thường xuyên", D(2025, 1, 1), None),
    ],
)
def test_resolve(text: str, reference: date, expected: date | None) -> None:
    assert Deadline.parse(text).resolve(reference) == expected


def test_resolve_relative_with_a_dated_anchor_needs_no_reference() -> None:
    deadline = Deadline.parse("trong thời hạn 30 ngày kể từ ngày 01/7/2026")
    assert deadline.anchor == "ngày 01/7/2026"
    assert deadline.resolve() == D(2026, 7, 31)


@pytest.mark.parametrize(
    "text", ["trong 10 ngày", "trước 31/12", "trước ngày 15 hằng tháng"]
)
def test_resolve_needs_a_reference(text: str) -> None:
    with pytest.raises(IncompleteValue):
        Deadline.parse(text).resolve()


def test_february_29_in_a_common_year() -> None:
    deadline = Deadline.parse("trước ngày 29/02")
    assert deadline.day_month == (29, 2)
    assert deadline.resolve(D(2024, 1, 1)) == D(2024, 2, 28)
    with pytest.raises(IncompleteValue):
        deadline.resolve(D(2025, 1, 1))


def test_reference_supplies_the_year_when_parsing() -> None:
    assert Deadline.parse("trước 31/12", reference=D(2025, 6, 1)) == Deadline.before(
        D(2025, 12, 31)
    )
    assert Deadline.parse("trong Quý I", reference=D(2026, 1, 5)) == Deadline.within_period(
        Period.quarter(2026, 1)
    )


def test_find_deadlines_in_a_task_sentence() -> None:
    text = (
        "Sở Công Thương chủ trì, báo cáo UBND tỉnh trước ngày 15 hằng tháng; "
        "hoàn thành việc rà soát trước ngày 31/12/2021; thường xuyên theo dõi."
    )
    found = find_deadlines(text)
    assert [m.text for m in found] == [
        "trước ngày 15 hằng tháng",
        "trước ngày 31/12/2021",
        "thường xuyên",
    ]
    assert found[1].deadline == Deadline.before(D(2021, 12, 31))
    for m in found:
        assert text[m.start : m.end] == m.text


def test_find_deadlines_keeps_several_cycles() -> None:
    found = find_deadlines(
        "báo cáo định kỳ 6 tháng và cả năm, trước ngày 20 tháng 6 và trước ngày 20 tháng 12 "
        "hằng năm"
    )
    cycles = [m.deadline.cycle for m in found]
    assert [c.frequency for c in cycles if c] == [Frequency.HALF_YEARLY, Frequency.YEARLY]


def test_find_deadlines_relative_wins_over_its_anchor_date() -> None:
    found = find_deadlines("trong thời hạn 30 ngày kể từ ngày 01/7/2026 để báo cáo")
    assert len(found) == 1
    assert found[0].deadline.kind is K.RELATIVE


def test_no_deadline() -> None:
    assert find_deadlines("Sở Tư pháp chủ trì, phối hợp các cơ quan liên quan") == []
    with pytest.raises(VnplanError):
        Deadline.parse("Sở Tư pháp chủ trì")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"kind": K.ABSOLUTE, "relation": R.WITHIN, "date": D(2026, 1, 1)},
        {"kind": K.ABSOLUTE, "relation": R.BY},
        {"kind": K.ABSOLUTE, "relation": R.BY, "day_month": (31, 4)},
        {"kind": K.ABSOLUTE, "relation": R.BY, "date": D(2026, 1, 1), "amount": 3},
        {"kind": K.PERIOD, "relation": R.BEFORE,
         "period": Period.between(D(2026, 1, 1), D(2026, 2, 1))},
        {"kind": K.RELATIVE, "relation": R.WITHIN, "amount": -1, "unit": "day"},
        {"kind": K.RELATIVE, "relation": R.WITHIN, "amount": 3, "unit": "day",
         "anchor": "ngày ký, và"},
        {"kind": K.RECURRING, "cycle": ReportingCycle(Frequency.AD_HOC)},
        {"kind": K.STANDING},
        {"kind": K.STANDING, "standing": "sometimes"},
    ],
)  # fmt: skip
def test_invalid_deadlines(kwargs: dict[str, object]) -> None:
    with pytest.raises(VnplanError, match=r"."):
        Deadline(**kwargs)  # type: ignore[arg-type]


class _Task(pydantic.BaseModel):
    deadline: Deadline


def test_pydantic_round_trip() -> None:
    task = _Task.model_validate({"deadline": "Hoàn thành trước ngày 31/12/2021"})
    assert task.deadline == Deadline.before(D(2021, 12, 31))
    dumped = task.model_dump_json()
    assert dumped == '{"deadline":"trước ngày 31/12/2021"}'
    assert _Task.model_validate_json(dumped) == task
    assert _Task.model_json_schema()["properties"]["deadline"]["type"] == "string"
    with pytest.raises(pydantic.ValidationError):
        _Task.model_validate({"deadline": "không có"})


# -- properties ----------------------------------------------------------------------------

_days = st.dates(D(1950, 1, 1), D(2099, 12, 31))


@st.composite
def _periods(draw: st.DrawFn) -> Period:
    year = draw(st.integers(1950, 2099))
    choice = draw(st.integers(0, 6))
    if choice == 0:
        return Period.month(year, draw(st.integers(1, 12)))
    if choice == 1:
        return Period.quarter(year, draw(st.integers(1, 4)))
    if choice == 2:
        return Period.first_half(year)
    if choice == 3:
        return Period.second_half(year)
    if choice == 4:
        return Period.nine_months(year)
    if choice == 5:
        return Period.year(year)
    return Period.years(year, draw(st.integers(year + 1, 2100)))


@st.composite
def deadlines(draw: st.DrawFn) -> Deadline:
    kind = draw(st.sampled_from(list(DeadlineKind)))
    if kind is K.ABSOLUTE:
        relation = draw(st.sampled_from([R.BEFORE, R.BY, R.ON, R.AFTER, R.FROM]))
        if draw(st.booleans()):
            return Deadline(kind, relation, date=draw(_days))
        day = draw(st.dates(D(2000, 1, 1), D(2000, 12, 31)))
        return Deadline(kind, relation, day_month=(day.day, day.month))
    if kind is K.PERIOD:
        if draw(st.booleans()):
            start = draw(_days)
            end = draw(st.dates(start, D(2099, 12, 31)))
            return Deadline(kind, R.WITHIN, period=Period.between(start, end))
        relation = draw(st.sampled_from([R.WITHIN, R.BEFORE, R.BY, R.FROM, R.AFTER]))
        return Deadline(kind, relation, period=draw(_periods()))
    if kind is K.RELATIVE:
        return Deadline(
            kind,
            draw(st.sampled_from([R.WITHIN, R.AFTER])),
            amount=draw(st.integers(1, 999)),
            unit=draw(st.sampled_from(list(DurationUnit))),
            anchor=draw(
                st.sampled_from(
                    [None, "ngày nhận", "ngày ký", "ngày nhận được văn bản", "ngày 01/7/2026"]
                )
            ),
        )
    if kind is K.RECURRING:
        freq = draw(st.sampled_from([f for f in Frequency if f.is_periodic]))
        if freq in (Frequency.DAILY, Frequency.WEEKLY) or draw(st.booleans()):
            return Deadline(kind, cycle=ReportingCycle(freq))
        return Deadline(
            kind, cycle=ReportingCycle(freq, draw(st.integers(1, 28)), 0,
                                       draw(st.sampled_from(["before", "by"])))
        )
    return Deadline(kind, standing=draw(st.sampled_from(list(Standing))))


@given(deadlines())
def test_str_parse_round_trip(deadline: Deadline) -> None:
    assert Deadline.parse(str(deadline)) == deadline


@given(st.text(max_size=200))
def test_find_deadlines_fuzz(text: str) -> None:
    try:
        found = find_deadlines(text)
    except VnplanError:
        return
    for m in found:
        assert 0 <= m.start < m.end
        assert isinstance(m.deadline, Deadline)


@given(
    st.lists(
        st.sampled_from(
            ["trước", "ngày", "15", "31/12", "/2026", "hằng", "tháng", "Quý I", "năm", "2025",
             "trong", "05", "làm việc", "kể từ", "chậm nhất", "thường xuyên", "đến", "từ", ",",
             " ", "và các năm tiếp theo", "sau"]
        ),
        max_size=30,
    ),
    _days,
)
def test_find_deadlines_vocabulary(words: list[str], reference: date) -> None:
    text = " ".join(words)
    try:
        found = find_deadlines(text, reference=reference)
    except VnplanError:
        return
    for m in found:
        assert Deadline.parse(str(m.deadline)) == m.deadline or m.deadline.kind is K.ABSOLUTE


@pytest.mark.parametrize(
    "chunk", ["1", ".", "/", " ", "trước ngày 15 hằng tháng "]
)
def test_one_megabyte_inputs(chunk: str) -> None:
    text = chunk * (1_000_000 // len(chunk))
    found = find_deadlines(text)
    assert isinstance(found, list)


# -- the bundled plan 800/KH-UBND (An Giang, 23/12/2021) -----------------------------------


def test_bundled_plan_deadline_and_monthly_report() -> None:
    from pathlib import Path

    from vnplan import parse_cycles

    path = Path(__file__).resolve().parent.parent / "examples/data/800-KH-UBND-an-giang-2021.txt"
    text = path.read_text("utf-8")
    signed = D(2021, 12, 23)
    found = [m.deadline for m in find_deadlines(text, reference=signed)]
    # "Thời gian hoàn thành trước ngày 31/12/2021": strict, so 30/12/2021 at the latest
    assert Deadline.before(D(2021, 12, 31)) in found
    assert Deadline.before(D(2021, 12, 31)).resolve(signed) == D(2021, 12, 30)
    # "báo cáo định kỳ hàng tháng (trước ngày 15 hàng tháng)"
    monthly = ReportingCycle(Frequency.MONTHLY, 15, relation="before")
    assert parse_cycles(text) == [monthly]
    assert Deadline.recurring(monthly) in found
    assert monthly.due_dates(D(2022, 1, 1), D(2022, 3, 31)) == [
        D(2022, 1, 14), D(2022, 2, 14), D(2022, 3, 14)
    ]
