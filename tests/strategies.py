"""Hypothesis strategies that generate valid vnplan documents, plans and reports.

Text covers every Vietnamese letter with every tone, in NFC and in NFD (including the
letters whose NFD has two combining marks in canonical order, "ặ", "ỗ", "ự"), XML-special
characters, tabs and line breaks (CR included), and characters outside the BMP. Section
trees range from empty to the model's depth limit; decimals carry positive and negative
exponents; document numbers come from every numbering family and from non-number
references (standards, permits).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal

from hypothesis import strategies as st

from vnplan.agencies import AgencyKind, AgencyLevel, OrganId
from vnplan.cycles import DueRelation, Frequency, ReportingCycle
from vnplan.deadlines import Deadline
from vnplan.findings import Finding, Severity
from vnplan.model import (
    Agency,
    Business,
    Citation,
    Contact,
    Document,
    Exchange,
    Extension,
    Metric,
    Plan,
    Recipient,
    Report,
    ReportingChannel,
    ReportingRequirement,
    ReportKind,
    ResponseFor,
    Result,
    Secrecy,
    Section,
    SectionKind,
    Signer,
    Source,
    Span,
    Task,
    TaskStatus,
    Trace,
    Urgency,
)
from vnplan.model.section import MAX_SECTION_DEPTH
from vnplan.numbering import DocumentNumber
from vnplan.periods import Period

_BASES = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
_TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]
#: Every Vietnamese vowel with every tone, composed (NFC), plus đ/Đ.
VIETNAMESE_LETTERS = sorted(
    {unicodedata.normalize("NFC", base + tone) for base in _BASES for tone in _TONES} | {"đ", "Đ"}
)
_OTHER = [
    *"bcdghklmnpqrstvxBCDGHKLMNPQRSTVX0123456789 .,;:-/()%",
    *["<", ">", "&", '"', "'", "]]>", "\t", "\n", "\r\n", "\r", "–", "…", "“", "”", "😀", "\xa0"],
]


def _nfd_or_nfc(text: str, nfd: bool) -> str:
    return unicodedata.normalize("NFD", text) if nfd else text


_PIECES = st.one_of(
    st.sampled_from(VIETNAMESE_LETTERS),
    st.sampled_from(_OTHER),
    st.characters(
        codec="utf-8",
        exclude_categories=("Cc", "Cs", "Co", "Cn"),
    ),
)


def texts(min_size: int = 0, max_size: int = 30) -> st.SearchStrategy[str]:
    """Vietnamese-heavy text, sometimes given in NFD (the model stores NFC)."""
    raw = st.lists(_PIECES, min_size=min_size, max_size=max_size).map("".join)
    return st.builds(_nfd_or_nfc, raw, st.booleans())


def non_empty_texts(max_size: int = 30) -> st.SearchStrategy[str]:
    return texts(1, max_size).filter(lambda s: s.strip() != "")


def optional(strategy: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    return st.none() | strategy


# Numbers of every family (domain.md §1.3-1.4, §2, §3) and references that are no
# document numbers at all; citations keep them as strings.
ADMINISTRATIVE = st.builds(
    lambda n, t, i: f"{n:02d}/{t}-{i}",
    st.integers(1, 99999),
    st.sampled_from(["KH", "BC", "QĐ", "TB", "CT", "QyĐ", "CTr", "TTr", "HD", "CĐ"]),
    st.sampled_from(["UBND", "SCT", "BTC", "VPCP", "SLĐTBXH", "TTg", "BNV"]),
)
OFFICIAL_LETTER = st.builds(
    lambda n, i, u: f"{n:02d}/{i}-{u}",
    st.integers(1, 99999),
    st.sampled_from(["UBND", "VPCP", "LĐTBXH", "SGDĐT", "BNV"]),
    st.sampled_from(["VX", "KT", "VP", "TTĐT", "KGVX", "GDTXNNĐH"]),
)
LEGAL_NORMATIVE = st.one_of(
    st.builds(
        lambda n, y, t: f"{n:02d}/{y}/{t}",
        st.integers(1, 999),
        st.integers(1990, 2030),
        st.sampled_from(["NĐ-CP", "QĐ-TTg", "NQ-HĐND", "TT-BTC", "QĐ-UBND", "TT-BNNMT"]),
    ),
    st.builds(
        lambda n, y, k: f"{n:02d}/{y}/QH{k}", st.integers(1, 300), st.integers(1992, 2030),
        st.integers(9, 16),
    ),
    st.builds(
        lambda n, y, k: f"{n:02d}/{y}/UBTVQH{k}", st.integers(1, 999), st.integers(1992, 2030),
        st.integers(9, 16),
    ),
)
PARTY = st.builds(
    lambda n, t, i: f"{n:02d}-{t}/{i}",
    st.integers(1, 999),
    st.sampled_from(["NQ", "CT", "QĐi", "KH", "HD", "BC", "CV", "KL", "QĐ"]),
    st.sampled_from(["TW", "TU", "HU", "ĐU", "BCSĐ", "VPTW", "UBKTTU"]),
)
OTHER_REFERENCES = st.sampled_from(
    ["TCVN 6909:2001", "QCVN 102:2016/BTTTT", "số 12/GP", "II /2026"]
)
DOCUMENT_NUMBERS = st.one_of(ADMINISTRATIVE, OFFICIAL_LETTER, LEGAL_NORMATIVE, PARTY)
CITED_NUMBERS = st.one_of(DOCUMENT_NUMBERS, OTHER_REFERENCES, non_empty_texts(20))

ORGAN_IDS = st.one_of(
    st.from_regex(r"[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[GHK][0-9]{2}", fullmatch=True),
    st.from_regex(r"[GHK][0-9]{2}(\.[0-9]{2}){0,4}", fullmatch=True),
).map(OrganId.parse)

AUTHORITIES = st.one_of(
    st.sampled_from([
        "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "KT. CHỦ TỊCH", "T/M BAN BÍ THƯ", "K/T TRƯỞNG BAN",
        "TL. CHỦ TỊCH KT. CHÁNH VĂN PHÒNG", "TUQ. BỘ TRƯỞNG", "Q. GIÁM ĐỐC", "KT GIÁM ĐỐC",
        "CHỦ TỊCH",  # no prefix: the chain stays empty
    ]),
    texts(max_size=20),
)
SECTION_LABELS = st.one_of(
    st.sampled_from([
        "I.", "II.", "IV.", "1.", "2.", "2.1.", "3.2.1", "a)", "đ)", "-", "+", "•", "Điều 3.",
        "Phần I", "Chương II", "Mục 1", "Tiểu mục 2", "Phụ lục I", "PHỤ LỤC",
    ]),
    texts(max_size=6),
)


def periods() -> st.SearchStrategy[Period]:
    years = st.integers(1990, 2035)
    return st.one_of(
        st.builds(Period.month, years, st.integers(1, 12)),
        st.builds(Period.quarter, years, st.integers(1, 4)),
        st.builds(Period.first_half, years),
        st.builds(Period.second_half, years),
        st.builds(Period.nine_months, years),
        st.builds(Period.year, years),
        st.builds(lambda a, n: Period.years(a, a + n), years, st.integers(1, 10)),
        st.builds(lambda d, n: Period.between(d, d + dt.timedelta(days=n)),
                  st.dates(dt.date(1990, 1, 1), dt.date(2035, 1, 1)), st.integers(1, 400)),
    )


def cycles() -> st.SearchStrategy[ReportingCycle]:
    return st.one_of(
        st.builds(ReportingCycle, st.sampled_from(Frequency)),
        st.builds(
            lambda f, day, rel: ReportingCycle(f, day=day, relation=rel),
            st.sampled_from([Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.YEARLY]),
            st.integers(1, 28), st.sampled_from(DueRelation),
        ),
    )


def deadlines() -> st.SearchStrategy[Deadline]:
    days = st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31))
    phrases = st.sampled_from([
        "thường xuyên", "định kỳ", "đột xuất", "trong thời hạn 05 ngày làm việc kể từ ngày nhận",
        "sau 15 ngày kể từ ngày ký", "trước ngày 15 hằng tháng", "hằng năm",
        "năm 2025 và các năm tiếp theo", "trước 31/12",
    ]).map(Deadline.parse)
    return st.one_of(
        phrases,
        st.builds(Deadline.on, days), st.builds(Deadline.before, days),
        st.builds(Deadline.by, days), st.builds(Deadline.within_period, periods()),
        cycles().filter(lambda c: c.frequency.is_periodic).map(Deadline.recurring),
    )


def spans() -> st.SearchStrategy[Span]:
    return st.tuples(st.integers(0, 10**6), st.integers(0, 10**4)).map(
        lambda t: Span(start=t[0], end=t[0] + t[1])
    )


def decimals() -> st.SearchStrategy[Decimal]:
    """Exact decimals with up to 6 places or a positive exponent ("7E+3"), and -0."""
    scaled = st.builds(
        lambda i, e: Decimal(i).scaleb(e), st.integers(-(10**15), 10**15), st.integers(-6, 5)
    )
    return st.one_of(scaled, st.just(Decimal("-0")), st.just(Decimal("0.000")))


def contacts() -> st.SearchStrategy[Contact]:
    return st.builds(
        Contact,
        address=optional(texts()),
        email=optional(st.sampled_from(["vanthu@angiang.gov.vn", "a@b.vn"]) | texts(max_size=10)),
        telephone=optional(st.sampled_from(["024.3825.4381", "(0296) 3852 111"]) | texts(5)),
        fax=optional(texts(max_size=10)),
        website=optional(st.sampled_from(["https://angiang.gov.vn"]) | texts(max_size=10)),
    )


@st.composite
def agencies(draw: st.DrawFn, depth: int = 2) -> Agency:
    parent = draw(st.none() | agencies(depth - 1)) if depth > 0 else None
    return Agency(
        name=draw(non_empty_texts(25)),
        abbreviation=draw(optional(texts(max_size=8))),
        kind=draw(optional(st.sampled_from(AgencyKind))),
        level=draw(optional(st.sampled_from(AgencyLevel))),
        parent=parent,
        organ_id=draw(optional(ORGAN_IDS)),
        contact=draw(optional(contacts())),
    )


@st.composite
def sections(draw: st.DrawFn, depth: int = 3) -> Section:
    children = draw(st.lists(sections(depth - 1), max_size=3)) if depth > 0 else []
    fields: dict[str, object] = {
        "label": draw(optional(SECTION_LABELS)),
        "title": draw(optional(texts())),
        "paragraphs": draw(st.lists(texts(max_size=60), max_size=4)),
        "children": children,
        "span": draw(optional(spans())),
    }
    if draw(st.booleans()):
        fields["kind"] = draw(st.sampled_from(SectionKind))
    return Section(**fields)  # type: ignore[arg-type]


@st.composite
def deep_sections(draw: st.DrawFn) -> Section:
    """A single chain of nested sections, as deep as the model allows."""
    depth = draw(st.integers(1, MAX_SECTION_DEPTH))
    section = Section(label="-", paragraphs=[draw(texts(max_size=10))])
    for _ in range(depth - 1):
        section = Section(label=draw(SECTION_LABELS), children=[section])
    return section


def section_trees() -> st.SearchStrategy[list[Section]]:
    return st.one_of(
        st.just([]), st.lists(sections(), max_size=3), deep_sections().map(lambda s: [s])
    )


def findings() -> st.SearchStrategy[Finding]:
    return st.builds(
        Finding,
        rule=st.from_regex(r"[a-z]{1,8}\.[a-z-]{1,12}", fullmatch=True),
        message=texts(),
        severity=st.sampled_from(Severity),
        field=optional(texts(max_size=12)),
        start=optional(st.integers(0, 10**6)),
        end=optional(st.integers(0, 10**6)),
    )


def tasks() -> st.SearchStrategy[Task]:
    return st.builds(
        Task,
        label=optional(SECTION_LABELS),
        text=non_empty_texts(80),
        lead=st.lists(agencies(1), max_size=3),
        coordinators=st.lists(agencies(0), max_size=3),
        deadline=optional(deadlines()),
        deadline_text=optional(texts()),
        deliverable=optional(texts()),
        recurrence=optional(cycles()),
        status=optional(st.sampled_from(TaskStatus)),
        span=optional(spans()),
    )


def reporting() -> st.SearchStrategy[ReportingRequirement]:
    return st.builds(
        ReportingRequirement,
        name=optional(texts()),
        kind=optional(st.sampled_from(ReportKind)),
        reporters=st.lists(agencies(0), max_size=2),
        recipient=optional(agencies(1)),
        co_recipients=st.lists(agencies(0), max_size=2),
        cycle=optional(cycles()),
        frequency_text=optional(texts()),
        due=optional(deadlines()),
        due_text=optional(texts()),
        data_window=optional(periods()),
        data_window_text=optional(texts()),
        channels=st.lists(st.sampled_from(ReportingChannel), max_size=3),
        text=non_empty_texts(60),
        span=optional(spans()),
    )


def signers() -> st.SearchStrategy[Signer]:
    return st.builds(
        Signer,
        authority=optional(AUTHORITIES),
        position=optional(texts()),
        name=optional(texts()),
        span=optional(spans()),
    )


def citations() -> st.SearchStrategy[Citation]:
    return st.builds(
        Citation,
        number=CITED_NUMBERS,
        doc_type=optional(st.sampled_from(["Quyết định", "Nghị quyết", "Kế hoạch", "Luật"])),
        date=optional(st.dates()),
        issuer=optional(texts()),
        subject=optional(texts()),
        text=optional(texts()),
        span=optional(spans()),
    )


def metrics() -> st.SearchStrategy[Metric]:
    return st.builds(
        Metric,
        label=non_empty_texts(),
        value=decimals(),
        unit=optional(st.sampled_from(["người", "tỷ đồng", "%", "hộ", "văn bản"])),
        target=optional(decimals()),
        ratio=optional(decimals()),
        ratio_basis=optional(texts()),
        text=optional(texts()),
        span=optional(spans()),
    )


COUNTS = st.integers(0, 999_999_999)
TIMESTAMPS = st.datetimes(dt.datetime(1990, 1, 1), dt.datetime(2040, 12, 31))
EDXML_NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016"
#: Containers an unknown edXML element may sit in, as the reader names them.
EXTENSION_PATHS = [
    "/edXML",
    "/edXML/edXMLEnvelope",
    "/edXML/edXMLEnvelope/edXMLHeader",
    "/edXML/edXMLEnvelope/edXMLBody",
    "/edXML/edXMLEnvelope/edXMLHeader/MessageHeader",
    "/edXML/edXMLEnvelope/edXMLHeader/MessageHeader/OtherInfo",
    "/edXML/edXMLEnvelope/edXMLHeader/MessageHeader/ToPlaces",
    "/edXML/edXMLEnvelope/edXMLHeader/TraceHeaderList",
]


def _fragment(name: str, ns: str, text: str) -> str:
    from lxml import etree  # only the test strategies build XML by hand

    element = etree.Element(f"{{{ns}}}{name}" if ns else name)
    etree.SubElement(element, f"{{{ns}}}Value" if ns else "Value").text = text
    return etree.tostring(element, encoding="unicode")


def extensions() -> st.SearchStrategy[Extension]:
    """Unknown elements: in the edXML namespace or another one, with Vietnamese text."""
    xml_text = texts(max_size=20).filter(
        lambda s: "\r" not in s and s == s.strip() and unicodedata.is_normalized("NFC", s)
    )
    return st.builds(
        Extension,
        path=st.sampled_from(EXTENSION_PATHS),
        xml=st.builds(
            _fragment,
            st.sampled_from(["GhiChu", "Direction", "SoHoSo", "X-Extra"]),
            st.sampled_from([EDXML_NS, "urn:example:agency", "http://www.w3.org/2000/09/xmldsig#"]),
            xml_text,
        ),
    )


def exchanges() -> st.SearchStrategy[Exchange]:
    return st.builds(
        Exchange,
        document_id=optional(st.sampled_from(["000.00.00.G22,2018/09/20,7816/VPCP-TTĐT"])
                             | non_empty_texts(20)),
        type_code=optional(st.sampled_from(["1", "2", "18"]) | non_empty_texts(5)),
        type_detail=optional(texts(max_size=5)),
        content=optional(texts(max_size=60)),
        due_date=optional(st.dates()),
        circulation=optional(texts()),
        typist=optional(texts(max_size=8)),
        copies=optional(COUNTS),
        pages=optional(COUNTS),
        appendixes=st.lists(texts(), max_size=2),
        steering=optional(COUNTS),
        response_for=st.lists(st.builds(
            ResponseFor, organ_id=optional(ORGAN_IDS), code=optional(texts()),
            promulgation_date=optional(st.dates()), document_id=optional(texts())), max_size=2),
        traces=st.lists(st.builds(Trace, organ_id=optional(ORGAN_IDS),
                                  timestamp=optional(TIMESTAMPS)), max_size=3),
        business=optional(st.builds(
            Business, kind=optional(COUNTS), reason=optional(texts()),
            department=optional(texts()), staff=optional(texts()), mobile=optional(texts(5)),
            email=optional(texts(8)), paper=optional(COUNTS))),
        extensions=st.lists(extensions(), max_size=3),
    )


def _common() -> dict[str, st.SearchStrategy[object]]:
    return {
        "number": optional(DOCUMENT_NUMBERS.map(DocumentNumber.parse)),
        "number_text": optional(st.one_of(DOCUMENT_NUMBERS, st.just("Số: /KH-UBND"), texts())),
        "doc_type": optional(st.sampled_from(["Kế hoạch", "Báo cáo", "Công văn", "Quyết định"])),
        "issuer": optional(agencies()),
        "parent_issuer": optional(agencies(0)),
        "co_issuers": st.lists(agencies(0), max_size=2),
        "place": optional(texts(max_size=15)),
        "date": optional(st.dates()),
        "date_text": optional(texts(max_size=30)),
        "title": optional(texts(max_size=80)),
        "urgency": st.sampled_from(Urgency),
        "secrecy": optional(st.sampled_from(Secrecy)),
        "legal_bases": st.lists(texts(max_size=60), max_size=3),
        "sections": section_trees(),
        "tasks": st.lists(tasks(), max_size=4),
        "reporting": st.lists(reporting(), max_size=2),
        "signer": optional(signers()),
        "co_signers": st.lists(signers(), max_size=2),
        "recipients": st.lists(
            st.builds(Recipient, name=non_empty_texts(), addressed=st.booleans(),
                      note=optional(texts()), organ_id=optional(ORGAN_IDS),
                      parent_name=optional(texts()), contact=optional(contacts())),
            max_size=3,
        ),
        "citations": st.lists(citations(), max_size=4),
        "warnings": st.lists(findings(), max_size=3),
        "source": optional(st.builds(Source, uri=optional(texts()), format=optional(texts()),
                                     sha256=optional(texts()), note=optional(texts()))),
        "provenance": st.dictionaries(non_empty_texts(12), spans(), max_size=4),
        "exchange": optional(exchanges()),
    }


def plain_documents() -> st.SearchStrategy[Document]:
    return st.builds(Document, **_common())  # type: ignore[arg-type]


def plans() -> st.SearchStrategy[Plan]:
    return st.builds(
        Plan,
        **_common(),  # type: ignore[arg-type]
        period=optional(periods()),
        objectives=st.lists(texts(), max_size=3),
        requirements=st.lists(texts(), max_size=3),
        monitoring=st.lists(texts(), max_size=2),
        implementation=st.lists(texts(), max_size=2),
        funding=st.lists(texts(), max_size=2),
    )


def reports() -> st.SearchStrategy[Report]:
    return st.builds(
        Report,
        **_common(),  # type: ignore[arg-type]
        period=optional(periods()),
        period_text=optional(texts()),
        results=st.lists(
            st.builds(Result, title=optional(texts()), text=optional(texts()),
                      metrics=st.lists(metrics(), max_size=3), span=optional(spans())),
            max_size=3,
        ),
        recommendations=st.lists(texts(), max_size=3),
    )


def documents() -> st.SearchStrategy[Document]:
    """Documents, plans and reports."""
    return st.one_of(plain_documents(), plans(), reports())
