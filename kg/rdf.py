"""The knowledge graph as RDF: extractions in, triples out, following CONTRACT.md.

Every node has an IRI (no blank nodes), derived from identity alone, so the same person,
body, place or document gets the same IRI in every run and from every article:

    id:person/le-ngoc-chau                 id:org/31/peoples-committee
    id:place/307                           id:org/31/peoples-committee/department/home-affairs
    id:directive/195-kl-tw                 id:post/le-ngoc-chau/chair/31/peoples-committee
    id:article/<file name>                 id:statement/<hash of agent and target>

Labels are derived from identity too (one skos:prefLabel per language); what articles
actually wrote goes to skos:altLabel.

The writer makes plain terms (kg/terms.py: an IRI is a str, a literal a tuple), merged in
a set and turned into Oxigraph triples once, sorted, for the writers: an rdflib Graph cost
~60 µs a triple to fill and then had to be converted. `build_graph` still gives an rdflib
Graph, for those who want one.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import TYPE_CHECKING
from urllib.parse import quote

import pyoxigraph as ox

from . import gazetteer as gaz
from . import lang as langdata
from . import vocab
from .facts import BodyFact, DirectiveFact, Evidence, Extraction, PlaceFact, PostFact
from .gazetteer import CURRENT, LEGACY, REFORM, Unit
from .resolve.timeline import Statement, timeline
from .serialize import SortedTriples, to_rdflib
from .terms import Term, from_oxigraph, sorted_triples
from .terms import literal as Literal  # noqa: N812 - reads as rdflib's Literal(value, lang=, datatype=)
from .text import slug

if TYPE_CHECKING:
    from rdflib import Graph


class _Namespace:
    """A namespace's IRIs as plain strings (`NS.name`, `NS["local"]`).

    No rdflib here (importing it cost 0.085 CPU-s of every build): the names asked for
    (`used_names`) are checked against rdflib's closed namespaces by the tests instead."""

    def __init__(self, base: str) -> None:
        self._base = base

    def __getattr__(self, name: str) -> str:  # called once a name, then it is an attribute
        if name.startswith("__"):
            raise AttributeError(name)
        iri = self._base + name
        setattr(self, name, iri)
        return iri

    def __getitem__(self, local: str) -> str:
        return self._base + local


def used_names(ns: _Namespace) -> list[str]:
    """The names of `ns` asked for as attributes so far."""
    return [name for name in vars(ns) if name != "_base"]


DCTERMS, FOAF, ORG, PROV = (_Namespace(vocab.NAMESPACES[p]) for p in ("dcterms", "foaf", "org", "prov"))
RDF, RDFS, SKOS, XSD = (_Namespace(vocab.NAMESPACES[p]) for p in ("rdf", "rdfs", "skos", "xsd"))
GOVKG, ID, NIF, SCHEMA = (_Namespace(iri) for iri in (vocab.GOVKG_IRI, vocab.ID_IRI, vocab.NAMESPACES["nif"],
                                                         vocab.NAMESPACES["schema"]))

COUNTRY = ID["place/vn"]
GAZETTEER = ID["source/" + slug(gaz.SOURCE["name"])]
EARLIER_GAZETTEER = ID["source/" + slug(gaz.EARLIER_SOURCE["name"])]
_ID = vocab.ID_IRI
_SAFE = "/-._~"


def org_type(code: str) -> str:
    return vocab.concept("orgtype", code)


def role(code: str) -> str:
    return vocab.concept("role", code)


def level(code: str) -> str:
    return vocab.concept("level", code)


def doc_type(code: str) -> str:
    return vocab.concept("doctype", code)


def status(code: str) -> str:
    return vocab.concept("status", code)


@cache
def _ontology() -> dict[Term, list[tuple[Term, Term]]]:
    """The ontology's (predicate, object) of each subject, as plain terms, read by Oxigraph."""
    about: dict[Term, list[tuple[Term, Term]]] = defaultdict(list)
    for t in ox.parse(path=str(vocab.ontology_file("govkg.ttl")), format=ox.RdfFormat.TURTLE):
        about[from_oxigraph(t.subject)].append((from_oxigraph(t.predicate), from_oxigraph(t.object)))
    return about


def _ontology_about(concept: str) -> list[tuple[Term, Term]]:
    """(predicate, object) of a concept in the ontology, as plain terms."""
    return _ontology().get(concept, [])


def article_iri(article_id: str) -> str:
    """The article's IRI: its file name, percent-encoded ('a b.txt' -> 'a%20b.txt')."""
    return _ID + "article/" + _quoted(article_id)


@lru_cache(maxsize=1024)
def _quoted(article_id: str) -> str:
    """An article id percent-encoded for an IRI. Kept for the few articles being merged: each
    statement, post and piece of evidence of an article asks again, and quote() is slow
    (220,000 calls, about 0.4 CPU-s of merging the whole vi-news archive)."""
    return quote(article_id, safe=_SAFE)


def place_iri(place_id: str) -> str:
    return _ID + "place/" + place_id


def org_iri(key: str) -> str:
    return _ID + "org/" + key


def person_iri(key: str) -> str:
    return _ID + "person/" + key


def post_iri(key: str) -> str:
    return _ID + "post/" + key


def statement_iri(post_key: str, article_id: str) -> str:
    """One article's statement of a post: the post's IRI, '/statement/', the article's file name."""
    return f"{_ID}post/{post_key}/statement/{_quoted(article_id)}"


def build_graph(extractions: Iterable[Extraction]) -> Graph:
    """One rdflib Graph from the extractions of many articles (merged by identity), with the
    project's prefixes bound: the triples of `build_triples`."""
    return to_rdflib(build_triples(extractions))


def build_triples(extractions: Iterable[Extraction]) -> SortedTriples:
    """The graph of the extractions of many articles (merged by identity) as distinct
    Oxigraph triples, sorted as every writer writes them: what `kg build` writes out."""
    return sorted_triples(merge(extractions))


def merge(extractions: Iterable[Extraction]) -> set[tuple]:
    """The graph of the extractions of many articles (merged by identity) as a set of
    (subject, predicate, object) of plain terms (kg/terms.py)."""
    writer = GraphWriter()
    for ex in extractions:
        writer.add(ex)
    return writer.finish()


def article_graphs(extractions: Iterable[Extraction]) -> Iterator[tuple[str, SortedTriples]]:
    """(article IRI, what that article says, as Oxigraph triples) for each extraction, each
    graph self-contained.

    These are the named graphs of the TriG output: dropping one article's graph from a
    store leaves every other article's statements whole. The articles' own descriptions,
    the code lists and the gazetteer are not in them (they go to the default graph).
    """
    for ex in extractions:
        writer = GraphWriter()
        writer.add_facts(ex)
        yield article_iri(ex.article.id), sorted_triples(writer.g)


class GraphWriter:
    """Adds extractions to a graph one at a time; `triples` adds the code lists they use and
    returns the graph."""

    def __init__(self) -> None:
        self.g: set[tuple] = set()  # (s, p, o) of plain terms; no index: nothing queries it
        self._concepts: set[str] = set()
        self._places = False
        self._earlier_places = False  # a unit of gaz.EARLIER_SOURCE is described
        self._described: set[str] = set()  # nodes whose identity-derived triples are written
        self._statements: list[Statement] = []  # every article's statement of every post

    def add(self, ex: Extraction) -> None:
        """Add the article's description and everything it says."""
        self._article(ex)
        self.add_facts(ex)

    def add_facts(self, ex: Extraction) -> None:
        """Add what the article says, each node tied to the article by prov:wasDerivedFrom."""
        a = article_iri(ex.article.id)
        for fact in ex.places.values():
            self._place(fact, a)
        for fact in ex.bodies.values():
            self._body(fact, ex, a)
        for fact in ex.persons.values():
            node = person_iri(fact.key)
            self.g.add((node, RDF.type, FOAF.Person))
            for name in fact.names:
                self.g.add((node, FOAF.name, Literal(name)))
            self.g.add((node, PROV.wasDerivedFrom, a))
        for fact in ex.posts.values():
            self._post(fact, ex, a)
        for fact in ex.directives.values():
            self._directive(fact, a)
        for fact in ex.directs.values():
            agent, target = self._ref(fact.agent), self._ref(fact.target)
            self.g.add((agent, GOVKG.directs, target))
            st = ID["statement/" + fact.key]
            self._types(st, GOVKG.DirectsStatement, RDF.Statement)
            self.g.add((st, RDF.subject, agent))
            self.g.add((st, RDF.predicate, GOVKG.directs))
            self.g.add((st, RDF.object, target))
            self.g.add((st, PROV.wasDerivedFrom, a))
            self._evidence(st, fact.evidence)

    def triples(self) -> SortedTriples:
        """The graph's triples (see finish), sorted."""
        return sorted_triples(self.finish())

    def finish(self) -> set[tuple]:
        """Add the posts' timelines, the country, the gazetteer as a source, and the concepts
        the data uses; the graph's triples as plain terms."""
        self._timeline()
        if self._places:
            self._types(COUNTRY, SCHEMA.AdministrativeArea, SCHEMA.Country)
            self.g.add((COUNTRY, SCHEMA.name, Literal("Việt Nam", lang="vi")))
            self.g.add((COUNTRY, SCHEMA.name, Literal("Vietnam", lang="en")))
            self._concept(COUNTRY, GOVKG.level, level("country"))
            self.g.add((COUNTRY, PROV.wasDerivedFrom, GAZETTEER))
            self._source(GAZETTEER, gaz.SOURCE)
        if self._earlier_places:
            self._source(EARLIER_GAZETTEER, gaz.EARLIER_SOURCE)
        schemes = set()
        for concept in self._concepts:
            for p, o in _ontology_about(concept):
                self.g.add((concept, p, o))
                if p == SKOS.inScheme:
                    schemes.add(o)
        for scheme in schemes:
            for p, o in _ontology_about(scheme):
                self.g.add((scheme, p, o))
        return self.g

    # --- nodes ----------------------------------------------------------------------------

    def _source(self, node: str, source: dict[str, str]) -> None:
        """A data set the gazetteer was made from: its name, address and licence."""
        self._types(node, PROV.Entity, SCHEMA.Dataset)
        self.g.add((node, SCHEMA.name, Literal(source["name"])))
        self.g.add((node, SCHEMA.url, Literal(source["url"], datatype=XSD.anyURI)))
        self.g.add((node, SCHEMA.license, Literal(source["license"], datatype=XSD.anyURI)))

    def _types(self, node: str, *types: str) -> None:
        for t in types:
            self.g.add((node, RDF.type, t))

    def _concept(self, node: str, prop: str, concept: str) -> None:
        self.g.add((node, prop, concept))
        self._concepts.add(concept)

    def _article(self, ex: Extraction) -> None:
        art = ex.article
        a = article_iri(art.id)
        self.g.add((a, RDF.type, SCHEMA.NewsArticle))
        self.g.add((a, DCTERMS.identifier, Literal(art.id)))
        self.g.add((a, SCHEMA.inLanguage, Literal(art.lang)))
        self.g.add((a, SCHEMA.headline, Literal(art.title)))
        if art.url:
            self.g.add((a, SCHEMA.url, Literal(art.url, datatype=XSD.anyURI)))
        if art.date:
            self.g.add((a, SCHEMA.datePublished, Literal(art.date.isoformat(), datatype=XSD.date)))

    def _first_time(self, node: str) -> bool:
        """Whether `node` is new; what follows from its identity is written only once."""
        if node in self._described:
            return False
        self._described.add(node)
        return True

    def _place(self, fact: PlaceFact, a: str) -> None:
        node = place_iri(fact.id)
        self._places = True
        self.g.add((node, PROV.wasDerivedFrom, a))
        for parent in fact.parents.values():
            self.g.add((node, SCHEMA.containedInPlace, place_iri(parent)))
        for written in fact.written:  # a former or other name as the article writes it
            self.g.add((node, SKOS.altLabel, Literal(written)))
        if not self._first_time(node):
            return
        self.g.add((node, RDF.type, SCHEMA.AdministrativeArea))
        unit = _unit(fact)
        self.g.add((node, SCHEMA.name, Literal(fact.name, lang="vi")))
        if unit.ascii_name != fact.name:
            self.g.add((node, SCHEMA.name, Literal(unit.ascii_name, lang="en")))
        for code in ("vi", "en"):
            self.g.add((node, RDFS.label, Literal(unit.label(code), lang=code)))
        self._concept(node, GOVKG.level, level(fact.level))
        if fact.unit_type:
            self.g.add((node, GOVKG.unitType, Literal(fact.unit_type, lang="vi")))
        if fact.level == "province":
            self.g.add((node, SCHEMA.containedInPlace, COUNTRY))
        if fact.in_gazetteer:
            self.g.add((node, GOVKG.gazetteerCode, Literal(fact.id.split("-")[0])))
            self.g.add((node, PROV.wasDerivedFrom, GAZETTEER))
            if gaz.load().ended_earlier(fact.id):  # ended before the reform, on a date unknown here
                self.g.add((node, PROV.wasDerivedFrom, EARLIER_GAZETTEER))
                self._earlier_places = True
            elif fact.eras == (LEGACY,):
                self.g.add((node, GOVKG.validUntil, Literal(REFORM.isoformat(), datatype=XSD.date)))
            elif fact.eras == (CURRENT,):
                self.g.add((node, GOVKG.validFrom, Literal(REFORM.isoformat(), datatype=XSD.date)))
            # the units that took it over (described where an article names them)
            for successor in gaz.load().successors(fact.id):
                self.g.add((node, DCTERMS.isReplacedBy, place_iri(successor)))

    def _body(self, fact: BodyFact, ex: Extraction, a: str) -> None:
        node = org_iri(fact.key)
        self.g.add((node, PROV.wasDerivedFrom, a))
        for written in fact.written:
            self.g.add((node, SKOS.altLabel, Literal(written, lang=ex.article.lang)))
        if not self._first_time(node):
            return
        self.g.add((node, RDF.type, ORG.Organization))
        place = ex.places.get(fact.place) if fact.place else None
        for code, label in body_labels(fact, place).items():
            self.g.add((node, SKOS.prefLabel, Literal(label, lang=code)))
        self._concept(node, ORG.classification, org_type(fact.type))
        if fact.place:
            self.g.add((node, SCHEMA.areaServed, place_iri(fact.place)))
        if fact.parent:
            self.g.add((node, ORG.subOrganizationOf, org_iri(fact.parent)))

    def _post(self, fact: PostFact, ex: Extraction, a: str) -> None:
        """The post (who, what role, which body) and this article's statement of it."""
        node = post_iri(fact.key)
        person = person_iri(fact.person)
        self.g.add((node, RDF.type, ORG.Post))
        self.g.add((node, ORG.postIn, org_iri(fact.body)))
        self._concept(node, ORG.role, role(fact.role))
        self.g.add((person, ORG.holds, node))
        self.g.add((node, ORG.heldBy, person))
        self.g.add((node, PROV.wasDerivedFrom, a))
        day = ex.article.statement_date
        st = statement_iri(fact.key, ex.article.id)
        self.g.add((st, RDF.type, GOVKG.PostStatement))
        self.g.add((st, GOVKG.statementOf, node))
        self.g.add((st, PROV.wasDerivedFrom, a))
        if day:
            self.g.add((st, DCTERMS.date, Literal(day.isoformat(), datatype=XSD.date)))
        self._concept(st, GOVKG.status, status(fact.status))
        for before in sorted(fact.replaces):
            self.g.add((st, GOVKG.replaces, person_iri(before)))
        self._evidence(node, fact.evidence, st)
        self._statements.append(Statement(fact.key, fact.person, fact.role, fact.body, ex.article.id, day,
                                          fact.status, frozenset(fact.replaces)))

    def _timeline(self) -> None:
        """What all statements of each post say together (kg/resolve/timeline.py)."""
        result = timeline(self._statements)
        for key, t in sorted(result.posts.items()):
            node = post_iri(key)
            if t.first:
                self.g.add((node, GOVKG.firstSeen, Literal(t.first.isoformat(), datatype=XSD.date)))
                self.g.add((node, GOVKG.lastSeen, Literal(t.last.isoformat(), datatype=XSD.date)))
            if t.latest_status:
                self._concept(node, GOVKG.latestStatus, status(t.latest_status))
            self.g.add((node, GOVKG.current, Literal(t.current)))
        for s in result.successions:
            self.g.add((post_iri(s.successor), GOVKG.succeeded, post_iri(s.predecessor)))

    def _directive(self, fact: DirectiveFact, a: str) -> None:
        node = ID["directive/" + fact.key]
        self.g.add((node, RDF.type, SCHEMA.Legislation))
        self._concept(node, SCHEMA.legislationType, doc_type(fact.type))
        for identifier in fact.identifiers:
            self.g.add((node, SCHEMA.legislationIdentifier, Literal(identifier)))
        self.g.add((node, SCHEMA.name, Literal(fact.title)))
        for issuer in fact.issuers:
            self.g.add((node, SCHEMA.legislationPassedBy, org_iri(issuer)))
        if fact.date:
            self.g.add((node, SCHEMA.legislationDate, Literal(fact.date, datatype=XSD.date)))
        self.g.add((node, PROV.wasDerivedFrom, a))
        self._evidence(node, fact.evidence)

    def _ref(self, ref: str) -> str:
        kind, key = ref.split(":", 1)
        if kind == "person":
            return person_iri(key)
        if kind == "place":
            return place_iri(key)
        return org_iri(key)

    def _evidence(self, node: str, evidence: list[Evidence], also: str | None = None) -> None:
        """Each sentence of `evidence`, described once, as evidence of `node` (and of `also`:
        a post's sentences are its statement's too)."""
        for ev in evidence:
            a = article_iri(ev.article)
            e = f"{a}#char={ev.start},{ev.end}"
            if also:
                self.g.add((also, GOVKG.evidence, e))
            self._types(e, GOVKG.Evidence, NIF.String, NIF.OffsetBasedString)
            self.g.add((e, NIF.beginIndex, Literal(ev.start, datatype=XSD.nonNegativeInteger)))
            self.g.add((e, NIF.endIndex, Literal(ev.end, datatype=XSD.nonNegativeInteger)))
            self.g.add((e, NIF.anchorOf, Literal(ev.text)))
            self.g.add((e, NIF.referenceContext, a))
            self.g.add((node, GOVKG.evidence, e))


DEFAULT_TYPE = {"province": "Tỉnh", "district": "Huyện", "commune": "Xã"}


def _unit(fact: PlaceFact) -> Unit:
    return Unit(fact.id, fact.eras[0], fact.level, fact.unit_type or DEFAULT_TYPE[fact.level], fact.name, "")


def body_labels(fact: BodyFact, place: PlaceFact | None) -> dict[str, str]:
    """The body's name in every language with data: 'People's Committee of Hai Phong City'."""
    labels = {}
    for code in langdata.available():
        label = body_label(langdata.load(code), fact.path, _unit(place).label(code) if place else None)
        if label:
            labels[code] = label
    return labels


def body_label(lang: langdata.Language, path: tuple, place_label: str | None) -> str | None:
    patterns = lang.label_patterns
    label = None
    for n, (key, subject) in enumerate(path):
        entry = lang.entry_for(key, subject)
        if entry is None:
            return None
        name = entry.label
        if subject and not entry.subject:
            concept = lang.subjects.get(subject)
            subject_name = concept.forms[0] if concept else subject.replace("-", " ").title()
            name = patterns["subject_first" if entry.subject_first else "subject"].format(body=name, subject=subject_name)
        if n == 0:
            label = name if (entry.national or place_label is None) else \
                patterns["of_place"].format(body=name, place=place_label)
        else:
            label = patterns["of_body"].format(body=name, parent=label)
    return label
