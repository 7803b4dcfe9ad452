"""``vnplan parse``: outputs, batches with failures, exit codes, one-line errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

import vnplan
from vnplan.cli import main

PLAN = """ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LÀO CAI                     Độc lập - Tự do - Hạnh phúc
Số: 05/KH-UBND                   Lào Cai, ngày 05 tháng 3 năm 2026

KẾ HOẠCH
Triển khai công tác năm 2026

1. Giao Sở Tài chính bố trí kinh phí trước ngày 30/6/2026.
"""


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "ke-hoach.txt"
    path.write_text(PLAN, "utf-8")
    return path


def test_one_file_to_stdout_as_json(plan_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(plan_file)]) == 0
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert data["kind"] == "plan"
    assert data["number"] == "05/KH-UBND"
    assert data["source"]["uri"] == str(plan_file)
    assert len(data["source"]["sha256"]) == 64
    assert err == ""
    assert vnplan.from_json(out).tasks[0].lead[0].name == "Sở Tài chính"


def test_one_file_as_xml(plan_file: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["parse", "--format", "xml", str(plan_file)]) == 0
    out = capsysbinary.readouterr().out
    xsd = etree.XMLSchema(etree.fromstring(vnplan.xml_schema()))
    assert xsd.validate(etree.fromstring(out))
    assert vnplan.from_xml(out).kind == "plan"


def test_batch_to_json_lines_keeps_a_record_per_input(
        plan_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.txt"
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\xfe\x00\xd8")  # a UTF-16 BOM then a lone surrogate
    code = main(["parse", str(plan_file), str(missing), str(binary), str(plan_file)])
    assert code == 1
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines()]
    assert [r["kind"] for r in lines] == ["plan", "error", "error", "plan"]
    assert lines[1] == {"kind": "error", "source": str(missing), "error": "FileNotFoundError",
                        "message": "No such file or directory"}
    assert lines[2]["error"] == "UnicodeDecodeError"
    errors = err.splitlines()
    assert len(errors) == 2
    assert errors[0] == f"vnplan parse: {missing}: No such file or directory"
    assert errors[1].startswith(f"vnplan parse: {binary}: ")


def test_directory_output(plan_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    other = tmp_path / "sub" / "ke-hoach.txt"
    other.parent.mkdir()
    other.write_text(PLAN, "utf-8")
    code = main(["parse", "--format", "xml", "-o", f"{out}/", str(plan_file), str(other),
                 str(tmp_path / "nope.txt")])
    assert code == 1
    names = sorted(p.name for p in out.iterdir())
    assert names == ["ke-hoach-2.xml", "ke-hoach.xml", "nope.error.json"]
    assert vnplan.from_xml((out / "ke-hoach.xml").read_bytes()).kind == "plan"
    assert json.loads((out / "nope.error.json").read_text("utf-8"))["kind"] == "error"


def test_output_file(plan_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    assert main(["parse", str(plan_file), "-o", str(target)]) == 0
    assert vnplan.from_json(target.read_text("utf-8")).kind == "plan"


def test_strict_failure_is_reported_with_its_position(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(PLAN.replace("05/KH-UBND", "     /KH-UBND"), "utf-8")
    assert main(["parse", "--strict", str(draft)]) == 1
    out, err = capsys.readouterr()
    record = json.loads(out)
    assert record["error"] == "ParseError"
    assert "line 3" in record["message"]
    assert err.count("\n") == 1
    assert "parse.blank-number" in err


@pytest.mark.parametrize("argv", [
    ["parse"],
    ["parse", "--format", "pdf", "x.txt"],
    ["parse", "--format", "xml", "a.txt", "b.txt"],
    ["parse", "-", "-"],
])
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse's own usage errors
        code = int(exit_.code or 0)
    assert code == 2
    assert "vnplan parse" in capsys.readouterr().err


def test_edxml_output_reads_back(plan_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--format", "edxml", str(plan_file)]) == 0
    out = capsys.readouterr().out
    doc = vnplan.from_edxml(out.encode("utf-8"))
    assert str(doc.number) == "05/KH-UBND"
    assert doc.issuer is not None
    assert doc.issuer.name == "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"


def test_stdin_through_the_console_script() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "vnplan", "parse", "-"], input=PLAN.encode("utf-8"),
        capture_output=True, check=False)
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["source"]["uri"] == "<stdin>"
    assert data["title"] == "Triển khai công tác năm 2026"


def test_stdin_with_bom(monkeypatch: pytest.MonkeyPatch,
                        capsys: pytest.CaptureFixture[str]) -> None:
    fake = io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbf" + PLAN.encode("utf-8")))
    monkeypatch.setattr(sys, "stdin", fake)
    assert main(["parse", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["number"] == "05/KH-UBND"
