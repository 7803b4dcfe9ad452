"""vnplan: typed Vietnamese official documents, plans (kế hoạch) and reports (báo cáo).

Everything public is re-exported here; nothing else lives in this module.
"""

from vnplan.chars import fold_lookalikes, normalize
from vnplan.doctypes import DocumentCategory, DocumentType, UnknownDocumentType
from vnplan.errors import (
    IncompleteValue,
    InputTooLarge,
    InvalidComponent,
    InvalidFormat,
    ParseError,
    ValidationError,
    VnplanError,
)
from vnplan.findings import Finding, Severity, raise_for_errors
from vnplan.numbering import DocumentNumber, NumberFamily, NumberMatch, find_document_numbers

__version__ = "0.1.0.dev0"

__all__ = [
    "DocumentCategory",
    "DocumentNumber",
    "DocumentType",
    "Finding",
    "IncompleteValue",
    "InputTooLarge",
    "InvalidComponent",
    "InvalidFormat",
    "NumberFamily",
    "NumberMatch",
    "ParseError",
    "Severity",
    "UnknownDocumentType",
    "ValidationError",
    "VnplanError",
    "__version__",
    "find_document_numbers",
    "fold_lookalikes",
    "normalize",
    "raise_for_errors",
]
