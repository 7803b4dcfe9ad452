"""Reporting periods: parsing every phrase, canonical text, arithmetic, finding, pydantic."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import jsonschema
import pydantic
import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnplan
from vnplan import (
    IncompleteValue,
    InvalidComponent,
    InvalidFormat,
    Period,
    PeriodKind,
    VnplanError,
    find_periods,
)

D = datetime.date
K = PeriodKind

PARSED = [
    # months
    ("tháng 3/2020", K.MONTH, D(2020, 3, 1), D(2020, 3, 31)),
    ("tháng 02 năm 2024", K.MONTH, D(2024, 2, 1), D(2024, 2, 29)),
    ("tháng 2 năm 2023", K.MONTH, D(2023, 2, 1), D(2023, 2, 28)),
    ("tháng 8.2024", K.MONTH, D(2024, 8, 1), D(2024, 8, 31)),
    ("Tháng 11/2025", K.MONTH, D(2025, 11, 1), D(2025, 11, 30)),
    ("THÁNG 12 NĂM 2025", K.MONTH, D(2025, 12, 1), D(2025, 12, 31)),
    ("tháng 4-2026", K.MONTH, D(2026, 4, 1), D(2026, 4, 30)),
    # quarters
    ("Quý I năm 2020", K.QUARTER, D(2020, 1, 1), D(2020, 3, 31)),
    ("quý IV/2021", K.QUARTER, D(2021, 10, 1), D(2021, 12, 31)),
    ("Quý 3 năm 2022", K.QUARTER, D(2022, 7, 1), D(2022, 9, 30)),
    ("QUÝ II NĂM 2020", K.QUARTER, D(2020, 4, 1), D(2020, 6, 30)),
    ("quý II/2026", K.QUARTER, D(2026, 4, 1), D(2026, 6, 30)),
    ("Quý iii năm 2019", K.QUARTER, D(2019, 7, 1), D(2019, 9, 30)),
    # halves and nine months
    ("6 tháng đầu năm 2021", K.FIRST_HALF, D(2021, 1, 1), D(2021, 6, 30)),
    ("06 tháng đầu năm 2021", K.FIRST_HALF, D(2021, 1, 1), D(2021, 6, 30)),
    ("sáu tháng đầu năm 2020", K.FIRST_HALF, D(2020, 1, 1), D(2020, 6, 30)),
    ("6 tháng cuối năm 2021", K.SECOND_HALF, D(2021, 7, 1), D(2021, 12, 31)),
    ("6 THÁNG CUỐI NĂM 2024", K.SECOND_HALF, D(2024, 7, 1), D(2024, 12, 31)),
    ("9 tháng đầu năm 2023", K.NINE_MONTHS, D(2023, 1, 1), D(2023, 9, 30)),
    ("9 tháng năm 2023", K.NINE_MONTHS, D(2023, 1, 1), D(2023, 9, 30)),
    ("09 tháng năm 2023", K.NINE_MONTHS, D(2023, 1, 1), D(2023, 9, 30)),
    # years and terms
    ("năm 2021", K.YEAR, D(2021, 1, 1), D(2021, 12, 31)),
    ("Năm 2025", K.YEAR, D(2025, 1, 1), D(2025, 12, 31)),
    ("cả năm 2021", K.YEAR, D(2021, 1, 1), D(2021, 12, 31)),
    ("2021", K.YEAR, D(2021, 1, 1), D(2021, 12, 31)),
    ("giai đoạn 2021-2030", K.YEARS, D(2021, 1, 1), D(2030, 12, 31)),
    ("giai đoạn 2021 - 2025", K.YEARS, D(2021, 1, 1), D(2025, 12, 31)),
    ("GIAI ĐOẠN 2026-2030", K.YEARS, D(2026, 1, 1), D(2030, 12, 31)),
    ("nhiệm kỳ 2020-2025", K.YEARS, D(2020, 1, 1), D(2025, 12, 31)),
    ("nhiệm kỳ 2026 \u2013 2031", K.YEARS, D(2026, 1, 1), D(2031, 12, 31)),  # en dash
    ("thời kỳ 2021 - 2030", K.YEARS, D(2021, 1, 1), D(2030, 12, 31)),
    ("từ năm 2011 đến năm 2020", K.YEARS, D(2011, 1, 1), D(2020, 12, 31)),
    ("2021-2030", K.YEARS, D(2021, 1, 1), D(2030, 12, 31)),
    # ranges
    ("từ ngày 15/12/2020 đến ngày 14/01/2021", K.RANGE, D(2020, 12, 15), D(2021, 1, 14)),
    ("Từ ngày 23/3/2026 đến ngày 27/3/2026", K.RANGE, D(2026, 3, 23), D(2026, 3, 27)),
    ("từ ngày 15/12/2024 đến 14/12/2025", K.RANGE, D(2024, 12, 15), D(2025, 12, 14)),
    ("Từ ngày 15/11 đến ngày 20/11/2025", K.RANGE, D(2025, 11, 15), D(2025, 11, 20)),
    ("từ ngày 15/12 đến ngày 14/01/2021", K.RANGE, D(2020, 12, 15), D(2021, 1, 14)),
    ("15/12/2020 - 14/01/2021", K.RANGE, D(2020, 12, 15), D(2021, 1, 14)),
    ("từ ngày 15 tháng 6 năm 2025 đến hết ngày 14 tháng 12 năm 2025", K.RANGE,
     D(2025, 6, 15), D(2025, 12, 14)),
    ("từ ngày 01-10-2021 đến ngày 05-10-2021", K.RANGE, D(2021, 10, 1), D(2021, 10, 5)),
]


@pytest.mark.parametrize(("text", "kind", "start", "end"), PARSED)
def test_parse(text: str, kind: PeriodKind, start: datetime.date, end: datetime.date) -> None:
    period = Period.parse(text)
    assert (period.kind, period.start, period.end) == (kind, start, end)
    assert period.contains(start)
    assert period.contains(end)
    assert start - datetime.timedelta(days=1) not in period
    assert end + datetime.timedelta(days=1) not in period


WITHOUT_YEAR = [
    ("6 tháng cuối năm", 2021, K.SECOND_HALF, D(2021, 7, 1)),
    ("6 tháng đầu năm", 2021, K.FIRST_HALF, D(2021, 1, 1)),
    ("9 tháng đầu năm", 2022, K.NINE_MONTHS, D(2022, 1, 1)),
    ("Quý I", 2020, K.QUARTER, D(2020, 1, 1)),
    ("tháng 3", 2020, K.MONTH, D(2020, 3, 1)),
]


@pytest.mark.parametrize(("text", "year", "kind", "start"), WITHOUT_YEAR)
def test_default_year(text: str, year: int, kind: PeriodKind, start: datetime.date) -> None:
    period = Period.parse(text, default_year=year)
    assert (period.kind, period.start) == (kind, start)
    with pytest.raises(IncompleteValue):
        Period.parse(text)


def test_written_year_beats_default_year() -> None:
    assert Period.parse("Quý I năm 2020", default_year=1999) == Period.quarter(2020, 1)


CANONICAL = [
    (Period.month(2020, 3), "tháng 3 năm 2020"),
    (Period.month(2024, 2), "tháng 02 năm 2024"),  # Decree 30 rule, as in dates
    (Period.month(2021, 12), "tháng 12 năm 2021"),
    (Period.quarter(2020, 1), "Quý I năm 2020"),
    (Period.quarter(2021, 4), "Quý IV năm 2021"),
    (Period.first_half(2021), "6 tháng đầu năm 2021"),
    (Period.second_half(2021), "6 tháng cuối năm 2021"),
    (Period.nine_months(2023), "9 tháng đầu năm 2023"),
    (Period.year(2021), "năm 2021"),
    (Period.years(2021, 2030), "giai đoạn 2021-2030"),
    (Period.between(D(2020, 12, 15), D(2021, 1, 14)), "từ ngày 15/12/2020 đến ngày 14/01/2021"),
]


@pytest.mark.parametrize(("period", "text"), CANONICAL)
def test_canonical_text(period: Period, text: str) -> None:
    assert str(period) == text
    assert Period.parse(text) == period


def test_terms_and_periods_compare_by_value() -> None:
    assert Period.parse("nhiệm kỳ 2020-2025") == Period.years(2020, 2025)
    assert Period.parse("Quý 1/2020") == Period.parse("QUÝ I NĂM 2020")
    assert Period.year(2021) != Period.between(D(2021, 1, 1), D(2021, 12, 31))
    assert len({Period.year(2021), Period.parse("năm 2021")}) == 1


INVALID = [
    ("Quý V năm 2020", InvalidComponent, "quarter"),
    ("Quý 5/2020", InvalidComponent, "quarter"),
    ("Quý 0 năm 2020", InvalidComponent, "quarter"),
    ("tháng 13/2020", InvalidComponent, "month"),
    ("tháng 0 năm 2020", InvalidComponent, "month"),
    ("năm 0000", InvalidComponent, "year"),
    ("0000", InvalidComponent, "year"),
    ("giai đoạn 2030-2021", InvalidComponent, "year"),
    ("từ ngày 15/12/2021 đến ngày 14/01/2021", InvalidComponent, "end"),
    ("từ ngày 31/04/2021 đến ngày 05/05/2021", InvalidComponent, "day"),
    ("", InvalidFormat, "period"),
    ("hello", InvalidFormat, "period"),
    ("800/KH-UBND", InvalidFormat, "period"),
    ("ngày 15/3/2020", InvalidFormat, "period"),
    ("hằng tháng", InvalidFormat, "period"),
    ("quý", InvalidFormat, "period"),
    ("năm 21", InvalidFormat, "period"),
    ("6 tháng", InvalidFormat, "period"),
]


@pytest.mark.parametrize(("text", "error", "part"), INVALID)
def test_invalid(text: str, error: type[VnplanError], part: str) -> None:
    with pytest.raises(error) as info:
        Period.parse(text)
    assert info.value.expected == part  # type: ignore[attr-defined]


def test_invalid_range_points_at_the_impossible_day() -> None:
    with pytest.raises(InvalidComponent) as info:
        Period.parse("từ ngày 01/04/2021 đến ngày 35/05/2021")
    assert info.value.text[info.value.offset :].startswith("35/05/2021")


@pytest.mark.parametrize(
    "make",
    [
        lambda: Period.month(2020, 13),
        lambda: Period.quarter(2020, 5),
        lambda: Period.year(0),
        lambda: Period.year(10000),
        lambda: Period.years(2030, 2021),
        lambda: Period.between(D(2021, 1, 2), D(2021, 1, 1)),
        lambda: Period(D(2020, 1, 1), D(2020, 2, 29), PeriodKind.MONTH),
        lambda: Period(D(2020, 1, 2), D(2020, 1, 31), PeriodKind.MONTH),
        lambda: Period(D(2020, 1, 1), D(2020, 1, 31), "week"),
        lambda: Period("2020-01-01", D(2020, 1, 31), PeriodKind.RANGE),
        lambda: Period.month(True, 1),
    ],
)
def test_constructors_validate(make: object) -> None:
    with pytest.raises(VnplanError):
        make()  # type: ignore[operator]


def test_constructor_accepts_kind_strings_and_consistent_spans() -> None:
    period = Period(D(2020, 4, 1), D(2020, 6, 30), "quarter")  # type: ignore[arg-type]
    assert period == Period.quarter(2020, 2)


# --- next / previous ------------------------------------------------------------------------

STEPS = [
    (Period.month(2020, 12), Period.month(2021, 1), Period.month(2020, 11)),
    (Period.month(2021, 1), Period.month(2021, 2), Period.month(2020, 12)),
    (Period.quarter(2021, 4), Period.quarter(2022, 1), Period.quarter(2021, 3)),
    (Period.quarter(2021, 1), Period.quarter(2021, 2), Period.quarter(2020, 4)),
    (Period.first_half(2021), Period.first_half(2022), Period.first_half(2020)),
    (Period.second_half(2021), Period.second_half(2022), Period.second_half(2020)),
    (Period.nine_months(2021), Period.nine_months(2022), Period.nine_months(2020)),
    (Period.year(2021), Period.year(2022), Period.year(2020)),
    (Period.years(2021, 2025), Period.years(2026, 2030), Period.years(2016, 2020)),
    (Period.between(D(2020, 12, 15), D(2021, 1, 14)),
     Period.between(D(2021, 1, 15), D(2021, 2, 14)),
     Period.between(D(2020, 11, 14), D(2020, 12, 14))),
]


@pytest.mark.parametrize(("period", "after", "before"), STEPS)
def test_next_and_previous(period: Period, after: Period, before: Period) -> None:
    assert period.next() == after
    assert period.previous() == before


def test_no_period_after_9999() -> None:
    with pytest.raises(InvalidComponent):
        Period.year(9999).next()
    with pytest.raises(InvalidComponent):
        Period.month(1, 1).previous()


# --- properties -----------------------------------------------------------------------------

years = st.integers(2, 9998)


@st.composite
def periods(draw: st.DrawFn) -> Period:
    kind = draw(st.sampled_from(list(PeriodKind)))
    y = draw(years)
    if kind is K.MONTH:
        return Period.month(y, draw(st.integers(1, 12)))
    if kind is K.QUARTER:
        return Period.quarter(y, draw(st.integers(1, 4)))
    if kind is K.FIRST_HALF:
        return Period.first_half(y)
    if kind is K.SECOND_HALF:
        return Period.second_half(y)
    if kind is K.NINE_MONTHS:
        return Period.nine_months(y)
    if kind is K.YEAR:
        return Period.year(y)
    if kind is K.YEARS:
        return Period.years(y, min(9998, y + draw(st.integers(0, 10))))
    a = draw(st.dates(min_value=D(2, 1, 1), max_value=D(9998, 1, 1)))
    b = draw(st.dates(min_value=a, max_value=D(9998, 12, 31)))
    return Period.between(a, b)


@given(periods())
def test_parse_str_round_trip(period: Period) -> None:
    assert Period.parse(str(period)) == period


@given(periods())
def test_next_previous_are_inverse(period: Period) -> None:
    try:
        after = period.next()
    except InvalidComponent:
        return
    assert after.previous() == period
    assert after.kind == period.kind
    assert after.start > period.start


@given(periods())
def test_consecutive_kinds_tile_the_calendar(period: Period) -> None:
    if period.kind not in (K.MONTH, K.QUARTER, K.YEAR, K.YEARS, K.RANGE):
        return
    try:
        after = period.next()
    except InvalidComponent:
        return
    assert after.start == period.end + datetime.timedelta(days=1)


@given(periods(), st.dates())
def test_contains_matches_bounds(period: Period, day: datetime.date) -> None:
    assert (day in period) == (period.start <= day <= period.end)
    assert period.contains(day) == (day in period)


def test_contains_datetimes_and_rejects_other_types() -> None:
    q1 = Period.quarter(2020, 1)
    assert datetime.datetime(2020, 3, 31, 23, 59) in q1
    assert "2020-02-01" not in q1
    assert q1.days == 91  # 2020 is a leap year


_PERIOD_ALPHABET = "QuýquíIVXtháng năm6902đầucuốigiaiđoạnnhiệmkỳtừngàyđến/.-0123456789 "


@given(st.one_of(st.text(), st.text(alphabet=_PERIOD_ALPHABET, max_size=60)))
def test_fuzz_parse(text: str) -> None:
    try:
        period = Period.parse(text)
    except VnplanError:
        return
    assert period.start <= period.end
    assert Period.parse(str(period)) == period


# --- adversarial input -------------------------------------------------------------------

MEGABYTE = 1_000_000


@pytest.mark.parametrize(
    "text",
    [
        "1" * MEGABYTE,
        "./" * (MEGABYTE // 2),
        " " * MEGABYTE,
        "2021-" * (MEGABYTE // 5),
        "tháng 1/" * (MEGABYTE // 8),
        "từ ngày 1/1 đến " * (MEGABYTE // 16),
        "quý " * (MEGABYTE // 4),
        "năm " * (MEGABYTE // 4),
    ],
    ids=lambda t: repr(t[:10]),
)
def test_megabyte_inputs(text: str) -> None:
    with pytest.raises(VnplanError):
        Period.parse(text)
    for m in find_periods(text):
        assert m.end - m.start < 100


def test_megabyte_of_real_periods() -> None:
    chunk = "Quý I/2026, tháng 3/2020 và giai đoạn 2021-2030; "
    found = list(find_periods(chunk * 20_000))
    assert len(found) == 60_000
    assert {str(m.period) for m in found} == {
        "Quý I năm 2026", "tháng 3 năm 2020", "giai đoạn 2021-2030"
    }


# --- find_periods ---------------------------------------------------------------------------

FOUND = [
    ("Báo cáo kết quả Quý I/2020 và nhiệm vụ Quý II/2020",
     [("Quý I/2020", "Quý I năm 2020"), ("Quý II/2020", "Quý II năm 2020")]),
    ("KẾT QUẢ CÔNG TÁC 6 tháng đầu năm 2026 của ngành",
     [("6 tháng đầu năm 2026", "6 tháng đầu năm 2026")]),
    ("kế hoạch giai đoạn 2021\n- 2025", [("giai đoạn 2021\n- 2025", "giai đoạn 2021-2025")]),
    ("thu hồi trong tháng 8.2024", [("tháng 8.2024", "tháng 8 năm 2024")]),
    ("Thời gian: Từ ngày 23/3/2026 đến ngày 27/3/2026.",
     [("Từ ngày 23/3/2026 đến ngày 27/3/2026", "từ ngày 23/03/2026 đến ngày 27/03/2026")]),
    ("Chiến lược 2021-2030 và tầm nhìn đến năm 2045",
     [("2021-2030", "giai đoạn 2021-2030"), ("năm 2045", "năm 2045")]),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_find_periods(text: str, expected: list[tuple[str, str]]) -> None:
    found = list(find_periods(text))
    assert [(m.text, str(m.period)) for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.text
        assert m.period is not None
        assert m.kind == m.period.kind


NOT_PERIODS = [
    "ký ngày 15 tháng 3 năm 2020",  # a date, not "tháng 3 năm 2020"
    "Lào Cai, ngày       tháng 4 năm 2026",  # a draft date
    "ngày 19/10/2021 và ngày 14.7.2021",
    "hằng tháng, hằng quý, hằng năm",
    "cần 1000-2000 người và 100-150mm mưa",
    "mỏ đá Quý Xa và đá quý",
    "Nghị quyết số 22/2019/NQ-HĐND",
]


@pytest.mark.parametrize("text", NOT_PERIODS)
def test_find_periods_skips_non_periods(text: str) -> None:
    assert list(find_periods(text)) == []


PERIOD_RANGES = [
    ("Từ tháng 11/2025 đến tháng 4/2026", D(2025, 11, 1), D(2026, 4, 30)),
    ("từ tháng 12/2025 đến quý I/2026", D(2025, 12, 1), D(2026, 3, 31)),
    ("từ tháng 11 đến tháng 2/2026", D(2025, 11, 1), D(2026, 2, 28)),  # start takes a year back
    ("từ quý IV/2025 đến quý I/2026", D(2025, 10, 1), D(2026, 3, 31)),
]


@pytest.mark.parametrize(("text", "start", "end"), PERIOD_RANGES)
def test_ranges_of_periods(text: str, start: datetime.date, end: datetime.date) -> None:
    expected = Period.between(start, end)
    assert Period.parse(text) == expected
    (m,) = find_periods(f"Thời gian: {text}.")
    assert (m.text, m.period) == (text, expected)


def test_find_periods_without_year() -> None:
    text = "kết quả quý IV và 6 tháng cuối năm"
    assert [(m.text, m.kind, m.period) for m in find_periods(text)] == [
        ("quý IV", K.QUARTER, None), ("6 tháng cuối năm", K.SECOND_HALF, None)
    ]
    assert [m.period for m in find_periods(text, default_year=2021)] == [
        Period.quarter(2021, 4), Period.second_half(2021)
    ]


@given(st.lists(periods(), min_size=1, max_size=4))
def test_find_periods_finds_canonical_phrases(items: list[Period]) -> None:
    text = " và ".join(f"báo cáo {p}" for p in items)
    assert [m.period for m in find_periods(text)] == items


@given(st.one_of(st.text(), st.text(alphabet=_PERIOD_ALPHABET, max_size=200)))
def test_fuzz_find_periods(text: str) -> None:
    norm = vnplan.normalize(text)
    for m in find_periods(text):
        assert norm[m.start : m.end] == m.text
        if m.period is not None:
            assert m.period.kind == m.kind


# Deadline phrases annotated in corpus/truth.jsonl, with the period each one names (read
# from the phrase by hand).
ANNOTATED_DEADLINES = [
    ("007", "Xong trong Quý II/2026", Period.quarter(2026, 2)),
    ("007", "Xong trong tháng 5/2026", Period.month(2026, 5)),
    ("007", "Trong năm 2026", Period.year(2026)),
    ("001", "Tháng 12/2025", Period.month(2025, 12)),
    ("001", "Giai đoạn 2026-2030 và những năm tiếp theo", Period.years(2026, 2030)),
    ("003", "Hoàn thành trong năm 2025", Period.year(2025)),
    ("010", "Quý IV/2025", Period.quarter(2025, 4)),
    ("010", "Quý I/2026", Period.quarter(2026, 1)),
    ("010", "Từ tháng 11/2025 đến tháng 4/2026", Period.between(D(2025, 11, 1), D(2026, 4, 30))),
    ("010", "Từ tháng 12/2025 đến quý I/2026", Period.between(D(2025, 12, 1), D(2026, 3, 31))),
    ("011", "Trong tháng 12/2025", Period.month(2025, 12)),
    ("017", "năm 2026 - 2027", Period.years(2026, 2027)),
]


@pytest.mark.parametrize(("doc", "phrase", "period"), ANNOTATED_DEADLINES)
def test_corpus_deadline_periods(corpus_dir: Path, doc: str, phrase: str, period: Period) -> None:
    assert [m.period for m in find_periods(phrase)] == [period]
    text = (corpus_dir / "docs" / f"{doc}.txt").read_text("utf-8")
    assert period in {m.period for m in find_periods(text)}


def test_seed_quarterly_report(seeds_dir: Path) -> None:
    text = (seeds_dir / "002_1146f5edb4b1bd87.txt").read_text("utf-8")
    found = [m.period for m in find_periods(text) if m.period]
    assert Period.quarter(2020, 1) in found
    assert Period.quarter(2020, 2) in found


# --- pydantic ----------------------------------------------------------------------------------


class Report(pydantic.BaseModel):
    period: Period


def test_pydantic_validates_and_serializes_canonical_strings() -> None:
    report = Report.model_validate({"period": "quý IV/2021"})
    assert report.period == Period.quarter(2021, 4)
    assert report.model_dump(mode="json") == {"period": "Quý IV năm 2021"}
    assert Report.model_validate_json(report.model_dump_json()) == report
    assert Report(period=Period.year(2020)).period == Period.year(2020)


@pytest.mark.parametrize("bad", ["Quý V năm 2020", "hello", 2020, None])
def test_pydantic_rejects_bad_periods(bad: object) -> None:
    with pytest.raises(pydantic.ValidationError):
        Report.model_validate({"period": bad})


@given(periods())
def test_canonical_strings_match_the_json_schema(period: Period) -> None:
    schema = Report.model_json_schema()
    jsonschema.validate({"period": str(period)}, schema)
    assert re.fullmatch(schema["properties"]["period"]["pattern"].strip("^$"), str(period))


def test_json_schema_rejects_non_canonical_text() -> None:
    schema = Report.model_json_schema()
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"period": "quý 4/2021"}, schema)
