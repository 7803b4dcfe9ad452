"""Dates damaged by OCR and scrambled tone marks (domain.md §1.5 and §8: the full form
"ngày 05 tháng 3 năm 2021" and d/m/yyyy; day first, always).

Only unambiguous repairs: a letter "O"/"o"/"l"/"I" among the digits of a day, month or
year right after its keyword or inside a d/m/yyyy shape. Split digits ("ngày 1 5") and
Roman months are not guessed.
"""

from __future__ import annotations

import datetime

import pytest

from vnplan.dates import find_dates, parse_date, parse_place_date, repair_date_digits

D = datetime.date

FOUND = [
    ("ký ngày 05 tháng 3 năm 2O20 tại Hà Nội", D(2020, 3, 5), "ngày 05 tháng 3 năm 2O20"),
    ("ngày 1O tháng 02 năm 2026", D(2026, 2, 10), "ngày 1O tháng 02 năm 2026"),
    ("ngày 0l tháng 6 năm 1998", D(1998, 6, 1), "ngày 0l tháng 6 năm 1998"),
    ("Ngày 2l tháng O7 năm 2OO9,", D(2009, 7, 21), "Ngày 2l tháng O7 năm 2OO9"),
    ("NGÀY 3O THÁNG 4 NĂM 2O15", D(2015, 4, 30), "NGÀY 3O THÁNG 4 NĂM 2O15"),
    ("ban hành ngày 15/3/2O21.", D(2021, 3, 15), "ngày 15/3/2O21"),
    ("ngày lO/O3/2O2O", D(2020, 3, 10), "ngày lO/O3/2O2O"),
    ("(ngày 0l/4/2O23)", D(2023, 4, 1), "ngày 0l/4/2O23"),
    # tone marks lost or moved
    ("ngảy 05 thảng 3 nãm 2020", D(2020, 3, 5), "ngảy 05 thảng 3 nãm 2020"),
    ("ngàỷ 24/01/2025 củà Ban", D(2025, 1, 24), "ngàỷ 24/01/2025"),
    ("ngày 12 tháng 11 nảm 2019", D(2019, 11, 12), "ngày 12 tháng 11 nảm 2019"),
]


@pytest.mark.parametrize(("text", "date", "printed"), FOUND)
def test_damaged_dates_are_found_with_their_printed_text(
    text: str, date: datetime.date, printed: str
) -> None:
    (found,) = list(find_dates(text))
    assert found.date == date
    assert found.text == printed  # the text as printed, not the repaired one
    assert text[found.start : found.end] == printed


@pytest.mark.parametrize(
    "text",
    [
        "tháng I năm 2020 và Quý II/2021",  # Roman numerals: no digit to repair
        "Tổ lO, Đội IO",
        "Iol/ll/IIII",  # no real digits
        "ngày lO tháng",  # no real digit in the day, no month
        "ngày 1 5 tháng 3 năm 2020",  # OCR-split day: 15 or 5? better no date than 5/3
    ],
)
def test_roman_and_letter_runs_are_not_dates(text: str) -> None:
    assert list(find_dates(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày 1O tháng O3 năm 2O2O", "ngày 10 tháng 03 năm 2020"),
        ("ngày 0l/4/2O21", "ngày 01/4/2021"),
        ("tháng I; Quý II; lớp 1O", "tháng I; Quý II; lớp 1O"),  # no keyword or no shape
        ("năm 2O2O.", "năm 2020."),
        ("Sông Lô", "Sông Lô"),
    ],
)
def test_repair_date_digits(text: str, expected: str) -> None:
    assert repair_date_digits(text) == expected
    assert len(repair_date_digits(text)) == len(text)


def test_parse_date_and_place_date_read_ocr_digits() -> None:
    assert parse_date("ngày 05 tháng 3 năm 2O20") == D(2020, 3, 5)
    assert parse_date("1O/1O/2O19") == D(2019, 10, 10)
    assert parse_place_date("Lào Cai, ngày 1O tháng 02 năm 2026") == ("Lào Cai", D(2026, 2, 10))
    assert parse_place_date("Huế, ngày 0l tháng 6 năm 2021") == ("Huế", D(2021, 6, 1))
