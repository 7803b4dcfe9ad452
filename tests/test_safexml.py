"""Hostile XML: every reader refuses it with a VnplanError and leaks nothing.

The inputs are the classic attacks on XML parsers (entity expansion, external entities
reaching for files and the network, deep nesting, exotic encodings hiding markup) plus
binary garbage. Each test asserts the error type and that no secret reached the result
or the message. How quickly each is refused is measured by ``benchmarks/bench_io.py``,
not asserted here.
"""

from __future__ import annotations

import codecs
import random
import re
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from lxml import etree

import vnplan
from vnplan.errors import InputTooLarge, InvalidFormat, VnplanError
from vnplan.io import safexml

SECRET = "vnplan-secret-7c41e0d2"
NS = "urn:vnplan:document:1"

Reader = Callable[[bytes], object]
READERS: dict[str, Reader] = {"from_xml": vnplan.from_xml, "from_edxml": vnplan.from_edxml}


@pytest.fixture(params=sorted(READERS))
def read(request: pytest.FixtureRequest) -> Reader:
    return READERS[request.param]


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET, "utf-8")
    return path


class _Listener:
    """A TCP server on localhost that counts the connections it receives."""

    def __init__(self) -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(8)
        self.socket.settimeout(0.2)
        self.port = self.socket.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.socket.accept()
            except OSError:
                continue
            self.connections += 1
            conn.sendall(b"HTTP/1.0 200 OK\r\n\r\n<!ENTITY x '" + SECRET.encode() + b"'>")
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self.socket.close()


@pytest.fixture
def listener() -> Iterator[_Listener]:
    server = _Listener()
    yield server
    server.close()


def _refused(read: Reader, data: bytes) -> VnplanError:
    with pytest.raises(VnplanError) as info:
        read(data)
    error = info.value
    for text in (str(error), repr(error), str(getattr(error, "text", ""))):
        assert SECRET not in text
    return error


BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + b"".join(
        b' <!ENTITY lol%d "%s">\n' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b"]>\n<lolz>&lol9;</lolz>"
)
QUADRATIC = (
    b'<!DOCTYPE q [<!ENTITY a "' + b"x" * 100_000 + b'">]><q>' + b"&a;" * 20_000 + b"</q>"
)


@pytest.mark.parametrize("data", [BILLION_LAUGHS, QUADRATIC], ids=["billion-laughs", "quadratic"])
def test_entity_expansion_is_refused(read: Reader, data: bytes) -> None:
    error = _refused(read, data)
    assert isinstance(error, InvalidFormat)
    assert "DOCTYPE" in str(error)
    assert error.line == 2 if data is BILLION_LAUGHS else error.line == 1


@pytest.mark.parametrize(
    "template",
    [
        '<!DOCTYPE x [<!ENTITY e SYSTEM "{uri}">]><x>&e;</x>',
        '<!DOCTYPE x [<!ENTITY % p SYSTEM "{uri}"> %p;]><x/>',
        '<!DOCTYPE x SYSTEM "{uri}"><x/>',
        '<?xml version="1.0"?>\n<!-- {pad} -->\n'
        '<!DOCTYPE x [<!ENTITY e SYSTEM "{uri}">]><x>&e;</x>',
        '<!DOCTYPE x [<!ENTITY e SYSTEM "{uri}">]><x a="&e;"/>',
    ],
    ids=["general", "parameter", "external-dtd", "after-long-comment", "in-attribute"],
)
def test_external_file_entities_are_refused(
    read: Reader, secret_file: Path, template: str
) -> None:
    data = template.format(uri=secret_file.as_uri(), pad="p" * 70_000).encode()
    error = _refused(read, data)
    assert isinstance(error, InvalidFormat)
    assert "DOCTYPE" in str(error)


@pytest.mark.parametrize(
    "template",
    [
        '<!DOCTYPE x [<!ENTITY e SYSTEM "http://127.0.0.1:{port}/e">]><x>&e;</x>',
        '<!DOCTYPE x SYSTEM "http://127.0.0.1:{port}/x.dtd"><x/>',
        '<!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1:{port}/p"> %p;]><x>&x;</x>',
        '<x xmlns:xi="http://www.w3.org/2001/XInclude">'
        '<xi:include href="http://127.0.0.1:{port}/i" parse="text"/></x>',
        '<x xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="urn:x http://127.0.0.1:{port}/s.xsd"/>',
    ],
    ids=["entity", "external-dtd", "parameter-entity", "xinclude", "schema-location"],
)
def test_nothing_is_fetched_from_the_network(
    read: Reader, listener: _Listener, template: str
) -> None:
    _refused(read, template.format(port=listener.port).encode())
    assert listener.connections == 0


def test_the_parser_itself_neither_expands_nor_fetches(
    secret_file: Path, listener: _Listener
) -> None:
    # Second line of defence, below the DOCTYPE refusal: the lxml parser configuration.
    for uri in (secret_file.as_uri(), f"http://127.0.0.1:{listener.port}/e"):
        data = f'<!DOCTYPE x [<!ENTITY e SYSTEM "{uri}">]><x>&e;</x>'.encode()
        root = etree.fromstring(data, safexml._parser())
        assert SECRET not in etree.tostring(root, encoding="unicode")
        assert SECRET not in "".join(root.itertext())
    assert listener.connections == 0
    # Recent libxml2 refuses the amplification; older ones keep the references unexpanded.
    outcome = ""
    try:
        outcome = etree.tostring(etree.fromstring(BILLION_LAUGHS, safexml._parser())).decode()
    except etree.XMLSyntaxError as error:
        outcome = str(error)
    assert "amplification" in outcome or len(outcome) < 1000


def test_xinclude_is_not_processed(secret_file: Path) -> None:
    data = (
        '<x xmlns:xi="http://www.w3.org/2001/XInclude">'
        f'<xi:include href="{secret_file.as_uri()}" parse="text"/></x>'
    ).encode()
    root = safexml.parse_xml(data)
    assert SECRET not in etree.tostring(root, encoding="unicode")
    assert safexml.local_name(root[0].tag) == "include"


@pytest.mark.parametrize(
    "data",
    [
        "<!DOCTYPE x [<!ENTITY e 'x'>]><x>&e;</x>".encode("utf-16"),  # with byte-order mark
        "<!DOCTYPE x [<!ENTITY e 'x'>]><x>&e;</x>".encode("utf-16-le"),
        "<!DOCTYPE x [<!ENTITY e 'x'>]><x>&e;</x>".encode("utf-16-be"),
        "<!DOCTYPE x [<!ENTITY e 'x'>]><x>&e;</x>".encode("utf-32"),
        codecs.BOM_UTF8 + b"<!DOCTYPE x [<!ENTITY e 'x'>]><x>&e;</x>",
        b"<?xml version='1.0' encoding='windows-1258'?>\r\n<!DOCTYPE x><x/>",
        b"\n \t<?pi?><!---->\n<!DOCTYPE x><x/>",
    ],
    ids=["utf16-bom", "utf16le", "utf16be", "utf32", "utf8-bom", "windows-1258", "prolog"],
)
def test_doctype_is_refused_in_every_encoding_and_prolog(read: Reader, data: bytes) -> None:
    error = _refused(read, data)
    assert isinstance(error, InvalidFormat)
    assert "DOCTYPE" in str(error)


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0" encoding="UTF-7"?>+ADw-!DOCTYPE x+AD4-<x/>',
        b'<?xml version="1.0" encoding="EBCDIC-US"?><x/>',
    ],
)
def test_encodings_that_can_hide_markup_are_refused(read: Reader, data: bytes) -> None:
    error = _refused(read, data)
    assert isinstance(error, InvalidFormat)
    assert "encoding" in str(error)
    assert error.line == 1


def test_deep_nesting_is_refused_with_line_and_path(read: Reader) -> None:
    data = b"<a>" * 100_000 + b"</a>" * 100_000
    error = _refused(read, data)
    assert isinstance(error, InvalidFormat)
    assert error.line == 1
    # libxml2 refuses the 257th level; lxml 6 stops before emitting that element's
    # start event, older releases after it.
    assert re.search(r"\(in /a/a/a/a/…/a/a/a/a, 25[67] levels deep\)", str(error))


def test_own_depth_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safexml, "MAX_DEPTH", 3)
    assert safexml.local_name(safexml.parse_xml(b"<a><b><c/></b></a>").tag) == "a"
    with pytest.raises(InvalidFormat) as info:
        safexml.parse_xml(b"<a>\n<b><c><d/></c></b></a>")
    assert "at line 2, /a/b/c/d" in str(info.value)


def _random_bytes(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


@pytest.mark.parametrize(
    "data",
    [
        _random_bytes(1_000_000, 1),
        _random_bytes(64, 2),
        b"\x89PNG\r\n\x1a\n" + _random_bytes(4096, 3),
        b"%PDF-1.7\n" + _random_bytes(4096, 4),
        b"PK\x03\x04" + _random_bytes(4096, 5),  # a .docx is a zip
        b"\x00" * 10_000,
        b"\xff\xfe\x00\x00",
        b"",
        b"<" + _random_bytes(10_000, 6),
    ],
    ids=["random-1mb", "random-64", "png", "pdf", "zip", "zeros", "bom-only", "empty", "lt"],
)
def test_binary_garbage_is_a_parse_error(read: Reader, data: bytes) -> None:
    error = _refused(read, data)
    assert isinstance(error, InvalidFormat)
    assert error.line >= 1


def test_huge_text_nodes_are_refused() -> None:
    data = b"<a>" + b"x" * 10_000_001 + b"</a>"
    with pytest.raises(InvalidFormat) as info:
        safexml.parse_xml(data)
    assert "Text node too long" in str(info.value)
    assert info.value.line == 1


def test_errors_name_the_open_elements() -> None:
    with pytest.raises(InvalidFormat) as info:
        safexml.parse_xml(b"<edXML>\n <edXMLEnvelope>\n  <Subject>a &b</Subject>")
    error = info.value
    assert error.line == 3
    assert "(in /edXML/edXMLEnvelope/Subject)" in str(error)


def test_size_limits_apply_before_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("vnplan.io.xml.MAX_XML_SIZE", 10)
    monkeypatch.setattr("vnplan.io.edxml.MAX_EDXML_SIZE", 10)
    for read in READERS.values():
        with pytest.raises(InputTooLarge):
            read(BILLION_LAUGHS)


@pytest.mark.parametrize(
    "data",
    [
        "<?xml version='1.0' encoding='utf-8'?><x>Kế hoạch</x>".encode(),
        "<?xml version='1.0' encoding='UTF-16'?><x>Kế hoạch</x>".encode("utf-16"),
        codecs.BOM_UTF8 + "<!-- c --><x>Kế hoạch</x>".encode(),
        "<?xml version='1.0' encoding='windows-1258'?><x>Kê\u0301 hoa\u0323ch</x>".encode(
            "cp1258"
        ),
    ],
    ids=["utf8", "utf16", "utf8-bom-comment", "windows-1258"],
)
def test_safe_documents_still_parse(data: bytes) -> None:
    root = safexml.parse_xml(data)
    assert "".join(root.itertext()) in ("Kế hoạch", "Kê\u0301 hoa\u0323ch")
