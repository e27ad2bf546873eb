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
from operator import itemgetter

import pyoxigraph as ox

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
    from rdflib import BNode, Literal, URIRef  # only for rdflib's users: `kg build` never imports it

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
    (serialize.sort_triples): distinct terms are ranked once (IRIs by plain string order,
    literals by value then language or datatype), then the triples are sorted as three
    arrays of ranks by numpy, without a Python tuple per triple."""
    import numpy as np

    rows = spo if isinstance(spo, (list, set, tuple)) else list(spo)
    subjects, predicates, objects = zip(*rows) if rows else ((), (), ())
    distinct = set(subjects)
    distinct.update(predicates)
    distinct.update(objects)
    iris = sorted(t for t in distinct if type(t) is str)  # noqa: E721 - not a str subclass
    literals = _sorted_literals([t for t in distinct if type(t) is tuple])  # noqa: E721
    others = sorted((t for t in distinct if type(t) not in (str, tuple)), key=_key)  # noqa: E721
    terms = iris + others + literals  # the order of serialize.term_key: IRIs, blank nodes, literals
    rank = {term: n for n, term in enumerate(terms)}
    s, p, o = (np.array(list(map(rank.__getitem__, column)), dtype=np.int64)
               for column in (subjects, predicates, objects))
    order = np.lexsort((o, p, s))
    node = [to_oxigraph(term) for term in terms].__getitem__
    return SortedTriples(map(ox.Triple, *(map(node, column[order].tolist()) for column in (s, p, o))))


def _sorted_literals(literals: list[tuple]) -> list[tuple]:
    """Plain literals in the order of _literal_key, sorted by their values alone: a sort on
    strings compares them in C, about twice as fast as one on key tuples (0.48 -> 0.26 CPU-s
    for the whole vi-news archive's 181,000 literals). The few literals that share a value
    are then put in order by language or datatype."""
    literals.sort(key=itemgetter(0))
    values = [t[0] for t in literals]
    k = 0
    while k < len(literals) - 1:
        if values[k] != values[k + 1]:
            k += 1
            continue
        end = k + 2
        while end < len(literals) and values[end] == values[k]:
            end += 1
        literals[k:end] = sorted(literals[k:end], key=_literal_key)
        k = end
    return literals


def _literal_key(term: tuple) -> tuple:
    """serialize.term_key of a plain literal, without its constant first part."""
    return term[0], term[1] or term[2] or XSD_STRING
