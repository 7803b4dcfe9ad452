"""Citations: every reference to another document, found the way eyecite finds case law.

A citation is a document type ("Quyết định", "Nghị quyết", "Công văn", "Văn bản", ...)
and a number, usually followed by the date, the issuer after "của" and a subject:

    Căn cứ Thông tư số 55/2023/TT-BTC ngày 15 tháng 8 năm 2023 của Bộ trưởng Bộ Tài chính
    quy định quản lý, sử dụng ...

The finder is a pipeline you can follow, each stage linear in the text:

1. **tokenize** — one pass per token kind: type phrases (any case, tolerant of tone
   marks and line breaks), document numbers (:func:`vnplan.find_document_numbers`),
   "số" followed by digits, and technical standards ("QCVN 01:2019/BCT");
2. **extract** — every number becomes a mention: looking back, the "số" and the type
   phrase before it (with a qualifier, "Báo cáo thẩm tra số", or a law's name,
   "Luật Nhà ở số 27/2023/QH15"); looking forward, the date, the issuer after "của"
   and the subject ("về việc ...", "quy định ...");
3. **resolve** — lists that share one type word ("các Công văn số 512/STC-QLNS ngày
   03/3/2022, số 618/STC-QLNS ngày 15/3/2022 của Sở Tài chính"), short forms ("Chỉ
   thị 11" after "Chỉ thị số 11-CT/TU"), the document's own number and
   self-references; then :class:`vnplan.model.Citation` values.

>>> found = find_citations(
...     "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ "
...     "về công tác văn thư; các Công văn số 512/STC-QLNS ngày 03/3/2022, "
...     "số 618/STC-QLNS ngày 15/3/2022 của Sở Tài chính.")
>>> for c in found:
...     print(c.number, "|", c.doc_type, "|", c.date, "|", c.issuer, "|", c.subject)
30/2020/NĐ-CP | Nghị định | 2020-03-05 | Chính phủ | về công tác văn thư
512/STC-QLNS | Công văn | 2022-03-03 | Sở Tài chính | None
618/STC-QLNS | Công văn | 2022-03-15 | Sở Tài chính | None

Numbers written without their ký hiệu count when a type word makes them a citation:

>>> for c in find_citations("theo Công văn 4586 và Nghị quyết số 68 của Chính phủ"):
...     print(c.number, "|", c.doc_type, "|", c.issuer)
4586 | Công văn | None
68 | Nghị quyết | Chính phủ

Not citations: dates, amounts, "Điều 5", counts after a type word ("Báo cáo 6 tháng"),
blank template numbers ("Quyết định số …/QĐ-UBND"), self-references ("Quyết định số
12/QĐ-UBND này"), laws cited only by name, and the document's own number on its
"Số:" line (see ``skip_header``).

>>> find_citations("Số: 05/KH-UBND\\nBáo cáo 6 tháng theo Quyết định số …/QĐ-UBND; Điều 5.")
[]

Spans are offsets into ``vnplan.normalize(text)`` (the NFC text with look-alikes folded
one for one):

>>> text = "Thực hiện Kế hoạch số 14-KH/TU ngày 29/7/2025 của Ban Thường vụ Tỉnh ủy."
>>> c = find_citations(text)[0]
>>> text[c.span.start:c.span.end]
'Kế hoạch số 14-KH/TU ngày 29/7/2025 của Ban Thường vụ Tỉnh ủy'
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import re
import string
from collections.abc import Iterable, Sequence

import attrs

from vnplan.chars import normalize
from vnplan.data import citations as words
from vnplan.dates import find_dates
from vnplan.doctypes import DocumentType
from vnplan.errors import InputTooLarge, InvalidComponent, InvalidFormat, VnplanError
from vnplan.model import Citation, Span
from vnplan.numbering import DocumentNumber, NumberFamily, find_document_numbers
from vnplan.text.issuers import starts_body
from vnplan.text.letters import LETTERS, LOWER, UPPER, base_letters

__all__ = ["MAX_CITATION_INPUT", "find_citations", "merge_citations"]

#: Longest text, in characters, :func:`find_citations` accepts (about 10,000 pages).
MAX_CITATION_INPUT = 50_000_000

# ---------------------------------------------------------------------------
# Character classes and small patterns (explicit classes: never \w or \d)

_L = f"[{LETTERS}]"
_LD = f"[{LETTERS}0-9]"
_NOT_WORD_BEFORE = f"(?<![{LETTERS}0-9])"
_NOT_WORD_AFTER = f"(?![{LETTERS}0-9])"
# Layout noise between tokens: spaces, Markdown emphasis, at most one line break.
_NOISE_CHARS = " \t\f\r\n*_"
_NOISE = re.compile(r"[ \t\f*_]{0,40}(?:\r?\n[ \t\f*_]{0,40})?")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\f\r*_]{0,40}\n")
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
                branches.append(re.escape(letter) + f"(?:{rest}){_NOT_WORD_AFTER}")
    return branches


# Every type phrase, in any case (searched in the few hundred characters before a number).
_TYPE_RE = re.compile("(?:" + "|".join(_type_branches(_ALL_LETTERS)) + ")")
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
_ABBREVIATION_RE = re.compile(
    _ABBREVIATIONS + f"(?![{LETTERS}0-9/-])"
)
_WORD_CHARS = frozenset(_ALL_LETTERS + "0123456789")

# "số" (also "Số", "SỐ", ASCII-folded "so", OCR "sô") when a digit follows.
# The "o" may have lost or changed its tone mark in OCR ("sô", "sỗ"); "sở" is not "số".
_SO_VOWELS = "ốỐôÔoOồỒổỔỗỖộỘóÓ"
_SO_WORD = f"[Ss][{_SO_VOWELS}]"
# (The letter class first and the word check after it let the regex engine skip fast.)
_SO_RE = re.compile(
    f"[Ss](?<![{LETTERS}0-9].)[{_SO_VOWELS}]"
    r"[ \t]{0,4}:?[ \t\f*_]{0,8}(?:\r?\n[ \t*_]{0,8})?(?=[0-9Il|])"
)
# The same "số" read backwards from a number: the text before the number ends with it.
# "số", "Số:", and the "Số hiệu:" / "Số, ký hiệu:" of a scraped page's metadata.
_SO_BEFORE = re.compile(
    _NOT_WORD_BEFORE + _SO_WORD + r"(?:,?[ \t]{1,2}(?:ký[ \t]{1,2})?hiệu)?[ \t]{0,4}:?$"
)
_HEADER_SO = frozenset({"Số", "SỐ", "SO", "So"})

# Technical standards: "QCVN 01:2019/BCT", "TCVN 6909:2001".
_STANDARD_RE = re.compile(
    rf"(?P<kind>QCVN|TCVN)(?<![{LETTERS}0-9]....)[ ]{{0,2}}[0-9]{{1,5}}(?:[-.][0-9]{{1,4}}){{0,2}}"
    r"(?:[ ]{0,1}:[ ]{0,1}[0-9]{4})?(?:/[" + UPPER + r"][" + UPPER + r"0-9]{0,15})?"
    + _NOT_WORD_AFTER
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
    r"(?P<num>[0-9]{1,6})(?:/(?P<year>[0-9]{4}))?(?![0-9]|[.,/-][0-9]|" + _L + ")"
)
# OCR split of the first digit: "số 1 25/2025/NĐ-CP", "số I 40/2025/NĐ-CP".
_OCR_SPLIT = re.compile(r"(?P<head>[0-9Il|]) (?=[0-9])")
# ... and of the last digit of a ký hiệu group: "QH1 5".
_OCR_SPLIT_TAIL = re.compile(f" ([0-9])(?![{LETTERS}0-9]|[-/.,][0-9])")

_WORD_RE = re.compile(f"{_LD}+(?:[&.'’]{_LD}+)*")
# "của", also with a lost or wrong tone mark (OCR, ASCII-folded text), never "cửa".
_OF_RE = re.compile(r"(?:[Cc][ủùúũụu]a|C[ỦÙÚŨỤU]A)" + _NOT_WORD_AFTER)
_BY_RE = re.compile(r"do" + _NOT_WORD_AFTER)
_ISSUED_RE = re.compile(r"(?:ban hành|phát hành|ký)" + _NOT_WORD_AFTER)
_YEAR_AFTER = re.compile(r"năm[ \t]{1,3}[0-9]{4}(?![0-9]|[ \t]{0,2}[-–][ \t]{0,2}[0-9])")
# Every date find_dates reads starts with "ngày" (any case, any tone on the "a") or a digit.
_DATE_START = re.compile(r"[0-9]|[Nn][Gg]")
_ISSUED_ON = re.compile(
    r"(?:được[ \t\r\n]{1,4})?(?:ban[ \t\r\n]{1,4}hành|ký|thông[ \t\r\n]{1,4}qua)"
    r"[ \t\r\n]{1,4}(?=ngày|Ngày)"
)
_THIS_RE = re.compile(r"này" + _NOT_WORD_AFTER)
_VV = ("V/v", "v/v", "V/V")


def _phrases_pattern(phrases: Iterable[str]) -> str:
    ordered = sorted(set(phrases), key=len, reverse=True)
    space = r"[ \t\r\n]{1,4}"
    return "(?:" + "|".join(space.join(map(re.escape, p.split())) for p in ordered) + ")"


_STOPS = _phrases_pattern(words.ISSUER_STOPS)
_STOPS_ANY_CASE = _phrases_pattern(words.ISSUER_STOPS_ANY_CASE)
# Running text: some stops in any case, the others in lower case only.
_STOP_LOWER = re.compile(f"(?:(?i:{_STOPS_ANY_CASE})|{_STOPS})" + _NOT_WORD_AFTER)
# An all-capitals heading ("CỦA CHÍNH PHỦ BAN HÀNH ..."): every stop, in any case.
_STOP_ANY_CASE = re.compile(f"(?:{_STOPS_ANY_CASE}|{_STOPS})" + _NOT_WORD_AFTER, re.IGNORECASE)
_STOP_INSIDE = re.compile(
    _NOT_WORD_BEFORE + f"(?:(?i:{_STOPS_ANY_CASE})|{_STOPS})" + _NOT_WORD_AFTER
)
_LINK_BEFORE = re.compile(
    r"[ \t\r\n*_]{1,8}(?:đã[ \t\r\n]{1,4})?" + _phrases_pattern(words.ISSUER_LINKS)
    + r"(?:[ \t]{0,2}:)?[ \t\r\n*_]{1,12}$"
)
_ISSUER_BOUNDARY = re.compile(
    r"[.;:(\[,]|\n[ \t\f\r*_]{0,40}\n|"
    + _NOT_WORD_BEFORE + r"(?:của|Của|CỦA|được|gồm|là)" + _NOT_WORD_AFTER
)
_ACRONYM = re.compile(f"[{UPPER}]{{2,10}}" + _NOT_WORD_AFTER)
_SUBJECT_START = re.compile(
    _phrases_pattern(words.SUBJECT_STARTS) + _NOT_WORD_AFTER, re.IGNORECASE
)
_SUBJECT_STOP = re.compile(
    r"[;:\[()]|\.(?=[ \t\r\n*_]|$)|\n[ \t\f\r*_]{0,40}(?:\n|[-+•]|[0-9]{1,2}[.)])"
)
_JOINER = re.compile(
    r"[ \t\f\r\n*_]{0,40}(?P<sep>,|;|và|hoặc)(?:[ \t\f\r\n*_]{0,40}(?:và|cùng))?"
    r"[ \t\f\r\n*_]{0,40}"
)
# A qualifier: 1-7 lower-case words or acronyms ("thẩm tra", "thẩm duyệt PCCC"). Words
# are separated by at least one noise character, so a long run of letters has one split.
_Q_WORD = rf"(?:[{LOWER}]{_L}{{0,14}}|[{UPPER}][{UPPER}0-9]{{1,9}})"
_QUALIFIER = re.compile(
    rf"[{_NOISE_CHARS}]{{0,12}}{_Q_WORD}(?:[{_NOISE_CHARS}]{{1,12}}{_Q_WORD}){{0,6}}"
    rf"[{_NOISE_CHARS}:]{{0,12}}"
)
_QUALIFIER_STOPS = frozenset({
    "của", "ngày", "này", "và", "tại", "theo", "các", "đã", "được", "do", "số", "năm",
    "những", "hoặc", "trong", "với", "thì", "là", "có", "đến", "từ", "cho", "để",
})  # fmt: skip
_L_WORD = re.compile(f"{_L}{{1,15}}")
_NAMED_GAP_STOP = re.compile(r"[;()\[\]]|\.[ \t\r\n]|\n[ \t\f\r*_]{0,40}\n")
_BEFORE_SO_NOT_DOCUMENTS = re.compile(
    r"(?:Mẫu|mẫu|MẪU|Biểu|biểu|BIỂU|[Pp]hụ lục|PHỤ LỤC|[Gg]ói thầu|GÓI THẦU|[Tt]hửa|"
    r"[Tt]ờ bản đồ|[Bb]iển|[Hh]ồ sơ)[ \t]{1,4}$"
)


def _skip_noise(s: str, pos: int) -> int:
    match = _NOISE.match(s, pos)
    return match.end() if match else pos


def _skip_noise_back(s: str, pos: int, floor: int) -> int:
    newlines = 0
    while pos > floor and s[pos - 1] in _NOISE_CHARS:
        if s[pos - 1] == "\n":
            newlines += 1
            if newlines > 1:
                break
        pos -= 1
    return pos


# Characters an XML 1.0 document cannot carry (the model refuses them): control
# characters other than tab and line breaks, lone surrogates, U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(text: str) -> str:
    """Printed text with Markdown markers and control characters dropped, spaces collapsed."""
    text = _NOT_XML.sub(" ", text.replace("*", " ").replace("_", " "))
    return " ".join(text.split())


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# ---------------------------------------------------------------------------
# Stage 1: tokenize


@attrs.frozen(slots=True)
class _TypeToken:
    """A type phrase: ``name`` is canonical ("Nghị quyết"), ``case`` as printed."""

    start: int
    end: int
    name: str
    case: str  # "lower", "capitalised", "upper" or "abbreviation" ("QĐ")


@attrs.define(slots=True)
class _Anchor:
    """Something number-like that may be cited: where, its canonical form, its kind."""

    start: int
    end: int
    number: str
    kind: str  # "number", "odd", "bare", "standard"
    parsed: DocumentNumber | None = None
    doc_type: str | None = None  # type implied by the token itself (standards)


@attrs.define(slots=True)
class _Tokens:
    types: list[_TypeToken]
    type_ends: list[int]
    anchors: list[_Anchor]


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


def _type_tokens(s: str, lo: int, hi: int, found: list[_TypeToken]) -> None:
    """Append the type phrases in ``s[lo:hi]`` to ``found``, in order of their ends."""
    here: list[_TypeToken] = []
    pos = lo
    search = _TYPE_RE.search
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
        here.append(_TypeToken(start, pos, name, case))
    for match in _ABBREVIATION_RE.finditer(s, lo, hi):
        start = match.start()
        if _stands_alone(s, start):
            name = words.ABBREVIATED_TYPES[match.group()]
            here.append(_TypeToken(start, match.end(), name, "abbreviation"))
    here.sort(key=lambda t: t.end)
    found.extend(here)


def _stands_alone(s: str, start: int) -> bool:
    """Whether a word at ``start`` is not glued to a word, "/" or "-" before it."""
    return start == 0 or (s[start - 1] not in _WORD_CHARS and s[start - 1] not in "/-")


# How far before a number its type phrase may start (the longest law name fits).
_LOOK_BACK = 300


def _tokenize(s: str) -> _Tokens:
    """Stage 1: number-like anchors, then the type phrases in the text before them.

    One linear pass per kind of anchor; type phrases are searched only in the
    :data:`_LOOK_BACK` characters before each anchor (windows merged), because a
    type phrase matters only as the start of a citation.
    """
    anchors: dict[int, _Anchor] = {}
    for m in find_document_numbers(s):
        anchors[m.start] = _Anchor(m.start, m.end, str(m.value), "number", m.value)
    for match in _STANDARD_RE.finditer(s):
        kind = match.group("kind")
        anchors.setdefault(match.start(), _Anchor(
            match.start(), match.end(), match.group().replace(" ", ""), "standard",
            doc_type=_STANDARD_TYPES[kind]))
    # Numbers after "số" or right after a type phrase that the number finder does not take.
    starts = [m.end() for m in _SO_RE.finditer(s)]
    starts += [
        m.end() for m in _TYPE_THEN_DIGITS_RE.finditer(s) if _stands_alone(s, m.start())
    ]
    for pos in starts:
        anchor = _loose_anchor(s, pos, anchors)
        if anchor is not None:
            anchors[anchor.start] = anchor
    ordered = sorted(anchors.values(), key=lambda a: a.start)
    # Drop anchors inside a longer one (an OCR-repaired number covers the finder's tail).
    kept: list[_Anchor] = []
    for anchor in ordered:
        if kept and anchor.start < kept[-1].end:
            if anchor.end - anchor.start > kept[-1].end - kept[-1].start:
                kept[-1] = anchor
            continue
        kept.append(anchor)
    types: list[_TypeToken] = []
    lo = hi = 0
    for anchor in kept:
        start = max(0, anchor.start - _LOOK_BACK - 20)
        if start > hi:
            if hi > lo:
                _type_tokens(s, lo, hi, types)
            lo = start
        hi = anchor.start
    if hi > lo:
        _type_tokens(s, lo, hi, types)
    return _Tokens(types, [t.end for t in types], kept)


def _loose_anchor(s: str, pos: int, anchors: dict[int, _Anchor]) -> _Anchor | None:
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
                return _Anchor(pos, rest + first.end, str(value), "number", value)
        return None
    if pos in anchors:
        return None
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
                return _Anchor(pos, split.end(), str(value), "number", value)
        try:  # a regular number the finder could not take (a wide PDF indent)
            value = DocumentNumber.parse(number)
        except VnplanError:
            return _Anchor(pos, odd.end(), number, "odd")
        return _Anchor(pos, odd.end(), str(value), "number", value)
    bare = _BARE_RE.match(s, pos)
    if bare is not None and int(bare.group("num")):
        year = bare.group("year")
        if year is not None and not 1945 <= int(year) <= 2100:
            return None
        return _Anchor(pos, bare.end(), bare.group(), "bare")
    return None


# ---------------------------------------------------------------------------
# Stage 2: extract


@attrs.define(slots=True)
class _Mention:
    """One citation as found, before lists and short forms are resolved."""

    anchor: _Anchor
    start: int  # first character of the citation (type phrase, "số" or number)
    prefix_start: int  # where "số" or the number starts (list joiners end here)
    has_so: bool
    header: bool
    doc_type: str | None  # from the type phrase
    type_token: _TypeToken | None
    end: int = 0  # end of number, date and issuer
    tail: int = 0  # end including the subject
    date: datetime.date | None = None
    issuer: str | None = None
    issuer_caps: bool = False
    issuer_before: bool = False  # the issuer was written before the type word
    subject: str | None = None
    self_reference: bool = False
    joiner: str | None = None  # separator before this mention when it continues a list
    number: str = ""


def _extract(s: str, tokens: _Tokens, default_year: int | None) -> list[_Mention]:
    """Stage 2: look back for "số" and the type, forward for date, issuer and subject."""
    mentions = [_look_back(s, a, tokens) for a in tokens.anchors]
    for i, mention in enumerate(mentions):
        limit = mentions[i + 1].prefix_start if i + 1 < len(mentions) else len(s)
        _look_forward(s, mention, default_year, limit)
    return mentions


def _look_back(s: str, anchor: _Anchor, tokens: _Tokens) -> _Mention:
    floor = max(0, anchor.start - _LOOK_BACK)
    pos = _skip_noise_back(s, anchor.start, floor)
    has_so = colon = False
    so_word = ""
    prefix_start = anchor.start
    so = _SO_BEFORE.search(s, max(floor, pos - 20), pos)
    if so is not None:
        has_so = True
        so_word = so.group()[:2]  # "Số" or "SỐ" opens the header's number line
        prefix_start = so.start()
        pos = _skip_noise_back(s, so.start(), floor)
        colon = pos > floor and s[pos - 1] == ":"
        if colon:  # "Các Công điện: số 007/CĐ-UBND"
            pos = _skip_noise_back(s, pos - 1, floor)
    token, qualifier = _type_before(s, pos, has_so, anchor, tokens, floor)
    issuer = None
    if token is None and has_so and colon:
        # "các Quyết định của UBND tỉnh: số 12/QĐ-UBND ..., số 13/QĐ-UBND ..."
        token, issuer = _type_of_issuer(s, pos, tokens, floor)
    header = False
    if token is None and has_so and so_word in _HEADER_SO:
        line_start = s.rfind("\n", 0, prefix_start) + 1
        before = s[line_start:prefix_start]
        header = not before.strip(" \t\f|*#>_") or before.endswith("   ")
    doc_type = None
    start = prefix_start
    if token is not None:
        doc_type = token.name + (f" {qualifier}" if qualifier else "")
        start = token.start
    mention = _Mention(anchor, start, prefix_start, has_so, header, doc_type, token)
    if issuer is not None:
        mention.issuer = issuer
        mention.issuer_before = True
    return mention


def _type_of_issuer(
    s: str, pos: int, tokens: _Tokens, floor: int
) -> tuple[_TypeToken | None, str | None]:
    """A type phrase and "của" + issuer ending at ``pos`` (before the list's colon)."""
    lo = max(floor, pos - 160)
    found = list(_OF_RE.finditer(s, lo, pos))
    if not found:
        return None, None
    of = found[-1]
    k = bisect.bisect_right(tokens.type_ends, of.start()) - 1
    if k < 0 or s[tokens.types[k].end : of.start()].strip(_NOISE_CHARS):
        return None, None
    span = _read_issuer(s, _skip_noise(s, of.end()), caps=of.group().isupper())
    if span is None or _skip_noise(s, span[1]) < pos:
        return None, None
    return tokens.types[k], _clean(s[span[0] : span[1]])


def _type_before(
    s: str, pos: int, has_so: bool, anchor: _Anchor, tokens: _Tokens, floor: int
) -> tuple[_TypeToken | None, str]:
    """The type phrase that introduces the number ending before ``pos``, and its qualifier."""
    k = bisect.bisect_right(tokens.type_ends, pos) - 1
    tried = 0
    while k >= 0 and tried < 4:
        token = tokens.types[k]
        if token.end < floor:
            break
        tried += 1
        k -= 1
        gap = s[token.end : pos]
        if not gap.strip(_NOISE_CHARS + ":"):
            if token.case == "lower" and k >= 0 and has_so:
                # "Thông báo kết luận số": the capitalised type, qualified.
                outer = tokens.types[k]
                qualifier = _qualifier(outer, s[outer.end : pos])
                if outer.case != "lower" and outer.end >= floor and qualifier:
                    return outer, qualifier
            return token, ""
        if token.case in ("lower", "abbreviation") or "\n\n" in gap.replace("\r", ""):
            continue
        if has_so:
            qualifier = _qualifier(token, gap)
            if qualifier is not None:  # "Báo cáo thẩm tra số", "Chương trình hành động số"
                return token, qualifier
            if token.name in words.NAMED_TYPES and _named_gap(gap):
                return token, ""  # "Luật Nhà ở số 27/2023/QH15"
            if anchor.kind in ("number", "odd") and _described_gap(gap):
                return token, ""  # "Giấy chứng nhận đủ điều kiện về an ninh, trật tự số"
        break
    return None, ""


def _qualifier(token: _TypeToken, gap: str) -> str | None:
    """The words between a type phrase and "số" that name a kind of it, if they do.

    ``""`` for a type whose following words are not part of its name (Giấy phép).
    """
    if _QUALIFIER.fullmatch(gap) is None:
        return None
    found = _clean(gap).rstrip(":").split()
    if _QUALIFIER_STOPS.intersection(w.lower() for w in found):
        return None
    if token.name in words.UNQUALIFIED_TYPES:
        return ""
    text = " ".join(found)
    return text.lower() if token.case == "upper" else text


def _described_gap(gap: str) -> bool:
    """Whether ``gap`` describes the document in a few plain words (commas allowed)."""
    found = _clean(gap).rstrip(":").split()
    if len(found) > 14 or _NAMED_GAP_STOP.search(gap) or any(c.isdigit() for c in gap):
        return False
    if _QUALIFIER_STOPS.intersection(w.lower() for w in found):
        return False
    return all(_L_WORD.fullmatch(w.rstrip(",")) for w in found)


def _named_gap(gap: str) -> bool:
    """Whether ``gap`` reads as the name of a law: "Bầu cử đại biểu Quốc hội ..."."""
    text = gap.lstrip(_NOISE_CHARS)
    if not text or not text[0].isupper() or len(gap) > 260:
        return False
    return _NAMED_GAP_STOP.search(gap) is None and len(text.split()) <= 30


def _look_forward(s: str, mention: _Mention, default_year: int | None, limit: int) -> None:
    anchor = mention.anchor
    pos = anchor.end
    year = anchor.parsed.year if anchor.parsed is not None else None
    year = year if year is not None else default_year
    pos, mention.date = _read_date(s, pos, year)
    after = _skip_noise(s, pos)
    if _THIS_RE.match(s, after):
        mention.self_reference = True
    after = _skip_comma(s, pos)
    of = _OF_RE.match(s, after)
    if of is not None:
        span = _read_issuer(s, _skip_noise(s, of.end()), caps=of.group().isupper())
        if span is not None:
            mention.issuer = _clean(s[span[0] : span[1]])
            mention.issuer_caps = _is_caps(mention.issuer)
            pos = span[1]
            if mention.date is None:
                pos, mention.date = _read_date(s, pos, year)
    else:
        by = _BY_RE.match(s, after)
        if by is not None:
            span = _read_issuer(s, _skip_noise(s, by.end()), caps=False)
            if span is not None and _ISSUED_RE.match(s, _skip_noise(s, span[1])):
                mention.issuer = _clean(s[span[0] : span[1]])
                pos = span[1]
    if mention.issuer is None and mention.type_token is not None:
        mention.issuer, date = _issuer_before(s, mention.start, year)
        mention.issuer_before = mention.issuer is not None
        if mention.date is None:
            mention.date = date
    mention.end = pos
    mention.tail = pos
    subject = _read_subject(s, _skip_comma(s, pos), limit)
    if subject is not None:
        mention.subject = _clean(s[subject[0] : subject[1]])
        mention.tail = subject[1]


def _skip_comma(s: str, pos: int) -> int:
    pos = _skip_noise(s, pos)
    if s.startswith(",", pos):
        pos = _skip_noise(s, pos + 1)
    return pos


def _read_date(s: str, pos: int, year: int | None) -> tuple[int, datetime.date | None]:
    """A date right after ``pos`` ("ngày 05/3/2020", ", ngày ...", "(ngày 14.7.2021)")."""
    at = _skip_comma(s, pos)
    issued = _ISSUED_ON.match(s, at)  # "được ban hành ngày ...", "ký ngày ..."
    if issued is not None:
        at = issued.end()
    paren = s.startswith("(", at)
    if paren:
        at = _skip_noise(s, at + 1)
    if _DATE_START.match(s, at) is None:
        return pos, None
    window = s[at : at + 90]
    found = next(find_dates(window, default_year=year), None)
    if found is None or found.start != 0:
        return pos, None
    end = at + found.end
    if paren:
        close = _skip_noise(s, end)
        if not s.startswith(")", close):
            return pos, None
        end = close + 1
    return end, found.date


def _read_issuer(s: str, pos: int, *, caps: bool) -> tuple[int, int] | None:
    """Span of the issuer phrase that starts at ``pos`` ("Bộ trưởng Bộ Tài chính")."""
    stops = _STOP_ANY_CASE if caps else _STOP_LOWER
    start: int | None = None
    end = pos
    at = pos
    lower_start = False
    for _ in range(25):
        if start is not None:
            at = _skip_noise(s, end)
            if _PARAGRAPH_BREAK.match(s, end) or at >= len(s):
                break
        if start is not None and s.startswith("-", at):
            nxt = _skip_noise(s, at + 1)
            if nxt < len(s) and s[nxt].isupper():
                end = at + 1
                continue
            break
        comma_name = next((n for n in words.COMMA_NAMES if s.startswith(n, at)), None)
        if comma_name is not None:
            start = at if start is None else start
            end = at + len(comma_name)
            continue
        if _ends_issuer(s, at, stops, caps):
            break
        word = _WORD_RE.match(s, at)
        if word is None:
            break
        text = word.group()
        if start is None and not (text[0].isupper() or text[0].isdigit()):
            # "của phòng Cảnh sát PCCC ...": a lower-case organisation head word
            if not starts_body(s[at : at + 40].upper()):
                return None
            lower_start = True
        if text == "cấp" and start is not None:
            following = _WORD_RE.match(s, _skip_noise(s, word.end()))
            if following is None or following.group().lower() not in words.LEVEL_WORDS:
                break
        if text in ("và", "VÀ"):
            nxt = _skip_noise(s, word.end())
            following = _WORD_RE.match(s, nxt)
            if following is None or stops.match(s, nxt) or _starts_citation(s, nxt):
                break
        elif text[0].isupper() and _starts_citation(s, at):
            break  # "của UBND tỉnh Kế hoạch số ..." (but "Sở Kế hoạch và Đầu tư" goes on)
        start = at if start is None else start
        end = word.end()
    if start is None:
        return None
    if lower_start and not any(c.isupper() for c in s[start:end]):
        return None  # "của tổ chức, cá nhân": people in general, not an issuer
    return start, end


def _ends_issuer(s: str, at: int, stops: re.Pattern[str], caps: bool) -> bool:
    """Whether the word at ``at`` ends an issuer phrase (a verb, "về", a date ...)."""
    if s.startswith(_VV, at):
        return True
    if stops.match(s, at) is None:
        return False
    # "Phòng Cảnh sát QLHC về TTXH": "về" before an acronym is part of a name.
    return caps or not s.startswith("về", at) or _ACRONYM.match(s, _skip_noise(s, at + 2)) is None


def _starts_citation(s: str, pos: int) -> bool:
    """Whether a type phrase followed by "số" or a number starts at ``pos``."""
    typed = _TYPE_RE.match(s, pos) or _ABBREVIATION_RE.match(s, pos)
    return typed is not None and not _is_name_word(s, typed.end())


def _issuer_before(
    s: str, pos: int, year: int | None
) -> tuple[str | None, datetime.date | None]:
    """An issuer written before the citation that starts at ``pos``, and a date before it.

    "Sở Công Thương đã ban hành Kế hoạch số ...", "theo đề nghị của Giám đốc Sở Công
    Thương tại Tờ trình số ...", "Ngày 24/02/2020, Chính phủ ban hành Nghị định số ...".
    """
    lo = max(0, pos - 220)
    link = _LINK_BEFORE.search(s, lo, pos)
    if link is None:
        return None, None
    boundary = lo
    kind = ""
    stop = link.start()
    for name in words.COMMA_NAMES:  # "Bộ Văn hóa, Thể thao và Du lịch ban hành ..."
        if s.endswith(name, lo, stop):
            stop -= len(name)
    for match in _ISSUER_BOUNDARY.finditer(s, lo, stop):
        boundary, kind = match.end(), match.group()
    phrase = _clean(s[boundary : link.start()]).lstrip("-+• ")
    names = phrase.split()
    if not 2 <= len(names) <= 16 or not phrase[0].isupper() or _STOP_INSIDE.search(phrase):
        return None, None
    upper = phrase.upper()
    if not (starts_body(upper) or upper.startswith(words.ISSUER_HEADS)):
        return None, None
    date = None
    if kind == ",":
        before = s[max(0, boundary - 45) : boundary - 1].rstrip()
        dates = list(find_dates(before, default_year=year))
        if dates and dates[-1].end == len(before):
            date = dates[-1].date
    return phrase, date


def _is_name_word(s: str, pos: int) -> bool:
    """After a type phrase inside an issuer name: not followed by "số" or a number."""
    nxt = _skip_noise(s, pos)
    if nxt < len(s) and s[nxt].isdigit():
        return False
    return _SO_RE.match(s, nxt) is None and not s.startswith(("số", "Số", "SỐ"), nxt)


def _read_subject(s: str, pos: int, limit: int) -> tuple[int, int] | None:
    start = _SUBJECT_START.match(s, pos)
    if start is None or pos >= limit:
        return None
    stop = min(limit, pos + 400, len(s))
    end = stop
    depth = 0
    for match in _SUBJECT_STOP.finditer(s, start.end(), stop):
        char = match.group()
        if char == "(":
            depth += 1
            continue
        if char == ")" and depth:
            depth -= 1
            continue
        end = match.start()
        break
    else:
        if stop < len(s) and stop == pos + 400:
            cut = s.rfind(" ", pos, stop)
            end = cut if cut > start.end() else stop
    text = s[pos:end].rstrip(_NOISE_CHARS + ",;")
    for joiner in (" và", " hoặc"):
        if text.endswith(joiner):
            text = text[: -len(joiner)].rstrip(_NOISE_CHARS + ",")
    if len(text) <= len(start.group()):
        return None
    return pos, pos + len(text)


# ---------------------------------------------------------------------------
# Stage 3: resolve


def _resolve(s: str, mentions: list[_Mention], skip_header: bool) -> list[_Mention]:
    """Stage 3: lists, short forms, own number and self-references; keep citations only."""
    own = None
    for mention in mentions:
        mention.number = mention.anchor.number
        if skip_header and mention.header and own is None:
            own = mention.anchor.number
    _join_lists(s, mentions)
    kept = []
    for mention in mentions:
        if skip_header and (mention.header or mention.anchor.number == own):
            continue
        if mention.self_reference or not _is_citation(s, mention):
            continue
        kept.append(mention)
    _resolve_short_forms(kept)
    return kept


def _join_lists(s: str, mentions: list[_Mention]) -> None:
    """Give list items without a type word the type of the item that starts the list."""
    head: _Mention | None = None
    group: list[_Mention] = []
    groups: list[list[_Mention]] = []
    for i, mention in enumerate(mentions):
        previous = mentions[i - 1] if i else None
        match = None
        if previous is not None and head is not None and not mention.header:
            if mention.type_token is None:
                match = _JOINER.fullmatch(s, previous.tail, mention.prefix_start)
            elif mention.doc_type == head.doc_type:
                # "Công điện số 05/CĐ-TTg ngày ... và Công điện số 06/CĐ-TTg của Thủ tướng"
                match = _JOINER.fullmatch(s, previous.tail, mention.start)
        joined = match.group("sep") if match is not None else None
        if joined is not None and head is not None and _compatible(head, mention):
            mention.joiner = joined
            mention.doc_type = head.doc_type
            group.append(mention)
            continue
        if len(group) > 1:
            groups.append(group)
        head = mention if mention.doc_type is not None else None
        group = [mention]
    if len(group) > 1:
        groups.append(group)
    for items in groups:
        _share_details(items)


def _compatible(head: _Mention, item: _Mention) -> bool:
    if item.anchor.doc_type is not None:  # a standard is a standard, whatever precedes it
        return head.doc_type == item.anchor.doc_type
    if head.doc_type in ("Văn bản", "Công văn"):
        return True
    a = head.anchor.parsed.doc_type if head.anchor.parsed else None
    b = item.anchor.parsed.doc_type if item.anchor.parsed else None
    return a is None or b is None or a == b


def _issuer_code(mention: _Mention) -> str | None:
    parsed = mention.anchor.parsed
    return parsed.issuer if parsed is not None else None


def _share_details(items: list[_Mention]) -> None:
    """Issuer stated once after a list belongs to every item; "A và B ngày X" dates A too."""
    carry: _Mention | None = None
    for item in reversed(items):
        if item.issuer is not None:
            carry = item
            continue
        if carry is not None:
            a, b = _issuer_code(item), _issuer_code(carry)
            if a is None or b is None or a == b:
                item.issuer = carry.issuer
                item.issuer_caps = carry.issuer_caps
    head = items[0]
    if head.issuer_before:
        for item in items[1:]:
            if item.issuer is None:
                item.issuer = head.issuer
    for item, nxt in itertools.pairwise(items):
        if item.date is None and nxt.joiner == "và" and nxt.type_token is None:
            item.date = nxt.date


def _is_citation(s: str, mention: _Mention) -> bool:
    """Numbers with a ký hiệu always count; bare numbers only after the right words."""
    kind = mention.anchor.kind
    if kind == "standard" or (mention.doc_type is not None and kind != "bare"):
        return True
    if kind in ("number", "odd"):
        # "Mẫu số 01/BC-UBND" names a form, "Gói thầu số 13/2025" a tender package.
        before = s[max(0, mention.prefix_start - 20) : mention.prefix_start]
        if mention.has_so and _BEFORE_SO_NOT_DOCUMENTS.search(before) is not None:
            return False
        return kind == "number" or mention.has_so
    # A bare number: the type word decides, then what follows it.
    if mention.doc_type is None:
        return False
    base = mention.type_token.name if mention.type_token is not None else mention.doc_type
    if mention.type_token is None:
        allowed = mention.joiner is not None and mention.has_so
    elif mention.has_so:
        allowed = base in words.BARE_NUMBER_TYPES or base in words.NUMBERED_WITH_SO_TYPES
    else:
        # "Công văn 4586": capitalised type word, number on the same line.
        allowed = (
            base in words.BARE_NUMBER_TYPES
            and mention.type_token.case != "lower"
            and "\n" not in s[mention.type_token.end : mention.anchor.start]
        )
        number = mention.anchor.number
        if allowed and "/" not in number and len(number) == 4 and 1900 <= int(number) <= 2100:
            allowed = False  # "Kế hoạch 2025": a year
    return allowed and _bare_number_ends(s, mention)


def _bare_number_ends(s: str, mention: _Mention) -> bool:
    """A bare number is a document only if a boundary or a citation word follows it."""
    if mention.date is not None or mention.issuer is not None:
        return True
    pos = mention.anchor.end
    while pos < len(s) and s[pos] in " \t*_":
        pos += 1
    if s.startswith(("\n", "\r\n"), pos):
        # A hard-wrapped line: what starts the next line decides ("Quyết định 03\ncán bộ").
        if _PARAGRAPH_BREAK.match(s, pos):
            return True
        pos = _skip_noise(s, pos)
        if pos >= len(s) or not s[pos].islower():
            return True
    if pos >= len(s) or s[pos] in ",.;:)([]”\"'…–":
        return True
    word = _WORD_RE.match(s, pos)
    if word is None:
        return s.startswith(_VV, pos)
    text = word.group().lower()
    if text in words.BARE_NUMBER_FOLLOWERS or s.startswith(_VV, pos):
        return True
    if text == "năm" and mention.has_so:  # "Quyết định số 12 năm 2021", not "Kế hoạch 5 năm"
        return _YEAR_AFTER.match(s, pos) is not None
    return False


def _resolve_short_forms(mentions: list[_Mention]) -> None:
    """"Chỉ thị 11" after "Chỉ thị số 11-CT/TU" is that directive: use its full number."""
    full: dict[tuple[int, str], set[str]] = {}
    for mention in mentions:
        parsed = mention.anchor.parsed
        if parsed is not None and mention.doc_type is not None:
            full.setdefault((parsed.number, _base_type(mention)), set()).add(mention.number)
    for mention in mentions:
        if mention.anchor.kind != "bare" or "/" in mention.number or mention.doc_type is None:
            continue
        candidates = full.get((int(mention.number), _base_type(mention)), set())
        if len(candidates) == 1:
            mention.number = next(iter(candidates))


def _base_type(mention: _Mention) -> str:
    token = mention.type_token
    return token.name if token is not None else (mention.doc_type or "")


# ---------------------------------------------------------------------------
# Output


def _fallback_type(mention: _Mention) -> str | None:
    """Type from the ký hiệu when no type word was printed ("QĐ-TTg" → Quyết định)."""
    anchor = mention.anchor
    if anchor.doc_type is not None:
        return anchor.doc_type
    parsed = anchor.parsed
    if parsed is None or parsed.family is NumberFamily.OFFICIAL_LETTER:
        return None
    document_type = parsed.document_type
    return document_type.name_vi if document_type is not None else None


def _to_citation(s: str, mention: _Mention, *, fallback: bool = True) -> Citation:
    doc_type = mention.doc_type
    if doc_type is None and fallback:
        doc_type = _fallback_type(mention)
    return Citation(
        number=mention.number,
        doc_type=doc_type,
        date=mention.date,
        issuer=mention.issuer,
        subject=mention.subject,
        text=_clean(s[mention.start : mention.end]),
        span=Span(start=mention.start, end=mention.end),
    )


def find_citations(
    text: str,
    *,
    default_year: int | None = None,
    skip_header: bool = True,
    unique: bool = False,
) -> list[Citation]:
    """Every reference to another document in ``text``, in order, with spans.

    Args:
        text: any text: a sentence, a whole document, Markdown or PDF-layout text.
        default_year: year for dates written without one ("ngày 22.7"); a
            normative number's own year ("23/2021/QĐ-TTg") is used first.
        skip_header: leave out numbers printed on a "Số:" line (the document's
            own number, and the numbers of forms embedded in it) and later
            mentions of the first such number ("ban hành kèm theo Quyết định số
            1050/QĐ-SCT" inside document 1050/QĐ-SCT). Pass ``False`` for text
            that is not a whole document and may start with "Số".
        unique: one citation per number (see :func:`merge_citations`).

    Returns:
        :class:`~vnplan.model.Citation` values. ``number`` is canonical for a
        number that parses (:class:`~vnplan.numbering.DocumentNumber`), else as
        printed without spaces ("21.4/GĐN", "QCVN01:2019/BCT", "4586").
        ``doc_type`` is the type word as printed in the text, with its qualifier
        ("Báo cáo thẩm tra"), else the type the ký hiệu names, else ``None``.
        ``span`` covers type word, number, date and issuer (not the subject).

    Raises:
        InvalidFormat: ``text`` is not a string.
        InvalidComponent: ``default_year`` is not a year.
        InputTooLarge: ``text`` is longer than :data:`MAX_CITATION_INPUT`.

    >>> text = "Số: 12/QĐ-UBND\\nkèm theo Quyết định số 12/QĐ-UBND"
    >>> len(find_citations(text)), len(find_citations(text, skip_header=False))
    (0, 2)
    >>> c = find_citations("Quyết định số 1956 (ngày 14.7.2021) của UBND tỉnh")[0]
    >>> c.number, c.date, c.issuer
    ('1956', datetime.date(2021, 7, 14), 'UBND tỉnh')
    """
    if not isinstance(text, str):
        raise InvalidFormat(f"find_citations expects a string, got {type(text).__name__}")
    if len(text) > MAX_CITATION_INPUT:
        raise InputTooLarge("citation text", len(text), MAX_CITATION_INPUT)
    if default_year is not None and (
        isinstance(default_year, bool)
        or not isinstance(default_year, int)
        or not 1 <= default_year <= 9999
    ):
        raise InvalidComponent(
            f"default_year must be a year between 1 and 9999, got {default_year!r}",
            expected="year",
        )
    s = normalize(text)
    tokens = _tokenize(s)
    mentions = _resolve(s, _extract(s, tokens, default_year), skip_header)
    if not unique:
        return [_to_citation(s, m) for m in mentions]
    # One per number: a type word printed at any mention beats the ký hiệu's type
    # ("Quy định số 360-QĐ/TW" and a bare "360-QĐ/TW" cite a Quy định).
    typed = {m.number for m in mentions if m.doc_type is not None}
    return merge_citations([_to_citation(s, m, fallback=m.number not in typed) for m in mentions])


def merge_citations(citations: Iterable[Citation]) -> list[Citation]:
    """One citation per number, details merged from the fullest mentions.

    Citations with the same ``number`` are merged in order of first appearance.
    Each field comes from the first *full* mention (one with a date or an issuer)
    that has it, then from any other mention; a value printed in capitals (a
    heading, "CỦA CHÍNH PHỦ") gives way to one in running text. ``span`` and
    ``text`` are those of the first mention.

    >>> from vnplan.model import Citation
    >>> merged = merge_citations([
    ...     Citation(number="214/NQ-CP", doc_type="Nghị quyết", issuer="CHÍNH PHỦ"),
    ...     Citation(number="214/NQ-CP", doc_type="Nghị quyết", issuer="Chính phủ",
    ...              date=datetime.date(2025, 7, 23)),
    ...     Citation(number="12/QĐ-UBND")])
    >>> for c in merged:
    ...     print(c.number, c.issuer, c.date)
    214/NQ-CP Chính phủ 2025-07-23
    12/QĐ-UBND None None
    """
    groups: dict[str, list[Citation]] = {}
    for citation in citations:
        if not isinstance(citation, Citation):
            raise InvalidFormat(
                f"merge_citations expects Citation values, got {type(citation).__name__}"
            )
        groups.setdefault(citation.number, []).append(citation)
    return [_merge(group) for group in groups.values()]


def _merge(group: Sequence[Citation]) -> Citation:
    first = group[0]
    if len(group) == 1:
        return first
    ranked = sorted(
        group,
        key=lambda c: (
            -((c.date is not None) + (c.issuer is not None)),
            group.index(c),
        ),
    )
    values: dict[str, object] = {}
    for name in ("doc_type", "date", "issuer", "subject"):
        options = [getattr(c, name) for c in ranked if getattr(c, name) is not None]
        if name != "date":
            options.sort(key=lambda v: _is_caps(str(v)))  # stable: running text first
        values[name] = options[0] if options else None
    return first.model_copy(update=values)
