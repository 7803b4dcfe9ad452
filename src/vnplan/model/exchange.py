"""What an electronic exchange message carries beyond the document itself.

Documents travel between agencies' document-management systems as edXML messages
(QCVN 102:2016/BTTTT, domain.md §4). Most of a message's header is the document's own
metadata (number, issuer, date, subject, signer, recipients, urgency) and lives in the
:class:`~vnplan.model.Document` fields. :class:`Exchange` holds the rest: the records
metadata of Decree 30/2020 Phụ lục VI that a printed document does not show (hạn trả lời,
số trang, số lượng bản phát hành), the message's routing trail, and every element vnplan
does not model, kept verbatim so that a message read and written again loses nothing.

>>> ex = Exchange(due_date="2021-12-31", pages=3, copies=20, steering=0,
...               traces=[Trace(organ_id="000.00.00.H01", timestamp="2021-12-23T08:30:00")])
>>> ex.due_date, ex.traces[0].organ_id
(datetime.date(2021, 12, 31), OrganId('000.00.00.H01'))
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field

from vnplan.agencies import OrganId
from vnplan.model.base import NonEmptyText, Text, VnplanModel

__all__ = ["MAX_COUNT", "Business", "Exchange", "Extension", "ResponseFor", "Trace"]

#: Largest value of a count or code field (nine digits).
MAX_COUNT = 999_999_999

_Count = Annotated[int, Field(ge=0, le=MAX_COUNT)]


class Trace(VnplanModel):
    """One hop of a message (edXML ``TraceHeader``): which system handled it, and when."""

    organ_id: OrganId | None = None
    """Identifier of the organisation whose system handled the message."""
    timestamp: dt.datetime | None = None
    """When, to the second; edXML writes Vietnam local time without a zone."""


class Business(VnplanModel):
    """Why a message was sent and by whom (edXML ``Bussiness``, spelled so in the format).

    The meaning of the codes is UNCONFIRMED (domain.md §10.9): public implementations
    send ``kind`` 0 for a new document and ``paper`` 0 when no paper copy follows.
    """

    kind: _Count | None = None
    """``BussinessDocType``: 0 for a new document; other codes (revocation, update,
    replacement) are UNCONFIRMED."""
    reason: Text | None = None
    """``BussinessDocReason``: the sender's explanation."""
    department: Text | None = None
    """``StaffInfo/Department``: the sending unit."""
    staff: Text | None = None
    """``StaffInfo/Staff``: the person who sent the message."""
    mobile: Text | None = None
    """``StaffInfo/Mobile``."""
    email: Text | None = None
    """``StaffInfo/Email``."""
    paper: _Count | None = None
    """``Paper``: 0 when no paper copy follows (UNCONFIRMED)."""


class ResponseFor(VnplanModel):
    """The message a message answers (edXML ``ResponseFor``)."""

    organ_id: OrganId | None = None
    """Identifier of the organisation that sent the original."""
    code: Text | None = None
    """Số/ký hiệu of the original as written ("7816/VPCP-TTĐT")."""
    promulgation_date: dt.date | None = None
    """Date of the original."""
    document_id: Text | None = None
    """``DocumentId`` of the original ("000.00.00.G22,2018/09/20,7816/VPCP-TTĐT")."""


class Extension(VnplanModel):
    """An element the edXML reader does not model, kept to be written back.

    ``path`` is where the element sat, as local names from the message root in the
    standard envelope (``/edXML/edXMLEnvelope/edXMLHeader/MessageHeader/OtherInfo``;
    a recipient is ``To[OrganId='…']``, a signer ``SignerInfo[2]``); ``xml`` is the element
    itself, serialized with its namespace declarations.
    """

    path: NonEmptyText
    """Path of the parent element."""
    xml: NonEmptyText
    """The element, as XML text."""


class Exchange(VnplanModel):
    """What an edXML message (QCVN 102:2016) carries beyond the document's own fields.

    :func:`vnplan.to_edxml` writes a new message's defaults when a document has no
    ``exchange``; when it has one, it writes exactly what the exchange holds.
    """

    document_id: Text | None = None
    """``DocumentId`` when it differs from the one derived from the document
    ("OrganId,YYYY/MM/DD,số/ký hiệu"); ``None`` means "derive it"."""
    type_code: Text | None = None
    """``DocumentType/Type``: a numeric code whose list is UNCONFIRMED (builders send
    1, 2 or 18 for administrative documents)."""
    type_detail: Text | None = None
    """``DocumentType/TypeDetail``."""
    content: Text | None = None
    """``Content``: text sent with the header (often the trích yếu again)."""
    due_date: dt.date | None = None
    """``DueDate``: hạn trả lời / thời hạn giải quyết (Phụ lục VI)."""
    circulation: Text | None = None
    """``SphereOfPromulgation``: phạm vi lưu hành (Decree 30/2020 box 11)."""
    typist: Text | None = None
    """``TyperNotation``: ký hiệu người soạn thảo (box 12)."""
    copies: _Count | None = None
    """``PromulgationAmount``: số lượng bản phát hành (box 12)."""
    pages: _Count | None = None
    """``PageAmount``: số trang."""
    appendixes: list[Text] = Field(default_factory=list)
    """``Appendixes/Appendix``: names of the appendices, as sent."""
    steering: _Count | None = None
    """``SteeringType``: 0 for an ordinary document, 1 for a steering (chỉ đạo) one —
    meaning per one implementation, UNCONFIRMED."""
    response_for: list[ResponseFor] = Field(default_factory=list)
    """The messages this one answers."""
    traces: list[Trace] = Field(default_factory=list)
    """The message's trail (``TraceHeaderList/TraceHeader``), oldest first."""
    business: Business | None = None
    """The ``Bussiness`` block of the trace list."""
    extensions: list[Extension] = Field(default_factory=list)
    """Elements the reader does not model, in document order, written back in place."""
