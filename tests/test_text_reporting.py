"""The reporting and report-figures stages, table-driven, plus fuzz.

Expectations were written from the sentences (Decree 09/2019 reporting clauses in the
forms plans use), not by running the code.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnplan import Frequency, VnplanError
from vnplan.text import find_report_period, find_reporting, find_results

# text -> (reporters, recipients, cycle or None, due text or None)
REPORTING: dict[str, tuple[list[str], list[str], str | None, str | None]] = {
    "Cơ quan chủ trì báo cáo định kỳ hàng tháng (trước ngày 15 hàng tháng), kết quả thực "
    "hiện về Ủy ban nhân dân tỉnh và Tổ An sinh xã hội.": (
        ["Cơ quan chủ trì"], ["Ủy ban nhân dân tỉnh", "Tổ An sinh xã hội"],
        "hằng tháng, trước ngày 15", "trước ngày 15 hàng tháng"),
    "Các Sở, ngành báo cáo 6 tháng, hằng năm về Sở Nội vụ.": (
        ["Các Sở, ngành"], ["Sở Nội vụ"], "6 tháng", None),
    "UBND các xã báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2025.": (
        ["UBND các xã"], ["Sở Nội vụ"], None, "trước ngày 15/12/2025"),
    "Sở Tư pháp tham mưu sơ kết và định kỳ báo cáo UBND tỉnh theo quy định.": (
        ["Sở Tư pháp"], ["UBND tỉnh"], None, None),
    "- Tổ chức đánh giá kết quả; báo cáo UBND tỉnh trước ngày 15/12/2026.": (
        [], ["UBND tỉnh"], None, "trước ngày 15/12/2026"),
}


@pytest.mark.parametrize(("text", "expected"), REPORTING.items())
def test_reporting(text: str, expected: tuple[list[str], list[str], str | None, str | None]
                   ) -> None:
    (item,) = find_reporting(text)
    got = ([a.text for a in item.reporters], [a.text for a in item.recipients],
           str(item.cycle) if item.cycle else None,
           item.due_text.text if item.due_text else None)
    assert got == expected


@pytest.mark.parametrize("text", [
    "Thực hiện Báo cáo số 12/BC-UBND ngày 05/3/2025 của UBND tỉnh.",
    "Sở Y tế đã báo cáo UBND tỉnh tình hình dịch bệnh.",
    "Trên đây là báo cáo kết quả thực hiện Kế hoạch năm 2025.",
    "Lập Báo cáo nghiên cứu khả thi đầu tư xây dựng.",
    "BÁO CÁO TÌNH HÌNH THỰC HIỆN CÁC QUY ĐỊNH PHÁP LUẬT",
])
def test_not_a_reporting_obligation(text: str) -> None:
    assert find_reporting(text) == []


def test_two_cycles_in_one_clause() -> None:
    (item,) = find_reporting("Sở Công Thương báo cáo định kỳ 6 tháng và cả năm, trước ngày 20 "
                             "tháng 6 và trước ngày 20 tháng 12 hằng năm, gửi Bộ Công Thương.")
    assert [c.frequency for c in item.cycles] == [Frequency.HALF_YEARLY, Frequency.YEARLY]
    assert [c.day for c in item.cycles] == [20, 20]
    assert [a.text for a in item.recipients] == ["Bộ Công Thương"]


def test_ad_hoc_and_heading_context() -> None:
    items = find_reporting("3. UBND các xã, phường:\n- Cập nhật tình hình; báo cáo ngay để "
                           "điều chỉnh phương án.")
    (item,) = items
    assert item.ad_hoc
    assert item.cycle is None
    assert [a.text for a in item.reporters] == ["UBND các xã, phường"]


def test_due_with_reference_year() -> None:
    (item,) = find_reporting("Các đơn vị báo cáo về Sở trước ngày 10/12.",
                             reference=dt.date(2026, 1, 5))
    assert item.due is not None
    assert item.due.date == dt.date(2026, 12, 10)


def test_quarterly_and_yearly_cycles() -> None:
    (item,) = find_reporting("Ban Quản lý tổng hợp, báo cáo theo định kỳ hàng quý (trước ngày "
                             "20 của tháng cuối quý), hàng năm hoặc đột xuất gửi Sở Xây dựng.")
    assert item.cycle is not None
    assert item.cycle.frequency is Frequency.QUARTERLY
    assert [a.text for a in item.recipients] == ["Sở Xây dựng"]


# --- report figures and periods --------------------------------------------------------

RESULTS: dict[str, list[tuple[str, str, str | None, str | None, str | None]]] = {
    "Ban hành 1.080 văn bản chỉ đạo, hướng dẫn.": [("Ban hành", "1080", "văn bản", None, None)],
    "Giải quyết chế độ bảo hiểm thất nghiệp cho 864 người với tổng số tiền 13,302 tỷ đồng.": [
        ("Giải quyết chế độ bảo hiểm thất nghiệp", "864", "người", None, None),
        ("tổng số tiền", "13.302", "tỷ đồng", None, None)],
    "Giải quyết việc làm cho 2.607 lao động, đạt 52% kế hoạch năm.": [
        ("Giải quyết việc làm", "2607", "lao động", "52", "kế hoạch năm")],
    "Số lượt người đến tư vấn: 8.597 lượt người.": [
        ("Số lượt người đến tư vấn", "8597", "lượt người", None, None)],
    # nothing before the figure but "trong đó có": the words after it say what it counts
    # (the unit "người" is the metric's unit, not part of its label)
    "Trong đó có 176 người đi làm việc ở nước ngoài.": [
        ("đi làm việc ở nước ngoài", "176", "người", None, None)],
    "Kế hoạch số 12/KH-UBND ngày 05/3/2020 năm 2020 không có số liệu.": [],
}


@pytest.mark.parametrize(("text", "expected"), RESULTS.items())
def test_results(text: str, expected: list[tuple[str, str, str | None, str | None, str | None]]
                 ) -> None:
    got = [(m.label.text, str(m.value), m.unit, str(m.ratio) if m.ratio is not None else None,
            m.ratio_basis.text if m.ratio_basis else None)
           for r in find_results(text) for m in r.metrics]
    assert got == expected


@pytest.mark.parametrize(("texts", "expected"), [
    (["BÁO CÁO KẾT QUẢ CÔNG TÁC QUÝ I NĂM 2020"], "Quý I năm 2020"),
    (["Kết quả 6 tháng đầu năm 2023 và phương hướng 6 tháng cuối năm"], "6 tháng đầu năm 2023"),
    (["Tình hình Quý I và nhiệm vụ Quý II năm 2020"], "Quý I năm 2020"),
    (["không có kỳ", "Báo cáo năm 2025"], "năm 2025"),
    (["không có kỳ báo cáo"], None),
])
def test_report_period(texts: list[str], expected: str | None) -> None:
    period, _ = find_report_period(texts)
    assert (str(period) if period else None) == expected


def test_metric_values_are_exact_decimals() -> None:
    (result,) = find_results("Tổng kinh phí 13,302 tỷ đồng.")
    assert result.metrics[0].value == Decimal("13.302")


@settings(max_examples=200)
@given(st.text())
def test_arbitrary_text(text: str) -> None:
    try:
        find_reporting(text)
        find_results(text)
        find_report_period([text])
    except VnplanError:
        pass


@settings(max_examples=200)
@given(st.text(alphabet="báo cáo định kỳ hằng tháng về Sở UBND trước ngày 15/12/2025;.,()"
                        "1.080 người tỷ đồng đạt 52% kế hoạch Quý I năm 2020\n", max_size=300))
def test_reporting_shaped_text(text: str) -> None:
    for item in find_reporting(text):
        assert item.text.text
    for result in find_results(text):
        assert result.metrics
