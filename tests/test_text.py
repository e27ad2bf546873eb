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
