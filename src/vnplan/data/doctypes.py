"""Document types and their official abbreviations (data, not code).

One row per (category, type). :mod:`vnplan.doctypes` builds
:class:`vnplan.doctypes.DocumentType` values from these rows; the number parser,
the validators and the docs read them from there.

Sources (see ``shared/domain.md`` §1.2, §2, §3):

- ``D30``: Decree 30/2020/NĐ-CP, Điều 7 and Phụ lục III, Mục I (29 administrative
  types in the official order, and the three kinds of copy).
- ``LAW``: Law 80/2015/QH13 Điều 4 and Law 64/2025/QH15 Điều 4 (forms of legal
  normative documents); abbreviations as seen in real numbers.
- ``HD36``: Hướng dẫn 36-HD/VPTW (2018) of the Party Central Office, known only from
  secondary sources; the full list of Party abbreviations is UNCONFIRMED.
- ``observed``: seen in real document numbers but not listed in the regulation; each
  row names where it was seen.
"""

from __future__ import annotations

from typing import TypedDict


class TypeRow(TypedDict):
    """One row of the table. ``category`` is a :class:`DocumentCategory` value."""

    abbreviation: str | None
    name_vi: str
    name_en: str
    category: str
    source: str
    observed: bool
    year_in_number: bool
    aliases: tuple[str, ...]


D30 = "Decree 30/2020/NĐ-CP, Phụ lục III, Mục I"
LAW = "Law 80/2015/QH13 Điều 4; Law 64/2025/QH15 Điều 4"
HD36 = "Hướng dẫn 36-HD/VPTW (secondary sources; full list UNCONFIRMED)"


def _row(
    abbreviation: str | None,
    name_vi: str,
    name_en: str,
    category: str,
    source: str,
    *,
    observed: bool = False,
    year_in_number: bool = False,
    aliases: tuple[str, ...] = (),
) -> TypeRow:
    return TypeRow(
        abbreviation=abbreviation,
        name_vi=name_vi,
        name_en=name_en,
        category=category,
        source=source,
        observed=observed,
        year_in_number=year_in_number,
        aliases=aliases,
    )


_A = "administrative"
_N = "normative"
_P = "party"
_C = "copy"

#: Every known document type. Order matters: within one abbreviation, earlier rows
#: of the same category win, and the table order is the order of ``DocumentType.all()``.
ROWS: tuple[TypeRow, ...] = (
    # --- Decree 30/2020, Phụ lục III: the 29 administrative types, official order.
    _row("NQ", "Nghị quyết", "Resolution (individual)", _A, D30,
         aliases=("Nghị quyết cá biệt",)),
    _row("QĐ", "Quyết định", "Decision (individual)", _A, D30,
         aliases=("Quyết định cá biệt",)),
    _row("CT", "Chỉ thị", "Directive", _A, D30),
    _row("QC", "Quy chế", "Regulation", _A, D30),
    _row("QyĐ", "Quy định", "Rules", _A, D30),
    _row("TC", "Thông cáo", "Communiqué", _A, D30),
    _row("TB", "Thông báo", "Notice", _A, D30),
    _row("HD", "Hướng dẫn", "Guidance", _A, D30),
    _row("CTr", "Chương trình", "Programme", _A, D30),
    _row("KH", "Kế hoạch", "Plan", _A, D30),
    _row("PA", "Phương án", "Option plan", _A, D30),
    _row("ĐA", "Đề án", "Scheme", _A, D30),
    _row("DA", "Dự án", "Project", _A, D30),
    _row("BC", "Báo cáo", "Report", _A, D30),
    _row("BB", "Biên bản", "Minutes", _A, D30),
    _row("TTr", "Tờ trình", "Submission", _A, D30),
    _row("HĐ", "Hợp đồng", "Contract", _A, D30),
    _row("CĐ", "Công điện", "Official telegram", _A, D30),
    _row("BGN", "Bản ghi nhớ", "Memorandum of understanding", _A, D30),
    _row("BTT", "Bản thỏa thuận", "Agreement", _A, D30),
    _row("GUQ", "Giấy ủy quyền", "Letter of authorisation", _A, D30),
    _row("GM", "Giấy mời", "Letter of invitation", _A, D30),
    _row("GGT", "Giấy giới thiệu", "Letter of introduction", _A, D30),
    _row("GNP", "Giấy nghỉ phép", "Leave permit", _A, D30),
    _row("PG", "Phiếu gửi", "Dispatch slip", _A, D30),
    _row("PC", "Phiếu chuyển", "Transfer slip", _A, D30),
    _row("PB", "Phiếu báo", "Notification slip", _A, D30),
    _row(None, "Công văn", "Official letter", _A, D30),
    _row(None, "Thư công", "Official correspondence letter", _A, D30),
    # --- Decree 30/2020, Phụ lục III: copies (bản sao). A copy's number is
    # "số/<kind>" with one shared yearly series (Phụ lục I, Phần II); the exact
    # rendering "Số: 05/SY" is UNCONFIRMED (domain.md §10.2).
    _row("SY", "Bản sao y", "True copy", _C, D30, aliases=("Sao y", "Sao y bản chính")),
    _row("TrS", "Bản trích sao", "Extract copy", _C, D30, aliases=("Trích sao",)),
    _row("SL", "Bản sao lục", "Transcribed copy", _C, D30, aliases=("Sao lục",)),
    # --- Legal normative documents (VBQPPL). Laws and NA resolutions are numbered
    # "số/năm/QH<khóa>", ordinances and NASC resolutions "số/năm/UBTVQH<khóa>"
    # (no type abbreviation); the others "số/năm/<type>-<issuer>".
    _row(None, "Hiến pháp", "Constitution", _N, LAW),
    _row(None, "Bộ luật", "Code", _N, LAW),
    _row(None, "Luật", "Law", _N, LAW),
    _row(None, "Pháp lệnh", "Ordinance", _N, LAW),
    _row("NQ", "Nghị quyết", "Resolution (normative)", _N, LAW, year_in_number=True,
         aliases=("Nghị quyết quy phạm pháp luật",)),
    _row("NQLT", "Nghị quyết liên tịch", "Joint resolution", _N, LAW, year_in_number=True),
    _row("L", "Lệnh", "Order of the President", _N, LAW, year_in_number=True,
         aliases=("Lệnh của Chủ tịch nước",)),
    _row("QĐ", "Quyết định", "Decision (normative)", _N, LAW, year_in_number=True,
         aliases=("Quyết định quy phạm pháp luật",)),
    _row("NĐ", "Nghị định", "Decree", _N, LAW, year_in_number=True),
    _row("TT", "Thông tư", "Circular", _N, LAW, year_in_number=True),
    _row("TTLT", "Thông tư liên tịch", "Joint circular", _N, LAW, year_in_number=True),
    # --- Party documents (HD36). Note "QĐi" for quy định, not "QyĐ"; "TT" is thông tri
    # here, not thông tư; Party công văn do carry "CV". Central Party rules are also
    # numbered "-QĐ/TW" (e.g. 383-QĐ/TW is a Quy định), so "QĐ" in a Party number does
    # not settle quyết định vs quy định.
    _row("NQ", "Nghị quyết", "Resolution (Party)", _P, HD36),
    _row("CT", "Chỉ thị", "Directive (Party)", _P, HD36),
    _row("QĐi", "Quy định", "Rules (Party)", _P, HD36),
    _row("QC", "Quy chế", "Regulation (Party)", _P, HD36),
    _row("KL", "Kết luận", "Conclusion (Party)", _P, HD36),
    _row("TB", "Thông báo", "Notice (Party)", _P, HD36),
    _row("HD", "Hướng dẫn", "Guidance (Party)", _P, HD36),
    _row("QĐ", "Quyết định", "Decision (Party)", _P, HD36),
    _row("KH", "Kế hoạch", "Plan (Party)", _P, HD36),
    _row("CTr", "Chương trình", "Programme (Party)", _P, HD36),
    _row("BC", "Báo cáo", "Report (Party)", _P, HD36),
    _row("CV", "Công văn", "Official letter (Party)", _P, HD36),
    _row("TT", "Thông tri", "Instruction (Party)", _P, HD36),
    _row("TTr", "Tờ trình", "Submission (Party)", _P, HD36),
    _row("BB", "Biên bản", "Minutes (Party)", _P, HD36),
    _row("QTr", "Quy trình", "Procedure (Party)", _P,
         HD36 + "; listed by one secondary summary only, UNCONFIRMED"),
    _row("BS", "Bản sao", "Copy (Party)", _P, HD36 + "; seen in 24-BS/UBKTTU"),
    # --- Observed in real numbers, not in Phụ lục III / the Law / HD36.
    _row("HDLN", "Hướng dẫn liên ngành", "Inter-agency guidance", _A,
         "observed: 24/HDLN-BCA-BQP-BYT-BCT-BTC-VKSNDTC-TANDTC (2026)", observed=True),
    _row("HDLT", "Hướng dẫn liên tịch", "Joint guidance", _A,
         "observed: named in the vnplan brief as seen in joint guidance; no copy in the corpus",
         observed=True),
    _row("KL", "Kết luận", "Conclusion", _A,
         "observed: 10/KL-TT, 02/KL-TTr (inspection conclusions, 2025 report)", observed=True,
         aliases=("Kết luận thanh tra",)),
    _row("CV", "Công văn", "Official letter (legacy CV notation)", _A,
         "observed: 26/CV-DC, 12/CV-LH (enterprise letters cited in a 2026 plan)",
         observed=True),
    _row("GP", "Giấy phép", "Licence", _A,
         "observed: 507/GP-UBND, 199/GP-BNNMT, 333/GP-ATMT (licences cited in 2025-2026 texts)",
         observed=True),
    _row("QCPH", "Quy chế phối hợp", "Coordination regulation", _A,
         "observed: 49/QCPH-UBND-UBMT-HCTĐ (cited in a 2025 plan)", observed=True),
    _row("VBHN", "Văn bản hợp nhất", "Consolidated text", _N,
         "observed: 10/VBHN-BGDĐT (Ordinance on consolidation of VBQPPL, 2012); "
         "numbered without a year", observed=True),
    _row("PL", "Pháp lệnh", "Ordinance (legacy PL notation)", _N,
         "legacy: ordinances numbered N/YYYY/PL-UBTVQH<khóa> under the 1996 Law "
         "(general knowledge, UNCONFIRMED)", observed=True, year_in_number=True),
    _row("CT", "Chỉ thị", "Directive (legacy normative)", _N,
         "legacy: directives numbered N/YYYY/CT-<issuer> while they were VBQPPL "
         "(before the 2015 Law; general knowledge, UNCONFIRMED)",
         observed=True, year_in_number=True),
)  # fmt: skip
