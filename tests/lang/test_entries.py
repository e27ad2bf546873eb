"""Every entry of the language data has a test sentence, and the sentence exercises it.

The sentences live in tests/lang/<code>/<file>.yaml beside the data they test.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kg import gazetteer, lang, pipeline
from kg.article import make_article

HERE = Path(__file__).resolve().parent
CODES = lang.available()


def entry_ids(code: str, name: str) -> list[str]:
    data = yaml.safe_load((lang.LANG_DIR / code / name).read_text(encoding="utf-8"))
    if name in ("places.yaml", "documents.yaml"):
        data = data["types"]
    return [e["id"] for e in data]


def sentences(code: str, name: str) -> dict:
    path = HERE / code / name
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}


def read(text: str, code: str):
    return pipeline.run(make_article(text, "test.txt", language=code), lang.load(code), gazetteer.load())


FILES = ("bodies.yaml", "roles.yaml", "places.yaml", "documents.yaml", "directs.yaml", "subjects.yaml",
         "statuses.yaml")
CASES = [(code, name, entry, case) for code in CODES for name in FILES
         for entry, case in sentences(code, name).items()]


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("name", FILES)
def test_every_entry_has_a_sentence(code: str, name: str) -> None:
    ids = set(entry_ids(code, name))
    tested = set(sentences(code, name))
    assert not ids - tested, f"{code}/{name}: entries without a test sentence: {sorted(ids - tested)}"
    assert not tested - ids, f"{code}/{name}: test sentences for no entry: {sorted(tested - ids)}"


def _names(doc, m) -> set[str]:
    """What a mention may be called in an expectation: a person's name, a body's type, a place's name."""
    if hasattr(m, "title") and hasattr(m, "person"):
        return {m.person.name}
    if hasattr(m, "candidates"):
        return {m.unit.name}
    if hasattr(m, "entry") and hasattr(m, "path"):
        return {m.type} | ({m.unit.name} if m.unit else set())
    return {m.name}


@pytest.mark.parametrize("code,name,entry,case", CASES, ids=[f"{c}-{n[:-5]}-{e}" for c, n, e, _ in CASES])
def test_entry(code: str, name: str, entry: str, case: dict) -> None:
    doc = read(case["text"], code)
    if name == "bodies.yaml":
        found = [b for b in doc.bodies if b.entry.id == entry]
        assert found, f"no body read with entry {entry}"
        if case.get("generic"):
            assert not any(b.key for b in found)
        else:
            want = case["body"]
            assert any(b.type == want[0] and (len(want) == 1 or b.unit and b.unit.name == want[1])
                       for b in found), [(b.type, b.unit and b.unit.name, b.key) for b in found]
    elif name == "roles.yaml":
        titles = [t for t in doc.titles if t.entry.id == entry]
        assert titles, f"no title read with entry {entry}"
        if "post" in case:
            person, role, body_type = case["post"]
            got = [(p.person.name, p.title.role, p.title.body.type) for p in doc.posts]
            assert (person, role, body_type) in got, got
        else:
            assert any(t.entry.role == case["title"] for t in titles)
    elif name == "places.yaml":
        assert any(t.entry.id == entry for t in doc.tags.all("place_type")), f"type word {entry} not read"
        unit_name, level = case["place"]
        got = [(m.unit.name, m.unit.level) for m in doc.places]
        assert (unit_name, level) in got, got
        if "not" in case:  # a name the type word must not make a place
            assert case["not"] not in {m.unit.name for m in doc.places}, got
    elif name == "documents.yaml":
        doc_type, identifier = case["directive"]
        got = [(d.type, d.identifier) for d in doc.directives]
        assert (doc_type, identifier) in got, got
    elif name == "directs.yaml":
        assert any(t.entry.id == entry for t in doc.tags.all("trigger")), f"trigger {entry} not read"
        if not case["directs"]:
            assert doc.directs == []
        else:
            agent, target = case["directs"]
            got = [(_names(doc, d.agent), _names(doc, d.target)) for d in doc.directs]
            assert any(agent in a and target in t for a, t in got), got
    elif name == "statuses.yaml":
        assert any(m.entry.id == entry for m in doc.tags.all("status")), f"status word {entry} not read"
        if "replaces" in case:
            got = [(r.post.person.name, r.predecessor.name) for r in doc.replacements]
            assert tuple(case["replaces"]) in got, got
        else:
            got = [(p.person.name, p.title.status) for p in doc.posts]
            assert tuple(case["status"]) in got, got
    elif name == "subjects.yaml":
        got = [b.path for b in doc.bodies if b.key]
        assert any(subject == entry for path in got for _, subject in path), got
