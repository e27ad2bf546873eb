"""Localities: names found with the gazetteer, typed by the words around them, resolved to units.

A name is kept when a type word stands by it ("Kien An District", "Provinsi Dak Nong"),
when it is a province, or when the article types it elsewhere. Among same-named units the
resolver prefers the one whose type fits, that lies in the article's province, that is
of the article's era (before or after 1 July 2025), and whose parents the article names.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache
from bisect import bisect_left
from itertools import compress, count, pairwise, takewhile
from operator import attrgetter, or_
from urllib.parse import urlsplit

from ..doc import Doc, PlaceMention
from ..gazetteer import CURRENT, LEGACY, REFORM, Gazetteer, Unit
from ..lang import Language
from ..lang.language import PlaceTypeEntry
from ..text import squash

_SYLLABLE = re.compile(r"^[^\W\d_]{1,7}$")  # a Vietnamese syllable: one short word
LEVEL_RANK = {"province": 2, "district": 1, "commune": 0}
_IS_TITLE, _IS_UPPER = attrgetter("is_title"), attrgetter("is_upper")


def find_places(doc: Doc) -> None:
    """Fill doc.places with resolved locality mentions and doc.focus with the article's units."""
    mentions = _name_mentions(doc)
    _type_lists(doc, mentions)
    typed = _typed_keys(mentions)
    mentions = [m for m in mentions if _plausible(doc, m, typed)]
    votes = _province_votes(doc, mentions)
    if doc.article.date is None:
        doc.memo["inferred_era"] = _inferred_era(mentions) or _era_of_years(doc.text)
    for m in mentions:
        if m.typed and m.successors and m.candidates:
            _prefer_former_name(doc, m, votes)
    typed, key_counts = _typed_keys(mentions), Counter(m.key for m in mentions)
    for m in mentions:
        if m.typed or m.key not in typed:
            m.unit = _choose(doc, m, votes, key_counts)
    _place_unknown(doc, mentions, votes)
    _corefer_untyped(doc, mentions)
    doc.places = [m for m in mentions if m.unit is not None]
    _mark_origins(doc)
    doc.focus = _focus(doc, votes)
    for m in doc.places:  # 'Chairman of An Giang ...': a place's first word is no article ('an')
        doc.tags.drop(m.start, "word:the")


ORIGIN_GAP = 2  # tokens between an origin word and its place ('quê ở', 'native of the')


def _mark_origins(doc: Doc) -> None:
    """Mark the places someone comes from: the place right after an origin word ('quê',
    'native of') and the places joined to it by commas or dashes ('quê huyện Xuân Trường,
    tỉnh Nam Định'). A bare 'Tỉnh uỷ' after them is not theirs (context_unit)."""
    starts = {m.start: m for m in doc.places}
    for w in doc.tags.all("word:origin"):
        described = doc.past_epithet(doc.word_end(w.end, "the") or w.end)  # 'born in the northern province of X'
        m = starts.get(described) or next((starts[k] for k in range(w.end, w.end + ORIGIN_GAP + 1) if k in starts), None)
        while m is not None:
            m.origin = True
            k = m.end
            if doc.tok(k) is None or doc.tokens[k].text not in ",-–":
                break
            m = starts.get(k + 1)


# --- finding names -----------------------------------------------------------------------

@cache
def _other_names(lang: Language, gaz: Gazetteer) -> dict[str, list[Unit]]:
    """Exonyms and former names of the language data, by squashed form."""
    index: dict[str, list[Unit]] = {}
    for entry in lang.place_names:
        units = gaz.named(entry.name, entry.code)
        for form in entry.forms:
            index.setdefault(squash(form), []).extend(units)
    return index


@cache
def _name_keys(lang: Language, gaz: Gazetteer) -> tuple[frozenset[str], frozenset[str]]:
    """Every key a run of name tokens can match (gazetteer names, former names, the language
    data's exonyms), and every prefix of those keys: a run whose key so far is no prefix
    cannot grow into a name, so _longest_name stops reading it there."""
    keys = gaz.keys() | frozenset(_other_names(lang, gaz))
    return keys, frozenset(k[:j] for k in keys for j in range(len(k) + 1))


_SQUASHED: dict[str, str] = {}


def _squashed(piece: str) -> str:
    """squash() of one token's text, once per string: a run's key is its tokens' keys joined
    (squash drops the spaces and hyphens between them)."""
    key = _SQUASHED.get(piece)
    if key is None:
        if len(_SQUASHED) > 1 << 18:
            _SQUASHED.clear()
        key = _SQUASHED[piece] = squash(piece)
    return key


def _is_name_token(doc: Doc, i: int) -> bool:
    if not 0 <= i < len(doc.tokens):
        return False
    tok = doc.tokens[i]
    return tok.is_word and (tok.is_title or tok.is_upper)


def _name_mentions(doc: Doc) -> list[PlaceMention]:
    gaz, tokens = doc.gazetteer, doc.tokens
    other = _other_names(doc.lang, gaz)
    names, prefixes = _name_keys(doc.lang, gaz)
    # only a capitalised word, or a type word ('quận 1'), starts a place
    capitalised = compress(count(), map(or_, map(_IS_TITLE, tokens), map(_IS_UPPER, tokens)))
    found: list[PlaceMention] = []
    end = 0
    credits = _credits(doc)
    for i in sorted(set(capitalised).union(doc.tags.starts("place_type"))):
        if i < end or i in credits:
            continue  # inside the mention found last
        m = _numbered(doc, i) or _longest_name(doc, i, other, names, prefixes) or _unknown_typed(doc, i)
        if m is not None and _road_name(doc, m):
            end = m.end  # 'đường Hồ Chí Minh', 'Ho Chi Minh Highway': a road's name, no place
        elif m is not None:
            found.append(m)
            end = m.end
    return found


def _road_name(doc: Doc, m: PlaceMention) -> bool:
    """The mention names a road: a road word before it where names follow their head
    ('đường Hồ Chí Minh'), after it where they come first ('Ho Chi Minh Highway')."""
    if doc.lang.head_first:
        return m.start > 0 and any(doc.word_end(j, "road") == m.start for j in range(max(0, m.start - 3), m.start))
    return doc.word_end(m.end, "road") is not None


CREDIT_TOKENS = 6  # 'Ảnh: NGUYỄN VĂN A/TTXVN'


def _credits(doc: Doc) -> set[int]:
    """The tokens of caption credits, after a credit word and a colon: the rest of the line
    when it is short ('- Ảnh: H.KHOA', 'Photo: VNA'), else the upper-case words (a caption
    glued to the next paragraph: 'Ảnh: TIẾN THẮNGÔng Đàm Văn Khánh - chủ tịch UBND xã ...')."""
    tokens, found = doc.tokens, set()
    for i, m in doc.tags.word_starts("credit").items():
        k = m.end
        if k >= len(tokens) or tokens[k].text != ":" or not tokens[i].is_title:  # not '... hình ảnh: ...'
            continue
        line_end = doc.text.find("\n", tokens[k].end)
        line_end = len(doc.text) if line_end < 0 else line_end
        rest = [j for j in range(k + 1, min(len(tokens), k + 2 + CREDIT_TOKENS)) if tokens[j].start < line_end]
        if len(rest) > CREDIT_TOKENS:  # a long line: the credit is its upper-case words
            rest = list(takewhile(lambda j: tokens[j].text.isupper() or tokens[j].text in "./-", rest))
        found.update(rest)
    return found


def _longest_name(doc: Doc, i: int, other: dict, names: frozenset[str], prefixes: frozenset[str]
                  ) -> PlaceMention | None:
    tokens, tags = doc.tokens, doc.tags
    tok = tokens[i]
    if not (tok.is_word and (tok.is_title or tok.is_upper)) or tags.at(i, "place_type") or tags.at(i, "body"):
        return None  # 'Phường' at the start of a sentence, 'Đảng bộ', 'Thành ủy' start no name
    # the run of name tokens from i, with the hyphens inside names ("Bà Rịa - Vũng Tàu"),
    # as long as its key can still become a name's
    key = _squashed(tok.text)
    if key not in prefixes:
        return None
    gaz = doc.gazetteer
    run, keys = [i], [key]
    k, n, longest = i + 1, len(tokens), gaz.max_words + 2
    while len(run) < longest and k < n:
        nxt = k
        tok = tokens[k]
        if not (tok.is_word and (tok.is_title or tok.is_upper)):
            if tok.text in "-\u2013" and _is_name_token(doc, k + 1):
                nxt = k + 1
            elif tok.text in "'\u2019" and doc.tok(k + 1) is not None and doc.tokens[k + 1].is_word:
                nxt = k + 1  # 'M'Đrắk', 'Đắk R’tíh', 'Đắk R ’ tíh': an apostrophe inside the name
            elif not (tok.text.isdigit() and key + tok.text in prefixes):
                break  # a number ends a name only where the gazetteer has one: 'phường Mỹ Đình 1'
        key += _squashed(tokens[nxt].text)
        if key not in prefixes:
            break
        run.append(nxt)
        keys.append(key)
        k = nxt + 1
    if names.isdisjoint(keys):
        return None  # no name along the run
    # 'Bà' (Mrs) starts a name only after a type word or in a hyphenated one: 'tỉnh Bà Rịa - Vũng Tàu'
    honorific = doc.is_word(i, "honorifics") and not _after_type_word(doc, i)
    for last, key in zip(reversed(run), reversed(keys)):
        if key not in names or honorific and last - i == run.index(last):
            continue  # after 'Bà', only a name with a hyphen inside ('Bà Rịa - Vũng Tàu', not 'Bà Điểm')
        written = doc.span_text(i, last + 1)
        exonym = other.get(key, [])
        same = _same_letters(doc, written, gaz.lookup(key))  # 'Đăk Nông' is a commune, and an old spelling
        units = same + [u for u in exonym if u not in same]   # of the province Đắk Nông
        successors = gaz.formerly_named(key)  # also beside units: 'huyện Quảng Uyên' is no township
        if units or successors:
            m = _mention(doc, i, last + 1, units)
            m.successors = successors
            if exonym and any(doc.tags.at(k, "place_type") for k in range(i, last + 1)):
                m.levels = tuple(sorted({u.level for u in units}))  # 'HCM City': the type is in the name
                m.unit_types = tuple(sorted({u.type for u in units}))
            return _typed(doc, m)
    return None


def _after_type_word(doc: Doc, i: int) -> bool:
    """A place type word ends right before token i ('tỉnh Bà Rịa', 'xã Bà Điểm')."""
    return any((t := doc.tags.at(j, "place_type")) is not None and t.end == i for j in range(max(0, i - 3), i))


# Vietnamese tone marks (grave, acute, tilde, hook above, dot below): 'Hoá' and 'Hóa' differ
# only in where the tone is written; the other marks make other letters ('ă', 'ô').
_TONES = "\u0300\u0301\u0303\u0309\u0323"


@cache
def _letters(text: str) -> tuple[str, str]:
    """Letters without tones (đ as d: gazetteers write 'Cư Drăm' for 'Cư Đrăm'), and the
    tones in order: 'Thừa Thiên - Huế' -> ('thưathiênhuê', grave, acute)."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    tones = "".join(c for c in decomposed if c in _TONES)
    letters = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return "".join(c for c in letters if c.isalpha()), tones


def _same_letters(doc: Doc, written: str, units: list[Unit]) -> list[Unit]:
    """In a language written with diacritics, the units whose name has the letters and tones
    written: 'Đảng' is not the commune Dang, 'Lăng' not the ward Láng, 'Còn' not Cồn. Text
    written without any diacritics ('Ha Noi') matches on its letters alone."""
    if not units or not doc.lang.match_diacritics or written.isascii():
        return units
    letters = _letters(written)
    return [u for u in units if _letters(u.name) == letters]


def _numbered(doc: Doc, i: int) -> PlaceMention | None:
    """'District 1', 'Quận 1', 'Ward 5': a type word and a number, on one line (not '... of
    the province' and the next item's '4.')."""
    t = doc.tags.at(i, "place_type")
    num = doc.tok(t.end) if t else None
    if not t or t.entry.adjective or num is None or not num.is_digit or doc.sentence_of(t.end) != doc.sentence_of(i):
        return None
    units = [u for vi_type in t.entry.unit_types for u in doc.gazetteer.lookup(squash(f"{vi_type} {num.text}"))]
    # named with the full type word: 'Q. 2' is 'Quận 2'
    name = f"{t.entry.unit_types[0]} {num.text}" if t.entry.unit_types else f"{doc.tokens[i].text} {num.text}"
    m = _mention(doc, i, t.end + 1, units, name=name)
    m.levels, m.unit_types = t.entry.levels, t.entry.unit_types
    return m


def _unknown_typed(doc: Doc, i: int) -> PlaceMention | None:
    """A name the gazetteer lacks but a district or commune type word vouches for."""
    if doc.lang.head_first and _type_before(doc, i, unknown=True) is None:
        return None  # asked first: most capitalised words have no type word before them
    run_end = i
    while run_end < len(doc.tokens) and run_end - i < 4 and _is_name_token(doc, run_end) \
            and _SYLLABLE.match(doc.tokens[run_end].text) and not _lexical(doc, run_end):
        run_end += 1
    if run_end == i:
        return None
    if run_end - i >= 3 and doc.tags.at(i, "family_name"):
        return None  # 'Chủ tịch quận Nguyễn Văn Dũng': a full name the gazetteer does not know is the holder's
    t = _type_before(doc, i, unknown=True) if doc.lang.head_first else doc.tags.at(run_end, "place_type")
    if t is None or t.entry.adjective or "province" in t.entry.levels:
        return None
    if not doc.lang.vietnamese(doc.span_text(i, run_end)):
        return None  # 'Qiaotou District'
    m = _mention(doc, i, run_end, [])
    return _typed(doc, m)


def _lexical(doc: Doc, i: int) -> bool:
    """Whether token i starts a word the lexicon knows (a title, a body, a type word...)."""
    return any(doc.tags.at(i, c) for c in ("role", "body", "place_type", "doc_type", "month")) or \
        doc.is_word(i, "honorifics") or doc.is_word(i, "the") or doc.is_word(i, "of")


def _mention(doc: Doc, start: int, end: int, units: list[Unit], name: str | None = None) -> PlaceMention:
    s, e = doc.span(start, end)
    name = name or doc.text[s:e]
    return PlaceMention(start, end, s, e, key=squash(name), name=name, candidates=list(units),
                        era_hint=_era_hint(doc, start, end))


def _type_before(doc: Doc, start: int, unknown: bool = False):
    """The type word that ends right before token `start` ('huyện', 'TP.'), if one does; for a
    name the gazetteer lacks (`unknown`), not an abbreviation that a line break ends."""
    types = doc.tags.starts("place_type")
    for k in range(max(0, start - 3), start):
        t = types.get(k)
        if t and t.end == start and not _stray_abbreviation(doc, t.start, start, unknown):
            return t
    return None


def _stray_abbreviation(doc: Doc, k: int, name: int, unknown: bool) -> bool:
    """An abbreviated type word ('H.', 'TP.') in lower case types nothing ('80 km/h.'), nor, before
    a name the gazetteer lacks, one a line break ends: a sentence that ends 'UBND TP.' is
    followed by 'Theo ông X, ...', not a district 'Theo' (the archive breaks lines after
    'TP.' before known names too: 'TP.' / 'Nha Trang')."""
    if doc.tokens[name - 1].text != ".":
        return False
    return not (doc.tokens[k].is_title or doc.tokens[k].is_upper) or unknown and doc.opens_line(name)


def _typed(doc: Doc, m: PlaceMention) -> PlaceMention:
    """Attach the type word next to the name; a noun type word joins the mention's span."""
    after = doc.tags.at(m.end, "place_type")
    before = _type_before(doc, m.start)
    order = (before, after) if doc.lang.head_first else (after, before)
    for t in order:
        if t is None:
            continue
        _set_type(m, t.entry)
        if not t.entry.adjective:
            m.start, m.end = min(m.start, t.start), max(m.end, t.end)
            m.start_char, m.end_char = doc.span(m.start, m.end)
        break
    else:
        of = _type_of_before(doc, m.start)
        if of is not None:  # 'the province of Dong Thap': typed, the name's span its own
            _set_type(m, of.entry)
    return m


def _type_of_before(doc: Doc, start: int):
    """Word-first languages: a singular type word and 'of' right before token `start` ('the
    province of Dong Thap', 'the city of Hue')."""
    if doc.lang.head_first or start < 2 or doc.word_end(start - 1, "of") != start:
        return None
    t = _type_before(doc, start - 1)
    if t is None or doc.tags.at(t.start, "place_type_plural") or (before := doc.tok(t.start - 1)) is not None \
            and before.is_word and before.is_title:
        return None  # 'Kien An District of Hai Phong': the type word is Kien An's
    return t


def _set_type(m: PlaceMention, entry: PlaceTypeEntry) -> None:
    m.levels, m.unit_types = entry.levels, entry.unit_types


def _era_hint(doc: Doc, start: int, end: int) -> str:
    """'old Quang Nam Province', 'Tam Ky City (old)', 'the new Ban Thach Ward'."""
    for k in (start - 1, start - 2, end + 1):
        if doc.is_word(k, "former"):
            return LEGACY
        if doc.is_word(k, "new"):
            return CURRENT
    return ""


def _type_lists(doc: Doc, mentions: list[PlaceMention]) -> None:
    """Give the type of a plural type word to every name of its list.

    'Thanh Khe, Lien Chieu, and Hai Chau districts', 'Thai Nguyen and Bac Kan provinces',
    'communes and wards: Hop Tien, Tran Nhan Tong, ...', 'các quận Ba Đình, Đống Đa'.
    """
    by_start = {m.start: m for m in mentions}
    by_end = {m.end: m for m in mentions}
    for m in mentions:
        if m.typed and not m.listed and doc.tags.at(m.end - 1, "place_type_plural") is None \
                and not any(doc.tags.at(k, "place_type_plural") for k in range(m.start, m.end)):
            continue
        if m.typed and not m.listed:
            prev = _list_neighbour(doc, m.start, by_end, backwards=True)
            while prev is not None and not prev.typed:
                prev.levels, prev.unit_types, prev.listed = m.levels, m.unit_types, True
                prev = _list_neighbour(doc, prev.start, by_end, backwards=True)
    for t in _plural_types(doc):
        k, levels, unit_types = t.end, set(t.entry.levels), set(t.entry.unit_types)
        while doc.is_word(k, "and") or doc.tok(k) is not None and doc.tokens[k].text == ",":
            nxt = doc.tags.at(k + 1, "place_type")
            if not nxt:
                break
            levels |= set(nxt.entry.levels)
            unit_types |= set(nxt.entry.unit_types)
            k = nxt.end
        if "province" in levels and k > t.end:
            levels = {"province"}  # 'các tỉnh, thành phố': the cities a province is listed with are provinces too
        intro = doc.word_end(k, "list_intro")
        if intro is not None:
            item = by_start.get(intro)
        elif doc.lang.head_first and (by_start.get(k) or by_start.get(t.start)) is not None:
            first = by_start.get(k) or by_start.get(t.start)  # 'các quận Ba Đình, Đống Đa, Hoàn Kiếm'
            item = _list_neighbour(doc, first.end, by_start, backwards=False)
        else:
            continue
        while item is not None and not item.typed:
            item.levels, item.unit_types, item.listed = tuple(sorted(levels)), tuple(sorted(unit_types)), True
            item = _list_neighbour(doc, item.end, by_start, backwards=False)
    if doc.lang.head_first:
        _type_closed_lists(doc, by_start)


def _type_closed_lists(doc: Doc, by_start: dict) -> None:
    """A singular type word before a list that 'and' closes types every name of it that can be
    of its level: 'UBND quận Ba Đình và Đống Đa', 'Distrik M'Drak, Krong Bong, dan Ea Kar' name
    two and three districts (not 'huyện Krông Bông, Đắk Lắk': the province closes no list)."""
    for t in doc.tags.all("place_type"):
        first = by_start.get(t.start) or by_start.get(t.end)
        if len(t.entry.levels) != 1 or first is None or not first.typed:
            continue  # not 'TP. Cần Thơ, Đồng Tháp và Cà Mau': a city of either level, then provinces
        items, item = [], _list_neighbour(doc, first.end, by_start, backwards=False)
        while item is not None and not item.typed and any(c.level in t.entry.levels for c in item.candidates) \
                and not _is_name_token(doc, item.end):  # not 'thị trấn Đắk Mâm và Đinh Văn Phong': a man
            items.append(item)
            item = _list_neighbour(doc, item.end, by_start, backwards=False)
        if items and doc.is_word(items[-1].start - 1, "and"):
            for item in items:
                item.levels, item.unit_types, item.listed = tuple(sorted(t.entry.levels)), tuple(sorted(t.entry.unit_types)), True


def _plural_types(doc: Doc) -> list:
    """Plural type words ('các quận') and, in head-first languages, type words after a count
    ('hai huyện Thới Bình và Cái Nước', '2 xã La Ngà, Phú Ngọc'): both open a list of names."""
    plural = list(doc.tags.all("place_type_plural"))
    if doc.lang.head_first:
        plural += [t for t in doc.tags.all("place_type") if t.entry.levels and _count_before(doc, t.start)]
    # 'Ketua Komite Rakyat provinsi dan kota: Cao Bang, Lao Cai, ...': a colon list makes a type word plural
    plural += [t for t in doc.tags.all("place_type") if t.entry.levels and colon_after_levels(doc, t.end) is not None]
    return plural


def colon_after_levels(doc: Doc, k: int) -> int | None:
    """The colon that ends the level words ending at token k, past more of them joined by commas,
    slashes or 'and' ('các tỉnh, thành phố:', 'provinsi dan kota:', 'provinces and cities:'); None
    when no colon follows them."""
    while doc.tok(k) is not None and (doc.tokens[k].text in ",/" or doc.is_word(k, "and")):
        other = doc.level_word(doc.word_end(k, "and") or k + 1)
        if other is None:
            break
        k = other.end
    return k if doc.tok(k) is not None and doc.tokens[k].text == ":" else None


def _count_before(doc: Doc, k: int) -> bool:
    """A count stands right before token k; not the last number of an address ('LK 6,7,10,11 phường X')."""
    if doc.is_word(k - 1, "number_words"):
        return True
    if k < 1 or not doc.tokens[k - 1].is_digit:
        return False
    return not (k >= 3 and doc.tokens[k - 2].text == "," and doc.tokens[k - 3].is_digit)


def _list_neighbour(doc: Doc, at: int, index: dict, backwards: bool) -> PlaceMention | None:
    """The mention one ', ' or ' and ' away from token `at` in a list."""
    step = -1 if backwards else 1
    k = at - 1 if backwards else at
    seps = 0
    while 0 <= k < len(doc.tokens) and seps < 3 and (doc.tokens[k].text == "," or doc.is_word(k, "and")):
        k += step
        seps += 1
    if seps == 0:
        return None
    return index.get(k + 1) if backwards else index.get(k)


def _typed_keys(mentions: list[PlaceMention]) -> set[str]:
    """The names the article types somewhere (a set, so that asking per mention stays linear)."""
    return {o.key for o in mentions if o.typed}


def _plausible(doc: Doc, m: PlaceMention, typed_keys: set[str]) -> bool:
    """A bare district or commune name is a place only when the article types it elsewhere."""
    if m.typed or any(c.level == "province" for c in m.candidates):
        return True
    if doc.tags.at(m.end, "body"):  # "the Kien An People's Committee"
        return True
    if doc.lang.head_first and m.start in doc.body_head_ends and m.end - m.start > 1 \
            and not any(b.end == m.start and b.entry.takes_subject for b in doc.body_heads):
        return True  # 'Huyện ủy Yên Lập'; not what a board manages ('Ban Quản lý Lăng Chủ tịch Hồ Chí Minh'),
        # nor one syllable that goes on a word ('Đảng uỷ Tư lệnh': the command's Party committee)
    return m.key in typed_keys


# --- resolving --------------------------------------------------------------------------

def _corefer_untyped(doc: Doc, mentions: list[PlaceMention]) -> None:
    """'Kien An District ... Kien An will focus': a bare name is the unit typed elsewhere,
    unless that unit is the city of the province of that name: news write the city with its
    type, and a bare 'Yên Bái' beside 'TP. Yên Bái' is the province ('Giám đốc sở TN & MT Yên Bái')."""
    typed: dict[str, Counter] = {}
    for o in mentions:
        if o.typed and o.unit is not None:
            typed.setdefault(o.key, Counter())[o.unit] += 1
    for m in mentions:
        if m.unit is None and not m.typed and m.key in typed:
            unit = typed[m.key].most_common(1)[0][0]
            province = doc.gazetteer.province_of(unit)
            m.unit = province if unit.level != "province" and squash(province.name) == m.key else unit


NEXT_LEVELS = {"province": ("district",), "district": ("province", "commune"), "commune": ("district",)}


def _fitting(m: PlaceMention) -> list[Unit]:
    """Candidates whose level and type fit the type word, else those a level away ('Distrik
    An Cuu' translates 'phường An Cựu', a ward); never two levels away ('tỉnh Vĩnh Phú', the
    province of 1968-1996, is not the commune Vĩnh Phú)."""
    if not m.typed:
        return m.candidates
    exact = [u for u in m.candidates if u.level in m.levels and (not m.unit_types or u.type in m.unit_types)]
    return exact or [u for u in m.candidates if u.level in m.levels] \
        or [u for u in m.candidates if any(u.level in NEXT_LEVELS.get(level, ()) for level in m.levels)]


def _relaxed(m: PlaceMention) -> bool:
    """The type word fits none of the candidates: the mention was matched on its name alone."""
    return m.typed and not any(u.level in m.levels for u in m.candidates)


def _article_era(doc: Doc) -> str:
    d = doc.article.date
    return doc.memo.get("inferred_era", "") if d is None else (LEGACY if d < REFORM else CURRENT)


def _inferred_era(mentions: list[PlaceMention]) -> str:
    """An undated article's era, from the names it uses that only one era has: a district, or
    a province merged away in 2025 ('Quảng Bình'), is before the reform; a commune made in
    2025 after it. '' when the names say nothing or disagree as much one way as the other."""
    votes = Counter()
    for m in mentions:
        eras = {u.era for u in _fitting(m)}
        if len(eras) == 1:
            votes[eras.pop()] += 1
    if votes[LEGACY] > votes[CURRENT]:
        return LEGACY
    return CURRENT if votes[CURRENT] > votes[LEGACY] else ""


_YEAR = re.compile(r"(?<![\d.,])(19[4-9]\d|20\d\d)(?![\d/.,]\d|/)")  # not inside a number or a document's number


def _era_of_years(text: str) -> str:
    """An undated article whose names say nothing of its era is before the reform when it
    writes years and none from 2025 on ('năm 2019', '13/12/2018'); plans and terms that reach
    past it ('giai đoạn 2021-2025', 'đến năm 2030') leave it undecided."""
    years = [int(y) for y in _YEAR.findall(text)]
    if years and max(years) < REFORM.year:
        return LEGACY
    return ""


def _province_votes(doc: Doc, mentions: list[PlaceMention]) -> Counter:
    """How strongly the article is about each province: its names, its units, its address."""
    gaz, votes, typed = doc.gazetteer, Counter(), _typed_keys(mentions)
    for m in mentions:
        if _relaxed(m) or not m.typed and m.key in typed:
            continue  # a name matched across levels, or the bare repeat of a typed one, is no evidence
        fitting = _fitting(m)
        if not m.typed and any(u.level == "province" for u in fitting):
            fitting = [u for u in fitting if u.level == "province"]  # a bare province name means the province
        if m.typed:  # a unit of that level that bore the name before is as likely ('phường Văn Miếu')
            fitting = fitting + [u for u in m.successors if u.level in m.levels]
        provinces = {gaz.province_of(u).id for u in fitting}
        if len(provinces) == 1:
            (pid,) = provinces
            weight = 3 if any(u.level == "province" for u in fitting) else 2
            votes[pid] += 0.5 if _is_dateline(doc, m) else weight
        else:
            for pid in sorted(provinces):  # in one order whatever the hash seed: ties go to the first
                votes[pid] += 0.1
    for unit in address_units(doc):
        votes[gaz.province_of(unit).id] += 1.5
    return votes


def _is_dateline(doc: Doc, m: PlaceMention) -> bool:
    """'HÀ NỘI — The Politburo ...', 'Hanoi (VNA) – ...': where the report was filed."""
    line_start = doc.text.rfind("\n", 0, m.start_char) + 1
    before = doc.text[line_start:m.start_char]
    after = doc.text[m.end_char:m.end_char + 12].lstrip()
    return len(before) < 24 and (after[:1] in "—–-" or after.startswith("("))


def _choose(doc: Doc, m: PlaceMention, votes: Counter, key_counts: Counter) -> Unit | None:
    """The unit `m` names; `key_counts` counts the article's place mentions by name (m's included)."""
    candidates = _fitting(m)
    if _relaxed(m):  # 'Datong County' is no Vietnamese commune unless the article is in its province
        candidates = [u for u in candidates if votes[doc.gazetteer.province_of(u).id] >= 1.5]
    if not candidates:
        return None
    gaz = doc.gazetteer
    era = m.era_hint or _article_era(doc)
    written = doc.span_text(m.start, m.end)

    def named(key: str) -> bool:  # another mention has this name
        return key_counts[key] > (key == m.key)

    def score(u: Unit):
        ancestors = gaz.ancestors(u)
        return (
            votes[gaz.province_of(u).id],
            0 if m.typed else LEVEL_RANK[u.level],
            sum(named(squash(a.name)) for a in ancestors),  # 'phường 12' of the 'quận 5' named, not any of the city's
            (u.era == era) if era else (u.era == CURRENT),
            u.name in written,
        )
    return max(candidates, key=score)


def _prefer_former_name(doc: Doc, m: PlaceMention, votes: Counter) -> None:
    """A typed name that a unit of that level bore before it merged or was renamed, rather
    than a unit of another level ('huyện Quảng Uyên', merged into Quảng Hòa, not the township
    Quảng Uyên) or of a province the article is less about ('huyện Kỳ Sơn' of Hòa Bình, not
    of Nghệ An): the mention then keeps only the units that took the name over."""
    gaz = doc.gazetteer
    former = [u for u in m.successors if u.level in m.levels]
    if not former:
        return

    def strongest(units: list[Unit]) -> float:
        return max((votes[gaz.province_of(u).id] for u in units), default=-1.0)
    if strongest(former) > strongest([u for u in m.candidates if u.level in m.levels]):
        m.candidates, m.successors = [], former


def _place_unknown(doc: Doc, mentions: list[PlaceMention], votes: Counter) -> None:
    """A typed name the gazetteer lacks becomes a unit under the unit the article places it in.

    A former name ('Trai Chuoi', merged into Thuong Ly in 2019) keeps its own identity,
    under the parent of the unit that took it over.
    """
    for m in mentions:
        if m.unit is not None or m.candidates:
            continue
        # a successor of a level the type word allows: 'tỉnh Vân Nam' (Yunnan) is no former commune Vân Nam
        levels = m.levels if m.typed else _head_levels(doc, m.start)  # 'tỉnh uỷ Vân Nam' is typed by its head
        successors = [u for u in m.successors if not levels or u.level in levels
                      or any(u.level in NEXT_LEVELS.get(level, ()) for level in levels)]
        if successors:
            successor = max(successors, key=lambda u: (votes[doc.gazetteer.province_of(u).id], u.era == LEGACY))
            parent = doc.gazetteer.parent(successor)
            level = successor.level
            m.unit_types = m.unit_types or (successor.type,)
        elif m.typed:
            level = m.levels[0] if len(m.levels) == 1 else ("district" if "district" in m.levels else "commune")
            parent = _parent_for_unknown(doc, m, level, mentions, votes)
        else:
            continue
        if parent is None:
            continue
        unit_type = m.unit_types[0] if m.unit_types else ""
        m.unit = Unit(f"{parent.id}/{m.key}", parent.era, level, unit_type, m.name, parent.id)


def _head_levels(doc: Doc, start: int) -> tuple[str, ...]:
    """The level of the body whose head ends right before a name ('Tỉnh uỷ | Vân Nam'), if it has one."""
    return tuple(sorted({h.entry.level for h in doc.tags.all("body") if h.end == start and h.entry.level}))


def _parent_for_unknown(doc, m, level, mentions, votes) -> Unit | None:
    """The district named beside a commune ('Thuong Ly Ward (Hong Bang District)'), else the province."""
    if level == "commune":
        near = [o.unit for o in mentions if o.unit is not None and o.unit.level == "district"
                and doc.sentence_of(o.start) == doc.sentence_of(m.start)]
        if near:
            return near[0]
    if not votes:
        return None
    pid, weight = votes.most_common(1)[0]
    if weight < 1.5:
        return None
    era = _article_era(doc) or CURRENT
    return doc.gazetteer.get(pid, era) or doc.gazetteer.get(pid, LEGACY) or doc.gazetteer.get(pid, CURRENT)


# --- the article's own units --------------------------------------------------------------

def address_units(doc: Doc) -> list[Unit]:
    """Units the article's address names: 'baonghean.vn' (Nghe An), 'doluong.gov.vn' (Do Luong)."""
    url = doc.article.url
    if not url:
        return []
    return _units_in_address(url, doc.gazetteer)


@cache
def _units_in_address(url: str, gaz: Gazetteer) -> list[Unit]:
    parts = urlsplit(url)
    labels = [lab for lab in parts.hostname.split(".")[:-1] if lab not in ("www", "en", "m", "english", "gov", "com", "org")] \
        if parts.hostname else []
    found: list[Unit] = []
    for label in labels:
        units = [u for u in gaz.lookup(label) if u.level != "commune"]
        if units:  # the whole label is a place: 'doluong', 'haiphong', 'hanoi'
            found.append(min(units, key=lambda u: (u.level != "province", u.era != CURRENT)))
            continue
        found += _provinces_inside(label, gaz)
    slug_words = [w for w in re.split(r"[^a-z0-9]+", parts.path.lower()) if w]
    for n in (3, 2):
        for k in range(len(slug_words) - n + 1):
            key = "".join(slug_words[k:k + n])
            found += [u for u in gaz.lookup(key) if u.level == "province"]
    return _unique(found)


def _provinces_inside(label: str, gaz: Gazetteer) -> list[Unit]:
    """Province keys inside a host label: 'baonghean' holds 'nghean', 'hanoitimes' 'hanoi'."""
    found = []
    for size in range(len(label), 2, -1):
        for start in range(0, len(label) - size + 1):
            key = label[start:start + size]
            if size < 6 and not (start == 0 or start + size == len(label)):
                continue
            units = [u for u in gaz.lookup(key) if u.level == "province"]
            if units:
                return units
    return found


def _unique(units: list[Unit]) -> list[Unit]:
    seen, out = set(), []
    for u in units:
        if u.id not in seen:
            seen.add(u.id)
            out.append(u)
    return out


def _focus(doc: Doc, votes: Counter) -> dict[str, Unit]:
    """The article's unit at each level: the most named one, else the one in its address."""
    focus: dict[str, Unit] = {}
    for level in ("district", "commune"):
        counts = Counter(m.unit for m in doc.places if m.unit.level == level)
        if counts:
            focus[level] = counts.most_common(1)[0][0]
    for unit in address_units(doc):
        focus.setdefault(unit.level, unit)
    if votes:
        pid = votes.most_common(1)[0][0]
        named = [m.unit for m in doc.places if m.unit.id == pid]
        era = _article_era(doc) or CURRENT
        unit = named[0] if named else (doc.gazetteer.get(pid, era) or doc.gazetteer.get(pid, LEGACY)
                                       or doc.gazetteer.get(pid, CURRENT))
        if unit is not None:
            focus["province"] = unit
    return focus


def _list_members(doc: Doc) -> set[int]:
    """The place mentions (by id) of a list of places of one level ('nguồn cát phải dựa vào Quảng
    Bình, Nghệ An', 'các tỉnh Nghệ An, Quảng Bình'): several places, so no one body's context."""
    memo = doc.memo.get("list_members")
    if memo is not None and memo[0] is doc.places:  # once per article, not per level word
        return memo[1]
    places = sorted((m for m in doc.places if m.unit is not None), key=lambda m: m.start)
    members: set[int] = set()
    for a, b in zip(places, places[1:]):
        between = range(a.end, b.start)
        if a.unit.level == b.unit.level and a.unit.id != b.unit.id and between and all(
                doc.tokens[k].text == "," or doc.is_word(k, "and") for k in between):
            members |= {id(a), id(b)}
    doc.memo["list_members"] = (doc.places, members)
    return members


def context_unit(doc: Doc, level: str, at: int, city: bool = False, types: tuple[str, ...] = (),
                 any_city: bool = False) -> Unit | None:
    """The unit a level word ('the District', 'Provincial', 'City') stands for at token `at`.

    The nearest unit of that level named before it, else after it, else the article's own.
    'City' prefers centrally-run cities, then provincial cities. `types` are the unit types
    the level word names, where it names some ('tỉnh' is a Tỉnh, never Hà Nội). `any_city`:
    the nearest city, centrally-run or not (a bare 'Thành ủy' after 'thành phố Trà Vinh').
    """
    def fits(m: PlaceMention) -> bool:
        u = m.unit
        if m.origin or not _of_level_type(doc, level, u, types) and not _relaxed(m):
            return False
        if city:  # a city, unless the article types it otherwise ('quận Thủ Đức' before it became a city)
            return u.is_city and u.level in ("province", "district") and (
                not m.unit_types or any(t == u.type for t in m.unit_types))
        return u.level == level or _relaxed(m) and m.levels == (level,)  # 'Distrik An Cuu' is a ward

    key = ("context_unit", level, city, types)
    index = doc.memo.get(key)
    if index is None or index[0] is not doc.places:  # the mentions that fit, once per article and word
        listed = _list_members(doc)
        fitting = [m for m in doc.places if fits(m) and id(m) not in listed]
        provinces = [m for m in fitting if m.unit.level == "province"]
        index = doc.memo[key] = (doc.places, _by_start(fitting), _by_start(provinces))
    _, fitting, provinces = index
    before, after = _nearest(fitting, at)
    if city and not any_city:  # provinces first, on either side, but for a city its sentence names before
        own_sentence = before is not None and doc.sentence_of(before.start) == doc.sentence_of(at)
        province_before, province_after = _nearest(provinces, at)
        # 'Chủ tịch UBND TP Hội An ... nói ông là chủ tịch TP': Hội An, not Hà Nội named elsewhere
        before = before if own_sentence else province_before or before
        after = province_after or after
    own = _own_unit(doc, level, city)
    if own is not None and not _of_level_type(doc, level, own, types):
        own = None
    sentence = doc.sentence_of(at)
    if before is not None and after is not None and doc.sentence_of(before.start) != sentence \
            and doc.sentence_of(after.start) == sentence and _ends_body_name(doc, after.start) \
            and after.unit.level == before.unit.level:  # not 'TP HCM ... Thành uỷ viên, Bí thư Thành uỷ Thủ Đức'
        # 'Ông Sơn yêu cầu sở TN & MT phải tham mưu UBND tỉnh Hà Tĩnh': the province of a body of
        # its own sentence, not of a sentence before (not a place only named: 'trụ sở ở Hà Nội')
        return after.unit
    if before is not None:
        return before.unit
    if own is not None:
        return own
    return after.unit if after is not None else None


def _ends_body_name(doc: Doc, k: int) -> bool:
    """Token k follows a body's head, or its head and a term ('Trưởng đoàn ĐBQH khoá 14 tỉnh Phú
    Yên'): a place there is that body's."""
    return k in doc.body_head_ends or any(doc.term_end(i) == k and i in doc.body_head_ends
                                          for i in range(max(0, k - TERM_TOKENS), k))


TERM_TOKENS = 10  # tokens of a term: 'nhiệm kỳ 2016 - 2021'


def _by_start(mentions: list[PlaceMention]) -> tuple[list[PlaceMention], list[int] | None]:
    """The mentions, with their starts when those are in order (for bisection), else None."""
    starts = [m.start for m in mentions]
    return mentions, (starts if all(a <= b for a, b in pairwise(starts)) else None)


def _nearest(indexed: tuple[list[PlaceMention], list[int] | None], at: int
             ) -> tuple[PlaceMention | None, PlaceMention | None]:
    """The last of the mentions (in their order) that starts before token `at`, and the first
    that does not: by bisection where they are in text order (a long list names thousands)."""
    mentions, starts = indexed
    if starts is not None:
        k = bisect_left(starts, at)
        return (mentions[k - 1] if k else None), (mentions[k] if k < len(mentions) else None)
    before = [m for m in mentions if m.start < at]
    after = [m for m in mentions if m.start >= at]
    return (before[-1] if before else None), (after[0] if after else None)


def _of_level_type(doc: Doc, level: str, u: Unit, types: tuple[str, ...]) -> bool:
    """The unit is of one of the `types` a level word names. Checked at province level only:
    a province's type is stable, while districts became towns and cities over the years and
    the gazetteer keeps only their last type."""
    return not types or level != "province" or u.type in types or u.code in _typed_as(doc, types)


def _typed_as(doc: Doc, types: tuple[str, ...]) -> frozenset[str]:
    """Codes of the units the article names as one of `types`: typed so ('tỉnh X'), or under a
    former, longer name (Thừa Thiên Huế was a Tỉnh until it became the city of Huế in 2025;
    the gazetteer lists only the city). A short name ('TP HCM') is no former name. Read once
    per article and types."""
    key = ("typed_as", types)
    codes = doc.memo.get(key)
    if codes is None:
        codes = doc.memo[key] = frozenset(
            m.unit.code for m in doc.places if m.unit is not None and (
                set(m.unit_types) & set(types) or squash(m.unit.name) in squash(m.name) != squash(m.unit.name)))
    return codes


def _own_unit(doc: Doc, level: str, city: bool) -> Unit | None:
    """The article's own unit for a level word, when the text has named none before it."""
    if not city:
        return doc.focus.get(level)
    for lvl in ("province", "district"):
        own = doc.focus.get(lvl)
        if own is not None and own.is_city:
            return own
    return None
