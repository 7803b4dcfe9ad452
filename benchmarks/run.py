"""Print vnplan's benchmark tables. Run with ``make bench`` (or ``python benchmarks/run.py NAME``).

Every ``benchmarks/bench_*.py`` module exposes ``run() -> list[Row]``. Each row is a
median over repeated runs, shown next to a baseline measured in the same run, because
the machines are small and noisy: compare ratios, not absolute figures.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import Row  # noqa: E402


def render(title: str, rows: list[Row]) -> str:
    out = [f"\n## {title}", "",
           f"| {'measure':<44} | {'value':>14} | {'baseline':<38} | {'value':>14} | {'ratio':>6} |",
           f"|{'-' * 46}|{'-' * 16}|{'-' * 40}|{'-' * 16}|{'-' * 8}|"]
    for r in rows:
        base = r.baseline_value
        ratio = f"{r.value / base:.2f}" if base else ""
        out.append(
            f"| {r.name:<44} | {r.value:>10,.1f} {r.unit:<3} | {r.baseline:<38} | "
            f"{(f'{base:>10,.1f} {r.unit:<3}' if base else ''):>14} | {ratio:>6} |"
        )
    return "\n".join(out)


def main(argv: list[str]) -> None:
    wanted = set(argv)
    for path in sorted(HERE.glob("bench_*.py")):
        name = path.stem.removeprefix("bench_")
        if wanted and name not in wanted:
            continue
        module = importlib.import_module(path.stem)
        print(render(module.__doc__.strip().splitlines()[0] if module.__doc__ else name,
                     module.run()), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
