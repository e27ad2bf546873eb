"""`kg export`: a graph file written in another form (another RDF syntax, Neo4j, graph.html,
CSV tables, GraphML)."""
from __future__ import annotations

from pathlib import Path

from .build import prepare_output, write_atomically
from .errors import InputError, OutputError, shown
from .serialize import WRITERS
from .store import read_triples

TARGETS = ("turtle", "ntriples", "jsonld", "neo4j", "html", "csv", "graphml")


def export(graph_file: str | Path, to: str, out: str | Path) -> list[Path]:
    """Write the graph in `graph_file` as `to` into `out` (a file; a folder for neo4j and csv); the paths written."""
    if to not in TARGETS:
        raise InputError(f"cannot export to {to!r}; choose one of {', '.join(TARGETS)}")
    triples = read_triples(graph_file)
    out = Path(out)
    try:
        if to == "neo4j":
            from .neo4j import write_neo4j

            return write_neo4j(triples, prepare_output(out))
        if to in ("csv", "graphml"):
            from .tables import write_csv, write_graphml
            from .views import read_facts

            facts = read_facts(triples)
            if to == "csv":
                return write_csv(facts, prepare_output(out), write_atomically)
            prepare_output(out.parent if str(out.parent) else ".")
            write_atomically(out, lambda p: write_graphml(facts, p))
            return [out]
        prepare_output(out.parent if str(out.parent) else ".")
        if to == "html":
            from .html import write_html

            write_atomically(out, lambda p: write_html(triples, p))
        else:
            write_atomically(out, lambda p: WRITERS[to](triples, p))
    except OSError as e:
        raise OutputError(f"{shown(out)}: cannot write ({e.strerror})") from None
    return [out]
