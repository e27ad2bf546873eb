"""graph.html opens offline, shows article text as text, and carries what the panel shows."""
import json
import re

import networkx as nx
import numpy as np

from kg.build import build
from kg.html import PHYSICS_LIMIT, picture
from kg.layout import layout
from kg.query import select
from kg.serialize import to_rdflib
from kg.store import GraphStore, read_triples

from .conftest import SEEDS

# The picture's nodes and edges, counted in the graph by SPARQL (the browser test counts the page's).
PICTURE_NODES = """SELECT (COUNT(DISTINCT ?n) AS ?count) WHERE {
  VALUES ?type { foaf:Person org:Organization schema:AdministrativeArea schema:Legislation }
  ?n a ?type . FILTER NOT EXISTS { ?n a schema:Country } }"""
PICTURE_EDGES = """SELECT (COUNT(*) AS ?count) WHERE {
  { ?a org:holds ?post . ?post org:postIn ?b } UNION { ?a govkg:directs ?b } UNION
  { ?a org:subOrganizationOf ?b } UNION { ?a schema:areaServed ?b } UNION { ?b schema:legislationPassedBy ?a } UNION
  { ?a schema:containedInPlace ?b FILTER NOT EXISTS { ?b a schema:Country } } }"""


def page_data(html: str) -> dict:
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S).group(1)
    return json.loads(block)


def test_no_remote_references(dev_graph_dir):
    html = (dev_graph_dir / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "cdn." not in html and "cdnjs" not in html and "jsdelivr" not in html
    assert "new vis.Network" in html


def test_written_as_utf8_with_vietnamese_names(dev_graph_dir):
    html = (dev_graph_dir / "graph.html").read_bytes().decode("utf-8")
    assert "Trần Quang Tuấn" in html


def test_counts_are_the_graphs(dev_graph_dir):
    data = page_data((dev_graph_dir / "graph.html").read_text(encoding="utf-8"))
    store = GraphStore(dev_graph_dir / "graph.ttl")
    assert len(data["nodes"]) == int(select(store, PICTURE_NODES)[0][0])
    assert len(data["edges"]) == int(select(store, PICTURE_EDGES)[0][0])


def test_the_panel_has_facts_sentences_and_sources(dev_graph_dir):
    data = page_data((dev_graph_dir / "graph.html").read_text(encoding="utf-8"))
    assert data["base"] == "https://w3id.org/govkg/id/"
    chau = "person/le-ngoc-chau/31"
    facts = data["facts"][chau]
    post = next(r for r in facts["relations"] if r[0] == "holds post: chair")
    assert post[1] == "org/31/peoples-committee"
    assert any("Le Ngoc Chau" in sentence for _, sentence in data["evidence"][post[2]])
    assert facts["sources"] and all(s in data["articles"] for s in facts["sources"])
    body = data["facts"][post[1]]
    assert ["post held: chair", chau] in [r[:2] for r in body["relations"]]


def test_localities_follow_bodies_and_holders(dev_graph_dir):
    data = page_data((dev_graph_dir / "graph.html").read_text(encoding="utf-8"))
    nodes = {n["id"]: n for n in data["nodes"]}
    hai_phong = "place/31"
    assert [hai_phong, "Hai Phong City"] in data["localities"]
    assert hai_phong in nodes["org/307/peoples-committee"]["loc"]  # Kien An district's
    assert hai_phong in nodes["person/le-ngoc-chau/31"]["loc"]
    assert nodes["org/politburo"]["loc"] == []


def test_article_text_is_escaped(tmp_path):
    evil = tmp_path / "evil.txt"
    evil.write_text("URL: javascript:alert(1)\nChairman of the People's Committee of Hai Phong City "
                    "Le Ngoc Chau met </script><img src=x onerror=alert(1)> delegates.\n", encoding="utf-8")
    (tmp_path / "<script>alert(1)<b>.txt").write_text(
        (SEEDS / "000_1fa14f03317c0e6a.txt").read_text(encoding="utf-8"), encoding="utf-8")
    build([tmp_path], tmp_path / "out")
    html = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    start = html.index('id="kg-data">')
    block = html[start:html.index("</script>", start)]
    assert "<script>alert" not in block and "<b>" not in block and "<img" not in block
    assert "\\u003cscript\\u003ealert(1)" in block  # the file name is there, as text
    data = page_data(html)
    assert "<script>alert(1)<b>.txt" in data["articles"]
    sentences = [s for ev in data["evidence"] for _, s in ev]
    assert any("<img src=x onerror=alert(1)>" in s for s in sentences)
    assert "innerHTML" not in html[html.index("const data = JSON.parse"):]  # text goes in as text
    assert "/^https?:\\/\\//i.test(a.url)" in html  # only web addresses become links


def test_large_pictures_get_positions_and_no_physics(dev_graph_dir):
    g = to_rdflib(read_triples(dev_graph_dir / "graph.ttl"))
    data = picture(g)
    assert data["static"] == (len(data["nodes"]) > PHYSICS_LIMIT)
    assert all(("x" in n) == data["static"] for n in data["nodes"])


def test_layout_separates_components_and_repeats():
    graph = nx.disjoint_union_all([nx.gnm_random_graph(1200, 2400, seed=1), nx.path_graph(40), nx.star_graph(30)]
                                  + [nx.empty_graph(1)] * 200)
    pos = layout(graph)
    assert pos == layout(graph) and len(pos) == graph.number_of_nodes()
    assert all(np.isfinite(p).all() for p in pos.values())
    boxes = []
    for component in nx.connected_components(graph):
        points = np.array([pos[v] for v in component])
        boxes.append((points.min(axis=0), points.max(axis=0)))
    for i, (low1, high1) in enumerate(boxes):
        for low2, high2 in boxes[i + 1:]:
            assert (high1 < low2).any() or (high2 < low1).any()  # no two components' boxes overlap
