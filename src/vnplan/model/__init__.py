"""The domain model: pydantic v2 aggregates of documents, plans and reports.

Value types (organisation identifiers, authority steps) plug in as their canonical
strings, so a model dumps to plain JSON and validates back from it.

Examples:
    >>> import datetime as dt
    >>> from vnplan.model import Agency, Plan, Signer, Task
    >>> plan = Plan(
    ...     number_text="800/KH-UBND", doc_type="Kế hoạch",
    ...     issuer=Agency.from_name("ỦY BAN NHÂN DÂN TỈNH AN GIANG"),
    ...     place="An Giang", date=dt.date(2021, 12, 23),
    ...     title="Đảm bảo an sinh xã hội cho người dân trong điều kiện phòng, chống dịch Covid-19",
    ...     tasks=[Task(text="Đảm bảo chi trả trợ cấp người có công.",
    ...                 lead=[Agency.from_name("Sở Lao động - Thương binh và Xã hội")])],
    ...     signer=Signer(authority="TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH",
    ...                   position="PHÓ CHỦ TỊCH", name="Lê Văn Phước"))
    >>> [t.text for t in plan.tasks_for("Sở LĐTBXH")]
    ['Đảm bảo chi trả trợ cấp người có công.']
    >>> plan.check(today=dt.date(2026, 1, 1))
    []
"""

from vnplan.model.agency import Agency
from vnplan.model.base import NonEmptyText, Text, VnplanModel
from vnplan.model.citation import Citation
from vnplan.model.contact import Contact
from vnplan.model.document import Document, Recipient, Source, TaskRole
from vnplan.model.exchange import Business, Exchange, Extension, ResponseFor, Trace
from vnplan.model.finding import FindingField
from vnplan.model.marks import Secrecy, Urgency
from vnplan.model.metric import Metric, Result
from vnplan.model.obligations import Obligation, ObligationKind
from vnplan.model.plan import Plan
from vnplan.model.report import Report
from vnplan.model.reporting import ReportingChannel, ReportingRequirement, ReportKind
from vnplan.model.section import Section, SectionKind
from vnplan.model.signer import Signer
from vnplan.model.span import Span
from vnplan.model.task import Task, TaskStatus

__all__ = [
    "Agency",
    "Business",
    "Citation",
    "Contact",
    "Document",
    "Exchange",
    "Extension",
    "FindingField",
    "Metric",
    "NonEmptyText",
    "Obligation",
    "ObligationKind",
    "Plan",
    "Recipient",
    "Report",
    "ReportKind",
    "ReportingChannel",
    "ReportingRequirement",
    "ResponseFor",
    "Result",
    "Secrecy",
    "Section",
    "SectionKind",
    "Signer",
    "Source",
    "Span",
    "Task",
    "TaskRole",
    "TaskStatus",
    "Text",
    "Trace",
    "Urgency",
    "VnplanModel",
]
