"""Graph files in an embedded Oxigraph store: fast loading and SPARQL for `kg query`,
`kg serve` and `kg export`.

Oxigraph loads a million triples in about 3 s where rdflib takes about 30 s (see
benchmarks/stores.py), and evaluates SPARQL natively.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from .errors import InputError, shown
from .sparql_check import QueryLimits, check_query
from .vocab import prefix_iris

FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE, ".trig": ox.RdfFormat.TRIG, ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS, ".jsonld": ox.RdfFormat.JSON_LD, ".json": ox.RdfFormat.JSON_LD,
}


def rdf_format(path: str | Path) -> ox.RdfFormat:
    """The RDF format of a graph file, from its suffix (Turtle if unknown)."""
    return FORMATS.get(Path(path).suffix.lower(), ox.RdfFormat.TURTLE)


class GraphStore:
    """One graph file loaded into memory, queried with the project's prefixes declared.

    The default graph of a TriG file is made the union of all its graphs (each triple
    once), so a TriG file answers like the Turtle one; GRAPH still sees each article's.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.store = ox.Store()
        fmt = rdf_format(path)
        try:
            self.store.load(path=str(path), format=fmt)
            if fmt.supports_datasets:
                # Oxigraph's use_default_graph_as_union repeats a triple once per graph
                # holding it, and is slow; a real union in the default graph is neither.
                self.store.extend([ox.Quad(q.subject, q.predicate, q.object) for q in self.store
                                   if not isinstance(q.graph_name, ox.DefaultGraph)])
        except SyntaxError as e:
            raise InputError(f"{shown(path)}: not valid {fmt.name}: {first_line(e)}") from None
        except OSError as e:
            raise InputError(f"{shown(path)}: cannot read ({e.strerror or e})") from None

    def query(self, sparql: str, default_graph: list[str] | None = None, named_graphs: list[str] | None = None,
              limits: QueryLimits = QueryLimits()):
        """Oxigraph's answer to `sparql`: solutions, triples or a boolean; InputError if it is
        invalid, QueryRefused if it is over `limits` (checked before Oxigraph parses it).

        `default_graph` and `named_graphs` (graph IRIs) replace the dataset, as the SPARQL
        protocol's default-graph-uri and named-graph-uri do."""
        check_query(sparql, limits)
        dataset = {}
        if default_graph:
            dataset["default_graph"] = [graph_iri(g) for g in default_graph]
        if named_graphs:
            dataset["named_graphs"] = [graph_iri(g) for g in named_graphs]
        try:
            return self.store.query(sparql, prefixes=prefix_iris(), **dataset)
        except (SyntaxError, ValueError) as e:
            raise InputError(f"bad query: {first_line(e)}") from None
        except (OSError, RuntimeError) as e:  # a SERVICE that fails, an evaluation error
            raise InputError(f"query failed: {first_line(e)}") from None


def graph_iri(text: str) -> ox.NamedNode:
    """A graph name given by a user as an IRI; InputError if it is not one."""
    try:
        return ox.NamedNode(text)
    except ValueError:
        raise InputError(f"not a graph IRI: {shown(text)}") from None


def first_line(e: BaseException, limit: int = 200) -> str:
    """An exception's message as one short line."""
    lines = str(e).splitlines() or [type(e).__name__]
    return shown(lines[0][:limit], quote=False)


def read_triples(path: str | Path) -> list[ox.Triple]:
    """Every distinct triple of a graph file, whatever graph it is in, exactly as written.

    Read by the parser, not through the store: Oxigraph's store (like Virtuoso) keeps
    xsd:nonNegativeInteger and other integer types as xsd:integer (oxigraph#1413).
    """
    fmt = rdf_format(path)
    try:
        return list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(path=str(path), format=fmt)))
    except SyntaxError as e:
        raise InputError(f"{shown(path)}: not valid {fmt.name}: {first_line(e)}") from None
    except OSError as e:
        raise InputError(f"{shown(path)}: cannot read ({e.strerror or e})") from None


def store_of(triples) -> GraphStore:
    """A GraphStore holding `triples` (Oxigraph triples), for what is written from a graph in memory."""
    store = GraphStore.__new__(GraphStore)
    store.path = None
    store.store = ox.Store()
    store.store.extend([ox.Quad(t.subject, t.predicate, t.object) for t in triples])
    return store
