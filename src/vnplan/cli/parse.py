"""``vnplan parse``: legacy text files to vnplan JSON or XML.

Usage::

    vnplan parse FILE... [--format json|xml|edxml] [-o OUT] [--strict]

``FILE`` is a path or ``-`` for standard input (UTF-8, a UTF-8 or UTF-16 byte-order
mark is honoured). Where the records go:

- one input, no ``-o``: the document on standard output (JSON indented, or XML);
- several inputs, no ``-o``: JSON Lines on standard output, one line per input in
  the order given;
- ``-o DIR`` (an existing directory, or a path ending in ``/``): one file per input,
  ``DIR/<name>.json`` (``.xml``), where ``<name>`` is the input's file name without its
  extension (``stdin`` for ``-``), made unique with ``-2``, ``-3`` ... if two inputs share
  it;
- ``-o FILE``: the document (one input) or the JSON Lines (several) in that file.

A batch never loses a record: an input that cannot be read or parsed gets an error
record in its place — a JSON line ``{"kind": "error", "source": ..., "error": <type>,
"message": ...}`` or, in a directory, ``<name>.error.json`` — and one line
``vnplan parse: <input>: <message>`` on standard error. XML cannot be concatenated, so
several inputs with ``--format xml`` need ``-o DIR``.

Exit codes: 0 every input parsed, 1 some inputs failed, 2 usage error.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

import vnplan
from vnplan.errors import VnplanError
from vnplan.text import MAX_INPUT_CHARS

__all__ = ["register"]

#: Largest input file read, in bytes (4 bytes per character at most in UTF-8).
MAX_INPUT_BYTES = 4 * MAX_INPUT_CHARS
_FORMATS = ("json", "xml", "edxml")
_SUFFIX = {"json": ".json", "xml": ".xml", "edxml": ".edxml"}


def register(subparsers: Any) -> None:
    """Add the ``parse`` subcommand."""
    parser = subparsers.add_parser(
        "parse",
        help="parse legacy text of official documents into vnplan JSON or XML",
        description="Parse plain-text official documents (plans, reports, letters) into "
        "vnplan documents. '-' reads standard input.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="input text file, or '-'")
    parser.add_argument("--format", choices=_FORMATS, default="json",
                        help="output format (default: json)")
    parser.add_argument("-o", "--output", metavar="OUT",
                        help="output file, or a directory for one file per input")
    parser.add_argument("--strict", action="store_true",
                        help="treat the first problem in a document as an error")
    parser.set_defaults(handler=run)


class _Usage(Exception):
    """A usage error: reported on one line, exit code 2."""


def run(args: argparse.Namespace) -> int:
    """Handle ``vnplan parse``; return the exit code."""
    try:
        writer, close = _writer(args)
    except _Usage as error:
        print(f"vnplan parse: {error}", file=sys.stderr)
        return 2
    failed = 0
    names: dict[str, int] = {}
    try:
        for name in args.files:
            record = _parse(name, strict=args.strict)
            if isinstance(record, _Failure):
                failed += 1
                print(f"vnplan parse: {name}: {record.message}", file=sys.stderr)
            writer(name, _unique(name, names), record)
    except OSError as error:
        print(f"vnplan parse: {args.output}: {error.strerror or error}", file=sys.stderr)
        return 1
    finally:
        close()
    return 1 if failed else 0


class _Failure:
    __slots__ = ("error", "message", "source")

    def __init__(self, source: str, error: str, message: str) -> None:
        self.source = source
        self.error = error
        self.message = " ".join(message.split())

    def json(self) -> str:
        return json.dumps({"kind": "error", "source": self.source, "error": self.error,
                           "message": self.message}, ensure_ascii=False)


def _parse(name: str, *, strict: bool) -> vnplan.Document | _Failure:
    try:
        data = _read(name)
    except OSError as error:
        return _Failure(name, type(error).__name__, error.strerror or str(error))
    except VnplanError as error:
        return _Failure(name, type(error).__name__, str(error))
    try:
        text = _decode(data)
    except UnicodeDecodeError as error:
        return _Failure(name, "UnicodeDecodeError",
                        f"not UTF-8 text (byte {error.start}: {error.reason})")
    source = vnplan.Source(uri="<stdin>" if name == "-" else name, format="text",
                           sha256=hashlib.sha256(data).hexdigest())
    try:
        return vnplan.parse_document(text, source=source, strict=strict)
    except VnplanError as error:
        return _Failure(name, type(error).__name__, str(error))


def _read(name: str) -> bytes:
    stream: BinaryIO
    if name == "-":
        stream = sys.stdin.buffer
        data = stream.read(MAX_INPUT_BYTES + 1)
    else:
        with open(name, "rb") as stream:
            data = stream.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise vnplan.InputTooLarge("input file", len(data), MAX_INPUT_BYTES)
    return data


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    return data.decode("utf-8-sig")


def _unique(name: str, seen: dict[str, int]) -> str:
    stem = "stdin" if name == "-" else (Path(name).stem or "document")
    count = seen.get(stem, 0) + 1
    seen[stem] = count
    return stem if count == 1 else f"{stem}-{count}"


Writer = Callable[[str, str, "vnplan.Document | _Failure"], None]


def _serializer(fmt: str, *, pretty: bool) -> Callable[[vnplan.Document], bytes]:
    if fmt == "json":
        if pretty:
            return lambda doc: (vnplan.to_json(doc, indent=2) + "\n").encode("utf-8")
        return lambda doc: (vnplan.to_json(doc) + "\n").encode("utf-8")
    if fmt == "xml":
        return lambda doc: vnplan.to_xml(doc, pretty_print=pretty)
    return lambda doc: vnplan.to_edxml(doc, pretty_print=pretty)


def _writer(args: argparse.Namespace) -> tuple[Writer, Callable[[], None]]:
    """Where the records go, and how to finish writing them."""
    fmt: str = args.format
    several = len(args.files) > 1
    if args.files.count("-") > 1:
        raise _Usage("standard input ('-') can be read only once")
    output: str | None = args.output
    directory = output is not None and (os.path.isdir(output) or output.endswith(("/", os.sep)))
    if fmt != "json" and several and not directory:
        raise _Usage(f"several inputs with --format {fmt} need -o DIRECTORY "
                     "(one file per input)")
    serialize = _serializer(fmt, pretty=not several or directory)
    if directory:
        assert output is not None
        folder = Path(output)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise _Usage(f"cannot create directory {output}: {error.strerror}") from None

        def to_directory(name: str, stem: str, record: vnplan.Document | _Failure) -> None:
            if isinstance(record, _Failure):
                (folder / f"{stem}.error.json").write_text(record.json() + "\n", "utf-8")
            else:
                (folder / f"{stem}{_SUFFIX[fmt]}").write_bytes(serialize(record))

        return to_directory, lambda: None
    stream: BinaryIO = sys.stdout.buffer
    close: Callable[[], None] = lambda: None  # noqa: E731
    if output is not None:
        try:
            stream = open(output, "wb")  # noqa: SIM115 - closed by the returned callable
        except OSError as error:
            raise _Usage(f"cannot write {output}: {error.strerror}") from None
        close = stream.close

    def to_stream(name: str, stem: str, record: vnplan.Document | _Failure) -> None:
        if isinstance(record, _Failure):
            if several or fmt == "json":
                stream.write((record.json() + "\n").encode("utf-8"))
        else:
            stream.write(serialize(record))
        stream.flush()

    return to_stream, close
