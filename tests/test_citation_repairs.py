"""Footnote markers glued to numbers, Party numbers with a space for the hyphen,
Party issuers typed in lower case (citation finder, round 2)."""

from __future__ import annotations

import pytest

import vnplan
from vnplan.numbering import DocumentNumber
from vnplan.text.citation_repairs import footnote_length


def _numbers(text: str) -> list[str]:
    return [c.number for c in vnplan.find_citations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Căn cứ Luật số 42/2024/QH151 ngày 29 tháng 11 năm 2024;", ["42/2024/QH15"]),
        ("Căn cứ Luật Đất đai số 31/2024/QH152;", ["31/2024/QH15"]),
        ("Căn cứ Nghị định số 105/2025/NĐ-CP2 của Chính phủ;", ["105/2025/NĐ-CP"]),
        ("Căn cứ Thông tư 47/2024/TT-BGTVT4 của Bộ Giao thông vận tải;", ["47/2024/TT-BGTVT"]),
        (
            "Căn cứ Thông tư số 08/2019/TT-BTNMT12 của Bộ Tài nguyên và Môi trường;",
            ["08/2019/TT-BTNMT"],
        ),
        ("theo Quyết định số 1234/QĐ-UBND3 của UBND tỉnh Nghệ An", ["1234/QĐ-UBND"]),
        ("theo Nghị quyết số 09-NQ/TU1 của Tỉnh ủy", ["09-NQ/TU"]),
        ("theo QCVN 122:2024/BGTVT3 về phương tiện", ["QCVN122:2024/BGTVT"]),
        # real digits stay
        (
            "Căn cứ Luật số 65/2020/QH14 và Nghị quyết số 1023/NQ-UBTVQH14",
            ["65/2020/QH14", "1023/NQ-UBTVQH14"],
        ),
        ("Căn cứ Pháp lệnh số 02/1999/PL-UBTVQH10;", ["02/1999/PL-UBTVQH10"]),
        ("Thông tư liên tịch số 160/2013/TTLT-BTC-BNV của Bộ Tài chính", ["160/2013/TTLT-BTC-BNV"]),
    ],
)
def test_footnote_marker_dropped(text: str, expected: list[str]) -> None:
    assert _numbers(text) == expected


def test_footnote_marker_printed_text_kept() -> None:
    text = "Căn cứ Luật số 42/2024/QH151 ngày 29/11/2024;"
    (c,) = vnplan.find_citations(text)
    assert "QH151" in c.text
    assert c.date is not None
    assert c.date.year == 2024


@pytest.mark.parametrize(
    ("number", "length"),
    [
        ("42/2024/QH151", 1),
        ("42/2024/QH15", 0),
        ("02/1999/PL-UBTVQH10", 0),
        ("02/1999/PL-UBTVQH102", 1),
        ("105/2025/NĐ-CP2", 1),
        ("105/2025/NĐ-CP", 0),
        ("47/2024/TT-BGTVT14", 2),
        ("12/C06-P3", 0),  # a police unit code carries digits
        ("05/KH-G16", 0),
        ("12/2020/TT-BYT", 0),
    ],
)
def test_footnote_length(number: str, length: int) -> None:
    assert footnote_length(number) == length


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Căn cứ Quyết định số 84 QĐ/TWĐTN ngày 5/1/2023 của Ban Bí thư Trung ương Đoàn",
            ["84-QĐ/TWĐTN"],
        ),
        ("Thực hiện Kế hoạch số 298 KH/TWĐTN của Trung ương Đoàn", ["298-KH/TWĐTN"]),
        ("Thực hiện Hướng dẫn số 148 HD/TWH của Trung ương Hội", ["148-HD/TWH"]),
        ("Thực hiện Nghị quyết số 26- NQ/TƯ ngày 5/8/2008", ["26-NQ/TW"]),
        ("Thực hiện Chỉ thị số 05 -CT/TU của Tỉnh ủy", ["05-CT/TU"]),
        ("Thực hiện Chương trình số 104-CTr/Tu ngày 2/3/2021 của Tỉnh ủy", ["104-CTr/TU"]),
        # a state issuer with a space stays out (no guessing of the family)
        ("Thực hiện Kế hoạch số 12 KH/UBND của UBND huyện", []),
    ],
)
def test_party_number_with_space(text: str, expected: list[str]) -> None:
    assert [n for n in _numbers(text) if "/" in n] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("104-CTr/Tu", "104-CTr/TU"),
        ("12-NQ/Hu", "12-NQ/HU"),
        ("38-CT/TTg", "38/CT-TTg"),  # a state issuer in mixed case stays state
    ],
)
def test_party_issuer_lower_case(text: str, expected: str) -> None:
    assert str(DocumentNumber.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # OCR margin junk after a type's hyphen: missing rather than "15/2018/NĐ-1"
        ("Căn cứ Nghị định số 15/2018/NĐ-\n1 AVỨCP ngày 2/2/2018 của Chính phủ", []),
        ("Căn cứ Quyết định số 12/QĐ-3 của UBND huyện", []),
        ("theo Thông tư số 02/2019/TT-\n12 ĐFX của Bộ", []),
        # digits after a hyphen that is not a type's stay (unit codes, contracts)
        ("Công văn số 12/C06-\nP3 của Công an tỉnh", ["12/C06-P3"]),
        ("theo Hợp đồng số 05/2023/HĐ-01 ngày 3/3/2023", ["05/2023/HĐ-01"]),
        ("Văn bản số 05/2026/VLN/CV-\nLV ngày 2/3/2026", ["05/2026/VLN/CV-LV"]),
    ],
)
def test_ocr_junk_after_type_hyphen(text: str, expected: list[str]) -> None:
    assert _numbers(text) == expected
