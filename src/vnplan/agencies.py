"""Agencies: name normalisation, the abbreviation registry and organisation identifiers.

The same agency is written many ways in real documents: "UBND tỉnh An Giang" in a
body paragraph, "Ủy ban nhân dân tỉnh An Giang" in a căn cứ line and
"UỶ BAN NHÂN DÂN TỈNH AN GIANG" in the header. :func:`agency_key` maps all of them
to one comparison key: registered abbreviations are expanded, the text is put in NFC
with look-alikes folded, case-folded, the tone mark of every syllable is taken off its
vowel (so "Ủy"/"Uỷ" and "Hòa"/"Hoà" agree), punctuation and the connective "và" are
dropped and whitespace is collapsed.

>>> same_agency("UBND tỉnh An Giang", "UỶ BAN NHÂN DÂN TỈNH AN GIANG")
True
>>> same_agency("Sở LĐTBXH", "Sở Lao động – Thương binh và Xã hội")
True
>>> same_agency("Sở Tài chính", "Sở Tư pháp")
False
>>> expand_abbreviations("UBND tỉnh An Giang")
'Ủy ban nhân dân tỉnh An Giang'
>>> lookup_abbreviation("BTC").name
'Bộ Tài chính'
>>> classify_agency("Ủy ban nhân dân xã Lương Minh")
(<AgencyKind.PEOPLE_COMMITTEE: 'people_committee'>, <AgencyLevel.COMMUNE: 'commune'>)

Organisation identifiers (mã định danh) of QCVN 102:2016 and Decision 20/2020/QĐ-TTg:

>>> OrganId.parse("000.00.00.G22").is_legacy
True
>>> OrganId.parse("h37.02.02")
OrganId('H37.02.02')
>>> OrganId.parse("000.00.18.G12").levels
('G12', '18')
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from vnplan.canonical import CanonicalString
from vnplan.chars import normalize
from vnplan.data import agencies as _data
from vnplan.errors import InputTooLarge, InvalidFormat, VnplanError

__all__ = [
    "AgencyInfo",
    "AgencyKind",
    "AgencyLevel",
    "OrganId",
    "abbreviation_of",
    "agency_key",
    "classify_agency",
    "expand_abbreviations",
    "find_agency",
    "lookup_abbreviation",
    "registered_agencies",
    "same_agency",
]

#: Longest agency name :func:`agency_key` accepts (a whole paragraph is not a name).
MAX_NAME_LENGTH = 2000


class AgencyKind(enum.StrEnum):
    """What an agency is (its place in the political system), independent of its level."""

    LEGISLATURE = "legislature"  # Quốc hội, Ủy ban Thường vụ Quốc hội
    STATE_PRESIDENT = "state_president"  # Chủ tịch nước
    GOVERNMENT = "government"  # Chính phủ, Thủ tướng Chính phủ
    MINISTRY = "ministry"  # bộ, cơ quan ngang bộ, Văn phòng Chính phủ
    COURT = "court"  # tòa án
    PROCURACY = "procuracy"  # viện kiểm sát
    AUDIT = "audit"  # Kiểm toán nhà nước
    PEOPLE_COUNCIL = "people_council"  # Hội đồng nhân dân
    PEOPLE_COMMITTEE = "people_committee"  # Ủy ban nhân dân
    DEPARTMENT = "department"  # sở (provincial department)
    UNIT = "unit"  # cục, vụ, chi cục, phòng, văn phòng, trung tâm: a unit inside a body
    BOARD = "board"  # ban chỉ đạo, hội đồng, đoàn kiểm tra, tổ công tác, tiểu ban
    ARMED_FORCES = "armed_forces"  # công an, bộ chỉ huy quân sự
    PARTY = "party"  # Communist Party bodies (cấp ủy, ban đảng, ban cán sự đảng)
    FRONT = "front"  # Mặt trận Tổ quốc Việt Nam
    MASS_ORGANISATION = "mass_organisation"  # đoàn thanh niên, hội phụ nữ, công đoàn, ...
    ENTERPRISE = "enterprise"  # công ty, tổng công ty, tập đoàn
    OTHER = "other"


class AgencyLevel(enum.StrEnum):
    """Administrative level of an agency. The district level was abolished on 01/7/2025."""

    CENTRAL = "central"
    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"


@attrs.frozen(slots=True)
class AgencyInfo:
    """One entry of the abbreviation registry (``vnplan/data/agencies.py``).

    Attributes:
        abbreviation: the abbreviation as written in document numbers ("BTC", "TTg").
        name: the full name ("Bộ Tài chính").
        kind: what the agency is.
        level: its level, or ``None`` when it depends on the locality ("UBND").
        successor: abbreviation of the body a legacy agency merged into, if any.
    """

    abbreviation: str
    name: str
    kind: AgencyKind
    level: AgencyLevel | None = None
    successor: str | None = None


_REGISTRY: tuple[AgencyInfo, ...] = tuple(
    AgencyInfo(
        abbreviation=abbr,
        name=name,
        kind=AgencyKind(kind),
        level=AgencyLevel(level) if level else None,
        successor=successor or None,
    )
    for abbr, name, kind, level, successor in _data.AGENCIES
)
_BY_ABBREVIATION: dict[str, AgencyInfo] = {a.abbreviation: a for a in _REGISTRY}
_PHRASES: dict[str, str] = dict(_data.PHRASES)

# Tone marks of Vietnamese (combining forms after NFD), as digits in the key.
_TONES = {"\u0301": "1", "\u0300": "2", "\u0309": "3", "\u0303": "4", "\u0323": "5"}
_TONE_RE = re.compile("[\u0300\u0301\u0303\u0309\u0323]")
# Punctuation that separates words of a name but carries no meaning for identity.
_PUNCT_RE = re.compile(r"[-,;:.()\[\]/\\\"'“”‘’&*_|]")
_STOPWORDS = frozenset({"và"})
_EDGE_PUNCT = ",;:()"


def registered_agencies() -> tuple[AgencyInfo, ...]:
    """Every entry of the abbreviation registry, in table order."""
    return _REGISTRY


def lookup_abbreviation(abbreviation: str) -> AgencyInfo | None:
    """The registry entry for an exact abbreviation, or ``None``.

    Lookup is case-sensitive ("TTg" is the Prime Minister, "TTG" is nothing), after NFC
    and look-alike folding ("BQÐ" with an Icelandic eth finds nothing different from "BQĐ").

    >>> lookup_abbreviation("TTg").kind
    <AgencyKind.GOVERNMENT: 'government'>
    >>> lookup_abbreviation("BKHĐT").successor
    'BTC'
    >>> lookup_abbreviation("XYZ") is None
    True
    """
    return _BY_ABBREVIATION.get(normalize(abbreviation).strip())


def _check_size(name: str) -> None:
    if len(name) > MAX_NAME_LENGTH:
        raise InputTooLarge("agency name", len(name), MAX_NAME_LENGTH)


def _expand_token(token: str, upper: bool) -> str:
    start, end = 0, len(token)
    while start < end and token[start] in _EDGE_PUNCT:
        start += 1
    while end > start and token[end - 1] in _EDGE_PUNCT:
        end -= 1
    core = token[start:end]
    phrase = _PHRASES.get(core)
    if phrase is None and core.endswith(".") and core[:-1] in _PHRASES:
        phrase = _PHRASES[core[:-1]]
    if phrase is None:
        return token
    if upper:
        phrase = phrase.upper()
    return token[:start] + phrase + token[end:]


def expand_abbreviations(name: str) -> str:
    """Write registered abbreviations of ``name`` out in full, keeping the rest as is.

    A name that is exactly a registered agency abbreviation becomes that agency's name;
    otherwise phrase abbreviations ("UBND", "HĐND", "MTTQ", "LĐTBXH", "TP.") are
    expanded wherever they stand as a word. In an upper-case name the expansion is upper
    case too. The result is NFC with look-alikes folded and whitespace collapsed.

    >>> expand_abbreviations("UBND TỈNH LÀO CAI")
    'ỦY BAN NHÂN DÂN TỈNH LÀO CAI'
    >>> expand_abbreviations("Ủy ban MTTQ Việt Nam xã Lương Minh")
    'Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh'
    >>> expand_abbreviations("STC")
    'Sở Tài chính'

    Raises:
        InputTooLarge: above :data:`MAX_NAME_LENGTH` characters.
    """
    _check_size(name)
    tokens = normalize(name).split()
    whole = " ".join(tokens)
    info = _BY_ABBREVIATION.get(whole)
    if info is not None:
        return info.name
    upper = any(c.isalpha() for c in whole) and whole == whole.upper()
    return " ".join(_expand_token(t, upper) for t in tokens)


def _word_key(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    tones = _TONE_RE.findall(decomposed)
    if not tones:
        return word
    base = unicodedata.normalize("NFC", _TONE_RE.sub("", decomposed))
    return base + "#" + "".join(_TONES[t] for t in tones)


@functools.lru_cache(maxsize=4096)
def _key(name: str) -> str:
    folded = _PUNCT_RE.sub(" ", expand_abbreviations(name).casefold())
    return " ".join(_word_key(w) for w in folded.split() if w not in _STOPWORDS)


def agency_key(name: str) -> str:
    """The comparison key of an agency name: equal keys mean the same name.

    The key is for comparing and indexing only; it is not meant for display.

    >>> agency_key("Uỷ ban nhân dân") == agency_key("ỦY BAN NHÂN DÂN")
    True
    >>> agency_key("Sở Kế hoạch và Đầu tư") == agency_key("SKHĐT")
    True

    Raises:
        InputTooLarge: above :data:`MAX_NAME_LENGTH` characters.
    """
    _check_size(name)
    return _key(name)


def same_agency(a: str, b: str) -> bool:
    """Whether two agency names name the same agency, by :func:`agency_key`."""
    return agency_key(a) == agency_key(b)


_BY_KEY: dict[str, AgencyInfo] = {}
for _info in _REGISTRY:
    _BY_KEY.setdefault(_key(_info.name), _info)
_KIND_PREFIXES: tuple[tuple[tuple[str, ...], AgencyKind], ...] = tuple(
    sorted(
        ((tuple(_key(words).split()), AgencyKind(kind)) for words, kind in _data.KIND_PREFIXES),
        key=lambda item: -len(item[0]),
    )
)
_LEVEL_WORDS: tuple[tuple[tuple[str, ...], AgencyLevel], ...] = tuple(
    (tuple(_key(words).split()), AgencyLevel(level)) for words, level in _data.LEVEL_WORDS
)
_CITY = tuple(_key("thành phố").split())
_CENTRAL_CITIES = frozenset(_key(city) for city in _data.CENTRAL_CITIES)
# Phrases in which a locality word is not a locality: (words, index of the locality word).
_NOT_LOCALITY: tuple[tuple[tuple[str, ...], int], ...] = tuple(
    (tuple(_key(phrase).split()), index) for phrase, index in _data.NOT_LOCALITY
)
_IMPLIED_LEVEL = {
    AgencyKind.LEGISLATURE: AgencyLevel.CENTRAL,
    AgencyKind.STATE_PRESIDENT: AgencyLevel.CENTRAL,
    AgencyKind.GOVERNMENT: AgencyLevel.CENTRAL,
    AgencyKind.MINISTRY: AgencyLevel.CENTRAL,
    AgencyKind.AUDIT: AgencyLevel.CENTRAL,
    AgencyKind.DEPARTMENT: AgencyLevel.PROVINCE,
}


def find_agency(name: str) -> AgencyInfo | None:
    """The registry entry a name or abbreviation stands for, or ``None``.

    >>> find_agency("BỘ TÀI CHÍNH").abbreviation
    'BTC'
    >>> find_agency("Sở LĐTBXH").abbreviation
    'SLĐTBXH'
    >>> find_agency("Sở Tài chính tỉnh An Giang") is None
    True
    """
    return _BY_ABBREVIATION.get(normalize(name).strip()) or _BY_KEY.get(agency_key(name))


# Registered bodies whose level depends on the locality written after them ("UBND",
# "HĐND", "MTTQ", ...), longest name first: "Ủy ban nhân dân tỉnh X" is a "UBND".
_LOCAL_BODIES: tuple[tuple[str, AgencyInfo], ...] = tuple(
    sorted(
        ((_key(info.name) + " ", info) for info in _REGISTRY if info.level is None),
        key=lambda item: -len(item[0]),
    )
)


def abbreviation_of(name: str) -> str | None:
    """The abbreviation a body is written with in document numbers, when the registry knows.

    A registered name or abbreviation gives its own; a body whose level depends on its
    locality ("Ủy ban nhân dân", "Hội đồng nhân dân", "Ủy ban Mặt trận Tổ quốc Việt
    Nam") followed by a locality gives the body's abbreviation.

    >>> abbreviation_of("ỦY BAN NHÂN DÂN TỈNH AN GIANG")
    'UBND'
    >>> abbreviation_of("Văn phòng UBND tỉnh Lào Cai")
    'VPUBND'
    >>> abbreviation_of("Bộ Tài chính"), abbreviation_of("Sở Tài chính tỉnh An Giang")
    ('BTC', None)
    """
    info = find_agency(name)
    if info is not None:
        return info.abbreviation
    key = agency_key(name)
    for prefix, body in _LOCAL_BODIES:
        if key.startswith(prefix):
            return body.abbreviation
    return None


def _level_from_words(words: list[str]) -> AgencyLevel | None:
    for i in range(len(words)):
        if tuple(words[i : i + len(_CITY)]) == _CITY:
            rest = " ".join(words[i + len(_CITY) :])
            central = any(rest.startswith(city) for city in _CENTRAL_CITIES)
            return AgencyLevel.PROVINCE if central else AgencyLevel.DISTRICT
        for phrase, level in _LEVEL_WORDS:
            if tuple(words[i : i + len(phrase)]) != phrase:
                continue
            if not any(
                i >= at and tuple(words[i - at : i - at + len(other)]) == other
                for other, at in _NOT_LOCALITY
            ):
                return level
    return None


def classify_agency(name: str) -> tuple[AgencyKind | None, AgencyLevel | None]:
    """Guess an agency's kind and level from its name.

    The registry decides when the name is registered; otherwise the leading words decide
    the kind ("Sở ..." is a department) and the first locality word the level ("... xã
    ..." is a commune body). Either part is ``None`` when nothing tells.

    >>> classify_agency("Sở Lao động - Thương binh và Xã hội tỉnh Hưng Yên")
    (<AgencyKind.DEPARTMENT: 'department'>, <AgencyLevel.PROVINCE: 'province'>)
    >>> classify_agency("UBND thành phố Cần Thơ")[1]
    <AgencyLevel.PROVINCE: 'province'>
    >>> classify_agency("Ban Thường vụ Tỉnh ủy")
    (<AgencyKind.PARTY: 'party'>, <AgencyLevel.PROVINCE: 'province'>)
    >>> classify_agency("các cơ quan liên quan")
    (None, None)
    """
    info = find_agency(name)
    if info is not None and info.level is not None:
        return info.kind, info.level
    words = agency_key(name).split()
    kind: AgencyKind | None = info.kind if info is not None else None
    if kind is None:
        for prefix, prefix_kind in _KIND_PREFIXES:
            if tuple(words[: len(prefix)]) == prefix:
                kind = prefix_kind
                break
    level = _IMPLIED_LEVEL.get(kind) if kind is not None else None
    return kind, level or _level_from_words(words)


# -- organisation identifiers ------------------------------------------------------------

_LEGACY_ORGAN_ID = re.compile(r"[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[A-Z][0-9]{2}")
_ORGAN_ID = re.compile(r"[A-Z0-9]{1,35}(?:\.[A-Z0-9]{1,35}){0,17}")
_ORGAN_ID_PATTERN = r"^[A-Z0-9]+(\.[A-Z0-9]+)*$"
#: Longest identifier of Decision 20/2020/QĐ-TTg (QCVN 102 amendment 1:2022).
MAX_ORGAN_ID_LENGTH = 35


@attrs.frozen(slots=True, repr=False)
class OrganId(CanonicalString):
    """Organisation identifier (mã định danh điện tử của cơ quan, tổ chức).

    Two forms are valid (domain.md §4.4):

    * the original QCVN 102:2016 form, 13 characters ``DDD.DD.DD.LNN`` read right to
      left, level 1 last: ``000.00.00.G22`` (Văn phòng Chính phủ), ``000.00.18.G12``;
    * the Decision 20/2020/QĐ-TTg form, up to 35 characters of digits, upper-case A–Z and
      dots, groups developed left to right, level 1 first: ``H37.02.02``, ``G09.20``.

    :meth:`parse` accepts surrounding spaces and lower-case letters; ``str()`` is the
    canonical upper-case form.

    >>> str(OrganId.parse(" g09.20 "))
    'G09.20'
    >>> OrganId.parse("H37.02.02").level1
    'H37'
    >>> OrganId.parse("000.00.00.G22").level1
    'G22'
    >>> OrganId.parse("H37..02")
    Traceback (most recent call last):
    ...
    vnplan.errors.InvalidFormat: expected an organisation identifier ...
    """

    json_schema: ClassVar[Mapping[str, Any]] = {
        "pattern": _ORGAN_ID_PATTERN,
        "maxLength": MAX_ORGAN_ID_LENGTH,
        "description": "Organisation identifier (mã định danh), QCVN 102:2016 "
        "'000.00.00.G22' or Decision 20/2020/QĐ-TTg 'H37.02.02'.",
    }

    value: str = attrs.field()

    @value.validator
    def _canonical(self, attribute: Any, value: str) -> None:
        if (
            not isinstance(value, str)
            or len(value) > MAX_ORGAN_ID_LENGTH
            or _ORGAN_ID.fullmatch(value) is None
        ):
            raise InvalidFormat(
                "expected a canonical organisation identifier (upper case, digits and dots); "
                "use OrganId.parse for printed forms",
                text=str(value)[:200],
                expected="organisation identifier",
            )

    @classmethod
    def parse(cls, text: str) -> OrganId:
        """Parse an identifier; raise :class:`~vnplan.errors.InvalidFormat` if it is not one."""
        if len(text) > 4 * MAX_ORGAN_ID_LENGTH:
            raise InvalidFormat(
                f"expected an organisation identifier of at most {MAX_ORGAN_ID_LENGTH} "
                f"characters, got {len(text):,}",
                text=text[:200],
                offset=0,
                expected="organisation identifier",
            )
        compact = normalize(text).strip().upper()
        lead = len(text) - len(text.lstrip())
        match = _ORGAN_ID.match(compact)
        if match is None or match.end() != len(compact) or len(compact) > MAX_ORGAN_ID_LENGTH:
            bad = match.end() if match is not None else 0
            raise InvalidFormat(
                "expected an organisation identifier (mã định danh) such as "
                "'000.00.00.G22' or 'H37.02.02': groups of digits and A-Z joined by dots, "
                f"at most {MAX_ORGAN_ID_LENGTH} characters",
                text=text,
                offset=lead + min(bad, MAX_ORGAN_ID_LENGTH),
                expected="organisation identifier",
            )
        return cls(compact)

    @classmethod
    def is_valid(cls, text: str) -> bool:
        """Whether :meth:`parse` accepts ``text``."""
        try:
            cls.parse(text)
        except VnplanError:
            return False
        return True

    @property
    def is_legacy(self) -> bool:
        """Whether this is the 13-character QCVN 102:2016 form (``000.00.00.G22``)."""
        return _LEGACY_ORGAN_ID.fullmatch(self.value) is not None

    @property
    def levels(self) -> tuple[str, ...]:
        """The groups from level 1 down; unused (all-zero) legacy levels are left out."""
        groups = self.value.split(".")
        if not self.is_legacy:
            return tuple(groups)
        return tuple(g for g in reversed(groups) if g.strip("0"))

    @property
    def level1(self) -> str:
        """The level-1 code: "G" government bodies, "H" UBND tỉnh, "K" HĐND tỉnh, ..."""
        return self.levels[0] if self.levels else self.value

    def __str__(self) -> str:
        return self.value

    def __repr__(self) -> str:
        return f"OrganId({self.value!r})"

