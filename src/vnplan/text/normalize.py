"""Stage 1 of the legacy-text pipeline: from raw text to clean lines and paragraphs.

Legacy documents arrive as DOCX or DOC conversions, web pages saved as Markdown,
PDF text layers (``pdftotext -layout``) and raw OCR. :func:`normalize_text`
turns any of them into :class:`Line` records:

- Unicode NFC plus :func:`vnplan.chars.fold_lookalikes` ("Ð" → "Đ", Cyrillic
  homoglyphs, typographic dashes); zero-width spaces, joiners and byte-order marks
  read as spaces; spans point into the NFC form of the input;
- Markdown emphasis markers (``**``, ``*``, ``_``) and table pipes removed from the
  line text, tabs and form feeds read as spaces; a lone carriage return, a vertical tab
  (Word's manual line break), NEL and U+2028/U+2029 end a line;
- layout noise recognised and set aside as whole lines: rule lines (``-----``,
  ``____``, ``*``), table borders, page numbers (beside a form feed, or alone
  between blank lines in page order) and web-page chrome ("Tìm kiếm",
  "Ngày cập nhật …", "Lượt truy cập: …");
- a line keeps its raw layout so later stages can split PDF columns
  (:meth:`Line.cells`).

:func:`paragraphs` re-joins hard-wrapped lines: a line that does not end a
sentence and a next line that does not start a heading, label or bullet belong
to the same paragraph. Every paragraph knows its source span.

Input longer than :data:`MAX_INPUT_CHARS` characters is refused with
:class:`vnplan.errors.InputTooLarge`.

Examples:
    >>> doc = normalize_text(
    ...     "**KẾ HOẠCH**\\nTriển khai thực hiện Chỉ thị\\nsố 11-CT/TU\\n\\f  2\\n")
    >>> [line.text.text for line in doc.lines]
    ['KẾ HOẠCH', 'Triển khai thực hiện Chỉ thị', 'số 11-CT/TU', '2', '']
    >>> [line.kind.value for line in doc.lines]
    ['text', 'text', 'text', 'page-number', 'blank']
    >>> [p.text for p in paragraphs(doc.lines)]
    ['KẾ HOẠCH', 'Triển khai thực hiện Chỉ thị số 11-CT/TU']
    >>> doc.source[paragraphs(doc.lines)[1].span.start:][:9]
    'Triển kha'
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Sequence

import attrs

from vnplan.chars import fold_lookalikes, to_nfc
from vnplan.errors import InputTooLarge
from vnplan.text.furniture import is_chrome
from vnplan.text.letters import LETTERS, LOWER, UPPER, base_letters, starts_lower
from vnplan.text.spans import Segment, Span
from vnplan.text.unflatten import unflatten_lines

__all__ = [
    "MAX_INPUT_CHARS",
    "Cell",
    "Line",
    "LineKind",
    "NormalizedText",
    "Paragraph",
    "normalize_text",
    "paragraphs",
    "starts_block",
]

#: Largest input, in characters, that the text pipeline accepts (about 2,000 pages).
MAX_INPUT_CHARS = 5_000_000


class LineKind(enum.StrEnum):
    """What a line of the input is."""

    TEXT = "text"
    BLANK = "blank"
    #: a rule drawn with characters: ``-------``, ``______``, ``*`` (Party header star)
    RULE = "rule"
    #: a table border or a line of empty table cells: ``|``, ``|---|---|``
    TABLE_BORDER = "table-border"
    PAGE_NUMBER = "page-number"
    #: a running head or foot: the same short line at a page break on several pages
    RUNNING_HEAD = "running-head"
    #: web-page furniture around the document ("Tìm kiếm", "Lượt truy cập: 5.195")
    CHROME = "chrome"


#: Line kinds that carry no words of the document.
NOISE_KINDS = frozenset({LineKind.RULE, LineKind.TABLE_BORDER, LineKind.PAGE_NUMBER,
                         LineKind.RUNNING_HEAD, LineKind.CHROME})


@attrs.frozen(slots=True)
class Cell:
    """A piece of a line between column gaps, pipes or tabs.

    Attributes:
        text: the cell's text, whitespace collapsed.
        column: display column of the cell's first character in the raw line.
    """

    text: Segment
    column: int


@attrs.frozen(slots=True)
class Line:
    """One line of the input after clean-up.

    Attributes:
        number: 0-based index of the line in :attr:`NormalizedText.lines` (the input line,
            or a virtual line of a flattened one, :mod:`vnplan.text.unflatten`).
        kind: what the line is (:class:`LineKind`).
        text: the line's words, markup removed and whitespace collapsed.
        raw: the line with markup removed but spacing (columns) kept.
        indent: number of leading spaces of the raw line.
        span: source span of the whole line (without its newline).
        emphasis_open: the line ends inside a Markdown emphasis that continues.
        emphasis_whole: the whole line is one closed Markdown emphasis (``**I. MỤC TIÊU**``).
        form_feed: the line contained a form feed (a PDF page break).
        en_dash: the line starts with an en or em dash in the source ("– Thương binh"),
            which in hard-wrapped text is more often a wrapped name than a bullet.
    """

    number: int
    kind: LineKind
    text: Segment
    raw: Segment
    indent: int
    span: Span
    emphasis_open: bool = False
    emphasis_whole: bool = False
    form_feed: bool = False
    en_dash: bool = False

    @property
    def is_noise(self) -> bool:
        """Whether the line is layout noise (rules, borders, page numbers, chrome)."""
        return self.kind in NOISE_KINDS

    def cells(self) -> tuple[Cell, ...]:
        """Split the raw line at column gaps (3+ spaces), tabs and table pipes.

        Gaps inside a blank template are not column breaks: ``"Số:      /KH-UBND"``
        and ``"ngày      tháng      năm 2026"`` stay one cell.

        Examples:
            >>> text = "  SỞ CÔNG THƯƠNG      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
            >>> [(c.text.text, c.column) for c in normalize_text(text).lines[0].cells()]
            [('SỞ CÔNG THƯƠNG', 2), ('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 22)]
        """
        raw = self.raw
        pieces: list[tuple[int, int]] = []
        pos = 0
        for match in _CELL_GAP.finditer(raw.text):
            if match.start() > pos:
                pieces.append((pos, match.start()))
            pos = match.end()
        if pos < len(raw.text):
            pieces.append((pos, len(raw.text)))
        merged: list[tuple[int, int]] = []
        for start, end in pieces:
            between = raw.text[merged[-1][1]:start] if merged else ""
            if merged and "|" not in between and _joins_template(
                    raw.text[merged[-1][0]:merged[-1][1]], raw.text[start:end]):
                merged[-1] = (merged[-1][0], end)
            else:
                merged.append((start, end))
        cells = []
        for start, end in merged:
            text = _collapse(raw.slice(start, end))
            if text.text:
                piece = raw.text[start:end]
                cells.append(Cell(text, start + len(piece) - len(piece.lstrip())))
        return tuple(cells)


@attrs.frozen(slots=True)
class Paragraph:
    """Consecutive lines joined into one paragraph.

    Attributes:
        segment: the paragraph text with its source map.
        first_line: number of the paragraph's first line.
        last_line: number of its last line.
    """

    segment: Segment
    first_line: int
    last_line: int

    @property
    def text(self) -> str:
        """The paragraph text: its lines joined by single spaces."""
        return self.segment.text

    @property
    def span(self) -> Span:
        """Source span of the paragraph."""
        return self.segment.span


@attrs.frozen(slots=True)
class NormalizedText:
    """The input after stage 1.

    Attributes:
        source: the input in NFC; every span of the pipeline points into it.
        folded: ``source`` with look-alikes folded (same length as ``source``).
        lines: one :class:`Line` per input line.
        wrapped: the input is hard-wrapped (no line much longer than a printed line),
            as in PDF text layers and saved web pages; one-paragraph-per-line text
            (DOCX conversions) is not.
    """

    source: str
    folded: str
    lines: tuple[Line, ...]
    wrapped: bool

    def noise_spans(self) -> list[Span]:
        """Source spans of the lines set aside as layout noise."""
        return [line.span for line in self.lines if line.is_noise]

    def paragraphs(self, start: int = 0, stop: int | None = None) -> list[Paragraph]:
        """Paragraphs of lines ``start`` to ``stop`` (see :func:`paragraphs`)."""
        return paragraphs(self.lines[start:stop], wrapped=self.wrapped)


# ---------------------------------------------------------------------------------
# Line clean-up

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u180e]")
_LINE_BREAK = re.compile("\r(?!\n)|[\x0b\x85\u2028\u2029]")
_SPECIAL = re.compile(r"[*_<&|\t\f\r\\#]")
_CELL_GAP = re.compile(r"[ ]{3,}|[\t|][ \t|]*")
# Emphasis markers open after a space (or an opening bracket or quote) and close before
# a space or punctuation; a "*" or "_" between two letters (OCR, identifiers) is text.
_OPEN = r"(?<![^\s(\[{\"“‘'|>])"
_CLOSE = r"(?=[\s)\]}:;,.!?\"”’'|<&]|$)"
_MARKUP = re.compile(
    rf"<[Bb][Rr][ ]?/?>|&nbsp;"
    rf"|\\[*_#|\[\]().!+`>~-]"          # Markdown escape: the backslash goes, the mark stays
    rf"|^[ ]{{0,3}}#{{1,6}}[ ]+"               # Markdown heading marker
    rf"|{_OPEN}\*+|\*+{_CLOSE}"
    rf"|{_OPEN}_{{1,2}}(?!_)|(?<!_)_{{1,2}}{_CLOSE}")
_BULLET_STAR = re.compile(r"[ ]*\*[ ]+(?=[^\s*])")
_SPACE_RUN = re.compile(r"[\s|]{2,}|[\t\f\r|]")
_RULE = re.compile(r"[ ]*(?:[-=_~.·•*+][ ]*){2,}|[ ]*[*-][ ]*")
_BORDER = re.compile(r"[ ]*\|[ |:+=-]*")
_BARE_NUMBER = re.compile(r"(?:-[ ]?)?(?P<n>[0-9]{1,3})(?:[ ]?-)?|[Tt]rang[ ]+(?P<t>[0-9]{1,3})"
                          r"(?:[ ]?/[ ]?[0-9]{1,3})?")
def normalize_text(text: str) -> NormalizedText:
    """Stage 1: compose, fold look-alikes, clean every line and classify it.

    Raises:
        InputTooLarge: ``text`` is longer than :data:`MAX_INPUT_CHARS` characters.
    """
    if len(text) > MAX_INPUT_CHARS:
        raise InputTooLarge("text", len(text), MAX_INPUT_CHARS)
    source = to_nfc(text)
    folded = fold_lookalikes(source)
    if _ZERO_WIDTH.search(folded):
        # zero-width spaces and joiners and byte-order marks of saved web pages hide
        # between words ("Số:\u200b", "\ufeffỦY BAN"): read as spaces, one for one
        folded = _ZERO_WIDTH.sub(" ", folded)
    if _LINE_BREAK.search(folded):
        # a lone CR (old Mac files), Word's vertical tab for a manual line break, NEL and
        # the Unicode line and paragraph separators end lines as "\n" does (one for one)
        folded = _LINE_BREAK.sub("\n", folded)
    lines: list[Line] = []
    bold = italic = False
    pos = 0
    for number, raw_line in enumerate(folded.split("\n")):
        line, bold, italic = _clean_line(number, raw_line, pos, bold, italic)
        if line.text.text[:1] == "-":
            first = line.text.source_offset(0)
            if source[first:first + 1] in "–—":
                line = attrs.evolve(line, en_dash=True)
        lines.append(line)
        pos += len(raw_line) + 1
    # a header or a whole document on one line (scraped pages): split at its cues
    lines = unflatten_lines(lines, lambda raw, txt: _classify(raw, txt, raw.strip(" \t")))
    _mark_page_numbers(lines)
    _mark_running_heads(lines)
    long_lines = sum(1 for line in lines if len(line.text.text) > 130)
    text_lines = sum(1 for line in lines if line.kind is LineKind.TEXT)
    wrapped = long_lines <= max(1, text_lines // 25)
    return NormalizedText(source, folded, tuple(lines), wrapped)


def _clean_line(
    number: int, raw_line: str, start: int, bold: bool, italic: bool
) -> tuple[Line, bool, bool]:
    span = Span(start, start + len(raw_line))
    if not _SPECIAL.search(raw_line):  # fast path: plain text, nothing to remove
        raw = Segment.of(raw_line, start)
        text = _collapse(raw)
        indent = len(raw_line) - len(raw_line.lstrip(" "))
        kind = _classify(raw_line, text.text, raw_line.strip(" "))
        if kind is not LineKind.TEXT:
            bold = italic = False
        return Line(number, kind, text, raw, indent, span, bold or italic), bold, italic
    form_feed = "\f" in raw_line
    keep: list[Segment] = []
    pos = 0
    markers: list[str] = []
    bullet = _BULLET_STAR.match(raw_line)
    skip_to = bullet.end() if bullet else 0
    for match in _MARKUP.finditer(raw_line):
        if match.start() < skip_to:
            continue
        if match.start() > pos:
            keep.append(Segment.of(raw_line[pos:match.start()], start + pos))
        marker = match.group()
        if marker.startswith(("<", "&")):
            keep.append(Segment("\t" if marker.startswith("<") else " "))
        elif marker.startswith("\\"):
            keep.append(Segment.of(marker[1:], start + match.start() + 1))
        elif not marker.lstrip().startswith("#"):
            markers.append(marker)
        pos = match.end()
    if pos < len(raw_line):
        keep.append(Segment.of(raw_line[pos:], start + pos))
    raw = Segment.join(keep, sep="") if keep else Segment("", ((0, start, 0),))
    raw = Segment(raw.text.replace("\f", " ").replace("\r", " "), raw.runs)
    text = _collapse(raw)
    stripped_raw = raw.text.strip(" \t")
    indent = len(raw.text) - len(raw.text.lstrip(" \t"))
    # Emphasis state: toggled by each ** (bold) and single * (italic) marker.
    opened_here = bool(markers) and raw_line.lstrip(" \t|").startswith(("*", "_"))
    for marker in markers:
        if marker.startswith("*"):
            if len(marker) >= 2:
                bold = not bold
            if len(marker) % 2:
                italic = not italic
    kind = _classify(raw_line, text.text, stripped_raw)
    if kind is not LineKind.TEXT:
        bold = italic = False
    emphasis_open = bold or italic
    whole = (opened_here and not emphasis_open and bool(markers)
             and raw_line.rstrip(" \t|").endswith(("*", "_")))
    line = Line(number, kind, text, raw, indent, span, emphasis_open, whole, form_feed)
    return line, bold, italic


def _classify(raw_line: str, text: str, stripped_raw: str) -> LineKind:
    if not text:
        if "|" in raw_line:
            return LineKind.TABLE_BORDER
        if raw_line.strip(" \t\f\r") in {"*", "**", "***"}:
            return LineKind.RULE
        return LineKind.BLANK
    bare = raw_line.strip(" \t\f\r")
    if _BORDER.fullmatch(bare):
        return LineKind.TABLE_BORDER
    if not any(c.isalnum() for c in bare) and (
            _RULE.fullmatch(bare) or _RULE.fullmatch(stripped_raw)):
        return LineKind.RULE
    if is_chrome(text):
        return LineKind.CHROME
    return LineKind.TEXT


def _mark_page_numbers(lines: list[Line]) -> None:
    """Mark bare page numbers: beside a form feed, or alone between blank lines in order."""
    last_page = 1
    for i, line in enumerate(lines):
        if line.kind is not LineKind.TEXT:
            continue
        match = _BARE_NUMBER.fullmatch(line.text.text)
        if not match:
            continue
        value = int(match.group("n") or match.group("t"))
        near_feed = line.form_feed or (i > 0 and lines[i - 1].form_feed
                                       and lines[i - 1].kind is LineKind.BLANK)
        blank_before = i == 0 or lines[i - 1].kind is LineKind.BLANK
        blank_after = i + 1 >= len(lines) or lines[i + 1].kind is LineKind.BLANK
        in_order = last_page < value <= last_page + 4
        text = line.text.text
        dashed = text.startswith("-") and text.endswith("-")  # "- 3 -"
        if near_feed or dashed or (match.group("t") is not None) or (
            blank_before and blank_after and in_order
        ):
            lines[i] = attrs.evolve(line, kind=LineKind.PAGE_NUMBER)
            last_page = max(last_page, value)


#: Longest line that may be a running head or foot.
RUNNING_HEAD_MAX = 100
_DIGITS = re.compile(r"[0-9]+")
# The Quốc hiệu and Tiêu ngữ open every attached form on its own page: not a running head.
_NATIONAL = re.compile(r"CONG HOA|DOC LAP|DANG CONG SAN")


def _mark_running_heads(lines: list[Line]) -> None:
    """Mark running heads and feet: one short line repeated at two or more page breaks.

    A page break is a form feed or a page-number line. The first text line of a page
    (the line holding the form feed, or the next text line) and the text lines beside
    a page number are candidates; candidates with the same words (digits aside, for
    "Kế hoạch số 120 - trang 2") at two or more breaks are set aside. The first page's
    top is not a break, so the header itself is never taken.
    """
    candidates: dict[str, set[int]] = {}

    def add(i: int) -> None:
        line = lines[i]
        text = line.text.text
        if (line.kind is LineKind.TEXT and 3 <= len(text) <= RUNNING_HEAD_MAX
                and not starts_block(text) and not _NATIONAL.match(base_letters(text).upper())):
            candidates.setdefault(_DIGITS.sub("0", text), set()).add(i)

    def nearest_text(i: int, step: int) -> None:
        j = i + step
        while 0 <= j < len(lines) and abs(j - i) <= 3:
            if lines[j].kind is LineKind.TEXT:
                add(j)
                return
            if lines[j].kind not in (LineKind.BLANK, LineKind.RULE):
                return
            j += step

    for i, line in enumerate(lines):
        if line.form_feed:
            if line.kind is LineKind.TEXT:
                add(i)
            else:
                nearest_text(i, 1)
            nearest_text(i, -1)
        elif line.kind is LineKind.PAGE_NUMBER:
            nearest_text(i, 1)
            nearest_text(i, -1)
    for found in candidates.values():
        if len(found) >= 2:
            for i in found:
                lines[i] = attrs.evolve(lines[i], kind=LineKind.RUNNING_HEAD)


def _collapse(raw: Segment) -> Segment:
    """Collapse whitespace runs (and pipes) to one space; strip both ends."""
    text = raw.text
    if not _SPACE_RUN.search(text):
        return raw.strip()
    parts: list[Segment] = []
    pos = 0
    for match in _SPACE_RUN.finditer(text):
        if match.start() > pos:
            parts.append(raw.slice(pos, match.start()))
        pos = match.end()
    if pos < len(text):
        parts.append(raw.slice(pos))
    words = [part.strip() for part in parts]
    words = [w for w in words if w.text]
    if not words:
        return raw.slice(0, 0)
    return Segment.join(words)


_TEMPLATE_LEFT = re.compile(r"(?:^|\s)(?:Số|SỐ|số)[ ]?[:.]?$|(?:ngày|tháng|năm)$|(?:[.]{2}|[…_])$")
_TEMPLATE_RIGHT = re.compile(r"^(?:tháng|năm|[/.…_])")


def _joins_template(left: str, right: str) -> bool:
    """Whether two cells are one blank template split by its blanks ("ngày   tháng")."""
    left = left.rstrip()
    return bool(_TEMPLATE_LEFT.search(left[-12:]) or _TEMPLATE_RIGHT.match(right))


# ---------------------------------------------------------------------------------
# Paragraphs

_ROMAN = "IVXLC"
_LABEL = re.compile(
    "(?:"
    r"[-+•●○▪■◦∙·–—~][ ]"                                   # bullets
    rf"|[{_ROMAN}]{{1,6}}[.)][ ]"                              # I. II.
    r"|[0-9]{1,3}[.)](?:[ ]|$)"                                # 1. 3)
    r"|[0-9]{1,2}(?:[.][0-9]{1,2}){1,4}[.)]?(?:[ ]|$)"          # 2.1. 2.1.3 Title
    rf"|[a-zđ][)][ ]|[a-zđ][.][ ](?=[{UPPER}])"                 # a) đ) a. Title
    rf"|(?:Điều|ĐIỀU)[ ][0-9]{{1,3}}[a-zđ]?[.:]"
    rf"|(?:Chương|CHƯƠNG|Phần|PHẦN|Mục|MỤC)[ ](?:[{_ROMAN}]{{1,6}}|[0-9]{{1,3}}|thứ|THỨ)\b"
    r"|(?:Phụ lục|PHỤ LỤC|Biểu|Mẫu|MẪU)(?:[ ]|$)"
    r"|\[[0-9]{1,3}\]"                                         # footnote [1]
    r"|(?:Căn cứ|Xét|Theo đề nghị|Nơi nhận|Kính gửi|Trân trọng|Nhằm|Thực hiện)(?:[ ]|:|$)"
    ")"
)
_SENTENCE_END = re.compile(r"[.;:!?…][)\]\"”’'*]*$|\./\.$")
# A dash at the start of a wrapped line, before a capitalised word ("– Thương binh").
_WRAPPED_DASH = re.compile(rf"[-–—][ ][{UPPER}]")
_BULLET_LINE = re.compile(r"[-+•●○▪■◦∙·–—~*][ ]")
_CONTINUES = re.compile(r"[,\-(/&]$|(?:^|[ ])(?:và|của|về|với|cho|tại|theo|trong|các|những"
                        r"|số|ngày|năm|là|để|từ|đến|hoặc|được|do|bởi|nhằm)$")
_HEADING_LABEL = re.compile(
    rf"(?:[{_ROMAN}]{{1,6}}|[0-9]{{1,3}}|[0-9]{{1,2}}(?:[.][0-9]{{1,2}}){{1,4}}|[a-zđ])[.)][ ]"
    rf"|(?:Điều|ĐIỀU)[ ][0-9]{{1,3}}[a-zđ]?[.:]"
    rf"|(?:Chương|CHƯƠNG|Phần|PHẦN|Mục|MỤC)[ ](?:[{_ROMAN}]{{1,6}}|[0-9]{{1,3}})\b")
_ALL_CAPS_WORDS = re.compile(rf"[^{LOWER}]*")
# "Nhiệm vụ: Tham mưu", "Thời gian thực hiện: Hoàn": a short label, a colon, then its value
_LABEL_VALUE = re.compile(rf"[ ]?[{LETTERS}]{{1,12}}(?:[ ][{LETTERS}]{{1,12}}){{0,4}}:[ ][^ ]")


def starts_block(text: str) -> bool:
    """Whether ``text`` starts with a label, bullet or closing cue (starts a new block).

    >>> starts_block("II. NHIỆM VỤ"), starts_block("a) Xác định"), starts_block("- Như trên;")
    (True, True, True)
    >>> starts_block("2025 của Bộ Chính trị"), starts_block("1.080 văn bản")
    (False, False)
    """
    return bool(_LABEL.match(text))


def paragraphs(lines: Sequence[Line], *, wrapped: bool = True) -> list[Paragraph]:
    """Join hard-wrapped lines into paragraphs.

    Blank lines and table borders end a paragraph; noise lines (rules, page numbers,
    chrome) are skipped. Two consecutive text lines join when the first does not
    end a sentence and the second does not start a label, bullet or heading, or
    when the second starts with a lower-case letter. In text that is not
    hard-wrapped (one paragraph per line) only the lower-case and open-emphasis
    cues join lines.
    """
    result: list[Paragraph] = []
    current: list[Line] = []

    def flush() -> None:
        if current:
            segment = Segment.join(line.text for line in current)
            result.append(Paragraph(segment, current[0].number, current[-1].number))
            current.clear()

    for line in lines:
        if line.kind is LineKind.BLANK or line.kind is LineKind.TABLE_BORDER:
            flush()
            continue
        if line.kind is not LineKind.TEXT:
            continue
        if current and not _joins(current[-1], line, wrapped):
            flush()
        current.append(line)
    flush()
    return result


def join_lines(lines: Iterable[Line]) -> Segment:
    """Join the text of ``lines`` with single spaces."""
    return Segment.join(line.text for line in lines)


def _joins(prev: Line, line: Line, wrapped: bool) -> bool:
    a = prev.text.text
    b = line.text.text
    if wrapped and line.en_dash and _WRAPPED_DASH.match(b) and len(a) >= 35 \
            and not _BULLET_LINE.match(a) and not _SENTENCE_END.search(a) \
            and not prev.emphasis_whole:
        return True  # "Sở Lao động" / "– Thương binh và Xã hội": a name's dash wrapped
    if starts_block(b):
        return False
    if prev.emphasis_open:
        return True
    if prev.emphasis_whole and not starts_lower(b):
        return False
    if starts_lower(b):
        return True
    if _SENTENCE_END.search(a):
        return False
    if _CONTINUES.search(a):
        return True
    if not wrapped:
        return False
    heading = _HEADING_LABEL.match(a)
    if heading and len(a) <= 120 and not _LABEL_VALUE.match(a, heading.end()):
        # "I. MỤC ĐÍCH," / "YÊU CẦU" wraps a heading; "1. Mục đích" / "Kiểm tra..." does not.
        # "a) Nhiệm vụ: Tham mưu UBND" / "Thành phố ..." is a label and its value: it wraps.
        return bool(_ALL_CAPS_WORDS.fullmatch(a) and _ALL_CAPS_WORDS.fullmatch(b))
    return not (line.indent >= prev.indent + 4 and line.indent >= 4)
