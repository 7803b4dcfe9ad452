"""Reading an edXML message as a document (see :mod:`vnplan.io.edxml`)."""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Callable, Iterator
from typing import Any

import pydantic
from lxml import etree

from vnplan.doctypes import DocumentType
from vnplan.errors import InvalidFormat, ValidationError, VnplanError
from vnplan.findings import Finding, Severity
from vnplan.io.edxml.values import (
    derived_document_id,
    read_count,
    read_date,
    read_datetime,
    read_organ_id,
    read_priority,
)
from vnplan.io.edxml.vocabulary import (
    BODY,
    BUSINESS,
    CONTACT_NAMES,
    ENVELOPE,
    HEADER,
    MESSAGE,
    PARTY_FIELDS,
    ROOT,
    TRACES,
    into_namespace,
    vocabulary_name,
)
from vnplan.io.safexml import element_path, local_name
from vnplan.model import (
    Agency,
    Business,
    Contact,
    Document,
    Exchange,
    Extension,
    Plan,
    Recipient,
    Report,
    ResponseFor,
    Signer,
    Source,
    Trace,
)
from vnplan.model.base import findings_from_pydantic
from vnplan.numbering import DocumentNumber

__all__ = ["read_message"]

_KINDS: dict[str, type[Document]] = {"KH": Plan, "BC": Report}


class _Unreadable(Exception):
    """A modelled element whose value cannot be read; it is kept as sent."""


def _fragment(element: Any) -> str:
    """``element`` as standalone XML, in the standard namespace (:func:`into_namespace`)."""
    fragment = copy.deepcopy(element)
    fragment.tail = None
    into_namespace(fragment)
    return etree.tostring(fragment, encoding="unicode", with_tail=False)


def _text(element: Any) -> str | None:
    """The text of a leaf element (None when empty); _Unreadable if it is not a leaf."""
    if len(element):
        raise _Unreadable("expected text only, found child elements")
    if element.attrib:
        raise _Unreadable(f"expected no attributes, found {', '.join(element.attrib)}")
    text: str | None = element.text
    return text if text else None


def _skeleton(element: Any, version: str | None) -> bool:
    """Whether ``element`` is the empty element to_edxml writes (with that version)."""
    attributes = {"version": version} if version else {}
    return not len(element) and not (element.text or "").strip() and dict(
        element.attrib) == attributes


def _read(element: Any, convert: Callable[[str], Any]) -> Any:
    text = _text(element)
    if text is None:
        return None
    try:
        return convert(text)
    except ValueError as error:
        raise _Unreadable(f"{error}; got {text.strip()[:40]!r}") from None


class _Reader:
    """Reads one message into document fields, keeping what it does not model."""

    def __init__(self, strict: bool) -> None:
        self.strict = strict
        self.fields: dict[str, Any] = {}
        self.exchange: dict[str, Any] = {
            "appendixes": [], "response_for": [], "traces": [], "extensions": [],
        }
        self.findings: list[Finding] = []
        self.recipients: list[Recipient] = []
        self.places: list[str] = []
        self.signers: list[Signer | None] = []

    # -- keeping what is not modelled --

    def keep(self, element: Any, path: str) -> None:
        self.exchange["extensions"].append(Extension(path=path, xml=_fragment(element)))

    def unreadable(self, element: Any, path: str, why: str) -> None:
        where = element_path(element)
        self.findings.append(Finding(
            "edxml.unreadable",
            f"line {element.sourceline}, {where}: {why}; the element is kept as sent",
            severity=Severity.ERROR if self.strict else Severity.WARNING,
            field=where,
        ))
        self.keep(element, path)

    def stray_text(self, element: Any) -> None:
        """Report text between the elements of a container (it has no place to go)."""
        for text in (element.text, *(child.tail for child in element)):
            if text is not None and not text.isspace():
                where = element_path(element)
                self.findings.append(Finding(
                    "edxml.stray-text",
                    f"line {element.sourceline}, {where}: unexpected text "
                    f"{text.strip()[:40]!r} between elements; it is dropped",
                    severity=Severity.ERROR if self.strict else Severity.WARNING,
                    field=where,
                ))
                return

    def children(self, element: Any, path: str) -> Iterator[tuple[str, Any]]:
        """(name, child) of the vocabulary's children; foreign ones are kept.

        A generator, so that foreign and unknown children are kept in document order.
        """
        for child in element:
            name = vocabulary_name(child)
            if name is None:
                self.keep(child, path)
            else:
                yield name, child

    def group(
        self, element: Any, path: str, readers: dict[str, tuple[str, Callable[[str], Any]]],
        target: dict[str, Any], inner: dict[str, Callable[[Any], None]] | None = None,
    ) -> None:
        """Read a container of leaves; each leaf maps to a key of ``target``.

        ``inner`` reads the sub-containers of the group by name (the first of each).
        """
        if element.attrib:
            self.unreadable(element, path.rsplit("/", 1)[0], "unexpected attributes")
            return
        self.stray_text(element)
        inner = dict(inner or {})
        for name, child in self.children(element, path):
            if name in inner:
                before = self.state()
                inner[name](child)
                if self.state() != before:  # the first that carries something counts
                    del inner[name]
                continue
            reader = readers.get(name)
            if reader is None or reader[0] in target:
                self.keep(child, path)
                continue
            key, convert = reader
            try:
                value = _read(child, convert)
            except _Unreadable as error:
                self.unreadable(child, path, str(error))
                continue
            if value is not None:
                target[key] = value

    def record(
        self, element: Any, path: str | Callable[[Any], str], parent_path: str,
        names: tuple[str, ...], build: Callable[[dict[str, str]], Any],
        empty: Callable[[Any], bool] = lambda model: False,
    ) -> Any:
        """Read a container of leaves as a whole: a model, or None when it is kept.

        A container whose model is ``empty`` (nothing to write it from) but that holds
        unknown elements is kept whole, so that they stay inside it.
        """
        values: dict[str, str] = {}
        unknown: list[Any] = []
        try:
            if element.attrib:
                raise _Unreadable("expected no attributes")
            for text in (element.text, *(child.tail for child in element)):
                if text is not None and not text.isspace():
                    raise _Unreadable(f"unexpected text {text.strip()[:40]!r}")
            for child in element:
                name = vocabulary_name(child)
                if name not in names or name in values:
                    unknown.append(child)
                    continue
                text = _text(child)
                if text is not None:
                    values[name] = text
            model = build(values)
        except pydantic.ValidationError as error:
            self.unreadable(element, parent_path, error.errors()[0]["msg"])
            return None
        except (_Unreadable, ValueError) as error:
            self.unreadable(element, parent_path, str(error))
            return None
        if unknown and empty(model):
            self.keep(element, parent_path)
            return None
        for child in unknown:
            self.keep(child, path(model) if callable(path) else path)
        return model

    # -- the envelope --

    def message_root(self, root: Any, data: bytes) -> Any:
        """Find the MessageHeader; keep every other part of the envelope."""
        name = vocabulary_name(root)
        envelope = None
        if name == "edXML":
            for child in root:
                if envelope is None and vocabulary_name(child) == "edXMLEnvelope":
                    envelope = child
                else:
                    self.keep(child, ROOT)
        elif name in ("edXMLEnvelope", "Envelope"):
            envelope = root
        if envelope is None:
            raise _structure_error(
                data, root, "expected an edXML message: a root edXML with an edXMLEnvelope, "
                f"or a SOAP 1.1 Envelope; got {local_name(root.tag)!r}"
            )
        header = body = None
        for child in envelope:
            child_name = vocabulary_name(child)
            if header is None and child_name in ("edXMLHeader", "Header"):
                header = child
            elif body is None and child_name in ("edXMLBody", "Body"):
                body = child
            else:
                self.keep(child, ENVELOPE)
        for container in dict.fromkeys((root, envelope, header, body)):
            if container is not None:
                self.stray_text(container)
        if body is not None:
            for child in body:
                if vocabulary_name(child) == "edXMLManifest" and _skeleton(child, "1.0"):
                    continue  # the empty skeleton: written again by to_edxml
                self.keep(child, BODY)
        message = None
        traces_read = False
        for child in header if header is not None else ():
            child_name = vocabulary_name(child)
            if message is None and child_name == "MessageHeader":
                message = child
            elif child_name == "TraceHeaderList" and not traces_read:
                traces_read = True
                self.trace_list(child)
            elif child_name == "DigitalSignature" and _skeleton(child, None):
                continue  # empty: written again by to_edxml
            else:
                self.keep(child, HEADER)
        if message is None:
            # A status message (edXML:Status: ResponseFor, StatusCode, Description, ...)
            # reports on a document; its StatusCode list is UNCONFIRMED (domain.md §10.9),
            # so it is refused rather than read half-understood.
            found = header if header is not None else envelope
            status = any(vocabulary_name(c) == "Status" for c in found)
            raise _structure_error(
                data, found,
                "this is a processing-status message (edXML:Status), not a document"
                if status else "expected an edXML:MessageHeader in the envelope's header",
            )
        return message

    def trace_list(self, element: Any) -> None:
        extra = set(element.attrib) - {"id", "version", "mustUnderstand", "actor"}
        if extra:
            self.unreadable(element, HEADER, f"unexpected attributes {sorted(extra)}")
            return
        self.stray_text(element)
        for name, child in self.children(element, TRACES):
            if name == "TraceHeader":
                index = len(self.exchange["traces"]) + 1
                trace = self.record(
                    child, f"{TRACES}/TraceHeader[{index}]", TRACES,
                    ("OrganId", "Timestamp"),
                    lambda v: Trace(
                        organ_id=read_organ_id(v["OrganId"]) if "OrganId" in v else None,
                        timestamp=read_datetime(v["Timestamp"]) if "Timestamp" in v else None,
                    ),
                )
                if trace is not None:
                    self.exchange["traces"].append(trace)
            elif name in ("Bussiness", "Business") and "business" not in self.exchange:
                business = self.business(child)
                if business is not None:
                    self.exchange["business"] = business
            else:
                self.keep(child, TRACES)

    def business(self, element: Any) -> Business | None:
        values: dict[str, Any] = {}
        staff_element = None
        unknown: list[Any] = []
        staff_unknown: list[Any] = []
        try:
            if element.attrib:
                raise _Unreadable("expected no attributes")
            self.stray_text(element)
            for child in element:
                name = vocabulary_name(child)
                key = {"BussinessDocType": "kind", "BusinessDocType": "kind",
                       "BussinessDocReason": "reason", "BusinessDocReason": "reason",
                       "Paper": "paper"}.get(name or "")
                if name == "StaffInfo" and staff_element is None:
                    staff_element = child
                elif key is None or key in values:
                    unknown.append(child)
                else:
                    convert = str if key == "reason" else read_count
                    value = _read(child, convert)
                    if value is not None:
                        values[key] = value
            if staff_element is not None:
                if staff_element.attrib:
                    raise _Unreadable("expected no attributes on StaffInfo")
                self.stray_text(staff_element)
                for child in staff_element:
                    key = {"Department": "department", "Staff": "staff", "Mobile": "mobile",
                           "Email": "email"}.get(vocabulary_name(child) or "")
                    if key is None or key in values:
                        staff_unknown.append(child)
                    elif (text := _text(child)) is not None:
                        values[key] = text
            business = Business(**values)
        except (_Unreadable, pydantic.ValidationError) as error:
            self.unreadable(element, TRACES, str(error).splitlines()[0])
            return None
        for child in unknown:
            self.keep(child, BUSINESS)
        for child in staff_unknown:
            self.keep(child, BUSINESS + "/StaffInfo")
        return business

    # -- the message header --

    def message(self, message: Any) -> None:
        if message.attrib:
            self.unreadable(message, HEADER, "unexpected attributes")
            return
        self.stray_text(message)
        handlers: dict[str, Callable[[Any], None]] = {
            "From": self.sender, "To": self.receiver, "Code": self.code,
            "PromulgationInfo": self.promulgation, "DocumentType": self.document_type,
            "SignerInfo": self.signer, "ToPlaces": self.to_places, "OtherInfo": self.other,
            "ResponseFor": self.response_for,
        }
        leaves: dict[str, tuple[str, str, Callable[[str], Any]]] = {
            "Subject": ("fields", "title", str),
            "Content": ("exchange", "content", str),
            "DueDate": ("exchange", "due_date", read_date),
            "SteeringType": ("exchange", "steering", read_count),
            "DocumentId": ("exchange", "document_id", str),
        }
        # An element that occurs once is read from its first occurrence that carries
        # something; later ones are kept as they are. (An empty or unreadable first one
        # does not count, so that reading what to_edxml wrote gives the same document.)
        seen: set[str] = set()
        for name, child in self.children(message, MESSAGE):
            single = name not in ("To", "SignerInfo", "ResponseFor")
            if single and name in seen:
                self.keep(child, MESSAGE)
                continue
            before = self.state()
            self.message_child(name, child, handlers, leaves)
            if self.state() != before:
                seen.add(name)

    def state(self) -> tuple[int, ...]:
        """How much has been read into the model so far (not counting kept elements)."""
        exchange = self.exchange
        return (len(self.fields), len(exchange), len(self.places),
                len(exchange["appendixes"]))

    def message_child(
        self, name: str, child: Any, handlers: dict[str, Callable[[Any], None]],
        leaves: dict[str, tuple[str, str, Callable[[str], Any]]],
    ) -> None:
        if name in handlers:
            handlers[name](child)
        elif name in leaves:
            where, key, convert = leaves[name]
            try:
                value = _read(child, convert)
            except _Unreadable as error:
                self.unreadable(child, MESSAGE, str(error))
                return
            if value is not None:
                (self.fields if where == "fields" else self.exchange)[key] = value
        else:
            self.keep(child, MESSAGE)

    def party(self, values: dict[str, str], *, receiver: bool) -> tuple[Any, Any]:
        name = values.get("OrganName")
        organ_id = read_organ_id(values["OrganId"]) if "OrganId" in values else None
        contact = {field: values[tag] for tag, field in CONTACT_NAMES.items() if tag in values}
        # Read as the body in charge (cơ quan chủ quản): UNCONFIRMED, see the package docs.
        in_charge = values.get("OrganizationInCharge")
        if receiver:
            if organ_id is None or name is None:
                raise _Unreadable("a recipient needs OrganId and OrganName")
            return Recipient(
                name=name, organ_id=organ_id, parent_name=in_charge,
                contact=Contact(**contact) if contact else None,
            ), None
        if name is None and (organ_id is not None or contact):
            raise _Unreadable("a sender with OrganId or contact details needs OrganName")
        issuer = None
        if name is not None:
            issuer = Agency(name=name, organ_id=organ_id,
                            contact=Contact(**contact) if contact else None)
        parent = Agency(name=in_charge) if in_charge and not in_charge.isspace() else None
        return issuer, parent

    def sender(self, element: Any) -> None:
        found = self.record(element, MESSAGE + "/From", MESSAGE, PARTY_FIELDS,
                            lambda v: self.party(v, receiver=False),
                            empty=lambda found: found == (None, None))
        if found is not None:
            for key, value in zip(("issuer", "parent_issuer"), found, strict=True):
                if value is not None:
                    self.fields[key] = value

    def receiver(self, element: Any) -> None:
        found = self.record(
            element, lambda model: f"{MESSAGE}/To[OrganId='{model[0].organ_id}']",
            MESSAGE, PARTY_FIELDS, lambda v: self.party(v, receiver=True),
        )
        if found is not None:
            self.recipients.append(found[0])

    def signer(self, element: Any) -> None:
        index = len(self.signers) + 1
        found = self.record(
            element, f"{MESSAGE}/SignerInfo[{index}]", MESSAGE,
            ("Competence", "Position", "FullName"),
            lambda v: Signer(authority=v.get("Competence"), position=v.get("Position"),
                             name=v.get("FullName")),
            empty=lambda signer: signer == Signer(),  # may not be written again
        )
        if found is not None:
            self.signers.append(found)

    def response_for(self, element: Any) -> None:
        index = len(self.exchange["response_for"]) + 1
        found = self.record(
            element, f"{MESSAGE}/ResponseFor[{index}]", MESSAGE,
            ("OrganId", "Code", "PromulgationDate", "DocumentId"),
            lambda v: ResponseFor(
                organ_id=read_organ_id(v["OrganId"]) if "OrganId" in v else None,
                code=v.get("Code"),
                promulgation_date=(read_date(v["PromulgationDate"])
                                   if "PromulgationDate" in v else None),
                document_id=v.get("DocumentId"),
            ),
        )
        if found is not None:
            self.exchange["response_for"].append(found)

    def code(self, element: Any) -> None:
        code: dict[str, str] = {}
        self.group(element, MESSAGE + "/Code",
                   {"CodeNumber": ("number", str), "CodeNotation": ("notation", str)}, code)
        number, notation = code.get("number"), code.get("notation")
        if number is None and notation is None:
            return
        try:
            self.fields["number"] = DocumentNumber.from_edxml(number or "", notation or "")
        except VnplanError:
            self.fields["number_text"] = (number or "") + (
                "/" + notation if notation is not None else ""
            )

    def promulgation(self, element: Any) -> None:
        self.group(
            element, MESSAGE + "/PromulgationInfo",
            {"Place": ("place", str), "PromulgationDate": ("date", read_date),
             "Date": ("date", read_date)},
            self.fields,
        )

    def document_type(self, element: Any) -> None:
        found: dict[str, Any] = {}
        self.group(
            element, MESSAGE + "/DocumentType",
            {"Type": ("type_code", str), "TypeName": ("doc_type", str),
             "TypeDetail": ("type_detail", str)},
            found,
        )
        if "doc_type" in found:
            self.fields["doc_type"] = found.pop("doc_type")
        self.exchange.update(found)

    def to_places(self, element: Any) -> None:
        path = MESSAGE + "/ToPlaces"
        if element.attrib:
            self.unreadable(element, MESSAGE, "unexpected attributes")
            return
        self.stray_text(element)
        for name, child in self.children(element, path):
            if name != "Place":
                self.keep(child, path)
                continue
            try:
                text = _text(child)
            except _Unreadable as error:
                self.unreadable(child, path, str(error))
                continue
            if text is not None and not text.isspace():
                self.places.append(text)

    def other(self, element: Any) -> None:
        path = MESSAGE + "/OtherInfo"
        readers: dict[str, tuple[str, Callable[[str], Any]]] = {
            "Priority": ("urgency", read_priority),
            "SphereOfPromulgation": ("circulation", str),
            "TyperNotation": ("typist", str),
            "PromulgationAmount": ("copies", read_count),
            "PageAmount": ("pages", read_count),
        }
        found: dict[str, Any] = {}
        self.group(element, path, readers, found,
                   {"Appendixes": lambda child: self.appendixes(child, path + "/Appendixes")})
        if "urgency" in found:
            self.fields["urgency"] = found.pop("urgency")
        self.exchange.update(found)

    def appendixes(self, element: Any, path: str) -> None:
        if element.attrib:
            self.unreadable(element, path.rsplit("/", 1)[0], "unexpected attributes")
            return
        self.stray_text(element)
        for name, child in self.children(element, path):
            if name != "Appendix":
                self.keep(child, path)
                continue
            try:
                self.exchange["appendixes"].append(_text(child) or "")
            except _Unreadable as error:
                self.unreadable(child, path, str(error))

    # -- the document --

    def recipients_in_order(self) -> list[Recipient]:
        """The ToPlaces names in order, each joined with the To of the same name."""
        out: list[Recipient] = []
        used = [False] * len(self.recipients)
        for place in self.places:
            for i, recipient in enumerate(self.recipients):
                if not used[i] and recipient.name == place:
                    used[i] = True
                    out.append(recipient)
                    break
            else:
                out.append(Recipient(name=place))
        out.extend(r for i, r in enumerate(self.recipients) if not used[i])
        return out

    def document(self, data: bytes) -> Document:
        fields = self.fields
        signers = self.signers
        if signers:
            first = signers[0]
            empty = first is not None and first == Signer()
            fields["signer"] = None if empty else first
            fields["co_signers"] = signers[1:]
        fields["recipients"] = self.recipients_in_order()
        exchange = Exchange(**self.exchange)
        fields["warnings"] = [f for f in self.findings if f.severity is Severity.WARNING]
        fields["source"] = Source(format="edxml", sha256=hashlib.sha256(data).hexdigest())
        kind: type[Document] = Document
        name = fields.get("doc_type")
        document_type = None
        if name:
            try:
                document_type = DocumentType.from_name(name)
            except VnplanError:
                document_type = None
        if document_type is not None:
            kind = _KINDS.get(document_type.abbreviation or "", Document)
        elif fields.get("number") is not None:
            kind = _KINDS.get(fields["number"].doc_type or "", Document)
        doc = kind(**fields)
        if exchange.document_id is not None and exchange.document_id == derived_document_id(doc):
            exchange = exchange.model_copy(update={"document_id": None})
        return doc.model_copy(update={"exchange": exchange})


def _structure_error(data: bytes, element: Any, message: str) -> InvalidFormat:
    text = data.decode("utf-8", errors="replace")
    line = element.sourceline or 1
    offset = 0
    for _ in range(line - 1):
        offset = text.find("\n", offset) + 1
        if offset == 0:
            offset = len(text)
            break
    return InvalidFormat(f"{message} (at {element_path(element)})", text=text, offset=offset,
                         expected="edXML")


def read_message(data: bytes, root: Any, strict: bool) -> Document:
    """The document of the parsed message ``root`` (see :func:`vnplan.io.edxml.from_edxml`)."""
    reader = _Reader(strict)
    message = reader.message_root(root, data)
    reader.message(message)
    if strict and reader.findings:
        raise ValidationError(reader.findings)
    try:
        return reader.document(data)
    except pydantic.ValidationError as error:  # pragma: no cover - every field is pre-checked
        raise ValidationError(findings_from_pydantic(error, "edxml")) from None
