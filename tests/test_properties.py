"""Property tests (Hypothesis): hostile input through reading, extraction and every writer.

Whatever the bytes, a file is an article or a one-line reason it is not; whatever the
names and sentences, extraction keeps exact offsets, and every writer's output parses
strictly and says exactly what the article said. Examples are few (max_examples), so the
suite stays fast: benchmarks/fuzz.py runs the same ideas over ten thousand inputs.
"""
from __future__ import annotations

import csv
import json
import re
import tempfile
from pathlib import Path

import pyoxigraph as ox
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from kg.article import decode, make_article
from kg.errors import ArticleError
from kg.facts import extract
from kg.html import write_html
from kg.neo4j import write_neo4j
from kg.rdf import article_graphs, build_graph
from kg.serialize import to_oxigraph, write_jsonld, write_ntriples, write_trig, write_turtle

# few examples and no shrinking, so that even a failure costs seconds (the seed is printed)
FAST = settings(max_examples=12, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
                suppress_health_check=[HealthCheck.too_slow])

# Characters that end a string, a line, a tag, an IRI or a statement in some output syntax,
# and the ones that trouble terminals and text layout.
META = "\"'\\<>{}[]()$&;:#%`|^*\n\r\t\x00\x07\x1b\x1f\x7f\u2028\u2029\u202e\u200f\ufeff"
hostile_text = st.text(alphabet=st.one_of(st.sampled_from(META), st.characters(codec="utf-8")), max_size=40)
hostile_name = hostile_text.map(lambda s: s.replace("/", "_").replace("\x00", "") + ".txt")

TEMPLATE = ("URL: https://example.vn/{url}\n{headline}\n"
            "Chairman of the People's Committee of Hai Phong City Le Ngoc Chau said \"{quote}\" on {day}.\n"
            "The People's Committee of Hai Phong City directs the Department of Health to {quote}.\n")


def article_text(url: str, headline: str, quote: str) -> str:
    return TEMPLATE.format(url=url, headline=headline, quote=quote, day="1 October 2025")


@FAST
@given(raw=st.binary(max_size=300), name=hostile_name)
def test_any_bytes_are_an_article_or_one_line_reason(raw, name):
    try:
        text = decode(raw, name)
    except ArticleError as e:
        assert "\n" not in str(e) and "\r" not in str(e) and "\x1b" not in str(e)
        return
    try:
        article = make_article(text, name)
    except ArticleError as e:
        assert str(e).count("\n") == 0
        return
    assert article.text == text


@FAST
@given(url=hostile_text, headline=hostile_text, quote=hostile_text, name=hostile_name)
def test_extraction_keeps_exact_offsets_on_hostile_text(url, headline, quote, name):
    text = article_text(url, headline, quote)
    ex = extract(make_article(text, name, language="en"))
    spans = [e for f in list(ex.posts.values()) + list(ex.directs.values()) for e in getattr(f, "evidence", [])]
    assert spans  # the template's post and direction are read whatever the quote holds
    for ev in spans:
        assert text[ev.start:ev.end] == ev.text


def _strict(path: Path) -> set:
    return {(q.subject, q.predicate, q.object) for q in ox.parse(path=str(path))}


@settings(FAST, max_examples=8)
@given(url=hostile_text, headline=hostile_text, quote=hostile_text, name=hostile_name)
def test_every_writer_says_exactly_what_the_article_said(url, headline, quote, name):
    text = article_text(url, headline, quote)
    ex = extract(make_article(text, name, language="en"))
    graph = build_graph([ex])
    triples = to_oxigraph(graph)
    expected = {(t.subject, t.predicate, t.object) for t in triples}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        write_turtle(triples, out / "g.ttl")
        write_ntriples(triples, out / "g.nt")
        write_jsonld(triples, out / "g.jsonld")
        named = list(article_graphs([ex]))
        in_named = {t for _, g in named for t in g}
        write_trig([t for t in triples if t not in in_named], named, out / "g.trig")
        for f in ("g.ttl", "g.nt", "g.jsonld", "g.trig"):
            assert _strict(out / f) == expected, f  # nothing lost, nothing injected
        assert (out / "g.nt").read_text(encoding="utf-8").count("\n") == len(expected)  # one line a triple
        literals = {t[2].value for t in expected if isinstance(t[2], ox.Literal)}
        assert name in literals  # the identifier, exactly

        write_html(graph, out / "g.html")
        html = (out / "g.html").read_text(encoding="utf-8")
        start = html.index('id="kg-data">') + len('id="kg-data">')
        block = html[start:html.index("</script>", start)]
        assert "<" not in block  # no tag can open inside the data
        data = json.loads(block)
        assert name in [a[0] for a in data["articles"]]

        (out / "neo4j").mkdir()
        written = write_neo4j(triples, out / "neo4j")
        assert written
        for path in (out / "neo4j").glob("*.csv"):
            with open(path, encoding="utf-8", newline="") as fh:
                rows = list(csv.reader(fh, strict=True))
            assert all(len(r) == len(rows[0]) for r in rows), path.name
            assert path.read_text(encoding="utf-8").count("\n") == len(rows), path.name
        script = (out / "neo4j" / "data.cypher").read_text(encoding="utf-8")
        skeleton = re.sub(r"'(?:[^'\\\n]|\\['\\nrtbf]|\\u[0-9a-f]{4})*'", "S", script)
        assert "'" not in skeleton and "\\" not in skeleton and "$" not in skeleton
