"""Safe XML parsing: the one place vnplan turns bytes into an XML tree.

:func:`from_xml <vnplan.io.xml.from_xml>` and :func:`from_edxml
<vnplan.io.edxml.from_edxml>` both read through :func:`parse_xml`, which treats its input
as hostile:

- **No DOCTYPE.** Any document type declaration is refused before parsing (the prolog is
  scanned up to the root element), so there is nothing to declare entities with: no
  "billion laughs", no external entities pointing at files or URLs. The parsed tree is
  checked again for a DTD, in case an encoding hid one from the scan.
- **No entity expansion, no DTD loading, no network**: the lxml parser runs with
  ``resolve_entities=False``, ``load_dtd=False``, ``no_network=True``.
- **libxml2's safety limits stay on** (``huge_tree=False``): a text node is at most
  10,000,000 bytes and names at most 50,000 characters.
- **Bounded depth**: at most :data:`MAX_DEPTH` nested elements.
- **Known encodings only**: UTF-8, UTF-16 and UTF-32 (with a byte-order mark or an XML
  declaration), US-ASCII, ISO-8859-1, windows-1252 and windows-1258 (Vietnamese). Others
  (UTF-7, EBCDIC, ...) are refused: they could hide markup from the DOCTYPE scan.
- Comments and processing instructions are dropped.

The size limit is the caller's (``MAX_XML_SIZE``, ``MAX_EDXML_SIZE``). Every refusal is an
:class:`~vnplan.errors.InvalidFormat` with the line and column of the problem and, when
the parser got that far, the path of the element it was in. Messages quote only the
input, never anything the input points at.

>>> root = parse_xml(b"<plan><title>a</title></plan>")
>>> element_path(root[0])
'/plan/title'
>>> parse_xml(b"<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x>")
Traceback (most recent call last):
...
vnplan.errors.InvalidFormat: XML with a DOCTYPE is refused ... at line 1, column 1: ...
>>> parse_xml(b"<plan>\\n<title>a</titel>\\n</plan>")
Traceback (most recent call last):
...
vnplan.errors.InvalidFormat: expected well-formed XML: ... (in /plan/title) at line 2, column 17...
"""

from __future__ import annotations

import codecs
import re
from typing import Any, Final

from lxml import etree

from vnplan.errors import InvalidFormat

__all__ = ["MAX_DEPTH", "element_path", "local_name", "parse_xml"]

#: Deepest element nesting :func:`parse_xml` accepts (libxml2's own limit without
#: ``huge_tree`` is the same).
MAX_DEPTH: Final = 256

# Encodings a document may declare, compared without case, "-" and "_". All but UTF-16
# and UTF-32 are ASCII-compatible, so "<!DOCTYPE" is the same bytes in them.
_ALLOWED_ENCODINGS: Final = frozenset(
    {"utf8", "usascii", "ascii", "iso88591", "latin1", "windows1252", "cp1252",
     "windows1258", "cp1258", "utf16", "utf16le", "utf16be", "utf32", "utf32le", "utf32be"}
)
_DECLARED_ENCODING = re.compile(
    rb"""<\?xml[^>]{0,200}?encoding[ \t\r\n]{0,20}=[ \t\r\n]{0,20}["']([A-Za-z0-9._-]{1,40})["']"""
)
_LXML_POSITION = re.compile(r", line [0-9]{1,12}, column [0-9]{1,12}$")
_SPACE = b" \t\r\n"
_SCAN_LIMIT = 65536  # bytes of input quoted in prolog errors


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def _wide_codec(data: bytes) -> str | None:
    """The codec of a UTF-16/32 document (by byte-order mark or by "<" pattern), if any."""
    head = data[:4]
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if head.startswith(bom):
            return codec
    patterns = {
        b"<\0\0\0": "utf-32-le", b"\0\0\0<": "utf-32-be", b"<\0?\0": "utf-16-le",
        b"\0<\0?": "utf-16-be", b"<\0": "utf-16-le", b"\0<": "utf-16-be",
    }
    for pattern, codec in patterns.items():
        if head.startswith(pattern):
            return codec
    return None


def _prolog_markup(data: bytes) -> int:
    """Byte offset of a ``<!`` declaration (other than a comment) before the root, else -1.

    ``data`` is in an ASCII-compatible encoding. Skips a UTF-8 byte-order mark, white
    space, the XML declaration, processing instructions and comments; stops at the first
    other byte. Linear in the prolog's length.
    """
    i = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    n = len(data)
    while i < n:
        if data[i] in _SPACE:
            i += 1
        elif data.startswith(b"<?", i):
            end = data.find(b"?>", i + 2)
            if end == -1:
                return -1
            i = end + 2
        elif data.startswith(b"<!--", i):
            end = data.find(b"-->", i + 4)
            if end == -1:
                return -1
            i = end + 3
        elif data.startswith(b"<!", i):
            return i
        else:
            return -1
    return -1


def _refuse_doctype(text: str, offset: int) -> InvalidFormat:
    return InvalidFormat(
        "XML with a DOCTYPE is refused (no DTDs, no entity declarations)",
        text=text,
        offset=offset,
        expected="XML without DOCTYPE",
    )


def _decoded(data: bytes, codec: str = "utf-8") -> str:
    return data.decode(codec, errors="replace")


def _check_prolog(data: bytes) -> None:
    codec = _wide_codec(data)
    if codec is not None:
        text = _decoded(data, codec).lstrip("\ufeff")
        utf8 = text.encode("utf-8")
        found = _prolog_markup(utf8)
        if found != -1:
            raise _refuse_doctype(text[:_SCAN_LIMIT], len(_decoded(utf8[:found])))
        return
    declared = _DECLARED_ENCODING.match(data.removeprefix(codecs.BOM_UTF8)[:300])
    if declared is not None:
        name = declared.group(1).decode("ascii").lower().replace("-", "").replace("_", "")
        if name not in _ALLOWED_ENCODINGS:
            text = _decoded(data[:_SCAN_LIMIT])
            raise InvalidFormat(
                f"XML in encoding {declared.group(1).decode('ascii')!r} is refused; expected "
                "UTF-8, UTF-16, UTF-32, US-ASCII, ISO-8859-1, windows-1252 or windows-1258",
                text=text,
                offset=text.find(declared.group(1).decode("ascii")),
                expected="a supported encoding",
            )
    # ASCII-compatible: markup characters are the same bytes in every allowed encoding.
    found = _prolog_markup(data)
    if found != -1:
        text = _decoded(data[:_SCAN_LIMIT])
        raise _refuse_doctype(text, len(_decoded(data[:found])))


def _offset(text: str, line: int, column: int) -> int:
    """Character offset of a 1-based line and column in ``text``."""
    start = 0
    for _ in range(max(line, 1) - 1):
        found = text.find("\n", start)
        if found == -1:
            return len(text)
        start = found + 1
    return min(start + max(column - 1, 0), len(text))


def local_name(tag: Any) -> str:
    """The local part of an element's tag (``{ns}name`` → ``name``)."""
    if not isinstance(tag, str):
        return str(tag)
    try:
        return etree.QName(tag).localname
    except ValueError:  # a malformed name such as ":" (lxml refuses it)
        return tag.rpartition("}")[2]


def _join(names: list[str]) -> str:
    """A path of local names; a long one keeps its first and last four steps."""
    if len(names) > 12:
        names = [*names[:4], "…", *names[-4:]]
    return "/" + "/".join(names)


def element_path(element: Any) -> str:
    """The path of ``element`` from the root, by local names: ``/plan/task[4]/lead``.

    A position is added where the parent has more than one child of that name.
    """
    parts = []
    while element is not None:
        parent = element.getparent()
        name = local_name(element.tag)
        if parent is not None:
            index = count = 0
            for sibling in parent.iterchildren(element.tag):
                count += 1
                if sibling is element:
                    index = count
            if count > 1:
                name += f"[{index}]"
        parts.append(name)
        element = parent
    return "/" + "/".join(reversed(parts))


def _feed_events(pieces: list[bytes], stack: list[str]) -> int | None:
    """Feed ``pieces`` to a pull parser, keeping ``stack`` of open elements.

    Returns the index of the piece whose feed (or the final close) failed, else None.
    """
    parser = etree.XMLPullParser(
        events=("start", "end"),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
    )
    index = 0
    try:
        for piece in pieces:
            parser.feed(piece)
            events: Any = parser.read_events()
            for event, element in events:
                if event == "start":
                    stack.append(local_name(element.tag))
                elif stack:
                    stack.pop()
            index += 1
        index = max(len(pieces) - 1, 0)
        parser.close()
    except (etree.LxmlError, ValueError):
        return index
    return None


def _open_elements(data: bytes) -> str:
    """The path of the elements open where parsing ``data`` stops (for error messages)."""
    # lxml drops the pending events of a feed() that fails, and a failing close()
    # first emits "end" events for every open element. So: feed in blocks, draining
    # after each; then replay the prefix and feed the failing block byte by byte.
    block = 4096
    stack: list[str] = []
    failed_at = _feed_events([data[i : i + block] for i in range(0, len(data), block)], [])
    if failed_at is None:
        return ""
    start = failed_at * block
    pieces = [data[:start]] + [data[i : i + 1] for i in range(start, min(start + block, len(data)))]
    _feed_events(pieces, stack)
    if not stack:
        return ""
    depth = f", {len(stack)} levels deep" if len(stack) > 12 else ""
    return f" (in {_join(stack)}{depth})"


def _syntax_error(data: bytes, error: etree.LxmlError) -> InvalidFormat:
    codec = _wide_codec(data) or "utf-8"
    text = _decoded(data, codec)
    position = getattr(error, "position", None)
    line, column = position if position else (1, 1)
    message = _LXML_POSITION.sub("", str(getattr(error, "msg", "") or error))
    return InvalidFormat(
        f"expected well-formed XML: {message}{_open_elements(data)}",
        text=text,
        offset=_offset(text, line, column),
        expected="XML",
    )


def _check_depth(root: Any) -> None:
    depth = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            depth += 1
            if depth > MAX_DEPTH:
                raise InvalidFormat(
                    f"XML nested more than {MAX_DEPTH} elements deep is refused "
                    f"(at line {element.sourceline}, {_join(_ancestors(element))})",
                    expected=f"at most {MAX_DEPTH} levels",
                )
        else:
            depth -= 1


def _ancestors(element: Any) -> list[str]:
    names = []
    while element is not None:
        names.append(local_name(element.tag))
        element = element.getparent()
    return names[::-1]


def parse_xml(data: bytes) -> Any:
    """Parse XML bytes into an lxml element; raise InvalidFormat on anything unsafe.

    See the module documentation for what is refused and the limits.
    """
    _check_prolog(data)
    try:
        root: Any = etree.fromstring(data, _parser())
    except (etree.LxmlError, ValueError) as error:
        if isinstance(error, etree.LxmlError):
            raise _syntax_error(data, error) from None
        raise InvalidFormat(f"expected XML: {error}", expected="XML") from None
    docinfo: Any = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise InvalidFormat(
            "XML with a DOCTYPE is refused (no DTDs, no entity declarations)",
            expected="XML without DOCTYPE",
        )
    _check_depth(root)
    return root
