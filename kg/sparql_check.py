"""What a SPARQL query must pass before Oxigraph sees it: size, nesting, and no SERVICE.

Oxigraph (0.5) parses and evaluates a query by recursion, one native stack frame (or
several) per level of nesting, with no depth limit: a query nested 5,000 deep
(`{ { { ... } } }`, `FILTER((((...))))`, `!!!!...true`) or a chain of 10,000 UNIONs,
`||`s or triple patterns overflows the stack. A Rust stack overflow cannot be caught: it
kills the whole process (SIGSEGV), and its Python API has no option to limit depth. So
the limits are checked here first, on the query's tokens, far below where it breaks
(measured with pyoxigraph 0.5.13, 8 MB stack: braces 2,000 deep and chains of 3,000
operators run; 5,000 deep and 10,000 long crash).

SERVICE makes the engine send HTTP requests to any address the query names, so it is
refused unless allowed. Oxigraph reads `\\u` escapes only inside strings and IRIs, so the
keyword cannot be spelled another way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import InputError

MAX_CHARS = 100_000      # a query's length in characters (VALUES blocks of a few thousand rows fit)
MAX_DEPTH = 64           # brackets ( { [ << inside one another
MAX_OPERATORS = 1_000    # UNION, OPTIONAL, MINUS, ||, &&, !, /, |, ., ;, , in the whole query

_IRI = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
# a prefixed name (its local part may hold '\\#'-style escapes), a keyword or a number
_WORD = re.compile(r"(?:[^\W\d][\w.\-]*)?:(?:[\w.\-:%]|\\\S)*|[^\W\d][\w\-]*|\d[\d.eE+\-]*")
_VARIABLE = re.compile(r"[?$]\w*")
_OPEN, _CLOSE = "({[", ")}]"
_OPERATOR_WORDS = {"UNION", "OPTIONAL", "MINUS"}
_OPERATORS = ("||", "&&", "!", "/", "|", ".", ";", ",")


class QueryRefused(InputError):
    """A query over the limits, or one that asks for something this engine will not do."""


class ServiceRefused(QueryRefused):
    """A query with SERVICE where remote queries are not allowed."""


@dataclass(frozen=True)
class QueryLimits:
    """How large and deep a query may be, and whether SERVICE may reach other endpoints."""
    max_chars: int = MAX_CHARS
    max_depth: int = MAX_DEPTH
    max_operators: int = MAX_OPERATORS
    allow_service: bool = False


@dataclass
class QueryShape:
    """What the check measured: deepest nesting, operators, and whether SERVICE appears."""
    depth: int = 0
    operators: int = 0
    service: bool = False


def measure(sparql: str) -> QueryShape:
    """The nesting depth, operator count and SERVICE use of a query, skipping strings, IRIs
    and comments. Unbalanced or malformed text is measured as far as it goes: the parser
    reports what is wrong with it."""
    shape, depth, i, n = QueryShape(), 0, 0, len(sparql)
    while i < n:
        ch = sparql[i]
        if ch in "\"'":
            i = _skip_string(sparql, i)
        elif ch == "#":
            end = sparql.find("\n", i)
            i = n if end < 0 else end + 1
        elif ch == "<" and (m := _IRI.match(sparql, i)):
            # Brackets inside still count: where '<' is really "less than", Oxigraph parses them.
            for c in m.group():
                depth = max(0, depth + (c in _OPEN) - (c in _CLOSE))
                shape.depth = max(shape.depth, depth)
            i = m.end()
        elif sparql.startswith("<<", i) or ch in _OPEN:
            depth += 1
            shape.depth = max(shape.depth, depth)
            i += 2 if ch == "<" else 1
        elif sparql.startswith(">>", i) or ch in _CLOSE:
            depth = max(0, depth - 1)
            i += 2 if ch == ">" else 1
        elif ch in "?$":
            i = _VARIABLE.match(sparql, i).end()
        elif m := _WORD.match(sparql, i):
            word = m.group().upper()
            shape.operators += word in _OPERATOR_WORDS
            shape.service |= word == "SERVICE"
            i = m.end()
        elif op := next((o for o in _OPERATORS if sparql.startswith(o, i)), None):
            shape.operators += not sparql.startswith("!=", i)
            i += len(op)
        else:
            i += 1
    return shape


def _skip_string(text: str, i: int) -> int:
    """The index after the string literal starting at i (its end of line if it is unterminated)."""
    quote = text[i] * 3 if text.startswith(text[i] * 3, i) else text[i]
    j = i + len(quote)
    while j < len(text):
        if text[j] == "\\":
            j += 2
        elif text.startswith(quote, j):
            return j + len(quote)
        elif len(quote) == 1 and text[j] in "\r\n":
            return j
        else:
            j += 1
    return j


def check_query(sparql: str, limits: QueryLimits = QueryLimits()) -> None:
    """Raise QueryRefused if `sparql` is over the limits, ServiceRefused if it uses SERVICE
    where that is not allowed; return quietly otherwise."""
    if len(sparql) > limits.max_chars:
        raise QueryRefused(f"query refused: {len(sparql):,} characters, more than the {limits.max_chars:,} allowed")
    shape = measure(sparql)
    if shape.depth > limits.max_depth:
        raise QueryRefused(f"query refused: nested {shape.depth} deep, more than the {limits.max_depth} allowed")
    if shape.operators > limits.max_operators:
        raise QueryRefused(f"query refused: {shape.operators:,} operators (UNION, OPTIONAL, ||, '.', ...), "
                           f"more than the {limits.max_operators:,} allowed")
    if shape.service and not limits.allow_service:
        raise ServiceRefused("query refused: SERVICE (querying another endpoint) is not allowed here")
