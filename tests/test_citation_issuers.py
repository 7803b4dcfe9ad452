"""Issuer and date of a citation in messy prose (domain.md §1.9: a căn cứ gives type,
number, date, issuer and title).

Rows are written from the conventions, across issuers (ministries, provinces,
districts, communes, Party committees, Mặt trận, sở) and years; each lists the
number, date (ISO or None) and issuer the finder must report, negatives included.

Convention decided here: a joint issuer is **one string, as printed** ("Bộ Tài
chính, Bộ Nội vụ"; "Bộ Tài chính và Bộ Nội vụ"), as the annotation of the
held-out sentences keeps it.
"""

from __future__ import annotations

import pytest

from vnplan import find_citations

Row = tuple[str, list[tuple[str, str | None, str | None]]]

ISSUER_AFTER_CUA: list[Row] = [
    # names with a comma or an ampersand inside
    ("Căn cứ Công văn số 1520/LĐTBXH-BTXH ngày 12/4/2016 của Bộ Lao động, Thương binh "
     "và Xã hội về việc hướng dẫn",
     [("1520/LĐTBXH-BTXH", "2016-04-12", "Bộ Lao động, Thương binh và Xã hội")]),
    ("Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ trưởng, Chủ nhiệm Văn phòng "
     "Chính phủ hướng dẫn thể thức",
     [("01/2011/TT-BNV", "2011-01-19", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ")]),
    ("Công văn số 845/BNN-KH ngày 3/2/2015 của Bộ Nông nghiệp & PTNT về kế hoạch",
     [("845/BNN-KH", "2015-02-03", "Bộ Nông nghiệp & PTNT")]),
    # joint issuers: one string as printed
    ("Thông tư liên tịch số 160/2013/TTLT-BTC-BNV của Bộ Tài chính, Bộ Nội vụ hướng dẫn",
     [("160/2013/TTLT-BTC-BNV", None, "Bộ Tài chính, Bộ Nội vụ")]),
    ("Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN ngày 17/4/2008 của Chính phủ và "
     "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam;",
     [("09/2008/NQLT-CP-UBTWMTTQVN", "2008-04-17",
       "Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")]),
    # "giữa A và B": the parties of an agreement
    ("Quy chế phối hợp số 02/QCPH-UBND-UBMTTQ ngày 10/01/2022 giữa Ủy ban nhân dân huyện "
     "và Ủy ban Mặt trận Tổ quốc Việt Nam huyện về công tác",
     [("02/QCPH-UBND-UBMTTQ", "2022-01-10",
       "Ủy ban nhân dân huyện và Ủy ban Mặt trận Tổ quốc Việt Nam huyện")]),
    ("Chương trình phối hợp số 05/CTrPH-MTTQ-CA ngày 3/5/2019 giữa Ban Thường trực "
     "Ủy ban MTTQ tỉnh và Công an tỉnh;",
     [("05/CTrPH-MTTQ-CA", "2019-05-03", "Ban Thường trực Ủy ban MTTQ tỉnh và Công an tỉnh")]),
    ("Kết luận số 126-KL/TW ngày 14/02/2025 của Bộ Chính trị, Ban Bí thư về một số nội dung",
     [("126-KL/TW", "2025-02-14", "Bộ Chính trị, Ban Bí thư")]),
    # the right boundary
    ("Quyết định số 1234/QĐ-UBND ngày 08/6/2023 của UBND tỉnh Hà Giang, về việc phê duyệt",
     [("1234/QĐ-UBND", "2023-06-08", "UBND tỉnh Hà Giang")]),
    ("Kế hoạch số 56/KH-UBND ngày 02/3/2024 của UBND xã Tân Lập nhằm triển khai",
     [("56/KH-UBND", "2024-03-02", "UBND xã Tân Lập")]),
    ("Chỉ thị số 03/CT-UBND của Chủ tịch UBND quận Hai Bà Trưng thì các đơn vị",
     [("03/CT-UBND", None, "Chủ tịch UBND quận Hai Bà Trưng")]),
    ("(theo Công văn số 88/SYT-NVY ngày 5/01/2021 của Sở Y tế)",
     [("88/SYT-NVY", "2021-01-05", "Sở Y tế")]),
    # a comma that starts a new clause: not a joint issuer
    ("Thực hiện Kế hoạch số 45/KH-UBND của UBND tỉnh, Sở Giáo dục và Đào tạo chủ trì "
     "xây dựng",
     [("45/KH-UBND", None, "UBND tỉnh")]),
    ("Theo Quyết định số 99/QĐ-UBND của UBND huyện, Phòng Tài chính - Kế hoạch đã cấp",
     [("99/QĐ-UBND", None, "UBND huyện")]),
    # a single-issuer number: a second body after the comma is the next clause's subject
    ("Thực hiện Công văn số 12/UBND-VX của UBND huyện, Phòng Giáo dục và Đào tạo hướng dẫn "
     "các trường",
     [("12/UBND-VX", None, "UBND huyện")]),
    # ... but a joint type lists its bodies with commas
    ("Quy chế phối hợp số 02/QC-UBND ngày 01/02/2020 của UBND huyện, Ủy ban MTTQ huyện về",
     [("02/QC-UBND", "2020-02-01", "UBND huyện, Ủy ban MTTQ huyện")]),
    # "của" with a damaged tone mark (OCR, scrambled web text)
    ("Quyết định số 17/QĐ-UBND ngày 04/02/1998 cùa UBND tỉnh Bến Tre về",
     [("17/QĐ-UBND", "1998-02-04", "UBND tỉnh Bến Tre")]),
    ("Nghị quyết số 05-NQ/TU ngày 20/10/2016 cũa Ban Chấp hành Đảng bộ tỉnh về",
     [("05-NQ/TU", "2016-10-20", "Ban Chấp hành Đảng bộ tỉnh")]),
    ("Kết luận số 21-KL/TW ngày 25/10/2021 củà Ban Chấp hành Trung ương về",
     [("21-KL/TW", "2021-10-25", "Ban Chấp hành Trung ương")]),
]

ISSUER_BEFORE: list[Row] = [
    # the verb runs into the issuer: "vừa có", "mới ban hành"
    ("Bộ Công Thương vừa có Công văn số 3012/BCT-ĐTĐL gửi các tỉnh",
     [("3012/BCT-ĐTĐL", None, "Bộ Công Thương")]),
    ("Sở Tư pháp mới ban hành Kế hoạch số 77/KH-STP về",
     [("77/KH-STP", None, "Sở Tư pháp")]),
    # a parenthesis after the issuer
    ("Xét đề nghị của Sở Lao động - Thương binh và Xã hội (Cơ quan thường trực Ban chỉ đạo) "
     "tại Tờ trình số 215/TTr-SLĐTBXH ngày 9/8/2019;",
     [("215/TTr-SLĐTBXH", "2019-08-09", "Sở Lao động - Thương binh và Xã hội")]),
    # one issuer for a list of typed citations; the last has its own
    ("Theo đề nghị của Sở Tài chính tại Tờ trình số 301/TTr-STC ngày 02/5/2022, Công văn số "
     "1450/STC-QLGCS ngày 10/5/2022 và Báo cáo thẩm định số 66/BC-STP của Sở Tư pháp.",
     [("301/TTr-STC", "2022-05-02", "Sở Tài chính"),
      ("1450/STC-QLGCS", "2022-05-10", "Sở Tài chính"),
      ("66/BC-STP", None, "Sở Tư pháp")]),
    # the issuer of a second item named before its type word
    ("Xét đề nghị của Giám đốc Sở Xây dựng tại Tờ trình số 12/TTr-SXD ngày 3/3/2021 và Giám "
     "đốc Sở Tài chính tại Văn bản số 640/STC-GCS ngày 8/3/2021;",
     [("12/TTr-SXD", "2021-03-03", "Giám đốc Sở Xây dựng"),
      ("640/STC-GCS", "2021-03-08", "Giám đốc Sở Tài chính")]),
    # date (and issuer) before the type word
    ("Ngày 16/4/2020 Ủy ban nhân dân tỉnh ban hành Chỉ thị số 15/CT-UBND về phòng dịch",
     [("15/CT-UBND", "2020-04-16", "Ủy ban nhân dân tỉnh")]),
    ("Ngày 10/3/2022, Bộ Tài chính ban hành Thông tư số 15/2022/TT-BTC quy định",
     [("15/2022/TT-BTC", "2022-03-10", "Bộ Tài chính")]),
    ("Ngày 02/11/2005, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 19-KH/HU về",
     [("19-KH/HU", "2005-11-02", "Ban Thường vụ Huyện ủy")]),
    ("Ngày 23/8/2017, thay mặt Ban Thường vụ, đồng chí Bí thư đã ký ban hành văn bản số "
     "512/UBND-KT về",
     [("512/UBND-KT", "2017-08-23", None)]),
    # the date between the type word and "số"
    ("theo Quyết định ngày 12/5/2021 số 123/QĐ-UBND của UBND tỉnh Thái Bình",
     [("123/QĐ-UBND", "2021-05-12", "UBND tỉnh Thái Bình")]),
    ("Công văn ngày 05 tháng 3 năm 1999, số 45/UB-VX của UBND huyện",
     [("45/UB-VX", "1999-03-05", "UBND huyện")]),
    # the type word in front, the number in parentheses
    ("Thủ tướng Chính phủ đã có Công văn (số 1020/TTg-KTN) chỉ đạo các bộ",
     [("1020/TTg-KTN", None, "Thủ tướng Chính phủ")]),
]

SHARED_AFTER: list[Row] = [
    # an issuer after the last item names earlier items with the same issuer code
    ("(Báo cáo số 170/BC-UBND và Tờ trình số 152/TTr-UBND ngày 11/5/2026 của UBND phường "
     "Hòa Bình).",
     [("170/BC-UBND", None, "UBND phường Hòa Bình"),
      ("152/TTr-UBND", "2026-05-11", "UBND phường Hòa Bình")]),
    ("Tờ trình số 12/TTr-SYT và Công văn số 15/SNV-TCBC của Sở Nội vụ",
     [("12/TTr-SYT", None, None), ("15/SNV-TCBC", None, "Sở Nội vụ")]),  # codes differ
    # a remark in parentheses between the date and "của"
    ("Quyết định số 12/QĐ-UBND ngày 02/3/2015 (đã hết hiệu lực) của UBND tỉnh Hà Nam;",
     [("12/QĐ-UBND", "2015-03-02", "UBND tỉnh Hà Nam")]),
    ("tiếp nhận Văn bản số 343/CĐS-KH ngày 18/02/2025 (bản sao); Văn bản số 422/CĐS-KH ngày "
     "25/02/2025 (bản chính) của Cục Chuyển đổi số về việc",
     [("343/CĐS-KH", "2025-02-18", "Cục Chuyển đổi số"),
      ("422/CĐS-KH", "2025-02-25", "Cục Chuyển đổi số")]),
]

NEGATIVE: list[Row] = [
    # a date that opens another sentence is not the citation's
    ("Ngày 5/6/2023, Sở Y tế báo cáo kết quả. Theo Quyết định số 12/QĐ-UBND thì",
     [("12/QĐ-UBND", None, None)]),
    # the date of the previous item is not the next item's
    ("Tờ trình số 08/TTr-UBND ngày 05/01/2024 và Sở Nội vụ có Công văn số 14/SNV-CCVC",
     [("08/TTr-UBND", "2024-01-05", None), ("14/SNV-CCVC", None, "Sở Nội vụ")]),
    # a ";" closes a căn cứ item: the issuer written before the first is not shared
    ("Theo đề nghị của Sở Xây dựng tại Tờ trình số 88/TTr-SXD; Công văn số 90/STNMT-QLĐĐ",
     [("88/TTr-SXD", None, "Sở Xây dựng"), ("90/STNMT-QLĐĐ", None, None)]),
    # a standard after an enterprise's letter is nobody's letter
    ("Công ty TNHH Hòa Phát tại Văn bản số 12/HP-KT, Quy chuẩn QCVN 01:2019/BCT",
     [("12/HP-KT", None, "Công ty TNHH Hòa Phát"), ("QCVN01:2019/BCT", None, None)]),
    # people in general after "của"
    ("theo Công văn số 33/UBND-VP của tổ chức, cá nhân có liên quan",
     [("33/UBND-VP", None, None)]),
]


@pytest.mark.parametrize(
    ("text", "expected"), ISSUER_AFTER_CUA + ISSUER_BEFORE + SHARED_AFTER + NEGATIVE
)
def test_issuer_and_date(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    found = find_citations(text, skip_header=False)
    got = [(c.number, c.date.isoformat() if c.date else None, c.issuer) for c in found]
    assert got == expected


MORE: list[Row] = [
    # a letter after the digits: the ký hiệu is still read ("30c/NQCP" lost its hyphen)
    ("Căn cứ Nghị quyết số 30c/NQCP ngày 08/11/2011 của Chính phủ ban hành",
     [("30c/NQ-CP", "2011-11-08", "Chính phủ")]),
    ("Kế hoạch số 12a/KH-UBND ngày 01/02/2020 của UBND xã Hòa Bình;",
     [("12a/KH-UBND", "2020-02-01", "UBND xã Hòa Bình")]),
    # words run together in a law-firm copy
    ("Công văn số 77/BYT-KCB ngày 5/1/2015 của Bộ Y tế vềviệc hướng dẫn",
     [("77/BYT-KCB", "2015-01-05", "Bộ Y tế")]),
]


@pytest.mark.parametrize(("text", "expected"), MORE)
def test_more_shapes(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    found = find_citations(text, skip_header=False)
    got = [(c.number, c.date.isoformat() if c.date else None, c.issuer) for c in found]
    assert got == expected


FLAT_HEADERS = [
    # a header flattened onto one line by a document-sharing preview: its "Số:" is the
    # document's own number, not a citation
    ("UBND HUYỆN TÂN PHÚ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM PHÒNG GIÁO DỤC VÀ ĐÀO TẠO Độc "
     "lập - Tự do - Hạnh phúc Số : 215 /PGDĐT-TCCB Tân Phú, ngày 3 tháng 4 năm 2019 V/v "
     "triển khai Kế hoạch số 45/KH-UBND ngày 01/3/2019 của UBND huyện.",
     ["45/KH-UBND"]),
    # not a header: lower-case prose before the "Số:" and no capitals
    ("đề nghị ghi rõ Số: 12/KH-UBND trong hồ sơ", ["12/KH-UBND"]),
]


@pytest.mark.parametrize(("text", "expected"), FLAT_HEADERS)
def test_flattened_header_number_is_the_documents_own(text: str, expected: list[str]) -> None:
    assert [c.number for c in find_citations(text)] == expected
