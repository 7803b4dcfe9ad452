"""Dates, periods and numbers"""

from __future__ import annotations

import datetime
from decimal import Decimal

import dateutil.parser
from common import Row, megabytes_per_second, per_second, seed_texts

import vnplan


def run() -> list[Row]:
    text = "\n".join(seed_texts())
    return [
        Row("parse_date('19/10/2021')", per_second(lambda: vnplan.parse_date("19/10/2021")),
            "/s", "date.fromisoformat('2021-10-19')",
            per_second(lambda: datetime.date.fromisoformat("2021-10-19"))),
        Row("parse_date('ngày 19 tháng 10 năm 2021')",
            per_second(lambda: vnplan.parse_date("ngày 19 tháng 10 năm 2021")), "/s",
            "dateutil parse('19/10/2021', dayfirst)",
            per_second(lambda: dateutil.parser.parse("19/10/2021", dayfirst=True))),
        Row("format_date(d)",
            per_second(lambda: vnplan.format_date(datetime.date(2021, 10, 19))), "/s",
            "d.strftime('ngày %d tháng %m năm %Y')",
            per_second(lambda: datetime.date(2021, 10, 19).strftime("ngày %d tháng %m năm %Y"))),
        Row("parse_place_date(header line)",
            per_second(lambda: vnplan.parse_place_date("An Giang, ngày 23 tháng 12 năm 2021")),
            "/s"),
        Row("find_dates() over the seeds",
            megabytes_per_second(lambda t: list(vnplan.find_dates(t)), text), "MB/s",
            "vnplan.normalize() over the seeds", megabytes_per_second(vnplan.normalize, text)),
        Row("Period.parse('Quý I năm 2020')",
            per_second(lambda: vnplan.Period.parse("Quý I năm 2020")), "/s"),
        Row("Period.parse('từ ngày … đến ngày …')",
            per_second(lambda: vnplan.Period.parse("từ ngày 15/12/2020 đến ngày 14/01/2021")),
            "/s"),
        Row("find_periods() over the seeds",
            megabytes_per_second(lambda t: list(vnplan.find_periods(t)), text), "MB/s"),
        Row("parse_number('1.234.567,89')",
            per_second(lambda: vnplan.parse_number("1.234.567,89")), "/s",
            "Decimal('1234567.89')", per_second(lambda: Decimal("1234567.89"))),
        Row("format_number(Decimal('1234567.89'))",
            per_second(lambda: vnplan.format_number(Decimal("1234567.89"))), "/s"),
        Row("parse_amount('13,302 tỷ đồng')",
            per_second(lambda: vnplan.parse_amount("13,302 tỷ đồng")), "/s"),
        Row("find_amounts() over the seeds",
            megabytes_per_second(lambda t: list(vnplan.find_amounts(t)), text), "MB/s"),
    ]
