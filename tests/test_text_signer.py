"""Stage 4 of the text pipeline: the signer block and the "Nơi nhận" list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import vnplan
from vnplan.text.layout import read_layout
from vnplan.text.normalize import normalize_text
from vnplan.text.signer import Closing, find_closing


def closing_of(text: str) -> Closing:
    closing = find_closing(normalize_text(text))
    assert closing is not None
    return closing


def signer_values(closing: Closing) -> tuple[str | None, str | None, str | None]:
    signer = closing.signer
    assert signer is not None
    return tuple(f.text if f else None for f in (signer.authority, signer.position, signer.name))


CASES = {
    # PDF layout: recipients left, signature right, on the same lines
    "pdf-side-by-side": (
        """Nơi nhận:                                         T/M. ĐOÀN KIỂM TRA
- Giám đốc Sở (để báo cáo và phê duyệt);
- Văn phòng Sở (Bố trí kinh phí, phương              TRƯỞNG ĐOÀN
tiện Phục vụ Đoàn kiểm tra);
- Lưu: VT, CN.



                                                     Hoàng Văn Thuân
                                                     PHÓ GIÁM ĐỐC""",
        ("T/M. ĐOÀN KIỂM TRA", "TRƯỞNG ĐOÀN", "Hoàng Văn Thuân"),
        ["- Giám đốc Sở (để báo cáo và phê duyệt);",
         "- Văn phòng Sở (Bố trí kinh phí, phương tiện Phục vụ Đoàn kiểm tra);",
         "- Lưu: VT, CN."],
    ),
    # DOCX: the columns one after the other, authority wrapped over two lines
    "docx-sequential": (
        """Nơi nhận:
- Bộ Tư pháp (b/c);
- Lưu: VT, NC.
TM. ỦY BAN
NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH





Lê Văn Phước""",
        ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Phước"),
        ["- Bộ Tư pháp (b/c);", "- Lưu: VT, NC."],
    ),
    # Markdown cells, bold, Party "K/T"
    "markdown-party": (
        """|
Nơi nhận:
- Như Điều 3,
- Lưu HCTĐKT.
|
**K/T TRƯỞNG BAN**
PHÓ TRƯỞNG BAN
**Ngô Đông Hải**
|""",
        ("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Ngô Đông Hải"),
        ["- Như Điều 3,", "- Lưu HCTĐKT."],
    ),
    # a head signing in their own name: position only
    "own-name": (
        """*Nơi nhận:*
- Các bộ, cơ quan ngang bộ;
- VPCP: BTCN, các PCN,
các Vụ, Cục;
- Lưu: VT, KSTT (2b).
|
**THỦ TƯỚNG**
Phạm Minh Chính
|


**KẾ HOẠCH**""",
        (None, "THỦ TƯỚNG", "Phạm Minh Chính"),
        ["- Các bộ, cơ quan ngang bộ;", "- VPCP: BTCN, các PCN, các Vụ, Cục;",
         "- Lưu: VT, KSTT (2b)."],
    ),
    # "KT" without a dot; two-level TL. then KT.; comma inside the authority
    "kt-without-dot": (
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n**KT GIÁM ĐỐC**\nPHÓ GIÁM ĐỐC\n\nTrương Hải Thanh",
        ("KT GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trương Hải Thanh"),
        ["- Như trên;", "- Lưu: VT."],
    ),
    "tl-then-kt": (
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n**TL. CỤC TRƯỞNG**\nKT. CHÁNH VĂN PHÒNG\n"
        "PHÓ CHÁNH VĂN PHÒNG\nPhạm Ngọc Lai",
        ("TL. CỤC TRƯỞNG KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Phạm Ngọc Lai"),
        ["- Như trên;", "- Lưu: VT."],
    ),
    "authority-with-comma": (
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, KGVX (3).\n|\n**KT. BỘ TRƯỞNG,\nCHỦ NHIỆM**\n"
        "PHÓ CHỦ NHIỆM\nPhạm Mạnh Cường\n|",
        ("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Phạm Mạnh Cường"),
        ["- Như trên;", "- Lưu: VT, KGVX (3)."],
    ),
    # ASCII pipe table from a .doc
    "doc-pipes": (
        """     |Nơi nhận:                  |                    |KT. GIÁM ĐỐC          |
|- Như trên;                |                    |PHÓ GIÁM ĐỐC          |
|- Lưu VT, KT.              |                    |                      |
|                           |                    |                      |
|                           |                    |Phan Văn Cương        |""",
        ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phan Văn Cương"),
        ["- Như trên;", "- Lưu VT, KT."],
    ),
    # copies: "(Đã ký)" between position and name; "Q." acting head; rank before a name
    "copy-signed": (
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nQ. GIÁM ĐỐC\n(Đã ký)\nNguyễn Văn An",
        ("Q. GIÁM ĐỐC", None, "Nguyễn Văn An"),
        ["- Như trên;", "- Lưu: VT."],
    ),
    "rank": (
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\n"
        "Thượng tướng Nguyễn Văn Long",
        ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Văn Long"),
        ["- Như trên;", "- Lưu: VT."],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_closing_styles(name: str) -> None:
    text, signer, items = CASES[name]
    closing = closing_of(text)
    assert signer_values(closing) == signer
    assert closing.recipients is not None
    assert [item.text for item in closing.recipients.items] == items


def test_notes_keep_rank_and_signed_marks() -> None:
    assert [n.text for n in closing_of(CASES["rank"][0]).signer.notes] == ["Thượng tướng"]
    assert [n.text for n in closing_of(CASES["copy-signed"][0]).signer.notes] == ["(Đã ký)"]


def test_q_prefix_is_the_authority_of_an_acting_head() -> None:
    # "Q. GIÁM ĐỐC" alone is both the authority prefix and the position line.
    closing = closing_of("Q. GIÁM ĐỐC\nNguyễn Văn An")
    assert signer_values(closing) == ("Q. GIÁM ĐỐC", None, "Nguyễn Văn An")


def test_closing_ends_before_the_appendix() -> None:
    text = CASES["pdf-side-by-side"][0] + "\n                   SỞ CÔNG THƯƠNG LÀO CAI\n\fPHỤ LỤC I"
    doc = normalize_text(text)
    closing = find_closing(doc)
    assert closing is not None
    assert [n.text for n in closing.signer.notes] == ["PHÓ GIÁM ĐỐC", "SỞ CÔNG THƯƠNG LÀO CAI"]
    assert doc.lines[closing.end_line].text.text == "PHỤ LỤC I"


def test_archive_item() -> None:
    closing = closing_of(CASES["docx-sequential"][0])
    assert closing.recipients is not None
    assert closing.recipients.archive is not None
    assert closing.recipients.archive.text == "- Lưu: VT, NC."


def test_joint_document_has_one_block_per_body() -> None:
    text = """Nơi nhận:
- Lưu: VT.
                     KT. BỘ TRƯỞNG                                 KT. BỘ TRƯỞNG
                     BỘ QUỐC PHÒNG                                     BỘ CÔNG AN
                      THỨ TRƯỞNG                                   THỨ TRƯỞNG

           Thượng tướng Nguyễn Văn Gấu                    Thượng tướng Nguyễn Văn Long"""
    closing = closing_of(text)
    assert [(s.authority.text, s.name.text) for s in closing.signers] == [
        ("KT. BỘ TRƯỞNG BỘ QUỐC PHÒNG", "Nguyễn Văn Gấu"),
        ("KT. BỘ TRƯỞNG BỘ CÔNG AN", "Nguyễn Văn Long")]


def test_no_closing_in_running_text() -> None:
    assert find_closing(normalize_text("Kế hoạch này được gửi đến nơi nhận theo quy định.")) \
        is None


# --- the annotated development corpus ---------------------------------------------------


def _norm(text: object) -> str | None:
    return " ".join(vnplan.normalize(str(text)).split()) if text is not None else None


@pytest.mark.parametrize("field", ["authority", "position", "name"])
def test_corpus_signers(corpus_dir: Path, field: str) -> None:
    """Regression guard on the development corpus (not an accuracy claim); fields the
    annotator marked uncertain are not scored."""
    lines = (corpus_dir / "truth.jsonl").read_text("utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    right = total = 0
    for record in records:
        key = f"signer_{field}"
        if key in (record.get("uncertain") or ()):
            continue
        layout = read_layout((corpus_dir / "docs" / f"{record['id']}.txt").read_text("utf-8"))
        signer = layout.closing.signer if layout.closing else None
        got = getattr(signer, field) if signer else None
        total += 1
        right += _norm(got.text if got else None) == _norm(record[key])
    assert right >= 0.9 * total


def test_note_after_the_name_on_the_same_line() -> None:
    closing = closing_of("Nơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
                         "Nguyễn Văn Bình (đã ký)")
    assert signer_values(closing) == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Bình")
    assert [n.text for n in closing.signer.notes] == ["(đã ký)"]


def test_head_signing_without_recipients_or_prefix() -> None:
    text = """Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này./.

CHỦ TỊCH



Phùng Thị Hồng Hà"""
    layout = read_layout(text)
    assert layout.closing is not None
    assert signer_values(layout.closing) == (None, "CHỦ TỊCH", "Phùng Thị Hồng Hà")
    assert [c.label.text for c in layout.body.children] == ["Điều 3."]


def test_enacting_authority_line_is_not_a_signer() -> None:
    # "GIÁM ĐỐC SỞ ..." above the "Căn cứ" lines names the enacting authority.
    text = "GIÁM ĐỐC\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\nĐiều 1. Ban hành."
    assert find_closing(normalize_text(text)) is None


# Messy closings written from the conventions (Decree 30/2020 ô số 7 and 9b; HD 36-HD/VPTW):
# OCR and typing variants of the prefixes, a prefix alone on its line, names in capitals,
# stamp debris, heads signing in their own name, and web copies cut before the name.
_RECIPIENTS_LINES = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
MESSY = {
    "name-in-capitals": (
        _RECIPIENTS_LINES + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNGUYỄN VĂN AN",
        ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "NGUYỄN VĂN AN")),
    "prefix-alone-on-its-line": (
        _RECIPIENTS_LINES + "TM.\nỦY BAN NHÂN DÂN TỈNH\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
        "Nguyễn Văn Phòng",
        ("TM. ỦY BAN NHÂN DÂN TỈNH KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Phòng")),
    "prefix-alone-without-recipients": (
        "|\nTM.\nỦY BAN NHÂN DÂN TỈNH\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Hai\n|",
        ("TM. ỦY BAN NHÂN DÂN TỈNH KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Hai")),
    "stamp-debris-after-position": (
        _RECIPIENTS_LINES + "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nSỞ\nY TẾ\nĐỗ Thị Hoa",
        ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đỗ Thị Hoa")),
    "agency-wrapped-under-prefix": (
        _RECIPIENTS_LINES + "TM. BAN CHẤP HÀNH\nĐOÀN THANH NIÊN\nBÍ THƯ\n\nVõ Thị Ba",
        ("TM. BAN CHẤP HÀNH ĐOÀN THANH NIÊN", "BÍ THƯ", "Võ Thị Ba")),
    "ocr-comma-after-prefix": (
        "KT, CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An",
        ("KT, CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An")),
    "ocr-dotted-prefix": (
        "T.M ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An",
        ("T.M ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An")),
    "ocr-spaced-dot": (
        "TM . ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\nTrần Văn Bình",
        ("TM . ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Bình")),
    "lower-case-prefix": (
        "Kt. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nVũ Đức Năm",
        ("Kt. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Vũ Đức Năm")),
    "party-slash": (
        "Nơi nhận:\n- Như trên,\n- Lưu Văn phòng Tỉnh ủy.\nT/M BAN THƯỜNG VỤ\n"
        "PHÓ BÍ THƯ THƯỜNG TRỰC\n\nLê Minh Hưng",
        ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Lê Minh Hưng")),
    "tuq-position-with-body": (
        _RECIPIENTS_LINES + "TUQ. CHỦ TỊCH\nGIÁM ĐỐC SỞ TÀI CHÍNH\nHoàng Thị Mai",
        ("TUQ. CHỦ TỊCH", "GIÁM ĐỐC SỞ TÀI CHÍNH", "Hoàng Thị Mai")),
    "signed-by-hand-note": (
        _RECIPIENTS_LINES + "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Ký tên, đóng dấu)\nTrần Văn Bình",
        ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Bình")),
    "da-ky-line": (
        _RECIPIENTS_LINES + "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nĐã ký\nTrần Văn Bình",
        ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Bình")),
    "own-name-position-with-body": (
        "Xin trân trọng cảm ơn!\n\nKÍNH THƯ\nPHÓ CHỦ TỊCH UBND HUYỆN\n\nPhạm Văn Hoàn",
        (None, "PHÓ CHỦ TỊCH UBND HUYỆN", "Phạm Văn Hoàn")),
    "web-copy-cut-before-the-name": (
        "| KT. CHỦ TỊCH |\nQUẢN LÝ, VẬN HÀNH VÀ SỬ DỤNG HỆ THỐNG PHẦN MỀM MỘT CỬA ĐIỆN TỬ TRONG "
        "CÁC CƠ QUAN\n(Ban hành kèm theo Quyết định số 12/2017/QĐ-UBND)",
        ("KT. CHỦ TỊCH", None, None)),
    "web-copy-cut-then-type-name": (
        "- Như Điều 3; | TM. ỦY BAN NHÂN DÂN |\nQUY ĐỊNH\nVề chế độ báo cáo",
        ("TM. ỦY BAN NHÂN DÂN", None, None)),
}


@pytest.mark.parametrize("name", sorted(MESSY))
def test_messy_closings(name: str) -> None:
    text, expected = MESSY[name]
    assert signer_values(closing_of(text)) == expected


@pytest.mark.parametrize("text", [
    # an upper-case heading that is not a position, then a name-like line
    "TỔ CHỨC THỰC HIỆN\n\nNguyễn Văn An chủ trì.",
    # "KTXH" is a word, not the prefix "KT"
    "KTXH TỈNH PHÁT TRIỂN\nCHỦ TỊCH\nNguyễn Văn An",
])
def test_no_closing_in_messy_running_text(text: str) -> None:
    closing = find_closing(normalize_text(text))
    assert closing is None or closing.signer is None or closing.signer.authority is None


def test_stamp_debris_goes_to_notes() -> None:
    closing = closing_of(_RECIPIENTS_LINES + "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nSỞ\nY TẾ\nĐỗ Thị Hoa")
    signer = closing.signer
    assert signer is not None
    assert [n.text for n in signer.notes] == ["SỞ", "Y TẾ"]


# Web copies that join the lines of a signature block into one line or one table cell.
JOINED = {
    "deputy-and-position": (
        _RECIPIENTS_LINES + "KT. CHỦ TỊCH PHÓ CHỦ TỊCH\nNguyễn Văn An",
        ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An")),
    "collective-and-position": (
        _RECIPIENTS_LINES + "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH\nNguyễn Văn An",
        ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An")),
    "minister-and-deputy": (
        _RECIPIENTS_LINES + "KT. BỘ TRƯỞNG THỨ TRƯỞNG\nNguyễn Văn An",
        ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Văn An")),
    "whole-block-on-one-line": (
        _RECIPIENTS_LINES + "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An",
        ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An")),
    "flattened-table-row": (
        "Nơi nhận: - Như trên; - Lưu: VT. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An |",
        ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An")),
    # not cut: the Party secretariat signs with its name only, no position line
    "party-secretariat-not-cut": (
        _RECIPIENTS_LINES + "T/M BAN BÍ THƯ\nTrần Cẩm Tú",
        ("T/M BAN BÍ THƯ", None, "Trần Cẩm Tú")),
    # not cut: "TRƯỜNG" (school) is not "TRƯỞNG" (head)
    "school-not-a-position": (
        _RECIPIENTS_LINES + "TM. BAN CHẤP HÀNH ĐOÀN TRƯỜNG\nLê Văn Ba",
        ("TM. BAN CHẤP HÀNH ĐOÀN TRƯỜNG", None, "Lê Văn Ba")),
    # academic titles before the name go to the notes
    "academic-titles": (
        _RECIPIENTS_LINES + "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nPGS.TS. Nguyễn Văn An",
        ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An")),
}


@pytest.mark.parametrize("name", sorted(JOINED))
def test_joined_signature_lines(name: str) -> None:
    text, expected = JOINED[name]
    assert signer_values(closing_of(text)) == expected


# PDF or OCR text that lost the gap between the two columns of the closing block.
MERGED_COLUMNS = {
    "label-and-authority": (
        "Nơi nhận: KT. CHỦ TỊCH\n- Như trên; PHÓ CHỦ TỊCH\n- Lưu: VT.\n\nNguyễn Văn An",
        ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"),
        ["- Như trên;", "- Lưu: VT."]),
    "name-after-archive-item": (
        "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như trên; CHỦ TỊCH\n- Sở Tài chính;\n"
        "- Lưu: VT. Nguyễn Văn An",
        ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"),
        ["- Như trên;", "- Sở Tài chính;", "- Lưu: VT."]),
    "position-naming-its-body": (
        "Nơi nhận: KT. CHỦ TỊCH\n- Như trên; PHÓ CHỦ TỊCH UBND HUYỆN\n- Lưu: VT.\nTrần Thị Bé",
        ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH UBND HUYỆN", "Trần Thị Bé"),
        ["- Như trên;", "- Lưu: VT."]),
    # items that only look like it stay whole
    "items-with-agencies": (
        "Nơi nhận:\n- Sở Tài chính; Sở Nội vụ;\n- Lưu: VT, TH.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n"
        "Vũ Đức Năm",
        ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Vũ Đức Năm"),
        ["- Sở Tài chính; Sở Nội vụ;", "- Lưu: VT, TH."]),
    "acting-q-is-a-district": (
        "Nơi nhận:\n- UBND các phường; Q. BA ĐÌNH;\n- Lưu: VT.\nGIÁM ĐỐC\nVũ Đức Năm",
        (None, "GIÁM ĐỐC", "Vũ Đức Năm"),
        ["- UBND các phường; Q. BA ĐÌNH;", "- Lưu: VT."]),
}


@pytest.mark.parametrize("name", sorted(MERGED_COLUMNS))
def test_columns_merged_without_gap(name: str) -> None:
    text, expected, items = MERGED_COLUMNS[name]
    closing = closing_of(text)
    assert signer_values(closing) == expected
    assert closing.recipients is not None
    assert [item.text for item in closing.recipients.items] == items


# The signer's name alone on the last lines after the distribution list (an OCR'd letter
# whose authority and position lines were lost): the name is still the signer's.
NAME_ONLY = [
    ("Bộ Công Thương đề nghị các Sở thực hiện.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, KHCN.\n"
     "Trần Tuấn Anh", "Trần Tuấn Anh"),
    ("Đề nghị các đơn vị thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VP.\n\n\n"
     "NGUYỄN THỊ HOA", "NGUYỄN THỊ HOA"),
]


@pytest.mark.parametrize(("text", "name"), NAME_ONLY)
def test_name_alone_after_the_recipients(text: str, name: str) -> None:
    assert signer_values(closing_of(text)) == (None, None, name)


@pytest.mark.parametrize("text", [
    # an unfinished item goes on; a place name and a body name are no signer names
    "Nơi nhận:\n- Như trên;\n- Ủy ban nhân dân các xã\nVăn Lâm, Lạc Đạo;\n- Lưu: VT.",
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, KHCN.\nHà Nội",
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, KHCN.\nSỞ Y TẾ",
])
def test_no_name_alone_after_the_recipients(text: str) -> None:
    closing = find_closing(normalize_text(text))
    assert closing is None or closing.signer is None or closing.signer.name is None


SIGNER_BLOCKS = [
    # a draft's signature block flattened onto the last recipients line
    ("Nơi nhận: - Như trên; - Lưu: VT, KT. | | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH "
     "Nguyễn Văn A", ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A")),
    ("- Lưu: VT, KT. | | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A",
     ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A")),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT, KT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH "
     "Trần Thị Mai", ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Mai")),
    # authority and position in one Markdown cell
    ("| Nơi nhận: - Như trên; - Lưu: VT, KTTH. | KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM "
     "Nguyễn Văn An |", ("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Nguyễn Văn An")),
    # a table title after a block that lost its name is no position
    ("Nơi nhận:                          TM. ỦY BAN NHÂN DÂN\n- Như trên;"
     "                        KT. CHỦ TỊCH\n- Lưu: VT.\n\nCÁC CHỈ TIÊU GIẢM NGHÈO NĂM 2019\n",
     ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", None, None)),
    ("Nơi nhận:                          TM. ỦY BAN NHÂN DÂN\n- Như trên;"
     "                        KT. CHỦ TỊCH\n- Lưu: VT.\nDANH MỤC CÔNG TRÌNH TRỌNG ĐIỂM\n",
     ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", None, None)),
    # ... while a position of several words stays one
    ("Nơi nhận:                          TL. CHỦ TỊCH\n- Như trên;"
     "                        CHÁNH VĂN PHÒNG\n- Lưu: VT.\n\n           Đỗ Văn Hùng",
     ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Đỗ Văn Hùng")),
]


@pytest.mark.parametrize(("text", "expected"), SIGNER_BLOCKS)
def test_damaged_and_flattened_signature_blocks(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert signer_values(closing_of(text)) == expected


OCR_SIGNERS = [
    # OCR-damaged authority and position words are read like the header's
    ("T/M BAN CHẮÁP HÀNH", "BÍ THƯ", "T/M BAN CHẤP HÀNH", "BÍ THƯ"),
    ("T/M BAN THUỜNG VỤ", "PHÓ BÍ THU", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"),
    ("TM. UỶ BAN NHÂN DÃN", "KT. CHỦ TỊCH\nPHÓ CHÙ TỊCH", "TM. UỶ BAN NHÂN DÂN KT. CHỦ TỊCH",
     "PHÓ CHỦ TỊCH"),
    # right spellings are kept as printed
    ("TM. BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "TM. BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"),
]


@pytest.mark.parametrize(("authority", "position", "read_authority", "read_position"),
                         OCR_SIGNERS)
def test_ocr_damaged_signer_lines_are_repaired_with_a_warning(
    authority: str, position: str, read_authority: str, read_position: str
) -> None:
    text = ("HUYỆN ỦY BẮC MÊ\nSố 15-KH/HU\nBắc Mê, ngày 14 tháng 9 năm 2021\nKẾ HOẠCH\n"
            "Tổ chức hội nghị\n\n1. Tổ chức tốt.\n\nNơi nhận:\n- Như trên,\n- Lưu VP.\n"
            f"{authority}\n{position}\n\nNguyễn Văn Bình")
    doc = vnplan.parse_document(text)
    assert doc.signer is not None
    assert (doc.signer.authority, doc.signer.position) == (read_authority, read_position)
    assert doc.signer.name == "Nguyễn Văn Bình"
    warned = any(w.rule == "parse.ocr-words" and w.field == "signer" for w in doc.warnings)
    assert warned == (authority != read_authority or position.split("\n")[-1] != read_position)


def test_repaired_authority_keeps_the_printed_span() -> None:
    text = ("Nơi nhận:                          T/M BAN CHẮÁP HÀNH\n- Như trên,"
            "                        BÍ THƯ\n- Lưu VP.\n                      Nguyễn Văn Bình")
    signer = closing_of(text).signer
    assert signer is not None
    assert signer.authority is not None
    assert signer.authority.text == "T/M BAN CHẮÁP HÀNH"  # the text stage keeps the print
    span = signer.authority.span
    assert text[span.start:span.end] == "T/M BAN CHẮÁP HÀNH"


# Narrow table cells of legal-database pages wrap the signature block after a few words.
WRAPPED_CELLS = {
    "all-lines-wrapped": (
        "| Nơi nhận:\n- Như Điều 3;\n- Lưu: VT. | TM. ỦY BAN\nNHÂN DÂN\nKT. CHỦ\nTỊCH\n"
        "PHÓ CHỦ\nTỊCH\n\nNguyễn\nVăn An |",
        ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An")),
    "name-wrapped-after-two-words": (
        "| Nơi nhận:\n- Như Điều 3;\n- Lưu: VT. | KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
        "Nguyễn Thị\nThanh Hương |",
        ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Thanh Hương")),
    "position-wrapped": (
        _RECIPIENTS_LINES + "KT. GIÁM ĐỐC\nPHÓ GIÁM\nĐỐC\n\nLê Văn Tám",
        ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Văn Tám")),
    # a signed mark printed before the name in copies
    "signed-mark-before-name": (
        _RECIPIENTS_LINES + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký) Nguyễn Văn An",
        ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An")),
    "signed-colon-before-name": (
        _RECIPIENTS_LINES + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐã ký: Nguyễn Văn An",
        ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An")),
    # not joined: a name after a blank line, and single letters of a seal
    "no-join-across-blank": (
        _RECIPIENTS_LINES + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Thị\n\nThanh Hương",
        ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị")),
    "seal-letters-are-not-a-name": (
        _RECIPIENTS_LINES + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nY\nT E\nNguyễn Văn An",
        ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An")),
}


@pytest.mark.parametrize("name", sorted(WRAPPED_CELLS))
def test_wrapped_cells(name: str) -> None:
    text, expected = WRAPPED_CELLS[name]
    assert signer_values(closing_of(text)) == expected


OCR_CLOSINGS = {
    # the label with a wrong tone is still the label when its colon follows
    "label-wrong-tone": (
        "Nơi nhân:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An",
        ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"), ["- Như trên;", "- Lưu: VT."]),
    "label-capitals-wrong-tone": (
        "NOI NHÂN:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An",
        ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"), ["- Như trên;", "- Lưu: VT."]),
    # trailing punctuation and notes after the name
    "name-with-full-stop": (
        _RECIPIENTS_LINES + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An.",
        ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"), ["- Như trên;", "- Lưu: VT."]),
    "name-with-end-mark": (
        _RECIPIENTS_LINES + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An/.",
        ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"), ["- Như trên;", "- Lưu: VT."]),
    "note-then-full-stop": (
        _RECIPIENTS_LINES + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An (đã ký).",
        ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"), ["- Như trên;", "- Lưu: VT."]),
    # no prefix: no authority; the first line that reads as a position, debris aside
    "own-name-with-debris": (
        _RECIPIENTS_LINES + "SỞ Y\nGIÁM ĐỐC\nHOA CH\nNguyễn Văn An",
        (None, "GIÁM ĐỐC", "Nguyễn Văn An"), ["- Như trên;", "- Lưu: VT."]),
}


@pytest.mark.parametrize("name", sorted(OCR_CLOSINGS))
def test_ocr_closings(name: str) -> None:
    text, expected, items = OCR_CLOSINGS[name]
    closing = closing_of(text)
    assert signer_values(closing) == expected
    assert closing.recipients is not None
    assert [item.text for item in closing.recipients.items] == items


def test_nhan_dan_sentence_is_not_the_label() -> None:
    closing = closing_of("Nơi nhân dân tộc thiểu số sinh sống.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
                         "Nguyễn Văn An")
    assert closing.recipients is None
    assert closing.start_line == 1


@pytest.mark.parametrize(("text", "expected"), [
    # a name in capitals right under the authority, no position line (Party secretariat)
    (_RECIPIENTS_LINES + "T/M BAN BÍ THƯ\nTRẦN CẨM TÚ", ("T/M BAN BÍ THƯ", None, "TRẦN CẨM TÚ")),
    # a body line wrapped under the authority is not a name, even when it could be one
    (_RECIPIENTS_LINES + "TM. BAN CHẤP HÀNH\nĐOÀN THANH NIÊN\nBÍ THƯ\nVÕ THỊ BA",
     ("TM. BAN CHẤP HÀNH ĐOÀN THANH NIÊN", "BÍ THƯ", "VÕ THỊ BA")),
    (_RECIPIENTS_LINES + "TM. BAN CHẤP HÀNH\nHOÀNG MAI\nBÍ THƯ\nVÕ THỊ BA",
     ("TM. BAN CHẤP HÀNH HOÀNG MAI", "BÍ THƯ", "VÕ THỊ BA")),
])
def test_capital_name_under_the_authority(text: str, expected: tuple[str | None, ...]) -> None:
    assert signer_values(closing_of(text)) == expected


@pytest.mark.parametrize("text", [
    "Đoạn văn.\nQ\nBAN CHỈ ĐẠO TỈNH\nnội dung",     # a stray "Q" of OCR debris
    "Đoạn văn.\nKT\nBAN CHỈ ĐẠO TỈNH\nnội dung",    # "KT" without its dot
])
def test_stray_prefix_letters_open_no_closing(text: str) -> None:
    assert find_closing(normalize_text(text)) is None


def test_party_prefix_alone_without_dot() -> None:
    closing = closing_of("T/M\nBAN THƯỜNG VỤ\nBÍ THƯ\nLê Văn Hai")
    assert signer_values(closing) == ("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Lê Văn Hai")
