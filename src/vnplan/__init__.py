"""vnplan: typed Vietnamese official documents, plans (kế hoạch) and reports (báo cáo).

Everything public is re-exported here; nothing else lives in this module.
"""

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
from vnplan.numbering import DocumentNumber, NumberFamily, NumberMatch, find_document_numbers

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
    "DocumentCategory",
    "DocumentNumber",
    "DocumentType",
    "Finding",
    "IncompleteValue",
    "InputTooLarge",
    "InvalidComponent",
    "InvalidFormat",
    "Metric",
    "NumberFamily",
    "NumberMatch",
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
    "UnknownDocumentType",
    "Urgency",
    "ValidationError",
    "VnplanError",
    "__version__",
    "agency_key",
    "classify_agency",
    "expand_abbreviations",
    "find_agency",
    "find_document_numbers",
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
