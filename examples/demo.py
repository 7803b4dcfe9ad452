"""Demo: show the header of the bundled real plan, normalised.

Run with ``make demo``. This grows with the library: each capability that lands
adds its part to what the demo prints.
"""

from __future__ import annotations

from pathlib import Path

import vnplan

DATA = Path(__file__).resolve().parent / "data" / "800-KH-UBND-an-giang-2021.txt"


def main() -> None:
    text = vnplan.normalize(DATA.read_text(encoding="utf-8"))
    print(f"vnplan {vnplan.__version__}: {DATA.name}, {len(text):,} characters")
    for line in text.splitlines()[:16]:
        print("  " + line)
    show_dates_and_figures(text)


def show_dates_and_figures(text: str) -> None:
    """Place and date of issue, then the dates, periods and figures the plan mentions."""
    start = text.index("An Giang, ngày")
    place, issued = vnplan.parse_place_date(text[start : text.index("2021", start) + 4])
    print(f"\nIssued in {place} on {issued} ({vnplan.format_date(issued)})")
    dates = list(vnplan.find_dates(text, default_year=issued.year))
    periods = [m for m in vnplan.find_periods(text, default_year=issued.year) if m.period]
    amounts = list(vnplan.find_amounts(text))
    print(f"{len(dates)} dates, {len(periods)} periods, {len(amounts)} figures, e.g.:")
    for m in (*dates[:2], *periods[:2], *amounts[:2]):
        print(f"  {m.start:>6}  {' '.join(m.text.split())}")


if __name__ == "__main__":
    main()
