"""SPARQL through Oxigraph: canned questions by name, and the read-only protocol endpoint."""
import json
import urllib.error
import urllib.parse
import urllib.request

import pytest
from click.testing import CliRunner
from SPARQLWrapper import JSON, SPARQLWrapper

from kg.canned import canned, canned_queries, parse
from kg.cli import main
from kg.errors import InputError
from kg.query import select
from kg.serve import negotiate, serve_in_thread
from kg.store import GraphStore


@pytest.fixture(scope="module")
def store(dev_graph_dir):
    return GraphStore(dev_graph_dir / "graph.ttl")


def ask(store, name, *args):
    return select(store, canned(name).render(list(args)))


def test_the_five_questions_are_shipped():
    assert set(canned_queries()) >= {"officials-of", "who-directs", "directives-by", "posts-of", "headless-bodies",
                                     "holders"}
    for q in canned_queries().values():
        assert q.summary and q.example.startswith(q.name)


def test_officials_of_a_locality(store):
    rows = ask(store, "officials-of", "Hai Phong")
    assert ("Le Ngoc Chau", "chair", "People's Committee of Hai Phong City", "Hai Phong City") in [r[:4] for r in rows]
    assert ask(store, "officials-of", "Hải Phòng") == rows == ask(store, "officials-of", "hai phong city")
    # Kien An district's officials are Kien An's, not Hai Phong's
    assert not [r for r in rows if "Kien An" in r[2]]
    assert [r for r in ask(store, "officials-of", "Kien An") if r[2] == "People's Committee of Kien An District"]


def test_posts_of_a_person_with_or_without_diacritics(store):
    rows = ask(store, "posts-of", "Le Ngoc Chau")
    assert rows == ask(store, "posts-of", "Lê Ngọc Châu")
    assert {(r[1], r[2]) for r in rows} >= {("chair", "People's Committee of Hai Phong City")}
    assert all(r[4] and r[5] for r in rows)  # an article and the sentence for every row


def test_who_directs_quotes_the_sentence(store):
    rows = ask(store, "who-directs", "People's Committee of Kien An")
    assert ("Party Committee of Kien An District", "People's Committee of Kien An District") in {r[:2] for r in rows}
    assert all("Kien An" in r[1] and r[2] and r[3] for r in rows)


def test_directives_by_a_body(store):
    rows = ask(store, "directives-by", "Politburo")
    assert ("167-KL/TW", "conclusion", "2025-06-13", "Politburo") in [r[:4] for r in rows]


def test_headless_bodies_have_no_current_head(store):
    headless = {r[0] for r in ask(store, "headless-bodies")}
    assert "People's Committee of Hai Phong City" not in headless  # Le Ngoc Chau chairs it
    assert "Department of Health of the People's Committee of Hai Phong City" in headless


def test_an_argument_cannot_change_the_query(store):
    q = canned("officials-of")
    evil = '" } } SELECT * WHERE { ?s ?p ?o } #'
    assert evil in json.loads(q.render([evil]).split("VALUES ?place_name { ")[1].split(" }\n")[0])
    assert ask(store, "officials-of", evil) == []
    assert ask(store, "officials-of", 'VALUES ?place_name { "Hai Phong" }') == []


def test_wrong_arguments_and_malformed_files_are_reported():
    with pytest.raises(InputError, match="takes PLACE_NAME"):
        canned("officials-of").render([])
    with pytest.raises(InputError, match="no canned question .nope.; known: "):
        canned("nope")
    with pytest.raises(ValueError, match="VALUES"):
        parse("broken", "# param place: a place\nSELECT * WHERE { ?s ?p ?o }")


def test_trig_answers_like_turtle(dev_graph_dir, store):
    trig = GraphStore(dev_graph_dir / "graph.trig")
    for q in canned_queries().values():
        args = [{"person": "Le Ngoc Chau"}.get(p.kind, "Hai Phong") for p in q.params]
        assert ask(trig, q.name, *args) == ask(store, q.name, *args), q.name
    # and each article's graph is still there to ask
    assert select(trig, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0][0] == str(
        len(select(store, "SELECT ?a WHERE { ?a a schema:NewsArticle }")))


def test_cli_runs_canned_questions(dev_graph_dir):
    runner = CliRunner()
    listed = runner.invoke(main, ["query", "--list"])
    assert listed.exit_code == 0 and "officials-of PLACE_NAME" in listed.output
    result = runner.invoke(main, ["query", str(dev_graph_dir / "graph.ttl"), "officials-of", "Hai Phong", "--format", "csv"])
    assert result.exit_code == 0 and "Le Ngoc Chau,chair" in result.output
    shown = runner.invoke(main, ["query", "posts-of", "Lê Ngọc Châu", "--show"])
    assert 'VALUES ?person { "le-ngoc-chau" }' in shown.output
    wrong = runner.invoke(main, ["query", str(dev_graph_dir / "graph.ttl"), "officials-of"])
    assert wrong.exit_code == 1 and wrong.output.startswith("Error: officials-of takes PLACE_NAME")


# --- kg serve -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def endpoint(store):
    server, url = serve_in_thread(store)
    yield url
    server.shutdown()
    server.server_close()


def fetch(url, data=None, headers=None):
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers.get_content_type(), response.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get_content_type(), e.read().decode("utf-8")


def test_sparqlwrapper_queries_the_endpoint(endpoint, store):
    client = SPARQLWrapper(endpoint)
    client.setQuery(canned("officials-of").render(["Hai Phong"]))
    client.setReturnFormat(JSON)
    bindings = client.query().convert()["results"]["bindings"]
    names = [b["official"]["value"] for b in bindings]
    assert names == [r[0] for r in ask(store, "officials-of", "Hai Phong")]


def test_get_post_and_content_negotiation(endpoint):
    q = "SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name } ORDER BY ?name LIMIT 3"
    status, kind, body = fetch(endpoint + "?" + urllib.parse.urlencode({"query": q}), headers={"Accept": "text/csv"})
    assert (status, kind) == (200, "text/csv") and body.splitlines()[0] == "name"
    status, kind, body = fetch(endpoint, data=q.encode(), headers={"Content-Type": "application/sparql-query"})
    assert (status, kind) == (200, "application/sparql-results+json") and len(json.loads(body)["results"]["bindings"]) == 3
    status, kind, body = fetch(endpoint, data=urllib.parse.urlencode({"query": "CONSTRUCT WHERE { ?p foaf:name ?n } LIMIT 2"}).encode(),
                               headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/turtle"})
    assert (status, kind) == (200, "text/turtle") and "foaf:name" in body


def test_endpoint_is_read_only_and_reports_bad_queries(endpoint):
    status, _, body = fetch(endpoint, data=b"DROP ALL", headers={"Content-Type": "application/sparql-update"})
    assert status == 403
    status, _, _ = fetch(endpoint, data=urllib.parse.urlencode({"update": "DROP ALL"}).encode(),
                         headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403
    status, _, body = fetch(endpoint + "?" + urllib.parse.urlencode({"query": "DROP ALL"}))
    assert status == 400 and body.startswith("bad query")
    status, _, _ = fetch(endpoint + "?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}))
    assert status == 200


def test_negotiation_prefers_quality_then_specificity():
    offered = {"application/sparql-results+json": 1, "text/csv": 2}
    assert negotiate("", offered) == "application/sparql-results+json"
    assert negotiate("text/csv;q=0.9, application/sparql-results+json;q=0.5", offered) == "text/csv"
    assert negotiate("*/*;q=0.1, text/*", offered) == "text/csv"
    assert negotiate("text/html", offered) == "application/sparql-results+json"


def test_options_belong_to_their_question(dev_graph_dir):
    with pytest.raises(InputError, match=r"officials-of takes no option --role \(its options: none\)"):
        canned("officials-of").render(["Hai Phong"], {"role": "chair"})
    result = CliRunner().invoke(main, ["query", str(dev_graph_dir / "graph.ttl"), "holders", "Ủy ban", "--across-eras"])
    assert result.exit_code == 1 and "Error: holders takes no option --across-eras" in result.output
    result = CliRunner().invoke(main, ["query", str(dev_graph_dir / "graph.ttl"), "SELECT * WHERE { ?s ?p ?o }",
                                       "--role", "chair"])
    assert result.exit_code != 0 and "Error: --role and --across-eras go with a canned question" in result.output
    rows = select(GraphStore(dev_graph_dir / "graph.ttl"),
                                canned("holders").render(["People's Committee of Hai Phong"], {"role": "chair"}))
    assert rows and {r[1] for r in rows} == {"chair"}
    assert ("Le Ngoc Chau", "2025-10-01", "current") in {(r[2], r[3], r[4]) for r in rows}


def test_long_cells_are_cut_to_the_terminal_unless_wide(dev_graph_dir, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    runner = CliRunner()
    args = [str(dev_graph_dir / "graph.ttl"), "who-directs", "People's Committee of Hai Phong City"]
    cut = runner.invoke(main, ["query", *args])
    assert cut.exit_code == 0 and "…" in cut.output
    assert all(len(line) <= 80 for line in cut.output.splitlines())
    wide = runner.invoke(main, ["query", "--wide", *args])
    assert max(len(line) for line in wide.output.splitlines()) > 80 and "…" not in wide.output
    assert len(cut.output.splitlines()) == len(wide.output.splitlines())


def test_a_misspelt_question_names_the_near_ones(dev_graph_dir):
    result = CliRunner().invoke(main, ["query", str(dev_graph_dir / "graph.ttl"), "oficials-of", "Hai Phong"])
    assert result.exit_code == 1
    assert result.output == ("Error: no canned question 'oficials-of'; did you mean officials-of? "
                             "(kg query --list lists them)\n")
