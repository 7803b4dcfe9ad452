"""What is and is not a task: table-driven cases written from the conventions of plans.

A task is an item that assigns work to an agency (chủ trì, phối hợp, giao, "đề nghị X",
"X: <việc>", a row of a task table). Purposes and requirements, bases, targets, the
closing formula of the body, and bullets that restate a plan's explicit task list by
agency are not. One label block ("Đơn vị chủ trì: ...") makes one task. Expectations
were written from the text, not by running the code.
"""

from __future__ import annotations

import pytest

from vnplan.text import find_tasks
from vnplan.text.agency_phrases import read_agencies

# (text, [(task text, lead names, deadline text or None)])
Case = tuple[str, list[tuple[str, list[str], str | None]]]

CASES: dict[str, Case] = {
    # --- parts that assign no work ---------------------------------------------------
    "purposes-and-requirements": (
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Sở Y tế chủ trì bảo đảm an sinh xã hội.\n"
        "2. Yêu cầu\n- Các cơ quan, đơn vị thực hiện nghiêm túc, đúng tiến độ.\n"
        "II. NHIỆM VỤ\n1. Sở Y tế chủ trì tổ chức tiêm chủng.",
        [("Sở Y tế chủ trì tổ chức tiêm chủng.", ["Sở Y tế"], None)]),
    "targets-of-a-party-committee": (
        "II. MỤC TIÊU CHỦ YẾU\n1. Ban Tuyên giáo Tỉnh ủy chủ trì đạt 100% chi bộ được quán "
        "triệt.\nIII. NHIỆM VỤ\n1. Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền Nghị quyết.",
        [("Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền Nghị quyết.",
          ["Ban Tuyên giáo Tỉnh ủy"], None)]),
    "who-is-covered": (
        "1. Đối tượng thực hiện\n- Cơ quan chủ quản Chương trình, chủ đầu tư.\n"
        "- Ủy ban nhân dân xã thực hiện giám sát cộng đồng.", []),
    "bases-of-a-commune-plan": (
        "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n- Ủy ban nhân dân huyện giao Phòng Nội vụ hướng dẫn.\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Công an xã chủ trì bảo đảm an ninh trật tự.",
        [("Công an xã chủ trì bảo đảm an ninh trật tự.", ["Công an xã"], None)]),
    "target-heading-with-tasks-is-kept": (
        "II. MỤC TIÊU, NHIỆM VỤ\n1. Sở Tài chính chủ trì bố trí kinh phí.",
        [("Sở Tài chính chủ trì bố trí kinh phí.", ["Sở Tài chính"], None)]),
    # --- the closing formula ---------------------------------------------------------
    "closing-after-the-last-item": (
        "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Tư pháp chủ trì theo dõi việc thực hiện.\n"
        "Trên đây là Kế hoạch của Ủy ban nhân dân tỉnh, đề nghị các cơ quan triển khai "
        "thực hiện./.",
        [("Sở Tư pháp chủ trì theo dõi việc thực hiện.", ["Sở Tư pháp"], None)]),
    "closing-exhortation-ends-with-the-end-mark": (
        "15. Công an tỉnh chủ trì bảo đảm an ninh.\nCác cơ quan, đơn vị, địa phương căn cứ "
        "chức năng, nhiệm vụ, khẩn trương triển khai thực hiện Kế hoạch này./.",
        [("Công an tỉnh chủ trì bảo đảm an ninh.", ["Công an tỉnh"], None)]),
    "closing-difficulties": (
        "3. Sở Nội vụ chủ trì hướng dẫn.\n4. Trong quá trình thực hiện, nếu có khó khăn, "
        "vướng mắc, đề nghị các sở, ngành phản ánh về Sở Nội vụ.",
        [("Sở Nội vụ chủ trì hướng dẫn.", ["Sở Nội vụ"], None)]),
    "last-numbered-item-is-still-a-task": (
        "6. Giao Sở Tư pháp theo dõi, đôn đốc, báo cáo UBND tỉnh theo quy định./.",
        [("Giao Sở Tư pháp theo dõi, đôn đốc, báo cáo UBND tỉnh theo quy định./.",
          ["Sở Tư pháp"], None)]),
    # --- label blocks ----------------------------------------------------------------
    "several-label-blocks-under-one-item": (
        "5. Nghiên cứu giải pháp thu hút nguồn nhân lực.\n"
        "- Nghiên cứu tham mưu ban hành chính sách thu hút.\n"
        "Đơn vị chủ trì: Sở Nội vụ.\nThời gian thực hiện: Năm 2026.\n"
        "- Ưu tiên bố trí cán bộ có năng lực.\n"
        "Đơn vị chủ trì: Các cơ quan, đơn vị, địa phương.\nThời gian thực hiện: Thường xuyên.",
        [("Nghiên cứu tham mưu ban hành chính sách thu hút.", ["Sở Nội vụ"], "Năm 2026"),
         ("Ưu tiên bố trí cán bộ có năng lực.", ["Các cơ quan, đơn vị, địa phương"],
          "Thường xuyên")]),
    "content-label-over-bullets-is-one-task": (
        "2. Về các nền tảng số\na) Nhiệm vụ:\n- Triển khai các nền tảng số dùng chung.\n"
        "- Nâng cấp các hệ thống thông tin.\nb) Cơ quan thực hiện:\n"
        "- Đơn vị chủ trì: Công an Thành phố.\nc) Thời gian thực hiện: Thực hiện thường xuyên.",
        [("Triển khai các nền tảng số dùng chung. Nâng cấp các hệ thống thông tin.",
          ["Công an Thành phố"], "Thực hiện thường xuyên")]),
    "paragraph-under-a-heading-is-the-task": (
        "9. Tổ chức nghiên cứu, học tập kinh nghiệm\n"
        "Tham mưu tổ chức Đoàn của tỉnh đi học tập kinh nghiệm.\n"
        "- Đơn vị chủ trì: Sở Tư pháp.\n- Thời gian thực hiện: Hằng năm.",
        [("Tham mưu tổ chức Đoàn của tỉnh đi học tập kinh nghiệm.", ["Sở Tư pháp"],
          "Hằng năm")]),
    "wrapped-label-value-after-a-blank-line": (
        "3. Tập huấn nghiệp vụ\n- Tập huấn cho cán bộ cấp xã.\n- Đơn vị chủ trì: Sở Nội vụ.\n"
        "- Đơn vị phối hợp: Văn phòng UBND tỉnh; các cơ quan, đơn vị\n\nliên quan.\n"
        "- Thời gian thực hiện: Quý III/2026.",
        [("Tập huấn cho cán bộ cấp xã.", ["Sở Nội vụ"], "Quý III/2026")]),
    # --- steps with their own deadlines ---------------------------------------------
    "steps-with-their-own-deadlines": (
        "2.1. Chuẩn bị nhân sự và tổ chức các hội nghị hiệp thương.\n"
        "(1) Tổ chức hiệp thương lần thứ nhất: Chậm nhất ngày 10/12/2025.\n"
        "(2) Tổ chức hiệp thương lần thứ hai: Chậm nhất ngày 03/02/2026.\n"
        "(3) Tổng hợp kết quả hiệp thương.\n"
        "- Thời gian hoàn thành: Quý IV/2025 và Quý I/2026;\n"
        "- Đơn vị chủ trì: Ban Thường trực Ủy ban MTTQ Việt Nam xã",
        [("Chuẩn bị nhân sự và tổ chức các hội nghị hiệp thương.",
          ["Ban Thường trực Ủy ban MTTQ Việt Nam xã"], "Quý IV/2025 và Quý I/2026"),
         ("Tổ chức hiệp thương lần thứ nhất: Chậm nhất ngày 10/12/2025.",
          ["Ban Thường trực Ủy ban MTTQ Việt Nam xã"], "Chậm nhất ngày 10/12/2025"),
         ("Tổ chức hiệp thương lần thứ hai: Chậm nhất ngày 03/02/2026.",
          ["Ban Thường trực Ủy ban MTTQ Việt Nam xã"], "Chậm nhất ngày 03/02/2026")]),
    "deadline-label-over-steps": (
        "4. Rà soát văn bản quy phạm pháp luật\n- Cơ quan thực hiện: Bộ Tư pháp.\n"
        "- Thời gian thực hiện:\n+ Các bộ, cơ quan ngang bộ gửi kết quả rà soát về Bộ Tư pháp "
        "trước ngày 15 tháng 12 năm 2025.\n+ Bộ Tư pháp tổng hợp, báo cáo Thủ tướng Chính phủ "
        "trước ngày 31 tháng 12 năm 2025.",
        [("Các bộ, cơ quan ngang bộ gửi kết quả rà soát về Bộ Tư pháp trước ngày 15 tháng 12 "
          "năm 2025.", ["Các bộ, cơ quan ngang bộ"], "trước ngày 15 tháng 12 năm 2025"),
         ("Bộ Tư pháp tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 31 tháng 12 năm 2025.",
          ["Bộ Tư pháp"], "trước ngày 31 tháng 12 năm 2025")]),
    # --- phases and addressees ---------------------------------------------------------
    "phases-of-a-propaganda-plan": (
        "2. Nội dung tuyên truyền theo thời gian\n2.1. Đợt 1: Trong tháng 12/2025\n"
        "- Tuyên truyền Chỉ thị của Bộ Chính trị.\n- Tuyên truyền hoạt động của Quốc hội.\n"
        "2.2. Đợt 2: Từ tháng 01 đến tháng 3/2026\n- Tập trung tuyên truyền về ngày bầu cử.",
        [("Tuyên truyền Chỉ thị của Bộ Chính trị. Tuyên truyền hoạt động của Quốc hội.", [],
          "Trong tháng 12/2025"),
         ("Tập trung tuyên truyền về ngày bầu cử.", [], "Từ tháng 01 đến tháng 3/2026")]),
    "a-step-without-a-time-is-not-a-phase": (
        "2.1. Bước 1: Rà soát hồ sơ\n- Kiểm tra thành phần hồ sơ.", []),
    "addressed-with-doi-voi": (
        "6. Những vấn đề khác\n6.1. Đối với Đoàn kiểm tra: Các thành viên thực hiện nghiêm "
        "túc Kế hoạch.\n6.2. Đối với đơn vị được kiểm tra: Chuẩn bị báo cáo bằng văn bản.",
        [("Các thành viên thực hiện nghiêm túc Kế hoạch.", ["Đoàn kiểm tra"], None),
         ("Chuẩn bị báo cáo bằng văn bản.", ["đơn vị được kiểm tra"], None)]),
    "doi-voi-a-topic-is-not-an-addressee": (
        "3. Đối với các dự án chậm tiến độ: rà soát, đánh giá nguyên nhân.", []),
    # --- who is the assignee -----------------------------------------------------------
    "the-bodies-of-other-tasks-are-no-assignee": (
        "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì theo dõi, đôn đốc.\n2. Các cơ quan, đơn "
        "vị được giao chủ trì có trách nhiệm hoàn thành nhiệm vụ được phân công.",
        [("Sở Nội vụ chủ trì theo dõi, đôn đốc.", ["Sở Nội vụ"], None)]),
    "group-of-bodies-before-can-cu": (
        "2. Các Sở, ban, ngành, UBND xã, phường và các cơ quan, tổ chức có liên quan căn cứ "
        "Kế hoạch này xây dựng kế hoạch triển khai.",
        [("Các Sở, ban, ngành, UBND xã, phường và các cơ quan, tổ chức có liên quan căn cứ "
          "Kế hoạch này xây dựng kế hoạch triển khai.",
          ["Các Sở, ban, ngành", "UBND xã, phường", "các cơ quan, tổ chức có liên quan"],
          None)]),
    "reporting-regime-part-is-read-as-reporting": (
        "V. CHẾ ĐỘ BÁO CÁO\n- Sở Nông nghiệp và Môi trường tổng hợp, báo cáo Ủy ban nhân dân "
        "tỉnh trước ngày 15/12 hằng năm.", []),
    "execution-article-of-a-decision": (
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở, Chủ tịch Ủy ban nhân "
        "dân các xã chịu trách nhiệm thi hành Quyết định này.", []),
    "deadline-of-issuing-a-decree": (
        "5. Xây dựng Nghị định của Chính phủ\n- Nghị định quy định chi tiết Luật\n"
        "+ Cơ quan chủ trì: Bộ Công an.\n+ Thời hạn ban hành: trước ngày 01 tháng 01 năm 2026.",
        [("Nghị định quy định chi tiết Luật", ["Bộ Công an"],
          "trước ngày 01 tháng 01 năm 2026")]),
    "deadline-of-submitting": (
        "2. Xây dựng Đề án phát triển du lịch\n- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du "
        "lịch.\n- Thời hạn trình: Quý III/2026.",
        [("Xây dựng Đề án phát triển du lịch", ["Sở Văn hóa, Thể thao và Du lịch"],
          "Quý III/2026")]),
    "blank-form-fields-are-not-tasks": (
        "PHỤ LỤC\nMẪU TỜ TRÌNH\n1. Tên dự án:\n2. Người quyết định đầu tư:\n"
        "3. Thời gian thực hiện:\n4. Nhà thầu khảo sát xây dựng:", []),
    "people-and-their-duties-in-a-party-sub-committee": (
        "IV. TỔ CHỨC THỰC HIỆN\n1. Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban: Phụ "
        "trách chung.\n2. Đồng chí Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu ban: "
        "Trực tiếp chỉ đạo công tác trang trí.",
        [("Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban: Phụ trách chung.",
          ["Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban"], None),
         ("Đồng chí Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu ban: Trực tiếp chỉ "
          "đạo công tác trang trí.",
          ["Đồng chí Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu ban"], None)]),
    "more-duty-verbs-after-the-subject": (
        "IV. TỔ CHỨC THỰC HIỆN\n4. Các Sở, ngành, đơn vị liên quan kiện toàn đội ngũ công "
        "chức pháp chế.\n5. Hội Nông dân tỉnh phải tuyên truyền đến hội viên.",
        [("Các Sở, ngành, đơn vị liên quan kiện toàn đội ngũ công chức pháp chế.",
          ["Các Sở, ngành, đơn vị liên quan"], None),
         ("Hội Nông dân tỉnh phải tuyên truyền đến hội viên.", ["Hội Nông dân tỉnh"], None)]),
    "businesses-addressed-by-a-heading": (
        "14. Doanh nghiệp viễn thông: Bảo đảm thông tin liên lạc thông suốt.",
        [("Bảo đảm thông tin liên lạc thông suốt.", ["Doanh nghiệp viễn thông"], None)]),
}

EXPLICIT_PLAN = (
    "II. NHIỆM VỤ\n"
    "1. Tuyên truyền Luật.\nCơ quan chủ trì: Sở Tư pháp.\nThời gian thực hiện: Quý I/2026.\n"
    "2. Tập huấn cán bộ.\nCơ quan chủ trì: Sở Nội vụ.\nThời gian thực hiện: Quý II/2026.\n"
    "3. Kiểm tra thi hành.\nCơ quan chủ trì: Thanh tra tỉnh.\nThời gian thực hiện: Năm 2026.\n"
    "III. TỔ CHỨC THỰC HIỆN\n1. Sở Tư pháp\n- Theo dõi, đôn đốc việc thực hiện Kế hoạch.\n"
    "- Tổng hợp kết quả thực hiện.\n2. Sở Tài chính chủ trì bố trí kinh phí.")


# Word tables lose their automatic row numbers in conversion: the TT cells come out empty.
UNNUMBERED_TABLE = """PHÂN CÔNG NHIỆM VỤ CỦA TỔ CÔNG TÁC
TT
Nhiệm vụ thực hiện
Người thực hiện
Ghi chú
\t
Rà soát hồ sơ của học viên
Đỗ Mạnh Cường
Nguyễn Thị Loan

\t
Tổ chức chấm bài
Vũ Việt Linh

\t
In ấn chứng chỉ
Vũ Việt Linh
"""

UNNUMBERED_AGENCY_TABLE = """Nội dung công việc
Cơ quan chủ trì
Thời hạn hoàn thành

Tổ chức tập huấn cho cán bộ xã
Sở Nội vụ
Quý II/2026

Kiểm tra công tác văn thư
Văn phòng Ủy ban nhân dân tỉnh
Tháng 10/2026

Nơi nhận:
- Như trên;
"""


@pytest.mark.parametrize(("text", "expected"), [
    (UNNUMBERED_TABLE, [
        ("Rà soát hồ sơ của học viên", ["Đỗ Mạnh Cường", "Nguyễn Thị Loan"], None),
        ("Tổ chức chấm bài", ["Vũ Việt Linh"], None),
        ("In ấn chứng chỉ", ["Vũ Việt Linh"], None)]),
    (UNNUMBERED_AGENCY_TABLE, [
        ("Tổ chức tập huấn cho cán bộ xã", ["Sở Nội vụ"], "Quý II/2026"),
        ("Kiểm tra công tác văn thư", ["Văn phòng Ủy ban nhân dân tỉnh"], "Tháng 10/2026")]),
], ids=["people", "agencies-and-deadlines"])
def test_table_without_row_numbers(text: str,
                                   expected: list[tuple[str, list[str], str | None]]) -> None:
    got = [(t.text.text, [a.text for a in t.lead],
            t.deadline_text.text if t.deadline_text else None) for t in find_tasks(text)]
    assert got == expected


def test_items_after_a_colon_assignment_inherit_its_agency() -> None:
    text = ("III. TỔ CHỨC THỰC HIỆN\n1. Giao phòng Quản lý Công nghiệp thực hiện các công "
            "việc sau:\n2. Tổ chức kiểm tra kỹ thuật an toàn.\n3. Chuẩn bị các điều kiện "
            "cần thiết khác.\n4. Văn phòng Sở bố trí xe phục vụ đoàn kiểm tra.")
    got = [(t.text.text, [a.text for a in t.lead]) for t in find_tasks(text)]
    assert got == [
        ("Giao phòng Quản lý Công nghiệp thực hiện các công việc sau:",
         ["phòng Quản lý Công nghiệp"]),
        ("Tổ chức kiểm tra kỹ thuật an toàn.", ["phòng Quản lý Công nghiệp"]),
        ("Chuẩn bị các điều kiện cần thiết khác.", ["phòng Quản lý Công nghiệp"]),
        ("Văn phòng Sở bố trí xe phục vụ đoàn kiểm tra.", ["Văn phòng Sở"])]


def test_items_after_an_ordinary_item_inherit_nothing() -> None:
    text = ("1. Sở Y tế chủ trì tiêm chủng.\n2. Tổ chức kiểm tra kỹ thuật an toàn.")
    assert [t.text.text for t in find_tasks(text)] == ["Sở Y tế chủ trì tiêm chủng."]


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_tasks(text: str, expected: list[tuple[str, list[str], str | None]]) -> None:
    got = [(t.text.text, [a.text for a in t.lead],
            t.deadline_text.text if t.deadline_text else None) for t in find_tasks(text)]
    assert got == expected


def test_agency_bullets_restating_explicit_tasks_are_dropped() -> None:
    texts = [t.text.text for t in find_tasks(EXPLICIT_PLAN)]
    assert texts == ["Tuyên truyền Luật.", "Tập huấn cán bộ.", "Kiểm tra thi hành.",
                     "Sở Tài chính chủ trì bố trí kinh phí."]


def test_wrapped_label_value_keeps_its_end() -> None:
    text = CASES["wrapped-label-value-after-a-blank-line"][0]
    (task,) = find_tasks(text)
    assert [a.text for a in task.coordinators] == [
        "Văn phòng UBND tỉnh", "các cơ quan, đơn vị liên quan"]


def test_agency_bullets_are_tasks_without_an_explicit_list() -> None:
    text = EXPLICIT_PLAN[EXPLICIT_PLAN.index("III."):]
    texts = [(t.text.text, [a.text for a in t.lead]) for t in find_tasks(text)]
    assert texts == [("Theo dõi, đôn đốc việc thực hiện Kế hoạch.", ["Sở Tư pháp"]),
                     ("Tổng hợp kết quả thực hiện.", ["Sở Tư pháp"]),
                     ("Sở Tài chính chủ trì bố trí kinh phí.", ["Sở Tài chính"])]


@pytest.mark.parametrize("text", [
    "Cơ quan nào được giao chủ trì thực hiện nhiệm vụ này?",
    "1. Cơ quan, đơn vị nào chủ trì thẩm định hồ sơ?",
    "2. Đơn vị nào có trách nhiệm báo cáo kết quả?",
    "3. Sở Tư pháp có trách nhiệm rà soát văn bản nào?",
])
def test_questions_assign_no_work(text: str) -> None:
    assert find_tasks(text) == []


def test_which_body_is_not_a_body() -> None:
    assert read_agencies("Cơ quan nào được giao chủ trì") is None
    found = read_agencies("Sở Tư pháp và đơn vị nào khác")
    assert found is not None
    assert [name for name, _, _ in found.names] == ["Sở Tư pháp"]


NUMBERED_CELL_TABLE = """TT
Tên nhiệm vụ
Sở, ngành chủ trì
Đơn vị phối hợp
Thời gian thực hiện
Ghi chú

1
Rà soát đội ngũ cán bộ quản lý khoáng sản

Sở Nội vụ
Các Sở, ban, ngành
Hàng năm

2
Bồi thường, giải phóng mặt bằng các dự án khoáng sản.
UBND các xã, phường
Các Sở, ban, ngành
Thường xuyên



[1] Đặc biệt: Luật Địa chất và khoáng sản ngày 29/11/2024;
các Nghị định của Chính phủ quy định chi tiết.
"""


def test_cell_table_with_an_empty_line_in_a_row_and_footnotes_after() -> None:
    got = [(t.text.text, [a.text for a in t.lead], [a.text for a in t.coordinators],
            t.deadline_text.text if t.deadline_text else None)
           for t in find_tasks(NUMBERED_CELL_TABLE)]
    assert got == [
        ("Rà soát đội ngũ cán bộ quản lý khoáng sản", ["Sở Nội vụ"], ["Các Sở, ban, ngành"],
         "Hàng năm"),
        ("Bồi thường, giải phóng mặt bằng các dự án khoáng sản.", ["UBND các xã, phường"],
         ["Các Sở, ban, ngành"], "Thường xuyên")]
