"""Writing a document as an edXML message (see :mod:`vnplan.io.edxml`)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Any

from lxml import etree

from vnplan.errors import VnplanError
from vnplan.io.edxml.values import (
    VIETNAM,
    derived_document_id,
    format_date,
    format_timestamp,
)
from vnplan.io.edxml.vocabulary import (
    BODY,
    BUSINESS,
    CONTACT_NAMES,
    DEFAULT_TYPE_CODE,
    ENVELOPE,
    HEADER,
    MESSAGE,
    NAMESPACE,
    PARTY_FIELDS,
    ROOT,
    SOAP_ACTOR,
    TRACES,
    into_namespace,
    qualified,
)
from vnplan.io.safexml import local_name, parse_xml
from vnplan.model import Business, Contact, Document, Exchange, Signer, Trace, Urgency

__all__ = ["write_message"]

_NUMBER_LABEL = re.compile(r"[ \t]{0,20}[Ss][ốỐoO][ \t]{0,5}:?[ \t]{0,20}")


def _code(doc: Document) -> tuple[str | None, str | None]:
    if doc.number is not None:
        return doc.number.code_number, doc.number.code_notation
    if not doc.number_text:
        return None, None
    label = _NUMBER_LABEL.match(doc.number_text)
    text = doc.number_text[label.end() :] if label else doc.number_text
    number, slash, notation = text.partition("/")
    return number or None, notation if slash else None


def new_exchange(doc: Document, sent_at: dt.datetime | None) -> Exchange:
    """What a new message carries: the defaults public implementations send."""
    organ_id = doc.issuer.organ_id if doc.issuer is not None else None
    if sent_at is None:
        sent_at = dt.datetime.now(VIETNAM).replace(tzinfo=None, microsecond=0)
    traces = [Trace(organ_id=organ_id, timestamp=sent_at)] if organ_id is not None else []
    return Exchange(
        type_code=DEFAULT_TYPE_CODE,
        steering=0,
        traces=traces,
        business=Business(kind=0, paper=0),
    )


class _Writer:
    """Builds the message tree of one document."""

    def __init__(self, doc: Document, exchange: Exchange) -> None:
        self.doc = doc
        self.exchange = exchange
        self.containers: dict[str, Any] = {}
        self.fragments: list[tuple[str, Any]] = []
        self.kept: set[tuple[str, str]] = set()
        for i, extension in enumerate(exchange.extensions):
            try:
                element = parse_xml(extension.xml.encode("utf-8"))
            except VnplanError as error:
                raise VnplanError(
                    f"exchange.extensions[{i}].xml is not one well-formed XML element: {error}"
                ) from None
            into_namespace(element)
            self.fragments.append((extension.path, element))
            self.kept.add((extension.path, local_name(element.tag)))

    def container(self, parent: Any, path: str, name: str, **attrib: str) -> Any:
        element = etree.SubElement(parent, qualified(name), attrib)
        self.containers.setdefault(path, element)
        return element

    def leaf(self, parent: Any, name: str, value: str | None) -> None:
        if value is not None and value != "":
            etree.SubElement(parent, qualified(name)).text = value

    def targeted(self, path: str) -> bool:
        """Whether a kept element goes into the container at ``path``."""
        return any(p == path for p, _ in self.fragments)

    def drop_if_empty(self, element: Any, path: str) -> None:
        if len(element) == 0 and not self.targeted(path):
            element.getparent().remove(element)
            if self.containers.get(path) is element:
                del self.containers[path]

    def build(self) -> Any:
        root = etree.Element(qualified("edXML"), nsmap={None: NAMESPACE})  # type: ignore[dict-item]
        self.containers[ROOT] = root
        envelope = etree.SubElement(root, qualified("edXMLEnvelope"), nsmap={"edXML": NAMESPACE})
        self.containers[ENVELOPE] = envelope
        header = self.container(envelope, HEADER, "edXMLHeader")
        self.message(self.container(header, MESSAGE, "MessageHeader"))
        self.traces(header)
        if (HEADER, "DigitalSignature") not in self.kept:
            etree.SubElement(header, qualified("DigitalSignature"))
        body = self.container(envelope, BODY, "edXMLBody")
        if not any(path == BODY for path, _ in self.fragments):
            etree.SubElement(body, qualified("edXMLManifest"), version="1.0")
        for path, fragment in self.fragments:
            target = path
            while target not in self.containers:
                target = target.rsplit("/", 1)[0] or ROOT
            self.containers[target].append(fragment)
        return root

    def party(self, parent: Any, path: str, name: str, values: dict[str, str | None]) -> None:
        element = self.container(parent, path, name)
        for field in PARTY_FIELDS:
            self.leaf(element, field, values.get(field))
        self.drop_if_empty(element, path)

    @staticmethod
    def contact_values(contact: Contact | None) -> dict[str, str | None]:
        if contact is None:
            return {}
        return {tag: getattr(contact, field) for tag, field in CONTACT_NAMES.items()}

    def message(self, message: Any) -> None:
        doc, exchange = self.doc, self.exchange
        issuer, parent = doc.issuer, doc.parent_issuer
        if issuer is not None or parent is not None:
            values: dict[str, str | None] = {
                # The body in charge (cơ quan chủ quản): UNCONFIRMED reading of the tag.
                "OrganizationInCharge": parent.name if parent is not None else None
            }
            if issuer is not None:
                values.update(self.contact_values(issuer.contact))
                values["OrganId"] = str(issuer.organ_id) if issuer.organ_id else None
                values["OrganName"] = issuer.name
            self.party(message, MESSAGE + "/From", "From", values)
        for recipient in doc.recipients:
            if recipient.organ_id is None:
                continue
            values = self.contact_values(recipient.contact)
            values.update(OrganId=str(recipient.organ_id), OrganName=recipient.name,
                          OrganizationInCharge=recipient.parent_name)
            self.party(message, f"{MESSAGE}/To[OrganId='{recipient.organ_id}']", "To", values)

        code_number, code_notation = _code(doc)
        group = self.container(message, MESSAGE + "/Code", "Code")
        self.leaf(group, "CodeNumber", code_number)
        self.leaf(group, "CodeNotation", code_notation)
        self.drop_if_empty(group, MESSAGE + "/Code")

        group = self.container(message, MESSAGE + "/PromulgationInfo", "PromulgationInfo")
        self.leaf(group, "Place", doc.place)
        self.leaf(group, "PromulgationDate", format_date(doc.date) if doc.date else None)
        self.drop_if_empty(group, MESSAGE + "/PromulgationInfo")

        group = self.container(message, MESSAGE + "/DocumentType", "DocumentType")
        self.leaf(group, "Type", exchange.type_code)
        self.leaf(group, "TypeName", doc.doc_type)
        self.leaf(group, "TypeDetail", exchange.type_detail)
        self.drop_if_empty(group, MESSAGE + "/DocumentType")

        self.leaf(message, "Subject", doc.title)
        self.leaf(message, "Content", exchange.content)
        first = doc.signer
        if first is not None and not (first.authority or first.position or first.name):
            first = None  # an empty signature block carries nothing
        # One SignerInfo per co-signer after the signer: UNCONFIRMED (package docs).
        signers: list[Signer | None] = [first, *doc.co_signers]
        if first is None and not doc.co_signers:
            signers = []
        for i, signer in enumerate(signers, 1):
            element = self.container(message, f"{MESSAGE}/SignerInfo[{i}]", "SignerInfo")
            if signer is not None:
                self.leaf(element, "Competence", signer.authority)
                self.leaf(element, "Position", signer.position)
                self.leaf(element, "FullName", signer.name)
        due = exchange.due_date
        self.leaf(message, "DueDate", format_date(due) if due else None)

        group = self.container(message, MESSAGE + "/ToPlaces", "ToPlaces")
        for recipient in doc.recipients:
            self.leaf(group, "Place", recipient.name)
        self.drop_if_empty(group, MESSAGE + "/ToPlaces")

        path = MESSAGE + "/OtherInfo"
        group = self.container(message, path, "OtherInfo")
        # A Priority kept as sent (unreadable) stands for a normal urgency.
        if doc.urgency is not Urgency.NORMAL or (path, "Priority") not in self.kept:
            self.leaf(group, "Priority", str(doc.urgency.priority))
        self.leaf(group, "SphereOfPromulgation", exchange.circulation)
        self.leaf(group, "TyperNotation", exchange.typist)
        for name, count in (("PromulgationAmount", exchange.copies),
                            ("PageAmount", exchange.pages)):
            self.leaf(group, name, str(count) if count is not None else None)
        if exchange.appendixes or self.targeted(path + "/Appendixes"):
            appendixes = self.container(group, path + "/Appendixes", "Appendixes")
            for appendix in exchange.appendixes:
                etree.SubElement(appendixes, qualified("Appendix")).text = appendix or None
        self.drop_if_empty(group, path)

        if exchange.steering is not None:
            self.leaf(message, "SteeringType", str(exchange.steering))
        self.leaf(message, "DocumentId", exchange.document_id or derived_document_id(doc))
        for i, response in enumerate(exchange.response_for, 1):
            element = self.container(message, f"{MESSAGE}/ResponseFor[{i}]", "ResponseFor")
            self.leaf(element, "OrganId", str(response.organ_id) if response.organ_id else None)
            self.leaf(element, "Code", response.code)
            date = response.promulgation_date
            self.leaf(element, "PromulgationDate", format_date(date) if date else None)
            self.leaf(element, "DocumentId", response.document_id)

    def traces(self, header: Any) -> None:
        exchange = self.exchange
        stamps = [(str(t.organ_id), format_timestamp(t.timestamp) if t.timestamp else "")
                  for t in exchange.traces]
        seed = f"{derived_document_id(self.doc)}|{stamps}".encode()
        traces = self.container(
            header, TRACES, "TraceHeaderList",
            id=hashlib.sha256(seed).hexdigest()[:8], version="1.0", mustUnderstand="1",
            actor=SOAP_ACTOR,
        )
        for i, trace in enumerate(exchange.traces, 1):
            element = self.container(traces, f"{TRACES}/TraceHeader[{i}]", "TraceHeader")
            self.leaf(element, "OrganId", str(trace.organ_id) if trace.organ_id else None)
            stamp = trace.timestamp
            self.leaf(element, "Timestamp", format_timestamp(stamp) if stamp else None)
        business = exchange.business
        if business is None:
            return
        element = self.container(traces, BUSINESS, "Bussiness")
        self.leaf(element, "BussinessDocType",
                  str(business.kind) if business.kind is not None else None)
        self.leaf(element, "BussinessDocReason", business.reason)
        staff = self.container(element, BUSINESS + "/StaffInfo", "StaffInfo")
        self.leaf(staff, "Department", business.department)
        self.leaf(staff, "Staff", business.staff)
        self.leaf(staff, "Mobile", business.mobile)
        self.leaf(staff, "Email", business.email)
        self.drop_if_empty(staff, BUSINESS + "/StaffInfo")
        self.leaf(element, "Paper", str(business.paper) if business.paper is not None else None)


def write_message(doc: Document, sent_at: dt.datetime | None, pretty_print: bool) -> bytes:
    """The message for ``doc`` (see :func:`vnplan.io.edxml.to_edxml`)."""
    exchange = doc.exchange if doc.exchange is not None else new_exchange(doc, sent_at)
    root = _Writer(doc, exchange).build()
    out: bytes = etree.tostring(
        root, xml_declaration=True, encoding="UTF-8", pretty_print=pretty_print
    )
    return out
