"""Tasks: the items of a plan (or directive) that assign work, with who and by when.

Plans assign work in four shapes, all read here from the section tree of
:func:`~vnplan.text.structure.parse_structure` (and, for tables, from the lines of
:func:`~vnplan.text.normalize.normalize_text`):

1. **label blocks** under an item: "Chủ trì thực hiện: Sở Y tế", "Cơ quan phối hợp:
   ...", "Thời gian hoàn thành: trước ngày 31/12/2021", "Nội dung: ..."; one label block
   makes one task: the item, or the bullets the block follows (joined), or the "Nội
   dung" text; a step of the item with its own calendar deadline is a task of its own;
2. **agency headings**: "2. Sở Tài chính:" or "1. Sở Công Thương" over a list of
   bullets, in the "Tổ chức thực hiện" / "Phân công nhiệm vụ" part: each bullet is a
   task of that agency, unless the plan lists its tasks explicitly (label blocks, a
   task table) and the bullets only restate them;
3. **sentences**: "Sở Tài chính chủ trì, phối hợp với các sở, ngành ...", "Giao Sở Y tế
   ...", "Sở Nội vụ có trách nhiệm ...", "Đề nghị Ủy ban MTTQ ...";
4. **table rows** with columns such as Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |
   Thời gian hoàn thành, as pipe rows ("| 1 | ... | ... |") or one cell per line (Word
   tables converted to text, with or without their row numbers).

Not tasks: the parts that assign no work ("Mục đích, yêu cầu", "Mục tiêu", "Căn cứ",
"Đối tượng", "Chế độ báo cáo" — read as reporting requirements), the closing formula
("Trên đây là ...", an unnumbered paragraph ending "./."), the execution article of a
decision, questions, blank forms.

Deadlines are read with :func:`vnplan.deadlines.find_deadlines`: the value of a
"Thời gian" label or cell as a whole ("Thường xuyên", "Quý I/2026"), and in running
text only phrases with a deadline cue ("trước ngày 23/10/2021", "chậm nhất ngày ...",
"trong tháng 4 năm 2023"), so that the dates of cited documents are not taken for
deadlines.

Examples:
    >>> tasks = find_tasks('''1. Lĩnh vực y tế
    ... a) Nhiệm vụ
    ... Bảo đảm tiêm chủng đầy đủ.
    ... b) Chủ trì thực hiện: Sở Y tế
    ... c) Cơ quan phối hợp: Sở Tài chính, UBND các huyện
    ... d) Thời gian hoàn thành: trước ngày 31/12/2021
    ... 2. Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan bố trí kinh phí.''')
    >>> for t in tasks:
    ...     print(t.text.text, "|", [a.text for a in t.lead])
    Lĩnh vực y tế | ['Sở Y tế']
    Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan bố trí kinh phí. | ['Sở Tài chính']
    >>> [a.text for a in tasks[0].coordinators], str(tasks[0].deadline)
    (['Sở Tài chính', 'UBND các huyện'], 'trước ngày 31/12/2021')
    >>> [a.text for a in tasks[1].coordinators]
    ['các sở, ngành liên quan']
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable, Sequence

import attrs

from vnplan.deadlines import Deadline, DeadlineKind, DeadlineRelation, find_deadlines
from vnplan.errors import VnplanError
from vnplan.text.agency_phrases import read_agencies, starts_agency
from vnplan.text.fields import Field
from vnplan.text.letters import base_letters, is_person_name
from vnplan.text.normalize import Line, LineKind, NormalizedText, Paragraph, normalize_text
from vnplan.text.spans import Segment, Span
from vnplan.text.structure import Section, SectionKind, parse_structure

__all__ = ["TaskItem", "TaskSource", "find_table_tasks", "find_tasks"]


class TaskSource(enum.StrEnum):
    """Which shape of text a task was read from."""

    LABELS = "labels"  # "Chủ trì thực hiện: ..." blocks
    HEADING = "heading"  # an agency heading over bullets
    SENTENCE = "sentence"  # "Sở X chủ trì, phối hợp với ..."
    TABLE = "table"  # a row of a task table


@attrs.frozen(slots=True)
class TaskItem:
    """A task found in the text, every part with its source spans.

    Attributes:
        text: what is to be done, as printed.
        label: the task's own numbering ("1.", "-", "a)"), if any.
        lead: the agencies (or people) in charge, each as printed.
        coordinators: the agencies that assist.
        deadline_text: the deadline as printed ("Quý I/2026", "trước ngày 15/12/2025").
        deadline: ``deadline_text`` read as a :class:`~vnplan.deadlines.Deadline`;
            ``None`` when it does not read as one ("khi Chính phủ ban hành ...").
        deliverable: the product ("Sản phẩm: Báo cáo"), if stated.
        source: the shape it was read from (:class:`TaskSource`).
    """

    text: Field
    label: Field | None = None
    lead: tuple[Field, ...] = ()
    coordinators: tuple[Field, ...] = ()
    deadline_text: Field | None = None
    deadline: Deadline | None = None
    deliverable: Field | None = None
    source: TaskSource = TaskSource.SENTENCE

    @property
    def span(self) -> Span:
        """From the first to the last source character of the task and its parts."""
        spans = [self.text.span]
        for part in (self.label, self.deadline_text, self.deliverable, *self.lead,
                     *self.coordinators):
            if part is not None and part.spans:
                spans.append(part.span)
        return Span(min(s.start for s in spans), max(s.end for s in spans))


# ---------------------------------------------------------------------------------
# Labels


class _Role(enum.Enum):
    LEAD = enum.auto()
    COORD = enum.auto()
    DEADLINE = enum.auto()
    CONTENT = enum.auto()  # the work itself: "Nhiệm vụ:", "Nội dung thực hiện:"
    DESCRIPTION = enum.auto()  # what the product holds: "Nội dung:"
    PRODUCT = enum.auto()


_ACTORS = r"(?:cơ quan|đơn vị|sở, ngành|sở, ban, ngành|sở|bộ phận|người|cá nhân|lực lượng)"
_LABELS: tuple[tuple[_Role, re.Pattern[str]], ...] = tuple(
    (role, re.compile(rf"(?:{pattern})[ ]?[:：][ ]?", re.IGNORECASE))
    for role, pattern in (
        (_Role.COORD, rf"(?:{_ACTORS}[ ])?phối hợp(?:[ ](?:thực hiện|chính))?"),
        (_Role.LEAD, rf"(?:{_ACTORS}[ ])?chủ trì(?:[ ](?:thực hiện|tham mưu|triển khai)){{0,2}}"
                     rf"(?:[ ]và[ ]phối hợp)?"),
        (_Role.LEAD, rf"{_ACTORS}[ ](?:thực hiện(?:[ ]chính)?|triển khai|phụ trách"
                     r"|tham mưu|chịu trách nhiệm(?:[ ]chính)?)"),
        (_Role.LEAD, r"(?:trách nhiệm|phân công|giao)(?:[ ](?:thực hiện|chủ trì))?"),
        (_Role.DEADLINE, r"(?:thời gian|thời hạn|tiến độ)(?:[ ](?:thực hiện|hoàn thành"
                         r"|triển khai|báo cáo|ban hành|trình|gửi|nộp))?"),
        (_Role.CONTENT, r"nhiệm vụ(?:[ ](?:cụ thể|chủ yếu|trọng tâm))?|nội dung (?:thực hiện"
                        r"|công việc)|công việc(?:[ ]thực hiện)?|tên nhiệm vụ"),
        (_Role.DESCRIPTION, r"nội dung(?:[ ](?:cụ thể|chủ yếu|chính|trọng tâm))?"),
        (_Role.PRODUCT, r"(?:sản phẩm|kết quả|hình thức văn bản)(?:[ ](?:đầu ra|dự kiến))?"),
    )
)
# A content label without a colon, alone on its line: "a) Nhiệm vụ", "b) Giải pháp".
_CONTENT_HEADING = re.compile(r"(?:nhiệm vụ|giải pháp|nội dung|nhiệm vụ và giải pháp)[ .:]*",
                              re.IGNORECASE)
_ITEM_KINDS = frozenset({SectionKind.DASH, SectionKind.PLUS, SectionKind.BULLET})
_LIST_KINDS = _ITEM_KINDS | {SectionKind.LETTER, SectionKind.NUMBERED}


@attrs.frozen(slots=True)
class _Label:
    role: _Role
    value: Segment  # text after the colon (may be empty)
    item: Section | None  # the child section that carries the label, if any
    colon: bool = True  # False for a bare heading "a) Nhiệm vụ"


def _match_label(text: str) -> tuple[_Role, int] | None:
    if len(text) < 4:
        return None
    for role, pattern in _LABELS:
        match = pattern.match(text)
        if match is not None:
            return role, match.end()
    return None


# ---------------------------------------------------------------------------------
# Helpers on sections


def _head(section: Section) -> Segment | None:
    """The text a section opens with: its title, else its first paragraph."""
    if section.title is not None:
        return section.title.as_segment()
    if section.paragraphs:
        return section.paragraphs[0].segment
    return None


def _rest_paragraphs(section: Section) -> Sequence[Segment]:
    start = 0 if section.title is not None else 1
    return [p.segment for p in section.paragraphs[start:]]


def _field(seg: Segment) -> Field:
    return Field.of([seg])


def _clean_value(seg: Segment) -> Segment:
    return seg.strip(" .;,:-–")


# ---------------------------------------------------------------------------------
# Deadlines

_CUE = re.compile(r"(?:trước|chậm nhất|trong|đến|hoàn thành|xong|hạn|kể từ|không quá|tối đa)",
                  re.IGNORECASE)


def _deadline_in(seg: Segment, reference: dt.date | None, *, whole: bool
                 ) -> tuple[Field | None, Deadline | None]:
    """The deadline in ``seg``: the value of a label (``whole``) or a phrase in running text."""
    text = seg.text
    if not text.strip():
        return None, None
    try:
        found = find_deadlines(text, reference=reference)
    except VnplanError:
        return None, None
    if whole:
        return _field(_clean_value(seg)), found[0].deadline if found else None
    usable = [m for m in found if _running_text_deadline(m.text, m.deadline)]
    # in running text a calendar day ("báo cáo về Sở trước ngày 23/10/2021") is the
    # deadline rather than a period the work spans ("từ nay đến hết năm 2021")
    days = [m for m in usable if m.deadline.kind is DeadlineKind.ABSOLUTE]
    for match in days or usable:
        return _field(seg.slice(match.start, match.end)), match.deadline
    return None, None


def _running_text_deadline(text: str, deadline: Deadline) -> bool:
    kind = deadline.kind
    if kind is DeadlineKind.ABSOLUTE:
        return deadline.relation in (DeadlineRelation.BEFORE, DeadlineRelation.BY)
    if kind is DeadlineKind.PERIOD:
        return bool(_CUE.match(text)) and deadline.relation is not DeadlineRelation.FROM
    if kind is DeadlineKind.RECURRING:
        return deadline.cycle is not None and deadline.cycle.day is not None
    return kind is DeadlineKind.RELATIVE


# ---------------------------------------------------------------------------------
# Agencies

_PHOI_HOP = re.compile(r"(?<![^\s,;(])(?:phối hợp|Phối hợp)(?:[ ]chặt chẽ)?(?:[ ](?:với|cùng))?[ ]")
_GIAO = re.compile(r"(?:Giao|giao)(?:[ ]cho)?[ ]")
_DE_NGHI = re.compile(r"(?:Đề nghị|Yêu cầu|Kính đề nghị)[ ]")
_DOI_VOI = re.compile(r"(?:Đối với|ĐỐI VỚI)[ ]")  # "Đối với Đoàn kiểm tra: ..."
_ANAPHORIC = re.compile(r"(?:[Cc]ác[ ])?(?:cơ quan|đơn vị)(?:,[ ](?:cơ quan|đơn vị))?"
                        r"[ ]được (?:giao|phân công)")
_PERSON_TITLE = re.compile(r"(?:Ông|Bà|Đồng chí|Đ/c|đ/c)[.]?[ ]")
# Verbs that, right after an agency at the start of an item, make the item its task.
_DUTY = re.compile(
    r"[ ]?(?:chủ trì|có trách nhiệm|chịu trách nhiệm|chủ động|tham mưu|thực hiện|triển khai"
    r"|tổ chức|xây dựng|khẩn trương|rà soát|hướng dẫn|phối hợp|chỉ đạo|theo dõi|kiểm tra"
    r"|tổng hợp|báo cáo|bố trí|tăng cường|tiếp tục|đôn đốc|giám sát|là cơ quan|nghiên cứu"
    r"|cập nhật|quản lý|đảm bảo|bảo đảm|tập trung|cung cấp|phân bổ|lập|trình|ban hành"
    r"|được giao|căn cứ|thường xuyên|kịp thời|nghiêm túc|quán triệt|gửi|phụ trách"
    r"|kiện toàn|nâng cao|đẩy mạnh|ưu tiên|tuyên truyền|phổ biến|xử lý|hỗ trợ|chuẩn bị"
    r"|tiếp nhận|đề xuất|thẩm định|hoàn thành|hoàn thiện|giải quyết|quan tâm|tham gia"
    r"|phải|cần)(?![^\s,;:])"
)
_CHU_TRI = re.compile(r"[ ]?(?:chủ trì|làm đầu mối)")
_CHU_TRI_LATER = re.compile(
    r"[ ,]{1,2}(?:tùy|tuỳ|căn cứ|theo|trong phạm vi|trên cơ sở)[^.;:]{0,140}?[ ](?:chủ trì"
    r"|làm đầu mối)(?![^\s,;:])")
_PAST = re.compile(r"[ ]?(?:đã|đang)[ ]")
_CHI_DAO = re.compile(r"[ ](?:chỉ đạo|giao|phân công)[ ](?=[^ ])")
_SENTENCE_END = re.compile(r"[.;!?…][)\]\"”’']*$")
# Headings of the parts of a plan that assign no work (compared on base letters, upper
# case): purposes and requirements, targets, principles, bases, who and what is
# covered, and the background of what was done.
_NOT_TASK_HEADING = re.compile(
    r"(?:[IVX]+[.)]|[0-9]{1,2}(?:[.][0-9]{1,2})*[.)]?|[A-Z][)])?[ ]?"
    r"(?:MUC DICH|YEU CAU|MUC TIEU|QUAN DIEM|NGUYEN TAC|CAN CU|DOI TUONG|PHAM VI"
    r"|SU CAN THIET|TINH HINH|THUC TRANG|KET QUA (?:DAT DUOC|THUC HIEN)|DANH GIA"
    r"|CHE DO (?:THONG TIN,? )?BAO CAO"  # read as reporting requirements
    r"|GIAI THICH TU NGU)(?![A-Z])")
# The closing formula of a body: "Trên đây là Kế hoạch ...", "Trong quá trình thực hiện,
# nếu có khó khăn, vướng mắc ... phản ánh về ...".
_TASK_HEADING_WORDS = re.compile(r"NHIEM VU|GIAI PHAP|TO CHUC THUC HIEN|PHAN CONG|NOI DUNG"
                                 r"|TRACH NHIEM|KE HOACH|LO TRINH|TIEN DO")
_CLOSING = re.compile(r"(?:Trên đây|Trong quá trình[^.;]{0,60}?nếu|Quá trình[^.;]{0,60}?nếu)")
# "Đợt 1: Trong tháng 12/2025", "Giai đoạn 2 (từ tháng 3 đến tháng 6/2026)"
_PHASE = re.compile(r"(?:Đợt|ĐỢT|Giai đoạn|GIAI ĐOẠN|Bước|BƯỚC)[ ](?:[0-9]{1,2}|[IVX]{1,4})"
                    r"[ ]?[:.)–-][ ]?(?P<when>[^ ].{2,120})$")
# the execution article of a decision: "... chịu trách nhiệm thi hành Quyết định này."
_EXECUTION = re.compile(r"(?:chịu|có) trách nhiệm (?:tổ chức )?thi hành (?:Quyết định|Nghị quyết"
                        r"|Thông tư|Chỉ thị|Quy định|Quyết định, Kế hoạch) này")
_STEP = re.compile(r"[(](?:[0-9]{1,2}|[a-zđ])[)][ ]")  # "(1) ", "(a) ": a step of an item
_END_MARK = re.compile(r"[.][ ]?/[ ]?[.]?$")  # "./." closes the body of a document
# "Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung": a person, a role, their duties
_PERSON_DUTY = re.compile(
    r"(?P<who>(?:Ông|Bà|Đồng chí|Đ/c|đ/c)[.]?[ ][^:;.]{3,140}?)[ ]?:[ ]?(?=[^ ])")


def _agencies(seg: Segment, start: int = 0, *, stop_at_verbs: bool = True
              ) -> tuple[tuple[Field, ...], int]:
    found = read_agencies(seg.text, start, stop_at_verbs=stop_at_verbs)
    if found is None:
        return (), start
    return tuple(_field(seg.slice(a, b)) for _, a, b in found.names), found.end


def _value_agencies(seg: Segment) -> tuple[Field, ...]:
    """Agencies in the value of a "Chủ trì:" label: each ";"-part read from its start."""
    out: list[Field] = []
    pos = 0
    text = seg.text
    for part in re.split(r"[;]", text):
        piece_start = text.index(part, pos) if part else pos
        pos = piece_start + len(part)
        sub = _clean_value(seg.slice(piece_start, pos))
        if not sub.text:
            continue
        names, _end = _agencies(sub)
        if not names:
            names, _end = _agencies(sub, stop_at_verbs=False)
        if not names:
            person = _person(sub)
            names = (person,) if person is not None else _comma_list(sub)
        out.extend(names)
    return tuple(out)


def _comma_list(seg: Segment) -> tuple[Field, ...]:
    """A value no agency name was recognised in: its comma-separated parts, if short."""
    parts: list[Field] = []
    pos = 0
    for match in re.finditer(r"[,;]|[ ]và[ ]", seg.text + ","):
        piece = seg.slice(pos, match.start()).strip(" .")
        pos = match.end()
        if piece.text:
            parts.append(_field(piece))
    if parts and all(len(p.text.split()) <= 12 for p in parts):
        return tuple(parts)
    return (_field(seg),) if len(seg.text) <= 160 else ()


def _person(seg: Segment) -> Field | None:
    text = seg.text
    title = _PERSON_TITLE.match(text)
    start = title.end() if title else 0
    words = text[start:].split(" - ")[0].split(",")[0].strip()
    if is_person_name(words):
        at = text.index(words, start)
        return _field(seg.slice(at, at + len(words)))
    return None


def _person_duty(seg: Segment) -> tuple[tuple[Field, ...], int] | None:
    match = _PERSON_DUTY.match(seg.text)
    if match is None:
        return None
    who = seg.slice(match.start("who"), match.end("who"))
    person = _person(who)
    name = person if person is not None else _field(who.strip())
    return (name,), match.end()


def _coordinators_in(seg: Segment, start: int = 0) -> tuple[Field, ...]:
    match = _PHOI_HOP.search(seg.text, start)
    if match is None:
        return ()
    names, _ = _agencies(seg, match.end())
    return names


# ---------------------------------------------------------------------------------
# The walk


@attrs.define
class _Finder:
    reference: dt.date | None
    out: list[TaskItem] = attrs.Factory(list)
    skip: list[Span] = attrs.Factory(list)  # spans already read as table rows
    grouped: set[int] = attrs.Factory(set)  # ids of tasks read under an agency heading

    def add(self, item: TaskItem) -> None:
        span = item.text.span
        if any(s.start <= span.start and span.end <= s.end for s in self.skip):
            return
        self.out.append(item)

    def task(self, text: Segment, label: Field | None, lead: Iterable[Field],
             coordinators: Iterable[Field] = (), deadline: tuple[Field | None,
             Deadline | None] = (None, None), source: TaskSource = TaskSource.SENTENCE,
             deliverable: Field | None = None, *, grouped: bool = False) -> None:
        text = text.strip()
        if not text.text or not any(c.isalpha() for c in text.text):
            return
        if text.text.rstrip(" )*").endswith("?"):
            return  # a question ("Cơ quan nào được giao chủ trì?"), not an assignment
        if _CLOSING.match(text.text) or _EXECUTION.search(text.text) or (
                label is None and source is not TaskSource.TABLE
                and _END_MARK.search(text.text)):
            return  # the closing formula of the body, not an item of it
        if deadline[0] is None:
            deadline = _deadline_in(text, self.reference, whole=False)
        item = TaskItem(_field(text), label, tuple(lead), tuple(coordinators),
                        deadline[0], deadline[1], deliverable, source)
        if grouped:
            self.grouped.add(id(item))
        self.add(item)

    # -- sections -------------------------------------------------------------------

    def visit(self, section: Section, lead: tuple[Field, ...] = (), grouped: bool = True
              ) -> None:
        """Read the tasks of a section; ``lead`` is the agency an enclosing heading names
        (``grouped``: a heading that only names agencies, "2. Sở Tài chính:")."""
        if _assigns_no_work(section):
            return
        if self.label_group(section):
            return
        if self.phase(section, lead):
            return
        heading = self.agency_heading(section)
        if heading is not None:
            self.assignment(section, heading)
            return
        if lead and section.label is not None and section.kind in _LIST_KINDS:
            self.item_in_assignment(section, lead, grouped)
            return
        root = section.kind is SectionKind.ROOT
        if section.title is not None and section.kind in _LIST_KINDS:
            title = section.title.as_segment()
            own, end = self.own_lead(title)
            if own:  # "1. Giao phòng Quản lý Công nghiệp triển khai ...:"
                self.task(title, section.label, own, _coordinators_in(title, end))
        for k, paragraph in enumerate(section.paragraphs):
            # the opening text of a labelled item carries the item's label
            label = section.label if k == 0 and section.title is None else None
            own, end = self.own_lead(paragraph.segment, preamble=root)
            if own:
                self.task(paragraph.segment, label, own, _coordinators_in(paragraph.segment, end))
            elif lead:
                self.task(paragraph.segment, label, lead, _coordinators_in(paragraph.segment),
                          source=TaskSource.HEADING, grouped=grouped)
        carry: tuple[Field, ...] = ()
        carry_kind: SectionKind | None = None
        for child in section.children:
            if carry and child.kind is carry_kind and not self.own_lead(
                    _head(child) or Segment(""))[0]:
                self.visit(child, carry, grouped=False)
                continue
            self.visit(child, lead, grouped)
            carry, carry_kind = self.colon_assignment(child), child.kind

    def phase(self, section: Section, lead: tuple[Field, ...]) -> bool:
        """A phase of a plan, "2.1. Đợt 1: Trong tháng 12/2025" over its bullets: one task
        (the bullets joined) due in the phase's time."""
        if section.title is None or section.kind not in _LIST_KINDS:
            return False
        title = section.title.as_segment()
        match = _PHASE.match(title.text)
        if match is None:
            return False
        when = title.slice(match.start("when")).strip(" .;:")
        deadline = _deadline_in(when, self.reference, whole=True)
        if deadline[1] is None:
            return False
        bullets = [h for c in section.children if c.kind in _LIST_KINDS
                   for h in [_head(c)] if h is not None]
        texts = bullets or [p.segment for p in section.paragraphs]
        if not texts:
            return False
        self.task(Segment.join(texts), section.label, lead, (), deadline,
                  TaskSource.LABELS)
        return True

    def colon_assignment(self, section: Section) -> tuple[Field, ...]:
        """The agencies of an item "1. Giao phòng X thực hiện các công việc sau:" that has
        no sub-items: its work follows as the next items at its own level."""
        if section.kind not in (SectionKind.NUMBERED, SectionKind.LETTER) or any(
                c.kind in _LIST_KINDS for c in section.children):
            return ()
        head = _head(section)
        if head is None or not head.text.rstrip().endswith(":"):
            return ()
        return self.own_lead(head)[0]

    def label_group(self, section: Section) -> bool:
        """Read a section whose items include "Chủ trì:"/"Thời gian:" label blocks.

        Items and labels are taken in text order: a run of label blocks applies to the
        items (bullets, paragraphs) just before it, or, when none, to the section itself.
        """
        runs, trailing = _label_runs(section)
        if not runs:
            return False
        for k, (content, labels) in enumerate(runs):
            before = len(self.out)
            for label in labels:
                # "Thời gian thực hiện:" over "+ Bộ X ... trước ngày ...": each its own task
                if label.item is not None and not label.value.text.strip():
                    for child in label.item.children:
                        if not _label_of(child):
                            self.visit(child)
            if len(self.out) > before and any(
                    lab.role is _Role.DEADLINE and not lab.value.text.strip() for lab in labels):
                continue  # the item is done in those steps, each with its own deadline
            self.label_run(section, content, labels, k == 0, single=len(runs) == 1)
        for item in trailing:
            if isinstance(item, Section):
                self.visit(item)
            else:
                self.sentence_segment(item, None, ())
        return True

    def label_run(self, section: Section, content: list[Segment | Section],
                  labels: list[_Label], first: bool, *, single: bool = True) -> None:
        """One task for a run of label blocks: its text is the content the labels follow.

        A label block makes one task however many bullets it follows ("- Rà soát ...
        - Bồi dưỡng ... Đơn vị chủ trì: ..."): the bullets are joined. An item that
        opens with a sentence over a single run is that task; over several runs the
        opening is a heading and each run's bullets are its task.
        """
        leads: list[Field] = []
        coordinators: list[Field] = []
        deadline: tuple[Field | None, Deadline | None] = (None, None)
        product: Field | None = None
        texts: list[tuple[Segment, Field | None]] = []
        for label in labels:
            value = _clean_value(label.value)
            if label.role is _Role.LEAD and value.text:
                leads.extend(_value_agencies(value))
                coordinators.extend(_coordinators_in(value))
            elif label.role is _Role.COORD and value.text:
                coordinators.extend(_value_agencies(value))
            elif label.role is _Role.DEADLINE and value.text and deadline[0] is None:
                deadline = _deadline_in(value, self.reference, whole=True)
            elif label.role is _Role.PRODUCT and value.text and product is None:
                product = _field(value)
            elif label.role is _Role.CONTENT and label.colon:
                if value.text:
                    texts.append((value, label.item.label if label.item else None))
                elif label.item is not None:
                    texts.extend(_item_texts(label.item))
        if not texts:
            # An item that opens with a sentence is the task and its bullets are details;
            # under a heading, the bullets before the labels are the tasks.
            bullets = [c for c in content if isinstance(c, Section) and c.kind in _LIST_KINDS]
            paragraphs = [c for c in content if isinstance(c, Segment)]
            opening = (section.paragraphs[0].segment if first and section.title is None
                       and section.paragraphs and section.kind is not SectionKind.ROOT
                       and (single or not (bullets or paragraphs)) else None)
            if opening is not None:
                texts.append((opening, section.label))
            elif bullets:
                for bullet in bullets:
                    head = _head(bullet)
                    if head is not None:
                        texts.append((head, bullet.label))
            elif paragraphs:
                texts.extend((p, None) for p in paragraphs)
            elif section.title is not None and first:
                texts.append((section.title.as_segment(), section.label))
        if not texts or not (leads or coordinators or deadline[0] is not None):
            return  # a blank form ("9. Thời gian thực hiện:" with nothing after it)
        joined = Segment.join([text for text, _ in texts]) if len(texts) > 1 else texts[0][0]
        self.task(joined, texts[0][1], _unique(leads), _unique(coordinators), deadline,
                  TaskSource.LABELS, product)
        # a step of the item with its own calendar deadline is a task of its own:
        # "(1) Tổ chức hiệp thương lần thứ nhất: Chậm nhất ngày 10/12/2025"
        used = {text.span for text, _ in texts}
        for item in content:
            seg = item if isinstance(item, Segment) else _head(item)
            if seg is None or seg.span in used:
                continue
            found = _deadline_in(seg, self.reference, whole=False)
            if found[1] is None or found[1].kind is not DeadlineKind.ABSOLUTE:
                continue
            number = _STEP.match(seg.text)
            step_label = _field(seg.slice(0, number.end()).strip()) if number else (
                item.label if isinstance(item, Section) else None)
            self.task(seg.slice(number.end()) if number else seg, step_label,
                      _unique(leads), _unique(coordinators), found, TaskSource.LABELS)

    def agency_heading(self, section: Section) -> tuple[tuple[Field, ...], Segment | None] | None:
        """Agencies named by a section's heading ("2. Sở Tài chính:"), with the rest."""
        if section.label is None or section.kind in _ITEM_KINDS:
            return None
        head = _head(section)
        if head is None or _PERSON_DUTY.match(head.text):
            return None  # "Đồng chí Phó Trưởng ban - Ủy viên: ...": a person and their duties
        text = head.text
        start = 0
        request = _DE_NGHI.match(text)
        if request is not None:
            start = request.end()
        toward = _DOI_VOI.match(text)
        if toward is not None:
            start = toward.end()
        # after "Đối với" the colon ends the name: "Đối với đơn vị được kiểm tra:"
        names, end = _agencies(head, start, stop_at_verbs=toward is None)
        if not names:
            return None
        rest = text[end:]
        stripped = rest.strip()
        if toward is not None and not stripped.startswith(":"):
            return None  # "Đối với các dự án ...": a topic, not an addressee
        if not stripped or stripped in (":", "."):
            return names, None
        if stripped.startswith(":"):
            after = head.slice(end + rest.index(":") + 1).strip()
            return names, after if after.text else None
        directs = _CHI_DAO.match(rest)
        if directs is not None:  # "Sở X chỉ đạo Chi cục Y thực hiện ...": both do the work
            more, _ = _agencies(head, end + directs.end())
            names = (*names, *more)
        lists = any(c.kind in _LIST_KINDS for c in section.children)
        if text.rstrip().endswith(":") and lists and len(text) <= 200:
            return names, None  # "Sở X chỉ đạo Chi cục Y thực hiện các nội dung sau:"
        if section.title is not None and lists and request is None and not _SENTENCE_END.search(
                text) and len(text) <= 200:
            # "2. Các Sở, ngành chủ trì, quản lý ... Chương trình" over bullets: the heading
            # names who does them
            return (_field(head.slice(start).strip(" :")),), None
        return None

    def assignment(self, section: Section, heading: tuple[tuple[Field, ...], Segment | None]
                   ) -> None:
        names, rest = heading
        if rest is not None:
            self.task(rest, section.label, names, _coordinators_in(rest),
                      source=TaskSource.HEADING, grouped=True)
        for seg in _rest_paragraphs(section):
            self.task(seg, None, names, _coordinators_in(seg), source=TaskSource.HEADING,
                      grouped=True)
        for child in section.children:
            self.visit(child, names)

    def item_in_assignment(self, section: Section, lead: tuple[Field, ...],
                           grouped: bool = True) -> None:
        head = _head(section)
        if head is not None and not (section.children and head.text.rstrip().endswith(":")):
            own, _ = self.own_lead(head)
            self.task(head, section.label, own or lead, _coordinators_in(head),
                      source=TaskSource.HEADING, grouped=grouped)
        for seg in _rest_paragraphs(section):
            self.task(seg, None, lead, _coordinators_in(seg), source=TaskSource.HEADING,
                      grouped=grouped)
        for child in section.children:
            self.visit(child, lead, grouped)

    def own_lead(self, seg: Segment, *, preamble: bool = False
                 ) -> tuple[tuple[Field, ...], int]:
        """Agencies that a sentence makes responsible: subject + duty verb, "Giao X".

        In the preamble (text before the first heading) only "Giao X", "Đề nghị X" and
        "X chủ trì" count: "UBND tỉnh ban hành Kế hoạch ..." there is the issuer's own act.
        """
        text = seg.text
        for cue in (_GIAO, _DE_NGHI):
            match = cue.match(text)
            if match is not None:
                names, end = _agencies(seg, match.end())
                if names:
                    return names, end
        person = _person_duty(seg)
        if person is not None:
            return person
        names, end = _agencies(seg)
        if not names or all(_ANAPHORIC.fullmatch(n.text) for n in names):
            # "Các cơ quan, đơn vị được giao chủ trì có trách nhiệm ...": the bodies of
            # the other tasks, not an assignee of a task of its own
            return (), 0
        after = text[end:]
        if after.startswith(":") or (after.startswith((" -", " –")) and ":" in after[:80]):
            return names, end
        if _PAST.match(after):
            return (), 0
        if _CHU_TRI.match(after) or (not preamble and _DUTY.match(after)):
            return names, end
        # "Các Sở, ngành tùy theo chức năng, nhiệm vụ ... chủ trì, phối hợp ...": an
        # adverbial phrase between the agencies and "chủ trì", in the same sentence
        later = _CHU_TRI_LATER.match(after)
        if later is not None:
            return names, end + later.end()
        return (), 0

    def sentence(self, paragraph: Paragraph, label: Field | None, lead: tuple[Field, ...]
                 ) -> None:
        self.sentence_segment(paragraph.segment, label, lead)

    def sentence_segment(self, seg: Segment, label: Field | None, lead: tuple[Field, ...]
                         ) -> None:
        own, end = self.own_lead(seg)
        if own:
            self.task(seg, label, own, _coordinators_in(seg, end))
        elif lead:
            self.task(seg, label, lead, _coordinators_in(seg), source=TaskSource.HEADING,
                      grouped=True)


def _assigns_no_work(section: Section) -> bool:
    """A part such as "I. MỤC ĐÍCH, YÊU CẦU" or "1. Đối tượng": nothing in it is a task."""
    if section.title is None or section.kind in _ITEM_KINDS:
        return False
    key = " ".join(base_letters(section.title.text).upper().split())
    return bool(_NOT_TASK_HEADING.match(key)) and not _TASK_HEADING_WORDS.search(key)


def _all_paragraphs(section: Section) -> Sequence[Paragraph]:
    return section.paragraphs


def _item_texts(item: Section) -> list[tuple[Segment, Field | None]]:
    """Texts under a content label without a value: its bullets, else its paragraphs."""
    out: list[tuple[Segment, Field | None]] = []
    bullets = [c for c in item.children if c.kind in _LIST_KINDS]
    if bullets:
        for bullet in bullets:
            head = _head(bullet)
            if head is not None:
                out.append((head, bullet.label))
        return out
    for seg in _rest_paragraphs(item):
        out.append((seg, None))
    return out


def _ordered_items(section: Section) -> list[Segment | Section]:
    """A section's paragraphs (without its opening text) and children, in text order."""
    items: list[tuple[int, int, Segment | Section]] = []
    paragraphs = section.paragraphs
    if section.title is None and paragraphs and section.kind is not SectionKind.ROOT:
        paragraphs = paragraphs[1:]  # the opening text of the item itself
    for k, paragraph in enumerate(paragraphs):
        items.append((paragraph.span.start, k, paragraph.segment))
    for k, child in enumerate(section.children):
        start = child.label.span.start if child.label is not None else 0
        items.append((start, len(paragraphs) + k, child))
    items.sort(key=lambda item: (item[0], item[1]))
    return [item for _, _, item in items]


def _label_of(item: Segment | Section) -> list[_Label]:
    """The label blocks an item is (several for a wrapper such as "Cơ quan thực hiện:")."""
    if isinstance(item, Segment):
        found = _match_label(item.text)
        return [] if found is None else [_Label(found[0], item.slice(found[1]), None)]
    head = _head(item)
    if head is None:
        return []
    found = _match_label(head.text)
    if found is None:
        if _CONTENT_HEADING.fullmatch(head.text):
            return [_Label(_Role.CONTENT, Segment(""), item, colon=False)]
        return []
    role, end = found
    value = head.slice(end)
    if not value.text.strip() and item.children and role is not _Role.CONTENT:
        inner = [lab for child in _ordered_items(item) for lab in _label_of(child)]
        if inner:
            return inner  # "Cơ quan thực hiện:" over "- Đơn vị chủ trì: ..."
    if not value.text.strip() and role is not _Role.CONTENT:
        rest = _rest_paragraphs(item)
        if rest:
            value = Segment.join(rest)
    return [_Label(role, value, item)]


def _label_runs(section: Section) -> tuple[list[tuple[list[Segment | Section], list[_Label]]],
                                           list[Segment | Section]]:
    """Runs of label blocks with the items before each; the items after the last run."""
    runs: list[tuple[list[Segment | Section], list[_Label]]] = []
    pending: list[Segment | Section] = []
    labels: list[_Label] = []
    for item in _ordered_items(section):
        found = _label_of(item)
        if found:
            labels.extend(found)
            continue
        if labels and isinstance(item, Segment) and item.text[:1].islower():
            # the wrapped end of the label above ("Đơn vị phối hợp: ..., các cơ quan" /
            # "liên quan."), cut off by a blank line
            last = labels[-1]
            labels[-1] = attrs.evolve(last, value=Segment.join([last.value, item]))
            continue
        if labels:
            runs.append((pending, labels))
            pending, labels = [], []
        pending.append(item)
    if labels:
        runs.append((pending, labels))
        pending = []
    keep = [(content, labs) for content, labs in runs
            if any(lab.role in (_Role.LEAD, _Role.COORD, _Role.DEADLINE) for lab in labs)]
    if not keep:
        return [], []
    return keep, pending


def _unique(fields: Iterable[Field]) -> list[Field]:
    seen: set[str] = set()
    out: list[Field] = []
    for f in fields:
        if f.text not in seen:
            seen.add(f.text)
            out.append(f)
    return out


# ---------------------------------------------------------------------------------
# Tables

#: Explicit tasks (label blocks, table rows) from which agency-grouped bullets are dropped.
_EXPLICIT_TASKS = 3

_COLUMN_KINDS = ("number", "content", "lead", "coord", "deadline", "product", "note")


def _column(cell: str) -> str | None:
    key = " ".join(base_letters(cell).lower().split()).strip(" .:*()")
    if not key or len(key) > 60:
        return None
    if key in ("tt", "stt", "so tt", "so thu tu", "thu tu"):
        return "number"
    if "phoi hop" in key:
        return "coord"
    if "chu tri" in key or "phu trach" in key or (
        re.match(r"(?:co quan|don vi|nguoi|bo phan|so, nganh|trach nhiem)", key)
        and ("thuc hien" in key or "trach nhiem" in key or key in ("co quan", "don vi"))
    ):
        return "lead"
    if re.match(r"(?:thoi gian|thoi han|tien do|moc thoi gian)", key):
        return "deadline"
    if re.match(r"(?:san pham|ket qua)", key):
        return "product"
    if key.startswith("ghi chu"):
        return "note"
    if re.match(r"(?:noi dung|nhiem vu|ten nhiem vu|cong viec|hoat dong|ten)", key):
        return "content"
    return None


def _table_columns(cells: Sequence[str]) -> list[str | None] | None:
    kinds = [_column(c) for c in cells]
    found = {k for k in kinds if k is not None}
    if "content" in found and found & {"lead", "deadline"} and len(found) >= 3 and sum(
            k is None for k in kinds) <= 1:
        return kinds
    return None


_NUMBER_CELL = re.compile(r"[0-9]{1,3}[.)]?")
_INDEX_CELL = re.compile(r"\(?[0-9]{1,2}\)?|[A-Z]")
_PIPE_SPLIT = re.compile(r"[|]")


def _pipe_cells(line: Line) -> list[Segment]:
    raw = line.raw
    text = raw.text
    cells: list[Segment] = []
    pos = 0
    for match in _PIPE_SPLIT.finditer(text):
        cells.append(raw.slice(pos, match.start()))
        pos = match.end()
    cells.append(raw.slice(pos))
    if cells and not cells[0].text.strip():
        cells = cells[1:]
    if cells and not cells[-1].text.strip():
        cells = cells[:-1]
    return [_collapse(c) for c in cells]


def _collapse(seg: Segment) -> Segment:
    parts = [seg.slice(m.start(), m.end()) for m in re.finditer(r"[^ \t]+", seg.text)]
    if not parts:
        return seg.slice(0, 0)
    return Segment.join(parts)


def find_table_tasks(doc: NormalizedText, *, reference: dt.date | None = None
                     ) -> list[TaskItem]:
    """Tasks from the rows of task tables (pipe rows or one cell per line).

    Examples:
        >>> doc = normalize_text('''| TT | Nội dung | Cơ quan chủ trì | Phối hợp | Thời hạn |
        ... |---|---|---|---|---|
        ... | 1 | Rà soát hộ nghèo | Sở Lao động - Thương binh và Xã hội | UBND huyện | Quý I |''')
        >>> [(t.text.text, t.lead[0].text, t.deadline_text.text) for t in find_table_tasks(doc)]
        [('Rà soát hộ nghèo', 'Sở Lao động - Thương binh và Xã hội', 'Quý I')]
    """
    return _tables(doc, reference)[0]


def _tables(doc: NormalizedText, reference: dt.date | None
            ) -> tuple[list[TaskItem], list[Span]]:
    """Task rows, and the source span of each table (header to last row)."""
    out: list[TaskItem] = []
    regions: list[Span] = []
    lines = doc.lines
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.kind is not LineKind.TEXT or len(line.text.text) > 400:
            i += 1
            continue
        start = i
        if "|" in line.raw.text:
            cells = _pipe_cells(line)
            columns = _table_columns([c.text for c in cells]) if len(cells) >= 3 else None
            if columns is not None:
                i = _pipe_rows(lines, i + 1, columns, reference, out)
                regions.append(Span(lines[start].span.start, lines[i - 1].span.end))
                continue
        header = _line_header(lines, i)
        if header is not None:
            columns, after = header
            i = max(after, _cell_rows(lines, after, columns, reference, out))
            regions.append(Span(lines[start].span.start, lines[i - 1].span.end))
            continue
        i += 1
    return out, regions


def _line_header(lines: Sequence[Line], i: int) -> tuple[list[str | None], int] | None:
    """Column names one per line (a Word table converted to text) starting at line ``i``."""
    names: list[str] = []
    j = i
    while j < len(lines) and len(names) < 9:
        line = lines[j]
        if line.kind is not LineKind.TEXT:
            if line.kind is LineKind.BLANK or line.kind is LineKind.TABLE_BORDER:
                if names and line.kind is LineKind.BLANK:
                    break
                j += 1
                continue
            break
        text = line.text.text
        if _column(text) is None or "|" in line.raw.text:
            break
        names.append(text)
        j += 1
    if len(names) < 3:
        return None
    columns = _table_columns(names)
    if columns is None:
        return None
    return columns, j


def _row_task(cells: Sequence[Segment], columns: Sequence[str | None], label: Field | None,
              reference: dt.date | None) -> TaskItem | None:
    values: dict[str, Segment] = {}
    for kind, cell in zip(columns, cells, strict=False):
        if kind is not None and cell.text.strip() and kind not in values:
            values[kind] = cell
    content = values.get("content")
    if content is None or not any(ch.isalpha() for ch in content.text):
        return None
    lead = _value_agencies(values["lead"]) if "lead" in values else ()
    coordinators = _value_agencies(values["coord"]) if "coord" in values else ()
    deadline: tuple[Field | None, Deadline | None] = (None, None)
    if "deadline" in values:
        deadline = _deadline_in(values["deadline"], reference, whole=True)
    product = _field(_clean_value(values["product"])) if "product" in values else None
    if "number" in values and label is None:
        label = _field(values["number"])
    return TaskItem(_field(content.strip()), label, lead, coordinators, deadline[0],
                    deadline[1], product, TaskSource.TABLE)


def _pipe_rows(lines: Sequence[Line], j: int, columns: Sequence[str | None],
               reference: dt.date | None, out: list[TaskItem]) -> int:
    while j < len(lines):
        line = lines[j]
        if line.kind is LineKind.TABLE_BORDER:
            j += 1
            continue
        if line.kind is not LineKind.TEXT or "|" not in line.raw.text:
            break
        cells = _pipe_cells(line)
        item = _row_task(cells, columns, None, reference)
        if item is not None:
            out.append(item)
        j += 1
    return j


def _cell_rows(lines: Sequence[Line], j: int, columns: Sequence[str | None],
               reference: dt.date | None, out: list[TaskItem]) -> int:
    """Rows of a table written one cell per line; the TT cell starts a row."""
    has_number = bool(columns) and columns[0] == "number"
    rest = list(columns[1:]) if has_number else list(columns)
    # skip an index row "(1) (2) (3)"
    k = j
    while k < len(lines) and lines[k].kind is LineKind.BLANK:
        k += 1
    index_row = k
    while index_row < len(lines) and lines[index_row].kind is LineKind.TEXT and \
            _INDEX_CELL.fullmatch(lines[index_row].text.text.strip()) and \
            lines[index_row].text.text.strip().startswith("("):
        index_row += 1
    j = index_row
    first = j
    while first < len(lines) and lines[first].kind is LineKind.BLANK:
        first += 1
    if not has_number or (first < len(lines) and not _NUMBER_CELL.fullmatch(
            lines[first].text.text.strip())):
        # no row numbers (Word's automatic numbering is lost in conversion): rows are
        # the runs of lines between blank lines
        return _unnumbered_rows(lines, j, rest, reference, out)
    expected = 1
    numbered = (LineKind.TEXT, LineKind.PAGE_NUMBER)  # a row number may pass for a page's
    while j < len(lines):
        while j < len(lines) and lines[j].kind not in numbered:
            j += 1
        if j >= len(lines):
            break
        number = lines[j].text.text.strip()
        if not _NUMBER_CELL.fullmatch(number) or int(number.rstrip(".)")) != expected:
            break
        label = _field(lines[j].text)
        cells: list[Segment] = []
        j += 1
        while j < len(lines):
            line = lines[j]
            if line.kind in numbered:
                text = line.text.text.strip()
                if _NUMBER_CELL.fullmatch(text) and int(text.rstrip(".)")) == expected + 1:
                    break
                if line.kind is LineKind.PAGE_NUMBER:
                    j += 1
                    continue
                if len(cells) >= len(rest) + 3 or _FOOTNOTE.match(text):
                    break  # "[1] ...": the notes after the table, not a cell
                cells.append(line.text)
            elif line.kind is LineKind.BLANK:
                cells.append(line.text)
            j += 1
        while cells and not cells[-1].text.strip():
            cells.pop()
        cells = _drop_wrapped_blank(cells, rest)
        item = _row_task(_fit(cells, rest), rest, label, reference)
        if item is not None:
            out.append(item)
        expected += 1
        if j < len(lines) and _FOOTNOTE.match(lines[j].text.text):
            break
    return j


_FOOTNOTE = re.compile(r"\[[0-9]{1,3}\][ ]")
_NOT_CELL = re.compile(r"[-+•–][ ]|(?:Nơi nhận|NƠI NHẬN|Kính gửi)[ ]?:")
#: Most lines one row of a table without row numbers may take.
_MAX_ROW_LINES = 12


def _unnumbered_rows(lines: Sequence[Line], j: int, columns: Sequence[str | None],
                     reference: dt.date | None, out: list[TaskItem]) -> int:
    """Rows of a one-cell-per-line table whose number cells are empty.

    A row is a run of text lines between blank lines: its first line is the content,
    the lines after it fill the next columns, and consecutive people or agencies ("Đỗ
    Mạnh Cường" / "Vũ Việt Linh") share the lead cell. The table ends at the first run
    that cannot be a row (one line, too many lines, or a line too long for a cell).
    """
    if "content" not in columns:
        return j
    at = columns.index("content")
    after = list(columns[at + 1:])
    while j < len(lines):
        while j < len(lines) and lines[j].kind is LineKind.BLANK:
            j += 1
        end = j
        while end < len(lines) and lines[end].kind is LineKind.TEXT:
            end += 1
        run = [line.text for line in lines[j:end]]
        if not 2 <= len(run) <= _MAX_ROW_LINES or any(
                len(c.text) > 300 or _NOT_CELL.match(c.text) for c in run) or \
                run[0].text.rstrip().endswith(":") or starts_agency(run[0].text) or \
                is_person_name(run[0].text):
            break  # "Nơi nhận:" / "- Như trên;": the table is over
        cells = [run[0], *_group_names(run[1:], after)]
        item = _row_task(cells, ["content", *after], None, reference)
        if item is not None:
            out.append(item)
        j = end
    return j


def _group_names(cells: list[Segment], columns: Sequence[str | None]) -> list[Segment]:
    """The cells after the content, with consecutive names joined into the lead cell."""
    if "lead" not in columns or columns.index("lead") != 0:
        return cells
    names = 0
    while names < len(cells) and (is_person_name(cells[names].text)
                                  or starts_agency(cells[names].text)):
        names += 1
    if names <= 1:
        return cells
    return [Segment.join(cells[:names], sep="; "), *cells[names:]]


def _drop_wrapped_blank(cells: list[Segment], columns: Sequence[str | None]
                        ) -> list[Segment]:
    """Drop an empty line between the content cell and a lead agency: the content cell's
    own trailing empty paragraph, which would shift every later cell by one."""
    if "content" not in columns or "lead" not in columns:
        return cells
    at = columns.index("content")
    if columns.index("lead") != at + 1 or len(cells) < at + 3:
        return cells
    if cells[at + 1].text.strip() or not starts_agency(cells[at + 2].text):
        return cells
    return [*cells[:at + 1], *cells[at + 2:]]


def _fit(cells: list[Segment], columns: Sequence[str | None]) -> list[Segment]:
    """Merge surplus lines of a row into its lead cell (several people, one per line)."""
    surplus = len(cells) - len(columns)
    if surplus <= 0 or "lead" not in columns:
        return cells
    at = columns.index("lead")
    merged = Segment.join(cells[at:at + surplus + 1], sep="; ")
    return [*cells[:at], merged, *cells[at + surplus + 1:]]


# ---------------------------------------------------------------------------------
# Entry point


def find_tasks(body: str | Section, *, doc: NormalizedText | None = None,
               reference: dt.date | None = None) -> list[TaskItem]:
    """Every task in a body: label blocks, agency headings, sentences and table rows.

    ``body`` is a section tree (stage 3) or a text, which is normalised and parsed into
    one. ``doc`` (the normalised text the tree was made from) lets table rows be read
    too; for a text it is made here. ``reference`` (the document date) supplies the year
    of deadlines written without one. Tasks come in text order.
    """
    if isinstance(body, str):
        doc = normalize_text(body)
        body = parse_structure(doc.paragraphs())
    if not isinstance(body, Section):
        raise TypeError(f"find_tasks expects a text or a Section, got {type(body).__name__}")
    finder = _Finder(reference)
    if doc is not None:
        rows, regions = _tables(doc, reference)
        finder.out.extend(rows)
        finder.skip.extend(regions)
    finder.visit(body)
    out = finder.out
    explicit = sum(t.source in (TaskSource.LABELS, TaskSource.TABLE) for t in out)
    if explicit >= _EXPLICIT_TASKS:
        # a plan that lists its tasks (label blocks, a task table) restates them by
        # agency under "Tổ chức thực hiện": those bullets are not tasks of their own
        out = [t for t in out if id(t) not in finder.grouped]
    return sorted(out, key=lambda t: t.span.start)
