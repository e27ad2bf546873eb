import unicodedata

from kg.text import fold, sentence_bounds, slug, squash, tokenize


def test_fold_strips_case_and_diacritics():
    assert fold("Hải Phòng") == "hai phong"
    assert fold("Đà Nẵng") == "da nang"
    assert fold("People’s") == "people's"


def test_keys():
    assert squash("Hà Nội") == squash("Hanoi") == "hanoi"
    assert slug("Lê Ngọc Châu") == "le-ngoc-chau"
    assert slug("195-KL/TW") == "195-kl-tw"


def test_token_offsets_index_the_untouched_text():
    text = "Chủ tịch UBND tỉnh Thanh Hoá Phạm Đăng Quyền, People’s Committee."
    for tok in tokenize(text):
        assert text[tok.start:tok.end] == tok.text


def test_decomposed_text_keeps_words_whole():
    text = unicodedata.normalize("NFD", "Phường Thượng Lý")
    tokens = tokenize(text)
    assert [t.text for t in tokens] == text.split()
    assert tokens[1].norm == "thuong"


def test_possessive_is_its_own_token():
    assert [t.text for t in tokenize("the City Party Committee's Office")][-3:] == ["Committee", "'s", "Office"]


def test_sentences_do_not_end_after_abbreviations():
    text = "Mr. Le Van Hieu spoke. The meeting ended\nA new line starts here."
    tokens = tokenize(text)
    bounds = sentence_bounds(text, tokens, frozenset({"mr"}))
    sentences = [text[tokens[s].start:tokens[e - 1].end] for s, e in bounds]
    assert sentences == ["Mr. Le Van Hieu spoke.", "The meeting ended", "A new line starts here."]


def _shared_texts():
    from .conftest import SHARED

    for folder in ("pages", "vi-pages"):
        for path in sorted((SHARED / "corpus" / folder).glob("*.txt")):
            yield path.read_text(encoding="utf-8", errors="replace")


def test_tokens_are_the_token_pattern_matches_in_order_on_every_shared_page():
    """tokenize builds its tokens from lengths (no match object each): they are the pattern's
    matches, with their offsets, numbered in order."""
    from kg.text import _TOKEN_RE

    pages = 0
    for text in list(_shared_texts()) + ["", " \n", "x's  y\u2019s_z __ \u0301 Hòa\u0300 ."]:
        tokens = tokenize(text)
        assert [(t.i, t.text, t.start, t.end) for t in tokens] == \
            [(n, m.group(), *m.span()) for n, m in enumerate(_TOKEN_RE.finditer(text))]
        pages += 1
    assert pages > 100


def test_sentences_cover_the_tokens_and_end_at_line_breaks_and_stops():
    for text in _shared_texts():
        tokens = tokenize(text)
        bounds = sentence_bounds(text, tokens, frozenset({"mr", "no"}))
        assert [s for s, _ in bounds] == [0] + [e for _, e in bounds[:-1]] and bounds[-1][1] == len(tokens)
        for s, e in bounds[:-1]:
            gap = text[tokens[e - 1].end:tokens[e].start]
            assert "\n" in gap or tokens[e - 1].text in ".!?\u2026"
        for k in range(len(tokens) - 1):  # every line break ends one
            if "\n" in text[tokens[k].end:tokens[k + 1].start]:
                assert any(e == k + 1 for _, e in bounds)


def test_an_ellipsis_ends_a_sentence_and_initials_do_not():
    """'... Lê Văn Hưởng… Ngày 17-6, ...' is two sentences; 'H.E. Tran Thanh Man' is one."""
    for text, count in (("Ông A là Phó Chủ tịch… Ngày 17-6, HĐND tỉnh họp.", 2), ("Ông A là Phó Chủ tịch… và B.", 1),
                        ("H.E. Tran Thanh Man spoke. He left.", 2)):
        tokens = tokenize(text)
        assert len(sentence_bounds(text, tokens, frozenset({"mr", "no"}))) == count, text
