"""vnplan: typed Vietnamese official documents, plans (kế hoạch) and reports (báo cáo).

Everything public is re-exported here; nothing else lives in this module.
"""

from vnplan.chars import fold_lookalikes, normalize
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
from vnplan.text import find_closing, normalize_text, parse_header, parse_structure, read_layout

__version__ = "0.1.0.dev0"

__all__ = [
    "Finding",
    "IncompleteValue",
    "InputTooLarge",
    "InvalidComponent",
    "InvalidFormat",
    "ParseError",
    "Severity",
    "ValidationError",
    "VnplanError",
    "__version__",
    "find_closing",
    "fold_lookalikes",
    "normalize",
    "normalize_text",
    "parse_header",
    "parse_structure",
    "raise_for_errors",
    "read_layout",
]
