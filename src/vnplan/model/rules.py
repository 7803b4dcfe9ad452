"""Convention checks of the model, as findings with stable rule ids.

:meth:`vnplan.model.Document.check` runs them. Errors are facts that cannot be right
(a document dated in the future, a cited document dated after the citing one); warnings
are common in legacy documents but worth a look (a task without a lead agency).

| rule | severity | when |
|---|---|---|
| `document.date-in-future` | error | the date is after `today` |
| `document.date-too-old` | error | the date is before 02/9/1945 |
| `document.missing-date` | warning | numbered (issued) but no date |
| `document.missing-issuer` | warning | no issuer |
| `document.missing-title` | warning | no trích yếu |
| `document.parent-is-issuer` | warning | the parent line names the issuer itself |
| `document.number-mismatch` | error | `number_text` reads as another number than `number` |
| `document.number-year-mismatch` | error | the year in the number is not the year of the date |
| `document.number-type-mismatch` | error; Party: warning (1) | number type is not `doc_type` |
| `document.party-number-on-state-issuer` | error | a Party number (12-NQ/TU), state issuer |
| `document.state-number-on-party-issuer` | warning | a state-shaped number on a Party body |
| `number.*` | see `vnplan.numbering.RULES` | `DocumentNumber.check` on `number_text` (2) |
| `signer.unparsed-authority` | warning | authority lines without a TM./KT./TL./TUQ./Q. prefix |
| `signer.missing-name` | warning | a signer without a name |
| `citation.dated-after-document` | error | a cited document is dated after this one |
| `task.missing-lead` | warning | a task without a lead (chủ trì) agency |
| `task.lead-also-coordinator` | warning | an agency both leads and coordinates a task |
| `task.deadline-before-date` | error | a task's last day is before the document date |
| `reporting.missing-recipient` | info | a reporting clause without a recipient |
| `metric.ratio-inconsistent` | warning | value / target is more than 1 point off the ratio |
| `plan.no-tasks` | info | a plan with no task |
| `report.no-results` | info | a report with no result |
| `report.period-after-date` | error | the period reported on starts after the document date |

(1) Hướng dẫn 36-HD/VPTW's full type list is UNCONFIRMED and real Party documents print
"QĐ" on a Quy định (corpus 037). (2) A blank draft number ("Số: /KH-UBND") is expected and
not reported.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from vnplan.agencies import AgencyKind, classify_agency
from vnplan.doctypes import DocumentType, name_key
from vnplan.errors import VnplanError
from vnplan.findings import Finding, Severity
from vnplan.numbering import DocumentNumber, NumberFamily

if TYPE_CHECKING:
    from vnplan.model.document import Document
    from vnplan.model.metric import Metric
    from vnplan.model.plan import Plan
    from vnplan.model.report import Report

__all__ = [
    "EARLIEST_DATE",
    "check_document",
    "check_metric",
    "check_number",
    "check_plan",
    "check_report",
]

#: Proclamation of the Democratic Republic of Vietnam; no official document is older.
EARLIEST_DATE = dt.date(1945, 9, 2)
# A stated ratio may be rounded to a whole percent.
_RATIO_TOLERANCE = Decimal(1)

E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO


def _type_name(number: DocumentNumber) -> str | None:
    """The type name a number implies: its type abbreviation's, or Công văn."""
    found = number.document_type
    if found is not None:
        return found.name_vi
    return "Công văn" if number.family is NumberFamily.OFFICIAL_LETTER else None


def _same_type(declared: str, implied: str) -> bool:
    with contextlib.suppress(VnplanError):
        declared = DocumentType.from_name(declared).name_vi
    return name_key(declared) == name_key(implied)


def check_number(doc: Document) -> Iterator[Finding]:
    """Findings about the number: printed form, year, type and family against the issuer."""
    if doc.number_text:
        for finding in DocumentNumber.check(doc.number_text):
            if finding.rule != "number.incomplete":  # a blank draft number is expected
                yield Finding(finding.rule, finding.message, finding.severity, "number_text",
                              finding.start, finding.end)
    number = doc.number
    if number is None:
        return
    if doc.number_text:
        try:
            printed = DocumentNumber.parse(doc.number_text)
        except VnplanError:
            printed = None
        if printed is not None and printed != number:
            yield Finding("document.number-mismatch",
                          f"number_text reads as {printed}, number is {number}", E, "number")
    if number.year is not None and doc.date is not None and number.year != doc.date.year:
        yield Finding("document.number-year-mismatch",
                      f"the number carries the year {number.year}, the document is dated "
                      f"{doc.date.isoformat()}", E, "number")
    implied = _type_name(number)
    if implied is not None and doc.doc_type and not _same_type(doc.doc_type, implied):
        party = number.family is NumberFamily.PARTY
        yield Finding("document.number-type-mismatch",
                      f"the number {number} is a {implied}, the document is a {doc.doc_type}",
                      W if party else E, "doc_type")
    if doc.issuer is None:
        return
    kind = doc.issuer.kind or classify_agency(doc.issuer.name)[0]
    if kind is None:
        return
    if number.family is NumberFamily.PARTY and kind is not AgencyKind.PARTY:
        yield Finding("document.party-number-on-state-issuer",
                      f"{number} is a Party number but {doc.issuer.name!r} is no Party body",
                      E, "number")
    elif number.family is not NumberFamily.PARTY and kind is AgencyKind.PARTY:
        yield Finding("document.state-number-on-party-issuer",
                      f"{number} is not written the Party way (số-TYPE/ISSUER) but "
                      f"{doc.issuer.name!r} is a Party body", W, "number")


def check_document(doc: Document, today: dt.date) -> Iterator[Finding]:
    """Findings for the header, signer, citations, tasks and reporting of ``doc``."""
    yield from check_number(doc)
    if doc.date is not None:
        if doc.date > today:
            yield Finding("document.date-in-future",
                          f"the document is dated {doc.date.isoformat()}, after "
                          f"{today.isoformat()}", E, "date")
        if doc.date < EARLIEST_DATE:
            yield Finding("document.date-too-old",
                          f"the document is dated {doc.date.isoformat()}, before "
                          f"{EARLIEST_DATE.isoformat()}", E, "date")
    elif doc.number is not None:
        yield Finding("document.missing-date", "a numbered document has no date", W, "date")
    if doc.issuer is None:
        yield Finding("document.missing-issuer", "the document names no issuer", W, "issuer")
    elif doc.parent_issuer is not None and doc.parent_issuer.matches(doc.issuer):
        yield Finding("document.parent-is-issuer",
                      "the parent line names the issuer itself", W, "parent_issuer")
    if not doc.title:
        yield Finding("document.missing-title", "the document has no trích yếu", W, "title")
    signers = ([("signer", doc.signer)] if doc.signer is not None else []) + [
        (f"co_signers[{i}]", s) for i, s in enumerate(doc.co_signers)
    ]
    for path, signer in signers:
        if signer.authority and not signer.chain:
            yield Finding("signer.unparsed-authority",
                          f"authority {signer.authority!r} has no TM./KT./TL./TUQ./Q. prefix",
                          W, f"{path}.authority")
        if not signer.name:
            yield Finding("signer.missing-name", "the signer has no name", W, f"{path}.name")
    for i, citation in enumerate(doc.citations):
        if doc.date is not None and citation.date is not None and citation.date > doc.date:
            yield Finding("citation.dated-after-document",
                          f"{citation.number} is dated {citation.date.isoformat()}, after the "
                          f"citing document ({doc.date.isoformat()})", E, f"citations[{i}].date")
    for i, task in enumerate(doc.tasks):
        if not task.lead:
            yield Finding("task.missing-lead", "the task names no lead (chủ trì) agency",
                          W, f"tasks[{i}].lead")
        last_day = task.deadline.last_day if task.deadline is not None else None
        if doc.date is not None and last_day is not None and last_day < doc.date:
            yield Finding("task.deadline-before-date",
                          f"the deadline '{task.deadline}' ends on {last_day.isoformat()}, "
                          f"before the document date {doc.date.isoformat()}", E,
                          f"tasks[{i}].deadline")
        for j, helper in enumerate(task.coordinators):
            if any(lead.matches(helper) for lead in task.lead):
                yield Finding("task.lead-also-coordinator",
                              f"{helper.name!r} both leads and coordinates the task",
                              W, f"tasks[{i}].coordinators[{j}]")
    for i, requirement in enumerate(doc.reporting):
        if requirement.recipient is None:
            yield Finding("reporting.missing-recipient",
                          "the reporting clause names no recipient", INFO,
                          f"reporting[{i}].recipient")


def check_metric(metric: Metric, path: str) -> Iterator[Finding]:
    """``metric.ratio-inconsistent`` when value / target and the stated ratio disagree."""
    if metric.target is None or metric.ratio is None or metric.target == 0:
        return
    computed = metric.value / metric.target * 100
    if abs(computed - metric.ratio) > _RATIO_TOLERANCE:
        yield Finding("metric.ratio-inconsistent",
                      f"{metric.value} of {metric.target} is {computed:.1f}%, "
                      f"not {metric.ratio}%", W, f"{path}.ratio")


def check_plan(plan: Plan) -> Iterator[Finding]:
    """Findings specific to plans."""
    if not plan.tasks:
        yield Finding("plan.no-tasks", "the plan lists no task", INFO, "tasks")


def check_report(report: Report) -> Iterator[Finding]:
    """Findings specific to reports."""
    if not report.results:
        yield Finding("report.no-results", "the report states no result", INFO, "results")
    if report.period is not None and report.date is not None and report.period.start > report.date:
        yield Finding("report.period-after-date",
                      f"the report covers {report.period}, which starts after the document "
                      f"date {report.date.isoformat()}", E, "period")
    for i, result in enumerate(report.results):
        for j, metric in enumerate(result.metrics):
            yield from check_metric(metric, f"results[{i}].metrics[{j}]")
