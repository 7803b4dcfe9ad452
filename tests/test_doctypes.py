"""Document types: the Decree 30 table, normative and Party types, tolerant name lookup.

Expected values are copied from shared/domain.md §1.2 (Phụ lục III, in the official
order), §2 (VBQPPL) and §3 (HD36), not produced by the code.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnplan import (
    DocumentCategory,
    DocumentType,
    UnknownDocumentType,
    VnplanError,
)
from vnplan.doctypes import DEFAULT_ORDER, name_key

# Decree 30/2020, Phụ lục III, Mục I, rows 1-27 then the two types without abbreviation.
PHU_LUC_III = [
    ("NQ", "Nghị quyết"),
    ("QĐ", "Quyết định"),
    ("CT", "Chỉ thị"),
    ("QC", "Quy chế"),
    ("QyĐ", "Quy định"),
    ("TC", "Thông cáo"),
    ("TB", "Thông báo"),
    ("HD", "Hướng dẫn"),
    ("CTr", "Chương trình"),
    ("KH", "Kế hoạch"),
    ("PA", "Phương án"),
    ("ĐA", "Đề án"),
    ("DA", "Dự án"),
    ("BC", "Báo cáo"),
    ("BB", "Biên bản"),
    ("TTr", "Tờ trình"),
    ("HĐ", "Hợp đồng"),
    ("CĐ", "Công điện"),
    ("BGN", "Bản ghi nhớ"),
    ("BTT", "Bản thỏa thuận"),
    ("GUQ", "Giấy ủy quyền"),
    ("GM", "Giấy mời"),
    ("GGT", "Giấy giới thiệu"),
    ("GNP", "Giấy nghỉ phép"),
    ("PG", "Phiếu gửi"),
    ("PC", "Phiếu chuyển"),
    ("PB", "Phiếu báo"),
    (None, "Công văn"),
    (None, "Thư công"),
]


def test_phu_luc_iii_has_29_administrative_types_in_official_order() -> None:
    official = [t for t in DocumentType.all("administrative") if not t.observed]
    assert [(t.abbreviation, t.name_vi) for t in official] == PHU_LUC_III
    assert all(t.category is DocumentCategory.ADMINISTRATIVE for t in official)


@pytest.mark.parametrize(("abbreviation", "name_vi"), [p for p in PHU_LUC_III if p[0]])
def test_every_administrative_abbreviation_looks_up(abbreviation: str, name_vi: str) -> None:
    found = DocumentType.from_abbreviation(abbreviation, category="administrative")
    assert (found.abbreviation, found.name_vi) == (abbreviation, name_vi)


def test_brief_example() -> None:
    assert DocumentType.from_abbreviation("KH").name_vi == "Kế hoạch"


@pytest.mark.parametrize(
    ("abbreviation", "name_vi"),
    [("SY", "Bản sao y"), ("TrS", "Bản trích sao"), ("SL", "Bản sao lục")],
)
def test_copies(abbreviation: str, name_vi: str) -> None:
    found = DocumentType.from_abbreviation(abbreviation)
    assert (found.name_vi, found.category) == (name_vi, DocumentCategory.COPY)


@pytest.mark.parametrize(
    ("abbreviation", "name_vi"),
    [
        ("NĐ", "Nghị định"),
        ("TT", "Thông tư"),
        ("TTLT", "Thông tư liên tịch"),
        ("NQLT", "Nghị quyết liên tịch"),
        ("L", "Lệnh"),
        ("NQ", "Nghị quyết"),
        ("QĐ", "Quyết định"),
    ],
)
def test_normative_types_carry_the_year(abbreviation: str, name_vi: str) -> None:
    found = DocumentType.from_abbreviation(abbreviation, category="normative")
    assert found.name_vi == name_vi
    assert found.year_in_number


@pytest.mark.parametrize("name_vi", ["Hiến pháp", "Bộ luật", "Luật", "Pháp lệnh"])
def test_normative_types_without_abbreviation(name_vi: str) -> None:
    found = DocumentType.from_name(name_vi)
    assert found.abbreviation is None
    assert found.category is DocumentCategory.NORMATIVE


# HD36, via shared/domain.md §3 (the full list is UNCONFIRMED there).
@pytest.mark.parametrize(
    ("abbreviation", "name_vi"),
    [
        ("NQ", "Nghị quyết"),
        ("CT", "Chỉ thị"),
        ("QĐi", "Quy định"),
        ("QC", "Quy chế"),
        ("KL", "Kết luận"),
        ("TB", "Thông báo"),
        ("HD", "Hướng dẫn"),
        ("QĐ", "Quyết định"),
        ("KH", "Kế hoạch"),
        ("CTr", "Chương trình"),
        ("BC", "Báo cáo"),
        ("CV", "Công văn"),
        ("TT", "Thông tri"),
        ("TTr", "Tờ trình"),
        ("BB", "Biên bản"),
        ("BS", "Bản sao"),
    ],
)
def test_party_types(abbreviation: str, name_vi: str) -> None:
    found = DocumentType.from_abbreviation(abbreviation, category=DocumentCategory.PARTY)
    assert found.name_vi == name_vi
    assert "UNCONFIRMED" in found.source


@pytest.mark.parametrize(
    ("abbreviation", "seen_in"),
    [("HDLN", "24/HDLN-BCA"), ("GP", "507/GP-UBND"), ("QCPH", "49/QCPH"), ("VBHN", "10/VBHN")],
)
def test_observed_abbreviations_are_marked_with_their_source(
    abbreviation: str, seen_in: str
) -> None:
    found = DocumentType.from_abbreviation(abbreviation)
    assert found.observed
    assert seen_in in found.source


@pytest.mark.parametrize("wrong", ["Qđ", "qđ", "kh", "QYĐ", "Kh", "QD", "", " KH", "KH "])
def test_abbreviations_are_case_and_diacritic_sensitive(wrong: str) -> None:
    with pytest.raises(UnknownDocumentType, match="unknown document type abbreviation"):
        DocumentType.from_abbreviation(wrong)


def test_quyet_dinh_is_not_quy_dinh() -> None:
    assert DocumentType.from_abbreviation("QĐ").name_vi == "Quyết định"
    assert DocumentType.from_abbreviation("QyĐ").name_vi == "Quy định"
    assert DocumentType.from_abbreviation("QĐi").name_vi == "Quy định"


@pytest.mark.parametrize(
    ("abbreviation", "category", "name_vi"),
    [
        ("NQ", None, "Nghị quyết"),
        ("TT", None, "Thông tư"),  # administrative has no TT; normative comes before Party
        ("TT", "party", "Thông tri"),
        ("KL", None, "Kết luận"),
        ("CV", None, "Công văn"),
    ],
)
def test_default_order_and_category_argument(
    abbreviation: str, category: str | None, name_vi: str
) -> None:
    found = DocumentType.from_abbreviation(abbreviation, category=category)
    assert found.name_vi == name_vi
    if category is None:
        # The first category in DEFAULT_ORDER that has the abbreviation wins.
        having = {t.category for t in DocumentType.all() if t.abbreviation == abbreviation}
        assert found.category == next(c for c in DEFAULT_ORDER if c in having)


def test_default_order_is_administrative_normative_party_copy() -> None:
    assert [c.value for c in DEFAULT_ORDER] == ["administrative", "normative", "party", "copy"]
    assert DocumentType.from_abbreviation("NQ").category is DocumentCategory.ADMINISTRATIVE


def test_official_row_wins_over_observed_row_in_the_same_category() -> None:
    # Normative "Pháp lệnh" (no abbreviation, official) before legacy "PL".
    assert DocumentType.from_name("Pháp lệnh").abbreviation is None
    # Normative "CT" exists only as an observed legacy row.
    legacy = DocumentType.from_abbreviation("CT", category="normative")
    assert legacy.observed
    assert "UNCONFIRMED" in legacy.source


def test_abbreviation_missing_from_category() -> None:
    with pytest.raises(UnknownDocumentType, match="in category 'copy'"):
        DocumentType.from_abbreviation("KH", category="copy")


def test_unknown_category_is_a_vnplan_error() -> None:
    with pytest.raises(VnplanError, match="unknown document category"):
        DocumentType.from_abbreviation("KH", category="legal")


@pytest.mark.parametrize(
    ("name", "abbreviation"),
    [
        ("Kế hoạch", "KH"),
        ("KẾ HOẠCH", "KH"),
        ("  kế   hoạch ", "KH"),
        (unicodedata.normalize("NFD", "Kế hoạch"), "KH"),
        ("Ke hoach", "KH"),
        ("Giấy ủy quyền", "GUQ"),
        ("Giấy uỷ quyền", "GUQ"),  # old-style tone placement
        ("Bản thoả thuận", "BTT"),
        ("ÐỀ ÁN", "ĐA"),  # Icelandic eth for Đ
        ("Dự án", "DA"),
        ("Quy định", "QyĐ"),
        ("Nghị quyết (cá biệt)", "NQ"),
        ("Hướng dẫn liên ngành", "HDLN"),
        ("Thông tư liên tịch", "TTLT"),
    ],
)
def test_from_name_is_tolerant(name: str, abbreviation: str) -> None:
    assert DocumentType.from_name(name).abbreviation == abbreviation


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("Nghị quyết cá biệt", DocumentCategory.ADMINISTRATIVE),
        ("Nghị quyết quy phạm pháp luật", DocumentCategory.NORMATIVE),
        ("Quyết định (quy phạm pháp luật)", DocumentCategory.NORMATIVE),
        ("Sao y bản chính", DocumentCategory.COPY),
    ],
)
def test_qualified_names_select_the_category(name: str, category: DocumentCategory) -> None:
    assert DocumentType.from_name(name).category is category


def test_from_name_with_category() -> None:
    assert DocumentType.from_name("Quy định", category="party").abbreviation == "QĐi"
    assert DocumentType.from_name("Thông tri", category="party").abbreviation == "TT"
    with pytest.raises(UnknownDocumentType):
        DocumentType.from_name("Thông tri", category="administrative")


@pytest.mark.parametrize("name", ["Kế hoạch hành động x", "", "Quyết", "Nghị"])
def test_unknown_names_raise(name: str) -> None:
    with pytest.raises(UnknownDocumentType, match="unknown document type name"):
        DocumentType.from_name(name)


def test_folded_names_never_collide_across_different_names() -> None:
    names_by_key: dict[str, set[str]] = {}
    for t in DocumentType.all():
        for name in (t.name_vi, *t.aliases):
            names_by_key.setdefault(name_key(name), set()).add(t.name_vi)
    clashes = {key: names for key, names in names_by_key.items() if len(names) > 1}
    assert clashes == {}


def test_names_are_nfc_and_abbreviations_have_no_spaces() -> None:
    for t in DocumentType.all():
        assert unicodedata.is_normalized("NFC", t.name_vi)
        assert t.abbreviation is None or (t.abbreviation.strip() == t.abbreviation != "")
        assert t.name_en
        assert t.source


def test_values_compare_by_value_and_hash() -> None:
    a = DocumentType.from_abbreviation("KH")
    b = DocumentType.from_name("kế hoạch")
    assert a == b
    assert hash(a) == hash(b)
    assert a != DocumentType.from_abbreviation("KH", category="party")
    assert str(a) == "Kế hoạch"
    assert repr(a) == "<DocumentType administrative KH 'Kế hoạch'>"


def test_non_string_input_raises_vnplan_error() -> None:
    with pytest.raises(VnplanError):
        DocumentType.from_abbreviation(None)  # type: ignore[arg-type]
    with pytest.raises(VnplanError):
        DocumentType.from_name(42)  # type: ignore[arg-type]


@given(st.text(max_size=30))
def test_lookups_return_a_type_or_raise_a_vnplan_error(text: str) -> None:
    for lookup in (DocumentType.from_abbreviation, DocumentType.from_name):
        try:
            found = lookup(text)
        except VnplanError:
            continue
        assert isinstance(found, DocumentType)
