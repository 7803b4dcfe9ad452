"""Issuer lines: how the header's upper-case lines split into issuing bodies.

The issuer block (Decree 30/2020, Phụ lục I, ô số 2) prints the parent body
(cơ quan chủ quản) on the first line and the issuing body below it, both in upper
case; long names wrap ("ỦY BAN NHÂN / DÂN / TỈNH AN GIANG"), PDF layouts put two
bodies of a joint document on one line ("BỘ CÔNG AN BỘ QUỐC PHÒNG"). A body starts
with a head word naming a kind of organisation (BỘ, SỞ, ỦY BAN, BAN, ĐOÀN, CỤC, ...);
a line that starts with anything else ("TỈNH LÀO CAI", "DÂN", "TRUNG ƯƠNG") continues
the body above it.

>>> from vnplan.text.spans import Segment
>>> lines = [Segment.of(t, 0) for t in ["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG"]]
>>> [b.text for b in split_bodies(lines)]
['UBND TỈNH LÀO CAI', 'SỞ CÔNG THƯƠNG']
>>> lines = [Segment.of(t, 0) for t in ["ỦY BAN NHÂN", "DÂN", "TỈNH AN GIANG"]]
>>> [b.text for b in split_bodies(lines)]
['ỦY BAN NHÂN DÂN TỈNH AN GIANG']
>>> lines = [Segment.of(t, 0) for t in ["ỦY", "BAN NHÂN DÂN", "TỈNH TIỀN GIANG"]]
>>> [b.text for b in split_bodies(lines)]
['ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG']
>>> lines = [Segment.of(t, 0) for t in ["BỘ CÔNG AN BỘ QUỐC PHÒNG", "BỘ Y TẾ"]]
>>> [b.text for b in split_bodies(lines)]
['BỘ CÔNG AN', 'BỘ QUỐC PHÒNG', 'BỘ Y TẾ']
>>> [b.text for b in split_bodies([Segment.of("BỘ VĂN HOÁ - THÔNG TIN-BỘ Y TẾ", 0)])]
['BỘ VĂN HOÁ - THÔNG TIN', 'BỘ Y TẾ']
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from vnplan.text.spans import Segment

__all__ = ["is_organisation_line", "split_bodies", "starts_body"]

# Head words of organisation names, longest first so that "TIỂU BAN" wins over "BAN".
_HEADS = (
    "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "ỦY BAN", "UỶ BAN", "UY BAN", "UBND", "HĐND", "UBMTTQ",
    "HỘI ĐỒNG", "TỔNG CỤC", "CHI CỤC", "CỤC", "BỘ CHỈ HUY", "BỘ TƯ LỆNH", "BỘ", "SỞ",
    "VIỆN", "TÒA ÁN", "TOÀ ÁN", "TIỂU BAN", "BAN", "ĐOÀN", "VĂN PHÒNG", "PHÒNG",
    "THANH TRA", "KHO BẠC", "TRUNG TÂM", "TRƯỜNG", "HỌC VIỆN", "ĐẠI HỌC", "BỆNH VIỆN",
    "CÔNG AN", "TỈNH ỦY", "TỈNH UỶ", "THÀNH ỦY", "THÀNH UỶ", "HUYỆN ỦY", "HUYỆN UỶ",
    "QUẬN ỦY", "QUẬN UỶ", "THỊ ỦY", "THỊ UỶ", "ĐẢNG ỦY", "ĐẢNG UỶ", "ĐẢNG BỘ", "CHI BỘ",
    "ĐẢNG ĐOÀN", "BAN CÁN SỰ", "MẶT TRẬN", "LIÊN ĐOÀN", "LIÊN HIỆP", "HỘI", "TẬP ĐOÀN",
    "TỔNG CÔNG TY", "CÔNG TY", "NGÂN HÀNG", "KIỂM TOÁN", "QUỐC HỘI", "THỦ TƯỚNG",
    "CHỦ TỊCH NƯỚC", "VỤ", "ĐÀI", "CẢNG VỤ", "TỔ", "CHI NHÁNH", "BẢO HIỂM XÃ HỘI",
    "TỈNH ĐOÀN", "THÀNH ĐOÀN", "HUYỆN ĐOÀN", "THƯỜNG TRỰC", "NHÀ XUẤT BẢN",
    "BAN CHẤP HÀNH", "BAN THƯỜNG VỤ", "BCH", "BTV", "TỔNG LIÊN ĐOÀN", "CÔNG ĐOÀN",
)  # fmt: skip
# Heads that may start a second body in the middle of a line (PDF columns run together).
_SPLIT_HEADS = frozenset({
    "ỦY BAN", "UỶ BAN", "UBND", "HỘI ĐỒNG", "TỔNG CỤC", "CHI CỤC", "CỤC", "BỘ", "SỞ",
    "VIỆN", "TÒA ÁN", "TOÀ ÁN", "TIỂU BAN", "BAN", "ĐOÀN", "VĂN PHÒNG",
    "BAN CHẤP HÀNH", "BAN THƯỜNG VỤ", "BCH", "BTV",
})  # fmt: skip
_HEAD = re.compile(
    r"(?<![^\s])(?:" + "|".join(re.escape(h) for h in sorted(_HEADS, key=len, reverse=True))
    + r")(?![^\s,])"
)
# A split head glued to the body before it by a hyphen ("BỘ VĂN HOÁ - THÔNG TIN-BỘ Y TẾ").
_GLUED_HEAD = re.compile(r"(?<=[^\s-])-(?=(?:BỘ|SỞ|ỦY BAN|UỶ BAN|UBND|CỤC|VIỆN|TÒA ÁN|TOÀ ÁN)[ ])")


# The name of a mass organisation printed where the Party prints "ĐẢNG CỘNG SẢN VIỆT NAM"
# (in the motto position, or above the committee that issues): the Youth Union, the
# trade unions, national associations. UNCONFIRMED: not in domain.md; read from Đoàn
# documents ("BAN CHẤP HÀNH TRUNG ƯƠNG" beside "ĐOÀN TNCS HỒ CHÍ MINH") and applied
# alike to Công đoàn and Hội. Matched on base letters (no tone marks), upper case.
_ORGANISATION = re.compile(
    r"(?:DOAN[ ](?:TNCS|THANH[ ]NIEN[ ]CONG[ ]SAN)[ ]?HO[ ]CHI[ ]MINH|DOAN[ ]TNCSHCM"
    r"|TONG[ ]LIEN[ ]DOAN[ ]LAO[ ]DONG[ ]VIET[ ]NAM|CONG[ ]DOAN[ ]VIET[ ]NAM"
    r"|HOI[ ](?:[A-Z]{1,12}[ ]){1,6}VIET[ ]NAM|MAT[ ]TRAN[ ]TO[ ]QUOC[ ]VIET[ ]NAM)")


def is_organisation_line(base: str) -> bool:
    """Whether a body (base letters, upper case) is a mass organisation's name line.

    The committee printed with it is the issuer; the organisation line is neither
    issuer nor parent when such a committee is printed too (UNCONFIRMED convention).

    >>> is_organisation_line("DOAN TNCS HO CHI MINH"), is_organisation_line("TINH DOAN NGHE AN")
    (True, False)
    """
    return _ORGANISATION.fullmatch(" ".join(base.split())) is not None


def starts_body(text: str) -> bool:
    """Whether upper-case ``text`` starts with the head word of an organisation name.

    >>> starts_body("SỞ CÔNG THƯƠNG"), starts_body("TỈNH LÀO CAI")
    (True, False)
    """
    match = _HEAD.match(text)
    return bool(match)


def _split_line(line: Segment) -> list[Segment]:
    """Split one line where a second body starts after a complete first one."""
    text = line.text
    cuts: list[int] = []
    first = _HEAD.match(text)
    head_end = first.end() if first else 0
    last_cut = 0
    for match in _HEAD.finditer(text):
        if match.start() == 0 or match.group() not in _SPLIT_HEADS:
            continue
        if match.start() < head_end:
            continue
        before = text[last_cut:match.start()].split()
        own_head = _HEAD.match(text, last_cut)
        name_words = len(before) - (len(own_head.group().split()) if own_head else 0)
        if name_words >= 1:
            cuts.append(match.start())
            last_cut = match.start()
            head_end = match.end()
    for glued in _GLUED_HEAD.finditer(text):
        word = text[text.rfind(" ", 0, glued.start()) + 1:glued.start()]
        if any(ch.isdigit() or ch == "/" for ch in word):
            continue  # inside a number-notation ("SỐ 45/QĐ-UBND TỈNH")
        if glued.start() > head_end and glued.start() + 1 not in cuts:
            cuts.append(glued.start() + 1)
    if not cuts:
        return [line]
    bounds = [0, *sorted(cuts), len(text)]
    return [line.slice(a, b).strip(" -") for a, b in itertools.pairwise(bounds)]


def split_bodies(lines: Sequence[Segment]) -> list[Segment]:
    """Group upper-case issuer lines into bodies (organisations), in print order.

    A line that starts with an organisation head word starts a new body when the
    body above already has a name after its head ("BỘ" alone waits for "CÔNG AN").
    """
    bodies: list[list[Segment]] = []
    for line in lines:
        for piece in _split_line(line):
            if not piece.text:
                continue
            if bodies and (not (starts_body(piece.text) and _complete(bodies[-1]))
                           or _head_spans(bodies[-1], piece)):
                bodies[-1].append(piece)
            else:
                bodies.append([piece])
    return [Segment.join(parts) for parts in bodies]


def _head_spans(parts: list[Segment], piece: Segment) -> bool:
    """Whether a head word runs from the body above into ``piece`` ("ỦY" / "BAN NHÂN DÂN")."""
    text = " ".join(p.text for p in parts)
    if len(text) > 12:
        return False
    head = _HEAD.match(f"{text} {piece.text}")
    return head is not None and head.end() > len(text)


def _complete(parts: list[Segment]) -> bool:
    text = " ".join(p.text for p in parts)
    head = _HEAD.match(text)
    words = len(text.split())
    return words > (len(head.group().split()) if head else 0)
