"""Deadlines of tasks (thời hạn): absolute, relative, by period, recurring and standing.

A :class:`Deadline` keeps the meaning of the words around the date, not only
the date. Its :class:`DeadlineKind` says what it is tied to, its
:class:`DeadlineRelation` how:

| phrase | kind | relation | last day |
|---|---|---|---|
| "trước ngày 31/12/2021" | ABSOLUTE | BEFORE | 30/12/2021 |
| "chậm nhất ngày X", "hạn X", "trước hoặc trong ngày X", "đến ngày X" | ABSOLUTE | BY | X |
| "ngày X", "vào ngày X" | ABSOLUTE | ON | X |
| "từ ngày X", "sau ngày X" | ABSOLUTE | FROM / AFTER | none (open-ended) |
| "trong Quý I/2026", "Quý I/2026" | PERIOD | WITHIN | 31/3/2026 |
| "trước Quý III/2026" | PERIOD | BEFORE | 30/6/2026 |
| "năm 2025 và các năm tiếp theo" | PERIOD | FROM | none |
| "trong thời hạn 05 ngày làm việc kể từ ngày nhận" | RELATIVE | WITHIN | 5 working days later |
| "sau 15 ngày kể từ ngày ký" | RELATIVE | AFTER | 15 days after it |
| "trước ngày 15 hằng tháng", "hằng năm" | RECURRING | — | the next due day |
| "thường xuyên", "định kỳ", "đột xuất" | STANDING | — | none |

**"trước ngày X" is strict**: the last day on which the deadline is met is the
day before X (:attr:`Deadline.inclusive` is false). Relative deadlines count
from the day after the anchor (Civil Code 2015 Điều 147) and, when counted in
calendar days, weeks, months or years, a last day that is a day off moves to
the next working day (Điều 148.5); working-day counts use
:mod:`vnplan.workdays`. A month count that lands on a missing day (31/4) takes
the month's last day (Điều 148.3).

>>> from datetime import date
>>> d = Deadline.parse("Hoàn thành trước ngày 31/12/2021")
>>> d.kind.value, d.relation.value, d.date, d.inclusive, d.last_day
('absolute', 'before', datetime.date(2021, 12, 31), False, datetime.date(2021, 12, 30))
>>> str(d)
'trước ngày 31/12/2021'
>>> Deadline.parse("trong thời hạn 05 ngày làm việc kể từ ngày nhận").resolve(date(2026, 2, 12))
datetime.date(2026, 2, 26)
>>> Deadline.parse("trước 31/12").resolve(date(2025, 3, 1))   # the year comes from the reference
datetime.date(2025, 12, 30)
>>> print(*(m.deadline for m in find_deadlines("Sở Tư pháp chủ trì; thời gian: Quý I/2026.")))
trong Quý I năm 2026
"""

from __future__ import annotations

import contextlib
import datetime
import enum
import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any, ClassVar, TypeVar

import attrs
from dateutil.relativedelta import relativedelta

from vnplan.canonical import CanonicalString
from vnplan.chars import normalize
from vnplan.cycles import Frequency, ReportingCycle, find_cycle_spans
from vnplan.dates import find_dates, parse_date
from vnplan.errors import IncompleteValue, InputTooLarge, InvalidFormat, VnplanError
from vnplan.periods import Period, PeriodKind, find_periods
from vnplan.workdays import WorkingCalendar

__all__ = [
    "Deadline",
    "DeadlineKind",
    "DeadlineMatch",
    "DeadlineRelation",
    "DurationUnit",
    "Standing",
    "find_deadlines",
]

#: Longest text :func:`find_deadlines` and :meth:`Deadline.parse` accept.
MAX_TEXT = 1_000_000


class DeadlineKind(enum.StrEnum):
    """What a deadline is tied to."""

    ABSOLUTE = "absolute"  #: a calendar day ("ngày 31/12/2021")
    RELATIVE = "relative"  #: a duration from an event ("05 ngày làm việc kể từ ngày nhận")
    PERIOD = "period"  #: a month, quarter, half-year, year or range ("Quý I/2026")
    RECURRING = "recurring"  #: a reporting cycle ("trước ngày 15 hằng tháng")
    STANDING = "standing"  #: no date ("thường xuyên")


class DeadlineRelation(enum.StrEnum):
    """How the work relates to the day, period or duration."""

    BEFORE = "before"  #: "trước": strictly before
    BY = "by"  #: "chậm nhất", "hạn", "trước hoặc trong", "đến": on or before
    ON = "on"  #: "ngày X", "vào ngày X"
    WITHIN = "within"  #: "trong": inside the period or duration
    AFTER = "after"  #: "sau"
    FROM = "from"  #: "từ", "kể từ", "và các năm tiếp theo": starting then, open-ended


class DurationUnit(enum.StrEnum):
    """Unit of a relative deadline."""

    DAY = "day"
    WORKING_DAY = "working_day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"

    @property
    def vietnamese(self) -> str:
        """``"ngày"``, ``"ngày làm việc"``, ``"tuần"``, ``"tháng"`` or ``"năm"``."""
        return _UNIT_WORDS[self]


_UNIT_WORDS = {
    DurationUnit.DAY: "ngày",
    DurationUnit.WORKING_DAY: "ngày làm việc",
    DurationUnit.WEEK: "tuần",
    DurationUnit.MONTH: "tháng",
    DurationUnit.YEAR: "năm",
}


class Standing(enum.StrEnum):
    """A deadline without a date. The values are the canonical Vietnamese words."""

    REGULAR = "thường xuyên"  #: continuous work
    PERIODIC = "định kỳ"  #: periodic, the cycle not stated
    AD_HOC = "đột xuất"  #: when something happens
    ON_REQUEST = "theo yêu cầu"  #: when asked


_R_ = DeadlineRelation
_ABSOLUTE_RELATIONS = (_R_.BEFORE, _R_.BY, _R_.ON, _R_.AFTER, _R_.FROM)
_PERIOD_RELATIONS = (_R_.WITHIN, _R_.BEFORE, _R_.BY, _R_.FROM, _R_.AFTER)
_RELATIVE_RELATIONS = (_R_.WITHIN, _R_.AFTER)


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


def _to_kind(value: object) -> DeadlineKind:
    return _member(DeadlineKind, value, "a deadline kind")


def _to_relation(value: object) -> DeadlineRelation | None:
    return None if value is None else _member(DeadlineRelation, value, "a deadline relation")


def _to_unit(value: object) -> DurationUnit | None:
    return None if value is None else _member(DurationUnit, value, "a duration unit")


def _to_standing(value: object) -> Standing | None:
    return None if value is None else _member(Standing, value, "a standing word")


def _to_day_month(value: object) -> object:
    """Lists become tuples, so that a deadline stays hashable; the rest is checked later."""
    return tuple(value) if isinstance(value, list) else value


def _check_date_value(_instance: object, _attribute: object, value: date | None) -> None:
    if value is not None and (not isinstance(value, date) or isinstance(value, datetime.datetime)):
        raise VnplanError(f"expected a datetime.date, got {type(value).__name__}")


@attrs.frozen(slots=True)
class Deadline(CanonicalString):
    """A deadline with its meaning kept (see the module docs for the table).

    Build one with :meth:`parse` or the constructors :meth:`on`, :meth:`before`,
    :meth:`by`, :meth:`within_period`, :meth:`within`, :meth:`recurring`,
    :meth:`standing_` — or with the fields directly.

    Attributes:
        kind: :class:`DeadlineKind`.
        relation: :class:`DeadlineRelation` (``None`` for recurring and standing deadlines).
        date: the day of an absolute deadline (``None`` when the text gave no year:
            then ``day_month`` holds it and :meth:`resolve` takes the reference's year).
        day_month: ``(day, month)`` of an absolute deadline written without a year.
        period: the :class:`~vnplan.periods.Period` of a period deadline.
        amount, unit, anchor: a relative deadline's count, :class:`DurationUnit` and
            the event it counts from, as written ("ngày nhận được văn bản"), or ``None``.
        cycle: the :class:`~vnplan.cycles.ReportingCycle` of a recurring deadline.
        standing: the :class:`Standing` word of a standing deadline.
    """

    json_schema: ClassVar[Mapping[str, Any]] = {
        "description": (
            "Deadline in Vietnamese: 'trước ngày 31/12/2021', 'chậm nhất ngày 15/06/2026', "
            "'trong Quý I năm 2026', 'trong thời hạn 05 ngày làm việc kể từ ngày nhận', "
            "'hằng tháng, trước ngày 15' or 'thường xuyên'."
        ),
        "examples": ["trước ngày 31/12/2021", "trong Quý I năm 2026", "thường xuyên"],
    }

    kind: DeadlineKind = attrs.field(converter=_to_kind)
    relation: DeadlineRelation | None = attrs.field(
        default=None, converter=_to_relation
    )
    date: datetime.date | None = attrs.field(default=None, validator=_check_date_value)
    day_month: tuple[int, int] | None = attrs.field(default=None, converter=_to_day_month)
    period: Period | None = None
    amount: int | None = None
    unit: DurationUnit | None = attrs.field(
        default=None, converter=_to_unit
    )
    anchor: str | None = None
    cycle: ReportingCycle | None = None
    standing: Standing | None = attrs.field(
        default=None, converter=_to_standing
    )

    def __attrs_post_init__(self) -> None:
        kind = self.kind
        if kind is DeadlineKind.ABSOLUTE:
            self._require(self.relation in _ABSOLUTE_RELATIONS, "a day relation")
            self._require((self.date is None) != (self.day_month is None),
                          "exactly one of date and day_month")
            if self.day_month is not None:
                dm = self.day_month
                if not (
                    isinstance(dm, tuple) and len(dm) == 2
                    and all(isinstance(n, int) and not isinstance(n, bool) for n in dm)
                ):
                    raise VnplanError(f"expected day_month as (day, month), got {dm!r:.60}")
                try:
                    date(2000, dm[1], dm[0])  # 2000 is a leap year: 29/02 is allowed
                except (TypeError, ValueError, OverflowError):
                    raise VnplanError(f"{dm!r} is not a day and month") from None
            self._only("date", "day_month")
        elif kind is DeadlineKind.PERIOD:
            self._require(self.relation in _PERIOD_RELATIONS, "a period relation")
            self._require(isinstance(self.period, Period), "a period")
            self._require(
                self.period is None or self.period.kind is not PeriodKind.RANGE
                or self.relation is DeadlineRelation.WITHIN,
                "relation WITHIN for a date range",
            )
            self._only("period")
        elif kind is DeadlineKind.RELATIVE:
            self._require(self.relation in _RELATIVE_RELATIONS, "relation WITHIN or AFTER")
            self._require(isinstance(self.amount, int) and not isinstance(self.amount, bool)
                          and 0 <= self.amount <= 9999, "an amount from 0 to 9999")
            self._require(self.unit is not None, "a unit")
            self._require(self.anchor is None or _is_anchor(self.anchor),
                          "an anchor of at most 80 characters, single-spaced, without "
                          "',;:()' or linking words")
            self._only("amount", "unit", "anchor")
        elif kind is DeadlineKind.RECURRING:
            self._require(self.relation is None, "no relation")
            self._require(isinstance(self.cycle, ReportingCycle)
                          and self.cycle.frequency.is_periodic, "a periodic reporting cycle")
            self._only("cycle")
        else:
            self._require(self.relation is None, "no relation")
            self._require(self.standing is not None, "a standing word")
            self._only("standing")

    def _require(self, ok: bool, what: str) -> None:
        if not ok:
            raise VnplanError(f"a {self.kind.value} deadline needs {what}")

    def _only(self, *names: str) -> None:
        for name in ("date", "day_month", "period", "amount", "unit", "anchor", "cycle",
                     "standing"):
            if name not in names and getattr(self, name) is not None:
                raise VnplanError(f"a {self.kind.value} deadline has no {name}")

    # -- constructors -------------------------------------------------------------------

    @classmethod
    def on(cls, day: datetime.date) -> Deadline:
        """ "ngày X": on the day."""
        return cls(DeadlineKind.ABSOLUTE, DeadlineRelation.ON, date=day)

    @classmethod
    def before(cls, day: datetime.date) -> Deadline:
        """ "trước ngày X": strictly before the day."""
        return cls(DeadlineKind.ABSOLUTE, DeadlineRelation.BEFORE, date=day)

    @classmethod
    def by(cls, day: datetime.date) -> Deadline:
        """ "chậm nhất ngày X": on or before the day."""
        return cls(DeadlineKind.ABSOLUTE, DeadlineRelation.BY, date=day)

    @classmethod
    def within_period(cls, period: Period) -> Deadline:
        """ "trong <period>": by the period's last day."""
        return cls(DeadlineKind.PERIOD, DeadlineRelation.WITHIN, period=period)

    @classmethod
    def within(cls, amount: int, unit: DurationUnit | str, anchor: str | None = None) -> Deadline:
        """ "trong thời hạn N <unit> kể từ <anchor>"."""
        return cls(
            DeadlineKind.RELATIVE, DeadlineRelation.WITHIN, amount=amount, unit=unit, anchor=anchor
        )

    @classmethod
    def recurring(cls, cycle: ReportingCycle) -> Deadline:
        """A deadline that comes back with a reporting cycle."""
        return cls(DeadlineKind.RECURRING, cycle=cycle)

    @classmethod
    def standing_(cls, word: Standing | str = Standing.REGULAR) -> Deadline:
        """A deadline without a date ("thường xuyên")."""
        return cls(DeadlineKind.STANDING, standing=word)

    # -- meaning ------------------------------------------------------------------------

    @property
    def inclusive(self) -> bool:
        """Whether the named day (or the period's last day) still meets the deadline.

        False only for "trước": "trước ngày 15" is met on the 14th at the latest.
        """
        return self.relation is not DeadlineRelation.BEFORE

    @property
    def last_day(self) -> datetime.date | None:
        """The last day on which the deadline is met, when the text alone fixes it.

        ``None`` for relative, recurring and standing deadlines, open-ended ones
        ("từ ngày X") and dates written without a year (use :meth:`resolve`).
        """
        if self.kind is DeadlineKind.ABSOLUTE and self.date is not None:
            return _last_of_day(self.date, self.relation)
        if self.kind is DeadlineKind.PERIOD and self.period is not None:
            return _last_of_period(self.period, self.relation)
        return None

    def resolve(
        self, reference: datetime.date | None = None, *, calendar: WorkingCalendar | None = None
    ) -> datetime.date | None:
        """The last day on which the deadline is met.

        Args:
            reference: the document's date, or for a relative deadline the day of the
                event it counts from (ngày nhận, ngày ký). It supplies the year of a date
                written without one, and the start from which a recurring deadline's next
                due day is found.
            calendar: working calendar for working-day counts and the Civil Code
                day-off rule (default calendar if omitted).

        Returns ``None`` for standing and open-ended deadlines.

        Raises:
            IncompleteValue: a reference is needed and was not given (a date without a
                year, a relative or recurring deadline), or 29/02 in a common year.

        >>> Deadline.parse("trong 10 ngày").resolve(date(2026, 1, 1))   # 11/1 is a Sunday
        datetime.date(2026, 1, 12)
        >>> Deadline.parse("trước ngày 15 hằng tháng").resolve(date(2026, 3, 20))
        datetime.date(2026, 4, 14)
        >>> Deadline.parse("thường xuyên").resolve(date(2026, 3, 20)) is None
        True
        """
        if reference is not None and (
            not isinstance(reference, date) or isinstance(reference, datetime.datetime)
        ):
            raise VnplanError(f"expected a datetime.date reference, got {type(reference).__name__}")
        cal = calendar if calendar is not None else WorkingCalendar.default()
        kind = self.kind
        if kind is DeadlineKind.ABSOLUTE:
            day = self.date
            if day is None:
                assert self.day_month is not None
                if reference is None:
                    raise IncompleteValue(
                        f"'{self}' has no year; pass the document date as reference",
                        text=str(self), expected="reference",
                    )
                try:
                    day = date(reference.year, self.day_month[1], self.day_month[0])
                except ValueError:
                    raise IncompleteValue(
                        f"'{self}' does not exist in {reference.year}", text=str(self)
                    ) from None
            return _last_of_day(day, self.relation)
        if kind is DeadlineKind.PERIOD:
            assert self.period is not None
            return _last_of_period(self.period, self.relation)
        if kind is DeadlineKind.RELATIVE:
            return self._resolve_relative(reference, cal)
        if kind is DeadlineKind.RECURRING:
            assert self.cycle is not None
            if reference is None:
                raise IncompleteValue(
                    f"'{self}' recurs; pass a reference date to find the next due day",
                    text=str(self), expected="reference",
                )
            horizon = date.fromordinal(min(reference.toordinal() + 800, date.max.toordinal()))
            upcoming = self.cycle.due_dates(reference, horizon, calendar=cal)
            return upcoming[0] if upcoming else None
        return None

    def _resolve_relative(
        self, reference: datetime.date | None, cal: WorkingCalendar
    ) -> datetime.date | None:
        assert self.amount is not None
        assert self.unit is not None
        start = reference
        if start is None and self.anchor is not None:
            found = [m.date for m in find_dates(self.anchor) if m.date is not None]
            start = found[0] if found else None
        if start is None:
            raise IncompleteValue(
                f"'{self}' counts from an event; pass its date as reference",
                text=str(self), expected="reference",
            )
        n = self.amount
        try:
            if self.unit is DurationUnit.WORKING_DAY:
                return cal.add_working_days(start, n)
            if self.unit is DurationUnit.DAY:
                end = start + timedelta(days=n)
            elif self.unit is DurationUnit.WEEK:
                end = start + timedelta(weeks=n)
            elif self.unit is DurationUnit.MONTH:
                end = start + relativedelta(months=n)
            else:
                end = start + relativedelta(years=n)
        except (OverflowError, ValueError):
            raise VnplanError(f"'{self}' from {start.isoformat()} is past year 9999") from None
        if self.relation is DeadlineRelation.WITHIN and n > 0:
            # Civil Code 2015 Điều 148.5; outside the calendar's years keep the calendar day
            with contextlib.suppress(VnplanError):
                end = cal.roll_forward(end)
        return end

    # -- text ---------------------------------------------------------------------------

    @classmethod
    def parse(cls, text: str, *, reference: datetime.date | None = None) -> Deadline:
        """Parse the (first) deadline in ``text``.

        ``reference`` (the document date) supplies the year of dates and periods
        written without one ("trước ngày 31/12", "trong Quý I"); without it such a
        date stays year-less (:attr:`day_month`).

        Raises:
            InvalidFormat: no deadline in the text.
        """
        found = find_deadlines(text, reference=reference)
        if not found:
            raise InvalidFormat(
                "expected a deadline such as 'trước ngày 31/12/2021', 'trong Quý I/2026', "
                "'trong 05 ngày làm việc', 'trước ngày 15 hằng tháng' or 'thường xuyên'",
                text=text if isinstance(text, str) else "", expected="deadline",
            )
        return found[0].deadline

    def __str__(self) -> str:
        kind = self.kind
        if kind is DeadlineKind.ABSOLUTE:
            if self.date is not None:
                day = f"{self.date.day:02d}/{self.date.month:02d}/{self.date.year:04d}"
            else:
                assert self.day_month is not None
                day = f"{self.day_month[0]:02d}/{self.day_month[1]:02d}"
            assert self.relation is not None
            return f"{_DAY_WORDS[self.relation]}ngày {day}"
        if kind is DeadlineKind.PERIOD:
            assert self.relation is not None
            assert self.period is not None
            words = str(self.period)
            if self.relation is DeadlineRelation.FROM:
                if self.period.kind in (PeriodKind.YEAR, PeriodKind.YEARS):
                    return f"{words} và các năm tiếp theo"
                return f"từ {words}"
            if self.relation is DeadlineRelation.WITHIN and self.period.kind is PeriodKind.RANGE:
                return words  # "từ ngày … đến ngày …"
            return f"{_PERIOD_WORDS[self.relation]} {words}"
        if kind is DeadlineKind.RELATIVE:
            lead = "trong thời hạn" if self.relation is DeadlineRelation.WITHIN else "sau"
            assert self.unit is not None
            words = f"{lead} {self.amount:02d} {self.unit.vietnamese}"
            return f"{words} kể từ {self.anchor}" if self.anchor else words
        if kind is DeadlineKind.RECURRING:
            return str(self.cycle)
        assert self.standing is not None
        return self.standing.value

    def __repr__(self) -> str:
        return f"Deadline.parse({str(self)!r})"

_DAY_WORDS = {
    DeadlineRelation.BEFORE: "trước ",
    DeadlineRelation.BY: "chậm nhất ",
    DeadlineRelation.ON: "",
    DeadlineRelation.AFTER: "sau ",
    DeadlineRelation.FROM: "từ ",
}
_PERIOD_WORDS = {
    DeadlineRelation.WITHIN: "trong",
    DeadlineRelation.BEFORE: "trước",
    DeadlineRelation.BY: "chậm nhất trong",
    DeadlineRelation.AFTER: "sau",
}


def _is_anchor(anchor: object) -> bool:
    return (
        isinstance(anchor, str)
        and 0 < len(anchor) <= 80
        and anchor == " ".join(anchor.split())
        and not any(c in anchor for c in ",;:()")
        and not anchor.endswith(".")
        and _ANCHOR_STOP.search(f" {anchor} ") is None
    )


def _last_of_day(day: date, relation: DeadlineRelation | None) -> date | None:
    if relation is DeadlineRelation.BEFORE:
        return day - timedelta(days=1) if day > date.min else day
    if relation in (DeadlineRelation.BY, DeadlineRelation.ON):
        return day
    return None


def _last_of_period(period: Period, relation: DeadlineRelation | None) -> date | None:
    if relation is DeadlineRelation.BEFORE:
        return period.start - timedelta(days=1) if period.start > date.min else period.start
    if relation in (DeadlineRelation.WITHIN, DeadlineRelation.BY):
        return period.end
    return None


@attrs.frozen(slots=True)
class DeadlineMatch:
    """A deadline found in running text.

    ``start``/``end`` are offsets into ``vnplan.normalize(text)``; ``text`` is that slice.
    """

    start: int
    end: int
    text: str
    deadline: Deadline


# -- finding ---------------------------------------------------------------------------------
#
# Every pattern is linear: literal words, bounded digit runs and blanks, and one bounded
# class for the anchor of a relative deadline.

_S = r"[ \t\n]{1,3}"
_L = r"(?<![A-Za-zÀ-ỹĐđ])"  # no letter before
_R = r"(?![A-Za-zÀ-ỹĐđ])"  # no letter after

_NUMBER_WORDS = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
    "chín": 9, "mười": 10, "mười lăm": 15, "hai mươi": 20, "ba mươi": 30,
}  # fmt: skip
_RELATIVE_RE = re.compile(
    rf"{_L}(?P<lead>trong(?:{_S}(?:vòng|thời{_S}hạn|thời{_S}gian|phạm{_S}vi))?|sau|tối{_S}đa"
    rf"|không{_S}quá|chậm{_S}nhất(?:{_S}là)?|chậm{_S}nhất{_S}sau)"
    rf"{_S}(?P<n>[0-9]{{1,4}}(?![0-9/.,])|mười{_S}lăm|hai{_S}mươi|ba{_S}mươi|một|hai|ba|bốn|"
    rf"năm|sáu|bảy|tám|chín|mười)"
    rf"{_S}(?P<unit>ngày{_S}làm{_S}việc|ngày|tuần|tháng|năm){_R}"
    # "trong 6 tháng đầu năm 2026" is a period, not a duration
    rf"(?!(?:{_S}(?:đầu|cuối))?(?:{_S}năm)?[ \t\n]{{0,3}}/?[ \t\n]{{0,3}}[0-9]{{4}}"
    rf"|{_S}(?:đầu|cuối){_S}năm)"
    rf"(?:[ \t]{{0,3}},?[ \t]{{0,3}}(?P<from>kể{_S}từ|tính{_S}từ|từ|sau)"
    rf"{_S}(?P<anchor>[^\n,;:()]{{1,80}}))?",
    re.IGNORECASE,
)
_ANCHOR_STOP = re.compile(
    r"[ ](?:và|hoặc|để|theo|nhằm|trước|sau|đối với|cho|của cơ quan|tại)[ ]", re.IGNORECASE
)
_DAY_CUE_RE = re.compile(
    rf"{_L}(?P<cue>trước{_S}hoặc{_S}trong|chậm{_S}nhất(?:{_S}là)?(?:{_S}vào)?(?:{_S}trước)?"
    rf"|hạn{_S}(?:cuối|chót)(?:{_S}là)?|thời{_S}hạn(?:{_S}là)?|hạn|xong{_S}trước|trước"
    rf"|kể{_S}từ|bắt{_S}đầu{_S}từ|từ|sau|đến{_S}hết|đến|tới|vào|trong)"
    rf"[ \t]{{0,3}}:?[ \t]{{0,3}}(?:ngày)?[ \t]{{0,3}}$",
    re.IGNORECASE,
)
_PERIOD_CUE_RE = re.compile(
    rf"{_L}(?P<cue>chậm{_S}nhất(?:{_S}là)?(?:{_S}trong)?|trước|trong(?:{_S}suốt)?|từ|sau"
    rf"|đến{_S}hết|đến|tới)[ \t]{{0,3}}:?[ \t]{{0,3}}$",
    re.IGNORECASE,
)
_BARE_DAY_MONTH_RE = re.compile(
    rf"{_L}(?P<cue>trước|chậm{_S}nhất|hạn(?:{_S}cuối)?|đến)[ \t]{{1,3}}"
    rf"(?P<dm>(?<![0-9])[0-9]{{1,2}}[/.-][0-9]{{1,2}})(?![0-9]|[/.-][0-9])",
    re.IGNORECASE,
)
_ONWARD_RE = re.compile(
    rf"[ \t]{{0,3}},?[ \t]{{0,3}}(?:và{_S}(?:các|những){_S}năm{_S}tiếp{_S}theo|trở{_S}đi)",
    re.IGNORECASE,
)
_RANGE_JOIN_RE = re.compile(rf"[ \t]{{0,3}}(?:đến|tới|-)(?:{_S}hết)?[ \t]{{0,3}}", re.IGNORECASE)
_STANDING_RE = re.compile(
    rf"{_L}(?P<w>thường{_S}xuyên|liên{_S}tục|định{_S}kỳ|đột{_S}xuất"
    rf"|(?:theo|khi{_S}có){_S}yêu{_S}cầu){_R}",
    re.IGNORECASE,
)
_LOOKBACK = 40


def find_deadlines(text: str, *, reference: date | None = None) -> list[DeadlineMatch]:
    """Every deadline written in ``text``, in order, with spans.

    Recurring phrases ("trước ngày 15 hằng tháng") win over the dates inside
    them, relative ones ("trong 05 ngày làm việc kể từ ngày nhận") over their
    anchor date, and ranges ("từ tháng 12/2025 đến quý I/2026") over their ends.
    A date or period without a cue word counts as "on" the date / "within" the
    period. ``reference`` supplies missing years.

    >>> for m in find_deadlines(
    ...         "Thường xuyên; báo cáo trước ngày 20 hằng tháng; xong trong tháng 12/2025"):
    ...     print(f"{m.text!r}: {m.deadline}")
    'Thường xuyên': thường xuyên
    'trước ngày 20 hằng tháng': hằng tháng, trước ngày 20
    'trong tháng 12/2025': trong tháng 12 năm 2025
    """
    if not isinstance(text, str):
        raise VnplanError(f"expected text, got {type(text).__name__}")
    if len(text) > MAX_TEXT:
        raise InputTooLarge("deadline text", len(text), MAX_TEXT)
    if reference is not None and (
        not isinstance(reference, date) or isinstance(reference, datetime.datetime)
    ):
        raise VnplanError(f"expected a datetime.date reference, got {type(reference).__name__}")
    norm = normalize(text)
    year = reference.year if reference is not None else None

    taken = _Spans()
    found: list[tuple[int, int, Deadline]] = []
    free = taken.free

    def add(start: int, end: int, deadline: Deadline) -> None:
        taken.add(start, end)
        found.append((start, end, deadline))

    # 1. recurring cycles (their spans may overlap each other: keep them all)
    cycle_spans = find_cycle_spans(norm)
    for start, end, cycle in cycle_spans:
        if cycle.frequency is Frequency.AD_HOC:
            add(start, end, Deadline(DeadlineKind.STANDING, standing=Standing.AD_HOC))
        elif cycle.frequency.is_periodic:
            found.append((start, end, Deadline(DeadlineKind.RECURRING, cycle=cycle)))
    for start, end, _cycle in cycle_spans:
        taken.add(start, end)

    # 2. relative durations
    for m in _RELATIVE_RE.finditer(norm):
        if not free(m.start(), m.end()):
            continue
        deadline, end = _relative(norm, m)
        if deadline is not None:
            add(m.start(), end, deadline)

    # 3. periods, ranges of periods and open-ended years
    periods = [p for p in find_periods(norm, default_year=year) if p.period is not None]
    i = 0
    while i < len(periods):
        pm = periods[i]
        assert pm.period is not None
        start, end = pm.start, pm.end
        period = pm.period
        cue = _cue(_PERIOD_CUE_RE, norm, start)
        if i + 1 < len(periods) and cue is not None and cue[1] == "từ":
            nxt = periods[i + 1]
            if _RANGE_JOIN_RE.fullmatch(norm, end, nxt.start) and nxt.period is not None \
                    and nxt.period.end >= period.start:
                period = Period.between(period.start, nxt.period.end)
                end = nxt.end
                i += 1
                cue = (cue[0], "trong")
        i += 1
        if not free(start, end):
            continue
        relation = _period_relation(cue[1] if cue else "")
        onward = _ONWARD_RE.match(norm, end)
        if onward is not None:
            relation, end = DeadlineRelation.FROM, onward.end()
        if cue is not None:
            start = cue[0]
        add(start, end, Deadline(DeadlineKind.PERIOD, relation, period=period))

    # 4. dates
    for dm in find_dates(norm, default_year=year):
        if not free(dm.start, dm.end):
            continue
        if dm.incomplete:
            # a draft's "ngày    tháng 11/2025": the month is the deadline
            if dm.day is None and dm.month is not None and dm.year is not None:
                with contextlib.suppress(VnplanError):
                    month = Period.month(dm.year, dm.month)
                    cue = _cue(_PERIOD_CUE_RE, norm, dm.start)
                    add(cue[0] if cue else dm.start, dm.end,
                        Deadline(DeadlineKind.PERIOD, _period_relation(cue[1] if cue else ""),
                                 period=month))
            continue
        cue = _cue(_DAY_CUE_RE, norm, dm.start)
        relation = _day_relation(cue[1] if cue else "")
        start = cue[0] if cue else dm.start
        if dm.date is not None:
            deadline = Deadline(DeadlineKind.ABSOLUTE, relation, date=dm.date)
        elif dm.day is not None and dm.month is not None and dm.year is None:
            try:
                deadline = Deadline(DeadlineKind.ABSOLUTE, relation, day_month=(dm.day, dm.month))
            except VnplanError:
                continue
        else:
            continue
        if free(start, dm.end):
            add(start, dm.end, deadline)
    for m in _BARE_DAY_MONTH_RE.finditer(norm):
        if not free(m.start(), m.end()):
            continue
        try:
            day = parse_date(m.group("dm"), default_year=2000)  # only day and month are kept
        except VnplanError:
            continue
        relation = _day_relation(m.group("cue"))
        if year is not None:
            try:
                deadline = Deadline(DeadlineKind.ABSOLUTE, relation,
                                    date=date(year, day.month, day.day))
            except ValueError:
                continue
        else:
            deadline = Deadline(DeadlineKind.ABSOLUTE, relation, day_month=(day.day, day.month))
        add(m.start(), m.end(), deadline)

    # 5. standing words ("định kỳ" only when no cycle is named)
    for m in _STANDING_RE.finditer(norm):
        if not free(m.start(), m.end()):
            continue
        word = " ".join(m.group("w").lower().split())
        if word == "định kỳ" and cycle_spans:
            continue
        standing = {
            "thường xuyên": Standing.REGULAR,
            "liên tục": Standing.REGULAR,
            "định kỳ": Standing.PERIODIC,
            "đột xuất": Standing.AD_HOC,
        }.get(word, Standing.ON_REQUEST)
        add(m.start(), m.end(), Deadline(DeadlineKind.STANDING, standing=standing))

    found.sort(key=lambda item: (item[0], item[1]))
    return [DeadlineMatch(s, e, norm[s:e], d) for s, e, d in found]


class _Spans:
    """Disjoint, sorted character spans already claimed by a deadline (merged on insert)."""

    __slots__ = ("ends", "starts")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end) - 1
        return i < 0 or self.ends[i] <= start

    def add(self, start: int, end: int) -> None:
        lo = bisect_left(self.ends, start)  # first span that ends at or after start
        hi = bisect_right(self.starts, end)  # spans from lo to hi-1 touch [start, end]
        if lo < hi:
            start = min(start, self.starts[lo])
            end = max(end, self.ends[hi - 1])
        self.starts[lo:hi] = [start]
        self.ends[lo:hi] = [end]


def _cue(pattern: re.Pattern[str], norm: str, start: int) -> tuple[int, str] | None:
    """The cue word just before ``start`` (its offset and its words, lower case)."""
    lo = max(0, start - _LOOKBACK)
    m = pattern.search(norm, lo, start)
    if m is None:
        return None
    return m.start("cue"), " ".join(m.group("cue").lower().split())


def _day_relation(cue: str) -> DeadlineRelation:
    if cue.startswith(("trước hoặc", "chậm nhất", "hạn", "thời hạn", "đến")) or cue == "tới":
        return DeadlineRelation.BY
    if cue in ("trước", "xong trước"):
        return DeadlineRelation.BEFORE
    if cue in ("từ", "kể từ", "bắt đầu từ"):
        return DeadlineRelation.FROM
    if cue == "sau":
        return DeadlineRelation.AFTER
    return DeadlineRelation.ON


def _period_relation(cue: str) -> DeadlineRelation:
    if cue.startswith(("chậm nhất", "đến")) or cue == "tới":
        return DeadlineRelation.BY
    if cue == "trước":
        return DeadlineRelation.BEFORE
    if cue == "từ":
        return DeadlineRelation.FROM
    if cue == "sau":
        return DeadlineRelation.AFTER
    return DeadlineRelation.WITHIN


def _relative(norm: str, m: re.Match[str]) -> tuple[Deadline | None, int]:
    raw = " ".join(m.group("n").lower().split())
    amount = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw)
    if amount is None or amount > 9999:
        return None, m.end()
    unit_words = " ".join(m.group("unit").lower().split())
    unit = {
        "ngày làm việc": DurationUnit.WORKING_DAY, "ngày": DurationUnit.DAY,
        "tuần": DurationUnit.WEEK, "tháng": DurationUnit.MONTH, "năm": DurationUnit.YEAR,
    }[unit_words]  # fmt: skip
    lead = " ".join(m.group("lead").lower().split())
    relation = DeadlineRelation.AFTER if lead == "sau" else DeadlineRelation.WITHIN
    anchor: str | None = None
    end = m.end("unit")
    if m.group("anchor") is not None:
        raw_anchor = m.group("anchor")
        stop = _ANCHOR_STOP.search(raw_anchor)
        cut = stop.start() if stop else len(raw_anchor)
        # an anchor that is a date keeps only the date
        dates = list(find_dates(raw_anchor[:cut]))
        if dates and dates[0].date is not None:
            cut = dates[0].end
        text = raw_anchor[:cut].rstrip(" .")
        words = " ".join(text.split())
        if words:
            anchor = words
            end = m.start("anchor") + len(raw_anchor[:cut].rstrip(" ."))
    return Deadline(DeadlineKind.RELATIVE, relation, amount=amount, unit=unit, anchor=anchor), end
