"""Signing-authority chains (Decree 30/2020 Phụ lục I II.7; Party HD36)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnplan.authority import (
    MAX_AUTHORITY_LENGTH,
    AuthorityKind,
    AuthorityStep,
    parse_authority,
)
from vnplan.errors import IncompleteValue, InputTooLarge, InvalidFormat, VnplanError

K = AuthorityKind


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        # Printed forms from the development corpus (truth.jsonl signer_authority).
        ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH",
         [(K.ON_BEHALF, "ỦY BAN NHÂN DÂN", False), (K.DEPUTY, "CHỦ TỊCH", False)]),
        ("KT. CHỦ TỊCH", [(K.DEPUTY, "CHỦ TỊCH", False)]),
        ("T/M. ĐOÀN KIỂM TRA", [(K.ON_BEHALF, "ĐOÀN KIỂM TRA", True)]),
        ("TM. BAN THƯỜNG TRỰC", [(K.ON_BEHALF, "BAN THƯỜNG TRỰC", False)]),
        ("K/T TRƯỞNG BAN", [(K.DEPUTY, "TRƯỞNG BAN", True)]),
        ("KT. BỘ TRƯỞNG, CHỦ NHIỆM", [(K.DEPUTY, "BỘ TRƯỞNG, CHỦ NHIỆM", False)]),
        ("KT GIÁM ĐỐC", [(K.DEPUTY, "GIÁM ĐỐC", False)]),
        ("TL. CHỦ TỊCH KT. CHÁNH VĂN PHÒNG",
         [(K.BY_ORDER, "CHỦ TỊCH", False), (K.DEPUTY, "CHÁNH VĂN PHÒNG", False)]),
        ("T/M BAN BÍ THƯ", [(K.ON_BEHALF, "BAN BÍ THƯ", True)]),
        ("KT. BỘ TRƯỞNG BỘ CÔNG AN", [(K.DEPUTY, "BỘ TRƯỞNG BỘ CÔNG AN", False)]),
        # The decree's own table.
        ("Q. GIÁM ĐỐC", [(K.ACTING, "GIÁM ĐỐC", False)]),
        ("TUQ. BỘ TRƯỞNG", [(K.AUTHORISED, "BỘ TRƯỞNG", False)]),
        ("T/L BAN THƯỜNG VỤ", [(K.BY_ORDER, "BAN THƯỜNG VỤ", True)]),
        # Layout variants: lines, missing space after the dot.
        ("TM. ỦY BAN\nNHÂN DÂN\nKT. CHỦ TỊCH",
         [(K.ON_BEHALF, "ỦY BAN NHÂN DÂN", False), (K.DEPUTY, "CHỦ TỊCH", False)]),
        ("TM.ỦY BAN NHÂN DÂN", [(K.ON_BEHALF, "ỦY BAN NHÂN DÂN", False)]),
        ("Q.GIÁM ĐỐC", [(K.ACTING, "GIÁM ĐỐC", False)]),
    ],
)
def test_parse_authority(printed: str, expected: list[tuple[K, str, bool]]) -> None:
    steps = parse_authority(printed)
    assert [(s.kind, s.title, s.party_form) for s in steps] == expected


@pytest.mark.parametrize(
    ("step", "text"),
    [
        (AuthorityStep(K.ON_BEHALF, "ỦY BAN NHÂN DÂN"), "TM. ỦY BAN NHÂN DÂN"),
        (AuthorityStep(K.DEPUTY, "CHỦ TỊCH"), "KT. CHỦ TỊCH"),
        (AuthorityStep(K.BY_ORDER, "BỘ TRƯỞNG"), "TL. BỘ TRƯỞNG"),
        (AuthorityStep(K.AUTHORISED, "BỘ TRƯỞNG"), "TUQ. BỘ TRƯỞNG"),
        (AuthorityStep(K.ACTING, "GIÁM ĐỐC"), "Q. GIÁM ĐỐC"),
        (AuthorityStep(K.ON_BEHALF, "BAN THƯỜNG VỤ", party_form=True), "T/M BAN THƯỜNG VỤ"),
        (AuthorityStep(K.DEPUTY, "BÍ THƯ", party_form=True), "K/T BÍ THƯ"),
        (AuthorityStep(K.BY_ORDER, "BAN THƯỜNG VỤ", party_form=True), "T/L BAN THƯỜNG VỤ"),
    ],
)
def test_canonical_string(step: AuthorityStep, text: str) -> None:
    assert str(step) == text
    assert AuthorityStep.parse(text) == step


@pytest.mark.parametrize(
    ("text", "error", "column"),
    [
        ("PHÓ CHỦ TỊCH", InvalidFormat, 1),
        ("CHỦ TỊCH KT. PHÓ", InvalidFormat, 1),
        ("KT.", IncompleteValue, 1),
        ("TM. ỦY BAN NHÂN DÂN KT.", IncompleteValue, 21),
        ("", IncompleteValue, 1),
        ("   ", IncompleteValue, 1),
        ("QUYỀN GIÁM ĐỐC", InvalidFormat, 1),
    ],
)
def test_errors_say_where(text: str, error: type[VnplanError], column: int) -> None:
    with pytest.raises(error) as info:
        parse_authority(text)
    assert isinstance(info.value, InvalidFormat | IncompleteValue)
    assert info.value.column == column


def test_step_constructor_checks() -> None:
    with pytest.raises(InvalidFormat):
        AuthorityStep(K.AUTHORISED, "BỘ TRƯỞNG", party_form=True)  # TUQ has no slash form
    with pytest.raises(InvalidFormat):
        AuthorityStep(K.DEPUTY, "")
    with pytest.raises(InvalidFormat):
        AuthorityStep(K.DEPUTY, "CHỦ  TỊCH")
    with pytest.raises(InvalidFormat):
        AuthorityStep(K.DEPUTY, "CHỦ TỊCH KT. PHÓ")
    with pytest.raises(InvalidFormat):
        AuthorityStep.parse("TM. ỦY BAN KT. CHỦ TỊCH")  # two steps


def test_labels() -> None:
    assert [k.label_vi for k in K] == [
        "thay mặt", "ký thay", "thừa lệnh", "thừa ủy quyền", "quyền",
    ]


def test_every_corpus_authority_parses(corpus_dir) -> None:  # type: ignore[no-untyped-def]
    prefixes = {"TM": K.ON_BEHALF, "T/M": K.ON_BEHALF, "KT": K.DEPUTY, "K/T": K.DEPUTY,
                "TL": K.BY_ORDER, "T/L": K.BY_ORDER}
    seen = 0
    for line in (corpus_dir / "truth.jsonl").read_text("utf-8").splitlines():
        printed = json.loads(line)["signer_authority"]
        if printed is None:
            continue
        steps = parse_authority(printed)
        first = printed.split()[0].rstrip(".")
        assert steps[0].kind is prefixes[first], printed
        seen += 1
    assert seen >= 30


def test_too_long() -> None:
    with pytest.raises(InputTooLarge):
        parse_authority("KT. " + "A" * MAX_AUTHORITY_LENGTH)


@pytest.mark.parametrize("chunk", ["1", ".", "/", " ", "T/", "KT. "])
def test_adversarial_sizes_are_refused_quickly(chunk: str) -> None:
    with pytest.raises(VnplanError):
        parse_authority(chunk * 1_000_000)


@given(st.text(max_size=80))
def test_fuzz(text: str) -> None:
    try:
        steps = parse_authority(text)
    except VnplanError:
        return
    assert steps
    again = parse_authority(" ".join(str(s) for s in steps))
    assert again == steps


_TITLE = st.lists(
    st.text(alphabet="ABCDĐEGHIKLMNOPQRSTUVXYỦỀƯỞÂÍÓÁ,", min_size=1, max_size=8), min_size=1,
    max_size=4,
).map(" ".join)


@given(st.sampled_from(list(K)), _TITLE, st.booleans())
def test_round_trip(kind: K, title: str, party: bool) -> None:
    try:
        step = AuthorityStep(kind, title, party_form=party and kind in (
            K.ON_BEHALF, K.DEPUTY, K.BY_ORDER))
    except InvalidFormat:
        return  # a title word that is itself a prefix ("KT", "TM")
    assert AuthorityStep.parse(str(step)) == step


def test_title_is_stored_normalised() -> None:
    nfd = "CHU\u0309 TI\u0323CH"  # "CHỦ TỊCH" in NFD
    step = AuthorityStep(K.DEPUTY, nfd)
    assert step.title == "CHỦ TỊCH"
    assert AuthorityStep.parse(str(step)) == step
