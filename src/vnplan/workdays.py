"""Vietnamese working days: holidays, nghỉ bù, announced swaps, and counting.

A :class:`WorkingCalendar` says which days state agencies work. It starts from
the `holidays <https://pypi.org/project/holidays/>`_ package's Vietnam calendar
(always with ``language="vi"``): Tết Dương lịch; the five days of Tết Nguyên
Đán (lunar, Vietnamese variant of the calendar); Giỗ Tổ Hùng Vương (10/3 âm
lịch); 30/4; 1/5; Quốc khánh 2/9 with its adjacent day; the compensatory day
(nghỉ bù) when a holiday falls on a weekend; and the swaps the package knows.
Saturdays and Sundays are days off.

On top of that come **overrides**: announced swaps and extra days off, each a
:class:`CalendarOverride` row with its date, :class:`DayKind`, a Vietnamese
description and the number of the announcing document. A table of them ships
with vnplan (``vnplan/data/workday_overrides.csv``); rows announced after a
release are added at run time with :meth:`WorkingCalendar.with_overrides` or
:meth:`WorkingCalendar.from_csv`. A ``"working day"`` row makes a Saturday (or
any day) a working day; a ``"day off"`` row makes any day a day off. Later rows
win over earlier ones, run-time rows over shipped ones.

Counting convention, used by every function here: the working days *between*
``a`` and ``b`` exclude ``a`` and include ``b``, and the count is negative when
``b`` is before ``a``. So ``add_working_days(d, n)`` is the day reached after
counting ``n`` working days from ``d`` (``d`` itself not counted), and
``working_days_between(d, add_working_days(d, n)) == n`` for every ``d`` and
``n``. ``add_working_days(d, 0)`` returns ``d`` unchanged, even when ``d`` is a
day off ("within 0 working days" means the same day).

>>> from datetime import date
>>> import vnplan
>>> vnplan.is_working_day(date(2026, 2, 17))   # mùng 1 Tết Bính Ngọ
False
>>> vnplan.add_working_days(date(2026, 2, 13), 1)   # Friday before Tết → Monday after it
datetime.date(2026, 2, 23)
>>> vnplan.working_days_between(date(2026, 2, 13), date(2026, 2, 23))
1
>>> vnplan.add_working_days(date(2026, 4, 24), 1)   # Giỗ Tổ on Sunday 26/4 → nghỉ bù 27/4
datetime.date(2026, 4, 28)
>>> cal = vnplan.WorkingCalendar.default().with_overrides([
...     vnplan.CalendarOverride(date(2027, 1, 2), "working day", "Làm bù", "123/TB-BNV")])
>>> cal.is_working_day(date(2027, 1, 2)), vnplan.is_working_day(date(2027, 1, 2))
(True, False)

Known limits: before 02/10/1999 Saturday was a working day in the civil
service; this calendar treats every Saturday as a day off (add ``"working day"``
rows for older periods if it matters). Ngày Văn hóa Việt Nam (24/11) is a day
off from 2026 because the ``holidays`` package (0.109) says so; its legal basis
(a Politburo resolution, no Labor Code amendment found) is UNCONFIRMED.
"""

from __future__ import annotations

import csv
import datetime
import enum
import functools
import os
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from datetime import date
from importlib import resources
from pathlib import Path

import attrs
import holidays

from vnplan.errors import InvalidComponent, InvalidFormat, VnplanError

__all__ = [
    "CalendarOverride",
    "DayKind",
    "WorkingCalendar",
    "add_working_days",
    "is_working_day",
    "read_overrides",
    "working_days_between",
]

_COUNTRY = "VN"
_LANGUAGE = "vi"
_PROBE = holidays.country_holidays(_COUNTRY, language=_LANGUAGE)
#: First and last year for which the ``holidays`` package computes Vietnam's holidays.
FIRST_YEAR: int = int(_PROBE.start_year)
LAST_YEAR: int = int(_PROBE.end_year)
# Python's weekday(): 5 = Saturday, 6 = Sunday.
_WEEKEND = frozenset(int(d) for d in _PROBE.weekend)
# Fewest working days a year can have (≈ 250 in practice): used to size look-aheads.
_MIN_WORKING_DAYS_PER_YEAR = 200
_HEADER = ("date", "kind", "description", "source")
_SHIPPED = "workday_overrides.csv"


class DayKind(enum.StrEnum):
    """What an override row makes of its date."""

    DAY_OFF = "day off"
    WORKING_DAY = "working day"


def _to_kind(value: DayKind | str) -> DayKind:
    try:
        return DayKind(value)
    except ValueError:
        expected = " or ".join(repr(k.value) for k in DayKind)
        raise VnplanError(f"expected day kind {expected}, got {value!r}") from None


def _check_date(_instance: object, _attribute: attrs.Attribute[date], value: date) -> None:
    if not isinstance(value, date):
        raise VnplanError(f"expected a datetime.date, got {type(value).__name__}")


@attrs.frozen(slots=True)
class CalendarOverride:
    """One announced change to the working calendar.

    Attributes:
        date: the day concerned.
        kind: :attr:`DayKind.DAY_OFF` or :attr:`DayKind.WORKING_DAY` (the strings
            ``"day off"`` / ``"working day"`` are accepted).
        description: Vietnamese description, e.g. ``"Làm việc bù cho thứ Hai 29/4/2024"``.
        source: number of the announcing document, e.g. ``"2450/VPCP-KGVX"``.

    >>> CalendarOverride(date(2024, 5, 4), "working day", "Làm bù", "2450/VPCP-KGVX").kind
    <DayKind.WORKING_DAY: 'working day'>
    """

    date: datetime.date = attrs.field(validator=_check_date)
    kind: DayKind = attrs.field(converter=_to_kind)
    description: str = ""
    source: str = ""


def read_overrides(text: str) -> tuple[CalendarOverride, ...]:
    """Read override rows from CSV text with the header ``date,kind,description,source``.

    Dates are ISO (``2026-08-22``); lines starting with ``#`` are comments.

    >>> rows = read_overrides('''date,kind,description,source
    ... 2027-01-02,working day,"Làm bù cho thứ Sáu 01/01/2027",123/TB-BNV''')
    >>> rows[0].date, rows[0].kind.value, rows[0].source
    (datetime.date(2027, 1, 2), 'working day', '123/TB-BNV')

    Raises:
        InvalidFormat: the header or a row does not have the four columns.
        InvalidComponent: a date or kind is impossible (the error points at its line).
        TypeError: ``text`` is not a string.
    """
    if not isinstance(text, str):
        raise TypeError(f"expected CSV text (str), got {type(text).__name__}")
    rows: list[CalendarOverride] = []
    header_seen = False
    offset = 0
    for line in text.splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        try:
            cells = next(csv.reader([stripped]))
        except csv.Error as exc:
            raise InvalidFormat(f"bad CSV line ({exc})", text=text, offset=start) from None
        cells = [c.strip() for c in cells]
        if not header_seen:
            if tuple(c.lower() for c in cells) != _HEADER:
                raise InvalidFormat(
                    "expected the header 'date,kind,description,source'", text=text, offset=start
                )
            header_seen = True
            continue
        if len(cells) != len(_HEADER):
            raise InvalidFormat(
                f"expected 4 columns (date,kind,description,source), got {len(cells)}",
                text=text,
                offset=start,
            )
        try:
            day = date.fromisoformat(cells[0])
        except ValueError:
            raise InvalidComponent(
                "expected an ISO date such as 2026-08-22", text=text, offset=start
            ) from None
        try:
            rows.append(CalendarOverride(day, cells[1], cells[2], cells[3]))
        except VnplanError as exc:
            raise InvalidComponent(str(exc), text=text, offset=start) from None
    if not header_seen:
        raise InvalidFormat("expected the header 'date,kind,description,source'", text=text)
    return tuple(rows)


@functools.cache
def _shipped_overrides() -> tuple[CalendarOverride, ...]:
    text = resources.files("vnplan").joinpath("data", _SHIPPED).read_text("utf-8")
    return read_overrides(text)


class WorkingCalendar:
    """Working days of Vietnamese state agencies: statutory holidays plus overrides.

    Args:
        overrides: rows to apply on top of the statutory calendar (and of the
            shipped table, when ``shipped`` is true). Later rows win.
        shipped: also apply the table shipped in ``vnplan/data``.

    The calendar is immutable; it computes each year once, on first use, and
    answers later questions by binary search over a sorted table of working
    days, so ``add_working_days`` over years costs no per-day Python work.
    Years from 1901 to 2100 are supported (the range of the ``holidays`` package).

    >>> cal = WorkingCalendar()
    >>> cal.holiday_name(date(2026, 4, 27))
    'Ngày Giỗ Tổ Hùng Vương (nghỉ bù)'
    >>> cal.holiday_name(date(2026, 8, 31))
    'Nghỉ hoán đổi dịp Quốc khánh 2/9/2026 (làm bù thứ Bảy 22/8/2026)'
    >>> cal.is_working_day(date(2026, 8, 22))   # Saturday made a working day
    True
    """

    __slots__ = ("_first", "_last", "_lock", "_names", "_off", "_on", "_overrides", "_work")

    def __init__(self, overrides: Iterable[CalendarOverride] = (), *, shipped: bool = True) -> None:
        rows = tuple(overrides)
        for row in rows:
            if not isinstance(row, CalendarOverride):
                raise VnplanError(f"expected CalendarOverride rows, got {type(row).__name__}")
        self._overrides: tuple[CalendarOverride, ...] = (
            (_shipped_overrides() if shipped else ()) + rows
        )
        self._on: dict[int, str] = {}
        self._off: dict[int, str] = {}
        for row in self._overrides:
            key = row.date.toordinal()
            target, other = (
                (self._off, self._on) if row.kind is DayKind.DAY_OFF else (self._on, self._off)
            )
            other.pop(key, None)
            target[key] = row.description
        self._names: dict[int, str] = {}
        self._work: list[int] = []  # sorted ordinals of working days in years [_first, _last]
        self._first = 0
        self._last = -1
        self._lock = threading.Lock()

    # -- construction -------------------------------------------------------------------

    @classmethod
    def default(cls) -> WorkingCalendar:
        """The shared calendar used by the module-level functions (statutory + shipped rows)."""
        return _default()

    @classmethod
    def from_csv(
        cls, path: str | os.PathLike[str], *, shipped: bool = True
    ) -> WorkingCalendar:
        """A calendar with the rows of a CSV file (see :func:`read_overrides`) added."""
        try:
            text = Path(path).read_text("utf-8")
        except OSError as exc:
            raise VnplanError(f"cannot read overrides from {os.fspath(path)!r}: {exc}") from None
        except UnicodeDecodeError:
            raise VnplanError(f"overrides file {os.fspath(path)!r} is not UTF-8") from None
        return cls(read_overrides(text), shipped=shipped)

    def with_overrides(self, overrides: Iterable[CalendarOverride]) -> WorkingCalendar:
        """A new calendar with ``overrides`` applied after this calendar's own rows."""
        shipped = _shipped_overrides()
        own = self._overrides
        uses_shipped = own[: len(shipped)] == shipped
        base = own[len(shipped) :] if uses_shipped else own
        return WorkingCalendar((*base, *overrides), shipped=uses_shipped)

    @property
    def overrides(self) -> tuple[CalendarOverride, ...]:
        """Every override row in effect, shipped rows first."""
        return self._overrides

    # -- single days --------------------------------------------------------------------

    def is_working_day(self, day: date) -> bool:
        """Whether state agencies work on ``day``."""
        ordinal = _ordinal(day)
        self._cover(day.year, day.year)
        i = bisect_left(self._work, ordinal)
        return i < len(self._work) and self._work[i] == ordinal

    def holiday_name(self, day: date) -> str | None:
        """The Vietnamese name of the holiday or announced day off on ``day``, else ``None``.

        Ordinary weekends have no name.
        """
        ordinal = _ordinal(day)
        self._cover(day.year, day.year)
        return self._names.get(ordinal)

    def roll_forward(self, day: date) -> date:
        """``day`` if it is a working day, else the first working day after it."""
        if self.is_working_day(day):
            return day
        return self.add_working_days(day, 1)

    def roll_backward(self, day: date) -> date:
        """``day`` if it is a working day, else the last working day before it."""
        if self.is_working_day(day):
            return day
        return self.add_working_days(day, -1)

    # -- counting -----------------------------------------------------------------------

    def add_working_days(self, day: date, n: int) -> date:
        """The day reached by counting ``n`` working days from ``day`` (excluded).

        ``n`` may be negative (counting back). ``n == 0`` returns ``day``
        unchanged, even if it is a day off.
        """
        if not isinstance(n, int) or isinstance(n, bool):
            raise VnplanError(f"expected an int number of working days, got {type(n).__name__}")
        ordinal = _ordinal(day)
        if n == 0:
            return day
        years = abs(n) // _MIN_WORKING_DAYS_PER_YEAR + 1
        if n > 0:
            self._cover(day.year, min(LAST_YEAR, day.year + years))
            while True:
                i = bisect_right(self._work, ordinal) + n - 1
                if i < len(self._work):
                    return date.fromordinal(self._work[i])
                if self._last >= LAST_YEAR:
                    raise _out_of_range(f"{n} working days after {day.isoformat()}")
                self._cover(self._first, min(LAST_YEAR, self._last + years))
        while True:
            i = bisect_left(self._work, ordinal) + n
            if i >= 0:
                self._cover(day.year, day.year)
                return date.fromordinal(self._work[i])
            if self._first <= FIRST_YEAR:
                raise _out_of_range(f"{-n} working days before {day.isoformat()}")
            self._cover(max(FIRST_YEAR, self._first - years), self._last)

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end``; negative if ``end < start``.

        For ``end < start`` the count is of the working days from ``end``
        (included) to ``start`` (excluded), negated, so that
        ``working_days_between(d, add_working_days(d, n)) == n``.
        """
        a, b = _ordinal(start), _ordinal(end)
        self._cover(min(start.year, end.year), max(start.year, end.year))
        if b >= a:
            return bisect_right(self._work, b) - bisect_right(self._work, a)
        return -(bisect_left(self._work, a) - bisect_left(self._work, b))

    def working_days(self, start: date, end: date) -> Iterator[date]:
        """The working days from ``start`` to ``end``, both included, in order."""
        a, b = _ordinal(start), _ordinal(end)
        if b < a:
            return iter(())
        self._cover(start.year, end.year)
        lo, hi = bisect_left(self._work, a), bisect_right(self._work, b)
        return (date.fromordinal(o) for o in self._work[lo:hi])

    # -- the per-year table -------------------------------------------------------------

    def _cover(self, first: int, last: int) -> None:
        """Make sure the table spans the years ``first`` to ``last``."""
        if self._first <= first and last <= self._last:
            return
        with self._lock:
            if self._last < self._first:  # nothing computed yet
                self._work = [o for y in range(first, last + 1) for o in self._year(y)]
                self._first, self._last = first, last
                return
            lo, hi = min(first, self._first), max(last, self._last)
            before = [o for y in range(lo, self._first) for o in self._year(y)]
            after = [o for y in range(self._last + 1, hi + 1) for o in self._year(y)]
            if before or after:
                self._work = before + self._work + after
            self._first, self._last = lo, hi

    def _year(self, year: int) -> list[int]:
        """Sorted ordinals of the working days of ``year``; records holiday names."""
        statutory = holidays.country_holidays(
            _COUNTRY, years=(year - 1, year, year + 1), language=_LANGUAGE
        )
        off: dict[int, str] = {}
        for day, name in statutory.items():
            if day.year == year:
                off[day.toordinal()] = str(name)
        weekend_work = {d.toordinal() for d in statutory.weekend_workdays if d.year == year}
        first = date(year, 1, 1).toordinal()
        last = date(year, 12, 31).toordinal()
        weekday = date(year, 1, 1).weekday()
        work: list[int] = []
        for ordinal in range(first, last + 1):
            if ordinal in self._on:
                working = True
            elif ordinal in self._off:
                working = False
                off[ordinal] = self._off[ordinal]
            elif ordinal in off:
                working = False
            else:
                working = weekday not in _WEEKEND or ordinal in weekend_work
            if working:
                work.append(ordinal)
            weekday = (weekday + 1) % 7
        for ordinal, name in off.items():
            if ordinal not in self._on:
                self._names[ordinal] = name
        return work

    def __repr__(self) -> str:
        return f"WorkingCalendar({len(self._overrides)} overrides)"


@functools.cache
def _default() -> WorkingCalendar:
    return WorkingCalendar()


def _out_of_range(what: str) -> VnplanError:
    return VnplanError(
        f"{what} falls outside the supported years {FIRST_YEAR}-{LAST_YEAR}"
    )


def _ordinal(day: object) -> int:
    if not isinstance(day, date):
        raise VnplanError(f"expected a datetime.date, got {type(day).__name__}")
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise _out_of_range(day.isoformat())
    return day.toordinal()


def is_working_day(day: date) -> bool:
    """Whether state agencies work on ``day`` (default calendar).

    >>> is_working_day(date(2026, 9, 2)), is_working_day(date(2026, 9, 3))
    (False, True)
    """
    return _default().is_working_day(day)


def add_working_days(day: date, n: int) -> date:
    """Count ``n`` working days from ``day`` (excluded) on the default calendar.

    ``n`` may be negative; ``n == 0`` returns ``day`` unchanged.

    >>> add_working_days(date(2025, 4, 29), 1)   # 30/4, 1/5 and the swapped 2/5 are off
    datetime.date(2025, 5, 5)
    >>> add_working_days(date(2025, 5, 5), -1)
    datetime.date(2025, 4, 29)
    >>> add_working_days(date(2025, 5, 3), 0)   # n == 0: the same day, even a Saturday
    datetime.date(2025, 5, 3)
    """
    return _default().add_working_days(day, n)


def working_days_between(start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end`` (default calendar).

    Negative when ``end`` is before ``start`` (then ``end`` is included and
    ``start`` excluded), so that ``working_days_between(d, add_working_days(d, n)) == n``.

    >>> working_days_between(date(2026, 4, 24), date(2026, 5, 4))   # 28/4, 29/4 and 4/5
    3
    >>> working_days_between(date(2026, 5, 4), date(2026, 4, 24))   # 24/4, 28/4 and 29/4
    -3
    """
    return _default().working_days_between(start, end)

