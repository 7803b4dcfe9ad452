"""Citation accuracy of ``find_citations`` on the development corpus.

Run ``python benchmarks/eval_citations.py`` (``--show`` lists every miss and every
field disagreement). It reads ``../shared/corpus/docs/*.txt`` and ``truth.jsonl``,
runs :func:`vnplan.find_citations` with ``unique=True`` on each whole document and
compares with the hand annotation.

These are DEVELOPMENT figures on the corpus the finder was written against, not a
claim about unseen documents.

Comparison rules (from the corpus README's annotation conventions):

- the annotation is deduplicated by canonical number; so is the output
  (``unique=True``). A citation matches when the numbers agree after
  :func:`vnplan.normalize` and removal of all whitespace;
- annotated citations with no number (``null``: a number lost to OCR) cannot be
  matched by number; they are counted separately, not as misses;
- fields of matched citations: ``doc_type`` and ``issuer`` compare after
  normalising, collapsing whitespace and case-folding (the annotation writes the
  issuer "as stated in the text"); ``date`` compares the ISO date (an annotated
  month-only date "2026-04" cannot be matched by a ``datetime.date``). Accuracy
  counts a field right when both sides agree, both empty included; the
  "stated" column counts only citations whose annotation has a value.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus"
sys.path.insert(0, str(HERE.parent / "src"))

import vnplan  # noqa: E402

FIELDS = ("doc_type", "date", "issuer")


def _key(number: str) -> str:
    return "".join(vnplan.normalize(number).split())


def _field(value: object) -> str | None:
    if value is None:
        return None
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return " ".join(vnplan.normalize(text).split()).casefold() or None


def evaluate(show: bool = False) -> dict[str, float]:
    """Micro precision, recall and F1 over the corpus, and field accuracies."""
    tp = fp = fn = unnumbered = 0
    right = dict.fromkeys(FIELDS, 0)
    stated = dict.fromkeys(FIELDS, 0)
    stated_right = dict.fromkeys(FIELDS, 0)
    for line in (CORPUS / "truth.jsonl").read_text("utf-8").splitlines():
        record = json.loads(line)
        text = (CORPUS / "docs" / f"{record['id']}.txt").read_text("utf-8")
        truth = {}
        for c in record["citations"]:
            if c["number"] is None:
                unnumbered += 1
            else:
                truth[_key(c["number"])] = c
        found = {_key(c.number): c for c in vnplan.find_citations(text, unique=True)}
        hits = truth.keys() & found.keys()
        tp += len(hits)
        fp += len(found.keys() - truth.keys())
        fn += len(truth.keys() - found.keys())
        if show:
            for key in sorted(found.keys() - truth.keys()):
                print(f"{record['id']} FP {key!r}  ({found[key].text!r})")
            for key in sorted(truth.keys() - found.keys()):
                print(f"{record['id']} FN {key!r}  {truth[key]}")
        for key in sorted(hits):
            for name in FIELDS:
                want, got = _field(truth[key][name]), _field(getattr(found[key], name))
                right[name] += want == got
                if want is not None:
                    stated[name] += 1
                    stated_right[name] += want == got
                if show and want != got:
                    print(f"{record['id']} {name:8} {key}: want {want!r}, got {got!r}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result = {"tp": tp, "fp": fp, "fn": fn, "unnumbered": unnumbered,
              "precision": precision, "recall": recall, "f1": f1}
    for name in FIELDS:
        result[f"{name}_accuracy"] = right[name] / tp if tp else 0.0
        result[f"{name}_stated"] = stated_right[name] / stated[name] if stated[name] else 0.0
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list misses and field errors")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"corpus not found at {CORPUS}")
    r = evaluate(show=args.show)
    print(f"citations: tp {r['tp']}, fp {r['fp']}, fn {r['fn']} "
          f"(+{r['unnumbered']} annotated without a number, not matchable)")
    print(f"precision {r['precision']:.3f}  recall {r['recall']:.3f}  F1 {r['f1']:.3f}")
    for name in FIELDS:
        print(f"{name:9} accuracy {r[name + '_accuracy']:.3f} "
              f"(where annotated: {r[name + '_stated']:.3f})")


if __name__ == "__main__":
    main()
