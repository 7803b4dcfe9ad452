"""Convert a folder of legacy text files into JSON Lines, never losing a record.

For integrators: every input gives one line — the parsed document, or an error record
saying what went wrong — and warnings travel inside each document.

Run: ``.venv/bin/python examples/convert_archive.py [FOLDER] [OUT.jsonl]`` (defaults: the
bundled ``examples/data`` folder and ``out/archive.jsonl``).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import vnplan

HERE = Path(__file__).resolve().parent


def convert(folder: Path, out: Path) -> Counter[str]:
    """Write one JSON line per ``*.txt`` file of ``folder``; count what happened."""
    counts: Counter[str] = Counter()
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as sink:
        for path in sorted(folder.glob("*.txt")):
            try:
                doc = vnplan.parse_document(path.read_text("utf-8"), source=str(path))
            except (vnplan.VnplanError, OSError, UnicodeDecodeError) as error:
                record = {"kind": "error", "source": str(path), "message": str(error)}
                sink.write(json.dumps(record, ensure_ascii=False) + "\n")
                counts["error"] += 1
                continue
            sink.write(vnplan.to_json(doc) + "\n")
            counts[doc.kind] += 1
            counts["warnings"] += len(doc.warnings)
    return counts


def main(argv: list[str]) -> None:
    folder = Path(argv[0]) if argv else HERE / "data"
    out = Path(argv[1]) if len(argv) > 1 else Path("out") / "archive.jsonl"
    counts = convert(folder, out)
    summary = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))
    print(f"{folder} → {out}: {summary}")


if __name__ == "__main__":
    main(sys.argv[1:])
