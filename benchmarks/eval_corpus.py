"""Header and signer accuracy of the text pipeline on the development corpus.

Run ``python benchmarks/eval_corpus.py`` (``--show`` lists every miss). It reads
``../shared/corpus/docs/*.txt`` and ``truth.jsonl``, runs
:func:`vnplan.text.layout.read_layout` on each document and compares, field by
field, the extracted value with the hand annotation. With ``--document`` it reads the
same fields from the model :func:`vnplan.parse_document` builds (number, date and
doc_type as the model holds them; a joint document's issuers joined by "; ").

These are DEVELOPMENT figures on the corpus the stages were written against, not
a claim about unseen documents.

Comparison rules (from the corpus README's annotation conventions):

- both sides are normalised with :func:`vnplan.normalize` (NFC, look-alikes folded)
  and whitespace-collapsed; values are compared exactly, case included ("as
  printed"), except ``doc_type`` which the annotation writes in sentence case and
  is compared case-insensitively;
- ``number``: spaces removed; a blank draft number ("/KH-UBND") counts as ``None``;
- ``doc_type``: the type-name line read by ``DocumentType.from_name``; a document
  without one whose trích yếu starts with "V/v" or "Về" is a Công văn;
- ``date``: the place-and-date line turned into ISO; a blank day or month is ``None``;
- fields the annotator listed as ``uncertain`` are reported separately.

The number and date values come from :mod:`vnplan.numbering` and :mod:`vnplan.dates`
when those modules are installed; until then the harness uses the small fallbacks
below (harness code only, not library code).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus"
sys.path.insert(0, str(HERE.parent / "src"))

import vnplan  # noqa: E402
from vnplan.text.layout import Layout, read_layout  # noqa: E402

FIELDS = ("number", "doc_type", "issuer", "parent_issuer", "place", "date", "title",
          "signer_authority", "signer_position", "signer_name")
HEADER_FIELDS = ("number", "doc_type", "issuer", "place", "date")


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(vnplan.normalize(value).split())
    return value or None


def _number(layout: Layout) -> str | None:
    field = layout.header.number
    if field is None:
        return None
    text = field.text.replace(" ", "")
    try:  # the value-type module, once it has landed
        from vnplan.numbering import DocumentNumber  # type: ignore[import-not-found]

        try:
            return str(DocumentNumber.parse(text))
        except vnplan.IncompleteValue:
            return None
        except vnplan.VnplanError:
            return text
    except ImportError:
        if not re.match(r"[0-9]", text):
            return None  # blank draft "/KH-UBND"
        return text


def _date(layout: Layout) -> str | None:
    field = layout.header.date
    if field is None:
        return None
    try:  # the value-type module, once it has landed
        from vnplan.dates import parse_date  # type: ignore[import-not-found]

        try:
            return parse_date(field.text).isoformat()  # type: ignore[no-any-return]
        except vnplan.VnplanError:
            return None
    except ImportError:
        match = re.search(r"ngày[ ]?([0-9]{1,2})[ ]tháng[ ]?([0-9]{1,2})[ ]năm[ ]?([0-9]{4})",
                          field.text, re.IGNORECASE)
        if not match:
            return None
        day, month, year = (int(g) for g in match.groups())
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return None
        return f"{year:04d}-{month:02d}-{day:02d}"


def _doc_type(layout: Layout) -> str | None:
    header = layout.header
    if header.type_name is not None:
        try:
            return vnplan.DocumentType.from_name(header.type_name.text).name_vi
        except vnplan.VnplanError:
            name = header.type_name.text.lower()
            return name[:1].upper() + name[1:]
    if header.title is not None and re.match(r"(?:V/[Vv]|v/v|Về)\b", header.title.text):
        return "Công văn"
    return None


def _text(get: Callable[[Layout], object]) -> Callable[[Layout], str | None]:
    def extract(layout: Layout) -> str | None:
        value = get(layout)
        return getattr(value, "text", None) if value is not None else None
    return extract


EXTRACT: dict[str, Callable[[Layout], str | None]] = {
    "number": _number,
    "doc_type": _doc_type,
    "issuer": _text(lambda lay: lay.header.issuer),
    "parent_issuer": _text(lambda lay: lay.header.parent_issuer),
    "place": _text(lambda lay: lay.header.place),
    "date": _date,
    "title": _text(lambda lay: lay.header.title),
    "signer_authority": _text(
        lambda lay: lay.closing.signer.authority if lay.closing and lay.closing.signer else None),
    "signer_position": _text(
        lambda lay: lay.closing.signer.position if lay.closing and lay.closing.signer else None),
    "signer_name": _text(
        lambda lay: lay.closing.signer.name if lay.closing and lay.closing.signer else None),
}


def _doc_issuer(doc: vnplan.Document) -> str | None:
    if doc.issuer is None:
        return None
    return "; ".join(a.name for a in [doc.issuer, *doc.co_issuers])


EXTRACT_DOCUMENT: dict[str, Callable[[vnplan.Document], str | None]] = {
    "number": lambda d: str(d.number) if d.number is not None else (
        d.number_text.replace(" ", "") if d.number_text and re.match(r"[0-9]", d.number_text)
        else None),
    "doc_type": lambda d: d.doc_type,
    "issuer": _doc_issuer,
    "parent_issuer": lambda d: d.parent_issuer.name if d.parent_issuer else None,
    "place": lambda d: d.place,
    "date": lambda d: d.date.isoformat() if d.date else None,
    "title": lambda d: d.title,
    "signer_authority": lambda d: d.signer.authority if d.signer else None,
    "signer_position": lambda d: d.signer.position if d.signer else None,
    "signer_name": lambda d: d.signer.name if d.signer else None,
}


def _same(field: str, got: str | None, expected: str | None) -> bool:
    got, expected = _clean(got), _clean(expected)
    if field == "number" and got and expected:
        got, expected = got.replace(" ", ""), expected.replace(" ", "")
    if field == "doc_type" and got and expected:
        return got.lower() == expected.lower()
    return got == expected


def evaluate(show: bool = False, document: bool = False
             ) -> dict[str, tuple[int, int, int, int]]:
    """Per field: (right, total, right excluding uncertain, total excluding uncertain)."""
    records = [json.loads(line) for line in (CORPUS / "truth.jsonl").read_text("utf-8").splitlines()
               if line.strip()]
    scores = {field: [0, 0, 0, 0] for field in FIELDS}
    for record in records:
        text = (CORPUS / "docs" / f"{record['id']}.txt").read_text("utf-8")
        layout = read_layout(text)
        parsed = vnplan.parse_document(text) if document else None
        uncertain = set(record.get("uncertain") or ())
        for field in FIELDS:
            got = EXTRACT_DOCUMENT[field](parsed) if parsed is not None else \
                EXTRACT[field](layout)
            ok = _same(field, got, record[field])
            score = scores[field]
            score[0] += ok
            score[1] += 1
            if field not in uncertain:
                score[2] += ok
                score[3] += 1
            if show and not ok:
                mark = " (uncertain)" if field in uncertain else ""
                print(f"{record['id']} {field}{mark}: got {got!r}, expected {record[field]!r}")
    return {field: (s[0], s[1], s[2], s[3]) for field, s in scores.items()}


def main(argv: list[str]) -> None:
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}")
        return
    document = "--document" in argv
    results = evaluate(show="--show" in argv, document=document)
    what = "parse_document" if document else "Text pipeline"
    print(f"\n## {what} on the development corpus (development figures, not a claim)\n")
    print(f"| {'field':<17} | {'exact':>11} | {'%':>6} | {'excl. uncertain':>15} | {'%':>6} |")
    print(f"|{'-' * 19}|{'-' * 13}|{'-' * 8}|{'-' * 17}|{'-' * 8}|")
    header_right = header_total = 0
    for field, (right, total, right_c, total_c) in results.items():
        print(f"| {field:<17} | {right:>5} / {total:<3} | {100 * right / total:>5.1f}% | "
              f"{right_c:>7} / {total_c:<5} | {100 * right_c / max(total_c, 1):>5.1f}% |")
        if field in HEADER_FIELDS:
            header_right += right
            header_total += total
    print(f"\nHeader fields (number, doc_type, issuer, place, date): {header_right} / "
          f"{header_total} = {100 * header_right / header_total:.1f}%")


if __name__ == "__main__":
    main(sys.argv[1:])
