"""Site furniture around scraped documents is not cited by the document (brief item 6).

Pages are built from the shapes legal-database and portal pages take: a title line,
a validity line, a metadata block, then the document's header; a related-documents
list after it. Negatives check that citations in the document itself, and texts
without a header, are untouched.
"""

from __future__ import annotations

import pytest

from vnplan import find_citations

HEADER = (
    "{issuer}\n"
    "-------\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n"
    "Số: {number}\n"
    "{place}, ngày 12 tháng 3 năm {year}\n\n"
)

PAGES = [
    # a page title with a wrong number above the document (the site's typo)
    ("Tải bản đầy đủ (.pdf) (9 trang)\n\nQuyết định số 215/2016/QĐ-UBND tỉnh Cà Mau\n\n"
     + HEADER.format(issuer="ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU", number="215/QĐ-UBND",
                     place="Cà Mau", year=2016)
     + "Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13;\n",
     ["77/2015/QH13"]),
    # a validity line naming the replacing document
    ("Quyết định 48/QĐ-UBND\n\nQuyết định 48/QĐ-UBND đã được thay thế bởi Quyết định "
     "502/QĐ-UBND và được áp dụng kể từ ngày 10/5/2019.\n\n"
     + HEADER.format(issuer="UBND HUYỆN ĐÔNG ANH", number="48/QĐ-UBND", place="Đông Anh",
                     year=2018)
     + "Căn cứ Quyết định số 1020/QĐ-UBND ngày 02/02/2018 của UBND thành phố;\n",
     ["1020/QĐ-UBND"]),
    # a metadata table in cells, then a Party document
    ("Kế hoạch 35-KH/TU năm 2021\n| Số hiệu: | 35-KH/TU | Loại văn bản: | Kế hoạch |\n"
     "| Ngày ban hành: | 02/6/2021 | Người ký: | Nguyễn Văn A |\n\n"
     "TỈNH ỦY NGHỆ AN\n*\nSố 35-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
     "Nghệ An, ngày 02 tháng 6 năm 2021\n\n"
     "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị,\n",
     ["05-CT/TW"]),
    # a related-documents list after the document
    (HEADER.format(issuer="SỞ Y TẾ TỈNH BÌNH ĐỊNH", number="120/KH-SYT", place="Bình Định",
                   year=2023)
     + "Thực hiện Kế hoạch số 45/KH-UBND ngày 01/3/2023 của UBND tỉnh.\n\n"
     "Văn bản liên quan\n"
     "Quyết định 1150/QĐ-UBND năm 2022\n"
     "Công văn 2231/UBND-VX năm 2021\n",
     ["45/KH-UBND"]),
    ("Nội dung.\n\nVăn bản được hướng dẫn:\n\nThông tư 12/2020/TT-BYT\n",
     []),
]


@pytest.mark.parametrize(("text", "expected"), PAGES)
def test_site_furniture_is_not_cited(text: str, expected: list[str]) -> None:
    assert [c.number for c in find_citations(text, unique=True)] == expected


KEPT = [
    # no header at all: a sentence or an extract keeps every citation
    ("Quyết định 502/QĐ-UBND thay thế Quyết định 48/QĐ-UBND.",
     ["502/QĐ-UBND", "48/QĐ-UBND"]),
    # a citation before a "Số:" line with no header line between them
    ("Căn cứ Nghị định số 30/2020/NĐ-CP;\nSố: 12/KH-UBND\n", ["30/2020/NĐ-CP"]),
    # the phrase inside a sentence is not a site heading
    ("Rà soát các văn bản liên quan\nđến Quyết định số 77/QĐ-UBND ngày 2/3/2020.",
     ["77/QĐ-UBND"]),
    # a "Số:" line deep in the text (a form in an appendix) does not hide the body
    ("Căn cứ Luật số 80/2015/QH13;\n" + "Nội dung kế hoạch. " * 400
     + "\nỦY BAN NHÂN DÂN XÃ\nSố: 05/BC-UBND\n",
     ["80/2015/QH13"]),
]


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_document_text_is_kept(text: str, expected: list[str]) -> None:
    assert [c.number for c in find_citations(text, unique=True)] == expected


def test_many_blocks_and_repeated_numbers_stay_linear() -> None:
    # 20,000 headings, each with a listed number, then a body citation repeated: the
    # blocks are found in one pass and looked up by bisection; merging one number cited
    # 10,000 times does not compare every pair (no time asserted: it must finish)
    text = "Văn bản liên quan\nQuyết định 12/QĐ-UBND\n\n" * 20_000
    text += "Căn cứ Quyết định số 13/QĐ-UBND của UBND tỉnh;\n" * 10_000
    found = find_citations(text, unique=True)
    assert [(c.number, c.issuer) for c in found] == [("13/QĐ-UBND", "UBND tỉnh")]
