"""The union of the three document models, discriminated by ``kind``.

Shared by the JSON and XML serializers: both restore a :class:`~vnplan.model.Plan`,
:class:`~vnplan.model.Report` or plain :class:`~vnplan.model.Document` from its ``kind``.
"""

from __future__ import annotations

from typing import Annotated

import pydantic

from vnplan.model import Document, Plan, Report

__all__ = ["ADAPTER", "MAX_FINDINGS", "AnyDocument", "field_path"]

#: Most schema violations one error reports (the rest are counted, not described).
MAX_FINDINGS = 50

#: A document of any kind; pydantic picks the class from ``kind``.
AnyDocument = Annotated[Document | Plan | Report, pydantic.Field(discriminator="kind")]
ADAPTER: pydantic.TypeAdapter[Document] = pydantic.TypeAdapter(AnyDocument)


def field_path(loc: tuple[int | str, ...]) -> str:
    """Render a pydantic error location as a field path: ``tasks[3].lead[0].name``.

    The first element of a location inside the union is the ``kind`` tag; it is dropped.
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
