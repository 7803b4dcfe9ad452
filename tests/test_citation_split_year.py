"""A citation's date with its year split in two by PDF spacing ("16/7/20 21")."""

from __future__ import annotations

import datetime

import pytest

import vnplan


@pytest.mark.parametrize(
    ("text", "date", "issuer"),
    [
        (
            "Căn cứ Quyết định số 1234/QĐ-UBND ngày 16/7/20 21 của UBND tỉnh Nam Định;",
            datetime.date(2021, 7, 16),
            "UBND tỉnh Nam Định",
        ),
        (
            "Thực hiện Kế hoạch số 45-KH/TU ngày 02 tháng 3 năm 20 24 của Ban Thường vụ Tỉnh ủy",
            datetime.date(2024, 3, 2),
            "Ban Thường vụ Tỉnh ủy",
        ),
        (
            "Căn cứ Thông tư số 03/1998/TT-BTC ngày 3/4/19 98 của Bộ Tài chính",
            datetime.date(1998, 4, 3),
            "Bộ Tài chính",
        ),
        # no split: read as before
        (
            "Căn cứ Công văn số 77/SYT-NV ngày 3/4/2020 của Sở Y tế",
            datetime.date(2020, 4, 3),
            "Sở Y tế",
        ),
        # not a plausible year: "16/7/30 21" is not joined
        ("Căn cứ Quyết định số 9/QĐ-UBND ngày 16/7/30 21", None, None),
    ],
)
def test_split_year(text: str, date: datetime.date | None, issuer: str | None) -> None:
    (c,) = vnplan.find_citations(text)
    assert c.date == date
    assert c.issuer == issuer


def test_count_after_full_date_is_not_a_year() -> None:
    (c,) = vnplan.find_citations("Kế hoạch số 5/KH-UBND ngày 3/4/2020 21 người tham dự")
    assert c.date == datetime.date(2020, 4, 3)
    assert c.text == "Kế hoạch số 5/KH-UBND ngày 3/4/2020"
