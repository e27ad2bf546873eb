"""What one article says, as plain data keyed by global identity.

`extract(article)` is a pure function of the article (and the packaged language data and
gazetteer), so articles can be read in any order, in parallel, and merged by key.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from . import gazetteer as gaz
from . import lang as langdata
from . import pipeline
from .article import Article
from .doc import BodyMention, Doc, PersonMention, PlaceMention
from .gazetteer import Unit
from .pipeline.bodies import body_key, type_of
from .pipeline.directives import canonical_identifier
from .text import slug, squash
from .vocab import STATUS_PRECEDENCE


@dataclass(frozen=True)
class Evidence:
    """A sentence of an article, by character offsets into its text."""
    article: str
    start: int
    end: int
    text: str


@dataclass
class PlaceFact:
    id: str
    name: str
    level: str
    unit_type: str
    parents: dict[str, str]          # era -> parent id
    eras: tuple[str, ...]
    in_gazetteer: bool
    mentioned: bool
    written: set[str] = field(default_factory=set)  # other names the article gives it ('Thừa Thiên - Huế')


@dataclass
class BodyFact:
    key: str
    type: str
    path: tuple[tuple[str, str], ...]
    place: str | None                # place id for local bodies
    parent: str | None               # key of the body it belongs to
    written: set[str] = field(default_factory=set)


@dataclass
class PersonFact:
    key: str
    names: set[str] = field(default_factory=set)
    titled: bool = False             # a title stands next to the name (even one with no body we read)


@dataclass
class PostFact:
    key: str
    person: str
    role: str
    body: str
    former: bool
    evidence: list[Evidence] = field(default_factory=list)
    status: str = "current"          # what this article says of the post (kg/pipeline/statuses.py)
    replaces: set[str] = field(default_factory=set)  # keys of persons it says held the post before


@dataclass
class DirectiveFact:
    key: str
    type: str
    number: str
    identifiers: set[str]
    date: str
    issuers: list[str]
    title: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class DirectsFact:
    key: str
    agent: str                       # "person:KEY" or "org:KEY"
    target: str                      # "org:KEY" or "place:ID"
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Extraction:
    """Everything one article says, keyed so that extractions merge by union."""
    article: Article
    places: dict[str, PlaceFact] = field(default_factory=dict)
    bodies: dict[str, BodyFact] = field(default_factory=dict)
    persons: dict[str, PersonFact] = field(default_factory=dict)
    posts: dict[str, PostFact] = field(default_factory=dict)
    directives: dict[str, DirectiveFact] = field(default_factory=dict)
    directs: dict[str, DirectsFact] = field(default_factory=dict)


def extract(article: Article) -> Extraction:
    """Read one article and return what it says."""
    doc = pipeline.run(article, langdata.load(article.lang), gaz.load())
    return facts_of(doc)


def facts_of(doc: Doc) -> Extraction:
    ex = Extraction(doc.article)
    for m in doc.places:
        _add_place(doc, ex, m.unit, mentioned=True)
        if squash(m.name) != squash(m.unit.name) and not m.name[:1].isdigit():
            ex.places[m.unit.id].written.add(m.name)
    for b in doc.bodies:
        if b.key:
            _add_body(doc, ex, b)
    for p in doc.persons:
        fact = ex.persons.setdefault(p.key, PersonFact(p.key))
        fact.names.add(p.name)
        fact.titled = fact.titled or p.cue == "title"
    for post in doc.posts:
        if post.title.body is None or not post.title.body.key:
            continue
        person, role, body = post.person.key, post.title.role, post.title.body.key
        _add_body(doc, ex, post.title.body)
        ex.persons.setdefault(person, PersonFact(person)).names.add(post.person.name)
        key = f"{person}/{role}/{body}"
        fact = ex.posts.get(key)
        if fact is None:
            fact = ex.posts[key] = PostFact(key, person, role, body, post.title.former, status=post.title.status)
        fact.former = fact.former and post.title.former
        fact.status = merge_status(fact.status, post.title.status)
        _evidence(doc, fact.evidence, post.sentence)
    for r in doc.replacements:
        key = f"{r.post.person.key}/{r.post.title.role}/{r.post.title.body.key}"
        if key in ex.posts:
            ex.posts[key].replaces.add(r.predecessor.key)
            _evidence(doc, ex.posts[key].evidence, r.sentence)
    for d in doc.directives:
        _add_directive(doc, ex, d)
    for rel in doc.directs:
        agent, target = _ref(doc, ex, rel.agent), _ref(doc, ex, rel.target)
        key = directs_key(agent, target)
        fact = ex.directs.setdefault(key, DirectsFact(key, agent, target))
        _evidence(doc, fact.evidence, rel.sentence)
    return ex


def directs_key(agent: str, target: str) -> str:
    """The key of a directs statement: a hash of its agent and target references."""
    return hashlib.sha1(f"{agent} {target}".encode()).hexdigest()[:16]


def merge_status(a: str, b: str) -> str:
    """One article's status of a post it names twice: a post held in one sentence is not
    former because another calls it so (as `former` is merged); else the stronger claim."""
    leaving = ("dismissed", "former")
    if (a in leaving) != (b in leaving):
        return b if a in leaving else a
    return min(a, b, key=STATUS_PRECEDENCE.index)


def _evidence(doc: Doc, into: list[Evidence], sentence: int) -> None:
    s, e = doc.sentence_span(sentence)
    ev = Evidence(doc.article.id, s, e, doc.text[s:e])
    if ev not in into:
        into.append(ev)


def _add_place(doc: Doc, ex: Extraction, unit: Unit, mentioned: bool) -> None:
    """The unit and its parents up to the province (parents only as known from the gazetteer)."""
    while unit is not None:
        fact = ex.places.get(unit.id)
        if fact is None:
            in_gaz = bool(doc.gazetteer.eras(unit.id))
            fact = ex.places[unit.id] = PlaceFact(
                unit.id, unit.name, unit.level, unit.type, {}, tuple(doc.gazetteer.eras(unit.id)) or (unit.era,),
                in_gaz, mentioned)
        fact.mentioned = fact.mentioned or mentioned
        if unit.parent:
            fact.parents[unit.era] = unit.parent
        parent = doc.gazetteer.parent(unit) or _place_unit(doc, unit.parent)
        unit, mentioned = parent, False


def _place_unit(doc: Doc, unit_id: str) -> Unit | None:
    """A unit the article created (a name the gazetteer lacks) or one of its gazetteer parents."""
    if not unit_id:
        return None
    for m in doc.places:
        if m.unit.id == unit_id:
            return m.unit
    for era in doc.gazetteer.eras(unit_id):
        return doc.gazetteer.get(unit_id, era)
    return None


def _add_body(doc: Doc, ex: Extraction, b: BodyMention) -> None:
    """The body, and the bodies its path says it belongs to."""
    if b.unit is not None:
        _add_place(doc, ex, b.unit, mentioned=False)
    path = b.path
    for n in range(1, len(path) + 1):
        prefix = path[:n]
        key = body_key(b.unit, prefix)
        if key not in ex.bodies:
            parent = body_key(b.unit, prefix[:-1]) if n > 1 else None
            ex.bodies[key] = BodyFact(key, _type_of(doc, prefix), prefix, b.unit.id if b.unit else None, parent)
    if not b.implied:
        written = " ".join(doc.text[b.start_char:b.end_char].split())
        ex.bodies[b.key].written.add(_trim_article(doc, written))


def _type_of(doc: Doc, path: tuple) -> str:
    return type_of(doc.lang, path)


def _trim_article(doc: Doc, text: str) -> str:
    """'the City Party Committee' -> 'City Party Committee'."""
    words = text.split()
    articles = {w.lower() for w in doc.lang.words.get("the", ())}
    while len(words) > 1 and words[0].lower() in articles:
        words.pop(0)
    return " ".join(words)


def _ref(doc: Doc, ex: Extraction, m) -> str:
    if isinstance(m, PersonMention):
        ex.persons.setdefault(m.key, PersonFact(m.key)).names.add(m.name)
        return f"person:{m.key}"
    if isinstance(m, PlaceMention):
        _add_place(doc, ex, m.unit, mentioned=True)
        return f"place:{m.unit.id}"
    _add_body(doc, ex, m)
    return f"org:{m.key}"


def _add_directive(doc: Doc, ex: Extraction, d) -> None:
    canonical = canonical_identifier(d, doc.lang)
    issuers = [b.key for b in d.issuers if b.key]
    for b in d.issuers:
        if b.key:
            _add_body(doc, ex, b)
    if canonical:
        key = slug(canonical)
    else:  # a bare number: one document per issuer, or per article when none is named
        key = "/".join([d.type, d.number, slug(issuers[0]) if issuers else slug(doc.article.id)])
    fact = ex.directives.get(key)
    if fact is None:
        fact = ex.directives[key] = DirectiveFact(key, d.type, d.number, set(), d.date, issuers, d.title)
    fact.identifiers.add(d.identifier)
    fact.date = fact.date or d.date
    fact.issuers += [i for i in issuers if i not in fact.issuers]
    _evidence(doc, fact.evidence, doc.sentence_of(d.start))
