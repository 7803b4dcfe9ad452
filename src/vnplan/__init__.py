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
from vnplan.text import find_closing, normalize_text, parse_header, parse_structure, read_layout

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
    "find_closing",
    "find_document_numbers",
    "fold_lookalikes",
    "normalize",
    "normalize_text",
    "parse_header",
    "parse_structure",
    "raise_for_errors",
    "read_layout",
]
