"""Character-level clean-up shared by every parser: Unicode form and look-alikes.

Legacy Vietnamese text arrives in NFD from some word processors, with "Ð"
(U+00D0, Icelandic eth) typed for "Đ" (U+0110), typographic dashes and
slashes inside document numbers, and Cyrillic letters from OCR ("ВСТ" for
"BCT"). Parsers match on the folded text and report spans in it.

:func:`fold_lookalikes` maps one character to exactly one character, so an
offset into the folded text is an offset into its input. :func:`to_nfc`
composes; it may shorten NFD text, so callers that report spans apply it
before anything else and report offsets in its result.

>>> fold_lookalikes("Số: 05 ⁄ QÐ–UBND")
'Số: 05 / QĐ-UBND'
>>> fold_lookalikes("ВСТ")  # Cyrillic Ve, Es, Te
'BCT'
>>> len(fold_lookalikes("a—b")) == len("a—b")
True
>>> to_nfc("Quye\\u0302\\u0301t") == "Quyết"
True
>>> normalize("  Số:\\u00a005/QÐ-UBND ")
'  Số: 05/QĐ-UBND '
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["DASHES", "SLASHES", "fold_lookalikes", "normalize", "to_nfc"]

#: Characters that stand for "-" in legacy text (hyphen, en/em dash, minus, ...).
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d\u00ad"
#: Characters that stand for "/" (fraction slash, division slash, full-width).
SLASHES = "\u2044\u2215\u29f8\uff0f"
# Spaces that are not U+0020 but mean one (NBSP, thin space, ideographic, ...).
_SPACES = "\u00a0\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))

# Letters OCR and foreign keyboards put where a Vietnamese letter belongs. Cyrillic
# is never legitimate in a Vietnamese official document, so folding it is safe.
_LETTERS = {
    "\u00d0": "\u0110",  # Ð (eth) -> Đ
    "\u00f0": "\u0111",  # ð -> đ
    "\u0189": "\u0110",  # Ɖ (African D) -> Đ
    "\u0256": "\u0111",  # ɖ -> đ
    # Cyrillic capitals
    "\u0410": "A", "\u0412": "B", "\u0421": "C", "\u0415": "E", "\u041d": "H",
    "\u0406": "I", "\u0408": "J", "\u041a": "K", "\u041c": "M", "\u041e": "O",
    "\u0420": "P", "\u0405": "S", "\u0422": "T", "\u0425": "X", "\u04ae": "Y",
    # Cyrillic small letters
    "\u0430": "a", "\u0441": "c", "\u0435": "e", "\u0456": "i", "\u0458": "j",
    "\u043e": "o", "\u0440": "p", "\u0455": "s", "\u0445": "x", "\u0443": "y",
    # Greek capitals that OCR confuses with Latin
    "\u0391": "A", "\u0392": "B", "\u0395": "E", "\u0397": "H", "\u0399": "I",
    "\u039a": "K", "\u039c": "M", "\u039d": "N", "\u039f": "O", "\u03a1": "P",
    "\u03a4": "T", "\u03a7": "X", "\u03a5": "Y", "\u0396": "Z",
}  # fmt: skip

_TABLE: dict[int, str] = {ord(c): "-" for c in DASHES}
_TABLE.update({ord(c): "/" for c in SLASHES})
_TABLE.update({ord(c): " " for c in _SPACES})
_TABLE.update({ord(k): v for k, v in _LETTERS.items()})
# Full-width digits and Latin letters (from East Asian input methods).
_TABLE.update({0xFF10 + i: str(i) for i in range(10)})
_TABLE.update({0xFF21 + i: chr(ord("A") + i) for i in range(26)})
_TABLE.update({0xFF41 + i: chr(ord("a") + i) for i in range(26)})


# str.translate does a Python-level dict lookup per character; look-alikes are rare,
# so a C-speed regex finds them and only they are replaced.
_LOOKALIKE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TABLE)) + "]")
_BY_CHAR = {chr(k): v for k, v in _TABLE.items()}


def fold_lookalikes(text: str) -> str:
    """Replace look-alike characters by the ones they stand for, one for one.

    Dashes become ``-``, slash look-alikes ``/``, exotic spaces a plain space,
    ``Ð``/``ð`` become ``Đ``/``đ``, Cyrillic and Greek homoglyphs their Latin
    twins, full-width digits and letters ASCII. The result has the same length
    as the input.
    """
    return _LOOKALIKE.sub(lambda m: _BY_CHAR[m.group()], text)


def to_nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC (composed) form, the form vnplan stores.

    Raises :class:`TypeError` for anything but a string, so every vnplan parser built on
    it reports a wrong argument type the same way.
    """
    if not isinstance(text, str):
        raise TypeError(f"expected text (str), got {type(text).__name__}")
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", text)


def normalize(text: str) -> str:
    """NFC plus :func:`fold_lookalikes`: the form every vnplan matcher works on.

    NFC runs again after folding because a folded homoglyph may now compose with
    a following combining mark (Cyrillic "С" + acute becomes Latin "Ć").
    """
    return to_nfc(fold_lookalikes(to_nfc(text)))
