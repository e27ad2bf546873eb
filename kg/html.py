"""graph.html: an interactive picture of who directs what, drawn with pyvis (vis-network).

The page carries everything it needs inline (vis-network from pyvis's own copy) and
makes no request to the network; every text is JSON-encoded for HTML by the template.
"""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
from jinja2 import ChoiceLoader, Environment, FileSystemLoader
from pyvis.network import Network
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS

from .vocab import GOVKG, SCHEMA

KINDS = {  # kind: (rdf type, colour)
    "person": (FOAF.Person, "#e15759"),
    "body": (ORG.Organization, "#4e79a7"),
    "place": (SCHEMA.AdministrativeArea, "#59a14f"),
    "directive": (SCHEMA.Legislation, "#f28e2b"),
}
PHYSICS_LIMIT = 300  # above this many nodes, positions are computed here and physics is off
TEMPLATES = Path(__file__).resolve().parent / "templates"


def _label(g: Graph, node: URIRef) -> str:
    for prop in (FOAF.name, SKOS.prefLabel, RDFS.label, SCHEMA.name):
        values = sorted(g.objects(node, prop), key=lambda v: (getattr(v, "language", None) != "en", str(v)))
        if values:
            return str(values[0])
    return str(node).rsplit("/", 1)[-1]


def _sources(g: Graph, node: URIRef) -> list[str]:
    return sorted(str(i) for a in g.objects(node, PROV.wasDerivedFrom) for i in g.objects(a, DCTERMS.identifier))


def graph_network(g: Graph) -> nx.MultiDiGraph:
    """People, bodies, places and directives, and the edges between them."""
    net = nx.MultiDiGraph()
    for kind, (rdf_type, colour) in KINDS.items():
        for node in g.subjects(RDF.type, rdf_type):
            if (node, RDF.type, SCHEMA.Country) in g:
                continue
            label = _label(g, node)
            sources = _sources(g, node)
            title = f"{kind}: {label}\n" + (f"sources: {', '.join(sources)}" if sources else "")
            net.add_node(str(node), label=label, title=title, color=colour, group=kind)
    roles = {c: str(n) for c in g.subjects(RDF.type, SKOS.Concept) for n in g.objects(c, SKOS.notation)}
    for person, post in g.subject_objects(ORG.holds):
        for body in g.objects(post, ORG.postIn):
            role = ", ".join(roles.get(r, "") for r in g.objects(post, ORG.role))
            _edge(net, person, body, f"holds post: {role}")
    for agent, target in g.subject_objects(GOVKG.directs):
        _edge(net, agent, target, "directs")
    for child, parent in g.subject_objects(ORG.subOrganizationOf):
        _edge(net, child, parent, "part of")
    for child, parent in g.subject_objects(SCHEMA.containedInPlace):
        _edge(net, child, parent, "part of")
    for body, place in g.subject_objects(SCHEMA.areaServed):
        _edge(net, body, place, "serves")
    for directive, issuer in g.subject_objects(SCHEMA.legislationPassedBy):
        _edge(net, issuer, directive, "issued")
    return net


def _edge(net: nx.MultiDiGraph, a, b, label: str) -> None:
    if str(a) in net and str(b) in net:
        net.add_edge(str(a), str(b), label=label, title=label)


def write_html(g: Graph, path: str | Path, heading: str = "govkg: who directs what") -> None:
    """Write the picture of `g` to `path` (UTF-8, no remote resources)."""
    net = graph_network(g)
    vis = Network(height="calc(100vh - 50px)", width="100%", directed=True, cdn_resources="in_line", heading=heading)
    static = net.number_of_nodes() > PHYSICS_LIMIT
    positions = nx.spring_layout(nx.Graph(net), seed=7, iterations=50) if static else {}
    scale = 40 * max(1, net.number_of_nodes()) ** 0.5
    for node, data in net.nodes(data=True):
        extra = {"x": float(positions[node][0] * scale), "y": float(positions[node][1] * scale)} if static else {}
        vis.add_node(node, label=data["label"], title=data["title"], color=data["color"], shape="dot", size=12, **extra)
    for a, b, data in net.edges(data=True):
        vis.add_edge(a, b, label=data["label"], title=data["title"], arrows="to")
    options = {
        "physics": {"enabled": not static, "stabilization": {"iterations": 200}},
        "edges": {"smooth": False, "font": {"size": 10, "align": "middle"}, "color": {"inherit": False}},
        "nodes": {"font": {"size": 14}},
        "interaction": {"hover": True, "tooltipDelay": 150},
    }
    nodes, edges, heading, height, width, _ = vis.get_network_data()
    env = Environment(loader=ChoiceLoader([FileSystemLoader(TEMPLATES), FileSystemLoader(vis.template_dir)]),
                      autoescape=True)
    legend = [(kind, colour) for kind, (_, colour) in KINDS.items()]
    html = env.get_template("graph.html").render(
        nodes=nodes, edges=edges, heading=heading, height=height, width=width, bgcolor="#ffffff",
        options=json.dumps(options), legend=legend)
    Path(path).write_text(html, encoding="utf-8")
