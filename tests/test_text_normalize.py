"""Stage 1 of the text pipeline: clean lines, noise, paragraphs, source maps."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnplan import InputTooLarge
from vnplan.text.normalize import (
    MAX_INPUT_CHARS,
    LineKind,
    normalize_text,
    paragraphs,
    starts_block,
)
from vnplan.text.spans import Segment, Span

# --- line clean-up: (raw line, expected text, expected kind) -----------------------------

LINES = [
    ("**KẾ HOẠCH**", "KẾ HOẠCH", LineKind.TEXT),
    ("*Hà Nội, ngày 18", "Hà Nội, ngày 18", LineKind.TEXT),
    ("**1**. **Mục đích**", "1. Mục đích", LineKind.TEXT),
    ("**Kính gửi: **Ủy ban nhân dân", "Kính gửi: Ủy ban nhân dân", LineKind.TEXT),
    ("_Ghi chú_: xem phụ lục", "Ghi chú: xem phụ lục", LineKind.TEXT),
    ("mã số thuế abc_def", "mã số thuế abc_def", LineKind.TEXT),  # word-internal _ stays
    ("s*a đổi", "s*a đổi", LineKind.TEXT),  # OCR asterisk inside a word stays
    ("|UBND TỈNH LÀO CAI      |     |CỘNG HÒA|", "UBND TỈNH LÀO CAI CỘNG HÒA", LineKind.TEXT),
    ("|", "", LineKind.TABLE_BORDER),
    ("|---|---|", "", LineKind.TABLE_BORDER),
    ("|          |        |", "", LineKind.TABLE_BORDER),
    ("-------", "-------", LineKind.RULE),
    ("____________________", "____________________", LineKind.RULE),
    ("*", "", LineKind.RULE),  # the Party header star
    ("   -      -", "- -", LineKind.RULE),
    ("* *", "", LineKind.BLANK),  # an empty Markdown emphasis
    ("\t\t", "", LineKind.BLANK),
    ("Tìm kiếm", "Tìm kiếm", LineKind.CHROME),
    ("Ngày cập nhật 28/11/2020", "Ngày cập nhật 28/11/2020", LineKind.CHROME),
    ("Lượt truy cập: 5.195.595", "Lượt truy cập: 5.195.595", LineKind.CHROME),
    ("Đang truy cập: 1.355", "Đang truy cập: 1.355", LineKind.CHROME),
    ("Tìm kiếm việc làm cho người lao động", "Tìm kiếm việc làm cho người lao động",
     LineKind.TEXT),  # a sentence that starts like chrome is text
    ("Số:\t     /BC-UBND", "Số: /BC-UBND", LineKind.TEXT),
    ("Độc lập<br>Tự do", "Độc lập Tự do", LineKind.TEXT),
    # Markdown headings and escapes: the marks go, the words stay
    ("# ỦY BAN NHÂN DÂN TỈNH HÀ GIANG", "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG", LineKind.TEXT),
    ("## **KẾ HOẠCH**", "KẾ HOẠCH", LineKind.TEXT),
    ("Số #12 của tổ", "Số #12 của tổ", LineKind.TEXT),  # not a heading marker
    ("1\\. Mục tiêu", "1. Mục tiêu", LineKind.TEXT),
    ("\\- Như trên;", "- Như trên;", LineKind.TEXT),
    ("\\*\\*\\*", "", LineKind.RULE),  # an escaped Party star line
    # page furniture of saved web pages and signed PDFs
    ("Trang chủ > Văn bản pháp luật > Kế hoạch", "", LineKind.CHROME),
    ("Đăng nhập | Đăng ký", "", LineKind.CHROME),
    ("Tải về", "", LineKind.CHROME),
    ("Tải file .doc", "", LineKind.CHROME),
    ("Văn bản liên quan", "", LineKind.CHROME),
    ("Nội dung | Văn bản gốc | Lược đồ | Thuộc tính", "", LineKind.CHROME),
    ("Chia sẻ: Facebook Zalo", "", LineKind.CHROME),
    ("Copyright © 2024 Cổng thông tin điện tử tỉnh", "", LineKind.CHROME),
    ("Hệ thống pháp luật", "", LineKind.CHROME),
    ("Ký bởi: Ủy ban nhân dân tỉnh Hà Giang", "", LineKind.CHROME),
    ("Thời gian ký: 05.03.2024 10:12:13 +07:00", "", LineKind.CHROME),
    # ... and lines of the document that look a little like it
    ("Tải về các biểu mẫu kèm theo Kế hoạch này.", "Tải về các biểu mẫu kèm theo Kế hoạch này.",
     LineKind.TEXT),
    ("Nội dung", "Nội dung", LineKind.TEXT),
    ("©) Chịu trách nhiệm khác theo quy định.", "©) Chịu trách nhiệm khác theo quy định.",
     LineKind.TEXT),  # OCR of "c)"
    ("| Tỷ lệ hộ nghèo > 5% | > 3% |", "Tỷ lệ hộ nghèo > 5% > 3%", LineKind.TEXT),
    ("Hiệu lực: Còn hiệu lực", "Hiệu lực: Còn hiệu lực", LineKind.TEXT),  # metadata stays
    ("- Lưu: VT.", "- Lưu: VT.", LineKind.TEXT),
]


@pytest.mark.parametrize(("raw", "text", "kind"), LINES)
def test_line_cleanup(raw: str, text: str, kind: LineKind) -> None:
    line = normalize_text(raw).lines[0]
    assert line.kind is kind
    if kind is LineKind.TEXT:
        assert line.text.text == text


@pytest.mark.parametrize(
    ("raw", "cells"),
    [
        ("   SỞ CÔNG THƯƠNG                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         ["SỞ CÔNG THƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
        ("Số:           /KH-UBND", ["Số: /KH-UBND"]),  # blank template is one cell
        ("       Lào Cai, ngày       tháng      năm 2026", ["Lào Cai, ngày tháng năm 2026"]),
        ("|Nơi nhận:     |         |KT. GIÁM ĐỐC      |", ["Nơi nhận:", "KT. GIÁM ĐỐC"]),
        ("Nơi nhận:\t\t\t\t", ["Nơi nhận:"]),
        ("BỘ Y TẾ  BỘ CÔNG THƯƠNG", ["BỘ Y TẾ BỘ CÔNG THƯƠNG"]),  # two spaces are no gap
    ],
)
def test_cells_split_columns(raw: str, cells: list[str]) -> None:
    line = normalize_text(raw).lines[0]
    assert [cell.text.text for cell in line.cells()] == cells


def test_cell_columns_are_display_positions() -> None:
    line = normalize_text("  Số: 05/QĐ-UBND          Hà Nội, ngày 05 tháng 01 năm 2020").lines[0]
    assert [c.column for c in line.cells()] == [2, 26]


# --- Unicode and look-alikes -----------------------------------------------------------


def test_nfd_input_is_composed_and_spans_point_into_nfc_source() -> None:
    nfd = unicodedata.normalize("NFD", "KẾ HOẠCH\nTriển khai thực hiện")
    doc = normalize_text(nfd)
    assert doc.source == "KẾ HOẠCH\nTriển khai thực hiện"
    line = doc.lines[1]
    assert doc.source[line.text.span.start:line.text.span.end] == "Triển khai thực hiện"


def test_lookalikes_are_folded_with_offsets_kept() -> None:
    # Latin capital ETH for Đ (OCR), Cyrillic ВСТ in a number, an en dash.
    doc = normalize_text("QUYẾT ÐỊNH số 24/HDLN-ВСТ – 2026")
    assert doc.lines[0].text.text == "QUYẾT ĐỊNH số 24/HDLN-BCT - 2026"
    assert len(doc.folded) == len(doc.source)
    assert doc.source[doc.lines[0].text.span.start] == "Q"


# --- page numbers --------------------------------------------------------------------------


def test_page_number_after_form_feed_is_noise() -> None:
    doc = normalize_text("khoản 2, khoản 3 Điều 20\n\f                2\n\nluật khác có liên quan.")
    assert [line.kind for line in doc.lines] == [
        LineKind.TEXT, LineKind.PAGE_NUMBER, LineKind.BLANK, LineKind.TEXT]
    assert [p.text for p in doc.paragraphs()] == [
        "khoản 2, khoản 3 Điều 20", "luật khác có liên quan."]


def test_ocr_page_numbers_in_order_between_blank_lines() -> None:
    text = "Điều 1.\n\n2\n\nĐiều 2.\n\n3\n\nĐiều 3."
    kinds = [line.kind for line in normalize_text(text).lines]
    assert kinds.count(LineKind.PAGE_NUMBER) == 2


def test_dashed_page_number_between_text_lines() -> None:
    text = "các sở, ngành\n- 3 -\nthực hiện\n-3-\nxong"
    kinds = [line.kind for line in normalize_text(text).lines]
    assert kinds == [LineKind.TEXT, LineKind.PAGE_NUMBER, LineKind.TEXT, LineKind.PAGE_NUMBER,
                     LineKind.TEXT]


RUNNING = [
    # the same line opens pages 2 and 3 after a form feed
    ("ỦY BAN NHÂN DÂN TỈNH X\nKẾ HOẠCH\n1. Một.\n\fKế hoạch số 120/KH-UBND\n2. Hai.\n"
     "\fKế hoạch số 120/KH-UBND\n3. Ba.", {3, 5}),
    # beside page numbers, digits aside ("trang 2", "trang 3")
    ("Mở đầu.\n\n- 2 -\nKế hoạch 120 - trang 2\nnội dung hai\n\n- 3 -\n"
     "Kế hoạch 120 - trang 3\nnội dung ba", {3, 7}),
    # one break only: not a running head
    ("Mở đầu.\n\fKế hoạch số 120/KH-UBND\n2. Hai.", set()),
    # attached forms each open with the Quốc hiệu or a label: kept
    ("Văn bản.\n\fCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nMẫu 1\n\fCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Mẫu 2", set()),
    ("Văn bản.\n\fMẫu số 01\nNội dung\n\fMẫu số 02\nNội dung khác", set()),
    # the first page's top is not a break: the header is never a running head
    ("ỦY BAN NHÂN DÂN TỈNH X\nnội dung\n\fỦY BAN NHÂN DÂN TỈNH X\nnội dung", set()),
]


@pytest.mark.parametrize(("text", "expected"), RUNNING)
def test_running_heads(text: str, expected: set[int]) -> None:
    lines = normalize_text(text).lines
    assert {line.number for line in lines if line.kind is LineKind.RUNNING_HEAD} == expected
    assert all(line.is_noise for line in lines if line.kind is LineKind.RUNNING_HEAD)


def test_table_cells_with_numbers_are_not_page_numbers() -> None:
    # A flattened DOCX table: one cell per line, bare numbers are content.
    text = "TT\nLoại hình\nSố lượng\n1\nKhai thác\n40\n2\nChế biến\n11"
    kinds = [line.kind for line in normalize_text(text).lines]
    assert LineKind.PAGE_NUMBER not in kinds


# --- paragraphs ----------------------------------------------------------------------------

PARAGRAPHS = [
    # hard-wrapped web text: a line that does not end a sentence continues
    ("Xét Tờ trình số\n226/TTr-BKHCN ngày 05 tháng 11 năm 2025 của Bộ.\nVăn phòng Chính phủ\n"
     "thông báo.",
     ["Xét Tờ trình số 226/TTr-BKHCN ngày 05 tháng 11 năm 2025 của Bộ.",
      "Văn phòng Chính phủ thông báo."]),
    # labels and bullets always start a new paragraph
    ("I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Bảo đảm an toàn;\n- Kịp thời.",
     ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "- Bảo đảm an toàn;", "- Kịp thời."]),
    # a wrapped upper-case heading joins
    ("**I. MỤC ĐÍCH,\nYÊU CẦU**\n\n**1. Mục đích**\nKiểm tra kỹ thuật an toàn.",
     ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Kiểm tra kỹ thuật an toàn."]),
    # a short heading followed by running text does not join
    ("1. Mục đích\nKiểm tra kỹ thuật an toàn.", ["1. Mục đích", "Kiểm tra kỹ thuật an toàn."]),
    # blank lines end paragraphs
    ("Căn cứ Luật Tổ chức\n\nchính quyền", ["Căn cứ Luật Tổ chức", "chính quyền"]),
    # a PDF paragraph: indented first line, continuation at the margin
    ("      Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở\n"
     "Công Thương tỉnh Lào Cai về việc kiểm tra.\n"
     "      Trưởng đoàn kiểm tra lập kế hoạch",
     ["Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương "
      "tỉnh Lào Cai về việc kiểm tra.", "Trưởng đoàn kiểm tra lập kế hoạch"]),
    # numbers that are not labels do not break a wrapped line
    ("Ban hành\n1.080 văn bản chỉ đạo", ["Ban hành 1.080 văn bản chỉ đạo"]),
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPHS)
def test_paragraph_joining(text: str, expected: list[str]) -> None:
    assert [p.text for p in normalize_text(text).paragraphs()] == expected


def test_one_paragraph_per_line_text_joins_only_lower_case_continuations() -> None:
    long_line = "Căn cứ Nghị định số 181/2024/NĐ-CP " + "quy định chi tiết " * 10
    text = "\n".join([long_line, "Xét đề nghị của 28 đơn vị", long_line,
                      "Triển khai thực hiện Chỉ thị số 11-CT/TU", " của Ban Thường vụ Tỉnh ủy"])
    doc = normalize_text(text)
    assert not doc.wrapped
    assert [p.text for p in doc.paragraphs()][1:] == [
        "Xét đề nghị của 28 đơn vị", long_line.strip(),
        "Triển khai thực hiện Chỉ thị số 11-CT/TU của Ban Thường vụ Tỉnh ủy"]


def test_paragraph_spans_point_into_source() -> None:
    text = "**Căn cứ** Luật Tổ chức\nchính quyền địa phương;"
    doc = normalize_text(text)
    (paragraph,) = doc.paragraphs()
    assert paragraph.text == "Căn cứ Luật Tổ chức chính quyền địa phương;"
    i = paragraph.text.index("chính")
    span = paragraph.segment.source_span(i, i + len("chính quyền"))
    assert doc.source[span.start:span.end] == "chính quyền"
    assert paragraph.span == Span(2, len(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("II. NHIỆM VỤ", True), ("2.1.3. Tuyên truyền", True), ("a) Xác định", True),
     ("đ) Kiểm tra", True), ("Điều 5a. Sửa đổi", True), ("- Như trên;", True),
     ("+ Về tiêu chuẩn", True), ("Nơi nhận:", True), ("[1] Văn bản số 206", True),
     ("2025 của Bộ Chính trị", False), ("1.080 văn bản", False), ("14/8/2025 của UBND", False),
     ("Công Thương tỉnh Lào Cai", False)],
)
def test_starts_block(text: str, expected: bool) -> None:
    assert starts_block(text) is expected


# --- Segment --------------------------------------------------------------------------------


def test_segment_join_slice_and_strip() -> None:
    joined = Segment.join([Segment.of("  ab", 10), "|", Segment.of("cd  ", 20)])
    assert joined.text == "  ab | cd  "
    assert joined.strip().text == "ab | cd"
    assert joined.strip().span == Span(12, 22)
    assert joined.slice(3, 8).span == Span(13, 21)  # "b", inserted " | ", "c"
    assert joined.slice(4, 7).span == Span(14, 14)  # only inserted text: an empty anchor
    assert joined.source_offset(8) == 21


@given(st.lists(st.text(min_size=0, max_size=8), min_size=1, max_size=6), st.data())
def test_segment_slices_map_back_to_source(parts: list[str], data: st.DataObject) -> None:
    source = "".join(parts)
    segments, pos = [], 0
    for part in parts:
        segments.append(Segment.of(part, pos))
        pos += len(part)
    joined = Segment.join(segments, sep="")
    assert joined.text == source
    i = data.draw(st.integers(0, len(source)))
    j = data.draw(st.integers(i, len(source)))
    span = joined.slice(i, j).span
    assert source[span.start:span.end] == source[i:j]


# --- limits -----------------------------------------------------------------------------------


def test_input_above_the_limit_is_refused() -> None:
    with pytest.raises(InputTooLarge) as info:
        normalize_text("a" * (MAX_INPUT_CHARS + 1))
    assert info.value.limit == MAX_INPUT_CHARS


def test_paragraphs_of_no_lines() -> None:
    assert paragraphs([]) == []


@pytest.mark.parametrize("char", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
def test_zero_width_characters_read_as_spaces(char: str) -> None:
    doc = normalize_text(f"{char}ỦY BAN NHÂN DÂN\nSố:{char}12/KH-UBND\nKT. CHỦ{char} TỊCH")
    assert [line.text.text for line in doc.lines] == [
        "ỦY BAN NHÂN DÂN", "Số: 12/KH-UBND", "KT. CHỦ TỊCH"]
    assert len(doc.folded) == len(doc.source)
    line = doc.lines[1]
    assert doc.source[line.text.source_offset(4):][:2] == "12"


@pytest.mark.parametrize(("text", "chrome"), [
    # document-sharing and legal-database banners
    ("Tải bản đầy đủ (.pdf) (12 trang)", True),
    ("Bạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ tại đây", True),
    ("Nội dung toàn văn Quyết định 119/QĐ-UBND bổ sung thủ tục hành chính", True),
    ("In văn bản", True),
    ("thuvienphapluat.vn", True),
    # document text
    ("Nội dung văn bản phải bảo đảm thống nhất.", False),
    ("Bạn đọc có thể gửi ý kiến về Sở.", False),
    ("Tải về các biểu mẫu kèm theo Kế hoạch này.", False),
    ("1.2. Mục tiêu cụ thể", False),
    ("Email: ubnd@tinh.gov.vn", False),
])
def test_page_furniture(text: str, chrome: bool) -> None:
    assert (normalize_text(text).lines[0].kind is LineKind.CHROME) is chrome
