"""No name, address, headline or sentence can break or inject into any writer's output.

The hostile article (tests/conftest.py) carries quotes, backslashes, newlines, <, ", },
', $ and control characters in its file name, address, headline and sentences; every
output is read back with a strict parser and must say exactly what the article said.
"""
import csv
import json
import re
from html.parser import HTMLParser

import pyoxigraph as ox

from kg.neo4j import ARRAY_DELIMITER, clean

from .conftest import HOSTILE, HOSTILE_NAME


def quads(path):
    return list(ox.parse(path=str(path)))  # Oxigraph's parsers are strict: bad escapes, IRIs, tags fail


def literal_values(path):
    return {q.object.value for q in quads(path) if isinstance(q.object, ox.Literal)}


def test_every_rdf_syntax_parses_strictly_and_agrees(hostile_dir):
    ttl = {(q.subject, q.predicate, q.object) for q in quads(hostile_dir / "graph.ttl")}
    for name in ("graph.nt", "graph.jsonld", "graph.trig"):
        assert {(q.subject, q.predicate, q.object) for q in quads(hostile_dir / name)} == ttl, name


def test_hostile_text_survives_exactly(hostile_dir):
    for name in ("graph.ttl", "graph.trig", "graph.nt", "graph.jsonld"):
        values = literal_values(hostile_dir / name)
        assert HOSTILE_NAME in values, name  # the article's identifier, control characters and all
        assert 'Hai Phong "<img src=x onerror=alert(1)>" } \' $x \\ headline' in values, name
        assert "https://example.vn/a%22b%3Cc%3E%7Bd%7D'e%5Cf$g" in values, name  # made a valid URI
        assert any(HOSTILE in v and 'in "C:\\"' in v for v in values), name


def test_article_iris_are_valid_iris(hostile_dir):
    articles = [q.subject.value for q in quads(hostile_dir / "graph.ttl")
                if q.object == ox.NamedNode("https://schema.org/NewsArticle")]
    hostile = [a for a in articles if "onerror" in a]
    assert len(hostile) == 1 and re.fullmatch(r"[A-Za-z0-9:/._~%-]+", hostile[0])


def test_jsonld_is_plain_json(hostile_dir):
    doc = json.loads((hostile_dir / "graph.jsonld").read_text(encoding="utf-8"))
    assert any(n.get("dcterms:identifier") == HOSTILE_NAME for n in doc["@graph"])


def test_csv_rows_parse_strictly_with_the_sentences_whole(hostile_dir):
    for path in (hostile_dir / "neo4j").glob("*.csv"):
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f, strict=True))
        assert all(len(r) == len(rows[0]) for r in rows), path.name
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"[\x00-\x08\x0b-\x1e\x7f]", text), path.name  # no control characters
        assert text.count("\n") == len(rows), path.name  # one line per row
    with open(hostile_dir / "neo4j" / "nodes-post.csv", encoding="utf-8", newline="") as f:
        posts = list(csv.DictReader(f))
    sentences = [s for p in posts for s in p["evidence:string[]"].split(ARRAY_DELIMITER)]
    assert any(HOSTILE in s and 'in "C:\u29f5"' in s for s in sentences)  # see kg.neo4j.clean
    sources = [s for p in posts for s in p["sources:string[]"].split(ARRAY_DELIMITER)]
    assert clean(HOSTILE_NAME) in sources


CYPHER_STRING = re.compile(r"'(?:[^'\\\n]|\\['\\nrtbf]|\\u[0-9a-f]{4})*'")


def test_cypher_literals_hold_the_hostile_text(hostile_dir):
    script = (hostile_dir / "neo4j" / "data.cypher").read_text(encoding="utf-8")
    skeleton = CYPHER_STRING.sub("S", script)  # every literal well formed, so what is left is code
    assert "'" not in skeleton and "\\" not in skeleton and "DETACH" not in skeleton and "$" not in skeleton
    assert "<img" not in skeleton
    for statement in skeleton.split(";\n")[:-1]:
        assert re.fullmatch(r"UNWIND \[\n(\{[^{}]*\},\n)*\{[^{}]*\}\n\] AS row\n(MERGE|MATCH) [^;]*", statement)


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)


def test_html_has_only_its_own_tags(hostile_dir):
    html = (hostile_dir / "graph.html").read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(html)
    assert parser.tags <= {"html", "head", "meta", "title", "style", "script", "body", "header", "h1", "div",
                           "label", "input", "span", "select", "option", "main", "aside", "button", "ul"}
    assert HOSTILE not in html  # only escaped: \u003cimg ...
