"""Vietnamese dates: parse every written form, format the Decree 30 form, find dates in text.

Official documents write the date of issue in full, "ngày 05 tháng 01 năm 2021",
with a leading zero for days below 10 and for months 1 and 2 only (Decree
30/2020/NĐ-CP, Phụ lục I). Running text also uses "11/10/2021", "14.7.2021",
"14-7-2021", ISO "2021-10-19" and day-month forms without a year ("ngày 22.7",
"2-9"). The day always comes before the month: "09/25/2027" is an invalid
date, never 25 September.

>>> parse_date("ngày 19 tháng 10 năm 2021")
datetime.date(2021, 10, 19)
>>> parse_date("14.7.2021"), parse_date("2021-10-19")
(datetime.date(2021, 7, 14), datetime.date(2021, 10, 19))
>>> parse_date("ngày 22.7", default_year=2021)
datetime.date(2021, 7, 22)
>>> format_date(parse_date("5/1/2021"))
'ngày 05 tháng 01 năm 2021'
>>> format_date(parse_date("5/3/2021"), style="short")
'05/03/2021'
>>> parse_place_date("Bà Rịa - Vũng Tàu, ngày 05 tháng 3 năm 2021")
('Bà Rịa - Vũng Tàu', datetime.date(2021, 3, 5))
>>> next(find_dates("Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ")).text
'ngày 11/10/2021'

Bad input raises :class:`~vnplan.errors.InvalidFormat` (not a date),
:class:`~vnplan.errors.InvalidComponent` (a day, month or year that cannot
exist) or :class:`~vnplan.errors.IncompleteValue` (a blank template):

>>> parse_date("29/02/2021")
Traceback (most recent call last):
...
vnplan.errors.InvalidComponent: day 29 does not exist in month 2 of 2021 (it has 28 days) ...
>>> parse_date("ngày …… tháng …… năm 2026")
Traceback (most recent call last):
...
vnplan.errors.IncompleteValue: the day and month are blank ...
"""

from __future__ import annotations

import calendar
import datetime
import enum
import functools
import re
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar, Literal

import attrs

from vnplan.canonical import CanonicalString
from vnplan.chars import normalize
from vnplan.errors import IncompleteValue, InvalidComponent, InvalidFormat, VnplanError

__all__ = [
    "DateForm",
    "DateMatch",
    "PlaceDate",
    "find_dates",
    "format_date",
    "parse_date",
    "parse_place_date",
    "parse_place_date_parts",
]

# --- pattern fragments -------------------------------------------------------------------
# Latin and Vietnamese letters, spelled out (``\w`` would also match digits and much more).
LETTERS = "A-Za-z\u00c0-\u024f\u1e00-\u1eff"
# Keywords, case-insensitive ("NGÀY", "Ngày"). The "a" may carry any tone mark or none:
# ASCII-folded legacy text writes "ngay thang nam", OCR and broken font mappings "thảng".
_A = "[aàáảãạăằắẳẵặâầấẩẫậ]"
# Scrambled web text and OCR also put a tone mark on the "y" ("ngàỷ").
_NGAY = f"ng{_A}[yýỳỷỹỵ]"
_THANG = f"th{_A}ng"
_NAM = f"n{_A}m"
# What fills a blank slot in a template: spaces, dots, ellipses, underscores, and the
# circumflex OCR leaves behind ("ngày tháng ˆ năm 20.....").
_BLANK_MARKS = ".…_ˆ"
_FILL = rf"[\s{_BLANK_MARKS}]{{0,60}}"
_NOT_LETTER_BEFORE = rf"(?<![{LETTERS}])"
_NOT_LETTER_AFTER = rf"(?![{LETTERS}])"

class DateForm(enum.StrEnum):
    """How a date was written.

    ``ISO`` covers the year-first forms "2021-10-19" and the edXML "2021/10/19";
    ``DAY_MONTH`` any form without a year ("ngày 22.7", "ngày 15 tháng 11").
    """

    FULL = "full"
    SLASH = "slash"
    DOT = "dot"
    HYPHEN = "hyphen"
    ISO = "iso"
    DAY_MONTH = "day_month"


_SEPARATOR_FORM = {"/": DateForm.SLASH, ".": DateForm.DOT, "-": DateForm.HYPHEN}


# --- components -----------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Slot:
    """One component as printed: its digits (None when blank) and where it starts."""

    digits: str | None
    offset: int


def _check_components(text: str, day: _Slot, month: _Slot, year: _Slot) -> datetime.date:
    """Turn printed components into a date or raise InvalidComponent naming the bad one.

    Parts are checked in reading order (day, month, year), then the day against the
    length of its month.
    """
    assert day.digits is not None
    assert month.digits is not None
    assert year.digits is not None
    d, m, y = int(day.digits), int(month.digits), int(year.digits)
    if len(day.digits) > 2 or not 1 <= d <= 31:
        raise InvalidComponent(
            f"day {day.digits} is not between 1 and 31",
            text=text, offset=day.offset, expected="day",
        )
    if len(month.digits) > 2 or not 1 <= m <= 12:
        raise InvalidComponent(
            f"month {month.digits} is not between 1 and 12 (the day comes first: dd/mm/yyyy)",
            text=text, offset=month.offset, expected="month",
        )
    if len(year.digits) != 4:
        raise InvalidComponent(
            f"year {year.digits!r} must be written with four digits",
            text=text, offset=year.offset, expected="year",
        )
    if y == 0:
        raise InvalidComponent(
            "year 0 does not exist", text=text, offset=year.offset, expected="year"
        )
    last = calendar.monthrange(y, m)[1]
    if d > last:
        raise InvalidComponent(
            f"day {d} does not exist in month {m} of {y} (it has {last} days)",
            text=text, offset=day.offset, expected="day",
        )
    return datetime.date(y, m, d)


def _default_year_slot(default_year: int | None, text: str, offset: int) -> _Slot:
    if default_year is None:
        raise IncompleteValue(
            "the date has no year; pass default_year to read a day and month",
            text=text, offset=offset, expected="year",
        )
    if isinstance(default_year, bool) or not isinstance(default_year, int):
        raise InvalidComponent(
            f"default_year must be an int, not {type(default_year).__name__}",
            text=text, offset=offset, expected="year",
        )
    if not 1 <= default_year <= 9999:
        raise InvalidComponent(
            f"default_year {default_year} is not between 1 and 9999",
            text=text, offset=offset, expected="year",
        )
    return _Slot(f"{default_year:04d}", offset)


# --- parse_date -------------------------------------------------------------------------

# Whole-string grammars. Captures are loose ({1,9} digits) so that a wrong component is
# reported as InvalidComponent naming it, not as a shapeless InvalidFormat.
_P_FULL = re.compile(
    rf"""
    (?P<ngay>{_NGAY}{_NOT_LETTER_AFTER})? {_FILL}
    (?: (?P<d>[0-9]{{1,9}}) {_FILL} )?
    {_THANG}{_NOT_LETTER_AFTER}
    (?:
        {_FILL} (?P<m>[0-9]{{1,9}})
        (?:
            {_FILL} (?:,{_FILL})? {_NAM}{_NOT_LETTER_AFTER} {_FILL}
            (?: (?P<y>[0-9]{{1,9}}) (?P<ytail>[\s{_BLANK_MARKS}]{{0,60}}) )?
          | \s{{0,3}} / \s{{0,3}} (?P<y2>[0-9]{{1,9}})
        )?
      | {_FILL} {_NAM}{_NOT_LETTER_AFTER} {_FILL}
        (?: (?P<by>[0-9]{{1,9}}) (?P<bytail>[\s{_BLANK_MARKS}]{{0,60}}) )?
      | {_FILL}
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
_P_NUMERIC = re.compile(
    rf"""
    (?:{_NGAY}\s{{0,3}}:?\s{{0,60}})?  # "ngày 11/10/2021", "Ngày: 11/10/2021"
    (?P<a>[0-9]{{1,9}}) \s{{0,3}} (?P<sep>[/.-]) \s{{0,3}} (?P<b>[0-9]{{1,9}})
    (?: \s{{0,3}} (?P=sep) \s{{0,3}} (?P<c>[0-9]{{1,9}}) )?
    """,
    re.IGNORECASE | re.VERBOSE,
)
_BLANK_SLOT = rf"[\s{_BLANK_MARKS}]{{0,60}}"
_P_NUMERIC_BLANK = re.compile(
    rf"""
    (?P<ngay>{_NGAY})? \s{{0,60}}
    (?: (?P<a>[0-9]{{1,2}}) | {_BLANK_SLOT} ) \s{{0,3}} / \s{{0,3}}
    (?: (?P<b>[0-9]{{1,2}}) | {_BLANK_SLOT} ) \s{{0,3}} / \s{{0,3}}
    (?: (?P<c>[0-9]{{4}}) | [0-9]{{0,3}} {_BLANK_SLOT} )
    """,
    re.IGNORECASE | re.VERBOSE,
)
_EDGE_CHARS = " \t\r\n\f\v*|()[]"


@attrs.frozen(slots=True)
class _Parts:
    day: _Slot
    month: _Slot
    year: _Slot
    form: DateForm


def _strip(text: str) -> tuple[int, int]:
    """Span of ``text`` without surrounding whitespace, Markdown emphasis and brackets.

    A trailing sentence mark after a digit ("năm 2021.") is dropped too.
    """
    start, end = 0, len(text)
    while start < end and text[start] in _EDGE_CHARS:
        start += 1
    while end > start and text[end - 1] in _EDGE_CHARS:
        end -= 1
    if end - start >= 2 and text[end - 1] in ".,;:" and text[end - 2].isdigit():
        end -= 1
    return start, end


def _slot(match: re.Match[str], group: str, base: int) -> _Slot:
    value = match.group(group)
    start = match.start(group)
    return _Slot(value, base + start if start >= 0 else base)


def _blank_names(day: _Slot, month: _Slot, year: _Slot) -> str:
    names = [n for n, s in (("day", day), ("month", month), ("year", year)) if s.digits is None]
    if len(names) == 1:
        return f"the {names[0]} is"
    return "the " + ", ".join(names[:-1]) + " and " + names[-1] + " are"


def _read_parts(text: str, start: int, end: int) -> _Parts | None:
    """Read the components of the date in ``text[start:end]``; blanks are ``None`` digits.

    Returns None when the text does not have the shape of a date. Without "ngày", the
    day and month must both be written ("9 tháng năm 2023" is a period, not a date).
    """
    core = text[start:end]
    if not core:
        return None
    m = _P_FULL.fullmatch(core)
    if m is not None:
        day, month = _slot(m, "d", start), _slot(m, "m", start)
        if m.group("ngay") is None and (day.digits is None or month.digits is None):
            return None
        if m.group("y2") is not None:
            return _Parts(day, month, _slot(m, "y2", start), DateForm.FULL)
        year_group = "y" if m.group("m") is not None else "by"
        year = _slot(m, year_group, start)
        has_nam = m.group(year_group) is not None or re.search(
            _NAM, core[m.end("m") if m.group("m") is not None else 0 :], re.IGNORECASE
        )
        if not has_nam:
            if day.digits is not None and month.digits is not None:
                return _Parts(day, month, _Slot(None, end), DateForm.DAY_MONTH)
            return _Parts(day, month, _Slot(None, end), DateForm.FULL)  # "ngày … tháng …"
        if year.digits is not None and len(year.digits) < 4:
            tail = m.group(year_group + "tail") or ""
            if any(c in _BLANK_MARKS for c in tail):
                year = _Slot(None, year.offset)  # "năm 20....": a half-filled template
        return _Parts(day, month, year, DateForm.FULL)
    m = _P_NUMERIC.fullmatch(core)
    if m is not None:
        a, b = _slot(m, "a", start), _slot(m, "b", start)
        sep = m.group("sep")
        if m.group("c") is None:
            assert b.digits is not None
            assert a.digits is not None
            if len(b.digits) == 4:
                raise InvalidFormat(
                    "this is a month and a year, not a date (use Period.parse)",
                    text=text, offset=start, expected="date",
                )
            if len(a.digits) > 2 or len(b.digits) > 2:
                return None  # "1.080", "100-150": numbers, not a day and month
            return _Parts(a, b, _Slot(None, end), DateForm.DAY_MONTH)
        c = _slot(m, "c", start)
        assert a.digits is not None
        if len(a.digits) == 4:
            return _Parts(c, b, a, DateForm.ISO)
        return _Parts(a, b, c, _SEPARATOR_FORM[sep])
    m = _P_NUMERIC_BLANK.fullmatch(core)
    if m is not None and (
        m.group("ngay") is not None or any(c.isdigit() or c in _BLANK_MARKS for c in core)
    ):
        return _Parts(_slot(m, "a", start), _slot(m, "b", start), _slot(m, "c", start),
                      DateForm.SLASH)
    return None


def _require_str(text: object, what: str) -> str:
    if not isinstance(text, str):
        raise InvalidFormat(f"{what} expects a string, not {type(text).__name__}")
    return text


def parse_date(text: str, *, default_year: int | None = None) -> datetime.date:
    """Parse a Vietnamese date written in any usual form.

    Accepted: "ngày 19 tháng 10 năm 2021" (any case, any spacing, line breaks between
    words, "ngày" optional), "11/10/2021", "14.7.2021", "14-7-2021", "ngày 06/03/2025",
    ISO "2021-10-19" and the edXML "2021/10/19". A day and month without a year
    ("ngày 22.7", "22/7", "2-9", "ngày 15 tháng 11") need ``default_year``.
    Surrounding whitespace, Markdown ``*`` and a final "." are ignored, and OCR letters
    among the digits are read as digits ("năm 2O2O", "ngày 0l"; see
    :func:`repair_date_digits`).

    The day always comes first. Years must have four digits: "14/7/21" is refused,
    because official texts write the year in full and a two-digit year is ambiguous.

    Raises:
        InvalidFormat: the text is not a date ("800/KH-UBND", "tháng 3/2020").
        InvalidComponent: a day, month or year cannot exist (31/04/2021, month 13,
            day 0, year 0, a two-digit year); ``expected`` names the part.
        IncompleteValue: a blank template ("ngày    tháng    năm 2026",
            "ngày .../.../2026"), or a day and month without ``default_year``.

    >>> parse_date("Ngày 05 tháng 01\\nnăm 2021")
    datetime.date(2021, 1, 5)
    >>> parse_date("2-9", default_year=2025)
    datetime.date(2025, 9, 2)
    >>> parse_date("09/25/2027")
    Traceback (most recent call last):
    ...
    vnplan.errors.InvalidComponent: month 25 is not between 1 and 12 ...
    """
    text = repair_date_digits(normalize(_require_str(text, "parse_date")))
    start, end = _strip(text)
    parts = _read_parts(text, start, end)
    if parts is None:
        raise InvalidFormat(
            "expected a date such as 'ngày 05 tháng 01 năm 2021' or '05/01/2021'",
            text=text, offset=start, expected="date",
        )
    return _complete(text, parts, default_year)


def _complete(text: str, parts: _Parts, default_year: int | None) -> datetime.date:
    day, month, year = parts.day, parts.month, parts.year
    if day.digits is None or month.digits is None or (
        year.digits is None and parts.form is not DateForm.DAY_MONTH
    ):
        first_blank = min(s.offset for s in (day, month, year) if s.digits is None)
        raise IncompleteValue(
            f"{_blank_names(day, month, year)} blank (an unfilled template)",
            text=text, offset=first_blank, expected="date",
        )
    if year.digits is None:
        year = _default_year_slot(default_year, text, year.offset)
    return _check_components(text, day, month, year)


# --- format_date ------------------------------------------------------------------------


def _require_date(d: object) -> datetime.date:
    if isinstance(d, datetime.datetime):
        return d.date()
    if not isinstance(d, datetime.date):
        raise VnplanError(f"expected a datetime.date, not {type(d).__name__}")
    return d


def _month_text(month: int) -> str:
    """Decree 30 rule: months 1 and 2 take a leading zero, months 3–12 do not."""
    return f"{month:02d}" if month < 3 else str(month)


def format_date(d: datetime.date, style: Literal["long", "short"] = "long") -> str:
    """Write a date the Decree 30 way, or in the short numeric form.

    ``"long"``: "ngày 05 tháng 01 năm 2021" — days below 10 and months 1 and 2 take a
    leading zero, months 3–12 do not (Decree 30/2020/NĐ-CP, Phụ lục I). babel's
    Vietnamese long date ("5 tháng 1, 2021") is a different form.
    ``"short"``: "05/01/2021" (dd/mm/yyyy, both zero-padded, as in tables and edXML
    status messages).

    >>> import datetime
    >>> format_date(datetime.date(2021, 10, 19))
    'ngày 19 tháng 10 năm 2021'
    >>> format_date(datetime.date(2021, 3, 5))
    'ngày 05 tháng 3 năm 2021'
    >>> format_date(datetime.date(2021, 2, 15), style="short")
    '15/02/2021'
    """
    d = _require_date(d)
    if style == "long":
        return f"ngày {d.day:02d} tháng {_month_text(d.month)} năm {d.year:04d}"
    if style == "short":
        return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"
    raise VnplanError(f"style must be 'long' or 'short', not {style!r}")


# --- place and date line ----------------------------------------------------------------

_PLACE_KEYWORD = re.compile(rf"{_NOT_LETTER_BEFORE}{_NGAY}(?=[\s0-9{_BLANK_MARKS}])", re.I)
# Wide gaps and table pipes separate the place from other header cells on the same line.
_CELL_GAP = re.compile(r"\|| {3,}|\t")
_SPACE_RUN = re.compile(r"\s+")
_HAS_LETTER = re.compile(rf"[{LETTERS}]")
_NUMBER_LABEL = re.compile(r"s[ốo](?:[:.…]|$)", re.IGNORECASE)


@attrs.frozen(slots=True)
class PlaceDate(CanonicalString):
    """The place-and-date line of a document (ô số 4), possibly a draft with blanks.

    ``place`` keeps its printed spelling (NFC, wrapped lines joined); ``day``,
    ``month`` and ``year`` are ``None`` where the draft left them blank, and
    :attr:`date` is ``None`` unless all three are there.

    >>> pd = parse_place_date_parts("Hà Nội, ngày   tháng 12 năm 2025")
    >>> pd.place, pd.date, pd.month, pd.year
    ('Hà Nội', None, 12, 2025)
    >>> str(pd)
    'Hà Nội, ngày … tháng 12 năm 2025'
    >>> parse_place_date_parts(str(pd)) == pd
    True
    """

    json_schema: ClassVar[Mapping[str, Any]] = {
        "description": (
            "The place-and-date line of a document, Decree 30 form: "
            "'Hà Nội, ngày 05 tháng 01 năm 2020'; '…' marks a part a draft left blank."
        ),
        "pattern": (
            r"^[^,]+(,[^,]+)*, ngày (…|0[1-9]|[12][0-9]|3[01]) "
            r"tháng (…|0[12]|[3-9]|1[0-2]) năm (…|[0-9]{4})$"
        ),
        "examples": ["Hà Nội, ngày 05 tháng 01 năm 2020", "Lào Cai, ngày … tháng 4 năm 2026"],
    }

    place: str | None
    day: int | None = None
    month: int | None = None
    year: int | None = None

    def __attrs_post_init__(self) -> None:
        for name, value, low, high in (
            ("day", self.day, 1, 31), ("month", self.month, 1, 12), ("year", self.year, 1, 9999)
        ):
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high
            ):
                raise InvalidComponent(
                    f"{name} {value!r} is not between {low} and {high}",
                    text=repr(value), expected=name,
                )
        if self.day is not None and self.month is not None and self.year is not None:
            slots = (_Slot(f"{self.day:02d}", 0), _Slot(f"{self.month:02d}", 0),
                     _Slot(f"{self.year:04d}", 0))
            _check_components(f"{self.day}/{self.month}/{self.year}", *slots)
        if self.place is not None and (
            not isinstance(self.place, str) or _read_back_place(self.place) != self.place
        ):
            raise InvalidComponent(
                f"place must be a normalised place name on one line (a letter, no 'ngày', "
                f"no '/', no doubled spaces), not {self.place!r}",
                text=repr(self.place), expected="place",
            )

    @property
    def date(self) -> datetime.date | None:
        """The date, or ``None`` while any part is blank; ``datetime.date`` otherwise."""
        if self.day is None or self.month is None or self.year is None:
            return None
        return datetime.date(self.year, self.month, self.day)

    @property
    def is_complete(self) -> bool:
        """True when both the place and the whole date are filled in."""
        return self.place is not None and self.date is not None

    @classmethod
    def parse(cls, text: str) -> PlaceDate:
        """Same as :func:`parse_place_date_parts`."""
        return parse_place_date_parts(text)


    def __str__(self) -> str:
        day = "…" if self.day is None else f"{self.day:02d}"
        month = "…" if self.month is None else _month_text(self.month)
        year = "…" if self.year is None else f"{self.year:04d}"
        return f"{self.place or '…'}, ngày {day} tháng {month} năm {year}"


@functools.lru_cache(maxsize=1024)  # the same few place names recur in every document
def _read_back_place(place: str) -> str | None:
    """The place a line starting with ``place`` reads as (None when it reads as none)."""
    try:
        return _place_date_fields(normalize(f"{place}, ngày … tháng … năm …"))[0]
    except VnplanError:
        return None


def _clean_place(text: str, start: int, end: int) -> str | None:
    segment = text[start:end]
    cells = [c for c in _CELL_GAP.split(segment) if c.strip(" \t\r\n*_")]
    if not cells:
        return None
    tokens = cells[-1].split()
    # A number-notation printed on the same line ("Số: 11/2026/QĐ-UBND Lào Cai",
    # "SỐ:....... Lào Cai"): the place follows the last token holding "/" or a "Số" label
    # (place names never contain either).
    for i in range(len(tokens) - 1, -1, -1):
        if "/" in tokens[i] or _NUMBER_LABEL.match(tokens[i]):
            tokens = tokens[i + 1 :]
            break
    place = " ".join(tokens).strip(" *_,:;")
    if not _HAS_LETTER.search(place):
        return None
    return _SPACE_RUN.sub(" ", place)


def parse_place_date_parts(text: str) -> PlaceDate:
    """Read a place-and-date line, keeping the place even when the date is left blank.

    The text parser uses this for drafts ("Lào Cai, ngày    tháng 4 năm 2026"). A
    number printed on the same line, table pipes and Markdown ``*`` are ignored.

    Raises:
        InvalidFormat: no "ngày" keyword and no date after a comma.
        InvalidComponent: a filled-in part is impossible ("tháng 54").

    >>> parse_place_date_parts("An Giang, ngày\\n23 tháng 12 năm 2021")
    PlaceDate(place='An Giang', day=23, month=12, year=2021)
    >>> parse_place_date_parts("…., ngày … tháng … năm …")
    PlaceDate(place=None, day=None, month=None, year=None)
    """
    return PlaceDate(*_place_date_fields(normalize(_require_str(text, "parse_place_date_parts"))))


_Fields = tuple[str | None, int | None, int | None, int | None]


def _place_date_fields(text: str) -> _Fields:
    """Place, day, month and year of a normalised place-and-date line (blanks are None)."""
    text = repair_date_digits(text)  # "năm 2O20": OCR letters in the digits
    start, end = _strip(text)
    keyword = _PLACE_KEYWORD.search(text, start, end)
    if keyword is not None:
        date_start = keyword.start()
        place_end = date_start
    else:
        comma = text.rfind(",", start, end)
        if comma < 0:
            raise InvalidFormat(
                "expected a place-and-date line such as 'Hà Nội, ngày 05 tháng 01 năm 2020'",
                text=text, offset=start, expected="place and date",
            )
        date_start, place_end = comma + 1, comma
    while date_start < end and text[date_start] in " \t\r\n":
        date_start += 1
    parts = _read_parts(text, date_start, end)
    if parts is None:
        raise InvalidFormat(
            "expected a date after the place, such as 'ngày 05 tháng 01 năm 2020'",
            text=text, offset=date_start, expected="date",
        )
    place = _clean_place(text, start, place_end)
    day, month, year = parts.day, parts.month, parts.year
    if day.digits is not None and month.digits is not None and year.digits is not None:
        d = _check_components(text, day, month, year)
        return place, d.day, d.month, d.year
    values: list[int | None] = []
    for slot, name in ((day, "day"), (month, "month"), (year, "year")):
        if slot.digits is None:
            values.append(None)
            continue
        # Check each filled-in part on its own, with a neutral month/year for context.
        probe = {
            "day": (slot, _Slot("1", 0), _Slot("2000", 0)),
            "month": (_Slot("1", 0), slot, _Slot("2000", 0)),
            "year": (_Slot("1", 0), _Slot("1", 0), slot),
        }[name]
        _check_components(text, *probe)
        values.append(int(slot.digits))
    return place, values[0], values[1], values[2]


def parse_place_date(text: str) -> tuple[str, datetime.date]:
    """Parse the place-and-date line: "TP. Hồ Chí Minh, ngày 02 tháng 9 năm 2025".

    Returns ``(place, date)``; the place keeps its own spelling (NFC), without the
    trailing comma; a place wrapped over two lines is joined with one space.

    Raises:
        IncompleteValue: the date is a blank template (a draft); the message names
            the place. Use :func:`parse_place_date_parts` to keep the place.
        InvalidFormat: not a place-and-date line, or no place before the date.
        InvalidComponent: an impossible day, month or year.

    >>> parse_place_date("TP. Hồ Chí Minh, ngày 02 tháng 9 năm 2025")
    ('TP. Hồ Chí Minh', datetime.date(2025, 9, 2))
    >>> parse_place_date("*Thành phố Hồ Chí\\nMinh, ngày 18 tháng 11 năm 2025*")
    ('Thành phố Hồ Chí Minh', datetime.date(2025, 11, 18))
    >>> parse_place_date("Hà Nội, ngày   tháng 12 năm 2025")
    Traceback (most recent call last):
    ...
    vnplan.errors.IncompleteValue: the date of 'Hà Nội' is blank (day) ...
    """
    parts = parse_place_date_parts(text)
    norm = normalize(text)
    if parts.date is None:
        blank = [n for n in ("day", "month", "year") if getattr(parts, n) is None]
        where = repr(parts.place) if parts.place else "the line"
        offset = _PLACE_KEYWORD.search(norm)
        raise IncompleteValue(
            f"the date of {where} is blank ({', '.join(blank)})",
            text=norm, offset=offset.start() if offset else 0, expected="date",
        )
    if parts.place is None:
        raise InvalidFormat(
            "expected a place name before the date", text=norm, offset=0, expected="place"
        )
    return parts.place, parts.date


# --- find_dates -------------------------------------------------------------------------


@attrs.frozen(slots=True)
class DateMatch:
    """A date found in running text.

    ``start``/``end`` are offsets into the NFC-normalised text (the input itself when it
    is already NFC) and ``text`` is that slice, including a leading "ngày". ``date`` is
    ``None`` when the match is a blank template (``incomplete``), has no year and no
    ``default_year`` was given, or names an impossible day ("31/04/2021").
    """

    start: int
    end: int
    text: str
    date: datetime.date | None
    day: int | None
    month: int | None
    year: int | None
    form: DateForm
    incomplete: bool = False


_D = "[0-9]{1,2}"
# A numeric date starts after "ngày" or where no digit, separator or letter touches it.
_NUM_START = rf"(?: {_NOT_LETTER_BEFORE}{_NGAY}\s{{0,20}} | (?<![0-9.,/{LETTERS}-]) )"
_FINDER = re.compile(
    rf"""
    # Every date starts with a digit or "ngày": this guard skips other positions fast.
    (?=[0-9n])
    (?:
    # "ngày 19 tháng 10 năm 2021", drafts with blanks, "ngày 15 tháng 11" (no year)
    (?P<full>
        {_NOT_LETTER_BEFORE}{_NGAY}{_NOT_LETTER_AFTER} {_FILL}
        (?: (?P<fd>[0-9]{{1,2}}) {_FILL} )?
        (?P<th>){_THANG}{_NOT_LETTER_AFTER}
        (?:
            {_FILL} (?P<fm>[0-9]{{1,2}}) (?![0-9])
            (?:
                {_FILL} (?:,{_FILL})? {_NAM}{_NOT_LETTER_AFTER}(?P<fn>) {_FILL}
                (?: (?P<fy>[0-9]{{1,4}})(?![0-9]) (?P<fyt>[{_BLANK_MARKS}]{{0,30}}) )?
              | \s{{0,3}} / \s{{0,3}} (?P<fy2>[0-9]{{4}}) (?![0-9])
            )?
          | {_FILL} {_NAM}{_NOT_LETTER_AFTER}(?P<fbn>) {_FILL}
            (?: (?P<fby>[0-9]{{1,4}})(?![0-9]) (?P<fbyt>[{_BLANK_MARKS}]{{0,30}}) )?
          | {_FILL}
        )
    )
    # "19 tháng 10 năm 2021" without "ngày": every part filled in
  | (?P<bare>
        (?<![0-9.,/]) (?<![0-9][ ])  # not the second half of an OCR-split day ("1 5")
        (?P<bd>{_D}) \s{{1,20}} {_THANG} \s{{1,20}} (?P<bm>{_D}) \s{{1,20}}
        (?:,\s{{0,3}})? {_NAM} \s{{1,20}} (?P<by>[0-9]{{4}}) (?![0-9])
    )
    # "11/10/2021", "14.7.2021", "14-7-2021", with or without "ngày"
  | (?P<num>
        {_NUM_START}
        (?P<nd>{_D}) (?P<sep>[/.-]) (?P<nm>{_D}) (?P=sep) (?P<ny>[0-9]{{4}})
        (?![0-9/]|[.-][0-9])
    )
    # ISO "2021-10-19" and edXML "2021/10/19"
  | (?P<iso>
        {_NUM_START}
        (?P<iy>[0-9]{{4}}) (?P<isep>[-/]) (?P<im>[0-9]{{2}}) (?P=isep) (?P<id>[0-9]{{2}})
        (?![0-9/]|[.-][0-9])
    )
    # "ngày 15 / 3 / 2021" with spaces, and blank templates "ngày .../.../2026"
  | (?P<tpl>
        {_NOT_LETTER_BEFORE}{_NGAY} \s{{0,20}}
        (?: (?P<td>{_D}) | [{_BLANK_MARKS}]{{0,30}} ) [ \t]{{0,5}} / [ \t]{{0,5}}
        (?: (?P<tm>{_D}) | [{_BLANK_MARKS}]{{0,30}} ) [ \t]{{0,5}} / [ \t]{{0,5}}
        (?: (?P<ty>[0-9]{{4}}) (?![0-9]) | [0-9]{{0,3}} [{_BLANK_MARKS}]{{1,30}} | (?=\s|$) )
    )
    # "ngày 22.7", "ngày 2-9", "ngày 15/11": day and month after "ngày"
  | (?P<dm>
        {_NOT_LETTER_BEFORE}{_NGAY} \s{{0,20}}
        (?P<pd>{_D}) (?P<psep>[/.-]) (?P<pm>{_D}) (?![0-9]|\s{{0,3}}[/.-]\s{{0,3}}[0-9])
    )
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
_SENTENCE_DOT = re.compile(r"(?<!\.)\.(?!\.)")
_TRAILING = " \t\r\n\f\v"


def _int(value: str | None) -> int | None:
    return None if value is None else int(value)


def _build(
    text: str, start: int, end: int, day: str | None, month: str | None, year: str | None,
    form: DateForm, incomplete: bool, default_year: int | None,
) -> DateMatch:
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    d, m = _int(day), _int(month)
    y = _int(year) if year is not None and len(year) == 4 else None
    value: datetime.date | None = None
    if not incomplete and d is not None and m is not None:
        use_year = y
        if year is None and isinstance(default_year, int) and 1 <= default_year <= 9999:
            use_year = default_year
        if (
            use_year is not None
            and use_year >= 1
            and 1 <= m <= 12
            and 1 <= d <= calendar.monthrange(use_year, m)[1]
        ):
            value = datetime.date(use_year, m, d)
    return DateMatch(start, end, text[start:end], value, d, m, y, form, incomplete)


def _word_follows(text: str, pos: int) -> bool:
    """True when the next thing on the line after ``pos`` is a letter."""
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos < len(text) and _HAS_LETTER.match(text, pos) is not None


def _from_full(text: str, match: re.Match[str], default_year: int | None) -> DateMatch | None:
    start, end = match.span("full")
    day, month = match.group("fd"), match.group("fm")
    # A blank day slot must not be a sentence end: "… trong ngày. Tháng 3 năm 2020".
    if day is None and _SENTENCE_DOT.search(text, start, match.start("th")):
        return None
    if match.group("fy2") is not None:
        return _build(text, start, end, day, month, match.group("fy2"), DateForm.FULL,
                      day is None, default_year)
    has_nam = match.group("fn") is not None or match.group("fbn") is not None
    if not has_nam:
        if month is not None:
            # "ngày 15 tháng 11 hằng năm": a day and month; the year is not written.
            return _build(text, start, match.end("fm"), day, month, None,
                          DateForm.DAY_MONTH if day is not None else DateForm.FULL,
                          day is None, default_year)
        if day is None and not any(c in _BLANK_MARKS for c in text[start:end]):
            return None  # "ngày tháng" in a sentence, not a template
        return _build(text, start, end, day, None, None, DateForm.FULL, True, default_year)
    year = match.group("fy") if match.group("fy") is not None else match.group("fby")
    tail = match.group("fyt") or match.group("fbyt") or ""
    nam_end = match.end("fn") if match.group("fn") is not None else match.end("fbn")
    if year is not None and len(year) == 4:
        year_end = match.end("fy") if match.group("fy") is not None else match.end("fby")
        return _build(text, start, year_end, day, month, year, DateForm.FULL,
                      day is None or month is None, default_year)
    if year is None and not tail and _word_follows(text, nam_end):
        # "ngày 15 tháng 12 năm trước": "năm" starts a phrase, no year is written.
        if day is None or month is None:
            return None
        return _build(text, start, match.end("fm"), day, month, None, DateForm.DAY_MONTH,
                      False, default_year)
    # "ngày tháng năm" with nothing filled in: a template only when blank marks show it
    # or nothing follows on the line ("ngày tháng năm sinh" is a phrase).
    if (
        day is None
        and month is None
        and year is None
        and not any(c in _BLANK_MARKS for c in text[start:end])
        and _word_follows(text, nam_end)
    ):
        return None
    if year is not None and not tail:
        # A two- or three-digit year ("năm 21"): a date, but not a usable one.
        return _build(text, start, end, day, month, year, DateForm.FULL, False, default_year)
    return _build(text, start, end, day, month, None, DateForm.FULL, True, default_year)


def _from_match(text: str, match: re.Match[str], default_year: int | None) -> DateMatch | None:
    kind = match.lastgroup
    if kind == "full":
        return _from_full(text, match, default_year)
    start, end = match.span()
    if kind == "bare":
        return _build(text, start, end, match.group("bd"), match.group("bm"), match.group("by"),
                      DateForm.FULL, False, default_year)
    if kind in ("num", "iso"):
        if kind == "num":
            found = _build(text, start, end, match.group("nd"), match.group("nm"),
                           match.group("ny"), _SEPARATOR_FORM[match.group("sep")], False,
                           default_year)
        else:
            found = _build(text, start, end, match.group("id"), match.group("im"),
                           match.group("iy"), DateForm.ISO, False, default_year)
        if found.date is None and text[start].isdigit():
            return None  # "66.4.2025/…" is no date; after "ngày" an impossible one is kept
        return found
    if kind == "tpl":
        day, month, year = match.group("td"), match.group("tm"), match.group("ty")
        incomplete = day is None or month is None or year is None
        return _build(text, start, end, day, month, year, DateForm.SLASH, incomplete,
                      default_year)
    # kind == "dm"
    return _build(text, start, end, match.group("pd"), match.group("pm"), None,
                  DateForm.DAY_MONTH, False, default_year)


def find_dates(text: str, *, default_year: int | None = None) -> Iterator[DateMatch]:
    """Yield every date written in ``text``, in order, with its span.

    Finds the full form (also without "ngày", and drafts with blanks, which come out with
    ``incomplete=True``), "dd/mm/yyyy", "dd.mm.yyyy", "dd-mm-yyyy", ISO and, after
    "ngày", a day and month without a year (``DateForm.DAY_MONTH``; its ``date`` uses
    ``default_year`` when given). Document numbers ("22/2019/NQ-HĐND", "800/KH-UBND"),
    amounts ("1.080", "13,302"), ranges ("2021-2030") and periods ("tháng 3/2020") are
    not dates. Runs in linear time; offsets refer to ``vnplan.normalize(text)``.

    >>> found = find_dates("ký ngày 14.7.2021, họp ngày 22.7", default_year=2021)
    >>> for m in found:
    ...     print(m.start, m.text, m.date)
    3 ngày 14.7.2021 2021-07-14
    23 ngày 22.7 2021-07-22
    >>> m = next(find_dates("Lào Cai, ngày       tháng 4 năm 2026"))
    >>> m.incomplete, m.day, m.month, m.year, m.date
    (True, None, 4, 2026, None)
    >>> list(find_dates("Nghị quyết số 22/2019/NQ-HĐND, giai đoạn 2021-2030, tháng 3/2020"))
    []
    """
    printed = normalize(_require_str(text, "find_dates"))
    text = repair_date_digits(printed)
    pos = 0
    while True:
        match = _FINDER.search(text, pos)
        if match is None:
            return
        found = _from_match(text, match, default_year)
        if found is None:
            pos = match.start() + 1
            continue
        if text is not printed:
            found = attrs.evolve(found, text=printed[found.start : found.end])
        yield found
        pos = max(match.end(), match.start() + 1)


# OCR reads 0 as "O"/"o" and 1 as "l"/"I" in the digits of a date ("năm 2O20",
# "ngày 1O", "ngày 0l", "15/3/2O21"). Repaired only right after "ngày"/"tháng"/"năm" or
# in a d/m/yyyy shape, in a run that holds a real digit: "tháng I" or "Quý II" stay.
_OCR_RUN = "[0-9OoIl]"
_OCR_DATE_DIGITS = re.compile(
    rf"{_NOT_LETTER_BEFORE}(?:{_NGAY}|{_THANG}|{_NAM})[ \t]{{1,3}}"
    rf"(?P<run>(?=[OoIl]{{0,3}}[0-9]){_OCR_RUN}{{1,4}})(?![{LETTERS}0-9]|[/.-]{_OCR_RUN})"
    rf"|(?<![{LETTERS}0-9])(?P<slash>{_OCR_RUN}{{1,2}}/{_OCR_RUN}{{1,2}}/{_OCR_RUN}{{4}})"
    rf"(?![{LETTERS}0-9])",
    re.IGNORECASE,
)
_OCR_TO_DIGITS = str.maketrans("OoIl", "0011")


def _repair_run(match: re.Match[str]) -> str:
    whole = match.group()
    slash = match.group("slash")
    if slash is not None:
        if sum(c.isdigit() for c in slash) < 3:
            return whole
        return slash.translate(_OCR_TO_DIGITS)
    run = match.group("run")
    return whole[: len(whole) - len(run)] + run.translate(_OCR_TO_DIGITS)


def repair_date_digits(text: str) -> str:
    """``text`` with OCR letters read as digits inside dates, one character for one.

    >>> repair_date_digits("ngày 1O tháng O3 năm 2O2O; ngày 0l/4/2O21; tháng I; Quý II")
    'ngày 10 tháng 03 năm 2020; ngày 01/4/2021; tháng I; Quý II'
    """
    if "O" not in text and "o" not in text and "I" not in text and "l" not in text:
        return text
    return _OCR_DATE_DIGITS.sub(_repair_run, text)
