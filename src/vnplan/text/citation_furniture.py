"""Website furniture around a scraped document: where numbers are not citations.

A page saved from a legal database carries the site's own lines around the
document: a page title naming the document (sometimes with a wrong number), a
validity line ("đã được thay thế bởi Quyết định 366/QĐ-UBND"), metadata rows
("Số hiệu:", "Ngày ban hành:") and lists of related documents ("Văn bản liên quan").
None of them is a reference the document makes. Two rules, both conservative:

1. **Above the document.** When the document's own header ("Số:" line) comes
   within the first :data:`PREAMBLE` characters and a header line (the Quốc hiệu,
   or an organisation name in capitals) stands between a number and that "Số:"
   line, the number is in the page's preamble, not in the document.
2. **Related-document blocks.** A line that is a site heading (:data:`HEADINGS`,
   "Văn bản liên quan", "Văn bản bị thay thế", ...) opens a block that runs to the
   next blank line; numbers in it are listed by the site.

Internal: used by :mod:`vnplan.text.citations`.

>>> text = "Quyết định 12/QĐ-UBND thay thế bởi Quyết định 3/QĐ-UBND\\nSỞ Y TẾ\\nSố: 12/QĐ-SYT"
>>> above_document(text, 0, text.index("Số:"))
True
>>> list(related_blocks("Nội dung\\nVăn bản liên quan\\nQuyết định 5/QĐ-UBND\\n\\nHết"))
[(9, 47)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnplan.text.issuers import starts_body

__all__ = ["HEADINGS", "PREAMBLE", "above_document", "related_blocks"]

#: How far into the text the document's own "Số:" line may be for anything above it
#: to count as page furniture (a site title, a summary, a metadata table).
PREAMBLE = 5000

#: Headings legal-database sites put over lists of other documents.
HEADINGS: tuple[str, ...] = (
    "Văn bản liên quan", "Văn bản bị thay thế", "Văn bản thay thế", "Văn bản được hướng dẫn",
    "Văn bản hướng dẫn", "Văn bản cùng lĩnh vực", "Văn bản bị sửa đổi", "Văn bản sửa đổi",
    "Văn bản được hợp nhất", "Văn bản hợp nhất", "Văn bản bị đính chính", "Văn bản đính chính",
    "Văn bản được căn cứ", "Văn bản căn cứ", "Văn bản gốc", "Văn bản dẫn chiếu",
    "Văn bản mới", "Văn bản khác", "Tin liên quan", "Bài viết liên quan", "Các văn bản khác",
    "Văn bản cùng chuyên mục",
)  # fmt: skip

_LINE_EDGE = " \t|*#>_-•+:"
_HEADING = re.compile(
    r"(?m)^[ \t|*#>_•+-]{0,8}(?:" + "|".join(re.escape(h) for h in HEADINGS)
    + r")[ \t|*:_]{0,8}(?:\([0-9]{1,4}\))?[ \t|*:_]{0,8}$",
    re.IGNORECASE,
)
_BLANK_LINE = re.compile(r"\n[ \t\f\r|*_]{0,40}\n")


def _header_line(line: str) -> bool:
    """Whether ``line`` opens a document header: the Quốc hiệu or an issuer in capitals."""
    text = line.strip(_LINE_EDGE)
    if len(text) < 3 or not text.isupper():
        return False
    return text.startswith(("CỘNG HÒA", "CỘNG HOÀ", "ĐẢNG CỘNG SẢN")) or starts_body(text)


def above_document(s: str, end: int, header_at: int) -> bool:
    """Whether a number ending at ``end`` sits in the page furniture above the document
    whose own "Số:" line starts at ``header_at``."""
    if header_at > PREAMBLE or end > header_at:
        return False
    return any(_header_line(line) for line in s[end:header_at].split("\n")[1:])


def related_blocks(s: str) -> Iterator[tuple[int, int]]:
    """Spans of the blocks a related-documents heading opens, to the next blank line."""
    pos = 0
    while True:  # one pass: a heading inside a block belongs to it
        heading = _HEADING.search(s, pos)
        if heading is None:
            return
        content = heading.end()
        while content < len(s) and s[content] in " \t\f\r\n|*_":
            content += 1  # the block starts at the first line after the heading's blanks
        blank = _BLANK_LINE.search(s, content)
        end = blank.start() if blank is not None else len(s)
        yield heading.start(), end
        if end >= len(s):
            return
        pos = end
