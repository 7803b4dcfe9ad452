"""Vietnamese letters: regex classes, diacritic-free comparison, letter-case tests.

The header and signer stages recognise fixed phrases ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA
VIỆT NAM", "Độc lập - Tự do - Hạnh phúc") in text that spells them with the old
or new tone placement ("HOÀ"/"HÒA"), with PDF font artefacts ("HÕA") or without
diacritics at all. They compare on :func:`base_letters`, which maps every letter
to its base Latin letter one for one, so offsets found in the result are offsets
in its input.

>>> base_letters("Cộng hoà, Đắk Lắk")
'Cong hoa, Dak Lak'
>>> is_upper_text("ỦY BAN NHÂN DÂN TỈNH LÀO CAI")
True
>>> is_upper_text("Ủy ban nhân dân tỉnh")
False
>>> is_person_name("Trần Thị Diệu Thúy"), is_person_name("Kính gửi")
(True, False)
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "LETTERS",
    "LOWER",
    "UPPER",
    "base_letters",
    "is_person_name",
    "is_upper_text",
    "splits_word",
    "starts_lower",
]

#: Upper-case Vietnamese letters (precomposed, NFC) and the plain Latin capitals.
UPPER = (
    "A-Z"
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
)
#: Lower-case Vietnamese letters (precomposed, NFC) and the plain Latin small letters.
LOWER = (
    "a-z"
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
)

#: Both cases, for use inside a regex character class.
LETTERS = UPPER + LOWER

_NAME_WORD = re.compile(f"[{UPPER}][{LOWER}]{{0,7}}")


class _BaseTable(dict[int, int]):
    """``str.translate`` table that computes each character's base letter on first use."""

    def __missing__(self, code: int) -> int:
        char = chr(code)
        if char in "Đđ":
            base = "D" if char == "Đ" else "d"
        else:
            decomposed = unicodedata.normalize("NFD", char)
            base = decomposed[0] if decomposed else char
            if len(base) != 1 or unicodedata.combining(base):
                base = char
        self[code] = ord(base)
        return self[code]


_BASE = _BaseTable()


def base_letters(text: str) -> str:
    """``text`` with diacritics removed and "Đ" as "D", one character for one.

    >>> len(base_letters("Nghị quyết")) == len("Nghị quyết")
    True
    """
    if text.isascii():
        return text
    return text.translate(_BASE)


def is_upper_text(text: str, threshold: float = 0.85) -> bool:
    """Whether at least ``threshold`` of the letters in ``text`` are upper case.

    Text with fewer than two letters is not upper-case text.
    """
    upper = lower = 0
    for char in text:
        if char.isupper():
            upper += 1
        elif char.islower():
            lower += 1
    total = upper + lower
    return total >= 2 and upper >= threshold * total


def starts_lower(text: str) -> bool:
    """Whether the first letter or digit of ``text`` is a lower-case letter."""
    for char in text:
        if char.isalnum():
            return char.islower()
    return False


def is_person_name(text: str) -> bool:
    """Whether ``text`` looks like a Vietnamese personal name: 2-6 capitalised words.

    Names carry no digits or punctuation and every word is a capital followed by
    small letters ("Nguyễn Văn A" is accepted, "UBND tỉnh" is not).
    """
    words = text.split()
    if not 2 <= len(words) <= 6:
        return False
    return all(_NAME_WORD.fullmatch(word) for word in words)


def splits_word(text: str, pos: int) -> bool:
    """Whether cutting ``text`` at ``pos`` would cut a word (letters or digits) in two.

    >>> splits_word("UBNDCỘNG", 4), splits_word("UBND CỘNG", 4)
    (True, False)
    """
    return 0 < pos < len(text) and text[pos - 1].isalnum() and text[pos].isalnum()
