"""Agency abbreviations and naming keywords, as data.

Decree 30/2020 leaves the abbreviations of organisations to each organisation's head
(Phụ lục I, "no national list"), so this is a registry of the abbreviations seen in real
document numbers and headers, not an official list. Sources are the tags of
``shared/domain.md``: ministries after the 2025 restructuring [S: S21], legacy ministry
abbreviations valid in older numbers [S: S11], Party issuers [S: S11, S14, S15].

Three tables:

``AGENCIES``
    ``(abbreviation, full name, kind, level, successor)`` for abbreviations that name a
    whole agency ("BTC" is Bộ Tài chính). ``successor`` is the abbreviation of the body a
    legacy agency merged into, or ``""``. Kinds and levels are the values of
    :class:`vnplan.agencies.AgencyKind` and :class:`vnplan.agencies.AgencyLevel`;
    ``""`` means the level depends on the locality written after the name.

``PHRASES``
    ``(abbreviation, phrase)`` for abbreviations used *inside* agency names ("UBND tỉnh",
    "Sở LĐTBXH"). These are expanded wherever they occur as a word.

``KIND_PREFIXES`` and ``LEVEL_WORDS``
    leading words that tell an agency's kind, and locality words that tell its level.
"""

from __future__ import annotations

# (abbreviation, full name, kind, level, successor)
AGENCIES: tuple[tuple[str, str, str, str, str], ...] = (
    # Central state bodies
    ("QH", "Quốc hội", "legislature", "central", ""),
    ("UBTVQH", "Ủy ban Thường vụ Quốc hội", "legislature", "central", ""),
    ("CTN", "Chủ tịch nước", "state_president", "central", ""),
    ("CP", "Chính phủ", "government", "central", ""),
    ("TTg", "Thủ tướng Chính phủ", "government", "central", ""),
    ("VPCP", "Văn phòng Chính phủ", "ministry", "central", ""),
    ("TANDTC", "Tòa án nhân dân tối cao", "court", "central", ""),
    ("VKSNDTC", "Viện kiểm sát nhân dân tối cao", "procuracy", "central", ""),
    ("KTNN", "Kiểm toán nhà nước", "audit", "central", ""),
    # Ministries and ministry-level bodies after March 2025 (Decision 09/2025/QĐ-TTg)
    ("BCA", "Bộ Công an", "ministry", "central", ""),
    ("BCT", "Bộ Công Thương", "ministry", "central", ""),
    ("BGDĐT", "Bộ Giáo dục và Đào tạo", "ministry", "central", ""),
    ("BKHCN", "Bộ Khoa học và Công nghệ", "ministry", "central", ""),
    ("BNG", "Bộ Ngoại giao", "ministry", "central", ""),
    ("BNV", "Bộ Nội vụ", "ministry", "central", ""),
    ("BNNMT", "Bộ Nông nghiệp và Môi trường", "ministry", "central", ""),
    ("BQP", "Bộ Quốc phòng", "ministry", "central", ""),
    ("BTC", "Bộ Tài chính", "ministry", "central", ""),
    ("BTP", "Bộ Tư pháp", "ministry", "central", ""),
    ("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch", "ministry", "central", ""),
    ("BXD", "Bộ Xây dựng", "ministry", "central", ""),
    ("BYT", "Bộ Y tế", "ministry", "central", ""),
    ("NHNN", "Ngân hàng Nhà nước Việt Nam", "ministry", "central", ""),
    ("TTCP", "Thanh tra Chính phủ", "ministry", "central", ""),
    # UNCONFIRMED abbreviation (domain.md §2.3: seen only in placeholders).
    ("BDTTG", "Bộ Dân tộc và Tôn giáo", "ministry", "central", ""),
    # Legacy ministries, valid in numbers issued before the 2025 mergers
    # (merger mapping [S: S11]; effective date 01/3/2025 UNCONFIRMED).
    ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội", "ministry", "central", "BNV"),
    ("BTTTT", "Bộ Thông tin và Truyền thông", "ministry", "central", "BKHCN"),
    ("BKHĐT", "Bộ Kế hoạch và Đầu tư", "ministry", "central", "BTC"),
    ("BGTVT", "Bộ Giao thông vận tải", "ministry", "central", "BXD"),
    ("BTNMT", "Bộ Tài nguyên và Môi trường", "ministry", "central", "BNNMT"),
    ("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn", "ministry", "central", "BNNMT"),
    ("UBDT", "Ủy ban Dân tộc", "ministry", "central", "BDTTG"),
    # Local state bodies: the level comes from the locality written after them
    ("UBND", "Ủy ban nhân dân", "people_committee", "", ""),
    ("HĐND", "Hội đồng nhân dân", "people_council", "", ""),
    ("VPUBND", "Văn phòng Ủy ban nhân dân", "unit", "", ""),
    # Provincial departments (sở), as abbreviated in numbers such as 1050/QĐ-SCT
    ("STC", "Sở Tài chính", "department", "province", ""),
    ("SNV", "Sở Nội vụ", "department", "province", ""),
    ("STP", "Sở Tư pháp", "department", "province", ""),
    ("SCT", "Sở Công Thương", "department", "province", ""),
    ("SXD", "Sở Xây dựng", "department", "province", ""),
    ("SYT", "Sở Y tế", "department", "province", ""),
    ("SGDĐT", "Sở Giáo dục và Đào tạo", "department", "province", ""),
    ("SKHCN", "Sở Khoa học và Công nghệ", "department", "province", ""),
    ("SNNMT", "Sở Nông nghiệp và Môi trường", "department", "province", ""),
    ("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "department", "province", ""),
    ("SKHĐT", "Sở Kế hoạch và Đầu tư", "department", "province", "STC"),
    ("SLĐTBXH", "Sở Lao động - Thương binh và Xã hội", "department", "province", "SNV"),
    ("STTTT", "Sở Thông tin và Truyền thông", "department", "province", "SKHCN"),
    ("STNMT", "Sở Tài nguyên và Môi trường", "department", "province", "SNNMT"),
    ("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "department", "province", "SNNMT"),
    ("SGTVT", "Sở Giao thông vận tải", "department", "province", "SXD"),
    # Party bodies (Hướng dẫn 36-HD/VPTW issuer abbreviations [S: S11, S14, S15])
    ("TW", "Ban Chấp hành Trung ương", "party", "central", ""),
    ("VPTW", "Văn phòng Trung ương Đảng", "party", "central", ""),
    ("BTGDVTW", "Ban Tuyên giáo và Dân vận Trung ương", "party", "central", ""),
    ("TU", "Tỉnh ủy", "party", "province", ""),
    ("HU", "Huyện ủy", "party", "district", ""),
    ("ĐU", "Đảng ủy", "party", "", ""),
    ("BCSĐ", "Ban cán sự đảng", "party", "", ""),
    ("UBKTTU", "Ủy ban Kiểm tra Tỉnh ủy", "party", "province", ""),
    ("BTGTU", "Ban Tuyên giáo Tỉnh ủy", "party", "province", ""),
    # Vietnam Fatherland Front and mass organisations
    ("MTTQ", "Mặt trận Tổ quốc Việt Nam", "front", "", ""),
    ("UBMTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam", "front", "", ""),
    ("TLĐLĐVN", "Tổng Liên đoàn Lao động Việt Nam", "mass_organisation", "central", ""),
    ("LĐLĐ", "Liên đoàn Lao động", "mass_organisation", "", ""),
    ("ĐTN", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "mass_organisation", "", ""),
    ("HLHPN", "Hội Liên hiệp Phụ nữ Việt Nam", "mass_organisation", "", ""),
    ("HND", "Hội Nông dân Việt Nam", "mass_organisation", "", ""),
    ("HCCB", "Hội Cựu chiến binh Việt Nam", "mass_organisation", "", ""),
)

# (abbreviation, phrase) expanded wherever the abbreviation stands as a word.
PHRASES: tuple[tuple[str, str], ...] = (
    ("UBND", "Ủy ban nhân dân"),
    ("HĐND", "Hội đồng nhân dân"),
    ("UBMTTQ", "Ủy ban Mặt trận Tổ quốc"),
    ("UBMTTQVN", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
    ("MTTQ", "Mặt trận Tổ quốc"),
    ("MTTQVN", "Mặt trận Tổ quốc Việt Nam"),
    ("VP", "Văn phòng"),
    ("BCH", "Ban Chấp hành"),
    ("BCĐ", "Ban Chỉ đạo"),
    ("BQL", "Ban Quản lý"),
    ("TW", "Trung ương"),
    ("TP", "thành phố"),
    ("TP.", "thành phố"),
    ("TX", "thị xã"),
    ("TX.", "thị xã"),
    ("HCM", "Hồ Chí Minh"),
    ("LĐTBXH", "Lao động - Thương binh và Xã hội"),
    ("LĐ-TB&XH", "Lao động - Thương binh và Xã hội"),
    ("LĐ-TBXH", "Lao động - Thương binh và Xã hội"),
    ("KHĐT", "Kế hoạch và Đầu tư"),
    ("KH&ĐT", "Kế hoạch và Đầu tư"),
    ("GDĐT", "Giáo dục và Đào tạo"),
    ("GD&ĐT", "Giáo dục và Đào tạo"),
    ("KHCN", "Khoa học và Công nghệ"),
    ("KH&CN", "Khoa học và Công nghệ"),
    ("TNMT", "Tài nguyên và Môi trường"),
    ("TN&MT", "Tài nguyên và Môi trường"),
    ("NNPTNT", "Nông nghiệp và Phát triển nông thôn"),
    ("NN&PTNT", "Nông nghiệp và Phát triển nông thôn"),
    ("NNMT", "Nông nghiệp và Môi trường"),
    ("TTTT", "Thông tin và Truyền thông"),
    ("TT&TT", "Thông tin và Truyền thông"),
    ("GTVT", "Giao thông vận tải"),
    ("VHTTDL", "Văn hóa, Thể thao và Du lịch"),
    ("VHTT&DL", "Văn hóa, Thể thao và Du lịch"),
    ("BHXH", "Bảo hiểm xã hội"),
    ("NHCSXH", "Ngân hàng Chính sách xã hội"),
)

# (leading words, kind); the longest matching prefix wins, so "ủy ban nhân dân" beats
# "ủy ban". Matching ignores case, tone placement and punctuation.
KIND_PREFIXES: tuple[tuple[str, str], ...] = (
    ("Quốc hội", "legislature"),
    ("Ủy ban Thường vụ Quốc hội", "legislature"),
    ("Chủ tịch nước", "state_president"),
    ("Chính phủ", "government"),
    ("Thủ tướng", "government"),
    ("Văn phòng Chính phủ", "ministry"),
    ("Thanh tra Chính phủ", "ministry"),
    ("Ngân hàng Nhà nước", "ministry"),
    ("Bộ", "ministry"),
    ("Bộ Chính trị", "party"),
    ("Bộ Chỉ huy", "armed_forces"),
    ("Bộ Tư lệnh", "armed_forces"),
    ("Công an", "armed_forces"),
    ("Tòa án", "court"),
    ("Viện kiểm sát", "procuracy"),
    ("Kiểm toán nhà nước", "audit"),
    ("Ủy ban nhân dân", "people_committee"),
    ("Hội đồng nhân dân", "people_council"),
    ("Sở", "department"),
    ("Tỉnh ủy", "party"),
    ("Thành ủy", "party"),
    ("Huyện ủy", "party"),
    ("Quận ủy", "party"),
    ("Thị ủy", "party"),
    ("Đảng ủy", "party"),
    ("Đảng bộ", "party"),
    ("Chi bộ", "party"),
    ("Ban Chấp hành Trung ương", "party"),
    ("Ban Bí thư", "party"),
    ("Ban cán sự đảng", "party"),
    ("Ban Thường vụ Tỉnh ủy", "party"),
    ("Ban Tuyên giáo", "party"),
    ("Ban Tổ chức", "party"),
    ("Ban Dân vận", "party"),
    ("Ban Nội chính", "party"),
    ("Ủy ban Kiểm tra", "party"),
    ("Văn phòng Trung ương Đảng", "party"),
    ("Mặt trận Tổ quốc", "front"),
    ("Ủy ban Mặt trận Tổ quốc", "front"),
    ("Đoàn Thanh niên", "mass_organisation"),
    ("Hội Liên hiệp Phụ nữ", "mass_organisation"),
    ("Hội Nông dân", "mass_organisation"),
    ("Hội Cựu chiến binh", "mass_organisation"),
    ("Liên đoàn Lao động", "mass_organisation"),
    ("Tổng Liên đoàn Lao động", "mass_organisation"),
    ("Công đoàn", "mass_organisation"),
    ("Ban Chỉ đạo", "board"),
    ("Hội đồng", "board"),
    ("Đoàn kiểm tra", "board"),
    ("Đoàn công tác", "board"),
    ("Tổ công tác", "board"),
    ("Tiểu ban", "board"),
    ("Ủy ban bầu cử", "board"),
    ("Cục", "unit"),
    ("Tổng cục", "unit"),
    ("Vụ", "unit"),
    ("Chi cục", "unit"),
    ("Phòng", "unit"),
    ("Văn phòng", "unit"),
    ("Trung tâm", "unit"),
    ("Ban Quản lý", "unit"),
    ("Thanh tra", "unit"),
    ("Công ty", "enterprise"),
    ("Tổng công ty", "enterprise"),
    ("Tập đoàn", "enterprise"),
)

# (locality word, level); a word anywhere in the name decides the level, the first found
# from the left wins ("Ủy ban nhân dân xã X, tỉnh Y" is a commune body).
LEVEL_WORDS: tuple[tuple[str, str], ...] = (
    ("tỉnh", "province"),
    ("xã", "commune"),
    ("phường", "commune"),
    ("thị trấn", "commune"),
    ("đặc khu", "commune"),
    ("huyện", "district"),
    ("quận", "district"),
    ("thị xã", "district"),
    ("trung ương", "central"),
)

# (phrase, index of its locality word) where that word does not name a locality.
NOT_LOCALITY: tuple[tuple[str, int], ...] = (
    ("xã hội", 0),
    ("Thông tấn xã", 2),
)

# Centrally-run cities (thành phố trực thuộc trung ương) since 01/7/2025 [S: S25]; a
# "thành phố" named otherwise is a provincial city (district level before 01/7/2025).
CENTRAL_CITIES: tuple[str, ...] = (
    "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế",
)  # fmt: skip
