"""RDF vocabulary: namespaces, the contract's code lists, and where the ontology files live.

The namespaces are plain IRI strings here (`NAMESPACES`, `ID_IRI`, `concept`), which is all
`kg build` needs: importing rdflib cost 0.085 CPU-s of every build. rdflib's namespace
objects (GOVKG, SCHEMA, NIF, ID, ONTOLOGY_IRI, PREFIXES) and the ontology as an rdflib
Graph are made on first use, for those who want them.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .resources import resource_file

if TYPE_CHECKING:
    from rdflib import Graph, URIRef

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


GOVKG_IRI = "https://w3id.org/govkg/ontology#"
ID_IRI = "https://w3id.org/govkg/id/"
# The project's own terms (ontology/govkg.ttl), besides the concepts of the code lists.
GOVKG_TERMS = (
    "DirectsStatement", "PostStatement", "Evidence", "statementOf", "status", "replaces", "firstSeen", "lastSeen",
    "latestStatus", "current", "succeeded", "PostStatuses", "directs", "level", "unitType", "gazetteerCode",
    "validFrom", "validUntil", "observedOn", "former", "evidence", "OrganizationTypes", "Roles", "LocalityLevels",
    "DirectiveTypes",
)
# Data IRIs (ID) get no prefix: their local parts hold '/', which Turtle and SPARQL must escape.
NAMESPACES = {
    "govkg": GOVKG_IRI, "org": "http://www.w3.org/ns/org#", "foaf": "http://xmlns.com/foaf/0.1/",
    "schema": "https://schema.org/", "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#", "dcterms": "http://purl.org/dc/terms/",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def concept(scheme: str, code: str) -> str:
    """The IRI of a code of one of the contract's code lists ('role', 'chair'); ValueError
    for a code the list does not have."""
    if code not in _CONCEPT_PREFIX[scheme]:
        raise ValueError(f"not a {scheme} code: {code!r}")
    return f"{GOVKG_IRI}{scheme}-{code}"


def org_type(code: str) -> URIRef:
    return _rdflib_namespaces()["GOVKG"][f"orgtype-{code}"]


def role(code: str) -> URIRef:
    return _rdflib_namespaces()["GOVKG"][f"role-{code}"]


def level(code: str) -> URIRef:
    return _rdflib_namespaces()["GOVKG"][f"level-{code}"]


def doc_type(code: str) -> URIRef:
    return _rdflib_namespaces()["GOVKG"][f"doctype-{code}"]


def status(code: str) -> URIRef:
    return _rdflib_namespaces()["GOVKG"][f"status-{code}"]


def prefix_iris() -> dict[str, str]:
    """The project's prefixes as plain strings (for Oxigraph's parsers, serializers and queries)."""
    return dict(NAMESPACES)


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project's prefixes on `graph` (replacing rdflib's defaults) and return it."""
    for prefix, ns in _rdflib_namespaces()["PREFIXES"].items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


_RDFLIB_NAMES = ("GOVKG", "SCHEMA", "NIF", "ID", "ONTOLOGY_IRI", "PREFIXES")


def __getattr__(name: str):
    """rdflib's namespace objects, made (and rdflib imported) on first use."""
    if name not in _RDFLIB_NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return _rdflib_namespaces()[name]


@cache
def _rdflib_namespaces() -> dict:
    from rdflib import Namespace, URIRef
    from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

    class GOVKG(DefinedNamespace):
        """The project's own terms (ontology/govkg.ttl)."""

        _NS = Namespace(GOVKG_IRI)
        _fail = True
        __annotations__ = {term: URIRef for term in GOVKG_TERMS}
        _extras = [f"{prefix}-{code}" for prefix, codes in _CONCEPT_PREFIX.items() for code in codes]

    schema, nif = Namespace(NAMESPACES["schema"]), Namespace(NAMESPACES["nif"])
    prefixes = {"govkg": GOVKG._NS, "org": ORG, "foaf": FOAF, "schema": schema, "skos": SKOS, "prov": PROV,
                "dcterms": DCTERMS, "nif": nif, "rdf": RDF, "rdfs": RDFS, "xsd": XSD}
    return {"GOVKG": GOVKG, "SCHEMA": schema, "NIF": nif, "ID": Namespace(ID_IRI),
            "ONTOLOGY_IRI": URIRef("https://w3id.org/govkg/ontology"), "PREFIXES": prefixes}


def ontology_file(name: str) -> Path:
    """Path of a file of ontology/ (govkg.ttl, shapes.ttl, context.jsonld)."""
    return resource_file("ontology", name)


@cache
def ontology() -> Graph:
    """The ontology graph (classes, properties and code lists), parsed once."""
    from rdflib import Graph

    return Graph().parse(ontology_file("govkg.ttl"), format="turtle")
