"""How a person's written name is compared across articles.

Vietnamese diacritics tell names apart ("Thương" is not "Thưởng"), but the old and new
places of the tone mark ("Hoà"/"Hòa", "Thuỷ"/"Thủy") are one spelling. So a name is
compared as, per syllable, its letters with their vowel marks (ă, â, ê, ô, ơ, ư, đ) and,
apart, its tone: wherever the tone mark sits, the syllable's key is the same.
"""
from __future__ import annotations

import hashlib
import unicodedata
from functools import lru_cache

from ..text import fold, slug

# grave, acute, tilde, hook above, dot below: the five Vietnamese tone marks
TONES = {"\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5"}


@lru_cache(maxsize=1 << 16)
def spelling(name: str) -> str:
    """The comparison key of a written name: 'Nguyễn Thị Hoà' and 'Nguyễn Thị Hòa' give one
    key, 'Võ Văn Thương' and 'Võ Văn Thưởng' two."""
    out = []
    for word in unicodedata.normalize("NFD", name).lower().split():
        tones = [TONES[c] for c in word if c in TONES]
        letters = unicodedata.normalize("NFC", "".join(c for c in word if c not in TONES))
        out.append(letters + "".join(tones))
    return " ".join(out)


def marked(name: str) -> bool:
    """Whether the name is written with Vietnamese diacritics ('Lê Ngọc Châu', not 'Le Ngoc Chau')."""
    return fold(name) != name.lower()


def name_key(name: str) -> str:
    """The name part of a person's key: its slug, and for a name written with diacritics a
    short hash of its spelling after '~', so 'Võ Văn Thương' and 'Võ Văn Thưởng' differ:
    'vo-van-thuong~1c2e'."""
    if not marked(name):
        return slug(name)
    return f"{slug(name)}~{hashlib.blake2b(spelling(name).encode(), digest_size=2).hexdigest()}"
