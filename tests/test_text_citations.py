"""find_citations: every reference to another document, in every style.

Expected values are written from the conventions (Decree 30/2020 Phụ lục I on căn cứ
citations, the numbering families of domain.md §1-3) and from reading the sentences,
never by running the finder.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnplan
from vnplan import find_citations, merge_citations
from vnplan.errors import InputTooLarge, InvalidComponent, InvalidFormat, VnplanError
from vnplan.model import Citation
from vnplan.text import citations as module

D = dt.date

# ---------------------------------------------------------------------------
# Sentence -> citations, eyecite style: (number, doc_type, date, issuer)

CASES: list[tuple[str, list[tuple[str, str | None, dt.date | None, str | None]]]] = [
    # The four number families, with "số", full date and issuer.
    ("Căn cứ Kế hoạch số 800/KH-UBND ngày 23/12/2021 của UBND tỉnh An Giang;",
     [("800/KH-UBND", "Kế hoạch", D(2021, 12, 23), "UBND tỉnh An Giang")]),
    ("Thực hiện Công văn số 643/UBND-KGVX ngày 10/12/2019 của Ủy ban nhân dân tỉnh về việc X",
     [("643/UBND-KGVX", "Công văn", D(2019, 12, 10), "Ủy ban nhân dân tỉnh")]),
    ("Căn cứ Quyết định số 23/2021/QĐ-TTg ngày 07 tháng 7 năm 2021 của Thủ tướng Chính phủ "
     "quy định việc thực hiện một số chính sách hỗ trợ người lao động;",
     [("23/2021/QĐ-TTg", "Quyết định", D(2021, 7, 7), "Thủ tướng Chính phủ")]),
    ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22 tháng 6 năm 2015;",
     [("80/2015/QH13", "Luật", D(2015, 6, 22), None)]),
    ("Thực hiện Nghị quyết số 12-NQ/TU ngày 05/3/2020 của Ban Chấp hành Đảng bộ tỉnh;",
     [("12-NQ/TU", "Nghị quyết", D(2020, 3, 5), "Ban Chấp hành Đảng bộ tỉnh")]),
    # Party type words: "Quy định" stays Quy định although its ký hiệu says QĐ.
    ("theo Quy định số 178-QĐ/TW ngày 27/6/2024 của Bộ Chính trị về kiểm soát quyền lực",
     [("178-QĐ/TW", "Quy định", D(2024, 6, 27), "Bộ Chính trị")]),
    ("Căn cứ Kết luận số 123-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng khóa XIII "
     "về Đề án bổ sung phát triển kinh tế - xã hội năm 2025;",
     [("123-KL/TW", "Kết luận", D(2025, 1, 24), "Ban Chấp hành Trung ương Đảng khóa XIII")]),
    # Issuer names with "và", a spaced hyphen and a comma; the subject starts after them.
    ("Căn cứ Thông tư số 10/2022/TT-BLĐTBXH ngày 31 tháng 5 năm 2022 của Bộ trưởng Bộ Lao động - "
     "Thương binh và Xã hội hướng dẫn giám sát, đánh giá;",
     [("10/2022/TT-BLĐTBXH", "Thông tư", D(2022, 5, 31),
       "Bộ trưởng Bộ Lao động - Thương binh và Xã hội")]),
    ("Căn cứ Thông tư liên tịch số 37/2015/TTLT-BYT-BNV ngày 27/10/2015 của Bộ Y tế và Bộ Nội vụ "
     "quy định mã số, tiêu chuẩn;",
     [("37/2015/TTLT-BYT-BNV", "Thông tư liên tịch", D(2015, 10, 27), "Bộ Y tế và Bộ Nội vụ")]),
    ("Công văn số 12/BVHTTDL-VP ngày 02/01/2024 của Bộ Văn hóa, Thể thao và Du lịch về việc X",
     [("12/BVHTTDL-VP", "Công văn", D(2024, 1, 2), "Bộ Văn hóa, Thể thao và Du lịch")]),
    ("Tờ trình số 56/TTr-SKHĐT ngày 12/5/2021 của Sở Kế hoạch và Đầu tư về việc phê duyệt",
     [("56/TTr-SKHĐT", "Tờ trình", D(2021, 5, 12), "Sở Kế hoạch và Đầu tư")]),
    # "số" optional; loose numbers the type word makes a citation.
    ("Thực hiện Công văn 4586 của Bộ Y tế về việc tăng cường phòng, chống dịch.",
     [("4586", "Công văn", None, "Bộ Y tế")]),
    ("Quyết định số 1956 (ngày 14.7.2021) của UBND tỉnh về việc phê duyệt đề án.",
     [("1956", "Quyết định", D(2021, 7, 14), "UBND tỉnh")]),
    ("Theo Nghị quyết số 68 của Chính phủ, người lao động được hỗ trợ.",
     [("68", "Nghị quyết", None, "Chính phủ")]),
    ("Căn cứ Quyết định số 49/2024 ngày 27 tháng 11 năm 2024 của UBND tỉnh;",
     [("49/2024", "Quyết định", D(2024, 11, 27), "UBND tỉnh")]),
    ("Căn cứ Nghị định 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ",
     [("30/2020/NĐ-CP", "Nghị định", D(2020, 3, 5), "Chính phủ")]),
    # Standalone numbers: the ký hiệu names the type when it can.
    ("như đã nêu tại 23/2021/QĐ-TTg và 12-NQ/TU, 643/UBND-KGVX",
     [("23/2021/QĐ-TTg", "Quyết định", None, None), ("12-NQ/TU", "Nghị quyết", None, None),
      ("643/UBND-KGVX", None, None, None)]),
    ("theo 80/2015/QH13", [("80/2015/QH13", None, None, None)]),  # a law or an NA resolution
    # Qualified and generic types; names between "Luật" and the number.
    ("Báo cáo thẩm tra số 164/BC-BKTNS của Ban Kinh tế - Ngân sách;",
     [("164/BC-BKTNS", "Báo cáo thẩm tra", None, "Ban Kinh tế - Ngân sách")]),
    ("Chương trình hành động số 39-CTr/TU ngày 29/01/2026 của Ban Thường vụ Tỉnh ủy",
     [("39-CTr/TU", "Chương trình hành động", D(2026, 1, 29), "Ban Thường vụ Tỉnh ủy")]),
    ("Văn bản số 10699/BNNMT-ĐCKS ngày 23/12/2025 của Bộ Nông nghiệp và Môi trường về việc báo cáo",
     [("10699/BNNMT-ĐCKS", "Văn bản", D(2025, 12, 23), "Bộ Nông nghiệp và Môi trường")]),
    ("theo văn bản hợp nhất số 10/VBHN-BGDĐT ngày 14/3/2014 của Bộ Giáo dục và Đào tạo",
     [("10/VBHN-BGDĐT", "Văn bản hợp nhất", D(2014, 3, 14), "Bộ Giáo dục và Đào tạo")]),
    ("Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13, "
     "ngày 25/6/2015;",
     [("85/2015/QH13", "Luật", D(2015, 6, 25), None)]),
    ("Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14 ngày 09 tháng 12 "
     "năm 2020;",
     [("02/2020/UBTVQH14", "Pháp lệnh", D(2020, 12, 9), None)]),
    ("Giấy chứng nhận đủ điều kiện về an ninh, trật tự số 118.04/GCN ngày 09/01/2026 của Phòng "
     "Cảnh sát QLHC về TTXH - Công an tỉnh Lào Cai.",
     [("118.04/GCN", "Giấy chứng nhận", D(2026, 1, 9),
       "Phòng Cảnh sát QLHC về TTXH - Công an tỉnh Lào Cai")]),
    # Enterprise letters and standards: numbered items cited like documents.
    ("Công ty TNHH Lương Việt tại Văn bản số 05/2026/VLN/CV-LV ngày 21/4/2026;",
     [("05/2026/VLN/CV-LV", "Văn bản", D(2026, 4, 21), "Công ty TNHH Lương Việt")]),
    ("Công ty Liên danh ABC tại Văn bản số YBB-SA032/26-LR ngày 21/4/2026;",
     [("YBB-SA032/26-LR", "Văn bản", D(2026, 4, 21), "Công ty Liên danh ABC")]),
    ("theo Quy chuẩn kỹ thuật quốc gia QCVN 01:2019/BCT và TCVN 6909:2001",
     [("QCVN01:2019/BCT", "Quy chuẩn kỹ thuật quốc gia", None, None),
      ("TCVN6909:2001", "Tiêu chuẩn quốc gia", None, None)]),
    # Issuer written before the type word.
    ("Ngày 24/02/2020, Chính phủ ban hành Nghị định số 23/2020/NĐ-CP quy định về quản lý cát",
     [("23/2020/NĐ-CP", "Nghị định", D(2020, 2, 24), "Chính phủ")]),
    ("Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 1856/TTr-SCT ngày 08/4/2026.",
     [("1856/TTr-SCT", "Tờ trình", D(2026, 4, 8), "Giám đốc Sở Công Thương")]),
    ("đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số 1626/QĐ-TTg ngày 15/12/2023",
     [("1626/QĐ-TTg", "Quyết định", D(2023, 12, 15), "Thủ tướng Chính phủ")]),
    # Issuer before the date; all-capitals headings; "do ... ban hành".
    ("Nghị định số 30/2020/NĐ-CP được ban hành ngày 05/3/2020 quy định về công tác văn thư",
     [("30/2020/NĐ-CP", "Nghị định", D(2020, 3, 5), None)]),
    ("Quyết định số 12/QĐ-UBND của UBND tỉnh ngày 05/3/2021 về việc giao chỉ tiêu",
     [("12/QĐ-UBND", "Quyết định", D(2021, 3, 5), "UBND tỉnh")]),
    ("TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 214/NQ-CP NGÀY 23/7/2025 CỦA CHÍNH PHỦ BAN HÀNH KẾ HOẠCH",
     [("214/NQ-CP", "Nghị quyết", D(2025, 7, 23), "CHÍNH PHỦ")]),
    ("Quyết định số 1234/QĐ-UBND do Ủy ban nhân dân tỉnh ban hành",
     [("1234/QĐ-UBND", "Quyết định", None, "Ủy ban nhân dân tỉnh")]),
    # Type abbreviations for the type word (press style), issuer and date written first.
    ("theo QĐ 1956/QĐ-UBND ngày 14/7/2021 của UBND tỉnh và NQ số 68/NQ-CP của Chính phủ",
     [("1956/QĐ-UBND", "Quyết định", D(2021, 7, 14), "UBND tỉnh"),
      ("68/NQ-CP", "Nghị quyết", None, "Chính phủ")]),
    ("Ngày 22/7/2021, UBND tỉnh ban hành Công văn 4586 yêu cầu các sở triển khai",
     [("4586", "Công văn", D(2021, 7, 22), "UBND tỉnh")]),
    ("Giám đốc Sở Lao động - TBXH đã ký ban hành văn bản số 1602/SLĐTBXH-VP ngày 06/7/2021; "
     "1627/SLĐTBXH-VP ngày 07/7/2021",
     [("1602/SLĐTBXH-VP", "Văn bản", D(2021, 7, 6), "Giám đốc Sở Lao động - TBXH"),
      ("1627/SLĐTBXH-VP", "Văn bản", D(2021, 7, 7), "Giám đốc Sở Lao động - TBXH")]),
    ("Sở Lao động - Thương binh và Xã hội đã ban hành: Quyết định số 66/QĐ-LĐTBXH ngày "
     "14/01/2020 về Chương trình công tác năm 2020",
     [("66/QĐ-LĐTBXH", "Quyết định", D(2020, 1, 14), "Sở Lao động - Thương binh và Xã hội")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sentence(text: str, expected: list[tuple[object, ...]]) -> None:
    found = [(c.number, c.doc_type, c.date, c.issuer) for c in find_citations(text)]
    assert found == expected


SUBJECTS = [
    ("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
     "về công tác văn thư"),
    ("Công văn số 1234/SYT-NV V/v triển khai tiêm chủng; Sở Y tế đề nghị",
     "V/v triển khai tiêm chủng"),
    ("Căn cứ Nghị định số 200/2023/NĐ-CP ngày 28/12/2023 của Chính phủ quy định chi tiết một số "
     "điều của Luật Phòng thủ dân sự; Nghị định số 98/2021/NĐ-CP",
     "quy định chi tiết một số điều của Luật Phòng thủ dân sự"),
    ("Quyết định số 2140/QĐ-UBND ngày 31/10/2025 của Ủy ban nhân dân thành phố về\n"
     "việc phân bổ dự toán (đợt 2) năm 2025.",
     "về việc phân bổ dự toán (đợt 2) năm 2025"),
    ("Căn cứ Quyết định số 12/QĐ-UBND ngày 05/3/2021 của UBND tỉnh.", None),
]


@pytest.mark.parametrize(("text", "subject"), SUBJECTS)
def test_subject(text: str, subject: str | None) -> None:
    assert find_citations(text)[0].subject == subject


# ---------------------------------------------------------------------------
# Lists that share one type word (and an issuer stated once)


LISTS = [
    ("các Công văn số 512/STC-QLNS ngày 03/3/2022, số 618/STC-QLNS ngày 15/3/2022 của Sở Tài chính",
     [("512/STC-QLNS", "Công văn", D(2022, 3, 3), "Sở Tài chính"),
      ("618/STC-QLNS", "Công văn", D(2022, 3, 15), "Sở Tài chính")]),
    ("Nghị quyết số 01/NQ-CP và số 02/NQ-CP ngày 05/01/2022 của Chính phủ",
     [("01/NQ-CP", "Nghị quyết", D(2022, 1, 5), "Chính phủ"),
      ("02/NQ-CP", "Nghị quyết", D(2022, 1, 5), "Chính phủ")]),
    ("Căn cứ Quyết định số 1942/QĐ-TTg, 1943/QĐ-UBND;",
     [("1942/QĐ-TTg", "Quyết định", None, None), ("1943/QĐ-UBND", "Quyết định", None, None)]),
    # Different ký hiệu issuers: the issuer after the list belongs to the last item only.
    ("Căn cứ Quyết định số 1942/QĐ-TTg; 1943/QĐ-UBND của UBND tỉnh",
     [("1942/QĐ-TTg", "Quyết định", None, None),
      ("1943/QĐ-UBND", "Quyết định", None, "UBND tỉnh")]),
    ("Các Công điện: số 007/CĐ-UBND ngày 17/11/2025, số 008/CĐ-UBND và số 009/CĐ-UBND ngày "
     "19/11/2025; số 010/CĐ-UBND ngày 20/11/2025 của UBND tỉnh về khẩn trương ứng phó",
     [("007/CĐ-UBND", "Công điện", D(2025, 11, 17), "UBND tỉnh"),
      ("008/CĐ-UBND", "Công điện", D(2025, 11, 19), "UBND tỉnh"),
      ("009/CĐ-UBND", "Công điện", D(2025, 11, 19), "UBND tỉnh"),
      ("010/CĐ-UBND", "Công điện", D(2025, 11, 20), "UBND tỉnh")]),
    ("Căn cứ các Quyết định của UBND tỉnh: số 12/QĐ-UBND ngày 01/02/2021, số 13/QĐ-UBND ngày "
     "02/02/2021;",
     [("12/QĐ-UBND", "Quyết định", D(2021, 2, 1), "UBND tỉnh"),
      ("13/QĐ-UBND", "Quyết định", D(2021, 2, 2), "UBND tỉnh")]),
    ("Thực hiện Công điện số 05/CĐ-TTg ngày 28/02/2022 và Công điện số 06/CĐ-TTg của Thủ tướng "
     "Chính phủ",
     [("05/CĐ-TTg", "Công điện", D(2022, 2, 28), "Thủ tướng Chính phủ"),
      ("06/CĐ-TTg", "Công điện", None, "Thủ tướng Chính phủ")]),
    # A new type word starts a new citation with its own details.
    ("Thực hiện Kế hoạch số 14-KH/TU ngày 29/7/2025 của Ban Thường vụ Tỉnh ủy và Kế hoạch số "
     "24/KH-UBND ngày 14/8/2025 của UBND tỉnh",
     [("14-KH/TU", "Kế hoạch", D(2025, 7, 29), "Ban Thường vụ Tỉnh ủy"),
      ("24/KH-UBND", "Kế hoạch", D(2025, 8, 14), "UBND tỉnh")]),
    ("Căn cứ Luật Nhà ở số 27/2023/QH15; Luật Thủ đô số 39/2024/QH15; Nghị định số "
     "100/2024/NĐ-CP của Chính phủ;",
     [("27/2023/QH15", "Luật", None, None), ("39/2024/QH15", "Luật", None, None),
      ("100/2024/NĐ-CP", "Nghị định", None, "Chính phủ")]),
    # A standard after a regulation is a standard.
    ("QCVN 01:2019/BCT; TCVN 6909:2001",
     [("QCVN01:2019/BCT", "Quy chuẩn kỹ thuật quốc gia", None, None),
      ("TCVN6909:2001", "Tiêu chuẩn quốc gia", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_lists(text: str, expected: list[tuple[object, ...]]) -> None:
    found = [(c.number, c.doc_type, c.date, c.issuer) for c in find_citations(text)]
    assert found == expected


# ---------------------------------------------------------------------------
# Layout noise: line breaks, PDF spacing, Markdown, OCR, look-alikes


NOISE = [
    # Line break inside the number and between every token.
    ("Căn cứ Nghị định số 217/2025/NĐ-\nCP ngày 05 tháng 8 năm 2025 của Chính phủ;",
     ("217/2025/NĐ-CP", "Nghị định", D(2025, 8, 5), "Chính phủ")),
    ("Căn cứ Nghị quyết\nsố 12/NQ-HĐND ngày 10\ntháng 12 năm 2020 của Hội đồng\nnhân dân tỉnh về "
     "việc thông qua;",
     ("12/NQ-HĐND", "Nghị quyết", D(2020, 12, 10), "Hội đồng nhân dân tỉnh")),
    # A wide PDF indent after the broken line.
    ("Điều 44 Nghị định số 105/2025/NĐ-\n      CP ngày 15/5/2025 của Chính phủ",
     ("105/2025/NĐ-CP", "Nghị định", D(2025, 5, 15), "Chính phủ")),
    ("Căn cứ Nghị định số   30/2020/NĐ-CP      ngày 05/3/2020    của    Chính phủ;",
     ("30/2020/NĐ-CP", "Nghị định", D(2020, 3, 5), "Chính phủ")),
    ("**Căn cứ Nghị định số 09/2019/NĐ-CP** ngày 24/01/2019 của *Chính phủ* quy định về chế độ",
     ("09/2019/NĐ-CP", "Nghị định", D(2019, 1, 24), "Chính phủ")),
    ("*Căn cứ Luật Ngân\nsách Nhà nước số 89/2025/QH15;*", ("89/2025/QH15", "Luật", None, None)),
    # A table of documents: number, then the date in the next cell.
    ("| 1 | Quyết định số 12/QĐ-UBND | 05/3/2020 | Về việc giao chỉ tiêu |",
     ("12/QĐ-UBND", "Quyết định", D(2020, 3, 5), None)),
    # Spaces around separators, a misplaced hyphen, a Party number in state shape.
    ("Kế hoạch số 223/KH- UBND ngày 24/10/2025 của UBND tỉnh",
     ("223/KH-UBND", "Kế hoạch", D(2025, 10, 24), "UBND tỉnh")),
    ("Chỉ thị số 46 - CT/TW, ngày 16/5/2025 của Bộ Chính trị về lãnh đạo",
     ("46-CT/TW", "Chỉ thị", D(2025, 5, 16), "Bộ Chính trị")),
    ("Nghị quyết số 27/NQ- TW ngày 09/11/2022 của Ban Chấp hành Trung ương đảng khóa XIII về tiếp",
     ("27-NQ/TW", "Nghị quyết", D(2022, 11, 9), "Ban Chấp hành Trung ương đảng khóa XIII")),
    # Look-alikes: en dash, Cyrillic letters, eth; ASCII-folded legacy text.
    ("Căn cứ Nghị định số 30/2020/NĐ–CP ngày 05/3/2020", ("30/2020/NĐ-CP", "Nghị định",
                                                         D(2020, 3, 5), None)),
    ("Thông tư số 01/2011/ТТ-ВNV", ("01/2011/TT-BNV", "Thông tư", None, None)),
    ("Quyết định số 11/2026/QÐ-UBND ngày 29/01/2026",
     ("11/2026/QĐ-UBND", "Quyết định", D(2026, 1, 29), None)),
    ("Quyet dinh so 128/QD-UBND ngay 05/3/2020 cua UBND tinh Lao Cai",
     ("128/QĐ-UBND", "Quyết định", D(2020, 3, 5), "UBND tinh Lao Cai")),
    # OCR: a lost tone mark in the type word; the first digit split off or read as "I".
    ("Quyết đinh số 12/QĐ-UBND", ("12/QĐ-UBND", "Quyết định", None, None)),
    ("Căn cứ Nghị định số 1 25/2025/NĐ-CP của Chính phủ",
     ("125/2025/NĐ-CP", "Nghị định", None, "Chính phủ")),
    ("Căn cứ Nghị định số I 40/2025/NĐ-CP của Chính phủ",
     ("140/2025/NĐ-CP", "Nghị định", None, "Chính phủ")),
    ("Căn cứ Luật Đầu tư công số 58/2024/QH1 5;", ("58/2024/QH15", "Luật", None, None)),
    # OCR tone damage in "số", "ngày" and "của".
    ("Quyết đinh sô 12/QĐ-UBND ngay 5/3/2021 cúa UBND tỉnh",
     ("12/QĐ-UBND", "Quyết định", D(2021, 3, 5), "UBND tỉnh")),
    ("Căn cứ Nghị dịnh số 30/2020/NĐ-CP ngảy 05/3/2020 cùa Chính phủ",
     ("30/2020/NĐ-CP", "Nghị định", D(2020, 3, 5), "Chính phủ")),
    # Capitalised subject start after the issuer (PDF text).
    ("Căn cứ Nghị định số 181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ\nQuy định chi tiết",
     ("181/2024/NĐ-CP", "Nghị định", D(2024, 12, 31), "Chính phủ")),
]


@pytest.mark.parametrize(("text", "expected"), NOISE)
def test_noise(text: str, expected: tuple[object, ...]) -> None:
    found = [(c.number, c.doc_type, c.date, c.issuer) for c in find_citations(text)]
    assert found == [expected]


def test_nfd_input_spans_index_the_normalised_text() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "Căn cứ Quyết định số 12/QĐ-UBND ngày 05/3/2020.")
    (c,) = find_citations(text)
    assert (c.number, c.date) == ("12/QĐ-UBND", D(2020, 3, 5))
    assert vnplan.normalize(text)[c.span.start : c.span.end] == (
        "Quyết định số 12/QĐ-UBND ngày 05/3/2020"
    )


# ---------------------------------------------------------------------------
# Not citations


NOT_CITATIONS = [
    "Báo cáo 6 tháng đầu năm 2021 gửi trước ngày 15/6.",
    "Kế hoạch 5 năm 2021-2025 và Chương trình 135.",
    "Trong năm 2024, UBND tỉnh đã ban hành 12 Quyết định, 05 Chỉ thị và 34 Kế hoạch.",
    "báo cáo 02 lần/ngày (trước 9h00 và 16h00)",
    "Có đủ các Quyết định 03\ncán bộ quản lý (01 giám đốc, 02 phó giám đốc)",
    "Liên hệ số điện thoại 0214.3840.123, tổng kinh phí 1.080.000 đồng, đạt 95,5%.",
    "ngày 05/3/2020, ngày 14.7.2021, giai đoạn 2021-2025, tháng 3/2020",
    "theo Điều 5, khoản 2, điểm a và Mục 3",
    "Kế hoạch này có hiệu lực; Quyết định này thay thế.",
    "Quyết định số 1234/QĐ-UBND này có hiệu lực kể từ ngày ký.",
    "(Kèm theo Quyết định số …/QĐ-UBND ngày … tháng … năm 2025 của UBND tỉnh)",
    "Quyết định số ......./QĐ-UBND",
    "Số: /KH-UBND",
    "Số:      /BC-UBND",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
    "Gói thầu số 13/2025; Mẫu số 01; Phụ lục số 02; thửa đất số 45/2; biển số 24C-123.45",
    "TÌNH HÌNH THỰC HIỆN CÁC QUY ĐỊNH PHÁP LUẬT\n       1. Thông tin chung về doanh nghiệp",
    "Dự án số 3 thuộc Chương trình mục tiêu quốc gia; Tiểu dự án số 1.",
    "TT 5 người; KH 2021; ký hiệu 12/QĐ 5 bản",
    "theo Mẫu số 01/BC-UBND tại Phụ lục; Biểu số 02/KH-SCT",
    "số CCCD 012345678901; biển số ABC-12/X; theo số YBB-SA032/26-LR",
    "",
]


@pytest.mark.parametrize("text", NOT_CITATIONS)
def test_not_citations(text: str) -> None:
    assert find_citations(text) == []


# ---------------------------------------------------------------------------
# The document's own number, self-references, spans, short forms


def test_header_number_and_later_self_reference_are_skipped() -> None:
    text = (
        "UBND TỈNH LÀO CAI\nSố: 141/KH-UBND          Lào Cai, ngày 20 tháng 11 năm 2025\n"
        "KẾ HOẠCH\nThực hiện Kế hoạch số 14-KH/TU ngày 29/7/2025 của Ban Thường vụ Tỉnh ủy.\n"
        "(Kèm theo Kế hoạch số 141/KH-UBND ngày 20/11/2025 của UBND tỉnh)"
    )
    assert [c.number for c in find_citations(text)] == ["14-KH/TU"]
    kept = [c.number for c in find_citations(text, skip_header=False)]
    assert kept == ["141/KH-UBND", "14-KH/TU", "141/KH-UBND"]


def test_own_number_given_by_the_caller() -> None:
    body = ("Căn cứ Luật số 80/2015/QH13;\n(Ban hành kèm theo Quyết định số 1050/QĐ-SCT "
            "ngày 06/3/2026 của Giám đốc Sở Công Thương)")
    assert [c.number for c in find_citations(body)] == ["80/2015/QH13", "1050/QĐ-SCT"]
    for own in ("1050/QĐ-SCT", "Số: 1050 / QÐ-SCT"):
        assert [c.number for c in find_citations(body, own_number=own)] == ["80/2015/QH13"]
    assert len(find_citations(body, own_number="/QĐ-SCT")) == 2  # a blank draft number
    with pytest.raises(InvalidFormat):
        find_citations(body, own_number=1050)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "header",
    ["Số: 05/KH-UBND", "| Số: 05/KH-UBND |", "**Số: 05/KH-UBND**", "   Số 36-HD/VPTW",
     "BỘ Y TẾ            Số: 05/KH-UBND", "SỐ: 05/KH-UBND",
     "Số hiệu: 05/KH-UBND | Loại văn bản: Kế hoạch"],  # a scraped page's metadata
)
def test_header_forms(header: str) -> None:
    assert find_citations(header + "\nNội dung.") == []


def test_wrapped_type_word_before_capital_so_is_not_a_header() -> None:
    text = "Triển khai Nghị quyết\nSố 12/NQ-CP ngày 05/01/2022"
    assert [(c.number, c.doc_type) for c in find_citations(text)] == [("12/NQ-CP", "Nghị quyết")]


SPANS = [
    ("Thực hiện Kế hoạch số 14-KH/TU ngày 29/7/2025 của Ban Thường vụ Tỉnh ủy về việc X.",
     ["Kế hoạch số 14-KH/TU ngày 29/7/2025 của Ban Thường vụ Tỉnh ủy"]),
    ("Công văn 4586 của Bộ Y tế", ["Công văn 4586 của Bộ Y tế"]),
    ("theo 12-NQ/TU;", ["12-NQ/TU"]),
    ("Công văn số 512/STC-QLNS ngày 03/3/2022, số 618/STC-QLNS của Sở Tài chính",
     ["Công văn số 512/STC-QLNS ngày 03/3/2022", "số 618/STC-QLNS của Sở Tài chính"]),
]


@pytest.mark.parametrize(("text", "pieces"), SPANS)
def test_spans(text: str, pieces: list[str]) -> None:
    found = find_citations(text)
    assert [text[c.span.start : c.span.end] for c in found] == pieces
    assert [c.text for c in found] == pieces


def test_short_form_resolves_to_the_full_number() -> None:
    text = (
        "Thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy (viết tắt là "
        "Chỉ thị 11), Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện Chỉ thị 11."
    )
    assert [c.number for c in find_citations(text)] == ["11-CT/TU"] * 3
    (merged,) = find_citations(text, unique=True)
    assert (merged.number, merged.date, merged.issuer) == (
        "11-CT/TU", D(2026, 1, 4), "Ban Thường vụ Tỉnh ủy")


def test_short_form_without_a_full_mention_stays_loose() -> None:
    assert [c.number for c in find_citations("Chỉ thị 11 của Ban Thường vụ Tỉnh ủy")] == ["11"]


def test_default_year_and_number_year() -> None:
    text = "Nghị quyết số 12-NQ/TU ngày 22.7 của Ban Thường vụ Tỉnh ủy"
    assert find_citations(text)[0].date is None
    assert find_citations(text, default_year=2021)[0].date == D(2021, 7, 22)
    # A normative number carries its year: "ngày 22.7" is in 2021.
    assert find_citations("Quyết định số 23/2021/QĐ-TTg ngày 22.7")[0].date == D(2021, 7, 22)


def test_blank_date_in_a_draft_citation() -> None:
    (c,) = find_citations("Quyết định số 12/QĐ-UBND ngày …/…/2025 của UBND tỉnh")
    assert (c.number, c.date, c.issuer) == ("12/QĐ-UBND", None, "UBND tỉnh")


# ---------------------------------------------------------------------------
# Deduplication


def test_unique_merges_details_from_the_full_mention() -> None:
    text = (
        "TRIỂN KHAI NGHỊ QUYẾT SỐ 214/NQ-CP NGÀY 23/7/2025 CỦA CHÍNH PHỦ\n"
        "Thực hiện Nghị quyết số 214/NQ-CP ngày 23/7/2025 của Chính phủ ban hành Kế hoạch; "
        "các nhiệm vụ tại Nghị quyết 214/NQ-CP."
    )
    assert len(find_citations(text)) == 3
    (c,) = find_citations(text, unique=True)
    assert (c.number, c.doc_type, c.date, c.issuer) == (
        "214/NQ-CP", "Nghị quyết", D(2025, 7, 23), "Chính phủ")
    assert c.span.start == text.index("NGHỊ QUYẾT SỐ")  # where it first appears


def test_unique_prefers_a_printed_type_word_to_the_ky_hieu() -> None:
    text = ("theo 360-QĐ/TW ngày 29/8/2025 của Ban Bí thư; thực hiện Quy định số 360-QĐ/TW.")
    assert [c.doc_type for c in find_citations(text)] == ["Quyết định", "Quy định"]
    (c,) = find_citations(text, unique=True)
    assert (c.doc_type, c.date, c.issuer) == ("Quy định", D(2025, 8, 29), "Ban Bí thư")


def test_merge_citations_keeps_first_appearance_order() -> None:
    a = Citation(number="12/QĐ-UBND")
    b = Citation(number="05/KH-UBND", date=D(2021, 1, 5))
    c = Citation(number="12/QĐ-UBND", issuer="UBND tỉnh", doc_type="Quyết định")
    merged = merge_citations([a, b, c])
    assert [(m.number, m.issuer, m.doc_type) for m in merged] == [
        ("12/QĐ-UBND", "UBND tỉnh", "Quyết định"), ("05/KH-UBND", None, None)]
    assert merge_citations([]) == []


def test_merge_citations_rejects_other_values() -> None:
    with pytest.raises(InvalidFormat):
        merge_citations(["12/QĐ-UBND"])  # type: ignore[list-item]


# ---------------------------------------------------------------------------
# Bad input


@pytest.mark.parametrize("value", [None, 12, b"Quyet dinh", ["a"]])
def test_not_a_string(value: object) -> None:
    with pytest.raises(InvalidFormat):
        find_citations(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("year", [0, 10000, True, "2021", 2021.0])
def test_bad_default_year(year: object) -> None:
    with pytest.raises(InvalidComponent):
        find_citations("Quyết định số 12/QĐ-UBND ngày 22.7", default_year=year)  # type: ignore[arg-type]


def test_input_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(module, "MAX_CITATION_INPUT", 10)
    with pytest.raises(InputTooLarge):
        find_citations("Quyết định số 12/QĐ-UBND")


# ---------------------------------------------------------------------------
# Properties


_TYPES = [("Quyết định", "QĐ"), ("Kế hoạch", "KH"), ("Chỉ thị", "CT"), ("Thông báo", "TB"),
          ("Báo cáo", "BC"), ("Tờ trình", "TTr"), ("Công điện", "CĐ"), ("Hướng dẫn", "HD")]
_ISSUERS = [("UBND", "UBND tỉnh Lào Cai"), ("SYT", "Sở Y tế"), ("BTC", "Bộ Tài chính"),
            ("TTg", "Thủ tướng Chính phủ"), ("HĐND", "Hội đồng nhân dân thành phố Cần Thơ"),
            ("SNNMT", "Sở Nông nghiệp và Môi trường")]


@given(
    st.sampled_from(_TYPES),
    st.sampled_from(_ISSUERS),
    st.integers(1, 99999),
    st.dates(D(1990, 1, 1), D(2030, 12, 31)),
    st.sampled_from(["Căn cứ ", "Thực hiện ", "theo ", "- ", ""]),
    st.sampled_from([";", ".", " về việc triển khai nhiệm vụ.", "", ", Sở Y tế đề nghị"]),
    st.sampled_from([" ", "\n", "  ", " **"]),
    st.booleans(),
)
def test_generated_citations_read_back(
    kind: tuple[str, str], issuer: tuple[str, str], n: int, date: dt.date, lead: str,
    tail: str, space: str, full_date: bool,
) -> None:
    name, abbr = kind
    code, issuer_name = issuer
    number = f"{n:02d}/{abbr}-{code}"
    written = (f"ngày {date.day:02d} tháng {date.month} năm {date.year}" if full_date
               else f"ngày {date.day}/{date.month}/{date.year}")
    text = f"{lead}{name} số{space}{number} {written} của {issuer_name}{tail}"
    found = find_citations(text)
    assert [(c.number, c.doc_type, c.date, c.issuer) for c in found] == [
        (number, name, date, issuer_name)]


@given(st.text(max_size=300))
def test_arbitrary_text_gives_citations_or_a_vnplan_error(text: str) -> None:
    try:
        found = find_citations(text, unique=True)
    except VnplanError:
        return
    assert all(isinstance(c, Citation) for c in found)
    normal = vnplan.normalize(text)
    for c in found:
        assert c.span is not None
        assert 0 <= c.span.start < c.span.end <= len(normal)


@pytest.mark.parametrize("char", ["\x00", "\x01", "\x0b", "\x0c", "\x1f", "\ud800", "\ufffe"])
def test_characters_xml_cannot_carry_do_not_leak(char: str) -> None:
    text = (f"Quyết định số 12/QĐ-UBND của UBND tỉnh{char}Lào Cai về việc a{char}b; "
            f"Văn bản{char}số 5")
    found = find_citations(text)
    assert found[0].number == "12/QĐ-UBND"
    for c in found:
        assert char not in (c.issuer or "") + (c.subject or "") + (c.text or "")


_PIECES = st.sampled_from([
    "Quyết định", "số", " ", "\n", "12", "/", "QĐ", "-", "UBND", "ngày", "05/3/2020", "của",
    "UBND tỉnh", ",", ";", "và", "Công văn", "4586", "Chỉ thị", "11", "-CT/TU", "Số:", "…",
    "**", "(", ")", "Luật", "QH13", "2015", "về việc", "V/v", "này", "I", "Sở", "tại", "đã có",
    "QCVN", ":", "Văn bản", "các", "NĐ-CP", "TT-BTC", "Kế hoạch", "năm", "tháng",
    "\x00", "\x0c", "\ud800", "|", "Công ty", "Giám đốc Sở", "ban hành", "Ngày 05/3/2020,",
])


@given(st.lists(_PIECES, max_size=60).map("".join))
def test_citation_vocabulary_gives_citations_or_a_vnplan_error(text: str) -> None:
    try:
        found = find_citations(text, default_year=2021)
    except VnplanError:
        return
    normal = vnplan.normalize(text)
    for c in found:
        assert c.number.strip()
        assert c.span is not None
        assert normal[c.span.start : c.span.end].strip() != ""


# ---------------------------------------------------------------------------
# Large adversarial inputs (1 MB): they must finish; only correctness is asserted


ADVERSARIAL = [
    "1/" * 500_000,
    "12/" * 333_333,
    "1-" * 500_000,
    "9." * 500_000,
    "1 " * 500_000,
    "số " * 333_333,
    "số 1" * 250_000,
    "Quyết định " * 90_000,
    "Quyết định số " * 70_000,
    "Quyết định số 1 " * 60_000,
    "của " * 250_000,
    "của A " * 160_000,
    "*" * 1_000_000,
    "QCVN 1:" * 140_000,
    "A-" * 500_000,
    "1/A" * 330_000,
    "\n" * 1_000_000,
    # Long letter runs where a qualifier, a law's name or an issuer is looked for.
    ("Báo cáo " + "a" * 250 + "! số 12/BC-UBND ") * 3_500,
    ("Luật " + "Aa " * 90 + "số 12/2015/QH13 ") * 3_500,
    ("Quyết định số 1/QĐ-A của " + "Ab " * 40) * 7_000,
    ("Công ty " + "A " * 100 + "tại Văn bản số 1/A-B ") * 4_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:12]))
def test_adversarial_inputs_finish(text: str) -> None:
    found = find_citations(text)
    assert isinstance(found, list)


def test_citation_deep_in_a_large_text() -> None:
    filler = "Nội dung công việc được triển khai đồng bộ. " * 25_000
    text = filler + "Căn cứ Quyết định số 12/QĐ-UBND ngày 05/3/2021 của UBND tỉnh."
    (c,) = find_citations(text)
    assert c.span.start == text.index("Quyết định số 12")
    assert (c.number, c.date, c.issuer) == ("12/QĐ-UBND", D(2021, 3, 5), "UBND tỉnh")


# ---------------------------------------------------------------------------
# The development corpus (hand annotations; a regression floor, not a claim)


def _key(number: str) -> str:
    return "".join(vnplan.normalize(number).split())


def test_corpus_citations(corpus_dir: Path) -> None:
    tp = fp = fn = 0
    for line in (corpus_dir / "truth.jsonl").read_text("utf-8").splitlines():
        record = json.loads(line)
        text = (corpus_dir / "docs" / f"{record['id']}.txt").read_text("utf-8")
        truth = {_key(c["number"]) for c in record["citations"] if c["number"]}
        found = {_key(c.number) for c in find_citations(text, unique=True)}
        tp += len(truth & found)
        fp += len(found - truth)
        fn += len(truth - found)
    assert tp / (tp + fp) >= 0.95
    assert tp / (tp + fn) >= 0.95


def test_seed_documents_give_citations(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text("utf-8")
        found = find_citations(text, unique=True)
        numbers = [c.number for c in found]
        assert len(numbers) == len(set(numbers))
        normal = vnplan.normalize(text)
        for c in found:
            assert c.span is not None
            printed = re.sub(r"\s", "", normal[c.span.start : c.span.end])
            assert printed  # every citation points at text
