"""Signer names: title case or capitals, never agencies, titles, places or formulas."""

from __future__ import annotations

import pytest

from vnplan.text.names import FAMILY_NAMES, is_signer_name


@pytest.mark.parametrize("text", [
    "Nguyễn Văn An",
    "Trần Thị Diệu Thúy",
    "Lê Tiến",
    "Hà Thị Nga",                 # Hà is a family name as well as a place word
    "Lan Thị Vân",                # a family name outside the list, read by its shape
    "Tôn Nữ Thị Minh Châu",       # five syllables
    "Nguyen Van Binh",            # no diacritics (OCR, ASCII copies)
    "NGUYỄN VĂN AN",
    "TRƯƠNG HẢI THANH",
    "LÊ TIẾN",
    "HỒ THỊ NGUYÊN THẢO",
    "Nguyễn Anh Thư",             # "Thư" as a given name, not "BÍ THƯ"
    "Giàng A Páo",                # one single-letter given name
])
def test_names(text: str) -> None:
    assert is_signer_name(text)


@pytest.mark.parametrize("text", [
    "Nguyễn",                     # one word
    "Nguyễn Văn An Bình Minh Tâm",  # six words
    "Sở Tài Chính",               # agency in title case
    "Ủy Ban Nhân Dân",
    "Nơi Nhận",
    "Kính Gửi",
    "Văn Phòng",
    "Hà Nội",                     # place
    "Hà Giang",
    "Kính gửi",                   # lower-case word
    "PHÓ CHỦ TỊCH",               # position
    "CHỦ TỊCH",                   # "CHỦ" is not the family name "CHU"
    "TRƯỞNG BAN",                 # "TRƯỞNG" is not the family name "TRƯƠNG"
    "TỔ CHỨC THỰC HIỆN",          # "TỔ" is not "TÔ"
    "SỞ Y TẾ",                    # stamp debris
    "HÀ NỘI",
    "CAO BẰNG",
    "LÊ VĂN BAN NHÂN",            # an agency word among capitals
    "VĂN PHÒNG",
    "CÔNG AN NHÂN DÂN",
    "Nguyễn Văn 2",               # digit
    "KT. CHỦ TỊCH",
    "UBND Tỉnh",
    "T E",                        # letters of a seal
    "D A O",
    "Y Nguyễn",
    "HOA CH",                     # "CH" has no vowel: not a syllable (OCR debris)
])
def test_not_names(text: str) -> None:
    assert not is_signer_name(text)


def test_family_names_are_capitals_with_diacritics() -> None:
    assert {"NGUYỄN", "TRẦN", "LÊ", "PHẠM", "TRƯƠNG", "ĐỖ"} <= FAMILY_NAMES
    assert all(name == name.upper() for name in FAMILY_NAMES)
    assert "TRƯỞNG" not in FAMILY_NAMES
    assert "CHỦ" not in FAMILY_NAMES
