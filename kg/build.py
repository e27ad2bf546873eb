"""`kg build`: articles in, graph.ttl and graph.html (and any other serialization asked for) out.

Bad articles are reported and skipped; outputs are written to a staging folder and
swapped in together, so a failed or interrupted build never leaves a partial file, nor
new files beside old ones (write_output_set).
"""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing import Pool
from pathlib import Path

from .article import read_article
from .errors import ArticleError, InputError, OutputError, shown
from .facts import Extraction, extract
from .rdf import article_graphs, build_graph
from .resolve import resolve
from .serialize import SUFFIXES, WRITERS, to_oxigraph, write_trig

ARTICLE_SUFFIXES = (".txt",)


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

    def summary(self) -> str:
        return (f"{self.read} articles read, {len(self.skipped)} skipped, {self.entities} entities, "
                f"{self.triples} triples in {self.seconds:.1f} s")


def article_files(inputs: Iterable[str | Path]) -> list[tuple[Path, str]]:
    """(path, article id) for every article in the given files and folders, in a stable order.

    The id is the file name; a second file of the same name gets its folder in front.
    """
    found: list[Path] = []
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        elif path.is_file():
            found.append(path)
        else:
            raise InputError(f"{shown(given)}: no such file or folder")
    ids: set[str] = set()
    out = []
    for path in found:
        article_id = path.name
        if article_id in ids:
            article_id = f"{path.parent.name}/{path.name}"
        ids.add(article_id)
        out.append((path, article_id))
    return out


def _read_one(job: tuple[Path, str]) -> Extraction | str:
    """Worker: one article's extraction, or the reason it was skipped."""
    path, article_id = job
    try:
        return extract(read_article(path, article_id=article_id))
    except ArticleError as e:
        return str(e)
    except Exception as e:  # noqa: BLE001 - a bug on one article must not lose the others
        return f"{shown(article_id)}: could not be read ({type(e).__name__}: {shown(e, quote=False)}; please report this article)"


def extractions(jobs_in: list[tuple[Path, str]], jobs: int = 1) -> Iterator[Extraction | str]:
    """Extractions in input order; `jobs` > 1 reads articles in parallel processes."""
    if jobs <= 1 or len(jobs_in) < 2:
        yield from map(_read_one, jobs_in)
        return
    from .workers import quiet_worker

    # Workers leave Ctrl-C to this process and die with it, so a killed build prints nothing.
    with Pool(jobs, initializer=quiet_worker) as pool:
        yield from pool.imap(_read_one, jobs_in, chunksize=8)


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
    `kg export`) removed. A staging folder of a build still running is left alone."""
    for tmp in out.glob(".graph.*.tmp"):
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
          on_article: Callable[[], None] | None = None, on_skip: Callable[[str], None] | None = None,
          on_warning: Callable[[str], None] | None = None) -> BuildReport:
    """Read every article under `inputs` and write out_dir/graph.ttl and out_dir/graph.html.

    `formats` names further serializations to write beside graph.ttl: "trig" (one named
    graph per article), "ntriples", "jsonld".
    """
    from .html import write_html

    started = time.perf_counter()
    files = article_files(inputs)
    out = prepare_output(out_dir)
    report = BuildReport()
    kept: list[Extraction] = []
    for result in extractions(files, jobs):
        if isinstance(result, str):
            report.skipped.append(result)
            if on_skip:
                on_skip(result)
        else:
            kept.append(result)
            report.read += 1
            for warning in result.article.warnings:
                report.warnings.append(warning)
                if on_warning:
                    on_warning(warning)
        if on_article:
            on_article()
    kept = resolve(kept)  # article-local persons -> corpus identities
    graph = build_graph(kept)
    triples = to_oxigraph(graph)
    files: dict[str, Callable[[Path], None]] = {}
    for fmt in ["turtle"] + sorted(set(formats) - {"turtle"}):
        if fmt == "trig":
            files[f"graph{SUFFIXES[fmt]}"] = lambda p: _write_trig(triples, kept, p)
        else:
            files[f"graph{SUFFIXES[fmt]}"] = lambda p, write=WRITERS[fmt]: write(triples, p)
    files["graph.html"] = lambda p: write_html(graph, p)
    try:
        report.outputs += write_output_set(out, files)
    except OSError as e:
        raise OutputError(f"{shown(out)}: cannot write output ({e.strerror})") from None
    report.triples = len(graph)
    report.entities = count_entities(graph)
    report.seconds = time.perf_counter() - started
    return report


def _write_trig(triples: list, kept: list[Extraction], path: Path) -> None:
    """TriG: each article's statements in a graph named by its IRI; the rest of the graph
    (the articles' descriptions, code lists, gazetteer) in the default graph."""
    named = [(name, to_oxigraph(g)) for name, g in article_graphs(kept)]
    in_named = {t for _, g in named for t in g}
    write_trig((t for t in triples if t not in in_named), named, path)


def count_entities(graph) -> int:
    """Persons, bodies, places and directives in the graph."""
    from rdflib.namespace import FOAF, ORG, RDF

    from .vocab import SCHEMA
    kinds = (FOAF.Person, ORG.Organization, SCHEMA.AdministrativeArea, SCHEMA.Legislation)
    return sum(1 for k in kinds for _ in graph.subjects(RDF.type, k))
