"""Values in edXML: dates, timestamps, counts, priorities, identifiers.

Senders write dates in several forms ("YYYY/MM/DD", "yyyy/MM/dd HH:mm:ss",
"dd/MM/yyyy HH:mm:ss", ISO 8601); the readers take them all and raise ``ValueError``
with what was expected. Timestamps are Vietnam local time without a zone.
"""

from __future__ import annotations

import datetime as dt
import re

from vnplan.agencies import OrganId
from vnplan.errors import VnplanError
from vnplan.model import Document, Urgency

__all__ = [
    "VIETNAM",
    "derived_document_id",
    "format_date",
    "format_timestamp",
    "read_count",
    "read_date",
    "read_datetime",
    "read_organ_id",
    "read_priority",
]

#: Vietnam time (UTC+07:00, no daylight saving time).
VIETNAM = dt.timezone(dt.timedelta(hours=7))
_INTEGER = re.compile(r"[0-9]{1,9}")
_YMD = re.compile(
    r"([0-9]{4})[/-]([0-9]{1,2})[/-]([0-9]{1,2})"
    r"(?:[ T]([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:[.,][0-9]{1,9})?)?)?"
    r"(Z|[+-][0-9]{2}(?::?[0-9]{2})?)?"
)
_DMY = re.compile(
    r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})(?: ([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?)?"
)


def format_date(value: dt.date) -> str:
    """``YYYY/MM/DD``, the form VPCP-compatible builders send (which form QCVN 102 makes
    canonical is UNCONFIRMED, domain.md §10.9; readers accept the others)."""
    return f"{value.year:04d}/{value.month:02d}/{value.day:02d}"


def format_timestamp(value: dt.datetime) -> str:
    if value.tzinfo is not None:
        try:
            value = value.astimezone(VIETNAM)
        except OverflowError:
            raise VnplanError(f"cannot write the timestamp {value} in Vietnam time") from None
    return f"{format_date(value)} {value.hour:02d}:{value.minute:02d}:{value.second:02d}"


def read_datetime(text: str) -> dt.datetime:
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
            value = value.replace(tzinfo=dt.timezone(offset)).astimezone(VIETNAM)
        except OverflowError:
            raise ValueError("the time is out of the supported range") from None
        value = value.replace(tzinfo=None)
    return value


def read_date(text: str) -> dt.date:
    # A date is read as written: a zone on a date-time does not move its day.
    text = text.strip()
    match = _YMD.fullmatch(text) if len(text) <= 64 else None
    if match is not None and match.group(7):
        return read_datetime(text[: match.start(7)]).date()
    return read_datetime(text).date()


def read_count(text: str) -> int:
    if _INTEGER.fullmatch(text.strip()) is None:
        raise ValueError("expected a whole number of at most nine digits")
    return int(text.strip())


def read_priority(text: str) -> Urgency:
    if text.strip() not in ("0", "1", "2", "3", "4"):
        raise ValueError("expected a priority 0-4 (thường, khẩn, thượng khẩn, hỏa tốc, "
                         "hỏa tốc hẹn giờ)")
    return Urgency.from_priority(int(text.strip()))


def read_organ_id(text: str) -> OrganId:
    try:
        return OrganId.parse(text)
    except VnplanError:
        raise ValueError(
            f"expected an organisation identifier, got {text.strip()[:40]!r}"
        ) from None


def derived_document_id(doc: Document) -> str | None:
    """"OrganId,YYYY/MM/DD,số/ký hiệu" (domain.md §4.3), when all three are known."""
    organ_id = doc.issuer.organ_id if doc.issuer is not None else None
    if organ_id is None or doc.date is None or doc.number is None:
        return None
    return f"{organ_id},{format_date(doc.date)},{doc.number}"
