"""The exceptions vnplan raises.

Every error caused by bad input derives from :class:`VnplanError`, itself a
:class:`ValueError`, so callers can catch one type. The tree follows
python-stdnum's small hierarchy::

    VnplanError(ValueError)
    ├── ParseError              text did not parse; carries offset, line, column
    │   ├── InvalidFormat       the text does not have the expected shape
    │   ├── InvalidComponent    the shape is right but a part is impossible
    │   └── IncompleteValue     a blank template ("ngày … tháng … năm …")
    ├── ValidationError         a value breaks a convention (strict mode)
    └── InputTooLarge           input above a documented size limit

>>> from vnplan.errors import ParseError
>>> err = ParseError("expected a month", text="ngày 05\\ntháng x", offset=14, expected="month")
>>> (err.line, err.column)
(2, 7)
>>> str(err)
"expected a month at line 2, column 7: 'x'"
>>> isinstance(err, ValueError)
True
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vnplan.findings import Finding

__all__ = [
    "IncompleteValue",
    "InputTooLarge",
    "InvalidComponent",
    "InvalidFormat",
    "ParseError",
    "ValidationError",
    "VnplanError",
]

_EXCERPT = 40


class VnplanError(ValueError):
    """Root of every exception vnplan raises on bad input."""


class ParseError(VnplanError):
    """Text could not be parsed.

    Attributes:
        message: what went wrong, naming what was expected.
        text: the whole input that was being parsed.
        offset: 0-based character offset of the problem in ``text``.
        line: 1-based line number of ``offset``.
        column: 1-based column number of ``offset``.
        expected: short name of what the parser expected there, if known.
    """

    def __init__(
        self,
        message: str,
        *,
        text: str = "",
        offset: int = 0,
        expected: str | None = None,
    ) -> None:
        self.message = message
        self.text = text
        self.offset = max(0, min(offset, len(text)))
        self.expected = expected
        # Line and column are computed on first use: finders build and discard many
        # errors over large texts, and counting newlines eagerly made them quadratic.
        super().__init__(message)

    @property
    def line(self) -> int:
        """1-based line number of :attr:`offset`."""
        return self.text.count("\n", 0, self.offset) + 1

    @property
    def column(self) -> int:
        """1-based column number of :attr:`offset`."""
        return self.offset - (self.text.rfind("\n", 0, self.offset) + 1) + 1

    def __str__(self) -> str:
        where = f"{self.message} at line {self.line}, column {self.column}"
        if not self.text:
            return where
        line_end = self.text.find("\n", self.offset)
        if line_end == -1:
            line_end = len(self.text)
        excerpt = self.text[self.offset : min(line_end, self.offset + _EXCERPT)]
        return f"{where}: {excerpt!r}"

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword-only constructor: teach pickle how to rebuild the error.
        return (_rebuild, (type(self), self.message, self.text, self.offset, self.expected))


def _rebuild(
    cls: type[ParseError], message: str, text: str, offset: int, expected: str | None
) -> ParseError:
    return cls(message, text=text, offset=offset, expected=expected)


class InvalidFormat(ParseError):
    """The text does not have the shape of the value being parsed."""


class InvalidComponent(ParseError):
    """The shape is right but one part is impossible (month 13, number 0, 31/04)."""


class IncompleteValue(ParseError):
    """The text is a blank template, e.g. ``"ngày …… tháng …… năm 2026"`` or ``"Số: /KH-UBND"``."""


class ValidationError(VnplanError):
    """A value breaks one or more conventions and the caller asked for strictness.

    ``findings`` holds every :class:`vnplan.findings.Finding` that was an error.
    """

    def __init__(self, findings: Iterable[Finding]) -> None:
        self.findings: tuple[Finding, ...] = tuple(findings)
        lines = [f"{f.rule}: {f.message}" for f in self.findings]
        summary = "; ".join(lines) if lines else "invalid value"
        super().__init__(summary)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.findings,))


class InputTooLarge(VnplanError):
    """The input is larger than the documented limit of the function it was given to."""

    def __init__(self, what: str, size: int, limit: int) -> None:
        self.what = what
        self.size = size
        self.limit = limit
        super().__init__(f"{what} is {size:,} characters; the limit is {limit:,}")

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.what, self.size, self.limit))
