"""Administrative words damaged by OCR, repaired against a small vocabulary.

Scans run through OCR lose or garble tone marks in the header: "UỶ BAN NHÂN DÃN",
"THÀNH PHÓ ĐÀ NẴNG", "HỘI ĐÒNG NHÂN DÂN", "HUYÊN CỦ CHI", and read a capital "I"
as "l" ("HỘl"). The words of an issuer's name are mostly fixed administrative
words: organisation names and their head words (from :mod:`vnplan.data.agencies`
and the issuer head words), the unit words of a locality (TỈNH, THÀNH PHỐ, HUYỆN,
QUẬN, THỊ XÃ, XÃ, PHƯỜNG, THỊ TRẤN, ĐẶC KHU) and document type names (from
:class:`vnplan.doctypes.DocumentType`).

:func:`repair_name` compares the words of an upper-case name with that vocabulary
without diacritics and puts the vocabulary's diacritics back where the printed
ones are not a valid spelling of the same word:

- a phrase of two or more words is repaired wherever it stands, when its
  diacritic-free form names exactly one vocabulary phrase;
- a single head word ("SỞ", "BỘ", "CỤC") only where a name starts;
- a unit word only right after an organisation phrase ("ỦY BAN NHÂN DÂN TÍNH" →
  "TỈNH"); the words after the unit word are a place name and are never changed,
  because no vocabulary can verify them ("TĨNH" in "HÀ TĨNH" is right);
- the old and new tone placements ("UỶ"/"ỦY", "HOÀ"/"HÒA") are both valid and kept;
- a name without any diacritic is left alone (an ASCII rendering, not OCR damage).

Each repair changes characters one for one, so offsets into the repaired text are
offsets into the printed one.

>>> repair_name("UỶ BAN NHÂN DÃN THÀNH PHÓ ĐÀ NẴNG")
'UỶ BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG'
>>> repair_name("HỘI ĐÒNG NHÂN DÂN TÍNH HÀ TĨNH")
'HỘI ĐỒNG NHÂN DÂN TỈNH HÀ TĨNH'
>>> repair_name("UBND HUYÊN CỦ CHI")
'UBND HUYỆN CỦ CHI'
>>> repair_name("UY BAN NHAN DAN TINH BAC NINH")  # no diacritics at all: as printed
'UY BAN NHAN DAN TINH BAC NINH'
"""

from __future__ import annotations

import functools
import re
import unicodedata

from vnplan.data import agencies as _agencies
from vnplan.doctypes import DocumentType
from vnplan.text.letters import UPPER, base_letters

__all__ = ["ocr_fold", "repair_name", "repair_title"]

#: Longest name :func:`repair_name` looks at (longer text is returned unchanged).
MAX_NAME_CHARS = 400

# Unit words of a locality (Decree 30/2020 writes "local parents include the locality").
_UNITS = ("TỈNH", "THÀNH PHỐ", "HUYỆN", "QUẬN", "THỊ XÃ", "XÃ", "PHƯỜNG", "THỊ TRẤN",
          "ĐẶC KHU")
# Head words after which a place name follows directly ("TỈNH ỦY QUẢNG NINH").
_PLACE_HEADS = ("TỈNH ỦY", "THÀNH ỦY", "HUYỆN ỦY", "QUẬN ỦY", "THỊ ỦY", "TỈNH ĐOÀN",
                "THÀNH ĐOÀN", "HUYỆN ĐOÀN", "QUẬN ĐOÀN")
# Words of organisation names that the data tables do not spell out.
_EXTRA = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM", "NHÂN DÂN",
    "BAN CHẤP HÀNH", "BAN THƯỜNG VỤ", "THƯỜNG TRỰC", "KHỐI CƠ QUAN", "KHỐI DOANH NGHIỆP",
    "TRUNG ƯƠNG", "CHÍNH PHỦ", "NHÀ NƯỚC", "BẦU CỬ", "CHỈ ĐẠO", "QUÂN SỰ", "KIỂM TRA",
    "TUYÊN GIÁO", "DÂN VẬN", "TỔ CHỨC", "NỘI CHÍNH", "PHỤ NỮ", "NÔNG DÂN", "CỰU CHIẾN BINH",
    "THANH NIÊN", "LAO ĐỘNG", "MẶT TRẬN TỔ QUỐC VIỆT NAM", "ĐOÀN THANH NIÊN CỘNG SẢN",
    "HỒ CHÍ MINH", "KHO BẠC NHÀ NƯỚC", "BẢO HIỂM XÃ HỘI", "BỘ CHỈ HUY QUÂN SỰ",
    "BAN CHỈ HUY QUÂN SỰ", "TRUNG TÂM Y TẾ", "CHI CỤC THUẾ", "CỤC THUẾ", "CÔNG AN",
    "HẢI QUAN", "THỐNG KÊ", "THANH TRA", "KIỂM LÂM", "TÒA ÁN NHÂN DÂN",
    "VIỆN KIỂM SÁT NHÂN DÂN", "TỐI CAO", "GIÁO DỤC VÀ ĐÀO TẠO", "TÀI NGUYÊN VÀ MÔI TRƯỜNG",
    "VĂN HÓA VÀ THÔNG TIN", "VĂN HÓA, THỂ THAO VÀ DU LỊCH", "NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    "KINH TẾ", "HẠ TẦNG", "QUẢN LÝ ĐÔ THỊ", "LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
    "DÂN TỘC", "TÔN GIÁO", "HÀNH CHÍNH", "TƯ PHÁP", "NỘI VỤ", "TÀI CHÍNH", "Y TẾ",
    "XÂY DỰNG", "CÔNG THƯƠNG", "GIAO THÔNG VẬN TẢI", "KẾ HOẠCH VÀ ĐẦU TƯ",
    "KHOA HỌC VÀ CÔNG NGHỆ", "THÔNG TIN VÀ TRUYỀN THÔNG", "NGOẠI VỤ", "BAN QUẢN LÝ",
    "BAN DÂN TỘC", "VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI", "ĐOÀN ĐẠI BIỂU QUỐC HỘI",
    "QUÂN KHU", "QUÂN ĐOÀN", "QUÂN CHỦNG", "QUÂN ĐỘI", "QUÂN ĐỘI NHÂN DÂN",
)  # fmt: skip
# Organisation head words (issuers.py reads the same heads, upper case).
_HEADS = (
    "ỦY BAN", "UBND", "HĐND", "UBMTTQ", "HỘI ĐỒNG", "TỔNG CỤC", "CHI CỤC", "CỤC", "BỘ",
    "SỞ", "VIỆN", "TÒA ÁN", "TIỂU BAN", "BAN", "ĐOÀN", "VĂN PHÒNG", "PHÒNG", "KHO BẠC",
    "TRUNG TÂM", "TRƯỜNG", "HỌC VIỆN", "ĐẠI HỌC", "BỆNH VIỆN", "ĐẢNG ỦY", "ĐẢNG BỘ",
    "CHI BỘ", "ĐẢNG ĐOÀN", "BAN CÁN SỰ", "MẶT TRẬN", "LIÊN ĐOÀN", "LIÊN HIỆP", "HỘI",
    "TẬP ĐOÀN", "TỔNG CÔNG TY", "CÔNG TY", "NGÂN HÀNG", "KIỂM TOÁN", "QUỐC HỘI",
    "THỦ TƯỚNG", "CHỦ TỊCH NƯỚC", "VỤ", "ĐÀI", "TỔ", "CHI NHÁNH", "NHÀ XUẤT BẢN",
)  # fmt: skip

# Other words whose letters a head word shares: a printed "SỐ" (the number line) is not
# a damaged "SỞ"; they make those spellings ambiguous, so they are never repaired.
_OTHER_WORDS = ("SỐ", "SÔ", "SỔ", "BỐ", "BÓ", "VŨ", "TỐ", "BẢN", "BẠN", "BÀN", "HỎI",
                "ĐOÁN", "VIÊN", "CÚC", "TRƯƠNG")

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_VOWELS = frozenset("AEIOUY")
# "l", "|" or "1" standing for a capital I, "0" for a capital O, inside an upper-case word.
_OCR_I = re.compile(
    rf"(?<=[{UPPER}])[l|](?![0-9a-z])|(?<=[{UPPER}])1(?=[{UPPER}])|[l|](?=[{UPPER}])")
_OCR_O = re.compile(rf"(?<=[{UPPER}])0(?=[{UPPER}])")
_WORD = re.compile(rf"[{UPPER}l|10]+")


def ocr_fold(text: str) -> str:
    """``text`` with OCR digits and bars inside upper-case words read as letters.

    One character for one: "HỘl" → "HỘI", "C0NG" → "CONG"; "l" in lower-case words
    and digits in numbers stay.

    >>> ocr_fold("CỘNG HÒA XÃ HỘl CHỦ NGHĨA"), ocr_fold("Độc lập, 10 ngày, QĐ-UBND1")
    ('CỘNG HÒA XÃ HỘI CHỦ NGHĨA', 'Độc lập, 10 ngày, QĐ-UBND1')
    """
    if not any(ch in text for ch in "l|0"):
        return text
    return _OCR_O.sub("O", _OCR_I.sub("I", text))


def _tone_key(word: str) -> tuple[str, str]:
    """A word's letters without tone marks, and its tone marks (their place ignored)."""
    decomposed = unicodedata.normalize("NFD", word)
    return ("".join(ch for ch in decomposed if ch not in _TONES),
            "".join(sorted(ch for ch in decomposed if ch in _TONES)))


def _base_word(word: str) -> str:
    return base_letters(word).upper()


def _place_tone(canonical: str, printed: str) -> str:
    """``canonical`` with its tone mark on the vowel where ``printed`` carries one.

    Keeps the printer's tone placement ("UỸ" → "UỶ", not "ỦY") when both places are
    vowels of the word; otherwise ``canonical`` as it is.
    """
    marks = [k for k, ch in enumerate(printed) if _tone_key(ch)[1]]
    tones = _tone_key(canonical)[1]
    if len(marks) != 1 or len(tones) != 1 or len(canonical) != len(printed):
        return canonical
    bare = _tone_key(canonical)[0]
    letters = unicodedata.normalize("NFC", bare)
    at = marks[0]
    if len(letters) != len(canonical) or _base_word(letters[at]) not in _VOWELS:
        return canonical
    moved = letters[:at] + unicodedata.normalize("NFC", letters[at] + tones) + letters[at + 1:]
    return moved if len(moved) == len(canonical) else canonical


@functools.cache
def _vocabulary() -> dict[tuple[str, ...], tuple[str, ...] | None]:
    """Diacritic-free word tuple → canonical words (None when two spellings share it)."""
    phrases: set[str] = set(_EXTRA) | set(_HEADS) | set(_PLACE_HEADS) | set(_OTHER_WORDS)
    phrases.update(name.upper() for _, name, *_ in _agencies.AGENCIES)
    phrases.update(name.upper() for _, name in _agencies.PHRASES)
    phrases.update(name.upper() for name, _ in _agencies.KIND_PREFIXES)
    for doc_type in DocumentType.all():
        phrases.update(n.upper() for n in (doc_type.name_vi, *doc_type.aliases))
    table: dict[tuple[str, ...], tuple[str, ...] | None] = {}
    for phrase in phrases:
        words = tuple(phrase.replace(",", " ").split())
        key = tuple(_base_word(w) for w in words)
        old = table.get(key, words)
        same = old is not None and len(old) == len(words) and all(
            _tone_key(a) == _tone_key(b) for a, b in zip(old, words, strict=True))
        table[key] = words if same else None
    return table


@functools.cache
def _units() -> dict[tuple[str, ...], tuple[str, ...]]:
    return {tuple(_base_word(w) for w in unit.split()): tuple(unit.split()) for unit in _UNITS}


@functools.cache
def _place_heads() -> frozenset[str]:
    return frozenset(_base_word(h) for h in _PLACE_HEADS)


def _valid(printed: str, canonical: str) -> bool:
    return _tone_key(printed) == _tone_key(canonical)


def _fix(printed: str, canonical: str) -> str:
    """The printed word (core letters) repaired to ``canonical``, or as printed."""
    if _valid(printed, canonical):
        return printed
    fixed = _place_tone(canonical, printed)
    return fixed if len(fixed) == len(printed) else printed


def repair_name(text: str) -> str:
    """Upper-case organisation name ``text`` with OCR-damaged administrative words repaired.

    See the module docstring for what is repaired and what is never touched. The
    result has the length of ``text``.

    >>> repair_name("SỞ GIẢO DỤC VÀ ĐÀO TAO")
    'SỞ GIÁO DỤC VÀ ĐÀO TẠO'
    >>> repair_name("HUYỆN ỦY KIẾN XƯƠNG")
    'HUYỆN ỦY KIẾN XƯƠNG'
    """
    if len(text) > MAX_NAME_CHARS or text.isascii():
        return text
    folded = ocr_fold(text)
    words = [(m.start(), m.group()) for m in _WORD.finditer(folded)]
    if not words:
        return text
    table = _vocabulary()
    units = _units()
    bases = [_base_word(w) for _, w in words]
    out = list(folded)
    i = 0
    after_body = False  # the previous phrase was an organisation: a unit word may follow
    while i < len(words):
        found = _longest(bases, i, table)
        # a unit word opens a line only before its place name: "TĨNH" alone is the end
        # of a wrapped place ("THÀNH PHỐ HÀ" / "TĨNH"), not a damaged "TỈNH"
        if found is None and (after_body or (i == 0 and len(text.split()) > 1)):
            unit = _match(bases, i, units)
            if unit is not None:
                _write(out, words, i, unit)
                break  # a place name follows: never touched
        if found is None and i == 0 and len(words) > 1 and words[1][1].isalpha():
            found = table.get((bases[0],))  # a head word opens the name
        if found is None:
            after_body = False
            i += 1
            continue
        _write(out, words, i, found)
        key = tuple(bases[i:i + len(found)])
        i += len(found)
        if key in units or " ".join(key) in _place_heads():
            break  # a place name follows
        after_body = True
    repaired = "".join(out)
    return repaired if len(repaired) == len(text) else text


def _longest(bases: list[str], i: int, table: dict[tuple[str, ...], tuple[str, ...] | None]
             ) -> tuple[str, ...] | None:
    """The longest phrase of two or more words at word ``i`` that names one vocabulary entry."""
    for size in range(min(8, len(bases) - i), 1, -1):
        canonical = table.get(tuple(bases[i:i + size]))
        if canonical is not None:
            return canonical
    return None


def _match(bases: list[str], i: int, table: dict[tuple[str, ...], tuple[str, ...]]
           ) -> tuple[str, ...] | None:
    for size in (2, 1):
        key = tuple(bases[i:i + size])
        if len(key) == size and key in table:
            return table[key]
    return None


def _write(out: list[str], words: list[tuple[int, str]], i: int,
           canonical: tuple[str, ...]) -> None:
    for (start, printed), word in zip(words[i:i + len(canonical)], canonical, strict=False):
        fixed = _fix(printed, word)
        out[start:start + len(printed)] = list(fixed)


# Titles of a signature block (position lines, and titles after an authority prefix).
_POSITIONS = (
    "CHỦ TỊCH", "CHỦ NHIỆM", "GIÁM ĐỐC", "TỔNG GIÁM ĐỐC", "BÍ THƯ", "BỘ TRƯỞNG",
    "THỦ TƯỚNG", "CỤC TRƯỞNG", "TỔNG CỤC TRƯỞNG", "VỤ TRƯỞNG", "VIỆN TRƯỞNG",
    "HIỆU TRƯỞNG", "TRƯỞNG BAN", "TRƯỞNG PHÒNG", "TRƯỞNG ĐOÀN", "CHÁNH VĂN PHÒNG",
    "CHÁNH ÁN", "CHÁNH THANH TRA", "ỦY VIÊN", "THƯ KÝ", "TỔNG THƯ KÝ",
)  # fmt: skip


@functools.cache
def _position_table() -> dict[tuple[str, ...], tuple[str, ...]]:
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for title in _POSITIONS:
        for phrase in (title, f"PHÓ {title}"):
            words = tuple(phrase.split())
            table[tuple(_base_word(w) for w in words)] = words
    return table


def _collapse_doubled(text: str) -> str:
    """An upper-case vowel OCR printed twice with different marks read once ("CHẮÁP")."""
    out: list[str] = []
    for ch in text:
        if out and ch != out[-1] and ch.isupper() and out[-1].isupper() \
                and _base_word(ch) == _base_word(out[-1]) and _base_word(ch) in _VOWELS:
            continue
        out.append(ch)
    return "".join(out)


def repair_title(text: str) -> str:
    """A signature-block line with OCR-damaged words repaired ("T/M BAN CHẮÁP HÀNH").

    Organisation words as :func:`repair_name` repairs them, position titles ("PHÓ CHÙ
    TỊCH" → "PHÓ CHỦ TỊCH", "BÍ THU" → "BÍ THƯ") against their own short list, and a
    vowel printed twice with different marks read once — so, unlike
    :func:`repair_name`, the result may be shorter than ``text``.

    >>> repair_title("T/M BAN CHẮÁP HÀNH"), repair_title("PHÓ CHÙ TỊCH")
    ('T/M BAN CHẤP HÀNH', 'PHÓ CHỦ TỊCH')
    >>> repair_title("KT. GIÁM ĐỐC")
    'KT. GIÁM ĐỐC'
    """
    if len(text) > MAX_NAME_CHARS or text.isascii():
        return text
    text = repair_name(_collapse_doubled(text))
    folded = ocr_fold(text)
    words = [(m.start(), m.group()) for m in _WORD.finditer(folded)]
    bases = [_base_word(w) for _, w in words]
    table = _position_table()
    out = list(folded)
    i = 0
    while i < len(words):
        for size in range(min(4, len(words) - i), 1, -1):
            canonical = table.get(tuple(bases[i:i + size]))
            if canonical is not None:
                _write(out, words, i, canonical)
                i += size
                break
        else:
            i += 1
    repaired = "".join(out)
    return repaired if len(repaired) == len(text) else text
