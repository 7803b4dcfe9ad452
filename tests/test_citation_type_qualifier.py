"""The type of a citation: the type word's name with a qualifier as printed, except a
permit's licensed activity (docs/citations.md, corpus convention)."""

from __future__ import annotations

import pytest

import vnplan


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        (
            "theo Thông báo kết luận số 12-TB/TU ngày 3/3/2023 của Ban Thường vụ",
            "Thông báo kết luận",
        ),
        ("Báo cáo thẩm tra số 164/BC-BKTNS của Ban Kinh tế - Ngân sách", "Báo cáo thẩm tra"),
        ("Kế hoạch kiểm tra số 07/KH-SYT của Sở Y tế", "Kế hoạch kiểm tra"),
        ("Giấy phép khai thác khoáng sản số 12/GP-UBND của UBND tỉnh", "Giấy phép"),
        ("Giấy phép sử dụng vật liệu nổ công nghiệp số 20541/2025/GP-TM", "Giấy phép"),
        ("QUYẾT ĐỊNH SỐ 12/QĐ-UBND NGÀY 3/3/2020", "Quyết định"),
    ],
)
def test_type_with_qualifier(text: str, doc_type: str) -> None:
    (c,) = vnplan.find_citations(text)
    assert c.doc_type == doc_type
