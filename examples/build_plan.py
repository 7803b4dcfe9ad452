"""Build a small plan in code, check it against the conventions, and write it out.

For developers of agency apps: the model is typed, validates Vietnamese conventions
and travels as JSON, XML and edXML. Run: ``.venv/bin/python examples/build_plan.py``.
"""

from __future__ import annotations

import datetime as dt

import vnplan


def build() -> vnplan.Plan:
    """A kế hoạch with one task and one monthly reporting requirement."""
    ubnd = vnplan.Agency.from_name("Ủy ban nhân dân tỉnh An Giang")
    return vnplan.Plan(
        number_text="800/KH-UBND",
        doc_type="Kế hoạch",
        issuer=ubnd,
        place="An Giang",
        date=dt.date(2021, 12, 23),
        title="Đảm bảo an sinh xã hội cho người dân trong điều kiện phòng, chống dịch Covid-19",
        tasks=[
            vnplan.Task(
                text="Chi trả trợ cấp người có công đúng, đủ, kịp thời.",
                lead=[vnplan.Agency.from_name("Sở Lao động - Thương binh và Xã hội")],
                coordinators=[vnplan.Agency.from_name("Sở Tài chính")],
                deadline=vnplan.Deadline.parse("trước ngày 31/12/2021"),
            )
        ],
        reporting=[
            vnplan.ReportingRequirement(
                text="Báo cáo định kỳ hằng tháng (trước ngày 15 hằng tháng).",
                recipient=ubnd,
                cycle=vnplan.ReportingCycle.parse("hằng tháng, trước ngày 15"),
            )
        ],
        signer=vnplan.Signer(
            authority="TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH",
            position="PHÓ CHỦ TỊCH",
            name="Lê Văn Phước",
        ),
    )


def main() -> None:
    plan = build()
    findings = plan.check()
    print(f"{plan.number} — {len(findings)} convention finding(s)")
    for finding in findings:
        print(f"  {finding}")
    for label, data in [
        ("JSON", vnplan.to_json(plan).encode("utf-8")),
        ("XML", vnplan.to_xml(plan)),
        ("edXML", vnplan.to_edxml(plan)),
    ]:
        print(f"{label}: {len(data):,} bytes")
    assert vnplan.from_json(vnplan.to_json(plan)) == plan
    assert vnplan.from_xml(vnplan.to_xml(plan)) == plan
    print("JSON and XML read back equal.")


if __name__ == "__main__":
    main()
