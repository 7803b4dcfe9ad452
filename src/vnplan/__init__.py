"""vnplan: typed Vietnamese official documents, plans (kế hoạch) and reports (báo cáo).

Everything public is re-exported here; nothing else lives in this module.
"""

# Agencies, signing authority, the domain model and its serializers (feat/model).
from vnplan.agencies import (
    AgencyInfo,
    AgencyKind,
    AgencyLevel,
    OrganId,
    agency_key,
    classify_agency,
    expand_abbreviations,
    find_agency,
    lookup_abbreviation,
    same_agency,
)
from vnplan.authority import AuthorityKind, AuthorityStep, parse_authority
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
from vnplan.io.json import from_json, json_schema, to_json
from vnplan.io.xml import from_xml, to_xml, xml_schema
from vnplan.model import (
    Agency,
    Citation,
    Document,
    Metric,
    Plan,
    Recipient,
    Report,
    ReportingChannel,
    ReportingRequirement,
    ReportKind,
    Result,
    Secrecy,
    Section,
    SectionKind,
    Signer,
    Source,
    Span,
    Task,
    TaskStatus,
    Urgency,
)

__version__ = "0.1.0.dev0"

__all__ = [
    "Agency",
    "AgencyInfo",
    "AgencyKind",
    "AgencyLevel",
    "AuthorityKind",
    "AuthorityStep",
    "Citation",
    "Document",
    "Finding",
    "IncompleteValue",
    "InputTooLarge",
    "InvalidComponent",
    "InvalidFormat",
    "Metric",
    "OrganId",
    "ParseError",
    "Plan",
    "Recipient",
    "Report",
    "ReportKind",
    "ReportingChannel",
    "ReportingRequirement",
    "Result",
    "Secrecy",
    "Section",
    "SectionKind",
    "Severity",
    "Signer",
    "Source",
    "Span",
    "Task",
    "TaskStatus",
    "Urgency",
    "ValidationError",
    "VnplanError",
    "__version__",
    "agency_key",
    "classify_agency",
    "expand_abbreviations",
    "find_agency",
    "fold_lookalikes",
    "from_json",
    "from_xml",
    "json_schema",
    "lookup_abbreviation",
    "normalize",
    "parse_authority",
    "raise_for_errors",
    "same_agency",
    "to_json",
    "to_xml",
    "xml_schema",
]
