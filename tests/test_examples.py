"""The scripts in examples/ run and say what they should: only examples that run stay true."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import vnplan

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run(script: str, *args: str, cwd: Path) -> str:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        capture_output=True, text=True, check=False, cwd=cwd,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_build_plan(tmp_path: Path) -> None:
    out = run("build_plan.py", cwd=tmp_path)
    assert out.startswith("800/KH-UBND — 0 convention finding(s)")
    assert "JSON and XML read back equal." in out


def test_convert_archive_keeps_every_record(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text((EXAMPLES / "data" / "800-KH-UBND-an-giang-2021.txt")
                                  .read_text("utf-8"), "utf-8")
    (folder / "b.txt").write_bytes(b"\xff\xfe not utf-8 \xc3")
    (folder / "c.txt").write_text("", "utf-8")
    target = tmp_path / "out.jsonl"
    out = run("convert_archive.py", str(folder), str(target), cwd=tmp_path)
    lines = [json.loads(line) for line in target.read_text("utf-8").splitlines()]
    assert len(lines) == 3  # a batch never loses a record
    assert lines[0]["kind"] == "plan"
    assert lines[0]["number"] == "800/KH-UBND"
    assert lines[1]["kind"] == "error"
    assert "1 error" in out


@pytest.mark.parametrize("script", sorted(p.name for p in EXAMPLES.glob("*.py")))
def test_every_example_is_covered(script: str) -> None:
    assert script in {"build_plan.py", "convert_archive.py", "demo.py"}, (
        f"examples/{script} has no test that runs it"
    )


def test_demo_summarises_the_bundled_plan(tmp_path: Path) -> None:
    out = run("demo.py", cwd=tmp_path)
    assert "800/KH-UBND" in out
    assert "Lê Văn Phước" in out
    assert "hằng tháng, trước ngày 15" in out
    assert "written to out/800-KH-UBND.json" in out
    written = EXAMPLES.parent / "out" / "800-KH-UBND.json"
    assert vnplan.from_json(written.read_text("utf-8")).number == vnplan.DocumentNumber.parse(
        "800/KH-UBND")
