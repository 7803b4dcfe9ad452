"""Page furniture: the words around a document that are not the document.

Saved web pages carry the site's menus, log-in links, download and share buttons,
breadcrumbs ("Trang chủ > Văn bản > Kế hoạch"), related-document lists and copyright
lines; PDF text of a digitally signed file carries the signature box ("Ký bởi: ...",
"Thời gian ký: 05.03.2024 10:12:13 +07:00"). :func:`is_chrome` tells such a line from a
line of the document. It judges a whole line and only short ones: a sentence that starts
like a button ("Tải về máy các biểu mẫu ...") is text.

>>> is_chrome("Đăng nhập | Đăng ký"), is_chrome("Trang chủ > Văn bản pháp luật > Kế hoạch")
(True, True)
>>> is_chrome("Tải về"), is_chrome("Tải về các biểu mẫu kèm theo Kế hoạch này.")
(True, False)
>>> is_chrome("Nội dung"), is_chrome("Nội dung | Văn bản gốc | Lược đồ")
(False, True)
"""

from __future__ import annotations

import re

__all__ = ["is_chrome"]

#: Longest line :func:`is_chrome` judges.
MAX_CHROME_LINE = 160

# Buttons, links and tab labels that are chrome even alone on a line.
_STRONG = (
    r"tìm kiếm|tập tin đính kèm|các tin khác|tin liên quan|bài viết liên quan"
    r"|tin cùng chuyên mục|xem tin theo ngày|thống kê truy cập|trang chủ|về đầu trang"
    r"|in bài viết|in trang|gửi email|chia sẻ|bản in|quay lại|trở về|về trang trước"
    r"|đăng nhập|đăng ký|đăng xuất|quên mật khẩu|tải về|tải xuống|tải văn bản"
    r"|tải file(?:[ ][.]?(?:doc|docx|pdf|word))?|file đính kèm|văn bản liên quan"
    r"|văn bản gốc|văn bản tiếng anh|văn bản mới|lược đồ|thuộc tính|bình luận"
    r"|xem thêm|xem chi tiết|xem nhiều nhất|đọc nhiều nhất|tin mới|tin nổi bật"
    r"|facebook|zalo|twitter|linkedin|youtube|sơ đồ (?:trang|site|cổng)"
    r"|in văn bản|gửi bài viết|chia sẻ bài viết|báo lỗi|đăng ký nhận tin|mục lục văn bản"
    r"|văn bản đang xem|tải văn bản gốc|theo dõi văn bản|lưu văn bản"
    # site banners of legal databases
    r"|hệ thống pháp luật(?: việt nam)?|thư viện pháp luật|luật việt nam"
    r"|cơ sở dữ liệu quốc gia về văn bản pháp luật"
    r"|(?:https?://)?(?:www[.])?[a-z0-9-]{2,40}(?:[.][a-z]{2,6}){1,3}(?:/[^ ]{0,80})?"
)
# Labels that are chrome only beside another chrome label ("Nội dung | Lược đồ").
_WEAK = (
    r"nội dung|liên quan|hiệu lực|tiếng anh|tiếng việt|english|in|email|e-mail"
    r"|lưu|theo dõi|mục lục|góp ý|liên hệ|đóng|menu|rss|print|share|like|tweet"
)
_SEP = r"(?:[ ]{1,4}|[ ]{0,4}[|•·/:,-][ ]{0,4})"
_STRONG_LINE = re.compile(rf"(?:{_STRONG})[ ]*:?", re.IGNORECASE)
_TOKENS = re.compile(
    rf"(?:{_STRONG}|{_WEAK})(?:{_SEP}(?:{_STRONG}|{_WEAK})){{1,10}}[ ]*[|:]?", re.IGNORECASE)
# Counters and dates of the page ("Lượt truy cập: 5.195.595", "Ngày cập nhật 28/11/2020").
_COUNTER = re.compile(
    r"(?:ngày cập nhật|cập nhật lúc|ngày đăng|lượt xem|lượt truy cập|đang truy cập"
    r"|đang online|tổng lượt truy cập|hôm nay|trong tuần|tổng truy cập)"
    r"[ ]*:?[ ]*[0-9][0-9.,:/ ]{0,24}(?:[ ]*(?:sa|ch|am|pm))?",
    re.IGNORECASE,
)
# Copyright and the box a digital signature prints on each signed PDF page.
_NOTICE = re.compile(
    r"(?:copyright|bản quyền thuộc về)\b[^\n]{0,150}|©[ ]?(?:[0-9]{4}|copyright)\b[^\n]{0,150}"
    r"|ký bởi[ ]?:[^\n]{1,150}"
    # document-sharing and legal-database sites
    r"|bạn đang xem[^\n]{0,250}|tải bản đầy đủ[^\n]{0,80}|nội dung toàn văn[^\n]{0,250}"
    r"|thời gian ký[ ]?:[ ]?[0-9][0-9./:+ -]{8,40}(?:[ ]?(?:gmt|utc)?[ ]?[+-]?[0-9:]{0,6})?",
    re.IGNORECASE,
)
_CRUMB_SPLIT = re.compile(r" (?:>>?|»|›) ")


def is_chrome(text: str) -> bool:
    """Whether the whole line ``text`` (whitespace collapsed) is page furniture."""
    if not text or len(text) > 2 * MAX_CHROME_LINE:
        return False
    if _NOTICE.fullmatch(text):
        return True
    if len(text) > MAX_CHROME_LINE:
        return False
    if len(text) > 80:
        return _is_breadcrumb(text)
    return bool(
        _STRONG_LINE.fullmatch(text)
        or _COUNTER.fullmatch(text)
        or (_TOKENS.fullmatch(text) and _has_strong_or_many(text))
        or _is_breadcrumb(text)
    )


def _has_strong_or_many(text: str) -> bool:
    return bool(re.search(_STRONG, text, re.IGNORECASE)) or len(re.findall(
        rf"(?:^|{_SEP})(?:{_WEAK})\b", text, re.IGNORECASE)) >= 3


def _is_breadcrumb(text: str) -> bool:
    """"Trang chủ > Văn bản > Kế hoạch": two separators, or one after "Trang chủ".

    Every piece is a short label that does not start with a digit, so a comparison
    ("tỷ lệ > 50% và > 30%") is not a breadcrumb.
    """
    pieces = _CRUMB_SPLIT.split(text)
    if len(pieces) < 2 or any(not 0 < len(p.strip()) <= 50 or p.strip()[0].isdigit()
                              for p in pieces):
        return False
    return len(pieces) >= 3 or text.lower().startswith(("trang chủ", "home"))
