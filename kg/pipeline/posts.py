"""Posts: which person holds which title.

In order of how tightly the genre binds them:
1. a title right before a name or a list of names ("Vice Chairmen A, B and C");
2. titles after a name, joined by commas, dashes, 'and', 'cum' ("Mr. X, member of ...,
   Director of ...");
3. a title before ', NAME' or 'is/include NAME' ("the Chief of Office ... is Mr. X"), with
   the titles chained before it;
4. a title after 'the position of', 'as' ("... was elected to hold the position of ...")
   goes to the person the sentence is about;
5. the names a body lists ("Ban Thường vụ Tỉnh ủy gồm các ông A, B và bà C", "the Standing
   Board, including A and B") are its members;
6. bodies after a joining word ("tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy", "was elected
   to the Politburo") have the person the sentence is about as a member.
"""
from __future__ import annotations

from dataclasses import replace

from ..doc import Doc, PersonMention, Post, TitleMention
from .bodies import implied_body

SEPARATORS = {",", "-", "–", "—", ":", "(", ")", "/", "|"}
CHAIN_WORDS = ("and", "cum", "relative", "the", "former")


def link_posts(doc: Doc) -> None:
    """Fill doc.posts from doc.titles and doc.persons."""
    titles = [t for t in doc.titles if t.body is not None]
    owners: dict[int, list[PersonMention]] = {}
    person_at = {p.start: p for p in doc.persons}
    closed = _titles_before_names(doc, titles, person_at, owners)
    _titles_after_names(doc, titles, person_at, owners, closed)
    # A copula with its subject outranks a comma name after the title: 'A, SN 1975, hiện là
    # Chủ tịch UBND xã X, B, SN 1969, ...' is A's, not B's.
    _titles_after_copulas(doc, titles, person_at, owners)
    _titles_before_comma_names(doc, titles, person_at, owners)
    _titles_moved_from(doc, titles, person_at, owners)
    _titles_after_position_words(doc, titles, owners)
    _members_listed_by_bodies(doc, titles, person_at, owners)
    _memberships_joined(doc, titles, person_at, owners)
    _memberships_of_the_new_post(doc, titles, person_at, owners)
    _duty_title_lists(doc, titles, owners)
    _timeline_titles(doc, titles, owners)
    _titles_of_a_partitive(doc, titles, person_at, owners)
    _members_elected(doc, titles, owners)
    posts = []
    foreigners = _named_by_foreign_titles(doc)
    for n, t in enumerate(titles):
        for p in owners.get(n, []):
            # 'ông Sokhonn trên cương vị bộ trưởng ngoại giao': Cambodia's; 'Thủ tướng Singapore Lý Hiển
            # Long ... Thủ tướng Lý Hiển Long': named once as another country's, he is so all along
            if not doc.lang.foreign_name(p.name) and p.name not in foreigners:
                title = _placed_by_name(doc, t, p)
                if title is not None:
                    posts.append(Post(p, title, doc.sentence_of(t.start)))
    _bare_titles_of_named_bodies(posts)
    doc.posts = _one_holder_each(posts, doc.memo.get("chained_titles", set()))


def _plural_title(doc: Doc, t: TitleMention) -> bool:
    """The title's role word is a plural form ('Deputy Secretaries', 'provincial Party Secretaries')."""
    return any(doc.tags.at(k, "role_plural") is not None for k in range(t.start, t.end))


def _placed_by_name(doc: Doc, t: TitleMention, p: PersonMention) -> TitleMention | None:
    """A plural title's holder with a place of his own after his name ('The six provincial Party
    Secretaries are Ms. A of Ha Nam Province, Ms. B of An Giang province, ...'): the title's
    body in that place; without one, a plural title of a level ('Four Provincial Party
    Secretaries - A, B, ...') is of several units, none of which is known: no post."""
    if t.body is None or t.body.entry.national or not _plural_title(doc, t) or p.start < t.end:
        return t
    k = doc.word_end(p.end, "of")
    place = next(iter(doc.places_at(doc.word_end(k, "the") or k)), None) if k is not None else None
    if place is None:
        return None if t.body.implied and t.body.level and t.body.place is None and not t.from_context else t
    body = implied_body(doc, t.body.entry, p.start, place.end, place=place, subject=t.body.subject)
    return replace(t, body=body) if body is not None else t


def _bare_titles_of_named_bodies(posts: list[Post]) -> None:
    """A bare title whose body came from context ('Chủ tịch Nguyễn Thiện Nhân cho biết ...') is of
    the one body the article names, with its name, for the same person in the same role
    ('Chủ tịch Uỷ ban Trung ương MTTQ Việt Nam Nguyễn Thiện Nhân'), not the locality in context."""
    named: dict[tuple, dict] = {}
    holders: dict[int, set] = {}
    for post in posts:
        holders.setdefault(id(post.title), set()).add(post.person.key)
        t = post.title
        if not t.from_context and t.body is not None and t.body.key:
            named.setdefault((post.person.key, t.role), {})[t.body.key] = t.body
    for post in posts:
        t = post.title
        bodies = named.get((post.person.key, t.role), {})
        if t.from_context and len(bodies) == 1 and len(holders[id(t)]) == 1:
            (body,) = bodies.values()
            t.body = body


# The roles a body has one holder of at a time (directs: a head asking his own body directs it).
HEAD_ROLES = ("chair", "secretary", "director", "head", "minister", "prime-minister", "general-secretary", "president")


def _one_holder_each(posts: list[Post], chained: set[int]) -> list[Post]:
    """A body has one chair (secretary, director, ...) at a time: a head post the article gives
    one person by a title next to his name is not also another's by a chain of titles before
    the other's name ('báo cáo với đoàn công tác của Bí thư Thành uỷ, Giám đốc Sở KHCN Nguyễn
    Việt Dũng', where 'Bí thư Thành uỷ TP HCM Đinh La Thăng' is named: the delegation's head
    is Thăng; Dũng is the director). Former posts are no rivals."""
    if not chained:
        return posts
    holders: dict[tuple[str, str], set[str]] = {}
    for post in posts:
        t = post.title
        if id(t) not in chained and t.role in HEAD_ROLES and not t.former and t.body.key:
            holders.setdefault((t.role, t.body.key), set()).add(post.person.key)
    def another_holds(post: Post) -> bool:
        t = post.title
        others = holders.get((t.role, t.body.key), set())
        return id(t) in chained and not t.former and bool(others) and post.person.key not in others
    return [post for post in posts if not another_holds(post)]


def _named_by_foreign_titles(doc: Doc) -> frozenset[str]:
    """The names the article gives another country's title: right after it ('Thủ tướng Singapore
    Lý Hiển Long') or right before it, past a separator ('Lý Hiển Long, Thủ tướng Singapore')."""
    starts = {p.start: p for p in doc.persons}
    ends = {p.end: p for p in doc.persons}
    names = set()
    for start, end in doc.memo.get("foreign_titles", ()):
        country = doc.word_end(end, "foreign")  # 'Thủ tướng Singapore Lý Hiển Long'
        p = starts.get(end) or (starts.get(country) if country is not None else None)
        if p is None and start and doc.tokens[start - 1].text in ",-–(":
            nxt = doc.tok(country if country is not None else end)  # the apposition closes: 'Lý Hiển Long, Thủ tướng Singapore, ...', not
            # 'Nguyễn Phú Trọng, Chủ tịch Triều Tiên Kim Jong-un' (the next person's title)
            if nxt is None or nxt.text in ",;.)-–" or nxt.is_word and not nxt.is_title and not nxt.is_upper:
                p = ends.get(start - 1)
            if p is not None and any(t.end == p.start for t in doc.titles):
                p = None  # 'Trao đổi với Bí thư Nguyễn Thiện Nhân, Phó thủ tướng Hà Lan cho rằng ...': a new subject
        if p is not None:
            names.add(p.name)
    return frozenset(names)


def _skip(doc: Doc, k: int, words: tuple[str, ...] = ("and", "cum", "relative", "the")) -> int:
    """Past separators and joining words ("and", "cum", ", who was also a", "the"), and past
    titles of bodies the language data cannot read, which stand in chains like any other
    ('Phó Bí thư Tỉnh ủy, Bí thư Ban cán sự đảng, Chủ tịch UBND tỉnh')."""
    unread = unread_spans(doc)
    while doc.tok(k) is not None:
        if k in unread:
            k = unread[k]
        elif doc.abbreviation_end(k) > k:  # 'uỷ viên Đảng đoàn Hội đồng nhân dân (HĐND), ...'
            k = doc.abbreviation_end(k)
        elif doc.tokens[k].text in SEPARATORS or any(doc.is_word(k, w) for w in words):
            k = next((e for w in words if (e := doc.word_end(k, w))), None) or k + 1
        else:
            break
    return k


UNREAD_REACH = 15  # tokens an unread title's body name may run before the separator that ends it


def unread_spans(doc: Doc) -> dict[int, int]:
    """Start -> end of each title of an unread body with its name, up to the separator or the
    name after it ('Chủ tịch Hội đồng chức danh giáo sư nhà nước Phùng Xuân Nhạ')."""
    spans = doc.memo.get("unread_spans")
    if spans is None:
        spans = doc.memo["unread_spans"] = {}
        person_starts = {p.start for p in doc.persons}
        for t in doc.titles:
            if not t.unread:
                continue
            last = doc.sentences[doc.sentence_of(t.start)][1]
            end = next((j for j in range(t.end, min(last, t.end + UNREAD_REACH))
                        if doc.tokens[j].text in SEPARATORS or doc.tokens[j].text == ";" or j in person_starts
                        or doc.is_word(j, "and") or doc.is_word(j, "honorifics")), None)
            if end is not None:
                spans[t.start] = end
                if doc.is_word(t.start - 1, "former"):
                    spans[t.start - 1] = end
    return spans


def _person_after(doc: Doc, k: int, person_at: dict) -> PersonMention | None:
    """The person starting at token k, perhaps after a term ('in the 2016-2021 tenure'), a
    demonstrative ('Giám đốc Sở này Nguyễn Văn A'), a plural word and an honorific ('các ông',
    'Mr.', 'comrade')."""
    k = _skip_term(doc, k)
    k = doc.word_end(k, "home_country") or k  # 'Thủ tướng Việt Nam Nguyễn Xuân Phúc'
    if doc.lang.head_first and doc.word_end(k, "demonstrative") is not None:
        k = doc.word_end(k, "demonstrative")  # 'Giám đốc Sở này Nguyễn Văn A'
    if doc.is_word(k, "the") and doc.is_word(doc.word_end(k, "the") or k, "honorifics"):
        k = doc.word_end(k, "the")
    hon = doc.word_end(k, "honorifics")
    if hon is not None:
        k = hon + (1 if doc.tok(hon) is not None and doc.tokens[hon].text == "." else 0)
    return person_at.get(k)


def _skip_parenthetical(doc: Doc, k: int, longest: int = 5) -> int:
    """Past a short remark in parentheses: '(KS PKV)', '(NA)'."""
    if doc.tok(k) is None or doc.tokens[k].text != "(":
        return k
    for j in range(k + 1, min(len(doc.tokens), k + longest + 2)):
        if doc.tokens[j].text == ")":
            return j + 1
    return k


TERM_REACH = 12  # tokens of a term: 'in the 7th, 8th, 9th and 10th tenures'


def _skip_term(doc: Doc, k: int) -> int:
    """Past 'in the 2016-2021 tenure', 'for the 2021-2026 term', ', term XX,': a year range
    among small lower-case words, then a term word of the language data."""
    j = k
    while doc.tok(j) is not None and j - k < TERM_REACH and (doc.tokens[j].text in ",-–" or doc.tokens[j].is_digit
                                                    or doc.tokens[j].is_word and not doc.tokens[j].is_title
                                                    and doc.word_end(j, "subject_stop") is None):
        j += 1
    if j > k and any(doc.tokens[x].is_digit for x in range(k, j)):
        end = doc.word_end(j, "subject_stop")
        if end is not None:
            return end
    end = doc.word_end(k, "subject_stop")  # 'term XX', 'nhiệm kỳ 2016-2021'
    if end is not None and doc.tok(end) is not None and doc.tokens[end].is_upper:
        return end + 1
    if end is not None and doc.tok(end) is not None and doc.tokens[end].is_digit:
        # 'khoá 9, 10, 11 và 12': the terms a list of numbers names
        while doc.tok(end) is not None and (doc.tokens[end].is_digit or doc.tokens[end].text in "-–"
                                            or (doc.tokens[end].text == "," or doc.is_word(end, "and"))
                                            and doc.tok(end + 1) is not None and doc.tokens[end + 1].is_digit):
            end += 1
        return end
    return _skip_years(doc, k)


def _is_year(doc: Doc, k: int) -> bool:
    t = doc.tok(k)
    return t is not None and t.text.isdigit() and len(t.text) == 4 and 1900 < int(t.text) < 2100


def _past_month(doc: Doc, k: int) -> int:
    """Past a month's name or number ('February 2019', '5-2012', '8/2013')."""
    t, sep = doc.tok(k), doc.tok(k + 1)
    if t is not None and t.text in doc.lang.months:
        return k + 1
    if t is not None and t.text.isdigit() and len(t.text) <= 2 and sep is not None and sep.text in "-/":
        return k + 2
    return k


def _skip_years(doc: Doc, k: int) -> int:
    """Past the years a post was held: 'in 2015-2020', '(2014-2016)', 'from 2010 to 2015',
    'năm 2019', '(nhiệm kỳ 2011-2015)': a date word or a bracket (and a term word in it), a year, and
    the year it ended."""
    j = k + 1 if doc.tok(k) is not None and doc.tokens[k].text == "(" else k
    if j > k:
        j = doc.word_end(j, "subject_stop") or j
    j = _past_month(doc, doc.word_end(j, "event_date") or j)
    if not _is_year(doc, j):
        return k
    j += 1
    end = doc.word_end(j, "event_date") or (j + 1 if doc.tok(j) is not None and doc.tokens[j].text in "-–" else None)
    if end is not None and _is_year(doc, _past_month(doc, end)):
        j = _past_month(doc, end) + 1
    if doc.tok(j) is not None and doc.tokens[j].text == ")":
        return j + 1 if doc.tokens[k].text == "(" else k
    return k if doc.tokens[k].text == "(" else j


def _skip_terms(doc: Doc, k: int) -> int:
    """Past a term and the terms joined to it ('nhiệm kỳ 2005-2010 và nhiệm kỳ 2010-2015')."""
    k = _skip_term(doc, k)
    while True:
        j = doc.word_end(k, "and") or (k + 1 if doc.tok(k) is not None and doc.tokens[k].text == "," else None)
        if j is None or _skip_term(doc, j) == j:
            return k
        k = _skip_term(doc, j)


def _name_list(doc: Doc, first: PersonMention, person_at: dict) -> list[PersonMention]:
    """'A, B and C': the names of a list that starts with `first`."""
    return doc.coordinated(first, lambda j: _person_after(doc, j, person_at))


def _titles_before_names(doc, titles, person_at, owners) -> set[int]:
    """1. 'Chairman of Hai Phong City People's Committee Le Ngoc Chau', with the titles
    chained before it ('Member of the Politburo, Secretary of ..., Head of ... Le Minh Hung')."""
    closed = set()
    title_starts = {x.start for x in titles}
    bodiless = {b.start: b.end for b in doc.titles if b.body is None and b.entry.bodiless}
    bare = {b.start: b.end for b in doc.titles if b.body is None and not b.unread and not b.entry.bodiless}
    for n, t in enumerate(titles):
        p = _person_after(doc, t.end, person_at) or _person_past_title(doc, t, person_at, bodiless, bare)
        if p is None or _roster_lines(doc, titles).get(doc.sentence_of(t.start)) == "titles":
            continue  # 'A' / 'Chairman of ...' / 'B' / ...: a roster that names first; the title is A's
        if _named_line_before(doc, titles, n, p):
            continue  # 'Mr. A - Chairman of ...' / 'Mr. B - Vice Chairman ...': the line's title is A's
        names = _own_titled_cut(doc, _name_list(doc, p, person_at), title_starts)
        if p.start == t.end:
            names = _honorific_cut(doc, names)
        owners[n] = names
        closed.add(n)
        m = n - 1
        while m >= 0 and m not in owners and _chained(doc, titles[m], titles[m + 1]) \
                and not _person_between(doc, titles[m].end, titles[m + 1].start) \
                and not _object_of_position_word(doc, titles[m]) \
                and not _of_then_reporter(doc, titles[m], names[-1]) \
                and not _opens_a_list(doc, titles[m], titles[m + 1]):
            owners[m] = names
            closed.add(m)
            doc.memo.setdefault("chained_titles", set()).add(id(titles[m]))
            titles[m].former = titles[m].former or titles[n].former and _joined_by_cum(doc, titles[m], titles[m + 1])
            m -= 1
    return closed


def _bodiless_title_end(doc: Doc, k: int) -> int | None:
    """Where a title of no body ('Director', 'Chairman') that starts at token k ends (the
    titles are indexed once per article: asked for every name of a long list)."""
    ends = doc.memo.get("bodiless_title_ends")
    if ends is None:
        ends = doc.memo["bodiless_title_ends"] = {t.start: t.end for t in doc.titles if t.body is None and not t.unread}
    return ends.get(k)


def _and_after_unread(doc: Doc, start: int, end: int) -> bool:
    """An 'and' follows the last unread title in [start, end): the name after it is another's."""
    unread = unread_spans(doc)
    last = max((unread[k] for k in range(start, end) if k in unread), default=start)
    return any(doc.is_word(j, "and") for j in range(last, end))


def _past_comma(doc: Doc, k: int) -> int:
    return k + 1 if doc.tok(k) is not None and doc.tokens[k].text == "," else k


def _person_past_title(doc: Doc, t: TitleMention, person_at: dict, bodiless: dict, bare: dict) -> PersonMention | None:
    """The name a chain reaches past a title after t that the chain passes on: one of no body
    ('Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng', 'Sekjen, Presiden Vietnam, Nguyen Phu Trong'),
    a bare one after a comma ('Phó thủ tướng, Bộ trưởng Phạm Bình Minh'), or one of a body we cannot
    read ('Bộ trưởng Bộ GD-ĐT, Chủ tịch Hội đồng ... Phùng Xuân Nhạ', '... and Secretary of the Party
    Committee of Central Party Agencies Tran Cam Tu'). `bodiless` and `bare` map such titles'
    starts to their ends."""
    k = _skip(doc, t.end, CHAIN_WORDS)
    if k > t.end and k in bodiless:
        return _person_after(doc, _past_comma(doc, bodiless[k]), person_at)
    # a bare title not after 'of' ('lời nhắc nhở của Chủ tịch Quốc hội, Bộ trưởng X'), nor a position
    # word's object ('A nhận nhiệm vụ Bí thư X, Thứ trưởng B ...': A's)
    if k == t.end + 1 and doc.tokens[t.end].text == "," and k in bare and not _said_of(doc, t) \
            and not _object_of_position_word(doc, t):
        return _person_after(doc, bare[k], person_at)
    u = _skip(doc, t.end, ("and", "former"))
    if u > t.end and _passed_unread(doc, t.end, u) and not _and_after_unread(doc, t.end, u):
        return _person_after(doc, u, person_at)  # not '..., Phó chủ tịch Hội đồng X và ông B': B's own
    return None


def _said_of(doc: Doc, t: TitleMention) -> bool:
    """Title t is someone's the sentence speaks of, not a subject's: after 'of', a plural word or
    an on-behalf word ('lời nhắc nhở của Chủ tịch Quốc hội, Bộ trưởng X', 'ý kiến các đại biểu Quốc
    hội, bộ trưởng X', 'Thay mặt Bộ trưởng Bộ GD-ĐT, Thứ trưởng X')."""
    j = t.start - 1
    return j >= 0 and (doc.is_word(j, "of") or doc.is_word(j, "generic")
                       or any(doc.word_end(i, "on_behalf") == t.start for i in range(max(0, t.start - 4), t.start)))


def _names_with_titles(doc: Doc, first: PersonMention, person_at: dict, titles: list[TitleMention]) -> list[PersonMention]:
    """The names a plural title lists when each has titles of its own in apposition ('The two
    Deputy Secretaries are Mr. A, Standing Vice Chairman of X, and Mr. B, Head of Y')."""
    by_start = {t.start: t for t in titles}
    names, k = [first], first.end
    while True:
        of = doc.word_end(k, "of")
        place = next(iter(doc.places_at(doc.word_end(of, "the") or of)), None) if of is not None else None
        if place is not None:
            k = place.end  # 'Ms. A of Ha Nam Province, Ms. B of ...': each name's own place
        if doc.tok(k) is not None and doc.tokens[k].text == "(" and k + 1 in by_start \
                and doc.tok(by_start[k + 1].end) is not None and doc.tokens[by_start[k + 1].end].text == ")":
            k = by_start[k + 1].end + 1  # 'Nguyen Hoa Binh (Permanent Deputy Prime Minister), Tran Hong Ha, ...'
        if doc.tok(k) is not None and doc.tokens[k].text == "," and k + 1 in by_start:
            k = by_start[k + 1].end  # the name's own titles, chained
            while (nxt := _skip(doc, _skip_term(doc, k), CHAIN_WORDS)) in by_start and _person_after(doc, k, person_at) is None:
                k = by_start[nxt].end
        # 'members: A, Chief of X; B, Deputy Chief of Y; and C, ...': items a comma or a semicolon separates
        j = k + 1 if doc.tok(k) is not None and doc.tokens[k].text in ",;" else k
        j = doc.word_end(j, "and") or j
        p = _person_after(doc, j, person_at) if j > k else None
        if p is None or doc.sentence_of(p.start) != doc.sentence_of(first.start):
            return names
        names.append(p)
        k = p.end


def _named_line_before(doc: Doc, titles: list[TitleMention], n: int, p: PersonMention) -> bool:
    """A title reaches a name on a later sentence only from a line of titles, not from one
    that names someone before it ('Ông A - Giám đốc Sở Nội vụ' / 'Ông B - Phó Giám đốc'; '...
    bầu ông A - bí thư Quận uỷ - giữ chức phó chủ tịch UBND TP.' / 'Ông B ...'), unless
    the chain opens a new member of a list the break cut ('Phó Tổng thanh tra A và Chủ tịch
    UBND TP.' / 'Hà Nội B')."""
    here = doc.sentence_of(titles[n].start)
    if doc.sentence_of(p.start) == here:
        return False
    while n > 0 and _chained(doc, titles[n - 1], titles[n]):
        n -= 1
    first, start = doc.sentences[here][0], titles[n].start
    if start > first and doc.is_word(start - 1, "and"):
        return False
    named = doc.person_starts()
    return any(k in named for k in range(first, start))


def _of_then_reporter(doc: Doc, t: TitleMention, last: PersonMention) -> bool:
    """A title after 'of' or 'với' ends the phrase it completes when the chain's name reports: in
    'báo cáo với đoàn làm việc của Bí thư Thành uỷ TP HCM, Phó giám đốc Sở Xây dựng A cho hay'
    the secretary leads the delegation and A, who speaks, is only the deputy director; in 'Báo
    cáo với Bí thư Thành uỷ, Giám đốc Sở X B cho biết' the secretary is reported to."""
    before = doc.is_word(t.start - 1, "of") or doc.word_end(t.start - 1, "holder_intro") == t.start \
        or t.start >= 2 and doc.word_end(t.start - 2, "holder_intro") == t.start
    return before and doc.word_end(last.end, "reporting") is not None


def _object_of_position_word(doc: Doc, t: TitleMention) -> bool:
    """A title after a position word that a person of its sentence comes before is that
    person's new post, not the start of the next name's chain: 'Nguyễn Đức Chung được đề cử
    làm Chủ tịch UBND thành phố Hà Nội - Phó bí thư thành uỷ Đào Đức Toàn cho hay'."""
    start = _position_word_start(doc, t.start, "position")
    if start is None:
        return False
    first, named = doc.sentences[doc.sentence_of(t.start)][0], doc.person_starts()
    return any(x in named for x in range(first, start))  # the sentence's tokens, not every person


def _passed_unread(doc: Doc, start: int, end: int) -> bool:
    """An unread title with its body name starts in [start, end)."""
    return any(start <= k < end for k in unread_spans(doc))


def _past_separators(doc: Doc, k: int) -> int:
    """Past the commas, dashes and parentheses at token k (not past titles, as _skip goes)."""
    while doc.tok(k) is not None and doc.tokens[k].text in SEPARATORS:
        k += 1
    return k


def _own_titled_cut(doc: Doc, names: list[PersonMention], title_starts: set[int]) -> list[PersonMention]:
    """The names of a list up to the first, after the first name, that has its own title after
    it ('... Nguyễn Phú Trọng, đồng chí Nguyễn Xuân Phúc, Uỷ viên Bộ Chính trị, Thủ tướng')."""
    for i, p in enumerate(names[1:], start=1):
        k = _past_separators(doc, p.end)  # after a comma or a dash: 'và Trưởng ban ...' starts the next person's
        if k > p.end and _title_ends(doc).get(k) in doc.person_starts():
            continue  # '..., and Vu Thu Ha, Chief of the Office ... Truong Viet Dung': the next one's title
        if k > p.end and (k in title_starts or _title_word_at(doc, k) is not None):
            return names[:i]  # also a title of a body we cannot read: '... và PGS.TS X - giám đốc Đại học Y'
    return names


def _title_ends(doc: Doc) -> dict[int, int]:
    """Where each title of the article ends, by its start (indexed once: asked for every list)."""
    ends = doc.memo.get("title_ends")
    if ends is None:
        ends = doc.memo["title_ends"] = {t.start: t.end for t in doc.titles}
    return ends


def _honorific_cut(doc: Doc, names: list[PersonMention]) -> list[PersonMention]:
    """A list whose first name follows its title bare ends before a name with an honorific
    of its own: that one starts a new phrase ('... của Trưởng ban Tổ chức Trung ương Tô Huy
    Rứa, ông Nguyễn Văn Thành và ông Dương Anh Điền mong muốn ...'); names sharing a title
    are written alike ('Phó Chủ tịch UBND tỉnh Nguyễn Văn A, Trần Văn B')."""
    for i, p in enumerate(names[1:], start=1):
        if any(doc.word_end(k, "honorifics") in (p.start, p.start - 1) for k in range(max(0, p.start - 3), p.start)):
            return names[:i]
    return names


def _title_word_at(doc: Doc, k: int):
    """The title word (a role of the lexicon, read with a body or not) at token k, past a
    'former' word: 'Phó Tư lệnh', 'nguyên cục trưởng'."""
    return doc.tags.at(doc.word_end(k, "former") or k, "role")


def _chained(doc: Doc, a: TitleMention, b: TitleMention, career: bool = False) -> bool:
    """Only separators, joining words and a's term stand between titles a and b ('former'
    marks b, not the chain; 'nguyên Phó chủ tịch UBND tỉnh nhiệm kỳ 2005 - 2010 và nguyên Chủ
    tịch ...')."""
    return a.end <= b.start and _skip(doc, _skip_term(doc, a.end), CHAIN_WORDS) >= b.start \
        and doc.sentence_of(a.start) == doc.sentence_of(b.start) and (career or not _rivals(a, b)) \
        and not _closes_parenthesis(doc, a.end, b.start) \
        and not any(doc.is_word(k, "together") for k in range(a.end, b.start))  # 'Phó thủ tướng cùng Bí thư X'


def _closes_parenthesis(doc: Doc, start: int, end: int) -> bool:
    """A ')' in [start, end) closes a parenthesis opened before `start`: 'ông A (Bí thư X,
    nguyên Giám đốc Y) và Giám đốc Z B' ends A's remark; Z's title is B's alone."""
    for k in range(start, end):
        if doc.tokens[k].text == "(":
            return False
        if doc.tokens[k].text == ")":
            return True
    return False


def _rivals(a: TitleMention, b: TitleMention) -> bool:
    """Two posts of one body no one holds together ('Bộ trưởng Bộ GD-ĐT, Thứ trưởng ...'): they
    end one person's chain and start another's. A member may also hold a post ('Tỉnh ủy viên,
    Phó Bí thư Tỉnh ủy'), and so may one with a function of its own ('Phó chủ tịch, Tổng thư ký
    Uỷ ban Trung ương MTTQ')."""
    return a.body.key == b.body.key and a.role != b.role and not {"member", "other"} & {a.role, b.role} \
        and not (a.former and b.former)  # a career: 'nguyên Phó chủ tịch UBND tỉnh, nguyên Chủ tịch UBND tỉnh'


def _joined_by_cum(doc: Doc, a: TitleMention, b: TitleMention) -> bool:
    return any(doc.is_word(k, "cum") for k in range(a.end, b.start))


def _person_between(doc: Doc, start: int, end: int) -> bool:
    return any(start <= p.start < end for p in doc.persons)


def _titles_after_names(doc, titles, person_at, owners, closed) -> None:
    """2. 'Mr. Tran Luu Quang, Member of the Party Central Committee, Secretary of the City Party Committee'."""
    by_start = {t.start: n for n, t in enumerate(titles)}
    for p in doc.persons:
        k = _skip(doc, p.end)
        if k == p.end and not doc.is_word(k, "former") \
                and _roster_lines(doc, titles).get(doc.sentence_of(p.start)) != "name":
            continue
        k = _skip(doc, _after_remark(doc, k, by_start, doc.sentences[doc.sentence_of(p.start)][1]))
        if _ends_subordinate_clause(doc, p, k, by_start, titles):
            continue
        former_chain, last = False, p.end
        while True:
            if (e := doc.word_end(k, "former")) is not None:
                former_chain = True
                k = e + _hyphen_joined(doc, e)  # 'Duong Ngoc Long, ex-chairman of ...'
            k = _before_title(doc, k, by_start)
            if k in unread_spans(doc):  # '..., nguyên Bí thư Ban cán sự đảng, nguyên Chủ tịch UBND tỉnh'
                k = _skip(doc, k)
                continue
            n = by_start.get(k)
            if n is None and (bare := _bodiless_title_end(doc, k)) is not None \
                    and (doc.is_word(bare, "and") or _comma_and(doc, bare)):
                # 'Le Hong Nam, Director and Party Secretary of X': a title of no body joined by 'and'
                # (or ', and': '(..., Party Secretary, and Chief Justice of ...)') passes the chain on, as
                # one whose body we cannot read does (not one a comma or a dash alone ends: 'Phó thủ
                # tướng A, bộ trưởng - chủ nhiệm VPCP, ...' lists others' posts)
                if last == p.end:
                    holders = _bare_names_before(doc, p, person_at) + [p]
                k, last = _skip(doc, bare), bare
                continue
            if n is None or n in owners or _joined_by_and(doc, last, k) and _before_unread_name(doc, titles[n]):
                break
            if last == p.end and _source_then_clause(doc, p, titles[n]):
                break  # 'Theo Bộ trưởng X, Thủ tướng đã đặt vấn đề ...': the clause's subject, not X's title
            if last > p.end and _closes_parenthesis(doc, last, k):
                break  # 'ông X (cựu Chủ tịch Đà Nẵng), Tổng bí thư nêu rõ ...': his titles were the remark's
            if last == p.end and _and_right_before(doc, p.end, k):
                break  # 'Giám đốc Sở Du lịch A và Giám đốc Sở Văn hoá ... B': the title after 'and' opens B's
            if _joined_by_and(doc, last, k) and _plural(doc, last, titles[n]):
                break  # 'Phó thủ tướng X và các bộ trưởng Xây dựng, ...': other people's posts
            if doc.tags.at(k, "role_plural") or doc.is_word(k - 1, "generic"):
                break  # 'Chủ tịch Quốc hội A, các Phó chủ tịch Quốc hội, Uỷ viên UBTVQH': a group's, and what follows
            if (nxt := doc.tok(titles[n].end)) is not None and nxt.norm in ("'s", "’s"):
                break  # 'General Secretary To Lam and the Prime Minister's Decision': a possessor, another's
            if (h := _holder_after(doc, titles[n].end, person_at)) is not None and h is not p:
                break  # '... đối với ông A, và phó trưởng Ban Y đối với ông B': B's post
            if last == p.end and (c := doc.word_end(titles[n].end, "copula")) is not None \
                    and _person_after(doc, c, person_at) not in (None, p):
                break  # 'Thủ tướng là ông A, Chủ tịch Quốc hội là bà B': the next pair's title
            if last == p.end:
                holders = _bare_names_before(doc, p, person_at) + [p]
            owners[n] = holders
            titles[n].former = titles[n].former or former_chain
            last = titles[n].end
            k = _skip(doc, _skip_terms(doc, _skip(doc, last)))  # 'Bí thư Tỉnh uỷ nhiệm kỳ 2010-2015, Chủ tịch ...'
            if doc.tok(k) is not None and doc.tokens[k].text == ";":
                # 'X, member of ...; Secretary of ...' goes on; '...; Members of ...' is a new item
                after = doc.word_end(k + 1, "and") or k + 1  # '...; Chairman of ...; and Secretary of ...'
                if after not in by_start or doc.tags.at(after, "role_plural") or _named_item(doc, after):
                    break
                k = after
            if n in closed or _person_after(doc, k, person_at):
                break


def _comma_and(doc: Doc, k: int) -> bool:
    """', and' at token k: the last item of a list follows."""
    return doc.tok(k) is not None and doc.tokens[k].text == "," and doc.is_word(k + 1, "and")


def _bare_names_before(doc: Doc, p: PersonMention, person_at: dict) -> list[PersonMention]:
    """The names listed right before p, each after a comma and with no title of its own, that
    share the titles after p ('... đối với: ...; ông Lò Minh Hùng, ông Nguyễn Quốc Khánh, ông Phạm
    Văn Thủy, Tỉnh ủy viên, Phó chủ tịch UBND tỉnh'): only in an item a colon or semicolon opens."""
    if doc.tok(p.end) is None or doc.tokens[p.end].text != ",":
        return []  # 'ông A, ông B (trưởng phòng X)': a bracket is the last name's remark
    ends = {m.end: m for m in doc.persons}
    names, j = [], _before_honorific(doc, p.start)
    while j > 0 and doc.tokens[j - 1].text == "," and (before := ends.get(j - 1)) is not None:
        names.insert(0, before)
        j = _before_honorific(doc, before.start)
    return names if names and j > 0 and doc.tokens[j - 1].text in (":", ";") else []


def _before_honorific(doc: Doc, k: int) -> int:
    """Where the honorifics right before token k start ('ông' of 'ông Lò Minh Hùng'); k if none."""
    while k > 0 and doc.word_end(k - 1, "honorifics") == k:
        k -= 1
    return k


def _and_right_before(doc: Doc, start: int, k: int) -> bool:
    """An 'and' word stands right before token k, past separators, after token `start`
    (not one inside a remark skipped on the way: '(ngoài cùng bên phải) - bí thư ...')."""
    j = k - 1
    while j >= start and doc.tokens[j].text in SEPARATORS:
        j -= 1
    return j >= start and (doc.word_end(j, "and") == j + 1 or j > start and doc.word_end(j - 1, "and") == j + 1)


LEAD_WORDS = 5  # a short lead before a fronted clause: 'Như đã đưa tin,', 'Trước đó,'


def _ends_subordinate_clause(doc: Doc, p: PersonMention, k: int, by_start: dict, titles: list[TitleMention]) -> bool:
    """The name ends a clause the sentence opens with a subordinating word, and the titles after
    its comma run on into a verb: they are the main clause's subject ('Sau khi miễn nhiệm ông
    Trung, Chủ tịch UBND tỉnh Cà Mau có quyết định ...'), not a remark on the name, which a
    separator would close ('Sau khi ông A, Bí thư Tỉnh uỷ, phát biểu, ...')."""
    first, last = doc.sentences[doc.sentence_of(p.start)]
    opener = doc.after_list_marker(first, last)
    if doc.word_end(opener, "subordinator") is None:  # or after a short lead: 'Như đã đưa tin, cùng với ...'
        comma = next((j for j in range(opener, min(p.start, opener + LEAD_WORDS)) if doc.tokens[j].text == ","), None)
        if comma is None or not doc.person_starts().isdisjoint(range(opener, comma)):
            return False
        opener = comma + 1
    if doc.word_end(opener, "subordinator") is None or any(doc.tokens[j].text == "," for j in range(opener, p.end)):
        return False
    if doc.tok(p.end) is None or doc.tokens[p.end].text != "," or k not in by_start:
        return False
    end = titles[_chain_end(doc, titles, by_start[k])].end
    nxt = doc.tok(end)
    return nxt is not None and nxt.is_word and not nxt.is_title


def _roster_lines(doc: Doc, titles: list[TitleMention]) -> dict[int, str]:
    """Lines of a roster that writes each official as two lines, a name alone ('Ông Võ Văn
    Minh') and titles alone ('Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh'): sentence -> 'name' or
    'titles' for lines in a run that opens with a name, where each titles line is the name's
    above it, not the next one's below it."""
    lines = doc.memo.get("roster_lines")
    if lines is not None:
        return lines
    person_at = {p.start: p for p in doc.persons}
    by_start = {t.start: n for n, t in enumerate(titles)}
    kinds = []
    for first, last in doc.sentences:
        k = doc.after_list_marker(first, last)
        p = _person_after(doc, k, person_at)
        if p is not None and p.end == last:
            kinds.append("name")
        elif k in by_start and _ends_line(doc, titles[_chain_end(doc, titles, by_start[k])].end, last):
            kinds.append("titles")
        else:
            kinds.append("")
    lines = doc.memo["roster_lines"] = {}
    for start, kind in enumerate(kinds):
        if kind != "name" or start > 0 and kinds[start - 1] == "titles":
            continue  # a run opens with a name line
        end = start
        while end + 1 < len(kinds) and kinds[end + 1] and kinds[end + 1] != kinds[end]:
            end += 1  # name, titles, name, titles, ...
        if end > start:
            lines.update((x, kinds[x]) for x in range(start, end + 1))
    return lines


def _chain_end(doc: Doc, titles: list[TitleMention], n: int) -> int:
    """The last title chained after title n."""
    while n + 1 < len(titles) and _chained(doc, titles[n], titles[n + 1]):
        n += 1
    return n


def _after_remark(doc: Doc, k: int, title_starts, end: int, longest: int = 8) -> int:
    """Past a short remark after a name that holds a number and no title, up to the comma
    after it: 'ông A, sinh năm 1961, Chủ tịch ...', 'Bị cáo A (65 tuổi, nguyên Giám đốc ...)',
    'Nguyen Van A, 55, former Chairman of ...'; and past a short parenthesis that names no one
    and holds no title, as captions place people: 'ông A (trái), Chủ tịch ...', 'B (giữa) chủ
    tịch tập đoàn ...'. The remark ends in the name's sentence, at `end`: a line after the name
    is not a remark ('Full name: A' / '- 2003-2010, Director of ...'). Returns k when there is none."""
    opened = k > 0 and doc.tokens[k - 1].text == "("
    for j in range(k, min(end, k + longest + 1)):
        if j in title_starts or doc.tokens[j].text in (";", "("):
            return k
        if doc.tokens[j].text == ")":  # not '... (phải) và Bộ trưởng ...': 'and' starts another person
            named = any(x in doc.person_starts() for x in range(k, j)) \
                or doc.is_word(_past_separators(doc, j + 1), "and")
            return j + 1 if opened and j > k and not named else k
        if doc.tokens[j].text == ",":
            return j + 1 if j > k and any(doc.tokens[x].is_digit for x in range(k, j)) else k
    return k


def _source_then_clause(doc: Doc, p: PersonMention, t: TitleMention) -> bool:
    """'Theo ông X, Thủ tướng đã ...', 'According to X, the Prime Minister has ...', 'Gửi lời chia
    buồn đến gia đình thượng sĩ X, Thủ tướng yêu cầu ...': after a source or a fronted phrase to
    someone and a comma, a bare title that a word (not a separator or the sentence's
    end) follows is the subject of the main clause; an apposition closes ('Theo bà X, Giám
    đốc Sở Y, ...')."""
    comma = doc.tok(_skip_parenthetical(doc, p.end, longest=8))  # 'Về trường hợp ông X (cựu Chủ tịch Y), Tổng bí thư ...'
    if comma is None or comma.text != "," or t.body is None or not t.body.implied:
        return False  # only a bare title after a comma ('Thủ tướng'); 'X - Giám đốc Sở Y đã ...' is X's
    first = doc.sentences[doc.sentence_of(p.start)][0]
    start = next((j for j in range(p.start - 1, max(first, p.start - 8) - 1, -1)
                  if any(doc.is_word(j, w) for w in ("according_to", "fronted_to", "addressed_topic"))), None)
    if start is None or any(doc.tokens[j].text in SEPARATORS for j in range(start, p.start)):
        return False
    nxt = doc.tok(t.end)
    return nxt is not None and nxt.is_word and doc.sentence_of(t.end) == doc.sentence_of(t.start)


def _before_title(doc: Doc, k: int, by_start: dict) -> int:
    """Past a word that qualifies the title right after it: 'ông X, tân Giám đốc Sở ...',
    'Mr. X, the newly elected Chairman of ...', 'ông X, quyền Giám đốc ...'."""
    e = doc.word_end(k, "new_title")
    if e is not None and e in by_start:
        return e
    if k + 1 in by_start and _acting_word_ends(doc, k + 1):
        return k + 1
    return k


def _hyphen_joined(doc: Doc, k: int) -> int:
    """1 when token k is a hyphen written tight between two words ('ex-chairman'), else 0."""
    tok, before, after = doc.tok(k), doc.tok(k - 1), doc.tok(k + 1)
    return int(tok is not None and tok.text == "-" and before is not None and after is not None
               and before.end == tok.start and tok.end == after.start)


def _plural(doc: Doc, start: int, t: TitleMention) -> bool:
    """Title t is plural: a plural form ('the Ministers of ...') or after a plural word that
    is also an article ('các bộ trưởng ...') in [start, t.start)."""
    return _plural_title(doc, t) or any(
        doc.is_word(j, "the") and doc.is_word(j, "generic") for j in range(start, t.start)) \
        or t.start > start and (doc.is_word(t.start - 1, "number_words") or doc.tokens[t.start - 1].is_digit)
    # ('bốn Phó chánh văn phòng gồm ...', '4 Phó chủ tịch là ...': a count before it)


def _joined_by_and(doc: Doc, start: int, end: int) -> bool:
    return any(doc.is_word(j, "and") for j in range(start, end))


def _before_unread_name(doc: Doc, t: TitleMention) -> bool:
    """'Tổng Bí thư Nguyễn Phú Trọng và Thủ tướng Hun Sen': a title joined by 'and' that stands
    right before a capitalised name we could not read is that name's, not the chain's."""
    k = t.end
    while k - t.end < 4 and doc.plain_capitalised(k):
        k += 1
    return k - t.end >= 2 and not doc.is_word(k, "of")  # a name of two words or more, not 'Commission of X'


def _titles_before_comma_names(doc, titles, person_at, owners) -> None:
    """3. 'Chairman of the Hanoi People's Committee, Tran Sy Thanh, has asked ...',
    'the Chief of Office ... is Mr. Le Hong Dien', 'The Deputy Chiefs of Office include Mr. A, B'."""
    for n, t in enumerate(titles):
        if n in owners or _after_position_word(doc, t.start) or _before_unread_name(doc, t):
            continue  # 'A làm Trưởng ban X, ông B ...' is A's (step 5); 'Trưởng ban X Tô Huy Rứa, ông B' is Rứa's
        if _position_word_start(doc, t.start, "on_behalf") is not None:
            continue  # 'Thay mặt Thủ tướng, ông A trao ...', 'On behalf of the Prime Minister, A ...': another's title
        k = _skip_parenthetical(doc, t.end)  # '... Komite Sentral Partai Komunis Vietnam (KS PKV), Nguyen Phu Trong'
        # 'Perdana Menteri (PM) Vietnam, Pham Minh Chinh', 'the Prime Minister of Vietnam, Pham Minh Chinh'
        k = _skip_parenthetical(doc, doc.word_end(k, "home_country") or k)
        k = _skip_term(doc, k)  # 'Các Phó Bí thư Thành uỷ nhiệm kỳ 2025-2030 gồm: ...', '... for the 2025-2030 term, including ...'
        opens_list = False  # a plural title's colon or dash opens its list of names
        if doc.tok(k) is not None and (doc.tokens[k].text in (",", ":") or doc.tokens[k].text in "-–"
                                       and (doc.lang.head_first and doc.is_word(k + 1, "honorifics")
                                            or _plural_title(doc, t))):
            # '... has five other vice-chairs – A, B and C': a plural title's dash opens its list
            # 'Thứ trưởng Bộ Công an - Trung tướng Nguyễn Văn Sơn'; in English translations a dash
            # between a title and 'Mr. X' as often separates two items of a list
            opens_list = doc.tokens[k].text != "," and _plural_title(doc, t)
            k += 1
        listed = doc.word_end(k, "list_intro")
        if listed is not None and doc.tok(listed) is not None and doc.tokens[listed].text == ":":
            listed += 1  # ', including: A, B'
        if listed is not None and _after_position_word(doc, t.start, "holder_position"):
            continue  # 'chọn 3 người cho chức danh bí thư tỉnh uỷ gồm: ông A, ...': those considered for it
        k = listed or k  # ', including Ms. A and Ms. B'
        plural = _plural_title(doc, t) or _plural(doc, max(doc.sentences[doc.sentence_of(t.start)][0], t.start - 2), t)
        items = _semicolon_items(doc, k) if (listed or opens_list) and plural and k > t.end else []
        p = items[0] if items else _person_after(doc, k, person_at) if k > t.end else None
        if p is None or doc.sentence_of(p.start) != doc.sentence_of(t.start):
            continue
        if not (listed or opens_list) and _own_title_after(doc, p, person_at):
            continue  # 'chỉ đạo của Thủ tướng, ông Lê Minh Khái, Tổng Thanh tra Chính phủ': he has his own title
        names = items or _name_list(doc, p, person_at)
        if (listed or opens_list) and len(names) == 1 and plural:
            names = _names_with_titles(doc, p, person_at, titles)  # 'are Mr. A, Vice Chairman of X, and Mr. B, ...'
        if (doc.is_word(t.start - 1, "of") or _chain_after_source(doc, titles, n)) and not _apposition_closed(doc, names[-1]):
            continue  # 'câu hỏi của thành viên Uỷ ban Tư pháp, thượng tướng Lê Quý Vương cho biết': the clause's subject;
            # 'Theo Phó chủ tịch UBND huyện, bà Đỗ Thị Chăm là lãnh đạo trường ...': the source is not named
        owners[n] = names
        m = n - 1
        while m >= 0 and m not in owners and _chained(doc, titles[m], titles[m + 1]):
            owners[m] = names
            m -= 1


def _opens_a_list(doc: Doc, a: TitleMention, b: TitleMention) -> bool:
    """A plural title a and a colon before title b: b is the first item's, not a's next in a
    chain ('Politburo members: Head of the Central Organization Committee Le Minh Hung; ...')."""
    return _plural_title(doc, a) and any(doc.tokens[j].text == ":" for j in range(a.end, b.start))


def _semicolon_items(doc: Doc, k: int) -> list[PersonMention]:
    """The one name of each item of a list that semicolons separate, from token k to the end of
    its sentence ('Politburo members: Head of the Central Organization Committee Le Minh Hung;
    General Phan Van Giang - Minister of National Defence; ...'): each item's own titles, before
    or after its name, do not hide it. None unless every item names one person, and two or more do."""
    end = doc.sentences[doc.sentence_of(k)][1]
    cuts = [j for j in range(k, end) if doc.tokens[j].text == ";"]
    if not cuts:
        return []
    names = []
    for lo, hi in zip([k] + [c + 1 for c in cuts], cuts + [end]):
        found = doc.persons_between(lo, hi)
        if len(found) != 1:
            return []
        names.append(found[0])
    return names


def _chain_after_source(doc: Doc, titles: list, n: int) -> bool:
    """The chain of titles that ends with title n opens right after an according-to word ('Theo ...')."""
    m = n
    while m > 0 and _chained(doc, titles[m - 1], titles[m]):
        m -= 1
    return doc.is_word(titles[m].start - 1, "according_to")


def _apposition_closed(doc: Doc, p: PersonMention) -> bool:
    """The name ends an apposition: a separator or the sentence's end follows it ('theo đề nghị
    của Chủ tịch UBND tỉnh, ông A, Bộ đã ...'), not a verb of the clause it is the subject of."""
    nxt = doc.tok(p.end)
    return nxt is None or not nxt.is_word or doc.sentence_of(p.end) != doc.sentence_of(p.start)


def _own_title_after(doc: Doc, p: PersonMention, person_at: dict) -> bool:
    """A title of any body, read or not, follows the name after a separator or 'former':
    'Thiếu tướng Nguyễn Hồng Thái, Phó Tư lệnh ...', 'thiếu tướng X - nguyên cục trưởng ...';
    not one that stands before the next person's name ('Đào Ngọc Dung, đại biểu Trần Văn Lâm')."""
    k = _past_separators(doc, p.end)
    role = _title_word_at(doc, k) if k > p.end else None
    if role is None:
        return False
    title = next((t for t in doc.titles if t.start == role.start), None)
    return _person_after(doc, title.end if title else role.end, person_at) is None


def _titles_moved_from(doc, titles, person_at, owners) -> None:
    """'điều chuyển ông A từ Vụ trưởng, Chánh văn phòng X làm Phó Chủ tịch Y', 'moved Mr. A
    from Deputy Director of X to ...': the titles after 'from' that lead to the new post (a
    position word, or 'to') are the person's former posts."""
    starts = {t.start: n for n, t in enumerate(titles)}
    for p in doc.persons:
        k = doc.word_end(p.end, "moved_from")
        while k is not None and k not in starts:  # past titles of no body we read ('từ Vụ trưởng, ...')
            bare = next((t for t in doc.titles if t.start == k), None)
            k = None if bare is None else bare.end + (doc.tok(bare.end) is not None and doc.tokens[bare.end].text == ",")
        if k is None or starts[k] in owners:
            continue
        chain = _chain_from(doc, titles, starts[k], owners, career=True)
        end = titles[chain[-1]].end
        nxt = next((n for n, t in enumerate(titles) if t.start > end), None)
        to = nxt is not None and doc.word_end(end, "moved_to") == titles[nxt].start
        if nxt is None or not (_after_position_word(doc, titles[nxt].start) or to):
            continue
        _give_chain(titles, owners, chain, [p], former=True)
        if to and nxt not in owners:  # '... to Secretary of ...': the new post
            _give_chain(titles, owners, _chain_from(doc, titles, nxt, owners), [p], former=False)


def _titles_after_position_words(doc, titles, owners) -> None:
    """5. '... appointed Mr. Bui Hung Thien ... to hold the position of Chief of the Office',
    '... elected as Chairman of ...': the person the sentence is about, or the persons of a
    list ('A and B were elected Vice Chairmen'; with as many titles chained, one each in
    order: 'A and B were re-elected as Vice Chairwoman and Vice Chairman'), or the person a
    pronoun stands for ('He held the positions of A; B'). Titles chained after the title
    go to the same person."""
    person_at = {p.start: p for p in doc.persons}
    for n, t in enumerate(titles):
        paired = _paired_with_holder(doc, t)  # '... đối với ông A, và chức Y đối với ông B'
        named_post = _after_position_word(doc, t.start, "holder_position") or paired is not None  # 'chức danh ...'
        if n in owners or not (named_post or _after_position_word(doc, t.start)):
            continue
        sentence = doc.sentence_of(t.start)
        before = [p for p in doc.persons if p.end <= t.start and doc.sentence_of(p.start) == sentence
                  and not _kin_of_named(doc, p)]
        if before and any(m not in owners and before[-1].end <= o.start < t.start and not doc.is_word(o.start - 1, "of")
                          and not (doc.is_word(o.start - 1, "passive_by") and not _pronoun_between(doc, before[-1].end, o.start))
                          for m, o in enumerate(titles)):
            continue  # '... nominated the Deputy Secretary of ... as Chairman': someone unnamed (not 'quyết định của
            # Chánh án X', nor the one who appoints: 'được Thủ tướng bổ nhiệm giữ chức ...')
        if before and _unread_person_between(doc, before[-1].end, t.start):
            continue  # 'A trao quyết định bổ nhiệm ông Sử Ngọc Anh làm Bí thư ...': a name we cannot read holds it
        if _unnamed_holder_before(doc, t.start):
            continue  # 'quyết định phân công cán bộ giữ chức Bí thư Tỉnh uỷ': an official not named
        after = [p for p in doc.persons if p.start >= t.end and doc.sentence_of(p.start) == sentence]
        leaving = _leaving(doc, paired if paired is not None else _before_unread_titles(doc, t.start), sentence)
        # the posts one is dismissed from are a career, held one after another: 'cách chức các
        # chức vụ: Phó bí thư Tỉnh uỷ, Bí thư Tỉnh uỷ'
        chain = _chain_from(doc, titles, n, owners, career=leaving)
        holder = _holder_after(doc, titles[chain[-1]].end, person_at)
        if holder is not None:  # 'Thủ tướng A ký quyết định cách chức phó chủ tịch ... đối với ông B'
            persons = _name_list(doc, holder, person_at)
        elif named_post and not _passive_before(doc, t.start) and not _after_position_word(doc, t.start):
            continue  # 'kiện toàn chức danh chủ tịch HĐND', 'A ký quyết định cách chức phó chủ tịch': no holder
            # named ('A trúng cử chức danh Chủ tịch HĐND' names A)
        elif before and _conferred_by(doc, before[-1].end, t.start):
            continue  # 'Thủ tướng X phê chuẩn kết quả bầu chức vụ Phó Chủ tịch UBND tỉnh Y': X gives it to someone unnamed
        elif before:
            persons = _list_ending_with(doc, before, person_at)
        elif after and not any(doc.tokens[j].text == ";" for j in range(t.end, after[0].start)):
            persons = [after[0]]  # not past a ';': 'bầu bà X giữ chức Trưởng Ban Y; ông Z giữ chức Phó ban'
        else:
            persons = [p] if (p := _antecedent(doc, t, sentence)) else []
        if not persons:
            continue
        if holder is None and len(persons) == 1 and not leaving:
            # one person's posts: two of one body are a career, not two holders ('He has been Deputy
            # Director of the Department of X, Director of the Department of X, and ...')
            chain = _chain_from(doc, titles, n, owners, career=True)
        # 'từng làm Giám đốc Sở ..., Bí thư Thị uỷ ...', 'từng giữ chức vụ ...': a career, former
        former_word = _position_word_start(doc, t.start, "former_copula") is not None
        _give_chain(titles, owners, chain, persons, t.former or leaving or former_word)


KIN_REACH = 20  # tokens from a kinship word to the relative it names ('con trai cố Trưởng ban ..., Bí thư ... X')


def _kin_of_named(doc: Doc, p: PersonMention) -> bool:
    """p is named as the relative of someone named before it in an apposition ('Ông Nguyễn Bá
    Cảnh, con trai cố ..., Bí thư Thành uỷ Đà Nẵng Nguyễn Bá Thanh, trúng cử ...'): the sentence
    is about the first, not about p."""
    first = doc.sentences[doc.sentence_of(p.start)][0]
    ends = doc.person_ends()
    for j in range(p.start - 1, max(first, p.start - KIN_REACH) - 1, -1):
        if j + 1 in ends and j + 1 < p.start:
            return False  # another name between: p is not the relative the kinship word names
        if doc.word_end(j, "kin") is not None and j > first and (doc.tokens[j - 1].text in ",)" or j in ends) \
                and any(k in ends for k in range(first, j)):  # 'A, con trai ...', 'A (32 tuổi) con trai ...'
            return True
    return False


def _unnamed_holder_before(doc: Doc, i: int) -> bool:
    """A word for an official not named ('cán bộ', 'nhân sự', 'personnel') ends right before
    the position word that ends before title i."""
    start = _position_word_start(doc, i, "position")
    return start is not None and any(doc.word_end(j, "unnamed_holder") == start and not _appositive_start(doc, j)
                                     for j in range(max(0, start - 3), start))


def _appositive_start(doc: Doc, j: int) -> bool:
    """Token j opens an apposition to what stands before it ('ông A - người mới giữ chức ...')."""
    return j > 0 and doc.tokens[j - 1].text in ("-", "–", ",", "(")


def _paired_with_holder(doc: Doc, t: TitleMention) -> int | None:
    """Where the holder word of the title before t starts, when t comes right after that
    holder, past a comma or 'and': '... miễn nhiệm chức trưởng Ban X đối với ông A, và phó
    trưởng Ban Y đối với ông B' (t is the second title; its own holder follows it)."""
    k = t.start
    while k > 0 and (doc.tokens[k - 1].text == "," or doc.is_word(k - 1, "and")):
        k -= 1
    if k == t.start or k not in doc.person_ends():
        return None
    first = doc.sentences[doc.sentence_of(t.start)][0]
    return next((j for j in range(k - 1, max(first, k - 8) - 1, -1) if doc.word_end(j, "holder_intro") is not None), None)


def _give_chain(titles, owners, chain: list[int], persons: list[PersonMention], former: bool) -> None:
    """Give the titles of a chain to the persons: one each in order when as many are listed
    ('A and B were re-elected as Vice Chairwoman and Vice Chairman'), else all to all."""
    paired = len(persons) > 1 and len(chain) == len(persons)
    for k, m in enumerate(chain):
        owners[m] = [persons[k]] if paired else persons
        titles[m].former = titles[m].former or former


def _titles_after_copulas(doc, titles, person_at, owners) -> None:
    """4. 'Nguyen Van A (, born in 1970,) is Vice Chairman of ...', 'Ông A hiện là Phó Chủ tịch
    ...', 'He was once Director of ...': a copula between a subject and a title gives the title
    (and the titles chained after it) to the subject; 'từng là', 'was formerly' make it former."""
    person_end = {p.end: p for p in doc.persons}
    for n, t in enumerate(titles):
        if n in owners:
            continue
        start = _position_word_start(doc, t.start, "former_copula")  # 'từng là' before 'là'
        former = start is not None
        start = start if former else _position_word_start(doc, t.start, "copula")
        if start is None:
            continue
        j = _before_appositions(doc, start, titles, person_end)
        if j not in person_end and j >= 1 and doc.tokens[j - 1].text == "," and j - 1 in person_end:
            j -= 1  # 'Phó thủ tướng Vương Đình Huệ, cũng là Trưởng Ban chỉ đạo ...'
        sentence = doc.sentence_of(t.start)
        if j in person_end:
            before = [p for p in doc.persons if p.end <= j and doc.sentence_of(p.start) == sentence]
            persons = _list_ending_with(doc, before, person_at)
        elif j >= 1 and _pronoun(doc, j - 1) and (p := _antecedent(doc, t, sentence)):
            persons = [p]  # 'He was once ...'
        elif j >= 1 and doc.is_word(j - 1, "possessive") and (p := _antecedent(doc, t, sentence, pronoun=j - 1)):
            persons = [p]  # 'His previous positions include ...'
        else:
            continue
        # one subject's posts: two of one body are a career, not two holders
        _give_chain(titles, owners, _chain_from(doc, titles, n, owners, career=len(persons) == 1), persons, former)


APPOSITIONS = 4  # remarks and titles between commas that may stand between a subject and its copula
APPOSITION_REACH = 30  # tokens of one of them


def _before_appositions(doc: Doc, k: int, titles: list[TitleMention], person_end: dict) -> int:
    """Back past remarks, titles and origins between commas before token k: 'Mr. Ha Minh Hai,
    party chief of X, 51, from the central province of Thanh Hoa, was head of ...' (each is
    about the subject). Returns where the subject's name ends (the comma after it), else k."""
    if k < 1 or doc.tokens[k - 1].text != ",":
        return k
    title_spans = {(t.start, t.end) for t in titles}
    end = k - 1  # the comma that closes the segment read next
    for _ in range(APPOSITIONS):
        if end in person_end:
            return end
        comma = next((x for x in range(end - 1, max(-1, end - APPOSITION_REACH), -1) if doc.tokens[x].text == ","), None)
        if comma is None:
            return k
        first = comma + 1
        if not (any(doc.tokens[x].is_digit for x in range(first, end)) and end - first <= 8
                or (first, end) in title_spans or _origin_remark(doc, first, end)):
            return k
        end = comma
    return end if end in person_end else k


def _origin_remark(doc: Doc, start: int, end: int) -> bool:
    """'from the central province of Thanh Hoa', 'a native of Nam Dinh': where someone comes
    from, a place in it."""
    return (doc.is_word(start, "moved_from") or doc.word_end(doc.word_end(start, "the") or start, "origin") is not None) \
        and any(start < p.start and p.end <= end for p in doc.places)


def _before_remark(doc: Doc, k: int, longest: int = 8) -> int:
    """Back past a short remark between commas that holds a number: 'A, 51, is ...', 'A, born
    in 1970, is ...', 'ông A, sinh năm 1970, là ...'. Returns where the subject must end."""
    if k < 1 or doc.tokens[k - 1].text != ",":
        return k
    for j in range(k - 2, max(-1, k - longest - 2), -1):
        if doc.tokens[j].text == ",":
            return j if any(doc.tokens[x].is_digit for x in range(j + 1, k - 1)) else k
    return k


PASSIVE_AGENT_REACH = 12  # tokens of the agent and 'kỷ luật' between a passive word and the position word


def _passive_before(doc: Doc, i: int) -> bool:
    """'Ông X bị cách chức Bí thư': a passive word before the position word of title i, right
    before it or before the body that acts and its 'leave' words ('bị Ban Bí thư kỷ luật cách
    chức ...')."""
    start = _position_word_start(doc, i, "holder_position")
    if start is None:
        return False
    k = start
    while k > 0 and start - k < PASSIVE_AGENT_REACH:
        if any(doc.word_end(j, "passive") == k for j in range(max(0, k - 2), k)):
            return True
        j = next((j for j in range(max(0, k - 3), k) if doc.word_end(j, "leave") == k), None)
        if j is None:  # past the body that acts, whole
            j = next((b.start for b in doc.bodies if b.start < k <= b.end), None)
            if j is None:
                return False
        k = j
    return False


def _holder_after(doc: Doc, k: int, person_at: dict) -> PersonMention | None:
    """The person a holder word names after the titles ending at token k, past a term and a
    remark in parentheses: '... phó chủ tịch UBND tỉnh (nhiệm kỳ 2016-2021) đối với ông X'."""
    k = _skip_parenthetical(doc, _skip_terms(doc, k), longest=8)
    end = doc.word_end(k, "holder_intro")
    if end is None and doc.is_word(k, "of") and doc.word_end(doc.word_end(k, "of"), "honorifics") is not None:
        end = doc.word_end(k, "of")  # 'xoá tư cách nguyên Chủ tịch UBND tỉnh ... của ông X': the holder's titles
    return _person_after(doc, end, person_at) if end is not None else None


def _list_ending_with(doc: Doc, before: list[PersonMention], person_at: dict) -> list[PersonMention]:
    """The list of names ('A, B and C') whose last name is the last of `before`, or that name alone."""
    last = before[-1]
    for first in before:
        names = _names_with_remarks(doc, first, person_at)
        if names[-1] is last:
            return names
    return [last]


REMARK_TOKENS = 15  # tokens of a remark in parentheses after a listed name


def _names_with_remarks(doc: Doc, first: PersonMention, person_at: dict) -> list[PersonMention]:
    """'A, B and C', each name perhaps followed by a remark in parentheses ('bầu các ông A (nguyên
    Trưởng ban ...), ông B (nguyên Giám đốc ...), ông C (...) cùng giữ chức ...')."""
    names, k = [first], first.end
    while True:
        j = _skip_parenthetical(doc, k, longest=REMARK_TOKENS)
        sep = j
        while doc.tok(sep) is not None and (doc.tokens[sep].text == "," or doc.is_word(sep, "and")):
            sep = doc.word_end(sep, "and") or sep + 1
        nxt = _person_after(doc, sep, person_at) if sep > j else None
        if nxt is None:
            return names
        names.append(nxt)
        k = nxt.end


def _chain_from(doc: Doc, titles: list[TitleMention], n: int, owners: dict, career: bool = False) -> list[int]:
    """Title n and the titles chained after it, up to a person or an owned title; in a
    `career` two posts of one body may follow each other."""
    chain = [n]
    while chain[-1] + 1 < len(titles) and chain[-1] + 1 not in owners:
        a, b = titles[chain[-1]], titles[chain[-1] + 1]
        if not (_chained(doc, a, b, career) or _after_semicolon(doc, a, b)) or _person_between(doc, a.end, b.start):
            break
        if career and _rivals(a, b) and (_plural_title(doc, b) or _copula_after(doc, b)):
            break  # 'the chairman and vice-chairs', '..., Chủ tịch UBND tỉnh là ông B': others' posts
        chain.append(chain[-1] + 1)
    return chain


def _copula_after(doc: Doc, t: TitleMention) -> bool:
    """A copula follows title t: it is the subject of a clause of its own ('Chủ tịch UBND tỉnh là ông B')."""
    k = _skip_term(doc, t.end)
    return doc.word_end(k, "copula") is not None or doc.word_end(k, "former_copula") is not None


def _after_semicolon(doc: Doc, a: TitleMention, b: TitleMention) -> bool:
    """'the positions of A; B; and C': a semicolon, then the next title of the same sentence."""
    k = _skip_term(doc, a.end)  # '... Party Committee (2014-2016); Head of ...', '... in the 7th and 8th tenures; a ...'
    if doc.tok(k) is None or doc.tokens[k].text != ";":
        return False
    nxt = doc.word_end(k + 1, "and") or k + 1
    return b.start in (nxt, doc.word_end(nxt, "the")) and doc.sentence_of(a.start) == doc.sentence_of(b.start) \
        and not _named_item(doc, b.start)


def _named_item(doc: Doc, k: int) -> bool:
    """The item of a semicolon list that starts at token k names a person of its own: its titles
    are that person's ('...; Secretary of the Nam Dinh Party Committee ... Doan Hong Phong is now
    ...'), not more of the last person's ('X, member of ...; Secretary of ...')."""
    end = doc.sentences[doc.sentence_of(k)][1]
    end = next((j for j in range(k, end) if doc.tokens[j].text == ";"), end)
    return bool(doc.persons_between(k, end))


def _pronoun_between(doc: Doc, start: int, end: int) -> bool:
    """A pronoun (or 'hai ông', 'the two') in [start, end): the clause's subject is not the name before it."""
    return any(_pronoun(doc, j) for j in range(start, end))


def _pronoun(doc: Doc, k: int) -> bool:
    """A pronoun, not an honorific before a name ('ông Nguyễn Văn A', even one not read as a name)."""
    nxt = doc.tok(k + 1)
    return doc.is_word(k, "pronouns") and not (nxt is not None and nxt.is_word and (nxt.is_title or nxt.is_upper))


def _antecedent(doc: Doc, t: TitleMention, sentence: int, reach: int = 8, pronoun: int | None = None
                ) -> PersonMention | None:
    """The person a pronoun before the title (or the one at token `pronoun`: 'His previous
    positions include ...') stands for ('He was elected ...', 'Ông từng giữ chức ...'): the last
    person named before it in its sentence ('A nói bản thân ông là chủ tịch TP'), else the first
    person of the nearest of the `reach` sentences before that names one."""
    first = doc.sentences[sentence][0]
    if pronoun is None:
        pronoun = next((k for k in range(first, t.start) if _pronoun(doc, k)), None)
    if pronoun is None:
        return None
    male = doc.is_word(pronoun, "male_pronouns")
    own = [p for p in doc.persons if first <= p.start and p.end <= pronoun and not (male and _female_name(doc, p))]
    if own:
        return own[-1]
    for s in range(sentence - 1, max(-1, sentence - reach - 1), -1):
        named = [p for p in doc.persons if doc.sentence_of(p.start) == s and not (male and _female_name(doc, p))]
        if named and _caption(doc, s, named[-1]):
            continue  # 'Binh Phuoc province's Party Secretary Nguyen Van Loi' under a photo: not whom the text goes on about
        if named:
            return None if _unread_person_between(doc, named[0].end, t.start) else named[0]
    return None


CAPTION_TOKENS = 20  # tokens of a photo caption that names someone by title and name


def _caption(doc: Doc, sentence: int, last: PersonMention) -> bool:
    """The sentence is a caption line: short, a line of its own with no closing punctuation,
    ending with a name ('Binh Phuoc province's Party Secretary Nguyen Van Loi')."""
    lo, hi = doc.sentences[sentence]
    return hi - lo <= CAPTION_TOKENS and last.end == hi and doc.opens_line(lo) \
        and (hi == len(doc.tokens) or doc.opens_line(hi))


def _female_name(doc: Doc, p: PersonMention) -> bool:
    """A female middle name inside the name ('Lam Thi Phuong Thanh', 'Nguyễn Thị Kim Ngân')."""
    return any(doc.is_word(k, "female_name_marks") for k in range(p.start + 1, p.end - 1))


def _unread_person_between(doc: Doc, start: int, end: int) -> bool:
    """An honorific before a capitalised word that is not a name we read ('ông Tập', 'Mr.
    Abe'): someone else the pronoun may stand for."""
    starts = doc.person_starts()
    for k in range(start, end):
        hon = doc.word_end(k, "honorifics")
        if hon is None:
            continue
        j = hon if doc.tok(hon) is None or doc.tokens[hon].text != "." else hon + 1
        nxt = doc.tok(j)
        if nxt is not None and nxt.is_word and nxt.is_title and not any(s in starts for s in (hon, hon + 1)) \
                and not doc.tags.at(j, "body") and not doc.places_at(j):
            return True  # not a body or place after a rank: 'phong hàm Đại tá Công an Nhân dân'
    return False


def _conferred_by(doc: Doc, start: int, end: int) -> bool:
    """A verb of conferring a post stands in [start, end) in the active voice: the subject before
    it approves, appoints or dismisses someone else ('phê chuẩn', 'ký quyết định bổ nhiệm'; not
    'được bổ nhiệm', 'được Chủ tịch UBND tỉnh điều động, bổ nhiệm')."""
    for j in range(start, end):
        if doc.is_word(j, "passive_by") or doc.is_word(j, "passive"):
            return False
        if doc.word_end(j, "confer") is not None:
            return True
    return False


def _after_position_word(doc: Doc, i: int, word_class: str = "position") -> bool:
    """'giữ chức vụ (mới) Phó Trưởng ban', 'as (the new) Chairman', 'to hold the position of
    Acting Secretary', 'as the city's mayor' (an acting word or a possessive between)."""
    return _position_word_start(doc, i, word_class) is not None


def _position_word_start(doc: Doc, i: int, word_class: str) -> int | None:
    """Where the longest `word_class` form that ends before title i starts, if one does; past
    'the', 'new', 'former', an acting word, the positions it lists ('từng kinh qua các vị trí:')
    and a colon ('xoá tư cách nguyên Chủ tịch ...', 'các chức vụ: Bí thư ...')."""
    k = _before_unread_titles(doc, i) - 1  # 'các chức vụ: Bí thư Ban cán sự đảng UBND tỉnh, Phó bí thư Tỉnh uỷ'
    if k >= 0 and doc.tokens[k].text == ":":
        k -= 1
    while k >= 0:
        for start in range(max(0, k - 5), k + 1):  # forms of up to six tokens ('chức vụ quan trọng như')
            if doc.word_end(start, word_class) == k + 1:
                return start  # 'was once' before the skip would read 'once' as the title's own
        if doc.is_word(k, "the") or doc.is_word(k, "new") or doc.is_word(k, "former") or _acting_word_ends(doc, k + 1):
            k -= 1
        elif (nouns := next((j for j in range(max(0, k - 3), k + 1) if doc.word_end(j, "position_nouns") == k + 1),
                            None)) is not None:
            k = nouns - 1  # 'từng kinh qua [các vị trí]: ...', 'từng đảm nhận [các chức vụ]: ...'
        elif k >= 1 and doc.tokens[k].norm == "'s" and doc.tokens[k - 1].is_word:
            k -= 2
        else:
            return None
    return None


SEGMENT_REACH = 15  # tokens of a comma-closed title whose body is not read ('Trưởng phòng Ban Quản lý Khu ...')


def _before_unread_titles(doc: Doc, i: int) -> int:
    """Where the titles whose bodies are not read that run up to token i, each closed by a
    comma or a semicolon, begin ('các chức vụ Trưởng phòng Ban Quản lý Khu Kinh tế mở Chu Lai,
    Phó chủ tịch UBND huyện', 'các chức vụ như Phó giám đốc Xí nghiệp X; Phó giám đốc Sở Y');
    i when there are none."""
    if "unread_title_ends" not in doc.memo:  # asked for every title: built once per article
        doc.memo["unread_title_ends"] = ({end: start for start, end in unread_spans(doc).items()},
                                         {t.start for t in doc.titles if t.body is None})
    unread_ends, bodiless = doc.memo["unread_title_ends"]
    persons = doc.person_starts()
    first = doc.sentences[doc.sentence_of(i)][0] if i < len(doc.tokens) else 0
    while i - 1 > first and doc.tokens[i - 1].text in ",;":
        if i - 1 in unread_ends:
            i = unread_ends[i - 1]
            continue
        start = next((j for j in range(i - 2, max(first - 1, i - 2 - SEGMENT_REACH), -1)
                      if doc.tokens[j].text in ",:;" or j in persons or j in bodiless), None)
        if start is None or start not in bodiless:
            break
        i = start
    return i


def _acting_word_ends(doc: Doc, i: int) -> bool:
    """An acting word ('Acting', 'Quyền', 'Plt.') of one token ends right before token i."""
    m = doc.tags.at(i - 1, "status")
    return m is not None and m.end == i and m.entry.status == "acting"


def _leaving(doc: Doc, i: int, sentence: int) -> bool:
    """'dismissed ... from the position of', 'resigned from the position of'; not the post
    taken up after it ('resigned as ... to be appointed Deputy Secretary')."""
    first = doc.sentences[sentence][0]
    for k in range(i - 1, max(first, i - 12) - 1, -1):
        if doc.is_word(k, "leave"):
            return True
        if doc.is_word(k, "appointment"):
            return False
    return False


def _members_listed_by_bodies(doc, titles, person_at, owners) -> None:
    """6. A body right before a members word and a list of names: each name is a member
    ('Ban Thường vụ Tỉnh ủy gồm các ông A, B', 'the Standing Board, including A and B')."""
    member = doc.lang.roles.get("member")
    if member is None:
        return
    inside_titles = {i for t in titles for i in range(t.start, t.end)}
    for b in _outermost_bodies(doc).values():  # 'Ban Thường vụ Tỉnh ủy X' lists its own members, not the Tỉnh ủy's
        if b.start in inside_titles:
            continue
        k = b.end + (1 if doc.tok(b.end) is not None and doc.tokens[b.end].text == "," else 0)
        k = doc.word_end(k, "members_intro")
        k = _past_count(doc, k) if k is not None else None
        p = _person_after(doc, k, person_at) if k is not None else None
        if p is None or doc.sentence_of(p.start) != doc.sentence_of(b.start):
            continue
        _add_member_post(titles, owners, member, b, _name_list(doc, p, person_at))


COUNT_REACH = 5  # tokens of a count between two members words ('comprises 15 members, including')


def _past_count(doc: Doc, k: int) -> int:
    """Past a count and a second members word ('15 members, including', '15 đồng chí, gồm:'),
    or k."""
    counted = False
    for j in range(k, min(len(doc.tokens), k + COUNT_REACH)):
        counted = counted or doc.tokens[j].is_digit or doc.is_word(j, "number_words")
        end = doc.word_end(j, "members_intro")
        if end is not None and counted and j > k:
            return _past_colon(doc, end)
    return k


def _add_member_post(titles, owners, member, body, persons) -> None:
    """A member post of `body` for each person, its span the body's name."""
    t = TitleMention(body.start, body.end, body.start_char, body.end_char, entry=member, body=body,
                     role=member.role_in(body.type))
    titles.append(t)
    owners[len(titles) - 1] = persons


def _memberships_joined(doc, titles, person_at, owners) -> None:
    """7. 'Ông A được bầu tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy', 'he was appointed to
    join the provincial Standing Board and the Executive Party Committee': each body listed
    right after a joining word has the sentence's person (or a pronoun's) as a member."""
    member = doc.lang.roles.get("member")
    if member is None:
        return
    longest: dict[int, object] = {}
    for b in doc.bodies:
        if b.key and (b.start not in longest or b.end > longest[b.start].end):
            longest[b.start] = b
    done = -1
    for m in doc.tags.all("word:join"):
        k, end = m.start, m.end
        if k < done or (doc.word_end(end, "the") or end) not in longest:
            continue  # inside a longer joining word ('được bầu vào' holds 'bầu vào'), or no body after it
        sentence = doc.sentence_of(k)
        before = [p for p in doc.persons if p.end <= k and doc.sentence_of(p.start) == sentence]
        persons = _list_ending_with(doc, before, person_at) if before else \
            [p] if (p := _antecedent(doc, longest[doc.word_end(end, "the") or end], sentence)) else []
        former = _leaving(doc, end, sentence)  # 'thôi tham gia Ban Chấp hành': no longer a member
        for b in _joined_bodies(doc, end, longest) if persons else []:
            _add_member_post(titles, owners, member, b, persons)
            titles[-1].former = former
        done = end


ORGANS = ("party-executive-committee", "party-standing-committee")  # joined before the post they go with


def _memberships_of_the_new_post(doc, titles, person_at, owners) -> None:
    """7b. 'điều động ông A tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy X',
    'to join the Executive Committee and the Standing Committee of ... and hold the position of
    Secretary of X': a Party committee's organs joined with no committee named, before the post
    taken in it, are that committee's; the person is a member of each (former after 'thôi')."""
    member = doc.lang.roles.get("member")
    if member is None:
        return
    by_start = {t.start: n for n, t in enumerate(titles)}
    for m in doc.tags.all("word:join"):
        k, organs = doc.word_end(m.end, "the") or m.end, []
        while (head := _organ_at(doc, k)) is not None:
            named = [b for b in doc.bodies if b.start == k and b.parent is not None and not b.parent.implied
                     and b.parent.start >= head.end]
            if not named:  # one whose own name holds its committee is _memberships_joined's
                organs.append(head)
            k = max([b.end for b in named] + [head.end])
            while doc.tok(k) is not None and (doc.tokens[k].text == "," or doc.is_word(k, "and") or doc.is_word(k, "the")):
                k += 1
        position = None
        for j in range(k, min(k + 3, len(doc.tokens))):  # '... and hold the position of', '... và thôi giữ chức'
            position = doc.word_end(j, "position") or doc.word_end(j, "leave")
            if position is not None or not doc.tokens[j].is_word or doc.tokens[j].is_title:
                break
        post = by_start.get(doc.word_end(position, "the") or position) if organs and position is not None else None
        if post is None or titles[post].body.type != "party-committee":
            continue
        sentence = doc.sentence_of(m.start)
        before = [p for p in doc.persons if p.end <= m.start and doc.sentence_of(p.start) == sentence]
        persons = _list_ending_with(doc, before, person_at) if before else []
        former = _leaving(doc, m.end, sentence)
        for head in organs if persons else []:
            body = implied_body(doc, head.entry, head.start, head.end, parent=titles[post].body)
            if body is not None:
                _add_member_post(titles, owners, member, body, persons)
                titles[-1].former = former


def _organ_at(doc: Doc, k: int):
    """An executive or standing committee's name starting at token k, by its head or by a body
    read there with a level word first ('the District Party Standing Committee')."""
    head = doc.tags.at(k, "body")
    if head is not None:
        return head if head.entry.type in ORGANS else None
    return next((b for b in doc.bodies if b.start == k and b.type in ORGANS), None)


def _joined_bodies(doc: Doc, k: int, longest: dict) -> list:
    """The bodies of the list starting at token k ('Ban Chấp hành, Ban Thường vụ Tỉnh ủy X',
    'the Standing Board and the Executive Committee'), without a parent named inside a child's
    name ('Tỉnh ủy X' of 'Ban Thường vụ Tỉnh ủy X'), each once, and only those the text places
    itself: a body placed by the article's context after a joining word is too often another
    locality's ('tham gia Ban Chấp hành, giữ chức Phó Bí thư Huyện ủy Hóc Môn')."""
    first = k = doc.word_end(k, "the") or k
    region_end = k
    while k in longest:
        region_end = max(region_end, longest[k].end)
        k = region_end
        while doc.tok(k) is not None and (doc.tokens[k].text == "," or doc.is_word(k, "and") or doc.is_word(k, "the")):
            k += 1
    found: dict[str, object] = {}
    for b in doc.bodies:
        if b.key and first <= b.start < region_end and not _placed_by_context(b):
            found.setdefault(b.key, b)
    return [b for key, b in found.items() if not any(o.startswith(key + "/") for o in found)]


def _placed_by_context(b) -> bool:
    """The body, or the body it belongs to, takes its locality from the article, not its own words."""
    while b is not None:
        if b.by_context:
            return True
        b = b.parent
    return False


def _outermost_bodies(doc: Doc) -> dict:
    """End token -> the longest body name ending there ('Ban Thường vụ Tỉnh ủy X', not 'Tỉnh ủy X')."""
    outermost: dict = {}
    for b in doc.bodies:
        if b.key and (b.end not in outermost or b.start < outermost[b.end].start):
            outermost[b.end] = b
    return outermost


DUTY_REACH = 16  # sentences back to the heading that names whose duties a list item gives


def _duty_title_lists(doc, titles, owners) -> None:
    """8. An item of a division of duties that is only titles ('Chairman of the Provincial
    Emulation and Reward Council; Head of the Steering Committee for ...', 'd) Doing the tasks
    of Chairman of ...; Head of ...'): the titles are held by the official the heading before
    names ('Duties of Chairman ... - Ho Van Muoi'). The sentence names no person and opens with
    a title followed by ';' and another title (a subject written as titles joined by commas,
    'Tổng bí thư, Chủ tịch nước nhấn mạnh ...', is someone named before, not a heading's), or
    is an item ('c)', '2.') or opens with a position word ('Being', 'Làm') and holds nothing
    but its titles ('c) Làm Chủ tịch Hội đồng Giáo dục quốc phòng và an ninh tỉnh.'); a line
    that only opens with a dash may list recipients ('- Chủ tịch UBND tỉnh;')."""
    by_start = {t.start: n for n, t in enumerate(titles)}
    named = {doc.sentence_of(p.start) for p in doc.persons}
    for sentence, (first, last) in enumerate(doc.sentences):
        k = _skip_duty_opening(doc, first, last)
        n = by_start.get(k)
        if n is None or n in owners or sentence in named:
            continue
        chain = _chain_from(doc, titles, n, owners)
        nxt = doc.tok(titles[n].end)
        listed = nxt is not None and nxt.text == ";" and sum(first <= t.start < last for t in doc.titles) >= 2
        if not (listed or _item_of_titles(doc, first, k, titles[chain[-1]].end, last)):
            continue  # 'The Chairman ... is the person who leads ...', 'Tổng bí thư, Chủ tịch nước nhấn mạnh ...'
        holder = _heading_person(doc, sentence)
        if holder is not None:
            for m in chain:
                owners[m] = [holder]


PARTITIVE_REACH = 30  # tokens from a partitive title to the list of the ones it picks out
REMARK_REACH = 6      # tokens of a remark after a listed name ('ông A 12 phiếu; ông B ...')


def _members_elected(doc, titles, owners) -> None:
    """11. 'yang terpilih terdapat Sekretaris Jenderal To Lam; Anggota Tetap ..., Tran Cam Tu; ...',
    'Among those elected are ...': each person named in the rest of the sentence is a member of
    the body the article says they were elected to ('terpilih ke dalam Komite Sentral', 'elected
    to the Central Committee'), named last before."""
    member = doc.lang.roles.get("member")
    phrases = doc.tags.all("word:elected_list")
    if member is None or not phrases:
        return
    joined = [b for b in _outermost_bodies(doc).values() if b.key and any(
        doc.word_end(j, "join") in (b.start, doc.word_end(b.start - 1, "the") and b.start - 1)
        for j in range(max(0, b.start - 4), b.start))]
    for m in phrases:
        body = max((b for b in joined if b.end <= m.start), key=lambda b: b.start, default=None)
        if body is None:
            continue
        end = doc.sentences[doc.sentence_of(m.start)][1]
        persons = [p for p in doc.persons if m.end <= p.start < end]
        if persons:
            _add_member_post(titles, owners, member, body, persons)


def _titles_of_a_partitive(doc, titles, person_at, owners) -> None:
    """10. 'Trong 6 Phó chủ tịch UBND TP được lấy phiếu, có 4 người ..., gồm: ông A 12 phiếu;
    ông B 10 phiếu', 'Among the six Vice Chairmen of X, four ..., including A and B': the
    names a list introduces later in the sentence are some of those title holders."""
    for n, t in enumerate(titles):
        if n in owners or not _after_partitive(doc, t.start):
            continue
        last = doc.sentences[doc.sentence_of(t.start)][1]
        k = next((j for j in range(t.end, min(last, t.end + PARTITIVE_REACH))
                  if doc.is_word(j, "members_intro") or doc.tokens[j].text == ":"), None)
        if k is None:
            continue
        k = doc.word_end(k, "members_intro") or k + 1
        k = _past_colon(doc, k)
        first = _person_after(doc, k, person_at)
        if first is not None:
            owners[n] = _remarked_list(doc, first, person_at, last)


def _after_partitive(doc: Doc, i: int) -> bool:
    """A partitive word and a count right before token i ('trong 6', 'trong số các', 'among
    the six'): 'trong' alone is only 'in'."""
    k, counted = i - 1, False
    while k >= 0 and (doc.tokens[k].is_digit or doc.is_word(k, "the") or doc.is_word(k, "number_words")):
        counted = counted or not doc.is_word(k, "the")
        k -= 1
    return counted and any(doc.word_end(j, "partitive") == k + 1 for j in range(max(0, k - 2), k + 1))


def _remarked_list(doc: Doc, first: PersonMention, person_at: dict, last: int) -> list[PersonMention]:
    """'ông A 12 phiếu; ông B 10 phiếu và ông C': names joined by ';', ',' or 'and', each
    perhaps followed by a short remark that names no one and holds no title."""
    names, k = [first], first.end
    title_starts = {t.start for t in doc.titles}
    while k < last:
        j = next((x for x in range(k, min(last, k + REMARK_REACH + 1))
                  if doc.tokens[x].text in (";", ",") or doc.is_word(x, "and") or x in title_starts), None)
        if j is None or j in title_starts:
            break
        nxt = _person_after(doc, doc.word_end(j, "and") or j + 1, person_at)
        if nxt is None:
            break
        names.append(nxt)
        k = nxt.end
    return names


def _item_of_titles(doc: Doc, first: int, k: int, end: int, last: int) -> bool:
    """The line from `first` is an item whose titles start at k, after a numbered or lettered
    marker or a position word that opens it, and run to its end."""
    marker = doc.after_list_marker(first, last)
    numbered = marker > first and doc.tokens[marker - 1].text in ").:"
    return (numbered or k > marker and doc.word_end(marker, "position") is not None) and _ends_line(doc, end, last)


def _timeline_titles(doc, titles, owners) -> None:
    """9. A line of a biography that opens with its years or a position label and names
    nobody ('- From 2005 to 2010: Deputy Secretary of ...', 'Từ tháng 6/2010 đến 10/2015: Phó
    Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh', 'Current position: Secretary of ...'): its titles are
    held by the person named last before, the one the biography is about; a span of years
    makes them former. Years closed by a comma lead a biography line only when they span a
    term and the titles run to its end ('- 2003-2010, Director of the Department of ...');
    otherwise the line is news about an unnamed holder ('Tháng 7/2018, Chủ tịch UBND TP có
    kết luận ...')."""
    by_start = {t.start: n for n, t in enumerate(titles)}
    named = {doc.sentence_of(p.start) for p in doc.persons}  # a set, not a scan per sentence: lists run to thousands
    for sentence, (first, last) in enumerate(doc.sentences):
        if sentence in named:
            continue
        start = doc.after_list_marker(first, last)
        k, years, closer = _after_time_lead(doc, start, last)
        if not years:
            k = _after_position_label(doc, start)
        n = by_start.get(k) if k != start else _profile_line(doc, by_start, start, last, sentence)
        if n is None or n in owners:
            continue
        chain = _chain_from(doc, titles, n, owners)
        if closer == "," and not (years > 1 and _ends_line(doc, titles[chain[-1]].end, last)):
            continue
        if k == start and not _ends_line(doc, _skip_terms(doc, _skip_parenthetical(doc, titles[chain[-1]].end)), last):
            continue  # a profile's line of titles holds nothing else
        holder = _heading_person(doc, sentence)
        if holder is not None:
            _give_chain(titles, owners, chain, [holder], years > 1)


def _profile_line(doc: Doc, by_start: dict, start: int, last: int, sentence: int) -> int | None:
    """The title a line of a profile opens with, when the profile's heading is a line that is
    only a name ('2. Vuong Dinh Hue' / 'Politburo member' / 'NA Deputy in the 13th tenure')."""
    n = by_start.get(start)
    if n is None or not doc.opens_line(start):
        return None
    for s in range(sentence - 1, max(-1, sentence - PROFILE_LINES - 1), -1):
        lo, hi = doc.sentences[s]
        named = [p for p in doc.persons if lo <= p.start < hi]
        if named:
            p = named[0]
            only_name = doc.after_list_marker(lo, hi) == p.start and _ends_line(doc, p.end, hi)
            return n if only_name and len(named) == 1 else None
    return None


PROFILE_LINES = 12  # lines of a profile under its heading name


def _after_position_label(doc: Doc, k: int) -> int:
    """After a profile's position label and its colon ('Current position:', 'Chức vụ:'); k
    when there is none."""
    e = doc.word_end(k, "position_label")
    return e + 1 if e is not None and doc.tok(e) is not None and doc.tokens[e].text == ":" else k


def _past_colon(doc: Doc, k: int) -> int:
    """Past a colon at token k ('gồm:', 'các chức vụ:'), or k."""
    return k + 1 if doc.tok(k) is not None and doc.tokens[k].text == ":" else k


def _ends_line(doc: Doc, k: int, last: int) -> bool:
    """Only closing punctuation from k, inside the sentence, to its end."""
    return k <= last and all(doc.tokens[j].text in ".;" for j in range(k, last))


TIME_LEAD = 14  # tokens of a biography line's time lead ('Từ tháng 6 / 2010 đến tháng 10 / 2015 :')


def _after_time_lead(doc: Doc, k: int, end: int) -> tuple[int, int, str]:
    """After a lead of years and small words closed by a colon or a comma ('From 2005 to
    2010:', '2010-2015,'), how many years it names and what closed it; (k, 0, '') when there
    is none."""
    years = 0
    for j in range(k, min(end, k + TIME_LEAD)):
        tok = doc.tokens[j]
        if tok.text in (":", ","):
            return (j + 1, years, tok.text) if years else (k, 0, "")
        if tok.is_digit:
            years += len(tok.text) == 4 and tok.text[:2] in ("19", "20")
        elif tok.is_word and (j == k or not (tok.is_title or tok.is_upper) or doc.tags.at(j, "month")) \
                and doc.tags.at(j, "role") is None:
            continue  # 'Since October 2020:'
        elif tok.text not in "-–/.":
            return k, 0, ""
    return k, 0, ""


def _skip_duty_opening(doc: Doc, k: int, end: int) -> int:
    """Past a list marker ('d)', '-', '1.') and a position phrase ('Doing the tasks of',
    'Concurrently holding the positions:')."""
    k = doc.after_list_marker(k, end)
    for j in range(k, min(end, k + 5)):
        e = doc.word_end(j, "position")
        if e is not None:
            e = _past_colon(doc, e)
            return doc.word_end(e, "the") or e
    return k


def _heading_person(doc: Doc, sentence: int):
    """The first person of the nearest sentence before that names one, within DUTY_REACH."""
    for s in range(sentence - 1, max(-1, sentence - DUTY_REACH - 1), -1):
        first, last = doc.sentences[s]
        named = [p for p in doc.persons if first <= p.start < last]
        if named:
            return named[0]
    return None
