"""Document numbers: DocumentNumber.parse against uuid.UUID(str), finder throughput

Rates are per single call. Issue 2 asks parse to cost at most 5x uuid.UUID(str) in
the same run (ratio column >= 0.20), with 2x (ratio >= 0.50) as the goal.
"""

from __future__ import annotations

import json
import re
import uuid

from common import ROOT, Row, megabytes_per_second, per_second, seed_texts

import vnplan
from vnplan import numbering

CORPUS_TRUTH = ROOT.parent / "shared" / "corpus" / "truth.jsonl"
FALLBACK = ["800/KH-UBND", "643/UBND-KGVX", "23/2021/QĐ-TTg", "80/2015/QH13", "12-NQ/TU",
            "1147-QĐ/BTGDVTW", "5155/SGDĐT-GDTXNNĐH", "37/2015/TTLT-BYT-BNV"]  # fmt: skip


def corpus_numbers() -> list[str]:
    """Every annotated number of the corpus that is in the four families."""
    if not CORPUS_TRUTH.is_file():
        return FALLBACK * 40
    found = []
    for line in CORPUS_TRUTH.read_text("utf-8").splitlines():
        for c in json.loads(line)["citations"]:
            if c["number"] and vnplan.DocumentNumber.is_valid(c["number"]):
                found.append(c["number"])
    return found


def _rate(texts: list[str], parse: object) -> float:
    fn = parse  # a callable taking one string

    def batch() -> None:
        for t in texts:
            fn(t)  # type: ignore[operator]

    return per_second(batch, number=20) * len(texts)


def run() -> list[Row]:
    numbers = corpus_numbers()
    uuids = [str(uuid.uuid4()) for _ in numbers]
    # Every notation new: no help from the notation cache.
    fresh = [f"{i:02d}/KH-UBNDX{i}" for i in range(1, len(numbers) + 1)]
    messy = [f"Số: {n.replace('/', ' / ')}" for n in numbers]
    uuid_rate = _rate(uuids, uuid.UUID)

    def parse_fresh() -> None:
        numbering._NOTATIONS.clear()
        for t in fresh:
            vnplan.DocumentNumber.parse(t)

    fresh_rate = per_second(parse_fresh, number=20) * len(fresh)
    text = "\n".join(seed_texts())
    naive = re.compile(r"[0-9]{1,9}/[A-ZĐ]{1,10}-[A-ZĐ]{1,10}")
    return [
        Row(f"parse, {len(numbers)} corpus numbers", _rate(numbers, vnplan.DocumentNumber.parse),
            "/s", "uuid.UUID(str)", uuid_rate),
        Row("parse, every notation new (cache cleared)", fresh_rate, "/s", "uuid.UUID(str)",
            uuid_rate),
        Row("parse, 'Số: 800 / KH-UBND' (untidy input)",
            _rate(messy, vnplan.DocumentNumber.parse), "/s", "uuid.UUID(str)", uuid_rate),
        Row("check, corpus numbers", _rate(numbers, vnplan.DocumentNumber.check), "/s",
            "uuid.UUID(str)", uuid_rate),
        Row("find_document_numbers() over the seeds",
            megabytes_per_second(lambda t: list(vnplan.find_document_numbers(t)), text), "MB/s",
            "naive re.finditer number/ABC-DEF",
            megabytes_per_second(lambda t: list(naive.finditer(t)), text)),
    ]
