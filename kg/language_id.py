"""Which language an article is written in (py3langid, restricted to plausible languages)."""
from __future__ import annotations

import hashlib
import os
import zipfile
from array import array
from functools import cache
from pathlib import Path

import numpy as np

# Languages the classifier may answer. Those without data in kg/lang are recognised only so
# that an article in them is reported as unsupported instead of being misread as English.
# Malay is left out: it would take Indonesian articles, and our Indonesian data reads it.
CANDIDATES = ("en", "id", "vi", "zh", "ja", "ko", "th", "lo", "km", "fr", "de", "es", "ru")

# The deepest state of py3langid's byte automaton (the longest feature prefix it tracks, in
# bytes; tests/test_language_id.py measures it). The automaton is Aho-Corasick's: its state
# after a byte is the longest suffix of the text read that is a feature prefix, so it is
# fixed by the last AUTOMATON_DEPTH bytes alone and every position's state can be computed
# at once, from those bytes, instead of walking the text a byte at a time in Python.
AUTOMATON_DEPTH = 6


def _identifier_class():
    from py3langid.langid import LanguageIdentifier

    class ArrayIdentifier(LanguageIdentifier):
        """py3langid's classifier with its feature counting done on arrays: the same
        features, counted and ordered as py3langid's loop does, so the same scores."""
        __slots__ = ("_moves", "_rows", "_outputs", "_table")

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._moves = np.frombuffer(self.tk_nextmove, dtype=f"u{self.tk_nextmove.itemsize}")  # a view, not a copy
            self._rows = np.asarray(self.tk_row, dtype=np.int64) << 8
            self._outputs = np.asarray(self.tk_output, dtype=np.int64)
            self._table = None

        def set_languages(self, langs=None):
            super().set_languages(langs)
            self._table = None

        def _raw_score(self, text):
            visits = feature_counts(self, text)
            if visits is None:
                return super()._raw_score(b"")  # no features: py3langid's own floor
            features, counts = visits
            if self._table is None:  # the weights as float32 (exactly), as the product casts them
                self._table = self.nb_ptc.astype(np.float32)
            return np.log1p(counts) @ self._table[features] + self.nb_pc

    return ArrayIdentifier


def feature_counts(ident, data: bytes) -> tuple[np.ndarray, np.ndarray] | None:
    """The automaton's features in `data` and how often each occurs, in the order of their
    first occurrence (as py3langid's Counter holds them); None when there are none."""
    text = np.frombuffer(data, dtype=np.uint8)
    n = len(text)
    if n == 0:
        return None
    state = np.zeros(n, dtype=np.int64)
    for back in range(min(AUTOMATON_DEPTH, n) - 1, -1, -1):  # position p reads bytes p-5 .. p, from state 0
        state[back:] = ident._moves[ident._rows[state[back:]] + text[:n - back]]
    found = ident._outputs[state]
    at = np.flatnonzero(found >= 0)
    if len(at) == 0:
        return None
    # Sorted as single integers (feature, then position), which sorts faster than a stable
    # argsort: each feature's run starts at its first occurrence.
    shift = n.bit_length()
    keyed = np.sort((found[at] << shift) | at)
    ranked = keyed >> shift
    runs = np.flatnonzero(np.concatenate(([True], ranked[1:] != ranked[:-1])))
    counts = np.diff(np.append(runs, len(ranked)))
    firsts = np.sort(((keyed[runs] & ((1 << shift) - 1)) << 32) | np.arange(len(runs)))
    order = firsts & 0xFFFFFFFF  # the runs by their first occurrence
    return ranked[runs][order], counts[order].astype(np.float32)


@cache
def _identifier():
    """py3langid's classifier restricted to CANDIDATES: from the unpacked copy in the user's
    cache when there is one (py3langid's model is LZMA-packed and takes a second to unpack,
    in every process that reads articles), else from the model, leaving the copy behind."""
    path = _unpacked_path()
    if path is not None and path.is_file():
        try:
            return _from_unpacked(path)
        except (OSError, ValueError, KeyError, zipfile.BadZipFile):
            pass  # a copy cut short or of another layout: read the model again
    from py3langid.langid import MODEL_FILE

    ident = _identifier_class().from_model_file(MODEL_FILE, norm_probs=False)
    ident.set_languages(list(CANDIDATES))
    if path is not None:
        _save_unpacked(ident, path)
    return ident


def _unpacked_path() -> Path | None:
    """Where the unpacked, restricted model is kept: named for py3langid's version, its model
    file's size and CANDIDATES, under $XDG_CACHE_HOME/govkg (~/.cache/govkg). Not for the
    file's time: every installation (a new virtual environment, each CI run) writes the
    same model anew, and each would leave another 40 MB copy behind."""
    try:
        from importlib.metadata import version

        from py3langid.langid import MODEL_DIR, MODEL_FILE

        key = f"{version('py3langid')}-{(MODEL_DIR / MODEL_FILE).stat().st_size}-{','.join(CANDIDATES)}"
    except (ImportError, OSError, ValueError):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "govkg" / f"langid-{hashlib.sha1(key.encode()).hexdigest()[:16]}.npz"


def _save_unpacked(ident, path: Path) -> None:
    """Write the arrays the classifier reads; a cache that cannot be written is no error."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as f:
            np.savez(f, ptc=ident.nb_ptc, pc=ident.nb_pc, classes=np.array(ident.nb_classes),
                     nextmove=np.frombuffer(ident.tk_nextmove, dtype=f"u{ident.tk_nextmove.itemsize}"),
                     row=np.frombuffer(ident.tk_row, dtype=f"u{ident.tk_row.itemsize}"),
                     output=np.asarray(ident.tk_output, dtype=np.int64))
        os.replace(tmp, path)  # whole or not at all, whoever reads it meanwhile
    except OSError:
        tmp.unlink(missing_ok=True)
        return
    for old in path.parent.glob("langid-*.npz"):  # copies of other models or versions: 40 MB each
        if old != path:
            old.unlink(missing_ok=True)


_TYPECODES = {array(c).itemsize: c for c in "QLIHB"}  # unsigned typecode by item size


def _from_unpacked(path: Path):
    with np.load(path, allow_pickle=False) as data:
        # the automaton's rows as py3langid holds them (a stdlib array of Python ints: its
        # row offsets are shifted in Python, where a uint16 does not overflow)
        rows = _stdlib_array(data["row"])
        ident = _identifier_class()(data["ptc"], data["pc"], data["classes"].tolist(), _mapped(path, "nextmove"),
                                    data["output"].tolist(), norm_probs=False, tk_row=rows)
    ident.set_languages(list(CANDIDATES))
    return ident


def _mapped(path: Path, name: str) -> np.ndarray:
    """The array `name` of the uncompressed .npz `path`, mapped from the file, not read.

    The automaton's moves are 39 MB, of which a build's articles touch a few pages:
    reading and copying them all cost 0.1 CPU-s in every process that reads articles.
    The copy is only ever replaced by a rename (_save_unpacked), never rewritten in
    place, so the mapped file stays whole while it is read."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(f"{name}.npy")
        if info.compress_type != zipfile.ZIP_STORED:
            raise ValueError(f"{name} is compressed")
    with open(path, "rb") as f:
        f.seek(info.header_offset)
        local = f.read(30)  # the member's local header: its name and extra field follow
        if local[:4] != b"PK\x03\x04":
            raise ValueError(f"{name}: no local header")
        f.seek(info.header_offset + 30 + int.from_bytes(local[26:28], "little") + int.from_bytes(local[28:30], "little"))
        read_header = {(1, 0): np.lib.format.read_array_header_1_0,
                       (2, 0): np.lib.format.read_array_header_2_0}.get(np.lib.format.read_magic(f))
        if read_header is None:
            raise ValueError(f"{name}: an .npy version not known here")
        shape, fortran, dtype = read_header(f)
        if fortran or len(shape) != 1:
            raise ValueError(f"{name}: not a flat array")
        return np.memmap(path, dtype=dtype, mode="r", offset=f.tell(), shape=shape)


def _stdlib_array(values: np.ndarray) -> array:
    """The unsigned integers of `values` as a stdlib array, copied once (not through bytes:
    the automaton's 39 MB cost 0.045 CPU-s that way, 0.019 so)."""
    copy = array(_TYPECODES[values.dtype.itemsize])
    copy.frombytes(memoryview(np.ascontiguousarray(values)).cast("B"))
    return copy


# The opening of an article decides as well as all of it (the same answer on every shared
# page and on the first thousands of each vi-news archive with 1,000 characters;
# tests/test_language_id.py), and costs the same whatever the article's length.
PREFIX_CHARS = 2000


def detect(text: str) -> str:
    """ISO 639-1 code of the language of `text` (read from its first PREFIX_CHARS characters)."""
    return _identifier().classify(text[:PREFIX_CHARS])[0]
