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
def _pattern(lang: Language) -> re.Pattern:
    """The date forms as one alternation, so that a text is scanned once rather than once
    per form (a scan of a long article costs about as much as a stage of reading it).
    Each form's groups end in its number ('d1' is the day of the second form); where two
    forms match at one position, the first listed wins (the same dates as one scan per
    form on every article of the shared corpus, in each language)."""
    months = "|".join(re.escape(m) for m in sorted(lang.months, key=len, reverse=True))
    first, second = ("d", "m") if lang.numeric_order == "dmy" else ("m", "d")
    year = r"(?P<y#>\d{4})"
    forms = [
        r"\b(?P<y#>\d{4})-(?P<m#>\d{1,2})-(?P<d#>\d{1,2})\b",  # 2019-03-12
        rf"\b(?P<{first}#>\d{{1,2}})\s*[/.-]\s*(?P<{second}#>\d{{1,2}})\s*[/.-]\s*{year}\b",  # 12/3/2019
    ]
    if months:
        month, day = rf"(?P<mon#>{months})\.?", r"(?P<d#>\d{1,2})(?:st|nd|rd|th)?"
        forms += [rf"\b{month}\s+{day},?\s+(?:năm\s+)?{year}\b",  # March 12, 2019
                  rf"\b{day}\s+(?:of\s+)?{month},?\s+(?:năm\s+)?{year}\b"]  # 12 tháng 3 năm 2019
    numbered = (re.sub(r"\(\?P<(\w+)#>", rf"(?P<\g<1>{n}>", form) for n, form in enumerate(forms))
    # every form starts with a digit or a month's first letter: a look at one character
    # lets the scan pass over the other positions without trying the forms there
    first_chars = "".join(sorted({re.escape(m[0]) for m in lang.months}))
    return re.compile(rf"(?=[0-9{first_chars}])(?:{'|'.join(numbered)})", re.IGNORECASE)


def find_dates(text: str, lang: Language) -> list[DateMention]:
    """Every complete (day, month, year) date in `text`, in order of position."""
    found = []
    for m in _pattern(lang).finditer(text):
        g = {name[:-1]: value for name, value in m.groupdict().items() if value is not None}
        month = int(g["m"]) if "m" in g else _month(g["mon"], lang)
        value = _valid(int(g["y"]), month or 0, int(g["d"]))
        if value:
            found.append(DateMention(m.start(), m.end(), value))
    return found


def _month(name: str, lang: Language) -> int | None:
    for form, number in lang.months.items():
        if form.casefold() == name.casefold():
            return number
    return None
