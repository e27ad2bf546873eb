"""Neo4j 3.1.1 runs kg's Cypher script and LOAD CSV of its CSVs; both give the officials
and posts that SPARQL gives; hostile text stays text."""
import csv
import shutil

import pytest

from kg.neo4j import LABELS, clean
from kg.query import select
from kg.store import GraphStore

from ..conftest import HOSTILE
from .servers import Neo4j, neo4j_home

POSTS_CYPHER = """MATCH (p:Person)-[:HOLDS]->(post:Post)-[:POST_IN]->(b:Body)
RETURN p.uri, p.name, post.role, b.uri, b.name"""
POSTS_SPARQL = """SELECT ?p (MAX(?n) AS ?name) ?role ?b ?bodyName WHERE {
  ?p org:holds ?post ; foaf:name ?n . ?post org:postIn ?b ; org:role/skos:notation ?role .
  ?b skos:prefLabel ?bodyName FILTER(LANG(?bodyName) = "en") } GROUP BY ?p ?post ?role ?b ?bodyName"""
PROPERTIES = "MATCH (n:{label}) RETURN n ORDER BY n.uri"


def snapshot(neo4j) -> dict:
    """Every node's properties by label, and the relationships, to compare two loads."""
    nodes = {label: neo4j.run(PROPERTIES.format(label=label)) for label in LABELS}
    rels = neo4j.run("MATCH (a)-[r]->(b) RETURN a.uri, type(r), b.uri, r ORDER BY a.uri, type(r), b.uri")
    return {"nodes": nodes, "relationships": rels}


def load_script(neo4j, folder):
    neo4j.run("MATCH (n) DETACH DELETE n")
    neo4j.run_script((folder / "schema-neo4j3.cypher").read_text(encoding="utf-8"))
    return neo4j.run_script((folder / "data.cypher").read_text(encoding="utf-8"))


def load_csv(neo4j, folder):
    neo4j.run("MATCH (n) DETACH DELETE n")
    for path in folder.glob("*.csv"):
        shutil.copy(path, neo4j.import_dir / path.name)
    return neo4j.run_script((folder / "load-csv.cypher").read_text(encoding="utf-8"))


def csv_rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def sparql_posts(dev_graph_dir):
    return sorted(select(GraphStore(dev_graph_dir / "graph.ttl"), POSTS_SPARQL))


def test_cypher_script_gives_the_officials_and_posts_sparql_gives(neo4j, neo4j_dev_dir, sparql_posts):
    assert load_script(neo4j, neo4j_dev_dir) > 5
    got = sorted(tuple(row) for row in neo4j.run(POSTS_CYPHER))
    assert got == sparql_posts and got
    for label in LABELS:
        expected = len(csv_rows(neo4j_dev_dir / f"nodes-{label.lower()}.csv"))
        assert neo4j.run(f"MATCH (n:{label}) RETURN count(n)") == [[expected]], label
    by_type = {t: n for t, n in neo4j.run("MATCH ()-[r]->() RETURN type(r), count(r)")}
    expected_types = {}
    for row in csv_rows(neo4j_dev_dir / "relationships.csv"):
        expected_types[row[":TYPE"]] = expected_types.get(row[":TYPE"], 0) + 1
    assert by_type == expected_types


def test_constraints_hold_uri_unique(neo4j, neo4j_dev_dir):
    load_script(neo4j, neo4j_dev_dir)
    with pytest.raises(RuntimeError, match="already exists"):
        uri = neo4j.run("MATCH (p:Person) RETURN p.uri LIMIT 1")[0][0]
        neo4j.run("CREATE (:Person {uri: $uri})", {"uri": uri})


def test_load_csv_gives_what_the_script_gives(neo4j, neo4j_dev_dir, sparql_posts):
    load_script(neo4j, neo4j_dev_dir)
    from_script = snapshot(neo4j)
    assert load_csv(neo4j, neo4j_dev_dir) >= len(LABELS)
    assert sorted(tuple(row) for row in neo4j.run(POSTS_CYPHER)) == sparql_posts
    assert snapshot(neo4j) == from_script


def test_the_offline_importer_reads_the_node_files(neo4j, neo4j_dev_dir, tmp_path):
    load_script(neo4j, neo4j_dev_dir)
    from_script = snapshot(neo4j)["nodes"]
    imported = Neo4j(neo4j_home(), tmp_path, admin_import=neo4j_dev_dir)
    try:
        nodes = sum(len(csv_rows(neo4j_dev_dir / f"nodes-{label.lower()}.csv")) for label in LABELS)
        assert f"{nodes} nodes" in imported.import_report
        assert snapshot(imported)["nodes"] == from_script  # typed and array columns read as the script sets them
    finally:
        imported.stop()


def test_directs_keeps_its_sentences(neo4j, neo4j_dev_dir):
    load_script(neo4j, neo4j_dev_dir)
    rows = neo4j.run("MATCH (:Person {uri: 'https://w3id.org/govkg/id/person/le-ngoc-chau/31'})-[r:DIRECTS]->(b:Body) "
                     "RETURN b.name, r.evidence, r.sources")
    assert rows and all(evidence and sources for _, evidence, sources in rows)


def test_hostile_text_stays_text(neo4j, hostile_dir):
    folder = hostile_dir / "neo4j"
    load_script(neo4j, folder)
    from_script = snapshot(neo4j)
    sentences = [s for [evidence] in neo4j.run("MATCH (p:Post) RETURN p.evidence") for s in evidence or []]
    assert any(HOSTILE in s and 'in "C:\u29f5"' in s for s in sentences)  # see kg.neo4j.clean
    assert neo4j.run("MATCH (n) RETURN count(n)")[0][0] > 40  # the planted DETACH DELETE did not run
    load_csv(neo4j, folder)
    assert snapshot(neo4j) == from_script
    assert [clean(s) for s in sentences] == sentences  # one line, no control characters
