"""Document numbers (số và ký hiệu): parse, format, check and find them in text.

Four families, told apart by the ký hiệu (notation), narrow patterns first:

| family | shape | examples |
|---|---|---|
| ``NORMATIVE`` | số/năm/TYPE-ISSUER, số/năm/QHn | 23/2021/QĐ-TTg, 80/2015/QH13 |
| ``PARTY`` | số-TYPE/ISSUER | 12-NQ/TU, 24-BS/UBKTTU |
| ``ADMINISTRATIVE`` | số/TYPE-ISSUER | 800/KH-UBND, 16/KH-MTTQ-BTT |
| ``OFFICIAL_LETTER`` | số/ISSUER-UNIT (công văn) | 643/UBND-KGVX |

An administrative number and a công văn number have the same shape; the first
group decides: a known type abbreviation (Decree 30/2020 Phụ lục III, or an
observed one such as HDLN) makes it administrative, anything else is the issuer
of a công văn.

>>> n = DocumentNumber.parse("Số: 800/KH-UBND")
>>> (n.number, n.doc_type, n.issuer, n.family)
(800, 'KH', 'UBND', <NumberFamily.ADMINISTRATIVE: 'administrative'>)
>>> DocumentNumber.parse("643/UBND-KGVX").unit
'KGVX'
>>> str(DocumentNumber.parse("số 5 / QÐ – UBND"))  # spaces, eth, en dash
'05/QĐ-UBND'
>>> found = find_document_numbers("theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 và 12-NQ/TU;")
>>> ", ".join(str(m.value) for m in found)
'30/2020/NĐ-CP, 12-NQ/TU'
"""

from __future__ import annotations

import datetime
import enum
import re
import unicodedata
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar, NoReturn

import attrs

from vnplan.canonical import CanonicalString
from vnplan.chars import fold_lookalikes, to_nfc
from vnplan.data import numbering as tables
from vnplan.doctypes import DocumentCategory, DocumentType
from vnplan.errors import (
    IncompleteValue,
    InputTooLarge,
    InvalidComponent,
    InvalidFormat,
    ParseError,
    VnplanError,
)
from vnplan.findings import Finding, Severity, raise_for_errors

__all__ = [
    "MAX_LENGTH",
    "RULES",
    "DocumentNumber",
    "NumberFamily",
    "NumberMatch",
    "find_document_numbers",
]

#: Longest text :meth:`DocumentNumber.parse` accepts (a number with its "Số:" prefix
#: is rarely above 60 characters); longer input raises :class:`~vnplan.errors.InputTooLarge`.
MAX_LENGTH = 500
#: Most digits a number may have (the decree sets no upper bound; real numbers have <= 5).
MAX_DIGITS = 9
#: Years a number may carry without ``number.year-out-of-range``: from 1945 to next year.
FIRST_YEAR = 1945


class NumberFamily(enum.StrEnum):
    """The numbering convention a document number follows."""

    ADMINISTRATIVE = "administrative"
    """Văn bản hành chính with a type name: ``800/KH-UBND`` (Decree 30/2020)."""
    OFFICIAL_LETTER = "official_letter"
    """Công văn: issuer, then drafting unit: ``643/UBND-KGVX`` (Decree 30/2020)."""
    NORMATIVE = "normative"
    """Văn bản quy phạm pháp luật, with the year: ``23/2021/QĐ-TTg``, ``80/2015/QH13``."""
    PARTY = "party"
    """Party documents, hyphen after the number: ``12-NQ/TU`` (Hướng dẫn 36-HD/VPTW)."""


#: Every rule id :meth:`DocumentNumber.check` can report, with its severity.
RULES: dict[str, Severity] = {
    "number.invalid": Severity.ERROR,
    "number.incomplete": Severity.ERROR,
    "number.missing-leading-zero": Severity.ERROR,
    "number.unknown-type": Severity.ERROR,
    "number.observed-type": Severity.INFO,
    "number.year-missing": Severity.ERROR,
    "number.year-unexpected": Severity.ERROR,
    "number.year-out-of-range": Severity.ERROR,
    "number.party-with-year": Severity.ERROR,
    "number.mixed-families": Severity.ERROR,
    "number.spaces": Severity.ERROR,
    "number.ascii-folded": Severity.ERROR,
    "number.lookalike": Severity.ERROR,
    "number.case": Severity.ERROR,
    "number.separator": Severity.ERROR,
    "number.party-colon": Severity.INFO,
}

# ---------------------------------------------------------------------------
# Character classes (explicit: never \w or \d)

_VOWELS = "aăâeêioôơuưy"
_TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng


def _vietnamese_letters() -> tuple[str, str]:
    lower = set("abcdefghijklmnopqrstuvwxyzđ") | set(_VOWELS)
    for vowel in _VOWELS:
        for tone in _TONES:
            lower.add(unicodedata.normalize("NFC", vowel + tone))
    upper = {c.upper() for c in lower}
    return "".join(sorted(upper)), "".join(sorted(lower))


_UPPER, _LOWER = _vietnamese_letters()
_U = f"[{_UPPER}]"  # one upper-case Vietnamese letter
_L = f"[{_UPPER}{_LOWER}]"  # one Vietnamese letter
_LD = f"[{_UPPER}{_LOWER}0-9]"  # letter or digit
_UD = f"[{_UPPER}0-9]"  # upper-case letter or digit

# One abbreviation group of a ký hiệu: starts with an upper-case letter; may hold
# digits ("UBTVQH15", "G16"), inner "." or "&" ("NV.IV", "KT&VL").
_GROUP = f"{_U}{_LD}{{0,29}}(?:[.&]{_LD}{{1,29}}){{0,3}}"
_NUM = rf"[0-9]{{1,{MAX_DIGITS}}}(?:\.[0-9]{{1,4}})?"

# A clean number: one regex, used by the fast path (with an optional "Số: " prefix)
# and, after normalising and trimming, by the quick path.
_BODY = (
    rf"(?P<num>{_NUM})"
    rf"(?:/(?:(?P<year>[0-9]{{4}})/)?(?P<kh>{_GROUP}(?:-{_GROUP}){{0,15}})"
    rf"|-(?P<ptype>{_GROUP})/(?P<piss>{_GROUP}(?:-{_GROUP}){{0,15}})(?:/(?P<pyear>[0-9]{{4}}))?)"
)
_FAST = re.compile(rf"(?:[Ss]ố(?::? ?))?{_BODY}")
_CORE = re.compile(_BODY)
_FAST_MATCH = _FAST.fullmatch
_QH = re.compile(r"(?:UBTV)?QH[0-9]{1,2}")

# ---------------------------------------------------------------------------
# Tables derived from vnplan.doctypes (built once; lookups on the hot path are dicts)

_SLASH_CATEGORIES = (
    DocumentCategory.ADMINISTRATIVE,
    DocumentCategory.NORMATIVE,
    DocumentCategory.COPY,
)
_ADMIN_ONLY, _SHARED, _NORMATIVE_ONLY = 0, 1, 2


def _slash_kinds() -> dict[str, int]:
    """How a type abbreviation in a slash-shaped number relates to the year."""
    with_year: dict[str, bool] = {}
    without_year: dict[str, bool] = {}
    for t in DocumentType.all():
        if t.abbreviation is None or t.category not in _SLASH_CATEGORIES:
            continue
        if t.year_in_number:
            with_year[t.abbreviation] = True
        else:
            without_year[t.abbreviation] = True
    kinds = {}
    for abbr in with_year.keys() | without_year.keys():
        if abbr in with_year and abbr in without_year:
            kinds[abbr] = _SHARED
        elif abbr in with_year:
            kinds[abbr] = _NORMATIVE_ONLY
        else:
            kinds[abbr] = _ADMIN_ONLY
    return kinds


_SLASH_KIND = _slash_kinds()
_COPY_TYPES = frozenset(
    t.abbreviation for t in DocumentType.all(DocumentCategory.COPY) if t.abbreviation
)
_PARTY_TYPES = frozenset(
    t.abbreviation for t in DocumentType.all(DocumentCategory.PARTY) if t.abbreviation
)
_OFFICIAL_SLASH_TYPES = frozenset(
    t.abbreviation
    for t in DocumentType.all()
    if t.abbreviation and t.category in _SLASH_CATEGORIES and not t.observed
)

_ASCII_TYPES = tables.ASCII_TYPES
_ASCII_ISSUERS = tables.ASCII_ISSUERS
_CASE_TYPES = tables.CASE_TYPES
_ISSUER_FIXES = {
    **{k: (v, "ascii-folded") for k, v in tables.ASCII_ISSUERS.items()},
    **{k: (v, "case") for k, v in tables.CASE_ISSUERS.items()},
    # "TƯ" (Trung ương typed with its horn, or "TW" read by OCR) is written TW (HD36).
    **{p + "TƯ": (p + "TW", "lookalike") for p in tables.PARTY_ISSUER_PREFIXES},
}
_ISSUER_FIX_HINT = re.compile("|".join(map(re.escape, _ISSUER_FIXES)))
_PARTY_ISSUERS = frozenset(
    prefix + suffix
    for prefix in tables.PARTY_ISSUER_PREFIXES
    for suffix in tables.PARTY_ISSUER_SUFFIXES
) | frozenset(tables.PARTY_ISSUERS_OTHER)
_STATE_ISSUERS = frozenset(tables.STATE_ISSUERS)
# Issuers a type abbreviation may be glued to when the hyphen was lost ("NĐCP").
_GLUED_ISSUERS = _STATE_ISSUERS | _PARTY_ISSUERS | frozenset(tables.GLUED_ISSUERS_OTHER)


# ---------------------------------------------------------------------------
# The value type


def _int_not_bool(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidComponent(
            f"{attribute.name} must be an int, got {type(value).__name__}",
            expected=attribute.name,
        )


def _optional_int(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _int_not_bool(instance, attribute, value)


def _string(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise InvalidComponent(
            f"{attribute.name} must be a str, got {type(value).__name__}", expected=attribute.name
        )


def _optional_string(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _string(instance, attribute, value)


def _family(value: object) -> NumberFamily:
    if isinstance(value, NumberFamily):
        return value
    try:
        return NumberFamily(value if isinstance(value, str) else "")
    except ValueError:
        raise InvalidComponent(
            f"family must be one of {', '.join(f.value for f in NumberFamily)}, got {value!r}",
            expected="family",
        ) from None


#: JSON-Schema (ECMA-262) pattern every canonical number matches.
JSON_PATTERN = (
    r"^[0-9]{2,9}(\.[0-9]{1,4})?"
    r"(-[^\s/-]+/[^\s/-]+(-[^\s/-]+)*(/[0-9]{4})?"
    r"|/([0-9]{4}/)?[^\s/-]+(-[^\s/-]+)*)$"
)


@attrs.frozen(slots=True, kw_only=True, repr=False)
class DocumentNumber(CanonicalString):
    """A document number: số and ký hiệu, in one of four :class:`NumberFamily` shapes.

    Build one with :meth:`parse`; the constructor accepts only field combinations
    whose canonical string parses back to the same value.

    Attributes:
        number: the số, a positive int (``800``).
        year: the year printed in the number (normative documents), else ``None``.
        doc_type: the type abbreviation ("KH", "QĐ", "NQ"); ``None`` for công văn and
            for laws and resolutions of the National Assembly and its Standing
            Committee ("80/2015/QH13").
        issuer: issuer abbreviation, all its groups ("UBND", "TTg", "QH13", "TU",
            "BYT-BNV", "MTTQ-BTT"); ``""`` only for a bare copy number ("05/SY").
        unit: drafting unit or field of a công văn ("KGVX"), else ``None``.
        family: the :class:`NumberFamily`.
        sub: digits after a dot in the number ("66.4/2025/NQ-CP" has ``sub="4"``).
        digits: how many digits the number was printed with. Not compared: "0129"
            and "129" are the same number; :meth:`format` keeps the printed
            zero-padding unless asked not to.

    Equal values hash alike; ``DocumentNumber.parse(str(n)) == n`` always holds.

    >>> n = DocumentNumber.parse("0129/KH-UBND")
    >>> n == DocumentNumber.parse("129/KH-UBND"), str(n), n.format(keep_padding=False)
    (True, '0129/KH-UBND', '129/KH-UBND')
    """

    json_schema: ClassVar[Mapping[str, Any]] = {
        "pattern": JSON_PATTERN,
        "description": (
            "Số và ký hiệu of a Vietnamese official document, canonical form: "
            "800/KH-UBND, 643/UBND-KGVX, 23/2021/QĐ-TTg, 80/2015/QH13, 12-NQ/TU."
        ),
        "examples": ["800/KH-UBND", "23/2021/QĐ-TTg", "12-NQ/TU"],
    }

    number: int = attrs.field(validator=_int_not_bool)
    year: int | None = attrs.field(default=None, validator=_optional_int)
    doc_type: str | None = attrs.field(default=None, validator=_optional_string)
    issuer: str = attrs.field(validator=_string)
    unit: str | None = attrs.field(default=None, validator=_optional_string)
    family: NumberFamily = attrs.field(converter=_family)
    sub: str | None = attrs.field(default=None, validator=_optional_string)
    digits: int = attrs.field(default=0, eq=False, validator=_int_not_bool)

    def __attrs_post_init__(self) -> None:
        if self.number < 1:
            raise InvalidComponent(f"number must be positive, got {self.number}", expected="number")
        if not 0 <= self.digits <= MAX_DIGITS:
            raise InvalidComponent(f"digits must be 0..{MAX_DIGITS}", expected="digits")
        text = self.format()
        try:
            again, _, _ = _analyse(text)
        except ParseError as err:
            raise InvalidComponent(
                f"these fields do not make a document number ({err.message})",
                text=text,
                offset=err.offset,
            ) from None
        if again != self:
            raise InvalidComponent(
                f"these fields do not make a {self.family.value} number: {text!r} reads as "
                f"{again!r}",
                text=text,
            )

    # -- parsing -----------------------------------------------------------------

    @classmethod
    def parse(cls, text: str, *, strict: bool = False) -> DocumentNumber:
        """Parse a printed document number, tolerantly.

        Accepted and cleaned up: a "Số:"/"số"/"SỐ" prefix with or without colon;
        spaces and line breaks around "/" and "-"; en/em dashes and slash
        look-alikes; "Ð" for "Đ"; NFD text; Cyrillic or Greek homoglyphs; the
        ASCII-folded type tokens QD, ND, CD, QyD, QDi (and HDND); a wholly
        lower-case ký hiệu and mixed-case abbreviations typed in capitals (TTG,
        QYĐ); surrounding brackets, quotes, Markdown ``*`` and trailing ``; . , ) :``.

        With ``strict=True`` every convention :meth:`check` reports as an error
        (spaces, missing leading zero, a year where none belongs, …) raises
        :class:`~vnplan.errors.ValidationError`.

        >>> DocumentNumber.parse("Số: 80/2015/QH13").issuer
        'QH13'
        >>> DocumentNumber.parse("SỐ 24-BS/UBKTTU").family
        <NumberFamily.PARTY: 'party'>
        >>> DocumentNumber.parse("Số:      /KH-UBND")
        Traceback (most recent call last):
        ...
        vnplan.errors.IncompleteValue: blank document number (a template or an unsigned draft)...

        Raises:
            InvalidFormat: the text is not shaped like a document number.
            InvalidComponent: a part is impossible (number 0, a negative number).
            IncompleteValue: a blank template such as "Số: …/2026/QĐ-UBND".
            InputTooLarge: text longer than :data:`MAX_LENGTH`.
            ValidationError: ``strict=True`` and a convention is broken.
        """
        if not strict and type(text) is str:
            match = _FAST_MATCH(text)
            if match is not None:
                # Hot path: a clean number, one regex, a cached notation lookup.
                num, year, kh, ptype, piss, pyear = match.groups()
                if kh is None:
                    kh, year = piss, pyear
                info = _NOTATIONS.get((kh, year is None, ptype))
                if info is not None and "." not in num and num.strip("0"):
                    self = _NEW(DocumentNumber)
                    _SET_NUMBER(self, int(num))
                    _SET_YEAR(self, None if year is None else int(year))
                    _SET_TYPE(self, info[1])
                    _SET_ISSUER(self, info[2])
                    _SET_UNIT(self, info[3])
                    _SET_FAMILY(self, info[0])
                    _SET_SUB(self, None)
                    _SET_DIGITS(self, len(num))
                    return self
                return _from_match(text, match)
            if len(text) <= MAX_LENGTH:
                quick = _quick(text)
                if quick is not None:
                    return quick
        value, codes, spans = _analyse(text)
        if strict:
            raise_for_errors(_findings(value, codes, spans))
        return value

    @classmethod
    def is_valid(cls, text: str, *, strict: bool = False) -> bool:
        """``True`` if :meth:`parse` accepts ``text`` (with the same ``strict``).

        >>> DocumentNumber.is_valid("800/KH-UBND"), DocumentNumber.is_valid("10/12/2019")
        (True, False)
        >>> DocumentNumber.is_valid("5/QĐ-UBND"), DocumentNumber.is_valid("5/QĐ-UBND", strict=True)
        (True, False)
        """
        try:
            cls.parse(text, strict=strict)
        except VnplanError:
            return False
        return True

    @classmethod
    def check(cls, text: str) -> list[Finding]:
        """Every convention the printed number breaks, as findings (never raises).

        Rule ids and severities are listed in :data:`RULES`. Text that is not a
        number at all gives one ``number.invalid`` (or ``number.incomplete``) finding.

        >>> rules = [f.rule for f in DocumentNumber.check("Số: 5 / QD-UBND")]
        >>> rules
        ['number.spaces', 'number.ascii-folded', 'number.missing-leading-zero']
        >>> DocumentNumber.check("Số: 05/QĐ-UBND")
        []
        """
        try:
            value, codes, spans = _analyse(text)
        except IncompleteValue as err:
            return [_finding("number.incomplete", err.message, err.offset, len(err.text))]
        except ParseError as err:
            return [_finding("number.invalid", err.message, err.offset, err.offset + 1)]
        except VnplanError as err:
            return [_finding("number.invalid", str(err), None, None)]
        return _findings(value, codes, spans)

    @classmethod
    def from_edxml(cls, code_number: str, code_notation: str) -> DocumentNumber:
        """Join the edXML ``CodeNumber`` and ``CodeNotation`` back into a number.

        See :attr:`code_notation` for how a number is split.

        >>> str(DocumentNumber.from_edxml("7816", "VPCP-TTĐT"))
        '7816/VPCP-TTĐT'
        >>> str(DocumentNumber.from_edxml("23", "2021/QĐ-TTg"))
        '23/2021/QĐ-TTg'
        >>> str(DocumentNumber.from_edxml("12", "NQ/TU"))
        '12-NQ/TU'
        """
        if not isinstance(code_number, str) or not isinstance(code_notation, str):
            raise InvalidFormat("CodeNumber and CodeNotation must be strings")
        notation = code_notation.strip()
        party = "/" in notation and not re.match(r"[0-9]{4}/", notation)
        return cls.parse(code_number.strip() + ("-" if party else "/") + notation)

    # -- output ------------------------------------------------------------------

    def format(self, *, keep_padding: bool = True) -> str:
        """The canonical string: no spaces, "/" and "-" where the family puts them.

        Numbers below 10 get a leading zero ("05"). A number printed with more
        zero-padding ("0129") keeps it unless ``keep_padding=False``.
        """
        width = max(2, self.digits) if keep_padding else 2
        number = f"{self.number:0{width}d}"
        if self.sub is not None:
            number = f"{number}.{self.sub}"
        if self.family is NumberFamily.PARTY:
            year = f"/{self.year}" if self.year is not None else ""
            return f"{number}-{self.doc_type}/{self.issuer}{year}"
        return f"{number}/{self._notation()}"

    def _notation(self) -> str:
        # The ký hiệu of a slash-shaped number, year included.
        year = f"{self.year}/" if self.year is not None else ""
        if self.family is NumberFamily.OFFICIAL_LETTER:
            return f"{year}{self.issuer}-{self.unit}"
        if self.doc_type is None:
            return f"{year}{self.issuer}"
        if not self.issuer:
            return f"{year}{self.doc_type}"
        return f"{year}{self.doc_type}-{self.issuer}"

    def __str__(self) -> str:
        return self.format()

    def __repr__(self) -> str:
        return f"DocumentNumber({self.format()!r})"

    @property
    def code_number(self) -> str:
        """edXML ``CodeNumber`` (Decree 30 Phụ lục VI "Số của văn bản"): "800", "05"."""
        text = self.format()
        return text[: _number_end(text)]

    @property
    def code_notation(self) -> str:
        """edXML ``CodeNotation`` ("Ký hiệu"): everything after the number and its separator.

        The year of a normative number belongs to the notation, so
        ``code_number + "/" + code_notation`` is the canonical number and the
        edXML ``DocumentId`` ends with it ("…,2018/09/20,7816/VPCP-TTĐT"). For a
        Party number the separator is "-": "12" and "NQ/TU".

        >>> n = DocumentNumber.parse("23/2021/QĐ-TTg")
        >>> n.code_number, n.code_notation
        ('23', '2021/QĐ-TTg')
        """
        text = self.format()
        return text[_number_end(text) + 1 :]

    @property
    def document_type(self) -> DocumentType | None:
        """The :class:`~vnplan.doctypes.DocumentType` named by :attr:`doc_type`, if known.

        >>> DocumentNumber.parse("12-TT/TU").document_type.name_vi
        'Thông tri'
        >>> DocumentNumber.parse("12/2021/TT-BYT").document_type.name_vi
        'Thông tư'
        """
        if self.doc_type is None:
            return None
        category = {
            NumberFamily.PARTY: DocumentCategory.PARTY,
            NumberFamily.NORMATIVE: DocumentCategory.NORMATIVE,
        }.get(self.family)
        for wanted in (category, None):
            try:
                return DocumentType.from_abbreviation(self.doc_type, category=wanted)
            except VnplanError:
                continue
        return None

_TU_WITH_HORN = re.compile("T[ƯỪỨỬỮỰ](?![A-Za-z])")
_PROVINCIAL_COMMITTEE = re.compile(r"(?:tỉnh|thành)[ \t\r\n]{1,4}(?:ủy|uỷ)")


def provincial_party_number(
    value: DocumentNumber, printed: str, issuer: str | None
) -> DocumentNumber:
    """``value`` with TU for the TW it was read as, when "TƯ" was printed and the issuer
    is a provincial or city Party committee.

    "TƯ" in a Party ký hiệu is read as TW (Trung ương, as HD36 writes it), but OCR
    also puts a horn on the U of TU (tỉnh ủy/thành ủy). The issuer named with the
    number decides: a citation's "của Tỉnh ủy", a header's "TỈNH ỦY THỪA THIÊN HUẾ".

    >>> n = DocumentNumber.parse("13-NQ/TƯ")
    >>> str(n), str(provincial_party_number(n, "13-NQ/TƯ", "Ban Thường vụ Tỉnh ủy"))
    ('13-NQ/TW', '13-NQ/TU')
    >>> str(provincial_party_number(n, "13-NQ/TƯ", "Bộ Chính trị"))
    '13-NQ/TW'
    """
    if (
        issuer is None
        or not value.issuer.endswith("TW")
        or _TU_WITH_HORN.search(to_nfc(printed)) is None
        or _PROVINCIAL_COMMITTEE.search(to_nfc(issuer).lower()) is None
    ):
        return value
    return attrs.evolve(value, issuer=value.issuer[:-2] + "TU")


def _number_end(canonical: str) -> int:
    i = 0
    while canonical[i].isdigit() or canonical[i] == ".":
        i += 1
    return i


# ---------------------------------------------------------------------------
# Building values (shared by the fast path, the slow path and the finder)


# Values from the classifier are consistent by construction: they skip __init__'s
# round-trip check (it would parse again) and set the slots through their descriptors.
_NEW = object.__new__
_SET_NUMBER, _SET_YEAR, _SET_TYPE, _SET_ISSUER, _SET_UNIT, _SET_FAMILY, _SET_SUB, _SET_DIGITS = (
    getattr(DocumentNumber, name).__set__
    for name in ("number", "year", "doc_type", "issuer", "unit", "family", "sub", "digits")
)


# What the ký hiệu alone says: (family, doc_type, issuer, unit, rule codes). A plain
# tuple, not a NamedTuple: building one is on the hot path of every new notation.
_Notation = tuple[NumberFamily, str | None, str, str | None, tuple[str, ...]]


class _NotationError(Exception):
    """A ký hiệu that cannot be classified (converted to a ParseError by the caller)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _reject(cls: type[ParseError], message: str, text: str, offset: int, expected: str) -> NoReturn:
    raise cls(message, text=text, offset=offset, expected=expected)


def _classify(
    text: str,
    num: str,
    num_at: int,
    year_text: str | None,
    notation: str,
    notation_at: int,
    party_type: str | None,
) -> tuple[DocumentNumber, tuple[str, ...]]:
    """Turn the parts of a clean number into a value and the rule codes it breaks.

    ``notation`` is the ký hiệu after the number (and year), its groups joined by
    "-"; for a Party-shaped number ``party_type`` is the type and ``notation`` the
    issuer.
    """
    if "." in num:
        main, _, sub = num.partition(".")
    else:
        main, sub = num, None
    number = int(main)
    if not number:
        _reject(InvalidComponent, "number 0 is not a document number; numbering starts at 01",
                text, num_at, "number")
    try:
        info = _classify_notation(notation, year_text is not None, party_type)
    except _NotationError as err:
        _reject(InvalidFormat, err.message, text, notation_at, "ký hiệu")
    family, doc_type, issuer, unit, codes = info
    self = _NEW(DocumentNumber)
    _SET_NUMBER(self, number)
    _SET_YEAR(self, None if year_text is None else int(year_text))
    _SET_TYPE(self, doc_type)
    _SET_ISSUER(self, issuer)
    _SET_UNIT(self, unit)
    _SET_FAMILY(self, family)
    _SET_SUB(self, sub)
    _SET_DIGITS(self, len(main))
    return self, codes


# Real text repeats a few notations a lot ("KH-UBND", "NĐ-CP"): classifications are
# pure, so they are kept, up to a bound, keyed by (notation, no year, Party type).
_NOTATIONS: dict[tuple[str, bool, str | None], _Notation] = {}
_NOTATIONS_MAX = 4096


def _classify_notation(notation: str, has_year: bool, party_type: str | None) -> _Notation:
    """Classify a ký hiệu (cached)."""
    key = (notation, not has_year, party_type)
    info = _NOTATIONS.get(key)
    if info is None:
        groups = notation.split("-")
        if party_type is not None:
            info = _classify_party(party_type, groups, has_year)
        else:
            info = _classify_slash(groups, has_year)
        if len(_NOTATIONS) >= _NOTATIONS_MAX:
            _NOTATIONS.clear()  # crude bound; refills from the next calls
        _NOTATIONS[key] = info
    return info


def _classify_party(party_type: str, groups: list[str], has_year: bool) -> _Notation:
    first = groups[0]
    case: tuple[str, ...] = ()
    if len(groups) == 1 and first not in _PARTY_ISSUERS and first.upper() in _PARTY_ISSUERS:
        # "104-CTr/Tu": a Party issuer typed in lower case keeps the Party shape.
        groups, first, case = [first.upper()], first.upper(), ("case",)
    if any(c.islower() for c in first) or first in _STATE_ISSUERS or _QH.fullmatch(first):
        # Party shape, state issuer ("38-CT/TTg"): the notation wins over the shape.
        slash = _classify_slash([party_type, *groups], has_year)
        return slash[0], slash[1], slash[2], slash[3], ("mixed-families", *slash[4])
    codes: tuple[str, ...] = case
    doc_type = party_type
    if doc_type in _ASCII_TYPES and doc_type not in _PARTY_TYPES:
        doc_type = _ASCII_TYPES[doc_type]
        codes += ("ascii-folded",)
    elif doc_type in _CASE_TYPES and doc_type not in _PARTY_TYPES:
        doc_type = _CASE_TYPES[doc_type]
        codes += ("case",)
    if doc_type not in _PARTY_TYPES:
        codes += ("unknown-type",)
    if has_year:
        codes += ("party-with-year",)
    issuer, more = _fold_issuer(groups)
    return NumberFamily.PARTY, doc_type, issuer, None, codes + more


def _classify_slash(groups: list[str], has_year: bool) -> _Notation:
    dotted: tuple[str, ...] = ()
    head, dot, tail = groups[0].partition(".")
    if dot and tail and (head in _SLASH_KIND or head in _ASCII_TYPES or head in _CASE_TYPES):
        # Legacy "01/1999/QĐ.UB": a dot where the hyphen belongs after the type.
        groups = [head, tail, *groups[1:]]
        dotted = ("separator",)
    info = _classify_groups(groups, has_year)
    return (*info[:4], dotted + info[4]) if dotted else info


def _classify_groups(groups: list[str], has_year: bool) -> _Notation:
    first, rest = groups[0], groups[1:]
    if not rest:
        if has_year and _QH.fullmatch(first):
            return (NumberFamily.NORMATIVE, None, first, None, ())
        if not has_year and first in _COPY_TYPES:
            return (NumberFamily.ADMINISTRATIVE, first, "", None, ())
        split = _split_glued(first)
        if split is not None:
            info = _classify_groups(list(split), has_year)
            return (*info[:4], ("separator", *info[4]))
        expected = "TYPE-ISSUER or QH<khóa>" if has_year else "TYPE-ISSUER or ISSUER-UNIT"
        raise _NotationError(f"expected {expected} after '/', got one group {first!r}")

    codes: tuple[str, ...] = ()
    if has_year and first not in _SLASH_KIND and first not in _ASCII_TYPES:
        split = _split_glued(first)
        if split is not None:  # "15/2011/TTLTBTC-BNV": the first hyphen lost
            first, rest = split[0], [split[1], *rest]
            codes += ("separator",)
    if first in _ASCII_TYPES and first not in _SLASH_KIND:
        first = _ASCII_TYPES[first]
        codes += ("ascii-folded",)
    elif first in _CASE_TYPES and first not in _SLASH_KIND:
        first = _CASE_TYPES[first]
        codes += ("case",)
    issuer, more = _fold_issuer(rest)
    codes += more
    kind = _SLASH_KIND.get(first)
    if kind is None:
        if not has_year:
            return (NumberFamily.OFFICIAL_LETTER, None, first, issuer, codes)
        # Shaped like a normative number but the type is not one we know.
        return (NumberFamily.NORMATIVE, first, issuer, None, (*codes, "unknown-type"))
    if first not in _OFFICIAL_SLASH_TYPES:
        codes += ("observed-type",)
    if len(rest) == 1 and issuer in _PARTY_ISSUERS:
        # State shape, Party issuer ("27/NQ-TW"): the notation wins over the shape.
        codes += ("mixed-families",)
        if first not in _PARTY_TYPES:
            codes += ("unknown-type",)
        if has_year:
            codes += ("party-with-year",)
        return (NumberFamily.PARTY, first, issuer, None, codes)
    if has_year:
        if kind == _ADMIN_ONLY:
            return (NumberFamily.ADMINISTRATIVE, first, issuer, None,
                             (*codes, "year-unexpected"))
        return (NumberFamily.NORMATIVE, first, issuer, None, codes)
    if kind == _NORMATIVE_ONLY:
        return (NumberFamily.NORMATIVE, first, issuer, None, (*codes, "year-missing"))
    return (NumberFamily.ADMINISTRATIVE, first, issuer, None, codes)


def _split_glued(group: str) -> tuple[str, str] | None:
    """A type abbreviation and an issuer that lost the hyphen between them, if ``group``
    is exactly that ("NĐCP" → NĐ, CP; "QĐUBND" → QĐ, UBND; "TTLTBTC" → TTLT, BTC).

    Only a known type (Decree 30/2020 Phụ lục III, the Law on legal documents, or
    its ASCII-folded form) followed by a known issuer code: "UBNDVX" or "SNVTCBC"
    are not split, there is no telling where one abbreviation ends.
    """
    for cut in range(min(len(group) - 1, 5), 0, -1):  # the longest type first
        head, tail = group[:cut], group[cut:]
        if (head in _SLASH_KIND or head in _ASCII_TYPES) and _fold_issuer([tail])[0] in (
            _GLUED_ISSUERS
        ):
            return head, tail
    return None


def _fold_issuer(groups: list[str]) -> tuple[str, tuple[str, ...]]:
    joined = "-".join(groups)
    if _ISSUER_FIX_HINT.search(joined) is None:
        return joined, ()
    fixed, codes = [], []
    for group in groups:
        replacement, code = _ISSUER_FIXES.get(group, (group, ""))
        fixed.append(replacement)
        if code and code not in codes:
            codes.append(code)
    return "-".join(fixed), tuple(codes)


def _from_match(text: str, match: re.Match[str]) -> DocumentNumber:
    num, year, kh, ptype, piss, pyear = match.group("num", "year", "kh", "ptype", "piss", "pyear")
    if kh is not None:
        return _classify(text, num, match.start("num"), year, kh, match.start("kh"), None)[0]
    return _classify(text, num, match.start("num"), pyear, piss, match.start("piss"), ptype)[0]


# ---------------------------------------------------------------------------
# The tolerant (slow) path: clean-up, tokens, grammar

_EDGE_OPEN = "([{“‘\"'*«"
_EDGE_CLOSE = ")]}”’\"'*»;.,:"
# "Số", also with its tone mark lost or changed by OCR ("Sô", "Sỗ", "SO"); never "Sở".
_SO_VOWEL = "[ỐốÔôOoỒồỔổỖỗỘộÓó]"
_PREFIX = re.compile(
    r"[Ss]" + _SO_VOWEL + r"(?![" + _UPPER + _LOWER + r"])[ \t]{0,8}(:?)"
)
_TOKENS = re.compile(
    rf"(?P<num>[0-9]+(?:\.[0-9]+)?)"
    rf"|(?P<word>{_L}{_LD}*(?:[.&]{_LD}+)*)"
    r"|(?P<sep>[/-])"
    r"|(?P<space>\s+)"
    r"|(?P<blank>(?:…|\.\.|__)[….\u00b7_]*)"
    r"|(?P<other>.)",
    re.DOTALL,
)

_Spans = dict[str, tuple[int, int]]
_AROUND_SEPARATOR = re.compile(r"\s{0,8}([/-])\s{0,8}")


def _trim(s: str) -> tuple[int, int, re.Match[str] | None]:
    """Bounds of the number in ``s``: edges and the "Số:" prefix skipped."""
    start, end = 0, len(s)
    while start < end and (s[start].isspace() or s[start] in _EDGE_OPEN):
        start += 1
    while end > start and (s[end - 1].isspace() or s[end - 1] in _EDGE_CLOSE):
        end -= 1
    prefix = _PREFIX.match(s, start, end)
    if prefix is not None:
        start = prefix.end()
        while start < end and s[start].isspace():
            start += 1
    return start, end, prefix


def _quick(text: str) -> DocumentNumber | None:
    """The value of a number that is clean once normalised and trimmed, else ``None``.

    Never disagrees with :func:`_analyse` (a property test checks it); it only saves
    the tokenizer for the common untidy forms ("Số: 800 / KH - UBND").
    """
    s = fold_lookalikes(to_nfc(text))
    start, end, _ = _trim(s)
    core = _AROUND_SEPARATOR.sub(r"\1", s[start:end])
    match = _CORE.fullmatch(core)
    if match is None:
        return None
    try:
        return _from_match(core, match)
    except VnplanError:
        return None


def _analyse(text: str) -> tuple[DocumentNumber, tuple[str, ...], _Spans]:
    """Parse tolerantly; return the value, the rule codes it breaks and their spans."""
    if not isinstance(text, str):
        raise InvalidFormat(f"expected a string, got {type(text).__name__}")
    if len(text) > MAX_LENGTH:
        raise InputTooLarge("document number text", len(text), MAX_LENGTH)
    nfc = to_nfc(text)
    s = fold_lookalikes(nfc)
    codes: list[str] = []
    spans: _Spans = {}
    if s != nfc:
        at = next(i for i, (a, b) in enumerate(zip(s, nfc, strict=True)) if a != b)
        codes.append("lookalike")
        spans["lookalike"] = (at, at + 1)

    start, end, prefix = _trim(s)
    if prefix is not None and prefix.group(1):
        spans["colon"] = prefix.span(1)
    if start >= end:
        if prefix is not None:
            raise IncompleteValue(
                "blank document number: 'Số:' is followed by nothing",
                text=s, offset=start, expected="number",
            )
        raise InvalidFormat(
            "expected a document number such as '800/KH-UBND', got blank text",
            text=s, offset=start, expected="number",
        )

    tokens = [
        (m.lastgroup or "other", m.group(), m.start()) for m in _TOKENS.finditer(s, start, end)
    ]
    _check_blanks(s, tokens)
    # Spaces are allowed only next to a separator; they are then dropped.
    significant: list[tuple[str, str, int]] = []
    for i, (kind, token, at) in enumerate(tokens):
        if kind != "space":
            significant.append((kind, token, at))
            continue
        before = tokens[i - 1][0] if i > 0 else "sep"
        after = tokens[i + 1][0] if i + 1 < len(tokens) else "sep"
        if before != "sep" and after != "sep":
            _reject(InvalidFormat, "unexpected space inside the number; only '/' and '-' "
                    "may have spaces around them", s, at, "separator")
        if "spaces" not in codes:
            codes.append("spaces")
            spans["spaces"] = (at, at + len(token))

    value, more, found = _grammar(s, significant)
    spans.update(found)
    if prefix is not None and prefix.group(1) and value.family is NumberFamily.PARTY:
        codes.append("party-colon")
    return value, (*codes, *more), spans


def _check_blanks(s: str, tokens: list[tuple[str, str, int]]) -> None:
    for kind, _, at in tokens:
        if kind == "blank":
            raise IncompleteValue(
                "blank document number (a template or an unsigned draft): placeholder dots",
                text=s, offset=at, expected="number",
            )
    first = next((t for t in tokens if t[0] != "space"), None)
    if first is not None and first[0] == "sep":
        nxt = next((t for t in tokens if t[0] != "space" and t[2] > first[2]), None)
        if first[1] == "-" and nxt is not None and nxt[0] == "num":
            _reject(InvalidComponent, "a document number cannot be negative", s, first[2], "number")
        raise IncompleteValue(
            "blank document number (a template or an unsigned draft): nothing before "
            f"{first[1]!r}",
            text=s, offset=first[2], expected="number",
        )


def _grammar(
    s: str, tokens: list[tuple[str, str, int]]
) -> tuple[DocumentNumber, tuple[str, ...], _Spans]:
    pos = 0

    def peek() -> tuple[str, str, int]:
        if pos < len(tokens):
            return tokens[pos]
        return ("end", "", len(s.rstrip()) if tokens else 0)

    def take(kind: str, expected: str, what: str) -> tuple[str, str, int]:
        nonlocal pos
        token = peek()
        if token[0] != kind:
            got = "the end" if token[0] == "end" else repr(token[1])
            _reject(InvalidFormat, f"expected {what}, got {got}", s, token[2], expected)
        pos += 1
        return token

    def take_sep(char: str, what: str) -> int:
        token = take("sep", "separator", what)
        if token[1] != char:
            _reject(InvalidFormat, f"expected {what}, got {token[1]!r}", s, token[2], "separator")
        return token[2]

    words: list[tuple[str, int]] = []

    def take_word() -> tuple[str, int]:
        _, word, at = take("word", "ký hiệu", "an abbreviation such as 'KH' or 'UBND'")
        words.append((word, at))
        return word, at

    _, num, num_at = take("num", "number", "the number (digits), as in '800/KH-UBND'")
    main = num.partition(".")[0]
    if len(main) > MAX_DIGITS:
        _reject(InvalidComponent, f"a number has at most {MAX_DIGITS} digits", s, num_at, "number")
    spans: _Spans = {"number": (num_at, num_at + len(main))}
    sep = take("sep", "separator", "'/' (or '-' in a Party number) after the number")

    repaired: tuple[str, ...] = ()
    if sep[1] == "-" and peek()[0] == "num" and len(peek()[1]) == 4:
        # "18-2019-TT-BGDĐT": hyphens typed for the slashes of a normative number
        _, year_text, year_at = take("num", "year", "a year")
        spans["year"] = (year_at, year_at + 4)
        take_sep("-", "'-' after the year")
        party_type = None
        groups, groups_at = _groups(take_word, peek, take_sep)
        spans["type"] = (groups_at, groups_at + len(groups[0]))
        kind = _SLASH_KIND.get(_ASCII_TYPES.get(groups[0], groups[0]))
        if len(groups) < 2 or kind is None or kind == _ADMIN_ONLY:
            _reject(InvalidFormat, "expected '/' after the number, or a normative number "
                    "with hyphens ('18-2019-TT-BGDĐT')", s, sep[2], "separator")
        repaired = ("separator",)
    elif sep[1] == "-":
        party_type, type_at = take_word()
        spans["type"] = (type_at, type_at + len(party_type))
        take_sep("/", "'/' between the type and the issuer of a Party number")
        groups, groups_at = _groups(take_word, peek, take_sep)
        year_text = None
        if peek()[0] == "sep" and peek()[1] == "/":
            take_sep("/", "'/'")
            _, year_text, year_at = take("num", "year", "a 4-digit year")
            if len(year_text) != 4:
                _reject(InvalidFormat, "expected a 4-digit year", s, year_at, "year")
            spans["year"] = (year_at, year_at + 4)
    else:
        year_text = None
        after = peek()
        gap = s[sep[2] + 1 : after[2]]
        if after[:2] == ("sep", "/") and gap and not gap.strip():
            # "12/    /QĐ-UBND": the year left blank in a template
            raise IncompleteValue("blank year in a template number", text=s,
                                  offset=sep[2] + 1, expected="year")
        if peek()[0] == "num":
            _, year_text, year_at = take("num", "year", "a year")
            if len(year_text) != 4 or not year_text.isdigit():
                _reject(InvalidFormat, f"expected a 4-digit year or a ký hiệu after '/', got "
                        f"{year_text!r}", s, year_at, "year")
            spans["year"] = (year_at, year_at + 4)
            take_sep("/", "'/' after the year")
        party_type = None
        groups, groups_at = _groups(take_word, peek, take_sep)
        spans["type"] = (groups_at, groups_at + len(groups[0]))
        if (year_text is None and len(groups) == 1 and peek()[:2] == ("sep", "/")
                and pos + 1 < len(tokens) and tokens[pos + 1][0] == "word"
                and _fold_issuer([tokens[pos + 1][1]])[0] in _PARTY_ISSUERS
                and _ASCII_TYPES.get(groups[0], groups[0]) in _PARTY_TYPES):
            # "12/NQ/TW": a Party number with "/" typed for its hyphen
            take_sep("/", "'/'")
            party_type = groups[0]
            groups = [take_word()[0]]
            repaired = ("separator",)
    end = peek()
    if end[0] != "end":
        _reject(InvalidFormat, f"unexpected {end[1]!r} after the document number", s, end[2],
                "end")
    case: tuple[str, ...] = ()
    lower = [(word, at) for word, at in words if not word[0].isupper()]
    if lower:
        if any(c.isupper() for word, _ in words for c in word):
            word, at = lower[0]
            _reject(InvalidFormat, f"ký hiệu groups are upper case, got {word!r}", s, at,
                    "ký hiệu")
        # A wholly lower-case ký hiệu ("12/2019/nđ-cp", from web text): read it in capitals.
        case = ("case",)
        spans["case"] = (words[0][1], words[-1][1] + len(words[-1][0]))
        groups = [g.upper() for g in groups]
        party_type = party_type.upper() if party_type is not None else None
    value, codes = _classify(s, num, num_at, year_text, "-".join(groups), groups_at, party_type)
    return value, repaired + case + codes, spans


def _groups(take_word: Any, peek: Any, take_sep: Any) -> tuple[list[str], int]:
    word, at = take_word()
    groups = [word]
    while peek()[0] == "sep" and peek()[1] == "-":
        take_sep("-", "'-'")
        groups.append(take_word()[0])
    return groups, at


# ---------------------------------------------------------------------------
# Findings

_MESSAGES = {
    "missing-leading-zero": "numbers below 10 take a leading zero ('05/QĐ-UBND')",
    "unknown-type": "the type abbreviation is not in Decree 30/2020 Phụ lục III, the Law on "
    "legal documents or HD36",
    "observed-type": "the type abbreviation is not in the regulation's table but is seen in "
    "real numbers",
    "year-missing": "a legal normative document's number carries its year ('23/2021/QĐ-TTg')",
    "year-unexpected": "administrative documents are numbered without the year ('800/KH-UBND')",
    "year-out-of-range": f"the year is outside {FIRST_YEAR}..next year",
    "party-with-year": "Party numbers carry no year: the series runs over the committee's term",
    "mixed-families": "the separators of one family are used with the notation of another "
    "('38-CT/TTg' is written 38/CT-TTg; '27/NQ-TW' is written 27-NQ/TW)",
    "spaces": "no spaces inside a document number",
    "ascii-folded": "Vietnamese letters were typed without diacritics ('QD' for 'QĐ')",
    "lookalike": "look-alike characters (dash, slash, 'Ð', Cyrillic or Greek letters, 'TƯ' "
    "for TW) were used for the real ones",
    "separator": "groups of a ký hiệu are joined by '-', the number and the year by '/' "
    "('QĐ.UB' and 'QĐUB' are written QĐ-UB, '18-2019-TT-BGDĐT' 18/2019/TT-BGDĐT, "
    "'12/NQ/TW' 12-NQ/TW)",
    "case": "ký hiệu is upper case except the official mixed-case abbreviations "
    "(TTg, QyĐ, CTr, TTr, TrS, QĐi)",
    "party-colon": "HD36 prints Party numbers as 'Số 36-HD/VPTW', without a colon "
    "(rule text UNCONFIRMED)",
}
_SPAN_OF = {
    "missing-leading-zero": "number",
    "unknown-type": "type",
    "observed-type": "type",
    "year-missing": "type",
    "year-unexpected": "year",
    "year-out-of-range": "year",
    "party-with-year": "year",
    "spaces": "spaces",
    "ascii-folded": "type",
    "lookalike": "lookalike",
    "case": "case",
    "separator": "type",
    "party-colon": "colon",
}


def _finding(rule: str, message: str, start: int | None, end: int | None) -> Finding:
    return Finding(rule, message, severity=RULES[rule], field="number", start=start, end=end)


def _findings(value: DocumentNumber, codes: tuple[str, ...], spans: _Spans) -> list[Finding]:
    found = list(dict.fromkeys(codes))
    if value.number < 10 and value.digits < 2:
        found.append("missing-leading-zero")
    if value.year is not None and not FIRST_YEAR <= value.year <= datetime.date.today().year + 1:
        found.append("year-out-of-range")
    out = []
    for code in found:
        start, end = spans.get(_SPAN_OF.get(code, ""), (None, None))
        out.append(_finding(f"number.{code}", _MESSAGES[code], start, end))
    return out


# ---------------------------------------------------------------------------
# Finding numbers in running text


@attrs.frozen(slots=True)
class NumberMatch:
    """A document number found in text.

    Attributes:
        start: offset of the first character in the NFC form of the text.
        end: offset just past the last character.
        text: the number as printed (``to_nfc(text)[start:end]``), spaces and
            look-alikes included.
        value: the parsed :class:`DocumentNumber`.
    """

    start: int
    end: int
    text: str
    value: DocumentNumber


# Optional spaces and at most one line break around a separator.
_SP = r"[ \t]{0,3}(?:\r?\n[ \t]{0,3})?"
# After a spaced hyphen: upper case only (not "- Sở Y tế"), inner "." or "&" allowed.
_ISSUER_SPACED = f"{_U}{_UD}{{0,29}}(?:[.&]{_UD}{{1,29}}){{0,3}}"
_FIND = re.compile(
    rf"(?P<num>{_NUM})"
    rf"(?:{_SP}/{_SP}(?:(?P<year>[0-9]{{4}}){_SP}/{_SP})?"
    rf"(?:(?P<qh>(?:UBTV)?QH[0-9]{{1,2}})(?![-{_UPPER}{_LOWER}0-9])"
    rf"|(?P<first>{_GROUP})(?:-(?:\r?\n)?(?P<g1>{_GROUP})|{_SP}-{_SP}(?P<g1s>{_ISSUER_SPACED}|TTg))"
    rf"(?P<more>(?:-(?:\r?\n)?{_GROUP}){{0,14}})"
    # legacy dotted notation "QĐ.UB" (the classifier checks that "QĐ" is a type)
    rf"|(?P<dotted>{_U}{_L}{{0,4}}\.{_UD}{{1,29}}(?:[.&]{_UD}{{1,29}}){{0,2}})"
    # a Party number with "/" for its hyphen: "12/NQ/TW" (checked: Party type and issuer)
    rf"|(?P<stype>{_U}{_L}{{0,4}}){_SP}/{_SP}(?P<siss>{_U}{_UD}{{0,9}})"
    # one group: a type glued to its issuer, the hyphen lost ("NĐCP"; checked)
    rf"|(?P<glued>{_U}{_L}{{2,15}}))"
    rf"|{_SP}-{_SP}(?P<ptype>{_U}{_L}{{0,4}}){_SP}/{_SP}"
    rf"(?P<piss>{_GROUP}(?:-{_GROUP}){{0,7}})"
    # a normative number with hyphens for its slashes: "18-2019-TT-BGDĐT" (type checked)
    rf"|-(?P<hyear>(?:19|20)[0-9]{{2}})-(?P<htype>{_U}{_L}{{0,4}})-"
    rf"(?P<hiss>{_GROUP}(?:-{_GROUP}){{0,7}}))"
    # Maximal: not glued to a following letter or digit, and no dangling "-" (a
    # number cut by a layout break, "24/HDLN-BCA-BQP-BYT-   Hà Nội, ngày …").
    rf"(?![{_UPPER}{_LOWER}0-9]|-|[/&][{_UPPER}{_LOWER}0-9])"
)
_GLUE = frozenset(_UPPER + _LOWER + "0123456789/.-&")
_SO = re.compile("(?<![" + _UPPER + _LOWER + "])[Ss]" + _SO_VOWEL)
_SO_LOST = re.compile("(?<![" + _UPPER + _LOWER + "0-9])[Ss]")

# OCR reads 0 as "O"/"o" and 1 as "l"/"I" inside a digit run ("1O5/QĐ-UBND",
# "l7/2022/NĐ-CP", "/2O2O/"). Repaired only in a run that stands alone, holds a real
# digit and is followed by the "/" or "-" of a number: "II/2026" (Quý II) has no digit,
# and a group of a ký hiệu ("QĐ-O1") is left as printed.
_OCR_DIGIT_RUN = re.compile(
    # the number itself (not a group of a ký hiệu: nothing of a number before it) ...
    "(?<![" + _UPPER + _LOWER + "0-9/.&-])(?=[OoIl]{0,5}[0-9])[0-9OoIl]{1,9}(?=[ \t]{0,3}[/-])"
    # ... or the year between two slashes ("/2O2O/")
    "|(?<=/)[12][0-9Oo]{3}(?=/)"
)
_OCR_DIGITS = str.maketrans("OoIl", "0011")


def _repair_digit(match: re.Match[str]) -> str:
    return match.group().translate(_OCR_DIGITS)


def repair_ocr_digits(text: str) -> str:
    """``text`` with "O"/"o" read as 0 and "l"/"I" as 1 inside the digit runs of numbers.

    One character for one, so offsets into the result are offsets into ``text``. A
    run is repaired only where it stands alone, holds at least one real digit and is
    followed by "/" or "-" (the separator of a number, a date or a year span).
    :meth:`DocumentNumber.parse` and :func:`find_document_numbers` do not guess this
    way; a caller with context (the citation finder, after "số" or a type word) may
    run them on the repaired text.

    >>> repair_ocr_digits("Quyết định số 1O5/QĐ-UBND, Nghị định l7/2O22/NĐ-CP, Quý II/2026")
    'Quyết định số 105/QĐ-UBND, Nghị định 17/2022/NĐ-CP, Quý II/2026'
    """
    if "O" not in text and "o" not in text and "I" not in text and "l" not in text:
        return text
    return _OCR_DIGIT_RUN.sub(_repair_digit, text)


def _glued(folded: str, start: int) -> bool:
    """Whether the digits at ``start`` continue a longer token ("SA032/…", "01:2019/…")."""
    if not start:
        return False
    before = folded[start - 1]
    if before == ":":
        return start >= 2 and folded[start - 2].isdigit()  # a time or "01:2019"
    if before not in _GLUE:
        return False
    # "số1234/QĐ-UBND": the word "số" glued to the number is still a prefix, also
    # when it lost its vowel ("Nghị định s20/2008/NĐ-CP").
    if start >= 2 and _SO.match(folded, start - 2, start) is not None:
        return False
    return _SO_LOST.match(folded, start - 1, start) is None


def find_document_numbers(text: str) -> Iterator[NumberMatch]:
    """Every document number in running text, in order, in one linear pass.

    Offsets index into ``to_nfc(text)`` (the input itself when it is NFC). What is
    *not* taken as a number: dates ("10/12/2019", "14.7.2021"), amounts ("1.080"),
    fractions and year spans ("22/2019", "2021-2025"), a number with no ký hiệu
    ("Quyết định 1956"), lower-case words after a slash ("3/cấp"), and digits
    glued to a longer token ("06/03/2026/HCNM", "YBB-SA032/26-LR"). Spaces and one
    line break around separators are allowed ("217/2025/NĐ-\\nCP", "27/NQ- TW").
    OCR damage inside a group ("QH1 5", "I 40/2025") is not repaired: no guessing.

    >>> text = "Căn cứ Luật số 80/2015/QH13; Công văn số 643/UBND-KGVX ngày 10/12/2019."
    >>> spans = [(m.start, m.text) for m in find_document_numbers(text)]
    >>> spans
    [(15, '80/2015/QH13'), (41, '643/UBND-KGVX')]
    """
    if not isinstance(text, str):
        raise InvalidFormat(f"expected a string, got {type(text).__name__}")
    nfc = to_nfc(text)
    folded = fold_lookalikes(nfc)
    for match in _FIND.finditer(folded):
        start, end = match.span()
        if _glued(folded, start):
            continue
        if start >= 2 and folded[start - 1] == " " and folded[start - 2].isdigit():
            continue  # "1 25/2025/NĐ-CP": an OCR-split number, not 25
        if folded[end - 1].isdigit() and folded[end : end + 1] == " " and (
            folded[end + 1 : end + 2].isdigit()
        ):
            continue  # "QH1 5": an OCR-split group
        value = _value_of(folded, match)
        if value is not None:
            yield NumberMatch(start, end, nfc[start:end], value)


def _slash_party(
    text: str, num: str, num_at: int, year: str | None, party_type: str, issuer: str
) -> DocumentNumber | None:
    """ "12/NQ/TW": a Party number with "/" typed for its hyphen, if type and issuer
    are Party ones (anything else, "05/VLN/CV", is not read)."""
    folded = _fold_issuer([issuer])[0]
    if year is not None or folded not in _PARTY_ISSUERS:
        return None
    doc_type = _ASCII_TYPES.get(party_type, party_type)
    if doc_type not in _PARTY_TYPES:
        return None
    return _classify(text, num, num_at, None, issuer, num_at, party_type)[0]


def _hyphened(
    text: str, num: str, num_at: int, year: str, doc_type: str, issuer: str, at: int
) -> DocumentNumber | None:
    """ "18-2019-TT-BGDĐT": a normative number with hyphens for its slashes, if the type
    is one that carries the year."""
    kind = _SLASH_KIND.get(_ASCII_TYPES.get(doc_type, doc_type))
    if kind is None or kind == _ADMIN_ONLY:
        return None
    return _classify(text, num, num_at, year, f"{doc_type}-{issuer}", at, None)[0]


def _value_of(folded: str, match: re.Match[str]) -> DocumentNumber | None:
    num, year, qh, ptype, piss = match.group("num", "year", "qh", "ptype", "piss")
    num_at = match.start("num")
    try:
        if match.group("stype") is not None:
            return _slash_party(folded, num, num_at, year, match.group("stype"),
                                match.group("siss"))
        if match.group("hyear") is not None:
            return _hyphened(folded, num, num_at, match.group("hyear"), match.group("htype"),
                             match.group("hiss"), match.start("htype"))
        glued = match.group("glued")
        if glued is not None:
            if _split_glued(glued) is None:
                return None  # one group that is not type + issuer ("05/SY" is left out)
            return _classify(folded, num, num_at, year, glued, match.start("glued"), None)[0]
        if ptype is not None:
            return _classify(folded, num, num_at, None, piss, match.start("piss"), ptype)[0]
        if qh is not None:
            return _classify(folded, num, num_at, year, qh, match.start("qh"), None)[0]
        dotted = match.group("dotted")
        if dotted is not None:
            return _classify(folded, num, num_at, year, dotted, match.start("dotted"), None)[0]
        groups = [match.group("first"), match.group("g1") or match.group("g1s")]
        groups += [g.strip() for g in match.group("more").split("-")[1:]]
        return _classify(folded, num, num_at, year, "-".join(groups), match.start("first"),
                         None)[0]
    except VnplanError:
        return None
