"""Statuses: what each sentence says became of a post, and who a new holder replaced.

A title's status is the article's claim about that post, read from the words of the
language data (statuses.yaml) before it in its sentence:

- `former` (the title is marked former: "former Chairman", "nguyên Chủ tịch"), or
  `dismissed` when a dismissal word goes with it ("was dismissed from the post of");
- `acting` when an acting word stands right before the title ("Acting Chairman", "Quyền
  Chủ tịch", "Plt. Ketua");
- `appointed` or `elected` when such a word comes before the title in its sentence with
  no other title or apposition ("X, Deputy Director, ...") in between;
- `current` otherwise.

A `replaces` word right before a person ("thay ông X", "menggantikan X", "replacing X")
says that person held the post named in the same sentence before.
"""
from __future__ import annotations

from bisect import bisect_right

from ..doc import Doc, PersonMention, Post, Replacement, TitleMention

LOOK_BACK = 12  # tokens before a title where an appointment or election word may stand


def read_statuses(doc: Doc) -> None:
    """Set each posted title's status and fill doc.replacements."""
    title_ends = sorted({p.title.end for p in doc.posts})
    for post in doc.posts:
        post.title.status = title_status(doc, post.title, title_ends)
    doc.replacements = _replacements(doc)


def title_status(doc: Doc, t: TitleMention, title_ends: list[int]) -> str:
    """The status the title's sentence gives its post."""
    word = _status_word_before(doc, t, title_ends)
    if t.former:
        return "dismissed" if word == "dismissed" else "former"
    if _acting(doc, t.start):
        return "acting"
    return word if word in ("appointed", "elected") else "current"


def _acting(doc: Doc, i: int) -> bool:
    """An acting word ending right before token i ('Acting', 'Quyền', 'Plt.')."""
    for start in range(max(0, i - 3), i):
        m = doc.tags.at(start, "status")
        if m is not None and m.end == i and m.entry.status == "acting":
            return True
    return False


def _status_word_before(doc: Doc, t: TitleMention, title_ends: list[int]) -> str | None:
    """The status word nearest before the title in its sentence, not past another title
    or an apposition ('Mr. A, Deputy Director of ...' describes A as he is)."""
    first = doc.sentences[doc.sentence_of(t.start)][0]
    before = bisect_right(title_ends, t.start)  # title_ends is sorted: the last end <= t.start, found not scanned
    stop = max(first, title_ends[before - 1]) if before else first
    for k in range(t.start - 1, max(stop, t.start - LOOK_BACK) - 1, -1):
        m = doc.tags.at(k, "status")
        if m is not None and m.end <= t.start and m.entry.status in ("appointed", "elected", "dismissed"):
            return m.entry.status
        if doc.tokens[k].text in (",", ";", "(", "-", "–", "—") and _person_ends_at(doc, k):
            return None
    return None


def _person_ends_at(doc: Doc, k: int) -> bool:
    return k in doc.person_ends()


def _replacements(doc: Doc) -> list[Replacement]:
    """'... Chairman ... thay ông Y': Y held the post the sentence names before."""
    out = []
    person_at = {p.start: p for p in doc.persons}
    for m in doc.tags.all("status"):
        if m.entry.status != "replaces":
            continue
        predecessor = _person_after(doc, m.end, person_at)
        if predecessor is None:
            continue
        sentence = doc.sentence_of(m.start)
        post = _replaced_post(doc, sentence, m.start, predecessor)
        if post is not None:
            out.append(Replacement(post, predecessor, sentence))
    return out


def _person_after(doc: Doc, k: int, person_at: dict) -> PersonMention | None:
    """The person right after token k, perhaps after an honorific ('ông', 'Mr.')."""
    hon = doc.word_end(k, "honorifics")
    if hon is not None:
        k = hon + (1 if doc.tok(hon) is not None and doc.tokens[hon].text == "." else 0)
    return person_at.get(k)


def _replaced_post(doc: Doc, sentence: int, at: int, predecessor: PersonMention) -> Post | None:
    """The current post of another person in the sentence: the nearest before the word, else after."""
    candidates = [p for p in doc.posts if doc.sentence_of(p.title.start) == sentence
                  and p.person.key != predecessor.key and p.title.status not in ("former", "dismissed")]
    before = [p for p in candidates if p.title.end <= at]
    if before:
        return max(before, key=lambda p: p.title.end)
    after = [p for p in candidates if p.title.start > at]
    return min(after, key=lambda p: p.title.start) if after else None
