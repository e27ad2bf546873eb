"""rapper and RDF4J's strict parser (what GraphDB imports with) accept every file kg writes."""
import re
import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest

from .conftest import need

JAVA_CHECK = Path(__file__).parent / "java" / "RdfStrict.java"
QUERIES = sorted((Path(__file__).parents[2] / "queries").glob("*.rq"))


def count(path) -> int:
    return sum(1 for _ in ox.parse(path=str(path)))


@pytest.mark.parametrize("build", ["dev_graph_dir", "hostile_dir"])
@pytest.mark.parametrize("name,syntax", [("graph.ttl", "turtle"), ("graph.trig", "trig"), ("graph.nt", "ntriples")])
def test_rapper_accepts(build, name, syntax, request):
    need(shutil.which("rapper"), "rapper (Debian raptor2-utils)")
    path = request.getfixturevalue(build) / name
    done = subprocess.run(["rapper", "-i", syntax, "-c", str(path)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert re.search(rf"returned {count(path)} (triples|statements)", done.stderr), done.stderr


@pytest.mark.parametrize("build", ["dev_graph_dir", "hostile_dir"])
def test_rdf4j_strict_parser_accepts(build, request, rdf4j_classpath):
    folder = request.getfixturevalue(build)
    files = [folder / n for n in ("graph.ttl", "graph.trig", "graph.nt", "graph.jsonld")]
    done = subprocess.run(["java", "-cp", rdf4j_classpath, str(JAVA_CHECK), *map(str, files), *map(str, QUERIES)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    lines = dict(line.split(" ", 2)[1:] for line in done.stdout.splitlines() if line.startswith("OK "))
    for path in files:
        statements, graphs = lines[str(path)].split()
        assert int(statements) == count(path), path.name
        if path.suffix == ".trig":
            articles = {q.graph_name for q in ox.parse(path=str(path)) if isinstance(q.graph_name, ox.NamedNode)}
            assert int(graphs) == len(articles) > 0
    assert all(lines.get(str(q)) == "query" for q in QUERIES)


def test_rdf4j_strict_parser_rejects_what_it_should(tmp_path, rdf4j_classpath):
    bad = tmp_path / "bad.ttl"
    bad.write_text('<https://w3id.org/govkg/id/x> schema:name "x" .\n')  # undeclared prefix
    done = subprocess.run(["java", "-cp", rdf4j_classpath, str(JAVA_CHECK), str(bad)], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 1 and "ERROR" in done.stdout
