"""Every serialization says the same graph; TriG keeps each article's statements apart."""
import json
import os

import pyoxigraph as ox
from rdflib import Graph

from kg.build import build
from kg.export import export
from kg.jsonld import context
from kg.rdf import article_iri
from kg.vocab import ID, PREFIXES, ontology_file

from .conftest import SEEDS


def triples(path, fmt=None):
    return {(q.subject, q.predicate, q.object) for q in ox.parse(path=str(path), format=fmt)}


def test_ntriples_and_jsonld_say_what_turtle_says(dev_graph_dir):
    ttl = triples(dev_graph_dir / "graph.ttl")
    assert triples(dev_graph_dir / "graph.nt") == ttl
    assert triples(dev_graph_dir / "graph.jsonld") == ttl
    rdflib_view = Graph().parse(dev_graph_dir / "graph.jsonld", format="json-ld")
    assert len(rdflib_view) == len(ttl)


def test_jsonld_is_compacted_with_the_published_context(dev_graph_dir):
    doc = json.loads((dev_graph_dir / "graph.jsonld").read_text(encoding="utf-8"))
    published = json.loads(ontology_file("context.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"] == published["@context"] == context()
    assert {p: str(ns) for p, ns in PREFIXES.items()}.items() <= context().items()
    assert context()["id"] == str(ID)
    person = next(n for n in doc["@graph"] if n.get("@type") == "foaf:Person")
    assert person["@id"].startswith("id:person/") and "foaf:name" in person


def test_trig_union_is_the_turtle_graph(dev_graph_dir):
    quads = list(ox.parse(path=str(dev_graph_dir / "graph.trig")))
    assert {(q.subject, q.predicate, q.object) for q in quads} == triples(dev_graph_dir / "graph.ttl")


def test_trig_has_one_graph_per_article_named_by_its_iri(dev_graph_dir):
    quads = list(ox.parse(path=str(dev_graph_dir / "graph.trig")))
    names = {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}
    articles = {q.subject.value for q in quads if q.object == ox.NamedNode("https://schema.org/NewsArticle")}
    assert names == articles and len(names) > 20
    # the articles' descriptions (the graphs' provenance) are in the default graph
    described = {q.subject.value for q in quads if isinstance(q.graph_name, ox.DefaultGraph)}
    assert articles <= described


def test_dropping_one_article_leaves_the_others_whole(dev_graph_dir):
    store = ox.Store()
    store.load(path=str(dev_graph_dir / "graph.trig"), format=ox.RdfFormat.TRIG)
    posts = """SELECT ?post ?org ?role WHERE { GRAPH ?g { ?p <http://www.w3.org/ns/org#holds> ?post .
               ?post <http://www.w3.org/ns/org#postIn> ?org ; <http://www.w3.org/ns/org#role> ?role ;
                     <http://www.w3.org/ns/prov#wasDerivedFrom> ?g } FILTER(?g != <%s>) }"""
    seed = str(article_iri("004_6e969246aa496319.txt"))
    before = {tuple(s) for s in store.query(posts % seed)}
    store.update(f"DROP GRAPH <{seed}>")
    assert {tuple(s) for s in store.query(posts % seed)} == before and before
    assert not bool(store.query(f"ASK {{ GRAPH <{seed}> {{ ?s ?p ?o }} }}"))


def test_each_article_graph_types_its_nodes(dev_graph_dir):
    quads = list(ox.parse(path=str(dev_graph_dir / "graph.trig")))
    by_graph = {}
    for q in quads:
        if isinstance(q.graph_name, ox.NamedNode):
            by_graph.setdefault(q.graph_name.value, []).append(q)
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    for name, graph in by_graph.items():
        typed = {q.subject for q in graph if q.predicate == rdf_type}
        referenced = {q.object for q in graph if q.predicate.value in (
            "http://www.w3.org/ns/org#holds", "http://www.w3.org/ns/org#postIn")}
        assert referenced <= typed, name


def test_every_format_is_the_same_byte_for_byte_on_every_run(tmp_path):
    formats = ("trig", "ntriples", "jsonld")
    build([SEEDS], tmp_path / "a", formats=formats)
    build([SEEDS], tmp_path / "b", formats=formats, jobs=2)
    for name in ("graph.ttl", "graph.trig", "graph.nt", "graph.jsonld", "graph.html"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_export_writes_the_same_graph_in_another_syntax(dev_graph_dir, tmp_path):
    for to, name in (("ntriples", "g.nt"), ("jsonld", "g.jsonld"), ("turtle", "g.ttl")):
        export(dev_graph_dir / "graph.ttl", to, tmp_path / name)
        assert triples(tmp_path / name) == triples(dev_graph_dir / "graph.ttl"), to
    # and from TriG, the union of its graphs
    export(dev_graph_dir / "graph.trig", "turtle", tmp_path / "from-trig.ttl")
    assert triples(tmp_path / "from-trig.ttl") == triples(dev_graph_dir / "graph.ttl")
    assert (tmp_path / "g.ttl").read_bytes() == (dev_graph_dir / "graph.ttl").read_bytes()


def test_outputs_get_the_usual_file_mode(dev_graph_dir):
    umask = os.umask(0)
    os.umask(umask)
    for path in dev_graph_dir.glob("graph.*"):
        assert path.stat().st_mode & 0o777 == 0o666 & ~umask, path
