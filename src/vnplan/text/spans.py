"""Spans and segments: cleaned text that remembers where it came from.

Every stage of the legacy-text pipeline works on cleaned text (Markdown markers
removed, whitespace collapsed, hard-wrapped lines joined) but reports where each
fact came from as offsets into the NFC form of the input. A :class:`Segment`
carries both: its ``text`` and a map from every character of that text back to
the source. Characters that the pipeline inserted (the space that joins two
wrapped lines) map to no source character.

>>> source = "Số: 05/KH-UBND\\nngày 05 tháng 3"
>>> number = Segment.of(source[:14], 0)
>>> number.slice(4).text, number.slice(4).span
('05/KH-UBND', Span(start=4, end=14))
>>> joined = Segment.join([Segment.of("ngày", 15), Segment.of("05", 20)])
>>> joined.text, joined.span
('ngày 05', Span(start=15, end=22))
>>> joined.slice(5).span  # only the "05"
Span(start=20, end=22)
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import attrs

__all__ = ["Segment", "Span"]


@attrs.frozen(slots=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into the NFC source."""

    start: int
    end: int

    def __str__(self) -> str:
        return f"{self.start}:{self.end}"

    def cover(self, other: Span) -> Span:
        """The smallest span that contains both spans.

        >>> Span(3, 5).cover(Span(8, 9))
        Span(start=3, end=9)
        """
        return Span(min(self.start, other.start), max(self.end, other.end))


# One run maps text[text_pos : text_pos + length] to source[source_pos : source_pos + length].
_Run = tuple[int, int, int]


@attrs.frozen(slots=True)
class Segment:
    """Text plus the source offsets of its characters.

    Attributes:
        text: the cleaned text.
        runs: ``(text_pos, source_pos, length)`` triples in ascending order; the
            characters they cover are copies of source characters, the others were
            inserted by the pipeline. A zero-length run only anchors an empty segment.
    """

    text: str
    runs: tuple[_Run, ...] = ()

    @classmethod
    def of(cls, text: str, start: int) -> Segment:
        """A segment that is a verbatim copy of the source from offset ``start``."""
        return cls(text, ((0, start, len(text)),))

    @classmethod
    def join(cls, parts: Iterable[Segment | str], sep: str = " ") -> Segment:
        """Concatenate segments with ``sep`` (inserted text) between them.

        Plain strings among ``parts`` are inserted text as well.
        """
        texts: list[str] = []
        runs: list[_Run] = []
        pos = 0
        first = True
        for part in parts:
            if not first and sep:
                texts.append(sep)
                pos += len(sep)
            first = False
            if isinstance(part, str):
                texts.append(part)
                pos += len(part)
                continue
            texts.append(part.text)
            runs.extend((t + pos, s, n) for t, s, n in part.runs if n or not runs)
            pos += len(part.text)
        return cls("".join(texts), _compact(runs))

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    @property
    def span(self) -> Span:
        """Source span from the first to the last source character of the segment."""
        return self.source_span(0, len(self.text))

    def source_offset(self, index: int) -> int:
        """Source offset of ``text[index]`` (or of the next copied character)."""
        runs = self.runs
        if not runs:
            return 0
        k = bisect.bisect_right([r[0] for r in runs], index) - 1
        if k < 0:
            return runs[0][1]
        t, s, n = runs[k]
        if index - t < n:
            return s + (index - t)
        return s + n

    def source_span(self, i: int, j: int) -> Span:
        """Source span of ``text[i:j]``: from its first to its last copied character."""
        runs = self.runs
        if not runs:
            return Span(0, 0)
        i = max(0, i)
        j = min(len(self.text), j)
        start: int | None = None
        end = 0
        for t, s, n in runs:
            lo = max(i, t)
            hi = min(j, t + n)
            if lo < hi:
                if start is None:
                    start = s + (lo - t)
                end = s + (hi - t)
            elif t >= j:
                break
        if start is None:
            anchor = self.source_offset(i)
            return Span(anchor, anchor)
        return Span(start, end)

    def slice(self, i: int, j: int | None = None) -> Segment:
        """The segment of ``text[i:j]`` with its map."""
        size = len(self.text)
        j = size if j is None else min(j, size)
        i = max(0, min(i, j))
        runs: list[_Run] = []
        for t, s, n in self.runs:
            lo = max(i, t)
            hi = min(j, t + n)
            if lo < hi:
                runs.append((lo - i, s + (lo - t), hi - lo))
            elif t >= j:
                break
        if not runs:
            anchor = self.source_offset(i)
            runs.append((0, anchor, 0))
        return Segment(self.text[i:j], tuple(runs))

    def strip(self, chars: str | None = None) -> Segment:
        """The segment without leading and trailing whitespace (or ``chars``)."""
        text = self.text
        left = len(text) - len(text.lstrip(chars))
        right = len(text.rstrip(chars))
        if left == 0 and right == len(text):
            return self
        return self.slice(left, max(left, right))


def _compact(runs: list[_Run]) -> tuple[_Run, ...]:
    """Merge runs that continue each other in both text and source."""
    out: list[_Run] = []
    for run in runs:
        if out:
            t, s, n = out[-1]
            if run[0] == t + n and run[1] == s + n:
                out[-1] = (t, s, n + run[2])
                continue
            if n == 0:
                out[-1] = run
                continue
            if run[2] == 0:
                continue
        out.append(run)
    return tuple(out)
