"""Where articles come from: text files, and JSON Lines archives (`.jsonl`, `.jsonl.gz`).

Both are read lazily, one article at a time, so a build's memory does not grow with the
size of its input. An archive record is one JSON object a line; its id field names the
article and its text fields, joined by blank lines, are the article's text (normalised to
NFC: archives hold decomposed Vietnamese too, and its offsets index the text as read).
"""
from __future__ import annotations

import gzip
import hashlib
import json
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from .article import MAX_BYTES, read_text
from .errors import ArticleError, InputError, shown

ARTICLE_SUFFIXES = (".txt",)
ARCHIVE_SUFFIXES = (".jsonl", ".jsonl.gz")
# Fields an archive record's text is made of when none are given: the first of these a
# record has, in this order, all joined ('title', 'summary' and 'body' of a news dump).
TEXT_FIELDS = ("title", "summary", "body", "text")
ID_FIELD = "id"


@dataclass(frozen=True, slots=True)
class Source:
    """One article as found: its id, where it came from, and its text."""
    id: str
    path: str
    text: str
    line: bytes = b""  # the digest of the archive line it was read from (line_digest; b"" for a file)


@dataclass(frozen=True)
class Fields:
    """Which fields of an archive record give the article's id and its text."""
    id: str = ID_FIELD
    text: tuple[str, ...] = TEXT_FIELDS


@dataclass(frozen=True, slots=True)
class Known:
    """An archive record whose line an earlier build read: its id, where it is, the hash of
    its text (kg.cache.text_hash) and the line itself, decoded again only if need be. An
    unchanged record then costs a digest of its line instead of decoding its JSON and
    hashing its text (0.08 of the 2.4 CPU-s of adding 100 articles to 2,000)."""
    id: str
    path: str
    text_hash: bytes
    raw: bytes
    fields: Fields
    line: bytes  # line_digest of `raw`

    def read(self) -> Source | str:
        """The record decoded, as a Source (or why it is not one)."""
        item = _record(self.raw, self.path, self.fields)
        return replace(item, line=self.line) if isinstance(item, Source) else item


# A line's digest: what an earlier build knew of it (its id and text hash), if anything.
LineIndex = Callable[[bytes], "tuple[str, bytes] | None"]


def line_digest(line: bytes, fields: Fields) -> bytes:
    """What identifies an archive line's article: the line's bytes and the fields read from it."""
    h = hashlib.blake2b(digest_size=16)
    h.update(repr((fields.id, fields.text)).encode() + b"\0")
    h.update(line)
    return h.digest()


def is_archive(path: Path) -> bool:
    return path.name.lower().endswith(ARCHIVE_SUFFIXES)


def input_paths(inputs: Iterable[str | Path]) -> list[Path]:
    """Article files and archives in the given files and folders, in a stable order."""
    found: list[Path] = []
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file()
                            and (p.suffix.lower() in ARTICLE_SUFFIXES or is_archive(p)))
        elif path.is_file():
            found.append(path)
        else:
            raise InputError(f"{shown(given)}: no such file or folder")
    return found


def count_articles(inputs: Iterable[str | Path]) -> int:
    """How many articles the inputs hold (an archive's lines counted), for a progress bar."""
    total = 0
    for path in input_paths(inputs):
        if is_archive(path):
            with _open_archive(path) as lines:
                total += sum(1 for line in lines if line.strip())
        else:
            total += 1
    return total


def sources(inputs: Iterable[str | Path], fields: Fields = Fields(),
            known: LineIndex | None = None) -> Iterator[Source | Known | str]:
    """Every article of the inputs in order, or for one that cannot be read, why.

    Ids are file names (a second file of the same name gets its folder in front) and
    record ids (a record whose id was seen gets its archive's name in front). An archive
    line that `known` knows comes as a Known record, not decoded.
    """
    seen: set[str] = set()
    for path in input_paths(inputs):
        if is_archive(path):
            for item in _records(path, fields, known):
                if isinstance(item, (Source, Known)) and item.id in seen:
                    if isinstance(item, Known):
                        item = item.read()  # its hash was of its own id, not the one it gets here
                    if isinstance(item, Source):  # no line digest: the line's id is not the article's
                        item = Source(f"{path.name}/{item.id}", item.path, item.text)
                if isinstance(item, (Source, Known)):
                    seen.add(item.id)
                yield item
            continue
        article_id = path.name
        if article_id in seen:
            article_id = f"{path.parent.name}/{path.name}"
        seen.add(article_id)
        try:
            yield Source(article_id, str(path), read_text(path))
        except ArticleError as e:
            yield str(e)


def _open_archive(path: Path):
    try:
        if path.name.lower().endswith(".gz"):
            return gzip.open(path, "rb")
        return open(path, "rb")
    except OSError as e:
        raise InputError(f"{shown(path)}: cannot be read ({e.strerror})") from None


def _records(path: Path, fields: Fields, known: LineIndex | None = None) -> Iterator[Source | Known | str]:
    """The articles of one archive, a line at a time (those `known` knows not decoded).

    Without `known` (a build without a cache) no line digest is made: only the cache reads
    them (0.2 CPU-s of the parent's for 6,398 records, taken from the cores the workers read on)."""
    name = shown(path)
    try:
        with _open_archive(path) as lines:
            for n, line in enumerate(lines, 1):
                if line.strip() and known is None:
                    yield _record(line, f"{name}:{n}", fields)
                elif line.strip():
                    where, digest = f"{name}:{n}", line_digest(line, fields)
                    hit = known(digest)
                    if hit:
                        yield Known(hit[0], where, hit[1], line, fields, digest)
                        continue
                    item = _record(line, where, fields)
                    yield replace(item, line=digest) if isinstance(item, Source) else item
    except (OSError, EOFError, gzip.BadGzipFile) as e:
        yield f"{shown(path)}: archive is damaged after the articles read so far ({e})"


def _record(line: bytes, where: str, fields: Fields) -> Source | str:
    """One archive line as an article, or why it is not one."""
    try:
        record = json.loads(line)
    except (ValueError, UnicodeDecodeError) as e:
        return f"{where}: not a JSON record ({str(e).splitlines()[0][:80]})"
    if not isinstance(record, dict):
        return f"{where}: not a JSON object"
    ident = record.get(fields.id)
    if not isinstance(ident, (str, int)) or isinstance(ident, bool) or not str(ident).strip():
        return f"{where}: no {fields.id!r} field"
    parts = [record[f] for f in fields.text if isinstance(record.get(f), str) and record[f].strip()]
    if not parts:
        return f"{where}: no text in {', '.join(repr(f) for f in fields.text)}"
    text = unicodedata.normalize("NFC", "\n\n".join(parts) + "\n")
    if len(text) > MAX_BYTES:
        return f"{where}: larger than {MAX_BYTES // 1_000_000} MB"
    return Source(str(ident).strip(), f"{where}", text)
