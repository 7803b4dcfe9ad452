"""Stage 2 of :func:`vnplan.text.citations.find_citations`: extract.

Turns each anchor from stage 1 (:mod:`vnplan.text.citation_tokens`) into a
:class:`Mention`. Looking back from the number: "số", the type phrase with its
qualifier ("Báo cáo thẩm tra số") or a law's name ("Luật Nhà ở số"), an issuer
written before the type ("Sở Công Thương đã ban hành Kế hoạch số"), the header's
"Số:". Looking forward: the date, the issuer after "của" (or "do ... ban hành"),
a self-reference ("... này") and the subject ("về việc ...", "V/v ...").

Internal: the public API is :mod:`vnplan.text.citations`.

>>> from vnplan.text.citation_tokens import tokenize
>>> text = "Căn cứ Kế hoạch số 14-KH/TU ngày 29/7/2025 của Ban Thường vụ Tỉnh ủy về X;"
>>> (m,) = extract(text, tokenize(text), None)
>>> print(m.doc_type, m.date, m.issuer, m.subject, sep=" | ")
Kế hoạch | 2025-07-29 | Ban Thường vụ Tỉnh ủy | về X
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Iterable

import attrs

from vnplan.data import citations as words
from vnplan.dates import find_dates
from vnplan.numbering import NumberFamily
from vnplan.text.citation_tokens import (
    ABBREVIATION_RE,
    LETTER,
    LOOK_BACK,
    NOISE_CHARS,
    NOT_WORD_AFTER,
    NOT_WORD_BEFORE,
    PARAGRAPH_BREAK,
    SO_RE,
    SO_WORD,
    TYPE_RE,
    WORD_RE,
    Anchor,
    Tokens,
    TypeToken,
    clean,
    skip_noise,
    skip_noise_back,
)
from vnplan.text.issuers import starts_body
from vnplan.text.letters import LOWER, UPPER

__all__ = ["VV", "Mention", "extract"]

# ---------------------------------------------------------------------------
# Patterns (explicit classes: never \w or \d)

# The same "số" read backwards from a number: the text before the number ends with it.
# "số", "Số:", and the "Số hiệu:" / "Số, ký hiệu:" of a scraped page's metadata.
_SO_BEFORE = re.compile(
    NOT_WORD_BEFORE + SO_WORD + r"(?:,?[ \t]{1,2}(?:ký[ \t]{1,2})?hiệu)?[ \t]{0,4}:?$"
)
_HEADER_SO = frozenset({"Số", "SỐ", "SO", "So"})
# "của", also with a lost or wrong tone mark (OCR, ASCII-folded text), never "cửa".
# OCR and scrambled web text move or change the tone mark ("cùa", "cũa", "củà").
_OF_RE = re.compile(
    r"(?:[Cc](?:[ủùúũụ][aàáảãạ]?|u[aàáảãạ])|C[ỦÙÚŨỤU]A)(?<![Cc][ủùúũụ])" + NOT_WORD_AFTER
)
# "Quy chế phối hợp số ... giữa A và B": the parties of an agreement are its issuers.
_BETWEEN_RE = re.compile(r"(?:giữa|GIỮA)" + NOT_WORD_AFTER)
_BY_RE = re.compile(r"do" + NOT_WORD_AFTER)
_ISSUED_RE = re.compile(r"(?:ban hành|phát hành|ký)" + NOT_WORD_AFTER)
# Every date find_dates reads starts with "ngày" (any case, any tone on the "a") or a digit.
_DATE_START = re.compile(r"[0-9]|[Nn][Gg]")
_ISSUED_ON = re.compile(
    r"(?:được[ \t\r\n]{1,4})?(?:ban[ \t\r\n]{1,4}hành|ký|thông[ \t\r\n]{1,4}qua)"
    r"[ \t\r\n]{1,4}(?=ngày|Ngày)"
)
_THIS_RE = re.compile(r"này" + NOT_WORD_AFTER)
# A short remark in parentheses between a citation's date and its "của".
_REMARK = re.compile(r"\([^()\n;]{1,150}\)")
VV = ("V/v", "v/v", "V/V")


def _phrases_pattern(phrases: Iterable[str]) -> str:
    ordered = sorted(set(phrases), key=len, reverse=True)
    space = r"[ \t\r\n]{1,4}"
    return "(?:" + "|".join(space.join(map(re.escape, p.split())) for p in ordered) + ")"


_STOPS = _phrases_pattern(words.ISSUER_STOPS)
_STOPS_ANY_CASE = _phrases_pattern(words.ISSUER_STOPS_ANY_CASE)
# Running text: some stops in any case, the others in lower case only.
_STOP_LOWER = re.compile(f"(?:(?i:{_STOPS_ANY_CASE})|{_STOPS})" + NOT_WORD_AFTER)
# An all-capitals heading ("CỦA CHÍNH PHỦ BAN HÀNH ..."): every stop, in any case.
_STOP_ANY_CASE = re.compile(f"(?:{_STOPS_ANY_CASE}|{_STOPS})" + NOT_WORD_AFTER, re.IGNORECASE)
_STOP_INSIDE = re.compile(
    NOT_WORD_BEFORE + f"(?:(?i:{_STOPS_ANY_CASE})|{_STOPS})" + NOT_WORD_AFTER
)
_LINK_BEFORE = re.compile(
    r"[ \t\r\n*_]{1,8}(?:(?:đã|vừa|mới)[ \t\r\n]{1,4})?" + _phrases_pattern(words.ISSUER_LINKS)
    + r"(?:[ \t]{0,2}:)?[ \t\r\n*_]{1,12}$"
)
_ISSUER_BOUNDARY = re.compile(
    r"[.;:(\[,]|\n[ \t\f\r*_]{0,40}\n|"
    + NOT_WORD_BEFORE + r"(?:của|Của|CỦA|được|gồm|là)" + NOT_WORD_AFTER
)
_ACRONYM = re.compile(f"[{UPPER}]{{2,10}}" + NOT_WORD_AFTER)
_SUBJECT_START = re.compile(
    _phrases_pattern(words.SUBJECT_STARTS) + NOT_WORD_AFTER, re.IGNORECASE
)
_SUBJECT_STOP = re.compile(
    r"[;:\[()]|\.(?=[ \t\r\n*_]|$)|\n[ \t\f\r*_]{0,40}(?:\n|[-+•]|[0-9]{1,2}[.)])"
)
# A qualifier: 1-7 lower-case words or acronyms ("thẩm tra", "thẩm duyệt PCCC"). Words
# are separated by at least one noise character, so a long run of letters has one split.
_Q_WORD = rf"(?:[{LOWER}]{LETTER}{{0,14}}|[{UPPER}][{UPPER}0-9]{{1,9}})"
_QUALIFIER = re.compile(
    rf"[{NOISE_CHARS}]{{0,12}}{_Q_WORD}(?:[{NOISE_CHARS}]{{1,12}}{_Q_WORD}){{0,6}}"
    rf"[{NOISE_CHARS}:]{{0,12}}"
)
_QUALIFIER_STOPS = frozenset({
    "của", "ngày", "này", "và", "tại", "theo", "các", "đã", "được", "do", "số", "năm",
    "những", "hoặc", "trong", "với", "thì", "là", "có", "đến", "từ", "cho", "để",
})  # fmt: skip
_L_WORD = re.compile(f"{LETTER}{{1,15}}")
_NAMED_GAP_STOP = re.compile(r"[;()\[\]]|\.[ \t\r\n]|\n[ \t\f\r*_]{0,40}\n")


# ---------------------------------------------------------------------------
# Stage 2: extract


@attrs.define(slots=True)
class Mention:
    """One citation as found, before lists and short forms are resolved."""

    anchor: Anchor
    start: int  # first character of the citation (type phrase, "số" or number)
    prefix_start: int  # where "số" or the number starts (list joiners end here)
    has_so: bool
    header: bool
    doc_type: str | None  # from the type phrase
    type_token: TypeToken | None
    end: int = 0  # end of number, date and issuer
    tail: int = 0  # end including the subject
    date: datetime.date | None = None
    issuer: str | None = None
    issuer_before: bool = False  # the issuer was written before the type word
    subject: str | None = None
    self_reference: bool = False
    joiner: str | None = None  # separator before this mention when it continues a list
    number: str = ""
    paren: bool = False  # "(số" opened between the type word and the number


def extract(s: str, tokens: Tokens, default_year: int | None) -> list[Mention]:
    """Stage 2: look back for "số" and the type, forward for date, issuer and subject.

    ``s`` is the normalised text the ``tokens`` were found in; ``default_year``
    completes a date written without its year ("ngày 22.7").
    """
    mentions = [_look_back(s, a, tokens) for a in tokens.anchors]
    for i, mention in enumerate(mentions):
        limit = mentions[i + 1].prefix_start if i + 1 < len(mentions) else len(s)
        floor = mentions[i - 1].anchor.end if i else 0
        _look_forward(s, mention, default_year, limit, floor)
    return mentions


#: How far back from a header "Số" the start of its line is looked for.
_HEADER_LOOK_BACK = 300
#: How far into the text a flattened header's "Số:" may stand (see :func:`_look_back`).
_FLAT_HEADER = 1500
# Three words in capitals in a row: an issuer or the Quốc hiệu of a flattened header.
_CAPS_RUN = re.compile(f"[{UPPER}]{{2,}}(?:[ \t]{{1,3}}[{UPPER}]{{1,}}){{2}}" + NOT_WORD_AFTER)


def _look_back(s: str, anchor: Anchor, tokens: Tokens) -> Mention:
    floor = max(0, anchor.start - LOOK_BACK)
    pos = skip_noise_back(s, anchor.start, floor)
    has_so = colon = paren = colon_after_so = False
    so_word = ""
    prefix_start = anchor.start
    so = _SO_BEFORE.search(s, max(floor, pos - 20), pos)
    if so is not None:
        has_so = True
        so_word = so.group()[:2]  # "Số" or "SỐ" opens the header's number line
        colon_after_so = ":" in so.group()
        prefix_start = so.start()
        pos = skip_noise_back(s, so.start(), floor)
        colon = pos > floor and s[pos - 1] == ":"
        if colon:  # "Các Công điện: số 007/CĐ-UBND"
            pos = skip_noise_back(s, pos - 1, floor)
        elif pos > floor and s[pos - 1] == "(":  # "Công văn (số 73/TTg-CN)"
            paren = True
            pos = skip_noise_back(s, pos - 1, floor)
    token, qualifier = _type_before(s, pos, has_so, anchor, tokens, floor)
    dated: datetime.date | None = None
    if token is None and has_so:
        # "Quyết định ngày 12/5/2021 số 123/QĐ-UBND": the date between type and number
        token, dated = _type_then_date(s, pos, tokens, floor)
    issuer = None
    if token is None and has_so and colon:
        # "các Quyết định của UBND tỉnh: số 12/QĐ-UBND ..., số 13/QĐ-UBND ..."
        token, issuer = _type_of_issuer(s, pos, tokens, floor)
    header = False
    if token is None and has_so and so_word in _HEADER_SO:
        # the line before "Số", looked at over a bounded window: on a megabyte without a
        # newline an unbounded rfind and slice per mention made the finder quadratic
        window = max(0, prefix_start - _HEADER_LOOK_BACK)
        line_start = s.rfind("\n", window, prefix_start) + 1 or window
        before = s[line_start:prefix_start]
        header = not before.strip(" \t\f|*#>_") or before.endswith("   ")
        if not header and prefix_start < _FLAT_HEADER and colon_after_so:
            # A header flattened onto one line ("… SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự
            # do - Hạnh phúc Số : 2917 /SGDĐT-VP Phan Rang, ngày …"): a capitalised
            # "Số:" near the top, after a line in capitals, with no type word before it.
            caps = _CAPS_RUN.search(s, max(0, prefix_start - _FLAT_HEADER), prefix_start)
            header = caps is not None
    doc_type = None
    start = prefix_start
    if token is not None:
        doc_type = token.name + (f" {qualifier}" if qualifier else "")
        start = token.start
    mention = Mention(anchor, start, prefix_start, has_so, header, doc_type, token)
    mention.paren = paren and token is not None
    mention.date = dated
    if issuer is not None:
        mention.issuer = issuer
        mention.issuer_before = True
    return mention


def _type_of_issuer(
    s: str, pos: int, tokens: Tokens, floor: int
) -> tuple[TypeToken | None, str | None]:
    """A type phrase and "của" + issuer ending at ``pos`` (before the list's colon)."""
    lo = max(floor, pos - 160)
    found = list(_OF_RE.finditer(s, lo, pos))
    if not found:
        return None, None
    of = found[-1]
    k = bisect.bisect_right(tokens.type_ends, of.start()) - 1
    if k < 0 or s[tokens.types[k].end : of.start()].strip(NOISE_CHARS):
        return None, None
    span = _read_issuer(s, skip_noise(s, of.end()), caps=of.group().isupper())
    if span is None or skip_noise(s, span[1]) < pos:
        return None, None
    return tokens.types[k], clean(s[span[0] : span[1]])


def _type_before(
    s: str, pos: int, has_so: bool, anchor: Anchor, tokens: Tokens, floor: int
) -> tuple[TypeToken | None, str]:
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
        if not gap.strip(NOISE_CHARS + ":"):
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


def _type_then_date(
    s: str, pos: int, tokens: Tokens, floor: int
) -> tuple[TypeToken | None, datetime.date | None]:
    """A type phrase followed only by a date before "số" ends at ``pos``."""
    k = bisect.bisect_right(tokens.type_ends, pos) - 1
    if k < 0:
        return None, None
    token = tokens.types[k]
    if token.end < max(floor, pos - 60) or token.case == "abbreviation":
        return None, None
    gap = s[token.end : pos].strip(NOISE_CHARS + ",")
    found = next(find_dates(gap), None) if gap.startswith(("n", "N")) else None
    if found is None or found.start != 0 or found.end != len(gap) or found.date is None:
        return None, None
    return token, found.date


def _qualifier(token: TypeToken, gap: str) -> str | None:
    """The words between a type phrase and "số" that name a kind of it, if they do.

    ``""`` for a type whose following words are not part of its name (Giấy phép).
    """
    if _QUALIFIER.fullmatch(gap) is None:
        return None
    found = clean(gap).rstrip(":").split()
    if _QUALIFIER_STOPS.intersection(w.lower() for w in found):
        return None
    if token.name in words.UNQUALIFIED_TYPES:
        return ""
    text = " ".join(found)
    return text.lower() if token.case == "upper" else text


def _described_gap(gap: str) -> bool:
    """Whether ``gap`` describes the document in a few plain words (commas allowed)."""
    found = clean(gap).rstrip(":").split()
    if len(found) > 14 or _NAMED_GAP_STOP.search(gap) or any(c.isdigit() for c in gap):
        return False
    if _QUALIFIER_STOPS.intersection(w.lower() for w in found):
        return False
    return all(_L_WORD.fullmatch(w.rstrip(",")) for w in found)


def _named_gap(gap: str) -> bool:
    """Whether ``gap`` reads as the name of a law: "Bầu cử đại biểu Quốc hội ..."."""
    text = gap.lstrip(NOISE_CHARS)
    if not text or not text[0].isupper() or len(gap) > 260:
        return False
    return _NAMED_GAP_STOP.search(gap) is None and len(text.split()) <= 30


def _look_forward(
    s: str, mention: Mention, default_year: int | None, limit: int, floor: int = 0
) -> None:
    anchor = mention.anchor
    pos = anchor.end
    if mention.paren:  # "Công văn (số 73/TTg-CN) của ...": past the closing parenthesis
        close = skip_noise(s, pos)
        if s.startswith(")", close):
            pos = close + 1
    year = anchor.parsed.year if anchor.parsed is not None else None
    year = year if year is not None else default_year
    pos, date = _read_date(s, pos, year)
    if date is not None:
        mention.date = date
    after = skip_noise(s, pos)
    if _THIS_RE.match(s, after):
        mention.self_reference = True
    after = _skip_comma(s, pos)
    remark = _REMARK.match(s, after)
    if remark is not None and _OF_RE.match(s, skip_noise(s, remark.end())) is not None:
        # "Văn bản số 343/KSVN-KHTCKT ngày 18/02/2025 (Cục Thuế tỉnh X nhận) của Cục ..."
        after = skip_noise(s, remark.end())
    of = _OF_RE.match(s, after) or _BETWEEN_RE.match(s, after)
    if of is not None:
        span = _read_issuer(
            s, skip_noise(s, of.end()), caps=of.group().isupper(), joint=_joint(mention)
        )
        if span is not None:
            mention.issuer = clean(s[span[0] : span[1]])
            pos = span[1]
            if mention.date is None:
                pos, mention.date = _read_date(s, pos, year)
    else:
        by = _BY_RE.match(s, after)
        if by is not None:
            span = _read_issuer(s, skip_noise(s, by.end()), caps=False)
            if span is not None and _ISSUED_RE.match(s, skip_noise(s, span[1])):
                mention.issuer = clean(s[span[0] : span[1]])
                pos = span[1]
    if mention.issuer is None and mention.type_token is not None:
        mention.issuer, date = _issuer_before(s, mention.start, year, floor)
        mention.issuer_before = mention.issuer is not None
        if mention.date is None:
            mention.date = date
    if mention.date is None and mention.type_token is not None:
        mention.date = _date_before(s, mention.start, year, floor)
    mention.end = pos
    mention.tail = pos
    subject = _read_subject(s, _skip_comma(s, pos), limit)
    if subject is not None:
        mention.subject = clean(s[subject[0] : subject[1]])
        mention.tail = subject[1]
    elif remark is not None and remark.start() == _skip_comma(s, pos):
        mention.tail = remark.end()  # a list goes on after the remark


def _skip_comma(s: str, pos: int) -> int:
    pos = skip_noise(s, pos)
    if s.startswith(",", pos):
        pos = skip_noise(s, pos + 1)
    return pos


def _read_date(s: str, pos: int, year: int | None) -> tuple[int, datetime.date | None]:
    """A date right after ``pos`` ("ngày 05/3/2020", ", ngày ...", "(ngày 14.7.2021)",
    the next cell of a table row)."""
    at = _skip_comma(s, pos)
    if s.startswith("|", at):  # a table of documents: the next cell holds the date
        at = skip_noise(s, at + 1)
    issued = _ISSUED_ON.match(s, at)  # "được ban hành ngày ...", "ký ngày ..."
    if issued is not None:
        at = issued.end()
    paren = s.startswith("(", at)
    if paren:
        at = skip_noise(s, at + 1)
    if _DATE_START.match(s, at) is None:
        return pos, None
    window = s[at : at + 90]
    found = next(find_dates(window, default_year=year), None)
    if found is None or found.start != 0:
        return pos, None
    end = at + found.end
    if paren:
        close = skip_noise(s, end)
        if not s.startswith(")", close):
            return pos, None
        end = close + 1
    return end, found.date


def _joint(mention: Mention) -> bool:
    """Whether the cited document may have several issuers: a joint type ("Thông tư liên
    tịch", "Quy chế phối hợp"), a ký hiệu naming several bodies ("TTLT-BTC-BNV") or a
    Party document (the Bộ Chính trị and the Ban Bí thư conclude together)."""
    doc_type = (mention.doc_type or "").lower()
    if any(word in doc_type for word in words.JOINT_TYPE_WORDS):
        return True
    parsed = mention.anchor.parsed
    if parsed is None:
        return mention.anchor.kind == "odd"  # "183/2010/TTLT/BTC-BNN": unknown, allowed
    if parsed.family is NumberFamily.OFFICIAL_LETTER:
        return False
    # Party documents: "Kết luận số 126-KL/TW của Bộ Chính trị, Ban Bí thư"
    return parsed.family is NumberFamily.PARTY or "-" in parsed.issuer


def _read_issuer(
    s: str, pos: int, *, caps: bool, depth: int = 0, joint: bool = True
) -> tuple[int, int] | None:
    """Span of the issuer phrase that starts at ``pos`` ("Bộ trưởng Bộ Tài chính").

    A joint issuer is one phrase, as printed: "Bộ Tài chính và Bộ Nội vụ", "Bộ Tài
    chính, Bộ Nội vụ", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Bộ Nông nghiệp &
    PTNT - Tổng cục Thủy lợi" (see :func:`_joint_name`).
    """
    stops = _STOP_ANY_CASE if caps else _STOP_LOWER
    start: int | None = None
    end = pos
    at = pos
    lower_start = False
    for _ in range(25):
        if start is not None:
            at = skip_noise(s, end)
            if PARAGRAPH_BREAK.match(s, end) or at >= len(s):
                break
        if start is not None and s.startswith("-", at):
            nxt = skip_noise(s, at + 1)
            if nxt < len(s) and s[nxt].isupper():
                end = at + 1
                continue
            break
        if start is not None and s.startswith("&", at):  # "Bộ Nông nghiệp & PTNT"
            nxt = skip_noise(s, at + 1)
            if nxt < len(s) and s[nxt].isupper():
                end = at + 1
                continue
            break
        if start is not None and s.startswith(",", at):
            joined = _joint_name(s, start, at, caps, depth, joint)
            if joined is None:
                break
            end = joined
            continue
        comma_name = next((n for n in words.COMMA_NAMES if s.startswith(n, at)), None)
        if comma_name is not None:
            start = at if start is None else start
            end = at + len(comma_name)
            continue
        if _ends_issuer(s, at, stops, caps):
            break
        word = WORD_RE.match(s, at)
        if word is None:
            break
        text = word.group()
        if start is None and not (text[0].isupper() or text[0].isdigit()):
            # "của phòng Cảnh sát PCCC ...": a lower-case organisation head word
            if not starts_body(s[at : at + 40].upper()):
                return None
            lower_start = True
        if text == "cấp" and start is not None:
            following = WORD_RE.match(s, skip_noise(s, word.end()))
            if following is None or following.group().lower() not in words.LEVEL_WORDS:
                break
        if text in ("và", "VÀ"):
            nxt = skip_noise(s, word.end())
            following = WORD_RE.match(s, nxt)
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


#: How many names a comma may join into one issuer ("Bộ A, Bộ B, Bộ C").
_JOINT_NAMES = 6


def _is_head(text: str) -> bool:
    upper = text.upper()
    return starts_body(upper) or upper.startswith(words.ISSUER_HEADS)


def _joint_name(
    s: str, start: int, comma: int, caps: bool, depth: int, joint: bool
) -> int | None:
    """End of a second issuer name after the comma at ``comma``, if it is one.

    A second title of the same person ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ")
    always; a second body ("Bộ Tài chính, Bộ Nội vụ") only for a ``joint`` document
    (see :func:`_joint`): "Công văn số 12/UBND-VX của UBND huyện, Phòng Giáo dục
    hướng dẫn ..." starts a new clause. Both sides must start with an organisation or
    a title, and no clause may go on after the second name ("..., Sở Y tế chủ trì").
    """
    if depth >= _JOINT_NAMES:
        return None
    nxt = skip_noise(s, comma + 1)
    if not (_is_head(s[nxt : nxt + 40]) and _is_head(s[start : start + 40])):
        return None
    if not joint and not s[nxt : nxt + 40].upper().startswith(words.TITLE_HEADS):
        return None
    if _starts_citation(s, nxt):
        return None
    span = _read_issuer(s, nxt, caps=caps, depth=depth + 1, joint=joint)
    if span is None:
        return None
    after = WORD_RE.match(s, skip_noise(s, span[1]))
    if after is not None and after.group().lower() in words.CLAUSE_AFTER_NAME:
        return None
    return span[1]


def _ends_issuer(s: str, at: int, stops: re.Pattern[str], caps: bool) -> bool:
    """Whether the word at ``at`` ends an issuer phrase (a verb, "về", a date ...)."""
    if s.startswith(VV, at):
        return True
    stop = stops.match(s, at)
    if stop is None:
        return False
    if stop.group() == "số":
        # "số 12/…" starts the next number; "Cục Chuyển đổi số", "Kinh tế số" name things
        return SO_RE.match(s, at) is not None or not WORD_RE.match(s, skip_noise(s, stop.end()))
    # "Phòng Cảnh sát QLHC về TTXH": "về" before an acronym is part of a name.
    return caps or not s.startswith("về", at) or _ACRONYM.match(s, skip_noise(s, at + 2)) is None


def _starts_citation(s: str, pos: int) -> bool:
    """Whether a type phrase followed by "số" or a number starts at ``pos``."""
    typed = TYPE_RE.match(s, pos) or ABBREVIATION_RE.match(s, pos)
    return typed is not None and not _is_name_word(s, typed.end())


def _issuer_before(
    s: str, pos: int, year: int | None, floor: int = 0
) -> tuple[str | None, datetime.date | None]:
    """An issuer written before the citation that starts at ``pos``, and a date before it.

    "Sở Công Thương đã ban hành Kế hoạch số ...", "theo đề nghị của Giám đốc Sở Công
    Thương tại Tờ trình số ...", "Ngày 24/02/2020, Chính phủ ban hành Nghị định số ...",
    "Ngày 16/4/2020 Ủy ban nhân dân tỉnh ban hành Chỉ thị số ...", "... và Giám đốc Sở
    Nội vụ tại Văn bản số ..." (nothing before ``floor``, the end of the previous
    number, is read), "Sở Kế hoạch và Đầu tư (Thường trực Ban ...) tại Tờ trình số ...".
    """
    lo = max(floor, pos - 220)
    link = _LINK_BEFORE.search(s, lo, pos)
    if link is None:
        return None, None
    stop = end = link.start()
    trimmed = s[lo:stop].rstrip(NOISE_CHARS)
    if trimmed.endswith(")"):  # a parenthesis after the issuer is not the issuer
        opening = s.rfind("(", lo, lo + len(trimmed))
        if opening > lo:
            stop = end = opening
    for name in words.COMMA_NAMES:  # "Bộ Văn hóa, Thể thao và Du lịch ban hành ..."
        if s.endswith(name, lo, stop):
            stop -= len(name)
    boundary = lo
    kind = ""
    for match in _ISSUER_BOUNDARY.finditer(s, lo, stop):
        boundary, kind = match.end(), match.group()
    phrase = clean(s[boundary:end]).lstrip("-+• ")
    date = None
    lead = next(find_dates(phrase[:60], default_year=year), None) if phrase else None
    if lead is not None and lead.start == 0:  # "Ngày 16/4/2020 Ủy ban nhân dân tỉnh"
        phrase = phrase[lead.end :].lstrip(" ,")
        if not (boundary == floor and floor):  # not the date of the previous number
            date = lead.date
    first, _, rest = phrase.partition(" ")
    if first in ("và", "hoặc", "cùng"):  # "..., ngày ... và Giám đốc Sở Nội vụ tại ..."
        phrase, date = rest, None
    names = phrase.split()
    if not 2 <= len(names) <= 16 or not phrase[0].isupper() or _STOP_INSIDE.search(phrase):
        return None, None
    upper = phrase.upper()
    if not (starts_body(upper) or upper.startswith(words.ISSUER_HEADS)):
        return None, None
    if date is None and kind == ",":
        before = s[max(0, boundary - 45) : boundary - 1].rstrip()
        dates = list(find_dates(before, default_year=year))
        if dates and dates[-1].end == len(before):
            date = dates[-1].date
    return phrase, date


_CLAUSE_START = re.compile(r"[.;!?]|\n")
_ON_DATE = re.compile(r"[Nn]gày" + NOT_WORD_AFTER)


def _date_before(s: str, pos: int, year: int | None, floor: int) -> datetime.date | None:
    """The date that opens the sentence of a citation issued in it: "Ngày 23/11/2018, ...
    đã ký ban hành văn bản số ...", "Ngày 14-1, Thủ tướng Chính phủ đã có Công văn ...".

    Only when a link word ("ban hành", "ký", "có", "tại") stands right before the type
    word, and the date starts the sentence with "Ngày".
    """
    lo = max(floor, pos - 220)
    if _LINK_BEFORE.search(s, lo, pos) is None:
        return None
    start = None if lo else 0  # the sentence must start inside the window
    for match in _CLAUSE_START.finditer(s, lo, pos):
        start = match.end()
    if start is None:
        return None
    start = skip_noise(s, start)
    if _ON_DATE.match(s, start) is None:
        return None
    found = next(find_dates(s[start : start + 60], default_year=year), None)
    if found is None or found.start != 0:
        return None
    return found.date


def _is_name_word(s: str, pos: int) -> bool:
    """After a type phrase inside an issuer name: not followed by "số" or a number."""
    nxt = skip_noise(s, pos)
    if nxt < len(s) and s[nxt].isdigit():
        return False
    return SO_RE.match(s, nxt) is None and not s.startswith(("số", "Số", "SỐ"), nxt)


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
    text = s[pos:end].rstrip(NOISE_CHARS + ",;")
    for joiner in (" và", " hoặc"):
        if text.endswith(joiner):
            text = text[: -len(joiner)].rstrip(NOISE_CHARS + ",")
    if len(text) <= len(start.group()):
        return None
    return pos, pos + len(text)
