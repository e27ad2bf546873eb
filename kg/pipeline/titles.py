"""Titles: a role word and the body it is a role in.

"Chairman of the City People's Committee", "City Party Secretary", "National Assembly
Chairman", "Chief Inspector of the City", "Minister of Justice", "Ketua MN", and, for a
bare "Vice Chairman", the nearest body of a fitting kind named before it.
"""
from __future__ import annotations

import bisect

from ..doc import BodyMention, Doc, TitleMention
from ..lang.language import RoleEntry
from .bodies import body_key, implied_body


def find_titles(doc: Doc) -> None:
    """Fill doc.titles, each with its body resolved where the text allows."""
    starts = {b.start: b for b in doc.bodies if b.key}
    ends = {}
    for b in doc.bodies:
        if b.key:
            ends.setdefault(b.end, b)
    taken = {i for p in doc.persons for i in range(p.start, p.end)}
    taken |= {i for b in doc.tags.all("body") for i in range(b.start + 1, b.end)}  # 'Ban Bí thư' is no title
    taken |= {i for m in doc.tags.all("word:not_title") for i in range(m.start, m.end)}  # 'Phủ Chủ tịch'
    taken |= {i for m in doc.tags.all("word:position") for i in range(m.start + 1, m.end)}  # 'chức vụ Trưởng phòng' has no 'Vụ trưởng'
    titles, last_end = [], -1
    for r in doc.tags.all("role"):
        if r.start < last_end or r.start in taken:
            continue
        if _after_candidate(doc, r.start) or _nominated(doc, r.start):
            continue  # 'là ứng cử viên đại biểu Quốc hội', 'a candidate for Chairman': sought, not held
        if r.entry.body_head:
            r = _before_own_body(doc, r, starts)
        t = _title(doc, r, starts, ends)
        titles.append(t)
        if t.body is not None and t.body.implied and not t.from_context:
            doc.memo.setdefault("implied_bodies", []).append(t.body)
        last_end = r.end
    _share_chain_localities(doc, titles)
    _party_organs_of_next_body(doc, titles)
    _delegates_by_delegation(doc, titles)
    _share_chain_foreignness(doc, titles)
    doc.memo["foreign_titles"] = [(t.start, t.end) for t in titles if t.foreign]  # whom they name is no official of ours
    doc.titles = [t for t in titles if t.body is not None or not t.entry.needs_body]


def _organ_of_unread(doc: Doc, b) -> bool:
    """A body name followed at once by a capitalised body word the pipeline does not read
    names that body's organ ('Ban chấp hành Trung ương Hội Liên hiệp Phụ nữ'); followed by an
    event it names the event's committee ('Ban tổ chức lễ hội')."""
    k = b.end
    if doc.tok(k) is None or doc.opens_line(k):
        return False
    if doc.word_end(k, "event") is not None:
        return True  # 'Trưởng ban tổ chức lễ hội đền Hùng', '... Festival Hoa Đà Lạt': an event's organisers
    return doc.tokens[k].is_title and doc.word_end(k, "unread_body") is not None


def _after_candidate(doc: Doc, i: int) -> bool:
    """A candidate word ends right before token i, perhaps before 'for' or 'the'."""
    for k in (i, i - 1, i - 2):
        if k > 0 and any(doc.word_end(j, "candidate") == k for j in range(max(0, k - 4), k)):
            return all(doc.is_word(x, "of") or doc.is_word(x, "the") or doc.tokens[x].text.lower() == "for"
                       for x in range(k, i))
    return False


NOMINATION_REACH = 12  # tokens from an infinitive to the title ('để HĐND huyện X bầu giữ chức')
NOMINEE_REACH = 24  # tokens from a nomination word to its infinitive (the nominee's name and present posts)


def _nominated(doc: Doc, i: int) -> bool:
    """The title at token i is what someone is put forward for: 'được giới thiệu để HĐND huyện
    Phú Xuyên bầu giữ chức Chủ tịch', 'nominated Mr. A to be elected Chairman'. Before it in
    its sentence, with no ';' between, an infinitive, and before that a nomination word;
    a title between the two (the nominee's present post) is held."""
    first = doc.sentences[doc.sentence_of(i)][0]
    to = next((k for k in range(i - 1, max(first, i - NOMINATION_REACH) - 1, -1)
               if doc.tokens[k].text == ";" or doc.tags.words.get("infinitive", {}).get(k)), None)
    if to is None:  # 'có ý kiến giới thiệu ông A, Chủ nhiệm Uỷ ban X, làm Phó chủ tịch Quốc hội': the position word
        to = next((k for k in range(max(first, i - 3), i) if doc.word_end(k, "position") == i), None)
    if to is None or doc.tokens[to].text == ";":
        return False
    if any(doc.word_end(k, "nominate") is not None for k in range(to + 1, i)):
        return True  # 'để chuẩn bị giới thiệu bầu làm Trưởng Ban': the nomination after the infinitive
    for k in range(to - 1, max(first, to - NOMINEE_REACH) - 1, -1):
        if doc.tokens[k].text == ";":
            return False
        if doc.word_end(k, "nominate") is not None:
            return True
    return False


def _share_chain_foreignness(doc: Doc, titles: list[TitleMention]) -> None:
    """'phó thủ tướng Chính phủ, bộ trưởng Bộ Quốc phòng Vương quốc Campuchia': a chain whose
    last title a foreign country names as its own is that country's, its national titles too."""
    for n in range(len(titles) - 1, 0, -1):
        last = titles[n]
        if not (last.unread and _foreign_after(doc, last)):
            continue
        m = n - 1
        last.foreign = True
        while m >= 0 and _joined(doc, titles[m], titles[m + 1]) and titles[m].body is not None \
                and titles[m].body.national:
            titles[m].body, titles[m].unread, titles[m].foreign = None, True, True
            m -= 1


# Bodies whose own Party committee a bare 'Đảng ủy' before them names: agencies, not the
# elected bodies of a locality ('Bí thư Đảng ủy, Chủ tịch HĐND phường' is the ward's).
LOCALITY_TYPES = ("peoples-committee", "peoples-council", "fatherland-front", "party-committee",
                  "party-standing-committee", "party-executive-committee", "party-board")


def _delegates_by_delegation(doc: Doc, titles: list[TitleMention]) -> None:
    """'Đại biểu Nguyễn Văn Sơn (Hà Tĩnh)', 'đại biểu Trương Trọng Nghĩa (đoàn TP. HCM)': a
    delegate named with his delegation's province in parentheses sits in the body the language
    data names for it (the National Assembly; a council's delegates are named by their council)."""
    ends = {p.start: p.end for p in doc.persons}
    for t in titles:
        own = t.entry.delegation_body and doc.lang.bodies.get(t.entry.delegation_body)
        if t.body is not None or not own or t.end not in ends:
            continue
        k = ends[t.end]
        if doc.tok(k) is None or doc.tokens[k].text != "(":
            continue
        k += 1 + (doc.tok(k + 1) is not None and doc.tokens[k + 1].text.lower() == "đoàn")
        place = next((m for m in doc.places if m.start == k and m.unit is not None and m.unit.level == "province"), None)
        if place is None or doc.tok(place.end) is None or doc.tokens[place.end].text != ")":
            continue
        body = implied_body(doc, own, t.start, t.end)
        if body is not None:
            t.body, t.unread, t.role = body, False, t.entry.role_in(body.type)


def _party_organs_of_next_body(doc: Doc, titles: list[TitleMention]) -> None:
    """'phó bí thư Đảng uỷ, phó giám đốc Công an tỉnh', 'bí thư Ban cán sự đảng, chủ tịch UBND
    tỉnh': a title of a Party organ named with no body of its own, chained to the next title, is
    of that organ inside the next title's body (the police's Party committee, the People's
    Committee's Party personnel committee). A bare 'Đảng ủy' is an agency's only; before a
    locality's council or committee it is the locality's (_share_chain_localities)."""
    for t, nxt in zip(titles, titles[1:]):
        _organ_placed_by_context(doc, t, nxt)
        if not t.unread or t.body is not None or nxt.body is None or not nxt.body.key \
                or nxt.body.implied and not nxt.body.subject or nxt.from_context or nxt.body.by_context:
            continue  # 'Phó Bí thư Đảng uỷ, Chủ tịch kiêm Tổng Giám đốc Tập đoàn ...': the next body is not named
            # (one a title names by its subject is: 'Bí thư Ban cán sự Đảng, Bộ trưởng Công Thương')
        organ = doc.tags.at(t.end, "body")
        if organ is None or organ.entry.type != "party-committee" or organ.entry.level \
                or not all(doc.tokens[k].text in ",-–" or doc.is_word(k, "former") for k in range(organ.end, nxt.start)) \
                or organ.end == nxt.start:
            continue
        if not organ.entry.needs_parent and nxt.body.type in LOCALITY_TYPES:
            continue
        body = implied_body(doc, organ.entry, t.start, organ.end, parent=nxt.body)
        if body is not None:
            t.body, t.unread, t.end = body, False, organ.end
            t.start_char, t.end_char = doc.span(t.start, t.end)
            t.role = t.entry.role_in(body.type)


def _organ_placed_by_context(doc: Doc, t: TitleMention, nxt: TitleMention) -> None:
    """'Secretary of the Party Delegation, and Prime Minister': a Party organ a title names with
    no body of its own, which the article's context placed somewhere (a 'HANOI -' dateline), is
    of the next title's body when only separators and 'and' join the two (the Government's)."""
    b = t.body
    if b is None or not b.by_context or b.parent is not None or b.entry.type != "party-committee" \
            or not b.entry.key or b.entry.key == "party-committee" or nxt.body is None or not nxt.body.key \
            or nxt.body.by_context or nxt.from_context or doc.sentence_of(t.start) != doc.sentence_of(nxt.start) \
            or not all(doc.tokens[k].text in ",-–" or doc.is_word(k, "and") for k in range(t.end, nxt.start)):
        return
    body = implied_body(doc, b.entry, b.start, b.end, parent=nxt.body)
    if body is not None:
        t.body, t.role = body, t.entry.role_in(body.type)


def _before_own_body(doc: Doc, r, starts: dict):
    """A title whose form ends with its body's head, cut where that body's name begins (and
    before its 'of the'): 'Chánh | Văn phòng Thành uỷ', 'Chief | of the Office of ...'."""
    k = next((k for k in range(r.start + 1, r.end) if k in starts), None)
    if k is None:
        return r
    if k - 1 > r.start and doc.is_word(k - 1, "the"):
        k -= 1
    if k - 1 > r.start and doc.is_word(k - 1, "of"):
        k -= 1
    return r._replace(end=k)


def _share_chain_localities(doc: Doc, titles: list[TitleMention]) -> None:
    """'Phó Bí thư, Chủ tịch UBND huyện', 'Secretary of the Party Committee, Chairman of the
    People's Council of Gia Loc Commune': a title whose body the text does not place takes the
    locality of the title it is joined to; a bare title takes that title's very body when it
    is of a kind the title can hold ('Vice Chairwoman and Vice Chairman of the Council')."""
    for n, t in enumerate(titles):
        leveled = t.body is not None and bool(t.body.key) and t.body.parent is None and t.body.place is None \
            and bool(t.body.level or t.body.entry.level)
        weak = t.body is not None and t.body.parent is None and (t.body.by_context or leveled or t.from_context)
        if t.unread or not (t.body is None and t.entry.place_body or weak):
            continue
        for m in [*range(n + 1, min(n + 3, len(titles))), *range(n - 1, max(0, n - 2) - 1, -1)]:
            other = titles[m]
            if other.body is None or other.body.by_context:
                continue
            if other.body.unit is None:  # a national body: 'Phó chủ tịch, Tổng thư ký Uỷ ban Trung ương MTTQ
                # Việt Nam' is its vice-chair, not the National Assembly's the article names most
                if t.from_context and other.body.national and other.body.type in t.entry.context_types \
                        and _chained(doc, titles[min(n, m):max(n, m) + 1]):
                    t.body, t.role = other.body, t.entry.role_in(other.body.type)
                    break
                continue
            # a bare title takes a locality only from the titles right beside it; a body named
            # without its place, from any link of the chain ('Tỉnh uỷ viên, Bí thư Đảng uỷ, Giám
            # đốc Sở X Phú Yên'), not from a province named before it
            linked = _joined(doc, t, other) if t.body is None else _chained(doc, titles[min(n, m):max(n, m) + 1])
            if not linked and not (t.body is None and other.body.type in t.entry.context_types
                                   and _parallel_posts(doc, t, other)):
                continue
            if leveled and (other.body.type == t.body.type or not _level_fits(t.body, other.body.unit)):
                continue  # 'member of the City Party Committee, Secretary of the Thu Duc City Party Committee'
            if leveled:  # the body named by its level word is the very one of the chain's locality
                if t.body.unit is None or t.body.unit.id != other.body.unit.id:
                    t.body.unit, t.body.key = other.body.unit, body_key(other.body.unit, t.body.path)
                break
            if t.body is None and other.body.type in t.entry.context_types:
                t.body, t.role = other.body, t.entry.role_in(other.body.type)  # 'Vice Chairwoman and Vice Chairman of the Council'
                break
            entry = t.body.entry if weak else doc.lang.bodies.get(t.entry.place_body)
            subject = t.body.subject if weak else ""
            body = implied_body(doc, entry, t.start, t.end, unit=other.body.unit, subject=subject) if entry else None
            if body is not None:
                t.body, t.role = body, t.entry.role_in(body.type)
                break


def _parallel_posts(doc: Doc, a: TitleMention, b: TitleMention) -> bool:
    """'elected A as Secretary and B and C as Deputy Secretaries of the Provincial Party
    Committee', 'bầu ông A làm Bí thư, ông B làm Phó Bí thư Tỉnh uỷ': each title after a
    position word, only names, honorifics and joining words between the first and the next
    name's position word, so both are posts of the body named last."""
    if a.end >= b.start or doc.sentence_of(a.start) != doc.sentence_of(b.start):
        return False
    if not (_position_word_right_before(doc, a.start) and (k := _position_word_right_before(doc, b.start))):
        return False
    named, k0, j = doc.person_starts(), a.end, a.end
    persons = 0
    while j < k:
        if j in named:
            persons += 1
            j = next(p.end for p in doc.persons if p.start == j)
        elif doc.tokens[j].text == "," or doc.is_word(j, "and"):
            j += 1
        elif (h := doc.word_end(j, "honorifics")) is not None:
            j = h + (1 if doc.tok(h) is not None and doc.tokens[h].text == "." else 0)
        else:
            return False
    return persons > 0 and k0 < k


def _position_word_right_before(doc: Doc, i: int) -> int | None:
    """Where the position word ('as', 'làm', 'giữ chức') that ends right at token i starts: strictly
    adjacent, unlike kg.pipeline.posts' reading of a new post past 'the new', 'former' or a colon."""
    return next((j for j in range(max(0, i - 4), i) if doc.word_end(j, "position") == i), None)


def _level_fits(body, unit) -> bool:
    """A body named by a level word alone ('the City Party Committee') may be of the unit a
    joined title names ('..., Chairman of the People's Committee of Tam Ky City'): one of
    that level, and for 'City' a city, not an urban district."""
    level, types = body.level or body.entry.level, body.unit_types or body.entry.unit_types
    if body.city or body.entry.city:
        return unit.type == "Thành phố"
    return unit.level == level and (not types or unit.type in types)


FOREIGN_REACH = 6  # tokens of an unread title's body name before its country ('bộ trưởng Bộ Quốc phòng | Vương quốc Campuchia')


def _foreign_after(doc: Doc, t: TitleMention) -> bool:
    """A foreign country ends the unread title t's body name, before a separator or a person."""
    if not doc.lang.head_first:
        return doc.foreign_around(t.start, t.end)  # 'Defence Minister of Cambodia', 'Cambodian Defence Minister'
    last = doc.sentences[doc.sentence_of(t.start)][1]
    for j in range(t.end, min(last, t.end + FOREIGN_REACH)):
        if doc.tokens[j].text in ",;:-–()" or j in doc.person_starts():
            return False
        if doc.foreign_around(j, j):  # the country, perhaps after a party's or a state's name
            return True
    return False


def _chained(doc: Doc, run: list[TitleMention]) -> bool:
    """The titles of `run` (in text order) are links of one chain: each joined to the next,
    past the Party organ an unread title names ('Tỉnh uỷ viên, Bí thư Đảng uỷ, Giám đốc Sở
    TTTT Phú Yên': the organ is the next title's body's, _party_organs_of_next_body)."""
    for x, y in zip(run, run[1:]):
        end = x.end
        if x.unread and (organ := doc.tags.at(end, "body")) is not None:
            end = organ.end
        if doc.sentence_of(x.start) != doc.sentence_of(y.start) or not _only_joining(doc, range(end, y.start)):
            return False
    return True


def _joined(doc: Doc, a: TitleMention, b: TitleMention) -> bool:
    """Only separators and joining words between two titles of one sentence."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return doc.sentence_of(first.start) == doc.sentence_of(second.start) and _only_joining(
        doc, range(first.end, second.start))


def _only_joining(doc: Doc, between: range) -> bool:
    return all(doc.tokens[k].text in ",-–;" or doc.is_word(k, "and") or doc.is_word(k, "cum") for k in between)


def _title(doc: Doc, r, starts: dict, ends: dict) -> TitleMention:
    entry: RoleEntry = r.entry
    s, e = doc.span(r.start, r.end)
    t = TitleMention(r.start, r.end, s, e, entry=entry, former=_former(doc, r.start))
    adjacent = _body_after(doc, t, starts) if doc.lang.head_first else (
        _body_after(doc, t, starts) or _placed_after(doc, t, _body_before(doc, t, ends)))
    organ = adjacent is not None and doc.lang.head_first and _organ_of_unread(doc, adjacent)
    if organ:
        adjacent = None  # 'Chủ tịch Ban chấp hành Trung ương Hội ...': the association's, not the Party's
    outside = organ or adjacent is None and (doc.lang.head_first and doc.word_end(t.end, "unread_body") is not None
                                             or _of_body_left_out(doc, t))
    implied, of_end = (None, t.end) if adjacent or outside else _implied(doc, t)  # 'bí thư tỉnh đoàn' is no Tỉnh ủy
    t.unread = adjacent is None and implied is None and (outside or _of_unread_name(doc, t))
    if implied is not None and implied.unit is None and doc.foreign_around(t.start, of_end):
        implied, t.unread, t.foreign = None, True, True  # 'Bộ trưởng Quốc phòng Nga', 'Japanese Prime Minister'
    if adjacent is None and implied is None and not t.unread and doc.foreign_around(t.start, t.end):
        t.unread = t.foreign = True     # 'Thủ tướng Nhật Bản Shinzo Abe': no body from context either
    if adjacent is None and _of_foreign_body(doc, t):
        t.foreign = True                # 'Bộ trưởng Bộ Quốc phòng Nga'
    if adjacent is None and r.entry.body_head and _bare_ministry_at(doc, t.end):
        # 'Chánh Thanh tra Bộ': the inspectorate of the ministry the article is about, or of none it names
        ministry = next((b for b in reversed(doc.bodies) if b.end <= t.start and b.type == "ministry" and b.key), None)
        implied = _own_body_under(doc, r.entry, t, ministry) if ministry is not None else None
        t.unread = implied is None
    body = adjacent or implied or (None if t.unread else _from_context(doc, t) or _from_heading(doc, t, starts, ends))
    if adjacent is not None and r.entry.body_head and r.entry.body and adjacent.entry.id != r.entry.body \
            and adjacent.type in ("ministry", "department"):
        # 'chánh thanh tra Bộ Giáo dục': a lower-case head the lexicon does not read as a body of
        # its own ('thanh tra' is also the verb), so the title's own body under the one named
        body = _own_body_under(doc, r.entry, t, adjacent) or body
    t.from_context = body is not None and adjacent is None and implied is None
    if body is not None:
        t.body = body
        t.role = t.entry.role_in(body.type)  # t.entry: a deputy's when read so ('Deputy Health Minister')
    if adjacent is not None:  # the title's span covers its body's name
        t.start, t.end = min(t.start, adjacent.start), max(t.end, adjacent.end)
        t.end = _joined_body_end(doc, t.end, adjacent, starts)
    elif implied is not None:  # ... or the place or subject it is 'of', or the place before it
        t.end = max(t.end, of_end)
        if implied.place is not None and implied.place.end == t.start:
            t.start = implied.place.start  # 'Hanoi Party Chief': a chain before it reaches 'Hanoi'
        elif implied.level and t.start > 0 and (lvl := doc.level_word(t.start - 1)) is not None and lvl.end == t.start:
            t.start = lvl.start  # 'Provincial Party Secretary'

    t.start_char, t.end_char = doc.span(t.start, t.end)
    return t


def _joined_body_end(doc: Doc, end: int, body: BodyMention, starts: dict) -> int:
    """Past the body joined by 'and' that placed the title's body ('Chánh Văn phòng Đoàn ĐBQH
    [và HĐND tỉnh Quảng Nam]', 'Chief of Office of the National Assembly Delegation [and the
    City People's Council]', see bodies._distribute): the name after it is the title's."""
    root = body
    while root.parent is not None:
        root = root.parent
    after = doc.word_end(end, "and")
    if after is None:
        return end
    other = starts.get(doc.word_end(after, "the") or after)
    if other is None or (root.place is None and not root.level):
        return end
    shared = root.place is other.place if root.place is not None else root.level == other.level
    return other.end if shared else end


def _bare_ministry_at(doc: Doc, k: int) -> bool:
    """A ministry's head word without its subject stands at token k ('Chánh Thanh tra Bộ,')."""
    head = doc.tags.at(k, "body")
    if head is None or head.entry.type != "ministry" or not head.entry.needs_subject or head.end != k + 1:
        return False
    nxt = doc.tok(k + 1)
    return nxt is None or not (nxt.is_word and (nxt.is_title or nxt.is_upper))


def _own_body_under(doc: Doc, entry: RoleEntry, t: TitleMention, parent: BodyMention) -> BodyMention | None:
    """The body a title names by itself ('inspectorate' of 'Chánh Thanh tra'), as a part of
    `parent`."""
    own = doc.lang.bodies.get(entry.body)
    if own is None:
        return None
    return implied_body(doc, own, t.start, t.end, parent=parent)


def _after_title(doc: Doc, t: TitleMention) -> int:
    """Where the name of the title's body would start: past 'of' and 'the'."""
    k = doc.word_end(t.end, "of") or t.end
    k = doc.word_end(k, "the") or k
    return doc.word_end(k, "new") or doc.word_end(k, "former") or k  # 'of the newly merged X', 'of the old X'


def _of_foreign_body(doc: Doc, t: TitleMention) -> bool:
    """The body after the title is another country's ('Bộ trưởng Bộ Quốc phòng Nga')."""
    return _after_title(doc, t) in doc.memo.get("foreign_body_starts", ())


def _of_body_left_out(doc: Doc, t: TitleMention) -> bool:
    """The body after the title was named but left out by kg.pipeline.bodies: another
    country's ('Bộ trưởng Bộ Quốc phòng Nga', 'Minister of Defence of Russia') or one nothing
    places ('bí thư Đảng ủy, tổng giám đốc Tổng công ty ...'). No body from context stands in."""
    return _of_foreign_body(doc, t) or _after_title(doc, t) in doc.memo.get("unplaced_bodies", {})


def _former(doc: Doc, i: int) -> bool:
    return doc.is_word(i - 1, "former") or doc.is_word(i - 2, "former") and not doc.tokens[i - 1].text in ",;"


def _body_after(doc: Doc, t: TitleMention, starts: dict) -> BodyMention | None:
    """'Chairman of the People's Committee ...'; head-first: 'Chủ tịch UBND ...'."""
    charge = doc.word_end(t.end, "in_charge")
    if charge is not None:  # 'phó chủ tịch phụ trách HĐND TP', 'Phó Cục trưởng phụ trách Cục Hải quan'
        body = starts.get(doc.word_end(charge, "the") or charge)
        # only a body of the title's own kind: a vice-chairman in charge of a department is the committee's
        if body is not None and (not t.entry.context_types or body.type in t.entry.context_types):
            return body
    k = doc.word_end(t.end, "of")
    if k is None:
        k = t.end if doc.lang.head_first else None
    if k is None:
        return None
    k = doc.word_end(k, "the") or k
    body = starts.get(k)
    while body is not None and doc.tok(body.end) is not None and doc.tokens[body.end].norm == "'s" \
            and starts.get(body.end + 1) is not None:
        body = starts[body.end + 1]  # "the NA Standing Committee's Board for Deputy Affairs"
    return body


def _placed_after(doc: Doc, t: TitleMention, body: BodyMention | None) -> BodyMention | None:
    """A body named before the title with no place of its own, placed by the place the title
    is of ('Party Committee Secretary of the Mekong Delta's province of Dong Thap')."""
    if body is None or body.place is not None or body.level or body.parent is not None or body.entry.national:
        return body
    place, _, _, _, end = _place_of_title(doc, t)
    if place is None or place.start < t.end:
        return body
    return implied_body(doc, body.entry, body.start, end, place=place, subject=body.subject) or body


def _body_before(doc: Doc, t: TitleMention, ends: dict) -> BodyMention | None:
    """'National Assembly Chairman', 'Politburo member', 'Provincial Party Committee secretaries';
    never a body that ends the line before (a heading: "People's Committee of X" / 'Chairman: A')."""
    body = ends.get(t.start)
    if body is not None and not body.plural and doc.sentence_of(body.start) == doc.sentence_of(t.start):
        return body
    return None


def _implied(doc: Doc, t: TitleMention) -> tuple[BodyMention | None, int]:
    """A body the title names by itself ('Mayor', 'Party Secretary') or through a place
    ('Chief Inspector of the City', 'Chairman of Hanoi', 'Minister of Justice'), and where
    the title's words end."""
    entry = t.entry
    place, level, city, types, end = _place_of_title(doc, t)
    if place is None and not level and entry.level:  # 'Tỉnh ủy viên': a member of the provincial Party Committee
        level, city, types = entry.level, entry.city, entry.unit_types
    body_id = entry.body or (entry.place_body if place is not None or level else "")
    body_entry = doc.lang.bodies.get(body_id)
    if body_entry is None:
        return None, t.end
    subject = ""
    if body_entry.takes_subject:
        subject, end = _subject_of(doc, t)
        if not subject and not doc.lang.head_first:
            subject = _subject_before(doc, t)  # 'Health Minister Dao Hong Lan', 'Deputy Health Minister'
    body = implied_body(doc, body_entry, t.start, t.end, place=place, level=level, city=city, unit_types=types,
                        subject=subject)
    return body, end


def _level_of(entry) -> tuple[str, bool, tuple[str, ...]]:
    """A level word's level, whether it is the ambiguous 'City', and the unit types it names."""
    return entry.levels[0], "province" in entry.levels and "district" in entry.levels, entry.unit_types


def _place_of_title(doc: Doc, t: TitleMention) -> tuple:
    """(place, level, city, unit types, end): the place or level word a title is 'of' (after
    it) or that stands right before it, and where the title's words end."""
    k = doc.word_end(t.end, "of")
    if k is None and doc.lang.head_first:
        k = t.end  # 'Phó chủ tịch tỉnh', 'Ketua Provinsi ...'
    if k is not None:
        k = doc.word_end(k, "the") or k
        k = doc.word_end(k, "former") or doc.word_end(k, "new") or k  # 'Chairman of former District 2', 'of the new X'
        k = doc.past_epithet(k)  # 'Secretary of the northern province of Lao Cai'
        place = next((p for p in doc.places if p.start == k), None)
        if place is not None:
            return place, "", False, (), place.end
        lvl = doc.level_word(k)
        if lvl is not None:
            return (None, *_level_of(lvl.entry), lvl.end)
    same_line = t.start > 0 and doc.sentence_of(t.start - 1) == doc.sentence_of(t.start)
    if not doc.lang.head_first and same_line:  # never the place a heading line ends with
        place = next((p for p in doc.places if p.end == t.start), None)
        if place is not None:
            return place, "", False, (), t.end
        lvl = doc.level_word(t.start - 1)
        if lvl is not None and lvl.end == t.start:
            return (None, *_level_of(lvl.entry), t.end)
    return None, "", False, (), t.end


def _subject_of(doc: Doc, t: TitleMention) -> tuple[str, int]:
    """'Minister of Justice': the words after 'of' name the ministry's subject."""
    k = doc.word_end(t.end, "of")
    if k is None:
        if not doc.lang.head_first:
            return "", t.end
        k = t.end  # 'Menteri Luar Negeri'
    known = doc.tags.at(k, "subject")
    if known is not None:  # a subject the language data knows: 'Bộ trưởng Ngoại giao', not 'Ngoại'
        return doc.span_text(k, known.end), known.end
    if doc.is_word(k, "and"):
        return "", t.end  # 'khi giữ chức vụ Bộ trưởng và Ban bí thư ...': no subject starts with 'and'
    j = k
    while j < len(doc.tokens) and (doc.tokens[j].is_title or doc.is_word(j, "and")) and doc.tokens[j].is_word \
            and not any(p.start == j for p in doc.persons) and not doc.tags.at(j, "role") \
            and not (j == k and doc.tags.at(j, "body")) \
            and not doc.is_word(j, "foreign"):
        # not a country ('Bộ trưởng Bồ Đào Nha') nor a body's head ('Menteri dari Kementerian: A, B': the
        # ministries listed after it)
        j += 1
    while j > k and doc.is_word(j - 1, "and"):
        j -= 1
    return (doc.span_text(k, j), j) if j > k else ("", t.end)


SUBJECT_BEFORE = 6  # tokens a subject written before its title may take ('Natural Resources and Environment Minister')


def _subject_before(doc: Doc, t: TitleMention) -> str:
    """A subject the language data knows, right before the title ('Health Minister'); the
    title then starts with it, or with the word that makes it a deputy's ('Deputy Health
    Minister' is a 'Deputy Minister' of the language data)."""
    for j in range(max(0, t.start - SUBJECT_BEFORE), t.start):
        known = doc.tags.at(j, "subject")
        if known is None or known.end != t.start:
            continue
        subject, t.start = doc.span_text(j, t.start), j
        if j > 0:
            written = f"{doc.tokens[j - 1].text} {doc.span_text(known.end, t.end)}".lower()
            deputy = next((e for e in doc.lang.roles.values() if written in (f.lower() for f in e.forms)), None)
            if deputy is not None:
                t.entry, t.start = deputy, j - 1
        return subject
    return ""


def _of_unread_name(doc: Doc, t: TitleMention) -> bool:
    """'Chairman of the Board of Directors of Vietcombank', 'Secretary of the Personnel
    Committee of the State Audit Party': the title is of a name the language data cannot
    read, and no body from context may stand in for it. One word ('Vice Chairman of the
    Committee') still refers back."""
    k = doc.word_end(t.end, "of")
    if k is None:
        return doc.lang.head_first and _unread_after(doc, t.end)
    k = doc.word_end(k, "the") or k
    words = 0
    while _capitalised(doc, k) or doc.is_word(k, "of") and _capitalised(doc, k + 1):
        words += not doc.is_word(k, "of")
        k += 1
    return words >= 2


def _unread_after(doc: Doc, k: int) -> bool:
    """Head-first: the title goes straight on with a body the language data cannot read,
    'Chủ tịch HĐQT', 'Chủ tịch Tổng LĐLĐ', 'Ketua Dewan Komisaris': a capitalised word that
    starts no person, place, body, title or subject, or a word for a body outside the state
    ('chủ tịch tập đoàn')."""
    return doc.word_end(k, "unread_body") is not None or doc.plain_capitalised(k)


def _capitalised(doc: Doc, i: int) -> bool:
    tok = doc.tok(i)
    return tok is not None and tok.is_word and tok.is_title


HEADING_REACH = 12  # lines of a section under its heading ('Sở Nội vụ' / 'Giám đốc: Ông A' / ...)


def _from_heading(doc: Doc, t: TitleMention, starts: dict, ends: dict) -> BodyMention | None:
    """A bare title opening a line of a roster ('Giám đốc: Ông A', 'Ông A - Giám đốc') takes
    the body a heading line above names on its own ('Sở Nội vụ', 'Department of Finance'),
    when no other line between names a body: the section of an organisation page."""
    kinds = t.entry.heading_types
    if not kinds:
        return None
    here = doc.sentence_of(t.start)
    first, last = doc.sentences[here]
    k = doc.after_list_marker(first, last)
    if k != t.start and not _name_opens_line(doc, k, t.start):
        return None
    for line in range(here - 1, max(-1, here - HEADING_REACH), -1):
        first, last = doc.sentences[line]
        k, end = doc.after_list_marker(first, last), last
        while end > k and doc.tokens[end - 1].text in ":.":
            end -= 1
        b = ends.get(end)  # the read bodies find_titles indexed
        if b is not None and b.start <= k:  # the whole line, perhaps begun on the line above
            return b if b.type in kinds else None
        if any(x in starts for x in range(first, last)) or not _roster_line(doc, first, last):
            return None  # another body's line, or a heading of no body ('Other units'), closes the section
    return None


def _roster_line(doc: Doc, first: int, last: int) -> bool:
    """A line that names a person or a title, as the lines of a section under its heading do."""
    named = doc.person_starts()
    return any(k in named or doc.tags.at(k, "role") for k in range(first, last))


def _name_opens_line(doc: Doc, k: int, title_start: int) -> bool:
    """A person opens the line at k and only separators stand between it and the title."""
    ends = [e for e in range(k + 1, title_start) if e in doc.person_ends()]
    return bool(ends) and any(j in doc.person_starts() for j in range(k, k + 3)) \
        and all(doc.tokens[j].text in "-–,:" for j in range(ends[0], title_start))


def _from_context(doc: Doc, t: TitleMention) -> BodyMention | None:
    """A bare 'Vice Chairman Nguyen Hong Thanh': the nearest fitting body named before it."""
    kinds = t.entry.context_types
    if not kinds:
        return None
    members_of = doc.memo.get("member_title_ends")
    if members_of is None:  # 'người ứng cử đại biểu Quốc hội': a seat in a body, no context for a bare title
        members_of = doc.memo["member_title_ends"] = {r.end for r in doc.tags.all("role") if r.entry.role == "member"}
    # 'the Party Secretary of Quang Nam ... The two vice secretaries are ...': for a plural bare
    # title, a body a title implied is context too (a singular one more often names another's)
    plural = doc.tags.at(t.start, "role_plural") is not None
    named = doc.bodies + (doc.memo.get("implied_bodies", []) if plural else [])
    before = sorted((b for b in named if b.key and b.end <= t.start and b.type in kinds
                     and not (b.entry.national and b.type == "party-committee")  # a bare 'Bí thư Đảng ủy' is a unit's
                     and b.start not in members_of), key=lambda b: b.end)
    unplaced = [s for s, kind in doc.memo.get("unplaced_bodies", {}).items() if s < t.start and kind in kinds]
    if unplaced and (not before or max(unplaced) > before[-1].start):
        return None  # 'Bí thư Đảng ủy, Chính trị viên) và ... (phó bí thư, ...)': that committee, which nothing places
    if before and "peoples-committee" in kinds and _unread_between(doc, max(before[-1].end, _previous_sentence_start(doc, t.start)), t.start):
        return None  # 'Ban Chấp hành Hội Luật gia TP. HCM ... là Chủ tịch A và các Phó Chủ tịch B, C': the association's,
        # when it is named in this sentence or the one before (a chair's title, which companies and associations share)
    topic = _topic_place(doc, t.start)
    if topic is not None and not (before and before[-1].unit is not None and before[-1].unit.id == topic.unit.id):
        # 'Về phía TP HCM, Chủ tịch Nguyễn Thành Phong ...': the place the sentence is about, not
        # the body of the speaker before (a meeting of several provinces)
        entry = doc.lang.bodies.get(t.entry.place_body)
        return implied_body(doc, entry, t.start, t.end, place=topic) if entry is not None else None
    return before[-1] if before else None


def _topic_place(doc: Doc, k: int):
    """The place a topic phrase at the start of token k's sentence names, before a comma and
    before k ('Về phía TP HCM, ...', 'Phía Bình Dương, ...'), if any."""
    first = doc.sentences[doc.sentence_of(k)][0]
    end = doc.word_end(first, "topic")
    if end is None:
        return None
    place = next((p for p in doc.places if p.start == end and p.unit is not None), None)
    if place is None or place.end >= k or doc.tok(place.end) is None or doc.tokens[place.end].text != ",":
        return None
    return place


def _previous_sentence_start(doc: Doc, k: int) -> int:
    """The first token of the sentence before token k's (of k's own when it is the first)."""
    n = doc.sentence_of(k)
    return doc.sentences[max(0, n - 1)][0]


def _unread_between(doc: Doc, start: int, end: int) -> bool:
    """A capitalised name of a body the pipeline does not read ('Hội Luật gia', 'Công ty X')
    starts in [start, end), outside the bodies it reads."""
    starts = doc.memo.get("unread_body_starts")
    if starts is None:
        inside = {i for b in doc.bodies for i in range(b.start, b.end)}
        starts = doc.memo["unread_body_starts"] = [
            m.start for m in doc.tags.all("word:unread_body") if doc.tokens[m.start].is_title and m.start not in inside]
    k = bisect.bisect_left(starts, start)
    return k < len(starts) and starts[k] < end
