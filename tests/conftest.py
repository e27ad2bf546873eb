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
