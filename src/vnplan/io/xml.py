"""XML with an XSD for documents, plans and reports (vnplan's own vocabulary, not edXML).

The namespace is :data:`NAMESPACE` (``urn:vnplan:document:1``; the last number is the
vocabulary's major version). The root element is ``document``, ``plan`` or ``report``.
Element and attribute names are the JSON member names; short values (codes, dates,
numbers, names of agencies) are attributes, prose (titles, paragraphs, task texts) is
element content, lists are repeated elements named in the singular (``task``,
``section``, ``p``), and a ``span`` is written as ``start``/``end`` attributes of the
element it belongs to. Every output validates against :func:`xml_schema`, the XSD shipped
in ``vnplan/data``.

>>> import datetime as dt
>>> from vnplan.model import Agency, Plan, Task
>>> plan = Plan(doc_type="Kế hoạch", date=dt.date(2021, 12, 23),
...             title="Đảm bảo an sinh xã hội",
...             tasks=[Task(text="Chi trả trợ cấp", lead=[Agency(name="Sở Y tế")])])
>>> print(to_xml(plan, pretty_print=True).decode(), end="")
<?xml version='1.0' encoding='UTF-8'?>
<plan xmlns="urn:vnplan:document:1" doc_type="Kế hoạch" date="2021-12-23" urgency="normal">
  <title>Đảm bảo an sinh xã hội</title>
  <task>
    <text>Chi trả trợ cấp</text>
    <lead name="Sở Y tế"/>
  </task>
</plan>
>>> from_xml(to_xml(plan)) == plan
True
"""

from __future__ import annotations

import functools
import importlib.resources
from collections.abc import Callable
from typing import Any, Final

import attrs
import pydantic
from lxml import etree

from vnplan.errors import InputTooLarge, InvalidFormat, ValidationError, VnplanError
from vnplan.findings import Finding
from vnplan.io.documents import ADAPTER, MAX_FINDINGS, field_path
from vnplan.io.safexml import element_path, local_name, parse_xml
from vnplan.model import Document

__all__ = ["MAX_XML_SIZE", "NAMESPACE", "XSD_RESOURCE", "from_xml", "to_xml", "xml_schema"]

#: The namespace of vnplan's document XML.
NAMESPACE: Final = "urn:vnplan:document:1"
#: File name of the XSD inside the ``vnplan.data`` package.
XSD_RESOURCE: Final = "vnplan-document-1.xsd"
#: Largest XML input :func:`from_xml` reads, in bytes.
MAX_XML_SIZE: Final = 64_000_000

_NS = "{" + NAMESPACE + "}"
_XMLNS = f' xmlns="{NAMESPACE}"'.encode("ascii")
_KINDS = ("document", "plan", "report")

# How a model field is written. Attributes are the default for scalars.
_TEXT = 1  # a scalar as the text of a child element
_TEXTS = 2  # a list of scalars as repeated child elements
_MODEL = 3  # a model as a child element
_MODELS = 4  # a list of models as repeated child elements
_PROVENANCE = 5  # dict[str, Span] as repeated <provenance field= start= end=/>


@attrs.frozen(slots=True)
class _Child:
    field: str
    tag: str  # local name
    how: int
    spec: Callable[[], _Spec] | None = None  # lazily, for recursive models


class _Spec:
    """How one model is written: its attribute fields, child elements in order, span."""

    __slots__ = ("_by_tag", "_local", "_qualified", "attributes", "children", "span")

    def __init__(
        self, attributes: tuple[str, ...], children: tuple[_Child, ...], span: bool = False
    ) -> None:
        self.attributes = attributes
        self.children = children
        self.span = span
        self._qualified: tuple[tuple[str, str, int, _Spec | None], ...] | None = None
        self._by_tag: dict[str, tuple[str, int, _Spec | None]] | None = None
        self._local: tuple[tuple[str, str, int, _Spec | None], ...] | None = None

    def local(self) -> tuple[tuple[str, str, int, _Spec | None], ...]:
        """(field, local tag, how, spec of the child) in element order."""
        if self._local is None:
            self._local = tuple(
                (c.field, c.tag, c.how, c.spec() if c.spec is not None else None)
                for c in self.children
            )
        return self._local

    def qualified(self) -> tuple[tuple[str, str, int, _Spec | None], ...]:
        """(field, qualified tag, how, spec of the child) in element order."""
        if self._qualified is None:
            self._qualified = tuple(
                (c.field, _NS + c.tag, c.how, c.spec() if c.spec is not None else None)
                for c in self.children
            )
        return self._qualified

    def by_tag(self) -> dict[str, tuple[str, int, _Spec | None]]:
        """Qualified tag -> (field, how, spec of the child)."""
        if self._by_tag is None:
            self._by_tag = {q: (field, how, sub) for field, q, how, sub in self.qualified()}
        return self._by_tag


# -- the vocabulary (keep in step with data/vnplan-document-1.xsd) ------------------------

_CONTACT = _Spec(attributes=("address", "email", "telephone", "fax", "website"), children=())
_AGENCY: _Spec = _Spec(
    attributes=("name", "abbreviation", "kind", "level", "organ_id"),
    children=(
        _Child("parent", "parent", _MODEL, lambda: _AGENCY),
        _Child("contact", "contact", _MODEL, lambda: _CONTACT),
    ),
)
_SECTION: _Spec = _Spec(
    attributes=("label", "kind"),
    children=(
        _Child("title", "title", _TEXT),
        _Child("paragraphs", "p", _TEXTS),
        _Child("children", "section", _MODELS, lambda: _SECTION),
    ),
    span=True,
)
_TASK = _Spec(
    attributes=("label", "deadline", "deadline_text", "recurrence", "status"),
    children=(
        _Child("text", "text", _TEXT),
        _Child("lead", "lead", _MODELS, lambda: _AGENCY),
        _Child("coordinators", "coordinator", _MODELS, lambda: _AGENCY),
        _Child("deliverable", "deliverable", _TEXT),
    ),
    span=True,
)
_REPORTING = _Spec(
    attributes=(
        "kind", "cycle", "frequency_text", "due", "due_text", "data_window", "data_window_text",
    ),
    children=(
        _Child("name", "name", _TEXT),
        _Child("reporters", "reporter", _MODELS, lambda: _AGENCY),
        _Child("recipient", "recipient", _MODEL, lambda: _AGENCY),
        _Child("co_recipients", "co_recipient", _MODELS, lambda: _AGENCY),
        _Child("channels", "channel", _TEXTS),
        _Child("text", "text", _TEXT),
    ),
    span=True,
)
_SIGNER = _Spec(
    attributes=(),
    children=(
        _Child("authority", "authority", _TEXT),
        _Child("chain", "step", _TEXTS),
        _Child("position", "position", _TEXT),
        _Child("name", "name", _TEXT),
    ),
    span=True,
)
_RECIPIENT = _Spec(
    attributes=("name", "addressed", "note", "organ_id", "parent_name"),
    children=(_Child("contact", "contact", _MODEL, lambda: _CONTACT),),
)
_CITATION = _Spec(
    attributes=("number", "doc_type", "date"),
    children=(
        _Child("issuer", "issuer", _TEXT),
        _Child("subject", "subject", _TEXT),
        _Child("text", "text", _TEXT),
    ),
    span=True,
)
_WARNING = _Spec(attributes=("rule", "severity", "field", "start", "end", "message"), children=())
_SOURCE = _Spec(attributes=("uri", "format", "sha256", "note"), children=())
_METRIC = _Spec(
    attributes=("value", "unit", "target", "ratio", "ratio_basis"),
    children=(_Child("label", "label", _TEXT), _Child("text", "text", _TEXT)),
    span=True,
)
_RESULT = _Spec(
    attributes=(),
    children=(
        _Child("title", "title", _TEXT),
        _Child("text", "text", _TEXT),
        _Child("metrics", "metric", _MODELS, lambda: _METRIC),
    ),
    span=True,
)
_TRACE = _Spec(attributes=("organ_id", "timestamp"), children=())
_BUSINESS = _Spec(
    attributes=("kind", "reason", "department", "staff", "mobile", "email", "paper"),
    children=(),
)
_RESPONSE_FOR = _Spec(
    attributes=("organ_id", "code", "promulgation_date", "document_id"), children=()
)
_EXTENSION = _Spec(attributes=("path",), children=(_Child("xml", "xml", _TEXT),))
_EXCHANGE = _Spec(
    attributes=(
        "document_id", "type_code", "type_detail", "due_date", "circulation", "typist",
        "copies", "pages", "steering",
    ),
    children=(
        _Child("content", "content", _TEXT),
        _Child("appendixes", "appendix", _TEXTS),
        _Child("response_for", "response_for", _MODELS, lambda: _RESPONSE_FOR),
        _Child("traces", "trace", _MODELS, lambda: _TRACE),
        _Child("business", "business", _MODEL, lambda: _BUSINESS),
        _Child("extensions", "extension", _MODELS, lambda: _EXTENSION),
    ),
)
_DOCUMENT_ATTRIBUTES = (
    "number", "number_text", "doc_type", "place", "date", "date_text", "urgency", "secrecy",
)
_DOCUMENT_CHILDREN = (
    _Child("issuer", "issuer", _MODEL, lambda: _AGENCY),
    _Child("parent_issuer", "parent_issuer", _MODEL, lambda: _AGENCY),
    _Child("co_issuers", "co_issuer", _MODELS, lambda: _AGENCY),
    _Child("title", "title", _TEXT),
    _Child("legal_bases", "legal_basis", _TEXTS),
    _Child("sections", "section", _MODELS, lambda: _SECTION),
    _Child("tasks", "task", _MODELS, lambda: _TASK),
    _Child("reporting", "reporting", _MODELS, lambda: _REPORTING),
    _Child("signer", "signer", _MODEL, lambda: _SIGNER),
    _Child("co_signers", "co_signer", _MODELS, lambda: _SIGNER),
    _Child("recipients", "recipient", _MODELS, lambda: _RECIPIENT),
    _Child("citations", "citation", _MODELS, lambda: _CITATION),
    _Child("warnings", "warning", _MODELS, lambda: _WARNING),
    _Child("source", "source", _MODEL, lambda: _SOURCE),
    _Child("provenance", "provenance", _PROVENANCE),
    _Child("exchange", "exchange", _MODEL, lambda: _EXCHANGE),
)
_ROOTS: dict[str, _Spec] = {
    "document": _Spec(_DOCUMENT_ATTRIBUTES, _DOCUMENT_CHILDREN),
    "plan": _Spec(
        (*_DOCUMENT_ATTRIBUTES, "period"),
        (
            *_DOCUMENT_CHILDREN,
            _Child("objectives", "objective", _TEXTS),
            _Child("requirements", "requirement", _TEXTS),
            _Child("monitoring", "monitoring", _TEXTS),
            _Child("implementation", "implementation", _TEXTS),
            _Child("funding", "funding", _TEXTS),
        ),
    ),
    "report": _Spec(
        (*_DOCUMENT_ATTRIBUTES, "period", "period_text"),
        (
            *_DOCUMENT_CHILDREN,
            _Child("results", "result", _MODELS, lambda: _RESULT),
            _Child("recommendations", "recommendation", _TEXTS),
        ),
    ),
}


# -- writing ---------------------------------------------------------------------------------


def _attribute(value: Any) -> str:
    if type(value) is str:
        return value
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def _write(parent: Any, tag: str, data: dict[str, Any], spec: _Spec) -> Any:
    """Append the element for one model's JSON-mode ``data`` under ``parent``.

    Tags are local names: the tree is built without namespaces (about twice as fast in
    lxml) and :func:`to_xml` declares the default namespace on the root when it writes.
    """
    attrib = {}
    for name in spec.attributes:
        value = data[name]
        if value is not None:
            attrib[name] = value if type(value) is str else _attribute(value)
    if spec.span:
        span = data["span"]
        if span is not None:
            attrib["start"] = str(span["start"])
            attrib["end"] = str(span["end"])
    sub_element = etree.SubElement
    element = etree.Element(tag, attrib) if parent is None else sub_element(parent, tag, attrib)
    for field, local, how, sub in spec.local():
        value = data[field]
        if how == _TEXTS:
            for item in value:
                sub_element(element, local).text = item
        elif how == _MODELS:
            for item in value:
                _write(element, local, item, sub)  # type: ignore[arg-type]
        elif value is None:
            continue
        elif how == _TEXT:
            sub_element(element, local).text = value
        elif how == _MODEL:
            _write(element, local, value, sub)  # type: ignore[arg-type]
        else:  # _PROVENANCE
            for key, span in value.items():
                sub_element(
                    element,
                    local,
                    {"field": key, "start": str(span["start"]), "end": str(span["end"])},
                )
    return element


def to_xml(doc: Document, *, pretty_print: bool = False) -> bytes:
    """Serialize a document, plan or report to UTF-8 XML (with an XML declaration).

    ``pretty_print`` indents the elements; text content is never changed by it.
    """
    if not isinstance(doc, Document):
        raise VnplanError(f"expected a vnplan Document, Plan or Report, got {type(doc).__name__}")
    data = doc.model_dump(mode="json")
    try:
        root = _write(None, doc.kind, data, _ROOTS[doc.kind])
    except ValueError as error:  # lxml refuses characters XML cannot carry
        raise VnplanError(f"the document cannot be written as XML: {error}") from None
    out: bytes = etree.tostring(
        root, xml_declaration=True, encoding="UTF-8", pretty_print=pretty_print
    )
    # No element of the tree has a namespace, so declaring the default namespace on the
    # root start tag puts every element in it.
    head = out.index(b"<" + doc.kind.encode("ascii"))
    cut = head + 1 + len(doc.kind)
    return out[:cut] + _XMLNS + out[cut:]


# -- reading -------------------------------------------------------------------------------


class _Unexpected(Exception):
    """Raised inside the reader; turned into a ValidationError with the element's line."""

    def __init__(self, element: Any, message: str) -> None:
        super().__init__(message)
        self.element = element
        self.message = message


def _read(element: Any, spec: _Spec) -> dict[str, Any]:
    data: dict[str, Any] = dict(element.items())
    if spec.span:
        start = data.pop("start", None)
        end = data.pop("end", None)
        if start is not None or end is not None:
            data["span"] = {"start": start, "end": end}
    text = element.text
    if text is not None and not text.isspace():
        raise _Unexpected(element, f"unexpected text {text.strip()[:40]!r}")
    by_tag = spec.by_tag()
    for child in element:
        found = by_tag.get(child.tag)
        tail = child.tail
        if tail is not None and not tail.isspace():
            raise _Unexpected(element, f"unexpected text {tail.strip()[:40]!r}")
        if found is None:
            raise _Unexpected(child, "unexpected element")
        field, how, sub = found
        if how in (_TEXT, _TEXTS):
            if len(child) or child.keys():
                raise _Unexpected(child, "expected text only (no attributes, no elements)")
            value = child.text or ""
            if how == _TEXT:
                if field in data:
                    raise _Unexpected(child, "element repeated")
                data[field] = value
            else:
                data.setdefault(field, []).append(value)
        elif how == _MODELS:
            data.setdefault(field, []).append(_read(child, sub))  # type: ignore[arg-type]
        elif how == _MODEL:
            if field in data:
                raise _Unexpected(child, "element repeated")
            data[field] = _read(child, sub)  # type: ignore[arg-type]
        else:  # _PROVENANCE
            attrib = dict(child.items())
            key = attrib.pop("field", None)
            if key is None or set(attrib) - {"start", "end"} or len(child):
                raise _Unexpected(child, "expected field, start and end attributes only")
            data.setdefault(field, {})[key] = attrib
    return data


def _locate(root: Any, loc: tuple[int | str, ...]) -> tuple[Any, str]:
    """The element a pydantic error location points at, and the attribute if any."""
    spec = _ROOTS[local_name(root.tag)]
    element = root
    parts = list(loc[1:]) if loc and loc[0] in _KINDS else list(loc)
    i = 0
    while i < len(parts):
        part = parts[i]
        if not isinstance(part, str) or spec is None:
            break
        if part in spec.attributes or (i == len(parts) - 1 and part in element.attrib):
            return element, part
        if part == "span" and spec.span:
            return element, "start"
        child = next((c for c in spec.children if c.field == part), None)
        if child is None:
            break
        tag = _NS + child.tag
        matches = [c for c in element if c.tag == tag]
        index = 0
        if child.how in (_MODELS, _TEXTS) and i + 1 < len(parts):
            nxt = parts[i + 1]
            index = nxt if isinstance(nxt, int) else 0
            i += 1
        if index >= len(matches):
            break
        element = matches[index]
        spec = child.spec() if child.spec is not None else None  # type: ignore[assignment]
        if child.how == _PROVENANCE:
            break
        i += 1
    return element, ""


def _finding(root: Any, loc: tuple[int | str, ...], kind: str, message: str) -> Finding:
    element, attribute = _locate(root, loc)
    path = element_path(element) + (f"/@{attribute}" if attribute else "")
    line = element.sourceline
    where = f"line {line}, {path}" if line else path
    return Finding(f"xml.{kind}", f"{where}: {field_path(loc)}: {message}", field=path)


def from_xml(data: bytes | str) -> Document:
    """Read a document, plan or report from vnplan XML.

    Raises:
        InvalidFormat: not well-formed XML, a DOCTYPE, or a root element that is not
            ``document``, ``plan`` or ``report`` in :data:`NAMESPACE` (a
            :class:`~vnplan.errors.ParseError` with line and column).
        ValidationError: the XML does not fit the model; each finding names the line and
            the element path (``line 12, /plan/task[4]/lead/@name``).
        InputTooLarge: above :data:`MAX_XML_SIZE` bytes.
    """
    if isinstance(data, str):
        data = data.encode("utf-8")
    if not isinstance(data, bytes):
        raise VnplanError(f"expected XML as bytes or str, got {type(data).__name__}")
    if len(data) > MAX_XML_SIZE:
        raise InputTooLarge("XML input", len(data), MAX_XML_SIZE)
    root = parse_xml(data)
    tag = root.tag
    kind = tag[len(_NS) :] if isinstance(tag, str) and tag.startswith(_NS) else None
    if kind not in _ROOTS:
        raise InvalidFormat(
            f"expected a root element document, plan or report in namespace {NAMESPACE}, "
            f"got {tag!r}",
            text=data[:65536].decode("utf-8", errors="replace"),
            offset=0,
            expected="root element",
        )
    try:
        fields = _read(root, _ROOTS[kind])
    except _Unexpected as error:
        element = error.element
        path = element_path(element)
        finding = Finding(
            "xml.unexpected", f"line {element.sourceline}, {path}: {error.message}", field=path
        )
        raise ValidationError([finding]) from None
    fields["kind"] = kind
    try:
        return ADAPTER.validate_python(fields)
    except pydantic.ValidationError as error:
        items = error.errors(include_url=False, include_input=False)
        findings = [
            _finding(root, item["loc"], item["type"], item["msg"])
            for item in items[:MAX_FINDINGS]
        ]
        if len(items) > MAX_FINDINGS:
            findings.append(Finding("xml.more-errors",
                                    f"{len(items) - MAX_FINDINGS} more violations not listed"))
        raise ValidationError(findings) from None


@functools.cache
def _xsd_bytes() -> bytes:
    return importlib.resources.files("vnplan.data").joinpath(XSD_RESOURCE).read_bytes()


def xml_schema() -> bytes:
    """The XSD (XML Schema 1.0) that every output of :func:`to_xml` validates against.

    >>> from lxml import etree
    >>> schema = etree.XMLSchema(etree.fromstring(xml_schema()))
    >>> from vnplan.model import Report
    >>> schema.validate(etree.fromstring(to_xml(Report(period_text="Quý I năm 2020"))))
    True
    """
    return _xsd_bytes()
