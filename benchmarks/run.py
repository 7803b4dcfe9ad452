"""Print vnplan's benchmark tables. Run with ``make bench``.

Each figure is a median over repeated runs and is shown next to a stdlib
baseline measured in the same run, because the machines are small and noisy.
"""

from __future__ import annotations

import statistics
import timeit
import unicodedata
from collections.abc import Callable
from pathlib import Path

import vnplan

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


def per_second(fn: Callable[[], object], number: int = 2000, repeat: int = 7) -> float:
    """Median calls per second of ``fn``."""
    times = timeit.repeat(fn, number=number, repeat=repeat)
    return number / statistics.median(times)


def main() -> None:
    sample = (ROOT / "examples" / "data" / "800-KH-UBND-an-giang-2021.txt").read_text("utf-8")
    rows = [
        ("normalize(seed 003)", per_second(lambda: vnplan.normalize(sample), 200)),
        ("unicodedata.normalize NFC (baseline)",
         per_second(lambda: unicodedata.normalize("NFC", sample), 200)),
    ]
    print(f"{'operation':<45} {'ops/s':>12}")
    for name, rate in rows:
        print(f"{name:<45} {rate:>12,.0f}")


if __name__ == "__main__":
    main()
