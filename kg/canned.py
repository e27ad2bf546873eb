"""Canned questions: the SPARQL files of queries/, runnable by name with arguments.

Each file is plain SPARQL that runs as it is (in YASGUI, Virtuoso, GraphDB...) on an
example value; its header comments say what it answers and what it takes:

    # Officials and their posts in a locality, ...
    # param place_name: the locality's name, with or without diacritics ...
    # example: officials-of "Kien An"

A parameter is a `VALUES ?place_name { ... }` block in the query; running the query
with an argument replaces the block's example by the argument, written as a SPARQL
literal (quotes, backslashes and newlines escaped), so no argument can change the query.
A parameter marked `(person)` takes a person's name and stands for its key ('Lê Ngọc Châu' ->
"le-ngoc-chau"), which begins the IRIs of every identity of that name (kg/resolve/identity.py).

Options are optional: `# option role (role_name): ...` is a `VALUES ?role_name { "" }`
block that `--role chair` binds to "chair" (the query reads "" as "any"; the variable in
parentheses, when given, is the block's).
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cache

import pyoxigraph as ox

from .errors import InputError
from .resources import resource_dir
from .text import slug

_PARAM = re.compile(r"#\s*param\s+(\w+)(?:\s*\((\w+)\))?\s*:\s*(.*)")
_EXAMPLE = re.compile(r"#\s*example\s*:\s*(.*)")
_OPTION = re.compile(r"#\s*(option)\s+(\w+)(?:\s*\((\w+)\))?\s*:\s*(.*)")
KINDS = ("text", "person")


@dataclass(frozen=True)
class Param:
    """One argument of a canned query: the variable its VALUES block binds."""
    name: str
    kind: str
    help: str
    variable: str = ""  # the VALUES variable, when not the name ('# option role (role_name): ...')

    @property
    def var(self) -> str:
        return self.variable or self.name

    @property
    def cli(self) -> str:
        """The option's name on the command line: across_eras -> --across-eras."""
        return "--" + self.name.replace("_", "-")


@dataclass(frozen=True)
class CannedQuery:
    """A named SPARQL query of queries/ and its parameters."""
    name: str
    summary: str
    params: tuple[Param, ...]
    example: str
    text: str
    options: tuple[Param, ...] = ()  # optional arguments (kind "option")

    def render(self, args: list[str] | tuple[str, ...], options: dict[str, str] | None = None) -> str:
        """The query with each parameter's VALUES block bound to the given argument, and each
        option given (by name: {"role": "chair"}) to its value."""
        if len(args) != len(self.params):
            wanted = " ".join(p.name.upper() for p in self.params) or "no arguments"
            raise InputError(f"{self.name} takes {wanted}; got {len(args)} argument(s)")
        known = {o.name: o for o in self.options}
        for name in options or {}:
            if name not in known:
                takes = ", ".join(o.cli for o in self.options) or "none"
                raise InputError(f"{self.name} takes no option --{name.replace('_', '-')} (its options: {takes})")
        bound = [(p, arg) for p, arg in zip(self.params, args)] + [(known[n], v) for n, v in (options or {}).items()]
        # Blocks are found in the file's text before any is replaced, so that an argument
        # that looks like a VALUES block cannot be taken for one.
        spans = sorted(((_values_block(p.var).search(self.text).span(), p, arg) for p, arg in bound),
                       key=lambda x: x[0])
        text = self.text
        for (start, end), param, arg in reversed(spans):
            text = f"{text[:start]}VALUES ?{param.var} {{ {_term(param, arg)} }}{text[end:]}"
        return text

    def usage(self) -> str:
        return " ".join([self.name] + [p.name.upper() for p in self.params]
                        + [f"[{o.cli} {o.name.upper()}]" for o in self.options])


def _term(param: Param, value: str) -> ox.Literal:
    return ox.Literal(slug(value) if param.kind == "person" else value)


def _values_block(variable: str) -> re.Pattern:
    return re.compile(r"VALUES\s+\?" + re.escape(variable) + r"\s*\{[^}]*\}")


def parse(name: str, text: str) -> CannedQuery:
    """A canned query from its file's text; ValueError if its header or VALUES blocks are wrong."""
    summary, params, example, options = "", [], "", []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if m := _OPTION.match(line):
            options.append(Param(m.group(2), m.group(1), m.group(4).strip(), m.group(3) or ""))
        elif m := _PARAM.match(line):
            kind = m.group(2) or "text"
            if kind not in KINDS:
                raise ValueError(f"{name}: parameter {m.group(1)} has unknown kind {kind!r}")
            params.append(Param(m.group(1), kind, m.group(3).strip()))
        elif m := _EXAMPLE.match(line):
            example = m.group(1).strip()
        elif not summary:
            summary = line.lstrip("# ").strip()
    for param in params + options:
        if len(_values_block(param.var).findall(text)) != 1:
            raise ValueError(f"{name}: parameter {param.name} needs exactly one 'VALUES ?{param.var} {{ ... }}'")
    return CannedQuery(name, summary, tuple(params), example, text, tuple(options))


@cache
def canned_queries() -> dict[str, CannedQuery]:
    """Every canned query of queries/, by name (the file name without .rq)."""
    folder = resource_dir("queries")
    return {p.stem: parse(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.rq"))}


def canned(name: str) -> CannedQuery:
    """The canned query `name`; InputError naming the known ones if there is none."""
    queries = canned_queries()
    if name not in queries:
        near = difflib.get_close_matches(name, queries, n=3, cutoff=0.7)
        hint = f"did you mean {' or '.join(near)}?" if near else f"known: {', '.join(queries)}"
        raise InputError(f"no canned question {name!r}; {hint} (kg query --list lists them)")
    return queries[name]


def looks_like_a_name(text: str) -> bool:
    """A word such as 'oficials-of': a question's name, never SPARQL (which has spaces and braces)."""
    return re.fullmatch(r"[A-Za-z][\w-]*", text) is not None
