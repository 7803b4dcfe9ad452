"""Stage 3 of the legacy-text pipeline: the body as a tree of labelled sections.

Decree 30/2020 (Phụ lục I) lays a body out in phần, chương, mục, điều, khoản and
điểm; plans and reports without articles use "Phần I", Roman headings "I.", Arabic
"1." (and "2.1.", "2.1.3."), letters "a)" … "đ)" and bullets "-", "+", "•".
:func:`parse_structure` reads the labels as printed and nests them by rank, so
"a)" after "1." is a child of "1." and "1." after "a)" closes the "a)".
Text before the first label, and text under a label, stays as paragraphs:
nothing is dropped.

Examples:
    >>> from vnplan.text.normalize import normalize_text
    >>> text = '''Căn cứ Luật Tổ chức chính quyền địa phương;
    ... I. MỤC ĐÍCH, YÊU CẦU
    ... 1. Mục đích
    ... a) Bảo đảm an sinh xã hội.
    ... - Hỗ trợ người dân;
    ... b) Không để ai bị bỏ lại phía sau.
    ... 2. Yêu cầu
    ... II. NHIỆM VỤ'''
    >>> root = parse_structure(normalize_text(text).paragraphs())
    >>> [p.text for p in root.paragraphs]
    ['Căn cứ Luật Tổ chức chính quyền địa phương;']
    >>> print(root.outline())
    I. MỤC ĐÍCH, YÊU CẦU
      1. Mục đích
        a) Bảo đảm an sinh xã hội.
          - Hỗ trợ người dân;
        b) Không để ai bị bỏ lại phía sau.
      2. Yêu cầu
    II. NHIỆM VỤ
    >>> first = root.children[0].children[0].children[0]
    >>> first.kind.value, first.label.text, first.title, first.paragraphs[0].text
    ('letter', 'a)', None, 'Bảo đảm an sinh xã hội.')
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator, Sequence

import attrs

from vnplan.text.fields import Field
from vnplan.text.letters import UPPER, is_upper_text, splits_word
from vnplan.text.normalize import Paragraph

__all__ = ["Section", "SectionKind", "parse_structure"]


class SectionKind(enum.StrEnum):
    """The kind of label that opens a section, from the largest to the smallest."""

    ROOT = "root"
    APPENDIX = "appendix"
    PART = "part"
    CHAPTER = "chapter"
    SECTION = "section"
    ARTICLE = "article"
    ROMAN = "roman"
    NUMBERED = "numbered"
    LETTER = "letter"
    DASH = "dash"
    PLUS = "plus"
    BULLET = "bullet"


_RANK = {
    SectionKind.ROOT: -1, SectionKind.APPENDIX: 0, SectionKind.PART: 1,
    SectionKind.CHAPTER: 2, SectionKind.SECTION: 3, SectionKind.ARTICLE: 4,
    SectionKind.ROMAN: 5, SectionKind.NUMBERED: 6, SectionKind.LETTER: 12,
    SectionKind.DASH: 13, SectionKind.PLUS: 14, SectionKind.BULLET: 15,
}  # fmt: skip
_ITEM_KINDS = frozenset({SectionKind.DASH, SectionKind.PLUS, SectionKind.BULLET})
_HEADING_KINDS = frozenset({SectionKind.APPENDIX, SectionKind.PART, SectionKind.CHAPTER,
                            SectionKind.SECTION})
_ROMAN = "IVXLC"
_LABELS: tuple[tuple[SectionKind, re.Pattern[str]], ...] = (
    (SectionKind.APPENDIX, re.compile(
        rf"(?:PHỤ LỤC|Phụ lục|PHỤ BIỂU|Phụ biểu)(?:[ ](?:số[ ]|SỐ[ ])?(?:[{_ROMAN}]{{1,6}}"
        r"|[0-9]{1,3}[a-z]?)(?![^ .:)\-]))?[.:]?")),
    (SectionKind.PART, re.compile(
        rf"(?:PHẦN|Phần)[ ](?:[{_ROMAN}]{{1,6}}|[0-9]{{1,2}}|(?:thứ|THỨ)[ ][^ .:]{{1,8}})"
        r"(?![^ .:])[.:]?")),
    (SectionKind.CHAPTER, re.compile(
        rf"(?:CHƯƠNG|Chương)[ ](?:[{_ROMAN}]{{1,6}}|[0-9]{{1,3}})(?![^ .:])[.:]?")),
    (SectionKind.SECTION, re.compile(
        rf"(?:MỤC|Mục|TIỂU MỤC|Tiểu mục)[ ](?:[0-9]{{1,3}}|[{_ROMAN}]{{1,6}})(?![^ .:])[.:]?")),
    (SectionKind.ARTICLE, re.compile(r"(?:Điều|ĐIỀU)[ ]?[0-9]{1,3}[a-zđ]?[.:]")),
    (SectionKind.ROMAN, re.compile(rf"[{_ROMAN}]{{1,6}}[.)](?=[ ]|$)")),
    (SectionKind.NUMBERED, re.compile(
        r"[0-9]{1,2}(?:[.][0-9]{1,2}){1,4}[.)]?(?=[ ]|$)|[0-9]{1,3}[.)](?=[ ]|$)")),
    # Điểm letters run a, b, c, d, đ, e, g, h, i, k, l, m, n, o (Decree 30/2020 Phụ lục VI);
    # letters after "o" are UNCONFIRMED (domain.md §10.3), so any Latin letter or "đ" is
    # read as a point label.
    (SectionKind.LETTER, re.compile(rf"[a-zđ][)](?=[ ]|$)|[a-zđ][.](?=[ ][{UPPER}])")),
    (SectionKind.DASH, re.compile(r"[-–—](?=[ ])")),
    (SectionKind.PLUS, re.compile(r"[+](?=[ ])")),
    (SectionKind.BULLET, re.compile(r"[•●○▪■◦∙*](?=[ ])")),
)
_SENTENCE_END = re.compile(r"[.;!?…][)\]\"”’']*$")


@attrs.frozen(slots=True)
class Section:
    """A labelled part of the body and what it contains.

    Attributes:
        kind: the kind of label (:class:`SectionKind`); the root has kind ``ROOT``.
        label: the label as printed ("II.", "2.1.", "a)", "Điều 5.", "Chương II", "-").
        title: the heading text on the label's line (or the line after "Chương II");
            ``None`` when the label opens running text.
        paragraphs: the text directly under this section, in order; for a label that
            opens running text the first paragraph is that text.
        children: sub-sections in order.
        depth: number of components of an Arabic label ("2.1.3." has 3), else 1.
    """

    kind: SectionKind
    label: Field | None = None
    title: Field | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    children: tuple[Section, ...] = ()
    depth: int = 1

    def walk(self) -> Iterator[Section]:
        """This section and all sections below it, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def outline(self, indent: str = "  ") -> str:
        """The labels and titles of the tree, one per line, indented by level."""
        out: list[str] = []

        def visit(section: Section, level: int) -> None:
            head = section.label.text if section.label else ""
            text = section.title.text if section.title else (
                section.paragraphs[0].text if section.paragraphs else "")
            out.append(f"{indent * level}{head} {text}".rstrip())
            for child in section.children:
                visit(child, level + 1)

        for child in self.children:
            visit(child, 0)
        return "\n".join(out)


@attrs.define
class _Builder:
    kind: SectionKind
    rank: int
    label: Field | None = None
    title: Field | None = None
    depth: int = 1
    paragraphs: list[Paragraph] = attrs.Factory(list)
    children: list[_Builder] = attrs.Factory(list)
    wants_title: bool = False

    def freeze(self) -> Section:
        return Section(self.kind, self.label, self.title, tuple(self.paragraphs),
                       tuple(child.freeze() for child in self.children), self.depth)


def match_label(text: str) -> tuple[SectionKind, int, int] | None:
    """The label at the start of ``text``: ``(kind, end offset, depth)``, or ``None``.

    >>> match_label("2.1.3. Tuyên truyền")
    (<SectionKind.NUMBERED: 'numbered'>, 6, 3)
    >>> match_label("Điều 5a. Sửa đổi")
    (<SectionKind.ARTICLE: 'article'>, 8, 1)
    >>> match_label("1.080 văn bản") is None
    True
    """
    for kind, pattern in _LABELS:
        match = pattern.match(text)
        if match and not splits_word(text, match.end()):
            depth = match.group().rstrip(".)").count(".") + 1 if kind is SectionKind.NUMBERED \
                else 1
            return kind, match.end(), depth
    return None


def parse_structure(paragraphs: Sequence[Paragraph]) -> Section:
    """Stage 3: nest ``paragraphs`` into a tree of sections under a root section."""
    root = _Builder(SectionKind.ROOT, _RANK[SectionKind.ROOT])
    stack = [root]
    for paragraph in paragraphs:
        text = paragraph.text
        label = match_label(text)
        top = stack[-1]
        if label is None:
            if top.wants_title and is_upper_text(text) and len(text) <= 300:
                top.title = Field.of([paragraph.segment])
                top.wants_title = False
                continue
            top.wants_title = False
            while len(stack) > 1 and stack[-1].kind in _ITEM_KINDS:
                stack.pop()
            stack[-1].paragraphs.append(paragraph)
            continue
        kind, end, depth = label
        rank = _RANK[kind] + (depth - 1 if kind is SectionKind.NUMBERED else 0)
        node = _Builder(kind, rank, depth=depth)
        segment = paragraph.segment
        node.label = Field.of([segment.slice(0, end)])
        after = segment.text[end:]
        rest = segment.slice(end + len(after) - len(after.lstrip(" .:-"))).strip()
        if not rest.text:
            node.wants_title = kind in _HEADING_KINDS or kind is SectionKind.ARTICLE
        elif _is_title(kind, segment.text[end:].strip()):
            node.title = Field.of([rest])
        else:
            body = segment.slice(end).strip()
            node.paragraphs.append(Paragraph(body, paragraph.first_line, paragraph.last_line))
        while len(stack) > 1 and stack[-1].rank >= rank:
            stack.pop()
        stack[-1].children.append(node)
        stack.append(node)
    return root.freeze()


def _is_title(kind: SectionKind, rest: str) -> bool:
    if kind in _ITEM_KINDS:
        return False
    if kind in _HEADING_KINDS:
        return len(rest) <= 300
    return len(rest) <= 160 and not _SENTENCE_END.search(rest)
