"""Vietnamese personal names as printed under a signature.

A signer's name (Decree 30/2020, Phụ lục I, ô số 7c) is two to five syllables, the
family name first ("Nguyễn Văn An", "Trần Thị Diệu Thúy", "Lê Tiến"); copies print it
in title case or, in some templates and web copies, in capitals ("NGUYỄN VĂN AN").

Title-case text is a name when every word is a capitalised syllable and the first
word is not a word that opens an agency, place or formula ("Sở Tài Chính", "Nơi
Nhận", "Hà Nội" are not names). Capitalised text looks like every other upper-case
line of a signature block ("PHÓ CHỦ TỊCH", "SỞ Y TẾ"), so it is a name only when it
starts with a common family name, spelled with its diacritics ("TRƯƠNG" is a family
name, "TRƯỞNG" is not), and holds no agency or title word.

>>> is_signer_name("Nguyễn Văn An"), is_signer_name("NGUYỄN VĂN AN")
(True, True)
>>> is_signer_name("Sở Tài Chính"), is_signer_name("PHÓ CHỦ TỊCH"), is_signer_name("TỔ CHỨC")
(False, False, False)
"""

from __future__ import annotations

import re

from vnplan.text.letters import LOWER, UPPER, base_letters

__all__ = ["FAMILY_NAMES", "is_signer_name"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Common Vietnamese family names (họ), upper case with diacritics. Not exhaustive:
#: a title-case name with another family name is still read by its shape.
FAMILY_NAMES = _words("""
NGUYỄN TRẦN LÊ PHẠM HOÀNG HUỲNH PHAN VŨ VÕ ĐẶNG BÙI ĐỖ HỒ NGÔ DƯƠNG LÝ ĐINH ĐOÀN
TRỊNH TRƯƠNG LƯƠNG LÂM MAI CAO HÀ TÔ TẠ VƯƠNG QUÁCH THÁI LA LẠI LƯU KIỀU KHỔNG
CHU CÙ DIỆP ĐÀO ĐÀM GIANG HẦU KHÚC KIM LỤC MẠC MÃ NÔNG PHÙNG PHÍ QUAN TĂNG
THÂN TIÊU TỐNG TRIỆU ÂU VI VIÊN YÊN LÒ LÈO QUÀNG SÙNG GIÀNG THÀO MÙA VÀNG
LĂNG LỘC LANG LAN ÔNG ÂN BẾ BẠCH CẤN CHÂU DOÃN ĐIỂU ĐỒNG HÀN HỨA LỀU LÃ MÔNG
NINH NGHIÊM NHỮ ÔN PHƯƠNG QUẢN SẦM THẠCH TIẾT TÒNG TRÌNH ƯNG HOA BÀN LÔ THIỀU
TÔN CÁP ĐƯỜNG ĐẬU KHUẤT BIỆN
""")

# Words that open an agency, place, document part or formula: never a family name
# in a signature block.
_NOT_FAMILY = _words("""
Sở Ủy Uỷ Ban Bộ Cục Vụ Phòng Hội Đảng Tỉnh Huyện Xã Phường Quận Thành Thị Trung
Văn Chi Nơi Kính Trân Như Lưu Viện Trường Tòa Toà Mặt Liên Tổng Cổng Thủ Phó Chủ
Giám Bí Chánh Trưởng Đội Tổ Khu Ấp Thôn Bản Làng Phụ Mẫu Biểu Điều Khoản
Chương Phần Mục Quyết Nghị Kế Báo Công Thông Hướng Căn Xét Theo Số Ngày Tháng Năm
""")
# Syllables that do not occur in the given names of a signature but do in the
# agency, title and place lines around it.
_NOT_GIVEN = _words("""
BAN ỦY UỶ TỈNH HUYỆN XÃ PHƯỜNG QUẬN NỘI SỞ BỘ CỤC VỤ TỊCH ĐỐC TRƯỞNG PHỦ NHIỆM
PHÓ CHỦ TỔNG DẤU BIỂU
""")
# Provinces and cities whose first word is also a family name (and so would pass
# for a name on a stamp fragment), compared in capitals.
_PLACES = frozenset({
    "HÀ NỘI", "HÀ GIANG", "HÀ NAM", "HÀ TĨNH", "CAO BẰNG", "LÂM ĐỒNG", "ĐỒNG NAI",
    "ĐỒNG THÁP", "NINH BÌNH", "NINH THUẬN", "HOÀNG MAI", "MAI CHÂU", "PHAN THIẾT",
    "PHAN RANG", "LÝ SƠN", "CHÂU ĐỐC", "LỤC NAM", "LỤC NGẠN", "THÁI BÌNH", "THÁI NGUYÊN",
})

_VOWEL = re.compile("[AEIOUYaeiouy]")
_TITLE_WORD = re.compile(f"[{UPPER}][{LOWER}]{{0,7}}")
_UPPER_WORD = re.compile(f"[{UPPER}]{{1,8}}")


def is_signer_name(text: str) -> bool:
    """Whether ``text`` (one line, rank and notes removed) is a signer's name.

    Title case: 2-5 capitalised syllables whose first word does not open an agency,
    place or formula. The family name has two letters or more, and at most one given
    name is a single letter ("Giàng A Páo"; "T E" is seal debris). Capitals: 2-5
    syllables, the first a family name of :data:`FAMILY_NAMES`, none an agency or
    title word.

    >>> is_signer_name("Lê Tiến"), is_signer_name("Hà Nội"), is_signer_name("Nơi Nhận")
    (True, False, False)
    >>> is_signer_name("LÊ TIẾN"), is_signer_name("HÀ NỘI"), is_signer_name("SỞ Y TẾ")
    (True, False, False)
    """
    words = text.split()
    if not 2 <= len(words) <= 5 or len(words[0]) < 2:
        return False
    if sum(1 for w in words if len(w) == 1) > 1:  # "T E", "D A O": letters of a seal
        return False
    if not all(_VOWEL.search(base_letters(w)) for w in words):  # every syllable has a vowel
        return False
    if any(w.upper() in _NOT_GIVEN for w in words[1:]) or " ".join(words).upper() in _PLACES:
        return False
    if all(_TITLE_WORD.fullmatch(w) for w in words):
        return words[0] not in _NOT_FAMILY
    if all(_UPPER_WORD.fullmatch(w) for w in words):
        return words[0] in FAMILY_NAMES
    return False
