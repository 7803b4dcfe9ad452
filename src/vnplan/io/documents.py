"""The union of the three document models, discriminated by ``kind``.

Shared by the JSON and XML serializers: both restore a :class:`~vnplan.model.Plan`,
:class:`~vnplan.model.Report` or plain :class:`~vnplan.model.Document` from its ``kind``.
"""

from __future__ import annotations

from typing import Annotated

import pydantic

from vnplan.model import Document, Plan, Report
from vnplan.model.base import MAX_FINDINGS, field_path

__all__ = ["ADAPTER", "MAX_FINDINGS", "AnyDocument", "field_path"]

#: A document of any kind; pydantic picks the class from ``kind``.
AnyDocument = Annotated[Document | Plan | Report, pydantic.Field(discriminator="kind")]
ADAPTER: pydantic.TypeAdapter[Document] = pydantic.TypeAdapter(AnyDocument)

