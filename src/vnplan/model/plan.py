"""The plan (kế hoạch) model."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from vnplan.findings import Finding
from vnplan.model import rules
from vnplan.model.base import Text
from vnplan.model.document import Document
from vnplan.model.values import PeriodField
from vnplan.periods import Period

__all__ = ["Plan"]


class Plan(Document):
    """A kế hoạch: a document with objectives, tasks, reporting, monitoring and funding.

    The parts a plan usually has under its Roman headings ("I. MỤC ĐÍCH, YÊU CẦU",
    "II. NHIỆM VỤ", "IV. TỔ CHỨC THỰC HIỆN", "KINH PHÍ") are lifted into lists of
    paragraphs here; the section tree still holds every paragraph in order.

    >>> from vnplan.model import Agency, Task
    >>> plan = Plan(doc_type="Kế hoạch", title="Đảm bảo an sinh xã hội",
    ...             tasks=[Task(text="Chi trả trợ cấp", lead=[Agency(name="Sở LĐTBXH")])])
    >>> plan.kind, len(plan.tasks_for("Sở Lao động - Thương binh và Xã hội"))
    ('plan', 1)
    """

    kind: Literal["plan"] = "plan"  # type: ignore[assignment]
    """Discriminator: always "plan"."""
    period: PeriodField | None = None
    """The span the plan covers ("năm 2026", "giai đoạn 2026-2030"), when it names one."""
    objectives: list[Text] = Field(default_factory=list)
    """Mục đích (purposes)."""
    requirements: list[Text] = Field(default_factory=list)
    """Yêu cầu (requirements on how the plan is carried out)."""
    monitoring: list[Text] = Field(default_factory=list)
    """Kiểm tra, giám sát, đánh giá: how implementation is monitored."""
    implementation: list[Text] = Field(default_factory=list)
    """Tổ chức thực hiện: who organises what."""
    funding: list[Text] = Field(default_factory=list)
    """Kinh phí: funding sources and notes."""

    def _active_period(self) -> Period | None:
        return self.period

    def _findings(self, today: dt.date) -> Iterator[Finding]:
        yield from super()._findings(today)
        yield from rules.check_plan(self)
