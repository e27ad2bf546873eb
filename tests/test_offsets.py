"""Every span found in every corpus article points at exactly the text it names."""
import pytest

from kg import gazetteer, lang, pipeline
from kg.article import read_article
from kg.errors import ArticleError

from .conftest import SEEDS, SHARED

FILES = sorted(SEEDS.glob("*.txt")) + sorted((SHARED / "corpus" / "pages").glob("*.txt")) + \
    sorted((SHARED / "corpus" / "vi-pages").glob("*.txt"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_spans_index_the_text(path):
    try:
        article = read_article(path)
    except ArticleError:
        pytest.skip("not an article in a supported language")
    doc = pipeline.run(article, lang.load(article.lang), gazetteer.load())
    text = article.text
    mentions = doc.places + doc.persons + doc.bodies + doc.titles + doc.directives
    for m in mentions:
        assert text[m.start_char:m.end_char] == doc.span_text(m.start, m.end)
    for p in doc.persons:
        if p.cue != "coref":
            assert " ".join(text[p.start_char:p.end_char].split()) == p.name
    for n in range(len(doc.sentences)):
        s, e = doc.sentence_span(n)
        assert text[s:e].strip() == text[s:e]
