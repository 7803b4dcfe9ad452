"""Vietnamese numbers and amounts: "1.080", "13,302 tỷ đồng", "9,52%", "4,3 triệu tấn".

Vietnamese writes "." between thousands and "," before decimals, the reverse of
English: "1.080" is one thousand and eighty, "13,302" is thirteen point three zero
two. Years and document numbers are never grouped ("năm 2025", "Số: 3954/UBND-VX").

Reading rules for ``locale="vi"`` (``"en"`` swaps the two marks):

- a "," is the decimal mark; it may appear once, after the integer part;
- "." separates groups of exactly three digits ("1.080", "1.234.567,89");
- a single "." that cannot be a group separator ("2.5", "1.08") is read as a decimal
  point, as in text typed on an English keyboard; anything else is an error;
- spaces (including the thin space some style guides use) may separate groups of three.

>>> parse_number("1.080"), parse_number("13,302"), parse_number("1.234.567,89")
(Decimal('1080'), Decimal('13.302'), Decimal('1234567.89'))
>>> parse_number("1,080", locale="en")
Decimal('1080')
>>> format_number(Decimal("13302.5"))
'13.302,5'
>>> a = parse_amount("13,302 tỷ đồng")
>>> a.value, a.unit, str(a)
(Decimal('13302000000'), 'đồng', '13,302 tỷ đồng')
"""

from __future__ import annotations

import decimal
import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any, ClassVar, Literal

import attrs
import babel.numbers

from vnplan.canonical import CanonicalString
from vnplan.chars import normalize
from vnplan.dates import LETTERS, find_dates
from vnplan.errors import InvalidComponent, InvalidFormat, ParseError, VnplanError

__all__ = [
    "SCALES",
    "UNITS",
    "Amount",
    "AmountMatch",
    "find_amounts",
    "format_amount",
    "format_number",
    "parse_amount",
    "parse_number",
]

Locale = Literal["vi", "en"]

#: Scale words and their multipliers ("13,302 tỷ đồng" = 13 302 000 000 đồng).
SCALES: dict[str, int] = {
    "nghìn": 10**3,
    "ngàn": 10**3,
    "triệu": 10**6,
    "tỷ": 10**9,
    "tỉ": 10**9,
}
#: Units :func:`find_amounts` recognises after a number (parse_amount takes any unit).
#: Longer names come first so that "lượt người" wins over "lượt".
UNITS: tuple[str, ...] = (
    # money
    "đồng", "VNĐ", "VND", "USD", "đ",
    # measures
    "tấn", "kg", "tạ", "ha", "km²", "km2", "km", "m²", "m2", "m³", "m3", "lít",
    "MW", "kWh", "kW",
    # counts common in reports
    "lượt người", "lượt", "người", "hộ", "lao động", "doanh nghiệp", "cơ sở",
    "văn bản", "học sinh", "sinh viên", "học viên", "suất quà", "suất", "trường hợp",
    "dự án", "công trình", "xã", "phường", "đơn vị", "cuộc", "lớp",
)  # fmt: skip

_MAX_DIGITS = 40


def _check_locale(locale: object) -> Locale:
    if locale == "vi":
        return "vi"
    if locale == "en":
        return "en"
    raise VnplanError(f"locale must be 'vi' or 'en', not {locale!r}")


def _number_pattern(group: str, decimal_mark: str) -> re.Pattern[str]:
    g, d = re.escape(group), re.escape(decimal_mark)
    return re.compile(
        rf"""
        (?P<sign>[-+])?
        (?:
            (?P<grouped>[0-9]{{1,3}}(?:{g}[0-9]{{3}}){{1,13}})
          | (?P<spaced>[0-9]{{1,3}}(?:\ [0-9]{{3}}){{1,13}})
          | (?P<plain>[0-9]{{1,{_MAX_DIGITS}}})
        )
        (?:{d}(?P<fraction>[0-9]{{1,{_MAX_DIGITS}}}))?
        """,
        re.VERBOSE,
    )


_PATTERNS = {"vi": _number_pattern(".", ","), "en": _number_pattern(",", ".")}
_OTHER_MARK = {"vi": ".", "en": ","}
# "2.5" in vi text: one "." that cannot be a group separator, read as a decimal point.
_LOOSE = re.compile(r"(?P<sign>[-+])?(?P<int>[0-9]{1,40})[.,](?P<fraction>[0-9]{1,40})")


def _number(text: str, start: int, end: int, locale: Locale) -> Decimal:
    core = text[start:end]
    match = _PATTERNS[locale].fullmatch(core)
    if match is not None:
        digits = match.group("grouped") or match.group("spaced") or match.group("plain")
        digits = digits.replace(_OTHER_MARK[locale], "").replace(" ", "")
        fraction = match.group("fraction")
        literal = (match.group("sign") or "") + digits + (f".{fraction}" if fraction else "")
        return Decimal(literal)
    loose = _LOOSE.fullmatch(core)
    if loose is not None and len(loose.group("fraction")) != 3:
        return Decimal(f"{loose.group('sign') or ''}{loose.group('int')}.{loose.group('fraction')}")
    example = "'1.234.567,89'" if locale == "vi" else "'1,234,567.89'"
    raise InvalidFormat(
        f"expected a number such as {example} (locale {locale!r})",
        text=text, offset=start, expected="number",
    )


def parse_number(text: str, *, locale: Locale = "vi") -> Decimal:
    """Read a number written the Vietnamese way (or the English way with ``locale="en"``).

    Returns an exact :class:`~decimal.Decimal`. See the module notes for the rules.

    Raises:
        InvalidFormat: not a number, or separators that fit neither reading
            ("1.2.3", "1,2,3" in vi, "12%" — use :func:`parse_amount` for units).

    >>> parse_number("600.000"), parse_number("4,3"), parse_number("-2,5")
    (Decimal('600000'), Decimal('4.3'), Decimal('-2.5'))
    >>> parse_number("2.5")  # one "." that cannot group thousands: a decimal point
    Decimal('2.5')
    >>> parse_number("1.080", locale="en")
    Decimal('1.080')
    """
    if not isinstance(text, str):
        raise InvalidFormat(f"parse_number expects a string, not {type(text).__name__}")
    loc = _check_locale(locale)
    norm = normalize(text)
    start, end = 0, len(norm)
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    return _number(norm, start, end, loc)


def format_number(
    value: Decimal | int | float, *, locale: Locale = "vi", decimals: int | None = None
) -> str:
    """Write a number with babel's Vietnamese (or English) separators.

    All significant digits are kept unless ``decimals`` fixes the number of
    decimal places. ``parse_number(format_number(x)) == x``.

    >>> format_number(1080), format_number(Decimal("13.302")), format_number(600000)
    ('1.080', '13,302', '600.000')
    >>> format_number(Decimal("9.5"), decimals=2), format_number(1080, locale="en")
    ('9,50', '1,080')
    """
    loc = _check_locale(locale)
    number = _as_decimal(value)
    if decimals is not None and (
        isinstance(decimals, bool) or not isinstance(decimals, int) or not 0 <= decimals <= 40
    ):
        raise VnplanError(f"decimals must be an integer from 0 to 40, not {decimals!r}")
    with decimal.localcontext() as ctx:
        ctx.prec = max(60, len(number.as_tuple().digits) + 60)
        if decimals is None:
            return babel.numbers.format_decimal(number, locale=loc, decimal_quantization=False)
        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
        return babel.numbers.format_decimal(number, format=pattern, locale=loc)


def _as_decimal(value: object) -> Decimal:
    if isinstance(value, bool):
        raise VnplanError("expected a number, not a bool")
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))
    else:
        raise VnplanError(f"expected a number, not {type(value).__name__}")
    if not number.is_finite():
        raise VnplanError(f"cannot write {number} as a Vietnamese number")
    if abs(number.adjusted()) > _MAX_DIGITS:
        raise VnplanError(f"{number} has more than {_MAX_DIGITS} digits")
    return number


# --- amounts -------------------------------------------------------------------------------


def _scale_of(words: str | None) -> int:
    factor = 1
    for word in (words or "").split():
        factor *= SCALES[word.lower()]
    return factor


@attrs.frozen(slots=True)
class Amount(CanonicalString):
    """A quantity with its unit: "13,302 tỷ đồng", "52%", "2.607 người".

    ``value`` is the full value (13 302 000 000 for "13,302 tỷ đồng"); ``scale`` keeps
    the scale words as printed ("tỷ", "nghìn tỷ") so that ``str()`` shows the amount
    the way it was written; ``unit`` is the unit as printed ("đồng", "%", "tấn"), or
    ``None`` for a bare number. A percentage keeps its printed value: "52%" is 52.

    >>> parse_amount("4,3 triệu tấn")
    Amount(value=Decimal('4300000'), unit='tấn', scale='triệu')
    >>> parse_amount("9,52%").value, str(parse_amount("52 %"))
    (Decimal('9.52'), '52%')
    """

    json_schema: ClassVar[Mapping[str, Any]] = {
        "description": (
            "A quantity written the Vietnamese way: a number with '.' between thousands "
            "and ',' before decimals, optional scale words (nghìn, triệu, tỷ) and a unit, "
            "e.g. '13,302 tỷ đồng', '9,52%', '2.607 người'."
        ),
        "pattern": r"^-?[0-9]{1,3}(\.[0-9]{3})*(,[0-9]+)?( [^ 0-9].*|%)?$",
        "examples": ["13,302 tỷ đồng", "9,52%", "2.607 người"],
    }

    value: Decimal
    unit: str | None = None
    scale: str | None = None

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.value, Decimal) or not self.value.is_finite():
            raise InvalidComponent(
                f"value must be a finite Decimal, not {self.value!r}", text=repr(self.value),
                expected="value",
            )
        if self.scale is not None:
            words = self.scale.split() if isinstance(self.scale, str) else [None]
            if not words or any(not isinstance(w, str) or w.lower() not in SCALES for w in words):
                raise InvalidComponent(
                    f"scale must be words from {', '.join(SCALES)}, not {self.scale!r}",
                    text=repr(self.scale), expected="scale",
                )
        if self.unit is not None and (
            not isinstance(self.unit, str)
            or _UNIT_TEXT.fullmatch(self.unit) is None
            or " ".join(self.unit.split()) != self.unit
        ):
            raise InvalidComponent(
                f"unit must be '%' or words starting with a letter, not {self.unit!r}",
                text=repr(self.unit), expected="unit",
            )

    @property
    def number(self) -> Decimal:
        """The number as printed, before the scale words (13.302 for "13,302 tỷ đồng")."""
        with decimal.localcontext() as ctx:
            ctx.prec = 100
            return self.value / _scale_of(self.scale)

    @property
    def is_percentage(self) -> bool:
        """True for "52%"."""
        return self.unit == "%"

    def __str__(self) -> str:
        return format_amount(self)

    @classmethod
    def parse(cls, text: str, *, locale: Locale = "vi") -> Amount:
        """Same as :func:`parse_amount`."""
        return parse_amount(text, locale=locale)


_SCALE_WORDS = "|".join(sorted(SCALES, key=len, reverse=True))
_UNIT_TEXT = re.compile(rf"%|[{LETTERS}][{LETTERS}0-9²³/.\ ]{{0,60}}")
_AMOUNT = re.compile(
    rf"""
    (?P<number>[-+]?[0-9](?:[0-9.,\ ]{{0,60}}[0-9])?)
    \s{{0,3}}
    (?P<scale>(?:{_SCALE_WORDS})(?:\s{{1,3}}(?:{_SCALE_WORDS})){{0,2}})?
    (?(scale)(?![{LETTERS}]))
    \s{{0,3}}
    (?P<unit>%|[{LETTERS}][{LETTERS}0-9²³/.\ ]{{0,60}})?
    """,
    re.VERBOSE | re.IGNORECASE,
)


def parse_amount(text: str, *, locale: Locale = "vi") -> Amount:
    """Read a number with optional scale words and a unit.

    "13,302 tỷ đồng" → value 13 302 000 000, unit "đồng", scale "tỷ";
    "186 triệu đồng", "52%", "2.607 người", "600.000 tấn", "4,3 triệu tấn".
    Any unit is accepted and kept as printed (NFC, spaces collapsed).

    Raises:
        InvalidFormat: no number at the start, or a number :func:`parse_number`
            refuses.

    >>> parse_amount("186 triệu đồng").value
    Decimal('186000000')
    >>> parse_amount("2.607 người")
    Amount(value=Decimal('2607'), unit='người', scale=None)
    """
    if not isinstance(text, str):
        raise InvalidFormat(f"parse_amount expects a string, not {type(text).__name__}")
    loc = _check_locale(locale)
    norm = normalize(text)
    start, end = 0, len(norm)
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    match = _AMOUNT.fullmatch(norm, start, end)
    if match is None:
        raise InvalidFormat(
            "expected an amount such as '13,302 tỷ đồng', '52%' or '2.607 người'",
            text=norm, offset=start, expected="amount",
        )
    return _amount_from(norm, match, loc)


def _amount_from(text: str, match: re.Match[str], locale: Locale) -> Amount:
    number = _number(text, match.start("number"), match.end("number"), locale)
    scale = match.group("scale")
    scale = " ".join(w.lower() for w in scale.split()) if scale else None
    unit = match.group("unit")
    unit = " ".join(unit.split()) if unit else None
    with decimal.localcontext() as ctx:
        ctx.prec = 100
        value = _tidy(number * _scale_of(scale))
    return Amount(value, unit, scale)


def _tidy(value: Decimal) -> Decimal:
    """Drop the trailing zeros a scale leaves: 4,3 triệu is 4300000, not 4300000.0."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def format_amount(amount: Amount, *, locale: Locale = "vi") -> str:
    """Write an amount: number (babel), scale words, then the unit; "%" sticks to the number.

    >>> format_amount(Amount(Decimal("13302000000"), "đồng", "tỷ"))
    '13,302 tỷ đồng'
    >>> format_amount(Amount(Decimal("9.52"), "%"))
    '9,52%'
    """
    if not isinstance(amount, Amount):
        raise VnplanError(f"expected an Amount, not {type(amount).__name__}")
    out = format_number(amount.number.normalize() if amount.scale else amount.value,
                        locale=locale)
    if amount.scale:
        out += " " + amount.scale
    if amount.unit == "%":
        return out + "%"
    if amount.unit:
        out += " " + amount.unit
    return out


# --- find_amounts --------------------------------------------------------------------------


@attrs.frozen(slots=True)
class AmountMatch:
    """An amount found in running text; offsets refer to the NFC-normalised text."""

    start: int
    end: int
    text: str
    amount: Amount


_UNIT_WORDS = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
_FIND = re.compile(
    rf"""
    (?=[-+0-9])  # a quick guard: amounts start with a sign or a digit
    (?<![0-9.,/{LETTERS}-]) (?: (?<![^\s(:]) [-+] )?
    [0-9] (?: [0-9.,]{{0,30}} [0-9] )?
    (?! [0-9] | [.,/-][0-9] )
    (?:
        \s{{0,2}} %
      | \s{{1,3}} (?P<scale>(?:{_SCALE_WORDS})(?:\s{{1,3}}(?:{_SCALE_WORDS})){{0,2}})
        (?![{LETTERS}]) (?: \s{{1,3}} (?:{_UNIT_WORDS}) (?![{LETTERS}0-9]) )?
      | \s{{0,3}} (?:{_UNIT_WORDS}) (?![{LETTERS}0-9])
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)


def find_amounts(text: str, *, locale: Locale = "vi") -> Iterator[AmountMatch]:
    """Yield percentages and amounts with a scale word or a known unit, with spans.

    A bare number is not an amount; a number needs "%", a scale word (nghìn, triệu, tỷ)
    or one of :data:`UNITS` after it. Dates, document numbers ("800/KH-UBND",
    "5/5 Công ty") and years are skipped. Linear time.

    >>> for m in find_amounts("cho 864 người với tổng số tiền 13,302 tỷ đồng, đạt 100%; năm 2020"):
    ...     print(m.start, m.text, "→", m.amount.value, m.amount.unit)
    4 864 người → 864 người
    31 13,302 tỷ đồng → 13302000000 đồng
    51 100% → 100 %
    """
    if not isinstance(text, str):
        raise InvalidFormat(f"find_amounts expects a string, not {type(text).__name__}")
    loc = _check_locale(locale)
    norm = normalize(text)
    dates = [(d.start, d.end) for d in find_dates(norm)]
    index = 0
    for match in _FIND.finditer(norm):
        s, e = match.span()
        while index < len(dates) and dates[index][1] <= s:
            index += 1
        if index < len(dates) and dates[index][0] < e:
            continue
        piece = norm[s:e]  # errors built on the piece stay cheap in long texts
        sub = _AMOUNT.fullmatch(piece)
        if sub is None:
            continue
        try:
            amount = _amount_from(piece, sub, loc)
        except ParseError:
            continue  # "1.2.3 người": no number
        yield AmountMatch(s, e, norm[s:e], amount)
