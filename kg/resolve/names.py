"""How a person's written name is compared across articles.

Vietnamese diacritics tell names apart ("Thương" is not "Thưởng"), but the old and new
places of the tone mark ("Hoà"/"Hòa", "Thuỷ"/"Thủy") are one spelling. So a name is
compared as, per syllable, its letters with their vowel marks (ă, â, ê, ô, ơ, ư, đ) and,
apart, its tone: wherever the tone mark sits, the syllable's key is the same
(`kg.text.spelling`, which the pipeline uses too).
"""
from __future__ import annotations

import hashlib

from ..text import fold, slug, spelling

__all__ = ["marked", "name_key", "spelling"]


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
