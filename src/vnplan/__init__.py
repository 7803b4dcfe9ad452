"""vnplan: typed Vietnamese official documents, plans (kế hoạch) and reports (báo cáo).

Everything public is re-exported here; nothing else lives in this module.
"""

from vnplan.chars import fold_lookalikes, normalize
from vnplan.dates import (
    DateForm,
    DateMatch,
    PlaceDate,
    find_dates,
    format_date,
    parse_date,
    parse_place_date,
    parse_place_date_parts,
)
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
from vnplan.periods import Period, PeriodKind, PeriodMatch, find_periods
from vnplan.quantities import (
    Amount,
    AmountMatch,
    find_amounts,
    format_amount,
    format_number,
    parse_amount,
    parse_number,
)
from vnplan.text import find_closing, normalize_text, parse_header, parse_structure, read_layout

__version__ = "0.1.0.dev0"

__all__ = [
    "Amount",
    "AmountMatch",
    "DateForm",
    "DateMatch",
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
    "Period",
    "PeriodKind",
    "PeriodMatch",
    "PlaceDate",
    "Severity",
    "UnknownDocumentType",
    "ValidationError",
    "VnplanError",
    "__version__",
    "find_amounts",
    "find_closing",
    "find_dates",
    "find_document_numbers",
    "find_periods",
    "fold_lookalikes",
    "format_amount",
    "format_date",
    "format_number",
    "normalize",
    "normalize_text",
    "parse_amount",
    "parse_date",
    "parse_header",
    "parse_number",
    "parse_place_date",
    "parse_place_date_parts",
    "parse_structure",
    "raise_for_errors",
    "read_layout",
]
