"""The extraction pipeline: small components, each filling in one part of the Doc, in order."""
from __future__ import annotations

from typing import Callable

from ..article import Article
from ..doc import Doc
from ..gazetteer import Gazetteer
from ..lang import Language
from .bodies import find_bodies
from .directives import find_directives
from .directs import find_directs
from .persons import find_persons
from .places import find_places
from .posts import link_posts
from .statuses import read_statuses
from .titles import find_titles

Component = Callable[[Doc], None]

# The order matters: each component reads what the ones before it found.
PIPELINE: tuple[tuple[str, Component], ...] = (
    ("places", find_places),
    ("persons", find_persons),
    ("bodies", find_bodies),
    ("titles", find_titles),
    ("posts", link_posts),
    ("statuses", read_statuses),
    ("directives", find_directives),
    ("directs", find_directs),
)


def run(article: Article, lang: Language, gazetteer: Gazetteer) -> Doc:
    """Read one article through every component."""
    doc = Doc.make(article, lang, gazetteer)
    for _, component in PIPELINE:
        component(doc)
    return doc
