"""Incremental builds: only changed articles are read again, and the graph is the clean build's."""
import json

import kg.html
from kg.build import build
from kg.cache import CACHE_NAME, ExtractionCache, read_note

from .conftest import SEEDS
from .test_sources import vinews_records, write_archive


def test_an_incremental_build_is_byte_identical_to_a_clean_one(tmp_path):
    records = vinews_records(16)
    out = tmp_path / "out"
    write_archive(tmp_path / "news.jsonl", records[:12])
    first = build([SEEDS, tmp_path / "news.jsonl"], out)
    assert first.read == 17 and first.cached == 0 and (out / CACHE_NAME).is_file()

    # a day later: two articles gone, one corrected, four new ones
    changed = dict(records[5], body=records[5]["body"] + " Bài viết đã được cập nhật.")
    later = records[:2] + records[4:5] + [changed] + records[6:16]
    write_archive(tmp_path / "news.jsonl", later)
    again = build([SEEDS, tmp_path / "news.jsonl"], out)
    assert again.read == 5 + 14 and again.cached == 5 + 9   # the seeds and 9 unchanged records

    clean = build([SEEDS, tmp_path / "news.jsonl"], tmp_path / "clean", cache=False)
    assert not (tmp_path / "clean" / CACHE_NAME).exists()
    for name in ("graph.ttl", "graph.html"):
        assert (out / name).read_bytes() == (tmp_path / "clean" / name).read_bytes(), name
    assert clean.triples == again.triples
    turtle = (out / "graph.ttl").read_text(encoding="utf-8")
    assert f"article/{records[2]['id']}>" not in turtle and f"article/{records[3]['id']}>" not in turtle

    # nothing changed: nothing is read, and the removed articles are gone from the cache
    third = build([SEEDS, tmp_path / "news.jsonl"], out)
    assert third.cached == third.read == 19
    with ExtractionCache(out / CACHE_NAME) as cache:
        ids = {r[0] for r in cache._db.execute("SELECT id FROM articles")}
    assert records[2]["id"] not in ids and len(ids) == 19


def test_other_code_or_language_data_reads_every_article_again(tmp_path):
    out = tmp_path / "out"
    build([SEEDS], out)
    with ExtractionCache(out / CACHE_NAME, fingerprint="other code") as cache:
        assert cache.get("000_1fa14f03317c0e6a.txt", b"") is None
    again = build([SEEDS], out)   # the cache now belongs to 'other code': read again
    assert again.cached == 0 and again.read == 5
    assert build([SEEDS], out).cached == 5


def test_a_damaged_cache_is_started_again(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / CACHE_NAME).write_bytes(b"not a database" * 100)
    report = build([SEEDS], out)
    assert report.read == 5 and report.cached == 0
    assert build([SEEDS], out).cached == 5


def test_no_cache_neither_reads_nor_writes_it(tmp_path):
    out = tmp_path / "out"
    build([SEEDS], out)
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "x", "text": "Hà Nội"}) + "\n", encoding="utf-8")
    report = build([SEEDS], out, cache=False)
    assert report.cached == 0 and report.read == 5


def test_graph_html_is_drawn_again_only_when_what_it_shows_changed(tmp_path, monkeypatch):
    drawn = []
    draw = kg.html.write_html
    monkeypatch.setattr(kg.html, "write_html", lambda *a, **k: (drawn.append(1), draw(*a, **k)))
    out = tmp_path / "out"
    build([SEEDS], out)
    page = (out / "graph.html").read_bytes()
    assert len(drawn) == 1 and read_note(out / CACHE_NAME, "picture")

    build([SEEDS], out)  # the same graph: the page is copied
    assert len(drawn) == 1 and (out / "graph.html").read_bytes() == page

    (out / "graph.html").write_bytes(page.replace(b"<body", b"<body data-edited"))  # edited by hand
    build([SEEDS], out)
    assert len(drawn) == 2 and (out / "graph.html").read_bytes() == page

    write_archive(tmp_path / "news.jsonl", vinews_records(2))  # more articles: a new picture
    build([SEEDS, tmp_path / "news.jsonl"], out)
    assert len(drawn) == 3 and (out / "graph.html").read_bytes() != page
    build([SEEDS], out, cache=False)  # --no-cache draws, and the page is the first build's again
    assert len(drawn) == 4 and (out / "graph.html").read_bytes() == page
    (out / CACHE_NAME).unlink()  # no record: drawn
    build([SEEDS], out)
    assert len(drawn) == 5 and sorted(p.name for p in out.iterdir()) == [CACHE_NAME, "graph.html", "graph.ttl"]


def test_unchanged_archive_lines_are_not_decoded_again(tmp_path, monkeypatch):
    """A rebuild decodes only the archive lines it has not read before (a line is known by its
    bytes and the fields read from it); the graph is the clean build's all the same."""
    import kg.sources
    from kg.sources import Fields

    decoded = []
    decode = kg.sources._record
    monkeypatch.setattr(kg.sources, "_record", lambda line, *a: (decoded.append(line), decode(line, *a))[1])
    records = vinews_records(8)
    records[3] = dict(records[3], id=records[1]["id"])  # a second record of one id: named after its archive
    out = tmp_path / "out"
    write_archive(tmp_path / "news.jsonl", records[:6])
    build([tmp_path / "news.jsonl"], out)
    assert len(decoded) == 6

    decoded.clear()
    changed = dict(records[4], body=records[4]["body"] + " Bài viết đã được cập nhật.")
    write_archive(tmp_path / "news.jsonl", records[:4] + [changed] + records[5:8])
    again = build([tmp_path / "news.jsonl"], out)
    # the corrected line, the two new ones, and the renamed record (its line's id is not its own)
    assert len(decoded) == 4 and again.cached == 5 and again.read == 8
    clean = build([tmp_path / "news.jsonl"], tmp_path / "clean", cache=False)
    for name in ("graph.ttl", "graph.html"):
        assert (out / name).read_bytes() == (tmp_path / "clean" / name).read_bytes(), name
    assert clean.triples == again.triples

    decoded.clear()  # other fields: other articles, every line decoded
    build([tmp_path / "news.jsonl"], out, fields=Fields(text=("title",)))
    assert len(decoded) == 8
