#!/usr/bin/env python3
"""Fuzz govkg with hostile articles and hostile requests, and count what got through.

    python benchmarks/fuzz.py             # >= 10,000 inputs (a few minutes)
    python benchmarks/fuzz.py --quick     # a few hundred, for CI (tests/test_fuzz.py)
    python benchmarks/fuzz.py --seed 7 --articles 8000 --requests 2500

Articles (random bytes, broken encodings, control and bidirectional characters, Turtle,
Cypher and HTML metacharacters in file names, addresses, headlines and sentences,
impossible dates, large files) are written to a temporary folder and built in batches by
`kg build --jobs 2` with every format, then exported to Neo4j. Requests (hostile SPARQL:
deep nesting, long chains, SERVICE to a listener of ours, random bytes; hostile HTTP:
bad Content-Length, truncated bodies, garbage request lines, invalid graph IRIs,
clients that disconnect) go to a `kg serve` on 127.0.0.1 only. Texts of the shared
corpus are never copied: articles are made from a template and random characters.

Printed: inputs tried, crashes (a process killed by a signal, a server that stopped
answering), tracebacks, partial outputs (an output missing, unparsable, or a leftover
temporary file), injections (a hostile string that changed an output's structure, or a
SERVICE request that reached our listener), and whether the server still answers.
Exit status 0 only when all four counts are 0.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
KG = [sys.executable, "-m", "kg"]
META = "\"'\\<>{}[]()$&;:#%`|^*!?@=+,~\n\r\t\x00\x07\x08\x1b\x1f\x7f\u0085\u2028\u2029\u202e\u202d\u200f\u200b\ufeff"
TAGS = ["<script>alert(1)</script>", "</script><img src=x onerror=alert(1)>", "'); MATCH (n) DETACH DELETE n; //",
        '"} ] } @prefix x: <http://evil/> .', "\\u0022\\\"", "${jndi:ldap://x}", "{{7*7}}", "%00%0a", "\x1b[31mred\x1b[0m",
        "\u202egnp.exe", "<<( <a> <b> <c> )>>", "_:b0", "@base <http://evil/> ."]
TEMPLATE = ("{url_line}\n{headline}\n{date_line}"
            "Chairman of the People's Committee of Hai Phong City Le Ngoc Chau said \"{quote}\" on 1 October 2025.\n"
            "The People's Committee of Hai Phong City directs the Department of Health to {quote}.\n"
            "Secretary of the Party Committee of {place} Province {person} chaired the meeting.\n")


@dataclass
class Tally:
    """What the run found, and examples of each kind of problem."""
    inputs: int = 0
    articles: int = 0
    requests: int = 0
    crashes: list[str] = field(default_factory=list)
    tracebacks: list[str] = field(default_factory=list)
    partial: list[str] = field(default_factory=list)
    injections: list[str] = field(default_factory=list)
    server_answers: bool = False

    def ok(self) -> bool:
        return not (self.crashes or self.tracebacks or self.partial or self.injections) and self.server_answers


# --- hostile articles ------------------------------------------------------------------------------

def hostile(rng: random.Random, n: int) -> str:
    """n characters, mostly metacharacters and odd code points, with a known attack or two."""
    out = []
    while len(out) < n:
        roll = rng.random()
        if roll < 0.4:
            out.append(rng.choice(META))
        elif roll < 0.5:
            out.append(rng.choice(TAGS))
        elif roll < 0.7:
            out.append(chr(rng.choice([rng.randrange(0x20, 0x7f), rng.randrange(0xa0, 0x2fff),
                                       rng.randrange(0xe000, 0x10ffff)])))
        else:
            out.append(rng.choice("abcdefghij ăâđêôơưạảấầẩẫậ"))
    text = "".join(out)
    return "".join(ch for ch in text if not 0xd800 <= ord(ch) <= 0xdfff)


def article_name(rng: random.Random, i: int) -> str:
    """A file name with hostile characters ('/' and NUL cannot be in one), unique by its number."""
    name = hostile(rng, rng.randrange(0, 12)).replace("/", "_").replace("\x00", "")
    name = name.encode("utf-8", "ignore")[:180].decode("utf-8", "ignore")
    return f"{i:05d}{name}.txt"


def article_bytes(rng: random.Random) -> bytes:
    """One hostile article's bytes: random, broken or adversarial text, or a real-looking
    article with hostile strings where names, addresses, headlines and quotes go."""
    kind = rng.choices(["template", "random", "latin1", "utf16", "truncated", "controls", "empty", "large", "dates"],
                       [50, 10, 5, 4, 5, 8, 3, 0.4, 8])[0]
    if kind == "random":
        return rng.randbytes(rng.randrange(1, 4000))
    text = TEMPLATE.format(
        url_line=rng.choice(["URL: https://example.vn/", "Source: http://", "Nguồn: https://x.vn/", ""]) + hostile(rng, 20),
        headline=hostile(rng, rng.randrange(0, 80)),
        date_line=rng.choice(["", "date 2025-13-45\n", "date 2025-02-30\n", "date 2025-10-01\n", "date 0000-00-00\n"])
        if kind in ("template", "dates") else "",
        quote=hostile(rng, rng.randrange(0, 120)),
        place=rng.choice(["Lao Cai", "Kien An", hostile(rng, 8)]),
        person=rng.choice(["Vu Huu Duong", "Le Tien Chau", hostile(rng, 10)]))
    if kind == "latin1":
        return text.encode("utf-8", "ignore").replace(b"\xc3", b"\xe3")  # not UTF-8 any more
    if kind == "utf16":
        return text.encode("utf-16")
    if kind == "truncated":
        raw = text.encode("utf-8")
        return raw[:rng.randrange(1, len(raw))] + b"\xe1\xba"
    if kind == "controls":
        return "".join(ch + (chr(rng.randrange(0, 32)) if rng.random() < 0.3 else "") for ch in text).encode("utf-8")
    if kind == "empty":
        return rng.choice([b"", b"   \n\t\n", b"\xef\xbb\xbf"])
    if kind == "large":  # long, not huge: the 20 MB limit is tried by the sparse file of write_batch
        return (text * (200_000 // max(1, len(text)))).encode("utf-8", "surrogatepass")[:250_000]
    return text.encode("utf-8")


def write_batch(folder: Path, rng: random.Random, start: int, count: int, big_file: bool) -> int:
    folder.mkdir(parents=True)
    for i in range(start, start + count):
        (folder / article_name(rng, i)).write_bytes(article_bytes(rng))
    if big_file:  # over the 20 MB limit; sparse, so it costs no disk
        with open(folder / f"{start:05d}-huge.txt", "wb") as f:
            f.truncate(25_000_000)
        count += 1
    return count


def check_build(folder: Path, out: Path, tally: Tally) -> None:
    """Build one batch with every format, then check its outputs whole, strict and uninjected."""
    done = subprocess.run([*KG, "build", str(folder), "--out", str(out), "--jobs", "2", "-f", "trig", "-f", "ntriples",
                           "-f", "jsonld"], capture_output=True, text=True, timeout=1800)
    where = f"build of {folder.name}"
    if done.returncode < 0 or done.returncode not in (0, 1):
        tally.crashes.append(f"{where}: exit {done.returncode}")
    if "Traceback" in done.stderr:
        tally.tracebacks.append(f"{where}: {done.stderr[-300:]!r}")
    for line in done.stderr.splitlines():
        if "please report" in line:  # an article met a bug: caught, but a bug
            tally.crashes.append(f"{where}: {line[:200]}")
        if not line.startswith(("Warning: ", "Error: ")) and " articles read, " not in line:
            tally.injections.append(f"{where}: a message broke its line: {line[:120]!r}")
        if re.search(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]", line):
            tally.injections.append(f"{where}: a control character reached the terminal: {line[:120]!r}")
    if done.returncode != 0:
        return
    names = ("graph.ttl", "graph.trig", "graph.nt", "graph.jsonld", "graph.html")
    leftovers = [p.name for p in out.iterdir() if p.name not in names and p.name != ".kg-cache.sqlite3"]
    if leftovers or not all((out / n).is_file() for n in names):
        tally.partial.append(f"{where}: files {sorted(p.name for p in out.iterdir())}")
        return
    read = int(re.search(r"(\d+) articles read", done.stderr).group(1))
    check_rdf(out, read, where, tally)
    check_html(out / "graph.html", where, tally)
    check_neo4j(out, where, tally)


def check_rdf(out: Path, read: int, where: str, tally: Tally) -> None:
    graphs = {}
    for name in ("graph.ttl", "graph.trig", "graph.nt", "graph.jsonld"):
        try:
            quads = list(ox.parse(path=str(out / name)))
        except (SyntaxError, ValueError) as e:
            tally.partial.append(f"{where}: {name} does not parse: {str(e)[:120]}")
            return
        graphs[name] = {(q.subject, q.predicate, q.object) for q in quads}
        if name == "graph.trig":
            named = {q.graph_name for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)}
            if len(named) != read:
                tally.injections.append(f"{where}: {len(named)} article graphs for {read} articles")
    if len({frozenset(g) for g in graphs.values()}) != 1:
        tally.injections.append(f"{where}: the RDF files disagree")
    nt = (out / "graph.nt").read_text(encoding="utf-8")
    if nt.count("\n") != len(graphs["graph.nt"]):
        tally.injections.append(f"{where}: graph.nt is not one triple a line")
    articles = [s for s, p, o in graphs["graph.ttl"] if o == ox.NamedNode("https://schema.org/NewsArticle")]
    if len(articles) != read:
        tally.injections.append(f"{where}: {len(articles)} articles in the graph for {read} read")
    for iri in articles:
        if not re.fullmatch(r"[A-Za-z0-9:/._~%-]+", iri.value):
            tally.injections.append(f"{where}: an article IRI holds raw characters: {iri.value[:80]!r}")


def check_html(path: Path, where: str, tally: Tally) -> None:
    html = path.read_text(encoding="utf-8")
    start = html.find('id="kg-data">')
    block = html[start + len('id="kg-data">'):html.find("</script>", start)]
    if start < 0 or "<" in block:
        tally.injections.append(f"{where}: graph.html data block holds '<'")
        return
    try:
        json.loads(block)
    except ValueError as e:
        tally.injections.append(f"{where}: graph.html data is not JSON: {e}")
    if (html.count("<script"), html.count("</script>")) != SCRIPT_TAGS:
        tally.injections.append(f"{where}: graph.html has {html.count('<script')} script tags, a clean build "
                                f"{SCRIPT_TAGS[0]}")


SCRIPT_TAGS = (0, 0)  # '<script' and '</script>' in a clean build's graph.html (set by main)
CYPHER_STRING = re.compile(r"'(?:[^'\\\n]|\\['\\nrtbf]|\\u[0-9a-f]{4})*'")


def check_neo4j(out: Path, where: str, tally: Tally) -> None:
    done = subprocess.run([*KG, "export", str(out / "graph.ttl"), "--to", "neo4j", str(out / "neo4j")],
                          capture_output=True, text=True, timeout=600)
    if done.returncode != 0 or "Traceback" in done.stderr:
        (tally.tracebacks if "Traceback" in done.stderr else tally.partial).append(f"{where}: export {done.stderr[-200:]!r}")
        return
    for path in (out / "neo4j").glob("*.csv"):
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f, strict=True))
        if any(len(r) != len(rows[0]) for r in rows) or path.read_text(encoding="utf-8").count("\n") != len(rows):
            tally.injections.append(f"{where}: {path.name} rows broken")
    skeleton = CYPHER_STRING.sub("S", (out / "neo4j" / "data.cypher").read_text(encoding="utf-8"))
    if any(bad in skeleton for bad in ("'", "\\", "DETACH", "$", "<script")):
        tally.injections.append(f"{where}: data.cypher has code outside its literals")


# --- hostile requests ----------------------------------------------------------------------------------

class Listener:
    """A TCP listener on 127.0.0.1 standing for 'another server': it counts connections."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.hits = 0
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/sparql"
        self._stop = threading.Event()
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.hits += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self.sock.close()


def hostile_query(rng: random.Random, target: str) -> str:
    n = rng.choice([10, 100, 1000, 5000, 20000])
    kind = rng.randrange(14)
    if kind == 0:
        return "SELECT * WHERE " + "{" * n + "}" * n
    if kind == 1:
        return "ASK { FILTER(" + "(" * n + "true" + ")" * n + ") }"
    if kind == 2:
        return "ASK { FILTER(" + "!" * n + "true) }"
    if kind == 3:
        return "SELECT * WHERE { " + " UNION ".join(["{?s ?p ?o}"] * n) + " }"
    if kind == 4:
        return "ASK { ?s " + "/".join(["<http://p>"] * n) + " ?o }"
    if kind == 5:
        return "SELECT * WHERE { ?s ?p " + "[ <http://p> " * n + "?o" + " ]" * n + " }"
    if kind == 6:
        spelling = rng.choice(["SERVICE", "service", "SeRvIcE", "SERVICE SILENT"])
        return f"SELECT * WHERE {{ {spelling} <{target}> {{ ?s ?p ?o }} }}"
    if kind == 7:
        return f"SELECT * WHERE {{ BIND(<{target}> AS ?u) SERVICE ?u {{ ?s ?p ?o }} }}"
    if kind == 8:
        return "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"  # runs past the timeout
    if kind == 9:
        return hostile(rng, rng.randrange(1, 400))
    if kind == 10:
        return "SELECT * WHERE { ?s ?p " + json.dumps(hostile(rng, 50)) + " }"
    if kind == 11:
        return "INSERT DATA { <a> <b> <c> }" if rng.random() < 0.5 else "DROP ALL"
    if kind == 12:
        return "SELECT ?name WHERE { ?p foaf:name ?name } LIMIT " + str(rng.randrange(0, 5))
    return "SELECT * WHERE { ?s ?p ?o " + " ".join(f"OPTIONAL {{ ?s ?p ?o{i} }}" for i in range(n % 2000)) + " }"


def hostile_request(rng: random.Random, target: str) -> tuple[bytes, bool]:
    """(raw HTTP request, whether to read the answer) - a client may also just leave."""
    query = hostile_query(rng, target)
    encoded = urllib.parse.quote(query.encode("utf-8", "surrogatepass"), safe="").encode()
    body = query.encode("utf-8", "surrogatepass")
    kind = rng.randrange(12)
    if kind == 0:
        return b"GET /sparql?query=" + encoded[:60000] + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", True
    if kind in (1, 2):
        length = rng.choice([str(len(body)), "abc", "-1", "99999999999", " 12 ", "1e3", str(len(body) + 5), "0x10"])
        return (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                b"Content-Length: " + length.encode() + b"\r\n\r\n" + body), True
    if kind == 3:
        form = b"query=" + encoded + b"&default-graph-uri=" + urllib.parse.quote(hostile(rng, 20).encode()).encode()
        return (b"POST /sparql HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + str(len(form)).encode() + b"\r\n\r\n" + form), True
    if kind == 4:
        return rng.randbytes(rng.randrange(1, 2000)) + b"\r\n\r\n", True
    if kind == 5:
        line = hostile(rng, 60).encode("utf-8", "surrogatepass")
        return b"GET /" + line + b" HTTP/1.1\r\n\r\n", True
    if kind == 6:  # headers past the limits
        return b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\n" + b"X: y\r\n" * 150 + b"\r\n", True
    if kind == 7:
        return b"POST /sparql HTTP/1.1\r\nContent-Type: application/sparql-query\r\nContent-Length: 50\r\n\r\nASK", False
    if kind == 8:
        return b"GET /sparql?query=" + encoded[:2000] + b" HTTP/1.1\r\n\r\n", False
    if kind == 9:
        return (b"GET /sparql?query=ASK%7B%7D&named-graph-uri=" + urllib.parse.quote(hostile(rng, 30).encode()).encode()
                + b" HTTP/1.1\r\n\r\n"), True
    if kind == 10:
        return b"OPTIONS /sparql HTTP/1.1\r\nOrigin: http://evil.example\r\n\r\n", True
    return (b"GET /sparql?query=" + encoded[:60000] + b" HTTP/1.1\r\nAccept: " +
            rng.choice([b"text/csv", b"*/*;q=abc", b"application/ld+json", b"\xff\xfe", b""]) + b"\r\n\r\n"), True


def send(port: int, payload: bytes, read: bool, timeout: float = 30.0) -> bytes | None:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
            s.sendall(payload)
            if not read:
                return b""
            chunks = []
            while chunk := s.recv(65536):
                chunks.append(chunk)
                if sum(map(len, chunks)) > 5_000_000:
                    break
            return b"".join(chunks)
    except OSError:
        return None


def normal_answer(port: int) -> bool:
    q = urllib.parse.quote("SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name } LIMIT 1")
    answer = send(port, f"GET /sparql?query={q} HTTP/1.1\r\nAccept: text/csv\r\n\r\n".encode(), True)
    return bool(answer) and answer.startswith(b"HTTP/1.0 200")


def fuzz_server(graph: Path, count: int, rng: random.Random, tally: Tally, deadline: float) -> None:
    listener = Listener()
    proc = subprocess.Popen([*KG, "serve", str(graph), "--port", "0", "--timeout", "2", "--workers", "2"],
                            stderr=subprocess.PIPE, text=True)
    try:
        port = int(re.search(r":(\d+)/sparql", proc.stderr.readline()).group(1))
        log: list[str] = []
        threading.Thread(target=lambda: log.extend(iter(proc.stderr.readline, "")), daemon=True).start()
        requests = [hostile_request(rng, listener.url) for _ in range(count)]

        def one(item):
            if time.monotonic() > deadline:
                return "skipped"
            answer = send(port, *item)
            if answer is None:
                return f"no connection ({item[0][:50]!r})"
            if item[1] and not re.match(rb"HTTP/1\.[01] \d\d\d ", answer):
                return f"no status line ({item[0][:50]!r} -> {answer[:40]!r})"
            return "ok"
        with ThreadPoolExecutor(4) as pool:
            outcomes = list(pool.map(one, requests))
        sent = sum(o != "skipped" for o in outcomes)
        tally.requests += sent
        tally.inputs += sent
        unanswered = [o for o in outcomes if o.startswith("no ")]
        if unanswered:
            tally.crashes.append(f"server: {len(unanswered)} requests got no HTTP answer, e.g. {unanswered[0]}")
        time.sleep(1)
        for _ in range(30):  # workers killed by timeouts are being replaced
            if normal_answer(port):
                tally.server_answers = True
                break
            time.sleep(1)
        if proc.poll() is not None:
            tally.crashes.append(f"server exited {proc.returncode}")
        if listener.hits:
            tally.injections.append(f"SERVICE reached another server {listener.hits} times")
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
        listener.close()
    text = "".join(log)
    if "Traceback" in text:
        tally.tracebacks.append(f"server: {text[text.index('Traceback'):][:300]!r}")
    for line in text.splitlines():
        if re.search(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e]", line):
            tally.injections.append(f"server log: a control character reached the terminal: {line[:100]!r}")
            break


def fuzz_query_cli(graph: Path, rng: random.Random, count: int, tally: Tally) -> None:
    """`kg query --file` with hostile queries: an answer or one Error line, never a crash."""
    query_file = graph.parent / "query.rq"
    for _ in range(count):
        query = hostile_query(rng, "http://127.0.0.1:9/sparql")
        query_file.write_bytes(query.encode("utf-8", "surrogatepass") if rng.random() < 0.8 else rng.randbytes(200))
        try:
            done = subprocess.run([*KG, "query", str(graph), "--file", str(query_file), "--timeout", "5"],
                                  capture_output=True, timeout=120)
        except subprocess.TimeoutExpired:
            tally.crashes.append(f"kg query --timeout 5 still running after 120 s ({len(query):,} characters)")
            continue
        tally.inputs += 1
        tally.requests += 1
        if done.returncode < 0 or done.returncode not in (0, 1):
            tally.crashes.append(f"kg query exit {done.returncode} on {query[:60]!r}")
        if b"Traceback" in done.stderr:
            tally.tracebacks.append(f"kg query: {done.stderr[-200:]!r}")
        if done.returncode == 1 and (not done.stderr.startswith(b"Error: ") or done.stderr.count(b"\n") != 1):
            tally.partial.append(f"kg query: not one Error line: {done.stderr[:120]!r}")


# --- main ------------------------------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="A few hundred inputs, for CI.")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--articles", type=int, help="Hostile articles (default 8,000; 200 with --quick).")
    parser.add_argument("--requests", type=int, help="Hostile requests (default 2,500; 150 with --quick).")
    parser.add_argument("--minutes", type=float, default=30, help="Stop sending requests after this long.")
    args = parser.parse_args()
    n_articles = args.articles or (120 if args.quick else 8000)
    n_requests = args.requests or (120 if args.quick else 2500)
    batch = 120 if args.quick else 500
    rng = random.Random(args.seed)
    tally = Tally()
    started = time.monotonic()
    global SCRIPT_TAGS
    with tempfile.TemporaryDirectory(prefix="kg-fuzz-") as tmp:
        work = Path(tmp)
        subprocess.run([*KG, "build", str(ROOT / "seeds"), "--out", str(work / "seeds"), "-q"], check=True)
        clean = (work / "seeds" / "graph.html").read_text(encoding="utf-8")
        SCRIPT_TAGS = (clean.count("<script"), clean.count("</script>"))
        for b, start in enumerate(range(0, n_articles, batch)):
            folder = work / f"in{b:03d}"
            made = write_batch(folder, rng, start, min(batch, n_articles - start), big_file=(b == 0))
            tally.articles += made
            tally.inputs += made
            check_build(folder, work / f"out{b:03d}", tally)
            print(f"  articles: {tally.articles:,} ({time.monotonic() - started:.0f} s)", file=sys.stderr)
        graph = work / "seeds" / "graph.ttl"
        fuzz_query_cli(graph, rng, 4 if args.quick else 40, tally)
        fuzz_server(graph, n_requests, rng, tally, time.monotonic() + args.minutes * 60)
    report(tally, time.monotonic() - started)
    return 0 if tally.ok() else 1


def report(tally: Tally, seconds: float) -> None:
    print(f"inputs tried:    {tally.inputs:,} ({tally.articles:,} articles, {tally.requests:,} queries and requests) "
          f"in {seconds:.0f} s")
    for name in ("crashes", "tracebacks", "partial", "injections"):
        found = getattr(tally, name)
        label = "partial outputs" if name == "partial" else name
        print(f"{label + ':':16} {len(found)}")
        for example in found[:5]:
            print(f"    {example}")
    print(f"server still answers at the end: {'yes' if tally.server_answers else 'NO'}")


if __name__ == "__main__":
    sys.exit(main())
