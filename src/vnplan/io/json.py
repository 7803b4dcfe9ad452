"""JSON and JSON Schema for documents, plans and reports.

:func:`to_json` writes the model as UTF-8 JSON text; :func:`from_json` reads it back as a
:class:`~vnplan.model.Document`, :class:`~vnplan.model.Plan` or
:class:`~vnplan.model.Report`, chosen by the ``kind`` member. Value types appear as their
canonical strings, dates in ISO 8601, decimals as strings (so no digit is lost), enums as
their lower-case codes. :func:`json_schema` is the JSON Schema (draft 2020-12) every
output of :func:`to_json` validates against.

>>> import datetime as dt
>>> from vnplan.model import Agency, Plan
>>> plan = Plan(number_text="800/KH-UBND", doc_type="Kế hoạch", date=dt.date(2021, 12, 23),
...             issuer=Agency(name="ỦY BAN NHÂN DÂN TỈNH AN GIANG"))
>>> text = to_json(plan)
>>> text[:65]
'{"kind":"plan","number":"800/KH-UBND","number_text":"800/KH-UBND"'
>>> from_json(text) == plan
True
>>> from_json('{"kind": "plan", "date": "2021-02-30"}')
Traceback (most recent call last):
...
vnplan.errors.ValidationError: json.date_from_datetime_parsing: date: ...
"""

from __future__ import annotations

import copy
import re
from typing import Any

import pydantic

from vnplan.errors import InputTooLarge, InvalidFormat, ValidationError, VnplanError
from vnplan.findings import Finding
from vnplan.io.documents import ADAPTER
from vnplan.model import Document
from vnplan.model.base import findings_from_pydantic

__all__ = ["JSON_SCHEMA_ID", "MAX_JSON_SIZE", "from_json", "json_schema", "to_json"]

#: The ``$id`` of :func:`json_schema`; the trailing number is the schema's major version.
JSON_SCHEMA_ID = "urn:vnplan:json-schema:document:1"
#: Largest JSON text :func:`from_json` reads, in characters (or bytes).
MAX_JSON_SIZE = 64_000_000

_POSITION = re.compile(r" at line ([0-9]{1,12}) column ([0-9]{1,12})$")


def to_json(doc: Document, *, indent: int | None = None) -> str:
    """Serialize a document, plan or report to JSON text (non-ASCII kept as is).

    ``indent`` pretty-prints with that many spaces.
    """
    if not isinstance(doc, Document):
        raise VnplanError(f"expected a vnplan Document, Plan or Report, got {type(doc).__name__}")
    return doc.model_dump_json(indent=indent)


def _offset(text: str, line: int, byte_column: int) -> int:
    """Character offset of a 1-based line and 1-based UTF-8 byte column in ``text``."""
    start = 0
    for _ in range(line - 1):
        found = text.find("\n", start)
        if found == -1:
            return len(text)
        start = found + 1
    end = text.find("\n", start)
    row = text[start : end if end != -1 else len(text)]
    prefix = row.encode("utf-8")[: max(byte_column - 1, 0)]
    return start + len(prefix.decode("utf-8", errors="ignore"))


def _findings(error: pydantic.ValidationError) -> list[Finding]:
    return findings_from_pydantic(error, "json")


def from_json(text: str | bytes) -> Document:
    """Read a document, plan or report from JSON text.

    Raises:
        InvalidFormat: the text is not JSON (a :class:`~vnplan.errors.ParseError` with
            line and column).
        ValidationError: the JSON does not fit the model; each finding names the field
            path (``tasks[3].lead[0].name``) and what was expected there.
        InputTooLarge: above :data:`MAX_JSON_SIZE`.
    """
    if not isinstance(text, str | bytes):
        raise VnplanError(f"expected JSON as str or bytes, got {type(text).__name__}")
    if len(text) > MAX_JSON_SIZE:
        raise InputTooLarge("JSON text", len(text), MAX_JSON_SIZE)
    try:
        return ADAPTER.validate_json(text)
    except pydantic.ValidationError as error:
        first = error.errors(include_url=False, include_input=False)[0]
        if first["type"] != "json_invalid":
            raise ValidationError(_findings(error)) from None
        message = str((first.get("ctx") or {}).get("error", first["msg"]))
        source = text if isinstance(text, str) else text.decode("utf-8", errors="replace")
        position = _POSITION.search(message)
        offset = 0
        if position is not None:
            message = message[: position.start()]
            offset = _offset(source, int(position.group(1)), int(position.group(2)))
        raise InvalidFormat(
            f"expected JSON text: {message}", text=source, offset=offset, expected="JSON"
        ) from None


def _prose(description: str) -> str:
    """A docstring up to its examples."""
    kept = []
    for line in description.split("\n"):
        if line.strip().startswith(">>>") or line.strip() == "Examples:":
            break
        kept.append(line)
    return "\n".join(kept).strip()


def _strip_examples(node: Any) -> Any:
    """Drop doctest examples from descriptions taken from docstrings."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "description" and isinstance(value, str):
                value = _prose(value)
            out[key] = _strip_examples(value)
        return out
    if isinstance(node, list):
        return [_strip_examples(v) for v in node]
    return node


_SCHEMA: dict[str, Any] | None = None


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the JSON that :func:`to_json` writes.

    It is also what :func:`from_json` accepts (members with defaults may be left out).

    Examples:
        >>> schema = json_schema()
        >>> schema["$schema"], schema["$id"]
        ('https://json-schema.org/draft/2020-12/schema', 'urn:vnplan:json-schema:document:1')
        >>> sorted(schema["discriminator"]["mapping"])
        ['document', 'plan', 'report']
    """
    global _SCHEMA
    if _SCHEMA is None:
        generated = _strip_examples(ADAPTER.json_schema(mode="validation"))
        _SCHEMA = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": JSON_SCHEMA_ID,
            "title": "vnplan document",
            "description": "A Vietnamese official document (Document), plan (Plan) or "
            "report (Report) as written by vnplan.to_json; 'kind' tells which.",
            **generated,
        }
    return copy.deepcopy(_SCHEMA)
