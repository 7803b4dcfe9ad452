"""vnplan: typed Vietnamese official documents, plans (kế hoạch) and reports (báo cáo).

Everything public is re-exported here; nothing else lives in this module.
"""

from vnplan.chars import fold_lookalikes, normalize
from vnplan.cycles import (
    Adjustment,
    DueRelation,
    Frequency,
    ReportingCycle,
    data_window,
    parse_cycles,
)
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
from vnplan.deadlines import (
    Deadline,
    DeadlineKind,
    DeadlineMatch,
    DeadlineRelation,
    DurationUnit,
    Standing,
    find_deadlines,
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
from vnplan.workdays import (
    CalendarOverride,
    DayKind,
    WorkingCalendar,
    add_working_days,
    is_working_day,
    read_overrides,
    working_days_between,
)

__version__ = "0.1.0.dev0"

__all__ = [
    "Adjustment",
    "Amount",
    "AmountMatch",
    "CalendarOverride",
    "DateForm",
    "DateMatch",
    "DayKind",
    "Deadline",
    "DeadlineKind",
    "DeadlineMatch",
    "DeadlineRelation",
    "DocumentCategory",
    "DocumentNumber",
    "DocumentType",
    "DueRelation",
    "DurationUnit",
    "Finding",
    "Frequency",
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
    "ReportingCycle",
    "Severity",
    "Standing",
    "UnknownDocumentType",
    "ValidationError",
    "VnplanError",
    "WorkingCalendar",
    "__version__",
    "add_working_days",
    "data_window",
    "find_amounts",
    "find_closing",
    "find_dates",
    "find_deadlines",
    "find_document_numbers",
    "find_periods",
    "fold_lookalikes",
    "format_amount",
    "format_date",
    "format_number",
    "is_working_day",
    "normalize",
    "normalize_text",
    "parse_amount",
    "parse_cycles",
    "parse_date",
    "parse_header",
    "parse_number",
    "parse_place_date",
    "parse_place_date_parts",
    "parse_structure",
    "raise_for_errors",
    "read_layout",
    "read_overrides",
    "working_days_between",
]
