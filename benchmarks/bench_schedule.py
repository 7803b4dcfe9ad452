"""Working days, deadlines and reporting cycles"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import holidays
import icalendar
from common import Row, megabytes_per_second, per_second, seed_texts

import vnplan
from vnplan.model import Agency, Plan, ReportingRequirement, Task

_RNG = random.Random(5)
_DAYS = [date(2000, 1, 1) + timedelta(days=_RNG.randrange(0, 365 * 90)) for _ in range(200)]
_STEPS = [_RNG.randrange(-750, 750) for _ in range(200)]
_HOLIDAYS = holidays.country_holidays("VN", years=range(1995, 2100), language="vi")


def _walk(day: date, n: int) -> date:
    """Baseline: step one day at a time, asking the holidays package about each day."""
    step = timedelta(days=1 if n > 0 else -1)
    left = abs(n)
    while left:
        day += step
        if _HOLIDAYS.is_working_day(day):
            left -= 1
    return day


def _batch(fn: object) -> object:
    def run() -> None:
        for day, n in zip(_DAYS, _STEPS, strict=True):
            fn(day, n)  # type: ignore[operator]

    return run


def run() -> list[Row]:
    cal = vnplan.WorkingCalendar.default()
    cal.working_days_between(date(1995, 1, 1), date(2099, 12, 31))  # build the table once
    rows = [
        Row(
            "add_working_days(d, ±0-750), 200 calls",
            per_second(_batch(vnplan.add_working_days), number=20) * 200,
            "calls/s",
            "day-by-day walk, holidays.is_working_day",
            per_second(_batch(_walk), number=1, repeat=3) * 200,
        ),
        Row(
            "working_days_between over one year",
            per_second(lambda: vnplan.working_days_between(date(2025, 3, 7), date(2026, 3, 7))),
            "calls/s",
            "holidays.get_working_days_count",
            per_second(
                lambda: _HOLIDAYS.get_working_days_count(date(2025, 3, 8), date(2026, 3, 7)),
                number=20,
            ),
        ),
        Row(
            "is_working_day",
            per_second(lambda: vnplan.is_working_day(date(2026, 2, 17)), number=20000),
            "calls/s",
            "holidays.is_working_day",
            per_second(lambda: _HOLIDAYS.is_working_day(date(2026, 2, 17)), number=20000),
        ),
        Row(
            "WorkingCalendar(): first question, 1 year",
            per_second(lambda: vnplan.WorkingCalendar().is_working_day(date(2026, 1, 5)), 50),
            "calls/s",
        ),
        Row(
            "Deadline.parse('trong thời hạn 05 ngày…')",
            per_second(
                lambda: vnplan.Deadline.parse("trong thời hạn 05 ngày làm việc kể từ ngày nhận"),
                number=500,
            ),
            "calls/s",
            "vnplan.parse_date('ngày 31/12/2021')",
            per_second(lambda: vnplan.parse_date("ngày 31/12/2021"), number=500),
        ),
        Row(
            "ReportingCycle.parse (quarterly phrase)",
            per_second(
                lambda: vnplan.ReportingCycle.parse(
                    "hằng quý, chậm nhất vào ngày 25 của tháng cuối quý"
                ),
                number=500,
            ),
            "calls/s",
        ),
        Row(
            "due_dates: monthly cycle over 10 years",
            per_second(
                lambda: _MONTHLY.due_dates(date(2020, 1, 1), date(2029, 12, 31)), number=20
            ),
            "calls/s",
            "same, adjusted to working days",
            per_second(
                lambda: _MONTHLY.due_dates(
                    date(2020, 1, 1), date(2029, 12, 31), adjustment=vnplan.Adjustment.FOLLOWING
                ),
                number=20,
            ),
        ),
        Row(
            "find_deadlines over the seeds",
            megabytes_per_second(vnplan.find_deadlines, "\n".join(seed_texts()), repeat=3),
            "MB/s",
            "find_dates over the seeds",
            megabytes_per_second(lambda t: list(vnplan.find_dates(t)), "\n".join(seed_texts()),
                                 repeat=3),
        ),
    ]
    rows += _plan_rows()
    return rows


_MONTHLY = vnplan.ReportingCycle.parse("trước ngày 15 hằng tháng")

_DEADLINES = [
    "trước ngày 31/12/2021", "trong Quý I/2022", "chậm nhất ngày 15/06/2022", "thường xuyên",
    "trong thời hạn 05 ngày làm việc kể từ ngày nhận", "trước 31/3", "trong năm 2022",
    "trước ngày 15 hằng tháng", "trong tháng 9 năm 2022", "trong 30 ngày",
]  # fmt: skip
_CYCLES = [
    "hằng tháng, trước ngày 15", "hằng quý, chậm nhất ngày 25 của tháng cuối quý",
    "6 tháng, trước ngày 20 của tháng cuối kỳ", "hằng năm, trước ngày 15 tháng 12",
    "hằng tuần, trước thứ Sáu",
]  # fmt: skip


def _plan() -> Plan:
    """A plan the shape of 800/KH-UBND, larger: 60 tasks and 5 reporting duties."""
    return Plan(
        number_text="800/KH-UBND", doc_type="Kế hoạch", date=date(2021, 12, 23),
        issuer=Agency(name="ỦY BAN NHÂN DÂN TỈNH AN GIANG"),
        title="Đảm bảo an sinh xã hội cho người dân trong điều kiện phòng, chống dịch Covid-19",
        tasks=[
            Task(text=f"Nhiệm vụ {i}: triển khai, kiểm tra, giám sát; báo cáo kết quả thực hiện "
                      "các chính sách an sinh xã hội trên địa bàn tỉnh",
                 lead=[Agency(name=f"Sở {i % 12}")],
                 coordinators=[Agency(name="UBND các huyện, thị xã, thành phố")],
                 deadline=_DEADLINES[i % len(_DEADLINES)])
            for i in range(60)
        ],
        reporting=[
            ReportingRequirement(text=f"báo cáo định kỳ {c}", cycle=c,
                                 reporters=[Agency(name="Các Sở, Ban, ngành cấp tỉnh")],
                                 recipient=Agency(name="Ủy ban nhân dân tỉnh"))
            for c in _CYCLES
        ],
    )  # fmt: skip


def _plan_rows() -> list[Row]:
    plan = _plan()
    start, end = date(2021, 12, 1), date(2022, 12, 31)
    count = len(plan.schedule(start, end))
    stamp = datetime(2026, 1, 1, tzinfo=UTC)
    data = vnplan.to_ics(plan, dtstamp=stamp)
    parsed = icalendar.Calendar.from_ical(data)
    return [
        Row(
            f"Plan.schedule, 1 year ({count} obligations)",
            per_second(lambda: plan.schedule(start, end), number=20),
            "calls/s",
            "due_dates of its 5 cycles alone",
            per_second(lambda: [c.due_dates(start, end) for c in _PARSED_CYCLES], number=20),
        ),
        Row(
            "Plan.overdue(as_of=31/12/2022)",
            per_second(lambda: plan.overdue(date(2022, 12, 31), {0, 1, "report/0"}), number=20),
            "calls/s",
        ),
        Row(
            f"to_ics, same plan ({len(data) // 1024} KiB)",
            per_second(lambda: vnplan.to_ics(plan, dtstamp=stamp), number=20),
            "calls/s",
            "icalendar: to_ical of the same calendar",
            per_second(parsed.to_ical, number=20),
        ),
        Row(
            "icalendar: read the to_ics output",
            per_second(lambda: icalendar.Calendar.from_ical(data), number=20),
            "calls/s",
        ),
    ]


_PARSED_CYCLES = [vnplan.ReportingCycle.parse(c) for c in _CYCLES]
