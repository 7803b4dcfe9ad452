"""Word lists behind the citation finder (data, not code).

Read by :mod:`vnplan.text.citations`. The type names themselves come from
:mod:`vnplan.doctypes` (Decree 30/2020 Phụ lục III, the Law on legal documents,
HD36 and observed types); this module adds the generic words that introduce a
cited document ("Văn bản", "Công văn"), the words that may follow a number
written without its ký hiệu, and the words that end an issuer phrase.

Sources: ``shared/domain.md`` §1.9 (căn cứ citations give type, number, date,
issuer and title; later mentions only type and number) and the way citations
are written in the seed documents and the development corpus. Every list is
a convention of Vietnamese administrative prose, not wording of one document.
"""

from __future__ import annotations

#: Type names not in the document-type table that introduce a cited document.
#: "Văn bản" is the generic word for any official document ("Văn bản số
#: 10699/BNNMT-ĐCKS"); certificates and technical regulations are numbered items
#: that administrative texts cite like documents.
EXTRA_TYPE_NAMES: tuple[str, ...] = (
    "Văn bản",
    "Giấy chứng nhận",
    "Quy chuẩn kỹ thuật quốc gia",
    "Tiêu chuẩn quốc gia",
)

#: Type abbreviations written for the type word in press and informal text ("theo QĐ
#: 1956/QĐ-UBND", "NQ số 68"). Read as a type word only right before "số" or a number,
#: and only in this exact case (Decree 30/2020 Phụ lục III; Law on legal documents).
ABBREVIATED_TYPES: dict[str, str] = {
    "QĐ": "Quyết định", "NĐ": "Nghị định", "NQ": "Nghị quyết", "CT": "Chỉ thị",
    "TT": "Thông tư", "TTLT": "Thông tư liên tịch", "KH": "Kế hoạch", "CV": "Công văn",
    "TB": "Thông báo", "CĐ": "Công điện", "HD": "Hướng dẫn", "TTr": "Tờ trình",
    "BC": "Báo cáo", "KL": "Kết luận",
}  # fmt: skip

#: Type names that cite a document by a bare number ("Công văn 4586", "Nghị quyết
#: 68 của Chính phủ") even without "số". Names commonly followed by a count or a
#: programme number ("Báo cáo 6 tháng", "Đề án 06", "Chương trình 135") are not here.
BARE_NUMBER_TYPES: frozenset[str] = frozenset({
    "Quyết định", "Nghị quyết", "Nghị định", "Thông tư", "Thông tư liên tịch",
    "Nghị quyết liên tịch", "Chỉ thị", "Công văn", "Công điện", "Kết luận", "Thông báo",
    "Thông tri", "Quy định", "Hướng dẫn", "Tờ trình", "Kế hoạch", "Văn bản", "Luật",
    "Pháp lệnh", "Lệnh",
})  # fmt: skip

#: Type names that take a bare number only after "số" ("Đề án số 13", "Văn bản số
#: 02 ngày 21/4/2026"). Together with :data:`BARE_NUMBER_TYPES`; types in neither
#: set ("Dự án", "Chương trình", "Phiếu gửi", ...) need a ký hiệu to be a citation
#: ("Dự án số 3" names a component project of a programme, not a document).
NUMBERED_WITH_SO_TYPES: frozenset[str] = frozenset({
    "Đề án", "Báo cáo", "Biên bản", "Phương án", "Quy chế", "Quy trình", "Bộ luật",
    "Văn bản hợp nhất", "Giấy phép", "Giấy chứng nhận", "Hợp đồng", "Thông cáo",
})  # fmt: skip

#: Types cited with their name between the type word and the number:
#: "Luật Bầu cử đại biểu Quốc hội ... số 85/2015/QH13" (Decree 30/2020 Phụ lục I:
#: laws and ordinances are cited by type and name).
NAMED_TYPES: frozenset[str] = frozenset({
    "Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp", "Quy chuẩn kỹ thuật quốc gia",
    "Tiêu chuẩn quốc gia",
})  # fmt: skip

#: Lower-case words that may follow a number written without its ký hiệu for it to
#: be a citation: "Quyết định số 1956 ngày ...", "Nghị quyết số 68 của Chính phủ",
#: "Công văn 4586 về việc ...". Anything else after the bare number ("Báo cáo 02
#: lần", "Quyết định 03 cán bộ") reads as a count, not a document.
BARE_NUMBER_FOLLOWERS: frozenset[str] = frozenset({
    "ngày", "của", "về", "do", "và", "hoặc", "đã", "được", "ban", "quy", "hướng", "tại",
    "thì", "với", "là", "có", "nêu", "trên", "kèm", "v/v", "cùng", "sửa", "phê", "nay",
})  # fmt: skip

#: Words that end an issuer phrase in any case: the subject or a date starts
#: ("của Chính phủ quy định ...", "của Chính phủ\nQuy định chi tiết ...", in PDF
#: layouts often capitalised). Multi-word entries match as a whole.
ISSUER_STOPS_ANY_CASE: tuple[str, ...] = (
    "về", "về việc", "v/v", "quy định", "hướng dẫn", "ban hành", "phê duyệt", "sửa đổi",
    "bổ sung", "thực hiện", "triển khai", "đề nghị", "thông qua", "chỉ đạo", "yêu cầu",
    "đối với", "ngày", "liên quan", "áp dụng", "công bố", "phân bổ", "thay thế",
    "quyết định", "vềviệc",  # (words run together in law-firm copies)
)  # fmt: skip

#: Words that end an issuer phrase only in lower case: capitalised they occur inside
#: names ("Ban Tổ chức Trung ương", "Sở Kế hoạch và Đầu tư", "Ban Thư ký").
ISSUER_STOPS: tuple[str, ...] = (
    "tổ chức", "tại", "theo", "đã", "được", "có", "cho", "để", "nhằm", "gửi", "với",
    "trong", "là", "thì", "như", "nay", "này", "kèm", "các", "những", "số", "trên", "từ",
    "khi", "sau", "trước", "nêu", "đến", "hoặc", "cùng", "bằng", "do", "mà", "vào", "năm",
    "tháng", "quý", "cũng", "đang", "sẽ", "phải", "không", "chưa", "nhưng", "kế hoạch",
    "văn bản", "ký", "trình", "xin", "xem xét", "tiếp nhận", "một", "vừa", "chủ trì",
    "phối hợp", "tiếp tục",
)  # fmt: skip

#: Lower-case phrases after "và" that start a new clause, not a second issuer name:
#: "của UBND tỉnh và ý kiến của Sở Tài chính", "của Bộ Y tế và đề nghị của ...".
#: (A lower-case word alone is not enough: "Cục Kỹ thuật an toàn môi trường và công
#: nghiệp" is one name.)
AND_CLAUSE_STARTS: tuple[str, ...] = (
    "ý kiến", "đề nghị", "đề xuất", "kiến nghị", "chỉ đạo", "giao", "hướng dẫn",
    "quy định", "căn cứ", "thực hiện", "triển khai", "tình hình", "yêu cầu", "kết luận",
    "nhiệm vụ", "ban hành", "báo cáo", "tờ trình", "văn bản", "công văn", "quyết định",
    "nghị quyết", "thông báo", "chương trình", "kết quả", "nội dung",
)  # fmt: skip

#: Words after "cấp" that make it part of a name ("UBND cấp tỉnh"); otherwise "cấp"
#: is the verb "to grant" and ends the issuer ("Cục Hóa chất cấp ...").
LEVEL_WORDS: frozenset[str] = frozenset({
    "tỉnh", "huyện", "xã", "cơ", "trung", "bộ", "quận", "thành", "phường", "thị", "ủy",
})  # fmt: skip

#: Type names whose following words name the licensed activity, not a kind of
#: document: "Giấy phép sử dụng vật liệu nổ công nghiệp số ..." is a Giấy phép.
UNQUALIFIED_TYPES: frozenset[str] = frozenset({"Giấy phép"})

#: Words that link an issuer written *before* the citation to it: "Sở Công Thương đã
#: ban hành Kế hoạch số ...", "theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình
#: số ...", "đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số ...".
ISSUER_LINKS: tuple[str, ...] = (
    "tại", "ban hành", "có", "ký", "gửi", "phê duyệt tại", "có ý kiến tại", "ký ban hành",
    "cấp",
)  # fmt: skip
# (Each may be preceded by "đã": "Sở Công Thương đã ban hành", "đã ký ban hành".)
# "cấp": a permit or certificate granted by the body before it ("được Bộ Tài nguyên
# và Môi trường cấp Giấy phép khai thác khoáng sản số ...").

#: Head words of a person's title or of a body that can issue a document, beyond the
#: organisation heads known to the header stage (:mod:`vnplan.text.issuers`).
ISSUER_HEADS: tuple[str, ...] = (
    "CHÍNH PHỦ", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "CHÁNH VĂN PHÒNG",
    "TRƯỞNG BAN", "TRƯỞNG ĐOÀN", "CỤC TRƯỞNG", "DOANH NGHIỆP", "HỢP TÁC XÃ", "LIÊN DANH",
    "NHÀ MÁY", "XÍ NGHIỆP", "BAN THƯỜNG VỤ", "BỘ CHÍNH TRỊ", "BAN BÍ THƯ",
    "CHỦ NHIỆM", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "THỐNG ĐỐC", "TỔNG KIỂM TOÁN", "CHÁNH ÁN",
    "VIỆN TRƯỞNG", "TỔNG CỤC TRƯỞNG", "TỔNG GIÁM ĐỐC", "BÍ THƯ", "THƯỜNG TRỰC",
)  # fmt: skip

#: Words that start a subject (trích yếu) after a citation, matched case-insensitively
#: at a word start: "về việc ...", "V/v ...", "quy định chi tiết ...".
SUBJECT_STARTS: tuple[str, ...] = (
    "về việc", "về", "v/v", "quy định", "hướng dẫn", "ban hành", "phê duyệt", "sửa đổi",
    "triển khai", "thực hiện",
)  # fmt: skip

#: Issuer names that carry a comma ("Bộ Văn hóa, Thể thao và Du lịch"); any other
#: comma ends an issuer phrase.
COMMA_NAMES: tuple[str, ...] = (
    "Văn hóa, Thể thao và Du lịch",
    "Văn hoá, Thể thao và Du lịch",
    "Lao động, Thương binh và Xã hội",
    "Văn hóa, Thể thao, Du lịch",
    "Văn hoá, Thể thao, Du lịch",
    "Văn hóa, Thông tin",
    "Văn hoá, Thông tin",
    "Khoa học, Công nghệ và Môi trường",
)

#: Words in a type name that make a document joint, issued by several bodies
#: ("Thông tư liên tịch", "Quy chế phối hợp", "Hướng dẫn liên ngành").
JOINT_TYPE_WORDS: tuple[str, ...] = ("liên tịch", "phối hợp", "liên ngành", "liên bộ", "liên")

#: Titles of a person: after a comma, a second title of the same signer ("Bộ trưởng,
#: Chủ nhiệm Văn phòng Chính phủ"), not a second issuer.
TITLE_HEADS: tuple[str, ...] = (
    "CHỦ NHIỆM", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "THỐNG ĐỐC", "TỔNG KIỂM TOÁN", "CHÁNH ÁN",
    "VIỆN TRƯỞNG", "TỔNG CỤC TRƯỞNG", "CỤC TRƯỞNG", "GIÁM ĐỐC", "CHỦ TỊCH", "TRƯỞNG BAN",
    "BÍ THƯ", "TỔNG GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "TỔNG THANH TRA",
)  # fmt: skip

#: Words that, right after a joint issuer's second name, show that a new clause began
#: instead ("của UBND tỉnh, Sở Y tế chủ trì ..." is not a joint issuer): the comma
#: then ends the issuer. A joint issuer is kept as one string, as printed ("Bộ Tài
#: chính, Bộ Nội vụ"; "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ").
CLAUSE_AFTER_NAME: frozenset[str] = frozenset({
    "đã", "có", "sẽ", "đang", "vừa", "chủ", "phối", "tổ", "triển", "thực", "được", "là",
    "cần", "phải", "tiếp", "báo", "đề", "cùng", "chịu", "kiểm", "nhận", "gửi", "trình",
})  # fmt: skip
