"""Vietnamese dates: every written form, every failure, round trips, real header lines."""

from __future__ import annotations

import datetime
import json
import re
import unicodedata
from pathlib import Path

import jsonschema
import pydantic
import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnplan
from vnplan import (
    DateForm,
    IncompleteValue,
    InvalidComponent,
    InvalidFormat,
    PlaceDate,
    VnplanError,
    find_dates,
    format_date,
    parse_date,
    parse_place_date,
    parse_place_date_parts,
)

D = datetime.date

# --- parse_date: every accepted form ----------------------------------------------------

VALID = [
    # the Decree 30 full form, in any case and spacing
    ("ngày 19 tháng 10 năm 2021", D(2021, 10, 19)),
    ("Ngày 05 tháng 01 năm 2020", D(2020, 1, 5)),
    ("NGÀY 23 THÁNG 7 NĂM 2025", D(2025, 7, 23)),
    ("ngày   19   tháng  10   năm   2021", D(2021, 10, 19)),
    ("ngày 20\ntháng 11 năm 2025", D(2025, 11, 20)),
    ("ngày\n29 tháng 11 năm 2025", D(2025, 11, 29)),
    ("ngày 30 tháng 4 năm\n2025", D(2025, 4, 30)),
    ("19 tháng 10 năm 2021", D(2021, 10, 19)),  # "ngày" optional
    ("ngày 5 tháng 3 năm 2021", D(2021, 3, 5)),  # legacy: no leading zero
    ("ngày15 tháng 5 năm 2026", D(2026, 5, 15)),  # OCR lost the space
    ("ngày 1 tháng 1 năm 2000", D(2000, 1, 1)),
    ("*ngày 18 tháng 11 năm 2025*", D(2025, 11, 18)),  # Markdown italics around it
    ("ngày 19 tháng 10 năm 2021.", D(2021, 10, 19)),  # sentence full stop
    ("ngay 19 thang 10 nam 2021", D(2021, 10, 19)),  # ASCII-folded legacy text
    ("ngảy 15 thảng 5 nắm 2026", D(2026, 5, 15)),  # OCR-garbled tone marks
    ("ngày 15 tháng 3/2020", D(2020, 3, 15)),
    # slash, dot, hyphen
    ("11/10/2021", D(2021, 10, 11)),
    ("ngày 06/03/2025", D(2025, 3, 6)),
    ("Ngày: 19/10/2021", D(2021, 10, 19)),  # a form field on a scraped page
    ("ngày 23/6/2026", D(2026, 6, 23)),
    ("5/02/2020", D(2020, 2, 5)),
    ("ngày  07/7/2021", D(2021, 7, 7)),
    ("14.7.2021", D(2021, 7, 14)),
    ("ngày 14.7.2021", D(2021, 7, 14)),
    ("14-7-2021", D(2021, 7, 14)),
    ("01-10-1997", D(1997, 10, 1)),
    ("ngày 15 / 3 / 2021", D(2021, 3, 15)),
    ("31/12/2019", D(2019, 12, 31)),
    ("29/02/2024", D(2024, 2, 29)),  # leap year
    ("29/02/2000", D(2000, 2, 29)),  # century leap year
    # year first
    ("2021-10-19", D(2021, 10, 19)),
    ("2018/09/20", D(2018, 9, 20)),  # edXML PromulgationDate
    # NFD input and look-alike dashes
    (unicodedata.normalize("NFD", "ngày 19 tháng 10 năm 2021"), D(2021, 10, 19)),
    ("14\u20137\u20132021", D(2021, 7, 14)),  # en dashes
    ("11\u204410\u20442021", D(2021, 10, 11)),  # fraction slashes
]


@pytest.mark.parametrize(("text", "expected"), VALID)
def test_parse_date_forms(text: str, expected: datetime.date) -> None:
    assert parse_date(text) == expected


DAY_MONTH = [
    ("ngày 22.7", 2021, D(2021, 7, 22)),
    ("22/7", 2021, D(2021, 7, 22)),
    ("2-9", 2025, D(2025, 9, 2)),
    ("30-4", 2025, D(2025, 4, 30)),
    ("ngày 15 tháng 11", 2020, D(2020, 11, 15)),
    ("ngày 10/12", 2026, D(2026, 12, 10)),
    ("29/2", 2024, D(2024, 2, 29)),
]


@pytest.mark.parametrize(("text", "year", "expected"), DAY_MONTH)
def test_day_month_needs_default_year(text: str, year: int, expected: datetime.date) -> None:
    assert parse_date(text, default_year=year) == expected
    with pytest.raises(IncompleteValue) as info:
        parse_date(text)
    assert info.value.expected == "year"


def test_default_year_does_not_override_a_written_year() -> None:
    assert parse_date("11/10/2021", default_year=1999) == D(2021, 10, 11)


def test_day_month_in_a_year_without_that_day() -> None:
    with pytest.raises(InvalidComponent) as info:
        parse_date("29/2", default_year=2023)
    assert info.value.expected == "day"


@pytest.mark.parametrize("bad_year", [0, 10000, -5])
def test_bad_default_year(bad_year: int) -> None:
    with pytest.raises(InvalidComponent):
        parse_date("22/7", default_year=bad_year)


# --- parse_date: failures -----------------------------------------------------------------

IMPOSSIBLE = [
    # (text, part named, the printed digits the offset points at)
    ("29/02/2021", "day", "29"),
    ("31/04/2021", "day", "31"),
    ("31/06/2021", "day", "31"),
    ("30/02/2024", "day", "30"),
    ("32/01/2021", "day", "32"),
    ("0/1/2021", "day", "0"),
    ("00/01/2021", "day", "00"),
    ("ngày 00 tháng 01 năm 2021", "day", "00"),
    ("ngày 31 tháng 4 năm 2021", "day", "31"),
    ("15/13/2021", "month", "13"),
    ("15/0/2021", "month", "0"),
    ("09/25/2027", "month", "25"),  # US order is invalid, never 25 September
    ("ngày 15 tháng 54 năm 2026", "month", "54"),  # OCR damage, corpus 023
    ("ngày 1 tháng 13 năm 2020", "month", "13"),
    ("1/1/0000", "year", "0000"),
    ("ngày 01 tháng 01 năm 0000", "year", "0000"),
    ("14/7/21", "year", "21"),  # two-digit years are refused
    ("14.7.21", "year", "21"),
    ("ngày 14 tháng 7 năm 21", "year", "21"),
    ("1/1/20210", "year", "20210"),
    ("123/1/2021", "day", "123"),
    # several bad parts: the first in reading order is named
    ("32/13/2021", "day", "32"),
    ("00/00/0000", "day", "00"),
    ("15/13/0000", "month", "13"),
    ("31/02/21", "year", "21"),  # the year is checked before the day-in-month
]


@pytest.mark.parametrize(("text", "part", "digits"), IMPOSSIBLE)
def test_impossible_components_are_named(text: str, part: str, digits: str) -> None:
    with pytest.raises(InvalidComponent) as info:
        parse_date(text)
    err = info.value
    assert err.expected == part
    assert part in err.message
    assert err.text[err.offset :].startswith(digits)


NOT_DATES = [
    "",
    "   ",
    "hello",
    "ngày",
    "ngày mai",
    "800/KH-UBND",
    "22/2019/NQ-HĐND",
    "1.080",
    "13,302",
    "2021-2030",
    "tháng 3/2020",
    "tháng 3",
    "9 tháng năm 2023",
    "Quý I năm 2020",
    "năm 2021",
    "14/7.2021",  # mixed separators
    "2021",
    "//",
    "11/10/2021 08:30",
    "ngày 19 tháng 10 năm 2021 của Chính phủ",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_non_dates_raise_invalid_format(text: str) -> None:
    with pytest.raises(InvalidFormat):
        parse_date(text)


BLANK_TEMPLATES = [
    ("ngày    tháng    năm 2026", {"day", "month"}),
    ("ngày…… tháng…… năm……", {"day", "month", "year"}),
    ("ngày .../.../2026", {"day", "month"}),
    ("…/…/2026", {"day", "month"}),
    ("ngày   /   /2026", {"day", "month"}),
    ("ngày … tháng … năm …", {"day", "month", "year"}),
    ("ngày... tháng...năm ….", {"day", "month", "year"}),
    ("Ngày tháng năm", {"day", "month", "year"}),
    ("ngày       tháng 4 năm 2026", {"day"}),
    ("ngày 15 tháng … năm 2026", {"month"}),
    ("ngày tháng ˆ năm 20.....", {"day", "month", "year"}),  # OCR of a form, corpus 020
    ("ngày 15 tháng 3 năm 20..", {"year"}),
    ("ngày ___ tháng ___ năm ____", {"day", "month", "year"}),
]


@pytest.mark.parametrize(("text", "blank"), BLANK_TEMPLATES)
def test_blank_templates_raise_incomplete(text: str, blank: set[str]) -> None:
    with pytest.raises(IncompleteValue) as info:
        parse_date(text)
    named = {p for p in ("day", "month", "year") if re.search(rf"\b{p}\b", info.value.message)}
    assert named == blank


def test_errors_are_value_errors_with_position() -> None:
    with pytest.raises(ValueError, match="line 2, column 9"):
        parse_date("ngày 30\ntháng   13 năm 2021")


@pytest.mark.parametrize("value", [None, 20211019, b"11/10/2021", ["11/10/2021"]])
def test_non_strings_raise_vnplan_errors(value: object) -> None:
    with pytest.raises(InvalidFormat):
        parse_date(value)  # type: ignore[arg-type]


# --- format_date --------------------------------------------------------------------------

FORMATTED = [
    (D(2021, 1, 5), "ngày 05 tháng 01 năm 2021"),
    (D(2020, 1, 5), "ngày 05 tháng 01 năm 2020"),  # the decree's own example
    (D(2019, 6, 29), "ngày 29 tháng 6 năm 2019"),  # the decree's own example
    (D(2021, 3, 5), "ngày 05 tháng 3 năm 2021"),
    (D(2021, 2, 15), "ngày 15 tháng 02 năm 2021"),
    (D(2021, 10, 19), "ngày 19 tháng 10 năm 2021"),
    (D(2021, 12, 9), "ngày 09 tháng 12 năm 2021"),
    (D(2025, 9, 2), "ngày 02 tháng 9 năm 2025"),
]


@pytest.mark.parametrize(("value", "text"), FORMATTED)
def test_format_date_decree_30(value: datetime.date, text: str) -> None:
    assert format_date(value) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [(D(2021, 1, 5), "05/01/2021"), (D(2021, 10, 19), "19/10/2021"), (D(5, 3, 1), "01/03/0005")],
)
def test_format_date_short(value: datetime.date, text: str) -> None:
    assert format_date(value, style="short") == text


def test_format_date_rejects_non_dates_and_styles() -> None:
    with pytest.raises(VnplanError):
        format_date("2021-01-05")  # type: ignore[arg-type]
    with pytest.raises(VnplanError):
        format_date(D(2021, 1, 5), style="medium")  # type: ignore[arg-type]


def test_format_date_of_a_datetime_uses_its_date() -> None:
    assert format_date(datetime.datetime(2021, 1, 5, 23, 59)) == "ngày 05 tháng 01 năm 2021"


@given(st.dates())
def test_long_form_round_trips(d: datetime.date) -> None:
    text = format_date(d)
    assert re.fullmatch(r"ngày (0[1-9]|[12][0-9]|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm [0-9]{4}",
                        text)
    assert parse_date(text) == d


@given(st.dates())
def test_short_form_round_trips(d: datetime.date) -> None:
    assert parse_date(format_date(d, style="short")) == d


@st.composite
def written_dates(draw: st.DrawFn) -> tuple[datetime.date, str]:
    """A date written the way people do: any separator, padding, case and spacing."""
    d = draw(st.dates(min_value=D(1000, 1, 1)))
    pad_day = draw(st.booleans())
    pad_month = draw(st.booleans())
    day = f"{d.day:02d}" if pad_day else str(d.day)
    month = f"{d.month:02d}" if pad_month else str(d.month)
    style = draw(st.sampled_from(["full", "/", ".", "-", "iso"]))
    space = draw(st.sampled_from([" ", "  ", "\n", " \n  "]))
    if style == "full":
        words = [draw(st.sampled_from(w)) for w in (["ngày", "Ngày", "NGÀY", ""],
                                                     ["tháng", "THÁNG"], ["năm", "NĂM"])]
        text = f"{words[0]}{space}{day}{space}{words[1]} {month}{space}{words[2]} {d.year}"
    elif style == "iso":
        text = d.isoformat()
    else:
        prefix = draw(st.sampled_from(["", "ngày ", "Ngày "]))
        text = f"{prefix}{day}{style}{month}{style}{d.year}"
    return d, text


@given(written_dates())
def test_parse_written_variants(case: tuple[datetime.date, str]) -> None:
    d, text = case
    assert parse_date(text) == d


_DATE_ALPHABET = "ngàyNGÀYtháng THÁNGnăm0123456789/.-…_ˆ,\n*|()"


@given(st.one_of(st.text(), st.text(alphabet=_DATE_ALPHABET, max_size=60)))
def test_fuzz_parse_date(text: str) -> None:
    try:
        result = parse_date(text)
    except VnplanError:
        return
    assert isinstance(result, datetime.date)


@given(st.text(alphabet=_DATE_ALPHABET, max_size=60), st.integers(1, 9999))
def test_fuzz_parse_date_with_default_year(text: str, year: int) -> None:
    try:
        result = parse_date(text, default_year=year)
    except VnplanError:
        return
    assert isinstance(result, datetime.date)


# --- adversarial input -------------------------------------------------------------------

MEGABYTE = 1_000_000
ADVERSARIAL = [
    "1" * MEGABYTE,
    "." * MEGABYTE,
    "/" * MEGABYTE,
    " " * MEGABYTE,
    "1/" * (MEGABYTE // 2),
    "1." * (MEGABYTE // 2),
    "12/12/" * (MEGABYTE // 6),
    "1 2 " * (MEGABYTE // 4),
    "ngày " * (MEGABYTE // 5),
    "ngày " + "." * MEGABYTE,
    "ngày 1 tháng " * (MEGABYTE // 13),
    "1-" * (MEGABYTE // 2),
    "9/" + "9" * MEGABYTE,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:12]))
def test_megabyte_inputs_are_rejected(text: str) -> None:
    with pytest.raises(VnplanError):
        parse_date(text)
    with pytest.raises(VnplanError):
        parse_place_date(text)


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:12]))
def test_megabyte_inputs_find_no_complete_dates(text: str) -> None:
    assert [m for m in find_dates(text) if m.date is not None] == []


def test_megabyte_of_real_dates_finds_them_all() -> None:
    chunk = "ngày 11/10/2021 và 12.10.2021; "
    found = list(find_dates(chunk * 20_000))
    assert len(found) == 40_000
    assert {m.date for m in found} == {D(2021, 10, 11), D(2021, 10, 12)}


# --- place and date ------------------------------------------------------------------------

PLACE_DATES = [
    ("TP. Hồ Chí Minh, ngày 02 tháng 9 năm 2025", "TP. Hồ Chí Minh", D(2025, 9, 2)),
    ("Bà Rịa - Vũng Tàu, ngày 05 tháng 3 năm 2021", "Bà Rịa - Vũng Tàu", D(2021, 3, 5)),
    ("An Giang, ngày\n23 tháng 12 năm 2021", "An Giang", D(2021, 12, 23)),
    ("Hà Nội, ngày 05 tháng 01 năm 2020", "Hà Nội", D(2020, 1, 5)),
    ("Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019", "Thành phố Hồ Chí Minh", D(2019, 6, 29)),
    ("Hưng Yên, ngày 19 tháng 10 năm 2021", "Hưng Yên", D(2021, 10, 19)),  # seed 000
    # web Markdown from the corpus: italics, wrapped lines
    ("*Bắc Ninh, ngày 20\ntháng 11 năm 2025*", "Bắc Ninh", D(2025, 11, 20)),
    ("*Thành phố Hồ Chí\nMinh, ngày 18 tháng 11 năm 2025*", "Thành phố Hồ Chí Minh",
     D(2025, 11, 18)),
    ("*Thanh Hóa, ngày\n18 tháng 11 năm 2025*", "Thanh Hóa", D(2025, 11, 18)),
    ("*Hà Nội, ngày 19\ntháng 11 năm 2025 *", "Hà Nội", D(2025, 11, 19)),
    # PDF layout: the number cell shares the line
    ("   SỐ 1050/QĐ-SCT                      Lào Cai, ngày 10 tháng 3 năm 2026", "Lào Cai",
     D(2026, 3, 10)),
    ("Số: II /2026/QĐ-UBND Lào Cai, ngày 29 tháng 01 năm 2026", "Lào Cai", D(2026, 1, 29)),
    ("     Số: 1074/QĐ-BXD                 Hà Nội, ngày 29 tháng 6 năm 2026", "Hà Nội",
     D(2026, 6, 29)),
    ("Lương Minh, ngày 12 tháng 01 năm 2026", "Lương Minh", D(2026, 1, 12)),
    # no comma (OCR), slash date after a comma
    ("Hà Nội ngày 05 tháng 01 năm 2020", "Hà Nội", D(2020, 1, 5)),
    ("Hà Nội, 05/01/2020", "Hà Nội", D(2020, 1, 5)),
    (unicodedata.normalize("NFD", "Đắk Lắk, ngày 21 tháng 11 năm 2025"), "Đắk Lắk",
     D(2025, 11, 21)),
]


@pytest.mark.parametrize(("text", "place", "date"), PLACE_DATES)
def test_parse_place_date(text: str, place: str, date: datetime.date) -> None:
    assert parse_place_date(text) == (place, date)
    parts = parse_place_date_parts(text)
    assert (parts.place, parts.date) == (place, date)
    assert unicodedata.is_normalized("NFC", parts.place or "")


DRAFT_LINES = [
    ("Hà Nội, ngày   tháng 12 năm 2025", "Hà Nội", None, 12, 2025),
    ("       Lào Cai, ngày       tháng      năm 2026", "Lào Cai", None, None, 2026),
    ("Lào Cai, ngày      tháng 4  năm 2026", "Lào Cai", None, 4, 2026),
    ("|Số:          /SCT-KT                          |     |           Lào Cai,  ngày       "
     "tháng 5  năm 2019                                  |", "Lào Cai", None, 5, 2019),
    ("…., ngày … tháng … năm …", None, None, None, None),
    ("..., ngày ... tháng … năm ...", None, None, None, None),
    ("SỐ:.................... Lào Cai, ngày tháng ˆ năm 20.....", "Lào Cai", None, None, None),
]


@pytest.mark.parametrize(("text", "place", "day", "month", "year"), DRAFT_LINES)
def test_draft_place_date_keeps_the_place(
    text: str, place: str | None, day: int | None, month: int | None, year: int | None
) -> None:
    parts = parse_place_date_parts(text)
    assert (parts.place, parts.day, parts.month, parts.year) == (place, day, month, year)
    assert parts.date is None
    assert not parts.is_complete
    with pytest.raises(IncompleteValue) as info:
        parse_place_date(text)
    if place:
        assert place in info.value.message


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("ngày 05 tháng 01 năm 2020", InvalidFormat),  # no place
        ("Hà Nội", InvalidFormat),
        ("", InvalidFormat),
        ("Ngày 18 tháng 11 năm 2025, tại trụ sở Chính phủ", InvalidFormat),
        ("Hà Nội, ngày 31 tháng 4 năm 2021", InvalidComponent),
        ("Lào Cai, ngày15 tháng 54 năm 2026", InvalidComponent),
    ],
)
def test_place_date_failures(text: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        parse_place_date(text)


place_names = st.text(
    alphabet=st.sampled_from("ABCDHLMNTabcdhilmnotuàáạăâđêôơưừữĐ .-"), min_size=1, max_size=30
).map(lambda s: " ".join(s.split())).filter(lambda s: re.search("[A-Za-zà-ỹĐđ]", s) is not None)


@given(st.one_of(place_names, st.text(max_size=30)), st.one_of(st.none(), st.integers(1, 28)),
       st.one_of(st.none(), st.integers(1, 12)), st.one_of(st.none(), st.integers(1, 9999)))
def test_place_date_round_trip(
    place: str, day: int | None, month: int | None, year: int | None
) -> None:
    try:
        value = PlaceDate(place, day, month, year)
    except VnplanError:
        return
    assert parse_place_date_parts(str(value)) == value


@pytest.mark.parametrize(
    ("place", "day", "month", "year"),
    [
        ("Hà Nội", 31, 4, 2021),
        ("Hà Nội", None, 13, 2021),
        ("Hà Nội", 0, None, None),
        ("Hà Nội", None, None, 0),
        ("Hà  Nội", None, None, None),
        (" Hà Nội", None, None, None),
        ("Hà Nội\nLào Cai", None, None, None),
        ("800/KH-UBND Hà Nội", None, None, None),
        ("Hà Nội, ngày 5", None, None, None),
        ("…", None, None, None),
    ],
)
def test_place_date_validates_parts(
    place: str, day: int | None, month: int | None, year: int | None
) -> None:
    with pytest.raises(InvalidComponent):
        PlaceDate(place, day, month, year)


@given(st.text())
def test_fuzz_place_date(text: str) -> None:
    try:
        place, date = parse_place_date(text)
    except VnplanError:
        return
    assert place.strip() == place != ""
    assert isinstance(date, datetime.date)


# --- find_dates -----------------------------------------------------------------------------

FOUND = [
    ("Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ",
     [("ngày 11/10/2021", D(2021, 10, 11), DateForm.SLASH)]),
    ("Quyết định số 1942/QĐ-TTg ngày 18 tháng 11\nnăm 2021 của Thủ tướng",
     [("ngày 18 tháng 11\nnăm 2021", D(2021, 11, 18), DateForm.FULL)]),
    ("Quyết định số 1956 (ngày 14.7.2021) của UBND tỉnh",
     [("ngày 14.7.2021", D(2021, 7, 14), DateForm.DOT)]),
    ("ngày 01-10-1997 và 2021-10-19", [("ngày 01-10-1997", D(1997, 10, 1), DateForm.HYPHEN),
                                       ("2021-10-19", D(2021, 10, 19), DateForm.ISO)]),
    ("Ngày cập nhật 28/11/2020", [("28/11/2020", D(2020, 11, 28), DateForm.SLASH)]),
    ("(27/7/1947 - 27/7/2020)", [("27/7/1947", D(1947, 7, 27), DateForm.SLASH),
                                 ("27/7/2020", D(2020, 7, 27), DateForm.SLASH)]),
    ("Ngày 18 tháng 11 năm 2025, tại trụ sở Chính phủ",
     [("Ngày 18 tháng 11 năm 2025", D(2025, 11, 18), DateForm.FULL)]),
    ("Luật Tổ chức Chính phủ ngày 18 tháng 02 năm\n2025; ",
     [("ngày 18 tháng 02 năm\n2025", D(2025, 2, 18), DateForm.FULL)]),
    ("Thông tư số 55/2023/TT-BTC ngày 15 tháng 8 năm 2023 của Bộ",
     [("ngày 15 tháng 8 năm 2023", D(2023, 8, 15), DateForm.FULL)]),
    ("TRIỂN KHAI NGHỊ QUYẾT SỐ 214/NQ-CP NGÀY 23/7/2025",
     [("NGÀY 23/7/2025", D(2025, 7, 23), DateForm.SLASH)]),
    ("số 23/2021/QĐ-TTg ngày  07/7/2021 của", [("ngày  07/7/2021", D(2021, 7, 7),
                                               DateForm.SLASH)]),
    ("từ 18h00 tối Thứ Bảy ngày 22/11/2025 đến 03h00",
     [("ngày 22/11/2025", D(2025, 11, 22), DateForm.SLASH)]),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_find_dates(text: str, expected: list[tuple[str, datetime.date, DateForm]]) -> None:
    found = list(find_dates(text))
    assert [(m.text, m.date, m.form) for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.text
        assert not m.incomplete


def test_find_dates_components() -> None:
    (m,) = find_dates("ký ngày 05 tháng 01 năm 2021")
    assert (m.start, m.end, m.day, m.month, m.year) == (3, 28, 5, 1, 2021)


NO_DATES = [
    "Nghị quyết số 22/2019/NQ-HĐND về kế hoạch",
    "Kế hoạch số 800/KH-UBND",
    "Văn bản số 12/2026/HĐS-GĐN và 05/2026/VLN/CV-LV",
    "ban hành 1.080 văn bản, 13,302 tỷ đồng, 5.195.595 lượt",
    "giai đoạn 2021-2030 và nhiệm kỳ 2026 - 2031",
    "trong tháng 3/2020 và tháng 8.2024",
    "Quý I/2026, 6 tháng đầu năm 2021, 9 tháng năm 2023",
    "báo cáo trước ngày 15 hằng tháng",
    "cho 5/5 Công ty; mục 6.1, 6.2 và 3.1.2",
    "Nghị quyết 66.4.2025/NQ-CP",
    "COVID-19 và mưa 100-150mm",
    "ghi rõ ngày tháng năm sinh",
    "14/7/21 là năm hai chữ số",
    "Ngày Quốc tế thiếu nhi 1/6",  # day-month forms need "ngày" right before them
]


@pytest.mark.parametrize("text", NO_DATES)
def test_find_dates_ignores_non_dates(text: str) -> None:
    assert list(find_dates(text)) == []


TEMPLATES = [
    ("Lào Cai, ngày       tháng 4 năm 2026", "ngày       tháng 4 năm 2026", (None, 4, 2026)),
    ("Kế hoạch số:   /KH-UBND ngày        tháng      năm 2026 của UBND tỉnh",
     "ngày        tháng      năm 2026", (None, None, 2026)),
    ("…., ngày … tháng … năm …", "ngày … tháng … năm …", (None, None, None)),
    ("ngày... tháng...năm ….", "ngày... tháng...năm ….", (None, None, None)),
    ("kèm theo Quyết định số /QĐ-TTg ngày\ntháng năm 2025 của",
     "ngày\ntháng năm 2025", (None, None, 2025)),
    ("ngày .../.../2026 về", "ngày .../.../2026", (None, None, 2026)),
    ("Lào Cai, ngày tháng ˆ năm 20.....", "ngày tháng ˆ năm 20.....", (None, None, None)),
    ("Ngày tháng năm\nNgười ký", "Ngày tháng năm", (None, None, None)),
]


@pytest.mark.parametrize(("text", "span", "parts"), TEMPLATES)
def test_find_dates_yields_templates_as_incomplete(
    text: str, span: str, parts: tuple[int | None, int | None, int | None]
) -> None:
    (m,) = find_dates(text)
    assert m.text == span
    assert m.incomplete
    assert m.date is None
    assert (m.day, m.month, m.year) == parts


def test_find_dates_day_month() -> None:
    text = "ngày 22.7, UBND tỉnh ban hành; định kỳ hằng năm (trước ngày 10/12)"
    found = list(find_dates(text))
    assert [(m.text, m.form, m.date) for m in found] == [
        ("ngày 22.7", DateForm.DAY_MONTH, None), ("ngày 10/12", DateForm.DAY_MONTH, None)
    ]
    with_year = [m.date for m in find_dates(text, default_year=2021)]
    assert with_year == [D(2021, 7, 22), D(2021, 12, 10)]


def test_find_dates_full_form_without_year() -> None:
    text = ("từ ngày 15 tháng 12 năm trước kỳ báo cáo đến ngày 14 tháng 6 của kỳ báo cáo; "
            "trước ngày 15 tháng 12 hàng năm")
    found = list(find_dates(text))
    assert [(m.text, m.day, m.month, m.year, m.form) for m in found] == [
        ("ngày 15 tháng 12", 15, 12, None, DateForm.DAY_MONTH),
        ("ngày 14 tháng 6", 14, 6, None, DateForm.DAY_MONTH),
        ("ngày 15 tháng 12", 15, 12, None, DateForm.DAY_MONTH),
    ]


def test_find_dates_keeps_impossible_dates_after_ngay() -> None:
    (m,) = find_dates("Lào Cai, ngày15 tháng 54 năm 2026")
    assert (m.day, m.month, m.year, m.date, m.incomplete) == (15, 54, 2026, None, False)
    (m,) = find_dates("ký ngày 31/04/2021")
    assert (m.day, m.month, m.date) == (31, 4, None)
    assert list(find_dates("mã 31/04/2021")) == []  # without "ngày" it is no date


def test_find_dates_spans_refer_to_nfc_text() -> None:
    nfd = unicodedata.normalize("NFD", "Số 5 ngày 05 tháng 01 năm 2021")
    (m,) = find_dates(nfd)
    nfc = vnplan.normalize(nfd)
    assert nfc[m.start : m.end] == m.text == "ngày 05 tháng 01 năm 2021"


@given(st.lists(st.dates(min_value=D(1000, 1, 1)), min_size=1, max_size=5),
       st.sampled_from(["long", "short"]))
def test_find_dates_finds_formatted_dates(dates: list[datetime.date], style: str) -> None:
    text = "; ".join(f"văn bản số {i + 1}/KH-UBND {format_date(d, style)}"  # type: ignore[arg-type]
                     for i, d in enumerate(dates))
    assert [m.date for m in find_dates(text)] == dates


@given(st.one_of(st.text(), st.text(alphabet=_DATE_ALPHABET, max_size=200)))
def test_fuzz_find_dates(text: str) -> None:
    norm = vnplan.normalize(text)
    previous_end = 0
    for m in find_dates(text):
        assert norm[m.start : m.end] == m.text
        assert m.start >= previous_end
        previous_end = m.end
        if m.date is not None:
            assert (m.date.day, m.date.month) == (m.day, m.month)
            assert not m.incomplete


# --- the real documents -------------------------------------------------------------------


def _truth(corpus: Path) -> list[dict[str, object]]:
    lines = (corpus / "truth.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_corpus_citation_dates_are_found(corpus_dir: Path) -> None:
    """Every annotated citation date and issue date is among the dates found (≥ 95 %)."""
    wanted = found = 0
    for record in _truth(corpus_dir):
        text = (corpus_dir / "docs" / f"{record['id']}.txt").read_text("utf-8")
        dates = {m.date.isoformat() for m in find_dates(text) if m.date is not None}
        citations = record["citations"]
        assert isinstance(citations, list)
        expected = [c["date"] for c in citations if c.get("date") and len(c["date"]) == 10]
        if record["date"]:
            expected.append(record["date"])
        wanted += len(expected)
        found += sum(1 for e in expected if e in dates)
    assert wanted > 300
    assert found / wanted >= 0.95


def test_corpus_place_date_lines(corpus_dir: Path) -> None:
    """The place-and-date line of each document parses to the annotated place and date."""
    ok = total = 0
    for record in _truth(corpus_dir):
        text = vnplan.normalize((corpus_dir / "docs" / f"{record['id']}.txt").read_text("utf-8"))
        place = record["place"]
        assert isinstance(place, str)
        at = re.search(re.escape(place) + r",?\s{0,3}ngày", text)
        if at is None:
            continue  # garbled header (022): nothing to read
        line = text[at.start() : at.start() + 150]
        cut = re.search(r"năm\s{0,3}(?:[0-9]{4}|[.…]*)", line)
        assert cut is not None
        total += 1
        try:
            parts = parse_place_date_parts(line[: cut.end()])
        except VnplanError:
            continue
        date = parts.date.isoformat() if parts.date else None
        ok += (parts.place, date) == (place, record["date"])
    assert total >= 38
    assert ok / total >= 0.95


def test_seed_dates(seeds_dir: Path) -> None:
    text = (seeds_dir / "000_588b410a8ae4fe0e.txt").read_text("utf-8")
    header = next(line for line in text.splitlines() if line.startswith("Hưng Yên, ngày"))
    assert parse_place_date(header) == ("Hưng Yên", D(2021, 10, 19))
    dates = [m.date for m in find_dates(text) if m.date]
    assert D(2021, 10, 11) in dates  # Nghị quyết số 128/NQ-CP ngày 11/10/2021
    assert D(2021, 10, 23) in dates  # trước ngày 23/10/2021
    news = (seeds_dir / "004_fc673d80f5be1e92.txt").read_text("utf-8")
    found = [(m.text, m.date) for m in find_dates(news, default_year=2021)]
    assert ("ngày 22.7", D(2021, 7, 22)) in found
    assert ("ngày 14.7.2021", D(2021, 7, 14)) in found


# --- pydantic ----------------------------------------------------------------------------------


class Issued(pydantic.BaseModel):
    line: PlaceDate


def test_pydantic_place_date() -> None:
    issued = Issued.model_validate({"line": "An Giang, ngày\n23 tháng 12 năm 2021"})
    assert issued.line == PlaceDate("An Giang", 23, 12, 2021)
    assert issued.model_dump(mode="json") == {"line": "An Giang, ngày 23 tháng 12 năm 2021"}
    assert Issued.model_validate_json(issued.model_dump_json()) == issued
    draft = Issued(line="Lào Cai, ngày    tháng 4 năm 2026")  # type: ignore[arg-type]
    assert draft.model_dump(mode="json") == {"line": "Lào Cai, ngày … tháng 4 năm 2026"}
    assert PlaceDate.parse("Hà Nội, ngày 05 tháng 01 năm 2020").date == D(2020, 1, 5)
    for bad in ("Hà Nội", 5, "Hà Nội, ngày 31 tháng 4 năm 2021"):
        with pytest.raises(pydantic.ValidationError):
            Issued.model_validate({"line": bad})


@given(place_names, st.one_of(st.none(), st.integers(1, 28)),
       st.one_of(st.none(), st.integers(1, 12)), st.one_of(st.none(), st.integers(1, 9999)))
def test_place_date_strings_match_the_json_schema(
    place: str, day: int | None, month: int | None, year: int | None
) -> None:
    try:
        value = PlaceDate(place, day, month, year)
    except VnplanError:
        return
    jsonschema.validate({"line": str(value)}, Issued.model_json_schema())
