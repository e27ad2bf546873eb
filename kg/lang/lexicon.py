"""A lexicon of multi-word forms, and the tags it puts on an article's tokens."""
from __future__ import annotations

from functools import partial
from itertools import compress, count
from typing import Any, Callable, NamedTuple

from ..text import Token, tokenize


class Match(NamedTuple):
    """A lexicon form found at tokens [start, end). A tuple: an article makes hundreds."""
    start: int
    end: int
    category: str
    entry: Any


_new_match = partial(tuple.__new__, Match)  # Match(...) without a Python call


class Lexicon:
    """Forms of several categories in one trie over token keys; longest match per category."""

    def __init__(self, key: Callable[[Token], str]):
        self._key = key
        self._root: dict = {}

    def add(self, form: str, category: str, entry: Any, cased: bool = False) -> None:
        """Add `form` (tokenized like article text) under `category`."""
        node = self._root
        tokens = tokenize(form)
        for tok in tokens:
            node = node.setdefault(self._key(tok), {})
        node.setdefault(None, []).append((category, entry, cased))

    def keys_of(self, form: str) -> tuple[str, ...]:
        return tuple(self._key(t) for t in tokenize(form))

    def tag(self, tokens: list[Token]) -> "Tags":
        """Every category's longest match at every token."""
        tags = Tags()
        by, words, root, n = tags._by, tags.words, self._root, len(tokens)
        keys = list(map(self._key, tokens))
        # only tokens that begin some form start a walk (chosen at C speed: most begin none)
        for start in compress(count(), map(root.__contains__, keys)):
            node = root[keys[start]]
            k = start + 1
            while node is not None:
                for category, entry, cased in node.get(None, ()):
                    if cased and not tokens[start].is_title:
                        continue
                    # Tags.put inlined: matches at a start come shortest first, so each replaces
                    at = by.get(category)
                    if at is None:
                        at = by[category] = {}
                        if category.startswith("word:"):
                            words[category[5:]] = at
                    at[start] = _new_match((start, k, category, entry))
                if k == n:
                    break
                node = node.get(keys[k])
                k += 1
        return tags


_NONE: dict = {}  # the matches of a category an article has none of (never written to)


class Tags:
    """Lexicon matches of one article, looked up by token index and category."""

    def __init__(self) -> None:
        self._by: dict[str, dict[int, Match]] = {}  # category -> start token -> longest match
        # word class ('and') -> the 'word:and' dict, for Doc.is_word (read only)
        self.words: dict[str, dict[int, Match]] = {}
        self._sorted: dict[str, list[Match]] = {}

    def put(self, m: Match) -> None:
        at = self._by.get(m.category)
        if at is None:
            at = self._by[m.category] = {}
            if m.category.startswith("word:"):
                self.words[m.category[5:]] = at
        best = at.get(m.start)
        if best is None or m.end >= best.end:  # later (longer) matches replace shorter ones
            at[m.start] = m
            self._sorted.pop(m.category, None)

    def drop(self, start: int, category: str) -> None:
        """Forget the match of `category` at token `start` (a later component knows better)."""
        at = self._by.get(category)
        if at is not None and at.pop(start, None) is not None:
            self._sorted.pop(category, None)

    def at(self, i: int, category: str) -> Match | None:
        """The longest `category` match starting at token `i`."""
        return self._by.get(category, _NONE).get(i)

    def starts(self, category: str) -> dict[int, Match]:
        """The tokens where a `category` match starts, each with its longest match (read only)."""
        return self._by.get(category, _NONE)

    def is_word(self, i: int, word_class: str) -> Match | None:
        return self.words.get(word_class, _NONE).get(i)

    def word_starts(self, word_class: str) -> dict[int, Match]:
        """is_word's matches of `word_class` by start token (read only)."""
        return self.words.get(word_class, _NONE)

    def all(self, category: str) -> list[Match]:
        """Every `category` match, in text order."""
        if category not in self._sorted:
            self._sorted[category] = sorted(self._by.get(category, {}).values(), key=lambda m: m.start)
        return self._sorted[category]
