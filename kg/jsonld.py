"""JSON-LD output: compacted by the project's published @context (ontology/context.jsonld).

rdflib's JSON-LD serializer leaves data IRIs uncompacted and takes 5 s per 100k triples;
with a context that only declares prefixes, compaction is a plain rewrite of each IRI,
done here in one pass over the sorted triples. The context is embedded in every file so
that it parses offline; it is also published as a file for clients that refer to it.
"""
from __future__ import annotations

import json
from functools import cache
from itertools import groupby
from pathlib import Path

import pyoxigraph as ox

from .vocab import ontology_file

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@cache
def context() -> dict[str, str]:
    """The project's JSON-LD context: prefix -> namespace IRI."""
    return json.loads(ontology_file("context.jsonld").read_text(encoding="utf-8"))["@context"]


@cache
def _namespaces() -> list[tuple[str, str]]:
    """(namespace, prefix), longest namespace first, so the most specific prefix wins."""
    return sorted(((ns, prefix) for prefix, ns in context().items()), key=lambda p: -len(p[0]))


def compact(iri: str) -> str:
    """'https://schema.org/name' -> 'schema:name'; an IRI under no prefix is kept whole."""
    for ns, prefix in _namespaces():
        if iri.startswith(ns) and len(iri) > len(ns) and not iri[len(ns):].startswith("//"):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _node_ref(term) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else compact(term.value)


def _value(term):
    if not isinstance(term, ox.Literal):
        return {"@id": _node_ref(term)}
    if term.language:
        return {"@value": term.value, "@language": term.language}
    if term.datatype.value == XSD_STRING:
        return term.value
    return {"@value": term.value, "@type": compact(term.datatype.value)}


def _node(subject, triples: list[ox.Triple]) -> dict:
    node: dict = {"@id": _node_ref(subject)}
    for predicate, group in groupby(triples, key=lambda t: t.predicate.value):
        objects = [t.object for t in group]
        if predicate == RDF_TYPE:
            values = [_node_ref(o) for o in objects]
            key = "@type"
        else:
            values = [_value(o) for o in objects]
            key = compact(predicate)
        node[key] = values[0] if len(values) == 1 else values
    return node


def write(triples: list[ox.Triple], path: str | Path) -> None:
    """Write `triples` (sorted by subject, then predicate) as one JSON-LD document."""
    with open(path, "w", encoding="utf-8") as out:
        out.write('{"@context": ' + json.dumps(context(), ensure_ascii=False, indent=1) + ',\n"@graph": [\n')
        for n, (subject, group) in enumerate(groupby(triples, key=lambda t: t.subject)):
            out.write((",\n" if n else "") + json.dumps(_node(subject, list(group)), ensure_ascii=False))
        out.write("\n]}\n")
