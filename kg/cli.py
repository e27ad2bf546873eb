"""The `kg` command. The library raises KgError; only this module turns it into 'Error: ...'."""
from __future__ import annotations

import atexit
import gc
import shutil
import signal
import sys
from pathlib import Path

import click

from .errors import InputError, KgError, shown
from .sources import ID_FIELD, TEXT_FIELDS


def _fail(e: Exception) -> None:
    raise click.ClickException(str(e))


def _unexpected(e: Exception) -> None:
    """A bug, not a user error: still one line, with what to report."""
    from .store import first_line

    raise click.ClickException(f"unexpected {type(e).__name__}: {first_line(e)} (please report this with the input)")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="govkg", prog_name="kg")
def main() -> None:
    """govkg: a knowledge graph of who directs what in Vietnamese government, read from news.

    Build a graph from articles, query it with SPARQL, check it against the SHACL shapes.

    \b
    Example:
        kg build seeds/ --out output/
        kg query output/graph.ttl "SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name }"
    """
    atexit.unregister(_spare_last_collections)  # once, however many commands a process runs
    atexit.register(_spare_last_collections)


def _spare_last_collections() -> None:
    """At exit, put every object out of the cyclic collector's reach. The interpreter's last
    collections would walk all the command leaves alive (the language data, the gazetteer,
    the modules: 0.15 CPU-s after a build, 6% of adding 100 articles to 2,000) to free what
    the ending process gives back anyway; reference counting still frees the rest as before."""
    gc.freeze()


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path),
              help="Folder to write graph.ttl and graph.html into (created if missing).")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Read articles in this many processes.")
@click.option("--format", "-f", "formats", multiple=True, type=click.Choice(["turtle", "trig", "ntriples", "jsonld"]),
              help="Also write the graph in this format (repeatable): trig (graph.trig, one named graph "
                   "per article), ntriples (graph.nt), jsonld (graph.jsonld). graph.ttl is always written.")
@click.option("--executor", default="local", show_default=True, metavar="local|dask|dask=tcp://HOST:PORT",
              help="Where articles are read: here (--jobs processes), on a local Dask cluster of --jobs "
                   "workers, or on the Dask cluster whose scheduler listens at the address "
                   "(needs pip install 'govkg[distributed]').")
@click.option("--no-cache", is_flag=True,
              help="Read every article again, even those unchanged since the last build into OUT.")
@click.option("--id-field", default=ID_FIELD, show_default=True, help="The field of a JSONL record naming the article.")
@click.option("--text-field", "text_fields", multiple=True, metavar="FIELD",
              help="A field of a JSONL record holding its text (repeatable; the fields a record has are "
                   f"joined by blank lines). Default: {', '.join(TEXT_FIELDS)}.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, warnings or summary.")
def build(inputs: tuple[Path, ...], out_dir: Path, jobs: int, formats: tuple[str, ...], executor: str,
          no_cache: bool, id_field: str, text_fields: tuple[str, ...], quiet: bool) -> None:
    """Read the articles in INPUTS (.txt files, .jsonl or .jsonl.gz archives, or folders of them)
    and write a graph.

    Each article is a UTF-8 text file; a 'URL:' or 'Source:' line gives its address and
    the file name its identifier. An archive holds one JSON record an article a line: its
    --id-field is the identifier, its --text-field fields the text (read as NFC). The language (English, Indonesian, Vietnamese) and the
    date are read from the text. OUT/graph.ttl is the graph in Turtle, OUT/graph.html an
    interactive picture that opens offline. An article that cannot be read (binary, empty,
    not UTF-8, another language) is named in a warning and skipped.

    With --format trig, OUT/graph.trig holds each article's statements in a named graph
    whose name is the article's IRI, and the articles' descriptions in the default graph,
    so a triple store can load, replace or drop one article's statements.

    Building into the same OUT again reads only the articles whose text changed (and all
    of them when govkg or its language data changed); a cache in OUT/.kg-cache.sqlite3
    keeps what the others said. Articles no longer among INPUTS leave the graph.
    graph.html is drawn again only when the graph changed (the cache notes what it was drawn from).

    \b
    Example:
        kg build seeds/ ../shared/corpus/pages/005.txt --out output/
        kg build seeds/ --out output/ --format trig --format jsonld
        kg build news.jsonl.gz --id-field id --text-field title --text-field body --out output/ -j 2
        kg build news.jsonl.gz --out output/ --executor dask=tcp://10.0.0.5:8786
    """
    from .build import build as run_build
    from .sources import Fields, count_articles

    fields = Fields(id_field, text_fields or TEXT_FIELDS)
    try:
        show_bar = not quiet and sys.stderr.isatty()
        total = count_articles(inputs) if show_bar else 0
        with click.progressbar(length=total, label="Reading articles", file=sys.stderr,
                               hidden=not show_bar or total < 20) as bar:
            report = run_build(inputs, out_dir, jobs=jobs, formats=formats, executor=executor, cache=not no_cache,
                               fields=fields, on_article=lambda: bar.update(1),
                               on_skip=None if quiet else lambda why: click.echo(f"Warning: skipped {why}", err=True),
                               on_warning=None if quiet else lambda what: click.echo(f"Warning: {what}", err=True))
    except KgError as e:
        _fail(e)
    except Exception as e:  # noqa: BLE001 - the promise is one line, never a traceback
        _unexpected(e)
    if not quiet:
        click.echo(f"{report.summary()}; wrote {', '.join(shown(p) for p in report.outputs)}", err=True)


@main.command()
@click.argument("words", nargs=-1, metavar="GRAPH_FILE [QUESTION [ARGS]...]")
@click.option("--file", "-f", "query_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the query from this .rq file.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="How to print the answer.")
@click.option("--list", "list_canned", is_flag=True, help="List the canned questions and exit.")
@click.option("--show", is_flag=True, help="Print the SPARQL of QUESTION with its ARGS and exit (no GRAPH_FILE).")
@click.option("--allow-service", is_flag=True, help="Let the query use SERVICE (send requests to other endpoints).")
@click.option("--timeout", type=click.FloatRange(0.1, None),
              help="Stop the query after this many seconds (it then runs in a separate process).")
@click.option("--role", metavar="ROLE", help="holders: only this role (a notation: chair, secretary, director...).")
@click.option("--across-eras", is_flag=True,
              help="officials-of: also the units that took the locality over in 2025 (asks officials-of-across-eras).")
@click.option("--wide", is_flag=True, help="Print a table's cells whole (by default long cells are cut to the terminal's width).")
def query(words: tuple[str, ...], query_file: Path | None, fmt: str, list_canned: bool, show: bool,
          allow_service: bool, timeout: float | None, role: str | None, across_eras: bool, wide: bool) -> None:
    """Answer a SPARQL query, or a canned question, over GRAPH_FILE.

    GRAPH_FILE is Turtle, TriG, N-Triples or JSON-LD (by its suffix); Oxigraph answers.
    QUESTION is either SPARQL (the project's prefixes govkg, org, foaf, schema, skos,
    prov, dcterms, nif, rdf, rdfs and xsd are declared for you) or the name of a canned
    question from queries/, followed by its arguments:

    \b
      officials-of PLACE_NAME     officials and their posts in a locality
      who-directs TARGET_NAME     who directs a body or locality, with the sentence
      directives-by ISSUER_NAME   numbered documents a body issued
      posts-of PERSON             one person's posts over time
      holders BODY_NAME [--role R] who held a body's posts, when, says which article;
                                  the current holder and whom each succeeded
      headless-bodies             bodies with no known head

    Names match with or without diacritics; --list shows every canned question and
    --show prints the SPARQL it runs, to adapt or to paste into another SPARQL client.
    A query is checked first: at most 100,000 characters, nested at most 64 deep, and
    no SERVICE unless --allow-service. A table's long cells are cut to fit the terminal
    ('…' marks a cut); --wide prints them whole, as csv and json always do.

    \b
    Examples:
        kg query output/graph.ttl officials-of "Kien An"
        kg query output/graph.ttl officials-of "Kien An" --across-eras
        kg query output/graph.ttl holders "People's Committee of Hai Phong" --role chair
        kg query output/graph.ttl posts-of "Lê Ngọc Châu" --format csv
        kg query output/graph.ttl "SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name }"
        kg query output/graph.ttl --file my-question.rq --format json --timeout 10
        kg query --show officials-of "Hai Phong"
    """
    from .canned import canned, canned_queries, looks_like_a_name
    from .query import run_query, run_query_in_time
    from .sparql_check import QueryLimits

    try:
        if list_canned:
            for q in canned_queries().values():
                click.echo(f"{q.usage():40} {q.summary}")
            return
        options = {"role": role} if role else {}
        graph_file, words = (None, words) if show else (words[0] if words else None, words[1:])
        if (options or across_eras) and (query_file is not None or not words or words[0] not in canned_queries()):
            raise click.UsageError("--role and --across-eras go with a canned question")
        if across_eras:
            words = (_across_eras(words[0]),) + tuple(words[1:])
        if query_file is not None:
            if words:
                raise click.UsageError("give a SPARQL query or --file, not both")
            text = _read_query_file(query_file)
        elif not words:
            raise click.UsageError("give a SPARQL query, a canned question (see --list) or --file")
        elif words[0] in canned_queries() or looks_like_a_name(words[0]):
            text = canned(words[0]).render(words[1:], options)  # a misspelt name is told so, with the near ones
        elif len(words) > 1:
            raise click.UsageError(f"unexpected arguments after the query: {' '.join(words[1:])}")
        else:
            text = words[0]
        if show:
            click.echo(text, nl=False)
            return
        if graph_file is None or not Path(graph_file).is_file():
            raise InputError(f"{graph_file or 'GRAPH_FILE'}: no such graph file")
        limits = QueryLimits(allow_service=allow_service)
        width = None if wide else shutil.get_terminal_size((120, 24)).columns
        if timeout is None:
            answer = run_query(Path(graph_file), text, fmt, limits, width)
        else:
            answer = run_query_in_time(Path(graph_file), text, fmt, limits, timeout, width)
        click.echo(answer, nl=False)
    except KgError as e:
        _fail(e)
    except click.ClickException:
        raise
    except Exception as e:  # noqa: BLE001 - the promise is one line, never a traceback
        _unexpected(e)


def _read_query_file(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{shown(path)}: not UTF-8 text (byte {e.start})") from None
    except OSError as e:
        raise InputError(f"{shown(path)}: cannot read ({e.strerror or e})") from None


def _across_eras(question: str) -> str:
    """The canned question that asks `question` across the 2025 reorganisation."""
    from .canned import canned_queries

    name = f"{question}-across-eras"
    if name not in canned_queries():
        raise InputError(f"{question} takes no option --across-eras")
    return name


@main.command()
@click.argument("graph_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--to", "to", required=True,
              type=click.Choice(["turtle", "ntriples", "jsonld", "neo4j", "html", "csv", "graphml"]),
              help="What to write: an RDF syntax, Neo4j import files, the interactive picture, CSV tables or GraphML.")
@click.argument("out", type=click.Path(path_type=Path))
def export(graph_file: Path, to: str, out: Path) -> None:
    """Write GRAPH_FILE in another form to OUT.

    \b
      turtle, ntriples, jsonld   the same graph in that RDF syntax (JSON-LD compacted
                                 with the @context of ontology/context.jsonld, inline)
      html                       the interactive picture, as kg build draws it
      neo4j                      OUT is a folder: node and relationship CSVs in the
                                 neo4j-admin import format, schema-neo4j3.cypher and
                                 schema-neo4j5.cypher (uniqueness constraints),
                                 data.cypher (the data as UNWIND/MERGE statements for
                                 Neo4j 3.1 to 5) and load-csv.cypher (LOAD CSV of the CSVs)
      csv                        OUT is a folder: officials.csv, bodies.csv, directives.csv
                                 and directs.csv, with a header row, for a spreadsheet
      graphml                    the picture's nodes and edges with typed attributes, for
                                 Gephi, Cytoscape or networkx

    TriG, with a named graph per article, is written by kg build --format trig.

    \b
    Examples:
        kg export output/graph.ttl --to neo4j output/neo4j
        kg export output/graph.ttl --to jsonld output/graph.jsonld
        kg export output/graph.ttl --to csv output/tables
        kg export output/graph.ttl --to graphml output/graph.graphml
    """
    from .export import export as run_export

    try:
        written = run_export(graph_file, to, out)
    except KgError as e:
        _fail(e)
    except Exception as e:  # noqa: BLE001 - the promise is one line, never a traceback
        _unexpected(e)
    click.echo(f"wrote {', '.join(shown(p) for p in written)}", err=True)


@main.command()
@click.argument("graph_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--port", "-p", default=7878, show_default=True, type=click.IntRange(0, 65535),
              help="Port on 127.0.0.1 to listen on (0 picks a free one).")
@click.option("--timeout", default=5.0, show_default=True, type=click.FloatRange(0.1, 3600),
              help="Seconds a query may run (and wait for a free worker) before it is stopped with a 503.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 32),
              help="Queries answered at once, each in its own process holding the graph.")
@click.option("--allow-service", is_flag=True,
              help="Let queries use SERVICE, which makes this server send requests to the addresses they name.")
@click.option("--cors", is_flag=True,
              help="Send CORS headers, so that web pages (YASGUI) can query; any page you visit then can.")
@click.option("--verbose", "-v", is_flag=True, help="Log every request (bad requests are always logged).")
def serve(graph_file: Path, port: int, timeout: float, workers: int, allow_service: bool, cors: bool,
          verbose: bool) -> None:
    """Answer SPARQL over GRAPH_FILE on http://127.0.0.1:PORT/sparql until Ctrl-C.

    The SPARQL 1.1 Protocol, read-only: GET ?query=..., a POST form, or a POST body of
    type application/sparql-query. Answers are SPARQL JSON, XML, CSV or TSV (Turtle,
    N-Triples, RDF/XML or JSON-LD for CONSTRUCT), as the Accept header asks. The
    project's prefixes are declared. Only this machine can connect.

    Queries are checked before they run (at most 100,000 characters, nested at most 64
    deep, no SERVICE unless --allow-service) and stopped after --timeout seconds; a bad
    request gets a 4xx or 5xx answer with a one-line reason, logged as one line.

    \b
    Example:
        kg serve output/graph.ttl
        kg serve output/graph.ttl --cors --timeout 10     # for YASGUI in a browser
        curl -s http://127.0.0.1:7878/sparql --data-urlencode \\
          'query=SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name }'
    """
    from .serve import HOST, ServeOptions, make_server
    from .sparql_check import QueryLimits
    from .store import GraphStore

    options = ServeOptions(QueryLimits(allow_service=allow_service), timeout, workers, cors, verbose)
    try:
        server = make_server(GraphStore(graph_file), port, options=options)
    except KgError as e:
        _fail(e)
    except OSError as e:
        _fail(OSError(f"cannot listen on {HOST}:{port}: {e.strerror or e}"))
    # An interrupt stops the server even when it was started with SIGINT ignored (a background
    # job of a script, a supervisor, a test runner), which it would otherwise inherit. Installed
    # before the "Serving" line, so whoever reads that line may interrupt at once.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        click.echo(f"Serving {shown(graph_file)} at http://{HOST}:{server.server_address[1]}/sparql "
                   "(Ctrl-C stops)", err=True)
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
    finally:
        server.server_close()


@main.command()
@click.argument("graph_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def validate(graph_file: Path) -> None:
    """Check GRAPH_FILE against the SHACL shapes of ontology/shapes.ttl.

    Prints 'conforms' and exits 0, or prints each violation and exits 1.

    \b
    Example:
        kg validate output/graph.ttl
    """
    from .validate import validate_file

    try:
        conforms, report = validate_file(graph_file)
    except KgError as e:
        _fail(e)
    click.echo(report)
    sys.exit(0 if conforms else 1)


@main.group()
def lang() -> None:
    """Language data: titles, body names, place words and document codes per language.

    \b
    Example:
        kg lang check
    """


@lang.command("check")
@click.argument("codes", nargs=-1)
def lang_check(codes: tuple[str, ...]) -> None:
    """Check the language data of CODES (default: all): unknown keys, duplicates, non-NFC text.

    \b
    Example:
        kg lang check en id
    """
    from . import lang as langdata

    problems = []
    for code in codes or (*langdata.available(), "xx"):
        problems += langdata.check(code)
    for p in problems:
        click.echo(p)
    if problems:
        raise click.ClickException(f"{len(problems)} problem(s) in the language data")
    click.echo("language data ok")
