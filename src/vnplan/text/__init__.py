"""The legacy-text pipeline: from plain text of an old document to its parts.

Stages, each usable alone and each reporting source spans:

1. :func:`normalize_text` — NFC, look-alikes, Markdown and table markup, layout noise,
   paragraphs (:mod:`vnplan.text.normalize`);
2. :func:`parse_header` — issuer, number, place and date, type name, trích yếu,
   urgency and secrecy, "Kính gửi" (:mod:`vnplan.text.header`);
3. :func:`parse_structure` — the body as a tree of labelled sections
   (:mod:`vnplan.text.structure`);
4. :func:`find_closing` — signer and "Nơi nhận" (:mod:`vnplan.text.signer`);
5. :func:`find_tasks`, :func:`find_reporting` and, for reports, :func:`find_results`
   and :func:`find_report_period` — the work a document assigns, its reporting
   clauses, its figures (:mod:`vnplan.text.tasks`, :mod:`vnplan.text.reporting`,
   :mod:`vnplan.text.metrics`);
6. :func:`parse_document` — all of them, assembled into a
   :class:`~vnplan.model.Plan`, :class:`~vnplan.model.Report` or
   :class:`~vnplan.model.Document` (:mod:`vnplan.text.assemble`).

:func:`read_layout` runs stages 1-4 (:mod:`vnplan.text.layout`).
:func:`find_citations` finds every reference to another document, in any text
(:mod:`vnplan.text.citations`).

>>> from vnplan.text import read_layout
>>> layout = read_layout("BỘ Y TẾ\\nSố: 12/QĐ-BYT\\nHà Nội, ngày 05 tháng 3 năm 2024\\n"
...                      "QUYẾT ĐỊNH\\nVề việc ban hành hướng dẫn\\n\\nĐiều 1. Ban hành.")
>>> layout.header.issuer.text, layout.header.number.text, layout.header.type_name.text
('BỘ Y TẾ', '12/QĐ-BYT', 'QUYẾT ĐỊNH')
>>> layout.body.children[0].label.text
'Điều 1.'
"""

from vnplan.text.assemble import RULES, parse_document
from vnplan.text.citations import find_citations, merge_citations
from vnplan.text.fields import Field
from vnplan.text.header import Header, parse_header
from vnplan.text.layout import Layout, read_layout
from vnplan.text.metrics import MetricItem, ResultItem, find_report_period, find_results
from vnplan.text.normalize import (
    MAX_INPUT_CHARS,
    Cell,
    Line,
    LineKind,
    NormalizedText,
    Paragraph,
    normalize_text,
    paragraphs,
)
from vnplan.text.reporting import ReportingItem, find_reporting
from vnplan.text.signer import Closing, Recipients, Signer, find_closing
from vnplan.text.spans import Segment, Span
from vnplan.text.structure import Section, SectionKind, parse_structure
from vnplan.text.tasks import TaskItem, TaskSource, find_tasks

__all__ = [
    "MAX_INPUT_CHARS",
    "RULES",
    "Cell",
    "Closing",
    "Field",
    "Header",
    "Layout",
    "Line",
    "LineKind",
    "MetricItem",
    "NormalizedText",
    "Paragraph",
    "Recipients",
    "ReportingItem",
    "ResultItem",
    "Section",
    "SectionKind",
    "Segment",
    "Signer",
    "Span",
    "TaskItem",
    "TaskSource",
    "find_citations",
    "find_closing",
    "find_report_period",
    "find_reporting",
    "find_results",
    "find_tasks",
    "merge_citations",
    "normalize_text",
    "paragraphs",
    "parse_document",
    "parse_header",
    "parse_structure",
    "read_layout",
]
