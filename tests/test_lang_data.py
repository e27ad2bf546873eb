"""The language-data checker rejects what a linguist could get wrong."""
import unicodedata

import pytest

from kg import lang
from kg.lang import _check_file


@pytest.mark.parametrize("code", lang.available() + ["xx"])
def test_shipped_data_is_clean(code):
    assert lang.check(code) == []


@pytest.mark.parametrize("name,content,problem", [
    ("roles.yaml", [{"id": "chair", "role": "chair", "forms": ["Chairman"], "fomrs": ["x"]}], "unknown key 'fomrs'"),
    ("roles.yaml", [{"id": "chair", "role": "chairman", "forms": ["Chairman"]}], "role 'chairman' is not one of"),
    ("roles.yaml", [{"id": "a", "role": "chair", "forms": ["Chair", "chair"]}], "form 'chair' listed twice"),
    ("roles.yaml", [{"id": "a", "role": "chair", "forms": ["x"]}, {"id": "a", "role": "chair", "forms": ["y"]}],
     "id used twice"),
    ("roles.yaml", [{"id": "a", "role": "chair"}], "missing 'forms'"),
    ("bodies.yaml", [{"id": "a", "type": "peoples-committee", "forms": [{"People": None}]}], "not text"),
    ("words.yaml", {"of": ["of", "Of"]}, "lists 'Of' twice"),
    ("words.yaml", {"number_marks": ["no"]}, "unknown key 'number_marks'"),
    ("documents.yaml", {"number_marks": ["số", {"số": None}]}, "not text (quote it)"),
    ("bodies.yaml", [{"id": "a", "type": "peoples-committee", "forms": [unicodedata.normalize("NFD", "Ủy ban")]}],
     "is not NFC text"),
])
def test_checker_names_the_problem(name, content, problem):
    problems = _check_file(f"xx/{name}", name, content)
    assert any(problem in p for p in problems), problems


def test_yaml_booleans_stay_words(tmp_path):
    from kg.lang import _Loader
    import yaml
    assert yaml.load("marks: [no, on, yes, true]", Loader=_Loader) == {"marks": ["no", "on", "yes", True]}


def test_every_body_has_a_name_in_every_language():
    """A body read in one language is labelled in all (its skos:prefLabel per language)."""
    languages = {code: lang.load(code) for code in lang.available()}
    named = {code: {e.key or e.id for e in l.bodies.values() if not e.plural} for code, l in languages.items()}
    everywhere = set().union(*named.values())
    for code, pairs in named.items():
        assert everywhere - pairs == set(), code
