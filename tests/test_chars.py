from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from vnplan.chars import DASHES, SLASHES, fold_lookalikes, normalize, to_nfc


def test_every_dash_and_slash_folds() -> None:
    assert fold_lookalikes(DASHES) == "-" * len(DASHES)
    assert fold_lookalikes(SLASHES) == "/" * len(SLASHES)


def test_eth_and_cyrillic_fold_to_vietnamese_and_latin() -> None:
    assert fold_lookalikes("QÐ-UBND") == "QĐ-UBND"
    assert fold_lookalikes("ВСТ-ВТС") == "BCT-BTC"  # Cyrillic, as in OCR of a scan
    assert fold_lookalikes("Đ đ Ư ư") == "Đ đ Ư ư"  # real Vietnamese letters untouched


def test_full_width_digits() -> None:
    assert fold_lookalikes("８００／ＫＨ") == "800/KH"


def test_nfd_input_composes() -> None:
    nfd = unicodedata.normalize("NFD", "Kế hoạch số 800/KH-UBND")
    assert nfd != "Kế hoạch số 800/KH-UBND"
    assert to_nfc(nfd) == "Kế hoạch số 800/KH-UBND"
    assert normalize(nfd) == "Kế hoạch số 800/KH-UBND"


@given(st.text())
def test_fold_preserves_length(text: str) -> None:
    assert len(fold_lookalikes(text)) == len(text)


@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
