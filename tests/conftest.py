"""Shared fixtures: the shared data (read in place) and one build of the dev articles."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg import gazetteer, lang, pipeline
from kg.article import make_article
from kg.build import build

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"
GOLD = SHARED / "eval" / "gold"
GOLD_DEV = SHARED / "eval" / "gold-dev"


def read(text: str, code: str = "en", article_id: str = "test.txt"):
    """Run the pipeline over `text` and return the Doc."""
    return pipeline.run(make_article(text, article_id, language=code), lang.load(code), gazetteer.load())


def read_page(relative: str):
    """Run the pipeline over a shared corpus page (read in place), e.g. 'vi-pages/vn024.txt'."""
    from kg.article import read_article
    article = read_article(SHARED / "corpus" / relative)
    return pipeline.run(article, lang.load(article.lang), gazetteer.load())


VINEWS = SHARED / "corpus" / "vi-news" / "vietnews_gov.jsonl.gz"


def read_vinews(*ids: str) -> dict:
    """Run the pipeline over vi-news records (read in place from the archive), by record id;
    the archive is read only as far as the last of them."""
    from kg.sources import Fields, sources
    wanted, docs = set(ids), {}
    for source in sources([VINEWS], Fields()):
        if not isinstance(source, str) and source.id in wanted:
            article = make_article(source.text, source.id, source.path)
            docs[source.id] = pipeline.run(article, lang.load(article.lang), gazetteer.load())
            if len(docs) == len(wanted):
                break
    return docs


def dev_inputs() -> list[Path]:
    """The seeds and the corpus pages the dev gold describes."""
    docs = [json.loads(p.read_text(encoding="utf-8"))["doc"] for p in sorted(GOLD_DEV.glob("*.json"))]
    pages = [SHARED / "corpus" / d / doc for doc in docs for d in ("pages", "vi-pages")
             if (SHARED / "corpus" / d / doc).is_file()]
    return [SEEDS] + pages


@pytest.fixture(scope="session")
def dev_graph_dir(tmp_path_factory) -> Path:
    """One build of the seeds and dev pages, shared by the tests that read its output."""
    out = tmp_path_factory.mktemp("dev")
    build(dev_inputs(), out, formats=("trig", "ntriples", "jsonld"))
    return out


# An article built to break writers: every character that ends a string, a line, a tag or an
# IRI in some syntax, in its file name, address, headline and sentences.
HOSTILE = "<img src=x onerror=alert(1)>"
HOSTILE_NAME = "q\"uote's $HOME \\back {brace} \u2028" + HOSTILE + "\x1f.txt"
HOSTILE_TEXT = (
    "URL: https://example.vn/a\"b<c>{d}'e\\f$g\n"
    f"Hai Phong \"{HOSTILE}\" }} ' $x \\ headline\n"
    "Chairman of the People's Committee of Hai Phong City Le Ngoc Chau said \"costs are $5 \\ 10 }} in \"C:\\\" "
    f"{HOSTILE}\" today;\x07 the\x1f plan's\u2028 next step.\n"
    "The People's Committee of Hai Phong City directs the Department of Health to act on \"}\" '); "
    "MATCH (n) DETACH DELETE n; // <b>now</b>.\n"
)


@pytest.fixture(scope="session")
def hostile_dir(tmp_path_factory) -> Path:
    """A build of the seeds plus the hostile article in every format, and its Neo4j export."""
    from kg.export import export

    inputs = tmp_path_factory.mktemp("hostile-in")
    (inputs / HOSTILE_NAME).write_text(HOSTILE_TEXT, encoding="utf-8")
    out = tmp_path_factory.mktemp("hostile")
    report = build([SEEDS, inputs], out, formats=("trig", "ntriples", "jsonld"))
    assert report.read == 6 and not report.skipped
    export(out / "graph.ttl", "neo4j", out / "neo4j")
    return out
