"""`kg build`: articles in, graph.ttl and graph.html (and any other serialization asked for) out.

Bad articles are reported and skipped; outputs are written to a staging folder and
swapped in together, so a failed or interrupted build never leaves a partial file, nor
new files beside old ones (write_output_set).
"""
from __future__ import annotations

import gc
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .article import make_article
from .cache import CACHE_NAME, ExtractionCache, code_fingerprint, note, pack, read_note, text_hash, unpack
from .errors import ArticleError, InputError, OutputError, shown
from .executors import executor as open_executor
from .facts import Extraction, extract
from .rdf import article_graphs, merge
from .resolve import resolve
from .resolve.identity import Mention, mentions_of
from .serialize import SUFFIXES, WRITERS, write_trig
from .sources import Fields, Known, Source, input_paths, sources
from .terms import sorted_triples

BATCH = 16  # articles sent to a worker at a time


@dataclass
class BuildReport:
    """What a build did, for the one-line summary."""
    read: int = 0
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    entities: int = 0
    triples: int = 0
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)
    cached: int = 0

    def summary(self) -> str:
        reused = f" ({self.cached} unchanged since the last build)" if self.cached else ""
        return (f"{self.read} articles read{reused}, {len(self.skipped)} skipped, {self.entities} entities, "
                f"{self.triples} triples in {self.seconds:.1f} s")


def extract_source(source: Source, compress: bool = True) -> bytes | str:
    """Worker: one article's packed extraction (without the article's text; see cache.pack),
    or why it was skipped."""
    try:
        ex = extract(make_article(source.text, source.id, source.path))
    except ArticleError as e:
        return str(e)
    except Exception as e:  # noqa: BLE001 - a bug on one article must not lose the others
        return f"{shown(source.id)}: could not be read ({type(e).__name__}: {shown(e, quote=False)}; please report this article)"
    ex.article = ex.article.without_text()
    return pack(ex, compress)


def extract_batch(batch: list[Source]) -> list[bytes | str]:
    """Worker: `extract_source` of each article of a batch, packed for the cache."""
    return [extract_source(s) for s in batch]


def extract_batch_uncompressed(batch: list[Source]) -> list[bytes | str]:
    """Worker: `extract_source` of each article of a batch, for a build without a cache."""
    return [extract_source(s, compress=False) for s in batch]


def extractions(items: Iterable[Source | Known | str], run=None, cache: ExtractionCache | None = None
                ) -> Iterator[Extraction | str]:
    """Extractions of `items` in input order (a str item, or result, says why an article was skipped).

    `run` is an executor (kg.executors; None reads here); articles the cache holds at the
    same text are not read again. At most `run.window` batches are in flight, so the texts
    held at once do not grow with the input.
    """
    from .executors import Serial

    run = run or Serial()
    pending: deque = deque()
    for batch in _batches(items, BATCH):
        pending.append(_submit(batch, run, cache))
        while len(pending) > run.window:
            yield from _collect(*pending.popleft(), cache)
    while pending:
        yield from _collect(*pending.popleft(), cache)


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _submit(batch: list[Source | Known | str], run, cache: ExtractionCache | None) -> tuple[list, object]:
    """Look each article up in the cache; send the others to the executor as one task."""
    entries, misses = [], []
    for item in batch:
        if isinstance(item, Known):
            blob = cache.get(item.id, item.text_hash) if cache else None
            if blob is not None:
                entries.append((item.id, item.text_hash, blob, item.line))
                continue
            item = item.read()  # its extraction is gone: decode the line after all
        if isinstance(item, str):
            entries.append((item, None, None, b""))
            continue
        digest = text_hash(item.id, item.text) if cache else b""  # without a cache no one asks
        blob = cache.get(item.id, digest, item.line) if cache else None
        entries.append((item.id, digest, blob, item.line))
        if blob is None:
            misses.append(item)
    return entries, (run.submit(extract_batch if cache else extract_batch_uncompressed, misses) if misses else None)


def _collect(entries: list, handle, cache: ExtractionCache | None) -> Iterator[Extraction | str]:
    answers = iter(handle.get() if handle is not None else ())
    for article_id, digest, blob, line in entries:
        if digest is None:  # a source that could not be read
            yield article_id
            continue
        if blob is None:
            blob = next(answers)
            if isinstance(blob, str):
                yield blob
                continue
            if cache:
                cache.put(article_id, digest, blob, line)
        yield unpack(blob, compressed=cache is not None)


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Call `write` on a temporary file beside `path`, then rename it into place."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    # mkstemp makes the file private (0600); the output should be as readable as any other
    # file the user writes, e.g. by a triple store's server running as another user.
    os.chmod(tmp, 0o666 & ~_umask())
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


STAGING_PREFIX = ".kg-staging-"   # + pid of the build writing it
PAGE_PREFIX = ".kg-page-"         # + pid of the build: graph.html drawn aside (Picture.draw_aside)
COMPLETE = ".complete"            # in a staging folder: the set is whole; its lines name the files


def write_output_set(out: Path, files: dict[str, Callable[[Path], None]]) -> list[Path]:
    """Write every file of a build's output set, then swap them all in: the set appears
    whole or not at all.

    Each `files[name]` writes into a staging folder inside `out`; once all are written, a
    marker says the set is complete and the files are renamed into place (a few renames).
    A build killed while writing leaves only the staging folder, which the next build
    removes; one killed during the renames leaves a complete set that the next build
    finishes moving in (see recover_outputs)."""
    recover_outputs(out)
    staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=out))
    try:
        for name, write in files.items():
            write(staging / name)
        (staging / COMPLETE).write_text("\n".join(files) + "\n", encoding="utf-8")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _swap_in(staging, out)
    return [out / name for name in files]


def _swap_in(staging: Path, out: Path) -> None:
    """Move a complete staged set into `out`, then remove the staging folder."""
    for name in (staging / COMPLETE).read_text(encoding="utf-8").split():
        if (staging / name).exists():  # gone if a killed run had already moved it
            os.replace(staging / name, out / name)
    shutil.rmtree(staging, ignore_errors=True)


def recover_outputs(out: Path) -> None:
    """Finish or remove what killed builds left in `out`: a complete staged set is moved in,
    an incomplete one deleted, and hidden '.graph.*.tmp' files (of older versions, and of
    `kg export`) removed, as are pages a killed build was drawing aside. A staging folder
    or page of a build still running is left alone."""
    for tmp in out.glob(".graph.*.tmp"):
        tmp.unlink(missing_ok=True)
    for tmp in out.glob(f"{PAGE_PREFIX}*.tmp"):
        pid = tmp.name[len(PAGE_PREFIX):].split("-")[0]
        if pid != str(os.getpid()) and not _running(pid):  # this build's own is being drawn
            tmp.unlink(missing_ok=True)
    for staging in sorted(out.glob(f"{STAGING_PREFIX}*")):
        if not staging.is_dir() or _running(staging.name[len(STAGING_PREFIX):].split("-")[0]):
            continue
        if (staging / COMPLETE).is_file():
            _swap_in(staging, out)
        else:
            shutil.rmtree(staging, ignore_errors=True)


def _running(pid_text: str) -> bool:
    """Whether the process numbered `pid_text` (another build) is alive."""
    if not pid_text.isdigit() or int(pid_text) == os.getpid():
        return False
    try:
        os.kill(int(pid_text), 0)
    except (ProcessLookupError, OverflowError, ValueError):
        return False
    except PermissionError:
        return True
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def prepare_output(out_dir: str | Path) -> Path:
    """The output folder, created if need be; OutputError if it cannot be written."""
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"{shown(out)}: cannot create output folder ({e.strerror})") from None
    if not out.is_dir() or not os.access(out, os.W_OK | os.X_OK):
        raise OutputError(f"{shown(out)}: output folder is not writable")
    return out


def build(inputs: Iterable[str | Path], out_dir: str | Path, *, jobs: int = 1, formats: Iterable[str] = (),
          executor: str = "local", cache: bool = True, fields: Fields = Fields(),
          on_article: Callable[[], None] | None = None, on_skip: Callable[[str], None] | None = None,
          on_warning: Callable[[str], None] | None = None) -> BuildReport:
    """Read every article under `inputs` and write out_dir/graph.ttl and out_dir/graph.html.

    `inputs` are article files, JSON Lines archives (`fields` names their id and text
    fields) and folders of either. `formats` names further serializations to write beside
    graph.ttl: "trig" (one named graph per article), "ntriples", "jsonld". `executor` is
    where articles are read ("local", "dask", "dask=tcp://HOST:PORT"; see kg.executors).
    With `cache`, articles whose text is unchanged since the last build into the same
    folder (and code and language data too) are not read again.
    """
    with _collector_paused():
        return _build(inputs, out_dir, jobs, formats, executor, cache, fields, on_article, on_skip, on_warning)


def _build(inputs, out_dir, jobs, formats, executor, cache, fields, on_article, on_skip, on_warning) -> BuildReport:
    started = time.perf_counter()
    paths = input_paths(inputs)
    out = prepare_output(out_dir)
    report = BuildReport()
    kept: list[Extraction] = []
    mentions: list[Mention] = []  # the persons of the extractions, for resolve
    with _cache(out, cache) as store, open_executor(executor, jobs) as run:
        for result in extractions(sources(paths, fields, store.known if store else None), run, store):
            if isinstance(result, str):
                report.skipped.append(result)
                if on_skip:
                    on_skip(result)
            else:
                kept.append(result)
                # read here, while workers read on: not after the last article (1.2 CPU-s
                # for the whole vi-news archive)
                mentions += mentions_of(result)
                report.read += 1
                for warning in result.article.warnings:
                    report.warnings.append(warning)
                    if on_warning:
                        on_warning(warning)
            if on_article:
                on_article()
        report.cached = store.hits if store else 0
    kept = resolve(kept, mentions)  # article-local persons -> corpus identities
    del mentions
    report.outputs, report.triples, report.entities = _write(out, kept, formats, Picture(out, reuse=cache),
                                                             aside=jobs > 1 and executor == "local")
    report.seconds = time.perf_counter() - started
    return report


def _write(out: Path, kept: list[Extraction], formats: Iterable[str], picture: Picture,
           aside: bool) -> tuple[list[Path], int, int]:
    """Merge the extractions and write graph.ttl, the other `formats` and graph.html into
    `out` (see write_output_set); the files written, the number of triples and of entities.
    With `aside`, a second core may draw the page meanwhile (Picture.draw_aside)."""
    merged = merge(kept)  # plain terms: what the page is drawn from
    try:
        if aside:
            picture.draw_aside(merged)
        triples = sorted_triples(merged)
        entities = count_entities(merged)
        if picture.drawing_aside:
            # Only a failed fork needs triples to draw from, and the sorted ones give the same
            # page (views.plain_triples): the plain ones are freed now, while the page is
            # drawn, not after it (0.75 s with counting the entities, for the whole archive).
            merged = triples
        files: dict[str, Callable[[Path], None]] = {}
        for fmt in ["turtle"] + sorted(set(formats) - {"turtle"}):
            if fmt == "trig":
                files[f"graph{SUFFIXES[fmt]}"] = lambda p: _write_trig(triples, kept, p)
            else:
                files[f"graph{SUFFIXES[fmt]}"] = lambda p, write=WRITERS[fmt]: write(triples, p)
        files["graph.html"] = lambda p: picture.write(merged, p)
        outputs = write_output_set(out, files)
        picture.remember()
    except OSError as e:
        raise OutputError(f"{shown(out)}: cannot write output ({e.strerror})") from None
    finally:
        picture.close()
    return outputs, len(triples), entities


@contextmanager
def _collector_paused():
    """Python's cyclic garbage collector off while a build runs, on again after.

    A build holds millions of objects that live until it ends (extractions, triples, the
    page's facts) and makes little cyclic garbage, which reference counting does not free
    but the collection after the build does. Each full collection walks every live object:
    with it on, they cost about a tenth of the CPU of adding 100 articles to 2,000."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_DRAWING = ("pyvis", "networkx", "numpy", "jinja2")  # libraries whose versions may change the page


class Picture:
    """graph.html, drawn again only when what it is drawn from changed.

    The page is a function of the graph (which graph.ttl, written first, holds byte for
    byte), of govkg's code and templates and of the drawing libraries. The build cache
    notes a digest of those for the last page written, and the page's own digest: when
    both still hold, the page is copied instead of drawn (seconds for a large graph). A
    page edited or left by another build, or a record left by a build killed before it
    was written, does not match, so the page is drawn."""

    def __init__(self, out: Path, reuse: bool = True) -> None:
        self.out = out
        self.reuse = reuse  # False: always draw, and keep no record (--no-cache)
        self.key = ""
        self._aside: tuple | None = None  # (process, file) drawing the page beside this one

    def draw_aside(self, triples: Iterable[tuple]) -> None:
        """Start drawing the page of `triples` in a forked process, if it will be drawn
        whatever graph.ttl holds (no record of an earlier page to reuse) and this platform
        forks: the page and the sorted triples then take the two cores, not one after the
        other (about 6 s each for the whole vi-news archive). The fork shares the merged
        triples instead of copying them."""
        import multiprocessing

        if (self.reuse and self._recorded()) or "fork" not in multiprocessing.get_all_start_methods():
            return
        fd, tmp = tempfile.mkstemp(prefix=f"{PAGE_PREFIX}{os.getpid()}-", suffix=".tmp", dir=self.out)
        os.close(fd)
        os.chmod(tmp, 0o666 & ~_umask())  # renamed into place: as readable as a page written there
        process = multiprocessing.get_context("fork").Process(target=_draw_quietly, args=(triples, tmp), daemon=True)
        process.start()
        self._aside = (process, Path(tmp))

    @property
    def drawing_aside(self) -> bool:
        """Whether a forked process is drawing the page (see draw_aside)."""
        return self._aside is not None

    def close(self) -> None:
        """Stop a page still being drawn aside (the build failed) and remove its file."""
        if self._aside is None:
            return
        process, tmp = self._aside
        if process.is_alive():
            process.terminate()
        process.join()
        tmp.unlink(missing_ok=True)
        self._aside = None

    def write(self, triples: Iterable[tuple], path: Path) -> None:
        """Write the page of `triples` (plain terms) to `path` (in the staging folder, beside the staged graph.ttl)."""
        if self._aside is not None:
            process, tmp = self._aside
            process.join()
            self._aside = None
            if self.reuse:
                self.key = _picture_key(path.parent / "graph.ttl")
            if process.exitcode == 0:
                os.replace(tmp, path)
                return
            tmp.unlink(missing_ok=True)  # it failed: draw it here, where a failure is reported
        elif self.reuse:
            self.key = _picture_key(path.parent / "graph.ttl")
            old, recorded = self.out / "graph.html", self._recorded()
            if recorded.get("key") == self.key and recorded.get("html") and recorded["html"] == _digest(old):
                shutil.copyfile(old, path)
                return
        from .html import write_html  # networkx and numpy: imported only to draw

        write_html(triples, path)

    def remember(self) -> None:
        """Record what the page now in place was drawn from (once the output set is in place)."""
        if not self.reuse:
            return
        record = json.dumps({"key": self.key, "html": _digest(self.out / "graph.html")})
        try:
            note(self.out / CACHE_NAME, "picture", record)
        except sqlite3.Error:
            pass  # no record: the next build draws the page

    def _recorded(self) -> dict:
        try:
            recorded = json.loads(read_note(self.out / CACHE_NAME, "picture") or "{}")
        except ValueError:
            return {}
        return recorded if isinstance(recorded, dict) else {}


def _draw_quietly(triples: Iterable[tuple], path: str) -> None:
    """In the forked process: draw the page to `path`; exit 1, saying nothing, on any
    failure (the build then draws it itself and reports what went wrong)."""
    try:
        from .html import write_html

        write_html(triples, path)
    except BaseException:  # noqa: BLE001 - reported by the build's own attempt
        os._exit(1)


def _picture_key(turtle: Path) -> str:
    from importlib.metadata import PackageNotFoundError, version

    h = hashlib.sha256(code_fingerprint().encode())
    for template in sorted((Path(__file__).resolve().parent / "templates").iterdir()):
        h.update(template.name.encode() + b"\0" + template.read_bytes() + b"\0")
    for name in _DRAWING:
        try:
            h.update(f"{name} {version(name)}\0".encode())
        except PackageNotFoundError:
            h.update(f"{name} ?\0".encode())
    h.update(_digest(turtle).encode())
    return h.hexdigest()


def _digest(path: Path) -> str | None:
    """SHA-256 of a file's bytes (None if it cannot be read)."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


@contextmanager
def _cache(out: Path, enabled: bool):
    """The extraction cache of the output folder (None when turned off)."""
    if not enabled:
        yield None
        return
    try:
        with ExtractionCache(out / CACHE_NAME) as store:
            yield store
    except sqlite3.Error as e:
        raise OutputError(f"{out / CACHE_NAME}: cannot use the build cache ({e}); try --no-cache") from None


def _write_trig(triples: list, kept: list[Extraction], path: Path) -> None:
    """TriG: each article's statements in a graph named by its IRI; the rest of the graph
    (the articles' descriptions, code lists, gazetteer) in the default graph."""
    named = list(article_graphs(kept))
    in_named = {t for _, g in named for t in g}
    write_trig((t for t in triples if t not in in_named), named, path)


def count_entities(triples: Iterable[tuple]) -> int:
    """Persons, bodies, places and directives among `triples` (plain terms, kg/terms.py)."""
    from .rdf import FOAF, ORG, RDF, SCHEMA

    kinds, rdf_type = {FOAF.Person, ORG.Organization, SCHEMA.AdministrativeArea, SCHEMA.Legislation}, RDF.type
    return sum(1 for _, p, o in triples if o in kinds and p == rdf_type)  # few objects are kinds: test them first
