"""graph.html: an interactive picture of who directs what, drawn with pyvis (vis-network).

A whole archive has tens of thousands of nodes, more than a browser can draw and a
reader can read at once, so the page draws views:

- the overview: each province as one node (sized by what it holds), the most connected
  national nodes, and how many nodes are not drawn;
- a locality: a province's places, bodies, officials and directives (the most connected
  of them where there are many, with the count of the rest);
- who directs what: only the directing edges;
- a node with its neighbours, opened by clicking, by searching or from the panel.

Layouts of the overview, the localities and who-directs-what are computed here, once,
and are the same on every run (so is the whole file); a node's neighbourhood is laid
out in the page by a fixed rule (rings by kind), with no physics. Search matches every
label and spelling of every node in every language, with or without diacritics, and
lists the hits. The panel shows a body's holders over time, a person's posts, then the
relations, then each sentence of evidence once with its article's headline and date.

The facts are read from the graph's triples (kg/views.py). The page carries
everything inline (vis-network from pyvis's own copy), makes no request, and puts text
into the document only as text (textContent), never as markup.
"""
from __future__ import annotations

import importlib.util
from collections import Counter, defaultdict
from pathlib import Path

import networkx as nx
import numpy as np
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup

from .layout import layout, radial_layout, separate
from .views import KINDS, LANGS, Facts, fold, read_facts, short
from .vocab import ID_IRI

TEMPLATES = Path(__file__).resolve().parent / "templates"
# pyvis's templates and its copy of vis-network, found without importing pyvis (which imports IPython: ~0.5 s)
PYVIS_TEMPLATES = Path(importlib.util.find_spec("pyvis").submodule_search_locations[0]) / "templates"
VIS_NETWORK = PYVIS_TEMPLATES / "lib" / "vis-9.1.2"
NATIONAL = 40  # national nodes (tied to no province) drawn in the overview, the most connected
LOCAL = 250  # nodes drawn in a locality's view, the most connected
DIRECTS = 300  # nodes drawn in who-directs-what, the most connected by directing
SCALE = 60  # layout units (about an edge) to pixels
# the overview's labels as the page draws them (graph.html: drawn()), so that none covers another
OVERVIEW_FONT = {"province": 36, "national": 26}  # the page reads these from the overview's data


CHAR_WIDTH = 0.6  # a character's width in ems, a little wider than most in Arial (vis-network's font)
LABEL_GAP = 12  # pixels between two labels
LABELLED_PROVINCES, LABELLED_NATIONAL = 24, 12  # labels drawn in the overview; the rest show theirs on hover


def page_data(facts: Facts) -> dict:
    """Everything the page needs, as JSON-ready lists: nodes, edges, evidence, articles, views."""
    iris = list(facts.nodes)
    index = {iri: i for i, iri in enumerate(iris)}
    articles = list(facts.articles)
    article_index = {a: i for i, a in enumerate(articles)}
    sentences: dict[tuple[str, str], int] = {}
    edges = []
    for e in facts.edges:
        ids = [sentences.setdefault(pair, len(sentences)) for pair in e.evidence]
        extra = {"role": e.role, "first": e.first, "last": e.last, "status": e.status, "n": e.articles} \
            if e.kind == "holds" else {}
        edges.append([index[e.source], index[e.target], e.kind, ids, {k: v for k, v in extra.items() if v}])
    degree = Counter()
    for a, b, *_ in edges:
        degree[a] += 1
        degree[b] += 1
    nodes = []
    for i, iri in enumerate(iris):
        n = facts.nodes[iri]
        labels = [n.label(lang) for lang in LANGS]
        keys = sorted({fold(text) for text in {*labels, *n.names}})  # each spelling folded once
        nodes.append({"id": short(iri), "kind": n.kind, "label": labels, "key": "\n".join(keys),
                      "loc": [index[p] for p in n.provinces if p in index], "deg": degree[i],
                      "facts": [list(a) for a in n.attributes], "src": [article_index[s] for s in n.sources
                                                                         if s in article_index]})
    return {
        "base": ID_IRI, "langs": list(LANGS), "colours": {k: c for k, (_, c) in KINDS.items()},
        "nodes": nodes, "edges": edges,
        "sentences": [[article_index.get(a, -1), text] for (a, text) in sentences],
        "articles": [[a, *(facts.articles[a].get(k, "") for k in ("headline", "date", "url"))] for a in articles],
        "views": _views(nodes, edges),
    }


def _views(nodes: list[dict], edges: list[list]) -> dict:
    """The precomputed views: the overview, who-directs-what, and each province."""
    rank = sorted(range(len(nodes)), key=lambda i: (-nodes[i]["deg"], nodes[i]["id"]))
    touching = _touching(edges)
    members: dict[int, list[int]] = defaultdict(list)
    for i in rank:
        for p in nodes[i]["loc"]:
            members[p].append(i)
    localities = {}
    for p in sorted(members, key=lambda p: nodes[p]["label"][0]):
        chosen = members[p][:LOCAL]
        if p not in chosen:
            chosen = [p] + chosen[:LOCAL - 1]
        localities[str(p)] = _drawn(chosen, _among(edges, chosen, touching), len(members[p]), root=p)
    directing = Counter()
    for a, b, kind, *_ in edges:
        if kind == "directs":
            directing[a] += 1
            directing[b] += 1
    chosen = sorted(directing, key=lambda i: (-directing[i], nodes[i]["id"]))[:DIRECTS]
    among = [e for e in _among(edges, chosen, touching) if e[3] == "directs"]
    chosen = sorted({a for _, a, _, _ in among} | {b for _, _, b, _ in among})  # none left without its edge
    directs = _drawn(chosen, among, len(directing))
    return {"overview": _overview(nodes, edges, rank, members), "directs": directs, "localities": localities}


def _among(edges: list[list], chosen: list[int], touching: dict[int, list[int]]) -> list[list]:
    """The edges between chosen nodes, as [edge index, from, to, kind], in edge order;
    `touching` (see _touching) names each node's edges, so not every edge is read."""
    inside = set(chosen)
    ks = sorted({k for i in inside for k in touching.get(i, ())})
    return [[k, edges[k][0], edges[k][1], edges[k][2]] for k in ks if edges[k][0] in inside and edges[k][1] in inside]


def _touching(edges: list[list]) -> dict[int, list[int]]:
    """Each node's edges (indices into `edges`)."""
    touching: dict[int, list[int]] = defaultdict(list)
    for k, (a, b, *_) in enumerate(edges):
        touching[a].append(k)
        if b != a:
            touching[b].append(k)
    return touching


def _drawn(chosen: list[int], among: list[list], total: int, root: int | None = None) -> dict:
    """A view of nodes and the edges among them, laid out once (in rings around `root` if
    given): node indices, positions, edge indices."""
    g = nx.Graph()
    g.add_nodes_from(sorted(chosen))
    g.add_edges_from((a, b) for _, a, b, _ in among)
    if root is None:
        pos = {v: (x * SCALE, y * SCALE) for v, (x, y) in layout(g).items()}
    else:
        pos = radial_layout(g, root, spacing=SCALE / 2)
    order = sorted(chosen)
    return {"nodes": order, "xy": [[round(pos[i][0]), round(pos[i][1])] for i in order],
            "edges": sorted({k for k, *_ in among}), "total": total}


def _overview(nodes: list[dict], edges: list[list], rank: list[int], members: dict[int, list[int]]) -> dict:
    """Provinces as single nodes (each member counted in its first province), the most
    connected national nodes, and the edges between them, counted."""
    group = {}
    for i, n in enumerate(nodes):
        if n["loc"]:
            group[i] = ("p", n["loc"][0])
    national = [i for i in rank if i not in group][:NATIONAL]
    for i in national:
        group[i] = ("n", i)
    keys = sorted({g for g in group.values()}, key=lambda g: (g[0], nodes[g[1]]["id"]))
    key_index = {g: k for k, g in enumerate(keys)}
    size = Counter(group[i] for i in group if group[i][0] == "p")
    links: Counter = Counter()
    for a, b, *_ in edges:
        ga, gb = group.get(a), group.get(b)
        if ga and gb and ga != gb:
            links[tuple(sorted((key_index[ga], key_index[gb])))] += 1
    g = nx.Graph()
    g.add_nodes_from(range(len(keys)))
    g.add_edges_from(links)
    pos = layout(g)  # components packed in rows; spread wider than a view of single nodes (a screen is wide)
    items = [{"node": i, "group": kind == "p", "size": size.get((kind, i), 1)} for kind, i in keys]
    xy = _labels_apart(nodes, items, np.array([[pos[k][0] * SCALE * 1.5, pos[k][1] * SCALE] for k in range(len(keys))]))
    for item, (x, y) in zip(items, xy):
        item["xy"] = [round(x), round(y)]
    return {"items": items, "links": [[a, b, n] for (a, b), n in sorted(links.items())],
            "drawn": len(group), "total": len(nodes), "fonts": OVERVIEW_FONT}


def _labels_apart(nodes: list[dict], items: list[dict], xy: np.ndarray) -> np.ndarray:
    """The overview's positions moved so that no node and its label (drawn under it, as
    large as the page draws them: OVERVIEW_FONT, in the longest of its languages) covers
    another's. Only the LABELLED_PROVINCES largest provinces and LABELLED_NATIONAL most
    connected national nodes carry a label (`item["labelled"]`): with every label the
    overview is too wide for a screen to show any at a readable size. The labelled keep
    their places first."""
    if not items:
        return xy
    order = sorted(range(len(items)), key=lambda k: (not items[k]["group"], -items[k]["size"],
                                                      -nodes[items[k]["node"]]["deg"], k))
    provinces = [k for k in order if items[k]["group"]][:LABELLED_PROVINCES]
    national = [k for k in order if not items[k]["group"]][:LABELLED_NATIONAL]
    labelled = set(provinces + national)
    boxes, lift = [], []
    for k, item in enumerate(items):
        item["labelled"] = k in labelled
        font = OVERVIEW_FONT["province" if item["group"] else "national"]
        radius = 10 + 4 * item["size"] ** 0.5 if item["group"] else 14  # as the page sizes them
        if not item["labelled"]:
            boxes.append((2 * radius + LABEL_GAP, 2 * radius + LABEL_GAP))
            lift.append(0.0)
            continue
        text = max(len(label) for label in nodes[item["node"]]["label"]) + (len(f" ({item['size']})") if item["group"] else 0)
        boxes.append((max(2 * radius, CHAR_WIDTH * font * text) + LABEL_GAP, 2 * radius + 1.3 * font + LABEL_GAP))
        lift.append(1.3 * font / 2)  # the box's centre lies below the node's, by half the label
    shift = np.array([[0.0, d] for d in lift])
    first = provinces + national + [k for k in order if k not in labelled]
    return separate(xy + shift, np.array(boxes), first) - shift


def write_html(source, path: str | Path, heading: str = "govkg: who directs what") -> None:
    """Write the picture of `source` (a GraphStore, Oxigraph or plain-term triples, or an rdflib
    Graph: see views.plain_triples) to `path` (UTF-8, no remote resources)."""
    data = page_data(read_facts(source))
    options = {
        "physics": {"enabled": False},
        "edges": {"smooth": False, "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "color": {"inherit": False}},
        # a label is drawn only once it is readable: clearer, and a fraction of the drawing
        "nodes": {"shape": "dot", "size": 10, "font": {"size": 13}, "scaling": {"label": {"drawThreshold": 9}}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True},
        "layout": {"improvedLayout": False, "randomSeed": 7},
    }
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True)
    # tojson escapes <, >, & and ' for HTML; keep Vietnamese readable rather than \uXXXX
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "sort_keys": False, "separators": (",", ":")}
    kinds = [(kind, colour, sum(n["kind"] == kind for n in data["nodes"])) for kind, (_, colour) in KINDS.items()]
    localities = sorted(((int(p), data["nodes"][int(p)]["label"][0], view["total"])
                         for p, view in data["views"]["localities"].items()), key=lambda t: (t[1], t[0]))
    html = env.get_template("graph.html").render(heading=heading, kinds=kinds, localities=localities, data=data,
                                                 options=options, vis_css=_library("vis-network.css"),
                                                 vis_js=_library("vis-network.min.js"))
    Path(path).write_text(html, encoding="utf-8")


def _library(name: str) -> Markup:
    """A file of pyvis's copy of vis-network, to be inlined as it is.

    Passed in as text rather than included as a template: Jinja would lex its half a
    megabyte for template syntax on every page (0.04 CPU-s). The text is what an include
    gave: line ends as Jinja writes them, and no final line end."""
    text = (VIS_NETWORK / name).read_text(encoding="utf-8")  # universal newlines: line ends are '\n'
    return Markup(text.removesuffix("\n"))
