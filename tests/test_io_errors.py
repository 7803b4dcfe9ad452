"""Error reporting of the JSON and XML readers: what was expected, and where."""

from __future__ import annotations

import pytest

import vnplan
from vnplan.errors import InputTooLarge, InvalidFormat, ValidationError, VnplanError

NS = "urn:vnplan:document:1"


# -- JSON ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ('{"kind": "plan",\n "title": }', 2, 11),  # the "}" where a value belongs
        ('{"kind": "plan"}\nx', 2, 1),  # trailing garbage
        ('{"kind":"plan","title":"Kế hoạch",}', 1, 35),  # columns count characters
        ("", 1, 1),
        ('{"kind": "plan", "title": "Kế hoạch" ', 1, 37),  # EOF after the last character
        ('{\n\n  "kind" "plan"}', 3, 10),  # missing colon
    ],
)
def test_bad_json_is_a_parse_error_with_line_and_column(text: str, line: int, column: int) -> None:
    with pytest.raises(InvalidFormat) as info:
        vnplan.from_json(text)
    assert (info.value.line, info.value.column) == (line, column)
    assert str(info.value).startswith("expected JSON text")


@pytest.mark.parametrize(
    ("text", "rule", "field"),
    [
        ('{"kind": "plan", "tasks": [{"text": "a", "lead": [{}]}]}', "json.missing",
         "tasks[0].lead[0].name"),
        ('{"kind": "plan", "tasks": [{"text": "a"}, {"lead": []}]}', "json.missing",
         "tasks[1].text"),
        ('{"kind": "plan", "date": "2021-02-30"}', "json.date_from_datetime_parsing", "date"),
        ('{"kind": "report", "results": [{"metrics": [{"label": "x", "value": "NaN"}]}]}',
         "json.finite_number", "results[0].metrics[0].value"),
        ('{"kind": "document", "urgency": "khẩn"}', "json.enum", "urgency"),
        ('{"kind": "document", "titel": "x"}', "json.extra_forbidden", "titel"),
        ('{"kind": "document", "title": "a\\fb"}', "json.value_error", "title"),
        ('{"kind": "document", "issuer": {"name": "A", "organ_id": "H37..1"}}',
         "json.value_error", "issuer.organ_id"),
        ('{"kind": "document", "sections": [{"span": {"start": 5, "end": 1}}]}',
         "json.value_error", "sections[0].span"),
        ('{"kind": "memo"}', "json.union_tag_invalid", "(document)"),
        ('{"title": "x"}', "json.union_tag_not_found", "(document)"),
        ("[]", "json.dict_type", "(document)"),
    ],
)
def test_schema_violations_name_the_field_path(text: str, rule: str, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        vnplan.from_json(text)
    found = info.value.findings[0]
    assert (found.rule, found.field) == (rule, field)
    assert found.message.startswith(field + ": ")
    assert field in str(info.value)


def test_every_violation_is_reported() -> None:
    text = '{"kind": "plan", "tasks": [{"text": ""}, {"text": "a", "status": "late"}]}'
    with pytest.raises(ValidationError) as info:
        vnplan.from_json(text)
    assert [f.field for f in info.value.findings] == ["tasks[0].text", "tasks[1].status"]


def test_json_bytes_and_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    assert vnplan.from_json(b'{"kind": "report"}') == vnplan.Report()
    with pytest.raises(InvalidFormat):
        vnplan.from_json(b"\xff\xfe{")
    monkeypatch.setattr("vnplan.io.json.MAX_JSON_SIZE", 10)
    with pytest.raises(InputTooLarge):
        vnplan.from_json('{"kind": "report"}')


@pytest.mark.parametrize("chunk", ["1", ".", "/", " ", "[", "{"])
def test_json_adversarial_megabyte(chunk: str) -> None:
    with pytest.raises(VnplanError):
        vnplan.from_json(chunk * 1_000_000)


def test_wrong_argument_types_are_vnplan_errors() -> None:
    with pytest.raises(VnplanError):
        vnplan.from_json(12)  # type: ignore[arg-type]
    with pytest.raises(VnplanError):
        vnplan.to_json({"kind": "plan"})  # type: ignore[arg-type]
    with pytest.raises(VnplanError):
        vnplan.from_xml(None)  # type: ignore[arg-type]
    with pytest.raises(VnplanError):
        vnplan.to_xml("plan")  # type: ignore[arg-type]


# -- XML -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "line", "column"),
    [
        (f"<plan xmlns='{NS}'>\n<title>x</titl>\n</plan>", 2, 16),
        (f"<plan xmlns='{NS}'>\n<title>x<title>\n</plan>", 3, 8),
        ("", 1, 1),
        (f"<plan xmlns='{NS}' date='1' date='2'/>", 1, None),  # libxml2 points past the tag
    ],
)
def test_malformed_xml_is_a_parse_error_with_line(
    data: str, line: int, column: int | None
) -> None:
    with pytest.raises(InvalidFormat) as info:
        vnplan.from_xml(data.encode())
    assert info.value.line == line
    if column is not None:
        assert info.value.column == column
    assert "expected well-formed XML" in str(info.value)


@pytest.mark.parametrize(
    "data",
    [
        f"<?xml version='1.0'?>\n<!DOCTYPE plan>\n<plan xmlns='{NS}'/>",
        f"<!DOCTYPE plan [<!ENTITY a 'b'>]><plan xmlns='{NS}'><title>&a;</title></plan>",
        f"<!doctype plan><plan xmlns='{NS}'/>",
        "<!DOCTYPE x SYSTEM 'http://example.invalid/x.dtd'><x/>",
    ],
)
def test_doctype_is_refused(data: str) -> None:
    with pytest.raises(InvalidFormat) as info:
        vnplan.from_xml(data.encode())
    assert "DOCTYPE" in str(info.value)


@pytest.mark.parametrize(
    "data",
    ["<plan/>", "<plan xmlns='urn:other'/>", f"<memo xmlns='{NS}'/>", f"<task xmlns='{NS}'/>"],
)
def test_root_must_be_a_vnplan_document(data: str) -> None:
    with pytest.raises(InvalidFormat) as info:
        vnplan.from_xml(data)
    assert "root element" in str(info.value)


@pytest.mark.parametrize(
    ("data", "rule", "path", "line"),
    [
        (f"<plan xmlns='{NS}'>\n  <task>\n    <text>a</text>\n    <lead/>\n  </task>\n</plan>",
         "xml.missing", "/plan/task/lead/@name", 4),
        (f"<plan xmlns='{NS}'>\n  <task>\n    <lead name='A'/>\n  </task>\n</plan>",
         "xml.missing", "/plan/task", 2),
        (f"<plan xmlns='{NS}' date='2021-02-30'/>", "xml.date_from_datetime_parsing",
         "/plan/@date", 1),
        (f"<report xmlns='{NS}'>\n<result>\n<metric value='x'><label>a</label></metric>"
         "</result></report>", "xml.decimal_parsing", "/report/result/metric/@value", 3),
        (f"<plan xmlns='{NS}'>\n<task><text>a</text></task>\n<task start='5' end='2'>"
         "<text>b</text></task></plan>", "xml.value_error", "/plan/task[2]/@start", 3),
        (f"<plan xmlns='{NS}'>\n<bogus/>\n</plan>", "xml.unexpected", "/plan/bogus", 2),
        (f"<plan xmlns='{NS}'>\n<title>a</title><title>b</title></plan>", "xml.unexpected",
         "/plan/title[2]", 2),
        (f"<plan xmlns='{NS}'>\n<title>a<b/></title></plan>", "xml.unexpected",
         "/plan/title", 2),
        (f"<plan xmlns='{NS}'>\n<title lang='vi'>a</title></plan>", "xml.unexpected",
         "/plan/title", 2),
        (f"<plan xmlns='{NS}'>stray text<title>a</title></plan>", "xml.unexpected",
         "/plan", 1),
        (f"<plan xmlns='{NS}' colour='red'/>", "xml.extra_forbidden", "/plan/@colour", 1),
        (f"<plan xmlns='{NS}'>\n<issuer name='A' organ_id='h37..1'/></plan>", "xml.value_error",
         "/plan/issuer/@organ_id", 2),
        (f"<plan xmlns='{NS}'><title>a\u0085</title><objective>x</objective>"
         f"<task xmlns='urn:other'/></plan>", "xml.unexpected", "/plan/task", 1),
    ],
)
def test_xml_violations_name_line_and_element_path(
    data: str, rule: str, path: str, line: int
) -> None:
    with pytest.raises(ValidationError) as info:
        vnplan.from_xml(data.encode())
    found = info.value.findings[0]
    assert found.rule == rule
    assert found.field == path
    assert found.message.startswith(f"line {line}, {path}")


def test_comments_and_processing_instructions_are_ignored() -> None:
    data = f"<plan xmlns='{NS}'><!-- note --><?pi x?><title>a</title></plan>"
    assert vnplan.from_xml(data) == vnplan.Plan(title="a")
    data = f"<?xml version='1.0'?>\n<!-- exported --><plan xmlns='{NS}'><title>a</title></plan>"
    assert vnplan.from_xml(data) == vnplan.Plan(title="a")


def test_doctype_is_refused_in_any_encoding() -> None:
    data = f"<!DOCTYPE plan><plan xmlns='{NS}'/>".encode("utf-16")
    with pytest.raises(InvalidFormat, match="DOCTYPE"):
        vnplan.from_xml(data)


def test_xml_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("vnplan.io.xml.MAX_XML_SIZE", 10)
    with pytest.raises(InputTooLarge):
        vnplan.from_xml(f"<plan xmlns='{NS}'/>")


@pytest.mark.parametrize("chunk", [b"1", b".", b"/", b" ", b"<a>", b"<"])
def test_xml_adversarial_megabyte(chunk: bytes) -> None:
    with pytest.raises(VnplanError):
        vnplan.from_xml(chunk * 1_000_000)


def test_too_deep_xml_is_refused() -> None:
    deep = "<section>" * 300 + "</section>" * 300
    with pytest.raises(VnplanError):
        vnplan.from_xml(f"<plan xmlns='{NS}'>{deep}</plan>")


def test_many_violations_are_capped() -> None:
    tasks = "".join("<task><lead/></task>" for _ in range(20_000))
    with pytest.raises(ValidationError) as info:
        vnplan.from_xml(f"<plan xmlns='{NS}'>{tasks}</plan>")
    findings = info.value.findings
    assert len(findings) == 51
    assert findings[0].field == "/plan/task[1]"
    assert findings[-1].rule == "xml.more-errors"
    assert findings[-1].message.startswith("39950 more")  # 2 violations per task
    text = '{"kind": "plan", "tasks": [' + ",".join(['{"lead": []}'] * 20_000) + "]}"
    with pytest.raises(ValidationError) as info:
        vnplan.from_json(text)
    assert len(info.value.findings) == 51
    assert info.value.findings[-1].rule == "json.more-errors"
