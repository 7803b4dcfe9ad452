"""A reference to another document by its number."""

from __future__ import annotations

import datetime as dt

from vnplan.errors import VnplanError
from vnplan.model.base import NonEmptyText, Text, VnplanModel
from vnplan.model.span import Span
from vnplan.numbering import DocumentNumber

__all__ = ["Citation"]


class Citation(VnplanModel):
    """Another document referred to by number ("Quyết định số 1942/QĐ-TTg ngày ...").

    ``number`` is a string, not a parsed document number: permits, standards
    ("TCVN 6909:2001") and legacy numbers that no longer parse are cited too.

    >>> c = Citation(number="1942/QĐ-TTg", doc_type="Quyết định",
    ...              date=dt.date(2021, 11, 18), issuer="Thủ tướng Chính phủ")
    >>> c.number, c.date.isoformat()
    ('1942/QĐ-TTg', '2021-11-18')
    >>> c.document_number.family.value
    'administrative'
    >>> Citation(number="TCVN 6909:2001").document_number is None
    True
    """

    number: NonEmptyText
    """Số/ký hiệu, canonical where it could be read ("14-KH/TU", "30/2020/NĐ-CP")."""
    doc_type: Text | None = None
    """Vietnamese type name of the cited document ("Quyết định", "Nghị quyết")."""
    date: dt.date | None = None
    """Date of the cited document, when the text gives a full date."""
    issuer: Text | None = None
    """Issuer as written in the citing text ("UBND tỉnh", "Ban Bí thư")."""
    subject: Text | None = None
    """Trích yếu of the cited document, when the text gives it."""
    text: Text | None = None
    """The citation as printed."""
    span: Span | None = None
    """Where the citation is in the source."""

    @property
    def document_number(self) -> DocumentNumber | None:
        """``number`` as a :class:`~vnplan.numbering.DocumentNumber`, when it parses."""
        try:
            return DocumentNumber.parse(self.number)
        except VnplanError:
            return None
