"""An issuer written before the number: "được Bộ X cấp Giấy phép ... số", "Quyết định
của X số ...", "Bộ X tại Tờ trình số", "... do Bộ X ban hành" (citation finder, round 2)."""

from __future__ import annotations

import pytest

import vnplan


def _issuers(text: str) -> list[tuple[str, str | None]]:
    return [(c.number, c.issuer) for c in vnplan.find_citations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Công ty được Bộ Tài nguyên và Môi trường cấp Giấy phép khai thác khoáng sản "
            "số 123/GP-BTNMT ngày 1/2/2019",
            [("123/GP-BTNMT", "Bộ Tài nguyên và Môi trường")],
        ),
        (
            "Cơ sở đã được Sở Y tế tỉnh Đồng Tháp cấp Giấy chứng nhận số 45/GCN-SYT",
            [("45/GCN-SYT", "Sở Y tế tỉnh Đồng Tháp")],
        ),
        (
            "THEO QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 1234/QĐ-TTg NGÀY 5/6/2020",
            [("1234/QĐ-TTg", "THỦ TƯỚNG CHÍNH PHỦ")],
        ),
        (
            "Căn cứ Quyết định của Ủy ban nhân dân tỉnh Lâm Đồng số 12/QĐ-UBND ngày 3/3/2020;",
            [("12/QĐ-UBND", "Ủy ban nhân dân tỉnh Lâm Đồng")],
        ),
        (
            "Bộ Tài chính tại Tờ trình số 45/TTr-BTC ngày 3/4/2024 đề nghị",
            [("45/TTr-BTC", "Bộ Tài chính")],
        ),
        (
            "Bộ Xây dựng đã có Văn bản số 1234/BXD-KTXD ngày 5/6/2023 hướng dẫn",
            [("1234/BXD-KTXD", "Bộ Xây dựng")],
        ),
        ("Thông tư số 12/2020/TT-BYT do Bộ Y tế ban hành", [("12/2020/TT-BYT", "Bộ Y tế")]),
        # "cấp" as a level, or people in general: no issuer
        ("Các cơ quan cấp Giấy phép số 5/GP-UBND", [("05/GP-UBND", None)]),
        ("UBND cấp huyện Quyết định số 5/QĐ-UBND", [("05/QĐ-UBND", None)]),
    ],
)
def test_issuer_before_number(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _issuers(text) == expected
