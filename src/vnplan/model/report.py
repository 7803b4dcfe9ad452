"""The report (báo cáo) model."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from vnplan.findings import Finding
from vnplan.model import rules
from vnplan.model.base import Text
from vnplan.model.document import Document
from vnplan.model.metric import Result
from vnplan.model.values import PeriodField

__all__ = ["Report"]


class Report(Document):
    """A báo cáo: results of a period with their figures, and the tasks for the next one.

    ``tasks`` (inherited) holds the tasks set for the next period (phương hướng, nhiệm vụ
    kỳ tới).

    Examples:
        >>> from decimal import Decimal
        >>> from vnplan.model import Metric, Result
        >>> r = Report(doc_type="Báo cáo", period="Quý I năm 2020", results=[
        ...     Result(title="Việc làm", metrics=[
        ...         Metric(label="lao động có việc làm", value=Decimal("1080"), unit="người",
        ...                target=Decimal("2000"), ratio=Decimal("54"))])])
        >>> [f.rule for f in r.check(today=dt.date(2026, 1, 1))]
        ['document.missing-issuer', 'document.missing-title']
    """

    kind: Literal["report"] = "report"  # type: ignore[assignment]
    """Discriminator: always "report"."""
    period: PeriodField | None = None
    """The period reported on (:class:`~vnplan.periods.Period`; canonical string in JSON)."""
    period_text: Text | None = None
    """The reporting period as printed ("Quý I/2020", "6 tháng đầu năm 2026")."""
    results: list[Result] = Field(default_factory=list)
    """Results achieved, with their metrics."""
    recommendations: list[Text] = Field(default_factory=list)
    """Kiến nghị, đề xuất: what the report asks of the recipient."""

    def _findings(self, today: dt.date) -> Iterator[Finding]:
        yield from super()._findings(today)
        yield from rules.check_report(self)
