#!/usr/bin/env python3
"""Load and query times of rdflib's default store and of Oxigraph, side by side, on a
graph of at least a million triples that kg build wrote.

    python benchmarks/stores.py [--graph GRAPH.ttl] [--articles 30000] [--limit 300] [--skip-rdflib-queries]

Without --graph, the graph is built from the first ARTICLES Vietnamese news articles about
government in ../shared/corpus/vi-news/ (vietnews_gov, then baomoi_gov; written to a
temporary folder, never kept) with `kg build --jobs 2`, once: it is kept in build/bench/
for later runs. 30,000 articles make about 1.1 million triples. Each
engine runs in its own process, so that each peak memory is its own; both answer the
canned questions of queries/, and their rows are compared. A question that takes longer
than --limit seconds is stopped and reported as such.
"""
from __future__ import annotations

import argparse
import gzip
import json
import platform
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VI_NEWS = [ROOT.parent / "shared" / "corpus" / "vi-news" / name for name in ("vietnews_gov.jsonl.gz", "baomoi_gov.jsonl.gz")]
CACHE = ROOT / "build" / "bench"
sys.path.insert(0, str(ROOT))

QUESTIONS = [("officials-of", ["Hà Nội"]), ("who-directs", ["Ủy ban nhân dân thành phố Hà Nội"]),
             ("directives-by", ["Chính phủ"]), ("posts-of", ["Nguyễn Đức Chung"]), ("headless-bodies", [])]
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def build_graph(articles: int) -> Path:
    """graph.ttl of `articles` vi-news articles, built once and kept in build/bench/."""
    out = CACHE / f"vi-news-{articles}"
    if (out / "graph.ttl").is_file():
        return out / "graph.ttl"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n, record in zip(range(articles), _records()):
            text = f"{record.get('title', '')}\n\n{record.get('summary', '')}\n{record.get('body', '')}"
            (folder / f"{n:06d}.txt").write_text(text, encoding="utf-8")
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kg", "build", str(folder), "--out", str(out), "--jobs", "2", "-q"],
                       check=True)
        print(f"built {articles} articles into {out} in {time.perf_counter() - started:.0f} s")
    return out / "graph.ttl"


def _records():
    for path in VI_NEWS:
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            yield from map(json.loads, lines)


class TimeLimit(Exception):
    """A question ran past the limit."""


def _stop(signum, frame):
    raise TimeLimit


def run_engine(engine: str, graph: str, skip_queries: bool, limit: int) -> dict:
    """In this process: load `graph` with `engine`, answer the questions; times and rows
    (rows None for a question stopped after `limit` seconds)."""
    from kg.canned import canned

    started = time.perf_counter()
    if engine == "oxigraph":
        import pyoxigraph as ox

        store = ox.Store()
        store.load(path=graph, format=ox.RdfFormat.TURTLE)

        def query(text):
            solutions = store.query(text)
            names = [v.value for v in solutions.variables]
            return [["" if s[v] is None else s[v].value for v in names] for s in solutions]
    else:
        from rdflib import Graph

        store = Graph()
        store.parse(graph, format="turtle")

        def query(text):
            return [["" if v is None else str(v) for v in row] for row in store.query(text)]
    result = {"load": time.perf_counter() - started, "queries": {}}
    started = time.perf_counter()
    result["triples"] = int(query(COUNT)[0][0])
    result["count"] = time.perf_counter() - started
    signal.signal(signal.SIGALRM, _stop)
    for name, args in [] if skip_queries else QUESTIONS:
        started = time.perf_counter()
        signal.alarm(limit)
        try:
            rows = sorted(query(canned(name).render(args)))
        except TimeLimit:
            rows = None
        finally:
            signal.alarm(0)
        result["queries"][name] = {"seconds": time.perf_counter() - started, "rows": rows}
    result["max_rss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--graph", help="a Turtle file kg build wrote (default: build one from vi-news)")
    ap.add_argument("--articles", type=int, default=30000, help="vi-news articles to build the graph from")
    ap.add_argument("--limit", type=int, default=300, help="seconds a question may take (default 300)")
    ap.add_argument("--skip-rdflib-queries", action="store_true", help="time rdflib's load only")
    ap.add_argument("--engine", choices=["rdflib", "oxigraph"], help=argparse.SUPPRESS)  # one engine, in a child
    args = ap.parse_args()
    if args.engine:
        print(json.dumps(run_engine(args.engine, args.graph, args.skip_rdflib_queries and args.engine == "rdflib", args.limit)))
        return

    graph = Path(args.graph) if args.graph else build_graph(args.articles)
    print(f"machine: {platform.machine()}, Python {platform.python_version()}; graph: {graph} "
          f"({graph.stat().st_size / 1e6:.0f} MB)")
    results = {}
    for engine in ("oxigraph", "rdflib"):
        cmd = [sys.executable, __file__, "--engine", engine, "--graph", str(graph), "--limit", str(args.limit)]
        if args.skip_rdflib_queries:
            cmd.append("--skip-rdflib-queries")
        started = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True, check=True)
        results[engine] = json.loads(done.stdout.strip().splitlines()[-1])
        results[engine]["wall"] = time.perf_counter() - started
    ox, rl = results["oxigraph"], results["rdflib"]
    print(f"triples: {ox['triples']:,}\n")
    print(f"{'':32} {'Oxigraph':>12} {'rdflib':>12}")
    print(f"{'load (s)':32} {ox['load']:12.1f} {rl['load']:12.1f}")
    print(f"{'COUNT(*) (s)':32} {ox['count']:12.2f} {rl['count']:12.2f}")
    for name, args_ in QUESTIONS:
        o, r = ox["queries"][name], rl["queries"].get(name)
        label = f"{name} {' '.join(args_)}"[:32]
        print(f"{label:32} {_seconds(o, args.limit):>12} {_seconds(r, args.limit):>12}   {_agreement(o, r)}")
    print(f"{'peak memory (MB)':32} {ox['max_rss_kb'] / 1024:12.0f} {rl['max_rss_kb'] / 1024:12.0f}")
    print(f"{'process wall time (s)':32} {ox['wall']:12.1f} {rl['wall']:12.1f}")


def _seconds(answer: dict | None, limit: int) -> str:
    if answer is None:
        return "-"
    return f"> {limit}" if answer["rows"] is None else f"{answer['seconds']:.2f}"


def _agreement(oxigraph: dict, rdflib: dict | None) -> str:
    if oxigraph["rows"] is None:
        return ""
    rows = f"{len(oxigraph['rows'])} rows"
    if rdflib is None or rdflib["rows"] is None:
        return rows
    return rows + (", same rows" if rdflib["rows"] == oxigraph["rows"] else ", ROWS DIFFER")


if __name__ == "__main__":
    main()
