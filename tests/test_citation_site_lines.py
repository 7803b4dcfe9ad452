"""A legal-database site's title lines and one-line labels are not citations."""

from __future__ import annotations

import pytest

import vnplan


def _numbers(text: str) -> list[str]:
    return [c.number for c in vnplan.find_citations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # site titles: type and number without "số", "năm YYYY", the subject
        (
            "Kế hoạch 155/KH-UBND năm 2017 triển khai Chương trình hành động quốc gia\n"
            "Nội dung văn bản",
            [],
        ),
        (
            "Nghị quyết 09/2021/NQ-HĐND năm 2021 quy định mức chi\nCăn cứ Luật số 77/2015/QH13;",
            ["77/2015/QH13"],
        ),
        # site summary: "... do X ban hành" closing the line
        (
            "Quyết định 1281/QĐ-UBND về quy hoạch xây dựng do Ủy ban nhân dân tỉnh Quảng "
            "Ninh ban hành\nThực hiện Kế hoạch số 14-KH/TU của Tỉnh ủy;",
            ["14-KH/TU"],
        ),
        # a site label with the documents on its line
        (
            "Văn bản thay thế: Quyết định 366/QĐ-UBND\nCăn cứ Nghị định số 30/2020/NĐ-CP;",
            ["30/2020/NĐ-CP"],
        ),
        # real citations stay: with "số", with a date, in a list item
        ("- Quyết định số 12/QĐ-UBND ngày 1/1/2020 do UBND tỉnh ban hành;", ["12/QĐ-UBND"]),
        ("Quyết định số 12/QĐ-UBND do UBND tỉnh ban hành.", ["12/QĐ-UBND"]),
        (
            "Quyết định 45/QĐ-UBND ngày 3/2/2021 về quy hoạch do UBND huyện ban hành",
            ["45/QĐ-UBND"],
        ),
        ("Căn cứ Luật 45/2019/QH14 năm 2019;", ["45/2019/QH14"]),
    ],
)
def test_site_lines(text: str, expected: list[str]) -> None:
    assert _numbers(text) == expected
