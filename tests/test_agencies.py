"""Agency-name normalisation, the abbreviation registry and OrganId."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnplan.agencies import (
    MAX_NAME_LENGTH,
    AgencyKind,
    AgencyLevel,
    OrganId,
    agency_key,
    classify_agency,
    expand_abbreviations,
    find_agency,
    lookup_abbreviation,
    registered_agencies,
    same_agency,
)
from vnplan.errors import InputTooLarge, InvalidFormat, VnplanError

# Pairs written by reading the conventions: abbreviation, tone placement, case, NFD,
# look-alikes, dashes and the connective "và" do not change which agency is meant.
SAME = [
    ("UBND tỉnh An Giang", "Ủy ban nhân dân tỉnh An Giang"),
    ("UBND tỉnh An Giang", "UỶ BAN NHÂN DÂN TỈNH AN GIANG"),
    ("Ủy ban nhân dân tỉnh An Giang", "Uỷ ban nhân dân tỉnh An Giang"),
    ("UBND TỈNH LÀO CAI", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"),  # corpus 008 parent vs 007 issuer
    ("UỶ BAN NHÂN DÂN TỈNH BẮC NINH", "Ủy ban nhân dân tỉnh Bắc Ninh"),  # corpus 001
    ("Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hoá, Thể thao và Du lịch"),
    ("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL"),
    ("Bộ Văn hóa, Thể thao và Du lịch", "BVHTTDL"),
    ("Xã Hòa Bình", "xã Hoà Bình"),
    ("Thủy lợi", "Thuỷ lợi"),
    ("Sở LĐTBXH", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở LĐ-TB&XH", "Sở Lao động – Thương binh và Xã hội"),  # en dash as in seed 003
    ("Sở Kế hoạch – Đầu tư", "Sở Kế hoạch và Đầu tư"),  # seed 003 writes a dash for "và"
    ("SKHĐT", "Sở Kế hoạch và Đầu tư"),
    ("STC", "Sở Tài chính"),
    ("BTC", "Bộ Tài chính"),
    ("BNV", "BỘ NỘI VỤ"),
    ("VPCP", "Văn phòng Chính phủ"),
    ("TTg", "Thủ tướng Chính phủ"),
    ("QH", "Quốc hội"),
    ("UBTVQH", "Ủy ban Thường vụ Quốc hội"),
    ("HĐND thành phố Hà Nội", "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI"),
    ("UBND TP. Hồ Chí Minh", "Ủy ban nhân dân Thành phố Hồ Chí Minh"),
    ("UBND TP HCM", "Ủy ban nhân dân thành phố Hồ Chí Minh"),
    ("ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh"),
    ("TU", "Tỉnh ủy"),
    ("Tỉnh uỷ", "TỈNH ỦY"),
    ("BCSĐ", "Ban cán sự đảng"),
    ("Sở  Tư   pháp", "Sở Tư pháp"),  # whitespace
    ("Sở Tư pháp\n", " Sở Tư pháp"),
    ("UBND (tỉnh An Giang)", "UBND tỉnh An Giang"),  # punctuation is not identity
    (unicodedata.normalize("NFD", "Ủy ban nhân dân tỉnh Đắk Lắk"), "UBND tỉnh Đắk Lắk"),
    ("UBND tỉnh Ðắk Lắk", "UBND tỉnh Đắk Lắk"),  # Icelandic eth for Đ
]

DIFFERENT = [
    ("Sở Tài chính", "Sở Tư pháp"),
    ("UBND tỉnh An Giang", "HĐND tỉnh An Giang"),
    ("UBND tỉnh An Giang", "UBND tỉnh Kiên Giang"),
    ("Bộ Tài chính", "Sở Tài chính"),
    ("Hòa", "Hóa"),  # different tones are different words
    ("Hòa", "Hoa"),
    ("Đà Nẵng", "Da Nang"),  # no ASCII folding
    ("TTg", "TTG"),  # abbreviations are case-sensitive
    ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân thành phố"),
    ("Công ty CP Điện lực", "Công ty Chính phủ Điện lực"),  # "CP" inside a name is not CP
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_same_agency(a: str, b: str) -> None:
    assert same_agency(a, b)
    assert agency_key(a) == agency_key(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_agency(a: str, b: str) -> None:
    assert not same_agency(a, b)


@pytest.mark.parametrize(
    ("name", "expanded"),
    [
        ("UBND tỉnh An Giang", "Ủy ban nhân dân tỉnh An Giang"),
        ("UBND TỈNH LÀO CAI", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"),
        ("Sở LĐTBXH tỉnh Hưng Yên", "Sở Lao động - Thương binh và Xã hội tỉnh Hưng Yên"),
        ("Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"),
        ("UBND, HĐND xã", "Ủy ban nhân dân, Hội đồng nhân dân xã"),
        ("BTC", "Bộ Tài chính"),
        ("TTg", "Thủ tướng Chính phủ"),
        ("Sở Tư pháp", "Sở Tư pháp"),
        ("  Sở   Tư pháp ", "Sở Tư pháp"),
        ("", ""),
    ],
)
def test_expand_abbreviations(name: str, expanded: str) -> None:
    assert expand_abbreviations(name) == expanded


@pytest.mark.parametrize(
    ("abbreviation", "name", "kind", "level"),
    [
        ("UBND", "Ủy ban nhân dân", AgencyKind.PEOPLE_COMMITTEE, None),
        ("HĐND", "Hội đồng nhân dân", AgencyKind.PEOPLE_COUNCIL, None),
        ("MTTQ", "Mặt trận Tổ quốc Việt Nam", AgencyKind.FRONT, None),
        ("SLĐTBXH", "Sở Lao động - Thương binh và Xã hội", AgencyKind.DEPARTMENT,
         AgencyLevel.PROVINCE),
        ("STC", "Sở Tài chính", AgencyKind.DEPARTMENT, AgencyLevel.PROVINCE),
        ("SKHĐT", "Sở Kế hoạch và Đầu tư", AgencyKind.DEPARTMENT, AgencyLevel.PROVINCE),
        ("BTC", "Bộ Tài chính", AgencyKind.MINISTRY, AgencyLevel.CENTRAL),
        ("BNV", "Bộ Nội vụ", AgencyKind.MINISTRY, AgencyLevel.CENTRAL),
        ("VPCP", "Văn phòng Chính phủ", AgencyKind.MINISTRY, AgencyLevel.CENTRAL),
        ("TTg", "Thủ tướng Chính phủ", AgencyKind.GOVERNMENT, AgencyLevel.CENTRAL),
        ("CP", "Chính phủ", AgencyKind.GOVERNMENT, AgencyLevel.CENTRAL),
        ("QH", "Quốc hội", AgencyKind.LEGISLATURE, AgencyLevel.CENTRAL),
        ("UBTVQH", "Ủy ban Thường vụ Quốc hội", AgencyKind.LEGISLATURE, AgencyLevel.CENTRAL),
        ("TU", "Tỉnh ủy", AgencyKind.PARTY, AgencyLevel.PROVINCE),
        ("HU", "Huyện ủy", AgencyKind.PARTY, AgencyLevel.DISTRICT),
        ("ĐU", "Đảng ủy", AgencyKind.PARTY, None),
        ("BCSĐ", "Ban cán sự đảng", AgencyKind.PARTY, None),
        ("TW", "Ban Chấp hành Trung ương", AgencyKind.PARTY, AgencyLevel.CENTRAL),
    ],
)
def test_registry(abbreviation: str, name: str, kind: AgencyKind, level: AgencyLevel) -> None:
    info = lookup_abbreviation(abbreviation)
    assert info is not None
    assert (info.name, info.kind, info.level) == (name, kind, level)


@pytest.mark.parametrize(
    ("legacy", "successor"),
    # domain.md §2.3: the 2025 merger mapping
    [("BLĐTBXH", "BNV"), ("BTTTT", "BKHCN"), ("BKHĐT", "BTC"), ("BGTVT", "BXD"),
     ("BTNMT", "BNNMT"), ("BNNPTNT", "BNNMT"), ("UBDT", "BDTTG")],
)
def test_legacy_ministries_point_to_successor(legacy: str, successor: str) -> None:
    info = lookup_abbreviation(legacy)
    assert info is not None
    assert info.successor == successor
    assert lookup_abbreviation(successor) is not None


def test_registry_is_consistent() -> None:
    entries = registered_agencies()
    abbreviations = [e.abbreviation for e in entries]
    assert len(abbreviations) == len(set(abbreviations))
    for entry in entries:
        assert entry.name == unicodedata.normalize("NFC", entry.name)
        assert find_agency(entry.name) is not None
        assert find_agency(entry.abbreviation) == entry


def test_bdttg_is_unconfirmed_but_registered() -> None:
    # UNCONFIRMED (domain.md §10.6): "BDTTG" is seen only in placeholders.
    info = lookup_abbreviation("BDTTG")
    assert info is not None
    assert info.name == "Bộ Dân tộc và Tôn giáo"


@pytest.mark.parametrize(
    ("name", "kind", "level"),
    [
        ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", AgencyKind.PEOPLE_COMMITTEE, AgencyLevel.PROVINCE),
        ("UBND thành phố Cần Thơ", AgencyKind.PEOPLE_COMMITTEE, AgencyLevel.PROVINCE),
        ("Ủy ban nhân dân xã Lương Minh", AgencyKind.PEOPLE_COMMITTEE, AgencyLevel.COMMUNE),
        ("UBND phường Điện Biên Phủ", AgencyKind.PEOPLE_COMMITTEE, AgencyLevel.COMMUNE),
        ("UBND huyện Châu Thành", AgencyKind.PEOPLE_COMMITTEE, AgencyLevel.DISTRICT),
        ("UBND thành phố Long Xuyên", AgencyKind.PEOPLE_COMMITTEE, AgencyLevel.DISTRICT),
        ("HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI", AgencyKind.PEOPLE_COUNCIL, AgencyLevel.PROVINCE),
        ("SỞ CÔNG THƯƠNG", AgencyKind.DEPARTMENT, AgencyLevel.PROVINCE),
        ("Sở Lao động - Thương binh và Xã hội", AgencyKind.DEPARTMENT, AgencyLevel.PROVINCE),
        ("BỘ XÂY DỰNG", AgencyKind.MINISTRY, AgencyLevel.CENTRAL),
        ("VĂN PHÒNG CHÍNH PHỦ", AgencyKind.MINISTRY, AgencyLevel.CENTRAL),
        ("THỦ TƯỚNG CHÍNH PHỦ", AgencyKind.GOVERNMENT, AgencyLevel.CENTRAL),
        ("Ban Thường vụ Tỉnh ủy", AgencyKind.PARTY, AgencyLevel.PROVINCE),
        ("BAN CHẤP HÀNH TRUNG ƯƠNG", AgencyKind.PARTY, AgencyLevel.CENTRAL),
        ("Ban Bí thư", AgencyKind.PARTY, None),
        ("Đảng ủy xã Phố Bảng", AgencyKind.PARTY, AgencyLevel.COMMUNE),
        ("ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH", AgencyKind.FRONT, AgencyLevel.COMMUNE),
        ("TÒA ÁN NHÂN DÂN TỐI CAO", AgencyKind.COURT, AgencyLevel.CENTRAL),  # registered
        ("Tòa án nhân dân tỉnh Lào Cai", AgencyKind.COURT, AgencyLevel.PROVINCE),
        ("VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", AgencyKind.PROCURACY, AgencyLevel.CENTRAL),
        ("CỤC HÓA CHẤT", AgencyKind.UNIT, None),
        ("Chi cục Biển đảo và Thủy sản", AgencyKind.UNIT, None),
        ("ĐOÀN KIỂM TRA", AgencyKind.BOARD, None),
        ("TIỂU BAN THÔNG TIN, TUYÊN TRUYỀN, KHÁNH TIẾT", AgencyKind.BOARD, None),
        ("Công an tỉnh", AgencyKind.ARMED_FORCES, AgencyLevel.PROVINCE),
        ("Bộ Chỉ huy Quân sự tỉnh", AgencyKind.ARMED_FORCES, AgencyLevel.PROVINCE),
        ("Công ty Điện lực Đắk Lắk", AgencyKind.ENTERPRISE, None),
        ("Liên đoàn lao động", AgencyKind.MASS_ORGANISATION, None),
        ("Bảo hiểm xã hội tỉnh", None, AgencyLevel.PROVINCE),  # "xã hội" is no commune
        ("Thông tấn xã Việt Nam", None, None),
        ("các cơ quan, đơn vị liên quan", None, None),
    ],
)
def test_classify(name: str, kind: AgencyKind | None, level: AgencyLevel | None) -> None:
    assert classify_agency(name) == (kind, level)


def test_corpus_two_level_headers_name_known_parents(corpus_dir) -> None:  # type: ignore[no-untyped-def]
    # Every parent line printed in a two-level header of the corpus is a body whose
    # kind can be told from its name (the line above a Sở is its UBND, and so on).
    for line in (corpus_dir / "truth.jsonl").read_text("utf-8").splitlines():
        record = json.loads(line)
        parent = record["parent_issuer"]
        if parent is None:
            continue
        kind, _ = classify_agency(parent)
        assert kind is not None, (record["id"], parent)


def test_too_long_name_is_refused() -> None:
    with pytest.raises(InputTooLarge):
        agency_key("x" * (MAX_NAME_LENGTH + 1))


@given(st.text(max_size=200))
def test_agency_key_never_leaks(text: str) -> None:
    key = agency_key(text)
    assert isinstance(key, str)
    assert "  " not in key
    assert key == key.strip()
    assert same_agency(text, text)


@given(st.text(alphabet="ăâêôơưđĂÂÊÔƠƯĐàáảãạÀÁẢÃẠuyoaUYOA ", max_size=40))
def test_key_ignores_case_and_normal_form(text: str) -> None:
    # Capitalised words, not all capitals: "ĐU" is a registered abbreviation (Đảng ủy).
    assert agency_key(text.title()) == agency_key(text.lower())
    assert agency_key(unicodedata.normalize("NFD", text)) == agency_key(text)


# -- OrganId -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "canonical", "legacy", "levels"),
    [
        ("000.00.00.G22", "000.00.00.G22", True, ("G22",)),  # Văn phòng Chính phủ
        ("000.00.00.G12", "000.00.00.G12", True, ("G12",)),  # Bộ Tài chính
        ("000.00.18.G12", "000.00.18.G12", True, ("G12", "18")),
        ("000.00.00.H41", "000.00.00.H41", True, ("H41",)),  # UBND tỉnh Nghệ An
        ("H37.02.02", "H37.02.02", False, ("H37", "02", "02")),
        ("G09.20", "G09.20", False, ("G09", "20")),
        (" h57 ", "H57", False, ("H57",)),
        ("K57", "K57", False, ("K57",)),
        ("A" * 35, "A" * 35, False, ("A" * 35,)),
    ],
)
def test_organ_id(text: str, canonical: str, legacy: bool, levels: tuple[str, ...]) -> None:
    organ = OrganId.parse(text)
    assert str(organ) == canonical
    assert organ.is_legacy is legacy
    assert organ.levels == levels
    assert organ.level1 == levels[0]
    assert OrganId.parse(str(organ)) == organ


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("", 1),
        ("H37..02", 4),
        (".H37", 1),
        ("H37.", 4),
        ("H37-02", 4),
        ("H37 02", 4),
        ("Đ37", 1),
        ("A" * 36, 36),
        ("000.00.00.G22;", 14),
    ],
)
def test_organ_id_rejects(text: str, column: int) -> None:
    with pytest.raises(InvalidFormat) as info:
        OrganId.parse(text)
    assert "organisation identifier" in str(info.value)
    assert info.value.column == column
    assert not OrganId.is_valid(text)


def test_organ_id_long_inputs_finish() -> None:
    for chunk in ("1", ".", "/", " ", "1."):
        with pytest.raises(InvalidFormat):
            OrganId.parse(chunk * 1_000_000)


@given(st.text(max_size=60))
def test_organ_id_parse_fuzz(text: str) -> None:
    try:
        organ = OrganId.parse(text)
    except VnplanError:
        return
    assert OrganId.parse(str(organ)) == organ
    assert len(str(organ)) <= 35


@given(st.from_regex(r"[A-Z0-9]{1,5}(\.[A-Z0-9]{1,5}){0,5}", fullmatch=True))
def test_organ_id_round_trip(text: str) -> None:
    organ = OrganId.parse(text)
    assert str(organ) == text
    assert OrganId.parse(str(organ)) == organ


def test_organ_id_constructor_wants_canonical_form() -> None:
    assert OrganId("H37.02") == OrganId.parse("h37.02")
    with pytest.raises(InvalidFormat):
        OrganId("h37.02")
    with pytest.raises(InvalidFormat):
        OrganId(" H37")


@pytest.mark.parametrize(
    ("name", "abbreviation"),
    [
        ("ỦY BAN NHÂN DÂN TỈNH AN GIANG", "UBND"),
        ("UBND xã Lương Minh", "UBND"),
        ("HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI", "HĐND"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "UBMTTQ"),
        ("Văn phòng Ủy ban nhân dân tỉnh", "VPUBND"),
        ("Đảng ủy xã Phố Bảng", "ĐU"),
        ("Bộ Tài chính", "BTC"),
        ("SỞ TÀI CHÍNH", "STC"),
        ("Thủ tướng Chính phủ", "TTg"),
        ("Ủy ban nhân dân", "UBND"),
        ("Sở Tài chính tỉnh An Giang", None),  # a Sở with its province is not in the registry
        ("Công an tỉnh", None),
    ],
)
def test_abbreviation_of(name: str, abbreviation: str | None) -> None:
    from vnplan.agencies import abbreviation_of

    assert abbreviation_of(name) == abbreviation
