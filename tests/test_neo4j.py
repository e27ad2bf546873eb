"""Neo4j export: the neo4j-admin CSV format, escaped Cypher, and the same graph the RDF says."""
import csv
import re

import pytest

from kg.neo4j import ARRAY_DELIMITER, LABELS, REL_ENDS, clean, cypher_literal, data_statements, property_graph
from kg.query import select
from kg.store import GraphStore, read_triples
from kg.export import export


@pytest.fixture(scope="module")
def neo4j_dir(dev_graph_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("neo4j")
    export(dev_graph_dir / "graph.ttl", "neo4j", out)
    return out


def rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f, strict=True))


def test_node_files_use_the_import_header_format(neo4j_dir):
    for label in LABELS:
        header, *data = rows(neo4j_dir / f"nodes-{label.lower()}.csv")
        assert header[:2] == ["uri:ID", ":LABEL"] and "sources:string[]" in header
        assert all(len(r) == len(header) and r[1] == label for r in data)
    header = rows(neo4j_dir / "relationships.csv")[0]
    assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]


def test_ids_are_unique_and_every_relationship_joins_two_nodes(neo4j_dir):
    ids = [r[0] for label in LABELS for r in rows(neo4j_dir / f"nodes-{label.lower()}.csv")[1:]]
    assert len(ids) == len(set(ids))
    rels = rows(neo4j_dir / "relationships.csv")[1:]
    assert {r[2] for r in rels} >= {"HOLDS", "POST_IN", "ABOUT", "DIRECTS", "PART_OF", "ISSUED_BY", "SERVES"}
    assert {r[2] for r in rels} <= {t for t, _, _ in REL_ENDS}
    assert all(r[0] in ids and r[1] in ids for r in rels)


def test_every_relationship_kind_is_loaded_by_load_csv(dev_graph_dir):
    pg = property_graph(read_triples(dev_graph_dir / "graph.ttl"))
    assert {(t, sl, el) for t, sl, _, el, _, _ in pg.relationships} <= set(REL_ENDS)


def test_nodes_are_what_sparql_counts(dev_graph_dir, neo4j_dir):
    store = GraphStore(dev_graph_dir / "graph.ttl")
    for label, (rdf_type, _) in LABELS.items():
        n = select(store, f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a <{rdf_type}> }}")[0][0]
        assert len(rows(neo4j_dir / f"nodes-{label.lower()}.csv")) - 1 == int(n), label
    holds = select(store, "SELECT (COUNT(*) AS ?n) WHERE { ?p org:holds ?post }")[0][0]
    assert sum(r[2] == "HOLDS" for r in rows(neo4j_dir / "relationships.csv")) == int(holds)


def test_posts_keep_their_sentences_and_sources(neo4j_dir):
    header, *data = rows(neo4j_dir / "nodes-post.csv")
    post = dict(zip(header, next(r for r in data if r[0].endswith("/le-ngoc-chau/31/chair/31/peoples-committee"))))
    assert post["role"] == "chair" and post["name"] == "chair, People's Committee of Hai Phong City"
    sentences = post["evidence:string[]"].split(ARRAY_DELIMITER)
    assert any("Le Ngoc Chau" in s for s in sentences) and post["sources:string[]"]


def test_cypher_literals_escape_everything_that_could_end_them():
    assert cypher_literal("it's") == r"'it\'s'"
    assert cypher_literal("a\\b") == r"'a\\b'"
    assert cypher_literal('say "x"\n$y') == r"""'say "x"\n$y'"""
    assert cypher_literal("\u0000\u001f\u2028") == r"'\u0000\u001f\u2028'"
    assert cypher_literal(["a'", True]) == r"['a\'', true]"
    assert cypher_literal("Lê Ngọc Châu") == "'Lê Ngọc Châu'"


def test_values_are_one_line_without_control_characters():
    assert clean("a\n\tb\u0007  c\u001f d\u2028e") == "a b c d e"


def test_no_backslash_is_left_before_a_quote():
    assert clean('C:\\" and D:\\ and E:\\x \\') == 'C:\u29f5" and D:\\ and E:\\x \u29f5'



def test_data_script_is_statements_ending_at_line_ends(neo4j_dir):
    text = (neo4j_dir / "data.cypher").read_text(encoding="utf-8")
    statements = re.split(r";\n", text)
    assert statements[-1] == "" and all(s.startswith("UNWIND [") for s in statements[:-1])
    assert "CREATE CONSTRAINT" not in text
    assert (neo4j_dir / "schema-neo4j3.cypher").read_text().count("ASSERT n.uri IS UNIQUE") == len(LABELS)
    assert (neo4j_dir / "schema-neo4j5.cypher").read_text().count("REQUIRE n.uri IS UNIQUE") == len(LABELS)


def test_large_lists_are_cut_into_batches():
    from kg.neo4j import BATCH, PropertyGraph

    pg = PropertyGraph()
    pg.nodes["Person"] = [{"uri": f"https://w3id.org/govkg/id/person/p{i}", "name": f"P {i}"} for i in range(BATCH + 1)]
    assert sum(s.startswith("UNWIND") for s in data_statements(pg)) == 2
