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
    "CalendarOverride",
    "DayKind",
    "Finding",
    "IncompleteValue",
    "InputTooLarge",
    "InvalidComponent",
    "InvalidFormat",
    "ParseError",
    "Severity",
    "ValidationError",
    "VnplanError",
    "WorkingCalendar",
    "__version__",
    "add_working_days",
    "fold_lookalikes",
    "is_working_day",
    "normalize",
    "raise_for_errors",
    "read_overrides",
    "working_days_between",
]
