"""Tasks and reporting requirements of parse_document on the development corpus.

Run ``python benchmarks/eval_tasks.py`` (``--show`` lists misses). It parses every
document of ``../shared/corpus/docs`` with :func:`vnplan.parse_document` and compares
with ``truth.jsonl``:

- **tasks** (12 documents, 161 tasks): a found task matches a true one when the first
  40 characters of their texts agree (NFC, Markdown ``*`` removed, whitespace collapsed,
  case folded), one to one in text order. Precision is over the tasks found in those 12
  documents only (the other documents carry no task annotations). On matched tasks: the
  lead and coordinator names are compared as sets of normalised names (``agency_key``);
  the deadline is right when the annotation's ISO date equals the parsed deadline's date,
  or when the annotation's phrase equals the printed deadline text.
- **reporting** (30 documents, 74 phrases): a phrase is found when one reporting
  requirement's text contains its first five words, or the five words from its first
  "báo cáo" (the annotations often prefix the sentence's subject); normalised as above.

These are DEVELOPMENT figures on the corpus the code was written against, not a claim
about unseen documents.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus"
sys.path.insert(0, str(HERE.parent / "src"))

import vnplan  # noqa: E402
from vnplan.agencies import agency_key  # noqa: E402

PREFIX = 40


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", vnplan.normalize(text)).replace("*", "")
    return " ".join(text.split()).casefold()


def _names(names: list[str]) -> set[str]:
    out = set()
    for name in names:
        try:
            out.add(agency_key(name))
        except vnplan.VnplanError:
            out.add(_norm(name))
    return out


def _phrase_keys(phrase: str) -> list[str]:
    """Five words from the start of the phrase, and five from its first "báo cáo"."""
    words = [w for w in _norm(phrase).split() if w not in ("...", "…")]
    keys = [" ".join(words[:5])]
    for k in range(len(words) - 1):
        if words[k] == "báo" and words[k + 1].startswith("cáo"):
            keys.append(" ".join(words[k:k + 5]))
            break
    return keys


def _deadline_ok(expected: str | None, task: vnplan.Task) -> bool:
    if expected is None:
        return task.deadline_text is None
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", expected):
        deadline = task.deadline
        return deadline is not None and deadline.date is not None and \
            deadline.date.isoformat() == expected
    return task.deadline_text is not None and \
        _norm(task.deadline_text).rstrip(".") == _norm(expected).rstrip(".")


def evaluate(show: bool = False) -> dict[str, float]:
    records = [json.loads(line) for line in (CORPUS / "truth.jsonl").read_text("utf-8")
               .splitlines() if line.strip()]
    true_tasks = found_tasks = matched = lead_ok = coord_ok = deadline_ok = 0
    true_rep = found_rep = rep_hit = rep_docs_found = 0
    for record in records:
        text = (CORPUS / "docs" / f"{record['id']}.txt").read_text("utf-8")
        doc = vnplan.parse_document(text)
        truth = record.get("tasks") or []
        if truth:
            true_tasks += len(truth)
            found_tasks += len(doc.tasks)
            pool = list(doc.tasks)
            for expected in truth:
                key = _norm(expected["text_start"])[:PREFIX]
                hit = next((t for t in pool if _norm(t.text)[:PREFIX] == key[:PREFIX]), None)
                if hit is None:
                    if show:
                        print(f"{record['id']} task missed: {expected['text_start']!r}")
                    continue
                pool.remove(hit)
                matched += 1
                lead = _names(expected["lead"]) == _names([a.name for a in hit.lead])
                coord = _names(expected["coordinators"]) == \
                    _names([a.name for a in hit.coordinators])
                dl = _deadline_ok(expected["deadline"], hit)
                lead_ok += lead
                coord_ok += coord
                deadline_ok += dl
                if show and not (lead and coord and dl):
                    print(f"{record['id']} task {expected['text_start'][:30]!r}:"
                          + (f" lead {[a.name for a in hit.lead]} != {expected['lead']}"
                             if not lead else "")
                          + (f" coord {[a.name for a in hit.coordinators]} != "
                             f"{expected['coordinators']}" if not coord else "")
                          + (f" deadline {hit.deadline_text!r} != {expected['deadline']!r}"
                             if not dl else ""))
            if show:
                for extra in pool:
                    print(f"{record['id']} task extra: {extra.text[:70]!r}")
        phrases = record.get("reporting") or []
        if phrases:
            true_rep += len(phrases)
            found_rep += len(doc.reporting)
            rep_docs_found += 1
            texts = [_norm(r.text) for r in doc.reporting]
            used: set[int] = set()
            for phrase in phrases:
                keys = _phrase_keys(phrase)
                k = next((k for k, t in enumerate(texts) if any(key in t for key in keys)),
                         None)
                if k is None:
                    if show:
                        print(f"{record['id']} reporting missed: {phrase[:80]!r}")
                    continue
                rep_hit += 1
                used.add(k)
            if show:
                for k, r in enumerate(doc.reporting):
                    if k not in used:
                        print(f"{record['id']} reporting extra: {r.text[:80]!r}")
    return {
        "true_tasks": true_tasks, "found_tasks": found_tasks, "matched": matched,
        "lead_ok": lead_ok, "coord_ok": coord_ok, "deadline_ok": deadline_ok,
        "true_rep": true_rep, "found_rep": found_rep, "rep_hit": rep_hit,
    }


def _pct(a: float, b: float) -> str:
    return f"{100 * a / b:.1f}%" if b else "n/a"


def main(argv: list[str]) -> None:
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}")
        return
    r = evaluate(show="--show" in argv)
    print("\n## Tasks and reporting on the development corpus (development figures)\n")
    print("| measure | value |")
    print("|---|---|")
    print(f"| tasks: recall (matched / annotated) | {r['matched']} / {r['true_tasks']} = "
          f"{_pct(r['matched'], r['true_tasks'])} |")
    print(f"| tasks: precision (matched / found in annotated docs) | {r['matched']} / "
          f"{r['found_tasks']} = {_pct(r['matched'], r['found_tasks'])} |")
    for key, name in (("lead_ok", "lead"), ("coord_ok", "coordinators"),
                      ("deadline_ok", "deadline")):
        print(f"| tasks: {name} exact on matched | {r[key]} / {r['matched']} = "
              f"{_pct(r[key], r['matched'])} |")
    print(f"| reporting: recall (phrases found) | {r['rep_hit']} / {r['true_rep']} = "
          f"{_pct(r['rep_hit'], r['true_rep'])} |")
    print(f"| reporting: requirements found in annotated docs | {r['found_rep']} |")


if __name__ == "__main__":
    main(sys.argv[1:])
