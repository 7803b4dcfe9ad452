"""Reporting periods: months, quarters (Quý I), halves, nine months, years, terms, ranges.

Reports and plans name the period they cover in a handful of ways: "tháng 3/2020",
"Quý I năm 2020", "6 tháng đầu năm 2021", "9 tháng năm 2023", "năm 2021",
"giai đoạn 2021-2030", "nhiệm kỳ 2020-2025", "từ ngày 15/12/2020 đến ngày 14/01/2021".
A :class:`Period` is the inclusive span of dates such a phrase names, with its kind.

>>> p = Period.parse("quý IV/2021")
>>> p.start, p.end, str(p)
(datetime.date(2021, 10, 1), datetime.date(2021, 12, 31), 'Quý IV năm 2021')
>>> import datetime
>>> datetime.date(2021, 11, 30) in p
True
>>> str(p.next()), str(Period.parse("6 tháng đầu năm 2021").previous())
('Quý I năm 2022', '6 tháng đầu năm 2020')
>>> str(Period.parse("từ ngày 15/12/2020 đến ngày 14/01/2021"))
'từ ngày 15/12/2020 đến ngày 14/01/2021'

A "giai đoạn" or "nhiệm kỳ" of years runs from 1 January of the first year to
31 December of the last; the actual term of an elected body starts and ends at its
sessions, which the phrase does not say.
"""

from __future__ import annotations

import calendar
import datetime
import enum
import itertools
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any, ClassVar

import attrs

from vnplan.canonical import CanonicalString
from vnplan.chars import normalize
from vnplan.dates import LETTERS, DateMatch, find_dates, format_date, parse_date
from vnplan.errors import IncompleteValue, InvalidComponent, InvalidFormat, ParseError

__all__ = ["Period", "PeriodKind", "PeriodMatch", "find_periods"]


class PeriodKind(enum.StrEnum):
    """What kind of span a :class:`Period` is."""

    MONTH = "month"
    QUARTER = "quarter"
    FIRST_HALF = "first_half"
    SECOND_HALF = "second_half"
    NINE_MONTHS = "nine_months"
    YEAR = "year"
    YEARS = "years"
    RANGE = "range"


_ROMAN = ("", "I", "II", "III", "IV")
_ROMAN_VALUE = {"I": 1, "II": 2, "III": 3, "IV": 4}


def _end_of_month(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _check_year(year: object, what: str = "year") -> int:
    if isinstance(year, bool) or not isinstance(year, int) or not 1 <= year <= 9999:
        raise InvalidComponent(
            f"{what} must be an integer from 1 to 9999, not {year!r}",
            text=repr(year), expected="year",
        )
    return year


def _check_date(value: object, what: str) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if not isinstance(value, datetime.date):
        raise InvalidComponent(
            f"{what} must be a datetime.date, not {type(value).__name__}",
            text=repr(value), expected=what,
        )
    return value


def _to_date(value: object) -> datetime.date:
    return _check_date(value, "date")


def _to_kind(value: object) -> PeriodKind:
    try:
        return PeriodKind(str(value)) if not isinstance(value, PeriodKind) else value
    except ValueError:
        raise InvalidComponent(
            f"kind must be one of {', '.join(k.value for k in PeriodKind)}, not {value!r}",
            text=repr(value), expected="kind",
        ) from None


_JSON_PATTERN = (
    r"^(tháng (0[12]|[3-9]|1[0-2]) năm [0-9]{4}|Quý (I|II|III|IV) năm [0-9]{4}"
    r"|6 tháng (đầu|cuối) năm [0-9]{4}|9 tháng đầu năm [0-9]{4}|năm [0-9]{4}"
    r"|giai đoạn [0-9]{4}-[0-9]{4}"
    r"|từ ngày [0-9]{2}/[0-9]{2}/[0-9]{4} đến ngày [0-9]{2}/[0-9]{2}/[0-9]{4})$"
)


@attrs.frozen(slots=True)
class Period(CanonicalString):
    """An inclusive span of dates named by a Vietnamese period phrase.

    Build one with the constructors (:meth:`month`, :meth:`quarter`, :meth:`first_half`,
    :meth:`second_half`, :meth:`nine_months`, :meth:`year`, :meth:`years`,
    :meth:`between`) or :meth:`parse`. ``str()`` is the canonical Vietnamese phrase and
    ``Period.parse(str(p)) == p``. In pydantic models a period is its canonical string.

    >>> Period.month(2020, 3)  # doctest: +NORMALIZE_WHITESPACE
    Period(start=datetime.date(2020, 3, 1), end=datetime.date(2020, 3, 31),
           kind=<PeriodKind.MONTH: 'month'>)
    >>> str(Period.years(2021, 2030)), Period.years(2021, 2030).end
    ('giai đoạn 2021-2030', datetime.date(2030, 12, 31))
    """

    json_schema: ClassVar[Mapping[str, Any]] = {
        "description": (
            "A Vietnamese period phrase in canonical form: 'tháng 3 năm 2020', "
            "'Quý I năm 2020', '6 tháng đầu năm 2021', '6 tháng cuối năm 2021', "
            "'9 tháng đầu năm 2021', 'năm 2021', 'giai đoạn 2021-2030' or "
            "'từ ngày 15/12/2020 đến ngày 14/01/2021'."
        ),
        "pattern": _JSON_PATTERN,
        "examples": ["Quý I năm 2020", "giai đoạn 2021-2030"],
    }

    start: datetime.date = attrs.field(converter=_to_date)
    end: datetime.date = attrs.field(converter=_to_date)
    kind: PeriodKind = attrs.field(converter=_to_kind)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidComponent(
                f"the period ends ({self.end}) before it starts ({self.start})",
                text=f"{self.start}/{self.end}", expected="end",
            )
        if self.kind is PeriodKind.RANGE:
            return
        expected = _canonical_span(self.kind, self.start, self.end)
        if expected != (self.start, self.end):
            raise InvalidComponent(
                f"{self.start}..{self.end} is not a {self.kind.value} period",
                text=f"{self.start}/{self.end}", expected=self.kind.value,
            )

    # -- constructors ---------------------------------------------------------------------

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """The calendar month: ``Period.month(2020, 3)`` is "tháng 3 năm 2020"."""
        _check_year(year)
        if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
            raise InvalidComponent(
                f"month must be 1–12, not {month!r}", text=repr(month), expected="month"
            )
        return cls(datetime.date(year, month, 1), _end_of_month(year, month), PeriodKind.MONTH)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        """Quarter 1–4 of ``year``: ``Period.quarter(2020, 1)`` is "Quý I năm 2020"."""
        _check_year(year)
        if isinstance(quarter, bool) or not isinstance(quarter, int) or not 1 <= quarter <= 4:
            raise InvalidComponent(
                f"quarter must be 1–4, not {quarter!r}", text=repr(quarter), expected="quarter"
            )
        first = 3 * quarter - 2
        return cls(datetime.date(year, first, 1), _end_of_month(year, first + 2),
                   PeriodKind.QUARTER)

    @classmethod
    def first_half(cls, year: int) -> Period:
        """1 January – 30 June: "6 tháng đầu năm"."""
        _check_year(year)
        return cls(datetime.date(year, 1, 1), datetime.date(year, 6, 30), PeriodKind.FIRST_HALF)

    @classmethod
    def second_half(cls, year: int) -> Period:
        """1 July – 31 December: "6 tháng cuối năm"."""
        _check_year(year)
        return cls(datetime.date(year, 7, 1), datetime.date(year, 12, 31),
                   PeriodKind.SECOND_HALF)

    @classmethod
    def nine_months(cls, year: int) -> Period:
        """1 January – 30 September: "9 tháng đầu năm"."""
        _check_year(year)
        return cls(datetime.date(year, 1, 1), datetime.date(year, 9, 30),
                   PeriodKind.NINE_MONTHS)

    @classmethod
    def year(cls, year: int) -> Period:
        """The calendar year: "năm 2021"."""
        _check_year(year)
        return cls(datetime.date(year, 1, 1), datetime.date(year, 12, 31), PeriodKind.YEAR)

    @classmethod
    def years(cls, first: int, last: int) -> Period:
        """Whole years ``first``..``last``: "giai đoạn 2021-2030", "nhiệm kỳ 2020-2025"."""
        _check_year(first, "first year")
        _check_year(last, "last year")
        if last < first:
            raise InvalidComponent(
                f"the last year {last} comes before the first {first}",
                text=f"{first}-{last}", expected="year",
            )
        return cls(datetime.date(first, 1, 1), datetime.date(last, 12, 31), PeriodKind.YEARS)

    @classmethod
    def between(cls, start: datetime.date, end: datetime.date) -> Period:
        """Any inclusive span: "từ ngày 15/12/2020 đến ngày 14/01/2021"."""
        return cls(_check_date(start, "start"), _check_date(end, "end"), PeriodKind.RANGE)

    # -- queries ----------------------------------------------------------------------------

    def contains(self, day: datetime.date) -> bool:
        """True when ``day`` falls within the period (both ends included).

        A ``datetime`` counts by its date; anything that is not a date is never inside.
        """
        return self.__contains__(day)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, datetime.datetime):
            item = item.date()
        if not isinstance(item, datetime.date):
            return False
        return self.start <= item <= self.end

    @property
    def days(self) -> int:
        """Number of days in the period, both ends included."""
        return (self.end - self.start).days + 1

    def next(self) -> Period:
        """The period of the same kind that follows.

        Months and quarters step by one; halves, nine months and years by a year
        (the next "6 tháng đầu năm" is next year's); a term of years by its own length;
        a range by its own number of days, starting the day after it ends.
        """
        return self._shift(1)

    def previous(self) -> Period:
        """The period of the same kind that comes before; see :meth:`next`."""
        return self._shift(-1)

    def _shift(self, step: int) -> Period:
        try:
            return _SHIFTS[self.kind](self, step)
        except (ValueError, OverflowError) as exc:
            if isinstance(exc, ParseError):
                raise
            raise InvalidComponent(
                f"no {self.kind.value} period {'after' if step > 0 else 'before'} {self}",
                text=str(self), expected="year",
            ) from exc

    # -- text -------------------------------------------------------------------------------

    def __str__(self) -> str:
        y = f"{self.start.year:04d}"
        kind = self.kind
        if kind is PeriodKind.MONTH:
            month = self.start.month
            return f"tháng {month:02d} năm {y}" if month < 3 else f"tháng {month} năm {y}"
        if kind is PeriodKind.QUARTER:
            return f"Quý {_ROMAN[(self.start.month + 2) // 3]} năm {y}"
        if kind is PeriodKind.FIRST_HALF:
            return f"6 tháng đầu năm {y}"
        if kind is PeriodKind.SECOND_HALF:
            return f"6 tháng cuối năm {y}"
        if kind is PeriodKind.NINE_MONTHS:
            return f"9 tháng đầu năm {y}"
        if kind is PeriodKind.YEAR:
            return f"năm {y}"
        if kind is PeriodKind.YEARS:
            return f"giai đoạn {y}-{self.end.year:04d}"
        return (f"từ ngày {format_date(self.start, 'short')} "
                f"đến ngày {format_date(self.end, 'short')}")

    @classmethod
    def parse(cls, text: str, *, default_year: int | None = None) -> Period:
        """Parse a Vietnamese period phrase.

        Accepted (any case, any spacing): "tháng 3/2020", "tháng 02 năm 2024",
        "tháng 8.2024"; "Quý I năm 2020", "quý IV/2021", "Quý 3 năm 2022";
        "6 tháng đầu năm 2021" (also "06", "sáu"), "6 tháng cuối năm 2021",
        "9 tháng đầu năm 2023", "9 tháng năm 2023"; "năm 2021"; "giai đoạn 2021-2030",
        "nhiệm kỳ 2020 - 2025", "2021-2030"; "từ ngày 15/12/2020 đến ngày 14/01/2021"
        (any date form on either side; a start without a year takes the end's year).
        A phrase without a year ("Quý I", "6 tháng cuối năm", "tháng 3") uses
        ``default_year``.

        Raises:
            InvalidFormat: not a period phrase.
            InvalidComponent: quarter 5, month 13, a term or range that ends before
                it starts.
            IncompleteValue: the year is missing and no ``default_year`` was given.

        >>> Period.parse("6 tháng cuối năm", default_year=2021).start
        datetime.date(2021, 7, 1)
        >>> Period.parse("Quý V năm 2020")
        Traceback (most recent call last):
        ...
        vnplan.errors.InvalidComponent: quarter V is not I, II, III or IV ...
        """
        if not isinstance(text, str):
            raise InvalidFormat(f"Period.parse expects a string, not {type(text).__name__}")
        norm = normalize(text)
        start, end = _strip(norm)
        if end - start > _MAX_PHRASE:
            raise InvalidFormat(
                f"a period phrase is at most {_MAX_PHRASE} characters; this is {end - start}",
                text=norm[: start + _MAX_PHRASE], offset=start, expected="period",
            )
        core = norm[start:end]
        if _BARE_YEAR.fullmatch(core):  # a bare "2021" names the year
            if int(core) == 0:
                raise InvalidComponent("year 0 does not exist", text=norm, offset=start,
                                       expected="year")
            return cls.year(int(core))
        match = _WHOLE.fullmatch(core)
        if match is not None:
            return _from_groups(norm, match, start, default_year)
        found = _parse_range(norm, start, end, default_year)
        if found is not None:
            return found
        raise InvalidFormat(
            "expected a period such as 'tháng 3/2020', 'Quý I năm 2020', "
            "'6 tháng đầu năm 2021', 'năm 2021', 'giai đoạn 2021-2030' "
            "or 'từ ngày 15/12/2020 đến ngày 14/01/2021'",
            text=norm, offset=start, expected="period",
        )

def _canonical_span(
    kind: PeriodKind, start: datetime.date, end: datetime.date
) -> tuple[datetime.date, datetime.date]:
    y = start.year
    if kind is PeriodKind.MONTH:
        return datetime.date(y, start.month, 1), _end_of_month(y, start.month)
    if kind is PeriodKind.QUARTER:
        first = 3 * ((start.month - 1) // 3) + 1
        return datetime.date(y, first, 1), _end_of_month(y, first + 2)
    if kind is PeriodKind.FIRST_HALF:
        return datetime.date(y, 1, 1), datetime.date(y, 6, 30)
    if kind is PeriodKind.SECOND_HALF:
        return datetime.date(y, 7, 1), datetime.date(y, 12, 31)
    if kind is PeriodKind.NINE_MONTHS:
        return datetime.date(y, 1, 1), datetime.date(y, 9, 30)
    if kind is PeriodKind.YEAR:
        return datetime.date(y, 1, 1), datetime.date(y, 12, 31)
    # YEARS
    return datetime.date(y, 1, 1), datetime.date(end.year, 12, 31)


def _shift_month(p: Period, step: int) -> Period:
    index = p.start.year * 12 + p.start.month - 1 + step
    return Period.month(index // 12, index % 12 + 1)


def _shift_quarter(p: Period, step: int) -> Period:
    index = p.start.year * 4 + (p.start.month - 1) // 3 + step
    return Period.quarter(index // 4, index % 4 + 1)


def _shift_yearly(p: Period, step: int) -> Period:
    make: dict[PeriodKind, Callable[[int], Period]] = {
        PeriodKind.FIRST_HALF: Period.first_half,
        PeriodKind.SECOND_HALF: Period.second_half,
        PeriodKind.NINE_MONTHS: Period.nine_months,
        PeriodKind.YEAR: Period.year,
    }
    return make[p.kind](p.start.year + step)


def _shift_years(p: Period, step: int) -> Period:
    length = p.end.year - p.start.year + 1
    first = p.start.year + step * length
    return Period.years(first, first + length - 1)


def _shift_range(p: Period, step: int) -> Period:
    length = datetime.timedelta(days=p.days)
    return Period.between(p.start + step * length, p.end + step * length)


_SHIFTS: dict[PeriodKind, Callable[[Period, int], Period]] = {
    PeriodKind.MONTH: _shift_month,
    PeriodKind.QUARTER: _shift_quarter,
    PeriodKind.FIRST_HALF: _shift_yearly,
    PeriodKind.SECOND_HALF: _shift_yearly,
    PeriodKind.NINE_MONTHS: _shift_yearly,
    PeriodKind.YEAR: _shift_yearly,
    PeriodKind.YEARS: _shift_years,
    PeriodKind.RANGE: _shift_range,
}


# --- grammar ---------------------------------------------------------------------------

_NB = rf"(?<![{LETTERS}])"  # no letter before
_NA = rf"(?![{LETTERS}])"  # no letter after
_THANG = rf"{_NB}th[áa]ng{_NA}"
_NAM = rf"{_NB}n[ăa]m{_NA}"
_Y = "[0-9]{4}(?![0-9])"
# "năm 2020", "/2020", ".2020", "-2020" after a month or quarter.
_YEAR_AFTER = rf"(?: \s{{0,20}} (?:,\s{{0,5}})? {_NAM} \s{{1,20}} | \s{{0,3}} [/.-] \s{{0,3}} )"
_PERIOD = rf"""
    (?P<month>
        {_THANG} \s{{0,20}} (?P<m>[0-9]{{1,2}}) (?![0-9])
        (?: {_YEAR_AFTER} (?P<my>{_Y}) )?
    )
  | (?P<quarter>
        {_NB}qu[ýí]{_NA} \s{{1,20}} (?P<q>[IVX]{{1,4}}|[0-9]) (?![{LETTERS}0-9])
        (?: {_YEAR_AFTER} (?P<qy>{_Y}) )?
    )
    # "6 tháng năm 2023" (no đầu/cuối) is read as the first half, as reports use it (own
    # reading of usage, not a rule text); "9 tháng năm 2023" as the first nine months.
  | (?P<half>
        (?<![0-9]) (?:0?6|{_NB}s[áa]u{_NA}) \s{{1,20}} {_THANG} \s{{1,20}}
        (?: (?P<h>đầu|dau|cuối|cuoi) \s{{1,20}} )? {_NAM}
        (?: \s{{1,20}} (?P<hy>{_Y}) )?
    )
  | (?P<nine>
        (?<![0-9]) (?:0?9|{_NB}ch[íi]n{_NA}) \s{{1,20}} {_THANG} \s{{1,20}}
        (?: (?:đầu|dau) \s{{1,20}} )? {_NAM}
        (?: \s{{1,20}} (?P<ny>{_Y}) )?
    )
  | (?P<term>
        (?: (?P<tw> {_NB}(?: giai\s{{1,5}}đoạn | giai\s{{1,5}}doan | nhiệm\s{{1,5}}kỳ
                           | nhiem\s{{1,5}}ky | thời\s{{1,5}}kỳ ) {_NA} \s{{1,20}}
                    (?: t[ừu]\s{{1,20}} )? )
          | (?P<tf> {_NB}t[ừu]\s{{1,20}} ) (?={_NAM}) )?
        (?: (?P<tn>{_NAM})\s{{1,20}} )?
        (?<![0-9./-]) (?P<ta>{_Y}) \s{{0,5}} (?: - | đến | tới ) \s{{0,5}}
        (?: {_NAM}\s{{1,20}} )? (?P<tb>{_Y})
    )
  | (?P<year>
        (?: {_NB}cả\s{{1,5}} )? {_NAM} \s{{1,20}} (?P<yy>{_Y}) (?!\s{{0,5}}-\s{{0,5}}[0-9])
    )
"""
_WHOLE = re.compile(_PERIOD, re.IGNORECASE | re.VERBOSE)
_BARE_YEAR = re.compile("[0-9]{4}")
# Periods start with a digit, "th(áng)", "từ", "qu(ý)", "sáu", "chín", "gi(ai)", "nh(iệm)"
# or "năm": the guard skips other positions fast.
_FIND = re.compile(
    rf"(?=[0-9]|th|t[ừu]|qu|s[áa]u|ch[íi]n|gi|nh|n[ăa]m)(?:{_PERIOD})",
    re.IGNORECASE | re.VERBOSE,
)
_EDGE = " \t\r\n\f\v*|()[]"
# The longest phrase Period.parse reads ("từ ngày … đến hết ngày …" with wrapped lines).
_MAX_PHRASE = 200


def _strip(text: str) -> tuple[int, int]:
    start, end = 0, len(text)
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    if end - start >= 2 and text[end - 1] in ".,;:" and text[end - 2].isdigit():
        end -= 1
    return start, end


def _year_of(
    norm: str, match: re.Match[str], group: str, base: int, default_year: int | None
) -> int:
    value = match.group(group)
    if value is not None:
        year = int(value)
        if year == 0:
            raise InvalidComponent(
                "year 0 does not exist", text=norm, offset=base + match.start(group),
                expected="year",
            )
        return year
    if default_year is None:
        raise IncompleteValue(
            "the period has no year; pass default_year", text=norm,
            offset=base + match.end(), expected="year",
        )
    return _check_year(default_year, "default_year")


def _from_groups(
    norm: str, match: re.Match[str], base: int, default_year: int | None
) -> Period:
    kind = match.lastgroup
    if kind == "month":
        month = int(match.group("m"))
        if not 1 <= month <= 12:
            raise InvalidComponent(
                f"month {match.group('m')} is not between 1 and 12", text=norm,
                offset=base + match.start("m"), expected="month",
            )
        return Period.month(_year_of(norm, match, "my", base, default_year), month)
    if kind == "quarter":
        q = match.group("q").upper()
        number = int(q) if q.isdigit() else _ROMAN_VALUE.get(q, 0)
        if not 1 <= number <= 4:
            raise InvalidComponent(
                f"quarter {q} is not I, II, III or IV", text=norm,
                offset=base + match.start("q"), expected="quarter",
            )
        return Period.quarter(_year_of(norm, match, "qy", base, default_year), number)
    if kind == "half":
        year = _year_of(norm, match, "hy", base, default_year)
        side = (match.group("h") or "đầu").lower()
        if side.startswith("cu"):
            return Period.second_half(year)
        return Period.first_half(year)
    if kind == "nine":
        return Period.nine_months(_year_of(norm, match, "ny", base, default_year))
    if kind == "term":
        first, last = int(match.group("ta")), int(match.group("tb"))
        if first == 0 or last == 0 or last < first:
            raise InvalidComponent(
                f"the term {first}-{last} does not run forward in time", text=norm,
                offset=base + match.start("tb"), expected="year",
            )
        return Period.years(first, last)
    # kind == "year"
    return Period.year(_year_of(norm, match, "yy", base, default_year))


_RANGE_SPLIT = re.compile(r"\s{1,20}(?:đến|tới|den)\s{1,20}(?:hết\s{1,20})?|\s{0,5}-\s{0,5}",
                          re.IGNORECASE)
_RANGE_FROM = re.compile(rf"(?:{_NB}t[ừu]{_NA}\s{{1,20}})?", re.IGNORECASE)


def _endpoint(
    norm: str, start: int, end: int, default_year: int | None
) -> tuple[datetime.date, datetime.date]:
    """One side of a range: a date (start = end) or a period ("tháng 11/2025", "quý I")."""
    try:
        day = parse_date(norm[start:end], default_year=default_year)
    except InvalidFormat:
        match = _WHOLE.fullmatch(norm, start, end)
        if match is None:
            raise
        period = _from_groups(norm, match, 0, default_year)
        return period.start, period.end
    except InvalidComponent as exc:
        # Report the impossible part at its place in the whole phrase.
        raise InvalidComponent(
            exc.message, text=norm, offset=start + exc.offset, expected=exc.expected
        ) from None
    return day, day


def _parse_range(norm: str, start: int, end: int, default_year: int | None) -> Period | None:
    """"từ ngày A đến ngày B", "từ tháng 11/2025 đến quý I/2026", "A - B", or None."""
    lead = _RANGE_FROM.match(norm, start, end)
    left_start = lead.end() if lead else start
    impossible: InvalidComponent | None = None
    for sep in _RANGE_SPLIT.finditer(norm, left_start, end):
        try:
            last = _endpoint(norm, sep.end(), end, default_year)[1]
            first = _endpoint(norm, left_start, sep.start(), last.year)[0]
        except InvalidComponent as exc:
            impossible = impossible or exc
            continue
        except ParseError:
            continue
        if first > last and _has_no_year(norm[left_start : sep.start()]) and _valid_in(first, -1):
            first = first.replace(year=first.year - 1)
        if first > last:
            raise InvalidComponent(
                f"the range ends ({last}) before it starts ({first})", text=norm,
                offset=sep.end(), expected="end",
            )
        return Period.between(first, last)
    if impossible is not None:
        raise impossible
    return None


def _has_no_year(text: str) -> bool:
    return re.search("[0-9]{4}", text) is None


def _valid_in(day: datetime.date, step: int) -> bool:
    try:
        day.replace(year=day.year + step)
    except ValueError:
        return False
    return True


# --- find_periods ------------------------------------------------------------------------


@attrs.frozen(slots=True)
class PeriodMatch:
    """A period named in running text.

    ``start``/``end`` are offsets into the NFC-normalised text; ``period`` is ``None``
    when the phrase has no year and no ``default_year`` was given ("Quý I", "6 tháng
    cuối năm"), or is impossible ("Quý V").
    """

    start: int
    end: int
    text: str
    period: Period | None
    kind: PeriodKind


_KIND_OF_GROUP = {
    "month": PeriodKind.MONTH,
    "quarter": PeriodKind.QUARTER,
    "nine": PeriodKind.NINE_MONTHS,
    "term": PeriodKind.YEARS,
    "year": PeriodKind.YEAR,
}
_RANGE_GAP = re.compile(r"\s{0,20}(?:đến|tới|-)\s{0,20}(?:hết\s{1,20})?", re.IGNORECASE)
_RANGE_LEAD = re.compile(rf"{_NB}t[ừu]\s{{1,20}}$", re.IGNORECASE)


def _ranges(norm: str, found: list[DateMatch]) -> Iterator[tuple[int, int, Period | None]]:
    """"từ ngày A đến ngày B" spans, built from the dates found in the text."""
    dates = [d for d in found if not d.incomplete]
    for a, b in itertools.pairwise(dates):
        gap = _RANGE_GAP.fullmatch(norm, a.end, b.start)
        lead = _RANGE_LEAD.search(norm, max(0, a.start - 25), a.start)
        if gap is None or lead is None or b.date is None:
            continue
        first = a.date
        if a.year is None and a.day is not None and a.month is not None:
            # "từ ngày 15/11 đến ngày 20/11/2025": the start takes the end's year.
            try:
                first = datetime.date(b.date.year, a.month, a.day)
                if first > b.date:
                    first = first.replace(year=first.year - 1)
            except ValueError:
                first = None
        period = Period.between(first, b.date) if first and first <= b.date else None
        yield lead.start(), b.end, period


def _period_of(
    norm: str, match: re.Match[str], default_year: int | None
) -> Period | None:
    """The period of a match, or None; errors are built on the match alone (cheap)."""
    try:
        return _from_groups(match.group(), match, -match.start(), default_year)
    except ParseError:
        return None


def _kind_of(match: re.Match[str]) -> PeriodKind:
    kind = match.lastgroup or "year"
    if kind == "half":
        side = (match.group("h") or "đầu").lower()
        return PeriodKind.SECOND_HALF if side.startswith("cu") else PeriodKind.FIRST_HALF
    return _KIND_OF_GROUP[kind]


def _join_period_ranges(
    norm: str, plain: list[tuple[re.Match[str], PeriodMatch]], default_year: int | None
) -> list[PeriodMatch]:
    """Merge "từ tháng 11/2025 đến quý I/2026" into one RANGE; keep the rest as they are."""
    out: list[PeriodMatch] = []
    i = 0
    while i < len(plain):
        match, found = plain[i]
        if i + 1 < len(plain):
            after = plain[i + 1][1]
            gap = _RANGE_GAP.fullmatch(norm, found.end, after.start)
            lead = _RANGE_LEAD.search(norm, max(0, found.start - 25), found.start)
            if gap is not None and lead is not None and after.period is not None:
                last = after.period.end
                first = found.period or _period_of(norm, match, last.year)
                if first is not None and first.start > last and match.group(
                    _YEAR_GROUP[match.lastgroup or "year"]
                ) is None:
                    first = _period_of(norm, match, last.year - 1)
                if first is not None and first.start <= last:
                    out.append(PeriodMatch(lead.start(), after.end, norm[lead.start() : after.end],
                                           Period.between(first.start, last), PeriodKind.RANGE))
                    i += 2
                    continue
        out.append(found)
        i += 1
    return out


_YEAR_GROUP = {"month": "my", "quarter": "qy", "half": "hy", "nine": "ny", "term": "ta",
               "year": "yy"}


def find_periods(text: str, *, default_year: int | None = None) -> Iterator[PeriodMatch]:
    """Yield every period named in ``text``, in order, with its span.

    Dates are not periods: "tháng 3 năm 2020" inside "ngày 15 tháng 3 năm 2020" (or in
    a draft "ngày    tháng 3 năm 2020") is skipped. "từ ngày A đến ngày B" and
    "từ tháng 11/2025 đến quý I/2026" are one RANGE each. Offsets refer to
    ``vnplan.normalize(text)``; runs in linear time.

    >>> for m in find_periods("Báo cáo Quý I/2026 và 6 tháng đầu năm 2026, giai đoạn 2021 - 2025"):
    ...     print(m.start, m.text, "→", m.period)
    8 Quý I/2026 → Quý I năm 2026
    22 6 tháng đầu năm 2026 → 6 tháng đầu năm 2026
    44 giai đoạn 2021 - 2025 → giai đoạn 2021-2025
    >>> for m in find_periods("ký ngày 15 tháng 3 năm 2020, báo cáo tháng 3/2020"):
    ...     print(m.text)
    tháng 3/2020
    >>> for m in find_periods("Từ tháng 11/2025 đến tháng 4/2026"):
    ...     print(m.kind.value, m.period)
    range từ ngày 01/11/2025 đến ngày 30/04/2026
    """
    if not isinstance(text, str):
        raise InvalidFormat(f"find_periods expects a string, not {type(text).__name__}")
    norm = normalize(text)
    date_matches = list(find_dates(norm, default_year=default_year))
    dates = [(d.start, d.end) for d in date_matches]
    ranges = list(_ranges(norm, date_matches))
    found: list[PeriodMatch] = [
        PeriodMatch(s, e, norm[s:e], p, PeriodKind.RANGE) for s, e, p in ranges
    ]
    taken = dates + [(s, e) for s, e, _ in ranges]
    taken.sort()
    index = 0
    plain: list[tuple[re.Match[str], PeriodMatch]] = []
    for match in _FIND.finditer(norm):
        s, e = match.span()
        while index < len(taken) and taken[index][1] <= s:
            index += 1
        if index < len(taken) and taken[index][0] < e:
            continue  # part of a date or of a range
        if match.lastgroup == "term" and match.group("tw") is None and match.group("tn") is None:
            first, last = int(match.group("ta")), int(match.group("tb"))
            if not (1900 <= first < last <= 2099):
                continue  # "1000-2000 người" is a quantity range, not years
        period = _period_of(norm, match, default_year)
        plain.append((match, PeriodMatch(s, e, norm[s:e], period, _kind_of(match))))
    found.extend(_join_period_ranges(norm, plain, default_year))
    found.sort(key=lambda m: (m.start, -m.end))
    yield from found
