"""Document numbers damaged by OCR, PDF text layers and hand typing (tolerant reading).

Each case is written from the conventions (domain.md §1.3-1.4, §2.1, §3): the canonical
form is "số/TYPE-ISSUER", "số/năm/TYPE-ISSUER" or the Party "số-TYPE/ISSUER"; what a
scan or a text layer does to it is listed beside each row. Negative rows are things
that must not be read as (or repaired into) a number.
"""

from __future__ import annotations

import pytest

from vnplan import DocumentNumber, find_citations, find_document_numbers
from vnplan.errors import VnplanError
from vnplan.numbering import repair_ocr_digits

# (printed, canonical, rule the tolerant reading reports)
REPAIRED = [
    # the hyphen between a type and a known issuer lost in a PDF text layer
    ("45/KHUBND", "45/KH-UBND", "number.separator"),
    ("2468/QĐUBND", "2468/QĐ-UBND", "number.separator"),
    ("61/2018/NĐCP", "61/2018/NĐ-CP", "number.separator"),
    ("01/2018/TTVPCP", "01/2018/TT-VPCP", "number.separator"),
    ("03/2004/TTBYT", "03/2004/TT-BYT", "number.separator"),
    ("15/2011/TTLTBTC-BNV", "15/2011/TTLT-BTC-BNV", "number.separator"),  # normative only
    ("07/2023/QĐTTg", "07/2023/QĐ-TTg", "number.separator"),
    ("112/QDUBND", "112/QĐ-UBND", "number.separator"),  # and ASCII-folded
    ("09/NQHĐND", "09/NQ-HĐND", "number.separator"),
    ("30/1998/QĐUB", "30/1998/QĐ-UB", "number.separator"),
    ("18/CTBYT", "18/CT-BYT", "number.separator"),
    ("06/NQTW", "06-NQ/TW", "number.separator"),  # then the Party issuer decides
    # hyphens typed as slashes, or slashes as hyphens
    ("12/NQ/TW", "12-NQ/TW", "number.separator"),
    ("35/CT/TW", "35-CT/TW", "number.separator"),
    ("248/KH/TU", "248-KH/TU", "number.separator"),
    ("04/NQ/HU", "04-NQ/HU", "number.separator"),
    ("18-2019-TT-BGDĐT", "18/2019/TT-BGDĐT", "number.separator"),
    ("90-2019-NĐ-CP", "90/2019/NĐ-CP", "number.separator"),
    ("22-1996-QĐ-UB", "22/1996/QĐ-UB", "number.separator"),
    # "TƯ" (Trung ương with its horn, or OCR) for TW
    ("13-NQ/TƯ", "13-NQ/TW", "number.lookalike"),
    ("36-HD/VPTƯ", "36-HD/VPTW", "number.lookalike"),
    ("27/NQ-TƯ", "27-NQ/TW", "number.lookalike"),
    # spaces around separators, "Ð" for "Đ", a glued "Số:"
    ("45 /KH- UBND", "45/KH-UBND", "number.spaces"),
    ("27/NQ- TW", "27-NQ/TW", "number.spaces"),
    ("Số:45/KH-UBND", "45/KH-UBND", None),
    ("Sô: 118/QĐ-UBND", "118/QĐ-UBND", None),  # OCR lost the tone of "Số"
    ("Sỗ: 07/BC-SYT", "07/BC-SYT", None),
    ("SO: 2345/UBND-KT", "2345/UBND-KT", None),
    ("12/QÐ-UBND", "12/QĐ-UBND", "number.lookalike"),
]


@pytest.mark.parametrize(("printed", "canonical", "rule"), REPAIRED)
def test_damaged_numbers_are_read(printed: str, canonical: str, rule: str | None) -> None:
    assert str(DocumentNumber.parse(printed)) == canonical
    rules = {f.rule for f in DocumentNumber.check(printed)}
    if rule is not None:
        assert rule in rules
        with pytest.raises(VnplanError):  # a repaired number breaks the convention
            DocumentNumber.parse(printed, strict=True)


INVALID = [
    "45/KHUBNDX",  # the tail is no known issuer
    "12/UBNDVX",  # công văn groups glued: no telling where the issuer ends
    "12/SNVTCBC",
    "12/ABCDEF",
    "05/VLN/CV",  # a slash inside an enterprise number is not a Party hyphen
    "12/NQ/UBND",  # "/" before a state issuer: not read as Party
    "18-2019-KH-UBND",  # administrative types carry no year
    "18-20-TT-BGDĐT",  # not a year
    "II/2026",  # Quý II: Roman, no digit
    "IO/QĐ-UBND",  # no real digit at all
    "Sở 45/KH-UBND",  # "Sở" (a department) is no "Số" prefix
    "Io/KH-UBND",
    "1O5/QĐ-UBND",  # no guessing of digits in parse (see test_citations_read_ocr_digits)
]


def test_administrative_first_group_is_not_split() -> None:
    # without a year the first group may be the issuer of a công văn: kept as printed
    assert str(DocumentNumber.parse("15/QĐUBND-VX")) == "15/QĐUBND-VX"


@pytest.mark.parametrize("printed", INVALID)
def test_not_repaired(printed: str) -> None:
    with pytest.raises(VnplanError):
        DocumentNumber.parse(printed)


FIND = [
    ("theo Nghị định số 61/2018/NĐCP ngày 23/4/2018", ["61/2018/NĐ-CP"]),
    ("Quyết định số 2468/QĐUBND ngày 02/11/2018 của UBND tỉnh", ["2468/QĐ-UBND"]),
    ("Nghị quyết 13-NQ/TƯ của Tỉnh ủy và Chỉ thị 05/CT/TW", ["13-NQ/TW", "05-CT/TW"]),
    ("Thông tư 18-2019-TT-BGDĐT quy định", ["18/2019/TT-BGDĐT"]),
    ("Nghị định s20/2008/NĐ-CP ngày 14/02/2008", ["20/2008/NĐ-CP"]),  # "số" lost its vowel
    ("Kế hoạch Số:45/KH-UBND", ["45/KH-UBND"]),
    # negatives: dates, amounts, quarters, year spans, words with "s" glued
    ("ngày 1O/3/2O2O, Quý II/2026, giai đoạn 2021-2025, 1.080 tỷ đồng", []),
    ("Các xã12/KH-UBND", []),  # glued to a word other than "số"
    ("mã BS12/KH-UBND", []),
    ("văn bản 05/VLN/CV và 12/NQ/UBND", []),
    ("năm 18-2019-KH-UBND", []),
    ("tờ 05/SY", []),  # a copy number without issuer is left out
    ("Sô45/KH-UBND và Sở12/KH-UBND", ["45/KH-UBND"]),  # "Sở" is a word, not "Số"
    # OCR letters among digits are not guessed here (the citation finder does, in context)
    ("Quyết định số 1O5/QĐ-UBND", []),
]


@pytest.mark.parametrize(("text", "expected"), FIND)
def test_find_damaged_numbers(text: str, expected: list[str]) -> None:
    found = list(find_document_numbers(text))
    assert [str(m.value) for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.text  # printed form, same offsets
        assert DocumentNumber.parse(m.text) == m.value


DIGITS = [
    ("1O5/QĐ", "105/QĐ"),
    ("l7/2O22/NĐ-CP", "17/2022/NĐ-CP"),
    ("số IO/KH", "số IO/KH"),  # no real digit
    ("QĐ-O1-A", "QĐ-O1-A"),  # a group of a ký hiệu
    ("Quý II/2026", "Quý II/2026"),
    ("Tổ lO5 ngày", "Tổ lO5 ngày"),  # no separator after it
    ("COVID-19", "COVID-19"),
    ("BlO5/QĐ", "BlO5/QĐ"),  # inside a word
]


@pytest.mark.parametrize(("text", "expected"), DIGITS)
def test_repair_ocr_digits(text: str, expected: str) -> None:
    assert repair_ocr_digits(text) == expected
    assert len(repair_ocr_digits(text)) == len(text)


# OCR "O"/"o" for 0 and "l"/"I" for 1 in the digits of a cited number or its year.
OCR_CITATIONS = [
    ("Căn cứ Quyết định số 1O5/QĐ-UBND ngày 12/5/2021 của UBND tỉnh", "105/QĐ-UBND"),
    ("theo Nghị định số l7/2022/NĐ-CP của Chính phủ", "17/2022/NĐ-CP"),
    ("Thông tư số 25/2O2O/TT-BTC của Bộ Tài chính", "25/2020/TT-BTC"),
    ("Kế hoạch số 2o/KH-UBND ngày 05/02/2024", "20/KH-UBND"),
    ("Kết luận số 3I0-KL/TU của Ban Thường vụ Tỉnh ủy", "310-KL/TU"),
    ("Quyết định số 1O/1999/QĐ-UB của UBND tỉnh", "10/1999/QĐ-UB"),
    ("Nghị quyết số O9-NQ/HU của Huyện ủy", "09-NQ/HU"),
    # after "số" a run of letters alone is OCR of digits (a Roman numeral names no document)
    ("Căn cứ Quyết định số II/2026/QĐ-UBND ngày 12/01/2026", "11/2026/QĐ-UBND"),
    ("Quyết định số II /2019/QĐ-UBND ngày 12/01/2019", "11/2019/QĐ-UBND"),
    ("Kế hoạch số lO/KH-UBND ngày 01/02/2020", "10/KH-UBND"),
]


@pytest.mark.parametrize(("text", "number"), OCR_CITATIONS)
def test_citations_read_ocr_digits(text: str, number: str) -> None:
    assert [c.number for c in find_citations(text)] == [number]


def test_ocr_digit_repair_keeps_roman_quarters_and_dates() -> None:
    text = "Báo cáo Quý II/2026; ngày lO tháng 3; COVID-19; Tổ lO5; Mục số II/2; số III/KH."
    assert find_citations(text) == []


TU_OR_TW = [
    ("Sau 5 năm thực hiện Nghị quyết 13-NQ/TƯ của Tỉnh ủy (khóa XIV),", "13-NQ/TU"),
    ("Kế hoạch số 20-KH/TƯ ngày 02/3/2021 của Ban Thường vụ Thành uỷ", "20-KH/TU"),
    ("Chỉ thị số 05-CT/TƯ ngày 15/5/2016 của Bộ Chính trị", "05-CT/TW"),
    ("Nghị quyết số 18-NQ/TƯ của Ban Chấp hành Trung ương", "18-NQ/TW"),
    ("Kết luận số 48-KL/TƯ", "48-KL/TW"),  # no issuer: Trung ương, as HD36 writes it
    ("Nghị quyết số 18-NQ/TW của Tỉnh ủy", "18-NQ/TW"),  # printed TW: never changed
]


@pytest.mark.parametrize(("text", "number"), TU_OR_TW)
def test_printed_tu_with_horn_follows_the_issuer(text: str, number: str) -> None:
    assert [c.number for c in find_citations(text)] == [number]


@pytest.mark.parametrize(
    ("printed", "issuer", "expected"),
    [
        ("Số 445-KL/TƯ", "TỈNH ỦY THỪA THIÊN HUẾ", "445-KL/TU"),  # a header's issuer line
        ("12-CT/TƯ", "BAN THƯỜNG VỤ THÀNH UỶ", "12-CT/TU"),
        ("12-CT/TƯ", "BAN CHẤP HÀNH TRUNG ƯƠNG", "12-CT/TW"),
        ("12-CT/TƯ", None, "12-CT/TW"),
        ("12-CT/TW", "TỈNH ỦY BẮC NINH", "12-CT/TW"),  # printed TW is never changed
        ("12/KH-UBND", "TỈNH ỦY BẮC NINH", "12/KH-UBND"),
    ],
)
def test_provincial_party_number(printed: str, issuer: str | None, expected: str) -> None:
    from vnplan.numbering import provincial_party_number

    value = DocumentNumber.parse(printed)
    assert str(provincial_party_number(value, printed, issuer)) == expected
