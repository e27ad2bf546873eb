"""Who directs what: an agent (a person or body) that the text says leads, directs,
instructs, requests action of, assigns tasks to or oversees a target (a body or locality).

Triggers come from the language data with a kind that says where agent and target stand:
  active   AGENT ... trigger TARGETS [to ...]     'the Politburo requested the Party Central Committee to'
  passive  TARGET ... trigger AGENTS              'tasks assigned by the City People's Committee ...'
  nominal  trigger AGENTS, ... TARGET             'with the leadership and direction of A and B, C has'
An agent written as a pronoun or as a bare title ('he', 'the Chairman of the City People's
Committee') is the person who holds that title in the article, else the title's body.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from ..doc import BodyMention, Directs, Doc, PersonMention, PlaceMention, TitleMention
from .bodies import implied_body, listed_subject_bodies
from .places import context_unit
from .posts import HEAD_ROLES, unread_spans

SUBJECT_WINDOW = 30   # tokens before a trigger in which its agent may stand
TARGET_WINDOW = 80    # tokens after a trigger in which its targets may stand
FIRST_TITLE = 1       # tokens after a trigger in which a title or level word addressed must start
FIRST_TARGET_LATE = 25  # ... after the agents of a passive or nominal trigger
PRONOUN_REACH = 4     # sentences back in which a pronoun's antecedent may stand
DUTY_REACH = 16       # ... and the official whose division of duties lists a subjectless item
UNKNOWN_ITEM = 5      # words in a list item the lexicon does not know ('Cục thuế')
SUBJECT_GAP = 2       # tokens ('cũng', 'also') between an agentless passive and its subject

# Titles a task given to does not go to their body: members are not the body's officials
# ('assigned members of the Executive Committee'); the heads of state, Government and Party
# are petitioned ('đề nghị Thủ tướng ban hành ...'), not directed.
NOT_ADDRESSED = ("", "member", "prime-minister", "president", "general-secretary")

Agent = PersonMention | BodyMention
Target = BodyMention | PlaceMention


@dataclass
class _Reading:
    """What find_directs carries from one trigger to the next, in the article's order."""
    # (sentence, targets, persons asked, end) of the last active trigger: a task in its clause
    # is passed on by those it asked ('X assigned Y to take the lead in urging Z')
    previous: tuple[int, list, list, int] = (-1, [], [], 0)
    last_agents: list = field(default_factory=list)  # the agents of the last relation found
    last_sentence: int = -1  # ... and its sentence
    tasked_in: int = -1  # the last sentence in which someone was given a task
    proposed: int = -1  # the sentence of a proposal to a superior, whose next trigger is what is proposed
    request_end: int = -1  # where the last active or petition trigger ended
    asked: tuple[int, list] = (-1, [])  # (sentence, those asked) of the last request
    headings: dict = field(default_factory=dict)  # sentence -> (agents of its last tasking verb, its list's items and their subjects)
    tasker: tuple[int, list] = (-1, [])  # (sentence, agents) of the last tasking verb with an agent, whomever it tasked

    def propose(self, sentence: int, end: int) -> None:
        """A proposal to a superior ends at `end`: what follows in its sentence is asked for, not done."""
        self.previous, self.proposed = (sentence, [], [], end), sentence


def find_directs(doc: Doc) -> None:
    """Fill doc.directs, one entry per (agent, target, sentence)."""
    found, seen, last_end = [], set(), -1
    st = _Reading()
    for t in doc.tags.all("trigger"):
        if t.start < last_end:
            continue
        kind = t.entry.kind
        if kind in ("scope", "complainant", "locative"):
            continue  # read by _targets_after and _official; they direct nobody themselves
        if kind == "obligation" and doc.tokens[t.start].is_title or _in_name(doc, t.start):
            continue  # 'Cần Thơ', 'Trần Văn Cần', 'ông Giao cho biết': a name, not 'must' or 'giao cho'
        last_end = t.end
        sentence = doc.sentence_of(t.start)
        if kind == "none":
            continue
        # 'đề nghị chỉ đạo Công an quận ...', 'đề nghị giao Thanh tra TP ...': the direction is asked of
        # someone unnamed, not given; 'chỉ đạo giao Sở ...' gives it
        asked_to = t.start == st.request_end
        if kind == "petition" or t.entry.id == "request":
            st.request_end = t.end
        if kind == "petition":
            # 'kiến nghị Thủ tướng chỉ đạo tỉnh Hà Giang ...': a proposal directs nobody, and what
            # the one petitioned is asked to do next in the sentence is not done yet
            st.propose(sentence, t.end)
            continue
        if kind == "active" and t.entry.id == "lead" and _gathering_after(doc, t.end):
            continue  # 'led a working delegation to Dien Bien', 'memimpin pertemuan dengan ...': a visit or a meeting
        if kind == "active" and t.entry.id == "oversee" and _active_trigger_at(doc, t.end):
            continue  # 'responsible for delegating works to X': the verb after it says what is done
        asks_nobody = False
        if kind == "active":
            agents, targets, asks_nobody = _read_active(doc, t, sentence, st, asked_to)
        elif kind == "obligation":
            agents, targets = _read_obligation(doc, t, sentence)
        elif kind == "agentless":
            # 'UBND huyện Hóc Môn được yêu cầu giám sát ...': the subject is asked, by whoever
            # the article said asked last
            agents = _giver_before(doc, sentence, st.last_sentence, st.last_agents)
            # 'Bộ trưởng Lao động X cho hay, theo quy định ... Bộ Lao động được giao phối hợp ...': a
            # body is not given its mandate by its own official
            targets = _not_held_by(doc, _subject_target(doc, t.start, sentence), agents)
        else:
            agents, targets = _read_nominal(doc, t, sentence, kind)
        agents = [_head_named(doc, a) for a in agents if a is not None and _official(doc, a)]
        _remember(doc, st, t, sentence, agents, targets, asks_nobody)
        for a in agents:
            for target in targets:
                _add(doc, found, seen, a, target, sentence, in_charge=t.entry.id == "oversee")
    for agents, items in st.headings.values():
        for item, subjects in items:
            for target in subjects:
                for a in agents:
                    _add(doc, found, seen, a, target, item)
    doc.directs = found


def _read_active(doc: Doc, t, sentence: int, st: _Reading, asked_to: bool) -> tuple[list, list, bool]:
    """The agents and targets of an active trigger ('AGENT ... trigger TARGETS [to ...]'), and
    whether it tasks no one named (whose agent then asks the subject of an agentless passive next)."""
    previous = st.previous
    # 'X assigned Y to take the lead in urging Z': Y urges Z
    # 'đề nghị Thủ tướng Hunsen chỉ đạo chính phủ', 'kiến nghị Thủ tướng giao ...': the one
    # asked directs, whoever it is
    # '...; giao sở X ...', '..., còn Quốc hội giao Uỷ ban ...': a clause of its own
    # (the commas of the list of those asked open no clause: 'yêu cầu UBND các tỉnh: A, B, C chỉ đạo ...')
    asked_end = max([previous[3]] + [m.end for m in previous[1]])
    addressed = previous[0] == sentence and bool(previous[1] or previous[2]) \
        and not _semicolon_between(doc, previous[3], t.start) \
        and _clause_start(doc, doc.sentences[sentence][0], t.start) <= asked_end
    # the one asked by title and name passes the task on himself, not his body
    held = _bodies_held(doc, previous[2])
    chained = [m for m in previous[1] if isinstance(m, BodyMention) and m.key not in held] + previous[2] \
        if addressed else []
    recent = st.tasker[1] if 0 < sentence - st.tasker[0] <= TASKER_REACH else []
    agents = chained if addressed else _subject(doc, t.start, sentence, recent)
    if t.entry.id == "dispatch" and not addressed and not agents:
        # 'PM X signed Dispatch No. 188/CĐ-TTg ... The dispatch was sent to A, B': its sender is
        # who directed just before, or the issuer of the document named there
        agents = _giver_before(doc, sentence, st.last_sentence, st.last_agents)
    if not addressed and t.entry.id == "direct" and st.asked[0] == sentence and st.asked[1] \
            and doc.tok(t.start - 1) is not None and doc.tokens[t.start - 1].text == ";":
        # 'yêu cầu Chủ tịch UBND huyện Thanh Trì kiểm tra ...; chỉ đạo UBND xã Duyên Hà ...':
        # one more thing the one asked is to do
        agents = st.asked[1]
    if st.proposed == sentence:
        # 'TP Hà Nội đề nghị Thủ tướng chỉ đạo Bộ ...': not done, only asked for; so are the
        # items after ';' ('kiến nghị Thủ tướng giao Bộ A ...; giao Bộ B chỉ đạo C ...')
        agents = []
    addressees = _addressees(doc, t.end)
    # one addressed by a pronoun or a name we cannot read is asked, not a body after it
    asks_direction = t.entry.id == "request" and _active_trigger_at(doc, t.end)  # 'đề nghị chỉ đạo X'
    # 'đề nghị giới thiệu để HĐND huyện bầu giữ chức Chủ tịch': a nomination, not a task
    nominates = t.entry.id == "request" and doc.word_end(t.end, "nominate") is not None
    unnamed = _unnamed_addressee(doc, t.end)
    targets = [] if unnamed or asks_direction or nominates \
        else _targets_after(doc, t.end, sentence, addressees_list=t.entry.id == "dispatch")
    if not (targets or unnamed or nominates or addressed) and t.entry.id in TASKING \
            and (sent := _recipients_before(doc, t.start, sentence)) is not None:
        # 'UBND TP có văn bản gửi Sở Xây dựng, Thanh tra TP yêu cầu ...': the document's recipients are
        # asked, by whoever sent it (its list's commas do not open the clause of the request)
        agents = [] if st.proposed == sentence else _subject(doc, sent[0], sentence, recent)
        targets = sent[1]
    if not (targets or unnamed or nominates or addressed) and t.entry.id in TASKING \
            and doc.word_end(t.end, "generic") is None:  # not '..., UBKT đề nghị cấp có thẩm quyền kỷ luật ...'
        targets = _fronted_addressees(doc, sentence, t.start)  # 'Đối với Tổng cục Thuế, Phó thủ tướng yêu cầu ...'
    # 'The PM ordered support measures. The Ministry of X was asked to ...': one who tasks
    # no one named is who asks the subject of an agentless passive next
    # (not after a task in its sentence: 'giao sở X chỉ đạo ...', 'X was requested to instruct
    # ...' is the one asked passing the task on, not a new one asking)
    # (nor one a reason clause says did it once: 'được thông báo kết luận vì đã trực tiếp chỉ đạo ...')
    asks_nobody = not (targets or unnamed or asks_direction or nominates or addressed
                       or any(a is not None for a in addressees)) and sentence != st.tasked_in \
        and not _reason_before(doc, t.start, sentence)
    # 'Chủ tịch UBND TP giao Phó chủ tịch X chủ trì ...': a task given by name to a colleague of
    # the agent's own body is the colleague's, not the body's
    colleagues = _bodies_held(doc, addressees)
    targets = [m for m in targets if not (isinstance(m, BodyMention) and m.key in colleagues
                                          and any(_post_in(doc, a, m) for a in agents if a is not None))]
    if not targets and (passive := _passive_agent(doc, t.start)) is not None:
        # 'Sở X được UBND TP giao ...'; a place there ends a thing's name ('khu đất ở phường X được UBND TP giao')
        agents = [passive[0]]
        targets = [m for m in _subject_target(doc, passive[1], sentence) if isinstance(m, BodyMention)]
    if t.entry.id == "request" and (_next_to_those_asked(doc, targets, addressees, "answer")
                                    or _next_to_those_asked(doc, targets, addressees, "attend")) \
            or t.entry.id == "assign" and (_next_to_those_asked(doc, targets, addressees, "authority")
                                           or _allots_land(doc, t.end)):
        # 'đề nghị Bộ trưởng Tài nguyên cho biết ...': a question, not an order; 'đề nghị Thường
        # trực UBND TP ... cùng dự': an invitation; 'giao cho UBND TP
        # quyền lựa chọn nhà đầu tư': authority delegated, not a task (GUIDELINES); 'giao 6,39 ha
        # đất cho Công ty X', 'việc giao 180ha biển Quảng Ngãi': land allotted, not a task
        targets = []
    st.previous = (sentence, targets, addressees, t.end)
    if t.entry.id == "request":
        st.asked = (sentence, [m for m in targets if isinstance(m, BodyMention)] + [a for a in addressees if a is not None])
    if _asked_upward(doc, agents, targets + [a for a in addressees if a is not None]):
        st.propose(sentence, t.end)
    if _hypothetical(doc, t.start) or asked_to:  # 'Quốc hội cần ra nghị quyết yêu cầu Chính phủ ...'
        agents = []
        if not asked_to:  # 'Đại biểu có quyền đề nghị Thường trực HĐND yêu cầu Sở Y tế ...': nor what it asks for
            st.propose(sentence, t.end)
    if _opinions_ask(doc, t.start, sentence):
        agents = []  # 'Theo ông X, có ý kiến đề nghị ...': unnamed others propose
    return agents, targets, asks_nobody


def _read_obligation(doc: Doc, t, sentence: int) -> tuple[list, list]:
    """'Phó thủ tướng cho rằng, Bộ Nội vụ cần có văn bản hướng dẫn': a speaker's 'X must ...'
    addressed to a named body directs it, the speaker its agent (GUIDELINES)."""
    subjects = _subject_target(doc, t.start, sentence)
    # a locality too, when its list is the clause's subject ('cho rằng tỉnh Ninh Thuận cần ...')
    places = subjects and isinstance(subjects[0], PlaceMention) and _place_opens_clause(doc, subjects[0], sentence)
    targets = [m for m in subjects if isinstance(m, BodyMention) or places and m.unit is not None]
    if targets and _asked_in_clause(doc, targets[0].start, sentence):
        targets = []  # 'đề nghị UBND TP Nha Trang ... phải ...': the request's, read with it
    agents = _speaker(doc, targets[0].start, sentence) if targets else []
    if targets and not agents and not _hypothetical(doc, t.start) and not doc.is_word(t.start - 1, "past"):
        # '"Sở TT-TT phải là cơ quan hướng dẫn ...", ông Nhân nói': his words, about another's
        # body ('"... với tư cách bộ trưởng Bộ GD-ĐT ... phải sửa", ông Nhạ nói' is his own)
        agents = _quote_speaker(doc, targets[0].start)
        targets = _not_held_by(doc, targets, agents)
    # 'Đà Nẵng cần thiết phải ...' in its own leader's mouth argues the city's case, it directs nobody
    targets = [m for m in targets if not (isinstance(m, PlaceMention) and _speaks_for(doc, agents, m))]
    return agents, targets


def _read_nominal(doc: Doc, t, sentence: int, kind: str) -> tuple[list, list]:
    """A nominal or possessive trigger ('with the direction of A, B has ...', 'the Prime
    Minister's instructions') or a passive one ('tasks assigned by X'): its agents stand after
    it (or before, as a possessor), its targets before it or after the agents."""
    agents, agents_end = (_possessor(doc, t.start), t.end) if kind == "possessive" else \
        _agents_after(doc, t.end, sentence, named=kind == "nominal")
    after = _targets_after(doc, agents_end, sentence, FIRST_TARGET_LATE)
    # 'With the direction of X, Y has ...', 'Qua đề nghị của A, chỉ đạo của B thì C đã ...'
    fronted = doc.tok(agents_end) is not None and (doc.tokens[agents_end].text == ","
                                                   or doc.is_word(agents_end, "clause_link"))
    linked = doc.word_end(agents_end, "clause_link")
    if fronted and _active_trigger_at(doc, linked or agents_end + 1):
        after = []  # 'thực hiện ý kiến chỉ đạo của X, giao sở Y ...': Y is assigned by an unnamed doer, not by X
    elif linked is not None:  # '... thì [sở Xây dựng] đã ...': the subject right after 'thì', or none
        after = [m for m in after if m.start <= linked + 1]
    # 'With the direction of X, Y has ...' / 'Y merged under the direction of X.'
    targets = (after or _targets_before(doc, t.start, sentence)) if fronted else \
        _targets_before(doc, t.start, sentence)
    if kind == "possessive" and not (fronted and _opens_sentence(doc, agents, sentence)):
        targets = []  # '... required local authorities to follow the Prime Minister's instructions, and assigned X'
    if _conveyor_before(doc, t.start):
        # 'VPCP truyền đạt chỉ đạo của Thủ tướng đối với Bộ Tư pháp': the office conveys, it is not
        # directed; nor is what the direction is about ('... về việc quy hoạch khu vực ga Hà Nội')
        targets = [m for m in after if not (isinstance(m, BodyMention) and m.type == "office")
                   and not any(doc.is_word(j, "subject_about") for j in range(agents_end, m.start))]
    # 'the Government, under the leadership of PM Chinh, ...': one leads the body he holds a post in
    return agents, _not_held_by(doc, targets, agents)


def _remember(doc: Doc, st: _Reading, t, sentence: int, agents: list, targets: list, asks_nobody: bool) -> None:
    """Note what a trigger's reading tells the triggers after it."""
    kind = t.entry.kind
    if agents and (targets or asks_nobody and t.entry.id in TASKING):
        st.last_agents, st.last_sentence = agents, sentence
    if targets and kind not in ("nominal", "possessive") or kind == "agentless":
        st.tasked_in = sentence  # 'Sau chỉ đạo của X, Y đã yêu cầu ...': Y, directed, asks on its own
    if kind == "active" and agents and t.entry.id in TASKING:
        # a department's or the police's request ('Sở Tài chính đề nghị ...') is no giver of the
        # tasks that follow: those are their superior's ('Đồng thời, giao Sở Xây dựng ...')
        st.tasker = (sentence, [] if any(isinstance(a, BodyMention) and a.path[-1][0] in AGENCY_TYPES for a in agents)
                     else agents)
        if items := _heading_items(doc, sentence):
            st.headings[sentence] = (agents, items)


TASKING = ("assign", "request", "direct", "instruct")  # verbs whose heading may list the tasks of each body
AGENCY_TYPES = ("department", "police")  # bodies that carry tasks out for their superior
TASKER_REACH = 2  # sentences back in which the giver of a subjectless task ('Đồng thời, giao Sở X ...') tasked last
LIST_ITEMS = 30  # items a heading's list may run to
ITEM_SUBJECT = 1  # tokens ('The') before the subject an item opens with


def _add(doc: Doc, found: list, seen: set, a: Agent, target: Target, sentence: int, in_charge: bool = False) -> None:
    """Record that a directs target in sentence, once per pair, unless the pair is one the
    guidelines exclude (upward, a body's own place, elsewhere, peers). One `in_charge` of a body
    ('phụ trách', 'điều hành hoạt động của') directs it even as one of its members."""
    key = (_key(a), _key(target))
    if key[0] != key[1] and key not in seen and not _upward(doc, a, target, in_charge) \
            and not _own_place(a, target) and not _elsewhere(doc, a, target) and not _peers(doc, a, target) \
            and not _front_asks_others(doc, a, target):
        seen.add(key)
        found.append(Directs(a, target, sentence))


def _heading_items(doc: Doc, sentence: int) -> list[tuple[int, list[Target]]]:
    """When the sentence ends with a colon ('giao nhiệm vụ cụ thể như sau:', 'assigning tasks to
    departments and localities:'), the items after it with the bodies each opens with: the
    sentences that open with a list marker ('1.', 'a)', '-'; a marker read as a sentence of
    its own, '1.' before 'The Department ...', opens the next one), or, without markers, the
    lines that open with a body doing its part ('yêu cầu:\nSở Xây dựng thống nhất với ...'), up
    to the first line that does not."""
    lo, hi = doc.sentences[sentence]
    if hi <= lo or doc.tokens[hi - 1].text != ":":
        return []
    own = _marker_kind(doc, sentence)  # '1. The provincial police direct ... to:' ... '2. The Department ...' is no item of it
    items, n = [], sentence + 1
    while n < len(doc.sentences) and len(items) < LIST_ITEMS:
        lo, hi = doc.sentences[n]
        k = doc.after_list_marker(lo, hi)
        if own is not None and k > lo and _marker_kind(doc, n) == own:
            break  # the heading's own list goes on: a sibling, not a task under it
        if k == hi and n + 1 < len(doc.sentences):
            n += 1  # the marker alone
        subjects = _item_subjects(doc, n)
        if k == lo and not (doc.opens_line(lo) and subjects and not _tasks_others(doc, n, subjects)):
            break
        items.append((n, subjects))
        n += 1
    return items


def _marker_kind(doc: Doc, sentence: int) -> str | None:
    """The kind of list marker the sentence opens with, or the sentence before it when that is a
    marker alone ('1.' read as a sentence of its own): 'number' ('1.', '2)'), 'letter' ('a)',
    'đ.'), 'dash' ('-', '•', '+'); None when there is none."""
    lo, hi = doc.sentences[sentence]
    if doc.after_list_marker(lo, hi) == lo and sentence > 0:
        lo, hi = doc.sentences[sentence - 1]
        if doc.after_list_marker(lo, hi) != hi:
            return None
    if doc.after_list_marker(lo, hi) == lo:
        return None
    text = doc.tokens[lo].text
    return "number" if text.isdigit() else "letter" if text.isalnum() else "dash"


def _tasks_others(doc: Doc, item: int, subjects: list[Target]) -> bool:
    """The line gives tasks of its own ('UBND tỉnh Khánh Hoà yêu cầu UBND TP Nha Trang ...'): a
    tasking verb right after the bodies it opens with."""
    lo, hi = doc.sentences[item]
    end = max(m.end for m in subjects)
    return any(t.entry.id in TASKING and t.entry.kind == "active" and end <= t.start <= end + CLAUSE_GAP
               for t in doc.tags.all("trigger") if lo <= t.start < hi)


def _item_subjects(doc: Doc, item: int) -> list[Target]:
    """The bodies a list item opens with, as its subject ('2. The Department of Industry and Trade
    shall preside over ...', '- Sở Y tế, Sở Tài chính chủ trì ...'): each is given the task."""
    lo, hi = doc.sentences[item]
    k = doc.after_list_marker(lo, hi)
    if k >= hi or _active_trigger_at(doc, k):
        return []  # '- Giao Sở X ...': a trigger of its own, read as one
    return [m for m in _targets_after(doc, k, item, ITEM_SUBJECT) if isinstance(m, BodyMention)]


def _giver_before(doc: Doc, sentence: int, last_sentence: int, last_agents: list[Agent]) -> list[Agent]:
    """Who gave a task the sentence does not say the giver of ('UBND huyện Hóc Môn được yêu
    cầu ...', 'The dispatch was sent to ...'): the agents of the last relation, a few sentences
    back at most, else the issuer of the document named near."""
    if last_agents and sentence - last_sentence <= AGENTLESS_REACH:
        return list(last_agents)
    return _issuers_near(doc, sentence)


def _issuers_near(doc: Doc, sentence: int) -> list[Agent]:
    """The issuers of the documents named in a sentence or the one before ('Theo Quyết định số X của
    UBND tỉnh, Sở Y được giao ...'): who asks the subject of an agentless passive, when no one
    directed just before."""
    lo = doc.sentences[max(0, sentence - AGENTLESS_REACH)][0]
    hi = doc.sentences[sentence][1]
    issuers = [d.issuers[0] for d in doc.directives if lo <= d.start < hi and d.issuers]
    return issuers[:1] if len({b.key for b in issuers}) == 1 else []  # documents of several issuers: whose task is unsaid


def _in_name(doc: Doc, k: int) -> bool:
    """Token k is part of a person's name."""
    names = doc.memo.get("name_tokens")
    if names is None or names[0] is not doc.persons:
        names = doc.memo["name_tokens"] = (doc.persons, frozenset(i for p in doc.persons for i in range(p.start, p.end)))
    return k in names[1]


def _next_to_those_asked(doc: Doc, targets: list, addressees: list, word_class: str) -> bool:
    """A `word_class` word follows the ones a trigger addresses (and the name of the one asked):
    what they are asked for is to answer ('cho biết', 'trả lời', 'to explain': a question), or
    what they are given is authority ('quyền', 'the authority to')."""
    asked = targets + [a for a in addressees if a is not None]
    if not asked:
        return False
    last = max(asked, key=lambda m: m.end)
    k = next((p.end for p in doc.persons if p.start == last.end), last.end)
    subject = getattr(last, "subject", "")
    if subject and doc.tok(k) is not None and doc.text.startswith(subject, doc.tokens[k].start):
        k += len(subject.split())  # 'Bộ trưởng | Tài nguyên cho biết': the subject the title names
    return doc.word_end(k, word_class) is not None


LAND_REACH = 3  # words between 'giao' and the area it allots ('giao cho công ty hơn 2.000 m2')


def _allots_land(doc: Doc, k: int) -> bool:
    """An area follows the verb at k, within a few lower-case words: a number and a unit of
    land ('giao 6,39 ha đất', 'giao 70ha', 'giao hơn 2.000 m2')."""
    units = {w.casefold() for w in doc.lang.words.get("land_measure", ())}
    j = k
    while doc.tok(j) is not None and j - k <= LAND_REACH and not doc.tokens[j].is_digit \
            and doc.tokens[j].is_word and not doc.tokens[j].is_title:
        j += 1
    if doc.tok(j) is None or not doc.tokens[j].is_digit:
        return False
    if doc.tokens[j].text.lstrip("0123456789.,").casefold() in units:  # '70ha'
        return True
    while doc.tok(j) is not None and (doc.tokens[j].is_digit or doc.tokens[j].text in ".,"):
        j += 1
    return doc.word_end(j, "land_measure") is not None


def _active_trigger_at(doc: Doc, k: int) -> bool:
    """An active trigger starts at token k."""
    starts = doc.memo.get("active_trigger_starts")
    if starts is None:
        starts = doc.memo["active_trigger_starts"] = frozenset(
            m.start for m in doc.tags.all("trigger") if m.entry.kind == "active")
    return k in starts


SENT_GAP = 1  # words ('để') between a document's recipients and the request it carries


def _recipients_before(doc: Doc, at: int, sentence: int) -> tuple[int, list[Target]] | None:
    """The bodies a document was sent to, listed right before a request with no addressee of
    its own ('... có văn bản gửi Sở Xây dựng và Thanh tra TP yêu cầu ...'): where the document's
    words start (its sender is the subject before them) and the recipients."""
    first = doc.sentences[sentence][0]
    for j in range(at - 1, first - 1, -1):
        if doc.tokens[j].text == ";":
            return None
        end = doc.word_end(j, "sent_to")
        if end is None:
            continue
        recipients = [m for m in _targets_after(doc, end, sentence) if m.end <= at]
        if not recipients:
            return None
        # '..., Thanh tra TP và các sở ngành liên quan yêu cầu', '... gửi Bộ GTVT để đề nghị'
        gap = range(recipients[-1].end, at)
        words = [k for k in gap if doc.tokens[k].is_word]
        if _only_connectors(doc, gap.start, at) or _generic_tail(doc, gap.start, at) or len(words) <= SENT_GAP \
                and all(doc.tokens[k].text == "," for k in gap if k not in words):
            return j, recipients
        return None


def _generic_tail(doc: Doc, k: int, end: int) -> bool:
    """A generic plural closes a list from token k to `end` (', và các sở ngành liên quan')."""
    j = doc.word_end(k, "and") or (k + 1 if doc.tok(k) is not None and doc.tokens[k].text == "," else None)
    if j is None or doc.word_end(j, "generic") is None:
        return False
    return end - j <= GENERIC_LEAD and all(_plain_word(doc, i) for i in range(j, end))
    return None


def _semicolon_between(doc: Doc, start: int, end: int) -> bool:
    return any(doc.tokens[j].text == ";" for j in range(start, end))


MODAL_REACH = 6  # tokens before a trigger in which a modal word makes it a recommendation
AGENTLESS_REACH = 3  # sentences back in which the agent of an agentless passive ('X được giao ...') may be found


def _asked_upward(doc: Doc, agents: list, asked: list) -> bool:
    """Every agent asks every one addressed upward: a proposal, so what they are asked to do
    next in the sentence is not yet done."""
    agents = [a for a in agents if a is not None]
    asked = [b for t in asked for b in ([t] if not isinstance(t, PersonMention) else _agent_bodies(doc, t))]
    return bool(agents and asked) and all(_upward(doc, a, t) for a in agents for t in asked)


def _hypothetical(doc: Doc, k: int) -> bool:
    """A modal word shortly before the trigger at k, in its clause: what should or must be
    done is a recommendation or a duty, not an act ('Chính phủ cần giao Bộ Tư pháp ...')."""
    first = doc.sentences[doc.sentence_of(k)][0]
    for j in range(k - 1, max(first, k - MODAL_REACH) - 1, -1):
        if doc.tokens[j].text in ",;:" or doc.is_word(j, "and"):
            return False  # 'Chính phủ cần thêm thời gian và đã giao ...': 'cần' of another verb
        if doc.is_word(j, "modal") and not doc.tokens[j].is_title \
                and doc.word_end(j, "not_modal") is None:
            return True  # lower case: 'Cần' of 'Cần Thơ' is a name; 'cần thiết' (necessary) is no modal
    return False


def _own_place(agent: Agent, target: Target) -> bool:
    """A body's own locality is not directed by it ('TP HCM được giao ...' after the city's
    People's Committee spoke: the agentless passive's last agent is the place itself)."""
    return isinstance(agent, BodyMention) and isinstance(target, PlaceMention) and agent.unit is not None \
        and target.unit is not None and agent.unit.id == target.unit.id


def _speaks_for(doc: Doc, agents: list[Agent], place: PlaceMention) -> bool:
    """An agent is a body of the place, or holds a post in one ('Bí thư Thành uỷ ... TP. HCM')."""
    return place.unit is not None and any(b.unit is not None and b.unit.id == place.unit.id
                                          for a in agents for b in _agent_bodies(doc, a))


def _official(doc: Doc, agent: Agent) -> bool:
    """A body, or a person the article gives a post or a title ('Chủ tịch nước X', 'Bộ trưởng
    X'). Someone with neither is a citizen, an expert, a complainant or a businessman ('Ông X
    - Giám đốc Công ty TNHH ... đề nghị Chủ tịch tỉnh', 'PGS.TS X đề nghị TP ...'): his
    'đề nghị' or 'asks' directs nobody."""
    if not isinstance(agent, PersonMention):
        return True
    if _legislator_only(doc, agent):
        return False
    if "officials" not in doc.memo:
        complainant = {t.end for t in doc.tags.all("trigger") if t.entry.kind == "complainant"}
        unread = {t.start for t in doc.titles if t.unread}
        unread_ends = set(unread_spans(doc).values())  # 'Phó chủ tịch Hội nhà báo Việt Nam X đề nghị ...'
        private = {m.key for m in doc.persons if m.start in complainant or m.start - 1 in complainant
                   and doc.is_word(m.start - 1, "honorifics") or _after_separator(doc, m.end) in unread
                   or m.start in unread_ends}
        title_ends = {t.end for t in doc.titles}
        titled = {m.key for m in doc.persons if m.cue == "title" and _titled_at(doc, m, title_ends)}
        doc.memo["officials"] = {p.person.key for p in doc.posts} | (titled - private)
    return agent.key in doc.memo["officials"]


def _titled_at(doc: Doc, m: PersonMention, title_ends: set[int]) -> bool:
    """A title ends right before the name, past commas, dashes and honorifics ('Bộ trưởng X',
    'Bí thư Tỉnh uỷ, ông X'); a title word further back ('các thành viên dòng họ để ông X')
    is someone else's or no one's."""
    k = m.start
    for _ in range(3):
        if k in title_ends:
            return True
        honorific = next((j for j in range(max(0, k - 3), k) if doc.word_end(j, "honorifics") == k), None)
        if honorific is not None:
            k = honorific
        elif k > 0 and doc.tokens[k - 1].text in ",-–":
            k -= 1
        else:
            return False
    return k in title_ends


def _after_separator(doc: Doc, k: int) -> int:
    """Past one separator after token k: 'X - Giám đốc ...', 'X, chủ tịch ...', 'X (giám đốc ...'."""
    tok = doc.tok(k)
    return k + 1 if tok is not None and tok.text in (",", "-", "–", "(") else k


def _legislator_only(doc: Doc, agent: PersonMention) -> bool:
    """A person whose only posts the article names are seats in the National Assembly, its
    committees or a People's Council ('Anggota MN X meminta ...', 'Chủ nhiệm Uỷ ban Tư pháp Lê
    Thị Nga đề nghị Chính phủ ...'): a deputy's request is a proposal or a question."""
    bodies = [(p.title.role, p.title.body.key, p.title.body.type) for p in doc.posts
              if p.person.key == agent.key and p.title.body is not None]
    return bool(bodies) and all(role == "member" and (key == "national-assembly" or kind == "peoples-council")
                                or key.startswith("national-assembly/")  # the chair of an NA committee is a deputy
                                for role, key, kind in bodies)


def _upward(doc: Doc, agent: Agent, target: Target, in_charge: bool = False) -> bool:
    """A request that goes up the hierarchy is a proposal, not direction: a department's
    director 'đề nghị TP ...', a province asking a ministry, a district asking its province."""
    if isinstance(agent, PersonMention) and isinstance(target, BodyMention) and not in_charge \
            and _member_of(doc, agent, target):
        return True  # 'Phó chủ tịch UBND quận 1 gửi văn bản đề nghị UBND quận ...': a member asks his own body
    bodies = _agent_bodies(doc, agent)
    if isinstance(agent, PersonMention) and isinstance(target, BodyMention) and target.type in PARTY_TOP \
            and not any(p.person.key == agent.key and p.title.role == "general-secretary" for p in doc.posts):
        return True  # '[ông X ...]; vì vậy đề nghị Bộ Chính trị xem xét, thi hành kỷ luật': only the General Secretary directs them
    return bool(bodies) and all(_above(doc, target, b) for b in bodies)


PARTY_TOP = ("politburo", "secretariat", "central-committee")  # the Party's top: bodies direct one another there, persons do not


def _member_of(doc: Doc, person: PersonMention, body: BodyMention) -> bool:
    """The person holds a post in `body` that is not its head's."""
    return any(p.person.key == person.key and p.title.body is not None and p.title.body.key == body.key
               and p.title.role not in HEAD_ROLES for p in doc.posts)


MINISTRY_LEVEL = ("ministry",)  # the Government's members; its inspectorate and offices stand with them


def _peers(doc: Doc, agent: Agent, target: Target) -> bool:
    """A ministry asking another ministry or an agency of the Government ('Bộ Công an đề nghị Bộ
    Giao thông ...', 'Bộ TTTT đề nghị Thanh tra Chính phủ ...'): peers, not direction."""
    bodies = _agent_bodies(doc, agent)
    return isinstance(target, BodyMention) and target.national and bool(bodies) and all(
        b.national and _ministry_level(b) and b.key != target.key for b in bodies) and _ministry_level(target)


def _front_asks_others(doc: Doc, agent: Agent, target: Target) -> bool:
    """The Fatherland Front (or its official) asking a body outside the Front or a locality
    ('Chủ tịch Uỷ ban MTTQ TP đề nghị Sở GTVT ...'): it speaks for the people, a proposal."""
    bodies = _agent_bodies(doc, agent)
    return bool(bodies) and all(b.type == "fatherland-front" for b in bodies) \
        and not (isinstance(target, BodyMention) and target.type == "fatherland-front")


def _ministry_level(b: BodyMention) -> bool:
    return b.type in MINISTRY_LEVEL or (len(b.path) == 2 and b.path[0][0] == "government")


def _agent_bodies(doc: Doc, agent: Agent) -> list[BodyMention]:
    """The body an agent is, or the bodies of the posts the article gives the person."""
    return [agent] if isinstance(agent, BodyMention) else \
        [p.title.body for p in doc.posts if p.person.key == agent.key and p.title.body is not None and p.title.body.key]


def _elsewhere(doc: Doc, agent: Agent, target: Target) -> bool:
    """Local bodies of two localities neither of which contains the other: a request between
    them ('UBND TP HCM đề nghị UBND tỉnh Bình Dương ...') is one between peers, not direction."""
    unit, bodies = target.unit, _agent_bodies(doc, agent)
    # provinces only: a commune's name is shared by dozens, and one read in the wrong district
    # must not cost a right relation
    return unit is not None and unit.level == "province" and bool(bodies) and all(
        b.unit is not None and b.unit.level == "province" and b.unit.id != unit.id for b in bodies)


# The top of the state and the Party, by organization type (CONTRACT.md): a request to one of
# them from a body of a lower tier (a ministry to the Government or the National Assembly, the
# Central Inspection Commission to the Politburo) is a proposal.
PARTY_TYPES = ("party-committee", "party-standing-committee", "party-board")
STATE_TYPES = ("peoples-committee", "peoples-council", "department", "office")
NATIONAL_TIERS = {"politburo": 3, "secretariat": 3, "central-committee": 3, "national-assembly": 2, "government": 1}


def _above(doc: Doc, target: Target, body: BodyMention) -> bool:
    """`target` stands above `body`: a body it belongs to, the standing committee of the body
    it belongs to, a higher tier of the national top, a national body over a local one, or a
    body or place of a locality that contains the body's."""
    if isinstance(target, BodyMention):
        if body.key.startswith(target.key + "/"):
            # 'Ban cán sự đảng UBND tỉnh', 'the Party Civil Affairs Committee of the People's
            # Committee': the Party's organ inside a state body leads it
            return not (body.type in PARTY_TYPES and target.type in STATE_TYPES + ("government", "ministry"))
        if target.type == "party-standing-committee" and body.key != target.key \
                and body.key.startswith(target.key.rsplit("/", 1)[0] + "/"):
            return True  # 'UBKT Tỉnh uỷ đề nghị Ban Thường vụ Tỉnh uỷ ...'
        if target.type in NATIONAL_TIERS and body.national:
            return NATIONAL_TIERS.get(body.type, 0) < NATIONAL_TIERS[target.type]
        if target.type == "ministry" and body.national and body.type == "department":
            return True  # 'Cục Hàng không đề nghị Bộ Giao thông ...': a ministry's department asks a ministry
        if target.national:
            return not body.national
        # (and the organs of a Party committee or council: 'đề nghị Thường trực Thành uỷ chấp thuận ...')
        root = target.path[0][0]
        if (target.type in PARTY_TYPES or root in PARTY_TYPES) and (body.type in STATE_TYPES or not _elected_or_party(body)) \
                and target.unit is not None \
                and body.unit is not None and (target.unit.id == body.unit.id or _inside(doc, body.unit, target.unit)):
            return True  # 'UBND tỉnh / Thành Đoàn đề nghị Ban Thường vụ Tỉnh uỷ ...': the Party leads its area
        if target.type == "peoples-committee" and _same_unit(target, body) and not _elected_or_party(body):
            return True  # 'Giám đốc Công an Hà Nội đề nghị UBND thành phố': an agency of the city asks its government
        if root == "peoples-council" and _same_unit(target, body) and body.path[0][0] != "peoples-council" \
                and not any(kind.startswith("party") for kind, _ in body.path):
            return True  # 'UBND TP sẽ đề nghị HĐND tạm ứng ...': the council elects and oversees the committee
        if target.type != body.type and (target.unit is None or body.unit is None or target.unit.id == body.unit.id):
            return False  # a Party committee leads the People's Committee of its own area
    unit = target.unit
    if isinstance(target, PlaceMention) and unit is not None and body.unit is not None and unit.id == body.unit.id:
        return len(body.path) > 1  # 'Giám đốc Sở X đề nghị thành phố ...': a department asks its own city
    return unit is not None and body.unit is not None and unit.id != body.unit.id and _inside(doc, body.unit, unit)


def _same_unit(a: BodyMention, b: BodyMention) -> bool:
    return a.unit is not None and b.unit is not None and a.unit.id == b.unit.id


def _elected_or_party(body: BodyMention) -> bool:
    """A People's Council or People's Committee, or a body of the Party: not an agency under
    the People's Committee of its area."""
    return body.type in ("peoples-council", "peoples-committee") or any(kind.startswith("party") for kind, _ in body.path)


def _inside(doc: Doc, unit, outer) -> bool:
    """`unit` lies within `outer` (a district within its province)."""
    return any(a.id == outer.id for a in doc.gazetteer.ancestors(unit))


def _addressees(doc: Doc, k: int) -> list[Agent]:
    """The person or title addressed right after token k ('đề nghị Thủ tướng Hunsen', 'kiến nghị
    Thủ tướng'), as agents of what they are asked to do; [None] when it is one we cannot name."""
    if doc.tok(k) is None or not doc.tokens[k].is_word:
        return []  # 'đoàn giám sát, Phó chủ tịch X đề nghị ...': the clause goes on, nobody is addressed
    if _pronoun(doc, k) and _unnamed_addressee(doc, k):  # 'Bộ Chính trị phân công ông chỉ đạo Đảng bộ thành phố': he directs
        return [_pronouns(doc).get(k)]
    if _unnamed_addressee(doc, k):
        return [None]  # 'giao Ban cán sự Đảng UBND TP chỉ đạo UBND TP': one we cannot read directs, not the giver
    people = [m for m in doc.persons if k <= m.start <= k + 2]
    titles = [t for t in doc.titles if k <= t.start <= k + 1]
    if people:
        return people[:1]
    holders = [m for m in doc.persons if titles and m.start == titles[0].end]
    if holders:  # 'assigned Deputy Prime Minister Pham Binh Minh to supervise ...': the one named after his title
        return holders
    if titles:
        agent = _title_agent(doc, titles[0]) if titles[0].body is not None else None
        return [agent] if agent is not None and not _named(doc, titles[0]) else [None]
    return []


def _unnamed_addressee(doc: Doc, k: int) -> bool:
    """A pronoun, or a title or body the language data cannot read, starts at token k ('Hội
    Nông dân tỉnh' is read: a body starts there)."""
    if _pronoun(doc, k):  # ... who then directs: 'phân công ông chỉ đạo X' (not 'phân công ông phụ trách X')
        return any((m := doc.tags.at(j, "trigger")) is not None and m.entry.kind == "active" for j in (k + 1, k + 2))
    if k in _read_body_starts(doc):
        return False
    return k in unread_spans(doc) or doc.word_end(k, "unread_body") is not None


def _read_body_starts(doc: Doc) -> set[int]:
    """Where the bodies the language data reads start, once per article."""
    if "read_body_starts" not in doc.memo:
        doc.memo["read_body_starts"] = {b.start for b in doc.bodies if b.key}
    return doc.memo["read_body_starts"]


def _named(doc: Doc, t: TitleMention) -> bool:
    """A name we cannot read follows the title ('Thủ tướng Hunsen')."""
    nxt = doc.tok(t.end)
    return nxt is not None and nxt.is_word and nxt.is_title and not doc.tags.at(t.end, "body")


def _key(m) -> str:
    if isinstance(m, PersonMention):
        return "person:" + m.key
    if isinstance(m, PlaceMention):
        return "place:" + m.unit.id
    return "body:" + m.key


def _specific_body(b: BodyMention) -> bool:
    return bool(b.key) and not (b.plural and b.parent is None and b.place is None)


def _owners(doc: Doc) -> dict[int, PersonMention]:
    """Title (by start) -> the person who holds it in the article."""
    if "owners" not in doc.memo:
        doc.memo["owners"] = {p.title.start: p.person for p in doc.posts}
    return doc.memo["owners"]


HEAD_OF_REACH = 3  # tokens of a head word before its body ('người đứng đầu', 'the head of')


def _head_named(doc: Doc, agent: Agent) -> Agent:
    """'Người đứng đầu Thành uỷ TP HCM yêu cầu ...': the head the article names for that body
    speaks, not the body; the body itself when the article names no head."""
    if not isinstance(agent, BodyMention) or not agent.key or not any(
            doc.word_end(j, "head_of") == agent.start for j in range(max(0, agent.start - HEAD_OF_REACH), agent.start)):
        return agent
    head = _holder_of(doc, agent.key, HEAD_ROLES, agent.start)
    return head if head is not None else agent


def _holder(doc: Doc, title: TitleMention) -> PersonMention | None:
    """'the Chairman of the City People's Committee': who the article says holds that post; of
    several holders (two Deputy PMs in a news digest), the one named last before the title."""
    return _holder_of(doc, title.body.key, (title.role,), title.start) if title.body is not None else None


def _holder_of(doc: Doc, body_key: str, roles: tuple, at: int) -> PersonMention | None:
    """Who the article says holds one of `roles` in the body: of several, the one named last
    before token `at`, else the first; a former holder only when there is no other ('cố Thủ
    tướng Võ Văn Kiệt' is not who asks now)."""
    held = [p for p in doc.posts if p.title.body is not None and p.title.body.key == body_key and p.title.role in roles]
    held = [p for p in held if p.title.status != "former"] or held
    before = [p for p in held if p.title.start < at]
    return max(before, key=lambda p: p.title.start).person if before else held[0].person if held else None


def _title_agent(doc: Doc, title: TitleMention) -> Agent | None:
    if doc.plain_capitalised(title.end) and not doc.lang.vietnamese(doc.tokens[title.end].text) \
            and not _owners(doc).get(title.start):
        return None  # 'Bộ trưởng Tư pháp Tarek William', 'Thủ tướng Anh Theresa May': a foreign name, another country's
    owned = _owners(doc).get(title.start)
    return owned or _holder(doc, title) or (title.body if title.body is not None and title.body.key else None)


def _subject(doc: Doc, at: int, sentence: int, recent: list[Agent] | None = None) -> list[Agent]:
    """The agent of an active trigger: the first person, bare title or body of its clause
    (subjects come first: 'The Politburo decided to warn X and requested ...'), a pronoun's
    antecedent, or, in a clause with no subject ('Directly direct ...'), the subject of the
    sentence before; in a clause that only an adverbial opens ('Đồng thời, giao Sở X ...'), the
    `recent` giver of a task a sentence or two before."""
    first = doc.sentences[sentence][0]
    lo = doc.after_list_marker(max(_clause_start(doc, first, at), at - SUBJECT_WINDOW), at)
    conveyed = _conveyed_agent(doc, lo, at)
    if conveyed is not None:  # 'VPCP có văn bản truyền đạt ý kiến của Phó thủ tướng X, giao Bộ Y ...'
        return [conveyed]
    adjacent = _adjacent_agent(doc, lo, at)
    if adjacent is not None:  # 'truyền đạt chỉ đạo của Thủ tướng Nguyễn Xuân Phúc yêu cầu ...'
        return [adjacent]
    fronted = _after_fronted_phrase(doc, lo, at)
    if fronted is not None:  # 'Làm việc với Bí thư X sáng 17/2, Giám đốc Sở Y đề nghị ...'
        lo = fronted
    reported = _after_speech_verb(doc, lo, at)
    if reported is not None and _agents_in(doc, reported, at):
        lo = reported  # 'the Chairman said the City Party Committee assigned ...': the reported clause
        fronted = _after_fronted_phrase(doc, lo, at)
        if fronted is not None:  # 'X cho biết, sau khi ông Y bị đe doạ, lãnh đạo huyện đã giao ...'
            lo = fronted
    elif reported is not None and (leaders := _leaders_of(doc, reported, at)) is not None:
        return [leaders]  # 'X cho biết, lãnh đạo tỉnh đã yêu cầu ...': the leaders, not the speaker
    elif reported is not None and (referent := _bare_head_referent(doc, reported, at)) is not None:
        return [referent]  # 'X cho biết, đầu năm 2016, Sở đã đề nghị ...': the department, not the speaker
    elif reported is not None and (government := _place_subject(doc, reported, at)) is not None:
        return [government]  # 'Theo ông X, tỉnh Hà Tĩnh đã đề nghị Bộ ...': the province, not the source
    lo = _past_subordinate_clause(doc, lo, at)  # 'sau khi UBND TP và Sở X báo cáo, UBND tỉnh ... giao ...'
    last = next((k + 1 for k in range(at - 1, lo, -1) if doc.tokens[k].text == ","), lo)
    if last > lo and not _agents_in(doc, last, at) and not _appositive_after(doc, last - 1):
        near = _bare_head_referent(doc, last, at) or _place_subject(doc, last, at)
        if near is not None:  # 'Theo ông X, tỉnh Hà Tĩnh đã đề nghị ...': the subject of the last clause
            return [near]
    if _unnamed_body_before(doc, lo, at):
        return []  # '... là thẩm quyền của UBND quận, huyện giao UBND phường ...': bodies in general, not the speaker
    # 'thực hiện ý kiến chỉ đạo của X, giao Y ...': X directs whoever assigns, not Y (GUIDELINES)
    found = [a for a in _agents_in(doc, lo, at) if not _after_nominal(doc, a)]
    introduced = [a for a in found if isinstance(a, PersonMention) and _has_appositive(doc, a, at)]
    if introduced:  # 'The Office announced that Mr. X, Vice Chairman of ..., requested ...'
        return [introduced[-1]]
    if found:
        return [found[0]]
    leaders = _leaders_of(doc, lo, at)
    if leaders is not None:
        return [leaders]
    if _opens_clause(doc, lo, at) and lo > first and doc.tokens[lo - 1].text == ";" \
            and (before := _clause_agents(doc, first, lo - 1)):
        return [before[0]]  # 'UBKT Trung ương khiển trách ông X; đề nghị Ban Bí thư ...', '...; directly directs ...'
    if lo > first and doc.tokens[lo - 1].text == ";" and 2 < at - lo <= THE_HEAD_GAP \
            and all(_plain_word(doc, k) or doc.tokens[k].text == "," for k in range(lo, at)) \
            and (before := _clause_agents(doc, first, lo - 1)):
        return [before[0]]  # 'X violated ...; lacked responsibility, loosened leadership, allowing ...'
    if all(doc.tokens[k].text in QUOTES or doc.is_word(k, "first_person") for k in range(lo, at)) \
            and (said := _quote_speaker(doc, at)):
        return said  # '"Đề nghị Bộ GD-ĐT rà soát ..." - ông Mẫn nói', '"I urge the NA Standing Committee ...," X said'
    if at == lo:  # an imperative: 'Directly direct the Department of ...', 'c) Monitoring and directing: ...'
        previous = _list_heading_body(doc, sentence) or _antecedent(doc, first, DUTY_REACH)
        return [previous] if previous is not None else []
    if recent and _after_adverbial(doc, lo, at):
        return recent[:1]  # 'UBND TP cũng giao nhà trường ... Đồng thời, giao Sở Tài chính hướng dẫn ...'
    referent = _bare_head_referent(doc, lo, at) or _place_subject(doc, lo, at) or _the_head_referent(doc, lo, at) \
        or _body_pronoun_referent(doc, lo, at)
    return [referent] if referent is not None else []


REPORTED_SUBJECT_GAP = 6  # tokens between a speech verb and the subject of what it reports


def _clause_agents(doc: Doc, first: int, end: int) -> list[Agent]:
    """The agents of the clause [first, end) that a ';' continues: those of the clause a speech
    verb reports, when one does ('Ông X cho hay, Ban Bí thư đã quyết định ...; đề nghị Đảng đoàn
    ...': the Secretariat asks, not the speaker), else the clause's own."""
    reported = _after_speech_verb(doc, first, end)
    if reported is not None and (agents := _agents_in(doc, reported, end)) \
            and agents[0].start - reported <= REPORTED_SUBJECT_GAP and not doc.is_word(agents[0].start - 1, "of"):
        return agents  # the reported clause's subject, after at most a date ('ngày 4/5 Ban Bí thư ...')
    return _agents_in(doc, first, end)


BODY_PRONOUN_REACH = 2  # sentences back in which 'It' finds the body it stands for


def _body_pronoun_referent(doc: Doc, lo: int, at: int) -> BodyMention | None:
    """'The commission concluded ... It also asked the standing boards of ...': a body pronoun
    (and an 'also') right before the trigger stands for the body that opens one of the two
    sentences before, their subject."""
    k = doc.word_end(lo, "body_pronouns")
    if k is None or not all(doc.is_word(j, "also") for j in range(k, at)):
        return None
    sentence = doc.sentence_of(lo)
    for n in range(sentence - 1, max(-1, sentence - 1 - BODY_PRONOUN_REACH), -1):
        first, last = doc.sentences[n]
        opening = doc.word_end(doc.after_list_marker(first, last), "the") or doc.after_list_marker(first, last)
        subjects = [b for b in doc.bodies if b.start == opening and _specific_body(b)]
        if subjects:
            return max(subjects, key=lambda b: b.end)  # the whole name: 'the Party Central Committee's Inspection Commission'
    return None


def _the_head_referent(doc: Doc, lo: int, at: int) -> BodyMention | None:
    """'The commission asked ...', 'The Ministry also requested ...': 'the' and one word that
    ends the name of a body named earlier in the article, before the trigger (and an 'also'):
    that body."""
    if doc.lang.head_first:
        return None  # 'the' before its noun: English
    k = doc.word_end(lo, "the")
    if k is None or k >= at or not doc.tokens[k].is_word:
        return None
    if at - k - 1 > THE_HEAD_GAP or not all(doc.is_word(j, "also") or _plain_word(doc, j) for j in range(k + 1, at)):
        return None  # 'The committees also showed a lack of responsibility and lax leadership ...'
    word = doc.tokens[k].norm
    heads = {word, _singular(word)}
    before = [b for b in doc.bodies if b.end <= lo and _specific_body(b)]
    named = [b for b in before if doc.tokens[b.head_end - 1].norm == word] \
        or [b for b in before if _singular(doc.tokens[b.head_end - 1].norm) in heads] \
        or [b for b in before if doc.tokens[b.end - 1].norm in heads]  # 'the Standing Committees of ...' by its head
    return max(named, key=lambda b: (b.end, -b.start)) if named else None  # the last; the whole of nested names


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


THE_HEAD_GAP = 8  # lower-case words between 'The commission' and its trigger ('also showed a lack of responsibility and')


def _plain_word(doc: Doc, k: int) -> bool:
    """A lower-case word the lexicon knows nothing of."""
    tok = doc.tokens[k]
    return tok.is_word and not tok.is_title and not tok.is_upper \
        and not any(doc.tags.at(k, c) for c in ("role", "body", "place_type"))


def _past_subordinate_clause(doc: Doc, lo: int, at: int) -> int:
    """Past the comma that closes a clause opened by a subordinating word at `lo` ('sau khi',
    'after'), when the comma comes before `at`: its bodies are not the main clause's subject."""
    if doc.word_end(lo, "subordinator") is None:
        return lo
    comma = next((k for k in range(lo, at) if doc.tokens[k].text == ","), None)
    return comma + 1 if comma is not None and _agents_in(doc, comma + 1, at) else lo


def _opens_clause(doc: Doc, lo: int, at: int) -> bool:
    """The trigger at `at` opens its clause, after at most two lower-case words the lexicon does
    not know ('directly', 'trực tiếp'): a clause with no subject of its own."""
    return at - lo <= 2 and all(doc.tokens[k].is_word and not doc.tokens[k].is_title and not doc.tokens[k].is_upper
                                and not any(doc.tags.at(k, c) for c in ("role", "body", "place_type"))
                                for k in range(lo, at))


CLAUSE_OPENERS = frozenset(',:;"“')


def _place_opens_clause(doc: Doc, place: PlaceMention, sentence: int) -> bool:
    """A locality that is the subject of its clause, 'X must ...': it opens the sentence, follows a
    comma, colon or quotation mark, or the verb of urging ('cho rằng tỉnh Ninh Thuận cần ...',
    '..., Quảng Ngãi cần ...'); not a place inside a noun ('ĐH Y dược TP. HCM cần', 'cảng Hải
    Phòng phải', 'du khách kẹt ở Lý Sơn phải')."""
    k = place.start
    if k == doc.sentences[sentence][0] or doc.tokens[k - 1].text in CLAUSE_OPENERS:
        return True
    ends = doc.memo.get("exhort_ends")
    if ends is None:
        ends = doc.memo["exhort_ends"] = {m.end for m in doc.tags.all("word:exhort")}
    return k in ends


def _fronted_addressees(doc: Doc, sentence: int, at: int) -> list[Target]:
    """The bodies or places a sentence opens with as its topic, before the trigger at `at` that
    names no one after it ('Đối với UBND tỉnh Đồng Tháp, Bộ GTVT đề nghị chỉ đạo ...', 'As for
    the Department of Health, the Chairman asked ...'): they are those addressed."""
    first = doc.sentences[sentence][0]
    start = doc.word_end(first, "addressed_topic")
    if start is None:
        return []
    comma = next((k for k in range(start, at) if doc.tokens[k].text == ","), None)
    if comma is None or any(doc.tokens[k].text in ",;:" for k in range(comma + 1, at)):
        return []  # 'Đối với Ban cán sự Đảng Bộ X, ông A, nguyên Bộ trưởng, ... đã chỉ đạo': about A, not a request
    found = _items_in(doc, start, comma)
    if not found or found[0][0] != (doc.word_end(start, "the") or start) or found[-1][1] != comma \
            or not all(_only_connectors(doc, a[1], b[0]) for a, b in zip(found, found[1:])):
        return []  # 'Đối với các dự án của Sở X, ...': the topic is not the bodies themselves
    return [target for _, _, target in found if target is not None]


def _after_adverbial(doc: Doc, lo: int, at: int) -> bool:
    """Only an adverbial of a word or two, and its comma, opens the clause before `at` ('Đồng
    thời,', 'Trước mắt,', 'Ngoài ra'): a clause with no subject of its own."""
    end = at - 1 if at > lo and doc.tokens[at - 1].text == "," else at
    return 0 < end - lo <= 2 and all(
        doc.tokens[k].is_word and (k == lo or not doc.tokens[k].is_title) and not doc.tokens[k].is_upper
        and not any(doc.tags.at(k, c) for c in ("role", "body", "place_type")) and k not in doc.person_starts()
        for k in range(lo, end))


def _unnamed_body_before(doc: Doc, lo: int, at: int) -> bool:
    """A body's name that names no particular body ('UBND quận, huyện', 'các sở') ends right
    before the trigger at `at`, past level words, commas and 'and'."""
    k, levels, plural = at - 1, 0, False
    while k >= lo:
        word = _level_word_ending(doc, k + 1)  # 'huyện', 'thành phố', 'các tỉnh'
        if word is not None:
            levels += 1
            plural = plural or doc.tags.at(word, "place_type_plural") is not None
            k = word - 1
        elif doc.tokens[k].text == "," or doc.is_word(k, "and"):
            k -= 1
        else:
            break
    if plural and k < at - 1:
        return True  # 'đề nghị các tỉnh, thành phố chỉ đạo ...'
    head = next((m for m in doc.body_heads if m.start <= k < m.end), None) if k >= lo else None
    if head is None or k == at - 1:
        return False
    return levels > 1 or not any(b.key and not b.plural and b.start <= head.start < b.end for b in doc.bodies)


def _level_word_ending(doc: Doc, end: int) -> int | None:
    """Where a level word, singular or plural, that ends at token `end` starts ('thành phố', 'các tỉnh')."""
    for j in range(max(0, end - 3), end):
        for t in (doc.level_word(j), doc.tags.at(j, "place_type_plural")):
            if t is not None and t.end == end:
                return j
    return None


BARE_GAP = 4  # lower-case words ('đã', 'cũng', 'also', 'đã có văn bản') between a bare subject and its trigger


def _appositive_after(doc: Doc, comma: int) -> bool:
    """The comma at token `comma` follows a body, a place or a capitalised name that is no
    person's, so what comes after it describes that one ('UBND huyện Nghi Lộc, tỉnh Nghệ An đã
    chỉ đạo ...', 'tại phường Thành Tô và Tràng Cát, quận Hải An ...')."""
    before = doc.tok(comma - 1)
    return any(b.end == comma for b in doc.bodies) or any(p.end == comma for p in doc.places) \
        or before is not None and (before.is_title or before.is_upper) and not any(p.end == comma for p in doc.persons)


def _place_subject(doc: Doc, lo: int, at: int) -> BodyMention | None:
    """'Tỉnh Hà Tĩnh đã đề nghị Bộ ...', 'Hanoi has asked ...': a place that opens the clause
    shortly before the trigger speaks through its People's Committee."""
    entry = doc.lang.bodies.get("peoples-committee")
    for p in doc.places:
        if entry is None or p.unit is None or not lo <= p.start <= lo + 1 or p.end > at:
            continue
        if p.start > lo and doc.tags.at(lo, "place_type") is None:
            continue  # only a type word may come first: 'tỉnh Hà Tĩnh'
        if at - p.end <= BARE_GAP and _lower_words(doc, p.end, at) \
                and not any(doc.is_word(j, "reporting") for j in range(p.end, at)):
            return implied_body(doc, entry, p.start, p.end, place=p)
    first = doc.word_end(lo, "the") or lo  # 'X said the city has asked ...'
    level = _level_word(doc, first) if entry is not None else None  # 'Menurut X, provinsi telah meminta ...'
    if level is not None and at - level[1] <= BARE_GAP and _lower_words(doc, level[1], at) \
            and not any(doc.is_word(j, "reporting") for j in range(level[1], at)):
        unit = context_unit(doc, level[2], lo, city=level[3]) or context_unit(doc, level[2], lo)  # 'Provinsi': either
        return implied_body(doc, entry, level[0], level[1], unit=unit) if unit is not None else None
    return None


def _lower_words(doc: Doc, start: int, end: int) -> bool:
    """Tokens [start, end) are all lower-case words."""
    return all(doc.tokens[j].is_word and not doc.tokens[j].is_title and not doc.tokens[j].is_upper
               for j in range(start, end))


def _bare_head_referent(doc: Doc, lo: int, at: int) -> BodyMention | None:
    """'Sở đã đề nghị huyện Lý Sơn ...', 'The Ministry also asked ...': a body head written
    alone shortly before the trigger is the last body of its kind the article named before."""
    for m in reversed(doc.body_heads):
        if m.end > at or m.start < lo:
            continue
        if at - m.end > BARE_GAP or any(doc.tokens[j].is_title or doc.tokens[j].is_upper or not doc.tokens[j].is_word
                                        for j in range(m.end, at)):
            return None
        if any(b.start <= m.start < b.end for b in doc.bodies):
            return None  # a body of its own words, read as such
        named = [b for b in doc.bodies if b.end <= m.start and b.entry.id == m.entry.id and _specific_body(b)]
        return named[-1] if named else None
    return None


CONVEY_REACH = 6  # tokens from a convey word to its 'of' ('truyền đạt ý kiến chỉ đạo của')


def _conveyed_agent(doc: Doc, lo: int, at: int) -> Agent | None:
    """The leader whose words an office conveys before `at` ('Văn phòng Chính phủ truyền đạt ý
    kiến của Phó thủ tướng X, giao Bộ Y ...'): the person or bare title right after the 'of'."""
    for m in doc.tags.all("word:convey"):
        if not lo <= m.start < at:
            continue
        of = next((j for j in range(m.end, min(at, m.end + CONVEY_REACH)) if doc.is_word(j, "of")), None)
        if of is None:  # 'truyền đạt ý kiến Thủ tướng': the leader right after the words, no 'of'
            of = m.end - 1
        k = doc.word_end(of + 1, "honorifics") or of + 1
        person = next((p for p in doc.persons if p.start == k and p.end <= at), None)
        title = next((t for t in doc.titles if t.start == k and t.end <= at and t.body is not None), None)
        if title is not None:
            person = next((p for p in doc.persons if title.end <= p.start <= title.end + 1 and p.end <= at), None)
        agent = person if person is not None else _title_agent(doc, title) if title is not None else None
        if agent is None:  # 'Văn phòng UBND TP thông báo ý kiến của lãnh đạo thành phố giao ...'
            agent = _leaders_of(doc, of + 1, min(at, of + 4))
        if agent is None and any(t.start == k for t in doc.titles):
            agent = _office_parent(doc, lo, m.start)  # 'Văn phòng Bộ Y tế truyền đạt ý kiến của Bộ trưởng ...'
        if agent is not None:
            return agent
    return None


def _office_parent(doc: Doc, lo: int, hi: int) -> BodyMention | None:
    """The body whose office conveys, named in [lo, hi): its head's words are that body's."""
    offices = [b for b in doc.bodies if lo <= b.start and b.end <= hi and b.type == "office" and b.parent is not None]
    return offices[-1].parent if offices and offices[-1].parent.key else None


def _conveyor_before(doc: Doc, k: int) -> bool:
    """A convey word stands just before a nominal trigger at k ('truyền đạt ý kiến chỉ đạo của')."""
    return any(m.start < k <= m.end + 2 for m in doc.tags.all("word:convey"))


def _adjacent_agent(doc: Doc, lo: int, at: int) -> Agent | None:
    """A person (with his title) or a bare title standing right before the trigger, after
    a possessive: the nearest one speaks, whatever came first ('the direction of PM X asking ...')."""
    person = next((p for p in doc.persons if p.end == at and lo <= p.start), None)
    title = next((t for t in doc.titles if t.end == at and lo <= t.start and t.body is not None), None)
    head = person.start if person is not None else title.start if title is not None else None
    if head is None:
        return None
    titled = next((t for t in doc.titles if t.end in (head, head - 1) and lo <= t.start), None)
    start = titled.start if titled is not None else head
    if not doc.is_word(start - 1, "of"):
        return None
    return person if person is not None else _title_agent(doc, title)


def _leaders_of(doc: Doc, lo: int, hi: int) -> BodyMention | None:
    """'Lãnh đạo tỉnh Thanh Hoá yêu cầu ...', 'Hanoi leaders requested ...': the leaders of a
    place speak for its People's Committee."""
    entry = doc.lang.bodies.get("peoples-committee")
    for m in doc.tags.all("word:leaders"):
        if not (lo <= m.start < hi) or entry is None:
            continue
        near = m.end if doc.lang.head_first else m.start
        place = next((p for p in doc.places if (p.start == near if doc.lang.head_first else p.end == near)), None)
        if place is not None:
            return implied_body(doc, entry, m.start, m.end, place=place)
        level = _level_word(doc, near) if doc.lang.head_first else None
        unit = context_unit(doc, level[2], m.start, city=level[3]) if level is not None else None
        if unit is not None:  # 'lãnh đạo tỉnh đã yêu cầu ...': the province the article is about
            return implied_body(doc, entry, m.start, m.end, unit=unit)
    return None


def _has_appositive(doc: Doc, person: PersonMention, at: int) -> bool:
    """The person is introduced with a title of theirs, between the name and `at`."""
    return any(p.person is person and person.end <= p.title.start < at for p in doc.posts)


def _after_fronted_phrase(doc: Doc, lo: int, at: int) -> int | None:
    """After the comma that ends a phrase put before the subject ('Làm việc với X sáng 17/2,',
    'At the meeting with Mr. X,'), when the clause opens with no agent and the part after the
    last comma before `at` names one."""
    last = next((k for k in range(at - 1, lo, -1) if doc.tokens[k].text == ","), None)
    if last is None or doc.word_end(lo, "honorifics") is not None or _agents_in(doc, lo, lo + 1):
        return None
    bare_level = not doc.places_at(last + 1) and _place_subject(doc, last + 1, at) is not None \
        and not _unnamed_body_before(doc, lo, at)  # not the last of 'UBND quận, huyện
    if not (_agents_in(doc, last + 1, at) or _leaders_of(doc, last + 1, at) or bare_level) \
            or not _agents_in(doc, lo, last):
        return None  # '..., thành phố đã chỉ đạo ...': the article's city speaks through its government
    return last + 1


def _after_speech_verb(doc: Doc, lo: int, at: int) -> int | None:
    """Where the clause a speech verb ('said', 'cho biết') reports starts, if one stands before
    `at`, or the clause after a source ('Theo ông X, ...', 'According to Mr. X, ...')."""
    ends = [m.end for m in doc.tags.all("word:reporting") if lo <= m.start and m.end <= at]
    ends += [e for m in doc.tags.all("word:according_to") if lo <= m.start < at
             and (e := _source_end(doc, m.end, at)) is not None]
    return max(ends) if ends else None


def _speaker(doc: Doc, at: int, sentence: int) -> list[Agent]:
    """Who says what follows, up to `at`: the official before the last verb of urging in the
    sentence ('Ông X nhấn mạnh, ...', 'X said the Department ...'), or the source after
    'Theo' ('Theo Tổng bí thư, ...'); none where nobody urges (a rule the text only reports:
    'ông X cho biết theo quy định, Sở phải ...')."""
    first = doc.sentences[sentence][0]
    urging = [m for m in doc.tags.all("word:exhort") if first <= m.start and m.end <= at]
    if urging:
        found = _agents_in(doc, _clause_start(doc, first, urging[-1].start), urging[-1].start)
        people = [a for a in found if isinstance(a, PersonMention)]
        return (people or found)[-1:]  # the nearest: 'Đánh giá ý kiến ông X ..., ông Y nói: ...' is Y's
    for m in doc.tags.all("word:according_to"):
        end = _source_end(doc, m.end, at) if first <= m.start < at else None
        if end is not None:
            return _agents_in(doc, m.end, end)[:1]
    return []


QUOTES = frozenset('"“”«»')
SAID_REACH = 15  # tokens after a quotation in which its speaker and the verb of saying stand


def _quote_speaker(doc: Doc, at: int) -> list[Agent]:
    """The official who says the quotation token `at` stands in, named with a verb of saying
    right after it closes ('"Sở TT-TT phải là cơ quan hướng dẫn ...", ông Nhân nói', '"... must
    set an example," said Party chief Nguyen Phu Trong'): his own words, not a rule he reports.
    Inside a quotation: an odd number of quotation marks stands before it in the article (a
    quotation may run over several paragraphs, as vi-news writes them); it closes on its line."""
    text, tokens = doc.text, doc.tokens
    if _quotes_before(doc, at) % 2 == 0:
        return []
    line_end = text.find("\n", tokens[at].start)
    line_end = len(text) if line_end < 0 else line_end
    close = next((j for j in range(at, len(tokens)) if tokens[j].start >= line_end or tokens[j].text in QUOTES), None)
    if close is None or tokens[close].start >= line_end:
        return []
    k = close + 1 + (doc.tok(close + 1) is not None and tokens[close + 1].text in (",", "-", "–"))
    said = doc.word_end(k, "reporting")
    if said is not None:  # '"...," said General Secretary Nguyen Phu Trong'
        return [a for a in _agents_in(doc, said, min(len(tokens), said + SAID_REACH)) if isinstance(a, PersonMention)][:1]
    for j in range(k, min(len(tokens), k + SAID_REACH)):  # '"...", ông Nhân nói', '"...," Chairman X said'
        if doc.is_word(j, "reporting"):
            return [a for a in _agents_in(doc, k, j) if isinstance(a, PersonMention)][-1:]
        if tokens[j].text in QUOTES or tokens[j].text in ".;!?" or "\n" in text[tokens[k].start:tokens[j].start]:
            break
    return []


def _quotes_before(doc: Doc, at: int) -> int:
    """How many quotation marks stand before token `at` (counted once per article)."""
    ranks = doc.memo.get("quote_marks")
    if ranks is None:
        ranks = doc.memo["quote_marks"] = [j for j, tok in enumerate(doc.tokens) if tok.text in QUOTES]
    return bisect_left(ranks, at)


def _asked_in_clause(doc: Doc, at: int, sentence: int) -> bool:
    """An active or petition trigger stands before `at` in its clause: what follows is asked
    by it ('đề nghị X phải ...'), not a speaker's 'X phải ...'."""
    first = max(doc.sentences[sentence][0], _clause_start(doc, doc.sentences[sentence][0], at))
    return any(first <= m.start and m.end <= at and m.entry.kind in ("active", "petition")
               for m in doc.tags.all("trigger"))


def _source_end(doc: Doc, k: int, at: int) -> int | None:
    """After the comma that closes a source named at token k ('ông X, Chủ tịch ...,'), if a
    person or a title starts there and the comma comes before `at`."""
    hon = doc.word_end(k, "honorifics")
    start = hon if hon is not None else k
    if not any(p.start == start for p in doc.persons) and not any(t.start == start for t in doc.titles):
        return None
    for j in range(start, at):
        if doc.tokens[j].text == ",":
            return j + 1
    return None


def _clause_start(doc: Doc, first: int, at: int) -> int:
    """After the last ';' or ':' before `at` in the sentence, or after a linking word that opens
    a clause with its own subject ('Ban thường vụ Tỉnh uỷ kết luận ... nên UBND tỉnh chỉ đạo ...';
    not the modal 'nên chỉ đạo', which no agent follows)."""
    for k in range(at - 1, first - 1, -1):
        if doc.tokens[k].text in ";:":
            return k + 1
        end = doc.word_end(k, "clause_link")
        if end is not None and end < at and _agents_in(doc, end, at):
            return end
    return first


def _agents_in(doc: Doc, lo: int, hi: int) -> list[Agent]:
    """Persons, bare titles, bodies and pronouns in [lo, hi), in order, as agents."""
    owners = _owners(doc)
    found: list[tuple[int, Agent | None]] = []
    found += [(p.start, p) for p in doc.persons if lo <= p.start < hi]
    found += [(t.start, _title_agent(doc, t)) for t in doc.titles
              if lo <= t.start < hi and t.start not in owners and t.body is not None]
    # 'Duties of the Chairman - Ho Van Muoi. The Chairman ... is the person who leads ...': a
    # title whose holder is named outside the clause stands for him
    found += [(t.start, owners[t.start]) for t in doc.titles
              if lo <= t.start < hi and t.start in owners and not lo <= owners[t.start].start < hi]
    found += [(b.start, b) for b in doc.bodies
              if lo <= b.start and b.end <= hi and _specific_body(b) and not _inside_title(doc, b)
              and not _bracketed(doc, b.start, b.end)]  # 'Cục X (Bộ Y) đề nghị ...': Y is X's parent, not the subject
    resolved = _pronouns(doc)
    found += [(k, resolved.get(k)) for k in range(lo, hi) if k in resolved]
    # 'kết luận của Thanh tra Chính phủ, Phó thủ tướng X giao ...': what belongs to a phrase is no subject
    return [a for k, a in sorted(found, key=lambda c: c[0]) if a is not None and not doc.is_word(k - 1, "of")]


def _bracketed(doc: Doc, start: int, end: int) -> bool:
    """Tokens [start, end) stand alone in brackets: '(Bộ Văn hoá, Thể thao và Du lịch)'."""
    return start > 0 and doc.tokens[start - 1].text == "(" and doc.tok(end) is not None and doc.tokens[end].text == ")"


def _inside_title(doc: Doc, b: BodyMention) -> bool:
    return any(t.start <= b.start and b.end <= t.end and t.body is b for t in doc.titles)


def _pronoun(doc: Doc, k: int) -> bool:
    """'he', 'she', 'ông' not followed by a name (then it is an honorific: 'ông Phạm Đăng Quyền')."""
    return doc.is_word(k, "pronouns") and not ({k + 1, k + 2} & doc.person_starts())


def _antecedent(doc: Doc, at: int, reach: int = PRONOUN_REACH) -> Agent | None:
    """Whom 'he', 'she' or a subjectless clause at token `at` is about: the first person or
    bare title of its sentence before it, else of the nearest of the `reach` sentences before
    that has one."""
    sentence = doc.sentence_of(at)
    for n in range(sentence, max(-1, sentence - reach), -1):
        first = doc.sentences[n][0]
        hi = at if n == sentence else doc.sentences[n][1]
        people = _people_in(doc, _past_fronted_direction(doc, first, hi), hi) or _people_in(doc, first, hi)
        if people:
            return people[0]
    return None


FRONTED_DIRECTION = 6  # tokens from a sentence's start to a direction it opens with ('Implementing the Prime Minister's')


def _past_fronted_direction(doc: Doc, first: int, hi: int) -> int:
    """After the comma that closes a direction a sentence opens with ('Implementing the Prime
    Minister's directions ..., Phong outlined ...', 'Theo chỉ đạo của Thủ tướng, ông X ...'): who
    gave it is not the subject a pronoun after it stands for. `first` when there is none."""
    spans = doc.memo.get("direction_spans")
    if spans is None:  # once per article: a pronoun asks of every sentence before it
        spans = doc.memo["direction_spans"] = sorted(
            (m.start, m.end) for m in doc.tags.all("trigger") if m.entry.kind in ("nominal", "possessive"))
    k = bisect_left(spans, (first, -1))
    if k == len(spans) or spans[k][0] >= min(hi, first + FRONTED_DIRECTION):
        return first
    comma = next((j for j in range(spans[k][1], hi) if doc.tokens[j].text == ","), None)
    return comma + 1 if comma is not None else first


def _list_heading_body(doc: Doc, sentence: int) -> BodyMention | None:
    """'* Ban cán sự đảng UBND tỉnh ... có các vi phạm:' / '- Buông lỏng lãnh đạo, để UBND tỉnh
    ...': the body a list's heading opens with is the subject of its subjectless items (a
    person's heading is found as the items' antecedent)."""
    if doc.after_list_marker(*doc.sentences[sentence]) == doc.sentences[sentence][0]:
        return None  # not a list item
    for n in range(sentence - 1, max(-1, sentence - DUTY_REACH), -1):
        lo, hi = doc.sentences[n]
        if hi > lo and doc.tokens[hi - 1].text == ":":
            agents = _agents_in(doc, lo, hi)
            return agents[0] if agents and isinstance(agents[0], BodyMention) else None
        if doc.after_list_marker(lo, hi) == lo:
            return None  # the items' run ends with no heading
    return None


def _people_in(doc: Doc, lo: int, hi: int) -> list[Agent]:
    owners = _owners(doc)
    resolved = _pronouns(doc)
    found = [(p.start, p) for p in doc.persons if lo <= p.start < hi]
    found += [(t.start, _title_agent(doc, t)) for t in doc.titles
              if lo <= t.start < hi and t.start not in owners and t.body is not None]
    found += [(k, resolved.get(k)) for k in range(lo, hi) if k in resolved]
    return [a for _, a in sorted(found, key=lambda c: c[0]) if a is not None]


def _pronouns(doc: Doc) -> dict[int, Agent | None]:
    """Every pronoun's antecedent, resolved once and in text order, each from those before it."""
    if "pronouns" not in doc.memo:
        resolved: dict[int, Agent | None] = {}
        doc.memo["pronouns"] = resolved  # filled in order: _antecedent(k) reads only entries before k
        for k in sorted(doc.tags.words.get("pronouns", ())):  # the pronoun words' starts, in text order
            if _pronoun(doc, k):
                resolved[k] = _antecedent(doc, k)
    return doc.memo["pronouns"]


def _stop(doc: Doc, k: int) -> bool:
    """Where a target list ends: 'to' + verb, 'so that', ';'."""
    tok = doc.tokens[k]
    if tok.text in (";",):
        return True
    end = doc.word_end(k, "infinitive")
    if end is None:
        return False
    nxt = doc.tok(end)
    return nxt is None or (nxt.is_word and not nxt.is_title and not doc.is_word(end, "the"))


def _targets_after(doc: Doc, k: int, sentence: int, first_within: int | None = None,
                   addressees_list: bool = False) -> list[Target]:
    """The list of bodies and places right after a trigger ('the Department of Home Affairs,
    the Provincial Inspectorate and ...', 'Monitoring and directing: A, B, C'), up to 'to' +
    verb or the end of the sentence. Every member of the list is a target, also those after
    an item the lexicon does not know ('Sở TNMT, Cục thuế, Công an tỉnh'). An
    `addressees_list` (of a dispatch) runs through semicolons to the end of its sentence
    ('Telegram sent to A; People's Committees of the provinces: B, C; Ministries: D, E')."""
    k = _after_scope(doc, k)
    # 'asked the provinces of A, B and C', 'the governments of A and B': each one named is asked
    k = doc.word_end(k, "plural_of") or k
    first_within = doc.lang.target_reach if first_within is None else first_within
    end = doc.sentences[sentence][1] if addressees_list else min(doc.sentences[sentence][1], k + TARGET_WINDOW)
    stop = next((j for j in range(k, end) if _stop(doc, j) and not (addressees_list and doc.tokens[j].text == ";")), end)
    found = _items_in(doc, k, stop)
    if (not found or found[0][0] - k > first_within) and (lead := _past_generic_lead(doc, k, stop)) > k:
        k = lead  # 'yêu cầu các bộ liên quan và thành phố Đà Nẵng', 'chỉ đạo các sở ngành, quận 12 và Hóc Môn'
        found = [item for item in found if item[0] >= k]
    if not found or found[0][0] - k > first_within or not _clear_gap(doc, k, found[0][0]):
        return []
    if found[0][0] - k > FIRST_TITLE and any(t.start == found[0][0] for t in doc.titles):
        return []  # 'đề nghị xem xét trách nhiệm đối với trưởng Phòng Nội vụ'

    listed = [found[0]]
    for item in found[1:]:
        if not _only_connectors(doc, listed[-1][1], item[0]):
            break
        listed.append(item)
    if any(doc.tokens[j].text == "," for j in range(k, found[0][0])) and _parallel_clause(doc, listed[-1][1]):
        return []  # 'Quốc hội đã giám sát, HĐND TP cũng giám sát dự án': the next clause's subject
    route = _route_members(doc, listed)
    return [target for n, (_, _, target) in enumerate(listed) if target is not None and n not in route]


def _route_members(doc: Doc, listed: list) -> set[int]:
    """The places of a list that a dash joins to a neighbour: the ends of a route ('the Lao Cai -
    Hanoi - Hai Phong railway project'), not localities asked to act."""
    route = set()
    for n in range(1, len(listed)):
        (_, end, a), (start, _, b) = listed[n - 1], listed[n]
        if isinstance(a, PlaceMention) and isinstance(b, PlaceMention) and start - end == 1 \
                and doc.tokens[end].text in "-\u2013\u2014":
            route |= {n - 1, n}
    return route


GENERIC_LEAD = 5  # lower-case words of a generic plural that opens a list of targets


def _past_generic_lead(doc: Doc, k: int, stop: int) -> int:
    """Past a generic plural that opens the list of those asked, and the comma or 'and' after
    it ('các bộ liên quan và ...', 'các sở ngành, ...'): the named items after it are targets;
    k itself when no such lead starts at k."""
    end = doc.word_end(k, "generic")
    if end is None:
        return k
    j = end
    while j < min(stop, end + GENERIC_LEAD) and doc.tokens[j].is_word and not doc.tokens[j].is_title \
            and not doc.is_word(j, "and") and not doc.tags.at(j, "trigger"):
        j = doc.word_end(j, "generic_after") or j + 1
    if j >= stop or not (doc.tokens[j].text == "," or doc.is_word(j, "and")):
        return k
    after = doc.word_end(j, "and") or j + 1
    if doc.tokens[j].text == "," and _plain_word(doc, after) and not doc.is_word(after, "generic"):
        return _past_generic_members(doc, after, stop, k)
    return after


def _past_generic_members(doc: Doc, j: int, stop: int, k: int) -> int:
    """Past more members of a generic plural ('các ban, ngành'): where a named item starts
    after a comma, 'and' or 'especially'; k itself when the name comes right after a member,
    as its place ('các ban, ngành TP. Đà Nẵng' are the city's, not the city)."""
    while j < stop and _plain_word(doc, j) and not doc.is_word(j, "and"):
        if (end := doc.word_end(j, "especially")) is not None:
            return end  # 'các bộ, nhất là Bộ Tài chính', 'các địa phương, đặc biệt là TP. HCM'
        j += 1
    if j < stop and (doc.tokens[j].text == "," or doc.is_word(j, "and")):
        return doc.word_end(j, "and") or j + 1
    return k


CLAUSE_GAP = 3  # lower-case words ('cũng', 'đã') between a clause's subject and its verb


def _parallel_clause(doc: Doc, k: int) -> bool:
    """An 'also' word, then a trigger, within CLAUSE_GAP lower-case words after token k: the
    words before k are the subject of a clause that does the same ('..., HĐND TP cũng giám
    sát'); not one asked to act ('yêu cầu, Bộ GTVT chỉ đạo Cục Hàng không ...')."""
    starts = doc.memo.get("verb_starts")
    if starts is None:
        starts = doc.memo["verb_starts"] = {m.start for m in doc.tags.all("trigger")
                                            if m.entry.kind not in ("scope", "complainant", "locative", "none")}
    also = False
    for j in range(k, min(len(doc.tokens), k + CLAUSE_GAP + 1)):
        if j in starts:
            return also
        also = also or doc.is_word(j, "also")
        if not (doc.tokens[j].is_word and not doc.tokens[j].is_title):
            return False
    return False


def _clear_gap(doc: Doc, k: int, first: int) -> bool:
    """Nothing between a trigger and its first target says the target is not the one addressed:
    a possessive ('đề án của UBND TP'), a place word ('giám sát trạm xử lý tại xã X'), private
    persons ('kêu gọi người dân xã X'), an opened parenthesis ('(đoạn qua Q. Thốt Nốt)'), or a
    capitalised word the lexicon does not know, whose name the target ends ('Viện KSND tỉnh X')."""
    if first > k and (doc.is_word(first - 1, "of") or _marked(doc, first, "complainant")):
        return False
    if _marked(doc, first, "locative") or _partner(doc, first):
        return False
    if any(doc.is_word(j, "join") for j in range(k, first)):
        return False  # 'phân công tham gia Ban Chấp hành': the body joined is not addressed
    known = {j for m in doc.persons + doc.titles + list(doc.body_heads) if k <= m.start < first
             for j in range(m.start, m.end)}
    depth, j = 0, k
    while j < first:
        tok = doc.tokens[j]
        depth += tok.text == "("
        depth -= tok.text == ")" and depth > 0
        if tok.is_word and (tok.is_title or tok.is_upper) and j not in known and not doc.tags.at(j, "trigger") \
                and not doc.is_word(j, "honorifics") and not doc.is_word(j, "the"):
            item_end = _unknown_item_end(doc, j, first)
            if item_end is None:  # no list item of its own: the target's name starts here
                return False
            j = item_end
            continue
        j += 1
    return depth == 0


def _partner(doc: Doc, k: int) -> bool:
    """A coordinating phrase ends right before token k (or its 'the'): 'phối hợp với [Bộ GTVT]',
    'coordinate with [the Department of X]' names a partner, not one directed."""
    return _trigger_ends_before(doc, k, "entry:coordinate", lambda m: m.entry.id == "coordinate")


def _after_nominal(doc: Doc, agent: Agent) -> bool:
    """The agent of a nominal trigger ('chỉ đạo của [Thường trực Thành uỷ]'), or a body inside it."""
    starts = [agent.start] + [b.start for b in doc.bodies if isinstance(agent, BodyMention) and b is not agent
                              and b.start <= agent.start and agent.end <= b.end]  # the body whose name holds it
    return any(_marked(doc, k, "nominal") for k in starts)


def _marked(doc: Doc, k: int, kind: str) -> bool:
    """A word of a kind ('tại', 'in'; 'người dân') ends right before token k (or before its 'the')."""
    return _trigger_ends_before(doc, k, "marks:" + kind, lambda m: m.entry.kind == kind)


def _trigger_ends_before(doc: Doc, k: int, key: str, keep) -> bool:
    """A trigger that `keep` accepts ends right before token k, or before its 'the'; the ends
    are gathered once per article under `key`."""
    ends = doc.memo.get(key)
    if ends is None:
        ends = doc.memo[key] = {m.end for m in doc.tags.all("trigger") if keep(m)}
    return k in ends or (k - 1 in ends and doc.is_word(k - 1, "the"))


def _after_scope(doc: Doc, k: int) -> int:
    """Past a scope phrase that stands between a trigger and its targets ('all activities
    within the functions, tasks and powers of')."""
    if "scopes" not in doc.memo:
        doc.memo["scopes"] = {m.start: m.end for m in doc.tags.all("trigger") if m.entry.kind == "scope"}
    scopes = doc.memo["scopes"]
    for j in range(k, min(k + 3, len(doc.tokens))):
        if j in scopes:
            return scopes[j]
    return k


def _only_connectors(doc: Doc, start: int, end: int) -> bool:
    """Between two items of a list: commas, 'and', articles, list words, a plural name
    ('management boards:', 'the governments of'), a remark in parentheses, or an item the
    lexicon does not know."""
    depth, j = 0, start
    while j < end:
        text = doc.tokens[j].text
        plural = doc.tags.at(j, "body")
        word_end = next((e for w in ("and", "the", "cum", "list_intro", "generic", "plural_of") if (e := doc.word_end(j, w))), None)
        if text in "()":
            depth = depth + 1 if text == "(" else max(0, depth - 1)
        elif depth:
            pass
        elif plural is not None and plural.entry.plural:
            j = plural.end
            continue
        elif word_end is not None:
            j = word_end
            continue
        elif text not in ",;:-–":
            unknown = _unknown_item_end(doc, j, end) if j > start else None
            if unknown is None:
                return False
            j = unknown
            continue
        j += 1
    return True


def _unknown_item_end(doc: Doc, j: int, end: int) -> int | None:
    """Where an item the lexicon does not know ends, inside a list: a capitalised run of a few
    words closed by a comma, a semicolon or 'and' ('Cục thuế,'), never a person."""
    if not doc.tokens[j].is_word or not (doc.tokens[j].is_title or doc.tokens[j].is_upper) \
            or any(p.start == j for p in doc.persons):
        return None
    for k in range(j + 1, min(j + UNKNOWN_ITEM, end) + 1):
        if k < len(doc.tokens) and (doc.tokens[k].text in ",;" or doc.is_word(k, "and")):
            return k
        if k < len(doc.tokens) and not doc.tokens[k].is_word:
            return None
    return None


def _targets_before(doc: Doc, k: int, sentence: int) -> list[Target]:
    """The nearest body or place before a passive or nominal trigger, in its sentence."""
    first = doc.sentences[sentence][0]
    found = _items_in(doc, max(first, k - SUBJECT_WINDOW), k, titles=False)
    if found and _marked(doc, found[-1][0], "locative"):
        return []  # '... dự án tại xã Ngọc Khê là chưa đúng với chỉ đạo của ...': where, not who
    if found and any(doc.is_word(j, "reason") for j in range(found[-1][1], k)):
        return []  # 'Giao UBND TP X phối hợp ... do trước đó bị tạm dừng theo chỉ đạo của Thủ tướng': a clause of its own
    if found and doc.is_word(found[-1][0] - 1, "passive_by") and (
            isinstance(found[-1][2], PlaceMention) or any(doc.is_word(j, "copula") for j in range(found[-1][1], k))):
        # 'Việc này được Bộ Tài chính xác định là không đúng chỉ đạo của ...': who judges, not who is
        # directed; 'thông tuyến xuống được Cần Thơ theo chỉ đạo của ...': a place reached
        return []
    return [found[-1][2]] if found else []


OPINIONS_REACH = 12  # tokens from an opinions word to the request it makes ('có ý kiến thảo luận tại Đoàn đề nghị')


def _opinions_ask(doc: Doc, at: int, sentence: int) -> bool:
    """An opinions word opens the clause of the request at `at`, at the sentence's start or
    after a report's comma ('Nhiều ý kiến đề nghị Y', 'X cho biết, có ý kiến đề nghị Y', 'Theo
    X, có ý kiến ...'): the opinions ask, not whoever reports them. After an apposition's comma
    the opinion is the subject's own ('Phó Thủ tướng X, Trưởng ban ..., có ý kiến chỉ đạo ...')."""
    first = doc.sentences[sentence][0]
    for j in range(max(first, at - OPINIONS_REACH), at):
        if doc.word_end(j, "opinions") is None or any(doc.tokens[k].text == "," for k in range(j, at)):
            continue
        if j == first:
            return True
        reported = doc.tokens[j - 1].text == "," and (
            any(doc.word_end(k, "reporting") == j - 1 for k in range(max(first, j - 4), j - 1))
            or doc.is_word(first, "according_to"))
        return reported
    return False


def _passive_agent(doc: Doc, at: int) -> tuple[Agent, int] | None:
    """The agent a passive word puts right before a trigger at `at` ('Sở X được [UBND TP] giao
    ...', 'được [Chủ tịch UBND tỉnh] Nguyễn Văn A giao'), and where that passive word stands."""
    person = next((p for p in doc.persons if p.end == at), None)
    if person is not None:
        title = next((t for t in doc.titles if t.end in (person.start, person.start - 1) and t.start < person.start), None)
        start, agent = (title.start if title is not None else person.start), person
    else:
        bodies = [b for b in doc.bodies if b.end == at and b.key]
        if not bodies:
            return None
        agent = min(bodies, key=lambda b: b.start)
        start = agent.start
    return (agent, start - 1) if doc.is_word(start - 1, "passive_by") else None


def _subject_target(doc: Doc, k: int, sentence: int) -> list[Target]:
    """The subject of an agentless passive: the body or place (or list of them) that ends
    right before it ('UBND huyện Hóc Môn được yêu cầu'), not one the clause only mentions."""
    first = doc.sentences[sentence][0]
    found = _items_in(doc, max(first, k - SUBJECT_WINDOW), k)
    if not found:
        return []
    # 'The Minister of Agriculture and Rural Development (MARD) is asked to': past its abbreviation,
    # read as a body of its own or not
    if len(found) > 1 and found[-1][0] == found[-2][1] + 1 and doc.abbreviation_end(found[-2][1]) == found[-1][1] + 1:
        found = found[:-1]
    end = doc.abbreviation_end(found[-1][1])
    if k - end > SUBJECT_GAP or any(not doc.tokens[j].is_word or doc.tokens[j].is_title for j in range(end, k)):
        return []
    before = doc.tok(found[-1][0] - 1)
    if before is not None and before.is_word and before.is_title and found[-1][0] - 1 > first \
            and not doc.is_word(found[-1][0] - 1, "the"):  # '"The Department of Health must ...'
        return []  # 'Bảo hiểm xã hội TP Hải Phòng được giao': the tail of a name we cannot read
    listed = [found[-1]]
    for item in reversed(found[:-1]):
        if not _only_connectors(doc, item[1], listed[0][0]) or item[0] > 0 and doc.is_word(item[0] - 1, "of"):
            break  # 'Theo Quyết định của UBND tỉnh, Sở X được giao': the issuer is no subject
        listed.insert(0, item)
    return [target for _, _, target in listed if target is not None]


def _items_in(doc: Doc, start: int, end: int, titles: bool = True) -> list[tuple[int, int, Target]]:
    """Targets in [start, end) with the span that names them: specific bodies (outermost),
    places not part of a body's name, the body of a title ('giao Chủ tịch UBND huyện X': the
    task goes to that body), and a place's leaders or government ('chính quyền thành phố')."""
    bodies = [b for b in doc.bodies if start <= b.start and b.end <= end and _specific_body(b)
              and not _inside_title(doc, b)]
    bodies = [b for b in bodies if not any(o is not b and o.start <= b.start and b.end <= o.end and
                                           (o.end - o.start) > (b.end - b.start) for o in bodies)]
    title_items = []
    if titles:
        # A task given to a title goes to its body, also one the name of its holder follows
        # ('đề nghị Chủ nhiệm Uỷ ban Kinh tế Vũ Hồng Thanh phối hợp ...'); members are not the
        # body's officials ('assigned members of the Executive Committee'), and a name before
        # its title, or a post after it, is a personnel matter ('assigned Nguyen Manh Dung,
        # Deputy Secretary of X, to hold ...', 'phân công Phó Bí thư X giữ chức ...').
        owners = _owners(doc)
        for t in doc.titles:
            if start <= t.start and t.end <= end:
                owner = owners.get(t.start)
                tasked = not _named(doc, t) if owner is None else \
                    0 <= owner.start - t.end <= 1 and not _personnel_after(doc, owner.end) \
                    and not any(doc.tokens[j].text == "," for j in range(start, t.start)) \
                    and not doc.is_word(t.start - 1, "passive_by")  # 'Đề nghị được Bộ trưởng X đưa ra'
                to_body = t.body is not None and _specific_body(t.body) and t.role not in NOT_ADDRESSED and tasked
                plural = doc.tags.at(t.start, "role_plural") if to_body else None
                listed = listed_subject_bodies(doc, plural.end, t.body) if plural is not None else []
                if listed:  # 'requested the Ministers of National Defence, Public Security and Construction'
                    title_items += [(t.start, max(b.end for b in listed), b) for b in listed]
                    continue
                title_items += [(t.start, t.end, b) for b in (_each_body(doc, t.body) if to_body else [None])]
    # the place in the name of a title addressed is its body's ('yêu cầu chánh thanh tra TP Đà Nẵng': the
    # city's inspectorate, not the city)
    addressed = [(s, e) for s, e, b in title_items if b is not None]
    places = [p for p in doc.places if start <= p.start and p.end <= end
              and not any(b.start <= p.start and p.end <= b.end for b in doc.bodies if b.key or b.places)
              and not any(s <= p.start and p.end <= e for s, e in addressed)]
    items = [(_listed_from(m, bodies), m.end, m) for m in bodies] + [(m.start, m.end, m) for m in places] + title_items
    taken = {j for s, e, _ in items for j in range(s, e)}
    governments = [g for g in _governments(doc, start, end) if g[0] not in taken]
    # 'lãnh đạo TP Cần Thơ' is the city's People's Committee, not also the city
    items = [i for i in items if not any(g[0] <= i[0] and i[1] <= g[1] for g in governments)]
    return sorted(items + governments, key=lambda i: i[0])


REASON_REACH = 3  # tokens ('đã', 'had') between a reason word and the verb it explains


def _reason_before(doc: Doc, k: int, sentence: int) -> bool:
    """A reason word ('vì', 'because') shortly before token k, in its clause ('vì đã chỉ đạo ...')."""
    for j in range(k - 1, max(doc.sentences[sentence][0], k - REASON_REACH) - 1, -1):
        if doc.tokens[j].text in ",;:":
            return False
        if doc.is_word(j, "reason"):
            return True
    return False


GATHERING_REACH = 3  # lower-case words ('a', 'working', 'high-level') between 'led' and what is led


def _gathering_after(doc: Doc, k: int) -> bool:
    """A gathering (a delegation, a meeting, a visit) is what the verb before token k leads."""
    for j in range(k, min(len(doc.tokens), k + GATHERING_REACH + 1)):
        if doc.is_word(j, "gathering"):
            return True
        if not (doc.tokens[j].is_word and not doc.tokens[j].is_title) or doc.tags.at(j, "body") is not None:
            return False
    return False


def _bodies_held(doc: Doc, persons: list) -> set[str]:
    """The keys of the bodies of the titles the article gives these persons."""
    if not persons:
        return set()  # most triggers address no one by name: no walk over the titles
    owners = _owners(doc)
    return {t.body.key for t in doc.titles if t.body is not None and owners.get(t.start) in persons}


def _not_held_by(doc: Doc, targets: list[Target], agents: list[Agent]) -> list[Target]:
    """The targets none of the agents holds a post in: one's own body is not directed by a
    mandate he explains, a quotation of his, or a direction he leads it under."""
    return [m for m in targets if not any(_post_in(doc, a, m) for a in agents)]


def _post_in(doc: Doc, agent: Agent, target: Target) -> bool:
    """The agent is a person the article gives a post (not a former one) in the target body."""
    return isinstance(agent, PersonMention) and isinstance(target, BodyMention) and bool(target.key) and any(
        p.person.key == agent.key and p.title.body is not None and p.title.body.key == target.key
        and p.title.status != "former" for p in doc.posts)


PERSONNEL_REACH = 2  # tokens after a name ('to', ',') before a word of appointment or post


def _personnel_after(doc: Doc, k: int) -> bool:
    """A word of appointment, post or leaving follows token k closely: what the one named is
    given is a post ('giữ chức', 'to hold the post of', 'as'), not a task."""
    return any(doc.word_end(j, w) is not None for j in range(k, min(len(doc.tokens), k + PERSONNEL_REACH))
               for w in ("position", "appointment", "leave", "holder_intro", "join"))


def _each_body(doc: Doc, body: BodyMention) -> list[BodyMention]:
    """A title's body, or each of the plural one it is read from ('Chủ tịch UBND các tỉnh, thành
    phố: Quảng Ninh, Hải Phòng': each province's committee)."""
    same = [b for b in doc.bodies if b.start == body.start and b.end == body.end and b.entry is body.entry
            and b.place is not None and b.key]
    return same if body in same and len(same) > 1 else [body]


def _listed_from(b: BodyMention, bodies: list[BodyMention]) -> int:
    """Where b's item starts: its shared head's start for the first subject a plural head lists
    ('the Ministries of [Finance], Construction and Transport'), else its own."""
    if b.head_end <= b.start and not any(o.head_start == b.head_start and o.start < b.start for o in bodies):
        return b.head_start
    return b.start


def _governments(doc: Doc, start: int, end: int) -> list[tuple[int, int, Target]]:
    """'chính quyền thành phố', 'lãnh đạo huyện X', 'Hanoi authorities', and a bare level word
    ('yêu cầu thành phố chỉ đạo ...', 'asked the province to'): the People's Committee of the place."""
    entry = doc.lang.bodies.get("peoples-committee")
    if entry is None:
        return []
    found = []
    for m in doc.tags.all("word:leaders"):
        if not (start <= m.start and m.end <= end):
            continue
        near = m.end if doc.lang.head_first else m.start
        place = next((p for p in doc.places if (p.start == near if doc.lang.head_first else p.end == near)), None)
        body = implied_body(doc, entry, min(m.start, place.start), max(m.end, place.end), place=place) \
            if place is not None else _level_government(doc, entry, m)
        if body is not None:
            found.append((body.start, body.end, body))
    for t in doc.tags.all("place_type"):
        if not (start <= t.start and t.end <= end) or t.entry.adjective or not _alone(doc, t.start, t.end) \
                or doc.tags.at(t.start, "place_type_plural") is not None \
                or not _addressed(doc, t.start):
            continue
        level = _level_word(doc, t.start)
        unit = context_unit(doc, level[2], t.start, city=level[3]) if level is not None else None
        body = implied_body(doc, entry, t.start, t.end, unit=unit, level=level[2], city=level[3]) if unit else None
        if body is not None:
            found.append((t.start, t.end, body))
    return found


def _level_government(doc: Doc, entry, m) -> BodyMention | None:
    """Word-first languages: 'the municipal government', 'the provincial authorities': the
    People's Committee of the article's unit of that level."""
    if doc.lang.head_first:
        return None
    level = _level_word_before(doc, m.start)
    if level is None:
        return None
    unit = context_unit(doc, level[2], m.start, city=level[3])
    return implied_body(doc, entry, level[0], m.end, unit=unit, level=level[2], city=level[3]) if unit else None


def _addressed(doc: Doc, k: int) -> bool:
    """Token k is the first word after a trigger (or its 'the', or 'chính quyền'): 'yêu cầu thành
    phố', 'asked the province' (not 'đề nghị đánh giá nguồn lợi của tỉnh')."""
    if "trigger_ends" not in doc.memo:
        doc.memo["trigger_ends"] = {m.end for m in doc.tags.all("trigger") if m.entry.kind in ("active", "agentless")}
    ends = doc.memo["trigger_ends"]
    if k in ends or (k - 1 in ends and (doc.is_word(k - 1, "the") or doc.is_word(k - 1, "list_intro"))):
        return True
    # 'chỉ đạo chính quyền thành phố': the place's government
    return any(j in ends and doc.word_end(j, "leaders") == k for j in range(max(0, k - 3), k))


def _alone(doc: Doc, start: int, end: int) -> bool:
    """A level word that stands for its place: not part of a name, a phrase or a plural ('the
    province's', 'các quận huyện', 'all districts'), followed by a verb, 'to' or the end of the clause."""
    if any(doc.word_end(j, "generic") == start for j in range(max(0, start - 3), start)) \
            or doc.tags.at(start - 1, "place_type") is not None if start else False:
        return False
    nxt = doc.tok(end)
    return nxt is None or (nxt.norm != "'s" and doc.tags.at(end, "place_type") is None
                           and doc.tags.at(end, "body") is None and doc.tags.at(end, "role") is None
                           and not (nxt.is_word and (nxt.is_title or nxt.is_upper)))


def _level_word(doc: Doc, k: int) -> tuple[int, int, str, bool] | None:
    """A level word standing alone at token k ('thành phố' not followed by a name):
    (start, end, level, city)."""
    t = doc.level_word(k)
    if t is None or any(p.start == k for p in doc.places) or doc.tags.at(k, "body") is not None \
            or _in_plural_list(doc, k):
        return None
    nxt = doc.tok(t.end)
    if nxt is not None and nxt.is_word and (nxt.is_title or nxt.is_upper) and doc.lang.head_first:
        return None
    levels = t.entry.levels
    city = "Thành phố" in t.entry.unit_types and "province" in levels
    level = "province" if "province" in levels else levels[0]
    return t.start, t.end, level, city


def _in_plural_list(doc: Doc, k: int) -> bool:
    """The level word at k continues a plural list of levels ('UBND các tỉnh, thành phố',
    'các quận, huyện và thị xã'): every one of them, not the article's."""
    while k >= 2 and (doc.tokens[k - 1].text in ",/" or doc.is_word(k - 1, "and")):
        sep = k - 1
        if any(b.plural and b.end == sep for b in doc.bodies):
            return True
        before = _level_word_ending(doc, sep)
        if before is None:
            return False
        if doc.tags.at(before, "place_type_plural") is not None:
            return True
        k = before
    return False


def _level_word_before(doc: Doc, k: int) -> tuple[int, int, str, bool] | None:
    for j in range(max(0, k - 3), k):
        found = _level_word(doc, j)
        if found is not None and found[1] == k:
            return found
    return None


POSSESSOR_OPENING = 4  # tokens before the possessor in a phrase that opens its sentence ('Following the', 'Under')


def _opens_sentence(doc: Doc, agents: list[Agent], sentence: int) -> bool:
    """The possessor stands in a phrase that opens its sentence ('Following Prime Minister X's direction, ...')."""
    return bool(agents) and agents[0].start - doc.sentences[sentence][0] <= POSSESSOR_OPENING


def _possessor(doc: Doc, k: int) -> list[Agent]:
    """The person, title or body that ends right before the possessive at token k ('Prime Minister
    Pham Minh Chinh's direction', 'the Prime Minister's directions', 'the Ministry of Health's request')."""
    person = next((p for p in doc.persons if p.end == k), None)
    if person is not None:
        return [person]
    title = next((t for t in doc.titles if t.end == k and t.body is not None), None)
    if title is not None:
        agent = _owners(doc).get(title.start) or _title_agent(doc, title)
        return [agent] if agent is not None else []
    body = max((b for b in doc.bodies if b.end == k and _specific_body(b)), key=lambda b: b.end - b.start, default=None)
    return [body] if body is not None else []


def _agents_after(doc: Doc, k: int, sentence: int, named: bool = False) -> tuple[list[Agent], int]:
    """'by the City People's Committee and the Chairman of ...', 'of the Politburo': a list of
    bodies and titles right after the trigger; returns them and where its last item ends. With
    `named`, also a title with its holder's name ('chỉ đạo của Chủ tịch UBND TP Nguyễn Thành
    Phong'); not after 'led by' ('a delegation led by Deputy Prime Minister X will inspect ...':
    who leads a visit directs no one it visits)."""
    end = doc.sentences[sentence][1]
    agents: list[Agent] = []
    owners = _owners(doc)
    j, comma_only, last_end = k, False, k
    while j < end:
        item = doc.word_end(j, "the") or j
        title = next((t for t in doc.titles if t.start == item and t.body is not None), None)
        body = max((b for b in doc.bodies if b.start == item and _specific_body(b)), key=lambda b: b.end,
                   default=None)
        if title is not None and (named or title.start not in owners):
            agent, item_end = owners.get(title.start) or _title_agent(doc, title), title.end
            if isinstance(agent, PersonMention) and 0 <= agent.start - title.end <= 1:
                item_end = agent.end  # 'chỉ đạo của Chủ tịch UBND TP HCM (ông) Nguyễn Thành Phong, Sở X ...'
        elif body is not None:
            agent, item_end = body, body.end
        else:
            break
        last_item = comma_only and not _continues(doc, item_end)
        if last_item and not _list_closes(doc, item_end, end):
            break  # 'of A, [the B has been ...]': B starts the main clause
        if agent is not None:
            agents.append(agent)
        if last_item:
            return agents, item_end  # 'kiểm điểm sự lãnh đạo, chỉ đạo của Bộ Chính trị, Ban Bí thư năm 2017'
        j, comma_only, last_end = item_end, True, item_end
        while j < end and (doc.tokens[j].text in ",-–" or doc.is_word(j, "and")):
            comma_only = comma_only and not doc.is_word(j, "and") and doc.tokens[j].text != "-"
            j += 1
    return agents, last_end


def _list_closes(doc: Doc, k: int, end: int) -> bool:
    """A list item ending at token k closes its clause, or only its year follows ('... năm
    2017', '... in 2018'): it is one more of the list, not the subject of a main clause."""
    if k >= end or doc.tokens[k].text in ".;":
        return True
    year = doc.tok(k + 1)
    return year is not None and len(year.text) == 4 and year.text.isdigit() and doc.tokens[k].is_word


def _continues(doc: Doc, k: int) -> bool:
    """The list goes on after token k: a comma, 'and' or a dash follows."""
    tok = doc.tok(k)
    return tok is not None and (tok.text in ",-–" or doc.is_word(k, "and"))
