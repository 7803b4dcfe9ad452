"""Reporting cycles (chế độ báo cáo định kỳ, Decree 09/2019/NĐ-CP) and their due dates.

A :class:`ReportingCycle` is a :class:`Frequency` plus an optional due rule:
the day of the month (or weekday) a report is due, in which month relative to
the period ("của tháng cuối quý", "tháng 01 năm sau"), whether the day itself
is allowed ("chậm nhất ngày 25" — :attr:`DueRelation.BY`) or not ("trước ngày
15" — :attr:`DueRelation.BEFORE`), and what to do when the day is a day off
(:class:`Adjustment`).

>>> cycle = ReportingCycle.parse("hằng quý, chậm nhất vào ngày 25 của tháng cuối quý")
>>> str(cycle)
'hằng quý, chậm nhất ngày 25 của tháng cuối quý'
>>> from datetime import date
>>> print(*cycle.due_dates(date(2026, 1, 1), date(2026, 12, 31)))
2026-03-25 2026-06-25 2026-09-25 2026-12-25
>>> print(*parse_cycles("báo cáo định kỳ 6 tháng và năm"), sep="; ")
6 tháng; hằng năm

Decisions (documented, see ``docs/schedules.md``):

- **"trước ngày X"** is strict: the last day to send is the day before X.
  **"chậm nhất (vào) ngày X"**, **"hạn (cuối) ngày X"** and **"trước hoặc trong
  ngày X"** include X. :meth:`ReportingCycle.due_dates` returns that last day.
- A cycle without a due day is due on the **last day of its period** (of the
  month, quarter, half-year, nine months or year; Sunday for a week).
- **Day off on the due day**: by default nothing moves (the text gives a fixed
  calendar day). With :attr:`Adjustment.FOLLOWING` — parsed from "nếu trùng
  ngày nghỉ thì chuyển sang ngày làm việc tiếp theo" or asked for by the caller —
  the due day moves to the next working day, as Civil Code 2015 Điều 148.5 does
  for periods whose last day is a day off; :attr:`Adjustment.PRECEDING` moves
  it to the previous working day (the cautious reading of "chậm nhất").
- A yearly rule naming January to March ("trước ngày 15 tháng 01 hằng năm") is
  read as due in the **next** year, for the year just ended; April to December
  as due in the year reported on.
- "6 tháng" (:attr:`Frequency.HALF_YEARLY`) reports twice a year, for each
  half; "6 tháng và năm" is two cycles, half-yearly and yearly (see
  :func:`parse_cycles`).
"""

from __future__ import annotations

import calendar as _calendar
import enum
import re
from collections.abc import Iterator, Mapping
from datetime import date, datetime, timedelta
from typing import Any, ClassVar, TypeVar

import attrs
from dateutil import rrule

from vnplan.canonical import CanonicalString
from vnplan.chars import normalize
from vnplan.errors import InputTooLarge, InvalidComponent, InvalidFormat, VnplanError
from vnplan.periods import Period, PeriodKind
from vnplan.workdays import WorkingCalendar

__all__ = [
    "Adjustment",
    "DueRelation",
    "Frequency",
    "ReportingCycle",
    "data_window",
    "find_cycle_spans",
    "parse_cycles",
]

#: Longest text :func:`parse_cycles` and :meth:`ReportingCycle.parse` accept.
MAX_TEXT = 1_000_000


class Frequency(enum.StrEnum):
    """How often a report is made (tần suất báo cáo).

    ``DAILY`` is not in Decree 09/2019's list but occurs in real plans
    ("báo cáo UBND tỉnh trước 19h00 hằng ngày").
    """

    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    NINE_MONTHS = "nine_months"
    YEARLY = "yearly"
    THEMATIC = "thematic"
    AD_HOC = "ad_hoc"

    @property
    def vietnamese(self) -> str:
        """The canonical Vietnamese phrase: ``"hằng quý"``, ``"6 tháng"``, ``"đột xuất"``…"""
        return _FREQUENCY_WORDS[self]

    @property
    def is_periodic(self) -> bool:
        """True for the frequencies that repeat on a calendar (not thematic or ad hoc)."""
        return self not in (Frequency.THEMATIC, Frequency.AD_HOC)


_FREQUENCY_WORDS = {
    Frequency.DAILY: "hằng ngày",
    Frequency.WEEKLY: "hằng tuần",
    Frequency.MONTHLY: "hằng tháng",
    Frequency.QUARTERLY: "hằng quý",
    Frequency.HALF_YEARLY: "6 tháng",
    Frequency.NINE_MONTHS: "9 tháng",
    Frequency.YEARLY: "hằng năm",
    Frequency.THEMATIC: "chuyên đề",
    Frequency.AD_HOC: "đột xuất",
}

# Months in one period, and the months (1-12) in which periods end.
_PERIOD_MONTHS = {
    Frequency.MONTHLY: 1,
    Frequency.QUARTERLY: 3,
    Frequency.HALF_YEARLY: 6,
    Frequency.NINE_MONTHS: 12,  # one nine-month period per year, Jan-Sep
    Frequency.YEARLY: 12,
}
_LAST_MONTHS = {
    Frequency.MONTHLY: tuple(range(1, 13)),
    Frequency.QUARTERLY: (3, 6, 9, 12),
    Frequency.HALF_YEARLY: (6, 12),
    Frequency.NINE_MONTHS: (9,),
    Frequency.YEARLY: (12,),
}


class DueRelation(enum.StrEnum):
    """Whether the named day itself is still in time."""

    BEFORE = "before"  #: "trước ngày X": the last day is X - 1
    BY = "by"  #: "chậm nhất ngày X", "hạn ngày X", "trước hoặc trong ngày X": X included


class Adjustment(enum.StrEnum):
    """What happens when the due day is a day off."""

    NONE = "none"  #: nothing moves
    FOLLOWING = "following"  #: next working day (Civil Code 2015 Điều 148.5)
    PRECEDING = "preceding"  #: previous working day


_ADJUST_WORDS = {
    Adjustment.FOLLOWING: "nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo",
    Adjustment.PRECEDING: "nếu trùng ngày nghỉ thì chuyển lên ngày làm việc liền trước",
}
_WEEKDAY_WORDS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
_RELATION_WORDS = {DueRelation.BEFORE: "trước", DueRelation.BY: "chậm nhất"}


_E = TypeVar("_E", bound=enum.Enum)


def _member(cls: type[_E], value: object, what: str) -> _E:
    """``value`` as a member of ``cls``: a member, its value or its name in any case.

    Raises :class:`VnplanError` (never a bare ``ValueError``) naming the choices.
    """
    if isinstance(value, cls):
        return value
    if isinstance(value, str):
        for member in cls:
            if value == member.value or value.upper() == member.name:
                return member
    expected = ", ".join(repr(m.value) for m in cls)
    raise VnplanError(f"expected {what} ({expected}), got {value!r:.60}")


def _to_frequency(value: object) -> Frequency:
    return _member(Frequency, value, "a frequency")


def _to_relation(value: object) -> DueRelation:
    return _member(DueRelation, value, "a due relation")


def _to_adjustment(value: object) -> Adjustment:
    return _member(Adjustment, value, "an adjustment")


def _check_day(instance: ReportingCycle, _attribute: object, value: int | None) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise VnplanError(f"expected the due day as an integer, got {value!r:.60}")
    if instance.frequency is Frequency.WEEKLY:
        if not 0 <= value <= 6:
            raise VnplanError(f"expected a weekday 0 (Monday) to 6 (Sunday), got {value}")
    elif not 1 <= value <= 31:
        raise VnplanError(f"expected a day of the month 1 to 31, got {value}")


@attrs.frozen(slots=True)
class ReportingCycle(CanonicalString):
    """A reporting frequency with its due rule.

    Attributes:
        frequency: how often.
        day: day of the month the report is due (1-31; clamped to the month's
            length), or for :attr:`Frequency.WEEKLY` the weekday (0 = Monday);
            ``None`` when the text gives no day (due on the period's last day).
        month_offset: month of the due day relative to the period's last month:
            0 = the last month ("tháng cuối quý"), 1 = the month after ("tháng
            sau", "tháng 01 năm sau"), -1 = the month before it.
        relation: :class:`DueRelation` of the day.
        adjustment: :class:`Adjustment` when the due day is a day off.

    >>> ReportingCycle(Frequency.MONTHLY, day=15, relation=DueRelation.BEFORE)
    ReportingCycle.parse('hằng tháng, trước ngày 15')
    """

    json_schema: ClassVar[Mapping[str, Any]] = {
        "description": (
            "Reporting cycle in Vietnamese, e.g. 'hằng tháng, trước ngày 15' or "
            "'hằng quý, chậm nhất ngày 25 của tháng cuối quý' (Decree 09/2019/NĐ-CP)."
        ),
        "examples": ["hằng tháng, trước ngày 15", "hằng năm, trước ngày 15 tháng 12"],
    }

    frequency: Frequency = attrs.field(converter=_to_frequency)
    day: int | None = attrs.field(default=None, validator=_check_day)
    month_offset: int = attrs.field(default=0)
    relation: DueRelation = attrs.field(
        default=DueRelation.BY, converter=_to_relation
    )
    adjustment: Adjustment = attrs.field(
        default=Adjustment.NONE, converter=_to_adjustment
    )

    @month_offset.validator
    def _check_offset(self, _attribute: object, value: int) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise VnplanError(f"expected the month offset as an integer, got {value!r:.60}")
        if value == 0:
            return
        low, high = _OFFSETS.get(self.frequency, (0, 0))
        if not isinstance(value, int) or not low <= value <= high:
            raise VnplanError(
                f"expected a month offset from {low} to {high} for a "
                f"{self.frequency.value} cycle, got {value!r}"
            )

    def __attrs_post_init__(self) -> None:
        # Only what str() writes may be set, so that parse(str(c)) == c.
        freq = self.frequency
        if self.day is not None and freq in _NO_DUE_DAY:
            raise VnplanError(f"a {freq.value} cycle has no due day")
        if self.day is None and self.relation is not DueRelation.BY:
            raise VnplanError("a cycle without a due day has no relation (leave it BY)")
        if not freq.is_periodic and self.adjustment is not Adjustment.NONE:
            raise VnplanError(f"a {freq.value} report has no due day to adjust")

    # -- text ---------------------------------------------------------------------------

    @classmethod
    def parse(cls, text: str) -> ReportingCycle:
        """Parse one reporting cycle from a phrase.

        >>> str(ReportingCycle.parse("báo cáo định kỳ hằng tháng (trước ngày 15 hằng tháng)"))
        'hằng tháng, trước ngày 15'
        >>> str(ReportingCycle.parse("hàng năm trước ngày 15 tháng 12"))
        'hằng năm, trước ngày 15 tháng 12'

        Raises:
            InvalidFormat: no frequency in the text, or several (use :func:`parse_cycles`).
        """
        cycles = parse_cycles(text)
        if not cycles:
            raise InvalidFormat(
                "expected a reporting frequency such as 'hằng tháng', 'hằng quý', "
                "'6 tháng', 'hằng năm', 'đột xuất' or 'chuyên đề'",
                text=text,
                expected="frequency",
            )
        if len(cycles) > 1:
            raise InvalidFormat(
                f"expected one reporting cycle, found {len(cycles)} "
                f"({'; '.join(str(c) for c in cycles)}); use parse_cycles()",
                text=text,
            )
        return cycles[0]

    def __str__(self) -> str:
        words = self.frequency.vietnamese
        if self.day is not None:
            words += ", " + _RELATION_WORDS[self.relation] + " " + self._due_words()
        if self.adjustment is not Adjustment.NONE:
            words += f" ({_ADJUST_WORDS[self.adjustment]})"
        return words

    def __repr__(self) -> str:
        return f"ReportingCycle.parse({str(self)!r})"

    def _due_words(self) -> str:
        day = self.day
        assert day is not None
        if self.frequency is Frequency.WEEKLY:
            return _WEEKDAY_WORDS[day]
        text = f"ngày {day:02d}"
        offset = self.month_offset
        if self.frequency is Frequency.MONTHLY:
            return text + (" của tháng sau" if offset == 1 else "")
        if self.frequency is Frequency.YEARLY:
            month = 12 + offset if offset <= 0 else offset
            return text + f" tháng {month:02d}" + (" năm sau" if offset > 0 else "")
        if self.frequency is Frequency.QUARTERLY:
            return text + " của " + _QUARTER_MONTH_WORDS[offset]
        return text + (" của tháng sau kỳ" if offset == 1 else " của tháng cuối kỳ")

    # -- dates --------------------------------------------------------------------------

    def due_dates(
        self,
        start: date,
        end: date,
        *,
        adjustment: Adjustment | None = None,
        calendar: WorkingCalendar | None = None,
    ) -> list[date]:
        """The last days to send each report, from ``start`` to ``end`` (both included).

        Args:
            adjustment: overrides the cycle's own :attr:`adjustment`.
            calendar: working calendar for adjustments (default calendar if omitted).

        Thematic and ad-hoc cycles have no schedule and return ``[]``.

        >>> c = ReportingCycle.parse("trước ngày 15 hằng tháng")
        >>> c.due_dates(date(2026, 1, 1), date(2026, 3, 31))
        [datetime.date(2026, 1, 14), datetime.date(2026, 2, 14), datetime.date(2026, 3, 14)]
        >>> c.due_dates(date(2026, 1, 1), date(2026, 3, 31), adjustment=Adjustment.FOLLOWING)
        [datetime.date(2026, 1, 14), datetime.date(2026, 2, 23), datetime.date(2026, 3, 16)]
        """
        _check_dates(start, end)
        if end < start or not self.frequency.is_periodic:
            return []
        mode = self.adjustment if adjustment is None else _to_adjustment(adjustment)
        cal = calendar if calendar is not None else WorkingCalendar.default()
        out = []
        for _period_end, due in self._schedule(start, end):
            moved = _adjust(due, mode, cal)
            if start <= moved <= end:
                out.append(moved)
        return sorted(set(out))

    def due_periods(
        self,
        start: date,
        end: date,
        *,
        adjustment: Adjustment | None = None,
        calendar: WorkingCalendar | None = None,
    ) -> list[tuple[date, Period]]:
        """Each due day of :meth:`due_dates` with the period its report covers.

        Sorted by due day, then period. A due day appears twice only when an
        adjustment moves two reports onto it (a daily report due on Saturday and
        Sunday, both moved to Monday).

        >>> c = ReportingCycle.parse("hằng quý, chậm nhất ngày 15 tháng đầu quý sau")
        >>> for due, period in c.due_periods(date(2026, 1, 1), date(2026, 6, 30)):
        ...     print(due, period)
        2026-01-15 Quý IV năm 2025
        2026-04-15 Quý I năm 2026
        """
        _check_dates(start, end)
        if end < start or not self.frequency.is_periodic:
            return []
        mode = self.adjustment if adjustment is None else _to_adjustment(adjustment)
        cal = calendar if calendar is not None else WorkingCalendar.default()
        out: set[tuple[date, date]] = set()
        for period_end, due in self._schedule(start, end):
            moved = _adjust(due, mode, cal)
            if start <= moved <= end:
                out.add((moved, period_end))
        return [(due, self._period_ending(period_end)) for due, period_end in sorted(out)]

    def _schedule(self, start: date, end: date) -> list[tuple[date, date]]:
        """(period end, unadjusted due day) for the periods whose due day can fall in range."""
        # due days lie up to 11 months before and 3 months after the period's end,
        # and adjustments move them by a few days
        lo = date.fromordinal(max(start.toordinal() - 130, 1))
        hi = date.fromordinal(min(end.toordinal() + 370, date.max.toordinal()))
        pairs: list[tuple[date, date]] = []
        if self.frequency is Frequency.DAILY:
            for d in _safe(rrule.rrule(rrule.DAILY, dtstart=_dt(start), until=_dt(end))):
                day = d.date()
                pairs.append((day, day))
            return pairs
        if self.frequency is Frequency.WEEKLY:
            first_sunday = lo + timedelta(days=(6 - lo.weekday()) % 7)
            for d in _safe(rrule.rrule(rrule.WEEKLY, dtstart=_dt(first_sunday), until=_dt(hi))):
                sunday = d.date()
                back = 0 if self.day is None else 6 - self.day
                if self.day is not None and self.relation is DueRelation.BEFORE:
                    back += 1
                if sunday.toordinal() - back >= 1:
                    pairs.append((sunday, sunday - timedelta(days=back)))
            return pairs
        months = _LAST_MONTHS[self.frequency]
        for d in _safe(rrule.rrule(
            rrule.MONTHLY, bymonth=months, bymonthday=1, dtstart=_dt(lo), until=_dt(hi)
        )):
            last_month_start = d.date()
            period_end = _month_end(last_month_start)
            month_due = self._due_in_period(last_month_start)
            if month_due is not None:
                pairs.append((period_end, month_due))
        return pairs

    def _due_in_period(self, last_month_start: date) -> date | None:
        """Unadjusted due day of the period whose last month starts on ``last_month_start``."""
        year, month = last_month_start.year, last_month_start.month
        if self.day is None:
            return _month_end(last_month_start)
        index = year * 12 + (month - 1) + self.month_offset
        year, month = divmod(index, 12)
        month += 1
        if not 1 <= year <= 9999:
            return None
        if self.relation is DueRelation.BEFORE:
            # "trước ngày 29" is due on the 28th in every month: the day before is
            # taken first, then clamped to the month (February of a common year
            # ends on the 28th, which is already before the 29th). Clamping first
            # gave 27/2 while the RRULE gave 28/2.
            if self.day == 1:
                due = date(year, month, 1)
                return None if due == date(1, 1, 1) else due - timedelta(days=1)
            return date(year, month, min(self.day - 1, _calendar.monthrange(year, month)[1]))
        return date(year, month, min(self.day, _calendar.monthrange(year, month)[1]))

    def rrule(self) -> str | None:
        """The iCalendar (RFC 5545) RRULE value that yields :meth:`due_dates`, or ``None``.

        ``None`` for thematic and ad-hoc cycles, and for cycles with a working-day
        :attr:`adjustment` (no RRULE can express it: list :meth:`due_dates` instead).

        >>> ReportingCycle.parse("trước ngày 15 hằng tháng").rrule()
        'FREQ=MONTHLY;BYMONTHDAY=14'
        >>> ReportingCycle.parse("hằng quý, chậm nhất vào ngày 25 của tháng cuối quý").rrule()
        'FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=25'
        >>> ReportingCycle.parse("hằng tuần, trước thứ Sáu").rrule()
        'FREQ=WEEKLY;BYDAY=TH'
        """
        if not self.frequency.is_periodic or self.adjustment is not Adjustment.NONE:
            return None
        if self.frequency is Frequency.DAILY:
            return "FREQ=DAILY"
        if self.frequency is Frequency.WEEKLY:
            weekday = 6 if self.day is None else self.day
            if self.day is not None and self.relation is DueRelation.BEFORE:
                weekday = (weekday - 1) % 7
            return f"FREQ=WEEKLY;BYDAY={_ICAL_DAYS[weekday]}"
        shift = 0 if self.day is None else self.month_offset
        if self.day is None:
            by_day = "BYMONTHDAY=-1"
        else:
            day = self.day - 1 if self.relation is DueRelation.BEFORE else self.day
            if day == 0:
                shift -= 1
                by_day = "BYMONTHDAY=-1"
            elif day > 28:
                by_day = f"BYMONTHDAY={','.join(str(d) for d in range(28, day + 1))};BYSETPOS=-1"
            else:
                by_day = f"BYMONTHDAY={day}"
        months = sorted({(m - 1 + shift) % 12 + 1 for m in _LAST_MONTHS[self.frequency]})
        by_month = "" if len(months) == 12 else f"BYMONTH={','.join(map(str, months))};"
        return f"FREQ=MONTHLY;{by_month}{by_day}"

    def period_for(
        self, due_date: date, *, calendar: WorkingCalendar | None = None
    ) -> Period:
        """The reporting period of the report due on ``due_date``.

        For a day that is not a due day, the period of the next report due after it.

        >>> c = ReportingCycle.parse("hằng quý, chậm nhất ngày 15 tháng đầu quý sau")
        >>> str(c.period_for(date(2026, 1, 15)))
        'Quý IV năm 2025'
        >>> str(ReportingCycle.parse("trước ngày 15 hằng tháng").period_for(date(2026, 3, 14)))
        'tháng 3 năm 2026'

        Raises:
            VnplanError: thematic and ad-hoc cycles have no periods.
        """
        _check_dates(due_date)
        if not self.frequency.is_periodic:
            raise VnplanError(f"a {self.frequency.value} report has no reporting period")
        cal = calendar if calendar is not None else WorkingCalendar.default()
        horizon = date.fromordinal(min(due_date.toordinal() + 400, date.max.toordinal()))
        best: tuple[date, date] | None = None
        for period_end, due in self._schedule(due_date, horizon):
            moved = _adjust(due, self.adjustment, cal)
            if moved >= due_date and (best is None or moved < best[0]):
                best = (moved, period_end)
        if best is None:
            raise VnplanError(f"no report of this cycle is due after {due_date.isoformat()}")
        return self._period_ending(best[1])

    def _period_ending(self, end: date) -> Period:
        freq = self.frequency
        if freq is Frequency.DAILY:
            return Period.between(end, end)
        if freq is Frequency.WEEKLY:
            return Period.between(end - timedelta(days=6), end)
        if freq is Frequency.MONTHLY:
            return Period.month(end.year, end.month)
        if freq is Frequency.QUARTERLY:
            return Period.quarter(end.year, end.month // 3)
        if freq is Frequency.HALF_YEARLY:
            return Period.first_half(end.year) if end.month == 6 else Period.second_half(end.year)
        if freq is Frequency.NINE_MONTHS:
            return Period.nine_months(end.year)
        return Period.year(end.year)

    def data_window(self, period: Period) -> Period:
        """Decree 09/2019 cut-off window of this cycle's report for ``period``.

        Same as :func:`data_window` with this cycle's frequency.
        """
        return data_window(self.frequency, period)

_WINDOW_KINDS = {
    Frequency.MONTHLY: (PeriodKind.MONTH,),
    Frequency.QUARTERLY: (PeriodKind.QUARTER,),
    Frequency.HALF_YEARLY: (PeriodKind.FIRST_HALF, PeriodKind.SECOND_HALF),
    Frequency.NINE_MONTHS: (PeriodKind.NINE_MONTHS,),
    Frequency.YEARLY: (PeriodKind.YEAR,),
}


def data_window(frequency: Frequency | str, period: Period) -> Period:
    """The data window (thời gian chốt số liệu) of a periodic report, Decree 09/2019/NĐ-CP.

    From the 15th of the month before the period to the 14th of its last month:

    ================  ==========================================
    frequency         window
    ================  ==========================================
    monthly           15th of the previous month → 14th
    quarterly         15th of the month before the quarter → 14th of its last month
    6 tháng đầu năm   15/12 of the previous year → 14/6
    6 tháng cuối năm  15/6 → 14/12
    9 tháng           15/12 of the previous year → 14/9
    yearly            15/12 of the previous year → 14/12
    ================  ==========================================

    The article number of the table (Điều 12) is UNCONFIRMED; the windows are
    confirmed from implementing rules (see ``shared/domain.md`` §5). Sector rules
    may use calendar periods instead (e.g. Circular 03/2015/TT-BTTTT): this
    function is only the Decree 09 default.

    >>> str(data_window(Frequency.QUARTERLY, Period.quarter(2026, 1)))
    'từ ngày 15/12/2025 đến ngày 14/03/2026'
    >>> w = data_window("half_yearly", Period.second_half(2026))
    >>> w.start, w.end
    (datetime.date(2026, 6, 15), datetime.date(2026, 12, 14))

    Raises:
        VnplanError: the period does not match the frequency (a quarter for a
            monthly report), or the frequency has no window (weekly, daily,
            thematic, ad hoc).
    """
    try:
        freq = Frequency(frequency)
    except ValueError:
        raise VnplanError(f"expected a Frequency, got {frequency!r}") from None
    if not isinstance(period, Period):
        raise VnplanError(f"expected a Period, got {type(period).__name__}")
    kinds = _WINDOW_KINDS.get(freq)
    if kinds is None:
        raise VnplanError(f"Decree 09/2019 sets no data window for {freq.value} reports")
    if period.kind not in kinds:
        expected = " or ".join(k.value for k in kinds)
        raise VnplanError(
            f"a {freq.value} report covers a {expected} period, not {period.kind.value} ({period})"
        )
    first = period.start
    before = first.year * 12 + first.month - 2  # the month before the period, 0-based index
    year, month = divmod(before, 12)
    if year < 1:
        raise VnplanError(f"the data window of {period} starts before year 1")
    return Period.between(date(year, month + 1, 15), period.end.replace(day=14))


# Frequencies whose text takes no due day ("hằng ngày", "đột xuất", "chuyên đề").
_NO_DUE_DAY = (Frequency.DAILY, Frequency.THEMATIC, Frequency.AD_HOC)
_ICAL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_QUARTER_MONTH_WORDS = {
    -2: "tháng đầu quý",
    -1: "tháng giữa quý",
    0: "tháng cuối quý",
    1: "tháng đầu quý sau",
}
# Allowed month offsets per frequency (each has words that parse back).
_OFFSETS = {
    Frequency.MONTHLY: (0, 1),
    Frequency.QUARTERLY: (-2, 1),
    Frequency.HALF_YEARLY: (0, 1),
    Frequency.NINE_MONTHS: (0, 1),
    Frequency.YEARLY: (-8, 3),  # months 4-12 of the year reported on, 1-3 of the next
}


def _adjust(day: date, mode: Adjustment, cal: WorkingCalendar) -> date:
    if mode is Adjustment.NONE:
        return day
    try:
        if mode is Adjustment.FOLLOWING:
            return cal.roll_forward(day)
        return cal.roll_backward(day)
    except VnplanError:
        return day  # outside the calendar's years: leave the calendar day


def _safe(rule: rrule.rrule) -> Iterator[datetime]:
    """Iterate an rrule, stopping where dateutil would step past year 9999."""
    iterator = iter(rule)
    while True:
        try:
            yield next(iterator)
        except (StopIteration, ValueError, OverflowError):
            return


def _dt(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def _month_end(first: date) -> date:
    return first.replace(day=_calendar.monthrange(first.year, first.month)[1])


def _check_dates(*days: object) -> None:
    for day in days:
        if not isinstance(day, date) or isinstance(day, datetime):
            raise VnplanError(f"expected a datetime.date, got {type(day).__name__}")


# -- the phrase grammar ----------------------------------------------------------------------
#
# Every pattern is linear: literal words, bounded digit runs, and "[ ]{1,3}" for blanks.

_S = r"[ \t\n]{1,3}"  # one to three blanks between words
_TIMES = r"lần[ ]{0,2}/[ ]{0,2}"  # "02 lần/ngày"
_HANG = r"(?:h[ằà]ng|mỗi)"
# "6 tháng" is a frequency, but not in "ngày 06 tháng 9" nor in "trong 6 tháng" (a duration)
# ... nor in "6 tháng đầu năm 2026" / "9 tháng năm 2025" (a period of one year)
_NOT_PERIOD = (
    r"(?!(?:[ \t\n]{1,3}(?:đầu|cuối))?(?:[ \t\n]{1,3}năm)?[ \t\n]{0,3}/?[ \t\n]{0,3}[0-9]{4})"
)
_NOT_DATE = (
    r"(?<![0-9])(?<!ngày )(?<!trong )(?<!hạn )(?<!sau )(?<!tối đa )(?<!/)(?<!quá )(?<!vòng )"
    r"(?<!gian )(?<!gần )(?<!hơn )(?<!khoảng )(?<!trên )(?<!dưới )(?<!mất )(?<!qua )"
    r"(?<!những )(?<!được )(?<!thêm )(?<!kéo dài )"
)

_FREQ_PATTERNS: list[tuple[Frequency, str]] = [
    (Frequency.DAILY, rf"{_HANG}{_S}ngày|{_TIMES}ngày"),
    (Frequency.WEEKLY, rf"{_HANG}{_S}tuần|định{_S}kỳ{_S}tuần|{_TIMES}tuần"),
    (Frequency.MONTHLY, rf"{_HANG}{_S}tháng|định{_S}kỳ{_S}tháng|theo{_S}tháng|{_TIMES}tháng"),
    (Frequency.QUARTERLY, rf"{_HANG}{_S}quý|định{_S}kỳ{_S}quý|theo{_S}quý|{_TIMES}quý"),
    (Frequency.NINE_MONTHS, rf"{_NOT_DATE}(?:0?9|chín){_S}tháng{_NOT_PERIOD}"
                            rf"(?:{_S}đầu{_S}năm)?"),
    (Frequency.HALF_YEARLY, rf"{_NOT_DATE}(?:0?6|sáu){_S}tháng{_NOT_PERIOD}"
                            rf"(?:{_S}(?:đầu|cuối){_S}năm)?|nửa{_S}năm|bán{_S}niên"),
    (Frequency.YEARLY, rf"{_HANG}{_S}năm|định{_S}kỳ{_S}năm|cả{_S}năm|theo{_S}năm"
                       rf"|(?<=[,;][ ])năm(?![ ]{{0,3}}[0-9])|(?<=và[ ])năm(?![ ]{{0,3}}[0-9])"),
    (Frequency.AD_HOC, rf"đột{_S}xuất"),
    (Frequency.THEMATIC, rf"chuyên{_S}đề"),
]  # fmt: skip

_FREQ_RE = re.compile(
    "|".join(f"(?P<f{i}>{pattern})" for i, (_f, pattern) in enumerate(_FREQ_PATTERNS)),
    re.IGNORECASE,
)

_MONTH_REF = (
    rf"(?:(?:của{_S})?tháng{_S}(?:"
    rf"(?P<mq>cuối{_S}quý|đầu{_S}quý{_S}(?:sau|tiếp{_S}theo|kế{_S}tiếp)|đầu{_S}quý|giữa{_S}quý"
    rf"|cuối{_S}kỳ(?:{_S}báo{_S}cáo)?|sau{_S}kỳ(?:{_S}báo{_S}cáo)?"
    rf"|sau|tiếp{_S}theo|kế{_S}tiếp)"
    rf"|(?P<mon>[0-9]{{1,2}})(?![0-9])(?P<ny>{_S}(?:của{_S})?năm{_S}(?:sau|tiếp{_S}theo|kế{_S}tiếp))?"
    rf"))"
)
_DUE_RE = re.compile(
    rf"(?P<rel>trước{_S}hoặc{_S}trong|chậm{_S}nhất(?:{_S}là)?(?:{_S}vào)?|hạn{_S}cuối(?:{_S}là)?"
    rf"|hạn{_S}chót|hạn{_S}(?:nộp|gửi)|trước|không{_S}muộn{_S}hơn|vào)"
    rf"{_S}(?:"
    rf"(?:ngày{_S})?(?P<day>[0-9]{{1,2}})(?![0-9:hg]|[ ]{{0,2}}(?:giờ|h[0-9]))"
    rf"(?:(?:/|\.|-)(?P<sm>[0-9]{{1,2}})(?![0-9/.-]))?"
    rf"(?:{_S}{_MONTH_REF})?"
    rf"|(?P<wd>thứ{_S}(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ{_S}nhật)"
    rf")",
    re.IGNORECASE,
)
_ADJUST_RE = re.compile(
    rf"ngày{_S}làm{_S}việc{_S}(?P<dir>tiếp{_S}theo|kế{_S}tiếp|liền{_S}sau|liền{_S}trước|trước{_S}đó)",
    re.IGNORECASE,
)
_JOIN_RE = re.compile(r"[ \t\n]{0,3}(?:[,;/][ \t\n]{0,3}|(?:và|hoặc)[ \t\n]{1,3}){0,2}")
_ADJACENT_RE = re.compile(r"[ \t\n]{0,3}(?:[,:(][ \t\n]{0,3}){0,2}")

_WEEKDAY_LOOKUP = {
    "hai": 0, "2": 0, "ba": 1, "3": 1, "tư": 2, "4": 2, "năm": 3, "5": 3,
    "sáu": 4, "6": 4, "bảy": 5, "7": 5,
}  # fmt: skip


@attrs.frozen(slots=True)
class _Token:
    kind: str  # "f" frequency or "d" due clause
    start: int
    end: int
    frequency: Frequency | None = None
    match: re.Match[str] | None = None


def parse_cycles(text: str) -> list[ReportingCycle]:
    """Every reporting cycle named in ``text``, in order of appearance.

    Several frequencies may share a sentence: "6 tháng và năm", "hằng quý,
    hằng năm hoặc đột xuất", "hằng quý (trước ngày 20 của tháng cuối quý), hằng
    năm (trước ngày 10/12)". A due clause binds to the frequency just before it
    ("hằng năm (trước ngày 15 tháng 11)") or just after it ("trước ngày 15 hằng
    tháng"); a list of k frequencies followed by a list of k due clauses pairs
    them in order ("6 tháng và cả năm, trước ngày 20 tháng 6 và trước ngày 20
    tháng 12 hằng năm"). A frequency repeated in the same sentence counts once.

    >>> for c in parse_cycles("báo cáo theo định kỳ hàng quý (trước ngày 20 của tháng cuối "
    ...                       "quý), hàng năm (trước ngày 10/12) hoặc đột xuất"):
    ...     print(c)
    hằng quý, trước ngày 20 của tháng cuối quý
    hằng năm, trước ngày 10 tháng 12
    đột xuất
    >>> parse_cycles("không có chu kỳ")
    []
    """
    if not isinstance(text, str):
        raise VnplanError(f"expected text, got {type(text).__name__}")
    if len(text) > MAX_TEXT:
        raise InputTooLarge("reporting-cycle text", len(text), MAX_TEXT)
    return [cycle for _start, _end, cycle in find_cycle_spans(normalize(text))]


def find_cycle_spans(norm: str) -> list[tuple[int, int, ReportingCycle]]:
    """The cycles of :func:`parse_cycles` with their spans in ``norm``.

    ``norm`` must already be :func:`vnplan.chars.normalize`-d; a span runs from the
    frequency word to the end of its due clause (or the reverse), so the spans of
    cycles listed together ("6 tháng và năm, trước ... và trước ...") may overlap.
    """
    tokens = _tokens(norm)
    adjustment = _adjustment(norm)
    pairs: list[tuple[_Token, _Token | None]] = []
    used: set[int] = set()
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.kind != "f" or i in used:
            i += 1
            continue
        group = _run(tokens, i, "f", norm, _JOIN_RE)
        after = group[-1] + 1
        dues = _run(tokens, after, "d", norm, _JOIN_RE) if after < len(tokens) else []
        gap_ok = bool(dues) and _gap(norm, tokens[group[-1]].end, tokens[after].start, _ADJACENT_RE)
        if gap_ok and len(dues) == len(group):
            for f, d in zip(group, dues, strict=True):
                pairs.append((tokens[f], tokens[d]))
            used.update(group)
            used.update(dues)
            # a trailing "hằng năm" after the paired clauses only repeats "every year"
            nxt = dues[-1] + 1
            if (
                nxt < len(tokens)
                and tokens[nxt].kind == "f"
                and tokens[nxt].frequency is Frequency.YEARLY
                and _gap(norm, tokens[dues[-1]].end, tokens[nxt].start, _ADJACENT_RE)
            ):
                used.add(nxt)
            i = dues[-1] + 1
            continue
        if gap_ok and len(group) > 1 and len(dues) >= 1:
            # "hằng quý, hằng năm (trước ngày ...)": the clause belongs to the last one
            for f in group[:-1]:
                pairs.append((tokens[f], None))
            pairs.append((tokens[group[-1]], tokens[dues[0]]))
            used.update(group)
            used.add(dues[0])
            i = dues[0] + 1
            continue
        if gap_ok and len(group) == 1:
            pairs.append((tok, tokens[dues[0]]))
            used.update((i, dues[0]))
            i = dues[0] + 1
            continue
        # a due clause just before a single frequency: "trước ngày 15 hằng tháng"
        prev = group[0] - 1
        if (
            len(group) == 1
            and prev >= 0
            and prev not in used
            and tokens[prev].kind == "d"
            and _gap(norm, tokens[prev].end, tok.start, _ADJACENT_RE)
        ):
            pairs.append((tok, tokens[prev]))
            used.update((i, prev))
            i += 1
            continue
        for f in group:
            pairs.append((tokens[f], None))
            used.add(f)
        i = group[-1] + 1

    found: list[tuple[int, int, ReportingCycle]] = []
    for freq_tok, due_tok in pairs:
        assert freq_tok.frequency is not None
        cycle = _cycle(freq_tok.frequency, due_tok, norm, adjustment)
        start, end = freq_tok.start, freq_tok.end
        if due_tok is not None:
            start, end = min(start, due_tok.start), max(end, due_tok.end)
        if any(c.frequency is cycle.frequency and (c == cycle or cycle.day is None)
               for _s, _e, c in found):
            continue
        found = [
            (s, e, c) for s, e, c in found
            if not (c.frequency is cycle.frequency and c.day is None)
        ]
        found.append((start, end, cycle))
    return found


def _tokens(norm: str) -> list[_Token]:
    found: list[_Token] = []
    for m in _FREQ_RE.finditer(norm):
        assert m.lastgroup is not None
        freq = _FREQ_PATTERNS[int(m.lastgroup[1:])][0]
        found.append(_Token("f", m.start(), m.end(), frequency=freq))
    for m in _DUE_RE.finditer(norm):
        if m.group("rel").lower() == "vào" and m.group("wd") is None and m.group("mq") is None \
                and m.group("mon") is None:
            continue  # "vào ngày 5" alone is too weak a cue
        found.append(_Token("d", m.start(), m.end(), match=m))
    found.sort(key=lambda t: (t.start, -t.end))
    # drop frequency words inside a due clause ("tháng 6" is not "6 tháng")
    kept: list[_Token] = []
    for tok in found:
        if kept and tok.start < kept[-1].end:
            if tok.kind == "f" and kept[-1].kind == "d":
                continue
            if tok.kind == "d" and kept[-1].kind == "f":
                kept.pop()
        kept.append(tok)
    return kept


def _run(tokens: list[_Token], i: int, kind: str, norm: str, join: re.Pattern[str]) -> list[int]:
    """Indices of the run of ``kind`` tokens starting at ``i`` joined by list separators."""
    if i >= len(tokens) or tokens[i].kind != kind:
        return []
    run = [i]
    while run[-1] + 1 < len(tokens):
        nxt = run[-1] + 1
        if tokens[nxt].kind != kind or not _gap(norm, tokens[run[-1]].end, tokens[nxt].start, join):
            break
        run.append(nxt)
    return run


def _gap(norm: str, a: int, b: int, pattern: re.Pattern[str]) -> bool:
    return b - a <= 12 and pattern.fullmatch(norm, a, b) is not None


def _adjustment(norm: str) -> Adjustment:
    m = _ADJUST_RE.search(norm)
    if m is None:
        return Adjustment.NONE
    word = m.group("dir").lower()
    return Adjustment.PRECEDING if "trước" in word else Adjustment.FOLLOWING


def _cycle(
    freq: Frequency, due: _Token | None, norm: str, adjustment: Adjustment
) -> ReportingCycle:
    if due is None or not freq.is_periodic or freq is Frequency.DAILY:
        return ReportingCycle(freq, adjustment=adjustment if freq.is_periodic else Adjustment.NONE)
    m = due.match
    assert m is not None
    rel = m.group("rel").lower()
    relation = DueRelation.BEFORE if rel.startswith("trước") and "trong" not in rel else (
        DueRelation.BY
    )
    try:
        if m.group("wd") is not None:
            if freq is not Frequency.WEEKLY:
                return ReportingCycle(freq, adjustment=adjustment)
            word = m.group("wd").lower().split()[-1]
            weekday = 6 if word == "nhật" else _WEEKDAY_LOOKUP[word]
            return ReportingCycle(freq, weekday, relation=relation, adjustment=adjustment)
        if freq is Frequency.WEEKLY:
            return ReportingCycle(freq, adjustment=adjustment)
        day = int(m.group("day"))
        offset = _offset(freq, m)
        return ReportingCycle(freq, day, offset, relation, adjustment)
    except VnplanError as exc:
        raise InvalidComponent(str(exc), text=norm, offset=due.start) from None


def _offset(freq: Frequency, m: re.Match[str]) -> int:
    low, high = _OFFSETS[freq]
    month_text = m.group("sm") or m.group("mon")
    if month_text is not None:
        month = int(month_text)
        if not 1 <= month <= 12:
            raise VnplanError(f"expected a month 1 to 12, got {month}")
        if freq is Frequency.YEARLY:
            return month if m.group("ny") is not None or month <= 3 else month - 12
        # signed distance from the nearest month in which a period ends
        best = 0
        for last in _LAST_MONTHS[freq]:
            diff = (month - last) % 12
            signed = diff if diff <= 3 else diff - 12
            if abs(signed) < abs(best) or (best == 0 and last == _LAST_MONTHS[freq][0]):
                best = signed
        # an unusual month is read as the last month of the period
        return best if low <= best <= high else 0
    words = " ".join((m.group("mq") or "").lower().split())
    if not words:
        return 0
    value = 1 if words.startswith("đầu quý ") else _MONTH_WORDS.get(words, 0)
    if freq is Frequency.YEARLY:
        return 1 if value > 0 else 0
    return value if low <= value <= high else 0


_MONTH_WORDS = {
    "cuối quý": 0, "đầu quý": -2, "giữa quý": -1,
    "cuối kỳ": 0, "cuối kỳ báo cáo": 0, "sau kỳ": 1, "sau kỳ báo cáo": 1,
    "sau": 1, "tiếp theo": 1, "kế tiếp": 1,
}  # fmt: skip
