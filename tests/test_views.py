"""What the page and the tables show (kg/views.py) is read from the triples as the contract's
SPARQL shapes say, whatever the triples come from."""
from rdflib import Graph

from kg.build import build
from kg.rdf import merge
from kg.store import GraphStore, read_triples
from kg.views import read_facts

from .conftest import SHARED, dev_inputs

# A post held, as SPARQL reads it from the graph: what views.read_facts answers without a store.
POSTS = """SELECT ?p ?b ?role (MIN(?day) AS ?first) (MAX(?day) AS ?last) (SAMPLE(?st) AS ?status)
       (COUNT(DISTINCT ?article) AS ?articles) WHERE {
  ?p org:holds ?post . ?post org:postIn ?b .
  OPTIONAL { ?post org:role/skos:notation ?role }
  OPTIONAL { ?post prov:wasDerivedFrom ?article }
  OPTIONAL { { ?post govkg:firstSeen|govkg:lastSeen|govkg:observedOn ?day }
             UNION { ?post prov:wasDerivedFrom/schema:datePublished ?day } }
  OPTIONAL { { ?post govkg:latestStatus/skos:notation ?st } UNION { ?post govkg:former true BIND("former" AS ?st) } }
} GROUP BY ?p ?post ?b ?role"""
SOURCES = """SELECT ?n ?article WHERE {
  VALUES ?t { foaf:Person org:Organization schema:AdministrativeArea schema:Legislation }
  ?n a ?t ; prov:wasDerivedFrom/dcterms:identifier ?article }"""
EDGES = """SELECT ?a ?b ?kind WHERE {
  { ?a org:subOrganizationOf ?b BIND("part of" AS ?kind) }
  UNION { ?a schema:containedInPlace ?b BIND("part of" AS ?kind) }
  UNION { ?a schema:areaServed ?b BIND("serves" AS ?kind) }
  UNION { ?d schema:legislationPassedBy ?a BIND(?d AS ?b) BIND("issued" AS ?kind) }
  UNION { ?a govkg:directs ?b BIND("directs" AS ?kind) } }"""


def _value(term) -> str:
    return "" if term is None else term.value


def test_the_same_facts_from_the_merged_triples_a_store_a_file_and_rdflib(dev_graph_dir):
    from kg.build import extractions
    from kg.resolve import resolve
    from kg.sources import Fields, input_paths, sources

    kept = resolve([ex for ex in extractions(sources(input_paths(dev_inputs()), Fields())) if not isinstance(ex, str)])
    facts = read_facts(merge(kept))
    assert facts.nodes and facts.edges and facts.articles
    assert read_facts(GraphStore(dev_graph_dir / "graph.ttl")) == facts
    assert read_facts(GraphStore(dev_graph_dir / "graph.trig")) == facts  # the union of its graphs, each triple once
    assert read_facts(read_triples(dev_graph_dir / "graph.nt")) == facts
    assert read_facts(Graph().parse(dev_graph_dir / "graph.ttl")) == facts


def test_facts_agree_with_sparql_on_a_built_corpus(tmp_path):
    build([SHARED / "corpus" / "pages"], tmp_path, cache=False)
    store = GraphStore(tmp_path / "graph.ttl")
    facts = read_facts(store)
    nodes = facts.nodes

    posts = sorted((p.value, b.value, _value(role) or "post", _value(first), _value(last), _value(status),
                    int(n.value)) for p, b, role, first, last, status, n in store.query(POSTS)
                   if p.value in nodes and b.value in nodes)
    held = sorted((e.source, e.target, e.role, e.first, e.last, e.status, e.articles)
                  for e in facts.edges if e.kind == "holds")
    assert len(held) > 100 and held == posts

    sources: dict[str, set] = {}
    for n, article in store.query(SOURCES):
        sources.setdefault(n.value, set()).add(article.value)
    assert {iri: node.sources for iri, node in nodes.items() if node.sources} == \
        {iri: sorted(s) for iri, s in sources.items() if iri in nodes}

    others = sorted((e.source, e.target, e.kind) for e in facts.edges if e.kind != "holds")
    assert len(others) > 100 and others == sorted((a.value, b.value, k.value) for a, b, k in store.query(EDGES)
                                                  if a.value in nodes and b.value in nodes)
