"""OCR-damaged administrative words in issuer names, repaired against the vocabulary.

Expected values were written from the naming conventions (Decree 30/2020, Phụ lục I:
"ỦY BAN NHÂN DÂN" + unit word + place; Party heads "TỈNH ỦY", "HUYỆN ỦY"), not by
running the code.
"""

from __future__ import annotations

import pytest

from vnplan.text.ocr_words import ocr_fold, repair_name, repair_title

REPAIRED = [
    # lost or wrong tone marks in the organisation words
    ("UỶ BAN NHÂN DÃN", "UỶ BAN NHÂN DÂN"),
    ("ỦY BAN NHẦN DÂN", "ỦY BAN NHÂN DÂN"),
    ("UỸ BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN"),  # the printer's tone place (on Y) is kept
    ("ŨY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN"),
    ("HỘI ĐÒNG NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN"),
    ("HÔI ĐỒNG NHÂN DÂN TỈNH BẾN TRE", "HỘI ĐỒNG NHÂN DÂN TỈNH BẾN TRE"),
    ("SỞ GIẢO DỤC VÀ ĐÀO TAO", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"),
    ("BỘ CÔNG THƯONG", "BỘ CÔNG THƯƠNG"),
    ("VĂN PHÒNG CHÍNH PHU", "VĂN PHÒNG CHÍNH PHỦ"),
    ("SỞ TÀI NGUYÊN VÀ MÔl TRƯỜNG", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"),  # "l" read for "I"
    # unit words after the organisation, or opening a wrapped line
    ("ỦY BAN NHÂN DÂN THÀNH PHÓ ĐÀ NẴNG", "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG"),
    ("ỦY BAN NHÂN DÂN TĨNH QUẢNG NGÃI", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"),
    ("UBND HUYÊN CỦ CHI", "UBND HUYỆN CỦ CHI"),
    ("ỦY BAN NHÂN DÂN THI XÃ SƠN TÂY", "ỦY BAN NHÂN DÂN THỊ XÃ SƠN TÂY"),
    ("ĐẢNG BỘ TÍNH THÁI BÌNH", "ĐẢNG BỘ TỈNH THÁI BÌNH"),
    ("TÍNH QUẢNG NAM", "TỈNH QUẢNG NAM"),
    ("THÀNH PHÓ CẦN THƠ", "THÀNH PHỐ CẦN THƠ"),
    ("XẢ PHÚ THƯỢNG", "XÃ PHÚ THƯỢNG"),
    ("PHƯỚNG 5", "PHƯỜNG 5"),
    ("QUÂN BA ĐÌNH", "QUẬN BA ĐÌNH"),
    # single head words opening a name
    ("SỎ Y TẾ", "SỞ Y TẾ"),
    ("CUC THUẾ TỈNH AN GIANG", "CỤC THUẾ TỈNH AN GIANG"),
]

UNCHANGED = [
    # valid spellings, old and new tone placement
    "UỶ BAN NHÂN DÂN TỈNH LÀO CAI",
    "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",  # "TĨNH" of the place name is right
    "UBND TỈNH HÀ TĨNH",
    "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "TỈNH ỦY QUẢNG NINH",
    "HUYỆN ỦY KIẾN XƯƠNG",
    "QUẬN 1",
    "BAN THƯỜNG TRỰC",
    # place names are never changed, even if they look damaged
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGẢI",
    "ỦY BAN NHÂN DÂN HÀ NỘI",
    "ỦY BAN NHÂN DÂN HUYỆN TĨNH GIA",
    # a personal name inside a school's name is not an administrative word
    "TRƯỜNG THPT VŨ VĂN HIẾU",
    # "SỐ" opening a wrapped number line is not the head word "SỞ"
    "SỐ 1050/QĐ-SCT",
    "SỐ HIỆU",
    # "QUÂN" of the army is not the unit word "QUẬN"
    "QUÂN KHU 7",
    "BỘ CHỈ HUY QUÂN SỰ TỈNH AN GIANG",
    # a name written entirely without diacritics is an ASCII rendering, not OCR damage
    "UY BAN NHAN DAN TINH BAC NINH",
    "",
]


@pytest.mark.parametrize(("printed", "expected"), REPAIRED)
def test_damaged_words_are_repaired(printed: str, expected: str) -> None:
    assert repair_name(printed) == expected


@pytest.mark.parametrize("printed", UNCHANGED)
def test_valid_words_and_place_names_are_kept(printed: str) -> None:
    assert repair_name(printed) == printed


@pytest.mark.parametrize(("printed", "expected"), REPAIRED)
def test_repair_keeps_the_length(printed: str, expected: str) -> None:
    assert len(expected) == len(printed)
    assert len(repair_name(printed)) == len(printed)


@pytest.mark.parametrize(("text", "expected"), [
    ("CỘNG HÒA XÃ HỘl CHỦ NGHĨA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA"),
    ("C0NG HOA", "CONG HOA"),
    ("Độc lập - Tự do", "Độc lập - Tự do"),  # lower-case "l" is a letter
    ("Số: 10/KH-UBND", "Số: 10/KH-UBND"),  # digits of a number stay
    ("QUẬN 10", "QUẬN 10"),
])
def test_ocr_fold(text: str, expected: str) -> None:
    assert ocr_fold(text) == expected


def test_long_input_is_returned_unchanged_and_fast() -> None:
    text = "ỦY BAN NHÂN DÃN " * 200
    assert repair_name(text) == text


@pytest.mark.parametrize(("printed", "repaired"), [
    ("T/M BAN CHẮÁP HÀNH", "T/M BAN CHẤP HÀNH"),
    ("T/M BAN THUỜNG VỤ", "T/M BAN THƯỜNG VỤ"),
    ("PHÓ CHÙ TỊCH", "PHÓ CHỦ TỊCH"),
    ("PHÓ BÍ THU", "PHÓ BÍ THƯ"),
    ("KT. GIÁM ĐÓC", "KT. GIÁM ĐỐC"),
    # right spellings, ASCII renderings and doubled plain letters stay
    ("TM. ỦY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN"),
    ("KT. CHU TICH", "KT. CHU TICH"),
    ("THỦ TRƯỞNG", "THỦ TRƯỞNG"),
    ("THỨ TRƯỞNG", "THỨ TRƯỞNG"),
    ("TRƯỞNG BAN XOONG", "TRƯỞNG BAN XOONG"),
])
def test_repair_title(printed: str, repaired: str) -> None:
    assert repair_title(printed) == repaired


@pytest.mark.parametrize(("printed", "repaired"), [
    ("TĨNH", "TĨNH"),  # the end of a wrapped place name ("THÀNH PHỐ HÀ" / "TĨNH")
    ("TÍNH HÀ TĨNH", "TỈNH HÀ TĨNH"),  # a unit word before its place is still repaired
])
def test_unit_word_alone_is_not_repaired(printed: str, repaired: str) -> None:
    assert repair_name(printed) == repaired
