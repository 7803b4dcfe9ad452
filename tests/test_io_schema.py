"""The published schemas agree with the model: names, enumerations, coverage."""

from __future__ import annotations

import enum

import jsonschema
import pytest
from lxml import etree

import vnplan
from vnplan.agencies import AgencyKind, AgencyLevel
from vnplan.findings import Severity
from vnplan.io import xml as xml_io
from vnplan.model import (
    Agency,
    Business,
    Citation,
    Contact,
    Document,
    Exchange,
    Extension,
    Metric,
    Plan,
    Recipient,
    Report,
    ReportingChannel,
    ReportingRequirement,
    ReportKind,
    ResponseFor,
    Result,
    Secrecy,
    Section,
    SectionKind,
    Signer,
    Source,
    Task,
    TaskStatus,
    Trace,
    Urgency,
)

XS = "{http://www.w3.org/2001/XMLSchema}"
XSD = etree.fromstring(vnplan.xml_schema())


def test_json_schema_is_a_valid_2020_12_schema() -> None:
    schema = vnplan.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == "urn:vnplan:json-schema:document:1"
    assert vnplan.json_schema() is not vnplan.json_schema()  # callers get their own copy


@pytest.mark.parametrize(
    "name",
    ["kind", "number", "doc_type", "issuer", "parent_issuer", "place", "date", "title",
     "signer", "citations", "sections", "tasks", "reporting", "warnings"],
)
def test_integrator_names_are_top_level_json_members(name: str) -> None:
    defs = vnplan.json_schema()["$defs"]
    for kind in ("Document", "Plan", "Report"):
        assert name in defs[kind]["properties"]


def test_nested_integrator_names() -> None:
    defs = vnplan.json_schema()["$defs"]
    assert {"authority", "position", "name"} <= set(defs["Signer"]["properties"])
    assert {"number", "doc_type", "date", "issuer"} <= set(defs["Citation"]["properties"])
    assert {"lead", "coordinators", "deadline", "deadline_text"} <= set(defs["Task"]["properties"])
    assert "name" in defs["Agency"]["required"]


def test_json_schema_rejects_what_the_model_rejects() -> None:
    validator = jsonschema.Draft202012Validator(vnplan.json_schema())
    assert validator.is_valid({"kind": "plan", "tasks": [{"text": "a"}]})
    assert not validator.is_valid({"kind": "memo"})
    assert not validator.is_valid({"kind": "plan", "titel": "x"})
    assert not validator.is_valid({"kind": "plan", "number": "not a number"})
    assert not validator.is_valid({"kind": "plan", "tasks": [{"lead": []}]})
    assert not validator.is_valid({"kind": "report", "results": [
        {"metrics": [{"label": "x", "value": "1E+3"}]}]})  # decimals in plain notation


def test_descriptions_carry_no_doctest_examples() -> None:
    text = str(vnplan.json_schema())
    assert ">>>" not in text


def _enumeration(type_name: str) -> list[str]:
    simple = XSD.find(f"{XS}simpleType[@name='{type_name}']")
    assert simple is not None, type_name
    return [e.get("value") for e in simple.iter(f"{XS}enumeration")]


@pytest.mark.parametrize(
    ("type_name", "values"),
    [("AgencyKind", AgencyKind), ("AgencyLevel", AgencyLevel), ("SectionKind", SectionKind),
     ("TaskStatus", TaskStatus), ("ReportKind", ReportKind),
     ("ReportingChannel", ReportingChannel), ("Urgency", Urgency), ("Secrecy", Secrecy),
     ("Severity", Severity)],
)
def test_xsd_enumerations_match_the_model(type_name: str, values: type[enum.Enum]) -> None:
    assert _enumeration(type_name) == [v.value for v in values]


def _xsd_names(type_name: str) -> set[str]:
    complex_type = XSD.find(f"{XS}complexType[@name='{type_name}']")
    assert complex_type is not None, type_name
    names = {e.get("name") for e in complex_type.iter(f"{XS}element", f"{XS}attribute")}
    if complex_type.find(f".//{XS}attributeGroup[@ref='v:Span']") is not None:
        names |= {"start", "end"}
    return names  # type: ignore[return-value]


_SPECS = {
    "Agency": (Agency, xml_io._AGENCY),
    "Section": (Section, xml_io._SECTION),
    "Task": (Task, xml_io._TASK),
    "ReportingRequirement": (ReportingRequirement, xml_io._REPORTING),
    "Signer": (Signer, xml_io._SIGNER),
    "Recipient": (Recipient, xml_io._RECIPIENT),
    "Citation": (Citation, xml_io._CITATION),
    "Source": (Source, xml_io._SOURCE),
    "Metric": (Metric, xml_io._METRIC),
    "Result": (Result, xml_io._RESULT),
    "Contact": (Contact, xml_io._CONTACT),
    "Trace": (Trace, xml_io._TRACE),
    "Business": (Business, xml_io._BUSINESS),
    "ResponseFor": (ResponseFor, xml_io._RESPONSE_FOR),
    "Extension": (Extension, xml_io._EXTENSION),
    "Exchange": (Exchange, xml_io._EXCHANGE),
}


@pytest.mark.parametrize("type_name", sorted(_SPECS))
def test_every_model_field_has_an_xml_form_and_an_xsd_declaration(type_name: str) -> None:
    model, spec = _SPECS[type_name]
    written = set(spec.attributes) | {c.field for c in spec.children}
    if spec.span:
        written.add("span")
    assert written == set(model.model_fields)
    xml_names = set(spec.attributes) | {c.tag for c in spec.children}
    if spec.span:
        xml_names |= {"start", "end"}
    assert xml_names == _xsd_names(type_name)


@pytest.mark.parametrize(("kind", "model"), [("document", Document), ("plan", Plan),
                                             ("report", Report)])
def test_document_kinds_are_covered(kind: str, model: type[Document]) -> None:
    spec = xml_io._ROOTS[kind]
    written = set(spec.attributes) | {c.field for c in spec.children} | {"kind"}
    assert written == set(model.model_fields)
    names = _xsd_names("Document")
    if kind != "document":
        names |= _xsd_names(kind.capitalize())
    assert set(spec.attributes) | {c.tag for c in spec.children} == names
    assert XSD.find(f"{XS}element[@name='{kind}']") is not None


def test_the_xsd_is_a_valid_schema() -> None:
    schema = etree.XMLSchema(XSD)
    assert schema.validate(etree.fromstring(vnplan.to_xml(Plan())))
    assert not schema.validate(etree.fromstring(
        b'<plan xmlns="urn:vnplan:document:1" urgency="gap"/>'))
