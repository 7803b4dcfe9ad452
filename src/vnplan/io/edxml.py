"""edXML (QCVN 102:2016/BTTTT): the message format agencies exchange documents in.

:func:`to_edxml` writes a document as an edXML message; :func:`from_edxml` reads one
back. The message header carries the document's metadata; the document's body travels
as attachments, which vnplan does not model (see "Not modelled" below).

**What is written** (domain.md §4.2–4.3). The root ``edXML`` declares the edXML namespace
:data:`NAMESPACE` as default; ``edXML:edXMLEnvelope`` binds it to the prefix ``edXML``,
which every element inside the envelope carries (the validator of the national axis
rejects unprefixed children). ``MessageHeader`` holds, in this order:

========================  ========================================================
``From``                  ``issuer`` (``OrganId``, ``OrganName``, contact details) and
                          ``parent_issuer`` (``OrganizationInCharge``)
``To`` (repeated)         each recipient that has an ``organ_id``
``Code``                  ``number`` split into ``CodeNumber`` and ``CodeNotation``
``PromulgationInfo``      ``place`` and ``date`` (``YYYY/MM/DD``)
``DocumentType``          ``exchange.type_code``, ``doc_type`` (``TypeName``)
``Subject``, ``Content``  ``title``, ``exchange.content``
``SignerInfo``            ``signer`` (``Competence`` = authority, ``Position``,
                          ``FullName``), then one per co-signer
``DueDate``               ``exchange.due_date``
``ToPlaces/Place``        the name of every recipient, in order
``OtherInfo``             ``Priority`` (``urgency``, 0–4), ``SphereOfPromulgation``,
                          ``TyperNotation``, ``PromulgationAmount``, ``PageAmount``,
                          ``Appendixes``
``SteeringType``          ``exchange.steering``
``DocumentId``            "OrganId,YYYY/MM/DD,số/ký hiệu", derived unless
                          ``exchange.document_id`` holds another
``ResponseFor``           ``exchange.response_for``
========================  ========================================================

then ``TraceHeaderList`` (``exchange.traces`` and ``exchange.business``, spelled
``Bussiness`` as in the format), an empty ``DigitalSignature`` and a
``edXMLBody/edXMLManifest`` skeleton. A document without ``exchange`` is a new message:
it gets ``DocumentType/Type`` :data:`DEFAULT_TYPE_CODE`, ``SteeringType`` 0, one
``TraceHeader`` for the issuer at ``sent_at`` and a ``Bussiness`` block for a new
document. These codes are UNCONFIRMED (domain.md §10.9): the Type code list, the meaning
of SteeringType and of the Bussiness codes are known only from public implementations.

**What is read.** Besides the form above: unprefixed or differently prefixed elements in
the same namespace, elements in no namespace, ``Business`` for ``Bussiness``, the older
SOAP 1.1 ``Envelope``/``Header``/``Body`` wrapper (also with the ``edXML`` prefix bound to
the SOAP namespace, as one sender did), ``PromulgationInfo/Date`` for
``PromulgationDate``, and dates as ``YYYY/MM/DD``, ``yyyy/MM/dd HH:mm:ss``,
``dd/MM/yyyy HH:mm:ss`` or ISO 8601 (a timestamp with a zone is converted to Vietnam
time). A message titled "Kế hoạch" or "Báo cáo" (or numbered ``…/KH-…``, ``…/BC-…``)
is read as a :class:`~vnplan.model.Plan` or :class:`~vnplan.model.Report`.

**Nothing is lost.** An element the reader does not model — ``DigitalSignature`` content,
the manifest, ``AttachmentEncoded``, any element a sender adds — is kept verbatim in
``exchange.extensions`` with the path of its parent, and :func:`to_edxml` writes it back
there (after the elements vnplan writes). A modelled element whose value cannot be read
(a date "N/A", a ``To`` without ``OrganId``) is kept the same way and reported in
``warnings`` (rule ``edxml.unreadable``); with ``strict=True`` it is an error instead.

**Not modelled**: attachments (kept as extensions), the secrecy mark (edXML has no field
for it), ``Recipient.addressed``/``note``, and everything of the document body.

>>> import datetime as dt
>>> from vnplan.model import Agency, Document, Recipient
>>> doc = Document(
...     number_text="7816/VPCP-TTĐT", doc_type="Công văn", place="Hà Nội",
...     date=dt.date(2018, 9, 20), title="V/v triển khai Nghị định 30",
...     issuer=Agency(name="Văn phòng Chính phủ", organ_id="000.00.00.G22"),
...     recipients=[Recipient(name="UBND tỉnh Nghệ An", organ_id="000.00.00.H41")])
>>> data = to_edxml(doc, sent_at=dt.datetime(2018, 9, 20, 15, 30))
>>> data.count(b"<edXML:DocumentId>000.00.00.G22,2018/09/20,7816/VPCP-TT\\xc4\\x90T<")
1
>>> back = from_edxml(data)
>>> back.number, back.date
(DocumentNumber('7816/VPCP-TTĐT'), datetime.date(2018, 9, 20))
>>> back.issuer.organ_id, back.recipients[0].organ_id
(OrganId('000.00.00.G22'), OrganId('000.00.00.H41'))
>>> to_edxml(back) == data
True
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterator
from typing import Any, Final

import pydantic
from lxml import etree

from vnplan.agencies import OrganId
from vnplan.doctypes import DocumentType
from vnplan.errors import InputTooLarge, InvalidFormat, ValidationError, VnplanError
from vnplan.findings import Finding, Severity
from vnplan.io.safexml import element_path, local_name, parse_xml
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
    Urgency,
)
from vnplan.numbering import DocumentNumber

__all__ = [
    "DEFAULT_TYPE_CODE",
    "MAX_EDXML_SIZE",
    "NAMESPACE",
    "SOAP_NAMESPACE",
    "from_edxml",
    "to_edxml",
]

#: The edXML namespace of QCVN 102:2016.
NAMESPACE: Final = "http://www.mic.gov.vn/TBT/QCVN_102_2016"
#: The SOAP 1.1 envelope namespace of older messages (read only).
SOAP_NAMESPACE: Final = "http://schemas.xmlsoap.org/soap/envelope/"
#: ``DocumentType/Type`` of a new message: 2, "văn bản hành chính" in one public builder.
#: The code list is UNCONFIRMED (others send 1 or 18); set ``exchange.type_code``.
DEFAULT_TYPE_CODE: Final = "2"
#: Largest message :func:`from_edxml` reads, in bytes. Attachments count; libxml2 also
#: refuses a single text node above 10,000,000 bytes (an attachment of about 7.5 MB).
MAX_EDXML_SIZE: Final = 64_000_000

_SOAP_ACTOR = "http://schemas.xmlsoap.org/soap/actor/next"
_VIETNAM = dt.timezone(dt.timedelta(hours=7))
_VOCABULARY = frozenset({NAMESPACE, SOAP_NAMESPACE, None})

# Paths of the containers, as local names in the standard envelope.
_ROOT = "/edXML"
_ENVELOPE = _ROOT + "/edXMLEnvelope"
_HEADER = _ENVELOPE + "/edXMLHeader"
_BODY = _ENVELOPE + "/edXMLBody"
_MESSAGE = _HEADER + "/MessageHeader"
_TRACES = _HEADER + "/TraceHeaderList"
_BUSINESS = _TRACES + "/Bussiness"

_PARTY_FIELDS = ("OrganId", "OrganizationInCharge", "OrganName") + (
    _CONTACT_FIELDS := ("OrganAdd", "Email", "Telephone", "Fax", "Website")
)
_CONTACT_NAMES = dict(
    zip(_CONTACT_FIELDS, ("address", "email", "telephone", "fax", "website"), strict=True)
)
_NUMBER_LABEL = re.compile(r"[ \t]{0,20}[Ss][ốỐoO][ \t]{0,5}:?[ \t]{0,20}")
_INTEGER = re.compile(r"[0-9]{1,9}")
_YMD = re.compile(
    r"([0-9]{4})[/-]([0-9]{1,2})[/-]([0-9]{1,2})"
    r"(?:[ T]([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:[.,][0-9]{1,9})?)?)?"
    r"(Z|[+-][0-9]{2}(?::?[0-9]{2})?)?"
)
_DMY = re.compile(
    r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})(?: ([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?)?"
)
_KINDS: dict[str, type[Document]] = {"KH": Plan, "BC": Report}


# -- values ----------------------------------------------------------------------------


def _format_date(value: dt.date) -> str:
    return f"{value.year:04d}/{value.month:02d}/{value.day:02d}"


def _format_timestamp(value: dt.datetime) -> str:
    if value.tzinfo is not None:
        try:
            value = value.astimezone(_VIETNAM)
        except OverflowError:
            raise VnplanError(f"cannot write the timestamp {value} in Vietnam time") from None
    return f"{_format_date(value)} {value.hour:02d}:{value.minute:02d}:{value.second:02d}"


def _read_datetime(text: str) -> dt.datetime:
    """A date or timestamp in any of the forms senders use; naive Vietnam time."""
    text = text.strip()
    match = _YMD.fullmatch(text) if len(text) <= 64 else None
    zone = None
    if match is not None:
        year, month, day, hour, minute, second, zone = match.groups()
    else:
        match = _DMY.fullmatch(text) if len(text) <= 64 else None
        if match is None:
            raise ValueError(
                "expected a date YYYY/MM/DD (or yyyy/MM/dd HH:mm:ss, dd/MM/yyyy HH:mm:ss, ISO 8601)"
            )
        day, month, year, hour, minute, second = match.groups()
    value = dt.datetime(
        int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0)
    )
    if zone:
        if zone == "Z":
            offset = dt.timedelta(0)
        else:
            digits = zone[1:].replace(":", "")
            offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
            offset = -offset if zone[0] == "-" else offset
        try:
            value = value.replace(tzinfo=dt.timezone(offset)).astimezone(_VIETNAM)
        except OverflowError:
            raise ValueError("the time is out of the supported range") from None
        value = value.replace(tzinfo=None)
    return value


def _read_date(text: str) -> dt.date:
    # A date is read as written: a zone on a date-time does not move its day.
    text = text.strip()
    match = _YMD.fullmatch(text) if len(text) <= 64 else None
    if match is not None and match.group(7):
        return _read_datetime(text[: match.start(7)]).date()
    return _read_datetime(text).date()


def _read_count(text: str) -> int:
    if _INTEGER.fullmatch(text.strip()) is None:
        raise ValueError("expected a whole number of at most nine digits")
    return int(text.strip())


def _read_priority(text: str) -> Urgency:
    if text.strip() not in ("0", "1", "2", "3", "4"):
        raise ValueError("expected a priority 0-4 (thường, khẩn, thượng khẩn, hỏa tốc, "
                         "hỏa tốc hẹn giờ)")
    return Urgency.from_priority(int(text.strip()))


def _read_organ_id(text: str) -> OrganId:
    try:
        return OrganId.parse(text)
    except VnplanError:
        raise ValueError(
            f"expected an organisation identifier, got {text.strip()[:40]!r}"
        ) from None


def _derived_document_id(doc: Document) -> str | None:
    """"OrganId,YYYY/MM/DD,số/ký hiệu" (domain.md §4.3), when all three are known."""
    organ_id = doc.issuer.organ_id if doc.issuer is not None else None
    if organ_id is None or doc.date is None or doc.number is None:
        return None
    return f"{organ_id},{_format_date(doc.date)},{doc.number}"


def _code(doc: Document) -> tuple[str | None, str | None]:
    if doc.number is not None:
        return doc.number.code_number, doc.number.code_notation
    if not doc.number_text:
        return None, None
    label = _NUMBER_LABEL.match(doc.number_text)
    text = doc.number_text[label.end() :] if label else doc.number_text
    number, slash, notation = text.partition("/")
    return number or None, notation if slash else None


def _new_exchange(doc: Document, sent_at: dt.datetime | None) -> Exchange:
    """What a new message carries: the defaults public implementations send."""
    organ_id = doc.issuer.organ_id if doc.issuer is not None else None
    if sent_at is None:
        sent_at = dt.datetime.now(_VIETNAM).replace(tzinfo=None, microsecond=0)
    traces = [Trace(organ_id=organ_id, timestamp=sent_at)] if organ_id is not None else []
    return Exchange(
        type_code=DEFAULT_TYPE_CODE,
        steering=0,
        traces=traces,
        business=Business(kind=0, paper=0),
    )


# -- writing ---------------------------------------------------------------------------


def _q(name: str) -> str:
    return f"{{{NAMESPACE}}}{name}"


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
            _into_namespace(element)
            self.fragments.append((extension.path, element))
            self.kept.add((extension.path, local_name(element.tag)))

    def container(self, parent: Any, path: str, name: str, **attrib: str) -> Any:
        element = etree.SubElement(parent, _q(name), attrib)
        self.containers.setdefault(path, element)
        return element

    def leaf(self, parent: Any, name: str, value: str | None) -> None:
        if value is not None and value != "":
            etree.SubElement(parent, _q(name)).text = value

    def targeted(self, path: str) -> bool:
        """Whether a kept element goes into the container at ``path``."""
        return any(p == path for p, _ in self.fragments)

    def drop_if_empty(self, element: Any, path: str) -> None:
        if len(element) == 0 and not self.targeted(path):
            element.getparent().remove(element)
            if self.containers.get(path) is element:
                del self.containers[path]

    def build(self) -> Any:
        root = etree.Element(_q("edXML"), nsmap={None: NAMESPACE})  # type: ignore[dict-item]
        self.containers[_ROOT] = root
        envelope = etree.SubElement(root, _q("edXMLEnvelope"), nsmap={"edXML": NAMESPACE})
        self.containers[_ENVELOPE] = envelope
        header = self.container(envelope, _HEADER, "edXMLHeader")
        self.message(self.container(header, _MESSAGE, "MessageHeader"))
        self.traces(header)
        if (_HEADER, "DigitalSignature") not in self.kept:
            etree.SubElement(header, _q("DigitalSignature"))
        body = self.container(envelope, _BODY, "edXMLBody")
        if not any(path == _BODY for path, _ in self.fragments):
            etree.SubElement(body, _q("edXMLManifest"), version="1.0")
        for path, fragment in self.fragments:
            target = path
            while target not in self.containers:
                target = target.rsplit("/", 1)[0] or _ROOT
            self.containers[target].append(fragment)
        return root

    def party(self, parent: Any, path: str, name: str, values: dict[str, str | None]) -> None:
        element = self.container(parent, path, name)
        for field in _PARTY_FIELDS:
            self.leaf(element, field, values.get(field))
        self.drop_if_empty(element, path)

    @staticmethod
    def contact_values(contact: Contact | None) -> dict[str, str | None]:
        if contact is None:
            return {}
        return {tag: getattr(contact, field) for tag, field in _CONTACT_NAMES.items()}

    def message(self, message: Any) -> None:
        doc, exchange = self.doc, self.exchange
        issuer, parent = doc.issuer, doc.parent_issuer
        if issuer is not None or parent is not None:
            values: dict[str, str | None] = {
                "OrganizationInCharge": parent.name if parent is not None else None
            }
            if issuer is not None:
                values.update(self.contact_values(issuer.contact))
                values["OrganId"] = str(issuer.organ_id) if issuer.organ_id else None
                values["OrganName"] = issuer.name
            self.party(message, _MESSAGE + "/From", "From", values)
        for recipient in doc.recipients:
            if recipient.organ_id is None:
                continue
            values = self.contact_values(recipient.contact)
            values.update(OrganId=str(recipient.organ_id), OrganName=recipient.name,
                          OrganizationInCharge=recipient.parent_name)
            self.party(message, f"{_MESSAGE}/To[OrganId='{recipient.organ_id}']", "To", values)

        code_number, code_notation = _code(doc)
        group = self.container(message, _MESSAGE + "/Code", "Code")
        self.leaf(group, "CodeNumber", code_number)
        self.leaf(group, "CodeNotation", code_notation)
        self.drop_if_empty(group, _MESSAGE + "/Code")

        group = self.container(message, _MESSAGE + "/PromulgationInfo", "PromulgationInfo")
        self.leaf(group, "Place", doc.place)
        self.leaf(group, "PromulgationDate", _format_date(doc.date) if doc.date else None)
        self.drop_if_empty(group, _MESSAGE + "/PromulgationInfo")

        group = self.container(message, _MESSAGE + "/DocumentType", "DocumentType")
        self.leaf(group, "Type", exchange.type_code)
        self.leaf(group, "TypeName", doc.doc_type)
        self.leaf(group, "TypeDetail", exchange.type_detail)
        self.drop_if_empty(group, _MESSAGE + "/DocumentType")

        self.leaf(message, "Subject", doc.title)
        self.leaf(message, "Content", exchange.content)
        first = doc.signer
        if first is not None and not (first.authority or first.position or first.name):
            first = None  # an empty signature block carries nothing
        signers: list[Signer | None] = [first, *doc.co_signers]
        if first is None and not doc.co_signers:
            signers = []
        for i, signer in enumerate(signers, 1):
            element = self.container(message, f"{_MESSAGE}/SignerInfo[{i}]", "SignerInfo")
            if signer is not None:
                self.leaf(element, "Competence", signer.authority)
                self.leaf(element, "Position", signer.position)
                self.leaf(element, "FullName", signer.name)
        due = exchange.due_date
        self.leaf(message, "DueDate", _format_date(due) if due else None)

        group = self.container(message, _MESSAGE + "/ToPlaces", "ToPlaces")
        for recipient in doc.recipients:
            self.leaf(group, "Place", recipient.name)
        self.drop_if_empty(group, _MESSAGE + "/ToPlaces")

        path = _MESSAGE + "/OtherInfo"
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
                etree.SubElement(appendixes, _q("Appendix")).text = appendix or None
        self.drop_if_empty(group, path)

        if exchange.steering is not None:
            self.leaf(message, "SteeringType", str(exchange.steering))
        self.leaf(message, "DocumentId", exchange.document_id or _derived_document_id(doc))
        for i, response in enumerate(exchange.response_for, 1):
            element = self.container(message, f"{_MESSAGE}/ResponseFor[{i}]", "ResponseFor")
            self.leaf(element, "OrganId", str(response.organ_id) if response.organ_id else None)
            self.leaf(element, "Code", response.code)
            date = response.promulgation_date
            self.leaf(element, "PromulgationDate", _format_date(date) if date else None)
            self.leaf(element, "DocumentId", response.document_id)

    def traces(self, header: Any) -> None:
        exchange = self.exchange
        stamps = [(str(t.organ_id), _format_timestamp(t.timestamp) if t.timestamp else "")
                  for t in exchange.traces]
        seed = f"{_derived_document_id(self.doc)}|{stamps}".encode()
        traces = self.container(
            header, _TRACES, "TraceHeaderList",
            id=hashlib.sha256(seed).hexdigest()[:8], version="1.0", mustUnderstand="1",
            actor=_SOAP_ACTOR,
        )
        for i, trace in enumerate(exchange.traces, 1):
            element = self.container(traces, f"{_TRACES}/TraceHeader[{i}]", "TraceHeader")
            self.leaf(element, "OrganId", str(trace.organ_id) if trace.organ_id else None)
            stamp = trace.timestamp
            self.leaf(element, "Timestamp", _format_timestamp(stamp) if stamp else None)
        business = exchange.business
        if business is None:
            return
        element = self.container(traces, _BUSINESS, "Bussiness")
        self.leaf(element, "BussinessDocType",
                  str(business.kind) if business.kind is not None else None)
        self.leaf(element, "BussinessDocReason", business.reason)
        staff = self.container(element, _BUSINESS + "/StaffInfo", "StaffInfo")
        self.leaf(staff, "Department", business.department)
        self.leaf(staff, "Staff", business.staff)
        self.leaf(staff, "Mobile", business.mobile)
        self.leaf(staff, "Email", business.email)
        self.drop_if_empty(staff, _BUSINESS + "/StaffInfo")
        self.leaf(element, "Paper", str(business.paper) if business.paper is not None else None)


def to_edxml(
    doc: Document, *, sent_at: dt.datetime | None = None, pretty_print: bool = False
) -> bytes:
    """Write a document, plan or report as an edXML message (UTF-8, with declaration).

    ``sent_at`` is the time of the sender's ``TraceHeader`` in a new message (a document
    without ``exchange``); it defaults to the current Vietnam time, to the second. A
    document that has an ``exchange`` is written as it stands, ``sent_at`` unused.

    Raises:
        VnplanError: ``doc`` is not a document, or an ``exchange.extensions`` entry is not
            one well-formed XML element.
    """
    if not isinstance(doc, Document):
        raise VnplanError(f"expected a vnplan Document, Plan or Report, got {type(doc).__name__}")
    exchange = doc.exchange if doc.exchange is not None else _new_exchange(doc, sent_at)
    root = _Writer(doc, exchange).build()
    out: bytes = etree.tostring(
        root, xml_declaration=True, encoding="UTF-8", pretty_print=pretty_print
    )
    return out


# -- reading ---------------------------------------------------------------------------


class _Unreadable(Exception):
    """A modelled element whose value cannot be read; it is kept as sent."""


def _name(element: Any) -> str | None:
    """The local name of an element of the edXML vocabulary, else None (foreign)."""
    tag = element.tag
    if not isinstance(tag, str):
        return None
    qname = etree.QName(tag)
    return qname.localname if qname.namespace in _VOCABULARY else None


def _into_namespace(element: Any) -> None:
    """Move the elements of a tree that are in no namespace into edXML's.

    A message in no namespace is a variant of the edXML vocabulary; the standard form
    puts every element of the message in :data:`NAMESPACE`.
    """
    renamed = False
    for node in element.iter():
        if isinstance(node.tag, str) and etree.QName(node.tag).namespace is None:
            node.tag = _q(node.tag)
            renamed = True
    if renamed:
        etree.cleanup_namespaces(element, top_nsmap={"edXML": NAMESPACE})
    else:
        etree.cleanup_namespaces(element)


def _fragment(element: Any) -> str:
    """``element`` as standalone XML, in the standard namespace (:func:`_into_namespace`)."""
    fragment = copy.deepcopy(element)
    fragment.tail = None
    _into_namespace(fragment)
    return etree.tostring(fragment, encoding="unicode", with_tail=False)


def _text(element: Any) -> str | None:
    """The text of a leaf element (None when empty); _Unreadable if it is not a leaf."""
    if len(element):
        raise _Unreadable("expected text only, found child elements")
    if element.attrib:
        raise _Unreadable(f"expected no attributes, found {', '.join(element.attrib)}")
    text: str | None = element.text
    return text if text else None


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

    def stray_text(self, element: Any, path: str) -> None:
        for text in (element.text, *(child.tail for child in element)):
            if text is not None and not text.isspace():
                self.unreadable(element, path.rsplit("/", 1)[0] or _ROOT,
                                f"unexpected text {text.strip()[:40]!r}")
                return

    def children(self, element: Any, path: str) -> Iterator[tuple[str, Any]]:
        """(name, child) of the vocabulary's children; foreign ones are kept.

        A generator, so that foreign and unknown children are kept in document order.
        """
        for child in element:
            name = _name(child)
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
            for child in element:
                name = _name(child)
                if name not in names or name in values:
                    unknown.append(child)
                    continue
                text = _text(child)
                if text is not None:
                    values[name] = text
            model = build(values)
        except (_Unreadable, ValueError) as error:
            why = str(error).splitlines()[0] if isinstance(error, ValueError) else str(error)
            self.unreadable(element, parent_path, why)
            return None
        except pydantic.ValidationError as error:
            self.unreadable(element, parent_path, error.errors()[0]["msg"])
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
        name = _name(root)
        envelope = None
        if name == "edXML":
            for child in root:
                if envelope is None and _name(child) == "edXMLEnvelope":
                    envelope = child
                else:
                    self.keep(child, _ROOT)
        elif name in ("edXMLEnvelope", "Envelope"):
            envelope = root
        if envelope is None:
            raise _structure_error(
                data, root, "expected an edXML message: a root edXML with an edXMLEnvelope, "
                f"or a SOAP 1.1 Envelope; got {local_name(root.tag)!r}"
            )
        header = body = None
        for child in envelope:
            child_name = _name(child)
            if header is None and child_name in ("edXMLHeader", "Header"):
                header = child
            elif body is None and child_name in ("edXMLBody", "Body"):
                body = child
            else:
                self.keep(child, _ENVELOPE)
        if body is not None:
            for child in body:
                if _name(child) == "edXMLManifest" and not len(child) and not (
                    set(child.attrib) - {"version"}
                ):
                    continue  # the empty skeleton: written again by to_edxml
                self.keep(child, _BODY)
        message = None
        traces_read = False
        for child in header if header is not None else ():
            child_name = _name(child)
            if message is None and child_name == "MessageHeader":
                message = child
            elif child_name == "TraceHeaderList" and not traces_read:
                traces_read = True
                self.trace_list(child)
            elif child_name == "DigitalSignature" and not len(child) and not child.text:
                continue  # empty: written again by to_edxml
            else:
                self.keep(child, _HEADER)
        if message is None:
            found = header if header is not None else envelope
            status = any(_name(c) == "Status" for c in found)
            raise _structure_error(
                data, found,
                "this is a processing-status message (edXML:Status), not a document"
                if status else "expected an edXML:MessageHeader in the envelope's header",
            )
        return message

    def trace_list(self, element: Any) -> None:
        extra = set(element.attrib) - {"id", "version", "mustUnderstand", "actor"}
        if extra:
            self.unreadable(element, _HEADER, f"unexpected attributes {sorted(extra)}")
            return
        for name, child in self.children(element, _TRACES):
            if name == "TraceHeader":
                index = len(self.exchange["traces"]) + 1
                trace = self.record(
                    child, f"{_TRACES}/TraceHeader[{index}]", _TRACES,
                    ("OrganId", "Timestamp"),
                    lambda v: Trace(
                        organ_id=_read_organ_id(v["OrganId"]) if "OrganId" in v else None,
                        timestamp=_read_datetime(v["Timestamp"]) if "Timestamp" in v else None,
                    ),
                )
                if trace is not None:
                    self.exchange["traces"].append(trace)
            elif name in ("Bussiness", "Business") and "business" not in self.exchange:
                business = self.business(child)
                if business is not None:
                    self.exchange["business"] = business
            else:
                self.keep(child, _TRACES)

    def business(self, element: Any) -> Business | None:
        values: dict[str, Any] = {}
        staff_element = None
        unknown: list[Any] = []
        staff_unknown: list[Any] = []
        try:
            if element.attrib:
                raise _Unreadable("expected no attributes")
            for child in element:
                name = _name(child)
                key = {"BussinessDocType": "kind", "BusinessDocType": "kind",
                       "BussinessDocReason": "reason", "BusinessDocReason": "reason",
                       "Paper": "paper"}.get(name or "")
                if name == "StaffInfo" and staff_element is None:
                    staff_element = child
                elif key is None or key in values:
                    unknown.append(child)
                else:
                    convert = str if key == "reason" else _read_count
                    value = _read(child, convert)
                    if value is not None:
                        values[key] = value
            if staff_element is not None:
                if staff_element.attrib:
                    raise _Unreadable("expected no attributes on StaffInfo")
                for child in staff_element:
                    key = {"Department": "department", "Staff": "staff", "Mobile": "mobile",
                           "Email": "email"}.get(_name(child) or "")
                    if key is None or key in values:
                        staff_unknown.append(child)
                    elif (text := _text(child)) is not None:
                        values[key] = text
            business = Business(**values)
        except (_Unreadable, pydantic.ValidationError) as error:
            self.unreadable(element, _TRACES, str(error).splitlines()[0])
            return None
        for child in unknown:
            self.keep(child, _BUSINESS)
        for child in staff_unknown:
            self.keep(child, _BUSINESS + "/StaffInfo")
        return business

    # -- the message header --

    def message(self, message: Any) -> None:
        if message.attrib:
            self.unreadable(message, _HEADER, "unexpected attributes")
            return
        self.stray_text(message, _MESSAGE)
        handlers: dict[str, Callable[[Any], None]] = {
            "From": self.sender, "To": self.receiver, "Code": self.code,
            "PromulgationInfo": self.promulgation, "DocumentType": self.document_type,
            "SignerInfo": self.signer, "ToPlaces": self.to_places, "OtherInfo": self.other,
            "ResponseFor": self.response_for,
        }
        leaves: dict[str, tuple[str, str, Callable[[str], Any]]] = {
            "Subject": ("fields", "title", str),
            "Content": ("exchange", "content", str),
            "DueDate": ("exchange", "due_date", _read_date),
            "SteeringType": ("exchange", "steering", _read_count),
            "DocumentId": ("exchange", "document_id", str),
        }
        # An element that occurs once is read from its first occurrence that carries
        # something; later ones are kept as they are. (An empty or unreadable first one
        # does not count, so that reading what to_edxml wrote gives the same document.)
        seen: set[str] = set()
        for name, child in self.children(message, _MESSAGE):
            single = name not in ("To", "SignerInfo", "ResponseFor")
            if single and name in seen:
                self.keep(child, _MESSAGE)
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
                self.unreadable(child, _MESSAGE, str(error))
                return
            if value is not None:
                (self.fields if where == "fields" else self.exchange)[key] = value
        else:
            self.keep(child, _MESSAGE)

    def party(self, values: dict[str, str], *, receiver: bool) -> tuple[Any, Any]:
        name = values.get("OrganName")
        organ_id = _read_organ_id(values["OrganId"]) if "OrganId" in values else None
        contact = {field: values[tag] for tag, field in _CONTACT_NAMES.items() if tag in values}
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
        found = self.record(element, _MESSAGE + "/From", _MESSAGE, _PARTY_FIELDS,
                            lambda v: self.party(v, receiver=False),
                            empty=lambda found: found == (None, None))
        if found is not None:
            for key, value in zip(("issuer", "parent_issuer"), found, strict=True):
                if value is not None:
                    self.fields[key] = value

    def receiver(self, element: Any) -> None:
        found = self.record(
            element, lambda model: f"{_MESSAGE}/To[OrganId='{model[0].organ_id}']",
            _MESSAGE, _PARTY_FIELDS, lambda v: self.party(v, receiver=True),
        )
        if found is not None:
            self.recipients.append(found[0])

    def signer(self, element: Any) -> None:
        index = len(self.signers) + 1
        found = self.record(
            element, f"{_MESSAGE}/SignerInfo[{index}]", _MESSAGE,
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
            element, f"{_MESSAGE}/ResponseFor[{index}]", _MESSAGE,
            ("OrganId", "Code", "PromulgationDate", "DocumentId"),
            lambda v: ResponseFor(
                organ_id=_read_organ_id(v["OrganId"]) if "OrganId" in v else None,
                code=v.get("Code"),
                promulgation_date=(_read_date(v["PromulgationDate"])
                                   if "PromulgationDate" in v else None),
                document_id=v.get("DocumentId"),
            ),
        )
        if found is not None:
            self.exchange["response_for"].append(found)

    def code(self, element: Any) -> None:
        code: dict[str, str] = {}
        self.group(element, _MESSAGE + "/Code",
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
            element, _MESSAGE + "/PromulgationInfo",
            {"Place": ("place", str), "PromulgationDate": ("date", _read_date),
             "Date": ("date", _read_date)},
            self.fields,
        )

    def document_type(self, element: Any) -> None:
        found: dict[str, Any] = {}
        self.group(
            element, _MESSAGE + "/DocumentType",
            {"Type": ("type_code", str), "TypeName": ("doc_type", str),
             "TypeDetail": ("type_detail", str)},
            found,
        )
        if "doc_type" in found:
            self.fields["doc_type"] = found.pop("doc_type")
        self.exchange.update(found)

    def to_places(self, element: Any) -> None:
        path = _MESSAGE + "/ToPlaces"
        if element.attrib:
            self.unreadable(element, _MESSAGE, "unexpected attributes")
            return
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
        path = _MESSAGE + "/OtherInfo"
        readers: dict[str, tuple[str, Callable[[str], Any]]] = {
            "Priority": ("urgency", _read_priority),
            "SphereOfPromulgation": ("circulation", str),
            "TyperNotation": ("typist", str),
            "PromulgationAmount": ("copies", _read_count),
            "PageAmount": ("pages", _read_count),
        }
        found: dict[str, Any] = {}
        self.group(element, path, readers, found,
                   {"Appendixes": lambda child: self.appendixes(child, path + "/Appendixes")})
        if "urgency" in found:
            self.fields["urgency"] = found.pop("urgency")
        self.exchange.update(found)

    def appendixes(self, element: Any, path: str) -> None:
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
        if exchange.document_id is not None and exchange.document_id == _derived_document_id(doc):
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


def from_edxml(data: bytes | str, *, strict: bool = False) -> Document:
    """Read an edXML message as a document, plan or report.

    Elements vnplan does not model are kept in ``exchange.extensions``; a modelled
    element whose value cannot be read is kept there too and reported in ``warnings``
    (rule ``edxml.unreadable``), or, with ``strict=True``, raised.

    Raises:
        InvalidFormat: not well-formed or unsafe XML (see :mod:`vnplan.io.safexml`), or
            not an edXML message (the error names the line and the element path).
        ValidationError: with ``strict=True``, a modelled element could not be read; each
            finding names the line and the element path.
        InputTooLarge: above :data:`MAX_EDXML_SIZE` bytes.
    """
    if isinstance(data, str):
        data = data.encode("utf-8")
    if not isinstance(data, bytes):
        raise VnplanError(f"expected edXML as bytes or str, got {type(data).__name__}")
    if len(data) > MAX_EDXML_SIZE:
        raise InputTooLarge("edXML input", len(data), MAX_EDXML_SIZE)
    root = parse_xml(data)
    reader = _Reader(strict)
    message = reader.message_root(root, data)
    reader.message(message)
    if strict and reader.findings:
        raise ValidationError(reader.findings)
    try:
        return reader.document(data)
    except pydantic.ValidationError as error:  # pragma: no cover - every field is pre-checked
        raise ValidationError(
            [Finding("edxml.invalid", str(error).splitlines()[0])]
        ) from None
