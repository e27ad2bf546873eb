"""The eight findings of the hostile-input review (issue 10), each reproduced and answered.

1. a query nested 5,000 deep crashed kg query and kg serve (a stack overflow in Oxigraph);
2. kg serve ran SERVICE, sending requests wherever a query pointed;
3. server errors dropped the connection with no answer and printed tracebacks;
4. no query timeout and no bound on concurrent work or on a request body;
5. kg query printed tracebacks (failing SERVICE, undecodable query file);
6. an impossible date line dropped the article;
7. a killed build left hidden temporary files and mixed old and new outputs;
8. warnings printed file names raw (newlines, ANSI escapes).
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.serve import ServeOptions, serve_in_thread
from kg.sparql_check import QueryLimits
from kg.store import GraphStore

from .conftest import SEEDS, SHARED

DEEP = "SELECT * WHERE " + "{" * 5000 + "}" * 5000
DEEP_FILTER = "SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * 5000 + "true" + ")" * 5000 + ") }"
NORMAL = "SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name } ORDER BY ?name LIMIT 2"
# every person with every name with every triple: far more than a few seconds
CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def seeds_graph(tmp_path_factory) -> Path:
    from kg.build import build
    out = tmp_path_factory.mktemp("seeds")
    build([SEEDS], out, formats=("trig",))
    return out / "graph.ttl"


@pytest.fixture(scope="module")
def server(seeds_graph):
    srv, url = serve_in_thread(GraphStore(seeds_graph), options=ServeOptions(timeout=2.0, workers=2))
    yield srv, url
    srv.shutdown()
    srv.server_close()


def get(url, query=None, data=None, headers=None, params=None):
    if query is not None or params:
        url += "?" + urllib.parse.urlencode({**({"query": query} if query is not None else {}), **(params or {})},
                                            doseq=True)
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode("utf-8"), response.headers
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8"), e.headers


def raw(url: str, payload: bytes, read: bool = True) -> bytes:
    """Send bytes as they are to the server and read its answer."""
    host, port = urllib.parse.urlsplit(url).netloc.split(":")
    with socket.create_connection((host, int(port)), timeout=30) as s:
        s.sendall(payload)
        if not read:
            return b""
        s.shutdown(socket.SHUT_WR)
        chunks = []
        while chunk := s.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def answers(url) -> bool:
    status, body, _ = get(url, NORMAL, headers={"Accept": "text/csv"})
    return status == 200 and body.startswith("name")


# --- 1. nesting ----------------------------------------------------------------------------

@pytest.mark.parametrize("query", [DEEP, DEEP_FILTER, "ASK { ?s ?p ?o FILTER(" + "!" * 20000 + "true) }",
                                   "SELECT * WHERE { " + " UNION ".join(["{?s ?p ?o}"] * 12000) + " }"])
def test_1_a_deep_query_is_refused_and_the_server_still_answers(server, query):
    _, url = server
    status, body, _ = get(url, data=query.encode(), headers={"Content-Type": "application/sparql-query"})
    assert status == 400 and body.startswith("query refused:") and body.count("\n") == 1
    assert answers(url)


def test_1_kg_query_refuses_deep_nesting_with_one_line(seeds_graph, tmp_path):
    (tmp_path / "deep.rq").write_text(DEEP_FILTER, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "kg", "query", str(seeds_graph), "--file", str(tmp_path / "deep.rq")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith("Error: query refused: nested 5002 deep") and done.stderr.count("\n") == 1


# --- 2. SERVICE -----------------------------------------------------------------------------

@pytest.fixture
def listener():
    """A TCP listener on 127.0.0.1 that records every connection made to it."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    sock.settimeout(0.2)
    seen: list[bytes] = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(1)
                try:
                    seen.append(conn.recv(4096))
                except OSError:
                    seen.append(b"")
    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}/sparql", seen
    stop.set()
    thread.join(2)
    sock.close()


def test_2_service_is_refused_and_the_target_hears_nothing(server, listener):
    _, url = server
    target, seen = listener
    for query in (f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
                  f"SELECT * WHERE {{ service silent <{target}> {{ ?s ?p ?o }} }}",
                  f"SELECT * WHERE {{ BIND(<{target}> AS ?t) SERVICE ?t {{ ?s ?p ?o }} }}"):
        status, body, _ = get(url, query)
        assert status == 403 and "SERVICE" in body, query
    time.sleep(0.5)
    assert seen == []
    assert answers(url)


def test_2_names_that_only_look_like_service_are_answered(server):
    _, url = server
    status, _, _ = get(url, 'SELECT ?service WHERE { ?service ?p "SERVICE <http://x> {}" } # SERVICE')
    assert status == 200


# --- 3. errors are answers --------------------------------------------------------------------

@pytest.mark.parametrize("request_bytes, status", [
    (b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: abc\r\n\r\nASK{}", 400),
    (b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
     b"Content-Length: 99999999999\r\n\r\nASK{}", 413),
    (b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: -1\r\n\r\nASK{}", 400),
    (b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n\r\nASK{}", 411),
    (b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: 4\r\n\r\n\xff\xfe{}", 400),
    (b"GET /sparql?query=ASK%7B%7D&default-graph-uri=not%20an%20iri HTTP/1.1\r\nHost: x\r\n\r\n", 400),
    (b"GET /sparql?query=ASK%7B%7D&named-graph-uri=%3Chttp://x%3E HTTP/1.1\r\nHost: x\r\n\r\n", 400),
    (b"GET /sparql?query=ASK%7B%7D" + b"&a=1" * 100 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 400),
    (b"BREW /sparql HTTP/1.1\r\nHost: x\r\n\r\n", 501),
    (b"\nS\xa7\x03K=?\xc5\x86\r\n\r\n", 400),  # a blank request line (found by benchmarks/fuzz.py)
    (b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(range(256)) + b"\r\n\r\n", 400),
])
def test_3_bad_requests_get_an_http_answer_with_one_line(server, request_bytes, status):
    _, url = server
    answer = raw(url, request_bytes)
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.split(b" ")[1] == str(status).encode(), answer[:200]
    assert answers(url)


def test_3_clients_that_disconnect_do_not_stop_the_server(server):
    _, url = server
    for payload in (b"GET /sparql?query=" + urllib.parse.quote(CROSS).encode() + b" HTTP/1.1\r\nHost: x\r\n\r\n",
                    b"POST /sparql HTTP/1.1\r\nContent-Length: 100\r\nContent-Type: application/sparql-query\r\n\r\nASK",
                    b"GET /spa"):
        raw(url, payload, read=False)  # and gone
    time.sleep(2.5)
    assert answers(url)


def test_3_the_server_logs_one_line_per_bad_request(seeds_graph):
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(seeds_graph), "--port", "0", "--timeout", "2"],
                            stderr=subprocess.PIPE, text=True)
    try:
        first = proc.stderr.readline()
        url = first.split(" at ")[1].split(" ")[0]
        raw(url, b"POST /sparql HTTP/1.1\r\nContent-Type: application/sparql-query\r\nContent-Length: abc\r\n\r\n")
        raw(url, b"GET /sparql?query=" + urllib.parse.quote(DEEP).encode() + b" HTTP/1.1\r\n\r\n")
        raw(url, b"GET /sparql?query=%0a%1b[31mASK HTTP/1.1\r\n\r\n")
        assert answers(url)
    finally:
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    lines = err.splitlines()
    assert "Traceback" not in err and "\x1b" not in err
    assert [line for line in lines if " 400 " in line and "Content-Length" in line]
    assert [line for line in lines if " 400 query refused: nested" in line]
    assert len([line for line in lines if " 400 " in line]) == 3
    assert proc.returncode == 0


# --- 4. time and concurrency -----------------------------------------------------------------------

def test_4_a_long_query_is_stopped_and_the_server_answers_after(server):
    _, url = server
    started = time.monotonic()
    status, body, _ = get(url, CROSS)
    assert status == 503 and "stopped after 2 s" in body
    assert time.monotonic() - started < 10
    deadline = time.monotonic() + 30
    while not answers(url):  # the killed worker is being replaced; the other answers meanwhile
        assert time.monotonic() < deadline
        time.sleep(0.2)


def test_4_queries_beyond_the_workers_wait_then_are_turned_away(seeds_graph):
    srv, url = serve_in_thread(GraphStore(seeds_graph), options=ServeOptions(timeout=1.5, workers=1))
    try:
        results = []
        threads = [threading.Thread(target=lambda: results.append(get(url, CROSS)[0])) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert sorted(results) == [503, 503, 503]  # one stopped, two never got a worker within the time
        deadline = time.monotonic() + 30
        while not answers(url):
            assert time.monotonic() < deadline
            time.sleep(0.2)
    finally:
        srv.shutdown()
        srv.server_close()


def test_4_cors_headers_only_when_asked(seeds_graph, server):
    _, url = server
    assert get(url, NORMAL)[2].get("Access-Control-Allow-Origin") is None
    srv, cors_url = serve_in_thread(GraphStore(seeds_graph), options=ServeOptions(cors=True, workers=1))
    try:
        assert get(cors_url, NORMAL)[2].get("Access-Control-Allow-Origin") == "*"
    finally:
        srv.shutdown()
        srv.server_close()


# --- 5. kg query failures are one line ---------------------------------------------------------------

def test_5_kg_query_failures_are_one_error_line(seeds_graph, tmp_path, listener):
    target, seen = listener
    runner = CliRunner()
    bad_file = tmp_path / "q.rq"
    bad_file.write_bytes(b"SELECT * WHERE { ?s ?p \"\xff\xfe\" }")
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    dead = f"http://127.0.0.1:{closed.getsockname()[1]}/sparql"
    closed.close()
    cases = [
        (["query", str(seeds_graph), "--file", str(bad_file)], "not UTF-8 text"),
        (["query", str(seeds_graph), f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}"], "SERVICE"),
        (["query", str(seeds_graph), "--allow-service", f"SELECT * WHERE {{ SERVICE <{dead}> {{ ?s ?p ?o }} }}"],
         "query failed"),
        (["query", str(seeds_graph), DEEP], "nested 5000 deep"),
    ]
    for args, why in cases:
        result = runner.invoke(main, args)
        assert result.exit_code == 1, args
        assert result.output.startswith("Error: ") and why in result.output and result.output.count("\n") == 1, result.output
    assert seen == []


# --- 6. impossible dates ------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["date 2025-13-45", "date 2025-02-30"])
def test_6_an_impossible_date_line_is_a_warning_and_the_article_is_kept(tmp_path, line):
    inputs = tmp_path / "in"
    inputs.mkdir()
    text = (SEEDS / "000_1fa14f03317c0e6a.txt").read_text(encoding="utf-8")
    (inputs / "bad-date.txt").write_text(f"{line}\n{text}", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(inputs), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0
    warnings = [w for w in result.output.splitlines() if w.startswith("Warning")]
    assert warnings == [f"Warning: bad-date.txt: impossible date {line.split()[1]!r} ignored; the article is undated"]
    assert "1 articles read, 0 skipped" in result.output
    assert "bad-date.txt" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


# --- 7. whole output sets -------------------------------------------------------------------------

def test_7_a_later_run_removes_what_a_killed_run_left(tmp_path):
    from kg.build import build
    out = tmp_path / "out"
    out.mkdir()
    (out / ".graph.ttl.abc123.tmp").write_text("half a graph")
    staging = out / ".kg-staging-999999999-x"
    staging.mkdir()
    (staging / "graph.ttl").write_text("half a set")
    (out / ".kg-page-999999999-x.tmp").write_text("half a page drawn aside")
    build([SEEDS], out)
    kept = sorted(p.name for p in out.iterdir() if p.name != ".kg-cache.sqlite3")  # all but the build cache
    assert kept == ["graph.html", "graph.ttl"]


KILL_IN_SWAP = """
import os, sys
import kg.build as b
calls = []
real = os.replace
def replace(src, dst):
    calls.append(dst)
    if len(calls) == int(sys.argv[3]):
        os._exit(9)   # as SIGKILL: nothing is cleaned up
    real(src, dst)
b.os.replace = replace
b.build([sys.argv[1]], sys.argv[2], formats=("trig", "ntriples"))
"""


def test_7_a_set_killed_while_it_is_swapped_in_is_completed_by_the_next_run(tmp_path):
    from kg.build import build, recover_outputs
    out = tmp_path / "out"
    build([SEEDS / "000_1fa14f03317c0e6a.txt"], out)
    one = (out / "graph.ttl").read_bytes()
    done = subprocess.run([sys.executable, "-c", KILL_IN_SWAP, str(SEEDS), str(out), "2"], capture_output=True)
    assert done.returncode == 9 and not done.stderr
    assert (out / "graph.ttl").read_bytes() != one  # the first file of the new set is in, not the others
    recover_outputs(out)
    names = sorted(p.name for p in out.iterdir() if p.name != ".kg-cache.sqlite3")  # the build cache
    assert names == ["graph.html", "graph.nt", "graph.trig", "graph.ttl"]
    reference = tmp_path / "ref"
    build([SEEDS], reference, formats=("trig", "ntriples"))
    for name in names:
        assert (out / name).read_bytes() == (reference / name).read_bytes(), name


def test_7_sigkill_and_sigint_of_a_parallel_build_print_no_traceback(tmp_path):
    inputs = [str(SEEDS)] + [str(p) for p in sorted((SHARED / "corpus" / "pages").glob("*.txt"))[:120]]
    for sig, delay in ((signal.SIGKILL, 4.0), (signal.SIGINT, 4.0)):
        out = tmp_path / f"out-{sig}"
        proc = subprocess.Popen([sys.executable, "-m", "kg", "build", *inputs, "--out", str(out), "--jobs", "2",
                                 "--quiet"], stderr=subprocess.PIPE, text=True, start_new_session=True)
        time.sleep(delay)
        if sig == signal.SIGINT:
            os.killpg(proc.pid, sig)  # as Ctrl-C: the whole process group
        else:
            proc.send_signal(sig)
        _, err = proc.communicate(timeout=60)
        time.sleep(0.5)
        assert "Traceback" not in err, err
        visible = {p.name for p in out.iterdir() if not p.name.startswith(".")} if out.exists() else set()
        assert visible in (set(), {"graph.ttl", "graph.html"})  # the whole set or none of it
    # no worker outlived its parent
    time.sleep(1)
    ps = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    assert str(tmp_path) not in ps


# --- 8. names in messages ----------------------------------------------------------------------------

def test_8_file_names_in_warnings_are_escaped_to_one_line(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("new\nline.txt", "red\x1b[31m.txt", "bidi\u202etxt.exe.txt"):
        (inputs / name).write_bytes(b"\x00\x01binary")
    result = CliRunner().invoke(main, ["build", str(inputs), "--out", str(tmp_path / "out")])
    lines = result.output.splitlines()
    warnings = [w for w in lines if w.startswith("Warning")]
    assert len(warnings) == 3
    assert "\x1b" not in result.output and "\u202e" not in result.output
    assert any("new\\nline.txt" in w for w in warnings) and any("red\\x1b[31m.txt" in w for w in warnings)
    assert any("bidi\\u202etxt.exe.txt" in w for w in warnings)
    assert all(line.startswith(("Warning", "0 articles")) for line in lines), lines
    assert json.dumps(result.output)  # printable


def test_4_kg_query_timeout_stops_a_long_query(seeds_graph):
    started = time.monotonic()
    result = CliRunner().invoke(main, ["query", str(seeds_graph), CROSS, "--timeout", "2"])
    assert result.exit_code == 1 and result.output == "Error: query stopped after 2 s (--timeout)\n"
    assert time.monotonic() - started < 20
    result = CliRunner().invoke(main, ["query", str(seeds_graph), NORMAL, "--timeout", "20", "--format", "csv"])
    assert result.exit_code == 0 and result.output.startswith("name\n")


# --- found by benchmarks/fuzz.py ------------------------------------------------------------------

def test_an_address_with_a_stray_bracket_keeps_its_article(tmp_path):
    text = (SEEDS / "000_1fa14f03317c0e6a.txt").read_text(encoding="utf-8")
    (tmp_path / "bracket.txt").write_text("URL: https://[example.vn/a]b\n" + text, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "bracket.txt"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0 and "Warning" not in result.output, result.output  # was: 'Invalid IPv6 URL'
    assert "https://%5Bexample.vn/a%5Db" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


def test_3_an_interrupt_stops_the_server_even_when_its_parent_ignores_interrupts(seeds_graph):
    """A background job of a script, a supervisor or a test runner may hand SIGINT down ignored."""
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(seeds_graph), "--port", "0"],
                            stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        assert "Serving" in proc.stderr.readline()
    finally:
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0 and "stopped" in err and "Traceback" not in err
