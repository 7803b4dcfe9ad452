"""Stages 1-4 together: a document split into header, body, closing and annex.

:func:`read_layout` runs :func:`~vnplan.text.normalize.normalize_text`,
:func:`~vnplan.text.header.parse_header`, :func:`~vnplan.text.signer.find_closing`
and :func:`~vnplan.text.structure.parse_structure` (on the body and on whatever
follows the closing block: appendices, footnotes, attached documents).
:meth:`Layout.pieces` lists every piece of text the stages produced with its
source span, so a caller can check that nothing was lost.

>>> layout = read_layout('''UBND TỈNH LÀO CAI          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
... SỞ CÔNG THƯƠNG                   Độc lập - Tự do - Hạnh phúc
... Số: 1894/TB-SCT                  Lào Cai, ngày 09 tháng 4 năm 2026
...
... THÔNG BÁO
... Kết quả kiểm tra
...
... 1. Kết quả kiểm tra
... - Các đơn vị chấp hành tốt.
... Nơi nhận:                        KT. GIÁM ĐỐC
... - Lưu: VT, CN.                   PHÓ GIÁM ĐỐC
...                                  Hoàng Văn Thuân''')
>>> layout.header.issuer.text, layout.header.parent_issuer.text
('SỞ CÔNG THƯƠNG', 'UBND TỈNH LÀO CAI')
>>> print(layout.body.outline())
1. Kết quả kiểm tra
  - Các đơn vị chấp hành tốt.
>>> layout.closing.signer.name.text
'Hoàng Văn Thuân'
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from vnplan.text.header import Header, parse_header
from vnplan.text.normalize import NormalizedText, normalize_text
from vnplan.text.signer import Closing, find_closing
from vnplan.text.spans import Span
from vnplan.text.structure import Section, parse_structure

__all__ = ["Layout", "read_layout"]


@attrs.frozen(slots=True)
class Layout:
    """A document split by stages 1-4.

    Attributes:
        text: the normalised input (stage 1).
        front: text above the header (site furniture of a saved web page), as a tree.
        header: the header zone (stage 2).
        body: the body between header and closing, as a section tree (stage 3).
        closing: the signer and recipients block (stage 4), if found.
        annex: what follows the closing block (appendices, footnotes), as a tree.
    """

    text: NormalizedText
    front: Section
    header: Header
    body: Section
    closing: Closing | None
    annex: Section

    def pieces(self) -> Iterator[tuple[str, str, tuple[Span, ...]]]:
        """Every piece of output text as ``(where, text, source spans)``.

        ``where`` names the field ("header.issuers", "body", "closing.signer.name").
        The spans of all pieces together cover every word of the input except the
        lines :meth:`NormalizedText.noise_spans` sets aside.
        """
        yield from _section_pieces("front", self.front)
        for name, field in self.header.fields():
            yield f"header.{name}", field.text, field.spans
        yield from _section_pieces("body", self.body)
        if self.closing is not None:
            for name, field in self.closing.fields():
                yield f"closing.{name}", field.text, field.spans
        yield from _section_pieces("annex", self.annex)


def _section_pieces(where: str, root: Section) -> Iterator[tuple[str, str, tuple[Span, ...]]]:
    for section in root.walk():
        for field in (section.label, section.title):
            if field is not None:
                yield where, field.text, field.spans
        for paragraph in section.paragraphs:
            runs = paragraph.segment.runs
            yield where, paragraph.text, tuple(Span(s, s + n) for _, s, n in runs if n)


def read_layout(text: str) -> Layout:
    """Run stages 1-4 on ``text``.

    Raises:
        InputTooLarge: ``text`` is above :data:`vnplan.text.normalize.MAX_INPUT_CHARS`.
    """
    doc = normalize_text(text)
    header = parse_header(doc)
    front = parse_structure(doc.paragraphs(0, header.start_line))
    closing = find_closing(doc, header.end_line)
    body_end = closing.start_line if closing is not None else len(doc.lines)
    body = parse_structure(doc.paragraphs(header.end_line, body_end))
    annex_start = closing.end_line if closing is not None else len(doc.lines)
    annex = parse_structure(doc.paragraphs(annex_start))
    return Layout(doc, front, header, body, closing, annex)
