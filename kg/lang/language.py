"""Entries of the language data, and a Language: one language's data plus the shared data."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from ..text import Token, fold, squash
from .lexicon import Lexicon, Tags


@dataclass(frozen=True)
class BodyEntry:
    """A name of a body ("People's Committee"). See kg/lang/README.md for each key."""
    id: str
    type: str
    forms: tuple[str, ...]
    key: str = ""
    subject: str = ""
    parent: str = ""
    level: str = ""
    national: bool = False
    plural: bool = False
    cased: bool = False
    needs_place: bool = False
    takes_subject: bool = False
    needs_subject: bool = False
    known_subject: bool = False     # only a subject of subjects.yaml makes it a body
    national_unless_placed: bool = False  # a ministry's unless a place names its province's branch
    lowercase_name: bool = False    # its subject may go on in lower case ('Cục Quản lý dược')
    needs_parent: bool = False
    subject_first: bool = False
    own_place_only: bool = False
    usual_level: str = ""
    unit_types: tuple[str, ...] = ()
    city: bool = False
    type_by_parent: dict = field(default_factory=dict, hash=False, compare=False)
    note: str = ""

    @property
    def label(self) -> str:
        return self.forms[0]

    def type_under(self, parent_type: str | None) -> str:
        """This body's type when it belongs to a body of `parent_type`."""
        return self.type_by_parent.get(parent_type or "", self.type)


@dataclass(frozen=True)
class RoleEntry:
    """A title ("Vice Chairman") and the role notation it names."""
    id: str
    role: str
    forms: tuple[str, ...]
    plurals: tuple[str, ...] = ()
    body: str = ""
    by_body: dict = field(default_factory=dict, hash=False, compare=False)
    needs_body: bool = False
    body_head: bool = False
    place_body: str = ""
    level: str = ""
    context_types: tuple[str, ...] = ()
    heading_types: tuple[str, ...] = ()
    unit_types: tuple[str, ...] = ()
    city: bool = False
    delegation_body: str = ""
    note: str = ""

    def role_in(self, body_type: str | None) -> str:
        return self.by_body.get(body_type or "", self.role)

    @property
    def bodiless(self) -> bool:
        """A title of no body of the contract's ('Chủ tịch nước', the State President)."""
        return not (self.body or self.by_body or self.needs_body or self.place_body or self.context_types)


@dataclass(frozen=True)
class PlaceTypeEntry:
    """A word that gives a place its type ("District", "Provincial")."""
    id: str
    levels: tuple[str, ...]
    unit_types: tuple[str, ...]
    forms: tuple[str, ...]
    plurals: tuple[str, ...] = ()
    adjective: bool = False
    note: str = ""


@dataclass(frozen=True)
class PlaceNameEntry:
    """Another name of a gazetteer unit ("HCMC" for Hồ Chí Minh)."""
    name: str
    forms: tuple[str, ...]
    code: str = ""
    note: str = ""


@dataclass(frozen=True)
class DocTypeEntry:
    """A word naming a kind of document ("Decree")."""
    id: str
    type: str
    forms: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class TriggerEntry:
    """A word saying that an agent directs a target; `kind` says where they stand."""
    id: str
    kind: str
    forms: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class SubjectEntry:
    """A subject of departments and ministries ("Home Affairs"); `heads`: the only body keys
    it is a subject of, where it is not every department's ("Anti-Corruption": steering committees)."""
    id: str
    forms: tuple[str, ...]
    heads: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class StatusEntry:
    """Words that say what became of a post: "appointed", "Quyền" (acting), "thay" (replaces)."""
    id: str
    status: str
    forms: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class IssuerCode:
    """What an issuer code of a document number ("UBND", "TW") says about the issuer."""
    body: str
    level: str = ""
    subject: str = ""
    national: bool = False


class Language:
    """One language's data and the shared (xx) data, with a lexicon over both."""

    def __init__(self, code: str, data: dict[str, Any], shared: dict[str, Any]):
        settings = data["language.yaml"]
        self.code = code
        self.name: str = settings["name"]
        self.head_first: bool = settings["head_first"]
        self.match_diacritics: bool = settings["match_diacritics"]
        self.lowercase_syllables: bool = settings.get("lowercase_syllables", False)
        self.target_reach: int = settings.get("target_reach", 8)
        self.bare_cued_names: bool = settings.get("bare_cued_names", False)
        self.label_patterns: dict[str, str] = dict(settings.get("labels", {}))
        self.bodies = {e["id"]: BodyEntry(**_entry(e)) for e in data.get("bodies.yaml", [])}
        self._singular_by_key: dict[str, list[BodyEntry]] | None = None  # entry_for's index, made on first use
        self.roles = {e["id"]: RoleEntry(**_entry(e)) for e in data.get("roles.yaml", [])}
        places = data.get("places.yaml", {})
        self.place_types = {e["id"]: PlaceTypeEntry(**_entry(e)) for e in places.get("types", [])}
        self.place_names = [PlaceNameEntry(**_entry(e)) for e in
                            places.get("names", []) + shared.get("places.yaml", {}).get("names", [])]
        docs = data.get("documents.yaml", {})
        self.doc_types = {e["id"]: DocTypeEntry(**_entry(e)) for e in docs.get("types", [])}
        self.triggers = {e["id"]: TriggerEntry(**_entry(e)) for e in data.get("directs.yaml", [])}
        self.subjects = {e["id"]: SubjectEntry(**_entry(e)) for e in data.get("subjects.yaml", [])}
        self.statuses = {e["id"]: StatusEntry(**_entry(e)) for e in data.get("statuses.yaml", [])}
        self.words: dict[str, tuple[str, ...]] = dict(data.get("words.yaml", {}))
        for mark in ("number_marks", "date_marks", "issuer_marks"):
            self.words[mark] = tuple(docs.get(mark, ()))
        dates = data.get("dates.yaml", {})
        self.months = {m: int(n) for n, forms in dates.get("months", {}).items() for m in forms}
        self.numeric_order: str = dates.get("numeric_order", "dmy")
        names = shared.get("names.yaml", {})
        self.family_names: tuple[str, ...] = tuple(names.get("family_names", ()))
        self.middle_names: frozenset[str] = frozenset(fold(n) for n in names.get("middle_names", ()))
        self._syllable = re.compile(names.get("syllable", ".*"))
        codes = shared.get("codes.yaml", {})
        self.type_codes: dict[str, str] = dict(codes.get("types", {}))
        self.issuer_codes = {k: IssuerCode(**v) for k, v in codes.get("issuers", {}).items()}
        self.lexicon = self._build_lexicon()
        self._subject_keys = {self._subject_key(f): s.id for s in self.subjects.values() for f in s.forms}
        self._subject_keys.update({squash(f): s.id for s in self.subjects.values() for f in s.forms})

    def entry_for(self, key: str, subject: str = "") -> BodyEntry | None:
        """The body entry that names a path segment (key, subject), for its type and label."""
        if self._singular_by_key is None:  # grouped once: each body's label asks for every segment
            self._singular_by_key = {}
            for e in self.bodies.values():
                if not e.plural:
                    self._singular_by_key.setdefault(e.key or e.id, []).append(e)
        same_key = self._singular_by_key.get(key, ())
        return next((e for e in same_key if e.subject == subject), None) \
            or next((e for e in same_key if e.takes_subject), None) \
            or (same_key[0] if same_key else None)

    def vietnamese(self, text: str) -> bool:
        """Whether every word of `text` is a Vietnamese syllable ('Nguyen Duy An', not 'Qiaotou')."""
        return all(self._syllable.match(fold(w)) for w in text.split())

    def foreign_name(self, name: str) -> bool:
        """No word of the name is a Vietnamese syllable ('Prak Sokhonn', 'Shinzo Abe'; not 'Ksor
        Phước Hà', whose given names are)."""
        return not any(self._syllable.match(fold(w)) for w in name.replace("-", " ").split())

    def key(self, token: Token) -> str:
        """How this language compares a token with a form."""
        return token.lower if self.match_diacritics else token.norm

    def tag(self, tokens: list[Token]) -> Tags:
        return self.lexicon.tag(tokens)

    def subject_id(self, text: str, head: "BodyEntry | None" = None) -> str | None:
        """The subject concept a department name's subject words stand for, if known (and, with
        `head`, if it is a subject of that head's kind)."""
        found = self._subject_keys.get(squash(text)) or self._subject_keys.get(self._subject_key(text))
        if found and head is not None and self.subjects[found].heads and (head.key or head.id) not in self.subjects[found].heads:
            return None
        return found

    def _subject_key(self, text: str) -> str:
        """Subject words compared without their 'and': 'Tài nguyên và Môi trường' is also
        written 'Tài nguyên Môi trường'."""
        joins = {fold(w) for w in self.words.get("and", ())} | {"&"}
        return squash(" ".join(w for w in text.split() if fold(w) not in joins))

    def _written_ways(self, form: str) -> tuple[str, ...]:
        """A subject as listed and as news writes it: without its 'and' and commas, with dashes
        for them, or with '&' for 'and' ('Thông tin và Truyền thông', 'Thông tin Truyền thông',
        'Thông tin - Truyền thông', 'Nông nghiệp & Phát triển nông thôn')."""
        joins = {fold(w) for w in self.words.get("and", ())}
        words = form.replace(",", " , ").split()
        if not any(fold(w) in joins or w == "," for w in words):
            return (form,)
        plain = " ".join(w for w in words if fold(w) not in joins and w != ",")
        dashed = " ".join("-" if fold(w) in joins or w == "," else w for w in words)
        amp = " ".join("&" if fold(w) in joins else w for w in words).replace(" , ", ", ")
        # a comma before the last 'and' of a list ('Kebudayaan, Olahraga, dan Pariwisata')
        serial = " ".join(", " + w if fold(w) in joins and "," in words[:i] and words[i - 1] != "," else w
                          for i, w in enumerate(words)).replace(" , ", ", ")
        return (form, plain, dashed, amp) + ((serial,) if serial != form.replace(" , ", ", ") else ())

    def _build_lexicon(self) -> Lexicon:
        lex = Lexicon(attrgetter("lower" if self.match_diacritics else "norm"))  # self.key, at C speed
        for e in self.bodies.values():
            for f in e.forms:
                lex.add(f, "body", e, cased=e.cased)
                if e.cased and e.takes_subject:
                    lex.add(f, "body_lower", e)  # 'bộ Y tế': a body only before a subject the data knows
        for e in self.roles.values():
            for f in e.forms:
                lex.add(f, "role", e)
            for f in e.plurals:
                lex.add(f, "role", e)
                lex.add(f, "role_plural", e)
        for e in self.place_types.values():
            for f in e.forms:
                lex.add(f, "place_type", e)
            for f in e.plurals:
                lex.add(f, "place_type", e)
                lex.add(f, "place_type_plural", e)
        for e in self.doc_types.values():
            for f in e.forms:
                lex.add(f, "doc_type", e, cased=True)
        for e in self.triggers.values():
            for f in e.forms:
                lex.add(f, "trigger", e)
        for e in self.statuses.values():
            for f in e.forms:
                lex.add(f, "status", e)
        for word_class, forms in self.words.items():
            for f in forms:
                lex.add(f, f"word:{word_class}", word_class)
        for e in self.subjects.values():
            for f in {v for f in e.forms for v in self._written_ways(f)}:
                lex.add(f, "subject", e)
        for f in self.family_names:
            lex.add(f, "family_name", f, cased=True)
        for month, number in self.months.items():
            lex.add(month, "month", number, cased=True)
        return lex


def _entry(raw: dict) -> dict:
    """YAML entry -> dataclass keyword arguments (lists become tuples)."""
    return {k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()}
