"""``make demo`` keeps working: the demo parses the bundled plan and writes its JSON."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parent.parent / "examples" / "demo.py"


def test_demo_prints_the_plan_and_writes_json(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location("vnplan_demo", DEMO)
    assert spec is not None
    assert spec.loader is not None
    demo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(demo)
    demo.OUT = tmp_path / "800-KH-UBND.json"
    demo.main()
    out = capsys.readouterr().out
    assert "Số:        800/KH-UBND" in out
    assert "Lê Văn Phước" in out
    assert "chủ trì: Sở Lao động - Thương binh và Xã hội" in out
    assert "hằng tháng, trước ngày 15" in out
    data = json.loads(demo.OUT.read_text("utf-8"))
    assert data["number"] == "800/KH-UBND"
    assert str(demo.OUT.name) in out
