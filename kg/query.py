"""`kg query`: SPARQL over a graph file, answered by Oxigraph, printed as a table, CSV or JSON."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox

from .errors import InputError
from .sparql_check import QueryLimits
from .store import GraphStore, first_line
from .vocab import prefix_iris


def prologue() -> str:
    """The project's prefixes as SPARQL PREFIX lines (for engines that are not told them)."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in prefix_iris().items())


def run_query(path: str | Path | GraphStore, sparql: str, fmt: str = "table",
              limits: QueryLimits = QueryLimits()) -> str:
    """The answer to `sparql` over the graph in `path`, formatted as table, csv or json.

    InputError if the query is invalid, over `limits`, or fails while it runs (a SERVICE
    that does not answer: Oxigraph calls it while the results are read)."""
    store = path if isinstance(path, GraphStore) else GraphStore(path)
    result = store.query(sparql, limits=limits)
    try:
        return _format(result, fmt)
    except (OSError, RuntimeError, ValueError) as e:
        raise InputError(f"query failed: {first_line(e)}") from None


def _format(result, fmt: str) -> str:
    if isinstance(result, ox.QueryBoolean):
        return f"{str(bool(result)).lower()}\n"
    if isinstance(result, ox.QueryTriples):
        return ox.serialize(list(result), format=ox.RdfFormat.TURTLE, prefixes=prefix_iris()).decode("utf-8")
    header = [v.value for v in result.variables]
    rows = [[_text(solution[v]) for v in header] for solution in result]
    if fmt == "json":
        return json.dumps([dict(zip(header, row)) for row in rows], ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
        return buf.getvalue()
    return _table(header, rows)


def select(store: GraphStore, sparql: str) -> list[tuple[str, ...]]:
    """The rows of a SELECT query, each value as text ('' when unbound)."""
    result = store.query(sparql)
    names = [v.value for v in result.variables]
    return [tuple(_text(solution[v]) for v in names) for solution in result]


def _text(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def _table(header: list[str], rows: list[list[str]]) -> str:
    rows = [[" ".join(cell.split()) for cell in row] for row in rows]  # one line per row
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    out = [line(header), line(["-" * w for w in widths])] + [line(r) for r in rows]
    return "\n".join(out) + f"\n({len(rows)} row{'s' if len(rows) != 1 else ''})\n"
