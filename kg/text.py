"""Text primitives: folding, tokens with character offsets into the untouched text, sentences."""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache, partial
from itertools import accumulate
from operator import add, itemgetter, sub
from typing import NamedTuple

# Combining marks, so that NFD input (a letter followed by its accents) stays one word.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_MARK_RE = re.compile(f"[{_MARKS}]")
# apostrophes, and dashes ('Văn hoá – Thể thao' is the lexicon's 'Văn hoá - Thể thao'), read as one each
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'", "\u00b4": "'",
                              "\u2013": "-", "\u2014": "-"})
_TOKEN_RE = re.compile(
    rf"(?P<poss>['\u2019][sS]\b)"       # possessive 's, its own token: "Committee's", "COMMITTEE'S"
    rf"|(?P<word>[^\W_][\w{_MARKS}]*)"  # letters and digits, accents included
    rf"|(?P<punct>\S)"                  # any other visible character
)
_NON_KEY = re.compile(r"[^a-z0-9]+")
_NEWLINE_RE = re.compile("\n")
_STOPS = frozenset(".!?\u2026")  # "…" ends a sentence the next capital starts


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case `text` and strip its diacritics: 'Hải Phòng' -> 'hai phong'."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = _MARK_RE.sub("", text).replace("đ", "d").replace("Đ", "D")
    return text.lower()


def slug(text: str) -> str:
    """A readable key: 'Lê Ngọc Châu' -> 'le-ngoc-chau', '195-KL/TW' -> '195-kl-tw'."""
    return _NON_KEY.sub("-", fold(text)).strip("-")


def squash(text: str) -> str:
    """A key that ignores case, diacritics, spaces and punctuation: 'Hà Nội' -> 'hanoi'."""
    return _NON_KEY.sub("", fold(text))


@lru_cache(maxsize=1 << 16)
def nfc_lower(text: str) -> str:
    """Lower-case NFC form, keeping diacritics: for languages where they tell words apart."""
    return unicodedata.normalize("NFC", text.translate(_APOSTROPHES)).lower()


# grave, acute, tilde, hook above, dot below: the five Vietnamese tone marks
TONES = {"\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5"}


@lru_cache(maxsize=1 << 16)
def spelling(name: str) -> str:
    """A name's key with its diacritics but not the place of its tone marks, which moved
    ('Hoà'/'Hòa', 'Thuỷ'/'Thủy'): per syllable, the letters with their vowel marks, then the
    tone. 'Nguyễn Thị Hoà' and 'Nguyễn Thị Hòa' give one key, 'Võ Văn Thương' and 'Võ Văn
    Thưởng' two."""
    out = []
    for word in unicodedata.normalize("NFD", name).lower().split():
        tones = [TONES[c] for c in word if c in TONES]
        letters = unicodedata.normalize("NFC", "".join(c for c in word if c not in TONES))
        out.append(letters + "".join(tones))
    return " ".join(out)


class Token(NamedTuple):
    """One token. `start` and `end` index the untouched article text.

    A tuple, made by tokenize() from the cached facts of its string: an article has tens of
    thousands of tokens and components ask is_title/is_word of them millions of times, so
    those are fields computed once per distinct string, not properties computed per call.
    """
    i: int
    text: str
    start: int
    end: int
    norm: str   # folded: no case, no diacritics
    lower: str  # lower case with diacritics
    is_title: bool  # starts with a capital
    is_upper: bool  # all capitals, two characters or more
    is_word: bool   # starts with a letter
    is_digit: bool  # starts with a digit


_FACTS: dict[str, tuple[str, str, bool, bool, bool, bool]] = {}


def _facts(piece: str) -> tuple[str, str, bool, bool, bool, bool]:
    """What a token of this string is, whatever its place: computed once per string."""
    facts = _FACTS.get(piece)
    if facts is None:
        if len(_FACTS) > 1 << 18:  # bounded, for a process that reads an endless stream
            _FACTS.clear()
        facts = _FACTS[piece] = (fold(piece), nfc_lower(piece), piece[:1].isupper(),
                                 piece.isupper() and len(piece) > 1, piece[:1].isalpha(), piece[:1].isdigit())
    return facts


# The same tokens as _TOKEN_RE (its alternatives start with different characters, so their
# order is free), each with the whitespace before it: findall builds no match object per
# token, and offsets are sums of lengths.
_SPACED_TOKEN_RE = re.compile(rf"(\s*)([^\W_][\w{_MARKS}]*|['\u2019][sS]\b|\S)")
_MAKE_TOKEN = partial(tuple.__new__, Token)


def tokenize(text: str) -> list[Token]:
    """Split `text` into tokens that keep their exact character offsets."""
    # Built column by column with C-level findall/map/zip: a Python statement per token was
    # the largest single cost of reading an article.
    found = _SPACED_TOKEN_RE.findall(text)
    pieces = list(map(itemgetter(1), found))
    lengths = list(map(len, pieces))
    ends = list(accumulate(map(add, map(len, map(itemgetter(0), found)), lengths)))
    facts = list(map(_FACTS.get, pieces))
    if None in facts:  # new strings: learn those alone, not by a look at every token
        for piece in set(pieces).difference(_FACTS):
            _facts(piece)
        facts = list(map(_FACTS.get, pieces))
        if None in facts:  # the cache filled up and was cleared on the way
            facts = [f or _facts(p) for f, p in zip(facts, pieces)]
    heads = zip(range(len(pieces)), pieces, map(sub, ends, lengths), ends)
    return list(map(_MAKE_TOKEN, map(add, heads, facts)))


def _in_initials(pieces: list[str], k: int) -> bool:
    """The stop at k is one of a run of initials ('H.E.', 'T.Ư.'): a single letter before it, and a
    single letter with its own stop right after it or right before that letter."""
    def initial(j: int) -> bool:
        return 0 <= j < len(pieces) and len(pieces[j]) == 1 and pieces[j].isalpha()
    if not initial(k - 1):
        return False
    return initial(k + 1) and k + 2 < len(pieces) and pieces[k + 2] in _STOPS or initial(k - 3) and pieces[k - 2] in _STOPS


def sentence_bounds(text: str, tokens: list[Token], abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """Sentences as (first token, last token + 1).

    A sentence ends at a line break, or after '.', '!' or '?' when the next token starts
    with a capital, a digit or a quote and the token before the stop is not a known
    abbreviation ("Mr.", "No.").
    """
    n = len(tokens)
    if n == 0:
        return []
    # Found from the few line breaks and stops, not by a look at every token.
    starts = list(map(itemgetter(2), tokens))
    ends = {bisect_right(starts, m.start()) - 1 for m in _NEWLINE_RE.finditer(text, tokens[0].end, tokens[-1].start)}
    pieces = list(map(itemgetter(1), tokens))
    for k in [k for k, piece in enumerate(pieces) if piece in _STOPS]:
        if k == n - 1 or k in ends:
            continue
        nxt = tokens[k + 1]
        prev = tokens[k - 1].norm if k > 0 else ""
        if (nxt.is_title or nxt.is_digit or nxt.text in "\"'\u201c") and prev not in abbreviations \
                and not _in_initials(pieces, k):
            ends.add(k)
    bounds, start = [], 0
    for k in sorted(ends):
        bounds.append((start, k + 1))
        start = k + 1
    if start < n:
        bounds.append((start, n))
    return bounds
