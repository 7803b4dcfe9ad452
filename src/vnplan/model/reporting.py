"""A reporting obligation (chế độ báo cáo; Decree 09/2019/NĐ-CP, domain.md §5)."""

from __future__ import annotations

import enum

from pydantic import Field

from vnplan.model.agency import Agency
from vnplan.model.base import NonEmptyText, Text, VnplanModel
from vnplan.model.span import Span
from vnplan.model.values import CycleField, DeadlineField, PeriodField

__all__ = ["ReportKind", "ReportingChannel", "ReportingRequirement"]


class ReportKind(enum.StrEnum):
    """The three kinds of report of Decree 09/2019 (Điều 3)."""

    PERIODIC = "periodic"  # định kỳ
    THEMATIC = "thematic"  # chuyên đề
    AD_HOC = "ad_hoc"  # đột xuất


class ReportingChannel(enum.StrEnum):
    """How a report is sent (phương thức gửi, nhận báo cáo; Decree 09/2019 Điều 8)."""

    PAPER = "paper"  # văn bản giấy
    ELECTRONIC = "electronic"  # văn bản điện tử (hệ thống quản lý văn bản)
    REPORTING_SYSTEM = "reporting_system"  # Hệ thống thông tin báo cáo
    EMAIL = "email"  # thư điện tử
    FAX = "fax"
    POST = "post"  # dịch vụ bưu chính
    IN_PERSON = "in_person"  # gửi trực tiếp


class ReportingRequirement(VnplanModel):
    """Who reports what to whom, how often, by when (the elements of Decree 09/2019 Điều 8).

    >>> r = ReportingRequirement(
    ...     text="báo cáo định kỳ hàng tháng (trước ngày 15 hàng tháng) về UBND tỉnh",
    ...     kind=ReportKind.PERIODIC, cycle="hằng tháng, trước ngày 15",
    ...     frequency_text="hàng tháng", due_text="trước ngày 15 hàng tháng",
    ...     recipient=Agency(name="UBND tỉnh"))
    >>> r.recipient.name, r.kind.value, r.cycle.frequency.value
    ('UBND tỉnh', 'periodic', 'monthly')
    """

    name: Text | None = None
    """Tên báo cáo: the report's name ("Báo cáo kết quả thực hiện Kế hoạch")."""
    kind: ReportKind | None = None
    """Periodic, thematic or ad hoc."""
    reporters: list[Agency] = Field(default_factory=list)
    """Đối tượng thực hiện báo cáo: who must report."""
    recipient: Agency | None = None
    """Cơ quan nhận báo cáo: who receives the report."""
    co_recipients: list[Agency] = Field(default_factory=list)
    """Further recipients of the same report, in text order ("về UBND tỉnh và Tổ An sinh
    xã hội": the Tổ is a co-recipient)."""
    cycle: CycleField | None = None
    """Tần suất and due rule, typed ("hằng tháng, trước ngày 15")."""
    frequency_text: Text | None = None
    """Tần suất as printed ("hằng tháng", "6 tháng", "hằng năm")."""
    due: DeadlineField | None = None
    """Thời hạn gửi báo cáo, typed, when it is not a recurring rule of ``cycle``."""
    due_text: Text | None = None
    """Thời hạn gửi báo cáo as printed ("trước ngày 15 hàng tháng")."""
    data_window: PeriodField | None = None
    """Thời gian chốt số liệu as a period ("từ ngày 15/12/2024 đến ngày 14/12/2025")."""
    data_window_text: Text | None = None
    """Thời gian chốt số liệu as printed ("từ ngày 15 tháng trước đến ngày 14 ...")."""
    channels: list[ReportingChannel] = Field(default_factory=list)
    """How the report is sent."""
    text: NonEmptyText
    """The reporting clause as printed."""
    span: Span | None = None
    """Where the clause is in the source."""
