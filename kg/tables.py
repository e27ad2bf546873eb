"""Tables an analyst opens in a spreadsheet, and GraphML for Gephi, Cytoscape and networkx.

`kg export GRAPH --to csv DIR` writes four CSV files with a header row (UTF-8, with a
byte order mark so that spreadsheet programs read Vietnamese as such):

- officials.csv: who holds which post, in which body and locality, first and last seen,
  status, and in how many articles;
- bodies.csv: every body with its names in English, Vietnamese and Indonesian, type,
  locality, parent body and number of known holders;
- directives.csv: every numbered document with its type, number, date and issuers;
- directs.csv: who directs what, with how many sentences and articles say so.

`--to graphml FILE` writes the same nodes and edges as graph.html draws, with typed
attributes (strings and integers) that Gephi, Cytoscape and networkx read.
The facts come from the Oxigraph store by SPARQL (kg/views.py); rows are sorted.
"""
from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import networkx as nx

from .views import LANGS, Facts, short

OFFICIALS = ("person", "role", "body", "locality", "first_seen", "last_seen", "status", "articles",
             "person_id", "body_id")
BODIES = ("body", "name_vi", "name_id", "type", "locality", "parent", "holders", "articles", "body_id")
DIRECTIVES = ("directive", "type", "identifier", "date", "issued_by", "articles", "directive_id")
DIRECTS = ("agent", "agent_kind", "target", "target_kind", "sentences", "articles", "agent_id", "target_id")


def tables(facts: Facts) -> dict[str, tuple[tuple[str, ...], list[list]]]:
    """The four tables: file name -> (header, rows)."""
    nodes = facts.nodes
    name = lambda iri: nodes[iri].label("en")  # noqa: E731
    served: dict[str, list[str]] = defaultdict(list)
    parents: dict[str, list[str]] = defaultdict(list)
    issuers: dict[str, list[str]] = defaultdict(list)
    holders: dict[str, set[str]] = defaultdict(set)
    for e in facts.edges:
        if e.kind == "serves":
            served[e.source].append(name(e.target))
        elif e.kind == "part of" and nodes[e.source].kind == "body":
            parents[e.source].append(name(e.target))
        elif e.kind == "issued":
            issuers[e.target].append(name(e.source))
        elif e.kind == "holds":
            holders[e.target].add(e.source)
    attribute = lambda iri, key: "; ".join(v for k, v in nodes[iri].attributes if k == key)  # noqa: E731
    officials = sorted([name(e.source), e.role, name(e.target), "; ".join(sorted(served[e.target])), e.first, e.last,
                        e.status, e.articles, short(e.source), short(e.target)]
                       for e in facts.edges if e.kind == "holds")
    bodies = sorted([n.label("en"), n.label("vi"), n.label("id"), attribute(iri, "type"), "; ".join(sorted(served[iri])),
                     "; ".join(sorted(parents[iri])), len(holders[iri]), len(n.sources), short(iri)]
                    for iri, n in nodes.items() if n.kind == "body")
    directives = sorted([n.label("en"), attribute(iri, "type"), attribute(iri, "identifier"), attribute(iri, "date"),
                         "; ".join(sorted(issuers[iri])), len(n.sources), short(iri)]
                        for iri, n in nodes.items() if n.kind == "directive")
    directs = sorted([name(e.source), nodes[e.source].kind, name(e.target), nodes[e.target].kind, len(e.evidence),
                      len({a for a, _ in e.evidence}), short(e.source), short(e.target)]
                     for e in facts.edges if e.kind == "directs")
    return {"officials.csv": (OFFICIALS, officials), "bodies.csv": (BODIES, bodies),
            "directives.csv": (DIRECTIVES, directives), "directs.csv": (DIRECTS, directs)}


def write_csv(facts: Facts, folder: Path, write: Callable[[Path, Callable[[Path], None]], None]) -> list[Path]:
    """Write the tables into `folder` through `write(path, writer)` (atomic); the paths written."""
    written = []
    for file_name, (header, rows) in tables(facts).items():
        def writer(path: Path, header=header, rows=rows) -> None:
            with open(path, "w", encoding="utf-8-sig", newline="") as f:
                out = csv.writer(f)
                out.writerow(header)
                out.writerows(rows)
        write(folder / file_name, writer)
        written.append(folder / file_name)
    return written


def graphml_graph(facts: Facts) -> nx.MultiDiGraph:
    """The picture's nodes and edges with typed attributes, keyed by IRI."""
    g = nx.MultiDiGraph()
    for iri, n in facts.nodes.items():
        attributes = {"kind": n.kind, "label": n.label("en"), "articles": len(n.sources),
                      "provinces": "; ".join(facts.nodes[p].label("en") for p in n.provinces if p in facts.nodes)}
        attributes.update({f"label_{lang}": n.label(lang) for lang in LANGS if lang != "en"})
        g.add_node(iri, **attributes)
    for e in facts.edges:
        attributes = {"kind": e.kind, "sentences": len(e.evidence)}
        if e.kind == "holds":
            attributes.update(role=e.role, first_seen=e.first, last_seen=e.last, status=e.status, articles=e.articles)
        g.add_edge(e.source, e.target, **attributes)
    return g


def write_graphml(facts: Facts, path: Path) -> None:
    """GraphML of the picture's graph (networkx writes the attribute types)."""
    nx.write_graphml(graphml_graph(facts), path, encoding="utf-8", prettyprint=True)
