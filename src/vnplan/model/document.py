"""The document model: header, body, signature, distribution, provenance."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any, Literal

from pydantic import Field, model_validator

from vnplan.agencies import OrganId
from vnplan.doctypes import DocumentType
from vnplan.errors import VnplanError
from vnplan.findings import Finding, raise_for_errors
from vnplan.model import rules
from vnplan.model.agency import Agency
from vnplan.model.base import NonEmptyText, Text, VnplanModel
from vnplan.model.citation import Citation
from vnplan.model.contact import Contact
from vnplan.model.exchange import Exchange
from vnplan.model.finding import FindingField
from vnplan.model.marks import Secrecy, Urgency
from vnplan.model.obligations import (
    Done,
    Obligation,
    overdue_obligations,
    schedule_obligations,
)
from vnplan.model.reporting import ReportingRequirement
from vnplan.model.section import MAX_SECTION_DEPTH, Section, section_depth
from vnplan.model.signer import Signer
from vnplan.model.span import Span
from vnplan.model.task import Task
from vnplan.numbering import DocumentNumber
from vnplan.periods import Period
from vnplan.workdays import WorkingCalendar

__all__ = ["Document", "Recipient", "Source", "TaskRole"]

#: Which involvement :meth:`Document.tasks_for` looks at.
TaskRole = Literal["any", "lead", "coordinator"]


class Recipient(VnplanModel):
    """One line of "Kính gửi:" (``addressed``) or "Nơi nhận:" (distribution).

    >>> Recipient(name="Bộ Nội vụ", note="để báo cáo").addressed
    False
    """

    name: NonEmptyText
    """The recipient as printed, without the leading "-" and the trailing ";"."""
    addressed: bool = False
    """True for a "Kính gửi" addressee, False for a "Nơi nhận" line."""
    note: Text | None = None
    """A routing note in brackets ("để báo cáo", "để thực hiện")."""
    organ_id: OrganId | None = None
    """The recipient's identifier (mã định danh), for electronic exchange."""
    parent_name: Text | None = None
    """The body in charge of the recipient (cơ quan chủ quản; edXML
    ``To/OrganizationInCharge``)."""
    contact: Contact | None = None
    """The recipient's address, e-mail, telephone, fax and website, when known."""


class Source(VnplanModel):
    """Where a document's text came from."""

    uri: Text | None = None
    """File path or URL of the source."""
    format: Text | None = None
    """How the text was produced: "docx", "pdf", "ocr", "html", "markdown", "text", ..."""
    sha256: Text | None = None
    """SHA-256 of the source bytes, hex."""
    note: Text | None = None
    """Anything else worth knowing about the source."""


class Document(VnplanModel):
    """An official document (văn bản hành chính) of any type.

    :class:`~vnplan.model.Plan` and :class:`~vnplan.model.Report` add the parts specific to
    plans and reports; ``kind`` tells the three apart in JSON and XML.

    ``number`` is filled from ``number_text`` whenever it is ``None`` and the printed text
    parses; an unnumbered draft ("Số: /KH-UBND") keeps ``number=None``.

    >>> doc = Document(doc_type="Công văn", number_text="Số: 3954/UBND-VX",
    ...                issuer=Agency(name="ỦY BAN NHÂN DÂN TỈNH LÀO CAI"),
    ...                place="Lào Cai", date=dt.date(2025, 11, 20),
    ...                title="V/v triển khai Kế hoạch")
    >>> doc.number, doc.number.family.value
    (DocumentNumber('3954/UBND-VX'), 'official_letter')
    >>> doc.kind, doc.urgency.value, doc.secrecy
    ('document', 'normal', None)
    >>> doc.check(today=dt.date(2026, 1, 1))
    []
    """

    kind: Literal["document"] = "document"
    """Discriminator: "document", "plan" or "report"."""
    number: DocumentNumber | None = None
    """Số/ký hiệu, canonical ("800/KH-UBND"); ``None`` for an unnumbered draft."""
    number_text: Text | None = None
    """Số/ký hiệu as printed ("800/KH-UBND"; "/KH-UBND" on an unnumbered draft)."""
    doc_type: Text | None = None
    """Vietnamese type name ("Kế hoạch", "Báo cáo", "Công văn", "Quyết định")."""
    issuer: Agency | None = None
    """The issuing body (box 2, second line)."""
    parent_issuer: Agency | None = None
    """The directly superior body printed above the issuer (box 2, first line)."""
    co_issuers: list[Agency] = Field(default_factory=list)
    """Further issuers of a joint document, in header order."""
    place: Text | None = None
    """Place name of the place-and-date line ("An Giang", "Hà Nội")."""
    date: dt.date | None = None
    """Date of issue; ``None`` when the day or month is left blank (drafts)."""
    date_text: Text | None = None
    """The date as printed ("ngày 23 tháng 12 năm 2021"; "ngày   tháng 6 năm 2026" on a
    draft), kept beside ``date`` as ``number_text`` is beside ``number``."""
    title: Text | None = None
    """Trích yếu, without the type name; a công văn keeps its "V/v"."""
    urgency: Urgency = Urgency.NORMAL
    """Urgency mark (box 10b)."""
    secrecy: Secrecy | None = None
    """Secrecy mark (box 10a); ``None`` when the document is not secret."""
    legal_bases: list[Text] = Field(default_factory=list)
    """Căn cứ lines, as printed, in order."""
    sections: list[Section] = Field(default_factory=list)
    """The body as a tree of sections; text before the first heading sits in an unlabelled one."""
    tasks: list[Task] = Field(default_factory=list)
    """Tasks the document assigns (for a report: the tasks set for the next period)."""
    reporting: list[ReportingRequirement] = Field(default_factory=list)
    """Reporting obligations the document sets."""
    signer: Signer | None = None
    """The signer (box 7)."""
    co_signers: list[Signer] = Field(default_factory=list)
    """Further signers of a joint document."""
    recipients: list[Recipient] = Field(default_factory=list)
    """"Kính gửi" addressees and "Nơi nhận" lines, in order."""
    citations: list[Citation] = Field(default_factory=list)
    """Other documents referred to by number, in order of first mention."""
    warnings: list[FindingField] = Field(default_factory=list)
    """What a parser could not settle about this document (kept through JSON and XML)."""
    source: Source | None = None
    """Where the text came from."""
    provenance: dict[NonEmptyText, Span] = Field(default_factory=dict)
    """Where each header field was found, keyed by field name ("number", "date", "title")."""
    exchange: Exchange | None = None
    """What an edXML message carried beyond these fields (``None`` for a document that was
    never exchanged); see :func:`vnplan.to_edxml`."""

    @model_validator(mode="before")
    @classmethod
    def _fill_number(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("number") is None and data.get("number_text"):
            try:
                number = DocumentNumber.parse(str(data["number_text"]))
            except VnplanError:
                return data
            return {**data, "number": number}
        return data

    @model_validator(mode="after")
    def _bounded_depth(self) -> Document:
        depth = section_depth(self.sections)
        if depth > MAX_SECTION_DEPTH:
            raise ValueError(
                f"the section tree is {depth} levels deep; at most {MAX_SECTION_DEPTH} "
                "are allowed"
            )
        return self

    # -- queries -------------------------------------------------------------------------

    @property
    def document_type(self) -> DocumentType | None:
        """The :class:`~vnplan.doctypes.DocumentType` named by ``doc_type``, if known."""
        if not self.doc_type:
            return None
        try:
            return DocumentType.from_name(self.doc_type)
        except VnplanError:
            return None

    def iter_sections(self) -> Iterator[Section]:
        """Every section of the body, depth first, in document order."""
        for section in self.sections:
            yield from section.walk()

    def tasks_for(self, agency: str | Agency, *, role: TaskRole = "any") -> list[Task]:
        """Tasks that ``agency`` leads (``role="lead"``), coordinates, or either.

        Agencies match by normalised name or by abbreviation
        (:meth:`vnplan.model.Agency.matches`), so "Sở LĐTBXH" finds tasks led by the
        "Sở Lao động - Thương binh và Xã hội".
        """
        found: list[Task] = []
        for task in self.tasks:
            lead = task.is_led_by(agency)
            helps = any(a.matches(agency) for a in task.coordinators)
            wanted = {"lead": lead, "coordinator": helps, "any": lead or helps}[role]
            if wanted:
                found.append(task)
        return found

    def schedule(
        self, start: dt.date, end: dt.date, *, calendar: WorkingCalendar | None = None
    ) -> list[Obligation]:
        """The dated obligations from ``start`` to ``end`` (both included), sorted.

        One :class:`~vnplan.model.obligations.Obligation` per task deadline and per due
        day of each recurring task or periodic report, dated on the last day it is met;
        the document date is the reference for dates without a year and relative
        deadlines. The rules are in :mod:`vnplan.model.obligations`.
        ``calendar`` (default: the shipped working calendar) counts working days.
        """
        return schedule_obligations(
            self.tasks, self.reporting, start, end,
            reference=self.date, active=self._active_period(), calendar=calendar,
        )  # fmt: skip

    def overdue(
        self,
        as_of: dt.date,
        done: Done = None,
        *,
        since: dt.date | None = None,
        calendar: WorkingCalendar | None = None,
    ) -> list[Obligation]:
        """Obligations dated before ``as_of`` that are not done, oldest first.

        ``done`` says what is finished: a predicate on obligations, or a collection of
        task indices (``0`` = the first task: all its obligations), obligation ids
        (``"report/0/2022-01-14"``) and source keys (``"task/3"``, ``"report/0"``).
        Tasks whose ``status`` is done or cancelled are never overdue. An obligation dated
        ``as_of`` is not overdue yet. The search starts at ``since`` (default: the
        document date; one of them is required).
        """
        return overdue_obligations(
            self.tasks, self.reporting, as_of, done,
            since=since, reference=self.date, active=self._active_period(), calendar=calendar,
        )  # fmt: skip

    def _active_period(self) -> Period | None:
        """The span recurring duties stop with: a plan's ``period``; none for other kinds."""
        return None

    def citations_of(self, number: str) -> list[Citation]:
        """Citations whose number is ``number`` (spaces ignored)."""
        wanted = "".join(number.split())
        return [c for c in self.citations if "".join(c.number.split()) == wanted]

    # -- validation ----------------------------------------------------------------------

    def check(self, *, strict: bool = False, today: dt.date | None = None) -> list[Finding]:
        """Check the document against the conventions; return the findings.

        ``today`` is the reference for "date in the future" (default: the local date).
        With ``strict=True`` a :class:`~vnplan.errors.ValidationError` is raised when any
        finding is an error. Rule ids are listed in :mod:`vnplan.model.rules`.
        """
        findings = list(self._findings(today or dt.date.today()))
        if strict:
            raise_for_errors(findings)
        return findings

    def _findings(self, today: dt.date) -> Iterator[Finding]:
        yield from rules.check_document(self, today)
