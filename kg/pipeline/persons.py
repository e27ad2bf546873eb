"""Persons: Vietnamese names (a family name and one to four more syllables), names after an
honorific ("Mr. Bounvixay Kongpaly"), and short references to them ("Mr. Chinh")."""
from __future__ import annotations

import re
from bisect import bisect_right

from ..doc import Doc, PersonMention, PlaceMention
from ..text import fold, nfc_lower, slug, spelling, squash

_SYLLABLE = re.compile(r"^[^\W\d_]{1,7}$")
MAX_AFTER_FAMILY = 4
TITLE_WINDOW = 10  # tokens: how far back a title makes a short name credible
LEXICAL_WORDS = ("role", "body", "place_type", "doc_type", "month")  # lexicon categories no name syllable is


def find_persons(doc: Doc) -> None:
    """Fill doc.persons; drop the place mentions that a person with a cue overrides."""
    typed = {i for m in doc.places if _strong(doc, m) for i in range(m.start, m.end)}
    starts = (i for i, tok in enumerate(doc.tokens) if tok.is_title and i not in typed)  # names start with a capital
    found = [m for m in (_candidate(doc, i) for i in starts) if m is not None]
    found = [m for m in found if not typed & set(range(m.start, m.end))]  # 'Tay Ninh | Nguyen Van Hung'
    found = _leftmost_longest(found)
    kept = {id(p) for p in found if _keep(doc, p)}
    cued = {p.name for p in found if id(p) in kept} if doc.lang.bare_cued_names else set()
    # 'General Secretary To Lam ... To Lam said': a short name the article cues once names him everywhere
    found = [p for p in found if id(p) in kept or p.name in cued and doc.lang.vietnamese(_given_names(doc, p))
             and doc.word_end(p.start, "year_names") != p.end]
    _settle_place_conflicts(doc, found)
    found = [p for p in found if p is not None]
    doc.persons = sorted(found + _short_references(doc, found), key=lambda p: p.start)


def _name_token(doc: Doc, i: int, syllable: bool, inside: bool = False) -> bool:
    """A capitalised word that can be part of a name; `inside` a name, 'A' is a syllable ('Mùa A Sơn')."""
    tok = doc.tok(i)
    if tok is None or not tok.is_word or not (tok.is_title or tok.is_upper):
        return False
    if _lexical(doc, i) and not (inside and (_function_word_only(doc, i) or _closing_document_word(doc, i)
                                             or _closing_head_word(doc, i) or _trigger_syllable(doc, i)
                                             or _closing_body_syllables(doc, i))):
        return False
    return not syllable or bool(_SYLLABLE.match(tok.text))


def _closing_document_word(doc: Doc, i: int) -> bool:
    """A document word that is only a syllable closing a name ('Đỗ Lai Luật cho biết'): a
    law's or decree's title would go on capitalised or with its number after it."""
    if not doc.tags.at(i, "doc_type") or any(doc.tags.at(i, c) for c in ("role", "body", "place_type", "month")):
        return False
    nxt = doc.tok(i + 1)
    return nxt is None or not (nxt.is_title or nxt.is_upper or nxt.is_digit or doc.is_word(i + 1, "abbreviations"))


def _closing_head_word(doc: Doc, i: int) -> bool:
    """A one-word body head that needs a subject, closing a name with none after it ('Nguyễn
    Đình Vụ (41 tuổi)'; but 'Vụ Pháp chế', 'Sở Y tế'): only a syllable."""
    head = doc.tags.at(i, "body")
    if head is None or head.end != i + 1 or not head.entry.needs_subject \
            or any(doc.tags.at(i, c) for c in ("role", "place_type", "doc_type", "month")):
        return False
    nxt = doc.tok(i + 1)
    return nxt is None or not (nxt.is_word and (nxt.is_title or nxt.is_upper))


def _closing_body_syllables(doc: Doc, i: int) -> bool:
    """Two capitalised syllables that spell a body's name and close a name ('Ông Cao Công An,':
    the given name, not the police): no capitalised word after them, none in upper case."""
    head = doc.tags.at(i, "body")
    if head is None or head.end != i + 2 or not all(doc.tokens[j].is_title and not doc.tokens[j].is_upper
                                                     and _SYLLABLE.match(doc.tokens[j].text) for j in (i, i + 1)):
        return False
    nxt = doc.tok(i + 2)
    return nxt is None or not (nxt.is_word and (nxt.is_title or nxt.is_upper))


def _trigger_syllable(doc: Doc, i: int) -> bool:
    """A capitalised trigger word inside a name is a syllable ('Đặng Huy Giao'): verbs are
    written in lower case but at a sentence start, where no name has begun."""
    return doc.tags.at(i, "trigger") is not None and doc.tokens[i].is_title and not any(
        doc.tags.at(i, c) for c in LEXICAL_WORDS) \
        and not doc.is_word(i, "honorifics")


def _function_word_only(doc: Doc, i: int) -> bool:
    """A capitalised 'An' or 'A' inside a name is a syllable, not an article ('Nguyen Duy An');
    so is a facility word inside a name where facility words come before their names: between
    two syllables or last ('Nguyễn Trường Sơn', 'ông Nguyễn Xuân Đường, chủ tịch ...'; but
    'Trường Nguyễn Trường Tộ' is a school)."""
    return not any(doc.tags.at(i, c) for c in LEXICAL_WORDS) \
        and not _naming_trigger(doc, i) \
        and not doc.is_word(i, "honorifics") and (not doc.is_word(i, "facility") or _facility_syllable(doc, i))


def _facility_syllable(doc: Doc, i: int) -> bool:
    """A facility word inside a head-first language's name: a capitalised syllable follows on
    its line, or, written with a capital, it names nothing after it (no capitalised word follows)."""
    if not doc.lang.head_first:
        return False
    nxt = doc.tok(i + 1)
    if nxt is None or not (nxt.is_word and (nxt.is_title or nxt.is_upper)) or not _same_line(doc, i + 1):
        return doc.tokens[i].is_title
    return nxt.is_title and not _lexical(doc, i + 1) and bool(_SYLLABLE.match(nxt.text))


def _same_line(doc: Doc, i: int) -> bool:
    """Token i continues the line of token i - 1: names never span lines."""
    return not doc.opens_line(i)


def _naming_trigger(doc: Doc, i: int) -> bool:
    """A trigger that cannot be a syllable of a name: not a modal ('Trần Văn Cần', 'Cần Thơ'),
    nor one capitalised right after an honorific ('ông Giao')."""
    m = doc.tags.at(i, "trigger")
    if m is None or m.entry.kind == "obligation":
        return False
    # capitalised after an honorific, a name: 'ông Giao cho biết' is Mr. Giao, not 'giao cho' (assign to)
    return not (doc.tokens[i].is_title and i > 0 and doc.word_end(i - 1, "honorifics") == i)


def _lexical(doc: Doc, i: int) -> bool:
    return any(doc.tags.at(i, c) for c in LEXICAL_WORDS) or _naming_trigger(doc, i) \
        or any(doc.is_word(i, w) for w in ("honorifics", "the", "of", "and", "former", "new", "pronouns", "facility"))


def _candidate(doc: Doc, i: int) -> PersonMention | None:
    hon = doc.tags.is_word(i, "honorifics")
    if hon is not None and i in _inside_titles(doc):
        return None  # 'Sekretaris Jenderal Partai Komunis Vietnam To Lam': the rank word ends a title
    if hon is not None:
        start = i
        while hon is not None:  # several in a row: 'GS.TS. BS Nguyễn Tấn Bỉnh', 'Thượng tướng, PGS.TS ...'
            start = hon.end + (1 if doc.tok(hon.end) is not None and doc.tokens[hon.end].text == "." else 0)
            hon = doc.tags.is_word(start, "honorifics")
        end = start
        while end < len(doc.tokens) and end - start < 5 and _name_token(doc, end, syllable=False, inside=end > start) \
                and (end == start or _same_line(doc, end)):
            end += 1
        if end - start >= 2:
            return _person(doc, start, end, "honorific")
        return None
    family = doc.tags.at(i, "family_name")
    if family is not None and i in doc.inside_body_heads:
        return None  # 'Trung ương Đoàn': a family name inside a body's name
    if family is None or _province_starts(doc, i) or _middle_name_of_another(doc, i, family.end) \
            or _inside_province_name(doc, i):
        return None
    end = family.end
    while end < len(doc.tokens) and end - family.end < MAX_AFTER_FAMILY \
            and _name_token(doc, end, syllable=True, inside=True) and _same_line(doc, end):
        end += 1
    after = end < len(doc.tokens) and _same_line(doc, end)  # a word on the next line types no name
    if end - family.end < 1 or after and (doc.is_word(end, "facility") or doc.tags.at(end, "place_type")) \
            or _facility_before(doc, i):
        return None  # 'Ton Duc Thang Road', 'Tran Hung Dao Ward', 'đường Trần Hưng Đạo'
    if _house_number_before(doc, i):
        return None  # 'số 419 Lê Hồng Phong', 'tại 104 Nguyễn Du': a street of an address
    if (doc.word_end(i, "foreign") or 0) >= end or any((doc.word_end(j, "foreign") or 0) > i for j in range(max(0, i - 3), i)):
        return None  # 'Thái Lan', 'Hàn Quốc', 'Hà Lan', 'Bồ Đào Nha': a country, though a family name is in it
    if _named_like_unit(doc, i, end) or _unit_after_locative(doc, i, end):
        return None  # 'Bí thư Hà Nội nói', 'lăng Chủ tịch Hồ Chí Minh', 'đến Mai Động': a place where a place can stand
    if i > 0 and doc.tokens[i - 1].text == "(" and _named_like_unit(doc, family.end, end):
        return None  # 'ĐBQH Phạm Văn Hoà (Đoàn Đồng Tháp)': a delegation, though 'Đoàn' is a family name
    cue = "title" if _title_before(doc, i) else ""
    return _person(doc, i, end, cue)


def _inside_titles(doc: Doc) -> frozenset[int]:
    """Tokens a title's words hold past its first ('Jenderal' of 'Sekretaris Jenderal')."""
    inside = doc.memo.get("inside_titles")
    if inside is None:
        inside = doc.memo["inside_titles"] = frozenset(j for r in doc.tags.all("role") for j in range(r.start + 1, r.end))
    return inside


def _named_like_unit(doc: Doc, start: int, end: int) -> bool:
    """The whole name, with no honorific before it, is a province or district of the gazetteer
    ('Bí thư Hà Nội nói', 'đại biểu Phạm Văn Hoà (đoàn Đồng Tháp)'), in a language that puts a
    title's place right after it (English writes 'Hanoi's Secretary', so 'President Ho Chi
    Minh' stays a person)."""
    if not doc.lang.head_first:
        return False
    name = doc.span_text(start, end)
    return any(u.level in ("province", "district") and spelling(u.name) == spelling(name)
               for u in doc.gazetteer.lookup(squash(name)))


def _unit_after_locative(doc: Doc, start: int, end: int) -> bool:
    """The whole name is a locality of the gazetteer, at any level, right after a word that
    places or directs ('từ cầu Vĩnh Tuy đến Mai Động', 'tại Hoà Bình')."""
    if start == 0 or not doc.is_word(start - 1, "locative"):
        return False
    name = doc.span_text(start, end)
    return any(spelling(u.name) == spelling(name) for u in doc.gazetteer.lookup(squash(name)))


def _starts_with_province(doc: Doc, i: int) -> bool:
    """'Sở Y tế Hà Nội Trần Thị Nhị Hà', '... will work with Thai Nguyen': a name does not begin
    with a whole province name."""
    return any(m.unit is not None and m.unit.level == "province" for m in doc.places_at(i))


def _inside_province_name(doc: Doc, i: int) -> bool:
    """'the NA delegation of Nam Dinh Doan Hong Phong': no name begins inside a province's name
    (with its 'Dinh'); the name after it begins where the province ends."""
    return any(m.start < i < m.end and any(u.level == "province" for u in m.candidates)
               for j in range(max(0, i - 3), i) for m in doc.places_at(j))


def _middle_name_of_another(doc: Doc, i: int, end: int) -> bool:
    """The family name at i is one far more often a middle name, and a capitalised Vietnamese
    syllable the language data reads as nothing stands right before it: 'Lang Văn Khang', 'Dư
    Văn Thể' (Lang and Dư are family names the list lacks), not 'Đà Nẵng Văn Hữu Chiến'."""
    if end != i + 1 or doc.tokens[i].norm not in doc.lang.middle_names or i == 0 or not _same_line(doc, i):
        return False
    before = doc.tokens[i - 1]
    return before.is_word and before.is_title and not before.is_upper and doc.lang.vietnamese(before.text) \
        and not _lexical(doc, i - 1) and i - 1 not in _place_tokens(doc)


def _place_tokens(doc: Doc) -> frozenset[int]:
    """The tokens inside place mentions (once per article)."""
    memo = doc.memo.get("place_tokens")
    if memo is None or memo[0] is not doc.places:
        memo = doc.memo["place_tokens"] = (doc.places, frozenset(k for m in doc.places for k in range(m.start, m.end)))
    return memo[1]


def _province_starts(doc: Doc, i: int) -> bool:
    """A province name at i starts no name: one read as the province with no title right before
    it ('Sở Y tế Hà Nội Trần Thị Nhị Hà'), or one that any reading makes a province with a full
    name after it ('Chủ tịch Hà Tĩnh Đặng Quốc Khánh', where 'Hà Tĩnh' may be read as the city)."""
    if _starts_with_province(doc, i) and not _title_right_before(doc, i):
        return True
    return any(u.level == "province" for m in doc.places_at(i) for u in m.candidates) and _name_after_place(doc, i)


def _name_after_place(doc: Doc, i: int) -> bool:
    """'Chủ tịch Hà Nội Nguyễn Đức Chung': the province at i is followed by a full name, so the
    title is the province's and the name starts after it (unlike 'President Ho Chi Minh')."""
    for m in doc.places_at(i)[:1]:
        family = doc.tags.at(m.end, "family_name")
        return family is not None and _name_token(doc, family.end, syllable=True, inside=True)
    return False


_HOUSE_NUMBER = re.compile(r"\d+[A-Z]")  # '8B', '45A' (a number with a letter: no year, no term)


def _house_number_before(doc: Doc, i: int) -> bool:
    """A house number stands right before the name: a number that is no year, no part of a
    place ('Q. 1', 'Quận 1') and no term ('khoá 14')."""
    tok, before = doc.tok(i - 1), doc.tok(i - 2)
    if tok is not None and _HOUSE_NUMBER.fullmatch(tok.text):
        return True  # 'số 8B Lê Trực': only an address numbers so
    if tok is None or not tok.text.isdigit() or len(tok.text) == 4 and tok.text[:2] in ("19", "20"):
        return False
    if doc.places_at(i - 1) or any(p.start < i - 1 < p.end for p in doc.places):
        return False
    return before is None or not (before.is_title or before.is_upper or doc.is_word(i - 2, "subject_stop")
                                  or before.text == ".")


def _in_subjects(doc: Doc) -> frozenset[int]:
    """Tokens inside a subject of the lexicon ('Tài nguyên - Môi trường'), built once per article."""
    if "in_subjects" not in doc.memo:
        doc.memo["in_subjects"] = frozenset(i for m in doc.tags.all("subject") for i in range(m.start, m.end))
    return doc.memo["in_subjects"]


def _facility_before(doc: Doc, i: int) -> bool:
    """A facility word stands before the name, or before the list the name is in
    ('các tuyến đường Trần Hưng Đạo, Cống Quỳnh, Nguyễn Thị Minh Khai')."""
    k = i
    for _ in range(8):
        start = k
        while start > 0 and doc.tokens[start - 1].is_word and not doc.tokens[start - 1].is_title \
                and not doc.is_word(start - 1, "honorifics") and not doc.is_word(start - 1, "and"):
            start -= 1  # 'Trường tiểu học Triệu Vân': lower-case words between the facility word and the name
        if any(doc.word_end(j, "facility") in (k, start) and j not in _in_subjects(doc)
               for j in range(max(0, start - 3), k)):
            return True  # not 'Môi trường' of 'Sở Tài nguyên - Môi trường Nguyễn Thị Thanh Mỹ'
        if any(start < (doc.word_end(j, "facility") or -1) < k and doc.tokens[j].is_title for j in range(max(0, start - 3), start)):
            return True  # 'Khu Kinh tế mở Chu Lai': a facility's name ends among the lower-case words
        j = k - 1  # step back over one list item: ', Cống Quỳnh'
        if j < 0 or doc.tokens[j].text != ",":
            return False
        j -= 1
        while j >= 0 and doc.tokens[j].is_word and doc.tokens[j].is_title:
            j -= 1
        if j == k - 2:
            return False
        k = j + 1
    return False


def _person(doc: Doc, start: int, end: int, cue: str) -> PersonMention:
    s, e = doc.span(start, end)
    name = " ".join(doc.text[s:e].split())
    return PersonMention(start, end, s, e, name=name, key=slug(name), cue=cue)


def _title_right_before(doc: Doc, i: int) -> bool:
    """'President Ho Chi Minh': a title ends right where the name starts."""
    return any(r.end == i for r in doc.tags.all("role"))


def _title_before(doc: Doc, i: int) -> bool:
    """A title stands shortly before token i in the same sentence ("Chairman of ... Le Ngoc Chau")."""
    first = doc.sentences[doc.sentence_of(i)][0]
    return any(doc.tags.at(k, "role") for k in range(max(first, i - TITLE_WINDOW), i))


def _title_after(doc: Doc, end: int) -> bool:
    """', Chairman of ...' or ' - Deputy Secretary ...' right after the name."""
    k = end
    while doc.tok(k) is not None and doc.tokens[k].text in ",-–:(":
        k += 1
    return k > end and doc.tags.at(k, "role") is not None or doc.is_word(k, "former")


def _leftmost_longest(found: list[PersonMention]) -> list[PersonMention]:
    out, last_end = [], -1
    for p in sorted(found, key=lambda p: (p.start, -p.end)):
        if p.start >= last_end:
            out.append(p)
            last_end = p.end
    return out


def _keep(doc: Doc, p: PersonMention) -> bool:
    """A name with a cue, or a full name of three syllables or more; one without an honorific
    must be Vietnamese."""
    if p.cue != "honorific" and not doc.lang.vietnamese(_given_names(doc, p)):
        return False
    if doc.word_end(p.start, "year_names") == p.end and not (p.start and doc.is_word(p.start - 1, "honorifics")):
        return False  # 'Tết Đinh Dậu': a year of the lunar calendar ('ông Đinh Dậu' is a man)
    if p.cue:
        return True
    if _title_after(doc, p.end):
        p.cue = "title"
        return True
    if p.end - p.start < 3 and _after_lower_honorific(doc, p):
        p.cue = "honorific"  # 'đối với ông Nguyễn Cư': a name of two syllables, cued mid-sentence
    return p.end - p.start >= 3 or p.cue == "honorific"


def _after_lower_honorific(doc: Doc, p: PersonMention) -> bool:
    """A lower-case honorific ends right before a name that opens with a family name ('ông
    Nguyễn Cư'); a capitalised one opens the name's own candidate."""
    hon = next((h for k in (p.start - 1, p.start - 2) if (h := doc.tags.at(k, "word:honorifics")) is not None
                and h.end == p.start), None)
    if hon is None or doc.tokens[hon.start].is_title or doc.tags.at(p.start, "family_name") is None:
        return False
    nxt = doc.tok(p.end)
    if nxt is not None and nxt.is_word and (nxt.is_title or nxt.is_upper):
        return False  # 'ông Nguyễn Quang Hiếu' read short: the name goes on
    lo, hi = doc.sentences[doc.sentence_of(p.start)]
    return not any(lo <= m.start < hi for m in doc.tags.all("word:foreign"))  # 'Trung Quốc ... ông Hàn Chính'


def _given_names(doc: Doc, p: PersonMention) -> str:
    """The name without a family name the data lists ('Ksor', 'Rơ' are family names of the
    Central Highlands, though no Vietnamese syllables): what must read as Vietnamese."""
    family = doc.tags.at(p.start, "family_name")
    return doc.span_text(family.end, p.end) if family is not None and family.end < p.end else p.name


def _strong(doc: Doc, m: PlaceMention) -> bool:
    """A place no name can override: typed, listed, or the place of a body next to it
    ('Tỉnh ủy Thái Bình', 'Hanoi People's Committee')."""
    if m.typed or m.listed:
        return True
    if _opens_name(doc, m):
        return False
    if doc.lang.head_first:
        return m.start in doc.body_head_ends
    return doc.tags.at(m.end, "body") is not None


def _opens_name(doc: Doc, m: PlaceMention) -> bool:
    """'Ban Nội chính Trung ương Phan Đình Trạc': an untyped place that is a family name and
    goes on as a given name is the start of a person's name, not a place. ('Thành ủy Đà
    Nẵng Trương Quang Nghĩa' goes on with a family name: the place stands.)"""
    if m.typed or m.listed or _province(m) or doc.tags.at(m.start, "family_name") is None \
            or doc.tags.at(m.end, "family_name"):
        return False
    nxt = doc.tok(m.end)
    return nxt is not None and not nxt.is_upper and _same_line(doc, m.end) \
        and _name_token(doc, m.end, syllable=True, inside=True)


def _province(m: PlaceMention) -> bool:
    """A province's name inside or before a name is more often a place than a given name
    ('Thái Bình Dương', 'Đồng Tháp Mười', 'Chu Lai Quảng Nam')."""
    return m.unit is not None and m.unit.level == "province"


def _inside_name(place: PlaceMention, p: PersonMention) -> bool:
    """'Lê Thanh Hải': an untyped place below a province that is the given name of a full name."""
    if place.typed or place.listed or not (p.start < place.start and place.end <= p.end):
        return False
    # a province of one word ends a full name only after two syllables ('Vuong Dinh Hue', not Huế)
    return not _province(place) or place.end - place.start == 1 and place.start - p.start >= 2


def _overlaps(persons: list[PersonMention]):
    """overlapping(start, end): the indices of the persons that overlap tokens [start, end).
    Persons found leftmost-longest follow one another, so a binary search finds them; else
    every person is looked at."""
    starts, ends = [p.start for p in persons], [p.end for p in persons]
    in_order = all(a <= b for a, b in zip(ends, starts[1:]))

    def overlapping(start: int, end: int) -> list[int]:
        n = bisect_right(ends, start) if in_order else 0
        found = []
        while n < len(persons) and (starts[n] < end or not in_order):
            if starts[n] < end and start < ends[n]:
                found.append(n)
            n += 1
        return found
    return overlapping


def _settle_place_conflicts(doc: Doc, persons: list) -> None:
    """A typed place beats any name; a name with a cue, or one the place is inside of, beats an
    untyped place; else the place wins."""
    keep_places, overlapping = [], _overlaps(persons)
    for place in doc.places:
        clashes = [n for n in overlapping(place.start, place.end) if persons[n] is not None]
        if not clashes or all(_inside_name(place, persons[n]) for n in clashes):
            if not clashes:
                keep_places.append(place)
        elif _strong(doc, place) or not all(persons[n].cue for n in clashes):
            keep_places.append(place)
            for n in clashes:
                persons[n] = None
    doc.places = keep_places


def _short_references(doc: Doc, persons: list[PersonMention]) -> list[PersonMention]:
    """'Mr. Chinh', 'Ms. Thi', or a sentence starting 'Thanh also stressed': the person
    named in full earlier (or, after an honorific, anywhere) whose given name that is."""
    taken = {i for p in persons for i in range(p.start, p.end)}
    # a word inside a body's name is no one's ('Bộ Chính trị' beside Mr. Phạm Minh Chính)
    taken.update(j for m in doc.tags.all("body") for j in range(m.start + 1, m.end))
    # Vietnamese compares with its diacritics: 'Thạnh' (in 'P. Trường Thạnh') is not Mr. Thanh
    diacritics = doc.lang.match_diacritics
    key = nfc_lower if diacritics else fold
    given = {key(p.name.split()[-1]) for p in persons}
    refs = []
    for i, tok in enumerate(doc.tokens):
        tok_key = tok.lower if diacritics else tok.norm
        if tok_key not in given or i in taken or not _name_token(doc, i, syllable=True) \
                or _name_token(doc, i + 1, syllable=True):
            continue
        after_honorific = i > 0 and (doc.is_word(i - 1, "honorifics") or
                                     (doc.tokens[i - 1].text == "." and doc.is_word(i - 2, "honorifics")))
        sentence_start = doc.sentences[doc.sentence_of(i)][0] == i
        alone = not _name_token(doc, i - 1, syllable=True)
        if not (after_honorific or sentence_start or alone):
            continue
        pool = persons if after_honorific else [p for p in persons if p.start < i and p.end - p.start >= 3]
        named = [p for p in pool if key(p.name.split()[-1]) == tok_key]
        if named:
            target = _named_last_before(named, i)
            refs.append(PersonMention(i, i + 1, tok.start, tok.end, name=target.name, key=target.key, cue="coref"))
    return refs + _two_syllable_references(doc, persons, taken, key)


def _named_last_before(named: list[PersonMention], at: int) -> PersonMention:
    """Of the persons a short name may stand for, the one named last before token `at`, else the first."""
    return max((p for p in named if p.start < at), key=lambda p: p.start, default=named[0])


def _two_syllable_references(doc: Doc, persons: list[PersonMention], taken: set[int], key) -> list[PersonMention]:
    """'bà Kim Ngân' after an honorific: the person named in full ('Nguyễn Thị Kim Ngân') whose
    last two syllables those are, the one named last before it; so is a name read after a
    capitalised honorific ('Ông Xuân Anh cho biết'), which is renamed."""
    by_tail: dict[str, list[PersonMention]] = {}
    for p in persons:
        words = p.name.split()
        if len(words) >= 3:
            by_tail.setdefault(key(" ".join(words[-2:])), []).append(p)
    full = {key(p.name): p for p in persons if len(p.name.split()) >= 3}
    for p in persons:  # 'Ông Xuân Anh' at a sentence start was read as a name of its own
        if len(p.name.split()) != 2 or p.cue not in ("honorific", "title"):
            continue
        named = by_tail.get(key(p.name))  # ... and 'Bí thư Thành uỷ La Thăng' (Đinh La Thăng)
        nxt = doc.tok(p.end)
        if not named and nxt is not None and nxt.is_word and not nxt.is_title \
                and (whole := full.get(key(p.name + " " + nxt.text))) is not None:
            p.end, p.end_char = p.end + 1, nxt.end  # 'Nguyễn Thiện nhân': the last syllable written small
            named = [whole]
        if named:
            target = _named_last_before(named, p.start)
            p.name, p.key = target.name, target.key
    refs = []
    for m in doc.tags.all("word:honorifics") if by_tail else ():
        i = m.end
        if i in taken or i + 1 in taken or not (_name_token(doc, i, syllable=True) and _name_token(doc, i + 1, syllable=True)) \
                or _name_token(doc, i + 2, syllable=True):
            continue
        named = by_tail.get(key(doc.span_text(i, i + 2)))
        if named:
            target = _named_last_before(named, i)
            s, e = doc.span(i, i + 2)
            refs.append(PersonMention(i, i + 2, s, e, name=target.name, key=target.key, cue="coref"))
    return refs
