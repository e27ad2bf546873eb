"""What earlier builds extracted, kept beside their outputs, so a rebuild reads only what changed.

One SQLite file (`OUT/.kg-cache.sqlite3`) maps each article id to the hash of its text
and its extraction (pickled, compressed), and, for an article read from an archive line,
that line's digest (kg.sources.line_digest), so an unchanged line need not be decoded.
The whole cache is tied to a fingerprint of the code and language data that extract:
change either and every article is read again.
An article no longer among the inputs is dropped from the cache when the build ends.
"""
from __future__ import annotations

import hashlib
import pickle
import sqlite3
import zlib
from functools import cache
from pathlib import Path

from .facts import Extraction

CACHE_NAME = ".kg-cache.sqlite3"
# The files whose content decides what an article yields: the package's code and data.
_PACKAGE = Path(__file__).resolve().parent
_FINGERPRINTED = ("*.py", "*.yaml", "*.tsv")


@cache
def code_fingerprint() -> str:
    """A hash of the code and language data that extraction runs on."""
    h = hashlib.sha256()
    for pattern in _FINGERPRINTED:
        for path in sorted(_PACKAGE.rglob(pattern)):
            h.update(str(path.relative_to(_PACKAGE)).encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def text_hash(article_id: str, text: str) -> bytes:
    """What an extraction depends on besides the code: the article's id and text."""
    return hashlib.blake2b(article_id.encode() + b"\0" + text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def pack(ex: Extraction, compress: bool = True) -> bytes:
    """An extraction as bytes: compressed to be kept in the cache, or only pickled to be
    handed to the build (--no-cache: compressing and decompressing every article of an
    archive would cost about 2 CPU-s and save nothing)."""
    data = pickle.dumps(ex, protocol=pickle.HIGHEST_PROTOCOL)
    return zlib.compress(data, 1) if compress else data


def unpack(blob: bytes, compressed: bool = True) -> Extraction:
    return pickle.loads(zlib.decompress(blob) if compressed else blob)


class ExtractionCache:
    """Extractions by article id and text hash, in one SQLite file. Use as a context manager."""

    def __init__(self, path: Path, fingerprint: str | None = None) -> None:
        self.path = path
        self.fingerprint = fingerprint or code_fingerprint()
        self._db: sqlite3.Connection | None = None
        self._pending: list[tuple[str, bytes, bytes, bytes | None]] = []
        self.hits = 0

    def __enter__(self) -> "ExtractionCache":
        self._db = _open(self.path)
        row = self._db.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
        if row is None or row[0] != self.fingerprint:
            self._db.execute("DELETE FROM articles")
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?)", (self.fingerprint,))
        self._db.execute("CREATE TEMP TABLE seen (id TEXT PRIMARY KEY)")
        return self

    def get(self, article_id: str, digest: bytes, line: bytes = b"") -> bytes | None:
        """The packed extraction of this article at this text, if an earlier build made it
        (noting the digest of the archive line it was read from, if given)."""
        self._db.execute("INSERT OR IGNORE INTO seen VALUES (?)", (article_id,))
        row = self._db.execute("SELECT extraction, line FROM articles WHERE id = ? AND hash = ?",
                               (article_id, digest)).fetchone()
        if row is None:
            return None
        self.hits += 1
        if line and row[1] != line:
            self._db.execute("UPDATE articles SET line = ? WHERE id = ?", (line, article_id))
        return row[0]

    def known(self, line: bytes) -> tuple[str, bytes] | None:
        """The id and text hash of the article an earlier build read from an archive line of
        this digest (kg.sources.line_digest), if any."""
        row = self._db.execute("SELECT id, hash FROM articles WHERE line = ?", (line,)).fetchone()
        return (row[0], row[1]) if row else None

    def put(self, article_id: str, digest: bytes, blob: bytes, line: bytes = b"") -> None:
        self._pending.append((article_id, digest, blob, line or None))
        if len(self._pending) >= 256:
            self._flush()

    def _flush(self) -> None:
        self._db.executemany("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?)", self._pending)
        self._pending.clear()

    def __exit__(self, kind, value, tb) -> None:
        try:
            if kind is None:
                self._flush()
                # articles no longer among the inputs
                self._db.execute("DELETE FROM articles WHERE id NOT IN (SELECT id FROM seen)")
                self._db.commit()
            else:
                self._db.rollback()
        finally:
            self._db.close()


def read_note(path: Path, name: str) -> str | None:
    """A value a build noted in the cache file beside its outputs (see note), or None."""
    if not path.is_file():
        return None
    try:
        db = sqlite3.connect(path)
        try:
            row = db.execute("SELECT value FROM meta WHERE key = ?", ("note:" + name,)).fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def note(path: Path, name: str, value: str) -> None:
    """Keep `value` under `name` in the cache file, beside (not tied to) the fingerprint:
    what a build wants the next one to know, e.g. what graph.html was drawn from."""
    db = _open(path)
    try:
        db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", ("note:" + name, value))
        db.commit()
    finally:
        db.close()


def _open(path: Path, retry: bool = True) -> sqlite3.Connection:
    try:
        db = sqlite3.connect(path, isolation_level="DEFERRED")
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        columns = [row[1] for row in db.execute("PRAGMA table_info(articles)")]
        if columns and "line" not in columns:  # a cache of an earlier version: start it again
            db.execute("DROP TABLE articles")
        db.execute("CREATE TABLE IF NOT EXISTS articles (id TEXT PRIMARY KEY, hash BLOB, extraction BLOB, line BLOB)")
        db.execute("CREATE INDEX IF NOT EXISTS articles_line ON articles (line)")
        return db
    except sqlite3.DatabaseError:
        if not retry:
            raise
        # a damaged or foreign file: start again (the cache only ever saves time)
        path.unlink(missing_ok=True)
        Path(f"{path}-journal").unlink(missing_ok=True)
        return _open(path, retry=False)
