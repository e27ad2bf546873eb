"""benchmarks/sample.py: random posts and directs with their sentences, the same for a seed."""
from __future__ import annotations

import importlib.util
import re

from .conftest import ROOT, SHARED


def _sample_module():
    spec = importlib.util.spec_from_file_location("sample", ROOT / "benchmarks" / "sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_samples_are_reproducible_and_quote_their_article(dev_graph_dir, capsys):
    sample = _sample_module()
    graph = dev_graph_dir / "graph.ttl"
    assert sample.main([str(graph), "5", "--seed", "3"]) == 0
    first = capsys.readouterr().out
    assert sample.main([str(graph), "5", "--seed", "3"]) == 0
    assert capsys.readouterr().out == first
    assert re.search(r"^# 5 of \d+ posts \(seed 3\)$", first, re.M)
    assert re.search(r"^# 5 of \d+ directs \(seed 3\)$", first, re.M)
    items = re.findall(r"^\s+\d+\. (.+)\n\s+\[(.+?)\]\n((?:      .*\n?)+)", first, re.M)
    assert len(items) == 10
    for head, article, sentence in items:
        text = next(p for d in ("pages", "vi-pages") if (p := SHARED / "corpus" / d / article).is_file()
                    or (p := ROOT / "seeds" / article).is_file()).read_text(encoding="utf-8")
        assert " ".join(sentence.split()) in " ".join(text.split())
        assert " => " in head or " -- " in head


def test_a_post_shows_what_its_article_says_of_it(dev_graph_dir, capsys):
    """A post the article calls former (or appointed, elected) says so in the sample, from the
    article's own statement of it; one simply held shows no status."""
    sample = _sample_module()
    assert sample.main([str(dev_graph_dir / "graph.ttl"), "1000", "--kind", "posts"]) == 0
    heads = re.findall(r"^\s+\d+\. .+ -- .+ -- .+$", capsys.readouterr().out, re.M)
    statuses = {m for h in heads for m in re.findall(r" -- [\w-]+ \((\w+)\) -- ", h)}
    assert "former" in statuses and "current" not in statuses


def test_bad_invocations_are_one_line_errors(tmp_path, capsys):
    sample = _sample_module()
    assert sample.main([str(tmp_path / "missing.ttl"), "5"]) == 1
    assert capsys.readouterr().err.startswith("Error: ")
    bad = tmp_path / "bad.ttl"
    bad.write_text("not turtle {", encoding="utf-8")
    assert sample.main([str(bad), "5"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and err.count("\n") == 1
