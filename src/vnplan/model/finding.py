"""Findings as model fields: :class:`vnplan.findings.Finding` in pydantic models.

A document read from a messy archive carries the parser's warnings; they must survive a
JSON or XML round trip. :data:`FindingField` validates a finding from an object with the
same keys as :class:`~vnplan.findings.Finding` and serializes it back to one.

>>> from pydantic import TypeAdapter
>>> adapter = TypeAdapter(FindingField)
>>> f = adapter.validate_json('{"rule": "date.blank-day", "message": "the day is blank", '
...                           '"severity": "warning", "field": "date"}')
>>> (f.rule, f.severity, f.field)
('date.blank-day', <Severity.WARNING: 'warning'>, 'date')
>>> adapter.dump_python(f, mode="json")["severity"]
'warning'
>>> adapter.validate_json(adapter.dump_json(f)) == f
True
"""

from __future__ import annotations

from typing import Annotated, Any

import attrs
from pydantic import GetCoreSchemaHandler
from pydantic_core import core_schema

from vnplan.findings import Finding, Severity
from vnplan.model.base import _clean_text

__all__ = ["FindingField"]


def _text(min_length: int = 0) -> core_schema.CoreSchema:
    return core_schema.no_info_after_validator_function(
        _clean_text, core_schema.str_schema(min_length=min_length)
    )


def _offset() -> core_schema.CoreSchema:
    return core_schema.nullable_schema(core_schema.int_schema(ge=0))


_FIELDS = core_schema.typed_dict_schema(
    {
        "rule": core_schema.typed_dict_field(_text(1)),
        "message": core_schema.typed_dict_field(_text()),
        "severity": core_schema.typed_dict_field(
            core_schema.enum_schema(Severity, list(Severity), sub_type="str"), required=False
        ),
        "field": core_schema.typed_dict_field(
            core_schema.nullable_schema(_text()), required=False
        ),
        "start": core_schema.typed_dict_field(_offset(), required=False),
        "end": core_schema.typed_dict_field(_offset(), required=False),
    },
    extra_behavior="forbid",
    ref="Finding",
)


def _to_finding(data: dict[str, Any]) -> Finding:
    return Finding(**data)


def _clean(finding: Finding) -> Finding:
    """A finding built in code gets the same text checks as one read from JSON."""
    rule, message = _clean_text(finding.rule), _clean_text(finding.message)
    field = _clean_text(finding.field) if finding.field is not None else None
    if not rule:
        raise ValueError("a finding needs a rule id")
    for offset in (finding.start, finding.end):
        if offset is not None and offset < 0:
            raise ValueError("finding offsets cannot be negative")
    if (rule, message, field) == (finding.rule, finding.message, finding.field):
        return finding
    return attrs.evolve(finding, rule=rule, message=message, field=field)


def _to_dict(finding: Finding) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "message": finding.message,
        "severity": finding.severity,
        "field": finding.field,
        "start": finding.start,
        "end": finding.end,
    }


class _FindingSchema:
    """Pydantic annotation that makes an attrs :class:`Finding` a model field."""

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        from_dict = core_schema.no_info_after_validator_function(_to_finding, _FIELDS)
        return core_schema.json_or_python_schema(
            json_schema=from_dict,
            python_schema=core_schema.union_schema(
                [
                    core_schema.no_info_after_validator_function(
                        _clean, core_schema.is_instance_schema(Finding)
                    ),
                    from_dict,
                ]
            ),
            serialization=core_schema.plain_serializer_function_ser_schema(
                _to_dict, return_schema=_FIELDS
            ),
        )


#: A :class:`vnplan.findings.Finding` usable as a pydantic field.
FindingField = Annotated[Finding, _FindingSchema()]
