"""Stage 2 of the legacy-text pipeline: the header zone of an official document.

Decree 30/2020 (Phụ lục I) lays the first page out in two columns: on the left
the issuer block (parent body, issuing body, a rule), the number ("Số: 800/KH-UBND")
and, for a công văn, the trích yếu after "V/v"; on the right the Quốc hiệu and Tiêu
ngữ and the place-and-date line. Below them come the type name (KẾ HOẠCH, BÁO CÁO,
QUYẾT ĐỊNH, ...), the trích yếu and, for letters and reports sent upward, the
"Kính gửi:" block. Party documents (HD 36-HD/VPTW) put "ĐẢNG CỘNG SẢN VIỆT NAM"
where the Quốc hiệu stands and a "*" under the issuer.

:func:`parse_header` reads that zone from a :class:`~vnplan.text.normalize.NormalizedText`
whatever the layout: lines of a DOCX conversion, Markdown table cells, PDF layout
text with both columns on one line, ASCII pipe tables, or OCR with the columns run
together. It identifies each field's text and spans; turning the number, date and
type name into values is the job of :mod:`vnplan.numbering`, :mod:`vnplan.dates`
and :mod:`vnplan.doctypes`.

The header is the first one in the document: templates and forms later in the
text carry their own "Số:" lines and are not looked at.

>>> from vnplan.text.normalize import normalize_text
>>> text = '''ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
...   TỈNH LÀO CAI                      Độc lập - Tự do - Hạnh phúc
...  Số: 1696 /QĐ-UBND              Lào Cai, ngày 15 tháng 5 năm 2026
...
...                              QUYẾT ĐỊNH
...        Về việc ủy quyền cho Giám đốc Sở Công Thương
...    thực hiện một số nhiệm vụ của UBND tỉnh
...
... Căn cứ Luật Tổ chức chính quyền địa phương;'''
>>> header = parse_header(normalize_text(text))
>>> header.issuer.text, header.parent_issuer
('ỦY BAN NHÂN DÂN TỈNH LÀO CAI', None)
>>> header.number.text, header.place.text, header.date.text
('1696 /QĐ-UBND', 'Lào Cai', 'ngày 15 tháng 5 năm 2026')
>>> header.type_name.text
'QUYẾT ĐỊNH'
>>> header.title.text
'Về việc ủy quyền cho Giám đốc Sở Công Thương thực hiện một số nhiệm vụ của UBND tỉnh'
>>> header.end_line  # the body starts at "Căn cứ"
8
"""

from __future__ import annotations

import enum
import itertools
import re
from collections.abc import Iterator

import attrs

from vnplan.doctypes import DocumentType
from vnplan.text.fields import Field
from vnplan.text.issuers import is_organisation_line, split_bodies, starts_body
from vnplan.text.letters import (
    LETTERS,
    UPPER,
    base_letters,
    is_upper_text,
    splits_word,
    starts_lower,
)
from vnplan.text.normalize import Line, LineKind, NormalizedText, starts_block
from vnplan.text.ocr_words import ocr_fold, repair_name
from vnplan.text.site_metadata import SITE_LABEL
from vnplan.text.spans import Segment

__all__ = ["Header", "parse_header"]

#: How many lines from the first text line the header may span.
HEADER_MAX_LINES = 80


@attrs.frozen(slots=True)
class Header:
    """The header zone of a document, field by field, each as printed with spans.

    Attributes:
        issuer: the issuing body, its wrapped lines joined ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI");
            for a joint document all bodies joined by "; ".
        parent_issuer: the body printed above the issuer in a two-level header.
        issuers: every body printed in the issuer block, top to bottom.
        national_name: the Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".
        motto: the Tiêu ngữ "Độc lập - Tự do - Hạnh phúc".
        party_name: "ĐẢNG CỘNG SẢN VIỆT NAM" in a Party document.
        number_label: the "Số:" label.
        number: the number-notation after the label, as printed ("1050 /QĐ-SCT",
            "/KH-UBND" in a blank draft).
        place: the place name of the place-and-date line.
        date: the date part of that line ("ngày 06 tháng 3 năm 2026", or a blank
            template "ngày tháng năm 2026").
        type_name: the type-name line (KẾ HOẠCH, BÁO CÁO, ...); a công văn has none.
        title: the trích yếu, lines joined; a công văn keeps its "V/v".
        urgency: HỎA TỐC, THƯỢNG KHẨN or KHẨN.
        secrecy: MẬT, TỐI MẬT or TUYỆT MẬT.
        addressee_label: "Kính gửi:" (or a Công điện's "THỦ TƯỚNG CHÍNH PHỦ điện:").
        addressees: the items of the "Kính gửi" block.
        other: header text that fits no field (stamps, debris), kept so nothing is lost.
        repairs: issuer lines whose OCR-damaged administrative words were repaired
            (:func:`vnplan.text.ocr_words.repair_name`), as ``(printed, repaired text)``;
            the issuer fields hold the repaired text with the printed spans.
        issuers_printed: the bodies of ``issuers`` as printed (before repairs).
        start_line: number of the first line of the header zone.
        end_line: number of the first line after it (where the body starts).
    """

    issuer: Field | None = None
    parent_issuer: Field | None = None
    issuers: tuple[Field, ...] = ()
    national_name: Field | None = None
    motto: Field | None = None
    party_name: Field | None = None
    number_label: Field | None = None
    number: Field | None = None
    place: Field | None = None
    date: Field | None = None
    type_name: Field | None = None
    title: Field | None = None
    urgency: Field | None = None
    secrecy: Field | None = None
    addressee_label: Field | None = None
    addressees: tuple[Field, ...] = ()
    other: tuple[Field, ...] = ()
    repairs: tuple[tuple[Field, str], ...] = ()
    issuers_printed: tuple[Field, ...] = ()
    start_line: int = 0
    end_line: int = 0

    def fields(self) -> Iterator[tuple[str, Field]]:
        """Every field found, as ``(name, field)`` pairs (repeating fields once per item)."""
        for name in ("party_name", "national_name", "motto", "number_label", "number",
                     "place", "date", "type_name", "title", "urgency", "secrecy",
                     "addressee_label"):
            value = getattr(self, name)
            if value is not None:
                yield name, value
        for body in self.issuers_printed or self.issuers:
            yield "issuers", body
        for item in self.addressees:
            yield "addressees", item
        for item in self.other:
            yield "other", item


# ---------------------------------------------------------------------------------
# Recognisers (on base letters, so "HOÀ", "HÒA" and "HÕA" all match)

_NATIONAL = "CONG HOA XA HOI CHU NGHIA VIET NAM"
# Where the Quốc hiệu or the Party name starts inside a cell (a space may be lost).
_ANCHOR_PHRASE = re.compile(r"(?<![A-Z])(?:CONG[ ]?HOA[ ]?XA[ ]?HOI|DANG[ ]?CONG[ ]?SAN[ ]?VIET)")
_PARTY = "DANG CONG SAN VIET NAM"
_MOTTO = re.compile(r"DOC[ ]?LAP[ ,.:;\-]{0,5}TU[ ]?DO[ ,.:;\-]{0,5}HANH[ ]?PHUC")
# "Số:" with a colon (Decree 30) or "Số" without one (HD 36-HD/VPTW Party documents;
# whether HD 36 forbids the colon is UNCONFIRMED, domain.md §10.8): both are accepted.
_NUMBER = re.compile(
    r"(?:(?:Luật|Bộ luật|Pháp lệnh|Lệnh|Nghị quyết|LUẬT)[ ])?"
    r"(?:(?:Số|số)(?:[ ]?[:;.][ ]?|[ ](?=[0-9/…_.])|$)|SỐ[ ]?:[ ]?"
    # the space lost, only before a number's digits ("Số12-NQ/TU"); capital "SỐ 12/..."
    # without a colon is not taken: it ends issuer names ("ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH
    # SỐ 1050/QĐ-SCT")
    r"|(?:Số|SỐ)(?=[0-9]{1,7}[a-z]?[ ]?[/-])"
    # OCR-garbled "Số:" ("Sô:", "Sỏ:", "S0:"), without its colon only before a number
    r"|S[ôổóồỗộoòóỏõọơớờởỡợ06][ ]?:[ ]?(?=[0-9/…_. ])"
    r"|S[ôổóồỗộòỏõọơớờởỡợ0][ ](?=[0-9]{1,7}[ ]?[/-])"
    r"|S[^\s:/0-9]{1,2}[ ]?:[ ]?(?=[0-9]{1,7}[ ]?[/-]))")  # any damage, before a number
# A number printed on its own: digits (or a blank template) before "/" or "-" and a notation.
_NUMBER_ALONE = re.compile(r"(?:[0-9]{1,7}[a-z]?|[.…_ ]{0,12})[ ]?[/-][ ]?[^ ]{1,60}")
_NUMBER_ANCHOR = re.compile(r"(?<=[ ])(?:Số|SỐ)[ ]?:[ ]?(?=[0-9/…. _])")
_VV = re.compile(r"(?:V/[Vv]|v/v|Về việc|về việc|VỀ VIỆC|Về|VỀ)(?:[ ]|$)")
# "HỎA TỐC HẸN GIỜ" is not in Decree 30/2020; its legal basis is UNCONFIRMED
# (domain.md §10.4) but it is still stamped, so it is read as a legacy urgency mark.
_URGENCY = {"HOA TOC", "HOA TOC HEN GIO", "THUONG KHAN", "KHAN"}
_SECRECY = {"MAT", "TOI MAT", "TUYET MAT"}
# An urgency and a secrecy mark in one piece (either order), on base letters.
_MARKS = re.compile(
    r"(?:(?P<urgency>HOA[ ]TOC(?:[ ]HEN[ ]GIO)?|THUONG[ ]KHAN|KHAN)[ ]{1,6}"
    r"(?P<secrecy>TUYET[ ]MAT|TOI[ ]MAT|MAT)"
    r"|(?P<secrecy2>TUYET[ ]MAT|TOI[ ]MAT|MAT)[ ]{1,6}"
    r"(?P<urgency2>HOA[ ]TOC(?:[ ]HEN[ ]GIO)?|THUONG[ ]KHAN|KHAN))")
# A mark printed, correctly spelt, at the start or end of an upper-case issuer piece.
_EDGE_MARK = re.compile(
    r"^(?P<mark>H[OỎ][AẢ][ ]TỐC|THƯỢNG[ ]KHẨN|KHẨN|TUYỆT[ ]MẬT|TỐI[ ]MẬT|MẬT)[ ]+(?=\S)"
    r"|(?<=\S)(?<!BÍ)[ ]+(?P<mark2>H[OỎ][AẢ][ ]TỐC|THƯỢNG[ ]KHẨN|KHẨN|TUYỆT[ ]MẬT|TỐI[ ]MẬT|MẬT)$")
_ADDRESSEE = re.compile(
    r"(?:Kính|Kinh|KÍNH|KINH)[ ](?:gửi|gởi|gui|GỬI|GỞI|GUI)[ ]?:?|.{2,60}[ ]điện[ ]?:$")
_TITLE_BREAK = re.compile(
    r"(?:Căn cứ|CĂN CỨ|Kính gửi|Nơi nhận|Điều[ ][0-9]|[IVX]{1,5}[.][ ]|[0-9]{1,2}[.][ ])")
_PLACE_WORD = rf"(?:[{UPPER}][{LETTERS}.'-]*|phố|xã|thị|trấn|huyện|quận|tỉnh|[0-9]{{1,3}})"
# The date words with any tone mark, as OCR and font mapping garble them ("thảng").
_A = "[aàáảãạăằắẳẵặâầấẩẫậAÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ]"
_NGAY = f"[Nn][Gg]{_A}[Yy]"
_THANG = f"[Tt][Hh]{_A}[Nn][Gg]"
_NAM = f"[Nn]{_A}[Mm]"
_PLACE_DATE = re.compile(
    rf"(?:^|(?<=[\s(]))(?P<place>{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,6}})[ ]?,[ ]?"
    rf"(?P<date>{_NGAY}[ ]?[^ ]{{0,12}}(?:[ ][^ ]{{1,12}}){{0,6}}?[ ]?"
    rf"{_THANG}[ ]?[^ ]{{0,12}}(?:[ ][^ ]{{1,12}}){{0,4}}?[ ]?{_NAM}"
    # the year may carry OCR letters for digits ("2O20"); parse_date reads them
    rf"(?:[ ]?(?:[0-9]{{4}}(?![0-9])|[12][0-9OoIl]{{3}}(?![0-9OoIl])|[0-9]{{0,3}}[ .…_]{{1,12}}))?"
    rf"|{_NGAY}[ ]?[0-9]{{1,2}}[ ]?[/.-][ ]?[0-9]{{1,2}}[ ]?[/.-][ ]?[0-9]{{4}})"
)
_PLACE_DATE_START = re.compile(
    rf"(?:^|(?<=[\s(])){_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,6}}[ ]?,[ ]?{_NGAY}")
_DATE_WORD = re.compile(_NGAY)
# A number after its label: digits (or a blank) and a notation ("15/KH-UBND", "/KH-UBND").
_NUMBER_SHAPE = re.compile(r"(?:[0-9]{1,7}[a-z]?|[.…_ ]{0,12})[ ]?[/-][ ]?[A-ZĐ0-9]")
# Digits (OCR may read some as letters: "1O2") before the "/" or "-" of a notation.
_DIGITS_NOTATION = re.compile(r"[0-9][0-9IlOo|!]{0,6}[a-z]?[ ]?(?:[/-][ ]?[A-ZĐ0-9]|[/-]$)")
# Lines of a stamp, not of the document: the incoming-mail stamp ("CÔNG VĂN ĐẾN", "ĐẾN",
# "Số: ... Ngày: ...", "Chuyển: ..."), and a signing-authority line ("TM. ỦY BAN NHÂN DÂN").
_STAMP = re.compile(r"(?:(?:CONG VAN|VAN BAN)[ ]DEN|DEN)(?:[ ]?[:.]|[ ]SO\b|$)")
# Circulation and draft marks printed in upper case near the header (ô số 11).
_CIRCULATION = re.compile(r"(?:LUU HANH NOI BO|XEM XONG TRA LAI|DU THAO|TAI LIEU THU HOI"
                          r"|KHONG PHO BIEN|HOA TOC|THUONG KHAN)")
_AUTHORITY = re.compile(r"(?:TM|KT|TL|TUQ|Q|T/M|K/T|T/L)[ ]?[.:]?[ ]")
# "V/v" opening a công văn's trích yếu (upper-case "VỀ VIỆC" too).
# OCR reads the slash of "V/v" as "l", "I", "1" or "|" ("Vlv tăng cường ...").
_VV_START = re.compile(r"(?:V/[Vv]|v/v|VỀ VIỆC|V[lI1|\\][vV])(?:[ ]|$)")
_PLACE_ONLY = re.compile(rf"{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,5}}")

# A type-name line carries the name of a document type from vnplan.doctypes (any case,
# any tone marks), possibly qualified ("KẾ HOẠCH LIÊN TỊCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG").
_TYPE_NAMES = tuple(sorted(
    {" ".join(base_letters(name).upper().split())
     for doc_type in DocumentType.all() for name in (doc_type.name_vi, *doc_type.aliases)},
    key=len, reverse=True))
_TYPE = re.compile(
    "(?:" + "|".join(re.escape(n).replace(r"\ ", "[ ]?") for n in _TYPE_NAMES) + ")"
    r"(?:[ ](?:LIEN[ ](?:TICH|NGANH|BO)|HANH[ ]DONG|PHOI[ ]HOP))?(?![A-Z0-9])"
)
_POSITION = re.compile(
    r"(?:GIAM DOC|PHO GIAM DOC|CHU TICH|PHO CHU TICH|BO TRUONG|THU TRUONG|THU TUONG"
    r"|TRUONG BAN|CUC TRUONG|VIEN TRUONG|CHANH AN|TONG GIAM DOC|CHANH VAN PHONG|BI THU)\b"
)


class _Kind(enum.Enum):
    ISSUER = enum.auto()
    NATIONAL = enum.auto()
    PARTY = enum.auto()
    MOTTO = enum.auto()
    NUMBER = enum.auto()
    PLACE_DATE = enum.auto()
    URGENCY = enum.auto()
    SECRECY = enum.auto()
    TYPE = enum.auto()
    TITLE = enum.auto()
    ADDRESSEE = enum.auto()
    OTHER = enum.auto()


@attrs.define
class _Piece:
    seg: Segment
    line: int
    column: int
    kind: _Kind | None = None


def _base(text: str) -> str:
    return " ".join(base_letters(ocr_fold(text)).upper().split())


def _split_anchors(seg: Segment) -> list[Segment]:
    """Split a cell where the Quốc hiệu, Tiêu ngữ or a place-and-date line starts inside it."""
    text = seg.text
    if len(text) > 300:
        return [seg]
    base = base_letters(ocr_fold(text)).upper()
    cuts = set()
    anchor = _ANCHOR_PHRASE.search(base, 1)
    if anchor:
        cuts.add(anchor.start())
    motto = _MOTTO.search(base)
    if motto and motto.start() > 0:
        cuts.add(motto.start())
    if motto and is_upper_text(text[motto.end():]):
        cuts.add(motto.end())  # "Độc lập - Tự do - Hạnh phúc TỈNH BẮC GIANG" (columns reversed)
    place = _PLACE_DATE_START.search(text)
    if place and place.start() > 0:
        cuts.add(place.start())
    full = _PLACE_DATE.search(text)
    if full and full.end() < len(text) - 1:
        cuts.add(full.end())
    label = _NUMBER_ANCHOR.search(text)
    if label:
        cuts.add(label.start())
    cuts = {cut for cut in cuts if not splits_word(text, cut)}
    if not cuts:
        return [seg]
    bounds = [0, *sorted(cuts), len(text)]
    out = []
    for a, b in itertools.pairwise(bounds):
        piece = seg.slice(a, b).strip(" _-|")
        if piece.text:
            out.append(piece)
    return out


def _pieces(line: Line, skip: set[tuple[int, int]]) -> list[_Piece]:
    out = []
    for cell in line.cells():
        if (line.number, cell.column) in skip:
            continue
        for seg in _split_anchors(cell.text):
            out.append(_Piece(seg, line.number, cell.column))
    return out


# ---------------------------------------------------------------------------------
# The parser


@attrs.define
class _State:
    doc: NormalizedText
    issuer_lines: list[Segment] = attrs.Factory(list)
    values: dict[str, Field] = attrs.Factory(dict)
    title: list[Segment] = attrs.Factory(list)
    addressees: list[list[Segment]] = attrs.Factory(list)
    other: list[Segment] = attrs.Factory(list)
    national_left: str = ""
    party_left: str = ""
    seen_number: bool = False
    seen_date: bool = False
    seen_type: bool = False
    vv_open: bool = False
    number_open: bool = False  # "Số:" printed alone: the number is the next piece
    skip_lines: set[int] = attrs.Factory(set)
    stamps: list[int] = attrs.Factory(list)  # where digital-signature stamp pieces start
    skip_cells: set[tuple[int, int]] = attrs.Factory(set)


def parse_header(doc: NormalizedText) -> Header:
    """Stage 2: find the header fields of ``doc`` and where its body starts.

    A text without a header (a news page, a body fragment) gives an empty
    :class:`Header` whose ``end_line`` is the first line, so nothing is taken
    from the body.
    """
    lines = doc.lines
    start = _find_start(lines)
    state = _State(doc)
    end = _scan(state, start, min(len(lines), start + HEADER_MAX_LINES))
    has_anchor = state.seen_number or state.seen_date or state.seen_type or any(
        k in state.values for k in ("national_name", "motto", "party_name"))
    if not has_anchor:
        return Header(start_line=start, end_line=start)
    return _build(state, start, end)


def _is_anchor(line: Line) -> bool:
    """Whether a line holds a Quốc hiệu, Party name, Tiêu ngữ, number or date line."""
    if line.kind is not LineKind.TEXT or len(line.text.text) > 300:
        return False
    text = line.text.text
    squeezed = _base(text).replace(" ", "")
    if "CONGHOAXAHOI" in squeezed or "DANGCONGSANVIETNAM" in squeezed:
        return True
    if _MOTTO.search(_base(text)):
        return True
    return bool(_NUMBER.match(text) and "/" in text) or bool(_PLACE_DATE.search(text))


def _find_start(lines: tuple[Line, ...]) -> int:
    """First line of the header zone: the issuer lines above the first anchor line.

    Saved web pages put site furniture (banners, metadata tables, validity bullets)
    above the document; the header starts at the upper-case issuer lines just above
    the first Quốc hiệu, number or place-and-date line, not at the top of the file.
    A few lines above the anchor are the header itself unless they are site metadata.
    """
    first = next((ln.number for ln in lines if ln.kind is LineKind.TEXT), len(lines))
    anchor = next((ln.number for ln in lines[first:first + 400] if _is_anchor(ln)), None)
    if anchor is None:
        return first
    text_lines = [ln for ln in lines[first:anchor] if ln.kind is LineKind.TEXT]
    start = anchor
    k = anchor - 1
    while k >= first and anchor - k <= 14:
        line = lines[k]
        if line.kind is LineKind.TEXT:
            if not (is_upper_text(line.text.text) and len(line.text.text) <= 120):
                break
            start = k
        k -= 1
    if len(text_lines) <= 8 and not any(
            SITE_LABEL.search(ln.text.text[:200]) for ln in text_lines):
        return first
    return start


def _scan(state: _State, start: int, stop: int) -> int:
    """Walk the header zone; return the number of the first body line."""
    lines = state.doc.lines
    i = start
    phase = "top"
    while i < stop:
        line = lines[i]
        if line.kind is LineKind.BLANK or line.kind is LineKind.TABLE_BORDER:
            if phase == "title" and state.title and line.kind is LineKind.BLANK:
                phase = "after-title"
            # a "V/v" trích yếu may stand below the number after a blank line
            state.vv_open = state.vv_open and not state.title and _next_starts_vv(lines, i)
            i += 1
            continue
        if line.is_noise or i in state.skip_lines:
            if line.is_noise and not (state.seen_number or state.seen_date) and \
                    _is_signature_stamp(line.text.text, _base(line.text.text[:200])):
                _note_stamp(state, line.text.span.start)  # "Ký bởi: ..." marked as chrome
            i += 1
            continue
        text = line.text.text
        if phase in ("top", "after-title") and _ADDRESSEE.match(text):
            return _addressees(state, i, stop)
        if phase == "top":
            if _is_body_start(line, state):
                return i
            pieces = _pieces(line, state.skip_cells)
            for k, piece in enumerate(pieces):
                _classify_top(state, piece, lines, i)
                if piece.kind is _Kind.TYPE:
                    phase = "title"
                    for rest in pieces[k + 1:]:
                        _take_title(state, rest.seg)
                    break
            i += 1
            continue
        if phase != "top" and _late_anchor(state, text):
            # the type and title printed above the number or the place-and-date line
            for piece in _pieces(line, state.skip_cells):
                _classify_top(state, piece, lines, i)
            phase = "after-title"
            i += 1
            continue
        if phase == "title":
            if state.title and not _continues_title(state, line):
                phase = "after-title"
                continue
            if not state.title and _TITLE_BREAK.match(line.text.text):
                return i
            _take_title(state, line.text)
            i += 1
            continue
        # after-title: only a "Kính gửi" block may still belong to the header
        return i
    return i


def _late_anchor(state: _State, text: str) -> bool:
    """Whether a line below the type and title is the missing number or date line."""
    if len(text) > 120:
        return False
    number = _NUMBER.match(text)
    if number and not state.seen_number and _NUMBER_SHAPE.match(text[number.end():]):
        return True
    place = _PLACE_DATE.match(text)
    return bool(place and not state.seen_date and place.end() >= len(text.rstrip(" .,;")) - 1)


def _is_body_start(line: Line, state: _State) -> bool:
    text = line.text.text
    if len(text) > 1000:
        return True  # header lines are short; a long line is running text
    if state.seen_number and state.seen_date and not state.vv_open and not is_upper_text(text):
        return True
    if state.seen_number or state.seen_date or state.seen_type:
        if starts_block(text) and not _NUMBER.match(text):
            return True
        if len(text) > 160 and not is_upper_text(text):
            return True
    elif starts_block(text) and not text.startswith(("- ", "* ")):
        return True
    return False


def _classify_top(state: _State, piece: _Piece, lines: tuple[Line, ...], i: int) -> None:
    seg = piece.seg
    text = seg.text
    base = _base(text)
    if state.number_open:
        # "Số:" alone in its cell or on its line (legal-database pages): the number is the
        # next piece when it has the shape of one, else the number stays blank
        state.number_open = False
        if _NUMBER_ALONE.fullmatch(text):
            state.values["number"] = Field.of([seg])
            piece.kind = _Kind.NUMBER
            return
    # Quốc hiệu and Party name, also split over lines ("CỘNG HÒA XÃ" / "HỘI CHỦ NGHĨA ...")
    for key, phrase, kind in (("national", _NATIONAL, _Kind.NATIONAL),
                              ("party", _PARTY, _Kind.PARTY)):
        left = state.national_left if key == "national" else state.party_left
        expected = left or phrase.replace(" ", "")
        squeezed = base.replace(" ", "")
        # a short first piece counts when the next line goes on with the phrase
        # ("CỘNG" / "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" on legal-database pages)
        short_start = (not left and 0 < len(squeezed) < 7 and expected.startswith(squeezed)
                       and expected[len(squeezed):].startswith(
                           _next_base(lines, i).replace(" ", "")[:6] or "\x00"))
        if squeezed and (expected.startswith(squeezed) and (left or len(squeezed) >= 7
                                                            or short_start)):
            remaining = expected[len(squeezed):]
            if key == "national":
                state.national_left = remaining
            else:
                state.party_left = remaining
            _append(state, "national_name" if key == "national" else "party_name", seg)
            piece.kind = kind
            return
        if squeezed.startswith(phrase.replace(" ", "")) and len(base) > len(phrase) + 2:
            cut = _cut_after_words(text, len(phrase.split()))
            _append(state, "national_name" if key == "national" else "party_name",
                     seg.slice(0, cut).strip())
            rest = seg.slice(cut).strip()
            if rest.text and is_upper_text(rest.text) and _is_issuer_line(
                    state, _Piece(rest, piece.line, piece.column + cut)) and (
                    starts_body(rest.text) or state.issuer_lines):
                state.issuer_lines.append(rest)  # the issuer column printed after it
            elif rest.text:
                state.other.append(rest)
            piece.kind = kind
            return
    if _MOTTO.search(base):
        _append(state, "motto", seg)
        piece.kind = _Kind.MOTTO
        return
    if base in _URGENCY or base in _SECRECY:
        _append(state, "urgency" if base in _URGENCY else "secrecy", seg)
        piece.kind = _Kind.URGENCY
        return
    marks = _MARKS.fullmatch(base) if len(base) <= 40 else None
    if marks is not None:  # "KHẨN  MẬT": both marks in one piece
        for group, name in (("urgency", "urgency"), ("secrecy", "secrecy"),
                            ("secrecy2", "secrecy"), ("urgency2", "urgency")):
            if marks.group(group):
                _append(state, name, seg.slice(marks.start(group), marks.end(group)))
        piece.kind = _Kind.URGENCY
        return
    edge = _EDGE_MARK.search(text) if (
        is_upper_text(text) and len(text) <= 120 and not state.title and not state.seen_type
    ) else None
    if edge is not None:  # "HỎA TỐC ỦY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN KHẨN"
        group = "mark" if edge.group("mark") else "mark2"
        name = "secrecy" if edge.group(group).endswith("MẬT") else "urgency"
        _append(state, name, seg.slice(edge.start(group), edge.end(group)))
        rest = seg.slice(edge.end()) if edge.start() == 0 else seg.slice(0, edge.start())
        rest_piece = _Piece(rest.strip(), piece.line, piece.column)
        _classify_top(state, rest_piece, lines, i)
        piece.kind = rest_piece.kind
        return
    if not state.seen_number and not state.seen_date and _is_signature_stamp(text, base):
        # "Ký bởi: ...", "Thời gian ký: ...", an e-mail address: the digital-signature
        # stamp overlaid on the first page, not the document's header
        state.other.append(seg)
        _note_stamp(state, seg.span.start)
        piece.kind = _Kind.OTHER
        return
    number = _NUMBER.match(text)
    if number and not state.seen_number and _looks_like_number(text[number.end():]):
        state.values["number_label"] = Field.of([seg.slice(0, number.end()).strip()])
        rest = seg.slice(number.end()).strip()
        cut = _number_end(rest.text)
        after = rest.slice(cut).strip(" *_")
        rest = rest.slice(0, cut).strip()
        state.values["number"] = Field.of(_continue_number(rest, lines, i, state))
        state.number_open = not rest.text
        state.seen_number = True
        state.vv_open = True
        piece.kind = _Kind.NUMBER
        if after.text:  # "Số: 648/VPCP-KTTH *V/v phê duyệt ...*" in one table cell
            _classify_top(state, _Piece(after, piece.line, piece.column), lines, i)
        return
    if _place_date(state, piece, lines, i):
        return
    if _STAMP.match(base):
        state.other.append(seg)
        state.vv_open = False  # the trích yếu does not go on past a stamp
        piece.kind = _Kind.OTHER
        return
    if state.vv_open and not state.seen_type and _takes_vv(state, text):
        state.title.append(seg)
        piece.kind = _Kind.TITLE
        return
    split = _type_then_title(seg)
    if split is not None and (state.seen_number or state.seen_date):
        state.values["type_name"] = Field.of([split[0]])
        state.title.clear()
        state.title.append(split[1])
        state.seen_type = True
        state.vv_open = False
        piece.kind = _Kind.TYPE
        return
    if is_upper_text(text):
        # a trailing period is OCR or typing noise; "QUYẾT ĐỊNH:" is the body's enacting formula
        type_match = _TYPE.fullmatch(base.rstrip(" .;,")) if len(base) <= 48 else None
        if type_match and (state.seen_number or state.seen_date or state.issuer_lines):
            state.values["type_name"] = Field.of([seg.strip(" .;,")])
            state.seen_type = True
            state.vv_open = False
            piece.kind = _Kind.TYPE
            return
        head = _TYPE.match(base[:60]) if (state.seen_number or state.seen_date) else None
        if head and len(base) > head.end() + 3 and base[head.end()] == " ":
            # "THÔNG BÁO KẾT LUẬN CỦA ..." on one line: type name, then the trích yếu
            cut = _cut_after_words(text, len(head.group().split()))
            state.values["type_name"] = Field.of([seg.slice(0, cut).strip()])
            state.title.clear()
            state.title.append(seg.slice(cut).strip())
            state.seen_type = True
            state.vv_open = False
            piece.kind = _Kind.TYPE
            return
        if _is_issuer_line(state, piece):
            state.issuer_lines.append(seg)
            piece.kind = _Kind.ISSUER
            return
        if _untyped_title(state, text, base):
            # the type line is lost (flattened web page, OCR): an upper-case trích yếu
            # right under the number and date lines
            state.title.append(seg)
            state.vv_open = True
            piece.kind = _Kind.TITLE
            return
    if state.title:
        state.vv_open = False  # text that is not the trích yếu ends it
    state.other.append(seg)
    piece.kind = _Kind.OTHER


def _next_base(lines: tuple[Line, ...], i: int) -> str:
    """Base letters, upper case, of the next text line after line ``i`` (or "")."""
    j = i + 1
    while j < len(lines) and j <= i + 3 and lines[j].kind is not LineKind.TEXT:
        j += 1
    if j >= len(lines) or lines[j].kind is not LineKind.TEXT:
        return ""
    return _base(lines[j].text.text[:80])


def _type_then_title(seg: Segment) -> tuple[Segment, Segment] | None:
    """Split "KẾ HOẠCH Triển khai ..." (type name and trích yếu run together)."""
    text = seg.text
    if len(text) > 400:
        return None
    match = _TYPE.match(_base(text[:60]))
    if match is None:
        return None
    cut = _cut_after_words(text, len(match.group().split()))
    head, rest = text[:cut], text[cut:].strip()
    if not is_upper_text(head) or len(rest) < 3 or is_upper_text(rest):
        return None
    if not re.match(rf"[{UPPER}][{LETTERS}]*[ ][{LETTERS}]", rest) or not head.isupper():
        return None
    return seg.slice(0, cut).strip(), seg.slice(cut).strip()


def _next_starts_vv(lines: tuple[Line, ...], i: int) -> bool:
    """Whether the next text line within three lines after ``i`` opens with "V/v"."""
    for line in lines[i + 1:i + 4]:
        if line.kind is LineKind.TEXT:
            return bool(_VV_START.match(line.text.text))
    return False


def _takes_vv(state: _State, text: str) -> bool:
    """Whether a piece under the number is (the start or rest of) a "V/v" trích yếu."""
    if state.title:
        if _ends_year_range(state.title[-1].text, text):
            return True
        if is_upper_text(" ".join(s.text for s in state.title)):
            return is_upper_text(text) and not _is_authority_line(state, text)
        return not is_upper_text(text)
    if _VV_START.match(text):
        return True
    return bool(_VV.match(text)) and not is_upper_text(text)


# Name parts of at most two letters that may stand alone on a wrapped issuer line.
_SHORT_NAME_PARTS = frozenset({"UY", "BO", "SO", "VU", "XA", "TP", "TX", "TP.", "TX."})


def _is_issuer_line(state: _State, piece: _Piece) -> bool:
    """Whether an upper-case piece belongs to the issuer block.

    The issuer block comes before the number; once the place-and-date line has been
    seen (it sits on the right), only pieces in the left column or starting a body
    name still count.
    """
    text = piece.seg.text
    if state.seen_number or state.seen_type or len(text) > 120:
        return False
    if _AUTHORITY.match(text) or (
            sum(ch.isalpha() for ch in text) <= 2 and _base(text) not in _SHORT_NAME_PARTS):
        return False  # an authority line, or OCR debris ("ĐI", "Ị") between issuer lines
    if not state.seen_date or not state.issuer_lines:
        return True
    return starts_body(text) or piece.column < 30


def _looks_like_number(rest: str) -> bool:
    rest = rest.strip()
    if not rest:
        return True
    if rest[0] in "/…._":
        return True
    if rest[0].isdigit():
        # digits without a notation ("Số: 456 Ngày 07/3") are an incoming-mail stamp
        return bool(_DIGITS_NOTATION.match(rest))
    return "/" in rest[:40] or "-" in rest[:40]


_NUMBER_TOKEN = re.compile(r"[^\s]{1,80}")
# A word that may go on a number-notation after a space: digits or capitals, "/" or "-".
_NOTATION_WORD = re.compile(r"[0-9A-ZĐ/\-.…_][0-9A-ZĐa-zđ/\-.…_]{0,79}")


def _number_end(rest: str) -> int:
    """Where the number-notation at the start of ``rest`` ends.

    The notation is written without spaces (Decree 30/2020, Phụ lục I), but scans and
    conversions put some in ("1696 /QĐ-UBND", "24 /HDLN-BCA-"), so a word after a space
    still belongs to it when it joins by "/" or "-" (that word, or the one before,
    starts or ends with one). Anything else ends it: "V/v ..." of a công văn's trích
    yếu in the same cell, "*" of Markdown italics, "ngày ...".

    >>> rest = "648/VPCP-KTTH *V/v phê duyệt*"
    >>> rest[:_number_end(rest)]
    '648/VPCP-KTTH'
    >>> rest = "24 /HDLN-BCA- BCT ngày 5"
    >>> rest[:_number_end(rest)]
    '24 /HDLN-BCA- BCT'
    """
    end = 0
    prev = ""
    for match in _NUMBER_TOKEN.finditer(rest[:400]):
        word = match.group()
        if prev and not (prev.endswith(("/", "-")) or word.startswith(("/", "-"))):
            break
        if prev and not _NOTATION_WORD.fullmatch(word):
            break
        end = match.end()
        prev = word
    return end if end else len(rest)


def _continue_number(
    rest: Segment, lines: tuple[Line, ...], i: int, state: _State
) -> list[Segment]:
    """A number split over two lines ("24 /HDLN-BCA-BQP-BYT-" / "BCT-BTC-VKSNDTC")."""
    if not rest.text.endswith(("-", "/")):
        return [rest]
    j = i + 1
    while j < len(lines) and lines[j].kind is not LineKind.TEXT:
        j += 1
    if j >= len(lines):
        return [rest]
    cells = lines[j].cells()
    if not cells:
        return [rest]
    first = cells[0].text
    if re.fullmatch(r"[A-ZĐ0-9/-]{2,40}", first.text):
        state.skip_cells.add((j, cells[0].column))
        return [rest, first]
    return [rest]


def _place_date(state: _State, piece: _Piece, lines: tuple[Line, ...], i: int) -> bool:
    if state.seen_date:
        return False
    text = piece.seg.text
    if len(text) > 200:
        return False
    seg = piece.seg
    match = _PLACE_DATE.search(text)
    extra: list[Segment] = []
    if not match and (_DATE_WORD.search(text) is not None or (
        _PLACE_ONLY.fullmatch(text) and not is_upper_text(text)
    )):
        # wrapped over the next line(s): "Bắc Ninh, ngày 20" / "tháng 11 năm 2025"
        nxt = _next_text_line(lines, i)
        if nxt is not None and len(lines[nxt].cells()) == 1:
            tail = lines[nxt].text
            joined = Segment.join([seg, tail])
            match = _PLACE_DATE.search(joined.text)
            if match and match.end() > len(seg.text) and match.start("place") < len(seg.text):
                seg = joined
                extra = [tail]
                state.skip_lines.add(nxt)
            else:
                match = None
    if not match or splits_word(seg.text, match.end()):
        return False
    if not extra and re.search(f"{_NAM}$", match.group("date")) and match.end() >= len(
            seg.text.rstrip(" ,.*")):
        # "Hà Tĩnh, ngày 07 tháng 02 năm" / "2019": the year wrapped onto the next line
        nxt = _next_text_line(lines, i)
        cells = lines[nxt].cells() if nxt is not None else ()
        if nxt is not None and len(cells) == 1 and re.fullmatch(
                r"(?:19|20)[0-9]{2}[ ]?[.,]?", cells[0].text.text):
            year = cells[0].text.strip(" .,")
            seg = Segment.join([seg.slice(0, match.end()), year])
            match = _PLACE_DATE.search(seg.text)
            if match is None:  # cannot happen: the joined text still reads as a date
                return False
            extra = [year]
            state.skip_lines.add(nxt)
    place = seg.slice(match.start("place"), match.end("place"))
    date = seg.slice(match.start("date"), match.end("date"))
    prefix = seg.slice(0, match.start("place")).strip(" ,*")
    head = _upper_head(place.text)
    if head:
        # "TỈNH HÀ TĨNH Hà Tĩnh, ngày ...": the issuer column ran into the place name
        upper, place = place.slice(0, head).strip(), place.slice(head).strip()
        if not prefix.text and _is_issuer_line(state, _Piece(upper, piece.line, piece.column)):
            state.issuer_lines.append(upper)
        else:
            prefix = Segment.join([prefix, upper]) if prefix.text else upper
    if prefix.text:
        state.other.append(prefix)
    suffix = seg.slice(match.end("date")).strip(" ,.*")
    if suffix.text:
        state.other.append(suffix)
    place_parts = [place]
    # "Thành phố Hồ Chí" / "Minh, ngày ..." : the place began on the line above
    if state.other and _PLACE_ONLY.fullmatch(state.other[-1].text) and not is_upper_text(
        state.other[-1].text
    ) and state.other[-1].span.end <= place.span.start:
        place_parts.insert(0, state.other.pop())
    state.values["place"] = Field.of(place_parts)
    state.values["date"] = Field.of(_date_parts(date, extra))
    state.seen_date = True
    piece.kind = _Kind.PLACE_DATE
    return True


def _upper_head(place: str) -> int:
    """Where a place name starts after upper-case words of the issuer column, or 0.

    "TỈNH HÀ TĨNH Hà Tĩnh" → the offset of "Hà"; at least two upper-case words must come
    first, so "TP. Hồ Chí Minh" and an upper-case place alone ("HÀ NỘI") stay whole.
    """
    words = list(re.finditer(r"[^ ]+", place))
    for k, word in enumerate(words):
        if not is_upper_text(word.group()) or word.group().isdigit():
            if k >= 2 and all(sum(ch.isalpha() for ch in w.group()) >= 2 for w in words[:k]):
                return word.start()
            return 0
    return 0


def _date_parts(date: Segment, extra: list[Segment]) -> list[Segment]:
    """Split the date segment back into its source lines (one span per line)."""
    if not extra:
        return [date]
    tail = extra[0]
    cut = date.text.find(tail.text[: min(8, len(tail.text))])
    if cut <= 0:
        return [date]
    return [date.slice(0, cut).strip(), date.slice(cut).strip()]


def _untyped_title(state: _State, text: str, base: str) -> bool:
    """Whether an upper-case line after the number and date is a trích yếu without type line."""
    if not (state.seen_number and state.seen_date) or state.seen_type or state.title:
        return False
    if len(base.split()) < 4 or len(text) > 400 or _CIRCULATION.match(base):
        return False
    organisation = starts_body(text) and not base.startswith("BAN HANH ") and len(
        base.split()) <= 12
    return not organisation and not _is_authority_line(state, text)


def _next_text_line(lines: tuple[Line, ...], i: int) -> int | None:
    j = i + 1
    while j < len(lines) and j <= i + 3:
        if lines[j].kind is LineKind.TEXT:
            return j
        if lines[j].kind is LineKind.BLANK:
            return None
        j += 1
    return None


def _cut_after_words(text: str, count: int) -> int:
    pos = 0
    for _ in range(count):
        while pos < len(text) and text[pos] == " ":
            pos += 1
        while pos < len(text) and text[pos] != " ":
            pos += 1
    return pos


def _append(state: _State, key: str, seg: Segment) -> None:
    old = state.values.get(key)
    new = Field.of([seg])
    if old is None:
        state.values[key] = new
    else:
        state.values[key] = Field(f"{old.text} {new.text}", (*old.spans, *new.spans))


def _take_title(state: _State, seg: Segment) -> None:
    seg = seg.strip()
    if seg.text:
        state.title.append(seg)


def _continues_title(state: _State, line: Line) -> bool:
    text = line.text.text
    prev = state.title[-1].text
    if starts_block(text) or _ADDRESSEE.match(text) or len(state.title) >= 10:
        return False
    title_upper = is_upper_text(" ".join(s.text for s in state.title))
    if _ends_year_range(prev, text):
        return True
    if title_upper:
        return is_upper_text(text) and not _is_authority_line(state, text)
    if is_upper_text(text):
        return False
    if starts_lower(text):
        return True
    return bool(re.search(r"[,\-–(]$|(?:^|[ ])(?:và|của|về|với|cho|tại|theo|trong|các)$", prev))


_RANGE_OPEN = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}[ ]?[-–—]$")
_RANGE_CLOSE = re.compile(r"(?:19|20)[0-9]{2}(?![0-9])[)”\".]?$")


def _ends_year_range(prev: str, text: str) -> bool:
    """Whether ``text`` is the closing year of a range wrapped at its dash.

    "... GIAI ĐOẠN 2019 -" / "2020": the year alone carries no letters, so an upper-case
    title would otherwise stop before it.
    """
    return bool(_RANGE_OPEN.search(prev) and _RANGE_CLOSE.match(text.strip()))


def _is_authority_line(state: _State, text: str) -> bool:
    """Whether an upper-case line under the title names the enacting authority.

    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...", the issuer again, or the start of its name
    ("ỦY BAN NHÂN DÂN TỈNH" under a decision of "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH").
    """
    base = _base(text)
    issuer = _base(" ".join(s.text for s in state.issuer_lines))
    if _POSITION.match(base):
        return True
    if not issuer:
        return False
    return base == issuer or (" " in issuer and base.startswith(issuer)) or (
        starts_body(text) and " " in base and issuer.startswith(base))


def _addressees(state: _State, i: int, stop: int) -> int:
    """Read a "Kính gửi:" block from line ``i``; return the first line after it."""
    lines = state.doc.lines
    line = lines[i]
    seg = line.text
    label = _ADDRESSEE.match(seg.text)
    if label is None or splits_word(seg.text, label.end()):
        state.other.append(seg)
        return i + 1
    state.values["addressee_label"] = Field.of([seg.slice(0, label.end()).strip()])
    items: list[list[Segment]] = []
    rest = seg.slice(label.end()).strip()
    if rest.text:
        items.append([rest])
    j = i + 1
    while j < stop:
        nxt = lines[j]
        if nxt.kind is not LineKind.TEXT:
            if nxt.kind is LineKind.BLANK and items and not _more_items(lines, j, stop):
                break
            j += 1
            continue
        text = nxt.text.text
        if text.startswith(("- ", "+ ", "• ")):
            items.append([nxt.text])
        elif items and not _ends_item(items[-1][-1].text) and not starts_block(text):
            items[-1].append(nxt.text)
        elif not items and len(text) <= 160 and not starts_block(text):
            items.append([nxt.text])
        else:
            break
        j += 1
    state.addressees.extend(_split_inline_items(items))
    return j


_INLINE_ITEM = re.compile(r"(?<=;)[ ]+(?=[-+•][ ])")


def _split_inline_items(items: list[list[Segment]]) -> list[list[Segment]]:
    """Split items printed on one line ("- Bộ Tài chính; - Bộ Nội vụ." in a table cell)."""
    out: list[list[Segment]] = []
    for parts in items:
        if len(parts) != 1 or len(parts[0].text) > 2000:
            out.append(parts)
            continue
        seg = parts[0]
        bounds = [0, *(m.start() for m in _INLINE_ITEM.finditer(seg.text)), len(seg.text)]
        out.extend([[seg.slice(a, b).strip()] for a, b in itertools.pairwise(bounds)])
    return out


def _ends_item(text: str) -> bool:
    return text.endswith((";", ".", "./."))


def _more_items(lines: tuple[Line, ...], j: int, stop: int) -> bool:
    while j < stop and lines[j].kind is not LineKind.TEXT:
        j += 1
    return j < stop and lines[j].text.text.startswith(("- ", "+ ", "• "))


# Scan debris at the edges of an issuer line: quotes, rules, bars, stray punctuation.
_EDGE_DEBRIS = " ,:;'\"‘’“”«»~_-—–|*•`^°"
_LAST_CHAR = re.compile(r"[ ](?P<char>[^\sA-Z0-9])$")


def _trimmed(state: _State, seg: Segment) -> Segment:
    """An issuer line without OCR debris at its edges ("«ỦY BAN NHÂN DÂN", "TỈNH X —").

    A trailing stray character that is not a capital or digit ("TỈNH QUẢNG NAM Ễ") is
    moved to the unplaced header text; a final period stays on an abbreviation ("TP.").
    """
    text = seg.text
    left = len(text) - len(text.lstrip(_EDGE_DEBRIS + "."))
    seg = seg.slice(left)
    while True:
        stripped = seg.strip(_EDGE_DEBRIS)
        if stripped.text.endswith(" ."):
            stripped = stripped.slice(0, len(stripped.text) - 1)
        last = _LAST_CHAR.search(stripped.text)
        if last and len(stripped.text.split()) >= 3:
            state.other.append(stripped.slice(last.start("char")))
            stripped = stripped.slice(0, last.start())
        if stripped.text == seg.text:
            return seg
        seg = stripped


_TITLE_TAIL = re.compile(r"(?:[ ]+[-—–_~|*•,]+)+$")
_OPENING_QUOTES = "‘'«“\""


def _trimmed_title(parts: list[Segment]) -> list[Segment]:
    """Title lines without scan debris at the ends ("... năm 2021 —", "‘Triển khai")."""
    parts = list(parts)
    tail = _TITLE_TAIL.search(parts[-1].text)
    if tail:
        parts[-1] = parts[-1].slice(0, tail.start())
    head = parts[0].text[:1]
    joined = " ".join(p.text for p in parts)
    if head and head in _OPENING_QUOTES and joined.count(head) == 1 and not any(
            q in joined for q in "’»”"):
        parts[0] = parts[0].slice(1).strip()
    return [p for p in parts if p.text]


def _repaired(seg: Segment) -> Segment:
    """An issuer line with OCR-damaged administrative words repaired (same length)."""
    text = repair_name(seg.text)
    return seg if text == seg.text else Segment(text, seg.runs)


def _printed(seg: Segment, source: str) -> Segment:
    """``seg`` with its copied characters read back from ``source`` (undoing repairs)."""
    chars = list(seg.text)
    for t, s, n in seg.runs:
        chars[t:t + n] = source[s:s + n]
    return Segment("".join(chars), seg.runs)


# Lines of a digital-signature stamp (the signing organisation's name, "Ký bởi:",
# "Cơ quan:", "Ngày ký:", "Thời gian ký:", e-mail, a time with its zone), on base letters.
_STAMP_LABEL = re.compile(
    r"(?:KY[ ]BOI|NGUOI[ ]KY|CO[ ]QUAN|TO[ ]CHUC|NGAY[ ]KY|THOI[ ]GIAN(?:[ ]KY)?|E-?[ ]?MAIL"
    r"|CHUC[ ]VU|SIGNED[ ]BY|SIGNATURE[ ]VALID)[ ]?:")
_EMAIL = re.compile(r"[A-Za-z0-9._-]{1,64}@[A-Za-z0-9-]{1,63}(?:[.][A-Za-z0-9-]{1,63}){1,5}")
_CLOCK = re.compile(r"(?<![0-9])[0-2]?[0-9]:[0-5][0-9]:[0-5][0-9](?![0-9])|[+]0?7:?00\b")


def _is_signature_stamp(text: str, base: str) -> bool:
    """Whether a header piece is text of a digital-signature stamp."""
    if len(text) > 200:
        return False
    return bool(_STAMP_LABEL.match(base) or _EMAIL.search(text) or _CLOCK.search(text))


def _note_stamp(state: _State, at: int) -> None:
    """Record a stamp piece above the header (not one beside the Quốc hiệu lines)."""
    if not any(k in state.values for k in ("national_name", "party_name", "motto")):
        state.stamps.append(at)


def _without_stamp_debris(state: _State) -> None:
    """Drop issuer lines printed above a signature stamp when the header's own follow it.

    The stamp names the signing organisation above its "Ký bởi"/e-mail/time lines
    ("VĂN PHÒNG UBND TỈNH X" / "x@y.gov.vn" / "08:15:02 +07:00"); the issuer block comes
    below the stamp. Issuer lines all above the stamp are the header's own.
    """
    if not state.stamps or not state.issuer_lines:
        return
    first, last = min(state.stamps), max(state.stamps)
    below = [s for s in state.issuer_lines if s.span.start > last]
    above = [s for s in state.issuer_lines if s.span.start < first]
    if below and above:
        state.other.extend(above)
        state.issuer_lines = [s for s in state.issuer_lines if s not in above]


def _build(state: _State, start: int, end: int) -> Header:
    values = state.values
    _without_stamp_debris(state)
    state.issuer_lines = [t for t in (_trimmed(state, seg) for seg in state.issuer_lines) if t.text]
    lines = [_repaired(seg) for seg in state.issuer_lines]
    repairs = tuple((Field.of([old]), new.text) for old, new in zip(
        state.issuer_lines, lines, strict=True) if new is not old)
    bodies = split_bodies(lines)
    if len(bodies) >= 2:
        # "ĐOÀN TNCS HỒ CHÍ MINH" beside or above "BAN CHẤP HÀNH TRUNG ƯƠNG": the
        # committee issues; the organisation line is kept as unplaced header text
        organisations = [b for b in bodies if is_organisation_line(_base(b.text))]
        if organisations and len(organisations) < len(bodies):
            state.other.extend(organisations)
            bodies = [b for b in bodies if b not in organisations]
    issuer = parent = None
    issuers = tuple(Field.of([b]) for b in bodies)
    if issuers:
        type_base = _base(values["type_name"].text) if "type_name" in values else ""
        joint = "LIEN" in type_base.split() or (
            len(bodies) >= 2 and all(_base(b.text).startswith("BO ") for b in bodies))
        if joint:
            issuer = Field("; ".join(f.text for f in issuers),
                           tuple(s for f in issuers for s in f.spans))
        else:
            issuer = issuers[-1]
            parent = issuers[-2] if len(issuers) >= 2 else None
    title = Field.of(_trimmed_title(state.title)) if state.title else None
    return Header(
        issuer=issuer,
        parent_issuer=parent,
        issuers=issuers,
        national_name=values.get("national_name"),
        motto=values.get("motto"),
        party_name=values.get("party_name"),
        number_label=values.get("number_label"),
        number=values.get("number"),
        place=values.get("place"),
        date=values.get("date"),
        type_name=values.get("type_name"),
        title=title,
        urgency=values.get("urgency"),
        secrecy=values.get("secrecy"),
        addressee_label=values.get("addressee_label"),
        addressees=tuple(Field.of(parts) for parts in state.addressees),
        other=tuple(Field.of([s]) for s in state.other if s.text),
        repairs=repairs,
        issuers_printed=tuple(Field.of([_printed(b, state.doc.folded)]) for b in bodies)
        if repairs else (),
        start_line=start,
        end_line=end,
    )
