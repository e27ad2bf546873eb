"""`kg serve`, started as users start it, answers curl as the README shows."""
import json
import re
import shutil
import subprocess
import sys

import pytest

from kg.canned import canned

from .conftest import need


@pytest.fixture(scope="module")
def endpoint(dev_graph_dir):
    server = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(dev_graph_dir / "graph.trig"), "--port", "0"],
                              stderr=subprocess.PIPE, text=True)
    try:
        line = server.stderr.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+/sparql", line)
        assert url, line
        yield url.group()
    finally:
        server.terminate()
        server.wait(timeout=30)


def curl(*args) -> str:
    need(shutil.which("curl"), "curl")
    return subprocess.run(["curl", "-s", "--fail", *args], capture_output=True, text=True, check=True, timeout=60).stdout


def test_curl_gets_sparql_json(endpoint):
    answer = json.loads(curl(endpoint, "--data-urlencode", "query=SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name }"))
    names = {b["name"]["value"] for b in answer["results"]["bindings"]}
    assert "Le Ngoc Chau" in names and "Trần Quang Tuấn" in names


def test_curl_posts_a_canned_question_and_gets_csv(endpoint):
    query = canned("officials-of").render(["Hải Phòng"])
    out = curl(endpoint, "-H", "Accept: text/csv", "-H", "Content-Type: application/sparql-query", "--data-binary", query)
    assert out.splitlines()[0].startswith("official,role,body") and "Le Ngoc Chau,chair" in out


def test_updates_are_refused(endpoint):
    done = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", endpoint,
                           "--data-urlencode", "update=DROP ALL"], capture_output=True, text=True, timeout=60)
    assert done.stdout == "403"
