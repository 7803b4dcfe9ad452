"""Nothing lost: the words of the input are the words of the parsed Document.

For every seed and corpus document, the words of the input (NFC, look-alikes folded),
minus the lines set aside as layout noise (rules, table borders, page numbers, web
chrome), equal the words of the final :class:`vnplan.Document`:

- as a multiset: header values (issuers, number as printed, place, date as printed,
  title), signers, recipients and every label, title and paragraph of the section tree;
  plus the fixed formulas the model records only in ``provenance`` (Quốc hiệu, Tiêu
  ngữ, Party name, the "Số:", "Kính gửi:" and "Nơi nhận:" labels, the type-name line
  and urgency/secrecy marks), each of which must have its provenance entry;
- in order: the words of the section tree, walked depth first, are a subsequence of
  the input's words (the header and closing values sit between them).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from vnplan import Document, parse_document
from vnplan.text import read_layout
from vnplan.text.layout import Layout
from vnplan.text.letters import base_letters
from vnplan.text.ocr_words import ocr_fold

_WORD = re.compile(r"[^\W_]+")
_SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
_DOCUMENTS = sorted((_SHARED / "seeds").glob("*.txt")) + sorted(
    (_SHARED / "corpus" / "docs").glob("*.txt"))
_BUNDLED = Path(__file__).resolve().parent.parent / "examples" / "data"


def _input_words(layout: Layout) -> list[str]:
    text = list(layout.text.folded)
    for span in layout.text.noise_spans():
        text[span.start:span.end] = " " * (span.end - span.start)
    return _WORD.findall("".join(text))


def _formula_words(layout: Layout, doc: Document) -> list[str]:
    """Words of the fixed formulas, checking each has its provenance entry."""
    header = layout.header
    words: list[str] = []
    for name, key in (("national_name", "national_name"), ("motto", "motto"),
                      ("party_name", "party_name"), ("number_label", "number_label"),
                      ("addressee_label", "addressee_label"), ("type_name", "doc_type"),
                      ("urgency", "urgency"), ("secrecy", "secrecy")):
        field = getattr(header, name)
        if field is not None and field.text:
            assert key in doc.provenance, key
            words.extend(_WORD.findall(field.text))
    closing = layout.closing
    if closing is not None and closing.recipients is not None:
        assert "recipients_label" in doc.provenance
        words.extend(_WORD.findall(closing.recipients.label.text))
    return words


def _section_words(doc: Document) -> Iterator[str]:
    for section in doc.iter_sections():
        for text in (section.label, section.title, *section.paragraphs):
            if text:
                yield from _WORD.findall(text)


def _agency_words(doc: Document) -> Iterator[str]:
    for agency in (doc.issuer, doc.parent_issuer, *doc.co_issuers):
        if agency is not None:
            yield from _WORD.findall(agency.name)


def _ocr_key(word: str) -> str:
    return base_letters(ocr_fold(word)).upper()


def _match_repaired(missing: Counter[str], extra: Counter[str], doc: Document) -> None:
    """Pair issuer words repaired from OCR damage with their printed words.

    A repair changes diacritics and OCR letters only ("DÃN" → "DÂN", "HỘl" → "HỘI"),
    and the document must say so with a ``parse.ocr-words`` warning.
    """
    agency_words = set(_agency_words(doc))
    for word in [w for w in extra if w in agency_words]:
        while extra[word] > 0:
            printed = next((m for m in missing if missing[m] > 0
                            and _ocr_key(m) == _ocr_key(word)), None)
            if printed is None:
                break
            assert any(w.rule == "parse.ocr-words" for w in doc.warnings), (printed, word)
            missing[printed] -= 1
            extra[word] -= 1
    missing += Counter()
    extra += Counter()


def _value_words(doc: Document) -> Iterator[str]:
    yield from _agency_words(doc)
    for text in (doc.number_text, doc.place, doc.date_text, doc.title):
        if text:
            yield from _WORD.findall(text)
    for signer in (doc.signer, *doc.co_signers):
        if signer is None:
            continue
        for text in (signer.authority, signer.position, signer.name):
            if text:
                yield from _WORD.findall(text)
    for recipient in doc.recipients:
        yield from _WORD.findall(recipient.name)
        if recipient.note:
            yield from _WORD.findall(recipient.note)


def _is_subsequence(needle: list[str], haystack: list[str]) -> int:
    """Length of the longest prefix of ``needle`` found in order in ``haystack``."""
    k = 0
    for word in haystack:
        if k < len(needle) and needle[k] == word:
            k += 1
    return k


def _check(text: str) -> None:
    layout = read_layout(text)
    doc = parse_document(text)
    expected = Counter(_input_words(layout))
    got = Counter(_value_words(doc)) + Counter(_section_words(doc)) + Counter(
        _formula_words(layout, doc))
    missing, extra = expected - got, got - expected
    _match_repaired(missing, extra, doc)
    assert not missing, dict(list(missing.items())[:10])
    assert not extra, dict(list(extra.items())[:10])
    body = list(_section_words(doc))
    found = _is_subsequence(body, _input_words(layout))
    assert found == len(body), f"section words out of order from {body[found:found + 8]}"


@pytest.mark.skipif(not _DOCUMENTS, reason="../shared is not beside this checkout")
@pytest.mark.parametrize("path", _DOCUMENTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_nothing_lost_real_documents(path: Path) -> None:
    _check(path.read_text("utf-8"))


def test_nothing_lost_bundled_plan() -> None:
    _check((_BUNDLED / "800-KH-UBND-an-giang-2021.txt").read_text("utf-8"))


@pytest.mark.parametrize("text", [
    "",
    "Nội dung không có tiêu đề.",
    "Số: /KH-UBND\nHà Nội, ngày   tháng 6 năm 2026\nKẾ HOẠCH\nDự thảo\n- a\nđoạn sau\n",
    "BỘ Y TẾ\n\fSố: 12/QĐ-BYT\nHà Nội, ngày 05/3/2024\nQUYẾT ĐỊNH\nVề việc X\nĐiều 1. Y\x00z",
    "1. Mục\n- gạch đầu dòng\nđoạn văn sau gạch đầu dòng\n2. Mục hai\n",
    # a saved web page: chrome, Markdown headings and escapes, running heads, a signer
    "Trang chủ > Văn bản > Kế hoạch\nĐăng nhập | Đăng ký\n# ỦY BAN NHÂN DÂN TỈNH X\n"
    "Số: 12/KH-UBND\n## KẾ HOẠCH\nVề việc Y\n1\\. Mục tiêu\n\fKế hoạch số 12/KH-UBND\n"
    "\\- nội dung;\n\fKế hoạch số 12/KH-UBND\n- 3 -\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    "TM.\nỦY BAN NHÂN DÂN\nCHỦ TỊCH\nSỞ\nNGUYỄN VĂN AN\nTải về\nVăn bản liên quan\n",
])
def test_nothing_lost_small_cases(text: str) -> None:
    _check(text)
