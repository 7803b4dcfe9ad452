"""Demo: parse the bundled real plan 800/KH-UBND and show what the parser found.

Run with ``make demo``. It runs :func:`vnplan.parse_document` on
``examples/data/800-KH-UBND-an-giang-2021.txt`` (a plain-text copy of the An Giang
plan of 23/12/2021), prints a summary — number, issuer, date, title, signer, each task
with its lead agency and deadline, the reporting requirements — and writes the whole
document as JSON to ``out/800-KH-UBND.json``. Everything printed comes from the parsed
document; nothing is filled in by hand.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import vnplan

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "800-KH-UBND-an-giang-2021.txt"
OUT = HERE.parent / "out" / "800-KH-UBND.json"


def _short(text: str, width: int = 70) -> str:
    return textwrap.shorten(text, width=width, placeholder=" …")


def _names(agencies: list[vnplan.Agency]) -> str:
    return "; ".join(a.name for a in agencies) or "—"


def main() -> None:
    text = DATA.read_text(encoding="utf-8")
    doc = vnplan.parse_document(text, source=str(DATA.relative_to(HERE.parent)))
    print(f"vnplan {vnplan.__version__}: {DATA.name}, {len(text):,} characters "
          f"→ {type(doc).__name__}\n")

    print(f"Số:        {doc.number or doc.number_text or '—'}")
    print(f"Loại:      {doc.doc_type or '—'}")
    print(f"Cơ quan:   {doc.issuer.name if doc.issuer else '—'}")
    date = vnplan.format_date(doc.date) if doc.date else doc.date_text or "—"
    print(f"Nơi, ngày: {doc.place or '—'}, {date}")
    print("Trích yếu: " + textwrap.fill(doc.title or "—", width=88,
                                        subsequent_indent=" " * 11))
    if doc.signer is not None:
        print(f"Người ký:  {doc.signer.authority or ''} / {doc.signer.position or ''} / "
              f"{doc.signer.name or ''}")

    print(f"\nNhiệm vụ ({len(doc.tasks)}):")
    for task in doc.tasks:
        label = f"{task.label} " if task.label else ""
        print(f"  {label}{_short(task.text)}")
        print(f"      chủ trì: {_names(task.lead)}")
        if task.coordinators:
            print(f"      phối hợp: {_short(_names(task.coordinators), 80)}")
        if task.deadline_text:
            meaning = f" → {task.deadline}" if task.deadline and str(task.deadline) != \
                task.deadline_text else ""
            print(f"      thời hạn: {task.deadline_text}{meaning}")

    print(f"\nBáo cáo ({len(doc.reporting)}):")
    for req in doc.reporting:
        to = [a.name for a in ([req.recipient] if req.recipient else []) + req.co_recipients]
        cycle = f"{req.cycle}" if req.cycle else (req.due_text or "—")
        print(f"  {_short(req.text, 80)}")
        print(f"      chu kỳ: {cycle}; gửi: {'; '.join(to) or '—'}")

    if doc.warnings:
        print("\nCảnh báo:")
        for warning in doc.warnings:
            print(f"  {warning}")

    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(vnplan.to_json(doc, indent=2) + "\n", encoding="utf-8")
    shown = OUT.relative_to(HERE.parent) if OUT.is_relative_to(HERE.parent) else OUT
    print(f"\nJSON ({OUT.stat().st_size:,} bytes) written to {shown}")


if __name__ == "__main__":
    main()
