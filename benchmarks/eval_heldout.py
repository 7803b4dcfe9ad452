"""Header, signer and citation accuracy on the HELD-OUT documents (measure, don't tune).

Run ``python benchmarks/eval_heldout.py`` (``--show`` lists every miss). It reads
``benchmarks/heldout/docs/*.txt``, ``truth.jsonl`` and ``sentences.jsonl`` (see
``benchmarks/heldout/README.md``): real documents nobody tuned the parser against.
Another set in the same format is read when its directory is given:
``python benchmarks/eval_heldout.py benchmarks/heldout3``.

What runs: ``vnplan.parse_document``, its Document's fields compared (``--layout`` for
the stage-1-4 path of ``eval_corpus.py``: :func:`vnplan.text.layout.read_layout` plus
value parsing), and
:func:`vnplan.find_citations` with ``unique=True`` as ``eval_citations.py`` does.

Comparison rules are imported from ``eval_corpus.py`` (``EXTRACT``, ``_same``: NFC,
look-alikes folded, whitespace collapsed, exact case except ``doc_type``) and
``eval_citations.py`` (``_key``, ``_field``: numbers match after normalising and
removing whitespace; fields compare case-folded, dates as ISO). Nothing is copied.

Held-out specifics (from the annotation):

- many texts are page excerpts cut by the store before the signer block
  (``signer_in_text`` false): their expected signer fields are ``None``. Signer
  fields are reported twice: over all documents (is ``None`` returned when there
  is no signer?) and over the documents that do print a signer block;
- fields in a record's ``uncertain`` list are reported separately, as in
  ``eval_corpus.py``;
- a document whose parse raises a :class:`vnplan.VnplanError` counts every field as
  missed (and is listed).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
HELDOUT = HERE / "heldout"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import eval_citations  # noqa: E402
import eval_corpus  # noqa: E402

import vnplan  # noqa: E402
from vnplan.text.layout import read_layout  # noqa: E402

FIELDS = eval_corpus.FIELDS
SIGNER_FIELDS = ("signer_authority", "signer_position", "signer_name")
Record = dict[str, Any]


def _records(name: str) -> list[Record]:
    path = HELDOUT / name
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _parser(layout_only: bool = False) -> tuple[str, Callable[[str], Any],
                                              dict[str, Callable[[Any], str | None]]]:
    """The parse path, and how each field is read from its result: the Document's own
    fields from ``parse_document`` (``eval_corpus.EXTRACT_DOCUMENT``), or, with
    ``layout_only``, the stage-1-4 fields of ``read_layout`` (``eval_corpus.EXTRACT``)."""
    parse_document = getattr(vnplan, "parse_document", None)
    if parse_document is not None and not layout_only:
        return "vnplan.parse_document (Document fields)", parse_document, \
            eval_corpus.EXTRACT_DOCUMENT
    return ("vnplan.text.read_layout + value parsing (as eval_corpus.py)", read_layout,
            eval_corpus.EXTRACT)


def evaluate_headers(show: bool = False, layout_only: bool = False) -> dict[str, Any]:
    """Per field: [right, total, right excl. uncertain, total excl. uncertain]."""
    _, parse, extract = _parser(layout_only)
    scores = {field: [0, 0, 0, 0] for field in FIELDS}
    signed = {field: [0, 0] for field in SIGNER_FIELDS}
    failed: list[str] = []
    misses: list[str] = []
    for record in _records("truth.jsonl"):
        text = (HELDOUT / "docs" / f"{record['id']}.txt").read_text("utf-8")
        layout: Any
        try:
            layout = parse(text)
        except vnplan.VnplanError as error:
            layout = None
            failed.append(f"{record['id']}: {type(error).__name__}: {error}")
        uncertain = set(record.get("uncertain") or ())
        for field in FIELDS:
            got = extract[field](layout) if layout is not None else None
            ok = layout is not None and eval_corpus._same(field, got, record[field])
            score = scores[field]
            score[0] += ok
            score[1] += 1
            if field not in uncertain:
                score[2] += ok
                score[3] += 1
            if field in SIGNER_FIELDS and record.get("signer_in_text"):
                signed[field][0] += ok
                signed[field][1] += 1
            if not ok:
                mark = " (uncertain)" if field in uncertain else ""
                misses.append(f"{record['id']} {field}{mark}: got {got!r}, "
                              f"expected {record[field]!r}")
    if show:
        print("\n".join(misses))
    return {"fields": scores, "signed": signed, "failed": failed, "misses": misses}


def _match(truth: dict[str, Record], found: dict[str, Any], doc: str, show: bool,
           tally: dict[str, int]) -> None:
    hits = truth.keys() & found.keys()
    tally["tp"] += len(hits)
    tally["fp"] += len(found.keys() - truth.keys())
    tally["fn"] += len(truth.keys() - found.keys())
    if show:
        for key in sorted(found.keys() - truth.keys()):
            print(f"{doc} FP {key!r}  ({found[key].text!r})")
        for key in sorted(truth.keys() - found.keys()):
            print(f"{doc} FN {key!r}  {truth[key]}")
    for key in sorted(hits):
        for name in eval_citations.FIELDS:
            want = eval_citations._field(truth[key][name])
            got = eval_citations._field(getattr(found[key], name))
            tally[f"{name}_right"] += want == got
            if want is not None:
                tally[f"{name}_stated"] += 1
                tally[f"{name}_stated_right"] += want == got
            if show and want != got:
                print(f"{doc} {name:8} {key}: want {want!r}, got {got!r}")


def evaluate_citations(source: str, show: bool = False) -> dict[str, float]:
    """Micro P/R/F1 and field accuracy of ``find_citations`` on documents or sentences."""
    tally: dict[str, int] = {"tp": 0, "fp": 0, "fn": 0}
    for name in eval_citations.FIELDS:
        tally.update({f"{name}_right": 0, f"{name}_stated": 0, f"{name}_stated_right": 0})
    for record in _records(source):
        if source == "truth.jsonl":
            text = (HELDOUT / "docs" / f"{record['id']}.txt").read_text("utf-8")
            found_list = vnplan.find_citations(text, unique=True)
        else:
            text = record["text"]
            found_list = vnplan.find_citations(text, skip_header=False, unique=True)
        truth = {eval_citations._key(c["number"]): c for c in record["citations"]}
        found = {eval_citations._key(c.number): c for c in found_list}
        _match(truth, found, record["id"], show, tally)
    tp, fp, fn = tally["tp"], tally["fp"], tally["fn"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result: dict[str, float] = {"tp": tp, "fp": fp, "fn": fn, "precision": precision,
                                "recall": recall, "f1": f1}
    for name in eval_citations.FIELDS:
        result[f"{name}_accuracy"] = tally[f"{name}_right"] / tp if tp else 0.0
        stated = tally[f"{name}_stated"]
        result[f"{name}_stated"] = tally[f"{name}_stated_right"] / stated if stated else 0.0
    return result


def _pct(right: int, total: int) -> str:
    return f"{100 * right / total:5.1f}%" if total else "   n/a"


def _print_citations(title: str, r: dict[str, float]) -> None:
    print(f"\n### {title}\n")
    print(f"tp {r['tp']:.0f}, fp {r['fp']:.0f}, fn {r['fn']:.0f}: precision "
          f"{r['precision']:.3f}, recall {r['recall']:.3f}, F1 {r['f1']:.3f}")
    for name in eval_citations.FIELDS:
        print(f"- {name:8} accuracy {r[name + '_accuracy']:.3f} "
              f"(where annotated: {r[name + '_stated']:.3f})")


def main() -> None:
    global HELDOUT  # the helpers above read the set's directory from this module global
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list misses and field errors")
    parser.add_argument("--layout", action="store_true",
                        help="read the header fields from read_layout, not parse_document")
    parser.add_argument("directory", nargs="?", type=Path, default=HELDOUT,
                        help="held-out set (docs/, truth.jsonl, sentences.jsonl); "
                             "default benchmarks/heldout")
    args = parser.parse_args()
    HELDOUT = args.directory.resolve()
    if not (HELDOUT / "truth.jsonl").is_file():
        sys.exit(f"held-out set not found at {HELDOUT}")
    path, _, _ = _parser(args.layout)
    print(f"\n## Held-out documents ({path})\n")
    headers = evaluate_headers(show=args.show, layout_only=args.layout)
    print(f"| {'field':<17} | {'exact':>9} | {'%':>6} | {'excl. uncertain':>15} | {'%':>6} |")
    print(f"|{'-' * 19}|{'-' * 11}|{'-' * 8}|{'-' * 17}|{'-' * 8}|")
    header_right = header_total = 0
    for field, (right, total, right_c, total_c) in headers["fields"].items():
        print(f"| {field:<17} | {right:>3} / {total:<3} | {_pct(right, total)} | "
              f"{right_c:>7} / {total_c:<5} | {_pct(right_c, total_c)} |")
        if field in eval_corpus.HEADER_FIELDS:
            header_right += right
            header_total += total
    print(f"\nHeader fields (number, doc_type, issuer, place, date): {header_right} / "
          f"{header_total} = {_pct(header_right, header_total).strip()}")
    print("Signer fields on the documents that print a signer block: " + ", ".join(
        f"{field} {right}/{total}" for field, (right, total) in headers["signed"].items()))
    if headers["failed"]:
        print("Parse failures: " + "; ".join(headers["failed"]))
    _print_citations("Citations in the held-out documents (find_citations, unique=True)",
                     evaluate_citations("truth.jsonl", show=args.show))
    _print_citations("Citations in single sentences (sentences.jsonl, skip_header=False)",
                     evaluate_citations("sentences.jsonl", show=args.show))


if __name__ == "__main__":
    main()
