"""Findings: what a convention check reports.

Checks in vnplan (``DocumentNumber.check``, model validation, the linter) never
raise for a convention that legacy documents commonly break; they return
:class:`Finding` values with a stable ``rule`` id. Callers that want strictness
pass the findings to :func:`raise_for_errors`.

Rule ids are dotted, lower-case and stable across releases, e.g.
``"number.missing-leading-zero"``; the docs list them all.

>>> f = Finding("number.missing-leading-zero", "numbers below 10 take a leading zero",
...             severity=Severity.WARNING, field="number")
>>> str(f)
'warning number.missing-leading-zero (number): numbers below 10 take a leading zero'
>>> raise_for_errors([f])  # warnings do not raise
>>> raise_for_errors([Finding("number.zero", "number 0 is not allowed")])
Traceback (most recent call last):
...
vnplan.errors.ValidationError: number.zero: number 0 is not allowed
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

import attrs

from vnplan.errors import ValidationError

__all__ = ["Finding", "Severity", "raise_for_errors"]


class Severity(enum.StrEnum):
    """How serious a finding is. Only ``ERROR`` findings make strict mode raise."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@attrs.frozen(slots=True)
class Finding:
    """One convention a value breaks (or a note about it).

    Attributes:
        rule: stable dotted id, e.g. ``"number.unknown-type"``.
        message: one sentence for a human, in English.
        severity: :class:`Severity`; defaults to ``ERROR``.
        field: the field or component concerned (``"number"``, ``"tasks[3].lead"``).
        start: offset in the source text where the problem starts, when known.
        end: offset just past the problem, when known.
    """

    rule: str
    message: str
    severity: Severity = Severity.ERROR
    field: str | None = None
    start: int | None = None
    end: int | None = None

    def __str__(self) -> str:
        where = f" ({self.field})" if self.field else ""
        return f"{self.severity.value} {self.rule}{where}: {self.message}"


def raise_for_errors(findings: Iterable[Finding]) -> None:
    """Raise :class:`~vnplan.errors.ValidationError` if any finding is an error."""
    errors = [f for f in findings if f.severity is Severity.ERROR]
    if errors:
        raise ValidationError(errors)
