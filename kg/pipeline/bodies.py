"""Bodies: a head noun from the language data ("People's Committee"), the place, level word,
subject and parent body around it, and the identity that follows from them.

A body's identity is its locality (a gazetteer unit, or none for national bodies) and its
path of (key, subject) segments from the top body down: the People's Committee of Hai Phong
is (31, [peoples-committee]); its Department of Home Affairs is (31, [peoples-committee,
department/home-affairs]). Two bodies with the same name in different places never share it.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from ..doc import BodyMention, Doc, PlaceMention
from ..gazetteer import Unit
from ..lang.language import BodyEntry
from ..text import squash
from .places import colon_after_levels, context_unit

_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$|^[IVXL]+$", re.IGNORECASE)
MAX_SUBJECT_WORDS = 6
MAX_OPEN_LOWERCASE = 4  # lower-case words past the first syllables of an open name ('Cục Quản lý [dược]')
MAX_OPEN_NAME_WORDS = 12  # 'Cục Xử lý vi phạm hành chính và theo dõi thi hành pháp luật'


def find_bodies(doc: Doc) -> None:
    """Fill doc.bodies: parse every head noun, link parents, resolve locality and identity."""
    heads = _heads(doc)
    covered = {i for h in heads for i in range(h.start, h.end)}
    bodies = [_parse(doc, h, covered) for h in heads]
    _link(doc, bodies)
    _share_of_phrase(doc, bodies)
    _distribute(doc, bodies)
    _share_with_title_chain(doc, bodies)
    bodies = _expand_plurals(doc, bodies)
    bodies = _subject_enumerations(doc, bodies)
    doc.salient = _salient_unit(doc, bodies)
    for b in bodies:
        _resolve(doc, b, doc.salient)
    _refer_back(doc, bodies)
    foreign = [b for b in bodies if _foreign(doc, b)]
    doc.memo["foreign_body_starts"] = frozenset(b.start for b in foreign)  # a title before them is not Vietnam's
    doc.memo["unplaced_bodies"] = {b.start: b.entry.type for b in bodies if _unplaced(b)}  # nor a title before them
    doc.bodies = [b for b in bodies if (b.key or b.plural) and b not in foreign]


REFER_BACK_SENTENCES = 5  # how far back 'Sở này' finds the department it stands for


def _refer_back(doc: Doc, bodies: list[BodyMention]) -> None:
    """'UBND thành phố ... giao Sở này hướng dẫn', 'Giám đốc Sở này', 'this Ministry': a body
    head with no name, place or parent of its own and a demonstrative beside it is the body
    of its kind named last before it, a few sentences back at most."""
    last: dict[str, BodyMention] = {}
    for b in sorted(bodies, key=lambda b: b.start):
        kind = b.entry.key or b.entry.id
        if not b.key and _demonstrated(doc, b) and (antecedent := last.get(kind)) is not None \
                and doc.sentence_of(b.start) - doc.sentence_of(antecedent.start) <= REFER_BACK_SENTENCES:
            b.unit, b.path, b.type, b.key = antecedent.unit, antecedent.path, antecedent.type, antecedent.key
        if b.key and not b.plural:
            last[kind] = b


def _demonstrated(doc: Doc, b: BodyMention) -> bool:
    """A demonstrative right after the bare head (right before it in English), no number or
    plural word before it ('sáu bộ này' are several)."""
    if b.plural or b.subject or b.place is not None or b.parent is not None or b.level or b.end != b.head_end:
        return False
    before = doc.tok(b.start - 1)
    if before is not None and (before.text.isdigit() or doc.is_word(b.start - 1, "number_words")
                               or doc.is_word(b.start - 1, "generic")):
        return False
    if doc.lang.head_first:
        return doc.word_end(b.end, "demonstrative") is not None
    return any(doc.word_end(j, "demonstrative") == b.start for j in range(max(0, b.start - 3), b.start))


def _unplaced(b: BodyMention) -> bool:
    """A body nothing places, or one inside it: 'Ban Thường vụ Đảng ủy' (own_place_only,
    kg/lang/README.md), 'phó bí thư Huyện ủy, ...' where no district fits."""
    while b is not None:
        if not b.key and (b.entry.own_place_only or b.level or b.entry.level) and not b.entry.national:
            return True
        b = b.parent
    return False


def _foreign(doc: Doc, b: BodyMention) -> bool:
    """A national body of another country ('Bộ Quốc phòng Nga', 'China's Politburo')."""
    return b.unit is None and not b.plural and doc.foreign_around(b.start, b.end)


def implied_body(doc: Doc, entry: BodyEntry, start: int, end: int, *, place: PlaceMention | None = None,
                 level: str = "", city: bool = False, unit_types: tuple[str, ...] = (), subject: str = "",
                 unit: Unit | None = None, parent: BodyMention | None = None) -> BodyMention | None:
    """A body a title implies ('Mayor of Hanoi': the People's Committee of Hanoi), resolved;
    `unit` fixes its locality, `parent` the body it is part of."""
    s, e = doc.span(start, end)
    b = BodyMention(start, end, s, e, entry=entry, head_start=start, head_end=end, place=place, level=level,
                    city=city, unit_types=unit_types, subject=subject, implied=True, unit=unit)
    if parent is not None:
        b.parent = parent
    _resolve(doc, b, doc.salient)
    return b if b.key else None


def listed_subject_bodies(doc: Doc, head_end: int, body: BodyMention) -> list[BodyMention]:
    """'the Ministers of National Defence, Public Security and Construction': the body of each
    subject a plural title lists after its head (which ends at head_end), as a plural body's
    ('the Ministries of ...'); none when it lists one."""
    if not body.entry.takes_subject:
        return []
    listed = (implied_body(doc, body.entry, s, e, place=body.place, level=body.level, city=body.city,
                           subject=doc.span_text(s, e)) for s, e in _subject_list(doc, head_end))
    return [b for b in listed if b is not None]


# --- parsing ----------------------------------------------------------------------------

def _heads(doc: Doc):
    """Head nouns, leftmost-longest, not inside a person's name or a longer title ('Chief of Office')."""
    taken = {i for p in doc.persons for i in range(p.start, p.end)}
    for m in doc.tags.all("word:not_body"):  # 'Pemerintah daerah' (local government)
        taken |= set(range(m.start, m.end))
    out, last_end = [], -1
    for m in doc.body_heads:
        if m.start >= last_end and not taken & set(range(m.start, m.end)):
            out.append(m)
            last_end = m.end
    return out


def _place_ending_at(doc: Doc, end: int) -> PlaceMention | None:
    return next((p for p in doc.places if p.end == end), None)


def _place_starting_at(doc: Doc, start: int) -> PlaceMention | None:
    return next(iter(doc.places_at(start)), None)


def _level_word(doc: Doc, i: int, end_at: int | None = None):
    """A place type word at i (or ending at `end_at`) that is not part of a named place."""
    t = doc.level_word(i)
    if t is None or (end_at is not None and t.end != end_at) or doc.tags.at(i, "body"):
        return None  # 'Tỉnh' of 'Tỉnh ủy' is part of a name
    if any(p.start <= i < p.end for p in doc.places):
        return None
    return t


def _parse(doc: Doc, head, covered: set[int]) -> BodyMention:
    entry: BodyEntry = head.entry
    s, e = doc.span(head.start, head.end)
    b = BodyMention(head.start, head.end, s, e, entry=entry, head_start=head.start, head_end=head.end,
                    plural=entry.plural)
    if entry.plural and entry.takes_subject:
        b.subjects = _subject_list(doc, head.end)
    if doc.lang.head_first:
        _right_modifiers(doc, b, direct=True)
    else:
        if entry.takes_subject:
            _subject_after(doc, b, b.head_end)
        _left_modifiers(doc, b, covered)
        _right_modifiers(doc, b, direct=False)
    b.start_char, b.end_char = doc.span(b.start, b.end)
    return b


def _left_modifiers(doc: Doc, b: BodyMention, covered: set[int]) -> None:
    """'Kien An District People's Committee', 'the City Party Committee', 'provincial health department'."""
    k = b.head_start - 1
    subject_end = b.head_start
    while k >= 0:
        tok = doc.tokens[k]
        if doc.opens_line(k + 1):
            break  # a line ends before the name: 'Long An province' / 'Politburo member ...'
        place = _place_ending_at(doc, k + 1)
        level = _level_word_ending(doc, k + 1) if place is None else None
        if place is not None and not b.place:
            b.place, b.start, k = place, place.start, place.start - 1
        elif level is not None and not b.level and not b.place:
            _set_level(b, level.entry)
            b.start, k = level.start, level.start - 1
            if _coordinated_level(doc, level.start):
                b.generic = True  # 'the Provincial and City Party Committees', 'provincial and municipal'
        elif level is not None and level.entry.adjective and b.place is not None and b.start == b.place.start:
            b.start, k = level.start, level.start - 1  # 'the [provincial] Vinh Phuc People's Committee'
        elif tok.norm == "'s" and k > 0:
            owner = _place_ending_at(doc, k) or _level_word_ending(doc, k)
            if owner is None:
                break  # a body's possessive: linked as parent later
            if isinstance(owner, PlaceMention):
                b.place, b.start, k = owner, owner.start, owner.start - 1
            else:
                _set_level(b, owner.entry)
                b.start, k = owner.start, owner.start - 1
        elif _ORDINAL.match(tok.text):
            b.start, k = k, k - 1
        elif b.entry.takes_subject and not b.entry.plural and not b.subject and k not in covered \
                and _subject_word(doc, k) and k == subject_end - 1:
            j = k
            while j - 1 >= 0 and j - 1 not in covered and b.head_start - (j - 1) <= MAX_SUBJECT_WORDS and (
                    _subject_word(doc, j - 1) or doc.is_word(j - 1, "and") and j - 2 >= 0 and _subject_word(doc, j - 2)):
                j -= 1
            while j < k and doc.is_word(j, "and"):
                j += 1
            b.subject = doc.span_text(j, k + 1)
            b.start, k = j, j - 1
        else:
            break


def _coordinated_level(doc: Doc, start: int) -> bool:
    """Another level word is joined to the one at `start` ('Provincial and City ...')."""
    k = start - 1
    if k < 0 or not (doc.is_word(k, "and") or doc.tokens[k].text == ","):
        return False
    return _level_word_ending(doc, k) is not None


def _level_word_ending(doc: Doc, end: int):
    for j in range(max(0, end - 3), end):
        t = _level_word(doc, j, end_at=end)
        if t is not None:
            return t
    return None


def _subject_word(doc: Doc, i: int) -> bool:
    """A word of a department's subject written before its head ('health', 'Economic Zone')."""
    tok = doc.tokens[i]
    if not tok.is_word or doc.tags.at(i, "place_type") or doc.tags.at(i, "body") or doc.tags.at(i, "role"):
        return False
    if any(doc.is_word(i, w) for w in ("the", "of", "and", "former", "new", "generic", "honorifics", "foreign")):
        return False  # 'Chinese Foreign Ministry': another country's, not a subject word
    if any(p.start <= i < p.end for p in doc.places) or any(p.start <= i < p.end for p in doc.persons):
        return False
    return True


def _set_level(b: BodyMention, entry) -> None:
    """A level word without a name: 'City' may be a centrally-run or a provincial city."""
    b.city = "province" in entry.levels and "district" in entry.levels
    b.level = entry.levels[0]
    b.unit_types = entry.unit_types


def _right_modifiers(doc: Doc, b: BodyMention, direct: bool) -> None:
    """'... of Hai Phong City', '... of the district', 'Department of Home Affairs',
    and for head-first languages the place right after the head ('Komite Rakyat Provinsi X')."""
    k = b.end
    if b.entry.takes_subject and not b.subject:
        k = _subject_after(doc, b, k)
    while True:
        of_end = doc.word_end(k, "of")
        if of_end is not None:
            j = doc.word_end(of_end, "the") or of_end
            j = doc.word_end(j, "former") or j  # 'of the old Tam Ky City', 'of former District 2'
            j = doc.past_epithet(j)  # 'of the northern mountainous province of Lao Cai'
        elif direct:
            j = _past_abbreviation(doc, k)
            j = j if b.entry.national else _past_term(doc, j)  # not 'Đại biểu Quốc hội khoá XIV tỉnh X': the NA's
        else:
            return
        bracketed = _bracketed_place(doc, j) if direct and j == k and b.place is None and not b.level else None
        if bracketed is not None:  # 'Đoàn đại biểu Quốc hội (TP HCM)': the place in brackets is its own
            b.place, b.end = bracketed, bracketed.end + 1
            return
        place = _place_starting_at(doc, j)
        if place is not None and _modifies_body(doc, place.end):
            return  # 'Standing Committee of [Thanh Hoa Province Party Committee]': linked as parent
        level = _level_word(doc, j) if place is None else None
        if level is not None and not level.entry.adjective and _modifies_body(doc, level.end):
            return  # 'Standing Committee of the [City Party Committee]'
        if level is not None and level.entry.adjective:
            return
        if place is not None and not b.plural and b.place is None and doc.tags.at(place.start, "place_type_plural") \
                and len(_place_list(doc, place)) > 1:
            b.plural = True  # 'Đảng uỷ các xã Tân Thuỷ, Hồng Thuỷ, Mỹ Thuỷ': each one's
        if b.plural and place is not None:
            b.places = _place_list(doc, place)
            b.place = b.places[0] if len(b.places) == 1 else None
            b.end = b.places[-1].end
            return
        if place is not None and b.place is None and len(same := _same_level_list(doc, place)) > 1:
            b.plural, b.places, b.end = True, same, same[-1].end  # 'UBND quận Ba Đình và Đống Đa': each district's
            return
        if place is not None and b.place is None:
            b.place, b.end = place, place.end
            k = place.end
            if direct:
                continue
            return
        if level is not None and not b.level and b.place is None:
            _set_level(b, level.entry)
            b.end = level.end
            nxt = _place_starting_at(doc, level.end)
            # a colon list of places makes a singular level word plural too ('Komite Rakyat provinsi dan kota: A, B')
            listed = _colon_places(doc, level)
            same = _same_level_list(doc, nxt) if nxt is not None else []
            if len(same) > 1:  # 'UBND huyện M'Đrắk, Krông Bông và Ea Kar': each district's
                b.plural, b.places, b.end = True, same, same[-1].end
            elif nxt is not None:  # 'Provinsi Dak Nong', 'huyện Thới Bình'
                b.place, b.end = nxt, nxt.end
            elif listed:  # 'UBND các tỉnh: Quảng Ninh, Hải Phòng', "People's Committees of the provinces: A, B"
                b.plural, b.places, b.end = True, listed, listed[-1].end
            elif _plural_level(doc, level):
                b.plural = True  # 'UBND các tỉnh, thành phố': every province's, not the article's
            return
        return


def _colon_places(doc: Doc, level) -> list[PlaceMention]:
    """The places listed after a plural level word and a colon ('các tỉnh, thành phố: Quảng
    Ninh, Hải Phòng, Thái Bình'); none unless at least two."""
    colon = colon_after_levels(doc, level.end)
    first = _place_starting_at(doc, colon + 1) if colon is not None else None
    places = _place_list(doc, first) if first is not None else []
    return places if len(places) > 1 else []


def _bracketed_place(doc: Doc, k: int) -> PlaceMention | None:
    """A place alone in brackets at token k: '(TP HCM)', '(Hà Nội)'."""
    if doc.tok(k) is None or doc.tokens[k].text != "(":
        return None
    place = _place_starting_at(doc, k + 1)
    if place is None or doc.tok(place.end) is None or doc.tokens[place.end].text != ")":
        return None
    return place


def _past_term(doc: Doc, k: int) -> int:
    """Past a term at token k when a place follows it ('Đoàn ĐBQH khoá 14 tỉnh Phú Yên', 'HĐND
    nhiệm kỳ 2016 - 2021 tỉnh X'): a term word and its numbers; k when there is none."""
    j = doc.term_end(k)
    return j if j is not None and (_place_starting_at(doc, j) is not None or _level_word(doc, j) is not None) else k


def _past_abbreviation(doc: Doc, k: int) -> int:
    """Past the body's abbreviation in brackets at k, when a place or level word follows it:
    'Mặt trận Tổ quốc Việt Nam (MTTQVN) TP HCM', 'Sở Tài nguyên và Môi trường (TN-MT) tỉnh X'."""
    end = doc.abbreviation_end(k, longest=4)  # '(TN & MT)', '(HĐND)'
    if end == k or _place_starting_at(doc, end) is None and _level_word(doc, end) is None:
        return k
    return end


def _plural_level(doc: Doc, level) -> bool:
    """The level word is a plural form ('các tỉnh', 'provinces')."""
    m = doc.tags.at(level.start, "place_type_plural")
    return m is not None and m.end == level.end


def _modifies_body(doc: Doc, k: int) -> bool:
    """A body head follows at k, perhaps after a level adjective ('Thai Nguyen [Provincial] People's ...')."""
    t = doc.tags.at(k, "place_type")
    if t is not None and t.entry.adjective:
        k = t.end
    return doc.tags.at(k, "body") is not None


def _subject_list(doc: Doc, k: int) -> list[tuple[int, int]]:
    """'Departments of Justice, Health and Finance', 'management boards: Economic Zone, ...':
    the token spans of the subjects a plural name lists."""
    start = doc.word_end(k, "of") or (k + 1 if doc.tok(k) is not None and doc.tokens[k].text == ":" else None)
    if start is None:
        return []
    items, j = [], start
    while j < len(doc.tokens):
        first = j
        known = doc.tags.at(j, "subject")
        if known is not None:
            j = known.end  # 'Planning and Investment', 'Industry and Trade': one subject, 'and' and all
        while j < len(doc.tokens) and doc.tokens[j].is_word and doc.tokens[j].is_title \
                and not doc.tags.at(j, "body") and not doc.tags.at(j, "role") and not _place_starting_at(doc, j):
            j += 1
        if j == first:
            break
        items.append((first, j))
        if doc.tok(j) is not None and doc.tokens[j].text == ",":
            j += 1
        if doc.is_word(j, "and"):
            j = doc.word_end(j, "and")
        elif doc.tok(j - 1) is None or doc.tokens[j - 1].text != ",":
            break
    return items if len(items) > 1 else []


def _subject_after(doc: Doc, b: BodyMention, k: int) -> int:
    """'Department of Home Affairs', 'Ministry of Transport', 'Sở Giao thông Vận tải', 'Steering
    Committee for Anti-corruption'."""
    about = doc.word_end(k, "subject_about")
    if about is not None and (known := doc.tags.at(doc.word_end(about, "the") or about, "subject")) is not None \
            and doc.lang.subject_id(doc.span_text(known.start, known.end), b.entry):
        b.subject, b.end = doc.span_text(known.start, known.end), known.end  # 'Steering Committee on Anti-Corruption'
        return known.end
    of_end = doc.word_end(k, "of") or doc.word_end(k, "subject_for")
    j = of_end if of_end is not None else (k if doc.lang.head_first else None)
    if j is None:
        return k
    j = doc.word_end(j, "the") or j
    start = j
    open_name = b.entry.lowercase_name  # 'Cục Tài chính doanh nghiệp' is no 'Tài chính' (finance)
    known = None if open_name else doc.tags.at(j, "subject")
    if known is not None and doc.lang.subject_id(doc.span_text(j, known.end), b.entry):
        # a subject the language data knows for this head: 'Nông nghiệp và Phát triển nông thôn'
        # ('Cảnh sát' is a general department's, not the start of 'Phòng Cảnh sát PCCC')
        b.subject, b.end = doc.span_text(j, known.end), known.end
        return known.end
    j, words = _subject_words(doc, b, start, open_name)
    if open_name and j is None:  # no clear end within a few lower-case words: capitalised ones only
        j, words = _subject_words(doc, b, start, False)
    if not open_name:
        j = _known_subject_end(doc, start, j, b.entry)
    if words:
        b.subject = doc.span_text(start, j)
        b.end = j
        return j
    return k


def _subject_words(doc: Doc, b: BodyMention, start: int, open_name: bool) -> tuple[int | None, int]:
    """Where the subject words from `start` end, and how many words they hold. With `open_name`
    (a name that goes on in lower case, 'Cục Quản lý dược'), None where the lower-case words
    run on past MAX_OPEN_LOWERCASE without a clear end: 'yêu cầu Cục Thú y [đánh giá lại toàn
    bộ nguyên nhân] ...' goes on with the order, not the name."""
    j, words, lowercase = start, 0, 0
    while j < len(doc.tokens) and words < (MAX_OPEN_NAME_WORDS if open_name else MAX_SUBJECT_WORDS):
        tok = doc.tokens[j]
        head = doc.tags.at(j, "body")
        placed = head is not None and (_place_starting_at(doc, head.end) is not None or doc.level_word(head.end) is not None
                                       or _joined_to_body(doc, head.end))
        if _place_starting_at(doc, j) or head and (not head.entry.needs_place or placed) or doc.tags.at(j, "role") \
                or doc.tags.at(j, "place_type") or doc.is_word(j, "of") or doc.is_word(j, "honorifics") \
                or any(p.start == j for p in doc.persons):
            break
        if tok.is_word and (tok.is_title or tok.is_upper or _hyphen_glued(doc, j, start)):
            words += 1
            j += 1
        elif open_name and words and tok.is_word and not tok.is_title and doc.tokens[j - 1].is_upper \
                and not doc.is_word(j, "and"):
            break  # 'Cục CSGT [đảm bảo trật tự]': an abbreviation is the whole name
        elif tok.is_word and (_goes_on(doc, j) if open_name and words else _lowercase_syllable(doc, j, start)):
            if open_name and not _lowercase_syllable(doc, j, start):
                lowercase += 1
                if lowercase > MAX_OPEN_LOWERCASE:
                    return None, words
            words += 1
            j += 1
        elif words and (tok.text in "-–" or doc.is_word(j, "and") or tok.text == "," and not open_name
                        and _subject_continues_after_comma(doc, j)):
            j += 1  # (an open name ends at a comma: 'Cục Hàng không VN, Tổng công ty ...' are two)
        elif open_name and words and tok.text.isdigit() and len(tok.text) <= 2:
            j += 1  # 'Cục Quản lý đường bộ 4': one of several numbered offices
            break
        else:
            break
    else:
        if open_name and lowercase and j < len(doc.tokens):
            return None, words  # stopped by the length, not by an end
    while j > start and (doc.tokens[j - 1].text in ",-–" or doc.is_word(j - 1, "and")):
        j -= 1
    return j, words


def _joined_to_body(doc: Doc, k: int) -> bool:
    """'and' and another body's head at k: 'Văn phòng [Đoàn ĐBQH] và HĐND tỉnh X', 'Office of
    the [National Assembly Delegation] and the City People's Council' name the delegation
    (placed by the council's place, see _distribute), not a subject 'Đoàn'."""
    after = doc.word_end(k, "and")
    if after is None:
        return False
    after = doc.word_end(after, "the") or after
    level = doc.level_word(after)  # 'the [City] People's Council'
    return _modifies_body(doc, level.end if level is not None else after)


def _known_subject_end(doc: Doc, start: int, end: int, head=None) -> int:
    """Where the subject words [start, end) end: at the longest start of them the language data
    knows (for `head`, if given) when it does not know them all ('Bộ GD-ĐT đã ký': 'GD-ĐT', not
    'GD-ĐT đã')."""
    if end <= start:
        return end  # no subject words: the body ends the text ('..., Chủ tịch UBND TP Hải Phòng')
    if doc.lang.subject_id(doc.span_text(start, end), head):
        return end
    for e in range(end - 1, start, -1):
        if doc.lang.subject_id(doc.span_text(start, e), head):
            return e
    return end


NAME_ENDS = ("name_end", "reporting", "copula", "modal", "passive", "of", "the", "locative", "partitive", "also",
             "clause_link", "honorifics", "former", "new")  # not 'subordinator': 'ngoài' ends 'Cục Đầu tư nước ngoài'


def _goes_on(doc: Doc, j: int) -> bool:
    """A lower-case word that goes on a name written in lower case after its first word ('Cục
    Quản lý dược', 'Cục Di sản văn hoá'): any but a function word or a verb the language data
    lists ('Cục Quản lý dược [cho biết]', '[yêu cầu]'). Triggers are not enough: 'giao' (assign)
    begins 'Cục Cảnh sát giao thông'."""
    return not any(doc.is_word(j, c) for c in NAME_ENDS) and not doc.is_word(j, "and")


def _hyphen_glued(doc: Doc, j: int, start: int) -> bool:
    """The word after a hyphen with no space on either side ('Anti-corruption')."""
    return j - 2 >= start and doc.tokens[j - 1].text == "-" \
        and doc.tokens[j - 2].end == doc.tokens[j - 1].start and doc.tokens[j - 1].end == doc.tokens[j].start


def _lowercase_syllable(doc: Doc, j: int, start: int) -> bool:
    """Where names capitalise only a word's first syllable ('Giao thông Vận tải'), a lower-case
    syllable right after a capitalised one belongs to the name."""
    return doc.lang.lowercase_syllables and j > start and doc.tokens[j - 1].is_title \
        and doc.tokens[j].is_word and not doc.tokens[j].is_title


def _subject_continues_after_comma(doc: Doc, j: int) -> bool:
    """'Culture, Sports and Tourism': a comma inside a subject, not between two bodies."""
    nxt = j + 1
    return doc.tok(nxt) is not None and doc.tokens[nxt].is_title and not doc.tags.at(nxt, "body") \
        and not doc.tags.at(nxt, "role") and not _place_starting_at(doc, nxt) \
        and not any(p.start == nxt for p in doc.persons) and not doc.is_word(nxt, "the")


def _same_level_list(doc: Doc, first: PlaceMention) -> list[PlaceMention]:
    """The places a level word's list names ('huyện M'Đrắk, Krông Bông và Ea Kar', 'tỉnh Khánh Hoà,
    tỉnh Quảng Ninh, thành phố Đà Nẵng'): `first` and those after it of its level, with no type
    word of their own or one of that level ('huyện Krông Bông, Đắk Lắk' names one district and
    its province, 'xã A, huyện B' a commune and its district)."""
    same = [first]
    for m in _place_list(doc, first)[1:]:
        typed = doc.tags.at(m.start, "place_type")
        if first.unit is None or m.unit is None or m.unit.level != first.unit.level \
                or typed is not None and first.unit.level not in typed.entry.levels \
                or doc.sentence_of(m.end - 1) != doc.sentence_of(first.start):
            break
        same.append(m)
    return same


def _place_list(doc: Doc, first: PlaceMention) -> list[PlaceMention]:
    """'of Thai Nguyen and Bac Kan provinces': the places of a plural body."""
    return doc.coordinated(first, lambda j: _place_starting_at(doc, j))


# --- linking ----------------------------------------------------------------------------

def _link(doc: Doc, bodies: list[BodyMention]) -> None:
    """Parents: 'Standing Committee of the City Party Committee', 'the City Party
    Committee's Organization Committee', 'City Party Committee Office', 'Văn phòng UBND'."""
    starts = {b.start: b for b in bodies}
    for n, b in enumerate(bodies):
        if b.entry.national:
            # 'Polit Biro KS PKV' is the Politburo, not a body inside the Central Committee; only
            # the body a national one belongs to joins it ('Ủy ban Tư pháp của Quốc hội')
            parent = _named_own_parent(doc, b, bodies[n - 1] if n else None, starts)
            if parent is not None:
                _set_parent(b, parent)
            continue
        if doc.lang.head_first:
            nxt = bodies[n + 1] if n + 1 < len(bodies) else None
            if nxt is not None and nxt.start == b.end and b.place is None:
                _set_parent(b, nxt)
            elif nxt is not None and _ministry_unit_of(doc, b, nxt):
                bracketed = doc.tokens[b.end].text == "("
                _set_parent(b, nxt)
                if bracketed and doc.tok(b.end) is not None and doc.tokens[b.end].text == ")":
                    b.end, b.end_char = b.end + 1, doc.tokens[b.end].end  # the name takes its closing bracket
            continue
        of_end = doc.word_end(b.end, "of")
        if of_end is not None and b.place is None and not b.level:
            target = starts.get(doc.word_end(of_end, "the") or of_end) or starts.get(of_end)
            if target is not None:
                _set_parent(b, target)
                continue
        prev = bodies[n - 1] if n > 0 else None
        if prev is None or b.place is not None or b.level:
            continue
        k = b.start
        if doc.tok(k - 1) is not None and doc.tokens[k - 1].norm == "'s":
            k -= 1
        if prev.end == k:
            _set_parent(b, prev)


BOARD_PARENTS = ("party-committee", "peoples-council")  # bodies whose boards are named before them after a comma
UNIT_OF = (",", "(", "-", "–")  # between a ministry's unit and its ministry: 'Cục Quản lý dược (Bộ Y tế)'


def _ministry_unit_of(doc: Doc, b: BodyMention, nxt: BodyMention) -> bool:
    """`nxt` is the national body the unit `b` belongs to, named after a comma, bracket or dash,
    or after 'thuộc'/'của': 'Vụ Pháp chế, Bộ Tư pháp', 'Cục Di sản văn hoá - Bộ VHTTDL'."""
    if b.place is not None or b.level or nxt.plural:
        return False
    # a board and the Party committee or council it belongs to ('ban Nội chính, Tỉnh uỷ Nghệ An', 'trưởng
    # Ban đô thị, HĐND TP. HCM'); not a department and a committee in a list of those asked ('Sở Xây
    # dựng, UBND quận Ngũ Hành Sơn')
    board = b.entry.parent in BOARD_PARENTS and not b.entry.national and (nxt.entry.key or nxt.entry.id) == b.entry.parent
    if not ((b.entry.national_unless_placed or b.entry.needs_parent) and nxt.entry.national or board):
        return False
    k = b.end
    if doc.tok(k) is not None and doc.tokens[k].text in UNIT_OF:
        k += 1
    else:
        k = doc.word_end(k, "of") or k
    return k == nxt.start and k > b.end


def _named_own_parent(doc: Doc, b: BodyMention, prev: BodyMention | None, starts: dict
                      ) -> BodyMention | None:
    """The national body `b` belongs to (its entry's `parent`), named right after it, after
    'of' ('Uỷ ban Kinh tế của Quốc hội', 'Economic Committee of the National Assembly'), or,
    where names put modifiers first, right before it ("the NA's Economic Committee")."""
    if not b.entry.parent:
        return None
    of_end = doc.word_end(b.end, "of")
    after = starts.get(b.end) or (of_end is not None and (
        starts.get(doc.word_end(of_end, "the") or of_end) or starts.get(of_end))) or None
    if after is not None and after.entry.id == b.entry.parent:
        return after
    if doc.lang.head_first or prev is None or prev.entry.id != b.entry.parent:
        return None
    k = b.start
    if doc.tok(k - 1) is not None and doc.tokens[k - 1].norm == "'s":
        k -= 1
    return prev if prev.end == k else None


def _set_parent(child: BodyMention, parent: BodyMention) -> None:
    if parent is child or parent.plural or _ancestor(parent, child):
        return
    child.parent = parent
    child.start = min(child.start, parent.start)
    child.end = max(child.end, parent.end)
    child.start_char = min(child.start_char, parent.start_char)
    child.end_char = max(child.end_char, parent.end_char)


def _ancestor(b: BodyMention, other: BodyMention) -> bool:
    while b is not None:
        if b is other:
            return True
        b = b.parent
    return False


def _share_of_phrase(doc: Doc, bodies: list[BodyMention]) -> None:
    """'the Executive Committee, Standing Committee, Secretary, and Deputy Secretary of the
    Party Committee of X': coordinated names share the 'of' phrase of the last one."""
    by_start = {b.start: b for b in bodies}
    for b in bodies:
        if b.place is not None or b.level or b.entry.level or b.parent is not None or b.entry.national or b.subject:
            continue  # a body whose name gives its level ('Thành uỷ') is no part of the next one's
        k = b.start - 1
        while k >= 0 and doc.is_word(k, "the"):
            k -= 1
        if doc.is_word(k, "of"):
            continue  # 'Director of the Department ... and Chairman of ...': titles, not a list of bodies
        k = b.end
        while doc.tok(k) is not None and (doc.tokens[k].text == "," or doc.is_word(k, "and")):
            k += 1
            item = by_start.get(k)
            role = doc.tags.at(k, "role")
            if item is not None and item.parent is not None and item is not b:
                _set_parent(b, item.parent) if not _ancestor(item.parent, b) else None
                break
            if item is not None and not (item.place or item.level):
                k = item.end
            elif role is not None:
                of_end = doc.word_end(role.end, "of")
                target = by_start.get(doc.word_end(of_end, "the") or of_end) if of_end is not None else None
                if target is not None:
                    _set_parent(b, target)
                    break
                k = role.end
            else:
                break


def _expand_plurals(doc: Doc, bodies: list[BodyMention]) -> list[BodyMention]:
    """'the Party Executive Committees of Thai Nguyen and Bac Kan provinces': one body a place."""
    out = []
    for b in bodies:
        if b.plural and b.subjects:
            out += [_with_subject(doc, b, s, e) for s, e in b.subjects]
            continue
        if not (b.plural and b.places):
            out.append(b)
            continue
        for place in b.places:
            out.append(BodyMention(b.start, b.end, b.start_char, b.end_char, entry=b.entry, head_start=b.head_start,
                                   head_end=b.head_end, place=place, subject=b.subject, parent=b.parent))
    return out


def _subject_enumerations(doc: Doc, bodies: list[BodyMention]) -> list[BodyMention]:
    """'các phòng Nội vụ, Giáo dục và Đào tạo, Tư pháp', 'Sở Tài chính, Y tế': subjects the
    language data knows, listed after a head's own subject, are bodies of that head too (with
    its place and parent)."""
    if not doc.lang.head_first:
        return bodies  # 'Departments of Justice, Health and Finance': _subject_list
    out, listed = [], set()
    for b in bodies:
        if b.start in listed:
            continue  # 'Công an' of 'các Bộ: Quốc phòng, Công an': the ministry's subject, not the police
        out.append(b)
        if _colon_list_head(doc, b):  # 'các Bộ: Quốc phòng, Công an, Giao thông vận tải'
            items = _known_subjects(doc, b.head_end + 1, b.entry)
            out += [_with_subject(doc, b, s, e) for s, e in items]
            listed.update(k for s, e in items for k in range(s, e))
            continue
        if not (b.entry.takes_subject and b.subject and doc.tags.at(b.head_end, "subject") is not None):
            continue
        j = b.end
        while doc.tok(j) is not None:
            # 'A, B và C': a comma first ('Bộ Văn hoá - Thể thao và Du lịch' is one ministry)
            k = j + 1 if doc.tokens[j].text == "," else doc.word_end(j, "and") if j > b.end else None
            known = doc.tags.at(k, "subject") if k is not None else None
            if known is None or doc.tags.at(k, "body") is not None \
                    or not doc.lang.subject_id(doc.span_text(k, known.end), b.entry):
                break
            out.append(_with_subject(doc, b, k, known.end))
            j = known.end
    return out


def _colon_list_head(doc: Doc, b: BodyMention) -> bool:
    """A plural head of no subject of its own before a colon: 'các Bộ: ...', 'Bộ trưởng các bộ: ...'."""
    colon = doc.tok(b.head_end)
    return b.entry.takes_subject and not b.subject and b.end == b.head_end and colon is not None \
        and colon.text == ":" and b.head_start > 0 and doc.is_word(b.head_start - 1, "generic")


def _known_subjects(doc: Doc, k: int, head) -> list[tuple[int, int]]:
    """The spans of the subjects of `head`'s kind listed from token k, joined by commas and
    'and' ('Quốc phòng, Công an, Giao thông vận tải và Y tế'); none unless at least two."""
    items = []
    while (known := doc.tags.at(k, "subject")) is not None and _subject_over_body(doc, known) \
            and doc.lang.subject_id(doc.span_text(k, known.end), head):
        items.append((k, known.end))
        k = known.end
        if doc.tok(k) is not None and doc.tokens[k].text == ",":
            k += 1
        k = doc.word_end(k, "and") or k
    return items if len(items) > 1 else []


def _subject_over_body(doc: Doc, known) -> bool:
    """No body name starts at a subject, or none longer than it ('Công an' is both)."""
    body = doc.tags.at(known.start, "body")
    return body is None or body.end <= known.end


def _with_subject(doc: Doc, b: BodyMention, start: int, end: int) -> BodyMention:
    """A body of b's head, place and parent whose subject is tokens [start, end) ('Tư pháp' of
    'các phòng Nội vụ, Tư pháp', 'Health' of 'Departments of Justice and Health')."""
    return BodyMention(start, end, *doc.span(start, end), entry=b.entry, head_start=b.head_start, head_end=b.head_end,
                       place=b.place, level=b.level, city=b.city, subject=doc.span_text(start, end), parent=b.parent)


def _distribute(doc: Doc, bodies: list[BodyMention]) -> None:
    """'City Party Committee - People's Council - People's Committee': the places and levels
    of the first body hold for the bodies joined to it by dashes."""
    for prev, b in zip(bodies, bodies[1:]):
        between = doc.text[prev.end_char:b.start_char].strip()
        if between in ("-", "–", "—") and b.place is None and not b.level and b.parent is None:
            b.place, b.level, b.city, b.unit_types = prev.place, prev.level, prev.city, prev.unit_types
        if _joined_by_and(doc, prev, b) and prev.place is None and not prev.level and prev.parent is None \
                and not prev.entry.national and (b.place is not None or b.level) and _usual_level_fits(prev, b):
            prev.place, prev.level, prev.city, prev.unit_types = b.place, b.level, b.city, b.unit_types  # 'the NA Delegation and the City Council'


def _usual_level_fits(b: BodyMention, other: BodyMention) -> bool:
    """`other`'s place is of the level b's kind usually stands at ('Sở Xây dựng và UBND huyện
    Long Thành': a department is a province's, not the district's)."""
    level = other.place.unit.level if other.place is not None and other.place.unit is not None else other.level
    return not b.entry.usual_level or level == b.entry.usual_level


def _share_with_title_chain(doc: Doc, bodies: list[BodyMention]) -> None:
    """'phó bí thư Đảng ủy, chủ tịch UBND xã Thanh Xuân': a body placed only by its own words
    (kg/lang/README.md, own_place_only) that has none is the commune's when the title chain goes
    on with a title of that commune's body. A commune's is the only level written so: higher
    ones have their own words ('Huyện ủy', 'Tỉnh ủy'), and a chain that goes on with a
    department, the police or a company names whose committee it is without placing it."""
    by_start = {b.start: b for b in bodies}
    for b in bodies:
        if not b.entry.own_place_only or b.place is not None or b.level or b.parent is not None:
            continue
        nxt = by_start.get(_title_after(doc, b.end))
        if nxt is None or nxt.parent is not None:
            continue
        if nxt.place is not None and nxt.place.unit.level == "commune" or nxt.place is None and nxt.level == "commune":
            b.place, b.level = nxt.place, nxt.level


def _title_after(doc: Doc, k: int) -> int:
    """Where the body of the title chained after token k starts (', chủ tịch UBND ...',
    ' - chủ tịch HĐND ...', ' kiêm chủ tịch ...'), or -1."""
    tok = doc.tok(k)
    if tok is None:
        return -1
    if tok.text in (",", "-", "–"):
        k += 1
    k = doc.word_end(k, "cum") or k
    role = doc.tags.at(k, "role")
    return role.end if role is not None else -1


def _joined_by_and(doc: Doc, a: BodyMention, b: BodyMention) -> bool:
    """Only 'and' (and articles) stand between bodies a and b."""
    between = range(a.end, b.start)
    return bool(between) and doc.is_word(a.end, "and") and all(
        doc.is_word(k, "and") or doc.is_word(k, "the") for k in between)


# --- resolving ----------------------------------------------------------------------------

def _salient_unit(doc: Doc, bodies: list[BodyMention]) -> Unit | None:
    """The unit the article talks about most: the home of bodies named without a place."""
    counts: Counter = Counter(m.unit for m in doc.places if not m.origin)
    for b in bodies:
        if b.level:
            unit = context_unit(doc, b.level, b.start, b.city, b.unit_types)
            if unit is not None:
                counts[unit] += 1
    if not counts:
        return doc.focus.get("province")
    best = max(counts.values())
    top = [u for u, c in counts.items() if c == best]
    rank = {"commune": 0, "district": 1, "province": 2}
    return min(top, key=lambda u: rank[u.level])


def _resolve(doc: Doc, b: BodyMention, salient: Unit | None) -> None:
    """Set b.unit, b.path and b.key (empty when the body cannot be told apart from others)."""
    if b.key or (b.plural and b.parent is None and b.place is None):
        return
    entry = b.entry
    subject = _subject_id(doc, b)
    if entry.needs_subject and not subject or entry.known_subject and not doc.lang.subject_id(b.subject, entry):
        return
    if _generic(doc, b):
        return
    segment = (entry.key or entry.id, subject)
    if entry.national and (b.place is not None or b.level):
        return  # 'Provincial Government', 'the Hanoi government': not the national one
    if b.generic:
        return
    if entry.needs_parent and b.parent is None:
        return  # 'the Office' of what?
    if b.parent is not None:
        _resolve(doc, b.parent, salient)
        if not b.parent.key:
            return
        b.unit, path = b.parent.unit, b.parent.path + (segment,)
    else:
        path = _implied_parents(doc, entry) + (segment,)
        if not b.national:
            b.unit = b.unit or _locality(doc, b, salient)
            if b.unit is None:
                return
    b.path = path
    b.type = type_of(doc.lang, path)
    b.key = body_key(b.unit, path)


def _locality(doc: Doc, b: BodyMention, salient: Unit | None) -> Unit | None:
    if b.place is not None:
        _fit_level(doc, b)
        return b.place.unit
    if b.level:
        return context_unit(doc, b.level, b.start, b.city, b.unit_types)
    if b.entry.level:
        return context_unit(doc, b.entry.level, b.start, b.entry.city, b.entry.unit_types, any_city=b.entry.city)
    if b.entry.needs_place or b.entry.own_place_only or _attributive(doc, b):
        return None
    if b.entry.usual_level == "district" and b.subject and not doc.lang.subject_id(b.subject, b.entry):
        return None  # 'phòng Tham mưu' (of the police), 'Phòng CSGT đường bộ': no district department we know
    if b.entry.usual_level:
        return context_unit(doc, b.entry.usual_level, b.start)
    b.by_context = True
    if salient is None or salient.level == "province":  # not over a district or commune the article is about
        return _province_before_in_sentence(doc, b.start) or salient
    return salient


def _province_before_in_sentence(doc: Doc, k: int) -> Unit | None:
    """The province named last before token k in its sentence, not as where someone comes from
    nor in a list of several: a body named with no place there is of it, not of the article's
    most named unit ('two officials from Vinh Phuc province, in the north: Party Chief X and
    Chairman of People's Committee Y', in a story mostly about Quang Ngai)."""
    provinces = doc.memo.get("named_provinces")
    if provinces is None or provinces[0] is not doc.places:  # once per article: asked for every body placed by context
        named = sorted((m for m in doc.places if m.unit is not None and m.unit.level == "province" and not m.origin),
                       key=lambda m: m.start)
        provinces = doc.memo["named_provinces"] = (doc.places, named, [m.start for m in named])
    _, named, starts = provinces
    first = doc.sentences[doc.sentence_of(k)][0]
    before = [m for m in named[bisect_left(starts, first):bisect_left(starts, k)] if m.end <= k]
    if not before or len({m.unit.id for m in before}) > 1:
        return None  # several provinces: which one is unsaid
    return before[-1].unit


def _fit_level(doc: Doc, b: BodyMention) -> None:
    """A body whose name fixes its level reads its untyped place at that level: 'Tỉnh uỷ Khánh
    Hoà' is the province, though an article about Ninh Bình has a commune Khánh Hòa; of
    several, the one in the province of the unit first read ('Huyện uỷ Chợ Mới' of An Giang). A
    city's body is of a city of either level: 'Thành uỷ Hải Dương' is the city's, not the province's."""
    level, place, gaz, types = b.entry.level, b.place, doc.gazetteer, b.entry.unit_types

    def fits(u) -> bool:
        return (u.level == level or b.entry.city and u.level == "district") and (not types or u.type in types)
    if not level or place.unit is None or fits(place.unit) or place.levels:
        return
    fit = [u for u in place.candidates if fits(u)]
    if fit:
        province = gaz.province_of(place.unit).id
        place.unit = max(fit, key=lambda u: (gaz.province_of(u).id == province, u.era == place.unit.era))


def _attributive(doc: Doc, b: BodyMention) -> bool:
    """'People's Council affairs', 'Party Committee work': a name used as a modifier."""
    return doc.is_word(b.end, "attributive")


def _subject_id(doc: Doc, b: BodyMention) -> str:
    if b.entry.subject:
        return b.entry.subject
    if not b.subject:
        return ""
    return doc.lang.subject_id(b.subject, b.entry) or "-".join(squash(w) for w in b.subject.split() if squash(w))


def _generic(doc: Doc, b: BodyMention) -> bool:
    """'all People's Committees', 'relevant departments', 'People's Councils at all levels',
    'các Sở Giao thông' (a plural word that is also an article: every province's department,
    unless a list goes on after it: 'các Sở Y tế, Giáo dục', 'các Bộ Tài chính, Xây dựng')."""
    k = b.start - 1
    if k >= 0 and not b.implied and doc.is_word(k, "the") and doc.is_word(k, "generic") and b.place is None \
            and not _list_goes_on(doc, b.end):
        return True
    while k >= 0 and (doc.is_word(k, "the") or _ORDINAL.match(doc.tokens[k].text)):
        k -= 1
    if b.implied and k >= 0 and doc.is_word(k, "number_words"):
        return False  # 'the two Deputy Secretaries of Thai Nguyen': a title's count is of persons
    generic_after = doc.is_word(b.end, "generic_after") and not doc.is_word(b.end, "not_generic_after")
    return k >= 0 and doc.is_word(k, "generic") or generic_after or _counted_units(doc, b)


def _counted_units(doc: Doc, b: BodyMention) -> bool:
    """A head-first body followed by a count and a level word is the bodies of that many units
    ('UBND 24 quận huyện', each district's committee), not the one of the place in context."""
    if not doc.lang.head_first or b.place is not None or b.end != b.head_end:
        return False
    count = doc.tok(b.end)
    if count is None or not (count.is_digit or doc.is_word(b.end, "number_words")):
        return False
    return doc.level_word(doc.word_end(b.end, "number_words") or b.end + 1) is not None


def _list_goes_on(doc: Doc, k: int) -> bool:
    """A list goes on at token k: ', Giáo dục', 'và Đào tạo', ', Bộ Xây dựng'; not with a
    level word ('các UBND tỉnh, TP liên quan' are every province's and city's)."""
    tok = doc.tok(k)
    if tok is None or not (tok.text in ",;" or doc.is_word(k, "and")):
        return False
    nxt = doc.word_end(k, "and") or k + 1
    return doc.level_word(nxt) is None or any(p.start == nxt for p in doc.places_at(nxt))


def _implied_parents(doc: Doc, entry: BodyEntry) -> tuple:
    """The bodies an entry belongs to when the text names none (a department, the People's Committee)."""
    chain, seen = [], set()
    parent_id = entry.parent
    while parent_id and parent_id not in seen:
        seen.add(parent_id)
        parent = doc.lang.bodies.get(parent_id)
        if parent is None:
            break
        chain.append((parent.key or parent.id, parent.subject))
        parent_id = parent.parent
    return tuple(reversed(chain))


def type_of(lang, path: tuple) -> str:
    """The organization type of the body at the end of `path`."""
    parent_type = None
    for key, subject in path:
        entry = lang.entry_for(key, subject)
        parent_type = entry.type_under(parent_type) if entry else "other"
    return parent_type or "other"


def body_key(unit: Unit | None, path: tuple) -> str:
    """'31/peoples-committee/department/home-affairs', 'politburo'."""
    segments = [f"{k}/{s}" if s else k for k, s in path]
    return "/".join(([unit.id] if unit is not None else []) + segments)
