"""Who is who across articles: article-local persons in, corpus identities out.

Extraction is per article: a person's key there is only its folded name ("nguyen-van-son"),
which would make every Nguyễn Văn Sơn in the corpus one node. This stage reads all the
extractions together and gives each (article, person) mention the key of the real person
it most likely denotes, on evidence only:

1. Candidates are blocked by written name: the same spelling, diacritics included ("Thương"
   is not "Thưởng"; "Hoà" is "Hòa", see `names.spelling`).
2. Mentions that hold posts ("placed" mentions) join when they share evidence: the same
   body, localities on one chain (a commune, its district, its province), or both holding
   national posts (the same national body first), or one heading a national body and the
   other leading a province's Party or People's Committee (weakest); strongest evidence
   first. They never join across a conflict: two mentions whose localities lie on different
   chains (two provinces, two districts of one province) at overlapping dates (an undated
   mention overlaps everything), unless both sides hold national posts that an article does
   not call former: a minister's provincial posts in other articles are a career (or a post
   of a province they visited).
3. A mention without a post (a name in passing) joins the one placed identity of its
   spelling that fits the provinces its article names (a national identity fits any); when
   none or several fit it stays its own identity. Such mentions never join identities to
   each other, so context-free mentions cannot chain two contexts together.
4. A name written without diacritics (English, Indonesian) is resolved the same way among
   its own kind, then joins a Vietnamese identity only when exactly one fits its context.

The key of an identity is its name key and an anchor (see `_anchor`), so adding unrelated
articles never renames an identity: 'nguyen-van-son-1f0a/49' is the Nguyễn Văn Sơn of
Quảng Nam's bodies, 'dinh-la-thang-7d1c/vn' a holder of a national post.

The result is independent of the order of the input: mentions are sorted before anything
is decided, and every tie is broken on sorted keys.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date

from ..facts import DirectsFact, Extraction, PersonFact, PostFact, directs_key, merge_status
from ..text import slug
from .names import marked, name_key, spelling

OVERLAP_DAYS = 365   # two dated statements closer than this overlap in time
NATIONAL = "vn"      # the anchor of an identity holding a national post
PARTY_CENTRE = "party-centre"
PARTY_CENTRE_BODIES = {"politburo", "secretariat", "central-committee"}
LEADING_ROLES = {"secretary", "chair"}
STRONGEST = 10       # evidence from a shared body (the strongest there is)
STRONG = 2           # evidence from a shared body, locality or national body (not just two national posts)
LEADING_BODIES = {"party-committee", "peoples-committee"}
NATION_LEADING_ROLES = {"minister", "prime-minister", "deputy-prime-minister", "president", "general-secretary",
                        "chair", "head"}


@dataclass(frozen=True)
class Mention:
    """One article's person, with what the article says about where they work."""
    article: str
    local: str                               # the article-local key
    name: str                                # the written name
    date: date | None
    bodies: frozenset[str]                   # bodies of its posts
    national: frozenset[str]                 # national bodies of its posts (see `_national`)
    chains: frozenset[tuple[str, ...]]       # localities of its posts' bodies, province first
    around: frozenset[str]                   # provinces its article names
    titled: bool = False                     # a title stands next to it in its article
    leads: bool = False                      # secretary or chair of a province's Party or People's Committee
    leads_nation: bool = False               # heads a national body (a minister, the head of a central board)
    serving: bool = False                    # holds a national post the article does not call former
    named_national: frozenset[str] = frozenset()  # national bodies its article names (see `_national`)

    @property
    def placed(self) -> bool:
        return self.national or bool(self.chains)

    @property
    def provinces(self) -> set[str]:
        return {c[0] for c in self.chains}


@dataclass
class Identity:
    """Mentions resolved to one real person."""
    mentions: list[Mention] = field(default_factory=list)

    @property
    def national(self) -> set[str]:
        return {n for m in self.mentions for n in m.national}

    @property
    def provinces(self) -> set[str]:
        return {p for m in self.mentions for p in m.provinces}

    @property
    def placed(self) -> bool:
        return any(m.placed for m in self.mentions)

    @property
    def public(self) -> bool:
        """A public figure: a holder of a national post, or a province's Party secretary or chair."""
        return any(m.national or m.leads for m in self.mentions)


def resolve(extractions: list[Extraction], mentions: list[Mention] | None = None) -> list[Extraction]:
    """The extractions with every person key replaced by the key of its corpus identity.

    `mentions` are those of every extraction (mentions_of), if read already: a build reads
    them as the extractions arrive, while the workers read further articles."""
    if mentions is None:
        mentions = [m for ex in extractions for m in mentions_of(ex)]
    mentions = sorted(mentions, key=lambda m: (m.article, m.local))
    keys = assign_keys(identities(mentions))
    by_article: dict[str, dict[str, str]] = defaultdict(dict)  # one pass, not one per article
    for m in mentions:
        by_article[m.article][m.local] = keys[(m.article, m.local)]
    return [rekey_persons(ex, by_article.get(ex.article.id, {})) for ex in extractions]


def mentions_of(ex: Extraction) -> list[Mention]:
    """The persons of one extraction as mentions with their context."""
    around = frozenset(filter(None, (_chain(ex, p)[0] for p in ex.places if ex.places[p].mentioned)))
    named_national = frozenset(_national(b) for b, fact in ex.bodies.items() if not fact.place)
    posts: dict[str, list[PostFact]] = defaultdict(list)
    for post in ex.posts.values():
        posts[post.person].append(post)
    out = []
    for key, person in ex.persons.items():
        bodies = {p.body for p in posts[key] if p.body in ex.bodies}
        places = {ex.bodies[b].place for b in bodies}
        chains = frozenset(_chain(ex, p) for p in places if p)
        national = frozenset(_national(b) for b in bodies if not ex.bodies[b].place)
        leads = any(p.role in LEADING_ROLES and p.body in ex.bodies and _leads(ex, p.body) for p in posts[key])
        nation = any(p.role in NATION_LEADING_ROLES and p.body in ex.bodies and _heads_nation(ex, p.body)
                     for p in posts[key])
        serving = any(not p.former and p.body in ex.bodies and not ex.bodies[p.body].place for p in posts[key])
        out.append(Mention(ex.article.id, key, _written(person.names), ex.article.date, frozenset(bodies),
                           national, chains, around, person.titled, leads, nation, serving, named_national))
    return out


def _leads(ex: Extraction, body: str) -> bool:
    """The body is a province's Party Committee or People's Committee."""
    fact = ex.bodies[body]
    place = ex.places.get(fact.place) if fact.place else None
    return place is not None and place.level == "province" and fact.type in LEADING_BODIES and fact.parent is None


def _heads_nation(ex: Extraction, body: str) -> bool:
    """The body is a national body at the top (a ministry, the National Assembly, a board of
    the Central Committee), not one inside it."""
    if ex.bodies[body].place:
        return False
    path = body.split("/")
    if path[0] == "government":
        return len(path) <= 2  # the Government, an agency of it (the State Bank, the Inspectorate)
    return len(path) == (2 if path[0] == "ministry" else 3 if path[:2] == ["central-committee", "board"] else 1)


def _national(body: str) -> str:
    """A national body as evidence: the Party's centre (Politburo, Secretariat, Central Committee
    and its boards) is one, since its leaders hold several of its posts at once; any other
    national body is its top body ('national-assembly' for its boards), a ministry with the
    bodies inside it ('ministry/public-security')."""
    path = body.split("/")
    if path[0] in PARTY_CENTRE_BODIES:
        return PARTY_CENTRE
    return "/".join(path[:2]) if path[0] == "ministry" else path[0]


def _written(names: set[str]) -> str:
    """The name to resolve by: one written with diacritics if there is one."""
    return min(names, key=lambda n: (not marked(n), n))


def _chain(ex: Extraction, place: str) -> tuple[str, ...]:
    """The place and its parents, province first: ('01', '250', '09124')."""
    chain, seen = [], set()
    while place and place not in seen and place in ex.places:
        seen.add(place)
        chain.append(place)
        parents = ex.places[place].parents
        place = min(parents.values()) if parents else ""
    return tuple(reversed(chain)) or ("",)


# --- deciding ------------------------------------------------------------------------------

def identities(mentions: list[Mention]) -> list[Identity]:
    """Group sorted mentions into identities (see the module docstring for the rules)."""
    by_spelling: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_spelling[spelling(m.name)].append(m)
    out: list[Identity] = []
    plain: dict[str, list[Mention]] = defaultdict(list)
    for key in sorted(by_spelling):
        group = by_spelling[key]
        if marked(group[0].name):
            out += _resolve_group(group)
        else:
            plain[slug(group[0].name)] += group
    marked_by_slug: dict[str, list[Identity]] = defaultdict(list)
    for ident in out:
        marked_by_slug[slug(ident.mentions[0].name)].append(ident)
    for key in sorted(plain):
        for ident in _resolve_group(plain[key]):
            target = _join_marked(ident, marked_by_slug.get(key, []))
            if target is None:
                out.append(ident)
            else:
                target.mentions += ident.mentions
    return out


def _resolve_group(group: list[Mention]) -> list[Identity]:
    """Placed mentions joined on evidence; then each name in passing joins the one that fits."""
    placed = [m for m in group if m.placed]
    n = len(placed)
    root = list(range(n))  # each mention's group: the lowest index in it
    members = [[m] for m in placed]
    indices = [[i] for i in range(n)]  # the mentions whose root is i
    for code in _pairs(placed):
        rest, j = divmod(code, n)
        a, b = root[rest % n], root[j]
        if a != b and not conflicting(members[a], members[b]):
            lo, hi = min(a, b), max(a, b)
            members[lo] += members[hi]
            members[hi] = []
            for x in indices[hi]:
                root[x] = lo
            indices[lo] += indices[hi]
            indices[hi] = []
    found = [Identity(ms) for ms in members if ms]
    alone = []
    for m in group:
        if m.placed:
            continue
        fits = [ident for ident in found if _fits(m, ident)]
        if not fits and m.titled and len(found) == 1 and found[0].public:
            fits = found  # a public figure named in passing, the only official of that name
        if len(fits) == 1 and (len(found) == 1 or _vouched(m, fits[0])):
            fits[0].mentions.append(m)
        else:
            alone.append(Identity([m]))
    return found + alone


def _pairs(placed: list[Mention]) -> list[int]:
    """The pairs i < j of placed mentions with evidence, strongest first, then by i and j,
    each as the number ((strongest - evidence) * n + i) * n + j.

    Evidence depends only on what the mentions say of posts (`_signature`), and the mentions
    of a frequent name say few different things: it is weighed once per two signatures, not
    per two mentions (an official named in thousands of articles made millions of pairs)."""
    n = len(placed)
    classes: dict[tuple, list[int]] = {}
    for i, m in enumerate(placed):
        classes.setdefault(_signature(m), []).append(i)
    lists = list(classes.values())  # indices ascending in each
    of = [0] * n
    for c, indices in enumerate(lists):
        for i in indices:
            of[i] = c
    weighed = [(c, d, s) for c in range(len(lists)) for d in range(c, len(lists))
               if (s := evidence(placed[lists[c][0]], placed[lists[d][0]])) > 0]
    strongest = max((s for _, _, s in weighed), default=0)
    partners: list[list[tuple[list[int], int]]] = [[] for _ in lists]
    for c, d, s in weighed:
        partners[c].append((lists[d], strongest - s))
        if d != c:
            partners[d].append((lists[c], strongest - s))
    codes: list[int] = []
    for i in range(n):
        for js, weak in partners[of[i]]:
            base = (weak * n + i) * n
            codes.extend(base + j for j in js[bisect_right(js, i):])
    codes.sort()
    return codes


def _signature(m: Mention) -> tuple:
    """What `evidence` reads of a mention."""
    return m.bodies, m.chains, m.national, m.leads, m.leads_nation


def evidence(a: Mention, b: Mention) -> int:
    """How strongly two placed mentions say they are one person (0: not at all)."""
    if a.bodies & b.bodies:
        return STRONGEST
    shared = max((_common(x, y) for x in a.chains for y in b.chains if _on_one_chain(x, y)), default=0)
    if shared:
        return 1 + shared
    if a.national & b.national:
        return STRONG
    return 1 if a.national and b.national or _career(a, b) or _career(b, a) else 0


def _career(a: Mention, b: Mention) -> bool:
    """One career across the two levels: `b` leads a province's Party or People's Committee and
    `a` heads a national body (a minister, the head of a central board: few at a time, and
    leaders move between the levels). A deputy minister or a deputy of the National Assembly
    shares a common name with a provincial leader too often to be joined on the name alone.
    """
    return b.leads and a.leads_nation


def conflicting(a: list[Mention], b: list[Mention]) -> bool:
    """Two groups of mentions are two people: a conflict between some mention of each, unless
    both hold national posts (a minister's provincial posts elsewhere are a career). Posts an
    article calls former do not count there: a list of a disciplined official's former posts
    places him as firmly as it names them ('nguyên Uỷ viên Trung ương Đảng, nguyên Chủ tịch
    UBND TP Đà Nẵng' is not the Deputy Inspector General of that name from Quảng Ngãi)."""
    if any(m.serving for m in a) and any(m.serving for m in b):
        return False
    # Each distinct placing of a side is weighed once: the many mentions of a frequent name
    # repeat a few (the whole vi-news archive: 758,890 pairs of mentions in 27,472 calls).
    theirs = _placings(b)
    return any(_apart(chains, day, other, other_day) for chains, day in _placings(a) for other, other_day in theirs)


def _placings(mentions: list[Mention]) -> set[tuple]:
    """The distinct (localities, date) of the mentions with localities: all `conflict` reads."""
    return {(m.chains, m.date) for m in mentions if m.chains}


def conflict(a: Mention, b: Mention) -> bool:
    """Posts in places on different chains at overlapping dates: two people."""
    return _apart(a.chains, a.date, b.chains, b.date)


def _apart(a_chains: frozenset, a_date: date | None, b_chains: frozenset, b_date: date | None) -> bool:
    """Localities on different chains at overlapping dates (see conflict)."""
    if not (a_chains and b_chains) or any(_on_one_chain(x, y) for x in a_chains for y in b_chains):
        return False
    return a_date is None or b_date is None or abs((a_date - b_date).days) < OVERLAP_DAYS


def _on_one_chain(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """One locality lies within the other (or they are the same)."""
    n = min(len(x), len(y))
    return x[:n] == y[:n]


def _common(x: tuple[str, ...], y: tuple[str, ...]) -> int:
    n = 0
    while n < min(len(x), len(y)) and x[n] == y[n]:
        n += 1
    return n


def _fits(m: Mention, ident: Identity) -> bool:
    """A mention in passing fits an identity whose provinces its article names; one with a title
    next to it fits a holder of a national post too (a minister is named with a title we may
    not read, and anywhere)."""
    return bool(ident.provinces & m.around) or (m.titled and bool(ident.national))


def _vouched(m: Mention, ident: Identity) -> bool:
    """Of several officials of one name, the one a mention in passing fits may take it: by a
    province its article names, or, fitting by its title alone, when the article names one
    of the identity's national bodies or the identity heads one ('ông Nguyễn Thanh Hải -
    nguyên chánh văn phòng' of a steering committee is not the head of the National
    Assembly's board of that name, when another Nguyễn Thanh Hải holds a post in Cần Thơ)."""
    if ident.provinces & m.around or not ident.national:
        return True
    return bool(ident.national & m.named_national) or any(x.leads_nation for x in ident.mentions)


def _join_marked(ident: Identity, candidates: list[Identity]) -> Identity | None:
    """The one Vietnamese identity a name written without diacritics fits, if exactly one does.
    Such a name could stand for several spellings, so it takes more than two national posts of
    any kind: a shared body, locality or national body."""
    if ident.placed:
        fits = [c for c in candidates
                if any(evidence(x, y) >= STRONG for x in ident.mentions for y in c.mentions)
                and not conflicting(ident.mentions, c.mentions)]
    else:
        fits = [c for c in candidates if any(_fits(m, c) for m in ident.mentions)]
    return fits[0] if len(fits) == 1 else None


# --- naming --------------------------------------------------------------------------------

def _anchor(ident: Identity) -> str:
    """What anchors an identity's key: 'vn' for a holder of a national post, else the lowest
    province code of its posts, else (a name in passing) its first article."""
    if ident.national:
        return NATIONAL
    provinces = sorted(ident.provinces - {""})
    if provinces:
        return provinces[0]
    return "in/" + slug(min(m.article for m in ident.mentions))


def assign_keys(found: list[Identity]) -> dict[tuple[str, str], str]:
    """(article, local key) -> corpus key. Identities whose name and anchor coincide take
    their first article as a further part, so no two identities share a key."""
    by_key: dict[str, list[Identity]] = defaultdict(list)
    for ident in found:
        by_key[f"{name_key(_written({m.name for m in ident.mentions}))}/{_anchor(ident)}"].append(ident)
    out = {}
    for key, same in by_key.items():
        for ident in same:
            first = min(m.article for m in ident.mentions)
            full = key if len(same) == 1 or key.split("/")[-2] == "in" else f"{key}/{slug(first)}"
            for m in ident.mentions:
                out[(m.article, m.local)] = full
    return out


# --- rewriting -----------------------------------------------------------------------------

def rekey_persons(ex: Extraction, keys: dict[str, str]) -> Extraction:
    """A copy of the extraction with person keys replaced (persons, posts, directs)."""
    if all(k == v for k, v in keys.items()):
        return ex
    persons: dict[str, PersonFact] = {}
    for key, fact in ex.persons.items():
        new = keys.get(key, key)
        persons.setdefault(new, PersonFact(new)).names.update(fact.names)
    posts: dict[str, PostFact] = {}
    for fact in ex.posts.values():
        person = keys.get(fact.person, fact.person)
        key = person + fact.key[len(fact.person):] if fact.key.startswith(fact.person + "/") else fact.key
        merged = posts.get(key)
        replaced = {keys.get(r, r) for r in fact.replaces}
        if merged is None:
            posts[key] = replace(fact, key=key, person=person, evidence=list(fact.evidence), replaces=replaced)
        else:
            merged.former = merged.former and fact.former
            merged.status = merge_status(merged.status, fact.status)
            merged.replaces |= replaced
            merged.evidence += [e for e in fact.evidence if e not in merged.evidence]
    directs: dict[str, DirectsFact] = {}
    for fact in ex.directs.values():
        agent, target = _rekey_ref(fact.agent, keys), _rekey_ref(fact.target, keys)
        key = directs_key(agent, target)
        merged = directs.setdefault(key, DirectsFact(key, agent, target))
        merged.evidence += [e for e in fact.evidence if e not in merged.evidence]
    return replace(ex, persons=persons, posts=posts, directs=directs)


def _rekey_ref(ref: str, keys: dict[str, str]) -> str:
    kind, key = ref.split(":", 1)
    return f"person:{keys.get(key, key)}" if kind == "person" else ref
