"""RDF terms as plain Python values while `kg build` merges a corpus's statements.

An IRI is a `str`; a literal is a (lexical form, language, datatype IRI) tuple, with ""
where there is none (no datatype means xsd:string). Strings hash once and compare in C,
so a set of such triples merges statements several times faster than a set of rdflib or
Oxigraph terms (an rdflib Literal costs ~35 µs to make, and Oxigraph terms hash in Rust
on every lookup). `sorted_triples` turns them into Oxigraph triples in the writers'
order, making each distinct term once.
"""
from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from .serialize import SortedTriples, term_key

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"

Term = str | tuple  # an IRI, or a literal (lexical form, language, datatype)


def literal(value, lang: str = "", datatype: str = "") -> tuple[str, str, str]:
    """A literal as rdflib's Literal(value, lang=, datatype=) writes it (True is 'true'^^xsd:boolean)."""
    if isinstance(value, bool):
        return ("true" if value else "false", "", XSD_BOOLEAN)
    if lang:
        return (value, lang, "")
    return (str(value) if datatype else value, "", "" if datatype == XSD_STRING else datatype)


def from_rdflib(term) -> Term | ox.BlankNode:
    """An rdflib term as a plain term (a blank node, which only the ontology has, as Oxigraph's)."""
    if isinstance(term, URIRef):
        return str(term)
    if isinstance(term, Literal):
        datatype = str(term.datatype) if term.datatype else ""
        return (str(term), term.language or "", "" if datatype == XSD_STRING else datatype)
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def from_oxigraph(term) -> Term | ox.BlankNode:
    """An Oxigraph term as a plain term (a blank node stays Oxigraph's)."""
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        return (term.value, term.language or "", "" if datatype == XSD_STRING or term.language else datatype)
    return term


def _key(term: Term | ox.BlankNode) -> tuple:
    """The order of serialize.term_key, read from a plain term."""
    if isinstance(term, str):
        return (0, term, "")
    if isinstance(term, tuple):
        return (2, term[0], term[1] or term[2] or XSD_STRING)
    return term_key(term)


def to_oxigraph(term: Term | ox.BlankNode):
    """The Oxigraph term of a plain term (ValueError if an IRI is not valid)."""
    if isinstance(term, str):
        return ox.NamedNode(term)
    if isinstance(term, tuple):
        value, lang, datatype = term
        if lang:
            return ox.Literal(value, language=lang)
        return ox.Literal(value, datatype=ox.NamedNode(datatype)) if datatype else ox.Literal(value)
    return term


def sorted_triples(spo: Iterable[tuple]) -> SortedTriples:
    """(subject, predicate, object) of plain terms as Oxigraph triples in the writers' order
    (serialize.sort_triples): distinct terms are ranked once, then the triples are sorted
    as tuples of ranks."""
    spo = list(spo)
    terms = sorted(dict.fromkeys(term for t in spo for term in t), key=_key)
    rank = {term: n for n, term in enumerate(terms)}
    nodes = [to_oxigraph(term) for term in terms]
    ranked = sorted([(rank[s], rank[p], rank[o]) for s, p, o in spo])
    return SortedTriples([ox.Triple(nodes[s], nodes[p], nodes[o]) for s, p, o in ranked])
