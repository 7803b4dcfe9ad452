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


if __name__ == "__main__":
    main()
