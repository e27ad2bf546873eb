"""The document the pipeline components fill in, and the mentions they find in it.

Every mention is a token span [start, end) with exact character offsets into the
untouched article text: `doc.text[m.start_char:m.end_char]` is what the article says.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property

from .article import Article, without_addresses
from .gazetteer import Gazetteer, Unit
from .lang import Language
from .lang.language import BodyEntry, RoleEntry
from .lang.lexicon import Tags
from .text import Token, sentence_bounds, tokenize



# What a word may be read as besides a name (Doc.plain_capitalised).
LEXICAL_CATEGORIES = ("role", "body", "body_lower", "place_type", "subject", "doc_type", "month", "trigger")
FUNCTION_WORDS = ("of", "the", "and", "former", "honorifics", "cum")
EPITHET_WORDS = 4  # words describing a level before its place ('the northern mountainous province of X')

@dataclass(eq=False)
class Mention:
    """A span of tokens."""
    start: int
    end: int
    start_char: int
    end_char: int


@dataclass(eq=False)
class PlaceMention(Mention):
    """A named locality. `unit` is the gazetteer unit it resolves to, once resolved."""
    key: str                        # squashed name as written
    name: str                       # the name as written, without the type word
    levels: tuple[str, ...] = ()    # levels its type word allows; empty when untyped
    unit_types: tuple[str, ...] = ()
    candidates: list[Unit] = field(default_factory=list)
    unit: Unit | None = None
    era_hint: str = ""              # "legacy" after "old"/"former", "2025" after "new"
    listed: bool = False            # typed through a list ("wards A, B and C")
    successors: list[Unit] = field(default_factory=list)  # units that took over a former name
    origin: bool = False            # where someone comes from ('quê tỉnh Nam Định'): no context for bodies

    @property
    def typed(self) -> bool:
        return bool(self.levels)


@dataclass(eq=False)
class PersonMention(Mention):
    name: str
    key: str
    cue: str = ""                   # "honorific", "title", "coref" or "" (a full name alone)


@dataclass(eq=False)
class BodyMention(Mention):
    """A body named in the text ("the City Party Committee")."""
    entry: BodyEntry
    head_start: int
    head_end: int
    place: PlaceMention | None = None
    level: str = ""                 # a level word ("City", "District") without a name
    city: bool = False              # that level word was "City"
    unit_types: tuple[str, ...] = ()  # the unit types that level word names ("tỉnh": Tỉnh, never a city)
    subject: str = ""               # subject words of a department or ministry, as written
    parent: "BodyMention | None" = None
    plural: bool = False
    places: list[PlaceMention] = field(default_factory=list)  # a plural body's places
    subjects: list[tuple[int, int]] = field(default_factory=list)  # a plural body's subjects (token spans)
    unit: Unit | None = None        # the locality it serves, once resolved
    path: tuple = ()                # (key, subject) segments from the top body down
    key: str = ""                   # identity of the body, once resolved ("" = unresolved)
    type: str = ""
    implied: bool = False           # implied by a title or a document code, not named
    generic: bool = False           # names no particular body ('Provincial and City Party Committees')
    by_context: bool = False        # placed by the article's context, not by words of its own

    @property
    def national(self) -> bool:
        if self.parent is not None:
            return self.entry.national or self.parent.national
        return self.entry.national or self.entry.national_unless_placed and self.place is None and not self.level


@dataclass(eq=False)
class TitleMention(Mention):
    """A title ("Vice Chairman of the City People's Committee") and the body it names."""
    entry: RoleEntry
    body: BodyMention | None = None
    former: bool = False
    role: str = ""
    status: str = "current"          # what this sentence says of the post (kg/pipeline/statuses.py)
    unread: bool = False             # a title of a body the language data cannot read ('Chủ tịch HĐQT')
    foreign: bool = False            # another country's title ('Thủ tướng Singapore', 'Bộ trưởng Bộ Quốc phòng Nga')
    from_context: bool = False       # its body is one named before, not by the title's own words


@dataclass(eq=False)
class DirectiveMention(Mention):
    type: str
    number: str
    identifier: str
    date: str = ""
    issuers: list[BodyMention] = field(default_factory=list)
    title: str = ""


@dataclass(frozen=True)
class Post:
    person: PersonMention
    title: TitleMention
    sentence: int


@dataclass(frozen=True)
class Replacement:
    """'X was elected Chairman ... replacing Mr. Y': the post and who held it before."""
    post: Post
    predecessor: PersonMention
    sentence: int


@dataclass(frozen=True)
class Directs:
    agent: PersonMention | BodyMention
    target: BodyMention | PlaceMention
    sentence: int


def body_end(text: str, markers: tuple[str, ...]) -> int:
    """Where the article's own text ends: at the first line of page furniture
    ("Comment (0)", "RELATED NEWS", "Xem thêm: <headline>") after the opening lines, else
    at the end. A furniture line is a marker alone or followed by a count, a colon or an
    arrow; one that a word follows is prose ("Bình luận của ông X được đưa ra ...",
    "Comments by the minister ...") and the article goes on."""
    lowered = tuple(m.lower() for m in markers)
    offset = 0
    for line in text.splitlines(keepends=True):
        if offset > 200 and _furniture(line.strip().lower(), lowered):
            return offset
        offset += len(line)
    return len(text)


def _furniture(line: str, markers: tuple[str, ...]) -> bool:
    """The line is a page-furniture marker, bare or before a non-letter ('Bình luận (0)')."""
    for marker in markers:
        if line.startswith(marker):
            rest = line[len(marker):].lstrip()
            if not rest or not rest[0].isalpha():
                return True
    return False


@dataclass
class Doc:
    """One article being read: text, tokens, lexicon tags, and what the components found."""
    article: Article
    lang: Language
    gazetteer: Gazetteer
    tokens: list[Token] = field(default_factory=list)
    tags: Tags | None = None
    sentences: list[tuple[int, int]] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    persons: list[PersonMention] = field(default_factory=list)
    bodies: list[BodyMention] = field(default_factory=list)
    titles: list[TitleMention] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    replacements: list[Replacement] = field(default_factory=list)
    directives: list[DirectiveMention] = field(default_factory=list)
    directs: list[Directs] = field(default_factory=list)
    focus: dict[str, Unit] = field(default_factory=dict)  # the article's own unit per level
    salient: Unit | None = None     # the unit the article talks about most
    memo: dict = field(default_factory=dict)  # results a component computes once per article
    _sentence_of: list[int] = field(default_factory=list)

    @classmethod
    def make(cls, article: Article, lang: Language, gazetteer: Gazetteer) -> "Doc":
        doc = cls(article, lang, gazetteer)
        doc.tokens = tokenize(without_addresses(article.text[:body_end(article.text, lang.words.get("page_end", ()))]))
        doc.tags = lang.tag(doc.tokens)
        doc.sentences = sentence_bounds(article.text, doc.tokens, frozenset(lang.words.get("abbreviations", ())))
        sentence_of: list[int] = []
        for n, (s, e) in enumerate(doc.sentences):  # sentences cover the tokens in order
            sentence_of += [n] * (e - s)
        doc._sentence_of = sentence_of
        return doc

    @property
    def text(self) -> str:
        return self.article.text

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of tokens [start, end)."""
        return self.tokens[start].start, self.tokens[end - 1].end

    def span_text(self, start: int, end: int) -> str:
        s, e = self.span(start, end)
        return self.text[s:e]

    def sentence_of(self, i: int) -> int:
        return self._sentence_of[i]

    def sentence_span(self, n: int) -> tuple[int, int]:
        """Character offsets of sentence `n`."""
        s, e = self.sentences[n]
        return self.span(s, e)

    def is_word(self, i: int, word_class: str) -> bool:
        return i in self.tags.words.get(word_class, ())  # tags exist only at tokens 0..n-1

    def word_end(self, i: int, word_class: str) -> int | None:
        """End of the `word_class` form starting at token i, if there is one."""
        m = self.tags.words.get(word_class, {}).get(i)  # tags exist only at tokens 0..n-1
        return m.end if m else None

    def term_end(self, k: int) -> int | None:
        """End of a term that starts at token k ('khoá XIV', 'nhiệm kỳ 2016 - 2021', 'term XV'): a
        term word and its numbers, Roman or not; None when no term starts there."""
        end = self.word_end(k, "subject_stop")
        if end is None or self.tok(end) is None or not (self.tokens[end].is_digit or self.tokens[end].is_upper):
            return None
        while self.tok(end) is not None and (self.tokens[end].is_digit or self.tokens[end].text in "-–"
                                             or self.tokens[end].is_upper and len(self.tokens[end].text) <= 5):
            end += 1
        return end

    def abbreviation_end(self, k: int, longest: int = 5) -> int:
        """Past a body's abbreviation in brackets at token k ('(HĐND)', '(TT - TT)', '(MARD)'):
        up to `longest` upper-case words, hyphens and ampersands; k when there is none."""
        tok = self.tok(k)
        if tok is None or tok.text != "(":
            return k
        close = next((j for j in range(k + 2, min(len(self.tokens), k + longest + 2)) if self.tokens[j].text == ")"), None)
        if close is None or not all(self.tokens[j].is_upper or self.tokens[j].text in "-&" for j in range(k + 1, close)):
            return k
        return close + 1

    def plain_capitalised(self, k: int) -> bool:
        """A capitalised word the language data reads as nothing: it starts no person, place,
        body, title, subject or other lexicon entry and is no function word. Titles read one
        after them as a name they cannot resolve ('Chủ tịch HĐQT', 'Thủ tướng Hun Sen')."""
        tok = self.tok(k)
        return tok is not None and tok.is_word and (tok.is_title or tok.is_upper) \
            and k not in self.person_starts() and not self.places_at(k) \
            and not any(self.tags.at(k, c) for c in LEXICAL_CATEGORIES) \
            and not any(self.is_word(k, w) for w in FUNCTION_WORDS)

    def foreign_around(self, start: int, end: int) -> bool:
        """A foreign country names the span as its own: right after it, or after 'of' ('Bộ
        Quốc phòng Nga', 'Thủ tướng Nhật Bản', 'Prime Minister of Japan'), or, where names
        put modifiers first, right before it ('Chinese Foreign Minister', "China's Politburo").
        A party's name may stand between ('Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc')."""
        end = self.word_end(end, "party_name") or end
        k = self.word_end(end, "of") or end
        if self.word_end(self.word_end(k, "the") or k, "foreign") is not None:
            return True
        if self.lang.head_first:
            return False
        k = start - 1
        while k >= 0 and self.is_word(k, "the"):
            k -= 1
        if k >= 0 and self.tokens[k].norm == "'s":
            k -= 1
        return any(self.word_end(j, "foreign") == k + 1 for j in range(max(0, k - 2), k + 1))

    def level_word(self, i: int):
        """The place type word at token i that names a level ('tỉnh', 'District'), if any; common
        nouns ending in a type word ('hợp tác xã', a cooperative) are type words of no level."""
        t = self.tags.at(i, "place_type")
        return t if t is not None and t.entry.levels else None

    def opens_line(self, k: int) -> bool:
        """Token k is the first of its line (a line break, or nothing, before it)."""
        return k == 0 or "\n" in self.text[self.tokens[k - 1].end:self.tokens[k].start]

    def past_epithet(self, k: int) -> int:
        """Where the place of a described level starts: 'of the [northern mountainous province
        of] Lao Cai', 'of the [Mekong Delta's province of] Dong Thap'; k itself when no such
        phrase (a few words, a level word and 'of') starts at k. Word-first languages only."""
        if self.lang.head_first or any(p.start == k for p in self.places_at(k)):
            return k
        j = k
        while j < k + EPITHET_WORDS and self.tok(j) is not None \
                and (self.tokens[j].is_word or self.tokens[j].text in ("'s", "’s")) and self.level_word(j) is None and not self.places_at(j) and not self.tags.at(j, "body") \
                and not self.is_word(j, "of") and not self.is_word(j, "and"):
            j += 1
        lvl = self.level_word(j) if j > k else None
        after = self.word_end(lvl.end, "of") if lvl is not None else None
        return after if after is not None and self.places_at(after) else k

    def tok(self, i: int) -> Token | None:
        return self.tokens[i] if 0 <= i < len(self.tokens) else None

    def after_list_marker(self, lo: int, hi: int) -> int:
        """Past the marker of a list item ('a)', 'đ)', '1.', '-', '•') that starts at token lo."""
        j = lo
        while j < hi:
            text, nxt = self.tokens[j].text, self.tok(j + 1)
            if text in "-–•+*":
                j += 1
            elif len(text) <= 2 and text.isalnum() and nxt is not None and nxt.text in ").":
                j += 2
            else:
                break
        return j

    def coordinated(self, first: Mention, item_at) -> list:
        """'A, B and C': `first` and the items joined to it by commas and 'and';
        `item_at(k)` is the item starting at token k, or None."""
        items, k = [first], first.end
        while True:
            j = k
            while self.tok(j) is not None and (self.tokens[j].text == "," or self.is_word(j, "and")):
                j += 1
            nxt = item_at(j) if j > k else None
            if nxt is None:
                return items
            items.append(nxt)
            k = nxt.end

    @cached_property
    def body_heads(self) -> list:
        """Lexicon matches of body names, except those inside a title ('Phó chủ tịch thường trực')
        unless the title ends with its body's head ('Chánh | Văn phòng Thành uỷ')."""
        inside = {i for r in self.tags.all("role") if not r.entry.body_head for i in range(r.start + 1, r.end)}
        heads = [m for m in self.tags.all("body") if m.start not in inside]
        lower = [m for m in self.tags.all("body_lower") if m.start not in inside and self._lower_head(m)]
        return sorted(heads + lower, key=lambda m: m.start) if lower else heads

    def _lower_head(self, m) -> bool:
        """A head written lower-case that is a body only by its subject ('bộ Y tế', 'sở
        Nông nghiệp và PTNT'): a capitalised subject the language data knows follows it; or by
        a demonstrative ('sở này': the department named last, see bodies._refer_back)."""
        if self.tokens[m.start].is_title or self.tags.at(m.start, "body") is not None:
            return False
        if self.lang.head_first and self.word_end(m.end, "demonstrative") is not None:
            return True
        nxt = self.tok(m.end)
        return nxt is not None and (nxt.is_title or nxt.is_upper) and self.tags.at(m.end, "subject") is not None

    # Indexes for questions components ask at every token; a scan of every mention per token
    # made a list of 5,000 officials take minutes.
    @cached_property
    def body_head_ends(self) -> frozenset[int]:
        """Tokens right after a body head ('Huyện ủy | Yên Lập')."""
        return frozenset(m.end for m in self.body_heads)

    @cached_property
    def inside_body_heads(self) -> frozenset[int]:
        """Tokens inside a body head, not its first ('Ban Thường | vụ')."""
        return frozenset(i for b in self.body_heads for i in range(b.start + 1, b.end))

    def person_starts(self) -> frozenset[int]:
        """The tokens where a person mention of doc.persons starts."""
        index = self.memo.get("person_starts")
        if index is None or index[0] is not self.persons:  # indexed again when doc.persons is replaced
            index = self.memo["person_starts"] = (self.persons, frozenset(p.start for p in self.persons))
        return index[1]

    def persons_between(self, lo: int, hi: int) -> list[PersonMention]:
        """The person mentions that start in tokens [lo, hi), in order: found by bisection, as a
        roster may list thousands and be asked once per item."""
        index = self.memo.get("persons_by_start")
        if index is None or index[0] is not self.persons:  # indexed again when doc.persons is replaced
            ordered = sorted(self.persons, key=lambda p: p.start)
            index = self.memo["persons_by_start"] = (self.persons, ordered, [p.start for p in ordered])
        _, ordered, starts = index
        return ordered[bisect_left(starts, lo):bisect_left(starts, hi)]

    def person_ends(self) -> frozenset[int]:
        """The tokens where a person mention of doc.persons ends."""
        index = self.memo.get("person_ends")
        if index is None or index[0] is not self.persons:  # indexed again when doc.persons is replaced
            index = self.memo["person_ends"] = (self.persons, frozenset(p.end for p in self.persons))
        return index[1]

    def places_at(self, i: int) -> list[PlaceMention]:
        """The place mentions in doc.places that start at token i, in their order there."""
        index = self.memo.get("places_at")
        if index is None or index[0] is not self.places:  # indexed again when doc.places is replaced
            by_start: dict[int, list[PlaceMention]] = {}
            for m in self.places:
                by_start.setdefault(m.start, []).append(m)
            index = self.memo["places_at"] = (self.places, by_start)
        return index[1].get(i, [])
