"""Who directs what: an agent (a person or body) that the text says leads, directs,
instructs, requests action of, assigns tasks to or oversees a target (a body or locality).

Triggers come from the language data with a kind that says where agent and target stand:
  active   AGENT ... trigger TARGETS [to ...]     'the Politburo requested the Party Central Committee to'
  passive  TARGET ... trigger AGENTS              'tasks assigned by the City People's Committee ...'
  nominal  trigger AGENTS, ... TARGET             'with the leadership and direction of A and B, C has'
An agent written as a pronoun or as a bare title ('he', 'the Chairman of the City People's
Committee') is the person who holds that title in the article, else the title's body.
"""
from __future__ import annotations

from ..doc import BodyMention, Directs, Doc, PersonMention, PlaceMention, TitleMention
from .bodies import implied_body

SUBJECT_WINDOW = 30   # tokens before a trigger in which its agent may stand
TARGET_WINDOW = 80    # tokens after a trigger in which its targets may stand
FIRST_TARGET = 8      # tokens after a trigger in which the first target must start
FIRST_TARGET_LATE = 25  # ... after the agents of a passive or nominal trigger

Agent = PersonMention | BodyMention
Target = BodyMention | PlaceMention


def find_directs(doc: Doc) -> None:
    """Fill doc.directs, one entry per (agent, target, sentence)."""
    found, seen, last_end = [], set(), -1
    previous: tuple[int, list] = (-1, [])  # (sentence, targets) of the last active trigger
    for t in doc.tags.all("trigger"):
        if t.start < last_end:
            continue
        last_end = t.end
        sentence = doc.sentence_of(t.start)
        kind = t.entry.kind
        if kind == "none":
            continue
        if kind == "active":
            # 'X assigned Y to take the lead in urging Z': Y urges Z
            chained = [m for m in previous[1] if isinstance(m, BodyMention)] if previous[0] == sentence else []
            agents = chained or _subject(doc, t.start, sentence)
            targets = _targets_after(doc, t.end, sentence)
            previous = (sentence, targets)
        else:
            agents, agents_end = _agents_after(doc, t.end, sentence)
            after = _targets_after(doc, agents_end, sentence, FIRST_TARGET_LATE)
            fronted = doc.tok(agents_end) is not None and doc.tokens[agents_end].text == ","
            # 'With the direction of X, Y has ...' / 'Y merged under the direction of X.'
            targets = (after or _targets_before(doc, t.start, sentence)) if fronted else \
                _targets_before(doc, t.start, sentence)
        for a in agents:
            for target in targets:
                key = (_key(a), _key(target))
                if key[0] != key[1] and key not in seen:
                    seen.add(key)
                    found.append(Directs(a, target, sentence))
    doc.directs = found


def _key(m) -> str:
    if isinstance(m, PersonMention):
        return "person:" + m.key
    if isinstance(m, PlaceMention):
        return "place:" + m.unit.id
    return "body:" + m.key


def _specific_body(b: BodyMention) -> bool:
    return bool(b.key) and not (b.plural and b.parent is None and b.place is None)


def _owners(doc: Doc) -> dict[int, PersonMention]:
    """Title (by start) -> the person who holds it in the article."""
    if "owners" not in doc.memo:
        doc.memo["owners"] = {p.title.start: p.person for p in doc.posts}
    return doc.memo["owners"]


def _holder(doc: Doc, title: TitleMention) -> PersonMention | None:
    """'the Chairman of the City People's Committee': who the article says holds that post."""
    for p in doc.posts:
        if p.title.body is not None and title.body is not None and p.title.body.key == title.body.key \
                and p.title.role == title.role:
            return p.person
    return None


def _title_agent(doc: Doc, title: TitleMention) -> Agent | None:
    owned = _owners(doc).get(title.start)
    return owned or _holder(doc, title) or (title.body if title.body is not None and title.body.key else None)


def _subject(doc: Doc, at: int, sentence: int) -> list[Agent]:
    """The agent of an active trigger: the first person, bare title or body of its clause
    (subjects come first: 'The Politburo decided to warn X and requested ...'), a pronoun's
    antecedent, or, in a clause with no subject ('Directly direct ...'), the subject of the
    sentence before."""
    first = doc.sentences[sentence][0]
    lo = max(_clause_start(doc, first, at), at - SUBJECT_WINDOW)
    reported = _after_speech_verb(doc, lo, at)
    if reported is not None and _agents_in(doc, reported, at):
        lo = reported  # 'the Chairman said the City Party Committee assigned ...': the reported clause
    found = _agents_in(doc, lo, at)
    introduced = [a for a in found if isinstance(a, PersonMention) and _has_appositive(doc, a, at)]
    if introduced:  # 'The Office announced that Mr. X, Vice Chairman of ..., requested ...'
        return [introduced[-1]]
    if found:
        return [found[0]]
    leaders = _leaders_of(doc, lo, at)
    if leaders is not None:
        return [leaders]
    if at == lo:  # an imperative: 'Directly direct the Department of ...'
        previous = _antecedent(doc, first)
        return [previous] if previous is not None else []
    return []


def _leaders_of(doc: Doc, lo: int, hi: int) -> BodyMention | None:
    """'Lãnh đạo tỉnh Thanh Hoá yêu cầu ...', 'Hanoi leaders requested ...': the leaders of a
    place speak for its People's Committee."""
    entry = doc.lang.bodies.get("peoples-committee")
    for m in doc.tags.all("word:leaders"):
        if not (lo <= m.start < hi) or entry is None:
            continue
        near = m.end if doc.lang.head_first else m.start
        place = next((p for p in doc.places if (p.start == near if doc.lang.head_first else p.end == near)), None)
        if place is not None:
            return implied_body(doc, entry, m.start, m.end, place=place)
    return None


def _has_appositive(doc: Doc, person: PersonMention, at: int) -> bool:
    """The person is introduced with a title of theirs, between the name and `at`."""
    return any(p.person is person and person.end <= p.title.start < at for p in doc.posts)


def _after_speech_verb(doc: Doc, lo: int, at: int) -> int | None:
    """Where the clause a speech verb ('said', 'cho biết') reports starts, if one stands before `at`."""
    ends = [m.end for m in doc.tags.all("word:reporting") if lo <= m.start and m.end <= at]
    return max(ends) if ends else None


def _clause_start(doc: Doc, first: int, at: int) -> int:
    """After the last ';' or ':' before `at` in the sentence."""
    for k in range(at - 1, first - 1, -1):
        if doc.tokens[k].text in ";:":
            return k + 1
    return first


def _agents_in(doc: Doc, lo: int, hi: int) -> list[Agent]:
    """Persons, bare titles, bodies and pronouns in [lo, hi), in order, as agents."""
    owners = _owners(doc)
    found: list[tuple[int, Agent | None]] = []
    found += [(p.start, p) for p in doc.persons if lo <= p.start < hi]
    found += [(t.start, _title_agent(doc, t)) for t in doc.titles
              if lo <= t.start < hi and t.start not in owners and t.body is not None]
    found += [(b.start, b) for b in doc.bodies
              if lo <= b.start and b.end <= hi and _specific_body(b) and not _inside_title(doc, b)]
    resolved = _pronouns(doc)
    found += [(k, resolved.get(k)) for k in range(lo, hi) if k in resolved]
    return [a for _, a in sorted(found, key=lambda c: c[0]) if a is not None]


def _inside_title(doc: Doc, b: BodyMention) -> bool:
    return any(t.start <= b.start and b.end <= t.end and t.body is b for t in doc.titles)


def _pronoun(doc: Doc, k: int) -> bool:
    """'he', 'she', 'ông' not followed by a name (then it is an honorific: 'ông Phạm Đăng Quyền')."""
    return doc.is_word(k, "pronouns") and not ({k + 1, k + 2} & doc.person_starts())


def _antecedent(doc: Doc, at: int) -> Agent | None:
    """Whom 'he', 'she' or a subjectless clause at token `at` is about: the first person or
    bare title of its sentence before it, else of the nearest sentence before that has one."""
    sentence = doc.sentence_of(at)
    for n in range(sentence, max(-1, sentence - 4), -1):
        first = doc.sentences[n][0]
        hi = at if n == sentence else doc.sentences[n][1]
        people = _people_in(doc, first, hi)
        if people:
            return people[0]
    return None


def _people_in(doc: Doc, lo: int, hi: int) -> list[Agent]:
    owners = _owners(doc)
    resolved = _pronouns(doc)
    found = [(p.start, p) for p in doc.persons if lo <= p.start < hi]
    found += [(t.start, _title_agent(doc, t)) for t in doc.titles
              if lo <= t.start < hi and t.start not in owners and t.body is not None]
    found += [(k, resolved.get(k)) for k in range(lo, hi) if k in resolved]
    return [a for _, a in sorted(found, key=lambda c: c[0]) if a is not None]


def _pronouns(doc: Doc) -> dict[int, Agent | None]:
    """Every pronoun's antecedent, resolved once and in text order, each from those before it."""
    if "pronouns" not in doc.memo:
        resolved: dict[int, Agent | None] = {}
        doc.memo["pronouns"] = resolved  # filled in order: _antecedent(k) reads only entries before k
        for k in range(len(doc.tokens)):
            if _pronoun(doc, k):
                resolved[k] = _antecedent(doc, k)
    return doc.memo["pronouns"]


def _stop(doc: Doc, k: int) -> bool:
    """Where a target list ends: 'to' + verb, 'so that', ';'."""
    tok = doc.tokens[k]
    if tok.text in (";",):
        return True
    end = doc.word_end(k, "infinitive")
    if end is None:
        return False
    nxt = doc.tok(end)
    return nxt is None or (nxt.is_word and not nxt.is_title and not doc.is_word(end, "the"))


def _targets_after(doc: Doc, k: int, sentence: int, first_within: int = FIRST_TARGET) -> list[Target]:
    """The list of bodies and places right after a trigger ('the Department of Home Affairs,
    the Provincial Inspectorate and ...'), up to 'to' + verb or the end of the sentence."""
    end = min(doc.sentences[sentence][1], k + TARGET_WINDOW)
    stop = next((j for j in range(k, end) if _stop(doc, j)), end)
    found = _mentions_in(doc, k, stop)
    if not found or found[0].start - k > first_within:
        return []
    listed = [found[0]]
    for m in found[1:]:
        if not _only_connectors(doc, listed[-1].end, m.start):
            break
        listed.append(m)
    return listed


def _only_connectors(doc: Doc, start: int, end: int) -> bool:
    """Between two items of a list: commas, 'and', articles, list words, a plural name
    ('management boards:'), or a remark in parentheses."""
    depth, j = 0, start
    while j < end:
        text = doc.tokens[j].text
        plural = doc.tags.at(j, "body")
        word_end = next((e for w in ("and", "the", "cum", "list_intro", "generic") if (e := doc.word_end(j, w))), None)
        if text in "()":
            depth = depth + 1 if text == "(" else max(0, depth - 1)
        elif depth:
            pass
        elif plural is not None and plural.entry.plural:
            j = plural.end
            continue
        elif word_end is not None:
            j = word_end
            continue
        elif text not in ",;:-–":
            return False
        j += 1
    return True


def _targets_before(doc: Doc, k: int, sentence: int) -> list[Target]:
    """The nearest body or place before a passive or nominal trigger, in its sentence."""
    first = doc.sentences[sentence][0]
    found = _mentions_in(doc, max(first, k - SUBJECT_WINDOW), k)
    return found[-1:] if found else []


def _mentions_in(doc: Doc, start: int, end: int) -> list[Target]:
    """Specific bodies (outermost) and places not part of a body's name, in [start, end)."""
    bodies = [b for b in doc.bodies if start <= b.start and b.end <= end and _specific_body(b)
              and not _inside_title(doc, b)]
    bodies = [b for b in bodies if not any(o is not b and o.start <= b.start and b.end <= o.end and
                                           (o.end - o.start) > (b.end - b.start) for o in bodies)]
    places = [p for p in doc.places if start <= p.start and p.end <= end
              and not any(b.start <= p.start and p.end <= b.end for b in doc.bodies if b.key or b.places)]
    return sorted(bodies + places, key=lambda m: m.start)


def _agents_after(doc: Doc, k: int, sentence: int) -> tuple[list[Agent], int]:
    """'by the City People's Committee and the Chairman of ...', 'of the Politburo': a list of
    bodies and titles right after the trigger; returns them and where its last item ends."""
    end = doc.sentences[sentence][1]
    agents: list[Agent] = []
    owners = _owners(doc)
    j, comma_only, last_end = k, False, k
    while j < end:
        item = doc.word_end(j, "the") or j
        title = next((t for t in doc.titles if t.start == item and t.body is not None), None)
        body = max((b for b in doc.bodies if b.start == item and _specific_body(b)), key=lambda b: b.end,
                   default=None)
        if title is not None and title.start not in owners:
            agent, item_end = _title_agent(doc, title), title.end
        elif body is not None:
            agent, item_end = body, body.end
        else:
            break
        if comma_only and not _continues(doc, item_end):
            break  # 'of A, [the B has been ...]': B starts the main clause
        if agent is not None:
            agents.append(agent)
        j, comma_only, last_end = item_end, True, item_end
        while j < end and (doc.tokens[j].text in ",-–" or doc.is_word(j, "and")):
            comma_only = comma_only and not doc.is_word(j, "and") and doc.tokens[j].text != "-"
            j += 1
    return agents, last_end


def _continues(doc: Doc, k: int) -> bool:
    """The list goes on after token k: a comma, 'and' or a dash follows."""
    tok = doc.tok(k)
    return tok is not None and (tok.text in ",-–" or doc.is_word(k, "and"))
