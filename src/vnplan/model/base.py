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

import pydantic
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PlainSerializer, WithJsonSchema

from vnplan.findings import Finding

__all__ = [
    "MAX_DIGITS",
    "MAX_FINDINGS",
    "NonEmptyText",
    "Quantity",
    "Text",
    "VnplanModel",
    "field_path",
    "findings_from_pydantic",
]

#: Most schema violations one error reports (the rest are counted, not described).
MAX_FINDINGS = 50

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


def field_path(loc: tuple[int | str, ...]) -> str:
    """Render a pydantic error location as a field path: ``tasks[3].lead[0].name``.

    The first element of a location inside the document union is the ``kind`` tag; it is
    dropped.

    >>> field_path(("plan", "tasks", 3, "lead", 0, "name"))
    'tasks[3].lead[0].name'
    """
    parts = list(loc)
    if parts and parts[0] in ("document", "plan", "report"):
        parts = parts[1:]
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(document)"


def findings_from_pydantic(error: pydantic.ValidationError, prefix: str) -> list[Finding]:
    """One :class:`~vnplan.findings.Finding` per violation (at most :data:`MAX_FINDINGS`).

    Rule ids are ``<prefix>.<pydantic error type>``; each finding names its field path.
    """
    items = error.errors(include_url=False, include_input=False)
    findings = []
    for item in items[:MAX_FINDINGS]:
        path = field_path(item["loc"])
        findings.append(Finding(f"{prefix}.{item['type']}", f"{path}: {item['msg']}", field=path))
    if len(items) > MAX_FINDINGS:
        more = len(items) - MAX_FINDINGS
        findings.append(Finding(f"{prefix}.more-errors", f"{more} more violations not listed"))
    return findings


class VnplanModel(BaseModel):
    """Base of every vnplan model: unknown fields are refused, NaN/Infinity too.

    Constructors and ``model_validate`` raise pydantic's own ``ValidationError`` (also a
    ``ValueError``), as pydantic users expect; vnplan's readers (:func:`vnplan.from_json`,
    :func:`vnplan.from_xml`) turn it into :class:`vnplan.ValidationError` with field paths.
    """

    model_config = ConfigDict(
        extra="forbid",
        allow_inf_nan=False,
        validate_default=False,
        use_attribute_docstrings=True,
    )

