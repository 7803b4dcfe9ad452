"""parse_document: throughput, cost curve 10 KB to 10 MB, adversarial inputs

Throughput is MB (UTF-8) per second of text parsed into a vnplan model, beside
read_layout (stages 1-4 only) on the same text. The cost curve parses archives of real
documents (the seeds and the corpus, repeated) one document at a time and, up to the
input limit, as one long document: time per MB must stay flat (linear cost). The
adversarial rows parse 1 MB inputs built to hurt a regex pipeline.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from common import CORPUS_DOCS, Row, seed_texts

import vnplan
from vnplan.text import MAX_INPUT_CHARS, read_layout


def _documents() -> list[str]:
    docs = seed_texts()
    if CORPUS_DOCS.is_dir():
        docs += [p.read_text("utf-8") for p in sorted(CORPUS_DOCS.glob("*.txt"))]
    return docs


def _mb(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def _seconds(fn: Callable[[], object], repeat: int) -> float:
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _each(texts: list[str], fn: Callable[[str], object]) -> Callable[[], None]:
    def run() -> None:
        for text in texts:
            fn(text)
    return run


def _archive(docs: list[str], megabytes: float) -> list[str]:
    """Documents repeated until they hold ``megabytes`` of UTF-8 text."""
    out: list[str] = []
    size = 0.0
    while size < megabytes:
        for doc in docs:
            out.append(doc)
            size += len(doc.encode("utf-8")) / 1e6
            if size >= megabytes:
                break
    return out


def _long_document(docs: list[str], megabytes: float) -> str:
    """One text of about ``megabytes`` MB: the documents one after another."""
    parts = _archive(docs, megabytes)
    text = "\n\n".join(parts)
    while len(text.encode("utf-8")) > megabytes * 1e6 * 1.05 and len(parts) > 1:
        parts.pop()
        text = "\n\n".join(parts)
    return text[:MAX_INPUT_CHARS]


def run() -> list[Row]:
    docs = _documents()
    rows: list[Row] = []
    seeds = seed_texts()
    seconds = _seconds(_each(seeds, vnplan.parse_document), repeat=5)
    base = _seconds(_each(seeds, read_layout), repeat=5)
    rows.append(Row("seeds, one by one", _mb(seeds) / seconds, "MB/s",
                    "read_layout (stages 1-4)", _mb(seeds) / base))
    every = _seconds(_each(docs, vnplan.parse_document), repeat=3)
    rows.append(Row(f"seeds + corpus ({len(docs)} documents)", len(docs) / every, "doc/s",
                    "read_layout", len(docs) / _seconds(_each(docs, read_layout), repeat=3)))
    # the cost curve: time per MB must not grow with the size
    for megabytes in (0.01, 0.1, 1.0, 10.0):
        archive = _archive(docs, megabytes)
        size = _mb(archive)
        repeat = 3 if megabytes <= 1 else 1
        seconds = _seconds(_each(archive, vnplan.parse_document), repeat=repeat)
        rows.append(Row(f"archive {_label(size)}: seconds per MB", seconds / size, "s",
                        f"total {seconds:.2f} s for {len(archive)} documents"))
    for megabytes in (0.01, 0.1, 1.0, 4.0):
        text = _long_document(docs, megabytes)
        size = len(text.encode("utf-8")) / 1e6
        seconds = _seconds(lambda t=text: vnplan.parse_document(t), repeat=3 if size < 2 else 1)
        rows.append(Row(f"one document {_label(size)}: seconds per MB", seconds / size, "s",
                        f"total {seconds:.2f} s"))
    # adversarial inputs, 1 MB each
    for name, text in (
        ("1 MB digits and slashes", ("0123456789/" * 90_910)[:1_000_000]),
        ("1 MB without a newline", "Số: 12/KH-UBND KT. CHỦ TỊCH " * 36_000),
        ("blank templates repeated (1 MB)",
         "Số:      /KH-UBND\nLào Cai, ngày      tháng      năm 2026\nKẾ HOẠCH\n" * 18_000),
        ("1 MB of task lines (dense)",
         "- Sở Y tế chủ trì, phối hợp với các sở, ngành báo cáo về UBND tỉnh trước ngày "
         "15 hằng tháng.\n" * 9_000),
    ):
        size = len(text.encode("utf-8")) / 1e6
        seconds = _seconds(lambda t=text: vnplan.parse_document(t), repeat=1)
        base = _seconds(lambda t=text: read_layout(t), repeat=1)
        rows.append(Row(name, size / seconds, "MB/s", "read_layout", size / base))
    return rows


def _label(megabytes: float) -> str:
    return f"{megabytes * 1000:.0f} KB" if megabytes < 1 else f"{megabytes:.1f} MB"
