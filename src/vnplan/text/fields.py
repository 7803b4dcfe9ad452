"""Field: a value found in the text, as printed, with the spans it came from.

Stages 2-4 report every fact as a :class:`Field`. Its ``text`` is the value as
printed (whitespace collapsed, wrapped lines joined by one space); its ``spans``
point into the NFC source, one per source piece (a place-and-date line wrapped
over two lines has two spans).

>>> from vnplan.text.spans import Segment
>>> f = Field.of([Segment.of("TM. ỦY BAN", 10), Segment.of("NHÂN DÂN", 21)])
>>> f.text, f.span
('TM. ỦY BAN NHÂN DÂN', Span(start=10, end=29))
>>> str(f)
'TM. ỦY BAN NHÂN DÂN'
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from vnplan.text.spans import Segment, Span

__all__ = ["Field"]


@attrs.frozen(slots=True)
class Field:
    """A value as printed in the source, with its source spans.

    Attributes:
        text: the value, pieces joined with single spaces, as the matchers read it:
            look-alikes folded (a Cyrillic "В" reads "B", "–" reads "-", "Ð" reads "Đ").
            The original characters are ``source[span.start:span.end]``.
        spans: source spans of the characters the value was copied from, in source
            order (markup and line breaks between them are left out).
        segment: the value with its character map, when it was built from segments
            (later stages cut names and dates out of a field with it); not compared.
    """

    text: str
    spans: tuple[Span, ...]
    segment: Segment | None = attrs.field(default=None, eq=False, repr=False)

    @classmethod
    def of(cls, segments: Iterable[Segment], sep: str = " ") -> Field:
        """A field made of source segments, joined with ``sep``."""
        parts = [s for s in segments if s.text]
        text = sep.join(s.text for s in parts)
        spans: list[Span] = []
        for k, part in enumerate(parts):
            first = len(spans)
            for _, start, length in part.runs:
                if not length:
                    continue
                # parts cut from one glued line ("phúcKẾ HOẠCH") touch in the source but
                # are joined by ``sep`` in the text: their spans stay apart
                if spans and spans[-1].end == start and (len(spans) > first or not sep
                                                         or k == 0):
                    spans[-1] = Span(spans[-1].start, start + length)
                else:
                    spans.append(Span(start, start + length))
        return cls(text, tuple(spans), Segment.join(parts, sep))

    def __str__(self) -> str:
        return self.text

    @property
    def span(self) -> Span:
        """One span covering all pieces of the field."""
        if not self.spans:
            return Span(0, 0)
        return Span(self.spans[0].start, max(s.end for s in self.spans))

    def as_segment(self) -> Segment:
        """The value as a :class:`Segment` (without a character map if none was kept)."""
        if self.segment is not None:
            return self.segment
        if len(self.spans) == 1 and self.spans[0].end - self.spans[0].start == len(self.text):
            return Segment.of(self.text, self.spans[0].start)
        return Segment(self.text, ((0, self.span.start, 0),))
