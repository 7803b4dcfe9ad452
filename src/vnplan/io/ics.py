"""iCalendar (RFC 5545) export of a document's tasks and reporting duties.

:func:`to_ics` writes one calendar per document:

- a **VTODO** per dated task deadline: ``DUE`` as a DATE (the last day on which the
  deadline is met: "trước ngày 31/12/2021" is due on 30/12/2021), ``SUMMARY`` naming the
  lead agency, ``DESCRIPTION`` with the task text, lead and coordinating agencies and the
  deadline as written;
- a **VEVENT** with an ``RRULE`` per recurring duty (a periodic report, a recurring task):
  an all-day event on each due day, from the first due day on or after the start
  (default: the document date), with ``UNTIL`` when the calendar or the plan has an end
  (:meth:`ReportingCycle.rrule <vnplan.cycles.ReportingCycle.rrule>`). A cycle whose due
  days move to working days has no RRULE: its days are listed in ``RDATE`` instead, up to
  the end, or for :data:`ADJUSTED_HORIZON_DAYS` days when there is none;
- a VTODO per report that is due once (an ad-hoc report with a date).

The dates are the same as :meth:`Document.schedule <vnplan.model.Document.schedule>`'s
(:mod:`vnplan.model.obligations` has the rules).

**UIDs** are name-based UUIDs (:func:`uuid.uuid5` in the namespace :data:`UID_NAMESPACE`)
of the document key, the item kind and the item's content, so exporting the same
document again updates the same entries instead of adding new ones:

- document key: the document number, the year of the document date and the issuer's name
  (compared with :func:`vnplan.agency_key`) — or, for an unnumbered draft, its type,
  title, issuer and date;
- a task: its text and lead agencies (whitespace collapsed); its recurring entries add
  their position (``cycle0``, ``cycle1``);
- a report: its text, reporters and recipient.

Changing a deadline or a cycle keeps the UID (the entry is updated); changing the task's
words or agencies gives a new one. Two items with the same content in one document are
told apart by their order of appearance.

Nothing depends on the clock except ``DTSTAMP``, which is ``dtstamp`` when given.

The writer follows RFC 5545: CRLF line ends, lines folded at 75 octets without splitting a
UTF-8 character, TEXT values escaped (``\\``, ``;``, ``,``, line breaks).

>>> import datetime as dt
>>> from vnplan.model import Agency, Plan, ReportingRequirement, Task
>>> plan = Plan(
...     number_text="800/KH-UBND", doc_type="Kế hoạch", date=dt.date(2021, 12, 23),
...     issuer=Agency(name="ỦY BAN NHÂN DÂN TỈNH AN GIANG"),
...     tasks=[Task(text="Xây dựng kế hoạch chi tiết", lead=[Agency(name="Sở Y tế")],
...                 deadline="trước ngày 31/12/2021")],
...     reporting=[ReportingRequirement(text="báo cáo định kỳ hàng tháng",
...                                     cycle="hằng tháng, trước ngày 15",
...                                     recipient=Agency(name="UBND tỉnh"))])
>>> ics = to_ics(plan, dtstamp=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
>>> for line in ics.decode().replace("\\r\\n ", "").splitlines():   # unfolded
...     if line.startswith(("BEGIN:V", "DUE", "DTSTART", "RRULE", "SUMMARY")):
...         print(line)
BEGIN:VCALENDAR
BEGIN:VTODO
DUE;VALUE=DATE:20211230
SUMMARY:Sở Y tế chủ trì: Xây dựng kế hoạch chi tiết (trước ngày 31/12/2021)
BEGIN:VEVENT
DTSTART;VALUE=DATE:20220114
RRULE:FREQ=MONTHLY;BYMONTHDAY=14
SUMMARY:Gửi báo cáo hằng tháng về UBND tỉnh
"""

from __future__ import annotations

import datetime as dt
import uuid
from datetime import date, timedelta

from vnplan.agencies import agency_key
from vnplan.cycles import ReportingCycle
from vnplan.deadlines import DeadlineKind
from vnplan.errors import IncompleteValue, VnplanError
from vnplan.model import Document, Plan, ReportingRequirement, Task, TaskStatus
from vnplan.model.obligations import (
    report_cycle,
    report_title,
    resolve_deadline,
    task_duties,
    task_title,
)
from vnplan.periods import Period
from vnplan.workdays import WorkingCalendar

__all__ = ["ADJUSTED_HORIZON_DAYS", "UID_NAMESPACE", "to_ics"]

#: The namespace of every UID vnplan writes (itself ``uuid5(NAMESPACE_URL, ...)``).
UID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://vnplan.readthedocs.io/ics/uid")
#: Days of due days listed for a working-day-adjusted cycle when the calendar has no end.
ADJUSTED_HORIZON_DAYS = 366

_FOLD = 75  # octets per line, CRLF excluded
_STATUS = {
    TaskStatus.DONE: "COMPLETED",
    TaskStatus.CANCELLED: "CANCELLED",
    TaskStatus.IN_PROGRESS: "IN-PROCESS",
}


def to_ics(
    doc: Document,
    *,
    start: date | None = None,
    end: date | None = None,
    dtstamp: dt.datetime | None = None,
    calendar: WorkingCalendar | None = None,
) -> bytes:
    """The document's tasks and reporting duties as an iCalendar file (UTF-8 bytes).

    Args:
        doc: a document, plan or report.
        start: first day of the calendar: recurring entries begin with the first due day
            on or after it, and one-off entries before it are left out. Default: the
            document date for recurring entries (no limit for one-off entries).
        end: last day: recurring entries end with the last due day on or before it
            (``UNTIL``), one-off entries after it are left out. Default: the end of a
            plan's ``period`` for recurring entries, otherwise open-ended.
        dtstamp: the ``DTSTAMP`` of every entry (an aware datetime; a naive one is taken
            as UTC). Default: now.
        calendar: working calendar for working-day deadlines and adjusted cycles.

    Raises:
        IncompleteValue: the document has a recurring duty but neither a date, a period
            nor ``start`` says when it begins.
        VnplanError: an argument has the wrong type.
    """
    if not isinstance(doc, Document):
        raise VnplanError(f"expected a vnplan Document, Plan or Report, got {type(doc).__name__}")
    for value, what in ((start, "start"), (end, "end")):
        if value is not None and (not isinstance(value, date) or isinstance(value, dt.datetime)):
            raise VnplanError(f"expected {what} as a datetime.date, got {type(value).__name__}")
    if calendar is not None and not isinstance(calendar, WorkingCalendar):
        raise VnplanError(f"expected a WorkingCalendar, got {type(calendar).__name__}")
    stamp = _stamp(dtstamp)
    cal = calendar if calendar is not None else WorkingCalendar.default()
    writer = _Writer(doc, start, end, stamp, cal)
    lines = [
        "BEGIN:VCALENDAR",
        _content("PRODID", _prodid()),
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    name = _calendar_name(doc)
    if name:
        lines += [_content("NAME", _text(name)), _content("X-WR-CALNAME", _text(name))]
    for i, task in enumerate(doc.tasks):
        lines += writer.task(i, task)
    for i, req in enumerate(doc.reporting):
        lines += writer.report(i, req)
    lines.append("END:VCALENDAR")
    return b"".join(_fold(line) for line in lines)


# -- the entries --------------------------------------------------------------------------


class _Writer:
    """Builds the entries of one document; keeps the UIDs it has handed out."""

    def __init__(
        self,
        doc: Document,
        start: date | None,
        end: date | None,
        stamp: str,
        cal: WorkingCalendar,
    ) -> None:
        self.doc = doc
        self.start = start
        self.end = end
        self.stamp = stamp
        self.cal = cal
        self.active: Period | None = doc.period if isinstance(doc, Plan) else None
        self.doc_key = _document_key(doc)
        self.reference = _reference_line(doc)
        self.seen: dict[str, int] = {}
        self.due_cache: dict[ReportingCycle, list[date]] = {}

    # UIDs -----------------------------------------------------------------------------------

    def uid(self, *parts: str) -> str:
        key = "\x1f".join((self.doc_key, *parts))
        count = self.seen.get(key, 0)
        self.seen[key] = count + 1
        if count:
            key += f"\x1f#{count}"
        return str(uuid.uuid5(UID_NAMESPACE, key))

    # tasks ----------------------------------------------------------------------------------

    def task(self, index: int, task: Task) -> list[str]:
        content = ("task", _words(task.text), *(_name_key(a.name) for a in task.lead))
        lines: list[str] = []
        deadline, cycles = task_duties(task, self.doc.reporting)
        uid = self.uid(*content, "deadline")
        if deadline is not None:
            due = resolve_deadline(deadline, self.doc.date, self.cal)
            if due is not None and self._inside(due):
                status = _STATUS.get(task.status, "NEEDS-ACTION") if task.status else "NEEDS-ACTION"
                lines += self._todo(
                    uid, due, f"{task_title(task)} ({deadline})", self._task_details(task),
                    "Nhiệm vụ", f"task/{index}", status,
                )  # fmt: skip
        for n, cycle in enumerate(cycles):
            uid = self.uid(*content, f"cycle{n}")
            summary = f"{task_title(task)} ({cycle.frequency.vietnamese})"
            lines += self._recurring(uid, cycle, summary, self._task_details(task), "Nhiệm vụ",
                                     f"task/{index}")
        return lines

    def _task_details(self, task: Task) -> str:
        rows = [task.text.strip()]
        if task.lead:
            rows.append("Chủ trì: " + "; ".join(_words(a.name) for a in task.lead))
        if task.coordinators:
            rows.append("Phối hợp: " + "; ".join(_words(a.name) for a in task.coordinators))
        if task.deadline_text:
            rows.append("Thời hạn: " + _words(task.deadline_text))
        elif task.deadline is not None:
            rows.append(f"Thời hạn: {task.deadline}")
        if task.recurrence is not None:
            rows.append(f"Định kỳ: {task.recurrence}")
        if task.deliverable:
            rows.append("Sản phẩm: " + _words(task.deliverable))
        if self.reference:
            rows.append(self.reference)
        return "\n".join(rows)

    # reports --------------------------------------------------------------------------------

    def report(self, index: int, req: ReportingRequirement) -> list[str]:
        content = (
            "report", _words(req.text), *(_name_key(a.name) for a in req.reporters),
            _name_key(req.recipient.name) if req.recipient is not None else "",
        )  # fmt: skip
        uid = self.uid(*content)
        cycle = report_cycle(req)
        details = self._report_details(req, cycle)
        if cycle is not None:
            summary = report_title(req, cycle.frequency.vietnamese)
            return self._recurring(uid, cycle, summary, details, "Báo cáo", f"report/{index}")
        due = req.due
        if due is None or due.kind is DeadlineKind.RECURRING:
            return []
        day = resolve_deadline(due, self.doc.date, self.cal)
        if day is None or not self._inside(day):
            return []
        what = req.cycle.frequency.vietnamese if req.cycle is not None else ""
        return self._todo(uid, day, f"{report_title(req, what)} ({due})", details, "Báo cáo",
                          f"report/{index}", "NEEDS-ACTION")

    def _report_details(self, req: ReportingRequirement, cycle: ReportingCycle | None) -> str:
        rows = [req.text.strip()]
        if req.name:
            rows.append("Tên báo cáo: " + _words(req.name))
        if req.reporters:
            rows.append("Đơn vị báo cáo: " + "; ".join(_words(a.name) for a in req.reporters))
        if req.recipient is not None:
            rows.append("Nơi nhận báo cáo: " + _words(req.recipient.name))
        if cycle is not None:
            rows.append(f"Tần suất: {cycle}")
        elif req.due is not None:
            rows.append(f"Thời hạn: {req.due}")
        if req.data_window_text:
            rows.append("Thời gian chốt số liệu: " + _words(req.data_window_text))
        elif req.data_window is not None:
            rows.append(f"Thời gian chốt số liệu: {req.data_window}")
        if self.reference:
            rows.append(self.reference)
        return "\n".join(rows)

    # components -----------------------------------------------------------------------------

    def _inside(self, day: date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)

    def _todo(
        self, uid: str, due: date, summary: str, details: str, category: str, source: str,
        status: str,
    ) -> list[str]:
        return [
            "BEGIN:VTODO",
            _content("UID", uid),
            "DTSTAMP:" + self.stamp,
            "DUE;VALUE=DATE:" + _ical_date(due),
            _content("SUMMARY", _text(summary)),
            _content("DESCRIPTION", _text(details)),
            _content("CATEGORIES", _text(category)),
            "STATUS:" + status,
            _content("X-VNPLAN-SOURCE", _text(source)),
            "END:VTODO",
        ]

    def _recurring(
        self, uid: str, cycle: ReportingCycle, summary: str, details: str, category: str,
        source: str,
    ) -> list[str]:
        days = self._due_days(cycle)
        if not days:
            return []
        first = days[0]
        lines = [
            "BEGIN:VEVENT",
            _content("UID", uid),
            "DTSTAMP:" + self.stamp,
            "DTSTART;VALUE=DATE:" + _ical_date(first),
            "DTEND;VALUE=DATE:" + _ical_date(first + timedelta(days=1)),
        ]
        rule = cycle.rrule()
        if rule is not None:
            bounded = self.end is not None or self.active is not None
            lines.append(f"RRULE:{rule};UNTIL={_ical_date(days[-1])}" if bounded else
                         f"RRULE:{rule}")
        elif len(days) > 1:
            lines.append("RDATE;VALUE=DATE:" + ",".join(_ical_date(d) for d in days[1:]))
        lines += [
            _content("SUMMARY", _text(summary)),
            _content("DESCRIPTION", _text(details)),
            _content("CATEGORIES", _text(category)),
            "TRANSP:TRANSPARENT",
            _content("X-VNPLAN-SOURCE", _text(source)),
            _content("X-VNPLAN-CYCLE", _text(str(cycle))),
            "END:VEVENT",
        ]
        return lines

    def _due_days(self, cycle: ReportingCycle) -> list[date]:
        """Due days of a recurring entry: the first one, and for a bounded one the last.

        For a cycle without RRULE, every due day that will be listed.
        """
        found = self.due_cache.get(cycle)
        if found is None:
            found = self.due_cache[cycle] = self._find_due_days(cycle)
        return found

    def _find_due_days(self, cycle: ReportingCycle) -> list[date]:
        begin = self._begin()
        if self.end is not None and self.end < begin:
            return []
        last = self.end
        if self.active is not None:
            # the last report owed is the last whose period starts inside the plan's
            horizon = _add_days(self.active.end, 400)
            stop = horizon if last is None else min(last, horizon)
            owed = [d for d, p in self._pairs(cycle, begin, stop) if p.start <= self.active.end]
            if not owed:
                return []
            last = owed[-1]
        if cycle.rrule() is not None:
            first = self._pairs(cycle, begin, _add_days(begin, 400))
            if not first or (last is not None and first[0][0] > last):
                return []
            return [first[0][0]] if last is None else [first[0][0], last]
        stop = last if last is not None else _add_days(begin, ADJUSTED_HORIZON_DAYS - 1)
        return [d for d, _p in self._pairs(cycle, begin, stop)]

    def _pairs(self, cycle: ReportingCycle, lo: date, hi: date) -> list[tuple[date, Period]]:
        try:
            return cycle.due_periods(lo, hi, calendar=self.cal)
        except VnplanError:
            return []

    def _begin(self) -> date:
        """The day recurring entries start from."""
        candidates = [d for d in (self.start, self.doc.date) if d is not None]
        if candidates:
            return max(candidates)
        if self.active is not None:
            return self.active.start
        raise IncompleteValue(
            "the document has recurring duties but no date; pass start= to say when they begin",
            expected="start",
        )


# -- keys and texts -------------------------------------------------------------------------


def _words(text: str) -> str:
    return " ".join(text.split())


def _name_key(name: str) -> str:
    try:
        return agency_key(name)
    except VnplanError:
        return _words(name).casefold()


def _document_key(doc: Document) -> str:
    issuer = _name_key(doc.issuer.name) if doc.issuer is not None else ""
    year = f"{doc.date.year:04d}" if doc.date is not None else ""
    if doc.number is not None:
        return "\x1f".join(("number", str(doc.number), year, issuer))
    return "\x1f".join((
        "draft", _words(doc.doc_type or ""), _words(doc.title or ""), issuer,
        doc.date.isoformat() if doc.date is not None else "",
    ))  # fmt: skip


def _reference_line(doc: Document) -> str:
    """ "Theo Kế hoạch số 800/KH-UBND ngày 23/12/2021 của ỦY BAN NHÂN DÂN TỈNH AN GIANG"."""
    parts = [_words(doc.doc_type) if doc.doc_type else "văn bản"]
    if doc.number is not None:
        parts.append(f"số {doc.number}")
    if doc.date is not None:
        parts.append(f"ngày {doc.date.day:02d}/{doc.date.month:02d}/{doc.date.year:04d}")
    if doc.issuer is not None:
        parts.append(f"của {_words(doc.issuer.name)}")
    if len(parts) == 1:
        return ""
    return "Theo " + " ".join(parts)


def _calendar_name(doc: Document) -> str:
    head = _words(doc.doc_type) if doc.doc_type else ""
    if doc.number is not None:
        head = f"{head} {doc.number}".strip()
    title = _words(doc.title) if doc.title else ""
    return f"{head}: {title}" if head and title else head or title


def _prodid() -> str:
    from vnplan import __version__  # the package is fully imported by the time this runs

    return f"-//vnplan//vnplan {__version__}//VI"


def _add_days(day: date, n: int) -> date:
    return date.fromordinal(min(day.toordinal() + n, date.max.toordinal()))


def _ical_date(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _stamp(value: dt.datetime | None) -> str:
    if value is None:
        value = dt.datetime.now(dt.UTC)
    elif not isinstance(value, dt.datetime):
        raise VnplanError(f"expected dtstamp as a datetime.datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.replace(tzinfo=dt.UTC)
    try:
        utc = value.astimezone(dt.UTC)
    except (OverflowError, ValueError):
        raise VnplanError(f"dtstamp {value.isoformat()} cannot be written in UTC") from None
    return f"{utc.year:04d}{utc.month:02d}{utc.day:02d}T{utc.hour:02d}{utc.minute:02d}" \
           f"{utc.second:02d}Z"


# -- RFC 5545 content lines -----------------------------------------------------------------


def _text(value: str) -> str:
    """A TEXT value (RFC 5545 §3.3.11): escape ``\\ ; ,`` and line breaks; drop DEL."""
    out = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    out = out.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return out.replace("\x7f", "")


def _content(name: str, value: str) -> str:
    return f"{name}:{value}"


def _fold(line: str) -> bytes:
    """One content line as UTF-8, folded at 75 octets (RFC 5545 §3.1), with its CRLF.

    A continuation line starts with a space, which counts in its 75 octets; a cut never
    falls inside a UTF-8 sequence (before a continuation byte ``10xxxxxx``).
    """
    data = line.encode("utf-8")
    if len(data) <= _FOLD:
        return data + b"\r\n"
    pieces = []
    pos, limit = 0, _FOLD
    while len(data) - pos > limit:
        cut = pos + limit
        while data[cut] & 0xC0 == 0x80:
            cut -= 1
        pieces.append(data[pos:cut])
        pos, limit = cut, _FOLD - 1
    pieces.append(data[pos:])
    return b"\r\n ".join(pieces) + b"\r\n"
