"""Language data: one folder per language code (en, id, vi) plus `xx`, shared by all.

Each folder holds YAML files that a linguist can extend without touching Python; their
keys are documented in kg/lang/README.md and checked by `kg lang check`.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import LanguageDataError
from . import schema
from .language import Language

LANG_DIR = Path(__file__).resolve().parent
SHARED = "xx"

__all__ = ["Language", "load", "available", "check", "LANG_DIR"]


# libyaml's parser where PyYAML has it: the same documents, about 8x faster (the language data
# is parsed in every process of a build, workers included)
class _Loader(yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader):
    """YAML with 1.2 booleans: only true and false, so that the words "no" and "on" stay words."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))


@cache
def _codes() -> tuple[str, ...]:
    return tuple(sorted(p.name for p in LANG_DIR.iterdir()
                        if p.is_dir() and p.name != SHARED and (p / "language.yaml").is_file()))


def available() -> list[str]:
    """Language codes that have data (not counting the shared `xx`)."""
    return list(_codes())


@cache
def load(code: str) -> Language:
    """The data of language `code`, checked; raises LanguageDataError naming every problem."""
    if code not in available():
        raise LanguageDataError(f"no language data for {code!r} (have: {', '.join(available())})")
    data, problems = _read(code)
    shared, shared_problems = _read(SHARED)
    problems += shared_problems
    if problems:
        raise LanguageDataError("; ".join(problems))
    return Language(code, data, shared)


def check(code: str) -> list[str]:
    """Every problem in the data of `code` (unknown keys, duplicates, non-NFC text, bad codes)."""
    return _read(code)[1]


def _read(code: str) -> tuple[dict[str, Any], list[str]]:
    folder = LANG_DIR / code
    data, problems = {}, []
    for path in sorted(folder.glob("*.yaml")):
        where = f"{code}/{path.name}"
        if path.name not in schema.FILES:
            problems.append(f"{where}: unknown file (known: {', '.join(sorted(schema.FILES))})")
            continue
        try:
            content = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
        except (yaml.YAMLError, UnicodeDecodeError) as e:
            problems.append(f"{where}: cannot be read: {str(e).splitlines()[0]}")
            continue
        problems += _check_file(where, path.name, content)
        data[path.name] = content
    if code != SHARED and "language.yaml" not in data:
        problems.append(f"{code}: language.yaml is missing")
    return data, problems


def _check_file(where: str, name: str, content: Any) -> list[str]:
    problems = list(_non_nfc(where, content))
    shape = schema.FILES[name]
    if shape is None:
        if not isinstance(content, list):
            return problems + [f"{where}: must be a list of entries"]
        return problems + _check_entries(where, name, content, schema.LIST_FILE_KEYS[name])
    if not isinstance(content, dict):
        return problems + [f"{where}: must be a mapping with keys {', '.join(shape)}"]
    for key, value in content.items():
        if key not in shape:
            problems.append(f"{where}: unknown key {key!r}")
        elif not isinstance(value, shape[key]):
            problems.append(f"{where}: {key!r} must be a {shape[key].__name__}")
        elif (name, key) in schema.NESTED_LIST_KEYS:
            problems += _check_entries(f"{where} {key}", name, value, schema.NESTED_LIST_KEYS[(name, key)])
        elif isinstance(value, list):  # a plain list of words
            problems += [f"{where}: {key!r} lists {f!r} twice" for f in _twice(value)]
            problems += [f"{where}: {key!r} lists {f!r}, which is not text (quote it)"
                         for f in value if not isinstance(f, str)]
    if name == "codes.yaml":
        problems += _check_codes(where, content)
    return problems


def _check_entries(where: str, name: str, entries: list, keys: dict) -> list[str]:
    problems, seen_ids = [], set()
    for n, entry in enumerate(entries):
        if not isinstance(entry, dict):
            problems.append(f"{where}: entry {n + 1} is not a mapping")
            continue
        label = f"{where}: entry {entry.get('id', entry.get('name', n + 1))!r}"
        for key, value in entry.items():
            if key not in keys:
                problems.append(f"{label}: unknown key {key!r} (known: {', '.join(keys)})")
            elif not isinstance(value, keys[key][0]):
                problems.append(f"{label}: {key!r} must be a {keys[key][0].__name__}")
        problems += [f"{label}: missing {k!r}" for k, (_, required) in keys.items() if required and k not in entry]
        ident = entry.get("id", entry.get("name"))
        if ident in seen_ids and "id" in entry:
            problems.append(f"{label}: id used twice")
        seen_ids.add(ident)
        problems += [f"{label}: form {f!r} listed twice" for f in _twice(entry.get("forms", []))]
        problems += [f"{label}: form {f!r} is not text (quote it)" for f in entry.get("forms", [])
                     if not isinstance(f, str)]
        problems += _check_notations(label, name, entry)
    return problems


def _check_notations(label: str, name: str, entry: dict) -> list[str]:
    problems = []
    for key, value in entry.items():
        allowed = schema.NOTATIONS.get((name, key))
        if allowed is None:
            continue
        for v in value if isinstance(value, list) else [value]:
            if v not in allowed:
                problems.append(f"{label}: {key} {v!r} is not one of {', '.join(allowed)}")
    for mapping_key, allowed in (("by_body", schema.ROLES), ("type_by_parent", schema.ORG_TYPES)):
        for k, v in (entry.get(mapping_key) or {}).items():
            if v not in allowed:
                problems.append(f"{label}: {mapping_key} value {v!r} is not one of {', '.join(allowed)}")
    return problems


def _check_codes(where: str, content: dict) -> list[str]:
    problems = [f"{where}: type code {k!r}: {v!r} is not a directive type"
                for k, v in content.get("types", {}).items() if v not in schema.DOC_TYPES]
    for k, v in content.get("issuers", {}).items():
        if not isinstance(v, dict) or "body" not in v:
            problems.append(f"{where}: issuer code {k!r} needs a 'body'")
            continue
        problems += [f"{where}: issuer code {k!r}: unknown key {x!r}" for x in v if x not in schema.ISSUER_KEYS]
    return problems


def _twice(forms: list) -> list:
    seen, twice = set(), []
    for f in forms:
        key = str(f).casefold()
        if key in seen:
            twice.append(f)
        seen.add(key)
    return twice


def _non_nfc(where: str, content: Any):
    """Yield a problem for every string of `content` that is not in NFC."""
    if isinstance(content, str):
        if unicodedata.normalize("NFC", content) != content:
            yield f"{where}: {content!r} is not NFC text"
    elif isinstance(content, dict):
        for k, v in content.items():
            yield from _non_nfc(where, k)
            yield from _non_nfc(where, v)
    elif isinstance(content, list):
        for v in content:
            yield from _non_nfc(where, v)
