"""Signing authority (quyền hạn của người ký): the TM./KT./TL./TUQ./Q. chain of a signature.

A signature block starts with the authority lines, e.g. "TM. ỦY BAN NHÂN DÂN" over
"KT. CHỦ TỊCH": the deputy signs *for* the chairman, who signs *on behalf of* the
committee. Decree 30/2020 (Phụ lục I, II.7; domain.md §1.6) defines five prefixes;
Party documents (Hướng dẫn 36-HD/VPTW, domain.md §3) write three of them with a slash.

| state form | Party form | `AuthorityKind` | meaning |
|---|---|---|---|
| `TM.` | `T/M` | `ON_BEHALF` | thay mặt (for a collective) |
| `KT.` | `K/T` | `DEPUTY` | ký thay (deputy for the head) |
| `TL.` | `T/L` | `BY_ORDER` | thừa lệnh |
| `TUQ.` | — | `AUTHORISED` | thừa ủy quyền |
| `Q.` | `Q.` | `ACTING` | quyền (acting head) |

Examples:
    >>> [str(s) for s in parse_authority("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH")]
    ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH']
    >>> step = AuthorityStep.parse("K/T TRƯỞNG BAN")
    >>> (step.kind, step.party_form, step.title)
    (<AuthorityKind.DEPUTY: 'deputy'>, True, 'TRƯỞNG BAN')
    >>> str(step)
    'K/T TRƯỞNG BAN'
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from vnplan.canonical import CanonicalString
from vnplan.chars import normalize
from vnplan.errors import IncompleteValue, InputTooLarge, InvalidFormat

__all__ = ["AuthorityKind", "AuthorityStep", "authority_prefix", "parse_authority"]

#: Longest authority text :func:`parse_authority` accepts.
MAX_AUTHORITY_LENGTH = 1000


class AuthorityKind(enum.StrEnum):
    """The five signing authorities of Decree 30/2020 (Phụ lục I, II.7)."""

    ON_BEHALF = "on_behalf"  # TM. / T/M  thay mặt
    DEPUTY = "deputy"  # KT. / K/T  ký thay
    BY_ORDER = "by_order"  # TL. / T/L  thừa lệnh
    AUTHORISED = "authorised"  # TUQ.      thừa ủy quyền
    ACTING = "acting"  # Q.        quyền

    @property
    def label_vi(self) -> str:
        """The Vietnamese name of the authority ("thay mặt", "ký thay", ...)."""
        return _LABELS[self]


_LABELS = {
    AuthorityKind.ON_BEHALF: "thay mặt",
    AuthorityKind.DEPUTY: "ký thay",
    AuthorityKind.BY_ORDER: "thừa lệnh",
    AuthorityKind.AUTHORISED: "thừa ủy quyền",
    AuthorityKind.ACTING: "quyền",
}
_STATE_PREFIX = {
    AuthorityKind.ON_BEHALF: "TM.",
    AuthorityKind.DEPUTY: "KT.",
    AuthorityKind.BY_ORDER: "TL.",
    AuthorityKind.AUTHORISED: "TUQ.",
    AuthorityKind.ACTING: "Q.",
}
_PARTY_PREFIX = {
    AuthorityKind.ON_BEHALF: "T/M",
    AuthorityKind.DEPUTY: "K/T",
    AuthorityKind.BY_ORDER: "T/L",
}
# Printed prefix (without its optional dot) -> (kind, party form). "Q" needs its dot:
# a bare "Q" is too easily a letter of a title.
_PREFIXES: dict[str, tuple[AuthorityKind, bool]] = {
    "TM": (AuthorityKind.ON_BEHALF, False),
    "KT": (AuthorityKind.DEPUTY, False),
    "TL": (AuthorityKind.BY_ORDER, False),
    "TUQ": (AuthorityKind.AUTHORISED, False),
    "T/M": (AuthorityKind.ON_BEHALF, True),
    "K/T": (AuthorityKind.DEPUTY, True),
    "T/L": (AuthorityKind.BY_ORDER, True),
}


def _prefix_of(token: str) -> tuple[AuthorityKind, bool, str] | None:
    """(kind, party form, rest of the token) when ``token`` starts with a prefix."""
    if token.startswith("Q.") and (len(token) == 2 or token[2:3].isupper()):
        return AuthorityKind.ACTING, False, token[2:]
    head, dot, rest = token.partition(".")
    if head in _PREFIXES and (dot or not rest):
        kind, party = _PREFIXES[head]
        return kind, party, rest
    return None


@attrs.frozen(slots=True)
class AuthorityStep(CanonicalString):
    """One step of a signing-authority chain: a prefix and the title it applies to.

    Attributes:
        kind: which authority (:class:`AuthorityKind`).
        title: what follows the prefix ("ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), in NFC with
            look-alike characters folded (:func:`vnplan.normalize`).
        party_form: whether the prefix was written the Party way (``T/M``, ``K/T``, ``T/L``).

    ``str()`` writes the canonical prefix ("TM.", or "T/M" for the Party form) and the
    title; :meth:`parse` reads it back.

    >>> AuthorityStep.parse("KT GIÁM ĐỐC")  # the dot is often dropped
    AuthorityStep(kind=<AuthorityKind.DEPUTY: 'deputy'>, title='GIÁM ĐỐC', party_form=False)
    >>> str(AuthorityStep(AuthorityKind.BY_ORDER, "BỘ TRƯỞNG"))
    'TL. BỘ TRƯỞNG'
    """

    json_schema: ClassVar[Mapping[str, Any]] = {
        "pattern": r"^(TM\.|KT\.|TL\.|TUQ\.|Q\.|T/M|K/T|T/L) \S",
        "description": "One signing-authority step: prefix (TM., KT., TL., TUQ., Q.; "
        "Party T/M, K/T, T/L) and the title it applies to.",
    }

    kind: AuthorityKind
    title: str = attrs.field(converter=normalize)
    party_form: bool = attrs.field(default=False)

    @title.validator
    def _check_title(self, attribute: Any, value: str) -> None:
        words = value.split()
        if not words or " ".join(words) != value:
            raise InvalidFormat(
                "expected a non-empty authority title with single spaces between words",
                text=value,
                expected="title",
            )
        for word in words:
            if _prefix_of(word) is not None:
                raise InvalidFormat(
                    "an authority title cannot contain another authority prefix",
                    text=value,
                    offset=value.find(word),
                    expected="title",
                )

    @party_form.validator
    def _check_party_form(self, attribute: Any, value: bool) -> None:
        if value and self.kind not in _PARTY_PREFIX:
            raise InvalidFormat(f"{self.kind.value} has no Party (slash) form")

    @property
    def prefix(self) -> str:
        """The canonical printed prefix: "TM.", "KT.", "TL.", "TUQ.", "Q.", "T/M", ..."""
        return _PARTY_PREFIX[self.kind] if self.party_form else _STATE_PREFIX[self.kind]

    def __str__(self) -> str:
        return f"{self.prefix} {self.title}"

    @classmethod
    def parse(cls, text: str) -> AuthorityStep:
        """Parse exactly one step ("KT. CHỦ TỊCH")."""
        steps = parse_authority(text)
        if len(steps) != 1:
            raise InvalidFormat(
                f"expected one authority step, found {len(steps)}",
                text=text,
                offset=0,
                expected="authority step",
            )
        return steps[0]


def authority_prefix(text: str) -> tuple[AuthorityKind, int] | None:
    """The signing-authority prefix that starts ``text``, if an upper-case title follows it.

    Returns the prefix's kind and the offset where the title starts (after the prefix,
    its dot and any spaces), or ``None``. The text stage uses it to tell an authority
    line of a signature block from other upper-case lines; ``text`` should already be
    look-alike folded (:func:`vnplan.chars.normalize`).

    >>> authority_prefix("KT. CHỦ TỊCH")
    (<AuthorityKind.DEPUTY: 'deputy'>, 4)
    >>> authority_prefix("T/M BAN THƯỜNG VỤ"), authority_prefix("TM.ỦY BAN NHÂN DÂN")
    ((<AuthorityKind.ON_BEHALF: 'on_behalf'>, 4), (<AuthorityKind.ON_BEHALF: 'on_behalf'>, 3))
    >>> authority_prefix("KT. chủ tịch") is None, authority_prefix("TUẦN LỄ") is None
    (True, True)
    """
    stripped = text[:MAX_AUTHORITY_LENGTH]
    end = 0
    while end < len(stripped) and not stripped[end].isspace():
        end += 1
    found = _prefix_of(stripped[:end])
    if found is None:
        return None
    kind, _party, rest = found
    start = end - len(rest)
    while start < len(stripped) and stripped[start] in " \t":
        start += 1
    if start >= len(stripped) or not stripped[start].isupper():
        return None
    return kind, start


def parse_authority(text: str) -> tuple[AuthorityStep, ...]:
    """Split printed authority lines into their steps.

    Lines may be joined by spaces or newlines. Every step needs a title; text before the
    first prefix is an error (a head signing in their own name has no authority line).

    Examples:
        >>> [str(s) for s in parse_authority("TL. CHỦ TỊCH\\nKT. CHÁNH VĂN PHÒNG")]
        ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG']
        >>> [str(s) for s in parse_authority("KT. BỘ TRƯỞNG, CHỦ NHIỆM")]
        ['KT. BỘ TRƯỞNG, CHỦ NHIỆM']
        >>> [str(s) for s in parse_authority("T/M. ĐOÀN KIỂM TRA")]
        ['T/M ĐOÀN KIỂM TRA']
        >>> parse_authority("PHÓ CHỦ TỊCH")
        Traceback (most recent call last):
        ...
        vnplan.errors.InvalidFormat: expected an authority prefix ... at line 1, column 1: 'PHÓ ...'

    Raises:
        InvalidFormat: no prefix at the start.
        IncompleteValue: a prefix without a title ("KT.").
        InputTooLarge: above :data:`MAX_AUTHORITY_LENGTH` characters.
    """
    if len(text) > MAX_AUTHORITY_LENGTH:
        raise InputTooLarge("authority text", len(text), MAX_AUTHORITY_LENGTH)
    clean = normalize(text)
    steps: list[AuthorityStep] = []
    current: tuple[AuthorityKind, bool] | None = None
    title: list[str] = []
    prefix_offset = 0
    position = 0

    def close() -> None:
        if current is None:
            return
        if not title:
            raise IncompleteValue(
                "expected a title after the authority prefix",
                text=clean,
                offset=prefix_offset,
                expected="title",
            )
        steps.append(AuthorityStep(current[0], " ".join(title), current[1]))

    for token in clean.split():
        offset = clean.index(token, position)
        position = offset + len(token)
        found = _prefix_of(token)
        if found is not None:
            close()
            current, title, prefix_offset = (found[0], found[1]), [], offset
            if found[2]:
                title.append(found[2])
            continue
        if current is None:
            raise InvalidFormat(
                "expected an authority prefix (TM., KT., TL., TUQ., Q., T/M, K/T, T/L)",
                text=clean,
                offset=offset,
                expected="authority prefix",
            )
        title.append(token)
    if current is None:
        raise IncompleteValue(
            "expected authority lines such as 'KT. CHỦ TỊCH', got nothing",
            text=clean,
            offset=0,
            expected="authority prefix",
        )
    close()
    return tuple(steps)
