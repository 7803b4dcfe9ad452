"""A task assigned by a plan or directive: what, who leads, who helps, by when."""

from __future__ import annotations

import enum

from pydantic import Field

from vnplan.model.agency import Agency
from vnplan.model.base import NonEmptyText, Text, VnplanModel
from vnplan.model.span import Span
from vnplan.model.values import CycleField, DeadlineField

__all__ = ["Task", "TaskStatus"]


class TaskStatus(enum.StrEnum):
    """Progress of a task, as a report states it."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    OVERDUE = "overdue"
    CANCELLED = "cancelled"


class Task(VnplanModel):
    """One task: text, lead (chủ trì) and coordinating (phối hợp) agencies, deadline.

    >>> t = Task(text="Rà soát hộ nghèo, cận nghèo năm 2021.",
    ...          lead=[Agency(name="Sở Lao động - Thương binh và Xã hội")],
    ...          coordinators=[Agency(name="UBND các huyện, thị xã, thành phố")],
    ...          deadline="Quý IV/2021", deadline_text="Quý IV/2021")
    >>> str(t.deadline), t.deadline.last_day
    ('trong Quý IV năm 2021', datetime.date(2021, 12, 31))
    >>> t.is_led_by("Sở LĐTBXH")
    True
    >>> t.involves("UBND các huyện, thị xã, thành phố")
    True
    """

    label: Text | None = None
    """The task's own numbering as printed ("1.", "a)", "-"), if any."""
    text: NonEmptyText
    """What is to be done, as printed."""
    lead: list[Agency] = Field(default_factory=list)
    """Agencies in charge (chủ trì)."""
    coordinators: list[Agency] = Field(default_factory=list)
    """Agencies that assist (phối hợp)."""
    deadline: DeadlineField | None = None
    """The deadline, typed (:class:`~vnplan.deadlines.Deadline`; canonical string in JSON)."""
    deadline_text: Text | None = None
    """The deadline as printed ("Quý I/2026", "trước ngày 15/12/2025", "Thường xuyên")."""
    deliverable: Text | None = None
    """The expected product (sản phẩm): "Báo cáo", "Kế hoạch", "Quyết định"."""
    recurrence: CycleField | None = None
    """How often the task repeats ("hằng tháng", "hằng năm"), as a reporting cycle."""
    status: TaskStatus | None = None
    """Progress, when a report states it."""
    span: Span | None = None
    """Where the task is in the source."""

    def is_led_by(self, agency: str | Agency) -> bool:
        """Whether ``agency`` is one of the lead agencies (compared by normalised name)."""
        return any(a.matches(agency) for a in self.lead)

    def involves(self, agency: str | Agency) -> bool:
        """Whether ``agency`` leads or coordinates this task."""
        return self.is_led_by(agency) or any(a.matches(agency) for a in self.coordinators)
