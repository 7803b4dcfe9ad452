"""Fuzzing the readers: arbitrary input gives a document or a VnplanError, never anything else."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

import vnplan
from vnplan.errors import VnplanError
from vnplan.io import xml as xml_io

NS = "urn:vnplan:document:1"

_FIELD_NAMES = sorted(
    {name for m in (vnplan.Plan, vnplan.Report, vnplan.Task, vnplan.Agency, vnplan.Section,
                    vnplan.Signer, vnplan.Citation, vnplan.Metric, vnplan.Result,
                    vnplan.ReportingRequirement, vnplan.Recipient, vnplan.Span)
     for name in m.model_fields}
)
_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=True),
    st.text(max_size=20), st.sampled_from(["plan", "report", "document", "800/KH-UBND",
                                           "2021-12-23", "KT. CHỦ TỊCH", "1E+3", "NaN"]),
)
_JSON = st.recursive(
    _SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.sampled_from(_FIELD_NAMES), children, max_size=6),
    ),
    max_leaves=30,
)


def _read_json(text: str | bytes) -> None:
    try:
        doc = vnplan.from_json(text)
    except VnplanError:
        return
    assert vnplan.from_json(vnplan.to_json(doc)) == doc


def _read_xml(data: str | bytes) -> None:
    try:
        doc = vnplan.from_xml(data)
    except VnplanError:
        return
    assert vnplan.from_xml(vnplan.to_xml(doc)) == doc


@given(st.text(max_size=200))
def test_from_json_arbitrary_text(text: str) -> None:
    _read_json(text)


@given(st.binary(max_size=200))
def test_from_json_arbitrary_bytes(data: bytes) -> None:
    _read_json(data)


@settings(max_examples=300)
@given(st.dictionaries(st.sampled_from(_FIELD_NAMES), _JSON, max_size=8),
       st.sampled_from(["plan", "report", "document"]))
def test_from_json_document_shaped_values(members: dict[str, object], kind: str) -> None:
    _read_json(json.dumps({**members, "kind": kind}, allow_nan=True))


@given(st.binary(max_size=200))
def test_from_xml_arbitrary_bytes(data: bytes) -> None:
    _read_xml(data)


@given(st.text(max_size=200))
def test_from_xml_arbitrary_text(text: str) -> None:
    _read_xml(f"<plan xmlns='{NS}'>{text}</plan>")


_TAGS = sorted({c.tag for spec in (xml_io._AGENCY, xml_io._SECTION, xml_io._TASK,
                                   xml_io._REPORTING, xml_io._SIGNER, xml_io._CITATION,
                                   xml_io._METRIC, xml_io._RESULT, xml_io._ROOTS["report"],
                                   xml_io._ROOTS["plan"]) for c in spec.children})
_ATTRIBUTES = sorted({a for spec in (xml_io._AGENCY, xml_io._SECTION, xml_io._TASK,
                                     xml_io._CITATION, xml_io._METRIC, xml_io._RECIPIENT,
                                     xml_io._ROOTS["report"], xml_io._WARNING)
                      for a in spec.attributes} | {"start", "end", "field"})
_VALUES = st.one_of(st.text(max_size=12), st.sampled_from(
    ["", "0", "-1", "5", "true", "2021-12-23", "800/KH-UBND", "normal", "roman", "H37.02",
     "1.5", "x"]))


@st.composite
def _elements(draw: st.DrawFn, depth: int = 3) -> etree._Element:
    element = etree.Element(f"{{{NS}}}{draw(st.sampled_from(_TAGS))}")
    for name in draw(st.lists(st.sampled_from(_ATTRIBUTES), max_size=3, unique=True)):
        element.set(name, _xml_safe(draw(_VALUES)))
    if depth and draw(st.booleans()):
        for child in draw(st.lists(_elements(depth - 1), max_size=3)):
            element.append(child)
    elif draw(st.booleans()):
        element.text = _xml_safe(draw(st.text(max_size=15)))
    return element


def _xml_safe(text: str) -> str:
    return "".join(c for c in text if c in "\t\n\r" or (c >= " " and c not in "\ufffe\uffff"
                                                         and not "\ud800" <= c <= "\udfff"))


@settings(max_examples=300)
@given(st.sampled_from(["plan", "report", "document"]), st.lists(_elements(), max_size=5),
       st.lists(st.sampled_from(_ATTRIBUTES), max_size=3, unique=True), _VALUES)
def test_from_xml_vocabulary_shaped_trees(
    kind: str, children: list[etree._Element], attributes: list[str], value: str
) -> None:
    root = etree.Element(f"{{{NS}}}{kind}", nsmap={None: NS})  # type: ignore[dict-item]
    for name in attributes:
        root.set(name, _xml_safe(value))
    for child in children:
        root.append(child)
    _read_xml(etree.tostring(root))
