"""The `kg` command. The library raises KgError; only this module turns it into 'Error: ...'."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .errors import KgError


def _fail(e: Exception) -> None:
    raise click.ClickException(str(e))


def _unexpected(e: Exception) -> None:
    """A bug, not a user error: still one line, with what to report."""
    raise click.ClickException(f"unexpected {type(e).__name__}: {e} (please report this with the input)")


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


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path),
              help="Folder to write graph.ttl and graph.html into (created if missing).")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Read articles in this many processes.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, warnings or summary.")
def build(inputs: tuple[Path, ...], out_dir: Path, jobs: int, quiet: bool) -> None:
    """Read the articles in INPUTS (.txt files, or folders of them) and write a graph.

    Each article is a UTF-8 text file; a 'URL:' or 'Source:' line gives its address and
    the file name its identifier. The language (English, Indonesian, Vietnamese) and the
    date are read from the text. OUT/graph.ttl is the graph in Turtle, OUT/graph.html an
    interactive picture that opens offline. An article that cannot be read (binary, empty,
    not UTF-8, another language) is named in a warning and skipped.

    \b
    Example:
        kg build seeds/ ../shared/corpus/pages/005.txt --out output/
    """
    from .build import article_files, build as run_build

    try:
        total = len(article_files(inputs))
        show_bar = not quiet and total >= 20 and sys.stderr.isatty()
        with click.progressbar(length=total, label="Reading articles", file=sys.stderr,
                               hidden=not show_bar) as bar:
            report = run_build(inputs, out_dir, jobs=jobs, on_article=lambda: bar.update(1),
                               on_skip=None if quiet else lambda why: click.echo(f"Warning: skipped {why}", err=True))
    except KgError as e:
        _fail(e)
    except Exception as e:  # noqa: BLE001 - the promise is one line, never a traceback
        _unexpected(e)
    if not quiet:
        click.echo(f"{report.summary()}; wrote {', '.join(str(p) for p in report.outputs)}", err=True)


@main.command()
@click.argument("graph_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("sparql", required=False)
@click.option("--file", "-f", "query_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the query from this .rq file.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="How to print the answer.")
def query(graph_file: Path, sparql: str | None, query_file: Path | None, fmt: str) -> None:
    """Answer a SPARQL query over GRAPH_FILE (Turtle, TriG, N-Triples or JSON-LD).

    The project's prefixes (govkg, org, foaf, schema, skos, prov, dcterms, ...) are
    declared for you. Give the query as an argument or with --file.

    \b
    Example:
        kg query output/graph.ttl --format csv \\
          "SELECT ?person ?role WHERE { ?p foaf:name ?person ; org:holds/org:role/skos:notation ?role }"
    """
    from .query import run_query

    if (sparql is None) == (query_file is None):
        raise click.UsageError("give a SPARQL query or --file, not both")
    text = query_file.read_text(encoding="utf-8") if query_file else sparql
    try:
        click.echo(run_query(graph_file, text, fmt), nl=False)
    except KgError as e:
        _fail(e)


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
