"""A lexicon of multi-word forms, and the tags it puts on an article's tokens."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from ..text import Token, tokenize


@dataclass(frozen=True, slots=True)
class Match:
    """A lexicon form found at tokens [start, end)."""
    start: int
    end: int
    category: str
    entry: Any


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
        keys = [self._key(t) for t in tokens]
        for start in range(len(tokens)):
            node, k = self._root, start
            while k < len(tokens) and keys[k] in node:
                node = node[keys[k]]
                k += 1
                for category, entry, cased in node.get(None, ()):
                    if cased and not tokens[start].is_title:
                        continue
                    tags.put(Match(start, k, category, entry))
        return tags


class Tags:
    """Lexicon matches of one article, looked up by token index and category."""

    def __init__(self) -> None:
        self._at: dict[tuple[int, str], Match] = {}
        self._sorted: dict[str, list[Match]] = {}

    def put(self, m: Match) -> None:
        best = self._at.get((m.start, m.category))
        if best is None or m.end >= best.end:  # later (longer) matches replace shorter ones
            self._at[(m.start, m.category)] = m
            self._sorted.pop(m.category, None)

    def at(self, i: int, category: str) -> Match | None:
        """The longest `category` match starting at token `i`."""
        return self._at.get((i, category))

    def is_word(self, i: int, word_class: str) -> Match | None:
        return self._at.get((i, f"word:{word_class}"))

    def all(self, category: str) -> list[Match]:
        """Every `category` match, in text order."""
        if category not in self._sorted:
            self._sorted[category] = sorted((m for (i, c), m in self._at.items() if c == category),
                                            key=lambda m: m.start)
        return self._sorted[category]
