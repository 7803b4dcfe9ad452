"""parse_document: the seeds parsed with values read from them by hand, type traps,
drafts, warnings and strict mode, limits and provenance.

Expected values were written by reading the documents (and Decree 30/2020's
conventions), not by running the parser.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

import vnplan
from vnplan import (
    DeadlineKind,
    DeadlineRelation,
    Document,
    Frequency,
    InputTooLarge,
    ParseError,
    Plan,
    Report,
    ReportKind,
    parse_document,
)
from vnplan.text import MAX_INPUT_CHARS, RULES

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus"
BUNDLED = ROOT / "examples" / "data" / "800-KH-UBND-an-giang-2021.txt"


def seed(name: str) -> str:
    path = SEEDS / name
    if not path.is_file():
        pytest.skip("../shared/seeds is not beside this checkout")
    return path.read_text("utf-8")


def corpus(doc_id: str) -> str:
    path = CORPUS / "docs" / f"{doc_id}.txt"
    if not path.is_file():
        pytest.skip("../shared/corpus is not beside this checkout")
    return path.read_text("utf-8")


def cut(text: str, span: vnplan.Span) -> str:
    """The source text of a span, whitespace collapsed."""
    return " ".join(vnplan.normalize(text)[span.start:span.end].split())


# --- seed 003 / the bundled 800/KH-UBND plan ------------------------------------------------

# The eleven sectors of part III and who leads each ("c) Chủ trì thực hiện: ...").
SECTOR_LEADS = [
    ("Lĩnh vực lao động, người có công và xã hội", "Sở Lao động - Thương binh và Xã hội"),
    ("Thu hút đầu tư, phát triển kinh tế", "Sở Kế hoạch và Đầu tư"),
    ("Lĩnh vực dân tộc", "Ban Dân tộc tỉnh"),
    ("Lĩnh vực Tôn giáo", "Ban Tôn giáo tỉnh (Sở Nội vụ)"),
    ("Lĩnh vực y tế", "Sở Y tế"),
    ("Lĩnh vực bảo hiểm xã hội", "Bảo hiểm xã hội tỉnh"),
    ("Chăm lo đời sống người lao động", "Liên đoàn lao động tỉnh"),
    ("Lĩnh vực giáo dục và đào tạo", "Sở Giáo dục và Đào tạo"),
    ("Huy động các nguồn lực xã hội đảm bảo đời sống người dân",
     "Ủy ban Mặt trận Tổ quốc Việt Nam"),
    ("Hỗ trợ tín dụng", "Ngân hàng Chính sách xã hội tỉnh"),
    ("Lĩnh vực an ninh trật tự", "Công an tỉnh"),
]


@pytest.fixture(scope="module")
def plan_800() -> Plan:
    doc = parse_document(BUNDLED.read_text("utf-8"), source=str(BUNDLED))
    assert isinstance(doc, Plan)
    return doc


def test_800_header(plan_800: Plan) -> None:
    doc = plan_800
    assert doc.kind == "plan"
    assert str(doc.number) == "800/KH-UBND"
    assert doc.doc_type == "Kế hoạch"
    assert doc.issuer is not None
    assert doc.issuer.name == "ỦY BAN NHÂN DÂN TỈNH AN GIANG"
    assert doc.parent_issuer is None
    assert doc.place == "An Giang"
    assert doc.date == dt.date(2021, 12, 23)
    assert doc.title == ("ĐẢM BẢO AN SINH XÃ HỘI CHO NGƯỜI DÂN TRONG ĐIỀU KIỆN PHÒNG, CHỐNG "
                         "DỊCH COVID-19 TRÊN ĐỊA BÀN TỈNH AN GIANG")
    assert doc.warnings == []
    assert doc.source is not None
    assert doc.source.uri == str(BUNDLED)


def test_800_signer(plan_800: Plan) -> None:
    signer = plan_800.signer
    assert signer is not None
    assert signer.authority == "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"
    assert [str(step) for step in signer.chain] == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
    assert signer.position == "PHÓ CHỦ TỊCH"
    assert signer.name == "Lê Văn Phước"
    assert signer.is_deputy


def test_800_sector_tasks(plan_800: Plan) -> None:
    sectors = [t for t in plan_800.tasks if t.label and t.label.rstrip(".").isdigit()
               and any(t.text == title for title, _ in SECTOR_LEADS)]
    assert [t.text for t in sectors] == [title for title, _ in SECTOR_LEADS]
    assert [t.label for t in sectors] == [f"{k}." for k in range(1, 12)]
    for task, (title, lead) in zip(sectors, SECTOR_LEADS, strict=True):
        assert task.is_led_by(lead), (title, [a.name for a in task.lead])


def test_800_deadline_31_12_2021(plan_800: Plan) -> None:
    (task,) = [t for t in plan_800.tasks if t.deadline is not None
               and t.deadline.date == dt.date(2021, 12, 31)]
    assert task.deadline.relation is DeadlineRelation.BEFORE
    assert task.deadline.last_day == dt.date(2021, 12, 30)
    assert task.deadline_text == "trước ngày 31/12/2021"
    assert task.is_led_by("Các Sở, Ban, ngành cấp tỉnh")


def test_800_monthly_report(plan_800: Plan) -> None:
    monthly = [r for r in plan_800.reporting
               if r.cycle is not None and r.cycle.frequency is Frequency.MONTHLY]
    assert len(monthly) == 1
    r = monthly[0]
    assert str(r.cycle) == "hằng tháng, trước ngày 15"
    assert r.kind is ReportKind.PERIODIC
    assert r.recipient is not None
    assert r.recipient.matches("Ủy ban nhân dân tỉnh")
    assert [a.name for a in r.co_recipients] == ["Tổ An sinh xã hội"]
    assert r.due_text == "trước ngày 15 hàng tháng"
    assert "báo cáo định kỳ hàng tháng" in r.text


def test_800_provenance_points_into_the_source(plan_800: Plan) -> None:
    text = BUNDLED.read_text("utf-8")
    spans = plan_800.provenance
    assert cut(text, spans["number"]) == "800/KH-UBND"
    assert cut(text, spans["date"]) == "ngày 23 tháng 12 năm 2021"
    assert cut(text, spans["place"]) == "An Giang"
    assert cut(text, spans["doc_type"]) == "KẾ HOẠCH"
    assert cut(text, spans["national_name"]) == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert cut(text, spans["signer"]).endswith("Lê Văn Phước")
    task = plan_800.tasks[0]
    assert task.span is not None
    assert cut(text, task.span).startswith("1. Lĩnh vực lao động")


def test_800_sections_keep_the_body(plan_800: Plan) -> None:
    labels = [(s.label, s.title) for s in plan_800.sections if s.label]
    assert labels[:5] == [("I.", "QUAN ĐIỂM"), ("II.", "MỤC ĐÍCH, YÊU CẦU"),
                          ("III.", "NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN"),
                          ("IV.", "KIỂM TRA, GIÁM SÁT"), ("V.", "TỔ CHỨC THỰC HIỆN")]
    assert plan_800.sections[0].label is None  # the preamble before "I. QUAN ĐIỂM"
    assert plan_800.sections[0].paragraphs[0].startswith("Đại dịch Covid-19")
    assert plan_800.monitoring
    assert plan_800.implementation


def test_seed_003_is_the_bundled_plan(plan_800: Plan) -> None:
    assert parse_document(seed("003_ff0b46300e30541a.txt")).model_dump(
        exclude={"source"}) == plan_800.model_dump(exclude={"source"})


def test_800_citations(plan_800: Plan) -> None:
    cited = {c.number: c for c in plan_800.citations}
    assert list(cited) == ["1942/QĐ-TTg", "14-CT/TW", "1943/QĐ-UBND", "23-KH/TU",
                           "2316/QĐ-UBND"]
    assert cited["1942/QĐ-TTg"].date == dt.date(2021, 11, 18)
    assert cited["1942/QĐ-TTg"].issuer == "Thủ tướng Chính phủ"
    assert cited["14-CT/TW"].doc_type == "Chỉ thị"
    assert cited["23-KH/TU"].date == dt.date(2021, 9, 30)
    text = BUNDLED.read_text("utf-8")
    span = cited["2316/QĐ-UBND"].span
    assert span is not None
    assert "2316/QĐ-UBND" in cut(text, span)


def test_own_number_is_not_a_citation() -> None:
    doc = parse_document(HEADER + "Số: 05/KH-UBND   Lào Cai, ngày 05/3/2026\n\nKẾ HOẠCH\nX\n\n"
                         "Ban hành kèm theo Kế hoạch số 05/KH-UBND; thực hiện Quyết định số "
                         "12/QĐ-UBND ngày 01/02/2026 của UBND tỉnh.\n")
    assert [c.number for c in doc.citations] == ["12/QĐ-UBND"]


# --- the other seeds ----------------------------------------------------------------------


def test_seed_000_plan_without_issuer_block() -> None:
    doc = parse_document(seed("000_588b410a8ae4fe0e.txt"))
    assert isinstance(doc, Plan)
    assert str(doc.number) == "4118/KH-SLĐTBXH"
    assert (doc.place, doc.date) == ("Hưng Yên", dt.date(2021, 10, 19))
    assert doc.title == "Thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19"
    assert doc.issuer is None
    assert [w.rule for w in doc.warnings] == ["parse.no-signer"]  # the copy is cut off
    (task,) = [t for t in doc.tasks if t.text.startswith("Chủ trì, phối hợp các phòng")]
    assert task.is_led_by("Phòng Lao động - Việc làm")
    assert [a.name for a in task.coordinators] == ["các phòng, đơn vị liên quan"]
    units = [t for t in doc.tasks if t.text.startswith("Các đơn vị sự nghiệp")]
    assert units[0].deadline is not None
    assert units[0].deadline.date == dt.date(2021, 10, 23)
    (report,) = [r for r in doc.reporting if r.due is not None]
    assert report.due.date == dt.date(2021, 10, 23)
    assert report.recipient.name == "Sở"


def test_seed_002_report_period_and_figures() -> None:
    doc = parse_document(seed("002_1146f5edb4b1bd87.txt"))
    assert isinstance(doc, Report)
    assert doc.doc_type is None  # a web page without a type line: read as a report
    assert "parse.type-inferred" in [w.rule for w in doc.warnings]
    assert str(doc.period) == "Quý I năm 2020"
    metrics = [m for r in doc.results for m in r.metrics]
    by_value = {(m.value, m.unit): m for m in metrics}
    assert (Decimal("1080"), "văn bản") in by_value
    assert (Decimal("2607"), "người") in by_value
    assert (Decimal("864"), "người") in by_value
    money = by_value[(Decimal("13.302"), "tỷ đồng")]
    assert money.label == "tổng số tiền"
    assert by_value[(Decimal("1080"), "văn bản")].label == "Ban hành"
    assert doc.results[0].title == "Công tác tham mưu, ban hành văn bản"


def test_seed_001_news_page_is_a_generic_document() -> None:
    doc = parse_document(seed("001_ddbfe773a1dbea12.txt"))
    assert type(doc) is Document
    assert doc.doc_type is None
    assert doc.number is None
    rules = [w.rule for w in doc.warnings]
    assert "parse.no-header" in rules
    assert "parse.unknown-type" in rules


def test_seed_004_directive_summary() -> None:
    doc = parse_document(seed("004_fc673d80f5be1e92.txt"))
    assert type(doc) is Document
    hits = [r for r in doc.reporting if r.recipient is not None]
    assert [r.recipient.name for r in hits] == ["Sở Y tế"]


# --- type traps and drafts (corpus) -----------------------------------------------------------


@pytest.mark.parametrize(("doc_id", "doc_type", "model"), [
    ("032", "Thông báo", Document),  # its trích yếu contains "BÁO CÁO"
    ("040", "Thông báo", Document),  # its trích yếu starts "KẾ HOẠCH"
    ("031", "Công văn", Document),  # a công văn that reports
    ("037", "Quy định", Document),  # 383-QĐ/TW: "QĐ" is a Party Quy định here
    ("038", "Hướng dẫn liên ngành", Document),
    ("012", "Báo cáo", Report),
    ("007", "Kế hoạch", Plan),
])
def test_type_comes_from_the_type_line(doc_id: str, doc_type: str, model: type) -> None:
    doc = parse_document(corpus(doc_id))
    assert doc.doc_type == doc_type
    assert type(doc) is model


def test_draft_keeps_blank_number_and_date() -> None:
    doc = parse_document(corpus("007"))
    assert doc.number is None
    assert doc.number_text == "/KH-UBND"
    assert doc.date is None
    assert doc.date_text == "ngày tháng năm 2026"
    assert doc.place == "Lào Cai"
    assert {"parse.blank-number", "parse.blank-date"} <= {w.rule for w in doc.warnings}


def test_joint_document_lists_every_issuer() -> None:
    doc = parse_document(corpus("038"))
    names = [doc.issuer.name] + [a.name for a in doc.co_issuers] if doc.issuer else []
    assert names[:3] == ["BỘ CÔNG AN", "BỘ QUỐC PHÒNG", "BỘ Y TẾ"]
    assert len(names) == 7


def test_corpus_task_table_rows() -> None:
    doc = parse_document(corpus("007"))
    first = next(t for t in doc.tasks if t.text.startswith("Tổ chức quán triệt sâu rộng"))
    assert first.label == "1"
    assert [a.name for a in first.lead] == ["Các Sở, ban, ngành", "UBND các xã, phường"]
    assert first.deadline_text == "Xong trong Quý II/2026"
    assert first.deadline is not None
    assert first.deadline.kind is DeadlineKind.PERIOD
    assert str(first.deadline.period) == "Quý II năm 2026"


# --- small documents, table-driven --------------------------------------------------------

HEADER = ("ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "TỈNH LÀO CAI                     Độc lập - Tự do - Hạnh phúc\n")

CASES: list[tuple[str, dict[str, object]]] = [
    (HEADER + "Số: 05/KH-UBND                 Lào Cai, ngày 05 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
     "Triển khai công tác năm 2026\n\nI. NHIỆM VỤ\n1. Giao Sở Tài chính bố trí kinh phí.\n",
     {"kind": "plan", "number": "05/KH-UBND", "date": dt.date(2026, 3, 5),
      "issuer": "ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "title": "Triển khai công tác năm 2026",
      "period": "năm 2026", "leads": [["Sở Tài chính"]]}),
    (HEADER + "Số: 3954/UBND-VX                Lào Cai, ngày 20 tháng 11 năm 2025\n"
     "V/v triển khai Kế hoạch\n\nKính gửi: Sở Y tế\n\nĐề nghị Sở Y tế báo cáo kết quả về "
     "UBND tỉnh trước ngày 15/12/2025.\n",
     {"kind": "document", "doc_type": "Công văn", "number": "3954/UBND-VX",
      "title": "V/v triển khai Kế hoạch", "recipients": [("Sở Y tế", True)],
      "leads": [["Sở Y tế"]], "due": dt.date(2025, 12, 15)}),
    (HEADER + "Số:      /BC-UBND               Lào Cai, ngày      tháng 6 năm 2026\n\nBÁO CÁO\n"
     "Kết quả công tác 6 tháng đầu năm 2026\n\n1. Hỗ trợ 25 doanh nghiệp, đạt 50% kế hoạch.\n",
     {"kind": "report", "number": None, "date": None, "period": "6 tháng đầu năm 2026",
      "rules": ["parse.blank-number", "parse.blank-date", "parse.no-signer"],
      "metric": ("25", "doanh nghiệp", "50", "kế hoạch")}),
    ("HỎA TỐC\n" + HEADER + "Số: 12/CĐ-UBND                 Lào Cai, ngày 01/7/2026\n\n"
     "CÔNG ĐIỆN\nVề ứng phó mưa lũ\n",
     {"kind": "document", "doc_type": "Công điện", "urgency": "express",
      "date": dt.date(2026, 7, 1)}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_small_documents(text: str, expected: dict[str, object]) -> None:
    doc = parse_document(text)
    assert doc.kind == expected["kind"]
    if "number" in expected:
        assert (str(doc.number) if doc.number else None) == expected["number"]
    if "doc_type" in expected:
        assert doc.doc_type == expected["doc_type"]
    if "date" in expected:
        assert doc.date == expected["date"]
    if "issuer" in expected:
        assert doc.issuer is not None
        assert doc.issuer.name == expected["issuer"]
    if "title" in expected:
        assert doc.title == expected["title"]
    if "period" in expected:
        assert str(getattr(doc, "period", None)) == expected["period"]
    if "urgency" in expected:
        assert doc.urgency.value == expected["urgency"]
    if "leads" in expected:
        assert [[a.name for a in t.lead] for t in doc.tasks] == expected["leads"]
    if "recipients" in expected:
        assert [(r.name, r.addressed) for r in doc.recipients] == expected["recipients"]
    if "due" in expected:
        assert [r.due.date for r in doc.reporting if r.due] == [expected["due"]]
    if "rules" in expected:
        assert [w.rule for w in doc.warnings] == expected["rules"]
    if "metric" in expected:
        assert isinstance(doc, Report)
        (m,) = [m for r in doc.results for m in r.metrics]
        value, unit, ratio, basis = expected["metric"]  # type: ignore[misc]
        assert (str(m.value), m.unit, str(m.ratio), m.ratio_basis) == (value, unit, ratio,
                                                                        basis)


# --- warnings, strict mode, limits ----------------------------------------------------------


def test_every_warning_rule_is_documented() -> None:
    for path in sorted((CORPUS / "docs").glob("*.txt")):
        for warning in parse_document(path.read_text("utf-8")).warnings:
            assert warning.rule in RULES
            assert warning.severity is RULES[warning.rule]


def test_strict_raises_at_the_first_problem_with_line_and_column() -> None:
    text = HEADER + "Số:      /KH-UBND               Lào Cai, ngày      tháng 6 năm 2026\n"
    with pytest.raises(ParseError) as info:
        parse_document(text + "\nKẾ HOẠCH\nDự thảo\n", strict=True)
    error = info.value
    assert error.message.startswith("parse.blank-number")
    # the blank number "/KH-UBND" starts after "Số:" and six spaces
    assert (error.line, error.column) == (3, 10)


def test_strict_accepts_a_clean_document(plan_800: Plan) -> None:
    doc = parse_document(BUNDLED.read_text("utf-8"), strict=True)
    assert doc.model_dump(exclude={"source"}) == plan_800.model_dump(exclude={"source"})


def test_input_too_large() -> None:
    with pytest.raises(InputTooLarge):
        parse_document("x" * (MAX_INPUT_CHARS + 1))


@pytest.mark.parametrize("bad", [b"bytes", None, 12, ["list"]])
def test_not_text_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        parse_document(bad)  # type: ignore[arg-type]


def test_control_characters_do_not_reach_the_model() -> None:
    text = (HEADER + "Số: 05/KH-UBND   Lào Cai, ngày 05/3/2026\n\fKẾ HOẠCH\nA\x0bB\n"
            "1. Nội\x00dung.\n")
    doc = parse_document(text)
    dumped = vnplan.to_json(doc)
    assert "\\f" not in dumped
    assert "\\u0000" not in dumped
    assert "\\u000b" not in dumped
    assert vnplan.from_json(dumped) == doc
    assert vnplan.from_xml(vnplan.to_xml(doc)) == doc


def test_nfd_input_is_read_as_nfc() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", HEADER + "Số: 05/KH-UBND   Lào Cai, ngày 05/3/2026\n"
                                 "\nKẾ HOẠCH\nTriển khai\n")
    doc = parse_document(text)
    assert doc.issuer is not None
    assert doc.issuer.name == "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"
    assert doc.doc_type == "Kế hoạch"


def test_source_may_be_a_source_model() -> None:
    source = vnplan.Source(uri="a.txt", format="text")
    assert parse_document("Nội dung.", source=source).source == source
    with pytest.raises(TypeError):
        parse_document("Nội dung.", source=42)  # type: ignore[arg-type]


def test_json_of_a_parsed_plan_has_the_integrator_fields(plan_800: Plan) -> None:
    data = json.loads(vnplan.to_json(plan_800))
    assert data["kind"] == "plan"
    assert data["number"] == "800/KH-UBND"
    assert data["date"] == "2021-12-23"
    assert data["date_text"] == "ngày 23 tháng 12 năm 2021"
    assert data["signer"]["name"] == "Lê Văn Phước"
    assert data["provenance"]["number"]["start"] < data["provenance"]["number"]["end"]


@pytest.mark.parametrize(("printed", "expected"), [
    ("II /2026/QĐ-UBND", "11/2026/QĐ-UBND"),  # OCR of "11" (corpus 020)
    ("O5/KH-UBND", "05/KH-UBND"),
])
def test_ocr_letters_in_the_number_are_read_as_digits(printed: str, expected: str) -> None:
    doc = parse_document(HEADER + f"Số: {printed}          Lào Cai, ngày 05/3/2026\n\nQUYẾT ĐỊNH\n"
                         "Về việc X\n")
    assert str(doc.number) == expected
    assert doc.number_text == printed
    assert [w.rule for w in doc.warnings if w.rule.endswith("number")] == ["parse.ocr-number"]


def test_a_number_that_is_no_number_is_kept_as_printed() -> None:
    doc = parse_document(HEADER + "Số: IV/KH-UBND      Lào Cai, ngày 05/3/2026\n\nKẾ HOẠCH\nX\n")
    assert doc.number is None
    assert doc.number_text == "IV/KH-UBND"
    assert "parse.unparsed-number" in [w.rule for w in doc.warnings]


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\x0b", "\u2028"])
def test_any_line_break(newline: str) -> None:
    text = BUNDLED.read_text("utf-8").replace("\n", newline)
    doc = parse_document(text)
    assert str(doc.number) == "800/KH-UBND"
    assert doc.date == dt.date(2021, 12, 23)
    assert doc.signer is not None
    assert doc.signer.name == "Lê Văn Phước"
    assert len([t for t in doc.tasks if t.text in {title for title, _ in SECTOR_LEADS}]) == 11


def test_ocr_repaired_issuer_is_reported_with_the_printed_text() -> None:
    text = ("UỶ BAN NHÂN DÃN               CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "THÀNH PHÓ ĐÀ NẴNG                   Độc lập - Tự do - Hạnh phúc\n"
            "Số: 125/KH-UBND                  Đà Nẵng, ngày 12 tháng 3 năm 2019\n\n"
            "KẾ HOẠCH\nPhòng chống thiên tai năm 2019\n\nI. MỤC ĐÍCH\n1. Bảo đảm an toàn.")
    doc = parse_document(text)
    assert doc.issuer is not None
    assert doc.issuer.name == "UỶ BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG"
    span = doc.provenance["issuer"]
    assert text[span.start:span.end].startswith("UỶ BAN NHÂN DÃN")
    repairs = [w for w in doc.warnings if w.rule == "parse.ocr-words"]
    assert len(repairs) == 2  # both issuer lines were damaged
    assert "NHÂN DÃN" in repairs[0].message


def test_clean_issuer_gives_no_ocr_warning() -> None:
    doc = parse_document("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 12/KH-UBND\n"
                         "Hà Tĩnh, ngày 04 tháng 01 năm 2024\nKẾ HOẠCH\nCải cách hành chính")
    assert doc.issuer is not None
    assert doc.issuer.name == "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"
    assert not [w for w in doc.warnings if w.rule == "parse.ocr-words"]


@pytest.mark.parametrize(("number", "title", "doc_type"), [
    # no type line: the type code of the number decides (Decree 30/2020, Phụ lục III)
    ("876/QĐ-UBND", "VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP", "Quyết định"),
    ("15/KH-UBND", "V/v tổ chức ngày hội", "Kế hoạch"),
    # a công văn's number has no type code: issuer abbreviation and unit
    ("99/UBND-VX", "V/v phòng chống dịch", "Công văn"),
    ("2100/SGDĐT-VP", "V/v tổ chức khai giảng", "Công văn"),
])
def test_type_without_a_type_line(number: str, title: str, doc_type: str) -> None:
    doc = parse_document(f"ỦY BAN NHÂN DÂN\nTỈNH LONG AN\nSố: {number}\n"
                         f"Long An, ngày 01 tháng 4 năm 2020\n{title}\n\nKính gửi: Các sở.")
    assert doc.doc_type == doc_type
    assert doc.title == title


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("ngày 05 tháng 3 năm 2O20", dt.date(2020, 3, 5)),  # letter O for the digit 0
        ("ngày 1O tháng 12 năm 2019", dt.date(2019, 12, 10)),
        ("ngày 21 tháng 7 năm 2Ol8", dt.date(2018, 7, 21)),  # l for 1
    ],
)
def test_ocr_letters_in_the_header_date(printed: str, expected: dt.date) -> None:
    text = (f"UBND TỈNH NAM ĐỊNH\nSỞ Y TẾ\nSố: 12/KH-SYT\nNam Định, {printed}\n"
            "KẾ HOẠCH\nPhòng, chống dịch bệnh\n")
    doc = vnplan.parse_document(text)
    assert doc.date == expected
    assert doc.date_text == printed  # the printed form is kept
    assert "parse.ocr-date" in [w.rule for w in doc.warnings]
    with pytest.raises(vnplan.ParseError):
        vnplan.parse_document(text, strict=True)


def test_clean_header_date_gives_no_ocr_warning() -> None:
    doc = vnplan.parse_document("UBND TỈNH NAM ĐỊNH\nSỞ Y TẾ\nSố: 12/KH-SYT\n"
                                "Nam Định, ngày 05 tháng 3 năm 2020\nKẾ HOẠCH\nPhòng dịch\n")
    assert doc.date == dt.date(2020, 3, 5)
    assert "parse.ocr-date" not in [w.rule for w in doc.warnings]


@pytest.mark.parametrize(
    ("issuer", "expected"),
    [
        # "TƯ" printed with a horn: TW (Trung ương) unless a provincial committee issues it
        ("TỈNH ỦY THỪA THIÊN HUẾ", "45-KL/TU"),
        ("THÀNH ỦY HẢI PHÒNG", "45-KL/TU"),
        ("BAN CHẤP HÀNH TRUNG ƯƠNG", "45-KL/TW"),
    ],
)
def test_party_header_number_tu_with_horn(issuer: str, expected: str) -> None:
    text = (f"ĐẢNG BỘ TỈNH X\n{issuer}\n*\nSố 45-KL/TƯ\nHuế, ngày 12 tháng 3 năm 2019\n"
            "ĐẢNG CỘNG SẢN VIỆT NAM\nKẾT LUẬN\ncủa Ban Thường vụ về công tác cán bộ\n")
    doc = vnplan.parse_document(text)
    assert str(doc.number) == expected


@pytest.mark.parametrize(
    "label", ["Số12-NQ/TU", "SỐ12-NQ/TU", "Số: 12-NQ/TU", "SỐ: 12-NQ/TU", "Số 12-NQ/TU"])
def test_number_label_glued_or_with_colon(label: str) -> None:
    text = (f"ĐẢNG BỘ TỈNH NGHỆ AN\nTỈNH ỦY\n*\n{label}\nVinh, ngày 12 tháng 3 năm 2019\n"
            "ĐẢNG CỘNG SẢN VIỆT NAM\nNGHỊ QUYẾT\nvề công tác cán bộ\n")
    assert str(vnplan.parse_document(text).number) == "12-NQ/TU"


def test_capital_so_before_a_word_is_not_a_number_label() -> None:
    # "SỐ" that does not precede digits and a notation is a word of the title
    text = ("BỘ THÔNG TIN VÀ TRUYỀN THÔNG\nSố: 15/KH-BTTTT\nHà Nội, ngày 02 tháng 3 năm 2023\n"
            "KẾ HOẠCH\nCHUYỂN ĐỔI SỐ NĂM 2023\n")
    doc = vnplan.parse_document(text)
    assert str(doc.number) == "15/KH-BTTTT"
    assert doc.title == "CHUYỂN ĐỔI SỐ NĂM 2023"
