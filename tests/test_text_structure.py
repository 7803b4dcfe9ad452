"""Stage 3 of the text pipeline: labels, nesting and titles of the body."""

from __future__ import annotations

import pytest

from vnplan.text.normalize import normalize_text
from vnplan.text.structure import Section, SectionKind, match_label, parse_structure


def tree(text: str) -> Section:
    return parse_structure(normalize_text(text).paragraphs())


@pytest.mark.parametrize(
    ("text", "kind", "label", "depth"),
    [
        ("Phần I", SectionKind.PART, "Phần I", 1),
        ("PHẦN THỨ NHẤT", SectionKind.PART, "PHẦN THỨ NHẤT", 1),
        ("Chương II. QUY ĐỊNH CHUNG", SectionKind.CHAPTER, "Chương II.", 1),
        ("Mục 1. Phạm vi", SectionKind.SECTION, "Mục 1.", 1),
        ("Điều 5. Hiệu lực", SectionKind.ARTICLE, "Điều 5.", 1),
        ("Điều 5a. Sửa đổi", SectionKind.ARTICLE, "Điều 5a.", 1),
        ("IV. TỔ CHỨC THỰC HIỆN", SectionKind.ROMAN, "IV.", 1),
        ("1. Mục đích", SectionKind.NUMBERED, "1.", 1),
        ("3) Sở Tài chính", SectionKind.NUMBERED, "3)", 1),
        ("2.1. Tại cơ quan Sở", SectionKind.NUMBERED, "2.1.", 2),
        ("2.1.3. Tuyên truyền", SectionKind.NUMBERED, "2.1.3.", 3),
        ("3.2 Tiếp tục tổ chức", SectionKind.NUMBERED, "3.2", 2),
        ("a) Xác định", SectionKind.LETTER, "a)", 1),
        ("đ) Kiểm tra", SectionKind.LETTER, "đ)", 1),
        ("a. Gói thầu số 13", SectionKind.LETTER, "a.", 1),
        ("- Như trên;", SectionKind.DASH, "-", 1),
        ("+ Về tiêu chuẩn", SectionKind.PLUS, "+", 1),
        ("• Nội dung", SectionKind.BULLET, "•", 1),
        ("PHỤ LỤC I", SectionKind.APPENDIX, "PHỤ LỤC I", 1),
        ("Phụ lục số 02", SectionKind.APPENDIX, "Phụ lục số 02", 1),
    ],
)
def test_labels_as_printed(text: str, kind: SectionKind, label: str, depth: int) -> None:
    match = match_label(text)
    assert match is not None
    got_kind, end, got_depth = match
    assert (got_kind, text[:end], got_depth) == (kind, label, depth)


@pytest.mark.parametrize(
    "text",
    ["1.080 văn bản chỉ đạo", "2025 của Bộ Chính trị", "Mục đích", "Phần lớn các đơn vị",
     "Điều kiện bảo đảm", "V/v tăng cường", "14/8/2025 của UBND", "Chương trình mục tiêu"],
)
def test_not_labels(text: str) -> None:
    assert match_label(text) is None


def test_report_outline_nests_by_rank() -> None:
    root = tree("""Thực hiện Kế hoạch số 157/KH-UBND, Sở báo cáo như sau:
Phần I
KẾT QUẢ THỰC HIỆN
I. CÔNG TÁC CHỈ ĐẠO
1. Ban hành văn bản
1.1. Văn bản chỉ đạo
a) Kế hoạch
- Kế hoạch số 01;
+ đã triển khai;
- Kế hoạch số 02.
b) Công văn
1.2. Tuyên truyền
2. Kiểm tra
II. NHIỆM VỤ QUÝ II
Phần II
KIẾN NGHỊ""")
    assert [p.text for p in root.paragraphs] == [
        "Thực hiện Kế hoạch số 157/KH-UBND, Sở báo cáo như sau:"]
    assert root.outline() == "\n".join([
        "Phần I KẾT QUẢ THỰC HIỆN",
        "  I. CÔNG TÁC CHỈ ĐẠO",
        "    1. Ban hành văn bản",
        "      1.1. Văn bản chỉ đạo",
        "        a) Kế hoạch",
        "          - Kế hoạch số 01;",
        "            + đã triển khai;",
        "          - Kế hoạch số 02.",
        "        b) Công văn",
        "      1.2. Tuyên truyền",
        "    2. Kiểm tra",
        "  II. NHIỆM VỤ QUÝ II",
        "Phần II KIẾN NGHỊ",
    ])


def test_articles_with_clauses_and_points() -> None:
    root = tree("""Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định việc bồi dưỡng.
Điều 2. Đối tượng áp dụng
1. Các trung tâm chính trị.
2. Các cơ quan liên quan:
a) Ban tuyên giáo;
b) Ban tổ chức.
Chương II
NHIỆM VỤ""")
    chapter = root.children[0]
    assert (chapter.kind, chapter.label.text, chapter.title.text) == (
        SectionKind.CHAPTER, "Chương I", "QUY ĐỊNH CHUNG")
    article1, article2 = chapter.children
    assert article1.title.text == "Phạm vi điều chỉnh"
    assert [p.text for p in article1.paragraphs] == ["Quy chế này quy định việc bồi dưỡng."]
    clause2 = article2.children[1]
    assert clause2.label.text == "2."
    assert clause2.title.text == "Các cơ quan liên quan:"
    assert [c.label.text for c in clause2.children] == ["a)", "b)"]
    assert root.children[1].title.text == "NHIỆM VỤ"


def test_running_text_after_a_label_is_a_paragraph_not_a_title() -> None:
    root = tree("Điều 2. Quyết định này có hiệu lực thi hành từ ngày ký ban hành.")
    article = root.children[0]
    assert article.title is None
    assert [p.text for p in article.paragraphs] == [
        "Quyết định này có hiệu lực thi hành từ ngày ký ban hành."]


def test_plain_paragraph_after_bullets_belongs_to_the_heading() -> None:
    root = tree("""1. Mục đích
- Bảo đảm an toàn;
- Kịp thời.

Các đơn vị tổ chức thực hiện nghiêm túc.""")
    heading = root.children[0]
    assert [c.label.text for c in heading.children] == ["-", "-"]
    assert [p.text for p in heading.paragraphs] == ["Các đơn vị tổ chức thực hiện nghiêm túc."]


def test_every_word_is_kept() -> None:
    text = "Mở đầu.\nI. MỤC TIÊU\n1. Chung\na) Một hai ba.\n- bốn năm;\nKết thúc."
    root = tree(text)
    words: list[str] = []
    for section in root.walk():
        for field in (section.label, section.title):
            if field is not None:
                words.extend(field.text.split())
        for paragraph in section.paragraphs:
            words.extend(paragraph.text.split())
    assert sorted(words) == sorted(text.split())


def test_point_letters_after_o_are_labels() -> None:
    # UNCONFIRMED (domain.md §10.3): no example of points after "o" was found; "p)" is
    # still read as a point label rather than dropped into running text.
    root = tree("1. Nội dung\no) Mục cuối theo Decree 30;\np) Mục tiếp theo.")
    assert [c.label.text for c in root.children[0].children] == ["o)", "p)"]
