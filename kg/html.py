"""graph.html: an interactive picture of who directs what, drawn with pyvis (vis-network).

People, bodies, places and directives are nodes; holding a post, directing, being part
of, serving and issuing are edges. The page has a legend that filters by kind, a search
box, a locality filter, and a panel that shows a clicked node's facts, the sentences
they come from and the source articles. It carries everything it needs inline
(vis-network from pyvis's own copy) and makes no request to the network. All data goes
in one JSON block escaped for HTML, and the page puts text into the document only as
text (textContent), never as markup.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import networkx as nx
from jinja2 import ChoiceLoader, Environment, FileSystemLoader
from pyvis.network import Network
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS

from .layout import layout
from .vocab import GOVKG, ID, NIF, SCHEMA

KINDS = {  # kind: (rdf type, colour)
    "person": (FOAF.Person, "#e15759"),
    "body": (ORG.Organization, "#4e79a7"),
    "place": (SCHEMA.AdministrativeArea, "#59a14f"),
    "directive": (SCHEMA.Legislation, "#f28e2b"),
}
INVERSE = {"directs": "directed by", "part of": "has part", "serves": "served by", "issued": "issued by"}
PHYSICS_LIMIT = 300  # above this many nodes, positions are computed here and physics is off
TEMPLATES = Path(__file__).resolve().parent / "templates"


def _label(g: Graph, node: URIRef) -> str:
    for prop in (FOAF.name, SKOS.prefLabel, RDFS.label, SCHEMA.name):
        values = sorted(g.objects(node, prop), key=lambda v: (getattr(v, "language", None) != "en", str(v)))
        if prop == FOAF.name and values:  # the spelling with diacritics, where one was seen
            return max(str(v) for v in values)
        if values:
            return str(values[0])
    return str(node).rsplit("/", 1)[-1]


def _notation(g: Graph, node: URIRef, prop: URIRef) -> str | None:
    return next((str(n) for c in g.objects(node, prop) for n in g.objects(c, SKOS.notation)), None)


def _evidence(g: Graph, node: URIRef) -> list[list[str]]:
    """[article id, sentence] for each piece of evidence of a post or statement."""
    out = set()
    for e in g.objects(node, GOVKG.evidence):
        article = next((str(i) for a in g.objects(e, NIF.referenceContext) for i in g.objects(a, DCTERMS.identifier)), "")
        for text in g.objects(e, NIF.anchorOf):
            out.add((article, str(text)))
    return [list(pair) for pair in sorted(out)]


def graph_network(g: Graph) -> nx.MultiDiGraph:
    """People, bodies, places and directives, and the edges between them (with their evidence)."""
    net = nx.MultiDiGraph()
    for kind, (rdf_type, colour) in KINDS.items():
        for node in g.subjects(RDF.type, rdf_type):
            if (node, RDF.type, SCHEMA.Country) in g:
                continue
            net.add_node(str(node), label=_label(g, node), kind=kind, color=colour,
                         sources=sorted(str(i) for a in g.objects(node, PROV.wasDerivedFrom)
                                        for i in g.objects(a, DCTERMS.identifier)))
    for person, post in g.subject_objects(ORG.holds):
        role = _notation(g, post, ORG.role) or "post"
        # the status of the post's latest dated statement (kg/resolve/timeline.py)
        latest = _notation(g, post, GOVKG.latestStatus)
        former = f" ({latest})" if latest in ("former", "dismissed") else ""
        for body in g.objects(post, ORG.postIn):
            _edge(net, person, body, f"holds post: {role}{former}", _evidence(g, post))
    statements = defaultdict(list)
    for st in g.subjects(RDF.type, GOVKG.DirectsStatement):
        for agent in g.objects(st, RDF.subject):
            for target in g.objects(st, RDF.object):
                statements[(agent, target)] += _evidence(g, st)
    for agent, target in g.subject_objects(GOVKG.directs):
        _edge(net, agent, target, "directs", sorted(statements.get((agent, target), [])))
    for child, parent in g.subject_objects(ORG.subOrganizationOf):
        _edge(net, child, parent, "part of")
    for child, parent in g.subject_objects(SCHEMA.containedInPlace):
        _edge(net, child, parent, "part of")
    for body, place in g.subject_objects(SCHEMA.areaServed):
        _edge(net, body, place, "serves")
    for directive, issuer in g.subject_objects(SCHEMA.legislationPassedBy):
        _edge(net, issuer, directive, "issued")
    return net


def _edge(net: nx.MultiDiGraph, a, b, label: str, evidence: list | None = None) -> None:
    if str(a) in net and str(b) in net:
        net.add_edge(str(a), str(b), label=label, evidence=evidence or [])


def _attributes(g: Graph, node: URIRef, kind: str) -> list[list[str]]:
    """[name, value] facts of a node that are not edges of the picture."""
    facts = []
    if kind == "person":
        facts += [["written", str(n)] for n in sorted(g.objects(node, FOAF.name))]
    elif kind == "body":
        facts += [["type", _notation(g, node, ORG.classification) or ""]]
        facts += [[f"name ({v.language})", str(v)] for v in sorted(g.objects(node, SKOS.prefLabel)) if v.language != "en"]
    elif kind == "place":
        facts += [["level", _notation(g, node, GOVKG.level) or ""]]
        for name, prop in (("type", GOVKG.unitType), ("code", GOVKG.gazetteerCode),
                           ("valid from", GOVKG.validFrom), ("valid until", GOVKG.validUntil)):
            facts += [[name, str(v)] for v in g.objects(node, prop)]
    elif kind == "directive":
        facts += [["type", _notation(g, node, SCHEMA.legislationType) or ""]]
        facts += [["identifier", str(v)] for v in sorted(g.objects(node, SCHEMA.legislationIdentifier))]
        facts += [["date", str(v)] for v in g.objects(node, SCHEMA.legislationDate)]
    return facts


def _provinces(g: Graph, net: nx.MultiDiGraph) -> dict[str, list[str]]:
    """Node -> the provinces it belongs to: a place's own, a body's, a holder's, an issuer's."""
    def province(place: str, seen=()) -> str | None:
        if _notation(g, URIRef(place), GOVKG.level) == "province":
            return place
        for parent in g.objects(URIRef(place), SCHEMA.containedInPlace):
            if str(parent) not in seen:
                found = province(str(parent), (*seen, place))
                if found:
                    return found
        return None

    of: dict[str, set[str]] = defaultdict(set)
    for node, data in net.nodes(data=True):
        if data["kind"] == "place":
            of[node].update(p for p in [province(node)] if p)
    for body, place in g.subject_objects(SCHEMA.areaServed):
        of[str(body)].update(of.get(str(place), ()))
    for a, b, data in net.edges(data=True):  # holders and directors take their bodies' provinces
        if net.nodes[a]["kind"] in ("person", "body") and data["label"] != "part of":
            of[a].update(of.get(b, ()))
        if data["label"] == "issued":
            of[b].update(of.get(a, ()))
    return {node: sorted(ps) for node, ps in of.items() if ps}


def picture(g: Graph) -> dict:
    """Everything the page shows: nodes with positions and facts, edges, articles, localities."""
    net = graph_network(g)
    static = net.number_of_nodes() > PHYSICS_LIMIT
    positions = layout(nx.Graph(net)) if static else {}
    provinces = _provinces(g, net)
    # Node ids are IRIs without the data namespace (the page adds it back), and each edge's
    # sentences are kept once, in `evidence`; nodes and edges are vis-network's, built here
    # because pyvis's add_node and add_edge look for duplicates in lists (2.3 s for 10,000 edges).
    short = lambda iri: iri[len(str(ID)):] if iri.startswith(str(ID)) else iri  # noqa: E731
    nodes, edges, facts, evidence = [], [], {}, []
    for node, data in net.nodes(data=True):
        extra = {"x": round(positions[node][0] * 60, 1), "y": round(positions[node][1] * 60, 1)} if static else {}
        nodes.append({"id": short(node), "label": data["label"], "color": data["color"], "kind": data["kind"],
                      "loc": [short(p) for p in provinces.get(node, [])], **extra})
        facts[short(node)] = {"attributes": _attributes(g, URIRef(node), data["kind"]), "sources": data["sources"],
                              "relations": []}
    for a, b, data in net.edges(data=True):
        edges.append({"from": short(a), "to": short(b), "label": data["label"]})
        index = len(evidence) if data["evidence"] else -1
        if data["evidence"]:
            evidence.append(data["evidence"])
        facts[short(a)]["relations"].append([data["label"], short(b), index])
        facts[short(b)]["relations"].append([_inverse(data["label"]), short(a), index])
    articles = {}
    for a in g.subjects(RDF.type, SCHEMA.NewsArticle):
        for article_id in g.objects(a, DCTERMS.identifier):
            articles[str(article_id)] = {key: str(value) for key, prop in (
                ("headline", SCHEMA.headline), ("url", SCHEMA.url), ("date", SCHEMA.datePublished),
                ("language", SCHEMA.inLanguage)) for value in list(g.objects(a, prop))[:1]}
    localities = sorted(((short(p), _label(g, URIRef(p))) for p in {p for ps in provinces.values() for p in ps}),
                        key=lambda pl: pl[1])
    return {"base": str(ID), "nodes": nodes, "edges": edges, "facts": facts, "evidence": evidence,
            "articles": articles, "localities": localities, "static": static}


def _inverse(label: str) -> str:
    if label.startswith("holds post: "):
        return "post held: " + label[len("holds post: "):]
    return INVERSE.get(label, label)


def write_html(g: Graph, path: str | Path, heading: str = "govkg: who directs what") -> None:
    """Write the picture of `g` to `path` (UTF-8, no remote resources)."""
    data = picture(g)
    options = {
        "physics": {"enabled": not data["static"], "stabilization": {"iterations": 200}},
        "edges": {"smooth": False, "arrows": "to", "font": {"size": 10, "align": "middle"}, "color": {"inherit": False}},
        "nodes": {"shape": "dot", "size": 12, "font": {"size": 14}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": data["static"]},
        "layout": {"improvedLayout": not data["static"], "randomSeed": 7},
    }
    env = Environment(loader=ChoiceLoader([FileSystemLoader(TEMPLATES), FileSystemLoader(Network().template_dir)]),
                      autoescape=True)
    # tojson escapes <, >, & and ' for HTML; keep Vietnamese readable rather than \uXXXX
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "sort_keys": False}
    kinds = [(kind, colour, sum(n["kind"] == kind for n in data["nodes"])) for kind, (_, colour) in KINDS.items()]
    linked = {e["from"] for e in data["edges"]} | {e["to"] for e in data["edges"]}
    unlinked = sum(n["id"] not in linked for n in data["nodes"])
    html = env.get_template("graph.html").render(heading=heading, kinds=kinds, unlinked=unlinked, data=data,
                                                 options=options)
    Path(path).write_text(html, encoding="utf-8")
