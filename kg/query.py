"""SPARQL over a graph file, with the project's prefixes declared."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from rdflib import ConjunctiveGraph, Graph

from .errors import InputError
from .vocab import PREFIXES

FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld", ".json": "json-ld"}


def load_graph(path: str | Path) -> Graph:
    """Parse a graph file by its extension; InputError if it is not valid RDF."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower(), "turtle")
    g = ConjunctiveGraph() if fmt in ("trig", "nquads") else Graph()
    try:
        g.parse(path, format=fmt)
    except Exception as e:  # rdflib raises many kinds of parse errors
        raise InputError(f"{path}: not valid {fmt}: {str(e).splitlines()[0][:200]}") from None
    return g


def prologue() -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def run_query(path: str | Path, sparql: str, fmt: str = "table") -> str:
    """The answer to `sparql` over the graph in `path`, formatted as table, csv or json."""
    g = load_graph(path)
    try:
        result = g.query(prologue() + sparql)
    except Exception as e:  # a SPARQL syntax or evaluation error
        raise InputError(f"bad query: {str(e).splitlines()[0][:200]}") from None
    if result.type == "ASK":
        return f"{str(bool(result.askAnswer)).lower()}\n"
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.serialize(format="turtle").decode("utf-8")
    header = [str(v) for v in result.vars]
    rows = [["" if v is None else str(v) for v in row] for row in result]
    if fmt == "json":
        return json.dumps([dict(zip(header, row)) for row in rows], ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
        return buf.getvalue()
    return _table(header, rows)


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    out = [line(header), line(["-" * w for w in widths])] + [line(r) for r in rows]
    return "\n".join(out) + f"\n({len(rows)} row{'s' if len(rows) != 1 else ''})\n"
