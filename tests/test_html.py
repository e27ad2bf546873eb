"""graph.html opens offline, shows article text as text, and carries what the panel shows."""
import json
import re

import networkx as nx
import numpy as np

from kg.build import build
from kg.export import export
from kg.html import DIRECTS, LABELLED_NATIONAL, LABELLED_PROVINCES, LOCAL, OVERVIEW_FONT
from kg.layout import layout, radial_layout, separate
from kg.query import select
from kg.store import GraphStore

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


def test_vis_network_is_inlined_verbatim(dev_graph_dir):
    """The library goes in as pyvis ships it: not escaped, not read as a template."""
    from kg.html import VIS_NETWORK

    html = (dev_graph_dir / "graph.html").read_text(encoding="utf-8")
    for name, tag in (("vis-network.css", "style"), ("vis-network.min.js", "script")):
        library = (VIS_NETWORK / name).read_text(encoding="utf-8").removesuffix("\n")
        assert f"<{tag}>{library}</{tag}>" in html, name


def test_written_as_utf8_with_vietnamese_names(dev_graph_dir):
    html = (dev_graph_dir / "graph.html").read_bytes().decode("utf-8")
    assert "Trần Quang Tuấn" in html


def test_counts_are_the_graphs(dev_graph_dir):
    data = page_data((dev_graph_dir / "graph.html").read_text(encoding="utf-8"))
    store = GraphStore(dev_graph_dir / "graph.ttl")
    assert len(data["nodes"]) == int(select(store, PICTURE_NODES)[0][0])
    assert len(data["edges"]) == int(select(store, PICTURE_EDGES)[0][0])


def test_the_panel_has_posts_sentences_and_sources(dev_graph_dir):
    data = page_data((dev_graph_dir / "graph.html").read_text(encoding="utf-8"))
    assert data["base"] == "https://w3id.org/govkg/id/"
    index = {n["id"]: i for i, n in enumerate(data["nodes"])}
    chau, body = index["person/le-ngoc-chau/31"], index["org/31/peoples-committee"]
    post = next(e for e in data["edges"] if e[:3] == [chau, body, "holds"])
    assert post[4]["role"] == "chair" and post[4]["first"] == "2025-10-01"
    sentences = [data["sentences"][s] for s in post[3]]
    assert any("Le Ngoc Chau" in text for _, text in sentences)
    headline = data["articles"][sentences[0][0]][1]
    assert headline  # evidence carries its article's headline
    node = data["nodes"][chau]
    assert node["src"] and all(0 <= s < len(data["articles"]) for s in node["src"])


def test_each_sentence_once_per_relation(dev_graph_dir):
    data = page_data((dev_graph_dir / "graph.html").read_text(encoding="utf-8"))
    pairs = [tuple(s) for s in data["sentences"]]
    assert len(pairs) == len(set(pairs))
    assert all(len(e[3]) == len(set(e[3])) for e in data["edges"])


def test_labels_in_each_language_and_search_keys(dev_graph_dir):
    data = page_data((dev_graph_dir / "graph.html").read_text(encoding="utf-8"))
    nodes = {n["id"]: n for n in data["nodes"]}
    en, vi, _ = nodes["org/31/peoples-committee"]["label"]
    assert en == "People's Committee of Hai Phong City" and vi.startswith("Ủy ban nhân dân")
    assert "uy ban nhan dan thanh pho hai phong" in nodes["org/31/peoples-committee"]["key"]
    directive = nodes["directive/195-kl-tw"]["label"]
    assert directive[0].startswith("Conclusion") and directive[1].startswith("Kết luận")
    assert next(n for n in data["nodes"] if n["id"].startswith("person/tran-quang-tuan"))["label"] == ["Trần Quang Tuấn"] * 3


def test_views_hold_few_nodes_and_count_the_rest(dev_graph_dir):
    data = page_data((dev_graph_dir / "graph.html").read_text(encoding="utf-8"))
    views = data["views"]
    overview = views["overview"]
    assert overview["total"] == len(data["nodes"]) and overview["drawn"] <= overview["total"]
    assert any(item["group"] for item in overview["items"])
    for view in [views["directs"], *views["localities"].values()]:
        assert len(view["nodes"]) == len(view["xy"]) <= max(LOCAL, DIRECTS) and view["total"] >= len(view["nodes"])
        drawn = set(view["nodes"])
        assert all(data["edges"][k][0] in drawn and data["edges"][k][1] in drawn for k in view["edges"])
    assert views["directs"]["edges"] and all(data["edges"][k][2] == "directs" for k in views["directs"]["edges"])
    hai_phong = next(i for i, n in enumerate(data["nodes"]) if n["id"] == "place/31")
    assert hai_phong in views["localities"][str(hai_phong)]["nodes"]


def test_same_input_same_file(dev_graph_dir, tmp_path):
    export(dev_graph_dir / "graph.ttl", "html", tmp_path / "a.html")
    export(dev_graph_dir / "graph.ttl", "html", tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()
    assert (tmp_path / "a.html").read_bytes() == (dev_graph_dir / "graph.html").read_bytes()


def test_localities_follow_bodies_and_holders(dev_graph_dir):
    data = page_data((dev_graph_dir / "graph.html").read_text(encoding="utf-8"))
    index = {n["id"]: i for i, n in enumerate(data["nodes"])}
    nodes = {n["id"]: n for n in data["nodes"]}
    hai_phong = index["place/31"]
    assert str(hai_phong) in data["views"]["localities"]
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
    assert "<script>alert(1)<b>.txt" in [a[0] for a in data["articles"]]
    sentences = [s for _, s in data["sentences"]]
    assert any("<img src=x onerror=alert(1)>" in s for s in sentences)
    assert "innerHTML" not in html[html.index("const data = JSON.parse"):]  # text goes in as text
    assert "/^https?:\\/\\//i.test(url)" in html  # only web addresses become links


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


def test_separate_leaves_no_two_boxes_overlapping_and_keeps_free_ones_in_place():
    rng = np.random.default_rng(3)
    centres = rng.random((80, 2)) * 400
    sizes = np.column_stack([rng.random(80) * 300 + 40, np.full(80, 50.0)])
    centres[79], sizes[79] = (5000, 5000), (10, 10)  # far from all: stays where it is
    placed = separate(centres, sizes)
    assert (placed == separate(centres, sizes)).all()
    assert (placed[79] == centres[79]).all() and (placed[0] == centres[0]).all()  # the first keeps its place
    for a in range(80):
        for b in range(a + 1, 80):
            assert (np.abs(placed[a] - placed[b]) >= (sizes[a] + sizes[b]) / 2 - 1e-9).any()


def test_separate_takes_the_first_free_place_among_all_placed_boxes():
    """`separate` checks only the placed boxes near a ring: each box still lands on the
    first candidate that overlaps none of the boxes placed before it."""
    from kg.layout import _rings

    rng = np.random.default_rng(5)
    centres = rng.random((60, 2)) * 300
    sizes = np.column_stack([rng.random(60) * 200 + 30, rng.random(60) * 40 + 20])
    order = list(rng.permutation(60))
    placed = separate(centres, sizes, order)
    half, step = sizes / 2, max(float(sizes[:, 1].min()) / 2, 1.0)
    for n, k in enumerate(order):
        before = order[:n]
        for offsets in _rings(step):
            free = [c for c in centres[k] + offsets
                    if not any((np.abs(c - placed[b]) < half[b] + half[k]).all() for b in before)]
            if free:
                assert (placed[k] == free[0]).all()
                break


def test_small_components_are_laid_out_as_networkx_lays_each_out(monkeypatch):
    """Components of one shape are laid out once (kg.layout._spring): the positions are
    those of laying out each component on its own."""
    from kg import layout as layout_module

    graph = nx.disjoint_union_all([nx.path_graph(2)] * 30 + [nx.star_graph(3)] * 5 + [nx.path_graph(4)] * 5
                                  + [nx.cycle_graph(5), nx.path_graph(20)])
    graph = nx.relabel_nodes(graph, {v: (v * 7919) % 1000 for v in graph})  # node order is not label order
    memoised = layout(graph)
    monkeypatch.setattr(layout_module, "MEMO_NODES", 0)
    assert layout(graph) == memoised


def test_overview_labels_few_enough_to_read(dev_graph_dir):
    overview = page_data((dev_graph_dir / "graph.html").read_text(encoding="utf-8"))["views"]["overview"]
    labelled = [item for item in overview["items"] if item["labelled"]]
    assert 0 < len(labelled) <= LABELLED_PROVINCES + LABELLED_NATIONAL
    assert overview["fonts"] == OVERVIEW_FONT
    sizes = sorted((item["size"] for item in overview["items"] if item["group"]), reverse=True)
    assert sorted((item["size"] for item in labelled if item["group"]), reverse=True) == sizes[:LABELLED_PROVINCES]


def test_radial_layout_puts_each_ring_at_its_distance():
    tree = nx.balanced_tree(3, 3)
    tree.add_edge(100, 101)  # out of the root's reach: beside the rings
    pos = radial_layout(tree, 0, spacing=10)
    assert pos == radial_layout(tree, 0, spacing=10) and len(pos) == tree.number_of_nodes()
    radius = {n: round(float(np.hypot(*pos[n])), 6) for n in tree if n < 100}
    depth = nx.shortest_path_length(tree, 0)
    ring = radius[1]
    assert all(radius[n] == round(ring * depth[n], 6) for n in radius)
    assert min(pos[100][0], pos[101][0]) > 3 * ring
