"""The base every vnplan model shares: configuration and the text field type.

Text fields hold NFC text (the form vnplan stores; NFD input is composed on the way in)
and only characters that XML 1.0 can carry, so that every model serializes to both JSON
and XML and reads back equal. C0 control characters other than tab, line feed and
carriage return are refused: a form feed from PDF extraction is a page break, which a
parser turns into a line break before building the model.

>>> from pydantic import TypeAdapter
>>> TypeAdapter(Text).validate_python("Ke\\u0302\\u0301 hoa\\u0323ch") == "Kế hoạch"
True
>>> TypeAdapter(Text).validate_python("trang 1\\ftrang 2")
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for function-after[...]
  Value error, text contains U+000C at offset 7, which XML 1.0 cannot carry ...
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PlainSerializer, WithJsonSchema

__all__ = ["MAX_DIGITS", "NonEmptyText", "Quantity", "Text", "VnplanModel"]

# Characters XML 1.0 cannot carry, even escaped (plus lone surrogates, which no encoder
# accepts, and the two non-characters U+FFFE/U+FFFF).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean_text(value: str) -> str:
    bad = _NOT_XML.search(value)
    if bad is not None:
        raise ValueError(
            f"text contains U+{ord(bad.group()):04X} at offset {bad.start()}, which XML 1.0 "
            "cannot carry (control characters other than tab and line breaks are refused)"
        )
    if value.isascii() or unicodedata.is_normalized("NFC", value):
        return value
    return unicodedata.normalize("NFC", value)


def _non_empty(value: str) -> str:
    value = _clean_text(value)
    if not value.strip():
        raise ValueError("expected non-empty text")
    return value


#: A text field: NFC, XML-compatible characters only.
Text = Annotated[str, AfterValidator(_clean_text)]
#: A text field that must contain something other than whitespace.
NonEmptyText = Annotated[str, AfterValidator(_non_empty)]


#: Most significant digits a :data:`Quantity` may have (money in đồng needs about 20).
MAX_DIGITS = 40


def _plain(value: Decimal) -> str:
    return format(value, "f")


#: An exact decimal figure, written in plain notation ("1080", "13.302", never "1E+3").
Quantity = Annotated[
    Decimal,
    Field(max_digits=MAX_DIGITS, allow_inf_nan=False),
    PlainSerializer(_plain, return_type=str, when_used="json"),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "number"},
                {"type": "string", "pattern": r"^-?[0-9]+(\.[0-9]+)?$"},
            ],
            "description": "An exact decimal; written as a string in plain notation.",
        }
    ),
]


class VnplanModel(BaseModel):
    """Base of every vnplan model: unknown fields are refused, NaN/Infinity too."""

    model_config = ConfigDict(
        extra="forbid",
        allow_inf_nan=False,
        validate_default=False,
        use_attribute_docstrings=True,
    )
