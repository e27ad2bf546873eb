"""CSV tables and GraphML: the officials table is the SPARQL answer; networkx reads the GraphML with its types."""
import csv

import networkx as nx

from kg.export import export
from kg.query import select
from kg.store import GraphStore

from .test_html import PICTURE_EDGES, PICTURE_NODES

OFFICIALS_SPARQL = """SELECT (MAX(?n) AS ?person) ?role ?body
       (GROUP_CONCAT(DISTINCT ?place; separator="; ") AS ?locality) (COUNT(DISTINCT ?article) AS ?articles) ?p ?b WHERE {
  ?p org:holds ?post ; foaf:name ?n . ?post org:postIn ?b ; org:role/skos:notation ?role .
  ?b skos:prefLabel ?body FILTER(LANG(?body) = "en")
  OPTIONAL { ?post prov:wasDerivedFrom ?article }
  OPTIONAL { ?b schema:areaServed/rdfs:label ?place FILTER(LANG(?place) = "en") }
} GROUP BY ?p ?post ?role ?b ?body"""
ID = "https://w3id.org/govkg/id/"


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_csv_officials_are_the_sparql_answer(dev_graph_dir, tmp_path):
    written = export(dev_graph_dir / "graph.ttl", "csv", tmp_path / "tables")
    assert sorted(p.name for p in written) == ["bodies.csv", "directives.csv", "directs.csv", "officials.csv"]
    header, *rows = read_csv(tmp_path / "tables" / "officials.csv")
    assert header == ["person", "role", "body", "locality", "first_seen", "last_seen", "status", "articles",
                      "person_id", "body_id"]
    got = sorted((r[0], r[1], r[2], "; ".join(sorted(r[3].split("; "))) if r[3] else "", r[7], ID + r[8], ID + r[9])
                 for r in rows)
    expected = sorted((person, role, body, "; ".join(sorted(loc.split("; "))) if loc else "", articles, p, b)
                      for person, role, body, loc, articles, p, b in select(GraphStore(dev_graph_dir / "graph.ttl"),
                                                                           OFFICIALS_SPARQL))
    assert got == expected and len(got) > 20
    assert ["Le Ngoc Chau", "chair", "People's Committee of Hai Phong City", "Hai Phong City", "2025-10-01"] in [r[:5] for r in rows]


def test_csv_bodies_directives_and_directs(dev_graph_dir, tmp_path):
    export(dev_graph_dir / "graph.ttl", "csv", tmp_path)
    store = GraphStore(dev_graph_dir / "graph.ttl")
    count = lambda q: int(select(store, q)[0][0])  # noqa: E731
    header, *bodies = read_csv(tmp_path / "bodies.csv")
    assert header[:3] == ["body", "name_vi", "name_id"] and len(bodies) == count(
        "SELECT (COUNT(*) AS ?n) WHERE { ?b a org:Organization }")
    hai_phong = next(r for r in bodies if r[-1] == "org/31/peoples-committee")
    assert hai_phong[1].startswith("Ủy ban nhân dân") and hai_phong[3] == "peoples-committee"
    header, *directives = read_csv(tmp_path / "directives.csv")
    assert len(directives) == count("SELECT (COUNT(*) AS ?n) WHERE { ?d a schema:Legislation }")
    conclusion = next(r for r in directives if r[-1] == "directive/195-kl-tw")
    assert conclusion[1] == "conclusion" and conclusion[3] == "2025-09-26" and "Politburo" in conclusion[4]
    header, *directs = read_csv(tmp_path / "directs.csv")
    assert len(directs) == count("SELECT (COUNT(*) AS ?n) WHERE { ?a govkg:directs ?b }")
    assert all(int(r[4]) >= 1 for r in directs)  # each says how many sentences say so


def test_graphml_reads_back_with_types(dev_graph_dir, tmp_path):
    export(dev_graph_dir / "graph.ttl", "graphml", tmp_path / "g.graphml")
    g = nx.read_graphml(tmp_path / "g.graphml")
    store = GraphStore(dev_graph_dir / "graph.ttl")
    assert g.number_of_nodes() == int(select(store, PICTURE_NODES)[0][0])
    assert g.number_of_edges() == int(select(store, PICTURE_EDGES)[0][0])
    chau = g.nodes[ID + "person/le-ngoc-chau/31"]
    assert chau["kind"] == "person" and isinstance(chau["articles"], int) and chau["articles"] >= 1
    posts = [d for _, b, d in g.out_edges(ID + "person/le-ngoc-chau/31", data=True) if d["kind"] == "holds"]
    assert any(d["role"] == "chair" and d["first_seen"] == "2025-10-01" and isinstance(d["sentences"], int)
               for d in posts)
    assert g.nodes[ID + "org/31/peoples-committee"]["label_vi"].startswith("Ủy ban nhân dân")
