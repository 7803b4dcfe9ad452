"""Stage 1 of :func:`vnplan.text.citations.find_citations`: tokenize.

Finds the number-like anchors of a text, one linear pass per kind: document numbers
of the four families (:func:`vnplan.find_document_numbers`), digits after "số",
technical standards ("QCVN 01:2019/BCT"), digits right after a capitalised type word
("Công văn 4586"); then the type phrases ("Quyết định", "QUYẾT ĐỊNH", "quyết đinh",
"Nghị\\nquyết", "QĐ") in the few hundred characters before each anchor.

Also holds the small text helpers the later stages share (layout noise, cleaning of
printed values). Internal: the public API is :mod:`vnplan.text.citations`.

>>> tokens = tokenize("Căn cứ Quyết định số 12/QĐ-UBND và Công văn 4586 của Bộ Y tế")
>>> for a in tokens.anchors:
...     print(a.number, a.kind)
12/QĐ-UBND number
4586 bare
>>> print(*(t.name for t in tokens.types), sep=", ")
Quyết định, Công văn
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable

import attrs

from vnplan.data import citations as words
from vnplan.doctypes import DocumentType
from vnplan.errors import VnplanError
from vnplan.numbering import (
    DocumentNumber,
    NumberFamily,
    find_document_numbers,
    repair_ocr_digits,
)
from vnplan.text.citation_repairs import footnote_length, party_with_space
from vnplan.text.letters import LETTERS, LOWER, UPPER, base_letters

__all__ = [
    "ABBREVIATION_RE",
    "LETTER",
    "LOOK_BACK",
    "NOISE_CHARS",
    "NOT_WORD_AFTER",
    "NOT_WORD_BEFORE",
    "PARAGRAPH_BREAK",
    "SO_RE",
    "SO_WORD",
    "TYPE_RE",
    "WORD_RE",
    "Anchor",
    "Tokens",
    "TypeToken",
    "clean",
    "is_caps",
    "skip_noise",
    "skip_noise_back",
    "tokenize",
]

# ---------------------------------------------------------------------------
# Character classes and small patterns (explicit classes: never \w or \d)

LETTER = f"[{LETTERS}]"
_LD = f"[{LETTERS}0-9]"
NOT_WORD_BEFORE = f"(?<![{LETTERS}0-9])"
NOT_WORD_AFTER = f"(?![{LETTERS}0-9])"
# Layout noise between tokens: spaces, Markdown emphasis, at most one line break.
NOISE_CHARS = " \t\f\r\n*_"
_NOISE = re.compile(r"[ \t\f*_]{0,40}(?:\r?\n[ \t\f*_]{0,40})?")
PARAGRAPH_BREAK = re.compile(r"\n[ \t\f\r*_]{0,40}\n")
# Gap between the words of a type phrase: spaces or one line break, Markdown markers.
_GAP = r"[*_]{0,3}[ \t\f\r\n]{1,6}[*_]{0,3}"

_ALL_LETTERS = string.ascii_letters + UPPER[3:] + LOWER[3:]


def _letter_classes() -> dict[str, str]:
    """Regex class of every letter that reads as one base letter ("e": e è é ... Ê Ế ...)."""
    groups: dict[str, set[str]] = {}
    for char in _ALL_LETTERS:
        groups.setdefault(base_letters(char).lower(), set()).add(char)
    return {key: "[" + "".join(sorted(chars)) + "]" for key, chars in groups.items()}


_CLASS = _letter_classes()


def _key(phrase: str) -> str:
    """Lookup key of a type phrase: base letters, lower case, single spaces."""
    cleaned = phrase.replace("*", " ").replace("_", " ")
    return " ".join(base_letters(cleaned).lower().split())


_Trie = dict[str, "_Trie"]


def _trie_pattern(keys: Iterable[str]) -> str:
    """One regex alternative per key, shared prefixes factored (a character trie)."""
    trie: _Trie = {}
    for key in keys:
        node = trie
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches = []
        for char in sorted(k for k in node if k):
            piece = _GAP if char == " " else _CLASS.get(char, re.escape(char))
            branches.append(piece + emit(node[char]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


def _type_names() -> dict[str, str]:
    """Type-phrase key → canonical Vietnamese type name."""
    names = {_key(t.name_vi): t.name_vi for t in DocumentType.all()}
    names.update({_key(n): n for n in words.EXTRA_TYPE_NAMES})
    return names


_TYPE_NAMES = _type_names()
# Names that are type words only when capitalised ("Luật", but not "pháp luật").
_CAPITALISED_ONLY = frozenset({"Luật", "Lệnh", "Hiến pháp", "Bản sao", "Thư công"})


def _type_branches(first_letters: str) -> list[str]:
    """Regex branches for the type phrases whose first letter is in ``first_letters``.

    Each branch starts with one literal letter (every spelling of the first letter is
    its own branch), so an alternation of them lets the regex engine skip positions
    that cannot start a type phrase in a fast C loop; the check that no letter
    precedes the phrase is done by the caller (:func:`_word_starts`).
    """
    by_first: dict[str, list[str]] = {}
    for key in _TYPE_NAMES:
        by_first.setdefault(key[0], []).append(key[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        rest = _trie_pattern(rests)
        for letter in sorted(_CLASS[first][1:-1]):
            if letter in first_letters:
                branches.append(re.escape(letter) + f"(?:{rest}){NOT_WORD_AFTER}")
    return branches


# Every type phrase, in any case (searched in the few hundred characters before a number).
TYPE_RE = re.compile("(?:" + "|".join(_type_branches(_ALL_LETTERS)) + ")")
# A capitalised type phrase right before digits ("Công văn 4586"), searched in the whole
# text: capitals are rare, so this pass is fast.
_ABBREVIATIONS = "(?:" + "|".join(sorted(words.ABBREVIATED_TYPES, key=len, reverse=True)) + ")"
_TYPE_THEN_DIGITS_RE = re.compile(
    "(?:"
    + "|".join(
        _type_branches(UPPER[3:] + string.ascii_uppercase)
        + [re.escape(a) + f"(?![{LETTERS}0-9/-])" for a in words.ABBREVIATED_TYPES]
    )
    + r")[ \t*_]{1,6}(?:\r?\n[ \t*_]{0,12})?(?=[0-9])"
)
# A type abbreviation standing for the type word ("QĐ số 12/QĐ-UBND"), not inside a
# ký hiệu ("/QĐ-"): no letter, digit, "/" or "-" touches it.
ABBREVIATION_RE = re.compile(_ABBREVIATIONS + f"(?![{LETTERS}0-9/-])")
_WORD_CHARS = frozenset(_ALL_LETTERS + "0123456789")

# "số" (also "Số", "SỐ", ASCII-folded "so", OCR "sô") when a digit follows.
# The "o" may have lost or changed its tone mark in OCR ("sô", "sỗ"); "sở" is not "số".
_SO_VOWELS = "ốỐôÔoOồỒổỔỗỖộỘóÓ"
SO_WORD = f"[Ss][{_SO_VOWELS}]"
# (The letter class first and the word check after it let the regex engine skip fast.)
SO_RE = re.compile(
    f"[Ss](?<![{LETTERS}0-9].)[{_SO_VOWELS}]"
    r"[ \t]{0,4}:?[ \t\f*_]{0,8}(?:\r?\n[ \t*_]{0,8})?(?=[0-9Il|]|"
    # an enterprise number that starts with letters: "Văn bản số YBB-SA032/26-LR"
    f"[{UPPER}]{{1,8}}-?[{UPPER}]{{0,8}}[0-9])"
)

# Technical standards: "QCVN 01:2019/BCT", "TCVN 6909:2001".
_STANDARD_RE = re.compile(
    rf"(?P<kind>QCVN|TCVN)(?<![{LETTERS}0-9]....)[ ]{{0,2}}[0-9]{{1,5}}(?:[-.][0-9]{{1,4}}){{0,2}}"
    r"(?:[ ]{0,1}:[ ]{0,1}[0-9]{4})?(?:/[" + UPPER + r"][" + UPPER + r"0-9]{0,15})?"
    + NOT_WORD_AFTER
)
_STANDARD_TYPES = {"QCVN": "Quy chuẩn kỹ thuật quốc gia", "TCVN": "Tiêu chuẩn quốc gia"}

# A number with an unusual ký hiệu (enterprise letters, permits, certificates):
# "05/2026/VLN/CV-LV", "21.4/GĐN", "01-GCN-MT", "YBB-SA032/26-LR", "01/01/2026/HCNM - G16".
_OG = f"[0-9{UPPER}{LOWER}]"
_ODD_RE = re.compile(
    rf"[0-9{UPPER}]{_OG}{{0,15}}"
    rf"(?:(?:[./&]|-(?:\r?\n[ \t]{{0,16}})?){_OG}{{1,16}}"
    rf"|[ ]-[ ][0-9{UPPER}][0-9{UPPER}]{{0,15}}(?![{LOWER}])){{1,8}}"
    # Maximal: nothing glued after it, no dangling separator.
    rf"(?![{LETTERS}0-9]|[-/&.][{LETTERS}0-9]|-)"
)
_KY_HIEU = re.compile(f"[/-][{UPPER}]")
# A number without ký hiệu: "1956", "68", "49/2024".
_BARE_RE = re.compile(
    r"(?P<num>[0-9]{1,6})(?:/(?P<year>[0-9]{4}))?(?![0-9]|[.,/-][0-9]|" + LETTER + ")"
)
# OCR split of the first digit: "số 1 25/2025/NĐ-CP", "số I 40/2025/NĐ-CP".
_OCR_SPLIT = re.compile(r"(?P<head>[0-9Il|]) (?=[0-9])")
# Letters OCR reads for digits in the number after "số": "II/2026", "lO/KH-UBND".
_OCR_HEAD = re.compile(r"[0-9IlO|]{1,6}(?=[ ]?[/-])")
_OCR_DIGITS = str.maketrans("IlO|", "1101")
# ... and of the last digit of a ký hiệu group: "QH1 5".
_OCR_SPLIT_TAIL = re.compile(f" ([0-9])(?![{LETTERS}0-9]|[-/.,][0-9])")

# A type abbreviation followed by digits only where the issuer belongs ("15/2018/NĐ-1"):
# OCR junk read into a number, never a ký hiệu.
_DANGLING_TYPE = re.compile(
    "[/-](?:" + "|".join(words.ABBREVIATED_TYPES) + r")-[0-9]{1,4}$"
)

WORD_RE = re.compile(f"{_LD}+(?:[&.'’]{_LD}+)*")


# ---------------------------------------------------------------------------
# Helpers shared by the stages


def skip_noise(s: str, pos: int) -> int:
    """Position after the spaces, Markdown markers and at most one line break at ``pos``."""
    match = _NOISE.match(s, pos)
    return match.end() if match else pos


def skip_noise_back(s: str, pos: int, floor: int) -> int:
    """Position before the noise that ends at ``pos`` (not below ``floor``, one line break)."""
    newlines = 0
    while pos > floor and s[pos - 1] in NOISE_CHARS:
        if s[pos - 1] == "\n":
            newlines += 1
            if newlines > 1:
                break
        pos -= 1
    return pos


# Characters an XML 1.0 document cannot carry (the model refuses them): control
# characters other than tab and line breaks, lone surrogates, U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """Printed text with Markdown markers and control characters dropped, spaces collapsed."""
    text = _NOT_XML.sub(" ", text.replace("*", " ").replace("_", " "))
    return " ".join(text.split())


def is_caps(text: str) -> bool:
    """Whether ``text`` has at least two letters, all upper case (a heading)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# ---------------------------------------------------------------------------
# Stage 1: tokenize


@attrs.frozen(slots=True)
class TypeToken:
    """A type phrase: ``name`` is canonical ("Nghị quyết"), ``case`` as printed."""

    start: int
    end: int
    name: str
    case: str  # "lower", "capitalised", "upper" or "abbreviation" ("QĐ")


@attrs.define(slots=True)
class Anchor:
    """Something number-like that may be cited: where, its canonical form, its kind."""

    start: int
    end: int
    number: str
    kind: str  # "number", "odd", "bare", "standard"
    parsed: DocumentNumber | None = None
    doc_type: str | None = None  # type implied by the token itself (standards)


@attrs.define(slots=True)
class Tokens:
    """Stage 1's result: type phrases (ordered by end, with their ends) and anchors."""

    types: list[TypeToken]
    type_ends: list[int]
    anchors: list[Anchor]


# Printed type phrase → (canonical name, case); pure, bounded like the number cache.
_PRINTED: dict[str, tuple[str | None, str]] = {}


def _read_type(printed: str) -> tuple[str | None, str]:
    known = _PRINTED.get(printed)
    if known is None:
        name = _TYPE_NAMES.get(_key(printed))
        if printed.isupper():
            case = "upper"
        elif printed[0].isupper():
            case = "capitalised"
        else:
            case = "lower"
            if name in _CAPITALISED_ONLY:
                name = None
        if len(_PRINTED) >= 4096:
            _PRINTED.clear()
        known = _PRINTED[printed] = (name, case)
    return known


def _word_starts(s: str, pos: int) -> bool:
    return pos == 0 or s[pos - 1] not in _WORD_CHARS


def _type_tokens(s: str, lo: int, hi: int, found: list[TypeToken]) -> None:
    """Append the type phrases in ``s[lo:hi]`` to ``found``, in order of their ends."""
    here: list[TypeToken] = []
    pos = lo
    search = TYPE_RE.search
    while True:
        match = search(s, pos, hi)
        if match is None:
            break
        start = match.start()
        if not _word_starts(s, start):
            pos = start + 1
            continue
        pos = match.end()
        name, case = _read_type(match.group())
        if name is None:
            continue
        if name == "Luật" and _key(s[max(0, start - 6) : start]).endswith("phap"):
            continue  # "pháp luật", "PHÁP LUẬT": law in general, not a law
        here.append(TypeToken(start, pos, name, case))
    for match in ABBREVIATION_RE.finditer(s, lo, hi):
        start = match.start()
        if _stands_alone(s, start):
            name = words.ABBREVIATED_TYPES[match.group()]
            here.append(TypeToken(start, match.end(), name, "abbreviation"))
    here.sort(key=lambda t: t.end)
    found.extend(here)


def _stands_alone(s: str, start: int) -> bool:
    """Whether a word at ``start`` is not glued to a word, "/" or "-" before it."""
    return start == 0 or (s[start - 1] not in _WORD_CHARS and s[start - 1] not in "/-")


# How far before a number its type phrase may start (the longest law name fits).
LOOK_BACK = 300


def tokenize(s: str) -> Tokens:
    """Stage 1: number-like anchors, then the type phrases in the text before them.

    One linear pass per kind of anchor; type phrases are searched only in the
    :data:`LOOK_BACK` characters before each anchor (windows merged), because a
    type phrase matters only as the start of a citation.
    """
    anchors: dict[int, Anchor] = {}
    # OCR letters among the digits of a number ("1O5/QĐ-UBND") read as digits: one for
    # one, so the offsets hold.
    for m in find_document_numbers(repair_ocr_digits(s)):
        anchors[m.start] = Anchor(m.start, m.end, str(m.value), "number", m.value)
    for match in _STANDARD_RE.finditer(s):
        kind = match.group("kind")
        anchors.setdefault(match.start(), Anchor(
            match.start(), match.end(), match.group().replace(" ", ""), "standard",
            doc_type=_STANDARD_TYPES[kind]))
    # Numbers after "số" or right after a type phrase that the number finder does not take.
    starts = [m.end() for m in SO_RE.finditer(s)]
    starts += [
        m.end() for m in _TYPE_THEN_DIGITS_RE.finditer(s) if _stands_alone(s, m.start())
    ]
    for pos in starts:
        anchor = _loose_anchor(s, pos, anchors)
        if anchor is not None:
            anchors[anchor.start] = anchor
    ordered = sorted((_without_footnote(a) for a in anchors.values()), key=lambda a: a.start)
    # Drop anchors inside a longer one (an OCR-repaired number covers the finder's tail).
    kept: list[Anchor] = []
    for anchor in ordered:
        if kept and anchor.start < kept[-1].end:
            if anchor.end - anchor.start > kept[-1].end - kept[-1].start:
                kept[-1] = anchor
            continue
        kept.append(anchor)
    types: list[TypeToken] = []
    lo = hi = 0
    for anchor in kept:
        start = max(0, anchor.start - LOOK_BACK - 20)
        if start > hi:
            if hi > lo:
                _type_tokens(s, lo, hi, types)
            lo = start
        hi = anchor.start
    if hi > lo:
        _type_tokens(s, lo, hi, types)
    return Tokens(types, [t.end for t in types], kept)


def _without_footnote(anchor: Anchor) -> Anchor:
    """The anchor read without a footnote marker glued to its end ("42/2024/QH151" is
    42/2024/QH15 and footnote 1); its span keeps the printed marker."""
    if anchor.kind not in ("number", "odd", "standard"):
        return anchor
    cut = footnote_length(anchor.number)
    if not cut:
        return anchor
    number = anchor.number[:-cut]
    if anchor.kind == "standard":
        return attrs.evolve(anchor, number=number)
    try:
        value = DocumentNumber.parse(number)
    except VnplanError:
        return anchor
    return Anchor(anchor.start, anchor.end, str(value), "number", value)


# A number with a letter after its digits ("30c/NQ-CP", "12a/KH-UBND").
_LETTERED = re.compile(f"(?P<digits>[0-9]{{1,6}})(?P<letter>[{LOWER}])(?P<rest>[/-].+)")


def _lettered(number: str) -> str:
    """A lettered number with its ký hiệu in canonical form when the rest is a number
    ("30c/NQCP" → "30c/NQ-CP"); else as printed."""
    match = _LETTERED.fullmatch(number)
    if match is None:
        return number
    try:
        value = DocumentNumber.parse(match.group("digits") + match.group("rest"))
    except VnplanError:
        return number
    separator = "-" if value.family is NumberFamily.PARTY else "/"
    return match.group("digits") + match.group("letter") + separator + value.code_notation


def _loose_anchor(s: str, pos: int, anchors: dict[int, Anchor]) -> Anchor | None:
    """A number at ``pos`` that the document-number finder does not take."""
    ocr = _OCR_SPLIT.match(s, pos)
    if ocr is not None:
        rest = pos + len(ocr.group())
        window = s[rest : rest + 120]
        first = next(iter(find_document_numbers(window)), None)
        if first is not None and first.start == 0:
            head = ocr.group("head").replace("I", "1").replace("l", "1").replace("|", "1")
            try:
                value = DocumentNumber.parse(head + first.text.replace("\n", ""))
            except VnplanError:
                value = None
            if value is not None:
                return Anchor(pos, rest + first.end, str(value), "number", value)
        return None
    if pos in anchors:
        return None
    spaced = party_with_space(s, pos)
    if spaced is not None:  # "số 84 QĐ/TWĐTN"
        return Anchor(pos, spaced[0], str(spaced[1]), "number", spaced[1])
    head = _OCR_HEAD.match(s, pos)
    if head is not None and not head.group().isdigit():
        # "số II/2026/QĐ-UBND", "số lO/KH-UBND": after "số" a Roman-looking run is OCR
        # of digits (one character for one, so the offsets hold)
        window = head.group().translate(_OCR_DIGITS) + s[head.end() : head.end() + 120]
        first = next(iter(find_document_numbers(window)), None)
        if first is not None and first.start == 0:
            return Anchor(pos, pos + first.end, str(first.value), "number", first.value)
    odd = _ODD_RE.match(s, pos)
    if odd is not None and _KY_HIEU.search(odd.group()):
        number = "".join(odd.group().split())
        split = _OCR_SPLIT_TAIL.match(s, odd.end())
        if split is not None and number[-1].isdigit():
            # "số 58/2024/QH1 5": OCR split the last group ("QH15") in two.
            try:
                value = DocumentNumber.parse(number + split.group(1))
            except VnplanError:
                pass
            else:
                return Anchor(pos, split.end(), str(value), "number", value)
        try:  # a regular number the finder could not take (a wide PDF indent)
            value = DocumentNumber.parse(number)
        except VnplanError:
            if _DANGLING_TYPE.search(number):
                return None  # "15/2018/NĐ-" + OCR margin junk "1 AVỨCP": no number
            return Anchor(pos, odd.end(), _lettered(number), "odd")
        return Anchor(pos, odd.end(), str(value), "number", value)
    bare = _BARE_RE.match(s, pos)
    if bare is not None and int(bare.group("num")):
        year = bare.group("year")
        if year is not None and not 1945 <= int(year) <= 2100:
            return None
        return Anchor(pos, bare.end(), bare.group(), "bare")
    return None
