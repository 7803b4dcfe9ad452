"""Round trips: model -> JSON -> model and model -> XML -> model are identities, and every
output is valid against the published schemas."""

from __future__ import annotations

import json
import unicodedata

import jsonschema
from hypothesis import given, settings
from lxml import etree

import vnplan
from strategies import VIETNAMESE_LETTERS, deep_sections, documents, texts
from vnplan.model import Document, Plan, Section

_JSON_VALIDATOR = jsonschema.Draft202012Validator(vnplan.json_schema())
_XSD = etree.XMLSchema(etree.fromstring(vnplan.xml_schema()))


@settings(max_examples=100)
@given(documents())
def test_json_round_trip_is_identity_and_schema_valid(doc: Document) -> None:
    text = vnplan.to_json(doc)
    back = vnplan.from_json(text)
    assert type(back) is type(doc)
    assert back == doc
    _JSON_VALIDATOR.validate(json.loads(text))


@settings(max_examples=100)
@given(documents())
def test_xml_round_trip_is_identity_and_xsd_valid(doc: Document) -> None:
    data = vnplan.to_xml(doc)
    back = vnplan.from_xml(data)
    assert type(back) is type(doc)
    assert back == doc
    assert _XSD.validate(etree.fromstring(data)), _XSD.error_log


@settings(max_examples=30)
@given(documents())
def test_pretty_forms_round_trip(doc: Document) -> None:
    assert vnplan.from_json(vnplan.to_json(doc, indent=2)) == doc
    assert vnplan.from_xml(vnplan.to_xml(doc, pretty_print=True)) == doc
    assert vnplan.from_xml(vnplan.to_xml(doc).decode("utf-8")) == doc


@settings(max_examples=20)
@given(deep_sections())
def test_deepest_allowed_trees_round_trip(section: Section) -> None:
    plan = Plan(sections=[section])
    assert vnplan.from_json(vnplan.to_json(plan)) == plan
    assert vnplan.from_xml(vnplan.to_xml(plan)) == plan


@given(texts(max_size=40))
def test_text_is_stored_nfc_and_survives_both_formats(text: str) -> None:
    plan = Plan(title=text, legal_bases=[text])
    assert plan.title == unicodedata.normalize("NFC", text)
    for back in (vnplan.from_json(vnplan.to_json(plan)), vnplan.from_xml(vnplan.to_xml(plan))):
        assert back.title == plan.title
        assert back.legal_bases == [plan.title]


def test_every_vietnamese_letter_survives() -> None:
    letters = "".join(VIETNAMESE_LETTERS)
    assert len(VIETNAMESE_LETTERS) == 24 * 6 + 2  # 12 vowels x 2 cases x 6 tones, đ, Đ
    nfd = unicodedata.normalize("NFD", letters)
    plan = Plan(title=nfd, sections=[Section(label="a)", paragraphs=[letters, nfd])])
    assert plan.title == letters
    for back in (vnplan.from_json(vnplan.to_json(plan)), vnplan.from_xml(vnplan.to_xml(plan))):
        assert back.title == letters
        assert back.sections[0].paragraphs == [letters, letters]
