"""A legal-database page's metadata table: read, and used only for missing header fields.

Cases are written from the label-value layout such pages print (pipe cells or plain
text, one or two pairs a line); expected values were written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from vnplan import parse_document
from vnplan.text.normalize import normalize_text
from vnplan.text.site_metadata import find_site_metadata

TABLES = [
    ("Số hiệu: | 612/QĐ-UBND | Loại văn bản: | Quyết định |\n"
     "Nơi ban hành: | Tỉnh Vĩnh Long | Người ký: | Lê Quang Trung |\n"
     "Ngày ban hành: | 05/03/2020 | Ngày hiệu lực: | Đang cập nhật |",
     {"number": "612/QĐ-UBND", "doc_type": "Quyết định", "date": "05/03/2020"}),
    ("Số hiệu: 155/KH-UBND Loại văn bản: Văn bản khác\n"
     "Cơ quan ban hành: Ủy ban nhân dân tỉnh Bắc Ninh Người ký: Nguyễn Tiến A\n"
     "Ngày ban hành: 26/05/2017 Ngày hiệu lực: Đang cập nhật",
     {"number": "155/KH-UBND", "doc_type": "Văn bản khác", "date": "26/05/2017",
      "issuer": "Ủy ban nhân dân tỉnh Bắc Ninh"}),
    # bullets; values the site does not know are left out
    ("• Số hiệu: 01/2004/TTLT-BVHTT-BYT\n• Ngày ban hành: Đang cập nhật\n"
     "• Cơ quan ban hành: …",
     {"number": "01/2004/TTLT-BVHTT-BYT"}),
    # labels the parser does not use, and text without labels
    ("Người ký: Lê Văn A | Tình trạng: Còn hiệu lực\nTrang chủ | Văn bản mới", {}),
]


@pytest.mark.parametrize(("text", "expected"), TABLES)
def test_metadata_pairs(text: str, expected: dict[str, str]) -> None:
    meta = find_site_metadata(normalize_text(text), 0, 40)
    assert {k: f.text for k, f in meta.items()} == expected


def test_values_point_at_the_page_text() -> None:
    text = "Số hiệu: | 612/QĐ-UBND | Loại văn bản: | Quyết định |"
    field = find_site_metadata(normalize_text(text), 0, 1)["number"]
    assert text[field.span.start:field.span.end] == "612/QĐ-UBND"


PAGE = """Quyết định 61/QĐ-UBND năm 2020 về quy trình nội bộ
Số hiệu: | 61/QĐ-UBND | Loại văn bản: | Quyết định |
Cơ quan ban hành: | Ủy ban nhân dân tỉnh Vĩnh Long | Người ký: | Lê Văn A |
Ngày ban hành: | 05/03/2020 | Ngày hiệu lực: | Đang cập nhật |
{header}
Căn cứ Luật Tổ chức chính quyền địa phương;
Điều 1. Phê duyệt quy trình.
"""


def test_missing_header_fields_come_from_the_metadata_with_a_warning() -> None:
    doc = parse_document(PAGE.format(header=""))
    assert str(doc.number) == "61/QĐ-UBND"
    assert doc.date == dt.date(2020, 3, 5)
    assert doc.issuer is not None
    assert doc.issuer.name == "Ủy ban nhân dân tỉnh Vĩnh Long"
    assert doc.doc_type == "Quyết định"
    fields = sorted(w.field or "" for w in doc.warnings if w.rule == "parse.site-metadata")
    assert fields == ["date", "issuer", "number"]


def test_the_printed_header_wins_over_the_metadata() -> None:
    header = ("ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG\nSố: 62/QĐ-UBND\n"
              "Vĩnh Long, ngày 06 tháng 3 năm 2020\nQUYẾT ĐỊNH\nVề quy trình nội bộ")
    doc = parse_document(PAGE.format(header=header))
    assert str(doc.number) == "62/QĐ-UBND"
    assert doc.date == dt.date(2020, 3, 6)
    assert doc.issuer is not None
    assert doc.issuer.name == "ỦY BAN NHÂN DÂN TỈNH VĨNH LONG"
    assert not [w for w in doc.warnings if w.rule == "parse.site-metadata"]


def test_metadata_type_is_used_only_when_nothing_printed_gives_one() -> None:
    page = ("Số hiệu: | 12/UBND-VX | Loại văn bản: | Công văn |\n"
            "Ngày ban hành: | 05/03/2020 |\nNội dung: các sở thực hiện.")
    doc = parse_document(page)
    assert doc.doc_type == "Công văn"
    assert any(w.rule == "parse.site-metadata" and w.field == "doc_type" for w in doc.warnings)
