"""The section tree of a document body: every heading and paragraph, in order."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from typing import Any

from pydantic import Field, model_validator

from vnplan.chars import normalize
from vnplan.model.base import Text, VnplanModel
from vnplan.model.span import Span

__all__ = ["MAX_SECTION_DEPTH", "Section", "SectionKind", "section_depth"]

#: Deepest section tree a document may hold. Real documents nest at most about eight
#: levels (Phần, Chương, Mục, Điều, khoản, điểm, "-", "+"); the limit keeps every tree
#: within what the JSON and XML readers accept.
MAX_SECTION_DEPTH = 64


class SectionKind(enum.StrEnum):
    """The numbering family of a section label (Decree 30/2020 Phụ lục I; domain.md §1.7)."""

    PART = "part"  # Phần I
    CHAPTER = "chapter"  # Chương II
    SECTION = "section"  # Mục 1
    SUBSECTION = "subsection"  # Tiểu mục 1
    ARTICLE = "article"  # Điều 3.
    APPENDIX = "appendix"  # Phụ lục I
    ROMAN = "roman"  # I.
    NUMBERED = "numbered"  # 1.  (khoản)
    MULTILEVEL = "multilevel"  # 2.1.
    LETTER = "letter"  # a)  (điểm)
    DASH = "dash"  # -
    PLUS = "plus"  # +
    BULLET = "bullet"  # •, *
    OTHER = "other"  # unlabelled block or a label of no known family


_WORD_LABELS = (
    (re.compile(r"(?i:tiểu mục)\s+[0-9]{1,4}[a-zđ]?\.?"), SectionKind.SUBSECTION),
    (re.compile(r"(?i:phần)\s+(?:[IVXLC]{1,8}|[0-9]{1,4})\.?"), SectionKind.PART),
    (re.compile(r"(?i:chương)\s+(?:[IVXLC]{1,8}|[0-9]{1,4})\.?"), SectionKind.CHAPTER),
    (re.compile(r"(?i:mục)\s+[0-9]{1,4}[a-zđ]?\.?"), SectionKind.SECTION),
    (re.compile(r"(?i:điều)\s+[0-9]{1,4}[a-zđ]?\.?"), SectionKind.ARTICLE),
    (re.compile(r"(?i:phụ lục)(?:\s+(?:[IVXLC]{1,8}|[0-9]{1,4})\.?)?"), SectionKind.APPENDIX),
    (re.compile(r"[IVXLC]{1,8}[.)]?"), SectionKind.ROMAN),
    (re.compile(r"[0-9]{1,3}[.)]?"), SectionKind.NUMBERED),
    (re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3}){1,5}\.?"), SectionKind.MULTILEVEL),
    (re.compile(r"[a-zđ][0-9]{0,2}[.)]"), SectionKind.LETTER),
    (re.compile(r"[-–—]"), SectionKind.DASH),
    (re.compile(r"\+"), SectionKind.PLUS),
    (re.compile(r"[•·*●○◦▪■]"), SectionKind.BULLET),
)


def _kind_of(label: str) -> SectionKind:
    clean = normalize(label).strip()
    if len(clean) > 40:
        return SectionKind.OTHER
    for pattern, kind in _WORD_LABELS:
        if pattern.fullmatch(clean):
            return kind
    return SectionKind.OTHER


class Section(VnplanModel):
    """One labelled block of the body, with its paragraphs and sub-sections.

    ``label`` is kept as printed ("I.", "2.1.", "a)", "-", "Điều 3.", "Phần I"); ``kind``
    is inferred from it when not given. Text that belongs to no heading stays in the
    paragraphs of an unlabelled section, so the tree keeps every paragraph in order.

    Examples:
        >>> s = Section(label="III.", title="NHIỆM VỤ VÀ GIẢI PHÁP", children=[
        ...     Section(label="1.", title="Lĩnh vực lao động", children=[
        ...         Section(label="a)", title="Nhiệm vụ", paragraphs=["Đảm bảo chi trả trợ cấp."]),
        ...     ]),
        ... ])
        >>> [(x.label, x.kind.value) for x in s.walk()]
        [('III.', 'roman'), ('1.', 'numbered'), ('a)', 'letter')]
        >>> Section.kind_of_label("Điều 3.")
        <SectionKind.ARTICLE: 'article'>
    """

    label: Text | None = None
    """The label as printed, without the title ("I.", "2.1.", "a)", "-", "Điều 3.")."""
    kind: SectionKind = SectionKind.OTHER
    """Numbering family of the label; inferred from ``label`` when not given."""
    title: Text | None = None
    """Heading text after the label, if the section has one."""
    paragraphs: list[Text] = Field(default_factory=list)
    """Paragraphs directly under this heading, before any sub-section."""
    children: list[Section] = Field(default_factory=list)
    """Sub-sections in document order."""
    span: Span | None = None
    """Where the section (heading to last paragraph) is in the source."""

    @model_validator(mode="before")
    @classmethod
    def _infer_kind(cls, data: Any) -> Any:
        if isinstance(data, dict) and "kind" not in data and isinstance(data.get("label"), str):
            return {**data, "kind": _kind_of(data["label"])}
        return data

    @staticmethod
    def kind_of_label(label: str) -> SectionKind:
        """The :class:`SectionKind` of a printed label (``OTHER`` when none fits)."""
        return _kind_of(label)

    def walk(self) -> Iterator[Section]:
        """This section and every descendant, depth first, in document order."""
        stack = [self]
        while stack:
            section = stack.pop()
            yield section
            stack.extend(reversed(section.children))

    def text(self) -> str:
        """Label, title and paragraphs of this section and its descendants, one per line."""
        lines: list[str] = []
        for section in self.walk():
            head = " ".join(p for p in (section.label, section.title) if p)
            if head:
                lines.append(head)
            lines.extend(section.paragraphs)
        return "\n".join(lines)


def section_depth(sections: list[Section]) -> int:
    """Depth of the deepest section in ``sections`` (0 when empty; 1 without children)."""
    deepest = 0
    stack = [(s, 1) for s in sections]
    while stack:
        section, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in section.children)
    return deepest
