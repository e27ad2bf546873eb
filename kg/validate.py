"""SHACL validation of a graph against ontology/shapes.ttl (pySHACL)."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from .serialize import to_rdflib
from .store import read_triples
from .vocab import ontology_file


def validate_graph(g: Graph) -> tuple[bool, str]:
    """(conforms, report text) of `g` against the project's shapes."""
    from pyshacl import validate

    shapes = Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    conforms, _, text = validate(g, shacl_graph=shapes, inference="none", advanced=True)
    return bool(conforms), "conforms" if conforms else text


def validate_file(path: str | Path) -> tuple[bool, str]:
    """(conforms, report text) of the graph file `path` (every graph of it, for TriG)."""
    return validate_graph(to_rdflib(read_triples(path)))
