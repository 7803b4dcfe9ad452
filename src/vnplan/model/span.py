"""Provenance: where in the source text a fact was found.

>>> s = Span(start=10, end=42)
>>> (s.start, s.end, len(s))
(10, 42, 32)
>>> "Số: 800/KH-UBND"[Span(start=4, end=15).slice()]
'800/KH-UBND'
>>> Span(start=5, end=2)
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for Span
  Value error, span end 2 is before its start 5 ...
"""

from __future__ import annotations

from pydantic import ConfigDict, Field, model_validator

from vnplan.model.base import VnplanModel

__all__ = ["Span"]


class Span(VnplanModel):
    """A half-open range ``[start, end)`` of character offsets into the NFC source text.

    Offsets count characters of the source after :func:`vnplan.normalize` (NFC with
    look-alikes folded one for one), the text every vnplan parser works on.
    """

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    """Offset of the first character."""
    end: int = Field(ge=0)
    """Offset just past the last character."""

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self) -> slice:
        """The span as a :class:`slice`, to cut the source text: ``text[span.slice()]``."""
        return slice(self.start, self.end)
