"""Value types that travel as their canonical string.

Every vnplan value type (document numbers, periods, amounts, deadlines, ...)
has a ``parse`` classmethod and a canonical ``str()``. In a pydantic model such
a field validates from that string (or from an instance) and serializes to it,
in JSON and in Python-mode ``model_dump()`` alike. This mixin is that
integration, written once.

>>> import attrs
>>> from pydantic import BaseModel
>>> @attrs.frozen(slots=True)
... class Code(CanonicalString):
...     json_schema = {"pattern": "^[A-Z]+$", "description": "An upper-case code."}
...     value: str
...     @classmethod
...     def parse(cls, text: str) -> "Code":
...         if not text.isupper():
...             raise InvalidFormat("expected upper case", text=text)
...         return cls(text)
...     def __str__(self) -> str:
...         return self.value
>>> class Holder(BaseModel):
...     code: Code
>>> Holder.model_validate_json('{"code": "KH"}').code
Code(value='KH')
>>> Holder(code=Code("QĐ")).model_dump_json()
'{"code":"QĐ"}'
>>> properties = Holder.model_json_schema()["properties"]
>>> properties["code"].get("pattern")
'^[A-Z]+$'
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from vnplan.errors import InvalidFormat

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
    from pydantic.json_schema import JsonSchemaValue
    from pydantic_core import CoreSchema

__all__ = ["CanonicalString"]


class CanonicalString:
    """Mixin for attrs value types with ``parse(text)`` and a canonical ``str()``.

    Subclasses set :attr:`json_schema` (pattern, description, examples) for the
    published JSON Schema; ``"type": "string"`` and the class name as title are added.
    """

    __slots__ = ()

    #: Extra JSON-Schema keywords describing the string form.
    json_schema: ClassVar[Mapping[str, Any]] = {}

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: type[Any], handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        from pydantic_core import core_schema

        parse = cls.parse  # type: ignore[attr-defined]  # every subclass defines it
        name = cls.__name__

        def validate(value: object) -> object:
            if isinstance(value, cls):
                return value
            if isinstance(value, str):
                return parse(value)
            raise InvalidFormat(f"expected a {name} as a string, not {type(value).__name__}")

        return core_schema.no_info_plain_validator_function(
            validate,
            serialization=core_schema.to_string_ser_schema(when_used="always"),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {"type": "string", "title": cls.__name__, **cls.json_schema}
