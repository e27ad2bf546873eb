"""Timelines of posts: each article's statement of a post, and what they say together.

Every article that names a post makes one statement of it: the article, the date it
speaks of (its own date, else a date its text states, else none), the status it gives
(current, former, appointed, elected, dismissed, acting) and the persons it says held the
post before ("replacing X"). No statement changes another. From all of them, per post:

- first and last seen: the earliest and latest dated statement;
- latest status: what the latest dated statement says (on one date, a statement that the
  post is held outweighs one that it is not, as within one article);
- who succeeded whom, among posts of one role in one body: stated ("X ... thay ông Y",
  when Y's post of that role and body is known), or read from dates for a post one person
  holds at a time (chair, secretary, director...): B succeeded A when A is the holder seen
  just before B, every dated statement of A holding it is earlier than every one of B
  holding it, and a statement no earlier than A's last says A no longer holds it (former,
  dismissed); overlapping holders are not ordered, and without a dated statement that A
  left, a gap in the news is not taken for a change of holder;
- current: the post is held by its latest statement and no one succeeded its holder; of
  a one-holder post, only the holder seen last.

The result depends only on the set of statements, not on the order articles were read.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .. import vocab

# Roles one person holds at a time in a body: successions can be read from dates.
SINGLE_HOLDER = frozenset({"chair", "secretary", "head", "director", "chief-of-office", "general-secretary",
                           "president", "prime-minister", "minister"})
HOLDING = ("current", "appointed", "elected", "acting")
STATUSES = vocab.STATUSES


@dataclass(frozen=True)
class Statement:
    """One article's statement of one post."""
    post: str                        # post key: person/role/body
    person: str
    role: str
    body: str
    article: str
    date: date | None
    status: str
    replaces: frozenset[str] = frozenset()   # person keys the article says held the post before


@dataclass(frozen=True)
class PostTime:
    """What all statements of a post say together."""
    first: date | None
    last: date | None
    latest_status: str | None
    current: bool


@dataclass(frozen=True)
class Succession:
    """`successor` (a post key) took over from `predecessor`; `stated` when an article says so."""
    successor: str
    predecessor: str
    stated: bool


@dataclass
class Timeline:
    posts: dict[str, PostTime]
    successions: list[Succession]


def holding(status: str) -> bool:
    """Whether a statement of this status says the post is held at its date."""
    return status in HOLDING


def timeline(statements: Iterable[Statement]) -> Timeline:
    """Per post, its first and last dated statement, latest status and whether it is current;
    and who succeeded whom."""
    by_post: dict[str, list[Statement]] = defaultdict(list)
    for s in statements:
        by_post[s.post].append(s)
    successions = _stated(by_post) | _from_dates(by_post)
    succeeded = {s.predecessor for s in successions}
    times = {key: _post_time(sts) for key, sts in by_post.items()}
    current = _current(by_post, times, succeeded)
    posts = {key: PostTime(t.first, t.last, t.latest_status, key in current) for key, t in times.items()}
    return Timeline(posts, sorted(successions, key=lambda s: (s.successor, s.predecessor, not s.stated)))


def _post_time(statements: list[Statement]) -> PostTime:
    dated = [s for s in statements if s.date is not None]
    if not dated:
        return PostTime(None, None, None, False)
    last = max(s.date for s in dated)
    on_last = [s.status for s in dated if s.date == last]
    held = [st for st in on_last if holding(st)]
    latest = min(held or on_last, key=_precedence)
    return PostTime(min(s.date for s in dated), last, latest, False)


def _precedence(status: str) -> int:
    return vocab.STATUS_PRECEDENCE.index(status)


def _stated(by_post: dict[str, list[Statement]]) -> set[Succession]:
    """'X ... replacing Y', when Y's post of the same role and body is known."""
    out = set()
    for key, statements in by_post.items():
        for s in statements:
            for person in s.replaces:
                before = f"{person}/{s.role}/{s.body}"
                if before in by_post and before != key:
                    out.add(Succession(key, before, True))
    return out


def _holding_span(statements: list[Statement]) -> tuple[date, date] | None:
    dates = [s.date for s in statements if s.date is not None and holding(s.status)]
    return (min(dates), max(dates)) if dates else None


def _left(statements: list[Statement], since: date) -> bool:
    """A dated statement, no earlier than `since`, that the post is no longer held."""
    return any(s.date is not None and s.date >= since and not holding(s.status) for s in statements)


def _from_dates(by_post: dict[str, list[Statement]]) -> set[Succession]:
    """Consecutive holders of a one-holder post whose dated statements do not overlap."""
    groups: dict[tuple[str, str], list[tuple[date, date, str]]] = defaultdict(list)
    for key, statements in by_post.items():
        s = statements[0]
        span = _holding_span(statements)
        if s.role in SINGLE_HOLDER and span is not None:
            groups[(s.body, s.role)].append((span[0], span[1], key))
    out = set()
    for spans in groups.values():
        spans.sort()
        for (a_first, a_last, a), (b_first, b_last, b) in zip(spans, spans[1:]):
            if a_last < b_first and _left(by_post[a], a_last):
                out.add(Succession(b, a, False))
    return out


def _current(by_post: dict[str, list[Statement]], times: dict[str, PostTime], succeeded: set[str]) -> set[str]:
    """Posts held by their latest statement and not succeeded; of a one-holder post, the one
    seen last (several when they were last seen on the same date)."""
    held = [k for k, t in times.items() if t.latest_status and holding(t.latest_status) and k not in succeeded]
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in held:
        s = by_post[key][0]
        groups[(s.body, s.role)].append(key)
    current = set()
    for (_, role), keys in groups.items():
        if role in SINGLE_HOLDER:
            last = max(times[k].last for k in keys)
            keys = [k for k in keys if times[k].last == last]
        current.update(keys)
    return current
