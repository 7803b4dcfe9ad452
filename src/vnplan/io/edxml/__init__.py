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

Two readings here are vnplan's, UNCONFIRMED against the standard's text:
``OrganizationInCharge`` as the body in charge (cơ quan chủ quản; builders often repeat
``OrganName`` in it), and one ``SignerInfo`` per co-signer of a joint document (an empty
one stands for a missing first signer).

Then come ``TraceHeaderList`` (``exchange.traces`` and ``exchange.business``, spelled
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
Text between elements, which the format does not allow, is reported
(``edxml.stray-text``) and dropped. Not kept either: attributes of the envelope's
structural elements (``edXML``, ``edXMLEnvelope``, ``edXMLHeader``, ``edXMLBody``) and of
``TraceHeaderList``, which is written afresh (its ``id`` derived from the message).
``source`` records the format "edxml" and the SHA-256 of the input.

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

import datetime as dt
from typing import Final

from vnplan.errors import InputTooLarge, VnplanError
from vnplan.io.edxml.read import read_message
from vnplan.io.edxml.vocabulary import DEFAULT_TYPE_CODE, NAMESPACE, SOAP_NAMESPACE
from vnplan.io.edxml.write import write_message
from vnplan.io.safexml import parse_xml
from vnplan.model import Document

__all__ = [
    "DEFAULT_TYPE_CODE",
    "MAX_EDXML_SIZE",
    "NAMESPACE",
    "SOAP_NAMESPACE",
    "from_edxml",
    "to_edxml",
]

#: Largest message :func:`from_edxml` reads, in bytes. Attachments count; libxml2 also
#: refuses a single text node above 10,000,000 bytes (an attachment of about 7.5 MB).
MAX_EDXML_SIZE: Final = 64_000_000


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
    return write_message(doc, sent_at, pretty_print)


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
    return read_message(data, parse_xml(data), strict)
