"""Citations: find_citations throughput beside find_document_numbers

Issue 4 asks find_citations for at least 1 MB/s on one core (goal 10 MB/s). The
baseline column is find_document_numbers on the same text in the same run: the
citation finder runs it as its first tokenizer pass, so the ratio shows what the
rest of the pipeline (type words, dates, issuers, lists) costs.

The 10 MB archive is generated from the real documents (seeds and the development
corpus): copy k of each document has every digit d replaced by (d + k) mod 10, so
numbers, dates and notations keep their shapes but repeat rarely.
"""

from __future__ import annotations

from common import CORPUS_DOCS, Row, megabytes_per_second, seed_texts

import vnplan

ARCHIVE_BYTES = 10_000_000


def _documents() -> list[str]:
    docs = seed_texts()
    if CORPUS_DOCS.is_dir():
        docs += [p.read_text("utf-8") for p in sorted(CORPUS_DOCS.glob("*.txt"))]
    return docs


def archive(size: int = ARCHIVE_BYTES) -> str:
    """About ``size`` bytes of real documents with their digits rotated per copy."""
    docs = _documents()
    parts: list[str] = []
    total = 0
    copy = 0
    while total < size:
        table = str.maketrans("0123456789", "".join(str((d + copy) % 10) for d in range(10)))
        for doc in docs:
            text = doc.translate(table)
            parts.append(text)
            total += len(text.encode("utf-8"))
            if total >= size:
                break
        copy += 1
    return "\n\f\n".join(parts)


def _numbers(text: str) -> object:
    return list(vnplan.find_document_numbers(text))


def run() -> list[Row]:
    seeds = "\n\f\n".join(seed_texts())
    big = archive()
    rows = [
        Row("find_citations, seeds", megabytes_per_second(vnplan.find_citations, seeds),
            "MB/s", "find_document_numbers, same text", megabytes_per_second(_numbers, seeds)),
        Row("find_citations(unique=True), seeds",
            megabytes_per_second(lambda t: vnplan.find_citations(t, unique=True), seeds),
            "MB/s", "find_document_numbers, same text", megabytes_per_second(_numbers, seeds)),
        Row(f"find_citations, {len(big.encode()) / 1e6:.0f} MB archive",
            megabytes_per_second(vnplan.find_citations, big, repeat=3), "MB/s",
            "find_document_numbers, same text", megabytes_per_second(_numbers, big, repeat=3)),
    ]
    # One number cited 5,000 times: merging mentions must stay linear (it once used
    # list.index per mention, quadratic: 149 s here).
    repeated = "Căn cứ Quyết định số 12/QĐ-UBND ngày 01/02/2020 của UBND tỉnh. " * 5000
    rows.append(Row("find_citations(unique=True), one number cited 5,000 times",
                    megabytes_per_second(lambda t: vnplan.find_citations(t, unique=True),
                                         repeated, repeat=3),
                    "MB/s", "find_citations, same text (no merge)",
                    megabytes_per_second(vnplan.find_citations, repeated, repeat=3)))
    if CORPUS_DOCS.is_dir():
        corpus = "\n\f\n".join(p.read_text("utf-8") for p in sorted(CORPUS_DOCS.glob("*.txt")))
        rows.insert(1, Row("find_citations, development corpus (40 documents)",
                           megabytes_per_second(vnplan.find_citations, corpus), "MB/s",
                           "find_document_numbers, same text",
                           megabytes_per_second(_numbers, corpus)))
    return rows
