"""Citation lists sharing a type word and an issuer, and things that are not citations
(brief items 5 and 6). Written from the căn cứ conventions (domain.md §1.9), across
issuers and years; line breaks may fall anywhere in PDF text.
"""

from __future__ import annotations

import pytest

from vnplan import find_citations

Item = tuple[str, str | None, str | None, str | None]  # number, type, date, issuer

LISTS: list[tuple[str, list[Item]]] = [
    ("Căn cứ các Quyết định số 1/QĐ-UBND ngày 02/01/2020, số 2/QĐ-UBND ngày 03/01/2020 "
     "của UBND tỉnh Nam Định;",
     [("01/QĐ-UBND", "Quyết định", "2020-01-02", "UBND tỉnh Nam Định"),
      ("02/QĐ-UBND", "Quyết định", "2020-01-03", "UBND tỉnh Nam Định")]),
    ("các Quyết định số 15/QĐ-UBND\nngày 02/01/2009 và số 16/QĐ-UBND ngày\n03/01/2009 của "
     "Ủy ban nhân dân\nhuyện Mê Linh về",
     [("15/QĐ-UBND", "Quyết định", "2009-01-02", "Ủy ban nhân dân huyện Mê Linh"),
      ("16/QĐ-UBND", "Quyết định", "2009-01-03", "Ủy ban nhân dân huyện Mê Linh")]),
    ("Căn cứ các Nghị định của Chính phủ: số 30/2020/NĐ-CP ngày 05/3/2020, số "
     "09/2019/NĐ-CP ngày 24/01/2019;",
     [("30/2020/NĐ-CP", "Nghị định", "2020-03-05", "Chính phủ"),
      ("09/2019/NĐ-CP", "Nghị định", "2019-01-24", "Chính phủ")]),
    ("Thực hiện các Công văn số 112/UBND-VX, 113/UBND-VX và 114/UBND-VX của UBND xã "
     "Tân Phú;",
     [("112/UBND-VX", "Công văn", None, "UBND xã Tân Phú"),
      ("113/UBND-VX", "Công văn", None, "UBND xã Tân Phú"),
      ("114/UBND-VX", "Công văn", None, "UBND xã Tân Phú")]),
    ("Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị và Kết luận số 01-KL/TW ngày "
     "18/5/2021 của Bộ Chính trị;",
     [("05-CT/TW", "Chỉ thị", "2016-05-15", "Bộ Chính trị"),
      ("01-KL/TW", "Kết luận", "2021-05-18", "Bộ Chính trị")]),
    ("Kế hoạch số 20-KH/ĐU ngày 12/3/1997 của Đảng ủy xã; Kế hoạch số 07/KH-MTTQ-BTT ngày "
     "5/4/1997 của Ban Thường trực Ủy ban MTTQ xã",
     [("20-KH/ĐU", "Kế hoạch", "1997-03-12", "Đảng ủy xã"),
      ("07/KH-MTTQ-BTT", "Kế hoạch", "1997-04-05", "Ban Thường trực Ủy ban MTTQ xã")]),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_lists_share_type_and_issuer(text: str, expected: list[Item]) -> None:
    found = find_citations(text, skip_header=False)
    got = [(c.number, c.doc_type, c.date.isoformat() if c.date else None, c.issuer)
           for c in found]
    assert got == expected


NOT_CITATIONS = [
    "Liên hệ: 0912.345.678, ĐT 024-3823-4567, Fax: (0203) 3825 123",
    "tỷ lệ 12/15 xã đạt chuẩn, 45,5%; 1.080/2.000 hộ; 3/4 số hộ",
    "thực hiện khoản 2 Điều 5, điểm a khoản 1 Điều 12 và Mục 3 Chương II",
    "ngày 10/12/2019, giai đoạn 2021-2025, Quý II/2026, tháng 3/2020",
    "Mã số thuế 0101234567-001; tài khoản 3713.0.1057852; Hotline 1900/1234",
    "Quyết định số …/QĐ-UBND ngày … tháng … năm 2026 (dự thảo)",
    "Báo cáo 6 tháng đầu năm; Đề án 06; Chương trình 135",
]


@pytest.mark.parametrize("text", NOT_CITATIONS)
def test_not_citations(text: str) -> None:
    assert find_citations(text, skip_header=False) == []


def test_own_header_number_is_not_cited() -> None:
    text = ("ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 45/KH-UBND\nTân Phú, ngày 02 tháng 3 năm 2024\n\n"
            "KẾ HOẠCH\nCăn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2024 của UBND huyện;\n"
            "Ban hành kèm theo Kế hoạch số 45/KH-UBND.")
    assert [c.number for c in find_citations(text)] == ["12/KH-UBND"]
