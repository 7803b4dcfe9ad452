"""The metadata table a legal-database web page prints above the document.

Saved pages of legal databases carry the site's own summary of the document above
its text, as label-value pairs, one or two pairs a line, cells separated by "|" or
by spaces only::

    Số hiệu: | 612/QĐ-UBND | Loại văn bản: | Quyết định |
    Nơi ban hành: | Tỉnh Vĩnh Long | Người ký: | Lê Quang Trung |
    Ngày ban hành: | 05/03/2020 | Ngày hiệu lực: | Đang cập nhật |

:func:`find_site_metadata` reads those pairs. They are the site's statement, not the
document's: the parser uses them only for a header field the printed header does
not give, and says so in a warning.

>>> from vnplan.text.normalize import normalize_text
>>> doc = normalize_text('''Số hiệu: 155/KH-UBND Loại văn bản: Văn bản khác
... Cơ quan ban hành: Ủy ban nhân dân tỉnh Bắc Ninh Người ký: Nguyễn Văn A
... Ngày ban hành: 26/05/2017 Ngày hiệu lực: Đang cập nhật''')
>>> meta = find_site_metadata(doc, 0, 3)
>>> meta["number"].text, meta["doc_type"].text, meta["date"].text
('155/KH-UBND', 'Văn bản khác', '26/05/2017')
>>> meta["issuer"].text
'Ủy ban nhân dân tỉnh Bắc Ninh'
"""

from __future__ import annotations

import re

from vnplan.text.fields import Field
from vnplan.text.normalize import LineKind, NormalizedText

__all__ = ["SITE_LABEL", "find_site_metadata"]

# Site label → field name; labels the parser does not use still end the value before them.
_LABELS = {
    "Số hiệu": "number",
    "Số/Ký hiệu": "number",
    "Số ký hiệu": "number",
    "Loại văn bản": "doc_type",
    "Cơ quan ban hành": "issuer",
    "Ngày ban hành": "date",
    "Nơi ban hành": "",
    "Người ký": "",
    "Ngày hiệu lực": "",
    "Ngày có hiệu lực": "",
    "Ngày hết hiệu lực": "",
    "Hiệu lực": "",
    "Tình trạng": "",
    "Ngày công báo": "",
    "Số công báo": "",
    "Lĩnh vực": "",
    "Ngày đăng": "",
}
#: A metadata label with its colon ("Số hiệu:", "Ngày ban hành:").
SITE_LABEL = re.compile(
    r"(?:^|(?<=[\s|•*-]))(?:"
    + "|".join(re.escape(k) for k in sorted(_LABELS, key=len, reverse=True)) + r")[ ]?:")
_UNKNOWN = re.compile(r"(?:Đang cập nhật|Đang cập nhập|Không có|Chưa có|\.{2,}|…)$", re.IGNORECASE)
#: How many lines are searched for the table.
MAX_LINES = 40


def find_site_metadata(doc: NormalizedText, start: int, stop: int) -> dict[str, Field]:
    """Site metadata values found in lines ``start`` to ``stop`` of ``doc``.

    Keys are "number", "doc_type", "issuer" and "date"; the first value of each
    label wins; values the site marks as unknown ("Đang cập nhật") are left out.
    """
    out: dict[str, Field] = {}
    for line in doc.lines[start:min(stop, start + MAX_LINES)]:
        if line.kind is not LineKind.TEXT or len(line.text.text) > 400:
            continue
        seg = line.text
        text = seg.text
        labels = list(SITE_LABEL.finditer(text))
        for k, label in enumerate(labels):
            name = _LABELS[label.group()[:-1].rstrip()]
            if not name or name in out:
                continue
            end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
            value = seg.slice(label.end(), end).strip(" |\t•*")
            if value.text and not _UNKNOWN.match(value.text) and len(value.text) <= 200:
                out[name] = Field.of([value])
    return out
