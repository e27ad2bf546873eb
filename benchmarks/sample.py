#!/usr/bin/env python3
"""Random extracted posts and who-directs-what relations with their sentences, to read precision.

    python benchmarks/sample.py GRAPH N [--seed 1] [--kind posts|directs|both]

GRAPH is a graph `kg build` wrote (Turtle, TriG, N-Triples or JSON-LD). The sample is
drawn with a fixed seed from the facts sorted by identity, so the same graph and seed
print the same sample on any machine: two readers can mark the same items right or
wrong. Each item is numbered, with its article and the sentence it was read from.

Example:
    .venv/bin/kg build /tmp/vi-news --out /tmp/vn && python benchmarks/sample.py /tmp/vn/graph.ttl 50
"""
from __future__ import annotations

import argparse
import random
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.errors import InputError  # noqa: E402
from kg.store import GraphStore  # noqa: E402

def _name_block(v: str) -> str:
    """A node's name: a person's name, a body's English label, a place's name."""
    return (f"  OPTIONAL {{ ?{v} foaf:name ?{v}_person }}\n"
            f"  OPTIONAL {{ ?{v} skos:prefLabel ?{v}_label FILTER(lang(?{v}_label) = \"en\") }}\n"
            f"  OPTIONAL {{ ?{v} schema:name ?{v}_place }}\n")


POSTS = """
SELECT ?key ?person ?role ?body ?status ?article ?sentence WHERE {
  ?post a org:Post ; org:heldBy ?p ; org:role/skos:notation ?role ; org:postIn ?b ;
        govkg:evidence ?e .
  ?e nif:anchorOf ?sentence ; nif:referenceContext/dcterms:identifier ?article .
  BIND(STR(?post) AS ?key)
  { SELECT ?p (MIN(?n) AS ?person) WHERE { ?p foaf:name ?n } GROUP BY ?p }
  { SELECT ?b (MIN(?l) AS ?body) WHERE { ?b skos:prefLabel ?l FILTER(lang(?l) = "en") } GROUP BY ?b }
  OPTIONAL { ?st govkg:statementOf ?post ; prov:wasDerivedFrom/dcterms:identifier ?article ;
                 govkg:status/skos:notation ?status }
}
"""

DIRECTS = """
SELECT ?key ?article ?sentence ?a_person ?a_label ?a_place ?t_person ?t_label ?t_place WHERE {
  ?st a govkg:DirectsStatement ; rdf:subject ?a ; rdf:object ?t ; govkg:evidence ?e .
  ?e nif:anchorOf ?sentence ; nif:referenceContext/dcterms:identifier ?article .
  BIND(STR(?st) AS ?key)
""" + _name_block("a") + _name_block("t") + "}"


def _value(term) -> str:
    return "" if term is None else term.value


def _rows(store: GraphStore, query: str) -> dict[str, dict[str, str]]:
    """One row per fact key (its first evidence, in sorted order), as plain strings."""
    rows: dict[str, dict[str, str]] = {}
    solutions = store.query(query)
    names = [v.value for v in solutions.variables]
    for solution in solutions:
        row = {name: _value(solution[name]) for name in names}
        key = row["key"]
        if key not in rows or (row["article"], row["sentence"]) < (rows[key]["article"], rows[key]["sentence"]):
            rows[key] = row
    return rows


def _name(row: dict[str, str], v: str) -> str:
    return row.get(f"{v}_person") or row.get(f"{v}_label") or row.get(f"{v}_place") or "?"


def sample(rows: dict[str, dict[str, str]], n: int, seed: int) -> list[dict[str, str]]:
    """`n` rows drawn with `seed` from the rows sorted by key (all of them if fewer)."""
    keys = sorted(rows)
    return [rows[k] for k in random.Random(seed).sample(keys, min(n, len(keys)))]


def _show(number: int, head: str, row: dict[str, str]) -> str:
    sentence = " ".join(row["sentence"].split())
    body = textwrap.fill(sentence, width=100, initial_indent="      ", subsequent_indent="      ")
    return f"{number:3d}. {head}\n      [{row['article']}]\n{body}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="Example: python benchmarks/sample.py output/graph.ttl 50 --kind directs")
    parser.add_argument("graph", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kind", choices=("posts", "directs", "both"), default="both")
    args = parser.parse_args(argv)
    if args.n < 1:
        print("Error: N must be at least 1", file=sys.stderr)
        return 1
    if not args.graph.is_file():
        print(f"Error: {args.graph}: no such file", file=sys.stderr)
        return 1
    try:
        store = GraphStore(args.graph)
        if args.kind in ("posts", "both"):
            posts = _rows(store, POSTS)
            print(f"# {min(args.n, len(posts))} of {len(posts)} posts (seed {args.seed})")
            for k, row in enumerate(sample(posts, args.n, args.seed), 1):
                # what the article says of the post: shown unless it is simply held ('former', 'appointed', ...)
                status = f" ({row['status']})" if row.get("status") not in (None, "", "current") else ""
                print(_show(k, f"{row['person']} -- {row['role']}{status} -- {row['body']}", row))
        if args.kind in ("directs", "both"):
            directs = _rows(store, DIRECTS)
            print(f"# {min(args.n, len(directs))} of {len(directs)} directs (seed {args.seed})")
            for k, row in enumerate(sample(directs, args.n, args.seed), 1):
                print(_show(k, f"{_name(row, 'a')} => {_name(row, 't')}", row))
    except InputError as e:
        print(f"Error: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
