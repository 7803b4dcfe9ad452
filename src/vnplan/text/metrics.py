"""Reports: the period reported on and the figures that carry the results.

A báo cáo names its period in the trích yếu or its first heading ("Quý I năm 2020",
"6 tháng đầu năm 2023", "năm 2025") and states its results as figures in running
text: "Ban hành 1.080 văn bản", "giải quyết việc làm mới cho 2.607 người", "với tổng
số tiền 13,302 tỷ đồng", "đạt 52% kế hoạch". :func:`find_report_period` reads the
period; :func:`find_results` reads, paragraph by paragraph, every figure with a unit
(:func:`vnplan.quantities.find_amounts`) as a metric: its label is the phrase before
the figure in the same clause, its unit the unit as printed with any scale word
("tỷ đồng"), and a following "đạt 52% kế hoạch" gives its ratio and what the ratio is
of.

Examples:
    >>> results = find_results("3.1. Công tác giải quyết việc làm\\n"
    ...                        "Giải quyết chế độ bảo hiểm thất nghiệp cho 864 người với tổng số "
    ...                        "tiền 13,302 tỷ đồng, đạt 52% kế hoạch.")
    >>> for m in results[0].metrics:
    ...     print(m.label.text, "|", m.value, "|", m.unit)
    Giải quyết chế độ bảo hiểm thất nghiệp | 864 | người
    tổng số tiền | 13.302 | tỷ đồng
    >>> results[0].metrics[1].ratio, results[0].metrics[1].ratio_basis.text
    (Decimal('52'), 'kế hoạch')
    >>> results[0].title.text
    'Công tác giải quyết việc làm'
    >>> period, text = find_report_period(["KẾT QUẢ CÔNG TÁC QUÝ I NĂM 2020"])
    >>> str(period), text.text
    ('Quý I năm 2020', 'QUÝ I NĂM 2020')
    >>> str(find_report_period(["Kết quả Quý I và nhiệm vụ trọng tâm Quý II năm 2020"])[0])
    'Quý I năm 2020'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from decimal import Decimal

import attrs

from vnplan.errors import VnplanError
from vnplan.periods import Period, PeriodKind, find_periods
from vnplan.quantities import AmountMatch, find_amounts
from vnplan.text.fields import Field
from vnplan.text.normalize import normalize_text
from vnplan.text.spans import Segment, Span
from vnplan.text.structure import Section, SectionKind, parse_structure

__all__ = ["MetricItem", "ResultItem", "find_report_period", "find_results"]

#: Most metrics read from one paragraph.
MAX_METRICS_PER_PARAGRAPH = 40


@attrs.frozen(slots=True)
class MetricItem:
    """A figure of a report, every part with its source spans.

    Attributes:
        label: what is measured, as printed ("giải quyết việc làm mới").
        figure: the figure as printed ("13,302 tỷ đồng").
        value: the number as printed, before the scale word (13.302).
        unit: the unit as printed with its scale word ("tỷ đồng", "người", "%").
        ratio: the percentage achieved ("đạt 52%"), if stated.
        ratio_basis: what the ratio is of ("kế hoạch", "cùng kỳ năm trước").
    """

    label: Field
    figure: Field
    value: Decimal
    unit: str | None = None
    ratio: Decimal | None = None
    ratio_basis: Field | None = None

    @property
    def span(self) -> Span:
        """From the label to the end of the figure (or of the ratio)."""
        end = self.ratio_basis.span.end if self.ratio_basis else self.figure.span.end
        return Span(min(self.label.span.start, self.figure.span.start), end)


@attrs.frozen(slots=True)
class ResultItem:
    """A paragraph of a report that states figures.

    Attributes:
        title: the heading of the section the paragraph is under.
        text: the paragraph.
        metrics: its figures.
    """

    title: Field | None
    text: Field
    metrics: tuple[MetricItem, ...]


_CLAUSE_BREAK = re.compile(r"[,;:()]|[.][ ]|[ ](?:và|với|trong đó|gồm|bao gồm)[ ]")
_LEAD_WORDS = re.compile(
    r"^(?:(?:đã|đồng thời|trong đó|trong đó có|có|là|và|với|gồm|bao gồm|được|đạt|cho|của"
    r"|thêm|tổng cộng|tiếp nhận|khoảng|gần|hơn|trên|dưới)(?:[ ]|$))+", re.IGNORECASE)
_AFTER_BREAK = re.compile(r"[,;:()]|[.](?:[ ]|$)")
_TAIL_WORDS = re.compile(
    r"(?:[ ](?:cho|là|với|được|gồm|có|đạt|của|khoảng|gần|hơn|trên|dưới|tới|đến|lên|còn"
    r"|tổng cộng|tổng số|với tổng số|là|đã|thêm))+$")
_RATIO = re.compile(r"[ ,]{0,3}(?:đạt|bằng|tương đương|tăng|giảm)?[ ]?(?:tỷ lệ[ ])?$")
_RATIO_BASIS = re.compile(
    r"[ ]?(?:so với[ ])?(?P<basis>kế hoạch(?:[ ](?:năm|giao|đề ra))?|chỉ tiêu(?:[ ](?:giao"
    r"|kế hoạch|năm|đề ra))?|cùng kỳ(?:[ ]năm trước| năm [0-9]{4})?|dự toán(?:[ ](?:giao"
    r"|năm))?|mục tiêu(?:[ ]đề ra)?)")
_ACHIEVED = re.compile(r"(?:đạt|bằng)[ ]?$")


def _field(seg: Segment) -> Field:
    return Field.of([seg])


def _label(seg: Segment, start: int, stop: int, figure_end: int) -> Segment:
    """What a figure measures: the phrase before it back to the last clause break (lead
    words dropped); the text before a colon just before it ("Số lượt người: 8.597"); or,
    when nothing is left ("trong đó có 176 người đi làm việc ở nước ngoài"), the phrase
    after it."""
    text = seg.text
    window_start = max(start, stop - 160)
    last = window_start
    for match in _CLAUSE_BREAK.finditer(text, window_start, stop):
        last = match.end()
    piece = _trim_label(seg.slice(last, stop).strip())
    if piece.text:
        return piece
    if text[window_start:stop].rstrip().endswith(":"):
        colon = text.rindex(":", window_start, stop)
        before = window_start
        for match in re.finditer(r"[;.(]", text[window_start:colon]):
            before = window_start + match.end()
        piece = _trim_label(seg.slice(before, colon).strip())
        if piece.text:
            return piece
    end = _AFTER_BREAK.search(text, figure_end, figure_end + 120)
    return _trim_label(seg.slice(figure_end, end.start() if end else figure_end + 80).strip())


def _trim_label(piece: Segment) -> Segment:
    lead = _LEAD_WORDS.match(piece.text)
    if lead:
        piece = piece.slice(lead.end()).strip()
    tail = _TAIL_WORDS.search(piece.text)
    if tail:
        piece = piece.slice(0, tail.start()).strip()
    words = piece.text.split()
    if len(words) > 12:
        cut = len(piece.text) - len(" ".join(words[-12:]))
        piece = piece.slice(cut).strip()
    return piece


def _unit(match: AmountMatch) -> str | None:
    amount = match.amount
    parts = [p for p in (amount.scale, amount.unit) if p]
    if not parts:
        return None
    if amount.unit == "%":
        return "%"
    return " ".join(parts)


def _metrics(seg: Segment) -> Iterator[MetricItem]:
    text = seg.text
    try:
        matches = list(find_amounts(text))
    except VnplanError:
        return
    if len(matches) > MAX_METRICS_PER_PARAGRAPH:
        matches = matches[:MAX_METRICS_PER_PARAGRAPH]
    previous_end = 0
    pending: MetricItem | None = None
    for match in matches:
        if match.end > len(text) or text[match.start:match.end] != match.text:
            return  # offsets no longer line up with the paragraph (should not happen)
        amount = match.amount
        before = text[previous_end:match.start]
        if amount.is_percentage and pending is not None and _ACHIEVED.search(before.rstrip()) \
                and not _CLAUSE_BREAK.search(before.replace(",", "")):
            basis = _RATIO_BASIS.match(text, match.end)
            yield attrs.evolve(
                pending, ratio=amount.value,
                ratio_basis=_field(seg.slice(basis.start("basis"), basis.end("basis")))
                if basis else None)
            pending = None
            previous_end = basis.end() if basis else match.end
            continue
        if pending is not None:
            yield pending
        label = _label(seg, previous_end, match.start, match.end)
        figure = seg.slice(match.start, match.end)
        if not label.text:
            label = figure
        pending = MetricItem(_field(label), _field(figure), amount.number, _unit(match))
        previous_end = match.end
    if pending is not None:
        yield pending


def _units(root: Section) -> Iterator[tuple[Field | None, Segment]]:
    """Every paragraph of a tree with the nearest heading above it."""
    def visit(section: Section, title: Field | None) -> Iterator[tuple[Field | None, Segment]]:
        own = section.title or title
        for paragraph in section.paragraphs:
            yield own, paragraph.segment
        for child in section.children:
            yield from visit(child, own)
    yield from visit(root, None)


def find_results(body: str | Section) -> list[ResultItem]:
    """Every paragraph of a report body that states figures, with its metrics.

    ``body`` is a section tree (stage 3) or a text.
    """
    if isinstance(body, str):
        body = parse_structure(normalize_text(body).paragraphs())
    if not isinstance(body, Section):
        raise TypeError(f"find_results expects a text or a Section, got {type(body).__name__}")
    out: list[ResultItem] = []
    for title, seg in _units(body):
        metrics = tuple(_metrics(seg))
        if metrics:
            out.append(ResultItem(title, _field(seg), metrics))
    return out


_PERIOD_KINDS = (PeriodKind.QUARTER, PeriodKind.FIRST_HALF, PeriodKind.SECOND_HALF,
                 PeriodKind.NINE_MONTHS,
                 PeriodKind.MONTH, PeriodKind.YEAR, PeriodKind.YEARS, PeriodKind.RANGE)


def find_report_period(texts: Iterable[str | Segment]) -> tuple[Period | None, Field | None]:
    """The period a report covers: the first period named in ``texts`` (title, headings).

    >>> str(find_report_period(["Báo cáo kết quả 6 tháng đầu năm 2023"])[0])
    '6 tháng đầu năm 2023'
    """
    for item in texts:
        seg = item if isinstance(item, Segment) else Segment.of(item, 0)
        try:
            found = list(find_periods(seg.text))
            # "Quý I và ... Quý II năm 2020": a period without its year takes the next one's
            year = next((m.period.start.year for m in found if m.period is not None), None)
            if year is not None and any(m.period is None for m in found):
                found = list(find_periods(seg.text, default_year=year))
        except VnplanError:
            continue
        for match in found:
            if match.period is None or match.kind not in _PERIOD_KINDS:
                continue
            if match.end > len(seg.text):
                continue
            return match.period, _field(seg.slice(match.start, match.end))
    return None, None


def headings(root: Section, limit: int = 6) -> list[Segment]:
    """The first headings and paragraphs of a tree, where a headerless report names its period."""
    out: list[Segment] = []
    for section in root.walk():
        if section.title is not None:
            out.append(section.title.as_segment())
        out.extend(p.segment for p in section.paragraphs[:2])
        if len(out) >= limit or (section.kind is not SectionKind.ROOT and len(out) >= 2):
            break
    return out[:limit]
