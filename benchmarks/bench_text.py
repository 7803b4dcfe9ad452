"""Legacy-text pipeline (stages 1-4)"""

from __future__ import annotations

import statistics
import time

from common import CORPUS_DOCS, Row, megabytes_per_second, seed_texts

import vnplan
from vnplan.text import normalize_text, parse_header, read_layout


def _documents() -> list[str]:
    docs = seed_texts()
    if CORPUS_DOCS.is_dir():
        docs += [p.read_text("utf-8") for p in sorted(CORPUS_DOCS.glob("*.txt"))]
    return docs


def _per_document(docs: list[str], fn: object, repeat: int = 5) -> float:
    """Median documents per second of ``fn`` over all ``docs``."""
    assert callable(fn)
    for doc in docs:
        fn(doc)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for doc in docs:
            fn(doc)
        times.append(time.perf_counter() - start)
    return len(docs) / statistics.median(times)


def run() -> list[Row]:
    docs = _documents()
    joined = "\n\f\n".join(docs)

    def layout_each(text: str) -> None:
        for doc in docs:
            read_layout(doc)

    def header_only(doc: str) -> None:
        parse_header(normalize_text(doc))

    # a scraped page: a whole document flattened onto ONE line, about 1 MB
    flat = " ".join(" ".join(doc.split()) for doc in docs)
    flat = (flat * (1_000_000 // max(1, len(flat)) + 1))[:1_000_000]

    return [
        Row("read_layout, all documents one by one", megabytes_per_second(layout_each, joined),
            "MB/s", "vnplan.normalize (NFC + fold)",
            megabytes_per_second(vnplan.normalize, joined)),
        Row("normalize_text (stage 1), documents joined",
            megabytes_per_second(normalize_text, joined), "MB/s",
            "vnplan.normalize (NFC + fold)", megabytes_per_second(vnplan.normalize, joined)),
        Row("normalize_text, all documents flattened on one 1 MB line",
            megabytes_per_second(normalize_text, flat), "MB/s",
            "normalize_text, documents joined", megabytes_per_second(normalize_text, joined)),
        Row("normalize_text + parse_header per document", _per_document(docs, header_only),
            "doc/s", "read_layout per document", _per_document(docs, read_layout)),
    ]
