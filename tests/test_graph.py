"""The graph follows CONTRACT.md, has provenance everywhere, and is the same on every run."""
import pytest
from rdflib import BNode, Graph

from kg.build import build
from kg.query import prologue
from kg.validate import validate_graph
from kg.vocab import DOC_TYPES, LEVELS, ORG_TYPES, ROLES, ontology

from .conftest import SEEDS


def query(g, text):
    return [tuple(str(v) for v in row) for row in g.query(prologue() + text)]


def test_contract_shapes(dev_graph_dir):
    g = Graph().parse(dev_graph_dir / "graph.ttl")
    posts = query(g, """SELECT ?name ?role ?label WHERE {
        ?p a foaf:Person ; foaf:name ?name ; org:holds ?post .
        ?post a org:Post ; org:postIn ?o ; org:role/skos:notation ?role .
        ?o a org:Organization ; skos:prefLabel ?label ; org:classification/skos:notation "peoples-committee" .
        FILTER(lang(?label) = "en") }""")
    assert ("Le Ngoc Chau", "chair", "People's Committee of Hai Phong City") in posts
    places = query(g, """SELECT ?name ?level ?parent WHERE {
        ?l a schema:AdministrativeArea ; schema:name ?name ; govkg:level/skos:notation ?level ;
           schema:containedInPlace/schema:name ?parent . FILTER(lang(?name) = "en" && lang(?parent) = "en") }""")
    assert ("Kien An", "district", "Hai Phong") in places
    directives = query(g, """SELECT ?id ?type ?date ?issuer WHERE {
        ?d a schema:Legislation ; schema:legislationIdentifier ?id ; schema:legislationType/skos:notation ?type ;
           schema:legislationDate ?date ; schema:legislationPassedBy/org:classification/skos:notation ?issuer }""")
    assert ("195", "conclusion", "2025-09-26", "politburo") in directives
    served = query(g, """SELECT ?o WHERE { ?o a org:Organization ; schema:areaServed ?l .
        ?l schema:name "Kiến An"@vi }""")
    assert served


def test_every_entity_has_provenance_and_no_blank_nodes(dev_graph_dir):
    g = Graph().parse(dev_graph_dir / "graph.ttl")
    missing = query(g, """SELECT ?e WHERE {
        VALUES ?t { foaf:Person org:Organization schema:AdministrativeArea org:Post schema:Legislation }
        ?e a ?t . FILTER NOT EXISTS { ?e prov:wasDerivedFrom ?a } }""")
    assert missing == []
    assert not any(isinstance(t, BNode) for triple in g for t in triple)


def test_posts_and_directs_trace_to_a_sentence(dev_graph_dir):
    g = Graph().parse(dev_graph_dir / "graph.ttl")
    rows = query(g, """SELECT ?begin ?end ?text ?file WHERE {
        ?s govkg:evidence ?e . ?e nif:beginIndex ?begin ; nif:endIndex ?end ; nif:anchorOf ?text ;
           nif:referenceContext/dcterms:identifier ?file . ?s a govkg:DirectsStatement }""")
    assert rows
    from .conftest import dev_inputs
    texts = {}
    for path in dev_inputs():
        for f in ([path] if path.is_file() else sorted(path.glob("*.txt"))):
            texts[f.name] = f.read_text(encoding="utf-8")
    for begin, end, text, file in rows:
        assert texts[file][int(begin):int(end)] == text


def test_graph_conforms_to_the_shapes(dev_graph_dir):
    conforms, report = validate_graph(Graph().parse(dev_graph_dir / "graph.ttl"))
    assert conforms, report


def test_shapes_catch_a_broken_graph(dev_graph_dir):
    g = Graph().parse(dev_graph_dir / "graph.ttl")
    g.update(prologue() + "DELETE { ?p org:postIn ?o } WHERE { ?p org:postIn ?o }")
    g.update(prologue() + "DELETE { ?e prov:wasDerivedFrom ?a } WHERE { ?e a foaf:Person ; prov:wasDerivedFrom ?a }")
    conforms, report = validate_graph(g)
    assert not conforms
    assert "postIn" in report and "wasDerivedFrom" in report


def test_builds_are_byte_for_byte_the_same(tmp_path):
    build([SEEDS], tmp_path / "a")
    build([SEEDS], tmp_path / "b", jobs=2)
    assert (tmp_path / "a" / "graph.ttl").read_bytes() == (tmp_path / "b" / "graph.ttl").read_bytes()


def test_ontology_code_lists_are_the_contracts():
    onto = ontology()
    for scheme, codes in (("OrganizationTypes", ORG_TYPES), ("Roles", ROLES), ("LocalityLevels", LEVELS),
                          ("DirectiveTypes", DOC_TYPES)):
        got = {n for (n,) in query(onto, f"SELECT ?n WHERE {{ ?c skos:inScheme govkg:{scheme} ; skos:notation ?n }}")}
        assert got == set(codes), scheme
        langs = query(onto, f"""SELECT ?c WHERE {{ ?c skos:inScheme govkg:{scheme} .
            FILTER NOT EXISTS {{ ?c skos:prefLabel ?en , ?vi , ?id .
            FILTER(lang(?en) = "en" && lang(?vi) = "vi" && lang(?id) = "id") }} }}""")
        assert langs == [], f"{scheme}: concepts without en, vi and id labels"


def test_the_writer_uses_only_terms_the_vocabularies_define(tmp_path):
    """kg.rdf makes IRIs as plain strings, without the checks of rdflib's closed namespaces:
    every name it used writing the seeds' graph must be one of theirs (a misspelt term fails here)."""
    from rdflib import namespace as ns

    from kg import rdf, vocab

    build([SEEDS], tmp_path)
    for mine, theirs in ((rdf.DCTERMS, ns.DCTERMS), (rdf.FOAF, ns.FOAF), (rdf.ORG, ns.ORG), (rdf.PROV, ns.PROV),
                         (rdf.RDF, ns.RDF), (rdf.RDFS, ns.RDFS), (rdf.SKOS, ns.SKOS), (rdf.XSD, ns.XSD),
                         (rdf.GOVKG, vocab.GOVKG)):
        assert rdf.used_names(mine), theirs
        for name in rdf.used_names(mine):
            assert str(getattr(theirs, name)) == getattr(mine, name)  # AttributeError: not a term of theirs
    assert {prefix: str(iri) for prefix, iri in vocab.PREFIXES.items()} == vocab.NAMESPACES


def test_code_list_concepts_are_checked():
    from kg import vocab

    assert vocab.concept("role", "chair") == str(vocab.role("chair"))
    with pytest.raises(ValueError):
        vocab.concept("role", "chairman")


def test_kg_build_does_not_import_rdflib(tmp_path):
    """rdflib is for users who want an rdflib Graph: importing it cost every build 0.085 CPU-s."""
    import subprocess
    import sys

    script = ("import sys; from kg.build import build; build([sys.argv[1]], sys.argv[2]); "
              "assert 'rdflib' not in sys.modules, 'rdflib imported'")
    done = subprocess.run([sys.executable, "-c", script, str(SEEDS), str(tmp_path / "out")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert (tmp_path / "out" / "graph.ttl").is_file()
