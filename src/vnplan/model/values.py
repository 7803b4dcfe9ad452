"""Value-type fields of the models, with their string parses cached.

A document repeats the same deadline, period or cycle phrase many times ("thường xuyên",
"trong năm 2022"), and a batch of documents more so. The value types are immutable, so
the models keep one parsed value per canonical string: reading a model from JSON or XML
parses each distinct phrase once. Validation and serialization are otherwise those of the
value type itself (its canonical string, its JSON Schema).

>>> from pydantic import TypeAdapter
>>> adapter = TypeAdapter(DeadlineField)
>>> adapter.validate_python("Quý I/2026") is adapter.validate_python("Quý I/2026")
True
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from pydantic import BeforeValidator

from vnplan.cycles import ReportingCycle
from vnplan.deadlines import Deadline
from vnplan.periods import Period

__all__ = ["CycleField", "DeadlineField", "PeriodField"]

_T = TypeVar("_T")
#: Distinct phrases kept per value type.
CACHE_SIZE = 4096


def _cached(parse: Callable[[str], _T]) -> Callable[[Any], Any]:
    cached = functools.lru_cache(maxsize=CACHE_SIZE)(parse)

    def validate(value: Any) -> Any:
        if type(value) is str and len(value) <= 500:
            return cached(value)
        return value  # the value type's own validator decides

    return validate


#: A :class:`~vnplan.deadlines.Deadline` field.
DeadlineField = Annotated[Deadline, BeforeValidator(_cached(Deadline.parse))]
#: A :class:`~vnplan.periods.Period` field.
PeriodField = Annotated[Period, BeforeValidator(_cached(Period.parse))]
#: A :class:`~vnplan.cycles.ReportingCycle` field.
CycleField = Annotated[ReportingCycle, BeforeValidator(_cached(ReportingCycle.parse))]
