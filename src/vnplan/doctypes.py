"""Document types (tên loại văn bản) and their official abbreviations.

Four categories, each from its own rule book:

- :attr:`DocumentCategory.ADMINISTRATIVE` — the 29 types of Decree 30/2020/NĐ-CP,
  Phụ lục III (Nghị quyết cá biệt NQ … Phiếu báo PB, plus Công văn and Thư công,
  which have no abbreviation);
- :attr:`DocumentCategory.NORMATIVE` — legal normative documents (Hiến pháp, Luật,
  Nghị định NĐ, Thông tư TT, …);
- :attr:`DocumentCategory.PARTY` — Communist Party documents per Hướng dẫn
  36-HD/VPTW (QĐi for quy định, TT for thông tri, CV for công văn, …);
- :attr:`DocumentCategory.COPY` — copies: SY, TrS, SL.

A few abbreviations seen in real numbers but missing from those lists (HDLN, GP,
KL, …) are included with ``observed=True`` and a ``source`` naming where they were
seen. The rows live in :mod:`vnplan.data.doctypes`.

Abbreviations are **case-sensitive**: "QĐ" (quyết định) is not "QyĐ" (quy định),
and "Qđ" is nothing.

>>> DocumentType.from_abbreviation("KH").name_vi
'Kế hoạch'
>>> DocumentType.from_abbreviation("TT").name_vi     # normative wins over Party
'Thông tư'
>>> DocumentType.from_abbreviation("TT", category="party").name_vi
'Thông tri'
>>> DocumentType.from_name("ke hoach").abbreviation  # case and diacritics ignored
'KH'
>>> DocumentType.from_abbreviation("Qđ")
Traceback (most recent call last):
...
vnplan.doctypes.UnknownDocumentType: unknown document type abbreviation 'Qđ' ...
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Iterable

import attrs

from vnplan.chars import normalize
from vnplan.data.doctypes import ROWS
from vnplan.errors import InvalidComponent

__all__ = ["DEFAULT_ORDER", "DocumentCategory", "DocumentType", "UnknownDocumentType"]


class DocumentCategory(enum.StrEnum):
    """The rule book a document type comes from."""

    ADMINISTRATIVE = "administrative"
    """Văn bản hành chính, Decree 30/2020/NĐ-CP."""
    NORMATIVE = "normative"
    """Văn bản quy phạm pháp luật, Law 80/2015 and Law 64/2025."""
    PARTY = "party"
    """Văn bản của Đảng, Hướng dẫn 36-HD/VPTW."""
    COPY = "copy"
    """Bản sao: sao y, trích sao, sao lục."""


#: When an abbreviation or a name belongs to several categories and no category is
#: given, the first category in this order that has it wins.
DEFAULT_ORDER: tuple[DocumentCategory, ...] = (
    DocumentCategory.ADMINISTRATIVE,
    DocumentCategory.NORMATIVE,
    DocumentCategory.PARTY,
    DocumentCategory.COPY,
)


class UnknownDocumentType(InvalidComponent):
    """No document type has this abbreviation or name (in the requested category)."""


@attrs.frozen(slots=True, repr=False)
class DocumentType:
    """One document type of one category.

    Attributes:
        abbreviation: official abbreviation used in ký hiệu ("KH", "QyĐ"), or ``None``
            for types written without one (Công văn, Thư công, Luật, Hiến pháp, …).
        name_vi: Vietnamese name, NFC, sentence case ("Kế hoạch").
        name_en: English name.
        category: the :class:`DocumentCategory`.
        source: where the abbreviation is defined or was seen.
        observed: ``True`` for abbreviations seen in real numbers but not listed by the
            regulation (legacy or local practice).
        year_in_number: ``True`` for normative types whose numbers carry the year
            ("23/2021/QĐ-TTg").
        aliases: other names accepted by :meth:`from_name`.
    """

    abbreviation: str | None
    name_vi: str
    name_en: str
    category: DocumentCategory
    source: str = attrs.field(eq=False)
    observed: bool = False
    year_in_number: bool = False
    aliases: tuple[str, ...] = attrs.field(default=(), eq=False)

    def __str__(self) -> str:
        return self.name_vi

    def __repr__(self) -> str:
        abbr = f" {self.abbreviation}" if self.abbreviation else ""
        return f"<DocumentType {self.category.value}{abbr} {self.name_vi!r}>"

    @classmethod
    def all(cls, category: DocumentCategory | str | None = None) -> tuple[DocumentType, ...]:
        """Every known type in table order, optionally only those of one ``category``.

        >>> len([t for t in DocumentType.all("administrative") if not t.observed])
        29
        """
        if category is None:
            return _ALL
        return _BY_CATEGORY[_category(category)]

    @classmethod
    def from_abbreviation(
        cls, abbreviation: str, *, category: DocumentCategory | str | None = None
    ) -> DocumentType:
        """The type written with ``abbreviation`` (exact, case-sensitive).

        Several categories share abbreviations (NQ, QĐ, CT, TT, KL, …). Without
        ``category``, :data:`DEFAULT_ORDER` decides: administrative, then normative,
        then Party, then copy; within a category, official rows come before observed
        ones.

        >>> DocumentType.from_abbreviation("QyĐ").name_vi
        'Quy định'
        >>> DocumentType.from_abbreviation("QĐi").category
        <DocumentCategory.PARTY: 'party'>
        >>> DocumentType.from_abbreviation("NĐ").year_in_number
        True

        Raises:
            UnknownDocumentType: no type has this abbreviation (in ``category``).
        """
        if not isinstance(abbreviation, str):
            raise UnknownDocumentType(
                f"expected an abbreviation string, got {type(abbreviation).__name__}"
            )
        wanted = None if category is None else _category(category)
        for candidate in _BY_ABBREVIATION.get(abbreviation, ()):
            if wanted is None or candidate.category is wanted:
                return candidate
        where = "" if wanted is None else f" in category {wanted.value!r}"
        raise UnknownDocumentType(
            f"unknown document type abbreviation {abbreviation!r}{where} (abbreviations are "
            "case-sensitive, e.g. 'KH', 'QĐ', 'QyĐ', 'NĐ', 'QĐi')",
            text=abbreviation,
            expected="document type abbreviation",
        )

    @classmethod
    def from_name(
        cls, name: str, *, category: DocumentCategory | str | None = None
    ) -> DocumentType:
        """The type called ``name``, matched tolerantly.

        Matching ignores case, Unicode form (NFC/NFD), look-alike letters, extra
        spaces, parentheses and **all diacritics**, so "KẾ HOẠCH", "Kế  hoạch",
        "Giấy uỷ quyền" / "Giấy ủy quyền" (tone placement), "Bản thoả thuận" and the
        ASCII-folded "Ke hoach" all match. No two different names in the table fold
        to the same key (a test checks this). Qualified names such as
        "Nghị quyết (cá biệt)" or "Quyết định quy phạm pháp luật" select the
        category; otherwise :data:`DEFAULT_ORDER` decides as in
        :meth:`from_abbreviation`.

        >>> DocumentType.from_name("GIẤY UỶ QUYỀN").abbreviation
        'GUQ'
        >>> DocumentType.from_name("Nghị quyết (quy phạm pháp luật)").category
        <DocumentCategory.NORMATIVE: 'normative'>
        >>> DocumentType.from_name("Quy định", category="party").abbreviation
        'QĐi'

        Raises:
            UnknownDocumentType: no type has this name (in ``category``).
        """
        if not isinstance(name, str):
            raise UnknownDocumentType(f"expected a name string, got {type(name).__name__}")
        wanted = None if category is None else _category(category)
        for candidate in _BY_NAME.get(name_key(name), ()):
            if wanted is None or candidate.category is wanted:
                return candidate
        where = "" if wanted is None else f" in category {wanted.value!r}"
        raise UnknownDocumentType(
            f"unknown document type name {name!r}{where}",
            text=name,
            expected="document type name",
        )


def _category(value: DocumentCategory | str) -> DocumentCategory:
    try:
        return DocumentCategory(value)
    except ValueError:
        choices = ", ".join(c.value for c in DocumentCategory)
        raise UnknownDocumentType(
            f"unknown document category {value!r}; expected one of {choices}",
            text=str(value),
            expected="document category",
        ) from None


_PARENS = re.compile(r"[()\[\]]")


def name_key(name: str) -> str:
    """The tolerant lookup key of a type name: folded case, spaces and diacritics.

    >>> name_key("  Giấy  Uỷ quyền ") == name_key("giay uy quyen")
    True
    """
    text = _PARENS.sub(" ", normalize(name))
    text = " ".join(text.split()).casefold()
    text = unicodedata.normalize("NFD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).replace("đ", "d")


def _build() -> tuple[DocumentType, ...]:
    return tuple(
        DocumentType(
            abbreviation=row["abbreviation"],
            name_vi=row["name_vi"],
            name_en=row["name_en"],
            category=DocumentCategory(row["category"]),
            source=row["source"],
            observed=row["observed"],
            year_in_number=row["year_in_number"],
            aliases=row["aliases"],
        )
        for row in ROWS
    )


def _ordered(types: Iterable[DocumentType]) -> tuple[DocumentType, ...]:
    rank = {c: i for i, c in enumerate(DEFAULT_ORDER)}
    # sorted() is stable: table order is kept within a category, so official rows
    # (listed first in the table) come before observed ones.
    return tuple(sorted(types, key=lambda t: (rank[t.category], t.observed)))


def _index(pairs: Iterable[tuple[str, DocumentType]]) -> dict[str, tuple[DocumentType, ...]]:
    index: dict[str, list[DocumentType]] = {}
    for key, doc_type in pairs:
        index.setdefault(key, []).append(doc_type)
    return {key: _ordered(types) for key, types in index.items()}


_ALL = _build()
_BY_CATEGORY = {c: tuple(t for t in _ALL if t.category is c) for c in DocumentCategory}
_BY_ABBREVIATION = _index((t.abbreviation, t) for t in _ALL if t.abbreviation is not None)
_BY_NAME = _index(
    [(name_key(t.name_vi), t) for t in _ALL]
    + [(name_key(alias), t) for t in _ALL for alias in t.aliases]
)
