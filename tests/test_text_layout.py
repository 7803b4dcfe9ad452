"""Stages 1-4 together: nothing lost on real documents; arbitrary input never breaks them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnplan import InputTooLarge, VnplanError
from vnplan.text.layout import Layout, read_layout
from vnplan.text.normalize import MAX_INPUT_CHARS

_WORD = re.compile(r"[^\W_]+")
_SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
_DOCUMENTS = sorted((_SHARED / "seeds").glob("*.txt")) + sorted(
    (_SHARED / "corpus" / "docs").glob("*.txt"))


def _source_words(layout: Layout) -> list[tuple[int, str]]:
    """Words of the (NFC, folded) input outside the lines set aside as layout noise."""
    text = list(layout.text.folded)
    for span in layout.text.noise_spans():
        text[span.start:span.end] = " " * (span.end - span.start)
    return [(m.start(), m.group()) for m in _WORD.finditer("".join(text))]


def _output_words(layout: Layout) -> list[tuple[int, str]]:
    """Words of every output piece, located by the piece's source spans."""
    folded = layout.text.folded
    words: list[tuple[int, str]] = []
    for where, text, spans in layout.pieces():
        located = [(span.start + m.start(), m.group())
                   for span in spans for m in _WORD.finditer(folded[span.start:span.end])]
        # the piece's text holds exactly the words found at its spans
        assert [w for _, w in located] == _WORD.findall(text), (where, text[:80])
        words.extend(located)
    return sorted(words)


@pytest.mark.skipif(not _DOCUMENTS, reason="../shared is not beside this checkout")
@pytest.mark.parametrize("path", _DOCUMENTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_nothing_lost(path: Path) -> None:
    """Words of the input minus layout noise == words of header + sections + signer +
    recipients + annex, each exactly once and in source order."""
    layout = read_layout(path.read_text("utf-8"))
    assert _output_words(layout) == _source_words(layout)


def test_noise_is_only_layout() -> None:
    layout = read_layout("Tìm kiếm\nNội dung chính.\n-----\n|\n\f   2\nLượt truy cập: 12.345")
    assert [w for _, w in _source_words(layout)] == ["Nội", "dung", "chính"]
    assert [w for _, w in _output_words(layout)] == ["Nội", "dung", "chính"]


# --- robustness -----------------------------------------------------------------------


def _run(text: str) -> None:
    try:
        layout = read_layout(text)
    except VnplanError:
        return
    _output_words(layout)  # also checks that every piece maps back to the source


@settings(max_examples=300)
@given(st.text())
def test_arbitrary_text(text: str) -> None:
    _run(text)


_HEADERISH = st.sampled_from([
    "Số: ", "/KH-UBND", "KT. ", "TM. ", "CHỦ TỊCH", "Nơi nhận:", "- Lưu: VT.", "ngày ",
    " tháng ", " năm ", "2026", "Hà Nội, ", "CỘNG HÒA XÃ HỘI", "Độc lập - Tự do - Hạnh phúc",
    "KẾ HOẠCH", "V/v ", "Kính gửi:", "I. ", "1. ", "a) ", "- ", "Điều 5. ", "Chương II",
    "PHỤ LỤC", "|", "**", "*", "_", "\n", "\n\n", "\f", "\t", "   ", "ỦY BAN NHÂN DÂN",
    "SỞ ", "BỘ ", "Ð", "В", "Nguyễn Văn An", "(Đã ký)", "...", "…", "<br>",
])


@settings(max_examples=300)
@given(st.lists(_HEADERISH, max_size=80))
def test_arbitrary_document_shaped_text(parts: list[str]) -> None:
    _run("".join(parts))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Số: 12/KH-UBND KT. CHỦ TỊCH " * 36_000, id="1MB-no-newline"),
        pytest.param(("0123456789/" * 90_910)[:1_000_000], id="1MB-digits-slashes"),
        pytest.param(("1.2.3 / 4 . 5 /" * 66_667)[:1_000_000], id="1MB-digits-dots-spaces"),
        pytest.param(("12/3/2026 " * 5 + "\n") * 20_000, id="1MB-digit-lines"),
        pytest.param("Số:      /KH-UBND\nLào Cai, ngày      tháng      năm 2026\n" * 25_000,
                     id="blank-templates-repeated"),
        pytest.param("a   " * 250_000, id="1MB-column-gaps"),
        pytest.param("| a | b |\n" * 100_000, id="1MB-pipe-table"),
        pytest.param("**x** " * 160_000, id="1MB-emphasis"),
    ],
)
def test_large_adversarial_inputs_finish(text: str) -> None:
    layout = read_layout(text)
    # one Line per input line, or more: a flattened line is split into virtual lines
    assert len(layout.text.lines) >= text.count("\n") + 1


def test_input_too_large() -> None:
    with pytest.raises(InputTooLarge):
        read_layout("x" * (MAX_INPUT_CHARS + 1))
