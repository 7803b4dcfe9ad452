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
    "DueRelation",
    "DurationUnit",
    "Finding",
    "Frequency",
    "IncompleteValue",
    "InputTooLarge",
    "InvalidComponent",
    "InvalidFormat",
    "ParseError",
    "Period",
    "PeriodKind",
    "PeriodMatch",
    "PlaceDate",
    "ReportingCycle",
    "Severity",
    "Standing",
    "ValidationError",
    "VnplanError",
    "WorkingCalendar",
    "__version__",
    "add_working_days",
    "data_window",
    "find_amounts",
    "find_dates",
    "find_deadlines",
    "find_periods",
    "fold_lookalikes",
    "format_amount",
    "format_date",
    "format_number",
    "is_working_day",
    "normalize",
    "parse_amount",
    "parse_cycles",
    "parse_date",
    "parse_number",
    "parse_place_date",
    "parse_place_date_parts",
    "raise_for_errors",
    "read_overrides",
    "working_days_between",
]
