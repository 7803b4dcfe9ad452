"""``vnplan schedule FILE --from D --to D [--ics OUT]``: a document's dated obligations.

FILE is a vnplan JSON document (what :func:`vnplan.to_json` and ``vnplan parse`` write)
or the plain text of an official document, read with :func:`vnplan.parse_document`.
A file named ``*.json``, or whose first non-blank character is ``{``, is read as JSON;
anything else as text (UTF-8; a UTF-8 or UTF-16 byte-order mark is honoured). ``-``
reads standard input.

The command prints one row per obligation from :meth:`Document.schedule
<vnplan.model.Document.schedule>` — date, kind (nhiệm vụ / báo cáo), responsible
agencies, summary — and with ``--ics`` also writes the calendar of :func:`vnplan.to_ics`
for the same days. Dates are written ``2026-03-31`` or ``31/03/2026`` (day first).

Exit codes: 0 done (even with no obligation), 1 the file could not be read or is not a
vnplan document, or OUT could not be written (one line on stderr,
``vnplan schedule: <file>: <reason>``), 2 usage errors (bad dates, ``--from`` after
``--to``).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from datetime import date
from pathlib import Path
from typing import Any

from vnplan.dates import parse_date
from vnplan.errors import InputTooLarge, VnplanError
from vnplan.io.ics import to_ics
from vnplan.io.json import from_json
from vnplan.model import Document, Obligation, Source
from vnplan.text import MAX_INPUT_CHARS, parse_document

__all__ = ["register", "run"]

#: Largest input file read, in bytes (4 bytes per character at most in UTF-8).
MAX_INPUT_BYTES = 4 * MAX_INPUT_CHARS
#: Widest agency column, in characters (longer lists are cut with "…").
AGENCY_WIDTH = 40
_PROG = "vnplan schedule"


def register(subparsers: Any) -> None:
    """Add the ``schedule`` subcommand to the ``vnplan`` parser."""
    parser = subparsers.add_parser(
        "schedule",
        help="list a document's dated obligations; write them as iCalendar",
        description=(
            "Print the task deadlines and report due days of a document (vnplan JSON, or "
            "plain text read with parse_document) from one day to another, and optionally "
            "write them as an iCalendar file."
        ),
    )
    parser.add_argument("file", metavar="FILE",
                        help="a vnplan JSON document or a document's plain text ('-': stdin)")
    parser.add_argument("--from", dest="start", metavar="D", required=True, type=_day,
                        help="first day (2026-01-01 or 01/01/2026)")
    parser.add_argument("--to", dest="end", metavar="D", required=True, type=_day,
                        help="last day, included")
    parser.add_argument("--ics", metavar="OUT", help="also write an iCalendar (.ics) file")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Handle ``vnplan schedule``; return the exit code."""
    start: date = args.start
    end: date = args.end
    if end < start:
        return _fail(f"--from {start.isoformat()} is after --to {end.isoformat()}", code=2)
    try:
        doc = _read(args.file)
    except _Failure as failure:
        return _fail(str(failure))
    try:
        obligations = doc.schedule(start, end)
    except VnplanError as error:
        return _fail(f"{args.file}: {_one_line(error)}")
    _write(format_table(obligations))
    if args.ics:
        try:
            Path(args.ics).write_bytes(to_ics(doc, start=start, end=end))
        except VnplanError as error:
            return _fail(f"{args.file}: {_one_line(error)}")
        except OSError as error:
            return _fail(f"{args.ics}: cannot write: {error.strerror or error}")
    return 0


def format_table(obligations: list[Obligation]) -> str:
    """The rows the command prints: date, kind, agencies, summary, separated by two spaces.

    >>> import datetime as dt
    >>> from vnplan.model import Obligation
    >>> print(format_table([Obligation(dt.date(2022, 1, 14), "report_due", 0, ("Sở Y tế",),
    ...                                "Sở Y tế gửi báo cáo tháng 01 năm 2022", "hằng tháng")]),
    ...       end="")
    Ngày        Loại      Cơ quan  Nội dung
    14/01/2022  báo cáo   Sở Y tế  Sở Y tế gửi báo cáo tháng 01 năm 2022
    """
    rows = [("Ngày", "Loại", "Cơ quan", "Nội dung")]
    for ob in obligations:
        who = ", ".join(ob.agencies) or "—"
        if len(who) > AGENCY_WIDTH:
            who = who[: AGENCY_WIDTH - 1].rstrip() + "…"
        day = f"{ob.date.day:02d}/{ob.date.month:02d}/{ob.date.year:04d}"
        rows.append((day, ob.kind.vietnamese, who, _flat(ob.summary)))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    widths[1] = max(widths[1], len("nhiệm vụ"))
    return "".join(
        "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:3])) + "  " + row[3] + "\n"
        for row in rows
    )


class _Failure(Exception):
    """An input that cannot be used, with the one-line reason."""


def _read(name: str) -> Document:
    try:
        data = _read_bytes(name)
    except OSError as error:
        raise _Failure(f"{name}: cannot read: {error.strerror or error}") from None
    except VnplanError as error:
        raise _Failure(f"{name}: {_one_line(error)}") from None
    try:
        text = _decode(data)
    except UnicodeDecodeError as error:
        raise _Failure(f"{name}: not UTF-8 text (byte {error.start}: {error.reason})") from None
    try:
        if name.lower().endswith(".json") or text.lstrip()[:1] == "{":
            return from_json(text)
        source = Source(uri="<stdin>" if name == "-" else name, format="text",
                        sha256=hashlib.sha256(data).hexdigest())
        return parse_document(text, source=source)
    except VnplanError as error:
        raise _Failure(f"{name}: {_one_line(error)}") from None


def _read_bytes(name: str) -> bytes:
    if name == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    else:
        with open(name, "rb") as stream:
            data = stream.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise InputTooLarge("input file", len(data), MAX_INPUT_BYTES)
    return data


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    return data.decode("utf-8-sig")


def _day(text: str) -> date:
    try:
        return parse_date(text)
    except VnplanError as error:
        raise argparse.ArgumentTypeError(
            f"expected a date such as 2026-03-31 or 31/03/2026, got {text!r} ({_one_line(error)})"
        ) from None


def _write(text: str) -> None:
    """Print ``text``; a console that cannot show Vietnamese gets "?" rather than a crash."""
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:
        encoding = getattr(sys.stdout, "encoding", None) or "ascii"
        sys.stdout.write(text.encode(encoding, "replace").decode(encoding))


def _flat(text: str) -> str:
    return " ".join(text.split())


def _one_line(error: Exception) -> str:
    return _flat(str(error))


def _fail(message: str, *, code: int = 1) -> int:
    sys.stderr.write(f"{_PROG}: {message}\n")
    return code
