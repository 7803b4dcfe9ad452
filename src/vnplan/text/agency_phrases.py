"""Agency names in running text: where a list of agencies starts, ends and splits.

Plans name the bodies that lead or assist a task in sentence case, in lists whose
commas are ambiguous: "Sở Nội vụ, Sở Tư pháp và các cơ quan liên quan" is three
bodies, but "các sở, ban, ngành", "UBND các huyện, thị xã, thành phố" and "Bộ Văn
hóa, Thể thao và Du lịch" are one each. :func:`read_agencies` reads such a list from
a position in a text: a name starts with a head word naming a kind of body (Sở, Bộ,
Ủy ban, UBND, Công an, Ban, các cơ quan, ...); a comma or "và" starts a new name only
when a head word follows; the list ends at a lower-case verb or preposition that
cannot belong to a name ("chủ trì", "phối hợp", "tham mưu", "theo", "để", ...), at
";", ":" or the end of a sentence.

Examples:
    >>> found = read_agencies("Sở Nội vụ, Sở Tư pháp và các cơ quan, đơn vị liên quan tổ chức")
    >>> [name for name, _, _ in found.names]
    ['Sở Nội vụ', 'Sở Tư pháp', 'các cơ quan, đơn vị liên quan']
    >>> [n for n, _, _ in read_agencies("Bộ Văn hóa, Thể thao và Du lịch chủ trì").names]
    ['Bộ Văn hóa, Thể thao và Du lịch']
    >>> [n for n, _, _ in read_agencies("UBND các huyện, thị xã, thành phố; các Sở").names]
    ['UBND các huyện, thị xã, thành phố']
    >>> read_agencies("Tổ chức tập huấn cho cán bộ") is None
    True
"""

from __future__ import annotations

import re

import attrs

from vnplan.text.letters import LETTERS, UPPER

__all__ = ["AgencyList", "read_agencies", "starts_agency"]

#: Longest list of agencies read, in characters.
MAX_LIST_CHARS = 400
#: Most words one name may have.
MAX_NAME_WORDS = 24

# Head words of body names in sentence case and upper case (longest first by the regex).
_HEADS = (
    "Ủy ban", "Uỷ ban", "ỦY BAN", "UBND", "HĐND", "UBMTTQ", "MTTQ", "Hội đồng", "Tổng cục",
    "Chi cục", "Cục", "Bộ Chỉ huy", "Bộ Tư lệnh", "Bộ đội", "Bộ", "Sở", "Viện", "Tòa án",
    "Toà án", "Tiểu ban", "Ban quản lý", "Ban chỉ đạo", "Ban chấp hành", "Ban thường vụ",
    "Ban công tác", "Ban", "Đoàn", "Văn phòng", "Phòng", "Thanh tra", "Kho bạc",
    "Trung tâm", "Trường", "Học viện", "Đại học", "Bệnh viện", "Công an", "Tỉnh ủy",
    "Tỉnh uỷ", "Thành ủy", "Thành uỷ", "Huyện ủy", "Huyện uỷ", "Đảng ủy", "Đảng uỷ",
    "Đảng bộ", "Chi bộ", "Mặt trận", "Liên đoàn", "Liên minh", "Liên hiệp", "Hội",
    "Tập đoàn", "Tổng Công ty", "Tổng công ty", "Công ty", "Ngân hàng", "Kiểm toán",
    "Quốc hội", "Chính phủ", "Thủ tướng", "Phó Thủ tướng", "Đài", "Báo", "Thông tấn xã",
    "Cảng vụ", "Tổ", "Chi nhánh", "Bảo hiểm xã hội", "Quân khu", "Cơ quan", "Đơn vị",
    "Lực lượng", "Giám đốc", "Phó Giám đốc", "Thủ trưởng", "Chủ tịch", "Phó Chủ tịch",
    "Bộ trưởng", "Trưởng", "Phó Trưởng", "Chánh", "Hiệu trưởng", "Điện lực", "Viễn thông",
    "Bưu điện", "Tỉnh đoàn", "Thành đoàn", "Huyện đoàn", "Hợp tác xã", "Hiệp hội",
    "Cảnh sát", "Bộ phận", "Nhà xuất bản", "Các", "Những", "Thường trực", "Đồng chí",
    "Đ/c", "Cổng thông tin", "Cổng Thông tin", "Chính quyền", "Thuế", "Hải quan",
    "Quỹ", "Ngân hàng Nhà nước", "Tổng Liên đoàn", "Ủy ban bầu cử", "Người đứng đầu",
    "Doanh nghiệp",
)  # fmt: skip
# Lower-case group nouns that name bodies after "các", and lower-case heads of their own.
_GROUPS = (
    "sở", "bộ", "ban", "ngành", "cơ quan", "đơn vị", "địa phương", "tổ chức", "cấp",
    "doanh nghiệp", "xã", "phường", "huyện", "tỉnh", "phòng", "thành viên", "hội",
    "đoàn thể", "cơ sở", "trường", "lực lượng", "chủ đầu tư", "Sở", "Bộ", "Ban",
    "đồng chí", "đ/c", "thành viên", "chính quyền", "tổ chức chính trị",
)  # fmt: skip
_OWN_LOWER_HEADS = ("phòng", "ban", "tổ", "đoàn")
_GROUP_NOUN = re.compile(
    r"(?:" + "|".join(re.escape(g) for g in sorted(_GROUPS, key=len, reverse=True)) + r")"
    r"(?=[ ,;.:]|$)")
# Lower-case heads that name a body with lower-case words after them ("cơ quan báo chí").
_LOWER_BODIES = ("cơ quan", "đơn vị", "chính quyền", "lực lượng", "chủ đầu tư")
_HEAD = re.compile(
    r"(?:" + "|".join(re.escape(h) for h in sorted(_HEADS, key=len, reverse=True)) + r")"
    rf"(?![{LETTERS}0-9])"
    r"|(?:các|những)[ ](?:" + "|".join(re.escape(g) for g in sorted(_GROUPS, key=len,
                                                                      reverse=True)) + ")"
    rf"(?![{LETTERS}0-9])"
    r"|(?:" + "|".join(re.escape(h) for h in _OWN_LOWER_HEADS) + rf")(?=[ ][{UPPER}0-9])"
    r"|(?:" + "|".join(re.escape(h) for h in _LOWER_BODIES) + rf")(?=[ ][{LETTERS}])"
)
# Lower-case words and phrases that cannot belong to a body name: they end a list.
_STOPS = (
    "chủ trì", "phối hợp", "tham mưu", "thực hiện", "triển khai", "tổ chức", "xây dựng",
    "bố trí", "rà soát", "hướng dẫn", "theo dõi", "kiểm tra", "tổng hợp", "báo cáo",
    "trình", "ban hành", "có trách nhiệm", "chịu trách nhiệm", "chủ động", "để", "trong",
    "nhằm", "theo", "đảm bảo", "bảo đảm", "tiếp tục", "khẩn trương", "thống nhất",
    "đề xuất", "cập nhật", "đôn đốc", "giám sát", "chỉ đạo", "căn cứ", "lập", "phê duyệt",
    "cung cấp", "tăng cường", "nghiên cứu", "quản lý", "thường xuyên", "kịp thời",
    "tuyên truyền", "phổ biến", "hoàn thành", "hoàn thiện", "xử lý", "giải quyết",
    "khắc phục", "vận động", "cấp phát", "đánh giá", "thu thập", "hỗ trợ", "phát huy",
    "duy trì", "bổ sung", "sửa đổi", "gửi", "đề nghị", "tham gia", "tập trung",
    "chuẩn bị", "là", "được giao", "quán triệt", "sơ kết", "tổng kết", "thẩm định",
    "cử", "giao", "yêu cầu", "phân công", "thông báo", "trực", "kiện toàn",
    "ứng dụng", "phát triển", "nâng cao", "quyết định", "xem xét", "trước", "sau", "tại",
    "khi", "nếu", "đồng thời", "cùng", "đã", "sẽ", "cần", "phải", "chịu", "với", "về",
    "đến", "tới", "từ", "bằng", "qua", "thông qua", "trên", "dưới", "vào", "ngay",
    "nghiêm", "có", "đầu tư", "sắp xếp", "vận hành", "phục vụ",
    "bàn giao", "công bố", "tiếp nhận", "xác định", "phân loại", "điều chỉnh",
    "lựa chọn", "phân bổ", "dọn dẹp", "biên soạn", "giúp",
    "thay mặt", "đại diện", "hằng", "hàng", "định kỳ", "năm", "tháng", "quý",
    "ngày", "số", "tùy", "tuỳ", "tùy theo", "trên cơ sở", "nhằm", "huy động", "di dời",
    "sơ tán", "cứu hộ", "cứu nạn", "cứu trợ", "vận chuyển", "dựng", "thu gom", "ứng phó",
    "trang bị", "mua sắm", "sửa chữa", "thẩm tra", "công khai", "niêm yết", "lấy ý kiến",
    "góp ý", "tham dự", "tiến hành", "thành lập", "chấp hành", "phản ánh", "kiến nghị",
    "cấp giấy", "cấp phép", "cấp chứng", "cấp mới", "cấp lại", "cấp đổi", "cấp kinh phí",
    "chấp thuận",
    # qualifiers that a shorter stop above would cut ("có", "trực", "giao")
    "có liên quan", "trực thuộc", "được giao",
)  # fmt: skip
# Entries of _STOPS that continue a name ("các cơ quan có liên quan").
_QUALIFIERS = frozenset({"có liên quan", "trực thuộc", "được giao"})
_GENERIC = re.compile(r"(?:[Cc]ác[ ])?(?:[Cc]ơ quan|[Đđ]ơn vị)")
_ROLE = re.compile(r"(?:chủ trì|phối hợp)(?![^\s,;:.])")
_QUALIFIER = re.compile(r"(?:có liên quan|trực thuộc|được giao)(?![^\s,;:.])")
# One-word stops that end a list even right after a capitalised word.
_STRONG = frozenset({
    "là", "để", "theo", "trình", "gửi", "về", "với", "tại", "trong", "từ", "khi", "nếu",
    "giao", "cử", "nhằm", "tùy", "tuỳ", "trước", "sau", "đã", "đang", "sẽ",
})
_GROUP_WORD = re.compile(
    r"(?:ban|Ban|ngành|Ngành|sở|Sở|đơn vị|địa phương|cơ quan|đoàn thể|hội|Hội|tổ chức"
    r"|doanh nghiệp)(?=[ ,;.:]|$)")
_LOWER_HEAD = re.compile(r"(?:cơ quan|đơn vị|tổ chức)[ ]")
_STOP = re.compile(
    r"(?:" + "|".join(re.escape(s) for s in sorted(_STOPS, key=len, reverse=True)) + r")"
    rf"(?![{LETTERS}0-9])"
)
_TOKEN = re.compile(rf"[{LETTERS}0-9&'’./_-]+|[,;:()]|\S")
_SPACE = re.compile(r"[ \t\n]{0,8}")


@attrs.frozen(slots=True)
class AgencyList:
    """A list of agencies read from a text.

    Attributes:
        names: ``(name, start, end)`` of each body in text order; offsets into the text.
        end: offset just past the list.
    """

    names: tuple[tuple[str, int, int], ...]
    end: int


def starts_agency(text: str, pos: int = 0) -> bool:
    """Whether a body name starts at ``pos`` of ``text``.

    >>> starts_agency("Sở Tài chính"), starts_agency("các cơ quan liên quan")
    (True, True)
    >>> starts_agency("Số liệu"), starts_agency("Báo cáo kết quả")
    (False, False)
    """
    match = _HEAD.match(text, pos)
    if match is None:
        return False
    # "Báo cáo", "Các nội dung", "Tổ chức", "Trường hợp": head words that open a phrase
    word_end = match.end()
    rest = text[word_end:word_end + 12]
    head = match.group()
    if head == "Báo" and rest.startswith(" cáo"):
        return False
    if head == "Tổ" and rest.startswith(" chức"):
        return False
    if head == "Trường" and rest.startswith(" hợp"):
        return False
    if head in ("Ban", "ban") and rest.startswith(" hành"):
        return False  # "Ban hành": to issue
    if head == "Đơn vị" and rest.startswith((" tính", " hành")):
        return False
    if head in ("Các", "Những"):
        # "Các Sở, ban, ngành" is a body, "Các nội dung" is not
        after = _SPACE.match(text, word_end)
        pos2 = after.end() if after else word_end
        return bool(_HEAD.match(text, pos2)) or bool(
            re.match(r"(?:" + "|".join(re.escape(g) for g in _GROUPS) + rf")(?![{LETTERS}])",
                     text[pos2:pos2 + 20]))
    return True


def read_agencies(text: str, pos: int = 0, *, stop_at_verbs: bool = True) -> AgencyList | None:
    """Read a list of body names starting at ``pos`` (after spaces); ``None`` if none starts.

    With ``stop_at_verbs=False`` (the value of a label such as "Cơ quan chủ trì: ..."),
    only ";", ":" and the end of a sentence end the list.
    """
    start = _SPACE.match(text, pos)
    pos = start.end() if start else pos
    if not starts_agency(text, pos):
        return None
    limit = min(len(text), pos + MAX_LIST_CHARS)
    names: list[tuple[int, int]] = []
    name_start = last_end = at = pos
    words = 0
    group = False  # the current name is a group of kinds ("các sở, ban, ngành")

    def begin(npos: int) -> int:
        nonlocal name_start, last_end, words, group
        name_start = npos
        head = _HEAD.match(text, npos)
        end = head.end() if head else npos
        if head is not None and head.group() in ("Các", "Những"):
            after = _skip(text, end)
            nxt = _HEAD.match(text, after) or _GROUP_NOUN.match(text, after)
            if nxt is not None:
                end = nxt.end()
        group = text[npos:npos + 5].lower().startswith(("các ", "những"))
        words = max(1, len(text[npos:end].split()))
        last_end = end
        return end

    at = begin(pos)
    while at < limit:
        token = _TOKEN.search(text, at, limit)
        if token is None:
            break
        tok = token.group()
        tstart = token.start()
        if tok in (";", ":", ")"):
            break
        if tok == "(":
            close = text.find(")", tstart, min(limit, tstart + 80))
            inner = text[tstart + 1:tstart + 2]
            # "(Sở Nội vụ)" belongs to the name; "(qua Sở Nội vụ)" is a routing note
            if close < 0 or not inner.isupper():
                break
            last_end = at = close + 1
            continue
        if tok in (",", "và", "hoặc"):
            npos = _skip(text, token.end())
            kind = _GROUP_WORD.match(text, npos) if group and tok != "hoặc" else None
            if kind is not None:  # "các sở, Ban ngành", "các cơ quan, tổ chức": one group
                words += 1
                last_end = at = kind.end()  # "tổ chức" here is a noun, not the verb
                continue
            if starts_agency(text, npos) or (tok == "," and _LOWER_HEAD.match(text, npos)):
                names.append((name_start, last_end))
                at = begin(npos)
                continue
            if tok == "hoặc" or npos >= limit or _stops(text, npos, stop_at_verbs,
                                                        after_upper=False):
                break
            if tok == "," and not text[npos:npos + 1].isalpha():
                break
            at = token.end()
            continue
        if tok.strip(".") == "":
            break  # a lone "." ends the sentence and the list
        if tok.endswith(".") and len(tok) > 1 and not _ABBREVIATION.fullmatch(tok):
            last_end = tstart + len(tok) - 1  # a word that ends a sentence ends the list
            break
        prev = text[name_start:tstart].split()
        role = _ROLE.match(text, tstart) if _GENERIC.fullmatch(" ".join(prev)) else None
        if role is not None:  # "cơ quan chủ trì", "đơn vị phối hợp": a body by its role
            words += len(role.group().split())
            last_end = at = role.end()
            continue
        after_upper = bool(prev) and prev[-1][:1].isupper()
        if _stops(text, tstart, stop_at_verbs, after_upper=after_upper):
            break
        qualifier = _QUALIFIER.match(text, tstart)
        if qualifier is not None:  # "các cơ quan có liên quan", "đơn vị được giao"
            words += len(qualifier.group().split())
            last_end = at = qualifier.end()
            continue
        words += 1
        if words > MAX_NAME_WORDS:
            break
        last_end = at = token.end()
    names.append((name_start, last_end))
    found = tuple((text[a:b].strip(" ,-"), a, b) for a, b in names
                  if text[a:b].strip(" ,-") and not _WHICH.search(text[a:b]))
    if not found:
        return None  # "Cơ quan nào được giao ...?": a question, not a body
    return AgencyList(found, names[-1][1])


def _skip(text: str, pos: int) -> int:
    space = _SPACE.match(text, pos)
    return space.end() if space else pos


_WHICH = re.compile(rf"(?<![{LETTERS}])(?:nào|gì)(?![{LETTERS}])")
_ABBREVIATION = re.compile(r"(?:TP|Tp|tp|TX|Q|P|TT)\.")


def _stops(text: str, pos: int, stop_at_verbs: bool, *, after_upper: bool) -> bool:
    """Whether the word at ``pos`` ends a list (a lower-case verb or preposition).

    After a capitalised word only phrases of two or more words and the strong one-word
    stops count: a lower-case syllable there usually finishes a compound ("Ngân hàng").
    """
    if not stop_at_verbs:
        return False
    char = text[pos:pos + 1]
    if not char or not (char.islower() or char.isdigit()):
        return False
    match = _STOP.match(text, pos)
    if match is None:
        return False
    word = match.group()
    if word in _QUALIFIERS:
        return False
    return not after_upper or " " in word or word in _STRONG
