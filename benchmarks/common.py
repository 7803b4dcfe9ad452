"""Shared measuring helpers for the benchmark modules."""

from __future__ import annotations

import statistics
import time
import timeit
from collections.abc import Callable
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
CORPUS_DOCS = ROOT.parent / "shared" / "corpus" / "docs"
BUNDLED_PLAN = ROOT / "examples" / "data" / "800-KH-UBND-an-giang-2021.txt"


@attrs.frozen
class Row:
    """One line of a benchmark table: a measure and the baseline run beside it."""

    name: str
    value: float
    unit: str
    baseline: str = ""
    baseline_value: float = 0.0


def per_second(fn: Callable[[], object], number: int = 1000, repeat: int = 7) -> float:
    """Median calls per second of ``fn`` over ``repeat`` batches of ``number`` calls."""
    fn()  # warm caches and lazy imports outside the timing
    times = timeit.repeat(fn, number=number, repeat=repeat)
    return number / statistics.median(times)


def megabytes_per_second(fn: Callable[[str], object], text: str, repeat: int = 5) -> float:
    """Median throughput of ``fn(text)`` in MB (UTF-8) per second."""
    fn(text)
    size = len(text.encode("utf-8")) / 1e6
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn(text)
        times.append(time.perf_counter() - start)
    return size / statistics.median(times)


def seed_texts() -> list[str]:
    """The real seed documents, or the bundled plan when ../shared is absent."""
    if SEEDS.is_dir():
        return [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return [BUNDLED_PLAN.read_text("utf-8")]
