"""``vnplan schedule FILE --from D --to D [--ics OUT]``: a document's dated obligations.

FILE is a vnplan JSON document (what :func:`vnplan.to_json` writes; recognised by its
first non-blank character, ``{``). The command prints one row per obligation from
:meth:`Document.schedule <vnplan.model.Document.schedule>` — date, kind (nhiệm vụ / báo
cáo), responsible agencies, summary — and with ``--ics`` also writes the calendar of
:func:`vnplan.to_ics` for the same days. Dates are written ``2026-03-31`` or
``31/03/2026`` (day first).

Exit codes: 0 done (even with no obligation), 1 the file could not be read or is not a
vnplan document, or OUT could not be written (one line on stderr), 2 usage errors (bad
dates, ``--from`` after ``--to``).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from vnplan.dates import parse_date
from vnplan.errors import VnplanError
from vnplan.io.ics import to_ics
from vnplan.io.json import from_json
from vnplan.model import Document, Obligation

__all__ = ["register", "run"]

#: Widest agency column, in characters (longer lists are cut with "…").
AGENCY_WIDTH = 40
_PROG = "vnplan schedule"


def register(subparsers: Any) -> None:
    """Add the ``schedule`` subcommand to the ``vnplan`` parser."""
    parser = subparsers.add_parser(
        "schedule",
        help="list a document's dated obligations; write them as iCalendar",
        description=(
            "Print the task deadlines and report due days of a vnplan JSON document "
            "from one day to another, and optionally write them as an iCalendar file."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="a vnplan JSON document")
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
        doc = _read(Path(args.file))
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
            return _fail(f"cannot write {args.ics}: {error.strerror or error}")
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


def _read(path: Path) -> Document:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise _Failure(f"cannot read {path}: {error.strerror or error}") from None
    data = data.removeprefix(b"\xef\xbb\xbf")  # a byte-order mark from Windows editors
    if data.lstrip(b" \t\r\n")[:1] != b"{":
        raise _Failure(f"{path}: expected a vnplan JSON document (starting with '{{')")
    try:
        return from_json(data)
    except VnplanError as error:
        raise _Failure(f"{path}: {_one_line(error)}") from None


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
    sys.stderr.write(f"{_PROG}: error: {message}\n")
    return code
