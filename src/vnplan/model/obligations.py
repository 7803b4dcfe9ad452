"""A document's tasks and reporting duties as dated obligations.

:meth:`Document.schedule <vnplan.model.Document.schedule>` (and so ``Plan.schedule``)
and :meth:`~vnplan.model.Document.overdue` delegate here. Only value types are used
(:class:`~vnplan.deadlines.Deadline`, :class:`~vnplan.cycles.ReportingCycle`,
:class:`~vnplan.periods.Period`, :class:`~vnplan.workdays.WorkingCalendar`); serializers
such as :func:`vnplan.to_ics` build on the result, never the other way round.

Rules (see also ``docs/schedules.md``):

- **The date of an obligation is the last day on which it is met**: "trước ngày
  31/12/2021" gives 30/12/2021, "trong Quý I/2026" gives 31/03/2026, "trước ngày 15 hằng
  tháng" the 14th (:attr:`Deadline.last_day <vnplan.deadlines.Deadline.last_day>`,
  :meth:`ReportingCycle.due_dates <vnplan.cycles.ReportingCycle.due_dates>`).
- **The document date is the reference**: it supplies the year of "trước 31/12" and the
  start of relative deadlines ("trong 10 ngày làm việc"; an anchor that names its own
  date, "kể từ ngày 01/3/2026", counts from that date instead).
- **Recurring duties** (a task's recurring deadline or ``recurrence``, a requirement's
  periodic ``cycle``) give one obligation per due day, with the period each report covers.
  They start on the document date (nothing is due before the document exists) and, for a
  plan with a ``period``, end with the last report whose period starts inside the plan's.
- A task that restates a reporting requirement of the same clause (the text parser
  may read "báo cáo định kỳ hàng tháng (trước ngày 15 hàng tháng)" as both) leaves the
  shared dates to the requirement (:func:`task_duties`).
- A requirement's periodic ``cycle`` wins over its ``due``; ``due`` counts when there is
  no periodic cycle (a thematic or ad-hoc report with a date), or when it is a recurring
  deadline that names the day a day-less cycle of the same frequency leaves open.
- Standing ("thường xuyên") and open-ended ("từ ngày X") deadlines, and deadlines that
  cannot be dated (no document date for "trước 31/12"), give no obligation.

>>> import datetime as dt
>>> from vnplan.model import Agency, Plan, ReportingRequirement, Task
>>> plan = Plan(
...     number_text="800/KH-UBND", date=dt.date(2021, 12, 23),
...     tasks=[Task(text="Xây dựng kế hoạch chi tiết của ngành",
...                 lead=[Agency(name="Sở Y tế")], deadline="trước ngày 31/12/2021")],
...     reporting=[ReportingRequirement(
...         text="báo cáo định kỳ hàng tháng (trước ngày 15 hàng tháng)",
...         cycle="hằng tháng, trước ngày 15", reporters=[Agency(name="Sở Y tế")],
...         recipient=Agency(name="UBND tỉnh"))])
>>> obligations = plan.schedule(dt.date(2021, 12, 1), dt.date(2022, 2, 28))
>>> for ob in obligations:
...     print(ob)
30/12/2021 Sở Y tế chủ trì: Xây dựng kế hoạch chi tiết của ngành (trước ngày 31/12/2021)
14/01/2022 Sở Y tế gửi báo cáo tháng 01 năm 2022 về UBND tỉnh
14/02/2022 Sở Y tế gửi báo cáo tháng 02 năm 2022 về UBND tỉnh
>>> print(*(ob.id for ob in obligations))
task/0/2021-12-30 report/0/2022-01-14 report/0/2022-02-14
>>> str(obligations[1].period), obligations[1].agencies
('tháng 01 năm 2022', ('Sở Y tế',))
>>> print(*(ob.id for ob in plan.overdue(dt.date(2022, 2, 1), done={"task/0"})))
report/0/2022-01-14
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import date, timedelta
from typing import TypeAlias

import attrs

from vnplan.cycles import ReportingCycle
from vnplan.deadlines import Deadline, DeadlineKind
from vnplan.errors import IncompleteValue, VnplanError
from vnplan.model.agency import Agency
from vnplan.model.reporting import ReportingRequirement
from vnplan.model.task import Task, TaskStatus
from vnplan.periods import Period
from vnplan.workdays import WorkingCalendar

__all__ = [
    "Done",
    "Obligation",
    "ObligationKind",
    "overdue_obligations",
    "report_cycle",
    "report_title",
    "resolve_deadline",
    "schedule_obligations",
    "task_duties",
    "task_title",
]

#: Longest task text a summary quotes before cutting it at a word with "…".
SUMMARY_TEXT = 120


class ObligationKind(enum.StrEnum):
    """What falls due."""

    TASK_DEADLINE = "task_deadline"  #: a task's deadline (hạn hoàn thành nhiệm vụ)
    REPORT_DUE = "report_due"  #: a report's due day (hạn gửi báo cáo)

    @property
    def vietnamese(self) -> str:
        """``"nhiệm vụ"`` or ``"báo cáo"``."""
        return "nhiệm vụ" if self is ObligationKind.TASK_DEADLINE else "báo cáo"

    @property
    def prefix(self) -> str:
        """First part of an :attr:`Obligation.id`: ``"task"`` or ``"report"``."""
        return "task" if self is ObligationKind.TASK_DEADLINE else "report"


_KIND_ORDER = {ObligationKind.TASK_DEADLINE: 0, ObligationKind.REPORT_DUE: 1}


def _check_date(_instance: object, _attribute: object, value: datetime.date) -> None:
    if not isinstance(value, date) or isinstance(value, datetime.datetime):
        raise VnplanError(f"expected a datetime.date, got {type(value).__name__}")


def _to_kind(value: object) -> ObligationKind:
    if isinstance(value, ObligationKind):
        return value
    for kind in ObligationKind:
        if value == kind.value:
            return kind
    raise VnplanError(f"expected 'task_deadline' or 'report_due', got {value!r:.60}")


def _to_names(value: object) -> tuple[str, ...]:
    if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise VnplanError(f"expected the agencies as a tuple of names, got {value!r:.60}")


def _check_index(_instance: object, _attribute: object, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise VnplanError(f"expected a source index (int >= 0), got {value!r:.60}")


def _check_text(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str):
        raise VnplanError(f"expected {attribute.name} as text, got {type(value).__name__}")


def _check_period(_instance: object, _attribute: object, value: Period | None) -> None:
    if value is not None and not isinstance(value, Period):
        raise VnplanError(f"expected a Period or None, got {type(value).__name__}")


@attrs.frozen(slots=True)
class Obligation:
    """One dated obligation of a document: a task deadline or a report due day.

    Compared and hashed by value; :attr:`source` (the task or requirement object it comes
    from) is left out of comparisons.

    Attributes:
        date: the last day on which the obligation is met.
        kind: :class:`ObligationKind`.
        index: position of the source in ``document.tasks`` or ``document.reporting``.
        agencies: names of the responsible agencies (a task's lead agencies, a report's
            reporters), in document order; empty when the document names none.
        summary: one line in Vietnamese naming the agency ("Sở Y tế chủ trì: …",
            "Sở Y tế gửi báo cáo tháng 01 năm 2022 về UBND tỉnh").
        rule: the canonical deadline or cycle it comes from ("trước ngày 31/12/2021",
            "hằng tháng, trước ngày 15").
        period: the period a report (or a recurring task) covers; ``None`` for one-off
            deadlines.
        source: the :class:`~vnplan.model.Task` or
            :class:`~vnplan.model.ReportingRequirement`.
    """

    date: datetime.date = attrs.field(validator=_check_date)
    kind: ObligationKind = attrs.field(converter=_to_kind)
    index: int = attrs.field(validator=_check_index)
    agencies: tuple[str, ...] = attrs.field(converter=_to_names)
    summary: str = attrs.field(validator=_check_text)
    rule: str = attrs.field(validator=_check_text)
    period: Period | None = attrs.field(default=None, validator=_check_period)
    source: Task | ReportingRequirement | None = attrs.field(
        default=None, eq=False, repr=False
    )

    @property
    def source_key(self) -> str:
        """``"task/<index>"`` or ``"report/<index>"``: every obligation of one source."""
        return f"{self.kind.prefix}/{self.index}"

    @property
    def id(self) -> str:
        """Stable id within a document: ``"task/3/2021-12-30"``, ``"report/0/2022-01-14"``."""
        return f"{self.source_key}/{self.date.isoformat()}"

    def __str__(self) -> str:
        return f"{self.date.day:02d}/{self.date.month:02d}/{self.date.year:04d} {self.summary}"


#: What :func:`overdue_obligations` counts as done: a predicate on obligations, or a
#: collection of task indices (``int``), obligation ids ("task/3/2021-12-30") and source
#: keys ("task/3", "report/0": every obligation of that task or requirement).
Done: TypeAlias = Callable[[Obligation], bool] | Collection[int | str] | None


def schedule_obligations(
    tasks: Sequence[Task],
    reporting: Sequence[ReportingRequirement],
    start: date,
    end: date,
    *,
    reference: date | None = None,
    active: Period | None = None,
    calendar: WorkingCalendar | None = None,
) -> list[Obligation]:
    """The obligations of ``tasks`` and ``reporting`` dated from ``start`` to ``end``.

    Args:
        start: first day (included).
        end: last day (included); ``end < start`` gives no obligation.
        reference: the document date (see the module rules).
        active: the span a plan covers; recurring duties stop with it.
        calendar: working calendar for working-day deadlines and adjusted cycles.

    Returns the obligations sorted by date, then tasks before reports, then document
    order. Each (source, date) pair appears once.
    """
    _check_day(start, "start")
    _check_day(end, "end")
    if reference is not None:
        _check_day(reference, "reference")
    if active is not None and not isinstance(active, Period):
        raise VnplanError(f"expected the active span as a Period, got {type(active).__name__}")
    if calendar is not None and not isinstance(calendar, WorkingCalendar):
        raise VnplanError(f"expected a WorkingCalendar, got {type(calendar).__name__}")
    if end < start:
        return []
    cal = calendar if calendar is not None else WorkingCalendar.default()
    window = _Window(start, end, reference, active, cal)
    found: list[Obligation] = []
    for i, task in enumerate(tasks):
        found.extend(_task_obligations(i, task, reporting, window))
    for i, req in enumerate(reporting):
        found.extend(_report_obligations(i, req, window))
    found.sort(key=lambda ob: (ob.date, _KIND_ORDER[ob.kind], ob.index))
    return found


def overdue_obligations(
    tasks: Sequence[Task],
    reporting: Sequence[ReportingRequirement],
    as_of: date,
    done: Done = None,
    *,
    since: date | None = None,
    reference: date | None = None,
    active: Period | None = None,
    calendar: WorkingCalendar | None = None,
) -> list[Obligation]:
    """Obligations dated before ``as_of`` (from ``since``) that are not done.

    An obligation dated ``as_of`` is not overdue yet. Tasks whose ``status`` is done or
    cancelled are never overdue. ``since`` defaults to ``reference`` (the document date).

    Raises:
        IncompleteValue: neither ``since`` nor a document date was given.
        VnplanError: ``done`` is not a predicate nor a collection of ints and strings.
    """
    _check_day(as_of, "as_of")
    first = since if since is not None else reference
    if first is None:
        raise IncompleteValue(
            "the document has no date; pass since= to say from when to look for overdue work",
            expected="since",
        )
    _check_day(first, "since")
    is_done = _done_predicate(done)
    if as_of == date.min:
        return []
    found = schedule_obligations(
        tasks, reporting, first, as_of - timedelta(days=1),
        reference=reference, active=active, calendar=calendar,
    )  # fmt: skip
    return [ob for ob in found if not _closed(ob) and not is_done(ob)]


# -- internals --------------------------------------------------------------------------------


@attrs.define
class _Window:
    start: date
    end: date
    reference: date | None
    active: Period | None
    calendar: WorkingCalendar
    # plans repeat the same cycle ("trước ngày 15 hằng tháng") over many tasks
    seen: dict[ReportingCycle, list[tuple[date, Period]]] = attrs.field(factory=dict)

    def recurring(self, cycle: ReportingCycle) -> list[tuple[date, Period]]:
        """Due days of ``cycle`` in the window, from the document date, within the plan."""
        found = self.seen.get(cycle)
        if found is None:
            found = self.seen[cycle] = self._recurring(cycle)
        return found

    def _recurring(self, cycle: ReportingCycle) -> list[tuple[date, Period]]:
        lo = self.start if self.reference is None else max(self.start, self.reference)
        if lo > self.end:
            return []
        try:
            pairs = cycle.due_periods(lo, self.end, calendar=self.calendar)
        except VnplanError:
            return []
        if self.active is not None:
            last = self.active.end
            pairs = [(d, p) for d, p in pairs if p.start <= last]
        return pairs

    def holds(self, day: date) -> bool:
        return self.start <= day <= self.end


def _check_day(value: object, what: str) -> None:
    if not isinstance(value, date) or isinstance(value, datetime.datetime):
        raise VnplanError(f"expected {what} as a datetime.date, got {type(value).__name__}")


def _names(agencies: Iterable[Agency]) -> tuple[str, ...]:
    return tuple(" ".join(a.name.split()) for a in agencies)


def _shorten(text: str, limit: int = SUMMARY_TEXT) -> str:
    """One line of at most ``limit`` characters, cut at a word with "…"."""
    words = " ".join(text.split()).rstrip(" .;:,")
    if len(words) <= limit:
        return words
    cut = words[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" .;:,") + "…"


def _who(names: tuple[str, ...]) -> str:
    return ", ".join(names)


def task_title(task: Task) -> str:
    """The one-line title of a task naming its lead: "Sở Y tế chủ trì: Xây dựng …".

    A text that already starts with its lead agency ("Sở Y tế chủ trì, phối hợp …") is
    its own title.
    """
    text = _shorten(task.text)
    names = _names(task.lead)
    if not names:
        return f"Nhiệm vụ: {text}"
    if text.casefold().startswith(names[0].casefold()):
        return text
    return f"{_who(names)} chủ trì: {text}"


def report_title(req: ReportingRequirement, what: str) -> str:
    """The one-line title of a report: "Sở Y tế gửi báo cáo <what> về UBND tỉnh".

    ``what`` is the period or frequency ("tháng 01 năm 2022", "hằng tháng"), or empty.
    """
    names = _names(req.reporters)
    if req.name:
        report = _shorten(req.name, 80)
        report = f"{report} ({what})" if what else report
    else:
        report = f"báo cáo {what}" if what else "báo cáo"
    line = f"{_who(names)} gửi {report}" if names else f"Gửi {report}"
    if req.recipient is not None:
        line += f" về {' '.join(req.recipient.name.split())}"
    return line


def task_duties(
    task: Task, reporting: Sequence[ReportingRequirement] = ()
) -> tuple[Deadline | None, list[ReportingCycle]]:
    """A task's one-off deadline and its recurring cycles, as the schedule counts them.

    The one-off deadline is ``task.deadline`` unless it recurs or stands; the cycles are
    a recurring ``deadline``'s and a periodic ``recurrence`` (once each). A task that
    restates a reporting requirement of the same clause — their source spans overlap, or
    one text holds the other — leaves to the requirement the deadline or cycle they
    share, so the report is not listed twice.
    """
    deadline = task.deadline
    cycles: list[ReportingCycle] = []
    one_off: Deadline | None = None
    if deadline is not None:
        if deadline.kind is DeadlineKind.RECURRING and deadline.cycle is not None:
            cycles.append(deadline.cycle)
        elif deadline.kind is not DeadlineKind.STANDING:
            one_off = deadline
    recurrence = task.recurrence
    if recurrence is not None and recurrence.frequency.is_periodic and recurrence not in cycles:
        cycles.append(recurrence)
    if (one_off is not None or cycles) and reporting:
        for req in reporting:
            if not _same_clause(task, req):
                continue
            cycles = [c for c in cycles if c != report_cycle(req)]
            if one_off is not None and req.due == one_off:
                one_off = None
    return one_off, cycles


def _same_clause(task: Task, req: ReportingRequirement) -> bool:
    if task.span is not None and req.span is not None:
        return task.span.start < req.span.end and req.span.start < task.span.end
    mine, theirs = " ".join(task.text.split()), " ".join(req.text.split())
    return mine in theirs or theirs in mine


def _task_obligations(
    index: int, task: Task, reporting: Sequence[ReportingRequirement], window: _Window
) -> list[Obligation]:
    agencies = _names(task.lead)
    title = task_title(task)
    out: dict[date, Obligation] = {}
    deadline, cycles = task_duties(task, reporting)
    if deadline is not None:
        day = resolve_deadline(deadline, window.reference, window.calendar)
        if day is not None and window.holds(day):
            out[day] = Obligation(
                day, ObligationKind.TASK_DEADLINE, index, agencies,
                f"{title} ({deadline})", str(deadline), None, task,
            )  # fmt: skip
    for cycle in cycles:
        for day, period in window.recurring(cycle):
            out.setdefault(day, Obligation(
                day, ObligationKind.TASK_DEADLINE, index, agencies,
                f"{title} ({period})", str(cycle), period, task,
            ))  # fmt: skip
    return list(out.values())


def report_cycle(req: ReportingRequirement) -> ReportingCycle | None:
    """The periodic cycle a requirement follows, if any (see the module rules)."""
    cycle = req.cycle if req.cycle is not None and req.cycle.frequency.is_periodic else None
    due = req.due
    if due is not None and due.kind is DeadlineKind.RECURRING and due.cycle is not None and (
        cycle is None or (cycle.day is None and cycle.frequency is due.cycle.frequency)
    ):
        return due.cycle
    return cycle


def _report_obligations(
    index: int, req: ReportingRequirement, window: _Window
) -> list[Obligation]:
    agencies = _names(req.reporters)
    cycle = report_cycle(req)
    if cycle is not None:
        out: dict[date, Obligation] = {}
        for day, period in window.recurring(cycle):
            out.setdefault(day, Obligation(
                day, ObligationKind.REPORT_DUE, index, agencies,
                report_title(req, str(period)), str(cycle), period, req,
            ))  # fmt: skip
        return list(out.values())
    due = req.due
    if due is None or due.kind is DeadlineKind.RECURRING:
        return []
    last = resolve_deadline(due, window.reference, window.calendar)
    if last is None or not window.holds(last):
        return []
    what = req.cycle.frequency.vietnamese if req.cycle is not None else ""
    return [Obligation(
        last, ObligationKind.REPORT_DUE, index, agencies,
        f"{report_title(req, what)} ({due})", str(due), None, req,
    )]  # fmt: skip


def resolve_deadline(
    deadline: Deadline, reference: date | None, calendar: WorkingCalendar
) -> date | None:
    """The last day of a one-off deadline, or ``None`` when it cannot be dated.

    A relative deadline whose anchor names a date counts from that date; otherwise from
    ``reference`` (the document date).
    """
    if deadline.kind in (DeadlineKind.STANDING, DeadlineKind.RECURRING):
        return None
    try:
        if deadline.kind is DeadlineKind.RELATIVE:
            try:
                return deadline.resolve(None, calendar=calendar)
            except IncompleteValue:
                if reference is None:
                    return None
        return deadline.resolve(reference, calendar=calendar)
    except VnplanError:
        return None


def _closed(ob: Obligation) -> bool:
    source = ob.source
    return isinstance(source, Task) and source.status in (TaskStatus.DONE, TaskStatus.CANCELLED)


def _done_predicate(done: Done) -> Callable[[Obligation], bool]:
    if done is None:
        return lambda _ob: False
    if callable(done):
        predicate = done

        def call(ob: Obligation) -> bool:
            return bool(predicate(ob))

        return call
    if isinstance(done, str | bytes) or not isinstance(done, Iterable):
        raise VnplanError(
            "expected done as a predicate or a collection of task indices and obligation "
            f"ids, got {type(done).__name__}"
        )
    tasks: set[int] = set()
    keys: set[str] = set()
    for item in done:
        if isinstance(item, bool) or not isinstance(item, int | str):
            raise VnplanError(
                f"expected a task index (int) or an obligation id (str) in done, got {item!r:.60}"
            )
        if isinstance(item, int):
            tasks.add(item)
        else:
            keys.add(item)

    def member(ob: Obligation) -> bool:
        if ob.kind is ObligationKind.TASK_DEADLINE and ob.index in tasks:
            return True
        return ob.id in keys or ob.source_key in keys

    return member
