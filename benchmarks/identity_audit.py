"""Audit person identity on the Vietnamese news corpus: persons named like a locality, and
officials whose posts lie in bodies of 3 or more provinces, each with a line that explains it.

Both lists were the symptoms of identity by folded name (issue 7): "Hà Nội" holding posts
("Bí thư Hà Nội nói"), and one node for every Nguyễn Văn Sơn in the country. Run it before
and after a change to the resolution stage and compare the counts:

    .venv/bin/python benchmarks/identity_audit.py --limit 5000 --jobs 2
    .venv/bin/python benchmarks/identity_audit.py            # the whole corpus
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from kg import gazetteer as gaz
from kg.build import extractions
from kg.executors import executor
from kg.sources import sources
from kg.facts import Extraction
from kg.text import squash

SHARED = Path(__file__).resolve().parents[2] / "shared"
MIN_PROVINCES = 3


def resolved(kept: list[Extraction]) -> list[Extraction]:
    """The extractions as the graph sees them (through the resolution stage, where there is one)."""
    try:
        from kg.resolve import resolve
    except ImportError:  # a checkout from before the resolution stage: identity is the folded name
        return kept
    return resolve(kept)


def province_of(ex: Extraction, place: str | None) -> str:
    seen = set()
    while place and place in ex.places and place not in seen:
        seen.add(place)
        fact = ex.places[place]
        if fact.level == "province":
            return f"{fact.name} ({fact.id})"
        place = min(fact.parents.values()) if fact.parents else None
    return ""


def audit(kept: list[Extraction]) -> tuple[list[str], list[str]]:
    """(persons named like a locality, officials in 3+ provinces), one explained line each."""
    units = gaz.load()
    names: dict[str, set[str]] = defaultdict(set)
    posts: dict[str, list[tuple[str, str, str]]] = defaultdict(list)   # person -> (province, post, article)
    articles: dict[str, set[str]] = defaultdict(set)
    for ex in kept:
        for key, fact in ex.persons.items():
            names[key] |= fact.names
            articles[key].add(ex.article.id)
        for post in ex.posts.values():
            body = ex.bodies.get(post.body)
            province = province_of(ex, body.place) if body else ""
            posts[post.person].append((province, f"{post.role} of {post.body}", ex.article.id))
    like_place = []
    for key in sorted(names):
        matches = {u for n in names[key] for u in units.lookup(squash(n)) if u.level in ("province", "district")}
        if matches:
            unit = sorted(matches, key=lambda u: (u.level != "province", u.id))[0]
            held = sorted({p for _, p, _ in posts[key]})
            like_place.append(f"{key}: named like {unit.level} {unit.name} ({unit.id}); in {len(articles[key])} "
                              f"article(s); " + (f"{len(held)} post(s): {', '.join(held[:4])}" if held else "no post"))
    spread = []
    for key in sorted(posts):
        by_province: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for province, post, article in posts[key]:
            if province:
                by_province[province].append((post, article))
        if len(by_province) >= MIN_PROVINCES:
            parts = [f"{p}: {v[0][0]} [{v[0][1]}]" for p, v in sorted(by_province.items())]
            spread.append(f"{key} ({' / '.join(sorted(names[key]))}): posts in {len(by_province)} provinces: "
                          + "; ".join(parts))
    return like_place, spread


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=0, help="the first N articles of the corpus (default: all)")
    parser.add_argument("--jobs", type=int, default=1, help="processes reading articles")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, str(SHARED / "eval" / "vinews_files.py"), tmp] + ([str(args.limit)] if args.limit else [])
        subprocess.run(cmd, check=True, capture_output=True)
        with executor("local", args.jobs) as run:
            kept = [ex for ex in extractions(sources([tmp]), run) if not isinstance(ex, str)]
    resolved_kept = resolved(kept)
    like_place, spread = audit(resolved_kept)
    print(f"{len(kept)} articles")
    named = {line.split(":")[0].split("/")[0] for line in like_place}
    holding = sum(1 for line in like_place if not line.endswith("no post"))
    print(f"\n{len(like_place)} persons named like a province or district ({len(named)} names; "
          f"{holding} holding posts):")
    print("\n".join("  " + line for line in like_place))
    print(f"\n{len(spread)} officials with posts in bodies of {MIN_PROVINCES} or more provinces "
          f"(of {len({p.person for ex in resolved_kept for p in ex.posts.values()})} officials):")
    print("\n".join("  " + line for line in spread))


if __name__ == "__main__":
    main()
