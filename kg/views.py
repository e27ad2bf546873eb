"""What graph.html and the tables show, read with SPARQL from an Oxigraph store.

`read_facts` asks the store a handful of SELECT queries and returns plain Python data:
nodes (persons, bodies, places, directives) with their labels in each language, the
edges between them (a post held, directing, being part of, serving, issuing) with the
sentences that say so, and the articles. It relies only on the contract's shapes
(`org:holds`, `org:postIn`, `org:role`...) and reads the rest (first and last seen,
status, dates, evidence) where the graph has it, so it keeps working as the graph says
more. Everything is sorted, so the same graph gives the same facts.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from .store import GraphStore
from .vocab import ID

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
    return iri[len(str(ID)):] if iri.startswith(str(ID)) else iri


_MARKS = re.compile("[\u0300-\u036f]")  # combining diacritical marks


def fold(text: str) -> str:
    """Lower case without diacritics ('Nguyễn Đức Chung' -> 'nguyen duc chung'), as the page folds."""
    plain = _MARKS.sub("", unicodedata.normalize("NFD", text))
    return plain.replace("đ", "d").replace("Đ", "d").lower()


def _rows(store: GraphStore, sparql: str) -> Iterable[list]:
    for solution in store.query(sparql):
        yield list(solution)  # the values in the order of the variables, None where unbound


def _value(term) -> str:
    return "" if term is None else term.value


NODES = """SELECT ?n ?kind WHERE {
  VALUES (?t ?kind) { %s }
  ?n a ?t . FILTER NOT EXISTS { ?n a schema:Country } }"""
LABELS = """SELECT ?n ?p ?v WHERE {
  VALUES ?t { foaf:Person org:Organization schema:AdministrativeArea schema:Legislation }
  VALUES ?p { foaf:name skos:prefLabel skos:altLabel rdfs:label schema:name }
  ?n a ?t ; ?p ?v }"""
DIRECTIVE_LABELS = """SELECT ?n ?id ?typeLabel WHERE {
  ?n a schema:Legislation ; schema:legislationIdentifier ?id ; schema:legislationType/skos:prefLabel ?typeLabel }"""
SOURCES = """SELECT ?n ?article WHERE {
  VALUES ?t { foaf:Person org:Organization schema:AdministrativeArea schema:Legislation }
  ?n a ?t ; prov:wasDerivedFrom/dcterms:identifier ?article }"""
ATTRIBUTES = """SELECT ?n ?name ?v WHERE {
  { ?n org:classification/skos:notation ?v BIND("type" AS ?name) }
  UNION { ?n govkg:level/skos:notation ?v BIND("level" AS ?name) }
  UNION { ?n govkg:unitType ?v BIND("type" AS ?name) }
  UNION { ?n govkg:gazetteerCode ?v BIND("code" AS ?name) }
  UNION { ?n govkg:validFrom ?v BIND("valid from" AS ?name) }
  UNION { ?n govkg:validUntil ?v BIND("valid until" AS ?name) }
  UNION { ?n schema:legislationType/skos:notation ?v BIND("type" AS ?name) }
  UNION { ?n schema:legislationIdentifier ?v BIND("identifier" AS ?name) }
  UNION { ?n schema:legislationDate ?v BIND("date" AS ?name) } }"""
PROVINCES = """SELECT ?place ?province WHERE {
  ?place a schema:AdministrativeArea ; schema:containedInPlace* ?province .
  ?province govkg:level/skos:notation "province" }"""
# One row per post: the contract's shape, and what the graph says of the post's time where it does
# (first and last seen, or the days it was observed, or its articles' dates) and of its status.
POSTS = """SELECT ?p ?post ?b ?role (MIN(?day) AS ?first) (MAX(?day) AS ?last) (SAMPLE(?st) AS ?status)
       (COUNT(DISTINCT ?article) AS ?articles) WHERE {
  ?p org:holds ?post . ?post org:postIn ?b .
  OPTIONAL { ?post org:role/skos:notation ?role }
  OPTIONAL { ?post prov:wasDerivedFrom ?article }
  OPTIONAL { { ?post govkg:firstSeen|govkg:lastSeen|govkg:observedOn ?day }
             UNION { ?post prov:wasDerivedFrom/schema:datePublished ?day } }
  OPTIONAL { { ?post govkg:latestStatus/skos:notation ?st } UNION { ?post govkg:former true BIND("former" AS ?st) } }
} GROUP BY ?p ?post ?b ?role"""
EVIDENCE = """SELECT ?x ?article ?text WHERE {
  ?x govkg:evidence ?e . ?e nif:anchorOf ?text .
  OPTIONAL { ?e nif:referenceContext/dcterms:identifier ?article } }"""
DIRECTS = """SELECT ?a ?b ?st WHERE { ?a govkg:directs ?b .
  OPTIONAL { ?st rdf:subject ?a ; rdf:predicate govkg:directs ; rdf:object ?b } }"""
PLAIN_EDGES = """SELECT ?a ?b ?kind WHERE {
  { ?a org:subOrganizationOf ?b BIND("part of" AS ?kind) }
  UNION { ?a schema:containedInPlace ?b BIND("part of" AS ?kind) }
  UNION { ?a schema:areaServed ?b BIND("serves" AS ?kind) }
  UNION { ?d schema:legislationPassedBy ?a BIND(?d AS ?b) BIND("issued" AS ?kind) } }"""
ARTICLES = """SELECT ?a ?id ?headline ?date ?url ?language WHERE {
  ?a a schema:NewsArticle ; dcterms:identifier ?id .
  OPTIONAL { ?a schema:headline ?headline } OPTIONAL { ?a schema:datePublished ?date }
  OPTIONAL { ?a schema:url ?url } OPTIONAL { ?a schema:inLanguage ?language } }"""


def read_facts(store: GraphStore) -> Facts:
    """The nodes, edges and articles of the graph in `store`."""
    values = " ".join(f'({t} "{kind}")' for kind, (t, _) in KINDS.items())
    nodes = {n.value: Node(n.value, kind.value) for n, kind in _rows(store, NODES % values)}
    _labels(store, nodes)
    for n, article in _rows(store, SOURCES):
        if n.value in nodes:
            nodes[n.value].sources.append(article.value)
    for n, name, value in _rows(store, ATTRIBUTES):
        if n.value in nodes:
            nodes[n.value].attributes.append((name.value, value.value))
    for node in nodes.values():
        node.sources = sorted(set(node.sources))
        node.attributes = sorted(set(node.attributes))
    edges = _edges(store, nodes)
    _provinces(store, nodes, edges)
    articles = {}
    for _, article_id, headline, date, url, language in _rows(store, ARTICLES):
        entry = {"headline": _value(headline), "date": _value(date), "url": _value(url), "language": _value(language)}
        articles[article_id.value] = {k: v for k, v in entry.items() if v}
    return Facts(dict(sorted(nodes.items())), edges, dict(sorted(articles.items())))


def _labels(store: GraphStore, nodes: dict[str, Node]) -> None:
    """Each node's label per language: a person's name with diacritics, a body's preferred
    label, a place's label, a directive's type in that language and its number."""
    found: dict[str, dict[str, list[tuple[int, str]]]] = defaultdict(lambda: defaultdict(list))
    rank = {"skos:prefLabel": 0, "rdfs:label": 1, "schema:name": 2, "foaf:name": 3, "skos:altLabel": 4}
    short_prop = {"http://www.w3.org/2004/02/skos/core#prefLabel": "skos:prefLabel",
                  "http://www.w3.org/2000/01/rdf-schema#label": "rdfs:label", "https://schema.org/name": "schema:name",
                  "http://xmlns.com/foaf/0.1/name": "foaf:name", "http://www.w3.org/2004/02/skos/core#altLabel":
                  "skos:altLabel"}
    for n, p, v in _rows(store, LABELS):
        node = nodes.get(n.value)
        if node is None or not isinstance(v, ox.Literal):
            continue
        node.names.add(v.value)
        prop = short_prop[p.value]
        if prop == "foaf:name":
            found[n.value]["name"].append((3, v.value))
        elif prop != "skos:altLabel":
            found[n.value][v.language or "*"].append((rank[prop], v.value))
    for n, identifier, type_label in _rows(store, DIRECTIVE_LABELS):
        if n.value in nodes and type_label.language:
            found[n.value][type_label.language].append((-1, f"{type_label.value} {identifier.value}"))
    for iri, node in nodes.items():
        by_lang = found.get(iri, {})
        anywhere = sorted(by_lang.get("*", []), key=lambda rv: (rv[0], -len(rv[1]), rv[1]))
        if node.kind == "person":
            names = [v for _, v in by_lang.get("name", [])]
            best = max(names) if names else short(iri)  # 'ê' sorts after 'e': the one with diacritics
            node.labels = {lang: best for lang in LANGS}
            continue
        for lang in LANGS:
            own = sorted(by_lang.get(lang, []))
            choice = own[0][1] if own else (anywhere[0][1] if anywhere else "")
            if choice:
                node.labels[lang] = choice
        for lang in LANGS:  # a language without a label takes English's, then any
            node.labels.setdefault(lang, node.labels.get("en") or next(iter(node.labels.values()), short(iri)))


def _edges(store: GraphStore, nodes: dict[str, Node]) -> list[Edge]:
    evidence: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for x, article, text in _rows(store, EVIDENCE):
        evidence[x.value].add((_value(article), " ".join(text.value.split())))
    edges = []
    for p, post, b, role, first, last, status, articles in _rows(store, POSTS):
        if p.value in nodes and b.value in nodes:
            edges.append(Edge(p.value, b.value, "holds", sorted(evidence.get(post.value, ())), _value(role) or "post",
                              _value(first), _value(last), _value(status), int(articles.value)))
    directs: dict[tuple[str, str], set] = defaultdict(set)
    for a, b, st in _rows(store, DIRECTS):
        directs[(a.value, b.value)] |= evidence.get(st.value, set()) if st is not None else set()
    edges += [Edge(a, b, "directs", sorted(ev)) for (a, b), ev in directs.items() if a in nodes and b in nodes]
    for a, b, kind in _rows(store, PLAIN_EDGES):
        if a.value in nodes and b.value in nodes:
            edges.append(Edge(a.value, b.value, kind.value))
    order = {kind: i for i, kind in enumerate(EDGE_KINDS)}
    return sorted(edges, key=lambda e: (order[e.kind], e.source, e.target, e.role))


def _provinces(store: GraphStore, nodes: dict[str, Node], edges: list[Edge]) -> None:
    """Each node's provinces: a place's own, a body's place's, a holder's or director's
    bodies', an issuer's directives'."""
    of: dict[str, set[str]] = defaultdict(set)
    for place, province in _rows(store, PROVINCES):
        if province.value in nodes:
            of[place.value].add(province.value)
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
