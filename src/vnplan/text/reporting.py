"""Reporting requirements: who reports what to whom, how often and by when.

Plans and directives end with reporting clauses (chế độ báo cáo, Decree 09/2019/NĐ-CP):
"báo cáo định kỳ hằng tháng (trước ngày 15 hằng tháng) kết quả thực hiện về UBND
tỉnh", "báo cáo 6 tháng, hằng năm", "báo cáo kết quả về Sở Nội vụ trước ngày
15/12/2025", "kịp thời báo cáo UBND tỉnh". :func:`find_reporting` reads every clause of
the body in which "báo cáo" is an obligation (a verb, or "chế độ báo cáo"), not the
name of a document ("Báo cáo số 12/BC-UBND") nor a report already made ("đã báo
cáo"), and splits it into:

- **reporters**: the agencies at the start of the sentence, or those of the agency
  heading the clause sits under ("3. UBND các xã, phường: ... báo cáo ...");
- **recipients**: the agencies right after "báo cáo" or after "về", "cho", "lên",
  "gửi" that follow it;
- **cycle**: the reporting cycle (:func:`vnplan.cycles.find_cycle_spans`), with the
  frequency and due phrase as printed;
- **due**: a one-off deadline ("trước ngày 15/12/2026").

Examples:
    >>> found = find_reporting("Các Sở, ban, ngành báo cáo định kỳ hàng tháng (trước ngày 15 "
    ...                        "hàng tháng) kết quả thực hiện về Ủy ban nhân dân tỉnh và Tổ An "
    ...                        "sinh xã hội.")
    >>> r = found[0]
    >>> [a.text for a in r.reporters], [a.text for a in r.recipients]
    (['Các Sở, ban, ngành'], ['Ủy ban nhân dân tỉnh', 'Tổ An sinh xã hội'])
    >>> str(r.cycle), r.frequency_text.text, r.due_text.text
    ('hằng tháng, trước ngày 15', 'định kỳ hàng tháng', 'trước ngày 15 hàng tháng')
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import attrs

from vnplan.chars import normalize
from vnplan.cycles import Frequency, ReportingCycle, find_cycle_spans
from vnplan.deadlines import Deadline, DeadlineKind, DeadlineRelation, find_deadlines
from vnplan.errors import VnplanError
from vnplan.text.agency_phrases import read_agencies, starts_agency
from vnplan.text.fields import Field
from vnplan.text.normalize import normalize_text
from vnplan.text.spans import Segment, Span
from vnplan.text.structure import Section, SectionKind, parse_structure

__all__ = ["ReportingItem", "find_reporting"]

#: Longest clause read as one reporting requirement, in characters.
MAX_CLAUSE = 700


@attrs.frozen(slots=True)
class ReportingItem:
    """A reporting clause, every part with its source spans.

    Attributes:
        text: the clause as printed.
        reporters: who must report.
        recipients: who receives the report, in text order.
        cycles: the reporting cycles the clause names ("6 tháng và cả năm" names two),
            in text order.
        frequency_text: the frequency as printed ("định kỳ hàng tháng", "6 tháng").
        due_text: the due phrase as printed ("trước ngày 15 hàng tháng").
        due: a one-off deadline ("trước ngày 15/12/2026"); ``None`` when the due rule
            belongs to ``cycle`` or there is none.
        ad_hoc: the clause asks for a report when something happens ("đột xuất",
            "ngay", "kịp thời") rather than on a cycle.
        thematic: a thematic report ("báo cáo chuyên đề").
    """

    text: Field
    reporters: tuple[Field, ...] = ()
    recipients: tuple[Field, ...] = ()
    cycles: tuple[ReportingCycle, ...] = ()
    frequency_text: Field | None = None
    due_text: Field | None = None
    due: Deadline | None = None
    ad_hoc: bool = False
    thematic: bool = False

    @property
    def span(self) -> Span:
        """Source span of the clause."""
        return self.text.span

    @property
    def cycle(self) -> ReportingCycle | None:
        """The first reporting cycle, if any."""
        return self.cycles[0] if self.cycles else None


# "báo cáo" as an obligation, not as the name of a document
_REPORT = re.compile(r"(?<![^\s,;:(\-–+•])(?:báo cáo|Báo cáo)(?![^\s,;:).])")
_NOT_OBLIGATION_BEFORE = re.compile(
    r"(?:đã|đang|Xét|xét|theo|Theo|tại|kèm theo|của|các|những|dự thảo|Dự thảo|mẫu|biểu mẫu"
    r"|đề cương|để|văn bản|Văn bản|số liệu|nội dung|và|lập|Lập|xây dựng|nộp|về việc"
    r"|là|Kết quả:|Sản phẩm:|vào|trong|Tờ trình|tờ trình)[ ]$")
# "Báo cáo nghiên cứu khả thi", "báo cáo đánh giá tác động": names of documents
_NOT_OBLIGATION_AFTER = re.compile(
    r"[ ](?:số[ ]?[0-9]|này|nêu trên|trên|tại|nghiên cứu|đánh giá rủi ro|đánh giá tác động"
    r"|thuyết minh|kinh tế|đề xuất chủ trương|hiện trạng|nhanh|giám sát,)(?![^\s,;:.])"
    r"|[)]"  # "(để báo cáo)": a routing note in a distribution list
    r"|[ ]?:")  # "Đơn vị gửi báo cáo: ...": the label of a form field
# names of reports that are also verb phrases: a document only when capitalised
# ("Báo cáo tổng hợp tình hình ...", not "Sở X ... báo cáo tổng hợp tình hình ...")
_TITLE_AFTER = re.compile(
    r"[ ](?:tổng hợp tình hình|công tác quản lý nhà nước)(?![^\s,;:.])")
# the title of a regulation on reporting, not an obligation: "quy định chế độ báo cáo"
_REGULATION_BEFORE = re.compile(r"(?:quy định|Quy định)(?:[ ]về)?[ ]chế độ[ ]$")
# words that make "báo cáo" an obligation when they follow it
_OBLIGATION_AFTER = re.compile(
    r"[ ,]{1,2}(?:định kỳ|đột xuất|hằng|hàng|ngay|kịp thời|kết quả|tình hình|về|cho|lên|gửi"
    r"|bằng văn bản|theo định kỳ|theo quy định|tổng hợp|đề xuất|đánh giá|tiến độ|số liệu"
    r"|việc|công tác|những|các|với|tới|trước|chậm nhất|sơ kết|tổng kết|6 tháng|06 tháng"
    r"|9 tháng|quý|năm|tháng|chuyên đề|giám sát|thống kê|Ủy ban|UBND|Thủ tướng|Bộ|Sở|Ban"
    r"|Ủy|Thường trực|Chủ tịch|Tỉnh ủy|Hội đồng|Văn phòng|Cục|cấp|Quốc hội|Chính phủ"
    r"|và giải trình)(?![^\s,;:.()])"
    r"|[ ]0?[1-9][ ]lần/(?:ngày|tuần|tháng|quý|năm)")
_OBLIGATION_BEFORE = re.compile(
    r"(?:định kỳ|chế độ|thực hiện|tổng hợp,?|tham mưu|trách nhiệm|gửi|kịp thời|phải|và"
    r"|để|hằng năm|hàng năm|hằng tháng|hàng tháng|hằng quý|hàng quý|Định kỳ|có văn bản"
    r"|thực hiện thủ tục|kịp)[ ]$")
# a duty or an assignment earlier in the clause makes a later "báo cáo" a verb:
# "chịu trách nhiệm tổng hợp chung, báo cáo và giải trình", "giao Sở X ... và báo cáo"
_DUTY_BEFORE = re.compile(
    r"(?:chịu trách nhiệm|có trách nhiệm|chủ trì|giao|Giao|yêu cầu|Yêu cầu|đề nghị"
    r"|Đề nghị)(?![^\s,;:.])")
_ASSIGNMENT = re.compile(r"(?:giao|Giao|yêu cầu|Yêu cầu|đề nghị|Đề nghị)[ ]")
# sending results without the word "báo cáo": "gửi kết quả đánh giá ... về Sở X"
_SEND = re.compile(r"gửi[ ](?:kết quả|số liệu|thông tin|danh sách)(?![^\s,;:.])")
_SENT = re.compile(r"[ ](?:gửi|nộp)[ ](?:(?:về|đến|cho|tới|lên)[ ])?")
_SEND_TO = re.compile(r"[ ](?:về|cho|tới|đến)[ ]")
_NOT_CLAUSE = re.compile(r"(?:Căn cứ|căn cứ|Kết quả|Sản phẩm)(?:[ ]|:)")
_SELF = re.compile(r"^(?:Trên đây là|Trên đây|Sau đây)|như sau:?$|sau đây:?$", re.IGNORECASE)
_AD_HOC = re.compile(r"(?:đột xuất|báo cáo ngay|kịp thời báo cáo|báo cáo kịp thời|khi có"
                     r"|khi cần thiết|theo yêu cầu|phát sinh)", re.IGNORECASE)
_THEMATIC = re.compile(r"chuyên đề", re.IGNORECASE)
_RECIPIENT_CUE = re.compile(
    r"(?:[ ](?:gửi về|gửi đến|gửi cho|gửi|về|cho|lên|với|tới|đến)[ ])")
_FREQUENCY = re.compile(
    r"(?:(?:định kỳ|theo định kỳ)[ ])?(?:hằng|hàng)[ ](?:ngày|tuần|tháng|quý|năm)"
    r"|(?:định kỳ[ ])?(?:0?6|0?9)[ ]tháng(?:[ ](?:đầu năm|và[ ](?:cả[ ])?năm|và hằng năm"
    r"|, hằng năm))?|định kỳ(?:[ ]năm)?|đột xuất|(?:02|2|03|3)[ ]lần/(?:ngày|tuần|tháng)",
    re.IGNORECASE)
_CLAUSE_END = re.compile(r";|[.](?=[ ]+[A-ZĐÀ-Ỹ])|[.]$")
_LEADING = re.compile(r"(?:[-+•*][ ]|[a-zđ][)][ ]|[0-9]{1,2}(?:[.][0-9]{1,2})*[.)][ ])")
_DUE_CUE = re.compile(r"(?:trước|chậm nhất|hạn|không quá|trong)", re.IGNORECASE)


def _field(seg: Segment) -> Field:
    return Field.of([seg])


def _is_obligation(text: str, at: int, end: int, clause_start: int = 0) -> bool:
    before = text[max(0, at - 20):at]
    after = text[end:end + 40]
    if _REGULATION_BEFORE.search(text[max(0, at - 30):at]):
        return False
    if _NOT_OBLIGATION_AFTER.match(after) or (text[at].isupper() and _TITLE_AFTER.match(after)):
        return False
    opening = not text[clause_start:at].strip(" -+•*;,")  # "...; báo cáo UBND tỉnh ..."
    # "Báo cáo của các đơn vị gửi về UBND tỉnh trước ngày ...": the report to be sent
    sent = any(starts_agency(text, m.end())
               for m in _SENT.finditer(text, end, min(len(text), end + 120)))
    if opening and (text[at].islower() or sent) and after.strip():
        return True
    if _NOT_OBLIGATION_BEFORE.search(before) and not _OBLIGATION_BEFORE.search(before):
        return False
    earlier = text[clause_start:at]
    return bool(_OBLIGATION_AFTER.match(after) or _OBLIGATION_BEFORE.search(before)
                or starts_agency(text, end + 1)
                or (text[at].islower() and (_DUTY_BEFORE.search(earlier)
                                            or _FREQUENCY.search(earlier))))


def _clauses(seg: Segment) -> Iterator[tuple[int, int]]:
    """Clause bounds of a paragraph: split at ";" and at sentence ends."""
    text = seg.text
    start = 0
    for match in _CLAUSE_END.finditer(text):
        if match.end() - start > 3:
            yield start, match.end()
            start = match.end()
    if start < len(text):
        yield start, len(text)


def _sentence_start(text: str, at: int) -> int:
    """Start of the sentence around ``at`` (after the last ". " before it)."""
    cut = max(text.rfind(". ", 0, at), -1)
    start = cut + 2 if cut >= 0 else 0
    lead = _LEADING.match(text, start)
    return lead.end() if lead else start


def _agencies(seg: Segment, pos: int) -> tuple[Field, ...]:
    found = read_agencies(seg.text, pos)
    if found is None:
        return ()
    return tuple(_field(seg.slice(a, b)) for _, a, b in found.names)


def _recipients(seg: Segment, after: int, stop: int) -> tuple[Field, ...]:
    text = seg.text
    direct = _agencies(seg, after)
    if direct:
        return direct
    for match in _RECIPIENT_CUE.finditer(text, after, min(stop, after + 260)):
        names = _agencies(seg, match.end())
        if names:
            return names
    return ()


def _item(seg: Segment, start: int, end: int, report_at: int, report_end: int,
          context: tuple[Field, ...], reference: dt.date | None) -> ReportingItem:
    clause = seg.slice(start, end).strip(" ;.")
    text = seg.text
    sentence = _sentence_start(text, report_at)
    reporters = _agencies(seg, sentence) or _agencies(seg, start) or context
    recipients = _recipients(seg, report_end, end)
    norm = normalize(clause.text)
    try:
        cycles = find_cycle_spans(norm)
    except VnplanError:
        cycles = []
    periodic = tuple(c for _, _, c in cycles if c.frequency.is_periodic)
    cycle = periodic[0] if periodic else None
    frequency = _FREQUENCY.search(clause.text)
    frequency_text = _field(clause.slice(frequency.start(), frequency.end())) \
        if frequency else None
    due_text: Field | None = None
    due: Deadline | None = None
    try:
        deadlines = find_deadlines(clause.text, reference=reference)
    except VnplanError:
        deadlines = []
    for match in deadlines:
        deadline = match.deadline
        if deadline.kind is DeadlineKind.STANDING:
            continue
        if deadline.kind is DeadlineKind.RECURRING:
            if cycle is not None and cycle.day is not None:
                a, b = _due_part(match.text, match.start, match.end)
                tail = _RECUR_TAIL.match(clause.text, b)
                due_text = _field(clause.slice(a, tail.end() if tail else b))
                break
            continue
        if deadline.kind is DeadlineKind.ABSOLUTE and deadline.relation not in (
                DeadlineRelation.BEFORE, DeadlineRelation.BY):
            continue
        if deadline.kind is DeadlineKind.PERIOD and not _DUE_CUE.match(match.text):
            continue
        due_text = _field(clause.slice(match.start, match.end))
        due = deadline
        break
    ad_hoc = bool(_AD_HOC.search(clause.text)) or bool(
        cycles and any(c.frequency is Frequency.AD_HOC for _, _, c in cycles))
    return ReportingItem(
        text=_field(clause), reporters=reporters, recipients=recipients, cycles=periodic,
        frequency_text=frequency_text, due_text=due_text, due=due,
        ad_hoc=ad_hoc and cycle is None, thematic=bool(_THEMATIC.search(clause.text)))


def _due_part(text: str, start: int, end: int) -> tuple[int, int]:
    """The due phrase inside a recurring match ("trước ngày 15 hàng tháng")."""
    cue = _DUE_CUE.search(text)
    if cue is None:
        return start, end
    return start + cue.start(), end


_RECUR_TAIL = re.compile(r"[ ](?:hằng|hàng)[ ](?:ngày|tuần|tháng|quý|năm)")


@attrs.define
class _Walker:
    reference: dt.date | None
    out: list[ReportingItem] = attrs.Factory(list)

    def segment(self, seg: Segment, context: tuple[Field, ...]) -> None:
        text = seg.text
        if "áo cáo" not in text and "ÁO CÁO" not in text and "gửi" not in text:
            return
        for start, end in _clauses(seg):
            if end - start > MAX_CLAUSE:
                end = start + MAX_CLAUSE
            clause = text[start:end].strip()
            if _NOT_CLAUSE.match(clause):
                continue  # a legal basis, a product label ("Kết quả: báo cáo ...")
            own_report = bool(_SELF.search(clause))  # "Sở X báo cáo ... như sau:"
            for match in _REPORT.finditer(text, start, end):
                if own_report and not _ASSIGNMENT.search(text, start, match.start()):
                    continue  # unless it answers an assignment ("giao Sở X ... báo cáo")
                if _is_obligation(text, match.start(), match.end(), start):
                    self.out.append(_item(seg, start, end, match.start(), match.end(),
                                          context, self.reference))
                    break
            else:
                if not own_report:
                    self.sending(seg, start, end, context)

    def sending(self, seg: Segment, start: int, end: int, context: tuple[Field, ...]) -> None:
        """"gửi kết quả ... về Sở X (trước ngày ...)": reporting without "báo cáo"."""
        text = seg.text
        for match in _SEND.finditer(text, start, end):
            for to in _SEND_TO.finditer(text, match.end(), min(end, match.end() + 160)):
                if starts_agency(text, to.end()):
                    self.out.append(_item(seg, start, end, match.start(), to.start(),
                                          context, self.reference))
                    return

    def visit(self, section: Section, context: tuple[Field, ...] = ()) -> None:
        own = context
        if section.kind is not SectionKind.ROOT and section.title is not None:
            heading = section.title.as_segment()
            names = _agencies(heading, 0)
            if names and heading.text[len(names[-1].text):].strip(" :") != "" and \
                    not heading.text.rstrip().endswith(":"):
                names = ()
            if names:
                own = names
            before = len(self.out)
            self.segment(heading, own)
            # a heading ("2. Chế độ báo cáo định kỳ", "Phương thức gửi, nhận báo cáo")
            # names the topic; it is a requirement only when it says to whom or by when
            self.out[before:] = [r for r in self.out[before:]
                                 if r.recipients or r.due_text or r.cycles]
        for k, paragraph in enumerate(section.paragraphs):
            seg = paragraph.segment
            if k == 0 and section.title is None and section.kind is not SectionKind.ROOT:
                colon = seg.text.find(":")
                names = _agencies(seg, 0)
                if names and 0 < colon < 120:
                    own = names  # "2. Sở Tài chính: ... báo cáo ..."
            self.segment(seg, own)
        for child in section.children:
            self.visit(child, own)


def find_reporting(body: str | Section, *, reference: dt.date | None = None
                   ) -> list[ReportingItem]:
    """Every reporting clause in a body (a section tree or a text), in text order.

    ``reference`` (the document date) supplies the year of due dates written without
    one.
    """
    if isinstance(body, str):
        body = parse_structure(normalize_text(body).paragraphs())
    if not isinstance(body, Section):
        raise TypeError(
            f"find_reporting expects a text or a Section, got {type(body).__name__}")
    walker = _Walker(reference)
    walker.visit(body)
    return walker.out
