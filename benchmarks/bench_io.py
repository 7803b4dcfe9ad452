"""Serializers: JSON, XML, edXML of a plan like 800/KH-UBND; time to refuse hostile XML

JSON, XML and edXML rates are beside pydantic's own JSON in the same run; each hostile
input is timed (median of 5) through from_edxml, beside from_xml.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import statistics
import time
import timeit
from collections.abc import Callable

from common import BUNDLED_PLAN, Row

import vnplan
from vnplan.agencies import OrganId
from vnplan.errors import VnplanError
from vnplan.model import (
    Agency,
    Citation,
    Plan,
    Recipient,
    ReportingRequirement,
    Section,
    Signer,
    Span,
    Task,
)

_LABEL = re.compile(r"^(?:[IVX]{1,4}\.|[0-9]{1,2}\.|[a-zđ]\)|-) ")
_LEVEL = {"roman": 0, "numbered": 1, "letter": 2, "dash": 3}
_CITED = re.compile(r"(?:số )?([0-9]{2,5}[-/][A-ZĐa-zđ/-]{2,20}[A-ZĐa-zđ])")


def _paragraphs(text: str) -> list[tuple[str, int, int]]:
    """Join hard-wrapped lines into paragraphs, with their offsets."""
    out: list[tuple[str, int, int]] = []
    current: list[str] = []
    start = offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped in ("", "|") or set(stripped) <= {"-"}:
            offset += len(line)
            continue
        if current and _LABEL.match(stripped):
            out.append((" ".join(current), start, offset))
            current = []
        if not current:
            start = offset
        current.append(stripped)
        offset += len(line)
        short_heading = _LABEL.match(" ".join(current)) is not None and len(stripped) < 30
        if stripped.endswith((".", ":", ";")) or short_heading or stripped.isupper():
            out.append((" ".join(current), start, offset))
            current = []
    if current:
        out.append((" ".join(current), start, offset))
    return out


def benchmark_plan() -> Plan:
    """The bundled 800/KH-UBND plan as a model: its body as a section tree, 50 tasks."""
    text = vnplan.normalize(BUNDLED_PLAN.read_text("utf-8"))
    paragraphs = _paragraphs(text)
    body_start = next(i for i, p in enumerate(paragraphs) if p[0].startswith("I. "))
    roots: list[Section] = []
    stack: list[tuple[int, Section]] = []
    sector_tasks: list[Task] = []
    tasks: list[Task] = []
    citations: dict[str, Citation] = {}
    for paragraph, start, end in paragraphs[body_start:]:
        if paragraph.startswith(("TM. ", "Nơi nhận")):
            break
        for match in _CITED.finditer(paragraph):
            number = match.group(1)
            citations.setdefault(number, Citation(
                number=number, text=match.group(0),
                span=Span(start=start + match.start(), end=start + match.end())))
        label_match = _LABEL.match(paragraph)
        if label_match is None:
            if stack:
                stack[-1][1].paragraphs.append(paragraph)
            if stack and stack[-1][1].title in ("Nhiệm vụ", "Giải pháp"):
                sector_tasks.append(Task(text=paragraph, span=Span(start=start, end=end),
                                         deadline="Năm 2022", deadline_text="Năm 2022"))
            continue
        label = label_match.group(0).strip()
        rest = paragraph[label_match.end():]
        section = Section(label=label, title=rest[:120], span=Span(start=start, end=end))
        level = _LEVEL.get(section.kind.value, 3)
        while stack and stack[-1][0] >= level:
            stack.pop()
        (stack[-1][1].children if stack else roots).append(section)
        stack.append((level, section))
        if rest.startswith("Chủ trì thực hiện:"):
            lead = Agency.from_name(rest.split(":", 1)[1].strip() or "Sở")
            for task in sector_tasks:
                task.lead.append(lead)
                task.coordinators.extend([Agency.from_name("Sở Tài chính"),
                                          Agency.from_name("UBND các huyện, thị xã, thành phố")])
            tasks.extend(sector_tasks)
            sector_tasks = []
    issuer = Agency.from_name("ỦY BAN NHÂN DÂN TỈNH AN GIANG")
    return Plan(
        number_text="800/KH-UBND", doc_type="Kế hoạch", issuer=issuer, place="An Giang",
        date=dt.date(2021, 12, 23),
        title="Đảm bảo an sinh xã hội cho người dân trong điều kiện phòng, chống dịch "
        "Covid-19 trên địa bàn tỉnh An Giang",
        sections=roots, tasks=tasks[:50], citations=list(citations.values()),
        reporting=[ReportingRequirement(
            text="báo cáo định kỳ hàng tháng (trước ngày 15 hàng tháng), kết quả thực hiện "
            "về Ủy ban nhân dân tỉnh và Tổ An sinh xã hội", reporters=[issuer],
            recipient=issuer, cycle="hằng tháng, trước ngày 15", frequency_text="hàng tháng",
            due_text="trước ngày 15 hàng tháng")],
        signer=Signer(authority="TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", position="PHÓ CHỦ TỊCH",
                      name="Lê Văn Phước"),
        recipients=[Recipient(name=n) for n in (
            "Văn phòng Chính phủ", "Bộ Lao động - Thương binh và Xã hội", "TT. TU, HĐND tỉnh",
            "Các Sở, Ban, ngành tỉnh", "UBND các huyện, thị xã, thành phố", "Lưu: VT")],
        provenance={"number": Span(start=0, end=10), "date": Span(start=10, end=40)},
    )


def paired_per_second(
    a: Callable[[], object], b: Callable[[], object], number: int = 100, repeat: int = 9
) -> tuple[float, float]:
    """Median calls per second of ``a`` and ``b``, measured in alternating batches.

    The machines are shared and noisy; alternating keeps a slow spell from landing on one
    side of a ratio only.
    """
    a()
    b()
    times_a, times_b = [], []
    for _ in range(repeat):
        times_a.append(timeit.timeit(a, number=number))
        times_b.append(timeit.timeit(b, number=number))
    return number / statistics.median(times_a), number / statistics.median(times_b)


def _hostile_inputs() -> dict[str, bytes]:
    """The attacks of tests/test_safexml.py, at full size."""
    laughs = (
        b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
        + b"".join(
            b' <!ENTITY lol%d "%s">\n' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
            for i in range(1, 10)
        )
        + b"]>\n<lolz>&lol9;</lolz>"
    )
    return {
        "billion laughs": laughs,
        "quadratic blowup (100 kB x 20,000)": (
            b'<!DOCTYPE q [<!ENTITY a "' + b"x" * 100_000 + b'">]><q>' + b"&a;" * 20_000
            + b"</q>"),
        "external entity, file": (
            b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'),
        "external entity, network": (
            b'<!DOCTYPE x [<!ENTITY e SYSTEM "http://127.0.0.1:9/e">]><x>&e;</x>'),
        "DOCTYPE after a 1 MB comment": (
            b"<!--" + b"c" * 1_000_000 + b'--><!DOCTYPE x SYSTEM "http://127.0.0.1:9/x"><x/>'),
        "DOCTYPE in UTF-16": "<!DOCTYPE x [<!ENTITY e 'x'>]><x>&e;</x>".encode("utf-16"),
        "100,000-deep nesting": b"<a>" * 100_000 + b"</a>" * 100_000,
        "1 MB binary garbage": random.Random(1).randbytes(1_000_000),
        "1 MB of '<a>'": b"<a>" * 333_333,
    }


def _seconds_to_refuse(read: Callable[[bytes], object], data: bytes, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        try:
            read(data)
        except VnplanError:
            times.append(time.perf_counter() - start)
        else:
            raise AssertionError("a hostile input was accepted")
    return statistics.median(times)


def exchanged_plan() -> Plan:
    """The benchmark plan with identifiers, as it is sent by edXML."""
    plan = benchmark_plan()
    issuer = plan.issuer.model_copy(update={"organ_id": OrganId.parse("000.00.00.H01")})
    recipients = [r.model_copy(update={"organ_id": OrganId.parse(f"000.00.00.G{i + 10:02d}")})
                  if i < 3 else r for i, r in enumerate(plan.recipients)]
    return plan.model_copy(update={"issuer": issuer, "recipients": recipients})


def run() -> list[Row]:
    plan = benchmark_plan()
    as_json = plan.model_dump_json()
    as_xml = vnplan.to_xml(plan)
    assert vnplan.from_xml(as_xml) == plan
    assert vnplan.from_json(as_json) == plan
    n = 50

    def pydantic_round_trip() -> object:
        return Plan.model_validate_json(plan.model_dump_json())

    def xml_round_trip() -> object:
        return vnplan.from_xml(vnplan.to_xml(plan))

    def json_round_trip() -> object:
        return vnplan.from_json(vnplan.to_json(plan))

    size = f"{len(plan.tasks)} tasks, {len(as_json) // 1000} kB JSON"
    to_json, dump = paired_per_second(lambda: vnplan.to_json(plan), plan.model_dump_json, n)
    from_json, load = paired_per_second(
        lambda: vnplan.from_json(as_json), lambda: Plan.model_validate_json(as_json), n
    )
    to_xml, dump2 = paired_per_second(lambda: vnplan.to_xml(plan), plan.model_dump_json, n)
    from_xml, load2 = paired_per_second(
        lambda: vnplan.from_xml(as_xml), lambda: Plan.model_validate_json(as_json), n
    )
    json_rt, both = paired_per_second(json_round_trip, pydantic_round_trip, n)
    xml_rt, both2 = paired_per_second(xml_round_trip, pydantic_round_trip, n)
    sent = exchanged_plan()
    as_edxml = vnplan.to_edxml(sent, sent_at=dt.datetime(2021, 12, 23, 16, 5))
    back = vnplan.from_edxml(as_edxml)
    assert back.issuer is not None
    assert sent.issuer is not None
    assert (back.number, back.issuer.organ_id, back.signer, len(back.recipients)) == (
        sent.number, sent.issuer.organ_id, sent.signer, len(sent.recipients))
    # edXML carries the header only: compare with vnplan XML of the same header.
    header = sent.model_copy(update={"sections": [], "tasks": [], "citations": [],
                                     "reporting": [], "provenance": {}})
    header_xml = vnplan.to_xml(header)
    to_edxml, dump3 = paired_per_second(
        lambda: vnplan.to_edxml(sent, sent_at=dt.datetime(2021, 12, 23)),
        lambda: vnplan.to_xml(header), n)
    from_edxml, load3 = paired_per_second(
        lambda: vnplan.from_edxml(as_edxml), lambda: vnplan.from_xml(header_xml), n)
    hostile = [
        Row(f"refuse: {name}", _seconds_to_refuse(vnplan.from_edxml, data) * 1e6, "µs",
            "from_xml", _seconds_to_refuse(vnplan.from_xml, data) * 1e6)
        for name, data in _hostile_inputs().items()
    ]
    return [
        Row(f"to_json ({size})", to_json, "doc/s", "pydantic model_dump_json", dump),
        Row("from_json", from_json, "doc/s", "pydantic model_validate_json", load),
        Row("to_xml", to_xml, "doc/s", "pydantic model_dump_json", dump2),
        Row("from_xml", from_xml, "doc/s", "pydantic model_validate_json", load2),
        Row("JSON round trip (to_json + from_json)", json_rt, "doc/s",
            "pydantic JSON round trip", both),
        Row("XML round trip (to_xml + from_xml)", xml_rt, "doc/s",
            "pydantic JSON round trip", both2),
        Row(f"to_edxml (header only, {len(as_edxml) // 1000} kB)", to_edxml, "doc/s",
            "to_xml of the same header", dump3),
        Row("from_edxml", from_edxml, "doc/s", "from_xml of the same header", load3),
        *hostile,
    ]
