"""Every public entry point that reads text: a value or a VnplanError, nothing else.

Module test files fuzz their own parsers in depth; this file is the cross-cutting net
over the whole public surface, so a new entry point that leaks IndexError, KeyError,
TypeError or a bare ValueError is caught wherever it comes from.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnplan
import vnplan.text

# Text that looks like the material: Vietnamese letters, digits, the separators of numbers
# and dates, header words, layout noise, look-alikes and odd code points.
_PIECES = [
    "Số:", "số", "/", "-", "–", ".", ",", ":", ";", "(", ")", "|", "*", "**", "\n", " ", "\t",
    "ngày", "tháng", "năm", "Quý", "IV", "6 tháng đầu năm", "giai đoạn", "hằng tháng",
    "trước ngày", "chậm nhất", "ngày làm việc", "KH", "QĐ", "UBND", "TTg", "NQ", "TU", "QH15",
    "Ð", "ВСТ", "Kế hoạch", "Quyết định số", "của", "TM.", "KT.", "T/M", "CHỦ TỊCH",
    "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Nơi nhận:", "V/v", "…", "......",
    "%", "tỷ đồng", "1.080", "13,302", "2021", "31", "12", "0", "00", "9999999999", "\f",
    "\x00", "\ud7ff", "\u0301", "G22", "000.00.00.", "<", ">", "&", "{", "}", '"',
]  # fmt: skip
texts = st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
    st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=3)), max_size=20).map("".join),
)

def _as_bytes(text: object) -> object:
    return text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text


# (name, callable taking one string). Finders are drained so lazy errors surface.
_ENTRY_POINTS: list[tuple[str, Callable[[str], Any]]] = [
    ("DocumentNumber.parse", vnplan.DocumentNumber.parse),
    ("DocumentNumber.parse strict", lambda t: vnplan.DocumentNumber.parse(t, strict=True)),
    ("DocumentNumber.is_valid", vnplan.DocumentNumber.is_valid),
    ("DocumentNumber.check", vnplan.DocumentNumber.check),
    ("find_document_numbers", lambda t: list(vnplan.find_document_numbers(t))),
    ("DocumentType.from_abbreviation", vnplan.DocumentType.from_abbreviation),
    ("DocumentType.from_name", vnplan.DocumentType.from_name),
    ("parse_date", vnplan.parse_date),
    ("parse_date default_year", lambda t: vnplan.parse_date(t, default_year=2021)),
    ("parse_place_date", vnplan.parse_place_date),
    ("parse_place_date_parts", vnplan.parse_place_date_parts),
    ("find_dates", lambda t: list(vnplan.find_dates(t, default_year=2021))),
    ("Period.parse", vnplan.Period.parse),
    ("Period.parse default_year", lambda t: vnplan.Period.parse(t, default_year=2021)),
    ("find_periods", lambda t: list(vnplan.find_periods(t))),
    ("parse_number", vnplan.parse_number),
    ("parse_number en", lambda t: vnplan.parse_number(t, locale="en")),
    ("parse_amount", vnplan.parse_amount),
    ("find_amounts", lambda t: list(vnplan.find_amounts(t))),
    ("Deadline.parse", vnplan.Deadline.parse),
    ("find_deadlines", lambda t: list(vnplan.find_deadlines(t))),
    ("ReportingCycle.parse", vnplan.ReportingCycle.parse),
    ("parse_cycles", vnplan.parse_cycles),
    ("OrganId.parse", vnplan.OrganId.parse),
    ("AuthorityStep.parse", vnplan.AuthorityStep.parse),
    ("parse_authority", vnplan.parse_authority),
    ("Agency.from_name", vnplan.Agency.from_name),
    ("agency_key", vnplan.agency_key),
    ("classify_agency", vnplan.classify_agency),
    ("abbreviation_of", vnplan.abbreviation_of),
    ("read_overrides", vnplan.read_overrides),
    ("from_json", vnplan.from_json),
    ("from_xml", lambda t: vnplan.from_xml(_as_bytes(t))),
    ("from_edxml", lambda t: vnplan.from_edxml(_as_bytes(t))),
    ("from_edxml text", vnplan.from_edxml),
    ("normalize_text", vnplan.normalize_text),
    ("read_layout", vnplan.read_layout),
    ("parse_document", vnplan.parse_document),
    ("parse_document strict", lambda t: vnplan.parse_document(t, strict=True)),
    ("text.find_tasks", vnplan.text.find_tasks),
    ("text.find_reporting", vnplan.text.find_reporting),
    ("text.find_results", vnplan.text.find_results),
    ("text.find_report_period", lambda t: vnplan.text.find_report_period([t])),
    ("find_citations", vnplan.find_citations),
    ("find_citations unique", lambda t: vnplan.find_citations(t, unique=True, default_year=2021)),
]


@pytest.mark.parametrize(("name", "entry"), _ENTRY_POINTS, ids=[n for n, _ in _ENTRY_POINTS])
@given(text=texts)
def test_value_or_vnplan_error(name: str, entry: Callable[[str], Any], text: str) -> None:
    with contextlib.suppress(vnplan.VnplanError):
        entry(text)


@pytest.mark.parametrize(("name", "entry"), _ENTRY_POINTS, ids=[n for n, _ in _ENTRY_POINTS])
@pytest.mark.parametrize("value", [None, 5, 2.5, b"800/KH-UBND", ["800/KH-UBND"]])
def test_wrong_types_answer_or_raise_type_or_vnplan_error(
    name: str, entry: Callable[[str], Any], value: object
) -> None:
    # A non-string argument is a programming error, not bad input: an answer (is_valid
    # says False) or TypeError / VnplanError is right; AttributeError from deep inside is not.
    with contextlib.suppress(vnplan.VnplanError, TypeError):
        entry(value)
