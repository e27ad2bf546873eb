"""Language from an article's opening: the decision the whole text gives, on real pages."""
import gzip
import itertools
import json

import numpy as np

from kg.language_id import AUTOMATON_DEPTH, PREFIX_CHARS, _identifier, detect, feature_counts

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


def test_features_are_counted_as_py3langid_counts_them():
    """The array counting gives py3langid's own counts, in its order, on every shared text,
    so its scores and decisions are py3langid's."""
    from py3langid.langid import visit_counts

    ident = _identifier()
    compared = 0
    for _, text in shared_texts():
        data = ident._encode(text)
        theirs = visit_counts(ident.tk_nextmove, ident._rowbase, ident.tk_output, data)
        ours = feature_counts(ident, data)
        if theirs is None:
            assert ours is None
            continue
        assert list(theirs.items()) == [(int(f), int(c)) for f, c in zip(*ours)]
        compared += 1
    assert compared > 500
    assert feature_counts(ident, b"") is None
    for short in ("a", "&3v", "Hà", "xin chào", "\u4e2d\u6587"):  # shorter than the automaton is deep
        data = ident._encode(short)
        theirs = visit_counts(ident.tk_nextmove, ident._rowbase, ident.tk_output, data)
        ours = feature_counts(ident, data)
        assert (theirs is None and ours is None) or list(theirs.items()) == [(int(f), int(c)) for f, c in zip(*ours)]


def test_scores_are_py3langids_to_the_bit():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    theirs = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    theirs.set_languages(list(_identifier().nb_classes))
    for _, text in shared_texts():
        assert np.array_equal(_identifier()._decide(text[:PREFIX_CHARS]), theirs._decide(text[:PREFIX_CHARS]))


def test_the_automaton_is_no_deeper_than_the_counting_reads():
    """Every state of py3langid's automaton is within AUTOMATON_DEPTH bytes of its start, so
    the last AUTOMATON_DEPTH bytes fix the state (a new model that is deeper fails here)."""
    ident = _identifier()
    moves, rows = ident._moves, ident._rows
    depth = np.full(len(rows), -1)
    depth[0], frontier, d = 0, np.array([0]), 0
    while len(frontier):
        d += 1
        reached = np.unique(moves[(rows[frontier][:, None] + np.arange(256)[None, :]).ravel()])
        frontier = reached[depth[reached] < 0]
        depth[frontier] = d
    assert depth.min() == 0 and depth.max() == AUTOMATON_DEPTH


def test_the_unpacked_model_in_the_cache_decides_as_the_packed_one(tmp_path, monkeypatch):
    """The restricted model kept unpacked in the user's cache (a second saved in every process)
    gives py3langid's own scores on every shared text; a damaged copy is read past."""
    from py3langid.langid import MODEL_FILE

    from kg import language_id

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = language_id._unpacked_path()
    assert path is not None and path.parent.parent == tmp_path
    packed = language_id._identifier_class().from_model_file(MODEL_FILE, norm_probs=False)
    packed.set_languages(list(language_id.CANDIDATES))
    language_id._save_unpacked(packed, path)
    unpacked = language_id._from_unpacked(path)
    for _, text in shared_texts():
        assert np.array_equal(unpacked._decide(text[:PREFIX_CHARS]), packed._decide(text[:PREFIX_CHARS]))
    path.write_bytes(path.read_bytes()[:1000])
    language_id._identifier.cache_clear()
    try:
        assert language_id._identifier().nb_classes == packed.nb_classes  # read from the model again
        assert language_id._from_unpacked(path).nb_classes == packed.nb_classes  # and the copy written anew
    finally:
        language_id._identifier.cache_clear()


def test_one_unpacked_copy_is_kept_whatever_the_installation(tmp_path, monkeypatch):
    """Every installation writes py3langid's model anew (a new time): the copy's name does not
    change with it, and saving a copy removes those of other models or versions, so the cache
    holds one 40 MB copy, not one per virtual environment."""
    import os

    from py3langid.langid import MODEL_DIR, MODEL_FILE

    from kg import language_id

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = language_id._unpacked_path()
    model = MODEL_DIR / MODEL_FILE
    times = model.stat()
    os.utime(model, ns=(times.st_atime_ns, times.st_mtime_ns + 10**9))
    try:
        assert language_id._unpacked_path() == path
    finally:
        os.utime(model, ns=(times.st_atime_ns, times.st_mtime_ns))
    path.parent.mkdir(parents=True)
    stale = path.with_name("langid-0123456789abcdef.npz")
    stale.write_bytes(b"an older copy")
    packed = language_id._identifier_class().from_model_file(MODEL_FILE, norm_probs=False)
    packed.set_languages(list(language_id.CANDIDATES))
    language_id._save_unpacked(packed, path)
    assert sorted(path.parent.iterdir()) == [path]
