"""Where an issuer after "của" ends when "và" follows (citation finder, round 2)."""

from __future__ import annotations

import pytest

import vnplan


def _issuers(text: str) -> list[tuple[str, str | None]]:
    return [(c.number, c.issuer) for c in vnplan.find_citations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Ban Chấp hành Trung ương "
            "Đảng khóa XIII và Chương trình hành động số 03/CTr-CP của Chính phủ",
            [("57-NQ/TW", "Ban Chấp hành Trung ương Đảng khóa XIII"), ("03/CTr-CP", "Chính phủ")],
        ),
        (
            "theo Kế hoạch số 12/KH-UBND của UBND tỉnh Hà Giang và ý kiến của Sở Tài chính",
            [("12/KH-UBND", "UBND tỉnh Hà Giang")],
        ),
        (
            "Căn cứ Công văn số 88/SNV-TCBC của Sở Nội vụ và đề nghị của Phòng Nội vụ huyện",
            [("88/SNV-TCBC", "Sở Nội vụ")],
        ),
        (
            "Thực hiện Chỉ thị số 05-CT/HU của Huyện ủy Krông Pắc và Kế hoạch số 41/KH-UBND",
            [("05-CT/HU", "Huyện ủy Krông Pắc"), ("41/KH-UBND", None)],
        ),
        (
            "Thực hiện Công văn số 1456/UBND-KT của Ủy ban nhân dân xã Tân Lập và hướng dẫn "
            "của Phòng Kinh tế",
            [("1456/UBND-KT", "Ủy ban nhân dân xã Tân Lập")],
        ),
        # "và" inside one name, or joining two bodies, stays
        (
            "theo Giấy phép số 333/GP-ATMT ngày 10/5/2024 của Cục Kỹ thuật an toàn môi "
            "trường và công nghiệp",
            [("333/GP-ATMT", "Cục Kỹ thuật an toàn môi trường và công nghiệp")],
        ),
        (
            "Căn cứ Quyết định số 210/QĐ-SKHĐT của Sở Kế hoạch và Đầu tư tỉnh Bình Định",
            [("210/QĐ-SKHĐT", "Sở Kế hoạch và Đầu tư tỉnh Bình Định")],
        ),
        (
            "Quy chế số 02/QC-UBND-MTTQ giữa Ủy ban nhân dân huyện và Ủy ban Mặt trận Tổ quốc "
            "Việt Nam huyện",
            [
                (
                    "02/QC-UBND-MTTQ",
                    "Ủy ban nhân dân huyện và Ủy ban Mặt trận Tổ quốc Việt Nam huyện",
                )
            ],
        ),
    ],
)
def test_issuer_stops_before_and_clause(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _issuers(text) == expected
