from datetime import date

import pytest

from kg.article import decode, make_article, read_article
from kg.errors import ArticleError

from .conftest import SEEDS, SHARED, read_page


def test_seed_dates_are_day_first():
    a = read_article(SEEDS / "004_6e969246aa496319.txt")
    assert a.date == date(2025, 10, 1)  # "01/10/2025" is 1 October
    assert a.url.startswith("https://baotintuc.vn/")
    assert a.lang == "en"


def test_a_date_line_wins():
    a = make_article("URL: https://example.vn/x\n date 2022-03-21 Top legislator chairs conference", "x.txt")
    assert a.date == date(2022, 3, 21)


def test_dates_of_events_are_not_the_articles_date():
    a = make_article("The city implements Resolution No. 12 dated October 24, 2024 of the Council.", "x.txt",
                     language="en")
    assert a.date is None


def test_date_in_the_address():
    a = make_article("URL: https://baoninhbinh.org.vn/vice-president/d2023122708493822.htm\nThe delegation.",
                     "x.txt", language="en")
    assert a.date == date(2023, 12, 27)


def test_the_address_is_a_valid_uri():
    a = make_article("Source: https://example.vn/a\"b<c>{d}|e\\f%20g?q=1&r='s'#h\nThe delegation.", "x.txt",
                     language="en")
    assert a.url == "https://example.vn/a%22b%3Cc%3E%7Bd%7D%7Ce%5Cf%20g?q=1&r='s'#h"


@pytest.mark.parametrize("path,code", [
    (SHARED / "corpus" / "pages" / "035.txt", "id"),
    (SHARED / "corpus" / "vi-pages" / "vn001.txt", "vi"),
    (SHARED / "corpus" / "pages" / "005.txt", "en"),
])
def test_language_is_detected(path, code):
    from kg.language_id import detect
    assert detect(path.read_text(encoding="utf-8")) == code


def test_unsupported_language_is_an_article_error():
    with pytest.raises(ArticleError, match="language 'zh' is not supported"):
        read_article(SHARED / "corpus" / "pages" / "cn_001.txt")


@pytest.mark.parametrize("raw,why", [
    (b"", "empty"), (b"   \n", "empty"), (b"\x00\x01\x02binary", "binary"), (b"caf\xe9 au lait", "not UTF-8"),
])
def test_bad_files(raw, why):
    with pytest.raises(ArticleError, match=why):
        decode(raw, "bad.txt")


def test_page_furniture_ends_the_article_but_prose_opening_with_its_word_does_not():
    """'Bình luận (0)' ends the article; 'Bình luận về sáng kiến ..., Thủ tướng Lý cho biết ...'
    is a paragraph of it (a vi-news record, read in place), and the text after it is read."""
    from kg.doc import body_end
    from .conftest import read_vinews

    text = "Tiêu đề\n\n" + "Nội dung bài viết. " * 20 + "\nBình luận (0)\nTin khác"
    assert text[:body_end(text, ("Bình luận",))].endswith("Nội dung bài viết. \n")
    doc = read_vinews("train/025803")["train/025803"]
    prose = doc.article.text.index("Bình luận về sáng kiến")
    assert doc.tokens[-1].start > prose
    assert any(p.person.start_char > prose and doc.span_text(p.person.start, p.person.end) == "Nguyễn Xuân Phúc"
               for p in doc.posts)


def test_web_addresses_are_not_read_as_text():
    """A page's address line names bodies in its slug ('.../politburo-proposed-to-punish-
    secretary-of-quang-ngai-...'): no token comes from it, nor from a link in the text."""
    doc = read_page("pages/054.txt")
    first_line = doc.text.index("\n")
    assert doc.article.url.startswith("https://vietnamnet.vn/")
    assert all(t.start > first_line for t in doc.tokens)
    assert not [t for t in doc.tokens if "://" in t.text or t.text.lower() == "www"]


def test_a_first_line_that_is_only_an_address_is_the_articles_address():
    a = make_article("https://vietnamnet.vn/en/ten-members-assigned-2486571.html\nTen members assigned\n\n"
                     "The Politburo met in Hanoi.", "x.txt", language="en")
    assert a.url == "https://vietnamnet.vn/en/ten-members-assigned-2486571.html"
    assert make_article("The Politburo met.\nhttps://example.vn/x\n", "y.txt", language="en").url is None
