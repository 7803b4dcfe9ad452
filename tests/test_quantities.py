"""Vietnamese numbers and amounts: separators, scale words, units, babel formatting."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import jsonschema
import pydantic
import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnplan
from vnplan import (
    Amount,
    InvalidComponent,
    InvalidFormat,
    VnplanError,
    find_amounts,
    format_amount,
    format_number,
    parse_amount,
    parse_number,
)

N = Decimal

VI_NUMBERS = [
    ("1.080", N("1080")),
    ("13,302", N("13.302")),
    ("600.000", N("600000")),
    ("4,3", N("4.3")),
    ("9,52", N("9.52")),
    ("-2,5", N("-2.5")),
    ("1.234.567,89", N("1234567.89")),
    ("5.195.595", N("5195595")),
    ("500.000.000", N("500000000")),
    ("0", N("0")),
    ("03", N("3")),  # leading zero of small quantities ("03 người")
    ("2024", N("2024")),  # years are never grouped
    ("0,5", N("0.5")),
    ("+7", N("7")),
    ("\u22122,5", N("-2.5")),  # minus sign look-alike
    ("1 080 000", N("1080000")),  # space-grouped
    ("1\u202f080", N("1080")),  # thin no-break space
    ("  42.744  ", N("42744")),
    ("2.5", N("2.5")),  # a "." that cannot group thousands reads as a decimal point
    ("1.08", N("1.08")),
    ("1.0800", N("1.0800")),
]


@pytest.mark.parametrize(("text", "value"), VI_NUMBERS)
def test_parse_number_vi(text: str, value: Decimal) -> None:
    result = parse_number(text)
    assert result == value
    assert isinstance(result, Decimal)


EN_NUMBERS = [
    ("1,080", N("1080")),
    ("1.080", N("1.080")),
    ("13.302", N("13.302")),
    ("1,234,567.89", N("1234567.89")),
    ("-2.5", N("-2.5")),
    ("2,5", N("2.5")),  # mirror rule: a "," that cannot group thousands
]


@pytest.mark.parametrize(("text", "value"), EN_NUMBERS)
def test_parse_number_en(text: str, value: Decimal) -> None:
    assert parse_number(text, locale="en") == value


def test_the_same_digits_mean_different_numbers_by_locale() -> None:
    assert parse_number("1.080") == 1000 * parse_number("1.080", locale="en")
    assert parse_number("13,302") * 1000 == parse_number("13,302", locale="en")


NOT_NUMBERS = [
    "", "  ", "abc", "1.2.3", "1,2,3", "1.234.56", "12%", "1.080 người", "--1", "1,", ",5",
    ".5", "1.234,567.8", "0x10", "١٢٣", "1e5", "nan", "∞", "12/2021", "1" * 41,
]


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_parse_number_rejects(text: str) -> None:
    with pytest.raises(InvalidFormat):
        parse_number(text)


def test_parse_number_rejects_unknown_locale_and_non_strings() -> None:
    with pytest.raises(VnplanError):
        parse_number("1", locale="fr")  # type: ignore[arg-type]
    with pytest.raises(InvalidFormat):
        parse_number(1080)  # type: ignore[arg-type]


FORMATTED = [
    (1080, "1.080"),
    (N("13.302"), "13,302"),
    (600000, "600.000"),
    (N("4.3"), "4,3"),
    (N("-2.5"), "-2,5"),
    (N("1234567.89"), "1.234.567,89"),
    (7, "7"),
    (2.5, "2,5"),
    (N("0.000001"), "0,000001"),
]


@pytest.mark.parametrize(("value", "text"), FORMATTED)
def test_format_number_vi(value: Decimal | int | float, text: str) -> None:
    assert format_number(value) == text


def test_format_number_options() -> None:
    assert format_number(N("1234567.891"), locale="en") == "1,234,567.891"
    assert format_number(N("9.5"), decimals=2) == "9,50"
    assert format_number(N("9.555"), decimals=0) == "10"
    for bad in (N("NaN"), N("Infinity"), "12", True, N("1E+50")):
        with pytest.raises(VnplanError):
            format_number(bad)  # type: ignore[arg-type]
    with pytest.raises(VnplanError):
        format_number(1, decimals=-1)


def test_format_number_is_babels_vietnamese_format() -> None:
    import babel.numbers

    for value in (N("1080"), N("13.302"), N("-1234567.5")):
        assert format_number(value) == babel.numbers.format_decimal(value, locale="vi")


decimals = st.integers(0, 8).flatmap(
    lambda places: st.decimals(
        min_value=N("-1e15"), max_value=N("1e15"), places=places, allow_nan=False,
        allow_infinity=False,
    )
)


@given(decimals)
def test_number_round_trip_vi(value: Decimal) -> None:
    assert parse_number(format_number(value)) == value


@given(decimals)
def test_number_round_trip_en(value: Decimal) -> None:
    assert parse_number(format_number(value, locale="en"), locale="en") == value


@given(st.integers(-(10**30), 10**30))
def test_integer_round_trip(value: int) -> None:
    assert parse_number(format_number(value)) == value


@given(st.one_of(st.text(), st.text(alphabet="0123456789.,- +−", max_size=30)))
def test_fuzz_parse_number(text: str) -> None:
    try:
        value = parse_number(text)
    except VnplanError:
        return
    assert value.is_finite()


# --- amounts -------------------------------------------------------------------------------

AMOUNTS = [
    ("13,302 tỷ đồng", N("13302000000"), "đồng", "tỷ"),
    ("186 triệu đồng", N("186000000"), "đồng", "triệu"),
    ("52%", N("52"), "%", None),
    ("9,52%", N("9.52"), "%", None),
    ("9,52 %", N("9.52"), "%", None),
    ("2.607 người", N("2607"), "người", None),
    ("600.000 tấn", N("600000"), "tấn", None),
    ("4,3 triệu tấn", N("4300000"), "tấn", "triệu"),
    ("500.000.000 đồng", N("500000000"), "đồng", None),
    ("3 tỷ đồng", N("3000000000"), "đồng", "tỷ"),
    ("45,820 tỷ đồng", N("45820000000"), "đồng", "tỷ"),
    ("2 nghìn tỷ đồng", N("2000000000000"), "đồng", "nghìn tỷ"),
    ("1,5 tỉ", N("1500000000"), None, "tỉ"),
    ("20 ngàn đồng", N("20000"), "đồng", "ngàn"),
    ("1.211 lượt người", N("1211"), "lượt người", None),
    ("75ha", N("75"), "ha", None),
    ("-2,5%", N("-2.5"), "%", None),
    ("1.080", N("1080"), None, None),
    ("12 km²", N("12"), "km²", None),
    ("  864   người ", N("864"), "người", None),
]


@pytest.mark.parametrize(("text", "value", "unit", "scale"), AMOUNTS)
def test_parse_amount(text: str, value: Decimal, unit: str | None, scale: str | None) -> None:
    amount = parse_amount(text)
    assert (amount.value, amount.unit, amount.scale) == (value, unit, scale)
    assert Amount.parse(text) == amount


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (Amount(N("13302000000"), "đồng", "tỷ"), "13,302 tỷ đồng"),
        (Amount(N("9.52"), "%"), "9,52%"),
        (Amount(N("2607"), "người"), "2.607 người"),
        (Amount(N("4300000"), "tấn", "triệu"), "4,3 triệu tấn"),
        (Amount(N("1080")), "1.080"),
        (Amount(N("1500000000"), None, "tỉ"), "1,5 tỉ"),
    ],
)
def test_format_amount(amount: Amount, text: str) -> None:
    assert str(amount) == format_amount(amount) == text
    assert parse_amount(text) == amount


def test_amount_properties() -> None:
    amount = parse_amount("13,302 tỷ đồng")
    assert amount.number == N("13.302")
    assert not amount.is_percentage
    assert parse_amount("25%").is_percentage
    assert format_amount(amount, locale="en") == "13.302 tỷ đồng"


@pytest.mark.parametrize(
    "text", ["", "người", "abc 5", "1.2.3 tấn", "5 $", "tỷ đồng", "12/2021 người"]
)
def test_parse_amount_rejects(text: str) -> None:
    with pytest.raises(InvalidFormat):
        parse_amount(text)


@pytest.mark.parametrize(
    ("value", "unit", "scale"),
    [
        (N("NaN"), None, None),
        (5, None, None),
        (N("5"), "", None),
        (N("5"), "  đồng", None),
        (N("5"), "$", None),
        (N("5"), None, "trăm"),
        (N("5"), None, ""),
    ],
)
def test_amount_validates(value: object, unit: object, scale: object) -> None:
    with pytest.raises(InvalidComponent):
        Amount(value, unit, scale)  # type: ignore[arg-type]


units = st.sampled_from([None, "%", "đồng", "người", "tấn", "lượt người", "km²", "USD"])
scales = st.sampled_from([None, "nghìn", "triệu", "tỷ", "tỉ", "nghìn tỷ"])


@given(decimals, units, scales)
def test_amount_round_trip(number: Decimal, unit: str | None, scale: str | None) -> None:
    factor = {None: 1, "nghìn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9,
              "nghìn tỷ": 10**12}[scale]
    amount = Amount(number * factor, unit, scale)
    assert parse_amount(str(amount)) == amount


@given(st.text())
def test_fuzz_parse_amount(text: str) -> None:
    try:
        amount = parse_amount(text)
    except VnplanError:
        return
    assert amount.value.is_finite()


# --- find_amounts --------------------------------------------------------------------------

FOUND = [
    ("Ban hành 1.080 văn bản là chương trình", [("1.080 văn bản", N("1080"), "văn bản")]),
    ("giải quyết việc làm mới cho 2.607 người, trong đó",
     [("2.607 người", N("2607"), "người")]),
    ("với tổng số tiền 13,302 tỷ đồng (trong đó, hỗ trợ 186 triệu đồng).",
     [("13,302 tỷ đồng", N("13302000000"), "đồng"), ("186 triệu đồng", N("186000000"), "đồng")]),
    ("GRDP ước chỉ đạt 2,15% thấp hơn (cùng kỳ năm 2020 là 2,46%).",
     [("2,15%", N("2.15"), "%"), ("2,46%", N("2.46"), "%")]),
    ("sản lượng 600.000 tấn, tương đương 4,3 triệu tấn",
     [("600.000 tấn", N("600000"), "tấn"), ("4,3 triệu tấn", N("4300000"), "tấn")]),
    ("tăng trưởng -2,5% so với", [("-2,5%", N("-2.5"), "%")]),
    ("nguồn hỗ trợ 3 tỷ của thành phố", [("3 tỷ", N("3000000000"), None)]),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_find_amounts(text: str, expected: list[tuple[str, Decimal, str | None]]) -> None:
    found = list(find_amounts(text))
    assert [(m.text, m.amount.value, m.amount.unit) for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.text


NO_AMOUNTS = [
    "Kế hoạch số 800/KH-UBND ngày 23/12/2021",
    "Nghị quyết số 22/2019/NQ-HĐND",
    "cho 5/5 Công ty TNHH",
    "dịch COVID-19 trong năm 2020",
    "Điều 5, khoản 2 và mục 3.1",
    "Luật số 8 7/202%/QHI5",  # OCR debris in a number, corpus 020
    "ngày 14.7.2021 và 15/11/2025",
    "giai đoạn 2021-2030",
    "trước ngày 15 hằng tháng",
]


@pytest.mark.parametrize("text", NO_AMOUNTS)
def test_find_amounts_ignores_non_amounts(text: str) -> None:
    assert list(find_amounts(text)) == []


@given(st.lists(st.tuples(decimals, st.sampled_from(["%", "đồng", "người", "tấn"])),
                min_size=1, max_size=5))
def test_find_amounts_finds_formatted_amounts(items: list[tuple[Decimal, str]]) -> None:
    amounts = [Amount(value, unit) for value, unit in items]
    text = "; đạt ".join(str(a) for a in amounts)
    assert [m.amount for m in find_amounts(text)] == amounts


@given(st.text())
def test_fuzz_find_amounts(text: str) -> None:
    norm = vnplan.normalize(text)
    for m in find_amounts(text):
        assert norm[m.start : m.end] == m.text
        assert m.amount.value.is_finite()


MEGABYTE = 1_000_000


@pytest.mark.parametrize(
    "text",
    ["1" * MEGABYTE, "." * MEGABYTE, "1." * (MEGABYTE // 2), "1/" * (MEGABYTE // 2),
     " " * MEGABYTE, "1 " * (MEGABYTE // 2), "1,1,1 tỷ " * (MEGABYTE // 9),
     "1.2.3 người " * (MEGABYTE // 12)],
    ids=lambda t: repr(t[:10]),
)
def test_megabyte_inputs(text: str) -> None:
    with pytest.raises(VnplanError):
        parse_number(text)
    with pytest.raises(VnplanError):
        parse_amount(text)
    assert list(find_amounts(text)) == []


def test_megabyte_of_amounts() -> None:
    found = list(find_amounts("đạt 9,52% và 13,302 tỷ đồng; " * 25_000))
    assert len(found) == 50_000
    assert {m.amount.value for m in found} == {N("9.52"), N("13302000000")}


def test_seed_quarterly_report_figures(seeds_dir: Path) -> None:
    text = (seeds_dir / "002_1146f5edb4b1bd87.txt").read_text("utf-8")
    found = {(m.text, m.amount.value) for m in find_amounts(text)}
    for expected in [("1.080 văn bản", N("1080")), ("2.607 người", N("2607")),
                     ("13,302 tỷ đồng", N("13302000000")), ("9,717 tỷ đồng", N("9717000000")),
                     ("154.470 suất quà", N("154470")), ("25%", N("25"))]:
        assert expected in found


# --- pydantic ----------------------------------------------------------------------------------


class Metric(pydantic.BaseModel):
    amount: Amount


def test_pydantic_amount() -> None:
    metric = Metric.model_validate({"amount": "13,302 tỷ đồng"})
    assert metric.amount.value == N("13302000000")
    assert metric.model_dump(mode="json") == {"amount": "13,302 tỷ đồng"}
    assert Metric.model_validate_json(metric.model_dump_json()) == metric
    with pytest.raises(pydantic.ValidationError):
        Metric.model_validate({"amount": "1.2.3"})
    with pytest.raises(pydantic.ValidationError):
        Metric.model_validate({"amount": 5})


@given(decimals, units, scales)
def test_amount_strings_match_the_json_schema(
    number: Decimal, unit: str | None, scale: str | None
) -> None:
    factor = {None: 1, "nghìn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9,
              "nghìn tỷ": 10**12}[scale]
    jsonschema.validate({"amount": str(Amount(number * factor, unit, scale))},
                        Metric.model_json_schema())
