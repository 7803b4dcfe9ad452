"""Tables behind document-number classification (data, not code).

Read by :mod:`vnplan.numbering`. Sources: ``shared/domain.md`` §2.3 (ministries and
their abbreviations, 2025 and legacy), §3 (Party issuers seen in real numbers), and
the development corpus (spellings seen in legacy and OCR text).
"""

from __future__ import annotations

#: Party issuers: a committee or one of its boards ("BTG" ban tuyên giáo, "UBKT" ủy ban
#: kiểm tra, "VP" văn phòng, …) + the level ("TW" Trung ương, "TU" tỉnh ủy/thành ủy,
#: "HU" huyện ủy, "QU" quận ủy, "ĐU" đảng ủy, "TXU"/"TPU" thị xã/thành phố ủy).
#: A state-shaped number with one of these as its only issuer group is read as Party
#: ("27/NQ-TW" is 27-NQ/TW). Seen: TW, TU, HU, ĐU, VPTW, UBKTTU, BTGTU (domain.md §3).
PARTY_ISSUER_PREFIXES = ("", "VP", "BTC", "BTG", "BDV", "BTGDV", "UBKT", "BNC", "BKT", "BCS")
PARTY_ISSUER_SUFFIXES = ("TW", "TƯ", "TU", "HU", "QU", "ĐU", "TXU", "TPU")
PARTY_ISSUERS_OTHER = ("BCSĐ", "ĐĐ")  # ban cán sự đảng; đảng đoàn ("ĐĐ" UNCONFIRMED)

#: State issuers: a Party-shaped number with one of these as its first issuer group is
#: read as a state one ("38-CT/TTg" is 38/CT-TTg). The Government and its head, local
#: state bodies, the courts, the procuracy, the State Audit, and the ministries (names
#: after the March-2025 restructuring and the legacy ones still found in older numbers).
STATE_ISSUERS = (
    "CP", "TTg", "UBND", "HĐND", "VPCP", "CTN", "TANDTC", "VKSNDTC", "KTNN",
    "BCA", "BCT", "BGDĐT", "BKHCN", "BNG", "BNV", "BNNMT", "BQP", "BTP", "BVHTTDL",
    "BXD", "BYT", "NHNN", "TTCP",
    "BLĐTBXH", "BTTTT", "BKHĐT", "BGTVT", "BTNMT", "BNNPTNT", "UBDT",
)  # fmt: skip

#: Type abbreviations typed without diacritics in legacy data ("128/QD-HC" in an OCR
#: layer, "90/2019/ND-CP" in ASCII-only systems). "DA" is not here: it is dự án.
ASCII_TYPES = {"QD": "QĐ", "ND": "NĐ", "QyD": "QyĐ", "CD": "CĐ", "QDi": "QĐi"}
#: Issuer groups typed without diacritics.
ASCII_ISSUERS = {"HDND": "HĐND"}

#: Mixed-case abbreviations typed in capitals (all-caps lines, or a lower-case ký hiệu
#: read in capitals).
CASE_TYPES = {"QYĐ": "QyĐ", "CTR": "CTr", "TTR": "TTr", "TRS": "TrS", "QĐI": "QĐi", "QTR": "QTr"}
CASE_ISSUERS = {"TTG": "TTg"}

#: Issuer groups that may follow a type abbreviation with the hyphen lost (a PDF text
#: layer or OCR: "61/2018/NĐCP", "2468/QĐUBND", "03/2004/TTBYT"), beyond the state
#: and Party issuers above: "UB" (Ủy ban, legacy numbers such as "01/1999/QĐ-UB"),
#: "BTC" (Bộ Tài chính; not a state issuer above, where "BTC" reads as a Party ban tổ
#: chức), "BNN" (Bộ Nông nghiệp, in older joint numbers "TTLT-BNN-BNV").
#: A glued group is split only into a known type and one of these, nothing else.
GLUED_ISSUERS_OTHER = ("UB", "BTC", "BNN")
