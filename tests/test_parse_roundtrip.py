"""Every parsed seed and corpus document: JSON and XML round trips are identities, the
output is valid against the shipped JSON Schema and XSD; arbitrary text gives a document
or a VnplanError, never anything else; large adversarial inputs finish."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

import vnplan
from vnplan import VnplanError, parse_document

_SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
_DOCUMENTS = sorted((_SHARED / "seeds").glob("*.txt")) + sorted(
    (_SHARED / "corpus" / "docs").glob("*.txt"))


@pytest.fixture(scope="module")
def json_validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(vnplan.json_schema())


@pytest.fixture(scope="module")
def xsd() -> etree.XMLSchema:
    return etree.XMLSchema(etree.fromstring(vnplan.xml_schema()))


@pytest.mark.skipif(not _DOCUMENTS, reason="../shared is not beside this checkout")
@pytest.mark.parametrize("path", _DOCUMENTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_round_trips_and_schemas(path: Path, json_validator: jsonschema.Draft202012Validator,
                                 xsd: etree.XMLSchema) -> None:
    doc = parse_document(path.read_text("utf-8"), source=path.name)
    text = vnplan.to_json(doc)
    json_validator.validate(json.loads(text))
    assert vnplan.from_json(text) == doc
    xml = vnplan.to_xml(doc)
    assert xsd.validate(etree.fromstring(xml)), xsd.error_log
    assert vnplan.from_xml(xml) == doc


# --- robustness -----------------------------------------------------------------------


def _parse(text: str) -> None:
    try:
        doc = parse_document(text)
    except VnplanError:
        return
    assert vnplan.from_json(vnplan.to_json(doc)) == doc


@settings(max_examples=300)
@given(st.text())
def test_arbitrary_text(text: str) -> None:
    _parse(text)


_PIECES = st.sampled_from([
    "Số: ", "/KH-UBND", "KT. ", "TM. ", "CHỦ TỊCH", "Nơi nhận:", "- Lưu: VT.", "ngày ",
    " tháng ", " năm ", "2026", "Hà Nội, ", "CỘNG HÒA XÃ HỘI", "Độc lập - Tự do - Hạnh phúc",
    "KẾ HOẠCH", "BÁO CÁO", "V/v ", "Kính gửi:", "I. ", "1. ", "2.1. ", "a) ", "- ", "+ ",
    "Điều 5. ", "Chương II", "PHỤ LỤC", "|", "**", "\n", "\n\n", "\f", "\t", "   ", "\x00",
    "ỦY BAN NHÂN DÂN", "Sở Y tế", "Sở Tài chính chủ trì, phối hợp với ", "các sở, ngành",
    "Chủ trì thực hiện: ", "Cơ quan phối hợp: ", "Thời gian hoàn thành: ", "Nhiệm vụ: ",
    "trước ngày 15/12/2026", "Quý I/2026", "Thường xuyên", "hằng tháng", "báo cáo ",
    "định kỳ ", "về UBND tỉnh", "Giao ", "Đề nghị ", "TT", "Nội dung", "Cơ quan chủ trì",
    "1.080 văn bản", "13,302 tỷ đồng", "đạt 52% kế hoạch", "Quý I năm 2020", "(", ")", ":",
    "Nguyễn Văn An", "(Đã ký)", "...", "…", "<br>", "Ð", "В", "\u0301", "\ud800",
])


@settings(max_examples=300)
@given(st.lists(_PIECES, max_size=80))
def test_arbitrary_document_shaped_text(parts: list[str]) -> None:
    _parse("".join(parts))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Số: 12/KH-UBND KT. CHỦ TỊCH " * 36_000, id="1MB-no-newline"),
        pytest.param(("0123456789/" * 90_910)[:1_000_000], id="1MB-digits-slashes"),
        pytest.param(("1.2.3 / 4 . 5 /" * 66_667)[:1_000_000], id="1MB-digits-dots-spaces"),
        pytest.param("Số:      /KH-UBND\nLào Cai, ngày      tháng      năm 2026\nKẾ HOẠCH\n"
                     * 18_000, id="blank-templates-repeated"),
        pytest.param("- Sở Y tế chủ trì, phối hợp với các sở, ngành báo cáo về UBND tỉnh "
                     "trước ngày 15 hằng tháng.\n" * 9_000, id="1MB-task-lines"),
        pytest.param("Sở " * 330_000, id="1MB-agency-heads"),
        pytest.param("báo cáo " * 125_000, id="1MB-report-words"),
        pytest.param("1 người " * 125_000, id="1MB-figures"),
        pytest.param("TT\nNội dung\nCơ quan chủ trì\nThời gian\n" + "1\nx\ny\nz\n" * 60_000,
                     id="long-cell-table"),
    ],
)
def test_large_adversarial_inputs_finish(text: str) -> None:
    doc = parse_document(text)
    assert doc.kind in ("document", "plan", "report")
