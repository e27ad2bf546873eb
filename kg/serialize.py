"""Writing graphs to files: Turtle, N-Triples, JSON-LD and TriG.

rdflib's Turtle serializer scans every namespace-like prefix it has seen for each IRI,
which makes it quadratic on govkg's path-shaped IRIs (205 s of a 271 s build of 1,110
articles); Oxigraph's streaming serializers write the same graph in well under a second.
Triples are sorted first, so every output is the same byte for byte on every run.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from typing import TYPE_CHECKING

import pyoxigraph as ox

from .vocab import prefix_iris

if TYPE_CHECKING:
    from rdflib import Graph

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

# format name: file suffix. TriG needs the articles (one named graph each), so only
# `kg build` writes it; the others can also be made from a graph file by `kg export`.
SUFFIXES = {"turtle": ".ttl", "ntriples": ".nt", "jsonld": ".jsonld", "trig": ".trig"}


def term(t):
    """An rdflib term as an Oxigraph term."""
    from rdflib import BNode, Literal, URIRef  # for rdflib's users: `kg build` never imports rdflib

    if isinstance(t, URIRef):
        return ox.NamedNode(str(t))
    if isinstance(t, BNode):
        return ox.BlankNode(str(t))
    if isinstance(t, Literal):
        if t.language:
            return ox.Literal(str(t), language=t.language)
        if t.datatype:
            return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
        return ox.Literal(str(t))
    raise TypeError(f"not an RDF term: {t!r}")


def to_oxigraph(graph: Iterable) -> list[ox.Triple]:
    """rdflib triples as Oxigraph triples."""
    return [ox.Triple(term(s), term(p), term(o)) for s, p, o in graph]


def _rdflib_term(t):
    from rdflib import BNode, Literal, URIRef

    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if t.language:
        return Literal(t.value, lang=t.language)
    if t.datatype.value == XSD_STRING:
        return Literal(t.value)
    return Literal(t.value, datatype=URIRef(t.datatype.value))


def to_rdflib(triples: Iterable[ox.Triple]) -> Graph:
    """Oxigraph triples as an rdflib Graph (for pySHACL), with the project's prefixes bound."""
    from rdflib import Graph

    from .vocab import bind_prefixes

    g = bind_prefixes(Graph())
    for t in triples:
        g.add((_rdflib_term(t.subject), _rdflib_term(t.predicate), _rdflib_term(t.object)))
    return g


def term_key(term) -> tuple:
    """An Oxigraph term's place in the writers' order: IRIs, then blank nodes, then literals."""
    if isinstance(term, ox.Literal):
        return (2, term.value, term.language or term.datatype.value)
    return (1 if isinstance(term, ox.BlankNode) else 0, term.value, "")


class SortedTriples(list):
    """Triples already in the writers' order (see sort_triples), so they are not sorted again."""


def sort_triples(triples: Iterable[ox.Triple]) -> SortedTriples:
    """Triples sorted by subject, predicate and object: the order every writer uses."""
    if isinstance(triples, SortedTriples):
        return triples
    return SortedTriples(sorted(triples, key=lambda t: (term_key(t.subject), term_key(t.predicate),
                                                        term_key(t.object))))


def write_turtle(triples: Iterable[ox.Triple], path: str | Path) -> None:
    """Write triples as Turtle with the project's prefixes."""
    ox.serialize(sort_triples(triples), str(path), format=ox.RdfFormat.TURTLE, prefixes=prefix_iris())


def write_ntriples(triples: Iterable[ox.Triple], path: str | Path) -> None:
    """Write triples as N-Triples, one per line (for line-oriented tools and bulk loaders)."""
    ox.serialize(sort_triples(triples), str(path), format=ox.RdfFormat.N_TRIPLES)


def write_jsonld(triples: Iterable[ox.Triple], path: str | Path) -> None:
    """Write triples as compacted JSON-LD with the project's @context inline."""
    from .jsonld import write

    write(sort_triples(triples), path)


def write_trig(default: Iterable[ox.Triple], named: Iterable[tuple[str, Iterable[ox.Triple]]], path: str | Path) -> None:
    """Write a dataset as TriG: the `default` graph's triples, then each (name, triples) named graph."""
    quads = [ox.Quad(*t) for t in sort_triples(default)]
    for name, triples in sorted(named, key=lambda ng: str(ng[0])):
        graph_name = ox.NamedNode(str(name))
        quads += [ox.Quad(t.subject, t.predicate, t.object, graph_name) for t in sort_triples(triples)]
    ox.serialize(quads, str(path), format=ox.RdfFormat.TRIG, prefixes=prefix_iris())


WRITERS = {"turtle": write_turtle, "ntriples": write_ntriples, "jsonld": write_jsonld}
