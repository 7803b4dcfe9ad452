"""Repairs of number anchors that web, PDF and OCR text damage in a known way.

Used by :mod:`vnplan.text.citation_tokens`. Internal.

- a footnote marker glued to the end of a number: "Luật số 42/2024/QH151" is law
  42/2024/QH15 with footnote 1, "105/2025/NĐ-CP2" is 105/2025/NĐ-CP with footnote 2.
  Only digits that cannot belong to a known issuer code go: a legislature number has
  at most two digits ("QH15"), a ministry or committee code has none ("BGTVT").
- a Party or mass-organisation number with a space where its hyphen belongs:
  "84 QĐ/TWĐTN" is 84-QĐ/TWĐTN.

>>> footnote_length("42/2024/QH151"), footnote_length("105/2025/NĐ-CP2")
(1, 1)
>>> footnote_length("1023/NQ-UBTVQH14"), footnote_length("01/C06-P3")
(0, 0)
"""

from __future__ import annotations

import re

from vnplan.data import agencies
from vnplan.data import numbering as tables
from vnplan.errors import VnplanError
from vnplan.numbering import DocumentNumber, NumberFamily
from vnplan.text.letters import LOWER, UPPER

__all__ = ["footnote_length", "party_with_space"]

#: Codes that end with a legislature number ("QH15", "UBTVQH14").
_LEGISLATURE = frozenset({"QH", "UBTVQH"})
#: Issuer codes that never carry digits.
_CODES = (
    frozenset(a[0] for a in agencies.AGENCIES)
    | frozenset(tables.STATE_ISSUERS)
    | frozenset(tables.GLUED_ISSUERS_OTHER)
    | frozenset(p + s for p in tables.PARTY_ISSUER_PREFIXES for s in tables.PARTY_ISSUER_SUFFIXES)
    | frozenset(tables.PARTY_ISSUERS_OTHER)
) - _LEGISLATURE

_LAST_GROUP = re.compile(
    f"(?<=[/:-])(?P<code>[{UPPER}][{UPPER}{LOWER}]{{0,11}}?)(?P<digits>[0-9]{{1,4}})$"
)


def footnote_length(number: str) -> int:
    """How many characters at the end of ``number`` are a footnote marker (0 if none)."""
    match = _LAST_GROUP.search(number)
    if match is None:
        return 0
    code, digits = match.group("code"), match.group("digits")
    if code in _LEGISLATURE:
        return max(0, len(digits) - 2)
    if code in _CODES and len(digits) <= 3:
        return len(digits)
    return 0


# "84 QĐ/TWĐTN", "148 HD/TWH", "26 -NQ/TW": digits, a space (or a spaced hyphen), a
# type, "/", an issuer.
_PARTY_SPACED = re.compile(
    f"(?P<num>[0-9]{{1,5}})(?:[ ]{{1,2}}-?[ ]{{0,2}}|-[ ]{{1,2}})"
    f"(?P<type>[{UPPER}][{UPPER}{LOWER}]{{0,5}})/(?P<issuer>[{UPPER}][{UPPER}0-9]{{0,11}})"
    f"(?![{UPPER}{LOWER}0-9]|[-/][{UPPER}0-9])"
)


def party_with_space(s: str, pos: int) -> tuple[int, DocumentNumber] | None:
    """A Party-shaped number at ``pos`` with a space for its hyphen: its end and value.

    Only a number that reads as a Party (or mass-organisation) one is taken.
    """
    match = _PARTY_SPACED.match(s, pos)
    if match is None:
        return None
    text = f"{match.group('num')}-{match.group('type')}/{match.group('issuer')}"
    try:
        value = DocumentNumber.parse(text)
    except VnplanError:
        return None
    if value.family is not NumberFamily.PARTY:
        return None
    return match.end(), value
