"""Re-split flattened lines: a whole header (or document) delivered on one line.

Scraped pages, forum posts and some PDF text layers lose the line breaks of a
document: the issuer, the number, the Quốc hiệu, the place-and-date line, the type
name, the body and the signature block arrive on ONE line, table cells often glued
without a space ("UBND TỈNH X***Số: 12/KH-UBNDCỘNG HÒA …", "KẾ HOẠCHThực hiện").
:func:`split_points` finds where the printed lines of such a line started, from the
cues of the Decree 30/2020 layout (``domain.md``):

- the Quốc hiệu, the Party name and the Tiêu ngữ ("Độc lập - Tự do - Hạnh phúc");
- "Số:" and a number, the place-and-date line, "V/v", "Kính gửi:";
- rule runs ("-----", "***"), a type name in capitals (:class:`vnplan.DocumentType`),
  also glued to the next word ("QUYẾT ĐỊNHVề việc"), enacting lines ("QUYẾT ĐỊNH:");
- "Căn cứ", "Điều N.", parts "I.", items "1.", bullets after a sentence end;
- "Nơi nhận:", authority prefixes ("TM.", "KT.", "TL.", "TUQ.", "Q.") and the
  name after the position title in capitals.

Glued tokens are split by a zero-width boundary: no character is altered, added or
dropped, so every virtual line keeps the exact source offsets of its characters.
Only lines that look flattened are touched (:func:`is_flattened`: longer than
:data:`FLAT_LINE_CHARS` with two kinds of header or closing cues, or holding three
such kinds); a long paragraph of running text is left alone.

>>> flat = ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI***Số: 12/KH-UBNDCỘNG HÒA XÃ HỘI CHỦ NGHĨA "
...         "VIỆT NAM Độc lập - Tự do - Hạnh phúc Lào Cai, ngày 3 tháng 4 năm 2019 "
...         "KẾ HOẠCHThực hiện Chỉ thị số 05-CT/TU")
>>> is_flattened(flat)
True
>>> for a, b in itertools.pairwise((0, *split_points(flat), len(flat))):
...     print(repr(flat[a:b].strip()))
'ỦY BAN NHÂN DÂN TỈNH LÀO CAI'
'***'
'Số: 12/KH-UBND'
'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
'Độc lập - Tự do - Hạnh phúc'
'Lào Cai, ngày 3 tháng 4 năm 2019'
'KẾ HOẠCH'
'Thực hiện Chỉ thị số 05-CT/TU'
>>> split_points("Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì, phối hợp với các sở.")
()
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import attrs

from vnplan.doctypes import DocumentType
from vnplan.text.letters import base_letters
from vnplan.text.ocr_words import ocr_fold
from vnplan.text.spans import Segment

if TYPE_CHECKING:
    from vnplan.text.normalize import Line, LineKind

__all__ = ["FLAT_LINE_CHARS", "is_flattened", "split_points", "unflatten_lines"]

#: A line longer than this (about three printed lines) with two kinds of header or
#: closing cues is read as a flattened document.
FLAT_LINE_CHARS = 300
#: Kinds of cues that make a line of any length a flattened header.
_MANY_KINDS = 3

# All patterns run on ``base_letters(ocr_fold(text))``: same length as the text,
# diacritics gone, case kept ("ĐỊNH" → "DINH", "Về" → "Ve").
_NATIONAL = re.compile(r"CONG[ ]?HOA[ ]?XA[ ]?HOI[ ]?CHU[ ]?NGHIA[ ]?VIET[ ]?NAM")
_PARTY = re.compile(r"DANG[ ]?CONG[ ]?SAN[ ]?VIET[ ]?NAM")
# The Đoàn's name where the Quốc hiệu stands ("ĐOÀN TNCS HỒ CHÍ MINH", top right).
_UNION = re.compile(r"DOAN[ ](?:TNCS|THANH[ ]NIEN[ ]CONG[ ]SAN)[ ]HO[ ]CHI[ ]MINH")
# Party committees printed below their parent ("ĐẢNG BỘ TỈNH NGHỆ AN" / "HUYỆN ỦY NAM ĐÀN").
_COMMITTEE = re.compile(
    r"(?<=[A-Z][ ])(?:(?:TINH|HUYEN|THANH|QUAN|THI|DANG)[ ]UY|CHI[ ]BO|BAN[ ]CAN[ ]SU"
    r"|DANG[ ]DOAN)(?![A-Za-z])")
_MOTTO = re.compile(r"(?i:doc[ ]?lap[ ,.:;-]{0,5}tu[ ]?do[ ,.:;-]{0,5}hanh[ ]?phuc)")
# "Số:" before a number or a blank ("Số: 12/KH-UBND", "Số:  /KH-UBND", Party "Số 12-KH/TU"),
# also glued after the issuer cell ("TỈNH XSố: 12").
_NUMBER = re.compile(
    r"(?:(?<![A-Za-z0-9])(?:So(?:[ ]?[:.][ ]?|[ ])|SO[ ]?:[ ]?)|(?<=[A-Z*_-])(?:So|SO)[ ]?:[ ]?)"
    r"(?=[0-9]|[ ]?/|[.…_]{2})")
_DATE = re.compile(
    r"[ ]?,[ ]?(?:ngay|Ngay|NGAY)(?:[ ]?[^ ,;:]{1,4}|[ .…_]{0,12})[ ]?(?:thang|Thang|THANG)"
    r"(?:[ ]?[^ ,;:]{1,4}|[ .…_]{0,12})[ ]?(?:nam|Nam|NAM)(?:[ ]?[0-9]{4}(?![0-9]))?")
_PLACE_CONNECTORS = frozenset({"pho", "xa", "thi", "tran", "huyen", "quan", "tinh"})
_VV = re.compile(r"(?<![a-z/])V/[Vv](?![A-Za-z])")
_ADDRESSEE = re.compile(r"(?<![A-Za-z])(?:Kinh|KINH)[ ](?:gui|GUI|goi)[ ]?:")
_RULE = re.compile(r"-{3,}|_{3,}|\*{2,}|={3,}|~{3,}|(?:(?<=[A-Z])|(?<=[A-Z][ ]))\*(?=[A-Z ]|$)")
_RECIPIENTS = re.compile(r"(?<![A-Za-z])(?:Noi|NOI)[ ](?:nhan|NHAN|gui|GUI)[ ]?:")
_AUTHORITY = re.compile(
    r"(?<![A-Za-z/.])(?:(?:TM|KT|TL|TUQ|Q|T/M|K/T|T/L)[.][ ]?|(?:T/M|K/T|T/L)[ ])(?=[A-Z]{2})"
    r"(?!(?:TM|KT|TL|TUQ)[.])")  # "Lưu: VT, KT. KT. CHỦ TỊCH": the first KT. is a unit
_TYPE_NAMES = sorted({base_letters(t.name_vi).upper() for t in DocumentType.all()}
                     | {"QUYET NGHI"}, key=len, reverse=True)
_TYPE = re.compile(
    r"(?<![A-Z])(?:" + "|".join(n.replace(" ", "[ ]") for n in _TYPE_NAMES) + r")"
    r"(?P<after>[ ]?:|(?=[A-Z][a-z])|[ ](?=[A-Z]?[a-z])|(?=[^A-Za-z])|$)")
# After a type name, what makes it the enacting line: "QUYẾT ĐỊNH:", "QUYẾT ĐỊNH Điều 1."
_ENACTING = re.compile(r"[ ]?:|[ ](?:Dieu|DIEU)[ ]1[.:]")
_BODY = re.compile(
    r"(?:Can[ ]cu|CAN[ ]CU|Xet[ ]de[ ]nghi|Theo[ ]de[ ]nghi|Thuc[ ]hien)(?![A-Za-z])"
    r"|(?:Dieu|DIEU)[ ][0-9]{1,3}[a-z]?[.:]"
    r"|(?:Chuong|CHUONG|Phan|PHAN|Muc|MUC)[ ](?:[IVXLC]{1,6}|[0-9]{1,3})(?![A-Za-z0-9])"
    r"|(?P<roman>[IVXLC]{1,6}[.)][ ](?=[A-Z]))"
    r"|(?P<item>[0-9]{1,2}(?:[.][0-9]{1,2}){0,3}[.)][ ](?=[A-Z]))"
    r"|(?P<letter>[a-z][)][ ](?=[A-Z]))"
    r"|(?P<basis>[-+][ ](?=Can[ ]cu|Xet[ ]de[ ]nghi|Theo[ ]de[ ]nghi))"
    r"|(?P<bullet>[-+•][ ](?=[A-Z]))")
_LABEL_WORDS = frozenset({"chuong", "phan", "muc", "dieu", "khoan", "diem", "luc", "bieu",
                          "mau", "so", "thu", "ngay", "thang", "nam", "tai", "va"})
# An upper-case run glued to a capitalised word: "HOACHThuc", "NAMDoc", "CPVe".
_GLUED_UPPER = re.compile(r"(?<=[A-Z]{2})[A-Z][a-z]*[aeiouy][a-z]*(?![A-Za-z/-])")
# A lower-case word glued to a capitalised one: "phucHa Noi", "hienQUYET".
# A word in capitals glued to a lower-case word: "HOẠCHtổ chức" (Party titles start lower).
_GLUED_CAPS_LOWER = re.compile(r"(?<=[A-Z]{4})[a-z]*[aeiouy][a-z]*(?![A-Za-z/-])")
# An item glued to the heading before it: "YÊU CẦU1. Giúp".
_GLUED_ITEM = re.compile(r"(?<=[A-Z]{2})[0-9]{1,2}[.][ ](?=[A-Z][a-z])")
# Vietnamese syllable onsets: a glued split must leave a word that can start a syllable
# ("Về", "tổ"), not "Htổ" from "HOẠCHtổ".
_ONSET = re.compile(r"(?i:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]")
_GLUED_LOWER = re.compile(r"(?<=[a-z]{3})[A-Z]")
_VOWEL = re.compile(r"[AEIOUY]")
# Position titles that follow the authority's title in a signature block
# ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "KT. BỘ TRƯỞNG THỨ TRƯỞNG").
_SECOND_POSITION = re.compile(
    r"(?<=[A-Z][ ])(?:PHO[ ](?:CHU[ ]TICH|CHU[ ]NHIEM|(?:TONG[ ])?GIAM[ ]DOC|BI[ ]THU|CHANH"
    r"|TRUONG[ ](?:BAN|PHONG|DOAN)|(?:VIEN|CUC|VU|HIEU|THU)[ ]TRUONG)|THU[ ]TRUONG)(?![A-Za-z])")
# Position titles that end the authority's line in a signature block run together
# ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH", "TM. ĐOÀN KIỂM TRA TRƯỞNG ĐOÀN").
_POSITION_TAIL = re.compile(
    r"(?:PHO[ ])?(?:CHU[ ]TICH|CHU[ ]NHIEM|(?:TONG[ ])?GIAM[ ]DOC|BI[ ]THU|UY[ ]VIEN"
    r"|TRUONG[ ](?:BAN|DOAN|PHONG|KHOA|TIEU[ ]BAN)|CHANH[ ](?:VAN[ ]PHONG|THANH[ ]TRA|AN)"
    r"|[A-Z]{2,6}[ ]TRUONG)")
_CAPS_WORDS = re.compile(r"[A-Z]{1,12}(?![a-z])(?:[ ][A-Z]{1,12}(?![a-z])){0,12}")
# Words of a signer's name after the position title: 2 to 5 capitalised words.
_NAME = re.compile(r"[A-Z][a-z]{0,6}(?:[ ][A-Z][a-z]{0,6}){1,4}(?![A-Za-z]|[ ][a-z])")
_STRONG = (("national", _NATIONAL), ("party", _PARTY), ("motto", _MOTTO),
           ("number", _NUMBER), ("date", _DATE), ("recipients", _RECIPIENTS),
           ("authority", _AUTHORITY), ("addressee", _ADDRESSEE))


def _base(text: str) -> str:
    return base_letters(ocr_fold(text))


def _kinds(base: str) -> set[str]:
    found = {name for name, pattern in _STRONG if pattern.search(base)}
    if any(_standalone_type(base, m.start()) for m in _TYPE.finditer(base)):
        found.add("type")
    return found


def is_flattened(text: str) -> bool:
    """Whether ``text`` (one cleaned line) is several printed lines run together.

    >>> is_flattened("Số: 12/KH-UBND Lào Cai, ngày 3 tháng 4 năm 2019")  # two PDF columns
    False
    >>> is_flattened("Số: 12/KH-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
    ...              "Lào Cai, ngày 3 tháng 4 năm 2019")
    True
    """
    kinds = _kinds(_base(text))
    return len(kinds) >= _MANY_KINDS or (len(text) > FLAT_LINE_CHARS and len(kinds) >= 2)


def _prev_token(base: str, i: int) -> str:
    """The token before offset ``i`` (one space skipped)."""
    j = i
    if j > 0 and base[j - 1] == " ":
        j -= 1
    k = base.rfind(" ", 0, j) + 1
    return base[k:j]


def _is_caps_word(token: str) -> bool:
    return len(token) >= 1 and token.isalpha() and token.isupper()


def _standalone_type(base: str, i: int) -> bool:
    """A type name is its own printed line: no upper-case word just before it."""
    if i > 0 and base[i - 1] != " ":
        return not base[i - 1].isupper()
    token = _prev_token(base, i)
    return not (token.isupper() and any(c.isalpha() for c in token) and "/" not in token
                and not token.endswith((".", ":", ";")))


def _after_break(base: str, i: int, caps: bool = True) -> bool:
    """Whether offset ``i`` follows a sentence end, a rule, the start or (``caps``) a
    word in capitals: where a new printed line may start."""
    j = i - 1 if i > 0 and base[i - 1] == " " else i
    if j <= 0:
        return True
    ch = base[j - 1]
    if ch in ".;:!?)]\"'”»" or (ch in "*_=~-" and base[j - 2:j - 1] == ch):
        return True  # a sentence end or a rule; a lone "-" is a bullet or a dash
    token = _prev_token(base, i)
    return caps and len(token) >= 2 and _is_caps_word(token) and token.lower() not in _LABEL_WORDS


def _place_start(base: str, comma: int, floor: int) -> int:
    """Start of the place name that ends at ``comma`` (the place-and-date line)."""
    start = comma
    titled = False
    end = comma
    for count in range(7):
        k = max(base.rfind(" ", 0, end) + 1, floor)
        token = base[k:end]
        glued = [m.start() for m in _GLUED_LOWER.finditer(token)]
        if glued:
            return k + glued[-1]
        word = token.rstrip(".")
        if (word[:1].isupper() and word[1:].islower()) or word in ("TP", "Tp"):
            titled = True
        elif not ((word.islower() and word in _PLACE_CONNECTORS)
                  or (word.isdigit() and len(word) <= 3)
                  or (word.isalpha() and word.isupper() and not titled and count < 4)):
            break
        start = k
        end = k - 1
        if end <= floor:
            break
    return start


def split_points(text: str) -> tuple[int, ...]:
    """Offsets in ``text`` where a printed line of a flattened line starts.

    Returns an empty tuple for a line that does not look flattened
    (:func:`is_flattened`). The offsets are in ascending order, never 0 nor
    ``len(text)``, never inside a date nor inside a token except where two cells are
    glued (an upper-case run and a capitalised word, a lower-case word and an
    upper-case one, the Quốc hiệu, the Tiêu ngữ or "Số:" glued to the cell before).
    """
    base = _base(text)
    kinds = _kinds(base)
    if not (len(kinds) >= _MANY_KINDS or (len(text) > FLAT_LINE_CHARS and len(kinds) >= 2)):
        return ()
    cuts: set[int] = set()
    glued: set[int] = set()  # cuts allowed inside a token
    fences: list[int] = []  # ends of fixed phrases: a place name does not reach past them
    for pattern in (_NATIONAL, _PARTY, _MOTTO):
        for m in pattern.finditer(base):
            glued.update((m.start(), m.end()))
            fences.append(m.end())
    for m in _UNION.finditer(base):
        token = base[base.rfind(" ", 0, m.start()) + 1:m.start()]
        if _standalone_type(base, m.start()) or ("/" in token and any(
                c.isdigit() for c in token)):  # not the end of "BAN CHẤP HÀNH TRUNG ƯƠNG …"
            glued.update((m.start(), m.end()))
            fences.append(m.end())
    anchors = (p.search(base) for p in (_NATIONAL, _PARTY, _MOTTO, _NUMBER, _RULE))
    issuer_end = min((a.start() for a in anchors if a is not None), default=0)
    cuts.update(m.start() for m in _COMMITTEE.finditer(base, 0, issuer_end))
    for m in _NUMBER.finditer(base):
        glued.add(m.start())
    for pattern in (_VV, _ADDRESSEE, _RECIPIENTS, _AUTHORITY):
        glued.update(m.start() for m in pattern.finditer(base))
    cuts.update(m.start() for m in _SECOND_POSITION.finditer(base))
    cuts.update(_signature_cuts(base))
    cuts.update(_enacting_authority(base))
    for m in _RULE.finditer(base):
        glued.update((m.start(), m.end()))
        fences.append(m.end())
    dates: list[tuple[int, int]] = []
    fences.sort()
    for m in _DATE.finditer(base):
        k = bisect.bisect_right(fences, m.start()) - 1
        floor = fences[k] if k >= 0 else 0
        cuts.add(_place_start(base, m.start(), floor))
        dates.append((m.start(), m.end()))
        if m.end() < len(base) and (base[m.end():m.end() + 2].strip()[:1] or "a").isupper():
            glued.add(m.end())
    for m in _TYPE.finditer(base):
        enacting = bool(_ENACTING.match(base, m.end()))
        if not (_standalone_type(base, m.start()) or enacting):
            continue
        glued.add(m.start())
        if _CAPS_WORDS.match(base, m.end() + 1) and base[m.end():m.end() + 1] == " ":
            cuts.add(m.end() + 1)  # "KẾ HOẠCH NÂNG CAO …": a title in capitals below
        if m.group("after"):
            (glued if not m.group("after").startswith(" ") else cuts).add(m.end())
        elif m.end() < len(base) and base[m.end()] == ":":
            glued.add(m.end() + 1)
    for m in _BODY.finditer(base):
        caps = m.group("bullet") is None and m.group("letter") is None
        if m.group("basis"):
            cuts.add(m.start())  # "- Căn cứ" after a title in capitals
            continue
        numbered = bool(m.group("roman") or m.group("item"))
        if numbered and _prev_token(base, m.start()).lower() in _LABEL_WORDS:
            continue
        if m.group("roman") and base[m.end():m.end() + 2].isupper():
            # "I. MỤC ĐÍCH" after a title without a full stop, even glued to its year
            (glued if base[m.start() - 1:m.start()].isdigit() else cuts).add(m.start())
        elif (m.group("roman") or m.group("item")) and base[m.start():m.start() + 2] in (
                "I.", "1.") and base[m.start() - 1:m.start()] in ("", " "):
            cuts.add(m.start())  # the first part or item, after a title without a full stop
        elif _after_break(base, m.start(), caps):
            cuts.add(m.start())
        elif caps and not numbered and base[max(0, m.start() - 2):m.start()].rstrip(
                )[-1:].isdigit():
            cuts.add(m.start())  # "… năm 2023 Căn cứ", "… năm 2023Căn cứ": after a title
            glued.add(m.start())
    titled = {m.start() for m in _GLUED_UPPER.finditer(base) if _ONSET.match(m.group())}
    glued |= titled
    glued.update(m.start() for m in _GLUED_CAPS_LOWER.finditer(base)
                 if m.start() - 1 not in titled and _ONSET.match(m.group()))
    glued.update(m.start() for m in _GLUED_ITEM.finditer(base))
    glued.update(m.start() for m in _GLUED_LOWER.finditer(base))
    cuts.update(_caps_then_title(base))
    glued.update(_lower_then_caps(base))
    points = {c for c in cuts if c == 0 or base[c - 1] == " "} | glued
    starts = [a for a, _ in dates]  # dates do not overlap: each ends before the next ","
    inside = {p for p in points
              if (k := bisect.bisect_left(starts, p) - 1) >= 0 and p < dates[k][1]}
    points = {p + len(text[p:p + 2]) - len(text[p:p + 2].lstrip(" ")) for p in points - inside}
    first = len(text) - len(text.lstrip())
    last = len(text.rstrip())
    return tuple(sorted(p for p in points if first < p < last))


def _signature_cuts(base: str) -> list[int]:
    """Cuts in a signature block run together: before the position title that ends the
    authority's words, before the name after it and after the name."""
    out = []
    for m in _AUTHORITY.finditer(base):
        run = _CAPS_WORDS.match(base[m.end():m.end() + 160])
        if run is None:
            continue
        words = run.group().split(" ")
        starts = list(itertools.accumulate([0] + [len(w) + 1 for w in words[:-1]]))
        for k in range(1, len(words)):  # the longest position tail after the first word;
            # "T/M BAN BÍ THƯ" is the Secretariat, not a position
            tail = " ".join(words[k:])
            if _POSITION_TAIL.fullmatch(tail) and not (tail == "BI THU" and words[k - 1] == "BAN"):
                out.append(m.end() + starts[k])
                break
        after = m.end() + run.end()
        name = _NAME.match(base, after + 1) if base[after:after + 1] == " " else None
        if name is not None:
            out.append(name.start())
            if name.end() < len(base):
                out.append(name.end() + 1 if base[name.end()] == " " else name.end())
    return out


_AUTHORITY_HEAD = re.compile(
    r"(?:THU[ ]TUONG|BO[ ]TRUONG|CHU[ ]TICH|(?:TONG[ ])?GIAM[ ]DOC|TRUONG[ ]BAN|BI[ ]THU"
    r"|(?:CUC|VIEN|HIEU|VU)[ ]TRUONG|CHANH[ ]AN|VIEN[ ]TRUONG)(?![A-Za-z])")
_BODY_HEAD = re.compile(r"(?:CHINH[ ]PHU|UY[ ]BAN[ ]NHAN[ ]DAN|HOI[ ]DONG[ ]NHAN[ ]DAN"
                        r"|BAN[ ]THUONG[ ]VU|BAN[ ]CHAP[ ]HANH)(?![A-Za-z])")
_ENACTED = re.compile(r"(?<=[A-Z][ ])(?:Can[ ]cu|QUYET[ ]DINH[ ]?:|QUYET[ ]DINH[ ]Dieu[ ]1)")


def _enacting_authority(base: str) -> list[int]:
    """Where the enacting authority's line starts, in the capitals just before "Căn cứ"
    or the enacting "QUYẾT ĐỊNH:" ("… CÁ NHÂN THỦ TƯỚNG CHÍNH PHỦ Căn cứ …")."""
    out = []
    for m in _ENACTED.finditer(base):
        k = m.start() - 1
        words = 0
        while k > 0 and words < 14:  # the run of words in capitals before the cue
            j = base.rfind(" ", 0, k) + 1
            token = base[j:k].rstrip(",-")
            if not (token.isalpha() and token.isupper()):
                break
            words += 1
            k = j - 1
        run_start = k + 1 if k > 0 else 0
        run = base[run_start:m.start()]
        heads = [h.start() for h in _AUTHORITY_HEAD.finditer(run)] or [
            h.start() for h in _BODY_HEAD.finditer(run)]
        if heads and run_start + heads[-1] > 0:
            out.append(run_start + heads[-1])
    return out


def _lower_then_caps(base: str) -> list[int]:
    """Where three words in capitals follow a lower-case word or a number: a title's end and the
    signing authority ("… liên ngành BỘ TRƯỞNG BỘ NÔNG NGHIỆP …")."""
    return [m.start("run") for m in _CAPS_RUN.finditer(base)
            if all(_VOWEL.search(w) for w in m.group("run").split())]


_CAPS_RUN = re.compile(r"(?<=[a-z0-9])[ ]?(?P<run>[A-Z]{2,12}(?:[ ][A-Z]{2,12}){2})(?![A-Za-z])")


def _caps_then_title(base: str) -> list[int]:
    """Where a capitalised word follows two words in capitals: "VIỆT NAM Độc lập",
    "PHÓ CHỦ TỊCH Nguyễn Văn A", "KẾ HOẠCH Thực hiện"."""
    out = []
    for m in re.finditer(r"(?<= )[A-Z][a-z]", base):
        first = _prev_token(base, m.start())
        if not (_is_caps_word(first) and _VOWEL.search(first)):
            continue
        second = _prev_token(base, m.start() - len(first) - 1)
        if _is_caps_word(second) and _VOWEL.search(second) and len(first + second) >= 4:
            out.append(m.start())
    return out


def unflatten_lines(
    lines: Sequence[Line], classify: Callable[[str, str], LineKind]
) -> list[Line]:
    """Split every flattened text line of ``lines`` into virtual lines.

    Args:
        lines: the cleaned lines of a document, in order.
        classify: gives the :class:`~vnplan.text.normalize.LineKind` of a virtual
            line from its raw and its cleaned text (a rule run becomes a rule line).

    Returns:
        The lines with every flattened line replaced by its pieces, all numbered
        again from 0 in order. A piece keeps the source map of its characters; the
        pieces of a line cover all its characters but the spaces between them.
    """
    out: list[Line] = []
    changed = False
    for line in lines:
        points = split_points(line.text.text) if line.kind.value == "text" else ()
        if not points:
            out.append(line if line.number == len(out)
                       else attrs.evolve(line, number=len(out)))
            continue
        changed = True
        bounds = (0, *points, len(line.text.text))
        pieces = [line.text.slice(a, b).strip() for a, b in itertools.pairwise(bounds)]
        pieces = [p for p in pieces if p.text]
        for k, piece in enumerate(pieces):
            raw = _raw_slice(line.raw, piece)
            last = k == len(pieces) - 1
            out.append(attrs.evolve(
                line, number=len(out), kind=classify(raw.text, piece.text), text=piece,
                raw=raw, indent=0, span=piece.span,
                emphasis_open=line.emphasis_open and last, emphasis_whole=False,
                form_feed=line.form_feed and k == 0, en_dash=line.en_dash and k == 0))
    return out if changed or len(out) != len(lines) else list(lines)


def _raw_slice(raw: Segment, piece: Segment) -> Segment:
    """The part of ``raw`` (a line with its spacing) that holds ``piece``'s characters."""
    span = piece.span
    return raw.slice(_raw_index(raw, span.start), _raw_index(raw, span.end))


def _raw_index(raw: Segment, source: int) -> int:
    """Index in ``raw.text`` of the first character copied from offset ``source`` or later."""
    runs = raw.runs
    k = bisect.bisect_right([s for _, s, _ in runs], source) - 1
    if k < 0:
        return runs[0][0] if runs else 0
    t, s, n = runs[k]
    if source - s < n:
        return t + (source - s)
    return runs[k + 1][0] if k + 1 < len(runs) else len(raw.text)
