"""`kg export --to neo4j`: the graph as a property graph for Neo4j.

Nodes are labelled Person, Body, Place, Post, Statement and Directive and keep their IRI
as `uri`; relationships are HOLDS (person to post), POST_IN (post to body), ABOUT (an
article's statement to its post), SUCCEEDED (post to the post it took over), REPLACES
(statement to the person it says held the post before), DIRECTS, PART_OF (body to parent
body, place to parent place), REPLACED_BY (place to the units that took it over),
ISSUED_BY (directive to body) and SERVES (body to place). Every node carries `sources`,
the identifiers of the articles it was read from; posts, statements and DIRECTS carry
`evidence`, the sentences that say so. A post has its first and last dated statement,
latest status and whether it is current; a statement its date, status and article.

Written to a folder:

    nodes-person.csv ... nodes-directive.csv, relationships.csv
        the `neo4j-admin database import` header format (uri:ID, :LABEL, typed and
        string[] columns, :START_ID, :END_ID, :TYPE); arrays are separated by U+001F
        (--array-delimiter=U+001F), a character no value holds.
    schema-neo4j3.cypher, schema-neo4j5.cypher
        one uniqueness constraint on `uri` per label, in each version's syntax.
    schema-falkordb.cypher
        one index on `uri` per label, for FalkorDB (which has no Cypher constraints).
    data.cypher
        the same data as UNWIND/MERGE/SET statements over escaped literals, in the part
        of Cypher that Neo4j 3.1 to 5 share; one statement per ';' at a line's end.
    load-csv.cypher
        LOAD CSV statements that read the CSV files from Neo4j's import folder.
    load-csv-falkordb.cypher
        the same for FalkorDB (its IMPORT_FOLDER), with the array delimiter written as the
        character itself: FalkorDB does not read '\\u001f' in a string as an escape.

Text is the graph's, with whitespace runs (newlines included) made one space and control
characters dropped, so that every value is one CSV line and one Cypher literal (see clean).
"""
from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .vocab import GOVKG, NIF, SCHEMA

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
FOAF = "http://xmlns.com/foaf/0.1/"
ORG = "http://www.w3.org/ns/org#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
S, G, N = str(SCHEMA), str(GOVKG._NS), str(NIF)

ARRAY_DELIMITER = "\u001f"
BATCH = 500  # rows per UNWIND statement

# label: rdf:type, and the node's properties in CSV column order (name, type); arrays end in []
LABELS = {
    "Person": (FOAF + "Person", [("name", "string"), ("names", "string[]"), ("sources", "string[]")]),
    "Body": (ORG + "Organization", [("name", "string"), ("nameVi", "string"), ("nameId", "string"),
                                    ("type", "string"), ("altNames", "string[]"), ("sources", "string[]")]),
    "Place": (S + "AdministrativeArea", [("name", "string"), ("nameEn", "string"), ("label", "string"),
                                         ("labelVi", "string"), ("level", "string"), ("unitType", "string"),
                                         ("code", "string"), ("validFrom", "string"), ("validUntil", "string"),
                                         ("sources", "string[]")]),
    "Post": (ORG + "Post", [("name", "string"), ("role", "string"), ("firstSeen", "string"), ("lastSeen", "string"),
                            ("latestStatus", "string"), ("current", "boolean"), ("sources", "string[]"),
                            ("evidence", "string[]")]),
    "Statement": (G + "PostStatement", [("date", "string"), ("status", "string"), ("sources", "string[]"),
                                        ("evidence", "string[]")]),
    "Directive": (S + "Legislation", [("identifier", "string"), ("identifiers", "string[]"), ("type", "string"),
                                      ("date", "string"), ("title", "string"), ("sources", "string[]")]),
}
REL_PROPERTIES = [("sources", "string[]"), ("evidence", "string[]")]

# Which labels each relationship type joins (LOAD CSV matches both ends by label and uri).
REL_ENDS = [("HOLDS", "Person", "Post"), ("POST_IN", "Post", "Body"), ("ABOUT", "Statement", "Post"),
            ("SUCCEEDED", "Post", "Post"), ("REPLACES", "Statement", "Person"), ("PART_OF", "Body", "Body"),
            ("PART_OF", "Place", "Place"), ("REPLACED_BY", "Place", "Place"), ("ISSUED_BY", "Directive", "Body"), ("SERVES", "Body", "Place"),
            ("DIRECTS", "Person", "Body"), ("DIRECTS", "Person", "Place"), ("DIRECTS", "Body", "Body"),
            ("DIRECTS", "Body", "Place")]


@dataclass
class PropertyGraph:
    """Nodes by label (each a dict with `uri` and its properties) and relationships."""
    nodes: dict[str, list[dict]] = field(default_factory=lambda: {label: [] for label in LABELS})
    # (type, start label, start uri, end label, end uri, properties)
    relationships: list[tuple[str, str, str, str, str, dict]] = field(default_factory=list)


# (the predicates read from a node, the relationship each one becomes), in the order written
_EDGES = [
    ((ORG + "holds",), "HOLDS"),
    ((ORG + "postIn",), "POST_IN"),
    ((ORG + "subOrganizationOf", S + "containedInPlace"), "PART_OF"),
    ((S + "legislationPassedBy",), "ISSUED_BY"),
    ((S + "areaServed",), "SERVES"),
    ((G + "statementOf",), "ABOUT"),
    ((G + "succeeded",), "SUCCEEDED"),
    ((G + "replaces",), "REPLACES"),
    ((DCTERMS + "isReplacedBy",), "REPLACED_BY"),
]

_BACKSLASH_BEFORE_QUOTE = re.compile(r'\\(?="|$)')


def clean(text: str) -> str:
    """One line of text: whitespace runs become one space, control characters go, and a
    backslash before a double quote or at the end becomes '⧵' (U+29F5): Neo4j's LOAD CSV
    reads backslash-quote as an escaped quote by default (dbms.import.csv.legacy_quote_escaping),
    which would end the field in the wrong place."""
    text = " ".join(text.split())
    text = "".join(c for c in text if unicodedata.category(c) != "Cc")
    return _BACKSLASH_BEFORE_QUOTE.sub("\u29f5", text)


class _Index:
    """The graph's triples by subject: subject -> predicate -> objects."""

    def __init__(self, triples: Iterable[ox.Triple]) -> None:
        self.by_subject: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for t in triples:
            self.by_subject[t.subject.value][t.predicate.value].append(t.object)

    def values(self, s: str, p: str, lang: str | None = None) -> list[str]:
        return sorted({clean(o.value) for o in self.by_subject.get(s, {}).get(p, ())
                       if lang is None or getattr(o, "language", None) == lang})

    def one(self, s: str, p: str, lang: str | None = None) -> str | None:
        values = self.values(s, p, lang)
        return values[-1] if values else None  # the last sorts the spelling with diacritics first

    def refs(self, s: str, p: str) -> list[str]:
        return sorted(o.value for o in self.by_subject.get(s, {}).get(p, ()) if isinstance(o, ox.NamedNode))

    def notation(self, s: str, p: str) -> str | None:
        codes = [self.one(c, SKOS + "notation") for c in self.refs(s, p)]
        return min((c for c in codes if c), default=None)

    def sources(self, s: str) -> list[str]:
        return sorted({i for a in self.refs(s, PROV + "wasDerivedFrom") for i in self.values(a, DCTERMS + "identifier")})

    def evidence(self, s: str) -> list[str]:
        return sorted({t for e in self.refs(s, G + "evidence") for t in self.values(e, N + "anchorOf")})

    def typed(self, rdf_type: str) -> list[str]:
        return sorted(s for s, props in self.by_subject.items()
                      if any(o.value == rdf_type for o in props.get(RDF + "type", ())))


def property_graph(triples: Iterable[ox.Triple]) -> PropertyGraph:
    """The govkg graph as Neo4j nodes and relationships."""
    ix = _Index(triples)
    pg = PropertyGraph()
    label_of: dict[str, str] = {}
    for label, (rdf_type, _) in LABELS.items():
        for uri in ix.typed(rdf_type):
            label_of[uri] = label
            props = {"uri": uri, **_PROPERTIES[label](ix, uri), "sources": ix.sources(uri)}
            pg.nodes[label].append({k: v for k, v in props.items() if v not in (None, [], "")})

    def relate(rel_type: str, start: str, end: str, props: dict | None = None) -> None:
        if start in label_of and end in label_of:
            pg.relationships.append((rel_type, label_of[start], start, label_of[end], end, props or {}))

    for uri in label_of:
        for predicates, rel_type in _EDGES:
            for predicate in predicates:
                for end in ix.refs(uri, predicate):
                    relate(rel_type, uri, end)
    for st in ix.typed(G + "DirectsStatement"):
        for agent in ix.refs(st, RDF + "subject"):
            for target in ix.refs(st, RDF + "object"):
                props = {"sources": ix.sources(st), "evidence": ix.evidence(st)}
                relate("DIRECTS", agent, target, {k: v for k, v in props.items() if v})
    pg.relationships = _merged(pg.relationships)
    return pg


def _merged(rels: list) -> list:
    """One relationship per (type, start, end): DIRECTS read from several statements is one edge."""
    merged: dict[tuple, dict] = {}
    for rel_type, sl, s, el, e, props in rels:
        into = merged.setdefault((rel_type, sl, s, el, e), {})
        for key, values in props.items():
            into[key] = sorted(set(into.get(key, [])) | set(values))
    return [(*key, props) for key, props in sorted(merged.items())]


def _person(ix: _Index, uri: str) -> dict:
    return {"name": ix.one(uri, FOAF + "name"), "names": ix.values(uri, FOAF + "name")}


def _body(ix: _Index, uri: str) -> dict:
    return {"name": ix.one(uri, SKOS + "prefLabel", "en"), "nameVi": ix.one(uri, SKOS + "prefLabel", "vi"),
            "nameId": ix.one(uri, SKOS + "prefLabel", "id"), "type": ix.notation(uri, ORG + "classification"),
            "altNames": ix.values(uri, SKOS + "altLabel")}


def _place(ix: _Index, uri: str) -> dict:
    return {"name": ix.one(uri, S + "name", "vi"), "nameEn": ix.one(uri, S + "name", "en"),
            "label": ix.one(uri, RDFS + "label", "en"), "labelVi": ix.one(uri, RDFS + "label", "vi"),
            "level": ix.notation(uri, G + "level"), "unitType": ix.one(uri, G + "unitType"),
            "code": ix.one(uri, G + "gazetteerCode"), "validFrom": ix.one(uri, G + "validFrom"),
            "validUntil": ix.one(uri, G + "validUntil")}


def _post(ix: _Index, uri: str) -> dict:
    role = ix.notation(uri, ORG + "role")
    bodies = [ix.one(b, SKOS + "prefLabel", "en") for b in ix.refs(uri, ORG + "postIn")]
    return {"name": ", ".join([role or "post"] + [b for b in bodies if b]), "role": role,
            "firstSeen": ix.one(uri, G + "firstSeen"), "lastSeen": ix.one(uri, G + "lastSeen"),
            "latestStatus": ix.notation(uri, G + "latestStatus"), "current": ix.one(uri, G + "current") == "true",
            "evidence": ix.evidence(uri)}


def _statement(ix: _Index, uri: str) -> dict:
    return {"date": ix.one(uri, DCTERMS + "date"), "status": ix.notation(uri, G + "status"),
            "evidence": ix.evidence(uri)}


def _directive(ix: _Index, uri: str) -> dict:
    return {"identifier": ix.one(uri, S + "legislationIdentifier"),
            "identifiers": ix.values(uri, S + "legislationIdentifier"),
            "type": ix.notation(uri, S + "legislationType"), "date": ix.one(uri, S + "legislationDate"),
            "title": ix.one(uri, S + "name")}


_PROPERTIES = {"Person": _person, "Body": _body, "Place": _place, "Post": _post, "Statement": _statement,
               "Directive": _directive}


# --- CSV (neo4j-admin import header format) ------------------------------------------------

def _csv_value(value) -> str:
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _header(name: str, kind: str) -> str:
    return name if kind == "string" else f"{name}:{kind}"


def csv_tables(pg: PropertyGraph) -> dict[str, list[list[str]]]:
    """File name -> rows (header first): nodes-<label>.csv for each label, relationships.csv."""
    tables = {}
    for label, (_, columns) in LABELS.items():
        tables[f"nodes-{label.lower()}.csv"] = [["uri:ID", ":LABEL"] + [_header(n, k) for n, k in columns]] + [
            [node["uri"], label] + [_csv_value(node.get(n)) for n, _ in columns] for node in pg.nodes[label]]
    tables["relationships.csv"] = [[":START_ID", ":END_ID", ":TYPE"] + [_header(n, k) for n, k in REL_PROPERTIES]] + [
        [start, end, rel_type] + [_csv_value(props.get(n)) for n, _ in REL_PROPERTIES]
        for rel_type, _, start, _, end, props in pg.relationships]
    return tables


def _write_csv(rows: list[list[str]], path: Path) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


# --- Cypher ----------------------------------------------------------------------------------

_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESCAPE = re.compile(r"[\\'\x00-\x1f\x7f-\x9f\u2028\u2029]")


def cypher_literal(value) -> str:
    """A Cypher literal for a string, boolean or list of strings; strings single-quoted and escaped."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    text = _NEEDS_ESCAPE.sub(lambda m: _ESCAPES.get(m.group(), f"\\u{ord(m.group()):04x}"), str(value))
    return f"'{text}'"


def _map(props: dict) -> str:
    return "{" + ", ".join(f"{k}: {cypher_literal(v)}" for k, v in props.items()) + "}"


def _unwind(rows: list[dict], body: str) -> Iterable[str]:
    for i in range(0, len(rows), BATCH):
        batch = ",\n".join(_map(r) for r in rows[i:i + BATCH])
        yield f"UNWIND [\n{batch}\n] AS row\n{body};\n"


def data_statements(pg: PropertyGraph) -> Iterable[str]:
    """MERGE the nodes, then the relationships, in batches of UNWIND over literal maps."""
    for label in LABELS:
        yield from _unwind(pg.nodes[label], f"MERGE (n:{label} {{uri: row.uri}})\nSET n += row")
    groups: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for rel_type, sl, start, el, end, props in pg.relationships:
        groups[(rel_type, sl, el)].append({"start": start, "end": end, **props})
    for (rel_type, sl, el), rows in sorted(groups.items()):
        # each property by name: Neo4j 3.1 will not SET += a map nested in a literal list
        names = [n for n, _ in REL_PROPERTIES if any(n in r for r in rows)]
        sets = ("\nSET " + ", ".join(f"r.{n} = row.{n}" for n in names)) if names else ""
        yield from _unwind(rows, f"MATCH (a:{sl} {{uri: row.start}}), (b:{el} {{uri: row.end}})\n"
                                 f"MERGE (a)-[r:{rel_type}]->(b){sets}")


SCHEMA_3 = "CREATE CONSTRAINT ON (n:{label}) ASSERT n.uri IS UNIQUE;\n"
SCHEMA_5 = "CREATE CONSTRAINT {name}_uri IF NOT EXISTS FOR (n:{label}) REQUIRE n.uri IS UNIQUE;\n"
# FalkorDB has no Cypher constraints (GRAPH.CONSTRAINT CREATE is a Redis command) and needs
# an index on uri for MERGE to find a node without scanning the label
SCHEMA_FALKORDB = "CREATE INDEX FOR (n:{label}) ON (n.uri);\n"


def _load_csv_statements(delimiter: str = "'\\u001f'") -> Iterable[str]:
    """LOAD CSV of the CSV files; `delimiter` is the array delimiter as a Cypher literal
    (FalkorDB reads '\\u001f' as six characters, so its script has the character itself)."""
    for label, (_, columns) in LABELS.items():
        sets = ",\n    ".join(f"n.{name} = {_csv_expression(name, kind, delimiter)}" for name, kind in columns)
        yield (f"LOAD CSV WITH HEADERS FROM 'file:///nodes-{label.lower()}.csv' AS row\n"
               f"MERGE (n:{label} {{uri: row.`uri:ID`}})\nSET {sets};\n")
    for rel_type, sl, el in REL_ENDS:
        sets = ",\n    ".join(f"r.{name} = {_csv_expression(name, kind, delimiter)}" for name, kind in REL_PROPERTIES)
        yield (f"LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row\n"
               f"WITH row WHERE row.`:TYPE` = '{rel_type}'\n"
               f"MATCH (a:{sl} {{uri: row.`:START_ID`}}), (b:{el} {{uri: row.`:END_ID`}})\n"
               f"MERGE (a)-[r:{rel_type}]->(b)\nSET {sets};\n")


def _csv_expression(name: str, kind: str, delimiter: str) -> str:
    column = f"row.`{_header(name, kind)}`"
    if kind == "string[]":
        return f"CASE WHEN {column} IS NULL OR {column} = '' THEN null ELSE split({column}, {delimiter}) END"
    if kind == "boolean":
        return f"CASE {column} WHEN 'true' THEN true WHEN 'false' THEN false END"
    return f"CASE WHEN {column} = '' THEN null ELSE {column} END"


def write_neo4j(triples: Iterable[ox.Triple], folder: str | Path) -> list[Path]:
    """Write the CSV files and Cypher scripts for Neo4j into `folder`; the paths written."""
    from .build import write_atomically

    folder = Path(folder)
    pg = property_graph(triples)
    written = []
    for name, rows in csv_tables(pg).items():
        write_atomically(folder / name, lambda p, r=rows: _write_csv(r, p))
        written.append(folder / name)
    scripts = {
        "schema-neo4j3.cypher": "".join(SCHEMA_3.format(label=label) for label in LABELS),
        "schema-neo4j5.cypher": "".join(SCHEMA_5.format(label=label, name=label.lower()) for label in LABELS),
        "schema-falkordb.cypher": "".join(SCHEMA_FALKORDB.format(label=label) for label in LABELS),
        "data.cypher": "".join(data_statements(pg)),
        "load-csv.cypher": "".join(_load_csv_statements()),
        "load-csv-falkordb.cypher": "".join(_load_csv_statements(f"'{ARRAY_DELIMITER}'")),
    }
    for name, text in scripts.items():
        path = folder / name
        write_atomically(path, lambda p, t=text: p.write_text(t, encoding="utf-8"))
        written.append(path)
    return written
