"""The tasks stage, table-driven: (text, expected tasks) pairs in the shapes plans use.

Each case is written in one of the shapes of Vietnamese plans (label blocks, agency
headings, sentences, task tables); expectations were written from the text, not by
running the code.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnplan import DeadlineKind, DeadlineRelation, VnplanError
from vnplan.text import TaskSource, find_tasks
from vnplan.text.agency_phrases import read_agencies, starts_agency
from vnplan.text.normalize import normalize_text
from vnplan.text.tasks import find_table_tasks

# (text, [(task text, lead names, coordinator names, deadline text or None)])
Case = tuple[str, list[tuple[str, list[str], list[str], str | None]]]

CASES: dict[str, Case] = {
    "label-blocks-under-a-sector": (
        "1. Lĩnh vực y tế\na) Nhiệm vụ\nBảo đảm tiêm chủng.\nb) Giải pháp\nTăng cường.\n"
        "c) Chủ trì thực hiện: Sở Y tế",
        [("Lĩnh vực y tế", ["Sở Y tế"], [], None)]),
    "labels-after-bullets": (
        "1. Rà soát đội ngũ\n- Thường xuyên rà soát đội ngũ cán bộ.\n- Bồi dưỡng cán bộ.\n"
        "Đơn vị chủ trì thực hiện: Các Sở, ngành, UBND cấp xã.\n"
        "Đơn vị phối hợp: Sở Nội vụ, Sở Tư pháp.\nThời gian thực hiện: Thường xuyên.",
        # one label block, one task: the bullets it follows are joined
        [("Thường xuyên rà soát đội ngũ cán bộ. Bồi dưỡng cán bộ.",
          ["Các Sở, ngành", "UBND cấp xã"], ["Sở Nội vụ", "Sở Tư pháp"], "Thường xuyên")]),
    "content-label-and-wrapper": (
        "1.1. Xây dựng chiến lược dữ liệu:\na) Nhiệm vụ: Tham mưu UBND Thành phố hoàn thiện "
        "Chiến lược dữ liệu.\nb) Cơ quan thực hiện:\n- Đơn vị chủ trì: Sở Khoa học và Công "
        "nghệ.\n- Đơn vị phối hợp: Các Sở, ban, ngành.\nc) Thời gian thực hiện: Hoàn thành "
        "trong năm 2025.",
        [("Tham mưu UBND Thành phố hoàn thiện Chiến lược dữ liệu",
          ["Sở Khoa học và Công nghệ"], ["Các Sở, ban, ngành"], "Hoàn thành trong năm 2025")]),
    "description-label-is-not-the-task": (
        "6. Xây dựng Cổng thông tin quốc gia\n- Nội dung: Cổng thông tin cung cấp thông tin.\n"
        "- Cơ quan thực hiện: Bộ Công an.\n- Thời gian thực hiện: năm 2026 - 2027.",
        [("Xây dựng Cổng thông tin quốc gia", ["Bộ Công an"], [], "năm 2026 - 2027")]),
    "opening-sentence-is-the-task": (
        "1.1. Ban hành Hướng dẫn về công tác bầu cử.\n- Bảo đảm thống nhất với cấp trên.\n"
        "- Thời gian hoàn thành: Tháng 11/2025.\n- Đơn vị chủ trì: Đồng chí Phó Chủ tịch "
        "Thường trực\n- Đơn vị phối hợp: Các đ/c Phó Chủ tịch, Trưởng đoàn thể xã.",
        [("Ban hành Hướng dẫn về công tác bầu cử.", ["Đồng chí Phó Chủ tịch Thường trực"],
          ["Các đ/c Phó Chủ tịch", "Trưởng đoàn thể xã"], "Tháng 11/2025")]),
    "agency-heading-over-bullets": (
        "IV. PHÂN CÔNG NHIỆM VỤ\n1. Sở Công Thương:\n- Chủ trì điều phối nguồn hàng.\n"
        "- Phối hợp Công an tỉnh và UBND các xã, phường vận chuyển hàng.\n"
        "2. Sở Tài chính: Bố trí kinh phí thực hiện.",
        [("Chủ trì điều phối nguồn hàng.", ["Sở Công Thương"], [], None),
         ("Phối hợp Công an tỉnh và UBND các xã, phường vận chuyển hàng.", ["Sở Công Thương"],
          ["Công an tỉnh", "UBND các xã, phường"], None),
         ("Bố trí kinh phí thực hiện.", ["Sở Tài chính"], [], None)]),
    "request-heading": (
        "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh\nChỉ đạo các đơn vị giám sát.",
        [("Chỉ đạo các đơn vị giám sát.", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"], [], None)]),
    "sentence-chu-tri-phoi-hop": (
        "2. Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan bố trí kinh phí, hoàn "
        "thành trước ngày 23/10/2021.",
        [("Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan bố trí kinh phí, hoàn "
          "thành trước ngày 23/10/2021.", ["Sở Tài chính"], ["các sở, ngành liên quan"],
          "trước ngày 23/10/2021")]),
    "sentence-giao": (
        "1. Giao Sở Nội vụ tổng hợp, chậm nhất ngày 15/12/2025.",
        [("Giao Sở Nội vụ tổng hợp, chậm nhất ngày 15/12/2025.", ["Sở Nội vụ"], [],
          "chậm nhất ngày 15/12/2025")]),
    "sentence-duty-verb": (
        "a) Công an tỉnh có trách nhiệm bảo đảm an ninh trong tháng 4 năm 2023.",
        [("Công an tỉnh có trách nhiệm bảo đảm an ninh trong tháng 4 năm 2023.",
          ["Công an tỉnh"], [], "trong tháng 4 năm 2023")]),
    "adverbial-before-chu-tri": (
        "2. Các Sở, ngành tùy theo chức năng, nhiệm vụ chủ trì, phối hợp với các cơ quan có "
        "liên quan xây dựng kế hoạch. Thời gian hoàn thành trước ngày 31/12/2021.",
        [("Các Sở, ngành tùy theo chức năng, nhiệm vụ chủ trì, phối hợp với các cơ quan có "
          "liên quan xây dựng kế hoạch. Thời gian hoàn thành trước ngày 31/12/2021.",
          ["Các Sở, ngành"], ["các cơ quan có liên quan"], "trước ngày 31/12/2021")]),
    "person-and-role": (
        "3. Phân công\n- Ông. Nguyễn Văn An - Trưởng đoàn: Phụ trách chung.",
        [("Ông. Nguyễn Văn An - Trưởng đoàn: Phụ trách chung.", ["Nguyễn Văn An"], [], None)]),
    "cited-date-is-not-a-deadline": (
        "1. Sở Y tế triển khai Quyết định số 12/QĐ-UBND ngày 05/3/2024 của UBND tỉnh.",
        [("Sở Y tế triển khai Quyết định số 12/QĐ-UBND ngày 05/3/2024 của UBND tỉnh.",
          ["Sở Y tế"], [], None)]),
    "past-action-is-not-a-task": (
        "1. Sở Y tế đã triển khai tiêm chủng.", []),
    "preamble-issuer-act-is-not-a-task": (
        "UBND tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Bảo đảm an sinh.", []),
}


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_tasks(text: str, expected: list[tuple[str, list[str], list[str], str | None]]) -> None:
    got = [(t.text.text, [a.text for a in t.lead], [a.text for a in t.coordinators],
            t.deadline_text.text if t.deadline_text else None) for t in find_tasks(text)]
    assert got == expected


# --- tables ---------------------------------------------------------------------------

PIPE_TABLE = """| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Rà soát hộ nghèo | Sở Lao động - Thương binh và Xã hội | UBND các huyện | Quý I/2026 |
| 2 | Cập nhật dữ liệu | Sở Tài chính | | Thường xuyên |"""

CELL_TABLE = """TT
Tên nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành
Ghi chú

(1)
(2)
(3)
(4)
(5)
1
Rà soát quy hoạch khoáng sản.
Sở Nông nghiệp và Môi trường
Các Sở, ban, ngành
Xong trong tháng 5/2026

2
Kiểm tra các mỏ.
Sở Công Thương; Sở Xây dựng
UBND các xã
Thường xuyên

"""


@pytest.mark.parametrize(("text", "expected"), [
    (PIPE_TABLE, [
        ("Rà soát hộ nghèo", ["Sở Lao động - Thương binh và Xã hội"], ["UBND các huyện"],
         "Quý I/2026"),
        ("Cập nhật dữ liệu", ["Sở Tài chính"], [], "Thường xuyên")]),
    (CELL_TABLE, [
        ("Rà soát quy hoạch khoáng sản.", ["Sở Nông nghiệp và Môi trường"],
         ["Các Sở, ban, ngành"], "Xong trong tháng 5/2026"),
        ("Kiểm tra các mỏ.", ["Sở Công Thương", "Sở Xây dựng"], ["UBND các xã"],
         "Thường xuyên")]),
], ids=["pipe-rows", "one-cell-per-line"])
def test_table_tasks(text: str, expected: list[tuple[str, list[str], list[str], str]]) -> None:
    tasks = find_tasks(text)
    got = [(t.text.text, [a.text for a in t.lead], [a.text for a in t.coordinators],
            t.deadline_text.text if t.deadline_text else None) for t in tasks]
    assert got == expected
    assert all(t.source is TaskSource.TABLE for t in tasks)


def test_table_deadlines_are_typed() -> None:
    (first, second) = find_table_tasks(normalize_text(PIPE_TABLE))
    assert first.deadline is not None
    assert first.deadline.kind is DeadlineKind.PERIOD
    assert str(first.deadline.period) == "Quý I năm 2026"
    assert second.deadline is not None
    assert second.deadline.kind is DeadlineKind.STANDING


def test_deadline_values_and_spans() -> None:
    text = "1. Sở Y tế chủ trì tổng kết, hoàn thành trước ngày 31/12/2021."
    (task,) = find_tasks(text)
    assert task.deadline is not None
    assert task.deadline.relation is DeadlineRelation.BEFORE
    assert task.deadline.date == dt.date(2021, 12, 31)
    span = task.deadline_text.span if task.deadline_text else None
    assert span is not None
    assert text[span.start:span.end] == "trước ngày 31/12/2021"
    lead = task.lead[0].span
    assert text[lead.start:lead.end] == "Sở Y tế"


def test_year_from_reference() -> None:
    (task,) = find_tasks("1. Sở Y tế báo cáo trước ngày 15/12.", reference=dt.date(2025, 3, 1))
    assert task.deadline is not None
    assert task.deadline.date == dt.date(2025, 12, 15)


def test_unparsed_deadline_keeps_the_text() -> None:
    (task,) = find_tasks("1. Sửa quy định\n- Cơ quan chủ trì: Sở Tư pháp.\n"
                         "- Thời gian thực hiện: khi Bộ ban hành hướng dẫn.")
    assert task.deadline is None
    assert task.deadline_text is not None
    assert task.deadline_text.text == "khi Bộ ban hành hướng dẫn"


# --- agency lists ---------------------------------------------------------------------

AGENCY_LISTS = {
    "Sở Nội vụ, Sở Tư pháp và các cơ quan, đơn vị liên quan tổ chức": [
        "Sở Nội vụ", "Sở Tư pháp", "các cơ quan, đơn vị liên quan"],
    "Bộ Văn hóa, Thể thao và Du lịch chủ trì": ["Bộ Văn hóa, Thể thao và Du lịch"],
    "UBND các huyện, thị xã, thành phố; các Sở": ["UBND các huyện, thị xã, thành phố"],
    "Chi nhánh Ngân hàng Chính sách xã hội tỉnh, Bảo hiểm xã hội tỉnh": [
        "Chi nhánh Ngân hàng Chính sách xã hội tỉnh", "Bảo hiểm xã hội tỉnh"],
    "Ủy ban nhân dân tỉnh và Tổ An sinh xã hội (thông qua Sở Y tế)": [
        "Ủy ban nhân dân tỉnh", "Tổ An sinh xã hội"],
    "Trung tâm Dịch vụ việc làm (Sở Nội vụ) và các cơ quan có liên quan.": [
        "Trung tâm Dịch vụ việc làm (Sở Nội vụ)", "các cơ quan có liên quan"],
    "Các Sở, Ban ngành cấp tỉnh tùy theo chức năng": ["Các Sở, Ban ngành cấp tỉnh"],
    "Sở Công Thương trình UBND tỉnh": ["Sở Công Thương"],
    "Sở Lao động – Thương binh và Xã hội là cơ quan thường trực": [
        "Sở Lao động – Thương binh và Xã hội"],
    "Các tổ chức, cá nhân tham gia hoạt động xây dựng": ["Các tổ chức, cá nhân"],
    "Ban quản lý Khu kinh tế, Ban Quản lý các Khu công nghiệp chấp thuận": [
        "Ban quản lý Khu kinh tế", "Ban Quản lý các Khu công nghiệp"],
    "Sở Xây dựng cấp giấy phép xây dựng": ["Sở Xây dựng"],
    "UBND cấp xã, Cơ quan chủ trì thẩm định": ["UBND cấp xã", "Cơ quan chủ trì"],
}


@pytest.mark.parametrize(("text", "expected"), AGENCY_LISTS.items())
def test_agency_lists(text: str, expected: list[str]) -> None:
    found = read_agencies(text)
    assert found is not None
    assert [name for name, _, _ in found.names] == expected


@pytest.mark.parametrize("text", ["Tổ chức tập huấn", "Báo cáo kết quả", "Ban hành văn bản",
                                  "Các nội dung sau", "Trường hợp cần thiết", "Số liệu"])
def test_not_agencies(text: str) -> None:
    assert not starts_agency(text)
    assert read_agencies(text) is None


# --- robustness -----------------------------------------------------------------------


@settings(max_examples=200)
@given(st.text())
def test_arbitrary_text(text: str) -> None:
    try:
        tasks = find_tasks(text)
    except VnplanError:
        return
    for task in tasks:
        assert task.text.text


@settings(max_examples=200)
@given(st.text(alphabet="Sở Y tế,vàcác chủ trì phối hợp:;()-\n1.a)Thời gian: trước ngày 15/12/2026",
               max_size=300))
def test_agency_shaped_text(text: str) -> None:
    found = read_agencies(text)
    if found is not None:
        for name, start, end in found.names:
            assert text[start:end].strip(" ,-") == name
        assert found.end <= len(text)
    find_tasks(text)
