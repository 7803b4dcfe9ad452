from __future__ import annotations

import pickle

import pytest

from vnplan import (
    Finding,
    IncompleteValue,
    InputTooLarge,
    InvalidComponent,
    InvalidFormat,
    ParseError,
    Severity,
    ValidationError,
    VnplanError,
    raise_for_errors,
)


@pytest.mark.parametrize(
    ("text", "offset", "line", "column"),
    [
        ("", 0, 1, 1),
        ("abc", 0, 1, 1),
        ("abc", 2, 1, 3),
        ("ab\ncd", 3, 2, 1),
        ("ab\ncd", 4, 2, 2),
        ("a\n\n\nb", 4, 4, 1),
        ("abc", 99, 1, 4),  # clamped to the end
        ("abc", -5, 1, 1),  # clamped to the start
    ],
)
def test_parse_error_line_and_column(text: str, offset: int, line: int, column: int) -> None:
    err = ParseError("boom", text=text, offset=offset)
    assert (err.line, err.column) == (line, column)
    assert f"line {line}, column {column}" in str(err)


def test_parse_error_excerpt_stops_at_end_of_line() -> None:
    err = ParseError("expected a year", text="ngày 1 tháng 2 năm x\nnext", offset=19)
    assert str(err).endswith("'x'")


@pytest.mark.parametrize("cls", [ParseError, InvalidFormat, InvalidComponent, IncompleteValue])
def test_parse_errors_pickle_and_hierarchy(cls: type[ParseError]) -> None:
    err = cls("bad", text="Số: 0/KH", offset=4, expected="number")
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is cls
    assert (again.offset, again.line, again.column, again.expected) == (4, 1, 5, "number")
    assert isinstance(err, VnplanError)
    assert isinstance(err, ValueError)


def test_validation_error_carries_findings() -> None:
    findings = [Finding("a.b", "first"), Finding("c.d", "second")]
    err = ValidationError(findings)
    assert err.findings == tuple(findings)
    assert str(err) == "a.b: first; c.d: second"
    assert pickle.loads(pickle.dumps(err)).findings == tuple(findings)


def test_raise_for_errors_ignores_warnings_and_info() -> None:
    raise_for_errors([Finding("x", "w", Severity.WARNING), Finding("y", "i", Severity.INFO)])
    with pytest.raises(ValidationError) as info:
        raise_for_errors([Finding("x", "w", Severity.WARNING), Finding("z", "e")])
    assert [f.rule for f in info.value.findings] == ["z"]


def test_input_too_large_message() -> None:
    err = InputTooLarge("document text", 12_000_000, 10_000_000)
    assert "12,000,000" in str(err)
    assert "10,000,000" in str(err)
    assert pickle.loads(pickle.dumps(err)).limit == 10_000_000



def test_line_and_column_of_an_error_deep_in_a_large_text() -> None:
    text = "x\n" * 500_000
    err = ParseError("e", text=text, offset=len(text) - 1)
    assert (err.line, err.column) == (500_000, 2)
    assert str(err).startswith("e at line 500000, column 2")
