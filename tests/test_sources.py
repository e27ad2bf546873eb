"""Archives as input: JSON Lines records read like article files, NFC, bad records skipped."""
import gzip
import itertools
import json
import unicodedata

from click.testing import CliRunner

from kg.build import build, extractions
from kg.cli import main
from kg.sources import Fields, sources

from .conftest import SHARED

VINEWS = SHARED / "corpus" / "vi-news" / "vietnews_gov.jsonl.gz"


def vinews_records(n: int) -> list[dict]:
    """The first `n` records of the vi-news archive (read in place)."""
    with gzip.open(VINEWS, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in itertools.islice(f, n)]


def write_archive(path, records, lines_before=()) -> None:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "wt", encoding="utf-8") as f:
        for line in lines_before:
            f.write(line + "\n")
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def test_archive_records_are_articles_in_nfc(tmp_path):
    records = vinews_records(30)
    decomposed = [r["id"] for r in records
                  if unicodedata.normalize("NFC", r["body"]) != r["body"]]
    assert decomposed, "the first 30 vi-news records hold a decomposed one"
    archive = tmp_path / "news.jsonl.gz"
    write_archive(archive, records, lines_before=["{not json", '{"id": "x1"}', '{"id": "x2", "body": 5}', "[1]"])
    found = list(sources([archive]))
    skipped = [s for s in found if isinstance(s, str)]
    read = {s.id: s for s in found if not isinstance(s, str)}
    assert len(skipped) == 4 and f"{archive}:1: not a JSON record" in skipped[0]
    assert "no text in 'title', 'summary', 'body', 'text'" in skipped[1]
    assert skipped[3].endswith("not a JSON object")
    assert list(read) == [r["id"] for r in records]
    for rid in decomposed:
        text = read[rid].text
        assert unicodedata.is_normalized("NFC", text) and text.startswith(unicodedata.normalize("NFC", records[
            [r["id"] for r in records].index(rid)]["title"]))


def test_an_archive_gives_the_graph_its_records_give_as_files(tmp_path):
    """The same articles as .txt files and as JSONL records (title, summary, body joined
    by blank lines, as ../shared/eval/vinews_files.py writes them) give the same Turtle."""
    records = vinews_records(12)
    folder = tmp_path / "files"
    folder.mkdir()
    renamed = []
    for r in records:
        name = r["id"].replace("/", "_") + ".txt"
        text = unicodedata.normalize("NFC", f"{r['title']}\n\n{r['summary']}\n\n{r['body']}\n")
        (folder / name).write_text(text, encoding="utf-8")
        renamed.append({"doc": name, "title": r["title"], "summary": r["summary"], "body": r["body"]})
    write_archive(tmp_path / "news.jsonl", renamed)
    from_files = build([folder], tmp_path / "a", cache=False)
    from_archive = build([tmp_path / "news.jsonl"], tmp_path / "b", fields=Fields("doc"), cache=False)
    assert from_files.read == from_archive.read == 12
    assert (tmp_path / "a" / "graph.ttl").read_bytes() == (tmp_path / "b" / "graph.ttl").read_bytes()


def test_the_build_keeps_facts_not_texts(tmp_path):
    archive = tmp_path / "news.jsonl"
    write_archive(archive, vinews_records(5))
    exs = [e for e in extractions(sources([archive])) if not isinstance(e, str)]
    assert len(exs) == 5
    for ex in exs:
        assert ex.article.text == "" and ex.article.title and ex.article.lang == "vi"
    assert any(ev.text for ex in exs for f in ex.posts.values() for ev in f.evidence)


def test_id_and_text_fields_on_the_command_line(tmp_path):
    archive = tmp_path / "in.jsonl"
    write_archive(archive, [{"key": "a1", "content": r["body"], "body": ""} for r in vinews_records(3)[:1]]
                  + [{"key": "a2", "body": "no content field"}])
    result = CliRunner().invoke(main, ["build", str(archive), "--out", str(tmp_path / "out"), "--id-field", "key",
                                       "--text-field", "content"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "1 articles read, 1 skipped" in result.output
    assert f"{archive}:2: no text in 'content'" in result.output
    turtle = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "article/a1" in turtle and "article/a2" not in turtle
