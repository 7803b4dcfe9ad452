"""Stage 5 of the legacy-text pipeline: the parsed document as a vnplan model.

:func:`parse_document` runs the whole pipeline — normalize → header → structure →
closing (:func:`~vnplan.text.layout.read_layout`), then tasks
(:mod:`vnplan.text.tasks`), citations (:mod:`vnplan.text.citations`), reporting
(:mod:`vnplan.text.reporting`) and, for reports,
the period and figures (:mod:`vnplan.text.metrics`) — and builds a
:class:`~vnplan.model.Plan`, :class:`~vnplan.model.Report` or generic
:class:`~vnplan.model.Document` by the document's type line. The type line decides,
not words in the title: a Thông báo whose trích yếu starts "KẾ HOẠCH" is a Thông báo,
a Công văn that reports is a Công văn.

- **Header fields** go into the model with their source spans in ``provenance``
  (offsets into the NFC source). The number is a parsed
  :class:`~vnplan.numbering.DocumentNumber`, or ``None`` on an unnumbered draft with the
  printed text kept in ``number_text``; the date is ``None`` when its day or month is
  blank, with the printed text in ``date_text``; ``doc_type`` is the Vietnamese name.
- **Nothing is lost**: every paragraph of the body stays in ``sections`` in text order;
  text above the header (web-page furniture), header text that fits no field, notes
  of the signature block and what follows it (appendices, footnotes) are sections too.
  Fixed formulas that the model represents by structure — Quốc hiệu, Tiêu ngữ, the
  Party name, the labels "Số:", "Kính gửi:", "Nơi nhận:" and the type-name line — are
  recorded in ``provenance`` only. Lifted lists (``legal_bases``, ``tasks``,
  ``reporting``, a plan's ``objectives`` ..., a report's ``results``) are copies.
- **Forgiving by default**: problems become ``warnings`` (findings with rule ids,
  listed in :data:`RULES`); with ``strict=True`` the first one raises
  :class:`~vnplan.errors.ParseError` with its line and column.
- Input above :data:`MAX_INPUT_CHARS` characters raises
  :class:`~vnplan.errors.InputTooLarge`; bad text never raises anything but a
  :class:`~vnplan.errors.VnplanError` (a non-string argument is a ``TypeError``).

Examples:
    >>> text = '''UBND TỈNH LÀO CAI          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    ... SỞ CÔNG THƯƠNG                   Độc lập - Tự do - Hạnh phúc
    ... Số: 12/KH-SCT                    Lào Cai, ngày 09 tháng 4 năm 2026
    ...
    ... KẾ HOẠCH
    ... Kiểm tra an toàn vật liệu nổ năm 2026
    ...
    ... I. NHIỆM VỤ
    ... 1. Phòng Quản lý Công nghiệp chủ trì, phối hợp với Thanh tra Sở kiểm tra các kho,
    ... hoàn thành trước ngày 30/6/2026.
    ... 2. Các đơn vị báo cáo kết quả về Sở Công Thương trước ngày 15 hằng tháng.
    ... Nơi nhận:                        KT. GIÁM ĐỐC
    ... - Lưu: VT, CN.                   PHÓ GIÁM ĐỐC
    ...                                  Hoàng Văn Thuân'''
    >>> doc = parse_document(text)
    >>> doc.kind, str(doc.number), doc.doc_type, doc.issuer.name, doc.parent_issuer.name
    ('plan', '12/KH-SCT', 'Kế hoạch', 'SỞ CÔNG THƯƠNG', 'UBND TỈNH LÀO CAI')
    >>> doc.place, doc.date.isoformat(), doc.title, str(doc.period)
    ('Lào Cai', '2026-04-09', 'Kiểm tra an toàn vật liệu nổ năm 2026', 'năm 2026')
    >>> task = doc.tasks[0]
    >>> [a.name for a in task.lead], [a.name for a in task.coordinators], str(task.deadline)
    (['Phòng Quản lý Công nghiệp'], ['Thanh tra Sở'], 'trước ngày 30/06/2026')
    >>> r = doc.reporting[0]
    >>> [a.name for a in r.reporters], r.recipient.name, str(r.cycle)
    (['Các đơn vị'], 'Sở Công Thương', 'hằng tháng, trước ngày 15')
    >>> doc.signer.authority, doc.signer.position, doc.signer.name
    ('KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Hoàng Văn Thuân')
    >>> span = doc.provenance["number"]
    >>> text[span.start:span.end]
    '12/KH-SCT'
    >>> [w.rule for w in doc.warnings]
    []
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs
import pydantic

from vnplan.dates import parse_date, repair_date_digits
from vnplan.doctypes import DocumentType
from vnplan.errors import IncompleteValue, ParseError, VnplanError
from vnplan.findings import Finding, Severity
from vnplan.model import (
    Agency,
    Document,
    Metric,
    Plan,
    Recipient,
    Report,
    ReportingRequirement,
    ReportKind,
    Result,
    Secrecy,
    Signer,
    Source,
    Task,
    Urgency,
)
from vnplan.model import Section as ModelSection
from vnplan.model import SectionKind as ModelKind
from vnplan.model import Span as ModelSpan
from vnplan.numbering import DocumentNumber, NumberFamily, provincial_party_number
from vnplan.text.citations import find_citations
from vnplan.text.fields import Field
from vnplan.text.layout import Layout, read_layout
from vnplan.text.letters import base_letters
from vnplan.text.metrics import find_report_period, find_results, headings
from vnplan.text.normalize import MAX_INPUT_CHARS, Paragraph
from vnplan.text.ocr_words import repair_title
from vnplan.text.reporting import ReportingItem, find_reporting
from vnplan.text.site_metadata import find_site_metadata
from vnplan.text.spans import Segment, Span
from vnplan.text.structure import Section, SectionKind
from vnplan.text.tasks import TaskItem, find_tasks

__all__ = ["MAX_INPUT_CHARS", "RULES", "parse_document", "section_kind"]

#: Rule ids of the warnings :func:`parse_document` attaches, with their severity.
RULES: dict[str, Severity] = {
    "parse.no-header": Severity.WARNING,  # no Quốc hiệu, number, date or type line found
    "parse.blank-number": Severity.WARNING,  # "Số:      /KH-UBND": an unnumbered draft
    "parse.missing-number": Severity.INFO,  # no "Số:" line at all
    "parse.unparsed-number": Severity.WARNING,  # a number that does not read as one
    "parse.ocr-number": Severity.WARNING,  # "II/2026/QĐ-UBND" read as "11/2026/QĐ-UBND"
    "parse.ocr-date": Severity.WARNING,  # "ngày 1O tháng 3 năm 2O20" read as 10/3/2020
    "parse.ocr-words": Severity.WARNING,  # "UỶ BAN NHÂN DÃN" read as "... DÂN", "KHẦN" as "Khẩn"
    "parse.site-metadata": Severity.WARNING,  # a field taken from a web page's metadata table
    "parse.blank-date": Severity.WARNING,  # "ngày   tháng   năm 2026": an undated draft
    "parse.unparsed-date": Severity.WARNING,  # a date line that does not read as a date
    "parse.unknown-type": Severity.WARNING,  # no type line, or a type name not in the table
    "parse.type-inferred": Severity.WARNING,  # no type line; read as a report by content
    "parse.unparsed-mark": Severity.WARNING,  # an urgency or secrecy mark not understood
    "parse.no-signer": Severity.INFO,  # no signature block found
    "parse.unparsed-deadline": Severity.WARNING,  # a task deadline that is not a deadline
}

# Header fields recorded in provenance only: fixed formulas the model carries by structure.
_FORMULAS = ("national_name", "motto", "party_name", "number_label", "addressee_label")
_TEXT_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
#: Longest name handed to the agency registry (a longer "name" is kept as printed).
_MAX_AGENCY_NAME = 400
_VV = re.compile(r"(?:V/[Vv]|v/v|V[lI1|][vV]|Về việc|về việc|VỀ VIỆC|Về|VỀ)(?:[ ]|$)")
_HEADERLESS_REPORT = re.compile(r"^(?:BAO CAO|KET QUA THUC HIEN|TINH HINH THUC HIEN"
                                r"|KET QUA CONG TAC|TONG KET)\b")
_CAN_CU = re.compile(r"(?:Căn cứ|CĂN CỨ)[ ]")
_ITEM_MARK = re.compile(r"^[-+•~–*][ ]?")
_NOTE = re.compile(r"[ ]?\((?P<note>[^()]{1,80})\)[;.,]?$")
_NEXT_PERIOD = re.compile(r"(?:[IVX0-9.]{1,6}[ ])?(?:MOT SO |CAC )?(?:NHIEM VU|PHUONG HUONG)")


def section_kind(kind: SectionKind, depth: int = 1, label: str | None = None) -> ModelKind:
    """The model's :class:`~vnplan.model.SectionKind` of a text-stage section kind.

    The text stage reads "2.1." as ``NUMBERED`` with depth 2 and "Tiểu mục 1" as
    ``SECTION``; the model calls them ``MULTILEVEL`` and ``SUBSECTION``.

    >>> section_kind(SectionKind.NUMBERED, 2).value, section_kind(SectionKind.NUMBERED).value
    ('multilevel', 'numbered')
    >>> section_kind(SectionKind.SECTION, label="Tiểu mục 2").value
    'subsection'
    """
    if kind is SectionKind.NUMBERED:
        return ModelKind.MULTILEVEL if depth > 1 else ModelKind.NUMBERED
    if kind is SectionKind.SECTION and label is not None and \
            base_letters(label).lower().startswith("tieu"):
        return ModelKind.SUBSECTION
    return _KINDS[kind]


_KINDS = {
    SectionKind.ROOT: ModelKind.OTHER,
    SectionKind.APPENDIX: ModelKind.APPENDIX,
    SectionKind.PART: ModelKind.PART,
    SectionKind.CHAPTER: ModelKind.CHAPTER,
    SectionKind.SECTION: ModelKind.SECTION,
    SectionKind.ARTICLE: ModelKind.ARTICLE,
    SectionKind.ROMAN: ModelKind.ROMAN,
    SectionKind.NUMBERED: ModelKind.NUMBERED,
    SectionKind.LETTER: ModelKind.LETTER,
    SectionKind.DASH: ModelKind.DASH,
    SectionKind.PLUS: ModelKind.PLUS,
    SectionKind.BULLET: ModelKind.BULLET,
}


def _text(value: str) -> str:
    """Text the model accepts: XML 1.0 characters only (a form feed becomes a space)."""
    if _TEXT_NOT_XML.search(value):
        value = " ".join(_TEXT_NOT_XML.sub(" ", value).split())
    return value


def _span(span: Span) -> ModelSpan:
    return ModelSpan(start=span.start, end=span.end)


def _agency(name: str) -> Agency:
    name = _text(name).strip()
    if len(name) > _MAX_AGENCY_NAME:
        return Agency(name=name)
    try:
        return Agency.from_name(name)
    except VnplanError:
        return Agency(name=name)


_OCR_DIGITS = str.maketrans({"I": "1", "l": "1", "|": "1", "!": "1", "O": "0", "o": "0"})
_OCR_HEAD = re.compile(r"[0-9IlO|!o]{1,6}(?=[ ]?[/-])")


def _ocr_number(printed: str) -> str | None:
    """The number with OCR letters in its digit part read as digits ("II/2026" → "11/2026").

    Only the part before the first "/" or "-" is repaired, and only when it holds at
    least one such letter and nothing but digits and those letters.
    """
    head = _OCR_HEAD.match(printed.strip())
    if head is None or head.group().isdigit():
        return None
    stripped = printed.strip()
    return (head.group().translate(_OCR_DIGITS) + stripped[head.end():]).replace(" ", "")


# Urgency and secrecy marks by their letters without diacritics (OCR loses tones: "KHẦN").
_OCR_MARKS = {
    "KHAN": "Khẩn", "THUONG KHAN": "Thượng khẩn", "HOA TOC": "Hỏa tốc",
    "HOA TOC HEN GIO": "Hỏa tốc hẹn giờ", "MAT": "Mật", "TOI MAT": "Tối mật",
    "TUYET MAT": "Tuyệt mật",
}


def _sentence_case(name: str) -> str:
    lower = name.lower()
    return lower[:1].upper() + lower[1:]


# ---------------------------------------------------------------------------------


@attrs.define
class _Assembler:
    layout: Layout
    source: Source | None
    findings: list[Finding] = attrs.Factory(list)
    provenance: dict[str, ModelSpan] = attrs.Factory(dict)
    extra_bodies: list[Field] = attrs.Factory(list)  # bodies above the parent issuer

    def warn(self, rule: str, message: str, field: str | None = None,
             span: Span | None = None) -> None:
        self.findings.append(Finding(rule, message, RULES[rule], field,
                                     span.start if span else None,
                                     span.end if span else None))

    def record(self, name: str, field: Field | None) -> None:
        if field is not None and field.spans:
            self.provenance[name] = _span(field.span)

    # -- header -----------------------------------------------------------------------

    def header(self) -> dict[str, Any]:
        header = self.layout.header
        values: dict[str, Any] = {}
        if header.start_line == header.end_line and header.issuer is None:
            self.warn("parse.no-header", "no header found (no Quốc hiệu, number, date or "
                      "type line); the whole text is read as the body")
        for name in _FORMULAS:
            self.record(name, getattr(header, name))
        meta = self.site_metadata()
        number, label = header.number, header.number_label
        if number is None and label is None and "number" in meta:
            number = self.from_metadata("number", meta["number"])
        values.update(self.number(number, label))
        date = header.date
        if date is None and "date" in meta:
            date = self.from_metadata("date", meta["date"])
        values.update(self.date(date))
        if not header.issuers and "issuer" in meta:
            issuer = self.from_metadata("issuer", meta["issuer"])
            values["issuer"] = _agency(issuer.text)
            self.record("issuer", issuer)
        if header.place is not None:
            values["place"] = _text(header.place.text)
            self.record("place", header.place)
        if header.issuers:
            values.update(self.issuers(header.issuers, header.issuer, header.parent_issuer))
        if "number" in values and values.get("issuer") is not None:
            # "12-NQ/TƯ" under "TỈNH ỦY ..." is the provincial TU with an OCR horn
            values["number"] = provincial_party_number(
                values["number"], values.get("number_text", ""), values["issuer"].name)
        for printed, repaired in header.repairs:
            self.warn("parse.ocr-words", f"issuer line {printed.text!r} read as {repaired!r} "
                      "(OCR-damaged administrative words repaired)", "issuer", printed.span)
        if header.title is not None:
            values["title"] = _text(header.title.text)
            self.record("title", header.title)
        for name, field, kind in (("urgency", header.urgency, Urgency),
                                  ("secrecy", header.secrecy, Secrecy)):
            if field is None:
                continue
            self.record(name, field)
            try:
                values[name] = kind.parse(field.text)
            except VnplanError:
                mark = _OCR_MARKS.get(" ".join(base_letters(field.text).upper().split()))
                if mark is None:
                    self.warn("parse.unparsed-mark", f"{name} mark {field.text!r} not "
                              "understood", name, field.span)
                    continue
                values[name] = kind.parse(mark)
                self.warn("parse.ocr-words", f"{name} mark {field.text!r} read as {mark!r}",
                          name, field.span)
        return values

    def site_metadata(self) -> dict[str, Field]:
        """The page's metadata table above the header (or above the text, without one)."""
        header = self.layout.header
        no_header = header.start_line == header.end_line
        stop = header.start_line + (40 if no_header else 0)
        return find_site_metadata(self.layout.text, 0, stop)

    def from_metadata(self, name: str, field: Field) -> Field:
        self.warn("parse.site-metadata", f"{name} {field.text!r} taken from the page's "
                  "metadata table (not printed in the document's header)", name, field.span)
        return field

    def number(self, field: Field | None, label: Field | None) -> dict[str, Any]:
        if field is None:
            if label is None:
                self.warn("parse.missing-number", "no 'Số:' line found", "number")
            return {}
        self.record("number", field)
        printed = _text(field.text)
        out: dict[str, Any] = {"number_text": printed}
        if not printed:
            self.warn("parse.blank-number", "the number is blank (an unnumbered draft)",
                      "number", field.span if field.spans else None)
            return out
        for candidate in (printed, printed.replace(" ", "")):
            try:
                out["number"] = DocumentNumber.parse(candidate)
                return out
            except IncompleteValue:
                self.warn("parse.blank-number", f"the number {printed!r} is blank (an "
                          "unnumbered draft)", "number", field.span)
                return out
            except VnplanError:
                continue
        repaired = _ocr_number(printed)
        if repaired is not None:
            try:
                out["number"] = DocumentNumber.parse(repaired)
            except VnplanError:
                pass
            else:
                self.warn("parse.ocr-number", f"the number {printed!r} was read as "
                          f"{repaired!r} (OCR letters for digits)", "number", field.span)
                return out
        self.warn("parse.unparsed-number", f"{printed!r} does not read as a document number",
                  "number", field.span)
        return out

    def date(self, field: Field | None) -> dict[str, Any]:
        if field is None:
            return {}
        self.record("date", field)
        out: dict[str, Any] = {"date_text": _text(field.text)}
        try:
            out["date"] = parse_date(field.text)
            repaired = repair_date_digits(field.text)
            if repaired != field.text:
                self.warn("parse.ocr-date", f"the date {field.text!r} was read as {repaired!r} "
                          "(OCR letters for digits)", "date", field.span)
        except IncompleteValue:
            self.warn("parse.blank-date", f"the date {field.text!r} is blank (an undated "
                      "draft)", "date", field.span)
        except VnplanError:
            self.warn("parse.unparsed-date", f"{field.text!r} does not read as a date",
                      "date", field.span)
        return out

    def issuers(self, bodies: Sequence[Field], issuer: Field | None,
                parent: Field | None) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if issuer is not None and parent is None and len(bodies) >= 2 and \
                issuer.text != bodies[-1].text:
            # a joint document: every body issues it
            out["issuer"] = _agency(bodies[0].text)
            out["co_issuers"] = [_agency(b.text) for b in bodies[1:]]
            self.record("issuer", bodies[0])
            for k, body in enumerate(bodies[1:]):
                self.record(f"co_issuers[{k}]", body)
            return out
        own = bodies[-1]
        out["issuer"] = _agency(own.text)
        self.record("issuer", own)
        if len(bodies) >= 2:
            out["parent_issuer"] = _agency(bodies[-2].text)
            self.record("parent_issuer", bodies[-2])
            self.extra_bodies = list(bodies[:-2])  # a third level above the parent
        return out

    def doc_type(self, values: dict[str, Any]) -> tuple[str | None, str | None]:
        """(type name for ``doc_type``, base type name deciding the model kind)."""
        header = self.layout.header
        field = header.type_name
        if field is not None:
            self.record("doc_type", field)
            printed = " ".join(field.text.split())
            try:
                found = DocumentType.from_name(printed)
                return found.name_vi, found.name_vi
            except VnplanError:
                pass
            words = printed.split()
            for size in range(len(words) - 1, 0, -1):
                try:
                    base = DocumentType.from_name(" ".join(words[:size]))
                except VnplanError:
                    continue
                return _text(_sentence_case(printed)), base.name_vi  # "Kế hoạch liên tịch"
            self.warn("parse.unknown-type", f"type name {printed!r} is not a known type",
                      "doc_type", field.span)
            return _text(_sentence_case(printed)), None
        # no type line: the number's type code decides (a "V/v" trích yếu under
        # "876/QĐ-UBND" belongs to a Quyết định), then a "V/v" trích yếu or a number
        # without a type code makes a Công văn
        number = values.get("number")
        implied = number.document_type if isinstance(number, DocumentNumber) else None
        if implied is not None:
            return implied.name_vi, implied.name_vi
        meta = self.site_metadata().get("doc_type")
        if meta is not None:
            try:
                found = DocumentType.from_name(" ".join(meta.text.split()))
            except VnplanError:
                pass
            else:
                self.from_metadata("doc_type", meta)
                self.record("doc_type", meta)
                return found.name_vi, found.name_vi
        title = values.get("title")
        if title and _VV.match(title):
            return "Công văn", "Công văn"
        if isinstance(number, DocumentNumber) and number.family is NumberFamily.OFFICIAL_LETTER:
            return "Công văn", "Công văn"
        if self.layout.header.end_line == self.layout.header.start_line:
            for seg in headings(self.layout.body):
                if _HEADERLESS_REPORT.match(base_letters(seg.text).upper()):
                    self.warn("parse.type-inferred", "no type line: read as a report from "
                              f"its first heading {seg.text[:60]!r}", "doc_type", seg.span)
                    return None, "Báo cáo"
        self.warn("parse.unknown-type", "no type line and no type in the number", "doc_type")
        return None, None

    # -- body -------------------------------------------------------------------------

    def sections(self) -> list[ModelSection]:
        layout = self.layout
        out: list[ModelSection] = []
        out.extend(_top_sections(layout.front))
        debris = [*self.extra_bodies, *(f for f in layout.header.other if f.text.strip())]
        if debris:
            out.append(_loose(sorted(debris, key=lambda f: f.span.start)))
        out.extend(_top_sections(layout.body))
        closing = layout.closing
        if closing is not None:
            notes = [n for s in closing.signers for n in s.notes] + list(closing.other)
            if notes:
                out.append(_loose(sorted(notes, key=lambda f: f.span.start)))
        out.extend(_top_sections(layout.annex))
        return out

    def legal_bases(self) -> list[str]:
        return [_text(p.text) for p in self.layout.body.paragraphs if _CAN_CU.match(p.text)]

    def closing(self) -> dict[str, Any]:
        closing = self.layout.closing
        header = self.layout.header
        out: dict[str, Any] = {}
        recipients = [_recipient(f, addressed=True) for f in header.addressees]
        if closing is None or not closing.signers:
            self.warn("parse.no-signer", "no signature block found", "signer")
        if closing is not None:
            signers = [_signer(s) for s in closing.signers]
            for block, signer in zip(closing.signers, signers, strict=True):
                for printed, read in ((block.authority, signer.authority),
                                      (block.position, signer.position)):
                    if printed is not None and read != _text(printed.text):
                        self.warn("parse.ocr-words", f"signer line {printed.text!r} read as "
                                  f"{read!r} (OCR-damaged words repaired)", "signer",
                                  printed.span)
            if signers:
                out["signer"] = signers[0]
                out["co_signers"] = signers[1:]
                first = closing.signers[0]
                parts = [f for f in (first.authority, first.position, first.name) if f]
                if parts:
                    self.provenance["signer"] = _span(Span(min(p.span.start for p in parts),
                                                           max(p.span.end for p in parts)))
            if closing.recipients is not None:
                self.record("recipients_label", closing.recipients.label)
                recipients.extend(_recipient(f) for f in closing.recipients.items)
        out["recipients"] = [r for r in recipients if r is not None]
        return out

    def tasks(self, root: Section, reference: dt.date | None, report: bool) -> list[Task]:
        if report:
            root = _next_period_sections(root)
        items = find_tasks(root, doc=None if report else self.layout.text, reference=reference)
        out: list[Task] = []
        for item in items:
            task = self.task(item)
            if task is not None:
                out.append(task)
        return out

    def task(self, item: TaskItem) -> Task | None:
        text = _text(item.text.text).strip()
        if not text:
            return None
        deadline_text = _text(item.deadline_text.text) if item.deadline_text else None
        if deadline_text and item.deadline is None:
            self.warn("parse.unparsed-deadline", f"task deadline {deadline_text!r} is not a "
                      "date, period, duration or cycle", "tasks", item.deadline_text.span
                      if item.deadline_text else None)
        return Task(
            label=_text(item.label.text) if item.label else None,
            text=text,
            lead=[_agency(f.text) for f in item.lead if f.text.strip()],
            coordinators=[_agency(f.text) for f in item.coordinators if f.text.strip()],
            deadline=item.deadline,
            deadline_text=deadline_text or None,
            deliverable=_text(item.deliverable.text) if item.deliverable else None,
            span=_span(item.span),
        )


def _next_period_sections(root: Section) -> Section:
    """The part of a report about the next period: from a heading "NHIỆM VỤ QUÝ II",
    "PHƯƠNG HƯỚNG, NHIỆM VỤ ..." (a section title or an upper-case line) to the end."""
    start: int | None = None
    for section in root.walk():
        heads = [section.title.text] if section.title is not None else []
        heads += [p.text for p in section.paragraphs if p.text.isupper()]
        for head in heads:
            if _NEXT_PERIOD.match(base_letters(head).upper()):
                spans = section.title.spans if section.title is not None else ()
                start = spans[0].start if spans else 0
                if section.title is None or head != section.title.text:
                    start = next(p.span.start for p in section.paragraphs if p.text == head)
                break
        if start is not None:
            break
    if start is None:
        return Section(SectionKind.ROOT)
    keep = tuple(c for c in root.children
                 if (_section_span(c) or Span(0, 0)).end > start)
    return Section(SectionKind.ROOT, children=keep)


def _reporting(item: ReportingItem) -> list[ReportingRequirement]:
    """One requirement per cycle of the clause ("6 tháng và cả năm" gives two)."""
    text = _text(item.text.text).strip()
    if not text:
        return []
    recipients = [_agency(f.text) for f in item.recipients if f.text.strip()]
    reporters = [_agency(f.text) for f in item.reporters if f.text.strip()]
    kind = None
    if item.cycles:
        kind = ReportKind.PERIODIC
    elif item.thematic:
        kind = ReportKind.THEMATIC
    elif item.ad_hoc:
        kind = ReportKind.AD_HOC
    return [
        ReportingRequirement(
            kind=kind,
            reporters=reporters,
            recipient=recipients[0] if recipients else None,
            co_recipients=recipients[1:],
            cycle=cycle,
            frequency_text=_text(item.frequency_text.text) if item.frequency_text else None,
            due=item.due,
            due_text=_text(item.due_text.text) if item.due_text else None,
            text=text,
            span=_span(item.span),
        )
        for cycle in (item.cycles or (None,))
    ]


def _signer(block: Any) -> Signer:
    parts = [f for f in (block.authority, block.position, block.name) if f is not None]
    span = _span(Span(min(p.span.start for p in parts), max(p.span.end for p in parts))) \
        if parts else None
    return Signer(
        authority=_text(repair_title(block.authority.text)) if block.authority else None,
        position=_text(repair_title(block.position.text)) if block.position else None,
        name=_text(block.name.text) if block.name else None,
        span=span,
    )


def _recipient(field: Field, *, addressed: bool = False) -> Recipient | None:
    text = _text(field.text).strip()
    mark = _ITEM_MARK.match(text)
    if mark:
        text = text[mark.end():]
    text = text.rstrip(" ;,")
    note = None
    found = _NOTE.search(text)
    if found and found.start() > 0:
        note = found.group("note").strip()
        text = text[:found.start()].rstrip(" ;,")
    text = text.rstrip(".") if not text.endswith("./.") else text
    if not text.strip():
        if note:
            return Recipient(name=note, addressed=addressed)
        return None
    return Recipient(name=text, addressed=addressed, note=note or None)


# ---------------------------------------------------------------------------------
# Sections


def _cover(spans: Iterable[Span]) -> Span | None:
    spans = [s for s in spans if s.end > s.start]
    if not spans:
        return None
    return Span(min(s.start for s in spans), max(s.end for s in spans))


def _section_span(section: Section) -> Span | None:
    spans: list[Span] = []
    for part in section.walk():
        for field in (part.label, part.title):
            if field is not None:
                spans.extend(field.spans)
        spans.extend(p.span for p in part.paragraphs)
    return _cover(spans)


def _paragraph_texts(paragraphs: Iterable[Paragraph]) -> list[str]:
    return [t for t in (_text(p.text) for p in paragraphs) if t.strip()]


def _loose_paragraphs(paragraphs: Sequence[Paragraph]) -> ModelSection:
    return ModelSection(kind=ModelKind.OTHER, paragraphs=_paragraph_texts(paragraphs),
                        span=_span(_cover(p.span for p in paragraphs) or Span(0, 0)))


def _loose(fields: Sequence[Field]) -> ModelSection:
    texts = [t for t in (_text(f.text) for f in fields) if t.strip()]
    return ModelSection(kind=ModelKind.OTHER, paragraphs=texts,
                        span=_span(_cover(f.span for f in fields) or Span(0, 0)))


def _ordered(section: Section) -> Iterator[Paragraph | Section]:
    """Paragraphs and children of a text section in source order."""
    items: list[tuple[int, int, Paragraph | Section]] = []
    for k, paragraph in enumerate(section.paragraphs):
        items.append((paragraph.span.start, k, paragraph))
    for k, child in enumerate(section.children):
        span = _section_span(child)
        items.append((span.start if span else 0, len(section.paragraphs) + k, child))
    items.sort(key=lambda item: (item[0], item[1]))
    for _, _, item in items:
        yield item


def _convert(section: Section) -> ModelSection:
    """A text-stage section as a model section; paragraphs that follow a sub-section
    become an unlabelled sub-section in their place, so the order is kept."""
    before: list[Paragraph] = []
    children: list[ModelSection] = []
    run: list[Paragraph] = []
    for item in _ordered(section):
        if isinstance(item, Paragraph):
            if children:
                run.append(item)
            else:
                before.append(item)
            continue
        if run:
            children.append(_loose_paragraphs(run))
            run = []
        children.append(_convert(item))
    if run:
        children.append(_loose_paragraphs(run))
    label = section.label.text if section.label is not None else None
    span = _section_span(section)
    return ModelSection(
        label=_text(label) if label else None,
        kind=section_kind(section.kind, section.depth, label),
        title=_text(section.title.text) if section.title is not None else None,
        paragraphs=_paragraph_texts(before),
        children=children,
        span=_span(span) if span else None,
    )


def _top_sections(root: Section) -> list[ModelSection]:
    """The top level of a tree: unlabelled runs of paragraphs and the labelled sections."""
    out: list[ModelSection] = []
    run: list[Paragraph] = []
    for item in _ordered(root):
        if isinstance(item, Paragraph):
            run.append(item)
            continue
        if run:
            out.append(_loose_paragraphs(run))
            run = []
        out.append(_convert(item))
    if run:
        out.append(_loose_paragraphs(run))
    return out


# ---------------------------------------------------------------------------------
# Plans and reports


_PLAN_PARTS = (
    ("objectives", re.compile(r"\bMUC (?:DICH|TIEU)\b")),
    ("requirements", re.compile(r"\bYEU CAU\b")),
    ("monitoring", re.compile(r"\b(?:KIEM TRA|GIAM SAT|THEO DOI)\b")),
    ("implementation", re.compile(r"\bTO CHUC THUC HIEN\b")),
    ("funding", re.compile(r"\bKINH PHI\b")),
)


def _plan_parts(root: Section) -> dict[str, list[str]]:
    """Paragraphs under the headings of a plan's parts (copies; the tree keeps them)."""
    out: dict[str, list[str]] = {name: [] for name, _ in _PLAN_PARTS}
    for top in root.children:
        heading = base_letters(top.title.text).upper() if top.title is not None else ""
        parts = [name for name, pattern in _PLAN_PARTS if pattern.search(heading)]
        if not parts:
            continue
        if parts == ["objectives", "requirements"]:  # "MỤC ĐÍCH, YÊU CẦU" with 1./2. below
            for child in top.children:
                sub = base_letters(child.title.text).upper() if child.title else ""
                target = "requirements" if "YEU CAU" in sub else "objectives"
                out[target].extend(_all_texts(child, with_title=False))
            out["objectives"].extend(_paragraph_texts(top.paragraphs))
            continue
        out[parts[0]].extend(_all_texts(top, with_title=False))
    return out


def _all_texts(section: Section, *, with_title: bool = True) -> list[str]:
    texts: list[str] = []
    for part in section.walk():
        if part is not section or with_title:
            head = " ".join(f.text for f in (part.label, part.title) if f is not None)
            if head and part is not section and part.title is not None:
                texts.append(_text(head))
        texts.extend(_paragraph_texts(part.paragraphs))
    return [t for t in texts if t.strip()]


def _metrics(root: Section) -> list[Result]:
    out: list[Result] = []
    for item in find_results(root):
        metrics = []
        for m in item.metrics:
            try:
                metrics.append(Metric(
                    label=_text(m.label.text), value=m.value, unit=m.unit, ratio=m.ratio,
                    ratio_basis=_text(m.ratio_basis.text) if m.ratio_basis else None,
                    text=None, span=_span(m.span)))
            except pydantic.ValidationError:
                continue  # a figure too large for a Quantity
        if metrics:
            out.append(Result(title=_text(item.title.text) if item.title else None,
                              text=_text(item.text.text), metrics=metrics,
                              span=_span(item.text.span)))
    return out


def _period_texts(layout: Layout) -> list[str | Segment]:
    texts: list[str | Segment] = []
    title = layout.header.title
    if title is not None:
        texts.append(title.as_segment())
    texts.extend(headings(layout.body))
    return texts


# ---------------------------------------------------------------------------------
# Entry point


def parse_document(
    text: str, *, source: str | Source | None = None, strict: bool = False
) -> Document:
    """Parse the plain text of an official document into a Plan, Report or Document.

    ``source`` (a file path or URL, or a :class:`~vnplan.model.Source`) is recorded in the
    model. With ``strict=True`` the first problem (a warning of :data:`RULES`) raises
    :class:`~vnplan.errors.ParseError` with its line and column instead of being recorded.

    Raises:
        InputTooLarge: ``text`` is longer than :data:`MAX_INPUT_CHARS` characters.
        ParseError: ``strict=True`` and the text has a problem.
        TypeError: ``text`` is not a string (a programming error, not bad input).
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_document expects text (str), got {type(text).__name__}")
    if isinstance(source, str):
        source = Source(uri=_text(source))
    elif source is not None and not isinstance(source, Source):
        raise TypeError(f"source must be a str or a Source, got {type(source).__name__}")
    layout = read_layout(text)
    assembler = _Assembler(layout, source)
    try:
        document = _assemble(assembler)
    except pydantic.ValidationError as error:  # pragma: no cover - a bug, reported as ours
        raise VnplanError(f"internal error building the model: {error}") from None
    if strict:
        _raise_first(assembler.findings, layout.text.source)
    return document


def _assemble(assembler: _Assembler) -> Document:
    layout = assembler.layout
    values = assembler.header()
    doc_type, base = assembler.doc_type(values)
    values["doc_type"] = doc_type
    values["sections"] = assembler.sections()
    values["legal_bases"] = assembler.legal_bases()
    values.update(assembler.closing())
    reference = values.get("date")
    body = Section(SectionKind.ROOT, paragraphs=layout.body.paragraphs,
                   children=layout.body.children + layout.annex.children)
    report = base == "Báo cáo"
    values["tasks"] = assembler.tasks(body, reference, report)
    values["reporting"] = [r for item in find_reporting(body, reference=reference)
                           for r in _reporting(item)]
    values["citations"] = find_citations(
        layout.text.source, default_year=reference.year if reference else None,
        own_number=values.get("number_text") or None, unique=True)
    values["source"] = assembler.source
    values["provenance"] = assembler.provenance
    values["warnings"] = assembler.findings
    if base == "Kế hoạch":
        period, _ = find_report_period([layout.header.title.as_segment()]
                                       if layout.header.title is not None else [])
        return Plan(**values, period=period, **_plan_parts(layout.body))
    if report:
        period, period_text = find_report_period(_period_texts(layout))
        return Report(**values, period=period,
                      period_text=_text(period_text.text) if period_text else None,
                      results=_metrics(layout.body))
    return Document(**values)


def _raise_first(findings: Sequence[Finding], source: str) -> None:
    problems = [f for f in findings if f.severity in (Severity.ERROR, Severity.WARNING)]
    if not problems:
        return
    first = min(problems, key=lambda f: f.start if f.start is not None else 0)
    raise ParseError(f"{first.rule}: {first.message}", text=source,
                     offset=first.start or 0, expected=first.field)
