"""Dates written in articles: month names come from the language data, numbers are day first."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from .lang import Language


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    value: date


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d) if 1900 <= y <= 2100 else None
    except ValueError:
        return None


@cache
def _patterns(lang: Language) -> list[tuple[re.Pattern, str]]:
    months = "|".join(re.escape(m) for m in sorted(lang.months, key=len, reverse=True))
    day = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
    year = r"(?P<y>\d{4})"
    month = rf"(?P<mon>{months})\.?" if months else None
    first, second = ("d", "m") if lang.numeric_order == "dmy" else ("m", "d")
    pats = [
        (rf"\b(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})\b", "iso"),
        (rf"\b(?P<{first}>\d{{1,2}})\s*[/.-]\s*(?P<{second}>\d{{1,2}})\s*[/.-]\s*{year}\b", "numeric"),
    ]
    if month:
        pats += [
            (rf"\b{month}\s+{day},?\s+(?:năm\s+)?{year}\b", "month-day"),
            (rf"\b{day}\s+(?:of\s+)?{month},?\s+(?:năm\s+)?{year}\b", "day-month"),
        ]
    return [(re.compile(p, re.IGNORECASE), kind) for p, kind in pats]


def find_dates(text: str, lang: Language) -> list[DateMention]:
    """Every complete (day, month, year) date in `text`, in order of position."""
    found: dict[int, DateMention] = {}
    for pattern, _ in _patterns(lang):
        for m in pattern.finditer(text):
            groups = m.groupdict()
            month = int(groups["m"]) if groups.get("m") else _month(groups["mon"], lang)
            value = _valid(int(groups["y"]), month or 0, int(groups["d"]))
            if value and not any(f.start <= m.start() < f.end for f in found.values()):
                found[m.start()] = DateMention(m.start(), m.end(), value)
    return [found[k] for k in sorted(found)]


def _month(name: str, lang: Language) -> int | None:
    for form, number in lang.months.items():
        if form.casefold() == name.casefold():
            return number
    return None
