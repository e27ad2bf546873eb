"""What graph.html and the tables show, read from the graph's triples.

`read_facts` reads the triples of a handful of properties into a small index and returns
plain Python data: nodes (persons, bodies, places, directives) with their labels in each
language, the edges between them (a post held, directing, being part of, serving,
issuing) with the sentences that say so, and the articles. It relies only on the
contract's shapes (`org:holds`, `org:postIn`, `org:role`...) and reads the rest (first and
last seen, status, dates, evidence) where the graph has it, so it keeps working as the
graph says more. Everything is sorted, so the same graph gives the same facts.

It reads the triples `kg build` has just merged (plain terms, kg/terms.py) without loading
them into a store first: loading and querying Oxigraph cost `kg build` more than
reading the facts (1.6 of 3 CPU-s of the page of a 2,100-article graph).
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

import pyoxigraph as ox

from .store import GraphStore
from .vocab import ID_IRI, prefix_iris

LANGS = ("en", "vi", "id")
KINDS = {  # kind: (rdf type, colour)
    "person": ("foaf:Person", "#e15759"),
    "body": ("org:Organization", "#4e79a7"),
    "place": ("schema:AdministrativeArea", "#59a14f"),
    "directive": ("schema:Legislation", "#f28e2b"),
}
EDGE_KINDS = ("holds", "directs", "part of", "serves", "issued")


@dataclass
class Node:
    """A person, body, place or directive, with its label in each language."""
    iri: str
    kind: str
    labels: dict[str, str] = field(default_factory=dict)
    names: set[str] = field(default_factory=set)  # every label and spelling, for search
    sources: list[str] = field(default_factory=list)  # article ids
    attributes: list[tuple[str, str]] = field(default_factory=list)
    provinces: list[str] = field(default_factory=list)

    def label(self, lang: str = "en") -> str:
        return self.labels.get(lang) or self.labels.get("en") or next(iter(sorted(self.labels.values())), "") \
            or short(self.iri)


@dataclass
class Edge:
    """A relation drawn between two nodes; a post held carries its role, dates and status."""
    source: str
    target: str
    kind: str
    evidence: list[tuple[str, str]] = field(default_factory=list)  # (article id, sentence), sorted, once each
    role: str = ""
    first: str = ""
    last: str = ""
    status: str = ""
    articles: int = 0


@dataclass
class Facts:
    """Everything the views show."""
    nodes: dict[str, Node]
    edges: list[Edge]
    articles: dict[str, dict[str, str]]  # id -> headline, date, url, language


def short(iri: str) -> str:
    """An IRI without the data namespace."""
    return iri[len(ID_IRI):] if iri.startswith(ID_IRI) else iri


_MARKS = re.compile("[\u0300-\u036f]")  # combining diacritical marks


def fold(text: str) -> str:
    """Lower case without diacritics ('Nguyễn Đức Chung' -> 'nguyen duc chung'), as the page folds."""
    plain = _MARKS.sub("", unicodedata.normalize("NFD", text))
    return plain.replace("đ", "d").replace("Đ", "d").lower()


class _Index:
    """The triples of a few predicates, by predicate then subject: what read_facts looks up."""

    def __init__(self, triples: Iterable[tuple], predicates: Iterable[str]) -> None:
        self._by: dict[str, dict] = {p: defaultdict(list) for p in predicates}
        by_predicate = self._by.get  # bound once: this loop runs once a triple
        for s, p, o in triples:
            by_subject = by_predicate(p)
            if by_subject is not None:
                by_subject[s].append(o)

    def objects(self, s, p: str) -> list:
        """The objects of (s, p, ?)."""
        return self._by[p].get(s, [])

    def pairs(self, p: str) -> Iterator[tuple]:
        """(subject, object) of every triple of predicate p."""
        for s, objects in self._by[p].items():
            for o in objects:
                yield s, o

    def subjects(self, p: str) -> Iterable:
        return self._by[p].keys()

    def path(self, s, *ps: str) -> list:
        """The ends of the property path s/ps[0]/ps[1]/..."""
        ends = [s]
        for p in ps:
            ends = [o for x in ends for o in self.objects(x, p)]
        return ends


@cache
def _iri(name: str) -> str:
    """The IRI of a prefixed name ('org:holds')."""
    prefix, local = name.split(":")
    return prefix_iris()[prefix] + local


RDF_TYPE, COUNTRY = _iri("rdf:type"), _iri("schema:Country")
TYPES = {_iri(t): kind for kind, (t, _) in KINDS.items()}
LABEL_PROPS = {_iri(p): p for p in ("skos:prefLabel", "rdfs:label", "schema:name", "foaf:name", "skos:altLabel")}
ATTRIBUTES = (  # (name shown, property path to the value)
    ("type", ("org:classification", "skos:notation")), ("level", ("govkg:level", "skos:notation")),
    ("type", ("govkg:unitType",)), ("code", ("govkg:gazetteerCode",)), ("valid from", ("govkg:validFrom",)),
    ("valid until", ("govkg:validUntil",)), ("type", ("schema:legislationType", "skos:notation")),
    ("identifier", ("schema:legislationIdentifier",)), ("date", ("schema:legislationDate",)))
PLAIN_EDGES = (("org:subOrganizationOf", "part of"), ("schema:containedInPlace", "part of"),
               ("schema:areaServed", "serves"))
POST_DAYS = ("govkg:firstSeen", "govkg:lastSeen", "govkg:observedOn")
ARTICLE_FIELDS = (("headline", "schema:headline"), ("date", "schema:datePublished"), ("url", "schema:url"),
                  ("language", "schema:inLanguage"))
PREDICATES = [_iri(p) for p in (
    "rdf:type", *(p for _, path in ATTRIBUTES for p in path), *(p for p, _ in PLAIN_EDGES), *POST_DAYS,
    *(p for _, p in ARTICLE_FIELDS), "skos:prefLabel", "rdfs:label", "schema:name", "foaf:name", "skos:altLabel",
    "prov:wasDerivedFrom", "dcterms:identifier", "org:holds", "org:postIn", "org:role", "govkg:latestStatus",
    "govkg:former", "govkg:evidence", "nif:anchorOf", "nif:referenceContext", "govkg:directs", "rdf:subject",
    "rdf:predicate", "rdf:object", "schema:legislationPassedBy", "govkg:level")]


def _value(term) -> str:
    """A term's lexical form or IRI ('' for none)."""
    if term is None:
        return ""
    if isinstance(term, str):
        return term
    if isinstance(term, tuple):
        return term[0]
    return term.value  # a blank node


def _is(term, lexical: str, datatype: str = "") -> bool:
    """Whether `term` is the literal `lexical` (a simple literal when no datatype is given)."""
    return isinstance(term, tuple) and term[0] == lexical and not term[1] and term[2] == datatype


def plain_triples(source) -> Iterable[tuple]:
    """The triples of `source` (a GraphStore, Oxigraph triples, an rdflib Graph, or plain-term
    triples as kg.terms makes them) as plain terms."""
    if isinstance(source, (set, list)) and source and type(next(iter(source))[1]) is str:  # noqa: E721
        return source  # already plain (kg.rdf.merge)
    return _plain(source)


def _plain(source) -> Iterator[tuple]:
    from .terms import from_oxigraph, from_rdflib

    if isinstance(source, GraphStore):
        source = (q.triple for q in source.store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    for t in source:
        if isinstance(t, ox.Triple):
            yield from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object)
        elif type(t[1]) is str:  # noqa: E721 - an rdflib URIRef is a str too
            yield t
        else:
            yield from_rdflib(t[0]), from_rdflib(t[1]), from_rdflib(t[2])


def read_facts(source) -> Facts:
    """The nodes, edges and articles of the graph `source` (see plain_triples)."""
    g = _Index(plain_triples(source), PREDICATES)
    nodes = _nodes(g)
    _labels(g, nodes)
    derived, identifier = _iri("prov:wasDerivedFrom"), _iri("dcterms:identifier")
    sources, attributes = defaultdict(set), defaultdict(set)
    ids: dict = {}  # an article's ids, read once (each is the source of many nodes)
    for n, a in g.pairs(derived):
        if n in nodes:
            if a not in ids:
                ids[a] = [_value(i) for i in g.objects(a, identifier)]
            sources[n].update(ids[a])
    for name, (first, *rest) in ATTRIBUTES:
        for n, o in g.pairs(_iri(first)):
            if n in nodes:
                attributes[n].update((name, _value(v)) for v in g.path(o, *map(_iri, rest)))
    for iri, node in nodes.items():
        node.sources = sorted(sources.get(iri, ()))
        node.attributes = sorted(attributes.get(iri, ()))
    edges = _edges(g, nodes)
    _provinces(g, nodes, edges)
    articles = {}
    for a in sorted(s for s, t in g.pairs(RDF_TYPE) if t == _iri("schema:NewsArticle")):
        entry = {name: max((_value(v) for v in g.objects(a, _iri(p))), default="") for name, p in ARTICLE_FIELDS}
        for article_id in g.objects(a, identifier):
            articles[_value(article_id)] = {k: v for k, v in entry.items() if v}
    return Facts(dict(sorted(nodes.items())), edges, dict(sorted(articles.items())))


def _nodes(g: _Index) -> dict[str, Node]:
    """Every person, body, place (but the country) and directive, of the first of KINDS its types name."""
    kinds: dict[str, set[str]] = defaultdict(set)
    countries = set()
    for s, t in g.pairs(RDF_TYPE):
        if t in TYPES:
            kinds[s].add(TYPES[t])
        elif t == COUNTRY:
            countries.add(s)
    order = list(KINDS)
    return {_value(n): Node(_value(n), min(ks, key=order.index)) for n, ks in kinds.items() if n not in countries}


def _labels(g: _Index, nodes: dict[str, Node]) -> None:
    """Each node's label per language: a person's name with diacritics, a body's preferred
    label, a place's label, a directive's type in that language and its number."""
    rank = {"skos:prefLabel": 0, "rdfs:label": 1, "schema:name": 2, "foaf:name": 3, "skos:altLabel": 4}
    pref_label, identifier_p, type_p = _iri("skos:prefLabel"), _iri("schema:legislationIdentifier"), \
        _iri("schema:legislationType")
    for iri, node in nodes.items():
        found: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for p, prop in LABEL_PROPS.items():
            for v in g.objects(iri, p):
                if not isinstance(v, tuple):
                    continue
                node.names.add(v[0])
                if prop == "foaf:name":
                    found["name"].append((3, v[0]))
                elif prop != "skos:altLabel":
                    found[v[1] or "*"].append((rank[prop], v[0]))
        if node.kind == "directive":
            for identifier in g.objects(iri, identifier_p):
                for type_label in g.path(iri, type_p, pref_label):
                    if isinstance(type_label, tuple) and type_label[1]:
                        found[type_label[1]].append((-1, f"{type_label[0]} {_value(identifier)}"))
        anywhere = sorted(found.get("*", []), key=lambda rv: (rv[0], -len(rv[1]), rv[1]))
        if node.kind == "person":
            names = [v for _, v in found.get("name", [])]
            best = max(names) if names else short(iri)  # 'ê' sorts after 'e': the one with diacritics
            node.labels = {lang: best for lang in LANGS}
            continue
        for lang in LANGS:
            own = sorted(found.get(lang, []))
            choice = own[0][1] if own else (anywhere[0][1] if anywhere else "")
            if choice:
                node.labels[lang] = choice
        for lang in LANGS:  # a language without a label takes English's, then any
            node.labels.setdefault(lang, node.labels.get("en") or next(iter(node.labels.values()), short(iri)))


def _edges(g: _Index, nodes: dict[str, Node]) -> list[Edge]:
    evidence: dict = defaultdict(set)
    anchor, context, identifier = _iri("nif:anchorOf"), _iri("nif:referenceContext"), _iri("dcterms:identifier")
    sentences: dict = {}  # each sentence read once: a post and its statements share it
    for x, e in g.pairs(_iri("govkg:evidence")):
        if e not in sentences:
            articles = [_value(a) for a in g.path(e, context, identifier)] or [""]
            sentences[e] = {(a, " ".join(_value(text).split())) for text in g.objects(e, anchor) for a in articles}
        evidence[x] |= sentences[e]
    edges = []
    for p, post in g.pairs(_iri("org:holds")):
        for b in g.objects(post, _iri("org:postIn")):
            if p in nodes and b in nodes:
                edges += [_post_edge(g, p, post, b, role, sorted(evidence.get(post, ())))
                          for role in (g.path(post, _iri("org:role"), _iri("skos:notation")) or [None])]
    directs = defaultdict(set)
    statements = _directs_statements(g)
    for a, b in g.pairs(_iri("govkg:directs")):
        directs[(a, b)] |= {ev for st in statements.get((a, b), ()) for ev in evidence.get(st, ())}
    edges += [Edge(a, b, "directs", sorted(ev)) for (a, b), ev in directs.items() if a in nodes and b in nodes]
    for p, kind in PLAIN_EDGES:
        edges += [Edge(a, b, kind) for a, b in g.pairs(_iri(p)) if a in nodes and b in nodes]
    edges += [Edge(a, d, "issued") for d, a in g.pairs(_iri("schema:legislationPassedBy"))
              if a in nodes and d in nodes]
    order = {kind: i for i, kind in enumerate(EDGE_KINDS)}
    return sorted(edges, key=lambda e: (order[e.kind], e.source, e.target, e.role))


def _post_edge(g: _Index, p: str, post: str, b: str, role, evidence: list) -> Edge:
    """A post held: its role, the days it was seen (first and last seen, or the days it was
    observed, or its articles' dates), its status, and how many articles state it."""
    derived = _iri("prov:wasDerivedFrom")
    articles = set(g.objects(post, derived))
    days = [_value(d) for p_day in POST_DAYS for d in g.objects(post, _iri(p_day))]
    days += [_value(d) for a in articles for d in g.objects(a, _iri("schema:datePublished"))]
    statuses = [_value(s) for s in g.path(post, _iri("govkg:latestStatus"), _iri("skos:notation"))]
    if any(_is(v, "true", _iri("xsd:boolean")) for v in g.objects(post, _iri("govkg:former"))):
        statuses.append("former")
    return Edge(p, b, "holds", evidence, _value(role) or "post", min(days, default=""), max(days, default=""),
                min(statuses, default=""), len(articles))


def _directs_statements(g: _Index) -> dict[tuple, list]:
    """The statements of each (agent, target) of govkg:directs: rdf:subject, rdf:predicate govkg:directs, rdf:object."""
    directs = _iri("govkg:directs")
    statements = defaultdict(list)
    for st, a in g.pairs(_iri("rdf:subject")):
        if directs in g.objects(st, _iri("rdf:predicate")):
            for b in g.objects(st, _iri("rdf:object")):
                statements[(a, b)].append(st)
    return statements


def _provinces(g: _Index, nodes: dict[str, Node], edges: list[Edge]) -> None:
    """Each node's provinces: a place's own, a body's place's, a holder's or director's
    bodies', an issuer's directives'."""
    level, notation, contained = _iri("govkg:level"), _iri("skos:notation"), _iri("schema:containedInPlace")
    provinces = {p for p in g.subjects(level) if any(_is(v, "province") for v in g.path(p, level, notation))}
    of: dict[str, set[str]] = defaultdict(set)
    for place, kind in g.pairs(RDF_TYPE):
        if kind != _iri("schema:AdministrativeArea"):
            continue
        seen, todo = {place}, [place]  # schema:containedInPlace*
        while todo:
            for up in g.objects(todo.pop(), contained):
                if up not in seen:
                    seen.add(up)
                    todo.append(up)
        of[place] |= {p for p in seen if p in provinces and p in nodes}
    for e in edges:
        if e.kind == "serves":
            of[e.source] |= of.get(e.target, set())
    for e in edges:  # a sub-body tied to no place is its parent's
        if e.kind == "part of" and nodes[e.source].kind == "body" and not of.get(e.source):
            of[e.source] |= of.get(e.target, set())
    for e in edges:
        if e.kind in ("holds", "directs") and nodes[e.source].kind == "person":
            of[e.source] |= of.get(e.target, set())
    for e in edges:
        if e.kind == "issued":
            of[e.target] |= of.get(e.source, set())
    for iri, provinces in of.items():
        if iri in nodes:
            nodes[iri].provinces = sorted(provinces)
