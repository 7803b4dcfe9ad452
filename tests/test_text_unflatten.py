"""Flattened documents: a header or a whole document on one line, cells glued.

The documents below are invented, printed the normal way (one printed line per line,
Decree 30/2020 and HD 36 layouts). Each is then flattened the way scraped pages and
PDF text layers deliver it: every line joined by a space, or the header's cells glued
without one ("…UBNDCỘNG HÒA…", "KẾ HOẠCHThực hiện"). ``parse_document`` must read
the same number, type, issuer, place, date, title and signer from both.
"""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnplan import Document, parse_document
from vnplan.chars import fold_lookalikes, to_nfc
from vnplan.text.normalize import LineKind, normalize_text
from vnplan.text.unflatten import FLAT_LINE_CHARS, is_flattened, split_points

# --- invented documents, printed normally -----------------------------------------------

PROVINCE_PLAN_2019 = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
-------
Số: 85/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Quảng Trị, ngày 14 tháng 5 năm 2019
KẾ HOẠCH
Thực hiện Chỉ thị số 16/CT-TTg về tăng cường công tác phòng cháy
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao hiệu quả công tác phòng cháy, chữa cháy trên địa bàn tỉnh.
2. Yêu cầu
Các sở, ngành triển khai nghiêm túc, đúng tiến độ.
II. NỘI DUNG
1. Sở Công an chủ trì tổ chức tuyên truyền; hoàn thành trước ngày 30/6/2019.
Nơi nhận:
- Bộ Công an;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hùng"""

MINISTRY_DECISION_2012 = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
-------
Số: 1234/QĐ-BNN-TCCB
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Hà Nội, ngày 05 tháng 4 năm 2012
QUYẾT ĐỊNH
Về việc thành lập Tổ công tác liên ngành
BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Căn cứ Nghị định số 01/2008/NĐ-CP ngày 03/01/2008 của Chính phủ;
Xét đề nghị của Vụ trưởng Vụ Tổ chức cán bộ,
QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ công tác liên ngành gồm các ông, bà có tên sau.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Bộ và các đơn vị chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT, TCCB.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Trần Văn Bình"""

DISTRICT_LETTER_2020 = """ỦY BAN NHÂN DÂN
HUYỆN CHÂU THÀNH
-------
Số: 512/UBND-VP
V/v triển khai công tác phòng, chống dịch
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Châu Thành, ngày 20 tháng 3 năm 2020
Kính gửi:
- Các phòng, ban thuộc huyện;
- Ủy ban nhân dân các xã, thị trấn.
Thực hiện Công văn số 120/UBND-VX ngày 15/3/2020 của Ủy ban nhân dân tỉnh, Ủy ban nhân \
dân huyện đề nghị các đơn vị khẩn trương thực hiện.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Thị Mai"""

COMMUNE_NOTICE_2023 = """ỦY BAN NHÂN DÂN
XÃ TÂN PHÚ
-------
Số: 15/TB-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Tân Phú, ngày 02 tháng 11 năm 2023
THÔNG BÁO
Về việc tổ chức tiếp công dân định kỳ tháng 11 năm 2023
Căn cứ Luật Tiếp công dân năm 2013;
Ủy ban nhân dân xã thông báo lịch tiếp công dân định kỳ như sau.
1. Thời gian: ngày 15 tháng 11 năm 2023.
2. Địa điểm: Trụ sở Ủy ban nhân dân xã.
Nơi nhận:
- Thường trực Đảng ủy;
- Lưu: VP.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Phạm Văn Tú"""

PARTY_DISTRICT_PLAN_2021 = """ĐẢNG BỘ TỈNH NGHỆ AN
HUYỆN ỦY NAM ĐÀN
*
Số 210-KH/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Nam Đàn, ngày 10 tháng 8 năm 2021
KẾ HOẠCH
tổ chức học tập, quán triệt Nghị quyết Đại hội XIII của Đảng
I. MỤC ĐÍCH, YÊU CẦU
1. Giúp cán bộ, đảng viên nắm vững nội dung cơ bản của Nghị quyết.
II. THỜI GIAN
Hoàn thành trong quý III năm 2021.
Nơi nhận:
- Ban Tuyên giáo Tỉnh ủy;
- Lưu Văn phòng Huyện ủy.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Hoàng Đình Lâm"""

UNION_REPORT_2015 = """TỈNH ĐOÀN BÌNH DƯƠNG
BCH ĐOÀN TỈNH
***
Số: 45-BC/TĐTN-VP
ĐOÀN TNCS HỒ CHÍ MINH
Bình Dương, ngày 25 tháng 12 năm 2015
BÁO CÁO
Tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2015
I. KẾT QUẢ THỰC HIỆN
Các cơ sở Đoàn đã tổ chức nhiều hoạt động thiết thực.
II. PHƯƠNG HƯỚNG NĂM 2016
Tiếp tục đẩy mạnh phong trào thanh niên tình nguyện.
Nơi nhận:
- Trung ương Đoàn;
- Lưu VP.
TM. BAN THƯỜNG VỤ TỈNH ĐOÀN
BÍ THƯ
Võ Thị Lan"""

FRONT_GUIDE_2026 = """ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM
TỈNH ĐỒNG THÁP
BAN THƯỜNG TRỰC
-------
Số: 07/HD-MTTQ-BTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Đồng Tháp, ngày 18 tháng 01 năm 2026
HƯỚNG DẪN
Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026
1. Mục đích
Phát huy sức mạnh khối đại đoàn kết toàn dân tộc.
2. Thời gian tổ chức
Từ ngày 01 đến ngày 18 tháng 11 năm 2026.
Nơi nhận:
- Ủy ban Trung ương MTTQ Việt Nam;
- Lưu: VT.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Đỗ Văn Minh"""

DEPARTMENT_DECISION_1998 = """UỶ BAN NHÂN DÂN TỈNH LÂM ĐỒNG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
-------
Số: 301/QĐ-SGD
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Đà Lạt, ngày 09 tháng 9 năm 1998
QUYẾT ĐỊNH
Về việc khen thưởng giáo viên dạy giỏi năm học 1997 - 1998
GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO
Căn cứ Quyết định số 12/QĐ-UB ngày 10/01/1996 của Ủy ban nhân dân tỉnh;
QUYẾT ĐỊNH:
Điều 1. Khen thưởng 20 giáo viên dạy giỏi cấp tỉnh.
Điều 2. Quyết định có hiệu lực từ ngày ký./.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
GIÁM ĐỐC
Ngô Văn Thành"""

DOCUMENTS = {
    "province-plan-2019": PROVINCE_PLAN_2019,
    "ministry-decision-2012": MINISTRY_DECISION_2012,
    "district-letter-2020": DISTRICT_LETTER_2020,
    "commune-notice-2023": COMMUNE_NOTICE_2023,
    "party-district-plan-2021": PARTY_DISTRICT_PLAN_2021,
    "union-report-2015": UNION_REPORT_2015,
    "front-guide-2026": FRONT_GUIDE_2026,
    "department-decision-1998": DEPARTMENT_DECISION_1998,
}

#: Lines of the header zone (issuer block to title) that a table would hold in cells.
_HEADER_LINES = 10


def _spaced(text: str) -> str:
    """The whole document on one line, lines joined by a space."""
    return " ".join(text.split("\n"))


def _header_on_one_line(text: str) -> str:
    """The header on one line, the body printed normally."""
    lines = text.split("\n")
    return " ".join(lines[:_HEADER_LINES]) + "\n" + "\n".join(lines[_HEADER_LINES:])


def _glued(text: str) -> str:
    """One line; header cells glued without a space (two upper-case lines keep theirs)."""
    lines = text.split("\n")
    out = lines[0]
    for i, (prev, line) in enumerate(itertools.pairwise(lines)):
        both_upper = prev.isupper() and line.isupper()
        out += (" " if i >= _HEADER_LINES or both_upper else "") + line
    return out


def _fields(doc: Document) -> dict[str, object]:
    signer = doc.signer
    return {
        "number": doc.number_text,
        "doc_type": doc.doc_type,
        "issuer": doc.issuer.name if doc.issuer else None,
        "parent_issuer": doc.parent_issuer.name if doc.parent_issuer else None,
        "place": doc.place,
        "date": doc.date,
        "title": doc.title,
        "signer": None if signer is None else (signer.authority, signer.position, signer.name),
    }


@pytest.mark.parametrize("flatten", [_spaced, _header_on_one_line, _glued])
@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_flattened_document_reads_as_printed(name: str, flatten: object) -> None:
    assert callable(flatten)
    printed = DOCUMENTS[name]
    expected = _fields(parse_document(printed))
    assert expected["number"]  # a fair reference
    assert expected["date"]
    assert expected["title"]
    assert _fields(parse_document(flatten(printed))) == expected


# Expected values written from the printed layout (not from running the parser).
EXPECTED = [
    (PROVINCE_PLAN_2019, "85/KH-UBND", "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "Quảng Trị",
     "2019-05-14", "Thực hiện Chỉ thị số 16/CT-TTg về tăng cường công tác phòng cháy",
     "Nguyễn Văn Hùng"),
    (PARTY_DISTRICT_PLAN_2021, "210-KH/HU", "HUYỆN ỦY NAM ĐÀN", "Nam Đàn", "2021-08-10",
     "tổ chức học tập, quán triệt Nghị quyết Đại hội XIII của Đảng", "Hoàng Đình Lâm"),
    (DEPARTMENT_DECISION_1998, "301/QĐ-SGD", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Đà Lạt", "1998-09-09",
     "Về việc khen thưởng giáo viên dạy giỏi năm học 1997 - 1998", "Ngô Văn Thành"),
]


@pytest.mark.parametrize(("printed", "number", "issuer", "place", "date", "title", "name"),
                         EXPECTED)
def test_flattened_fields(printed: str, number: str, issuer: str, place: str, date: str,
                          title: str, name: str) -> None:
    doc = parse_document(_glued(printed))
    assert (doc.number_text, doc.issuer.name if doc.issuer else None, doc.place) == (
        number, issuer, place)
    assert (str(doc.date), doc.title) == (date, title)
    assert doc.signer is not None
    assert doc.signer.name == name


# --- split points: (flattened line, expected printed lines) -------------------------------

SPLITS = [
    ("ỦY BAN NHÂN DÂN TỈNH X***Số: 12/KH-UBNDCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - "
     "Tự do - Hạnh phúc X, ngày 3 tháng 4 năm 2019 KẾ HOẠCHThực hiện Chỉ thị 05",
     ["ỦY BAN NHÂN DÂN TỈNH X", "***", "Số: 12/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc", "X, ngày 3 tháng 4 năm 2019", "KẾ HOẠCH",
      "Thực hiện Chỉ thị 05"]),
    # a ministry, a blank draft number and date, QUYẾT ĐỊNH glued to "Về việc"
    ("BỘ TÀI CHÍNH Số: /QĐ-BTC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh "
     "phúc Hà Nội, ngày tháng năm 2024 QUYẾT ĐỊNHVề việc giao dự toán",
     ["BỘ TÀI CHÍNH", "Số: /QĐ-BTC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày tháng năm 2024", "QUYẾT ĐỊNH",
      "Về việc giao dự toán"]),
    # a Party committee under its parent, "Số" without colon, the Party name glued
    ("ĐẢNG BỘ TỈNH BẮC NINH ĐẢNG ỦY XÃ ĐÔNG PHONG * Số 05-NQ/ĐU ĐẢNG CỘNG SẢN VIỆT NAM"
     "Đông Phong, ngày 02 tháng 3 năm 2005 NGHỊ QUYẾT về công tác xây dựng Đảng",
     ["ĐẢNG BỘ TỈNH BẮC NINH", "ĐẢNG ỦY XÃ ĐÔNG PHONG", "*", "Số 05-NQ/ĐU",
      "ĐẢNG CỘNG SẢN VIỆT NAM", "Đông Phong, ngày 02 tháng 3 năm 2005", "NGHỊ QUYẾT",
      "về công tác xây dựng Đảng"]),
    # OCR tones ("CỘNG HOÀ", "Sô:"), a V/v glued to the number, Kính gửi glued to the date
    ("SỞ Y TẾ TỈNH AN GIANG Sô: 88/SYT-NVY V/v tiêm chủng CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM "
     "Độc lập - Tự do - Hạnh phúc An Giang, ngày 7 tháng 6 năm 2021Kính gửi: Bệnh viện tỉnh",
     ["SỞ Y TẾ TỈNH AN GIANG", "Sô: 88/SYT-NVY", "V/v tiêm chủng",
      "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
      "An Giang, ngày 7 tháng 6 năm 2021", "Kính gửi: Bệnh viện tỉnh"]),
    # the Đoàn's name where the Quốc hiệu stands, glued to the number
    ("BCH ĐOÀN TỈNH PHÚ YÊN *** Số: 12-KH/TĐTNĐOÀN TNCS HỒ CHÍ MINH Phú Yên, ngày 1 tháng "
     "9 năm 2010 KẾ HOẠCH Tổ chức Tháng Thanh niên",
     ["BCH ĐOÀN TỈNH PHÚ YÊN", "***", "Số: 12-KH/TĐTN", "ĐOÀN TNCS HỒ CHÍ MINH",
      "Phú Yên, ngày 1 tháng 9 năm 2010", "KẾ HOẠCH", "Tổ chức Tháng Thanh niên"]),
    # body and closing: bases, articles, the recipients, the signature block
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hà Nội, ngày 5 tháng 5 "
     "năm 1995 QUYẾT ĐỊNH Căn cứ Luật Tổ chức Chính phủ; - Căn cứ Nghị định số 15/CP; "
     "QUYẾT ĐỊNH: Điều 1. Ban hành Quy chế. Điều 2. Hiệu lực từ ngày ký./. Nơi nhận: - Như "
     "Điều 2; - Lưu: VT. KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Văn Ba",
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
      "Hà Nội, ngày 5 tháng 5 năm 1995", "QUYẾT ĐỊNH", "Căn cứ Luật Tổ chức Chính phủ;",
      "- Căn cứ Nghị định số 15/CP;", "QUYẾT ĐỊNH:", "Điều 1. Ban hành Quy chế.",
      "Điều 2. Hiệu lực từ ngày ký./.", "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT.",
      "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Lê Văn Ba"]),
    # parts and items after a title without a full stop, glued to a heading
    ("UBND HUYỆN ĐỨC HÒA Số: 9/KH-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Đức Hòa, ngày 9 "
     "tháng 9 năm 2009 KẾ HOẠCH Phòng chống lụt bão năm 2009 I. MỤC ĐÍCH, YÊU CẦU1. Chủ động "
     "ứng phó. II. NỘI DUNG",
     ["UBND HUYỆN ĐỨC HÒA", "Số: 9/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Đức Hòa, ngày 9 tháng 9 năm 2009", "KẾ HOẠCH", "Phòng chống lụt bão năm 2009",
      "I. MỤC ĐÍCH, YÊU CẦU", "1. Chủ động ứng phó.", "II. NỘI DUNG"]),
    # TM./KT. and the Party T/M form; the position title before the name
    ("Số: 3/TB-VP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Nơi nhận: "
     "- Lưu VT. T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ Trần Thị Hoa",
     ["Số: 3/TB-VP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
      "Nơi nhận:", "- Lưu VT.", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Trần Thị Hoa"]),
]


SPLITS += [
    # a unit "KT." in the storage line before the authority "KT."; the name ends before
    # an annex heading
    ("Số: 4/BC-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Nơi nhận: - Lưu: VT, KT. KT. CHỦ TỊCH "
     "PHÓ CHỦ TỊCH Nguyễn Thành Nam Phụ lục kèm theo",
     ["Số: 4/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Nơi nhận:", "- Lưu: VT, KT.",
      "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thành Nam", "Phụ lục kèm theo"]),
    # the position at the end of the authority's words; "BAN BÍ THƯ" is a body
    ("Số: 8/TB-ĐKT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Nơi nhận: - Lưu VT. TM. ĐOÀN KIỂM TRA "
     "TRƯỞNG ĐOÀN Lê Văn Tám T/M BAN BÍ THƯ Trần Văn Tư",
     ["Số: 8/TB-ĐKT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Nơi nhận:", "- Lưu VT.",
      "TM. ĐOÀN KIỂM TRA", "TRƯỞNG ĐOÀN", "Lê Văn Tám", "T/M BAN BÍ THƯ", "Trần Văn Tư"]),
]


SPLITS += [
    # a title in capitals below the type; "- Căn cứ" after it; the enacting authority's
    # line and the enacting "QUYẾT ĐỊNH:" run into the bases
    ("Số: 9-QĐ/BTCTU ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội, ngày 1 tháng 12 năm 2025 QUYẾT ĐỊNH BAN "
     "HÀNH QUY CHẾ LÀM VIỆC - Căn cứ Quy định số 3-QĐ/TW; TRƯỞNG BAN TỔ CHỨC TỈNH ỦY QUYẾT "
     "ĐỊNH: Điều 1. Ban hành Quy chế.",
     ["Số: 9-QĐ/BTCTU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nội, ngày 1 tháng 12 năm 2025",
      "QUYẾT ĐỊNH", "BAN HÀNH QUY CHẾ LÀM VIỆC", "- Căn cứ Quy định số 3-QĐ/TW;",
      "TRƯỞNG BAN TỔ CHỨC TỈNH ỦY", "QUYẾT ĐỊNH:", "Điều 1. Ban hành Quy chế."]),
    ("BỘ TƯ PHÁP Số: 2/QĐ-TTg CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Hà Nội, ngày 2 tháng 1 năm "
     "2024 QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH TRIỂN KHAI LUẬT ĐẤT ĐAI THỦ TƯỚNG CHÍNH PHỦ Căn cứ Luật "
     "Tổ chức Chính phủ;",
     ["BỘ TƯ PHÁP", "Số: 2/QĐ-TTg", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Hà Nội, ngày 2 tháng 1 năm 2024", "QUYẾT ĐỊNH", "BAN HÀNH KẾ HOẠCH TRIỂN KHAI LUẬT ĐẤT ĐAI",
      "THỦ TƯỚNG CHÍNH PHỦ", "Căn cứ Luật Tổ chức Chính phủ;"]),
    # a title ending in a number, then the first paragraph
    ("UBND XÃ AN BÌNH Số: 5/KH-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM An Bình, ngày 3 tháng 3 "
     "năm 2022 KẾ HOẠCH Phòng, chống dịch COVID-19 Thực hiện Công văn số 5/UBND của huyện.",
     ["UBND XÃ AN BÌNH", "Số: 5/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "An Bình, ngày 3 tháng 3 năm 2022", "KẾ HOẠCH", "Phòng, chống dịch COVID-19",
      "Thực hiện Công văn số 5/UBND của huyện."]),
]


def _pieces(text: str) -> list[str]:
    bounds = (0, *split_points(text), len(text))
    return [text[a:b].strip() for a, b in itertools.pairwise(bounds)]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_split_points(text: str, expected: list[str]) -> None:
    assert _pieces(text) == expected


# --- negatives: lines that must stay whole ------------------------------------------------

RUNNING = (
    "Ủy ban nhân dân tỉnh giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính, "
    "Sở Nội vụ và các cơ quan liên quan tham mưu Ủy ban nhân dân tỉnh ban hành kế hoạch "
    "thực hiện Nghị quyết số 12-NQ/TU ngày 03 tháng 4 năm 2019 của Ban Chấp hành Đảng bộ "
    "tỉnh; định kỳ 6 tháng, 01 năm báo cáo kết quả về Ủy ban nhân dân tỉnh (qua Sở Kế hoạch "
    "và Đầu tư) trước ngày 15 tháng 6 và ngày 15 tháng 12 hằng năm để tổng hợp, báo cáo.")

WHOLE = [
    RUNNING,
    # a long paragraph quoting the motto once: one cue kind only
    "Hội nghị quán triệt tinh thần Độc lập - Tự do - Hạnh phúc " + RUNNING,
    # PDF layout: the two header columns on one line (header.py reads the cells)
    "Số: 12/KH-UBND              Lào Cai, ngày 15 tháng 5 năm 2026",
    "UBND TỈNH LÀO CAI      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
    # a long line of citations with dates and numbers
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ "
    "sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày "
    "22 tháng 11 năm 2019; Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ "
    "về công tác văn thư; Thông tư số 01/2011/TT-BNV ngày 19 tháng 01 năm 2011 của Bộ Nội vụ.",
]


@pytest.mark.parametrize("text", WHOLE)
def test_lines_without_flattening_stay_whole(text: str) -> None:
    assert split_points(text) == ()
    assert not is_flattened(" ".join(text.split()))


def test_long_running_paragraph_is_not_flattened() -> None:
    assert len(RUNNING) > FLAT_LINE_CHARS
    doc = normalize_text(RUNNING)
    assert [line.text.text for line in doc.lines] == [RUNNING]


NEVER_INSIDE = [
    # (flattened line, a substring that must come out in one piece)
    (_glued(PROVINCE_PLAN_2019), "Số: 85/KH-UBND"),
    (_glued(PROVINCE_PLAN_2019), "Quảng Trị, ngày 14 tháng 5 năm 2019"),
    (_glued(PROVINCE_PLAN_2019), "Nguyễn Văn Hùng"),
    (_glued(MINISTRY_DECISION_2012), "Số: 1234/QĐ-BNN-TCCB"),
    (_glued(MINISTRY_DECISION_2012), "Nghị định số 01/2008/NĐ-CP ngày 03/01/2008"),
    (_spaced(UNION_REPORT_2015), "Số: 45-BC/TĐTN-VP"),
    (_spaced(PARTY_DISTRICT_PLAN_2021), "Số 210-KH/HU"),
    (_spaced(DEPARTMENT_DECISION_1998), "năm học 1997 - 1998"),
]


@pytest.mark.parametrize(("text", "whole"), NEVER_INSIDE)
def test_never_split_inside_numbers_dates_names(text: str, whole: str) -> None:
    start = text.index(whole)
    assert not [p for p in split_points(text) if start < p < start + len(whole)]


# --- virtual lines keep their source map ---------------------------------------------------

def test_virtual_lines_map_to_the_source() -> None:
    text = "  " + _glued(PROVINCE_PLAN_2019) + "\nSau dòng phẳng"
    doc = normalize_text(text)
    flat = [line for line in doc.lines if line.span.end <= text.index("\n")]
    assert len(flat) > 10
    assert [line.number for line in doc.lines] == list(range(len(doc.lines)))
    assert doc.lines[-1].text.text == "Sau dòng phẳng"
    assert {line.kind for line in flat} == {LineKind.TEXT, LineKind.RULE}
    for line in flat:
        assert doc.source[line.span.start:line.span.end] == line.text.text
        assert line.raw.text.strip() == line.text.text
    assert all(a.span.end <= b.span.start for a, b in itertools.pairwise(flat))


# --- property: splitting never alters, adds or drops a character --------------------------

_FRAGMENTS = [
    "ỦY BAN NHÂN DÂN TỈNH X", "***", "-----", "Số: 12/KH-UBND", "Số 5-NQ/TU",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
    "Hà Nội, ngày 3 tháng 4 năm 2019", "ngày tháng năm 2024", "KẾ HOẠCH", "QUYẾT ĐỊNH:",
    "Thực hiện", "Về việc", "tổ chức", "V/v", "Kính gửi:", "Căn cứ", "- Căn cứ", "Điều 1.",
    "I.", "II.", "1.", "a)", "Nơi nhận:", "- Lưu: VT.", "TM.", "KT.", "TL.", "TUQ.", "Q.",
    "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A", "ĐOÀN TNCS HỒ CHÍ MINH", "HUYỆN ỦY Y", "*",
    ";", ".", " ", "  ", "x", "É", "ĐỊNH", "Về", "1O", "QUYÉT", "Sô:", "Ð", "В",
]


@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=60), st.sampled_from(["", " "]))
def test_splitting_preserves_every_character(parts: list[str], sep: str) -> None:
    text = sep.join(parts)
    points = split_points(text)
    assert list(points) == sorted(set(points))
    assert all(0 < p < len(text) for p in points)
    doc = normalize_text(text)
    folded = fold_lookalikes(to_nfc(text))
    assert doc.source == to_nfc(text)
    pieces = [line.text for line in doc.lines if line.kind is not LineKind.BLANK]
    squeezed = re.sub(r"\s+", "", " ".join(p.text for p in pieces))
    assert squeezed == re.sub(r"[\s*_|]+", "", folded) or "*" in folded or "_" in folded
    for piece in pieces:
        for i, char in enumerate(piece.text):
            if char != " ":
                assert folded[piece.source_offset(i)] == char
