"""RDF vocabulary: namespaces, the contract's code lists, and where the ontology files live."""
from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

from .resources import resource_file

ORG_TYPES = (
    "party-committee", "party-standing-committee", "party-executive-committee", "party-board",
    "peoples-committee", "peoples-council", "fatherland-front", "department", "office", "politburo",
    "secretariat", "central-committee", "national-assembly", "government", "ministry", "other",
)
ROLES = (
    "chair", "vice-chair", "permanent-vice-chair", "secretary", "deputy-secretary",
    "standing-deputy-secretary", "head", "deputy-head", "director", "deputy-director", "chief-of-office",
    "member", "general-secretary", "president", "prime-minister", "deputy-prime-minister", "minister",
    "deputy-minister", "other",
)
LEVELS = ("country", "province", "district", "commune")
DOC_TYPES = (
    "directive", "resolution", "conclusion", "decision", "regulation", "decree", "circular", "plan",
    "official-dispatch", "notice", "law", "instruction", "other",
)
# Bodies of which the country has exactly one: never tied to a locality.
NATIONAL_TYPES = frozenset({"politburo", "secretariat", "central-committee", "national-assembly", "government"})

# What one article says of a post (kg/pipeline/statuses.py).
STATUSES = ("current", "former", "appointed", "elected", "dismissed", "acting")
# The strongest first, of several claims about one post (kg/facts.py, kg/resolve/timeline.py).
STATUS_PRECEDENCE = ("dismissed", "former", "acting", "elected", "appointed", "current")

_CONCEPT_PREFIX = {"orgtype": ORG_TYPES, "role": ROLES, "level": LEVELS, "doctype": DOC_TYPES, "status": STATUSES}


class GOVKG(DefinedNamespace):
    """The project's own terms (ontology/govkg.ttl)."""

    _NS = Namespace("https://w3id.org/govkg/ontology#")
    _fail = True

    DirectsStatement: URIRef
    PostStatement: URIRef
    Evidence: URIRef
    statementOf: URIRef
    status: URIRef
    replaces: URIRef
    firstSeen: URIRef
    lastSeen: URIRef
    latestStatus: URIRef
    current: URIRef
    succeeded: URIRef
    PostStatuses: URIRef
    directs: URIRef
    level: URIRef
    unitType: URIRef
    gazetteerCode: URIRef
    validFrom: URIRef
    validUntil: URIRef
    observedOn: URIRef
    former: URIRef
    evidence: URIRef
    OrganizationTypes: URIRef
    Roles: URIRef
    LocalityLevels: URIRef
    DirectiveTypes: URIRef
    _extras = [f"{prefix}-{code}" for prefix, codes in _CONCEPT_PREFIX.items() for code in codes]


SCHEMA = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ID = Namespace("https://w3id.org/govkg/id/")
ONTOLOGY_IRI = URIRef("https://w3id.org/govkg/ontology")

# Data IRIs (ID) get no prefix: their local parts hold '/', which Turtle and SPARQL must escape.
PREFIXES = {
    "govkg": GOVKG._NS, "org": ORG, "foaf": FOAF, "schema": SCHEMA, "skos": SKOS, "prov": PROV,
    "dcterms": DCTERMS, "nif": NIF, "rdf": RDF, "rdfs": RDFS, "xsd": XSD,
}


def org_type(code: str) -> URIRef:
    return GOVKG[f"orgtype-{code}"]


def role(code: str) -> URIRef:
    return GOVKG[f"role-{code}"]


def level(code: str) -> URIRef:
    return GOVKG[f"level-{code}"]


def doc_type(code: str) -> URIRef:
    return GOVKG[f"doctype-{code}"]


def status(code: str) -> URIRef:
    return GOVKG[f"status-{code}"]


def prefix_iris() -> dict[str, str]:
    """The project's prefixes as plain strings (for Oxigraph's parsers, serializers and queries)."""
    return {prefix: str(ns) for prefix, ns in PREFIXES.items()}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project's prefixes on `graph` (replacing rdflib's defaults) and return it."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def ontology_file(name: str) -> Path:
    """Path of a file of ontology/ (govkg.ttl, shapes.ttl, context.jsonld)."""
    return resource_file("ontology", name)


@cache
def ontology() -> Graph:
    """The ontology graph (classes, properties and code lists), parsed once."""
    return Graph().parse(ontology_file("govkg.ttl"), format="turtle")
