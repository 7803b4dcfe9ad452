"""Stage 4 of the legacy-text pipeline: the closing block (signer and "Nơi nhận").

After the body, Decree 30/2020 (Phụ lục I, ô số 7 and 9b) puts the recipients
list on the left ("Nơi nhận:", items "- ...;", the last "- Lưu: VT, ...") and the
signature block on the right: the signing authority ("TM. ỦY BAN NHÂN DÂN",
"KT. CHỦ TỊCH", "TL.", "TUQ.", "Q."; Party documents write "T/M", "K/T", "T/L"),
the position ("PHÓ CHỦ TỊCH"), room for the signature and seal ("(Đã ký)" in
copies, stamp debris in OCR), and the signer's name. Conversions put the two
columns one after the other, side by side on the same lines (PDF layout, ASCII
pipe tables), or in Markdown table cells; :func:`find_closing` reads all of them.

Examples:
    >>> from vnplan.text.normalize import normalize_text
    >>> text = '''Trên đây là Kế hoạch của UBND tỉnh./.
    ... Nơi nhận:                                 TM. ỦY BAN NHÂN DÂN
    ... - Bộ Tư pháp (b/c);                        KT. CHỦ TỊCH
    ... - Các Sở, ban, ngành;                       PHÓ CHỦ TỊCH
    ... - Lưu: VT, NC.
    ...
    ...                                           Phạm Văn Thịnh'''
    >>> closing = find_closing(normalize_text(text))
    >>> signer = closing.signer
    >>> signer.authority.text, signer.position.text, signer.name.text
    ('TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Phạm Văn Thịnh')
    >>> [item.text for item in closing.recipients.items]
    ['- Bộ Tư pháp (b/c);', '- Các Sở, ban, ngành;', '- Lưu: VT, NC.']
    >>> closing.recipients.archive.text
    '- Lưu: VT, NC.'
    >>> (closing.start_line, closing.end_line)
    (1, 7)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from vnplan.authority import AuthorityKind, authority_prefix
from vnplan.doctypes import DocumentType
from vnplan.errors import VnplanError
from vnplan.text.fields import Field
from vnplan.text.issuers import starts_body
from vnplan.text.letters import LOWER, UPPER, base_letters, is_upper_text, splits_word
from vnplan.text.names import FAMILY_NAMES, is_signer_name
from vnplan.text.normalize import Cell, Line, LineKind, NormalizedText
from vnplan.text.spans import Segment

__all__ = ["Closing", "Recipients", "Signer", "find_closing"]

# A cheap pre-filter for lines that may open the block; vnplan.authority decides.
_CLOSING_HINT = re.compile(
    r"(?:Nơi|Noi|NƠI|NOI)[ ](?:nhận|nhan|NHẬN|NHAN|gửi)"
    r"|N[^\W\d_]i[ ]nh[^\W\d_]n[ ]?:|N[^\W\d_]I[ ]NH[^\W\d_]N[ ]?:"
    r"|(?:T/M|K/T|T/L|TM|KT|TL|TUQ|Q|T[.]M|K[.]T|T[.]L|Tm|Kt|Tl)(?:[.,:; -]|$)")
# The label; with a wrong tone ("Nơi nhân:", OCR) only with its colon ("Nơi nhân dân").
_RECIPIENTS = re.compile(
    r"(?:Nơi|Noi|NƠI|NOI)[ ](?:nhận|nhan|NHẬN|NHAN|gửi)[ ]?:?"
    r"|(?:N[^\W\d_]i[ ]nh[^\W\d_]n|N[^\W\d_]I[ ]NH[^\W\d_]N)[ ]?:")
_ITEM = re.compile(r"[-+•~–][ ]?")
_NOTE = re.compile(r"\((?:[^()]{0,40})\)|\[(?:[^\[\]]{0,40})\]")
_RANK = re.compile(
    r"(?:Đại|Thượng|Trung|Thiếu)[ ](?:tướng|tá|úy|uý)[ ]+"
    r"|(?:(?:PGS|GS|TS|ThS|BS|KS|CKII|CKI|Ths|Ts|Bs)[.][ ]?){1,3}[ ]*"
    r"|(?:PGS|GS|TS|ThS|BS|KS)[ ]+")
# "(Đã ký) Nguyễn Văn An", "Đã ký: Nguyễn Văn An", "[Đã ký] ..." in copies.
_SIGNED_MARK = re.compile(
    r"[(\[][ ]?(?:Đã|đã|ĐÃ)[ ](?:ký|KÝ)[^()\[\]]{0,30}[)\]][ ]*|(?:Đã|ĐÃ)[ ](?:ký|KÝ)[ ]?[:.]?[ ]+")
_TRAILING_NOTE = re.compile(r"[ ]*\([^()]{1,40}\)$")
_POSITION = re.compile(
    r"(?:Q[.][ ]?)?(?:PHO[ ])?(?:CHU[ ]TICH|CHU[ ]NHIEM|GIAM[ ]DOC|TONG[ ]GIAM[ ]DOC|BI[ ]THU"
    r"|THU[ ]TUONG|CHANH[ ][A-Z]{2,}(?:[ ][A-Z]{2,}){0,2}|[A-Z]{0,6}[ ]?TRUONG"
    r"(?:[ ](?:BAN|DOAN|PHONG))?|UY[ ]VIEN|TONG[ ]CUC[ ]TRUONG)\b")
_CONTINUATION = re.compile(
    r"(?:DAN|NHAN[ ]DAN|TINH|THANH[ ]PHO|HUYEN|XA|PHUONG|QUAN|TRUNG[ ]UONG|VIET[ ]NAM"
    r"|CHINH[ ]PHU|QUOC[ ]HOI|TOI[ ]CAO)\b")
# Where an authority line may start inside a recipients item: after "; " or ". ".
_ITEM_BREAK = re.compile(r"[;.][ ]+(?=[^;]{4,64}$)")
_ANNEX = re.compile(r"(?:PHỤ LỤC|Phụ lục|PHỤ BIỂU|Phụ biểu)\b|\[[0-9]{1,3}\]")
# OCR and typing variants of a prefix that vnplan.authority does not accept: a comma,
# colon or spaced dot after it ("KT, CHỦ TỊCH", "TM . ỦY BAN"), a dot inside it
# ("K.T", "T.M"), a lower-case letter ("Kt."). A separator is required: "KTXH" is a word.
_NOISY_PREFIX = re.compile(
    rf"(?:TM|KT|TL|TUQ|Tm|Kt|Tl|T[.]M|K[.]T|T[.]L|T/M|K/T|T/L)[.]?"
    rf"(?:[ ]{{0,2}}[.,:;-][ ]{{0,2}}|[ ]{{1,2}})(?=[{UPPER}])")
# A prefix alone on its line, the title on the next ("TM." / "ỦY BAN NHÂN DÂN TỈNH").
# Its dot is required ("TM.", "Q."), but for the slash forms: a stray "Q" or "KT" of OCR
# debris is not a prefix.
_BARE_PREFIX = re.compile(r"(?:TM|KT|TL|TUQ|Q)[ ]?[.]|(?:T/M|K/T|T/L)[ ]?[.]?")
# Longest upper-case line read as an authority or position line; a longer one is a
# title (of an appendix printed after a signature block a web copy lost).
_MAX_TITLE_LINE = 64
_WORD_START = re.compile(r"(?<![^ ])[^ ]")
# One to three title-case words of two letters or more: part of a wrapped name.
_NAME_PART = re.compile(rf"[{UPPER}][{LOWER}]{{1,7}}(?:[ ][{UPPER}][{LOWER}]{{1,7}}){{0,2}}")
#: How many lines after its start a closing block may span.
CLOSING_MAX_LINES = 60


@attrs.frozen(slots=True)
class Signer:
    """One signature block.

    Attributes:
        authority: the authority lines joined ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"),
            ``None`` when the head signs in their own name.
        position: the position line under the authority ("PHÓ CHỦ TỊCH").
        name: the signer's name, without rank ("Thượng tướng" goes to ``notes``).
        notes: everything else in the block: "(Đã ký)", rank, the substantive title
            printed under the name, seal and stamp debris.
    """

    authority: Field | None = None
    position: Field | None = None
    name: Field | None = None
    notes: tuple[Field, ...] = ()


@attrs.frozen(slots=True)
class Recipients:
    """The "Nơi nhận:" list.

    Attributes:
        label: the "Nơi nhận:" label.
        items: one field per item ("- Như trên;"), wrapped lines joined.
    """

    label: Field
    items: tuple[Field, ...] = ()

    @property
    def archive(self) -> Field | None:
        """The "- Lưu: VT, ..." item (file copy), normally the last one."""
        for item in reversed(self.items):
            if re.match(r"[-+•~–]?[ ]?Lưu\b", item.text):
                return item
        return None


@attrs.frozen(slots=True)
class Closing:
    """The closing block: signers and recipients.

    Attributes:
        signers: every signature block, first the document's own (joint documents
            carry several).
        recipients: the "Nơi nhận" list, if printed.
        other: text inside the block that is neither (OCR debris, notes).
        start_line: number of the block's first line.
        end_line: number of the first line after it (appendices, footnotes follow).
    """

    signers: tuple[Signer, ...] = ()
    recipients: Recipients | None = None
    other: tuple[Field, ...] = ()
    start_line: int = 0
    end_line: int = 0

    @property
    def signer(self) -> Signer | None:
        """The first signature block, or ``None``."""
        return self.signers[0] if self.signers else None

    def fields(self) -> Iterator[tuple[str, Field]]:
        """Every field of the block as ``(name, field)`` pairs."""
        for signer in self.signers:
            for name in ("authority", "position", "name"):
                value = getattr(signer, name)
                if value is not None:
                    yield f"signer.{name}", value
            for note in signer.notes:
                yield "signer.notes", note
        if self.recipients is not None:
            yield "recipients.label", self.recipients.label
            for item in self.recipients.items:
                yield "recipients.items", item
        for item in self.other:
            yield "other", item


def find_closing(
    doc: NormalizedText, start: int = 0, stop: int | None = None
) -> Closing | None:
    """Stage 4: the first closing block at or after line ``start``, or ``None``.

    The block starts at the first "Nơi nhận:" label or signing-authority line
    ("TM. ...", "KT. ...", "T/M ...") and ends after the signer's name and the
    last recipient.
    """
    lines = doc.lines
    stop = len(lines) if stop is None else min(stop, len(lines))
    for i in range(start, stop):
        line = lines[i]
        if line.kind is not LineKind.TEXT or len(line.text.text) > 400:
            continue
        if not _CLOSING_HINT.search(line.text.text):
            continue
        for cell in line.cells():
            text = cell.text.text
            if (_RECIPIENTS.match(text) and len(text) <= 120) or _is_authority(text):
                return _read(doc, i, stop)
            if _BARE_PREFIX.fullmatch(text) and _upper_follows(lines, i, stop):
                return _read(doc, i, stop)
    # No "Nơi nhận" and no authority prefix: a head signing in their own name
    # ("CHỦ TỊCH" / name) still closes the document.
    for i in range(start, stop):
        if _is_position_then_name(lines, i, stop):
            return _read(doc, i, stop)
    return None


def _upper_follows(lines: tuple[Line, ...], i: int, stop: int) -> bool:
    """Whether the next text line after line ``i`` is a short upper-case line."""
    for j in range(i + 1, min(stop, i + 3)):
        nxt = lines[j]
        if nxt.kind is LineKind.TEXT:
            text = nxt.text.text
            return len(text) <= _MAX_TITLE_LINE and is_upper_text(text)
    return False


def _is_position_then_name(lines: tuple[Line, ...], i: int, stop: int) -> bool:
    line = lines[i]
    text = line.text.text
    if line.kind is not LineKind.TEXT or len(text) > 60 or not is_upper_text(text):
        return False
    # "PHÓ CHỦ TỊCH UBND HUYỆN": a position may name its body.
    if not _is_position_line(text):
        return False
    seen = 0
    for j in range(i + 1, min(stop, i + 12)):
        nxt = lines[j]
        if nxt.kind is not LineKind.TEXT:
            continue
        seen += 1
        if _name(nxt.text.text) is not None:
            return True
        if seen > 2:
            return False
    return False


def _prefix_end(text: str) -> int | None:
    """Where the title starts after a signing-authority prefix, or ``None``.

    :func:`vnplan.authority.authority_prefix` decides, with OCR and typing variants
    ("KT, CHỦ TỊCH", "TM . ỦY BAN", "K.T GIÁM ĐỐC") as a fallback.
    """
    found = authority_prefix(text)
    if found is not None:
        return found[1]
    noisy = _NOISY_PREFIX.match(text)
    return noisy.end() if noisy else None


def _is_authority(text: str) -> bool:
    """Whether ``text`` is an authority line, possibly with the block's other lines and
    the name joined to it ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A")."""
    end = _prefix_end(text)
    if end is None:
        return False
    if len(text) <= 80 and is_upper_text(text[end:]):
        return True
    return _trailing_name(text) is not None


def _prefixed(text: str) -> bool:
    """Whether ``text`` starts with a signing-authority prefix, or is one alone ("TM.")."""
    return _prefix_end(text) is not None or bool(_BARE_PREFIX.fullmatch(text))


@attrs.define
class _Block:
    column: int
    upper: list[Segment] = attrs.Factory(list)
    name: Segment | None = None
    notes: list[Segment] = attrs.Factory(list)
    blank_after_name: bool = False
    #: the first line of a name wrapped over two lines ("Nguyễn" / "Văn An")
    pending: Segment | None = None

    def build(self) -> Signer:
        if self.pending is not None:
            self.notes.append(self.pending)
        self.upper = _join_wrapped(self.upper)
        authority, position, debris = _split_authority(self.upper)
        if position is None and authority:
            inline = _split_position(authority[-1])
            if inline is not None:
                authority = [*authority[:-1], inline[0]]
                position = inline[1]
        first = next((k for k, s in enumerate(self.upper) if _prefixed(s.text)), 0)
        self.notes[:0] = self.upper[:first] + debris
        return Signer(
            authority=Field.of(authority) if authority else None,
            position=Field.of([position]) if position else None,
            name=Field.of([self.name]) if self.name else None,
            notes=tuple(Field.of([n]) for n in self.notes),
        )


# Words that cannot end a title: a line ending in one was wrapped ("PHÓ CHỦ" / "TỊCH").
_OPEN_ENDINGS = frozenset({"PHÓ", "CHỦ", "GIÁM", "BÍ", "ỦY", "UỶ", "CHÁNH", "THỦ", "TỔNG",
                           "THƯỜNG", "CHẤP", "NHÂN"})


def _join_wrapped(lines: list[Segment]) -> list[Segment]:
    """Join upper-case lines a narrow table cell wrapped ("KT. CHỦ" / "TỊCH")."""
    out: list[Segment] = []
    for line in lines:
        words = out[-1].text.split() if out else []
        if words and words[-1].upper() in _OPEN_ENDINGS and not _prefixed(line.text) \
                and not _BARE_PREFIX.fullmatch(out[-1].text):
            out[-1] = Segment.join([out[-1], line])
        else:
            out.append(line)
    return out


def _base(text: str) -> str:
    return " ".join(base_letters(text).upper().split())


def _split_authority(
    lines: list[Segment],
) -> tuple[list[Segment], Segment | None, list[Segment]]:
    """Authority lines, the position line and what follows it (stamp debris).

    The authority is the prefixed lines and their wrapped continuations ("TM. ỦY BAN" /
    "NHÂN DÂN", "TM." / "ỦY BAN NHÂN DÂN TỈNH", "KT. BỘ TRƯỞNG" / "BỘ CÔNG AN"); the
    position is the next line. A line that does not read as a position while a later
    one does ("TM. BAN CHẤP HÀNH" / "ĐOÀN THANH NIÊN" / "BÍ THƯ") still belongs to the
    authority. Upper-case lines after the position are seal and stamp debris.
    """
    if not lines:
        return [], None, []
    first = next((k for k, s in enumerate(lines) if _prefixed(s.text)), None)
    if first is None:
        # A head signing in their own name: no authority (it needs a prefix); the
        # position is the first line that reads as one, else the first line.
        at = next((k for k, s in enumerate(lines) if _is_position(s.text)), 0)
        return [], lines[at], lines[:at] + lines[at + 1:]
    lines = lines[first:]
    k = 1
    while k < len(lines):
        prev, line = lines[k - 1], lines[k]
        if _prefixed(line.text) or _BARE_PREFIX.fullmatch(prev.text) or _continues(prev, line):
            k += 1
            continue
        if not _is_position(line.text) and any(_is_position(s.text) for s in lines[k + 1:]):
            k += 1
            continue
        break
    if k >= len(lines):
        return lines, None, []
    if not _is_position(lines[k].text) and _table_title(lines[k].text):
        return lines[:k], None, lines[k:]  # "CÁC CHỈ TIÊU ...": an appendix, no position
    return lines[:k], lines[k], lines[k + 1:]


# Upper-case titles of appendix tables printed after a signature block that lost its
# name: a position is a title of a few words, never a list heading or a dated title.
_TABLE_TITLE = re.compile(
    r"(?:CAC|DANH[ ]MUC|DANH[ ]SACH|BANG|BIEU|TONG[ ]HOP|KET[ ]QUA|PHU[ ]LUC|PHU[ ]BIEU"
    r"|CHI[ ]TIEU|MUC[ ]TIEU|NOI[ ]DUNG|STT|KE[ ]HOACH|DU[ ]TOAN|THONG[ ]KE)\b")


def _table_title(text: str) -> bool:
    """Whether an upper-case line is a table or appendix title, not a position."""
    base = _base(text)
    return bool(_TABLE_TITLE.match(base)) or len(base.split()) > 8 or bool(
        re.search(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])", base))


def _split_position(seg: Segment) -> tuple[Segment, Segment] | None:
    """Cut a position off the end of an authority line ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH").

    Web copies join the lines of a signature block. The cut leaves the last prefix a
    whole title (a position, or a body name of two words or more: "ỦY BAN NHÂN DÂN")
    and puts a whole position after it ("PHÓ CHỦ TỊCH", "THỨ TRƯỞNG"); "T/M BAN BÍ
    THƯ" and "TM. BAN CHẤP HÀNH ĐOÀN TRƯỜNG" are not cut.
    """
    text = seg.text
    starts = [m.start() for m in _WORD_START.finditer(text)]
    title_at = None
    for at in starts:
        end = _prefix_end(text[at:])
        if end is not None:
            title_at = at + end
    if title_at is None:
        return None
    cuts = [at for at in starts if at > title_at]
    for cut in cuts:
        title, position = text[title_at:cut].strip(), text[cut:].strip()
        if "TRƯỜNG" in position or not _POSITION.fullmatch(_base(position)):
            continue
        if _POSITION.fullmatch(_base(title)) or (len(title.split()) >= 2 and starts_body(title)):
            return seg.slice(0, cut).strip(), seg.slice(cut).strip()
    return None


def _is_position(text: str) -> bool:
    """Whether an upper-case line starts with a position title ("PHÓ CHỦ TỊCH ...")."""
    return bool(_POSITION.match(_base(text)))


def _is_part_title(text: str) -> bool:
    """Whether ``text`` is a type name alone ("QUY ĐỊNH", "PHỤ LỤC"): an appendix starts."""
    if _ANNEX.match(text):
        return True
    try:
        DocumentType.from_name(text)
    except VnplanError:
        return False
    return True


def _continues(prev: Segment, line: Segment) -> bool:
    if prev.text.rstrip().endswith((",", "-")):
        return True
    base = _base(line.text)
    if _POSITION.match(base):
        return False
    return bool(_CONTINUATION.match(base)) or starts_body(line.text)


def _name(text: str) -> tuple[int, int] | None:
    """Where the name is in a name line: ``(start, end)``, or ``None`` if it is not one.

    A signed mark, rank or title before the name ("(Đã ký)", "Thượng tướng", "TS.")
    and a note after it ("(đã ký)") are left out.
    """
    signed = _SIGNED_MARK.match(text)
    start = signed.end() if signed else 0
    rank = _RANK.match(text, start)
    start = rank.end() if rank else start
    end = len(text.rstrip(" .,;:/"))  # "Nguyễn Văn An." and "/." of a copy
    note = _TRAILING_NOTE.search(text[:end], start)
    if note:
        end = len(text[:note.start()].rstrip(" .,;:/"))
    if is_signer_name(text[start:end]):
        return start, end
    return None


@attrs.define
class _Reader:
    doc: NormalizedText
    blocks: list[_Block] = attrs.Factory(list)
    label: Segment | None = None
    items: list[list[Segment]] = attrs.Factory(list)
    other: list[Segment] = attrs.Factory(list)
    recipients_closed: bool = False
    #: the block whose name the current line set, and the one the previous line set
    named_now: _Block | None = None
    named_before: _Block | None = None

    def block_for(self, column: int) -> _Block:
        if not self.blocks:
            self.blocks.append(_Block(column))
        row = [b for b in self.blocks if b.name is None] or self.blocks[-1:]
        return min(row, key=lambda b: abs(b.column - column))

    def open_item(self) -> bool:
        return bool(self.items) and not _ended(self.items[-1][-1].text)

    def complete(self) -> bool:
        return bool(self.blocks) and all(b.name is not None for b in self.blocks)


def _ended(text: str) -> bool:
    return text.rstrip().endswith((";", "."))


def _read(doc: NormalizedText, start: int, stop: int) -> Closing:
    lines = doc.lines
    reader = _Reader(doc)
    end = start
    blank_since = False
    i = start
    limit = min(stop, start + CLOSING_MAX_LINES)
    while i < limit:
        line = lines[i]
        if line.kind is not LineKind.TEXT:
            if line.kind is LineKind.BLANK or line.form_feed:
                blank_since = True
                for block in reader.blocks:
                    if block.name is not None:
                        block.blank_after_name = True
            i += 1
            continue
        if line.form_feed:
            blank_since = True
        if not _take_line(reader, line, blank_since):
            break
        blank_since = False
        end = i + 1
        i += 1
    return _build(reader, start, end)


def _take_line(reader: _Reader, line: Line, blank_since: bool) -> bool:
    """Take the cells of one line into the block; ``False`` when the block has ended."""
    reader.named_before, reader.named_now = reader.named_now, None
    cells = [Cell(seg, column) for seg, column in _split_items(line.cells())]
    if _block_ended(reader, cells, blank_since):
        return False
    left: list[Segment] = []
    taken_any = False
    for k, cell in enumerate(cells):
        if k == 0 and _continues_item(reader, cell.text.text):
            reader.items[-1].append(cell.text)
            taken_any = True
            continue
        if _take_cell(reader, cell.text, cell.column):
            taken_any = True
        else:
            left.append(cell.text)
    if taken_any:
        reader.other.extend(left)
    return taken_any


def _block_ended(reader: _Reader, cells: list[Cell], blank_since: bool) -> bool:
    """Whether the line made of ``cells`` lies after the end of the closing block."""
    first = cells[0].text.text if cells else ""
    if _ANNEX.match(first) and (reader.complete() or blank_since):
        return True
    if not reader.complete() or not (blank_since or reader.recipients_closed or not reader.items):
        return False
    # After the signers' names only these may follow: a late "Nơi nhận" list, its items,
    # another row of signature blocks, or a title printed right under the name.
    if reader.label is None and _RECIPIENTS.match(first):
        return False
    if any(_is_authority(c.text.text) for c in cells):
        return False
    if reader.label is not None and not reader.recipients_closed and (
        _ITEM.match(first) or reader.open_item()
    ):
        return False
    named = reader.named_before
    if named is not None and named.name is not None and not blank_since and len(cells) == 1 \
            and _NAME_PART.fullmatch(first) and is_signer_name(f"{named.name.text} {first}"):
        return False  # "Nguyễn Thị" / "Thanh Hương": a name wrapped by a narrow cell
    title_under_name = (not blank_since and len(cells) == 1 and is_upper_text(first)
                        and any(not b.blank_after_name for b in reader.blocks))
    return not title_under_name


def _continues_item(reader: _Reader, text: str) -> bool:
    """Whether the first cell of a line continues an unfinished recipients item."""
    if not reader.open_item() or reader.recipients_closed or _ITEM.match(text):
        return False
    if _RECIPIENTS.match(text) or _is_authority(text) or _name(text) is not None:
        return False
    last = reader.items[-1][0].text
    return not re.match(r"[-+•~–]?[ ]?Lưu\b", last)


def _split_items(cells: tuple[Cell, ...]) -> list[tuple[Segment, int]]:
    """Cut the signature column off the end of a recipients item.

    PDF and OCR text that lost the gap between the two columns puts the authority,
    position or name at the end of an item: "- Chính phủ; TM. ỦY BAN NHÂN DÂN",
    "- Như trên; PHÓ CHỦ TỊCH", "- Lưu: VT. Nguyễn Văn An".
    """
    out: list[tuple[Segment, int]] = []
    for cell in cells:
        seg = cell.text
        cut = _embedded_signer_part(seg.text) if _ITEM.match(seg.text) else None
        if cut is not None:
            out.append((seg.slice(0, cut).strip(), cell.column))
            seg = seg.slice(cut).strip()
            column = cell.column + cut
        else:
            column = cell.column
        named = _trailing_name(seg.text)
        if named is not None:
            out.append((seg.slice(0, named).strip(), column))
            out.append((seg.slice(named).strip(), column + named))
        else:
            out.append((seg, column))
    return out


def _trailing_name(text: str) -> int | None:
    """Where a name starts at the end of an authority line joined with it, or ``None``.

    "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An": the upper-case block, then a name in
    title case (a web copy that joined the lines of the signature block).
    """
    if _prefix_end(text) is None or len(text) > 160:
        return None
    starts = [m.start() for m in _WORD_START.finditer(text)]
    for at in starts[-5:-1]:
        if is_signer_name(text[at:]) and not is_upper_text(text[at:]) \
                and is_upper_text(text[:at]):
            return at
    return None


def _embedded_signer_part(text: str) -> int | None:
    """Where a signature-block line starts at the end of an item, or ``None``.

    After "; " or ". ": an authority line ("TM. ỦY BAN"; not "Q.", which abbreviates
    "quận"), a position in capitals ("PHÓ CHỦ TỊCH", "GIÁM ĐỐC SỞ Y TẾ") or a name.
    """
    for match in _ITEM_BREAK.finditer(text):
        tail = text[match.end():].rstrip()
        found = authority_prefix(tail)
        if found is not None:
            if found[0] is not AuthorityKind.ACTING and (
                    is_upper_text(tail) or _trailing_name(tail) is not None):
                return match.end()
            continue
        if is_upper_text(tail) and _is_position_line(tail):
            return match.end()
        if _name(tail) is not None and not is_upper_text(tail):
            return match.end()
    return None


def _is_position_line(text: str) -> bool:
    """A whole position line: a title, optionally naming its body ("PHÓ CHỦ TỊCH UBND HUYỆN")."""
    position = _POSITION.match(_base(text))
    if position is None:
        return False
    rest = text[position.end():].strip()
    return not rest or starts_body(rest)


def _take_cell(reader: _Reader, seg: Segment, column: int) -> bool:
    text = seg.text
    label = _RECIPIENTS.match(text)
    if label and reader.label is None and not splits_word(text, label.end()):
        reader.label = seg.slice(0, label.end()).strip()
        rest = seg.slice(label.end()).strip()
        if rest.text:
            if _ITEM.match(rest.text):
                reader.items.append([rest])
            elif not (_is_authority(rest.text) and _take_cell(reader, rest, column + label.end())):
                # "Nơi nhận: KT. CHỦ TỊCH": the signature column without its gap
                reader.other.append(rest)
        return True
    if _ITEM.match(text) and reader.label is not None and not reader.recipients_closed:
        reader.items.append([seg])
        if re.match(r"[-+•~–]?[ ]?Lưu\b", text) and _ended(text):
            reader.recipients_closed = True
        return True
    if _is_authority(text) or _BARE_PREFIX.fullmatch(text):
        block = _new_or_open_block(reader, column, text)
        block.upper.append(seg)
        return True
    if _take_name_part(reader, seg, column):
        return True
    name = _name(text)
    if name is not None and reader.blocks and (
        any(b.name is None for b in reader.blocks)
    ):
        block = reader.block_for(column)
        if block.name is None and _name_fits(block, text[name[0]:name[1]]):
            start, end = name
            if start:
                block.notes.append(seg.slice(0, start).strip())
            block.name = seg.slice(start, end).strip()
            reader.named_now = block
            if end < len(text):
                block.notes.append(seg.slice(end).strip())
            return True
    if name is not None and not reader.blocks and reader.label is not None and reader.items \
            and not reader.open_item() and (reader.recipients_closed or not is_upper_text(text)):
        # the signer's name alone after "- Lưu: VT, ..." (authority and position lost in
        # OCR, or a head signing without them): a block with the name only
        block = _new_or_open_block(reader, column)
        start, end = name
        if start:
            block.notes.append(seg.slice(0, start).strip())
        block.name = seg.slice(start, end).strip()
        if end < len(text):
            block.notes.append(seg.slice(end).strip())
        return True
    if is_upper_text(text) and len(text) <= _MAX_TITLE_LINE and not _is_part_title(text):
        block = reader.block_for(column) if reader.blocks else _new_or_open_block(reader, column)
        if block.name is None:
            block.upper.append(seg)
        else:
            block.notes.append(seg)
        return True
    if reader.label is not None and not reader.recipients_closed and (
        reader.open_item() or not reader.items or _ended(text)
    ):
        if reader.items and reader.open_item():
            reader.items[-1].append(seg)
        else:
            reader.items.append([seg])
        return True
    if reader.blocks and (_NOTE.fullmatch(text) or len(text) <= 14):
        reader.block_for(column).notes.append(seg)
        return True
    if not reader.blocks and reader.label is None:
        return False
    if reader.complete():
        return False
    reader.other.append(seg)
    return True


def _take_name_part(reader: _Reader, seg: Segment, column: int) -> bool:
    """A name wrapped over two lines by a narrow cell ("Nguyễn" / "Văn An").

    A title-case line of one to three words after the position that is not a name by
    itself waits for the next line; the two together must be a name. A name already
    read ("Nguyễn Thị") takes a following line right under it ("Thanh Hương") when
    together they are still a name.
    """
    text = seg.text
    if not reader.blocks or not _NAME_PART.fullmatch(text):
        return False
    block = reader.block_for(column)
    if block.name is not None:
        if block.blank_after_name or reader.named_before is not block:
            return False
        joined = Segment.join([block.name, seg])
        if is_signer_name(joined.text):
            block.name = joined
            return True
        return False
    if block.pending is not None:
        joined = Segment.join([block.pending, seg])
        if is_signer_name(joined.text) and _name_fits(block, joined.text):
            block.name, block.pending = joined, None
            reader.named_now = block
            return True
        block.notes.append(block.pending)
        block.pending = None
    if _name(text) is None and block.upper and not _prefixed(block.upper[-1].text) \
            and text.split()[0].upper() in FAMILY_NAMES:
        block.pending = seg
        return True
    return False


def _name_fits(block: _Block, name: str) -> bool:
    """Whether ``block`` can take ``name`` now.

    A name in capitals ("NGUYỄN VĂN AN") reads like the agency line wrapped under an
    authority ("TM. BAN CHẤP HÀNH" / "ĐOÀN THANH NIÊN"), so it needs a position line
    (an upper-case line that is not an authority line) above it, or three words.
    """
    if not is_upper_text(name):
        return True
    if not block.upper:
        return False
    if not _prefixed(block.upper[-1].text):
        return True
    # Right under the authority ("T/M BAN BÍ THƯ" / "TRẦN CẨM TÚ", no position line):
    # three words or more, not opening with "ĐOÀN" (a family name and a body word).
    words = name.split()
    return len(words) >= 3 and words[0] != "ĐOÀN"


def _new_or_open_block(reader: _Reader, column: int, text: str = "") -> _Block:
    """The block an authority line belongs to: an open one near its column, or a new one."""
    own = authority_prefix(text)
    for block in reader.blocks:
        if block.name is None and abs(block.column - column) <= 12:
            return block
    # "TM. ỦY BAN NHÂN DÂN" then "KT. CHỦ TỊCH" in cells of one line (Markdown <br>) or
    # in a cell that starts on a line of the recipients column: a different prefix under
    # an authority line (and its wrapped continuations) continues the same block.
    for block in reversed(reader.blocks):
        if block.name is None and block.upper:
            lines = _join_wrapped(block.upper)
            at = max((k for k, s in enumerate(lines) if _prefix_end(s.text) is not None),
                     default=None)
            if at is not None and all(_continues(lines[k - 1], lines[k])
                                      for k in range(at + 1, len(lines))):
                last = authority_prefix(lines[at].text)
                if last is None or own is None or last[0] is not own[0]:
                    return block
            break
    block = _Block(column)
    reader.blocks.append(block)
    return block


def _build(reader: _Reader, start: int, end: int) -> Closing:
    recipients = None
    if reader.label is not None:
        recipients = Recipients(Field.of([reader.label]),
                                tuple(Field.of(parts) for parts in reader.items))
    other = list(reader.other)
    if reader.label is None:
        other.extend(s for parts in reader.items for s in parts)
    signers = tuple(b.build() for b in reader.blocks if b.upper or b.name)
    for block in reader.blocks:
        if not (block.upper or block.name):
            other.extend(block.notes)
    return Closing(signers, recipients, tuple(Field.of([s]) for s in other), start, end)
