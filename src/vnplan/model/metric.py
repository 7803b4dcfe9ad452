"""Figures in a report: metrics and the results that carry them."""

from __future__ import annotations

from pydantic import Field

from vnplan.model.base import NonEmptyText, Quantity, Text, VnplanModel
from vnplan.model.span import Span

__all__ = ["Metric", "Result"]


class Metric(VnplanModel):
    """One reported figure: "giải quyết việc làm cho 1.080 lao động, đạt 52% kế hoạch".

    ``value`` and ``target`` are exact decimals (Vietnamese "13,302" is 13.302);
    ``ratio`` is a percentage and ``ratio_basis`` what it is a percentage of.

    >>> from decimal import Decimal
    >>> m = Metric(label="lao động được giải quyết việc làm", value=Decimal("1080"),
    ...            unit="người", ratio=Decimal("52"), ratio_basis="kế hoạch")
    >>> m.value + 1
    Decimal('1081')
    >>> Metric(label="vốn", value=Decimal("1E+3")).model_dump_json()
    '{"label":"vốn","value":"1000",...}'
    """

    label: NonEmptyText
    """What is measured."""
    value: Quantity
    """The figure."""
    unit: Text | None = None
    """Unit as printed ("người", "tỷ đồng", "%")."""
    target: Quantity | None = None
    """Planned figure (chỉ tiêu, kế hoạch), if stated."""
    ratio: Quantity | None = None
    """Percentage achieved ("đạt 52%") of ``ratio_basis``."""
    ratio_basis: Text | None = None
    """What ``ratio`` is a percentage of ("kế hoạch", "cùng kỳ năm trước")."""
    text: Text | None = None
    """The sentence or table cell the metric was read from."""
    span: Span | None = None
    """Where the metric is in the source."""


class Result(VnplanModel):
    """A result a report states: a heading or sentence and the metrics it gives."""

    title: Text | None = None
    """The field or heading the result belongs to ("Lĩnh vực lao động, việc làm")."""
    text: Text | None = None
    """The result as printed."""
    metrics: list[Metric] = Field(default_factory=list)
    """Figures in the result."""
    span: Span | None = None
    """Where the result is in the source."""
