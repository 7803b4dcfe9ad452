"""Urgency and secrecy marks (mức độ khẩn, độ mật; Decree 30/2020 boxes 10a/10b)."""

from __future__ import annotations

import enum

from vnplan.agencies import agency_key
from vnplan.errors import InvalidFormat

__all__ = ["Secrecy", "Urgency"]


class Urgency(enum.StrEnum):
    """Urgency of a document, with the edXML priority code (domain.md §1.8).

    >>> Urgency.parse("HOẢ TỐC")
    <Urgency.EXPRESS: 'express'>
    >>> Urgency.EXPRESS.priority, Urgency.EXPRESS.label_vi
    (3, 'Hỏa tốc')
    >>> Urgency.from_priority(2)
    <Urgency.VERY_URGENT: 'very_urgent'>
    """

    NORMAL = "normal"  # Thường, priority 0
    URGENT = "urgent"  # Khẩn, 1
    VERY_URGENT = "very_urgent"  # Thượng khẩn, 2
    EXPRESS = "express"  # Hỏa tốc, 3
    # Legacy: not in Decree 30/2020, still in edXML priority codes; its legal basis
    # (Circular 01/2011/TT-BNV) is UNCONFIRMED (domain.md §10.4).
    EXPRESS_TIMED = "express_timed"  # Hỏa tốc hẹn giờ, 4

    @property
    def priority(self) -> int:
        """The edXML ``Priority`` code, 0 (thường) to 4 (hỏa tốc hẹn giờ)."""
        return list(Urgency).index(self)

    @property
    def label_vi(self) -> str:
        """The Vietnamese mark ("Khẩn", "Thượng khẩn", "Hỏa tốc", ...)."""
        return _URGENCY_LABELS[self]

    @classmethod
    def from_priority(cls, code: int) -> Urgency:
        """The urgency of an edXML priority code (0–4)."""
        if not 0 <= code < len(cls):
            raise InvalidFormat(f"expected an edXML priority code 0-4, got {code}")
        return list(cls)[code]

    @classmethod
    def parse(cls, text: str) -> Urgency:
        """Read a printed mark in any case and tone placement ("HOẢ TỐC", "Khẩn")."""
        found = _URGENCY_BY_KEY.get(agency_key(text[:100]))
        if found is None:
            raise InvalidFormat(
                "expected an urgency mark: Khẩn, Thượng khẩn, Hỏa tốc or Hỏa tốc hẹn giờ",
                text=text,
                expected="urgency",
            )
        return found


_URGENCY_LABELS = {
    Urgency.NORMAL: "Thường",
    Urgency.URGENT: "Khẩn",
    Urgency.VERY_URGENT: "Thượng khẩn",
    Urgency.EXPRESS: "Hỏa tốc",
    Urgency.EXPRESS_TIMED: "Hỏa tốc hẹn giờ",
}
_URGENCY_BY_KEY = {agency_key(label): u for u, label in _URGENCY_LABELS.items()}


class Secrecy(enum.StrEnum):
    """Secrecy mark of a document (domain.md §1.8). No mark means not secret.

    >>> Secrecy.parse("TỐI MẬT")
    <Secrecy.SECRET: 'secret'>
    >>> Secrecy.TOP_SECRET.label_vi
    'Tuyệt mật'
    """

    CONFIDENTIAL = "confidential"  # Mật
    SECRET = "secret"  # Tối mật
    TOP_SECRET = "top_secret"  # Tuyệt mật

    @property
    def label_vi(self) -> str:
        """The Vietnamese mark ("Mật", "Tối mật", "Tuyệt mật")."""
        return _SECRECY_LABELS[self]

    @classmethod
    def parse(cls, text: str) -> Secrecy:
        """Read a printed mark in any case and tone placement."""
        found = _SECRECY_BY_KEY.get(agency_key(text[:100]))
        if found is None:
            raise InvalidFormat(
                "expected a secrecy mark: Mật, Tối mật or Tuyệt mật",
                text=text,
                expected="secrecy",
            )
        return found


_SECRECY_LABELS = {
    Secrecy.CONFIDENTIAL: "Mật",
    Secrecy.SECRET: "Tối mật",
    Secrecy.TOP_SECRET: "Tuyệt mật",
}
_SECRECY_BY_KEY = {agency_key(label): s for s, label in _SECRECY_LABELS.items()}
