"""Which language an article is written in (py3langid, restricted to plausible languages)."""
from __future__ import annotations

from functools import cache

# Languages the classifier may answer. Those without data in kg/lang are recognised only so
# that an article in them is reported as unsupported instead of being misread as English.
# Malay is left out: it would take Indonesian articles, and our Indonesian data reads it.
CANDIDATES = ("en", "id", "vi", "zh", "ja", "ko", "th", "lo", "km", "fr", "de", "es", "ru")


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    ident.set_languages(list(CANDIDATES))
    return ident


# py3langid counts features in a Python loop over every byte; the opening of an article
# decides as well as all of it (the same answer on every shared page and on the first
# thousands of each vi-news archive with 1,000 characters; tests/test_language_id.py).
PREFIX_CHARS = 2000


def detect(text: str) -> str:
    """ISO 639-1 code of the language of `text` (read from its first PREFIX_CHARS characters)."""
    return _identifier().classify(text[:PREFIX_CHARS])[0]
