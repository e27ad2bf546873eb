"""A list of thousands of officials is read like a short one: every line's post is found."""
from benchmarks.long_list import long_list
from kg.article import make_article
from kg.facts import extract


def test_every_official_of_a_long_list_holds_a_post():
    ex = extract(make_article(long_list(1200), "list.txt", language="vi"))
    assert len(ex.posts) == 1200  # every line, 'Ông Cao Công An' too (a name, though 'Công An' is the police's)
    assert {p.role for p in ex.posts.values()} >= {"chair", "vice-chair", "secretary", "deputy-secretary"}
