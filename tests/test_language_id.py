"""Language from an article's opening: the decision the whole text gives, on real pages."""
import gzip
import itertools
import json

from kg.language_id import PREFIX_CHARS, _identifier, detect

from .conftest import SEEDS, SHARED


def shared_texts():
    for folder in (SHARED / "corpus" / "pages", SHARED / "corpus" / "vi-pages", SEEDS):
        for path in sorted(folder.glob("*.txt")):
            yield path.name, path.read_text(encoding="utf-8", errors="replace")
    for archive in sorted((SHARED / "corpus" / "vi-news").glob("*.jsonl.gz")):
        with gzip.open(archive, "rt", encoding="utf-8") as f:
            for line in itertools.islice(f, 150):
                r = json.loads(line)
                yield r["id"], "\n\n".join(r.get(k) or "" for k in ("title", "summary", "body"))


def test_the_opening_decides_as_the_whole_text_does():
    texts = list(shared_texts())
    long_ones = [name for name, text in texts if len(text) > PREFIX_CHARS]
    assert len(texts) > 500 and len(long_ones) > 300
    differ = [name for name, text in texts if detect(text) != _identifier().classify(text)[0]]
    assert differ == []
    assert {detect(text) for _, text in texts} >= {"en", "id", "vi", "zh"}
