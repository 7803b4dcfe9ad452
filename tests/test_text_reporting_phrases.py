"""Reporting clauses in the forms plans, letters and Party documents use, and phrases
that only look like them. Table-driven; expectations were written from the sentences
(Decree 09/2019 reporting clauses), not by running the code.
"""

from __future__ import annotations

import pytest

from vnplan.text import find_reporting

# text -> (the clause starts with, recipients, due text or None)
FOUND: dict[str, tuple[str, list[str], str | None]] = {
    # a clause that opens with "báo cáo" after ";": an imperative
    "- Huy động nguồn lực tại chỗ; báo cáo 02 lần/ngày về tình hình cấp phát gửi UBND "
    "tỉnh.": ("báo cáo 02 lần/ngày", ["UBND tỉnh"], None),
    # a frequency earlier in the clause
    "- Hàng quý, hàng năm thực hiện chế độ, thời hạn, nội dung báo cáo đúng theo quy "
    "định, trong đó báo cáo đầy đủ các số liệu.": ("Hàng quý, hàng năm", [], None),
    "- Tháng 11 hằng năm, Trung tâm có văn bản báo cáo Ban Thường vụ Huyện ủy về công tác "
    "bồi dưỡng.": ("Tháng 11 hằng năm", ["Ban Thường vụ Huyện ủy"], None),
    # "thực hiện thủ tục báo cáo", "để kịp báo cáo Quốc hội"
    "Cắm mốc khu vực khai thác và thực hiện thủ tục báo cáo, bàn giao mốc giới theo quy "
    "định.": ("Cắm mốc khu vực", [], None),
    "Hoàn thiện hồ sơ, trình cấp có thẩm quyền thông qua để kịp báo cáo Quốc hội tại Kỳ họp "
    "thứ 10.": ("Hoàn thiện hồ sơ", ["Quốc hội"], None),
    # a verb after the subject and its duty, not the name of a report
    "Sở Công Thương chủ trì, phối hợp với các sở, ngành liên quan báo cáo tổng hợp tình "
    "hình triển khai các cụm công nghiệp.": ("Sở Công Thương chủ trì", [], None),
    "Bộ Nông nghiệp và Môi trường chịu trách nhiệm tổng hợp chung, báo cáo và giải trình "
    "với các cơ quan có thẩm quyền.": ("Bộ Nông nghiệp và Môi trường", [], None),
    # sending results without the word "báo cáo"
    "Đề nghị Ủy ban nhân dân các xã gửi kết quả đánh giá về Sở Giáo dục và Đào tạo trước "
    "ngày 15/12/2025.": ("Đề nghị Ủy ban nhân dân các xã", ["Sở Giáo dục và Đào tạo"],
                         "trước ngày 15/12/2025"),
    # the report to be sent
    "Báo cáo của các cơ quan, đơn vị gửi về UBND tỉnh trước ngày 12/6/2026.": (
        "Báo cáo của các cơ quan", ["UBND tỉnh"], "trước ngày 12/6/2026"),
    # the assignment a report answers
    "Thực hiện Văn bản số 312/GM-VPUBND, trong đó giao Sở Công Thương chủ trì rà soát và "
    "báo cáo tình hình các cụm công nghiệp, Sở Công Thương báo cáo như sau:": (
        "Thực hiện Văn bản số 312/GM-VPUBND", [], None),
}


@pytest.mark.parametrize(("text", "expected"), FOUND.items())
def test_found(text: str, expected: tuple[str, list[str], str | None]) -> None:
    (item,) = find_reporting(text)
    start, recipients, due = expected
    assert item.text.text.startswith(start)
    if recipients:
        assert [a.text for a in item.recipients] == recipients
    assert (item.due_text.text if item.due_text else None) == due


@pytest.mark.parametrize("text", [
    "- Bộ Công Thương (để báo cáo);",
    "Căn cứ Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ quy định về chế độ báo "
    "cáo của cơ quan hành chính nhà nước;",
    "Thông tư này quy định chế độ báo cáo định kỳ về cụm công nghiệp.",
    "- Kết quả: Báo cáo tổng kết, quyết toán kinh phí.",
    "Báo cáo thẩm định nội bộ của chủ đầu tư.",
    "Tổng hợp báo cáo giám sát, đánh giá và các tài liệu liên quan.",
    "Sở Công Thương tỉnh Lào Cai báo cáo, cung cấp một số thông tin như sau:",
    "Đồng chí Bí thư Đảng ủy xã gửi thông tin tới các chi bộ.",
    "Đơn vị gửi báo cáo: Ủy ban nhân dân cấp huyện",
])
def test_not_found(text: str) -> None:
    assert find_reporting(text) == []


def test_a_heading_names_the_topic() -> None:
    text = ("Điều 4. Chế độ báo cáo định kỳ về cụm công nghiệp\n"
            "1. Sở Công Thương báo cáo Bộ Công Thương trước ngày 31 tháng 12 hằng năm.\n"
            "Điều 5. Phương thức gửi, nhận báo cáo định kỳ\n"
            "Báo cáo được gửi bằng văn bản điện tử.")
    items = find_reporting(text)
    assert [i.text.text for i in items] == [
        "Sở Công Thương báo cáo Bộ Công Thương trước ngày 31 tháng 12 hằng năm"]


def test_a_heading_that_says_to_whom_is_kept() -> None:
    (item,) = find_reporting("3. Báo cáo định kỳ hằng quý về Sở Nội vụ\n- Nội dung theo mẫu.")
    assert [a.text for a in item.recipients] == ["Sở Nội vụ"]
