"""``vnplan schedule``: table output, iCalendar file, exit codes 0 / 1 / 2."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import icalendar
import pytest

from vnplan import Agency, Plan, ReportingRequirement, Task, to_json
from vnplan.cli import main

D = date


def _plan() -> Plan:
    return Plan(
        number_text="800/KH-UBND", doc_type="Kế hoạch", date=D(2021, 12, 23),
        issuer=Agency(name="ỦY BAN NHÂN DÂN TỈNH AN GIANG"),
        tasks=[Task(text="Xây dựng Kế hoạch chi tiết cho từng ngành, lĩnh vực",
                    lead=[Agency(name="Các Sở, Ban, ngành cấp tỉnh")],
                    deadline="trước ngày 31/12/2021")],
        reporting=[ReportingRequirement(
            text="báo cáo định kỳ hàng tháng (trước ngày 15 hàng tháng)",
            cycle="hằng tháng, trước ngày 15",
            reporters=[Agency(name="Sở Lao động - Thương binh và Xã hội"),
                       Agency(name="Sở Y tế")],
            recipient=Agency(name="Ủy ban nhân dân tỉnh"))],
    )  # fmt: skip


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "800-KH-UBND.json"
    path.write_text(to_json(_plan()), encoding="utf-8")
    return path


def test_table(plan_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schedule", str(plan_file), "--from", "2021-12-01", "--to", "28/02/2022"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    lines = out.splitlines()
    assert lines[0].split() == ["Ngày", "Loại", "Cơ", "quan", "Nội", "dung"]
    assert len(lines) == 4
    assert lines[1].startswith("30/12/2021  nhiệm vụ  Các Sở, Ban, ngành cấp tỉnh")
    assert lines[1].endswith("(trước ngày 31/12/2021)")
    # 45 characters of agencies are cut to 40
    assert lines[2].startswith("14/01/2022  báo cáo   Sở Lao động - Thương binh và Xã hội, Sở…  ")
    assert lines[2].endswith("gửi báo cáo tháng 01 năm 2022 về Ủy ban nhân dân tỉnh")
    assert lines[3].startswith("14/02/2022  báo cáo")
    # the summaries start in the column of "Nội dung"
    column = lines[0].index("Nội dung")
    assert lines[1][column:].startswith("Các Sở, Ban, ngành cấp tỉnh chủ trì: Xây dựng")
    assert lines[2][column:].startswith("Sở Lao động - Thương binh và Xã hội, Sở Y tế gửi")


def test_no_obligation_is_not_an_error(plan_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schedule", str(plan_file), "--from", "2021-01-01", "--to", "2021-06-30"]) == 0
    assert capsys.readouterr().out.splitlines()[1:] == []


def test_ics_file(plan_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.ics"
    code = main(["schedule", str(plan_file), "--from", "2021-12-01", "--to", "2022-03-31",
                 "--ics", str(out)])
    assert code == 0
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    (todo,) = cal.walk("VTODO")
    assert todo["DUE"].dt == D(2021, 12, 30)
    (event,) = cal.walk("VEVENT")
    assert event["DTSTART"].dt == D(2022, 1, 14)
    rule = event["RRULE"]
    assert (rule["FREQ"], rule["BYMONTHDAY"], rule["UNTIL"]) == (["MONTHLY"], [14],
                                                                 [D(2022, 3, 31)])


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.json", b"", "expected JSON text"),
        ("bad.json", b"K\xe1\xba\xbe HO\xe1\xba\xa0CH", "expected JSON text"),
        ("bad.txt", b'{"kind": "plan", "date": "2021-02-30"}', "date"),
        ("bad", b'{"kind": "plan", ', "line 1"),
        ("bad.json", b"\xef\xbb\xbf{\"kind\": \"letter\"}", "letter"),
        ("bad.txt", b"K\xca HO\xa0CH", "not UTF-8 text"),
    ],
)
def test_bad_input_exits_1_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert main(["schedule", str(path), "--from", "2021-01-01", "--to", "2021-12-31"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"vnplan schedule: {path}: ")
    assert message in err
    assert err.count("\n") == 1


def test_bom_is_tolerated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + to_json(_plan()).encode())
    assert main(["schedule", str(path), "--from", "2021-12-01", "--to", "2021-12-31"]) == 0
    assert "30/12/2021" in capsys.readouterr().out


def test_missing_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schedule", str(tmp_path / "none.json"), "--from", "2021-01-01",
                 "--to", "2021-12-31"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"vnplan schedule: {tmp_path / 'none.json'}: cannot read: ")
    assert err.count("\n") == 1


def test_unwritable_ics_exits_1(plan_file: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "no-such-dir" / "plan.ics"
    assert main(["schedule", str(plan_file), "--from", "2021-12-01", "--to", "2022-01-31",
                 "--ics", str(target)]) == 1
    assert capsys.readouterr().err.startswith(f"vnplan schedule: {target}: cannot write: ")


@pytest.mark.parametrize(
    "argv",
    [
        ["--from", "2021-13-01", "--to", "2022-01-31"],
        ["--from", "tomorrow", "--to", "2022-01-31"],
        ["--to", "2022-01-31"],
        ["--from", "2021-12-01"],
    ],
)
def test_usage_errors_exit_2(plan_file: Path, argv: list[str],
                             capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["schedule", str(plan_file), *argv])
    assert info.value.code == 2
    assert "vnplan schedule: error: " in capsys.readouterr().err  # argparse's own line


def test_reversed_range_exits_2(plan_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schedule", str(plan_file), "--from", "2022-02-01", "--to", "2022-01-01"]) == 2
    assert capsys.readouterr().err == (
        "vnplan schedule: --from 2022-02-01 is after --to 2022-01-01\n")


def test_listed_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "schedule" in capsys.readouterr().out


def test_console_entry_point(plan_file: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "vnplan", "schedule", str(plan_file), "--from", "2021-12-01",
         "--to", "2021-12-31"],
        capture_output=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0
    assert "30/12/2021" in done.stdout.decode("utf-8")


def test_a_console_without_vietnamese(plan_file: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "vnplan", "schedule", str(plan_file), "--from", "2021-12-01",
         "--to", "2021-12-31"],
        capture_output=True, check=False, env={"PYTHONIOENCODING": "ascii", "PATH": ""},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert b"30/12/2021  nhi?m v?" in done.stdout


BUNDLED = Path(__file__).resolve().parent.parent / "examples" / "data" / \
    "800-KH-UBND-an-giang-2021.txt"


def test_plain_text_of_the_bundled_plan(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "800.ics"
    code = main(["schedule", str(BUNDLED), "--from", "01/12/2021", "--to", "31/03/2022",
                 "--ics", str(out)])
    assert code == 0
    lines = capsys.readouterr().out.splitlines()
    rows = [line.split("  ")[0] for line in lines[1:]]
    assert rows == ["30/12/2021", "14/01/2022", "14/02/2022", "14/03/2022"]
    assert "trước ngày 31/12/2021" in lines[1]
    assert all("báo cáo" in line for line in lines[2:])
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    assert [c["DUE"].dt for c in cal.walk("VTODO")] == [D(2021, 12, 30)]
    (event,) = cal.walk("VEVENT")
    assert event["DTSTART"].dt == D(2022, 1, 14)


def test_plain_text_from_stdin() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "vnplan", "schedule", "-", "--from", "2021-12-01",
         "--to", "2021-12-31"],
        input=BUNDLED.read_bytes(), capture_output=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8").splitlines()[1].startswith("30/12/2021  nhiệm vụ")
