"""Posts: which person holds which title.

In order of how tightly the genre binds them:
1. a title right before a name or a list of names ("Vice Chairmen A, B and C");
2. titles after a name, joined by commas, dashes, 'and', 'cum' ("Mr. X, member of ...,
   Director of ...");
3. a title before ', NAME' or 'is/include NAME' ("the Chief of Office ... is Mr. X"), with
   the titles chained before it;
4. a title after 'the position of', 'as' ("... was elected to hold the position of ...")
   goes to the person the sentence is about.
"""
from __future__ import annotations

from ..doc import Doc, PersonMention, Post, TitleMention

SEPARATORS = {",", "-", "–", "—", ":", "(", ")", "/"}


def link_posts(doc: Doc) -> None:
    """Fill doc.posts from doc.titles and doc.persons."""
    titles = [t for t in doc.titles if t.body is not None]
    owners: dict[int, list[PersonMention]] = {}
    person_at = {p.start: p for p in doc.persons}
    closed = _titles_before_names(doc, titles, person_at, owners)
    _titles_after_names(doc, titles, person_at, owners, closed)
    _titles_before_comma_names(doc, titles, person_at, owners)
    _titles_after_position_words(doc, titles, owners)
    posts = []
    for n, t in enumerate(titles):
        for p in owners.get(n, []):
            posts.append(Post(p, t, doc.sentence_of(t.start)))
    doc.posts = posts


def _skip(doc: Doc, k: int, words: tuple[str, ...] = ("and", "cum", "relative", "the")) -> int:
    """Past separators and joining words ("and", "cum", ", who was also a", "the")."""
    while doc.tok(k) is not None and (doc.tokens[k].text in SEPARATORS or any(doc.is_word(k, w) for w in words)):
        k = next((e for w in words if (e := doc.word_end(k, w))), None) or k + 1
    return k


def _person_after(doc: Doc, k: int, person_at: dict) -> PersonMention | None:
    """The person starting at token k, perhaps after a term ('in the 2016-2021 tenure') and an
    honorific ('Mr.', 'comrade')."""
    k = _skip_term(doc, k)
    hon = doc.word_end(k, "honorifics")
    if hon is not None:
        k = hon + (1 if doc.tok(hon) is not None and doc.tokens[hon].text == "." else 0)
    return person_at.get(k)


def _skip_parenthetical(doc: Doc, k: int, longest: int = 5) -> int:
    """Past a short remark in parentheses: '(KS PKV)', '(NA)'."""
    if doc.tok(k) is None or doc.tokens[k].text != "(":
        return k
    for j in range(k + 1, min(len(doc.tokens), k + longest + 2)):
        if doc.tokens[j].text == ")":
            return j + 1
    return k


def _skip_term(doc: Doc, k: int) -> int:
    """Past 'in the 2016-2021 tenure', 'for the 2021-2026 term', ', term XX,': a year range
    among small lower-case words, then a term word of the language data."""
    j = k
    while doc.tok(j) is not None and j - k < 8 and (doc.tokens[j].text in ",-–" or doc.tokens[j].is_digit
                                                    or doc.tokens[j].is_word and not doc.tokens[j].is_title
                                                    and doc.word_end(j, "subject_stop") is None):
        j += 1
    if j > k and any(doc.tokens[x].is_digit for x in range(k, j)):
        end = doc.word_end(j, "subject_stop")
        if end is not None:
            return end
    end = doc.word_end(k, "subject_stop")  # 'term XX'
    if end is not None and doc.tok(end) is not None and doc.tokens[end].is_upper:
        return end + 1
    return k


def _name_list(doc: Doc, first: PersonMention, person_at: dict) -> list[PersonMention]:
    """'A, B and C': the names of a list that starts with `first`."""
    return doc.coordinated(first, lambda j: _person_after(doc, j, person_at))


def _titles_before_names(doc, titles, person_at, owners) -> set[int]:
    """1. 'Chairman of Hai Phong City People's Committee Le Ngoc Chau', with the titles
    chained before it ('Member of the Politburo, Secretary of ..., Head of ... Le Minh Hung')."""
    closed = set()
    for n, t in enumerate(titles):
        p = _person_after(doc, t.end, person_at)
        if p is None:
            continue
        names = _name_list(doc, p, person_at)
        owners[n] = names
        closed.add(n)
        m = n - 1
        while m >= 0 and m not in owners and _chained(doc, titles[m], titles[m + 1]) \
                and not _person_between(doc, titles[m].end, titles[m + 1].start):
            owners[m] = names
            closed.add(m)
            titles[m].former = titles[m].former or titles[n].former and _joined_by_cum(doc, titles[m], titles[m + 1])
            m -= 1
    return closed


def _chained(doc: Doc, a: TitleMention, b: TitleMention) -> bool:
    """Only separators and joining words stand between titles a and b."""
    return a.end <= b.start and _skip(doc, a.end) >= b.start and doc.sentence_of(a.start) == doc.sentence_of(b.start)


def _joined_by_cum(doc: Doc, a: TitleMention, b: TitleMention) -> bool:
    return any(doc.is_word(k, "cum") for k in range(a.end, b.start))


def _person_between(doc: Doc, start: int, end: int) -> bool:
    return any(start <= p.start < end for p in doc.persons)


def _titles_after_names(doc, titles, person_at, owners, closed) -> None:
    """2. 'Mr. Tran Luu Quang, Member of the Party Central Committee, Secretary of the City Party Committee'."""
    by_start = {t.start: n for n, t in enumerate(titles)}
    for p in doc.persons:
        k = _skip(doc, p.end)
        if k == p.end and not doc.is_word(k, "former"):
            continue
        former_chain = False
        while True:
            if doc.is_word(k, "former"):
                former_chain = True
                k += 1
            n = by_start.get(k)
            if n is None or n in owners:
                break
            owners[n] = [p]
            titles[n].former = titles[n].former or former_chain
            k = _skip(doc, titles[n].end)
            if doc.tok(k) is not None and doc.tokens[k].text == ";":
                # 'X, member of ...; Secretary of ...' goes on; '...; Members of ...' is a new item
                nxt = by_start.get(k + 1)
                if nxt is None or doc.tags.at(k + 1, "role_plural"):
                    break
                k += 1
            if n in closed or _person_after(doc, k, person_at):
                break


def _titles_before_comma_names(doc, titles, person_at, owners) -> None:
    """3. 'Chairman of the Hanoi People's Committee, Tran Sy Thanh, has asked ...',
    'the Chief of Office ... is Mr. Le Hong Dien', 'The Deputy Chiefs of Office include Mr. A, B'."""
    for n, t in enumerate(titles):
        if n in owners:
            continue
        k = _skip_parenthetical(doc, t.end)  # '... Komite Sentral Partai Komunis Vietnam (KS PKV), Nguyen Phu Trong'
        if doc.tok(k) is not None and doc.tokens[k].text in (",", ":"):
            k += 1
        k = doc.word_end(k, "list_intro") or k  # ', including Ms. A and Ms. B'
        p = _person_after(doc, k, person_at) if k > t.end else None
        if p is None or doc.sentence_of(p.start) != doc.sentence_of(t.start):
            continue
        names = _name_list(doc, p, person_at)
        owners[n] = names
        m = n - 1
        while m >= 0 and m not in owners and _chained(doc, titles[m], titles[m + 1]):
            owners[m] = names
            m -= 1


def _titles_after_position_words(doc, titles, owners) -> None:
    """4. '... appointed Mr. Bui Hung Thien ... to hold the position of Chief of the Office',
    '... elected as Chairman of ...': the person the sentence is about."""
    for n, t in enumerate(titles):
        if n in owners or not _after_position_word(doc, t.start):
            continue
        sentence = doc.sentence_of(t.start)
        before = [p for p in doc.persons if p.end <= t.start and doc.sentence_of(p.start) == sentence]
        if before and any(m not in owners and before[-1].end <= o.start < t.start for m, o in enumerate(titles)):
            continue  # '... nominated the Deputy Secretary of ... as Chairman': someone unnamed
        after = [p for p in doc.persons if p.start >= t.end and doc.sentence_of(p.start) == sentence]
        person = before[-1] if before else (after[0] if after else None)
        if person is not None:
            owners[n] = [person]
            t.former = t.former or _leaving(doc, t.start, sentence)


def _after_position_word(doc: Doc, i: int) -> bool:
    k = i - 1
    while k >= 0 and doc.is_word(k, "the"):
        k -= 1
    for start in range(max(0, k - 3), k + 1):
        end = doc.word_end(start, "position")
        if end == k + 1:
            return True
    return False


def _leaving(doc: Doc, i: int, sentence: int) -> bool:
    """'dismissed ... from the position of', 'resigned from the position of'; not the post
    taken up after it ('resigned as ... to be appointed Deputy Secretary')."""
    first = doc.sentences[sentence][0]
    for k in range(i - 1, max(first, i - 12) - 1, -1):
        if doc.is_word(k, "leave"):
            return True
        if doc.is_word(k, "appointment"):
            return False
    return False
