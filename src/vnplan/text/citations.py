"""Citations: every reference to another document, found the way eyecite finds case law.

A citation is a document type ("Quyết định", "Nghị quyết", "Công văn", "Văn bản", ...)
and a number, usually followed by the date, the issuer after "của" and a subject:

    Căn cứ Thông tư số 55/2023/TT-BTC ngày 15 tháng 8 năm 2023 của Bộ trưởng Bộ Tài chính
    quy định quản lý, sử dụng ...

The finder is a pipeline you can follow, each stage linear in the text:

1. **tokenize** (:mod:`vnplan.text.citation_tokens`) — one pass per kind of anchor:
   document numbers (:func:`vnplan.find_document_numbers`), "số" followed by digits,
   technical standards ("QCVN 01:2019/BCT"), digits after a capitalised type word;
   then the type phrases before them (any case, tolerant of tone marks and line
   breaks);
2. **extract** (:mod:`vnplan.text.citation_mentions`) — every anchor becomes a
   mention: looking back, the "số" and the type phrase before it (with a qualifier,
   "Báo cáo thẩm tra số", or a law's name, "Luật Nhà ở số 27/2023/QH15"); looking
   forward, the date, the issuer after "của" and the subject ("về việc ...");
3. **resolve** (here) — lists that share one type word ("các Công văn số
   512/STC-QLNS ngày 03/3/2022, số 618/STC-QLNS ngày 15/3/2022 của Sở Tài chính"),
   short forms ("Chỉ thị 11" after "Chỉ thị số 11-CT/TU"), the document's own number
   and self-references; then :class:`vnplan.model.Citation` values.

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
import itertools
import re
import sys
from collections.abc import Iterable, Sequence

from vnplan.chars import normalize
from vnplan.data import citations as words
from vnplan.errors import InputTooLarge, InvalidComponent, InvalidFormat, VnplanError
from vnplan.model import Citation, Span
from vnplan.numbering import DocumentNumber, NumberFamily, provincial_party_number
from vnplan.text.citation_furniture import above_document, related_blocks
from vnplan.text.citation_mentions import (
    VV,
    Mention,
    extract,
)
from vnplan.text.citation_tokens import (
    PARAGRAPH_BREAK,
    WORD_RE,
    clean,
    is_caps,
    skip_noise,
    tokenize,
)

__all__ = ["MAX_CITATION_INPUT", "find_citations", "merge_citations"]

#: Longest text, in characters, :func:`find_citations` accepts (about 10,000 pages).
MAX_CITATION_INPUT = 50_000_000

_YEAR_AFTER = re.compile(r"năm[ \t]{1,3}[0-9]{4}(?![0-9]|[ \t]{0,2}[-–][ \t]{0,2}[0-9])")
_JOINER = re.compile(
    r"[ \t\f\r\n*_]{0,40}(?P<sep>,|;|và|hoặc)(?:[ \t\f\r\n*_]{0,40}(?:và|cùng))?"
    r"[ \t\f\r\n*_]{0,40}"
)
_BEFORE_SO_NOT_DOCUMENTS = re.compile(
    r"(?:Mẫu|mẫu|MẪU|Biểu|biểu|BIỂU|[Pp]hụ lục|PHỤ LỤC|[Gg]ói thầu|GÓI THẦU|[Tt]hửa|"
    r"[Tt]ờ bản đồ|[Bb]iển|[Hh]ồ sơ)[ \t]{1,4}$"
)


# ---------------------------------------------------------------------------
# Stage 3: resolve


def _resolve(
    s: str, mentions: list[Mention], skip_header: bool, own: set[str]
) -> list[Mention]:
    """Stage 3: lists, short forms, own number and self-references; keep citations only."""
    header_at: int | None = None
    for mention in mentions:
        mention.number = mention.anchor.number
        if skip_header and mention.header and header_at is None:
            own.add(mention.anchor.number)  # the first "Số:" line: the document's own
            header_at = mention.prefix_start
    _join_lists(s, mentions)
    _share_issuer_before(s, mentions)
    blocks = list(related_blocks(s))
    kept = []
    for mention in mentions:
        if (skip_header and mention.header) or mention.anchor.number in own:
            continue
        if header_at is not None and above_document(s, mention.anchor.end, header_at):
            continue  # a site's title or summary above the document
        if blocks and _inside(blocks, mention.start):
            continue  # a site's list of related documents
        if mention.self_reference or not _is_citation(s, mention):
            continue
        kept.append(mention)
    for mention in kept:
        _provincial_tu(s, mention)
    _resolve_short_forms(kept)
    return kept


def _provincial_tu(s: str, mention: Mention) -> None:
    """ "13-NQ/TƯ của Tỉnh ủy": the "Ư" is OCR's horn on TU, not Trung ương (TW)."""
    parsed = mention.anchor.parsed
    if parsed is not None and mention.issuer is not None:
        printed = s[mention.anchor.start : mention.anchor.end]
        mention.number = str(provincial_party_number(parsed, printed, mention.issuer))


def _join_lists(s: str, mentions: list[Mention]) -> None:
    """Give list items without a type word the type of the item that starts the list."""
    head: Mention | None = None
    group: list[Mention] = []
    groups: list[list[Mention]] = []
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


def _inside(blocks: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` falls in one of the ordered, disjoint ``blocks``."""
    k = bisect.bisect_right(blocks, (pos, sys.maxsize)) - 1
    return k >= 0 and blocks[k][0] <= pos < blocks[k][1]


def _share_issuer_before(s: str, mentions: list[Mention]) -> None:
    """An issuer written before a list of typed citations names every item: "theo đề
    nghị của Sở Nội vụ tại Tờ trình số A, Công văn số B" (B is the Sở's too). An issuer
    written after the last item names the items before it that carry the same issuer
    code: "Báo cáo số 170/BC-UBND và Tờ trình số 152/TTr-UBND của UBND phường X"."""
    for previous, mention in reversed(list(itertools.pairwise(mentions))):
        if (
            previous.issuer is None
            and mention.issuer is not None
            and not mention.issuer_before
            and previous.type_token is not None
            and not previous.header
            and _issuer_code(previous) is not None
            and _issuer_code(previous) == _issuer_code(mention)
            and _joined(s, previous, mention)
        ):
            previous.issuer = mention.issuer
    for previous, mention in itertools.pairwise(mentions):
        if (
            mention.issuer is None
            and previous.issuer is not None
            and previous.issuer_before
            and mention.type_token is not None
            and mention.anchor.doc_type is None  # a standard is nobody's letter
            and not mention.header
            and _joined(s, previous, mention)
        ):
            mention.issuer = previous.issuer
            mention.issuer_before = True


def _joined(s: str, previous: Mention, mention: Mention) -> bool:
    """Whether two typed citations are items of one list: only "," or "và" between them
    (a ";" closes a căn cứ item)."""
    match = _JOINER.fullmatch(s, previous.tail, mention.start)
    return match is not None and match.group("sep") in (",", "và")


def _compatible(head: Mention, item: Mention) -> bool:
    if item.anchor.doc_type is not None:  # a standard is a standard, whatever precedes it
        return head.doc_type == item.anchor.doc_type
    if head.doc_type in ("Văn bản", "Công văn"):
        return True
    a = head.anchor.parsed.doc_type if head.anchor.parsed else None
    b = item.anchor.parsed.doc_type if item.anchor.parsed else None
    return a is None or b is None or a == b


def _issuer_code(mention: Mention) -> str | None:
    parsed = mention.anchor.parsed
    return parsed.issuer if parsed is not None else None


def _share_details(items: list[Mention]) -> None:
    """Issuer stated once after a list belongs to every item; "A và B ngày X" dates A too."""
    carry: Mention | None = None
    for item in reversed(items):
        if item.issuer is not None:
            carry = item
            continue
        if carry is not None:
            a, b = _issuer_code(item), _issuer_code(carry)
            if a is None or b is None or a == b:
                item.issuer = carry.issuer
    head = items[0]
    if head.issuer_before:
        for item in items[1:]:
            if item.issuer is None:
                item.issuer = head.issuer
    for item, nxt in itertools.pairwise(items):
        if item.date is None and nxt.joiner == "và" and nxt.type_token is None:
            item.date = nxt.date


def _is_citation(s: str, mention: Mention) -> bool:
    """Numbers with a ký hiệu always count; bare numbers only after the right words."""
    kind = mention.anchor.kind
    if kind == "standard" or (mention.doc_type is not None and kind != "bare"):
        return True
    if kind in ("number", "odd"):
        # "Mẫu số 01/BC-UBND" names a form, "Gói thầu số 13/2025" a tender package.
        before = s[max(0, mention.prefix_start - 20) : mention.prefix_start]
        if mention.has_so and _BEFORE_SO_NOT_DOCUMENTS.search(before) is not None:
            return False
        # An unusual number needs "số"; one that starts with letters, a type word too.
        return kind == "number" or (mention.has_so and mention.anchor.number[0].isdigit())
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


def _bare_number_ends(s: str, mention: Mention) -> bool:
    """A bare number is a document only if a boundary or a citation word follows it."""
    if mention.date is not None or mention.issuer is not None:
        return True
    pos = mention.anchor.end
    while pos < len(s) and s[pos] in " \t*_":
        pos += 1
    if s.startswith(("\n", "\r\n"), pos):
        # A hard-wrapped line: what starts the next line decides ("Quyết định 03\ncán bộ").
        if PARAGRAPH_BREAK.match(s, pos):
            return True
        pos = skip_noise(s, pos)
        if pos >= len(s) or not s[pos].islower():
            return True
    if pos >= len(s) or s[pos] in ",.;:)([]”\"'…–":
        return True
    word = WORD_RE.match(s, pos)
    if word is None:
        return s.startswith(VV, pos)
    text = word.group().lower()
    if text in words.BARE_NUMBER_FOLLOWERS or s.startswith(VV, pos):
        return True
    if text == "năm" and mention.has_so:  # "Quyết định số 12 năm 2021", not "Kế hoạch 5 năm"
        return _YEAR_AFTER.match(s, pos) is not None
    return False


def _resolve_short_forms(mentions: list[Mention]) -> None:
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


def _base_type(mention: Mention) -> str:
    token = mention.type_token
    return token.name if token is not None else (mention.doc_type or "")


# ---------------------------------------------------------------------------
# Output


def _fallback_type(mention: Mention) -> str | None:
    """Type from the ký hiệu when no type word was printed ("QĐ-TTg" → Quyết định)."""
    anchor = mention.anchor
    if anchor.doc_type is not None:
        return anchor.doc_type
    parsed = anchor.parsed
    if parsed is None or parsed.family is NumberFamily.OFFICIAL_LETTER:
        return None
    document_type = parsed.document_type
    return document_type.name_vi if document_type is not None else None


def _to_citation(s: str, mention: Mention, *, fallback: bool = True) -> Citation:
    doc_type = mention.doc_type
    if doc_type is None and fallback:
        doc_type = _fallback_type(mention)
    return Citation(
        number=mention.number,
        doc_type=doc_type,
        date=mention.date,
        issuer=mention.issuer,
        subject=mention.subject,
        text=clean(s[mention.start : mention.end]),
        span=Span(start=mention.start, end=mention.end),
    )


def _canonical(number: str) -> str:
    """A number as :func:`find_citations` writes it: canonical if it parses."""
    try:
        return str(DocumentNumber.parse(number))
    except VnplanError:
        return "".join(normalize(number).split())


def find_citations(
    text: str,
    *,
    default_year: int | None = None,
    skip_header: bool = True,
    own_number: str | None = None,
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
        own_number: the number of the document ``text`` belongs to, when the
            caller knows it (from :func:`vnplan.text.parse_header`): mentions of it
            are self-references, not citations.
        unique: one citation per number (see :func:`merge_citations`).

    Returns:
        :class:`~vnplan.model.Citation` values. ``number`` is canonical for a
        number that parses (:class:`~vnplan.numbering.DocumentNumber`), else as
        printed without spaces ("21.4/GĐN", "QCVN01:2019/BCT", "4586").
        ``doc_type`` is the type word as printed in the text, with its qualifier
        ("Báo cáo thẩm tra"), else the type the ký hiệu names, else ``None``.
        ``span`` covers type word, number, date and issuer (not the subject).

    Raises:
        InvalidFormat: ``text`` or ``own_number`` is not a string.
        InvalidComponent: ``default_year`` is not a year.
        InputTooLarge: ``text`` is longer than :data:`MAX_CITATION_INPUT`.

    >>> text = "Số: 12/QĐ-UBND\\nkèm theo Quyết định số 12/QĐ-UBND"
    >>> len(find_citations(text)), len(find_citations(text, skip_header=False))
    (0, 2)
    >>> body = "Ban hành kèm theo Quyết định số 12/QĐ-UBND; Căn cứ Luật số 80/2015/QH13"
    >>> print(*(c.number for c in find_citations(body, own_number="12 / QĐ-UBND")))
    80/2015/QH13
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
    own = set()
    if own_number is not None:
        if not isinstance(own_number, str):
            raise InvalidFormat(
                f"own_number must be a string, got {type(own_number).__name__}",
                expected="own_number",
            )
        own.add(_canonical(own_number))
    s = normalize(text)
    tokens = tokenize(s)
    mentions = _resolve(s, extract(s, tokens, default_year), skip_header, own)
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

    >>> import datetime
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
    # sorted() is stable: mentions with as many details keep their order (no
    # group.index(), which made a number cited n times cost n² comparisons)
    ranked = sorted(group, key=lambda c: -((c.date is not None) + (c.issuer is not None)))
    values: dict[str, object] = {}
    for name in ("doc_type", "date", "issuer", "subject"):
        options = [getattr(c, name) for c in ranked if getattr(c, name) is not None]
        if name != "date":
            options.sort(key=lambda v: is_caps(str(v)))  # stable: running text first
        values[name] = options[0] if options else None
    return first.model_copy(update=values)
