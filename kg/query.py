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
              limits: QueryLimits = QueryLimits(), width: int | None = None) -> str:
    """The answer to `sparql` over the graph in `path`, formatted as table, csv or json; a
    table's long cells are cut so that its lines fit in `width` characters (None: never cut).

    InputError if the query is invalid, over `limits`, or fails while it runs (a SERVICE
    that does not answer: Oxigraph calls it while the results are read)."""
    store = path if isinstance(path, GraphStore) else GraphStore(path)
    result = store.query(sparql, limits=limits)
    try:
        return _format(result, fmt, width)
    except (OSError, RuntimeError, ValueError) as e:
        raise InputError(f"query failed: {first_line(e)}") from None


def run_query_in_time(path: str | Path, sparql: str, fmt: str = "table", limits: QueryLimits = QueryLimits(),
                      timeout: float = 30.0, width: int | None = None) -> str:
    """run_query in a separate process, stopped after `timeout` seconds (InputError then).

    Oxigraph cannot be interrupted from Python (oxigraph#1926), so the query gets its own
    process, killed if it runs too long; a crash of the engine is an error, not our exit."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_answer_in_child, args=(str(path), sparql, fmt, limits, send, width), daemon=True)
    process.start()
    send.close()
    try:
        if not receive.poll(timeout):
            raise InputError(f"query stopped after {timeout:g} s (--timeout)")
        kind, text = receive.recv()
    except (EOFError, OSError):
        raise InputError("the query engine failed on this query") from None
    finally:
        process.kill()
        process.join(5)
        receive.close()
    if kind == "error":
        raise InputError(text)
    return text


def _answer_in_child(path: str, sparql: str, fmt: str, limits: QueryLimits, send, width: int | None = None) -> None:
    from .workers import quiet_worker

    quiet_worker()
    try:
        send.send(("ok", run_query(Path(path), sparql, fmt, limits, width)))
    except InputError as e:
        send.send(("error", str(e)))
    except Exception as e:  # noqa: BLE001 - reported as one line by the parent
        send.send(("error", f"unexpected {type(e).__name__}: {first_line(e)} (please report this with the query)"))


def _format(result, fmt: str, width: int | None = None) -> str:
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
    return _table(header, rows, width)


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


def _table(header: list[str], rows: list[list[str]], width: int | None = None) -> str:
    rows = [[" ".join(cell.split()) for cell in row] for row in rows]  # one line per row
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
    if width is not None:
        widths = fit_widths(widths, [len(h) for h in header], width - 2 * (len(header) - 1))
        rows = [[_cut(c, w) for c, w in zip(row, widths)] for row in rows]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    out = [line(header), line(["-" * w for w in widths])] + [line(r) for r in rows]
    return "\n".join(out) + f"\n({len(rows)} row{'s' if len(rows) != 1 else ''})\n"


def fit_widths(widths: list[int], least: list[int], room: int) -> list[int]:
    """Column widths that fit in `room` characters: the widest column is narrowed first,
    none below its header or 10 characters (then the table is wider than the room)."""
    widths = list(widths)
    floor = [min(w, max(h, 10)) for w, h in zip(widths, least)]
    while sum(widths) > room:  # one character at a time from the widest: the columns end up even
        shrinkable = [k for k in range(len(widths)) if widths[k] > floor[k]]
        if not shrinkable:
            break
        widths[max(shrinkable, key=lambda k: (widths[k], -k))] -= 1
    return widths


def _cut(cell: str, width: int) -> str:
    return cell if len(cell) <= width else cell[:width - 1] + "…"
