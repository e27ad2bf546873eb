"""The kg command: one-line errors with an exit code, warnings for bad articles, no partial files."""
import os
import stat

import click
import pytest
from click.testing import CliRunner

from kg.cli import main

from .conftest import SEEDS, SHARED


@pytest.fixture
def run():
    runner = CliRunner()
    return lambda *args: runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_build_writes_both_outputs(run, tmp_path):
    result = run("build", SEEDS, "--out", tmp_path)
    assert result.exit_code == 0
    assert (tmp_path / "graph.ttl").stat().st_size > 0 and (tmp_path / "graph.html").stat().st_size > 0
    assert "5 articles read, 0 skipped" in result.output
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_missing_input_is_a_one_line_error(run, tmp_path):
    result = run("build", tmp_path / "nope", "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert result.output == f"Error: {tmp_path / 'nope'}: no such file or folder\n"
    assert not (tmp_path / "out").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_unwritable_output_is_a_one_line_error(run, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    result = run("build", SEEDS, "--out", locked)
    assert result.exit_code == 1 and result.output.startswith("Error: ") and result.output.count("\n") == 1


def test_output_that_is_a_file_is_a_one_line_error(run, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("build", SEEDS, "--out", blocker / "sub")
    assert result.exit_code == 1 and result.output.startswith("Error: ") and result.output.count("\n") == 1


def test_bad_articles_are_named_and_skipped(run, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 10)
    (inputs / "latin1.txt").write_bytes("Ch\xe0o".encode("latin-1"))
    (inputs / "good.txt").write_text((SEEDS / "000_1fa14f03317c0e6a.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = run("build", inputs, SHARED / "corpus" / "pages" / "cn_001.txt", "--out", tmp_path / "out")
    assert result.exit_code == 0
    warnings = [line for line in result.output.splitlines() if line.startswith("Warning: skipped")]
    assert len(warnings) == 4
    assert any("empty.txt: empty file" in w for w in warnings)
    assert any("binary.txt: binary file" in w for w in warnings)
    assert any("latin1.txt: not UTF-8" in w for w in warnings)
    assert any("cn_001.txt: language 'zh'" in w for w in warnings)
    assert "1 articles read, 4 skipped" in result.output
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_a_failed_write_leaves_the_old_output_whole(tmp_path, monkeypatch):
    from kg import build as build_module
    build_module.build([SEEDS], tmp_path)
    before = (tmp_path / "graph.ttl").read_bytes()

    def broken(graph, path, **kw):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr("kg.html.write_html", broken)
    with pytest.raises(Exception, match="No space left"):
        build_module.build([SEEDS / "000_1fa14f03317c0e6a.txt"], tmp_path)
    assert (tmp_path / "graph.html").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert before  # graph.ttl of the first build was replaced only by a whole file
    assert (tmp_path / "graph.ttl").read_bytes()[:7] == b"@prefix"


def test_query_formats(run, tmp_path):
    run("build", SEEDS, "--out", tmp_path)
    q = "SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name } ORDER BY ?name"
    table = run("query", tmp_path / "graph.ttl", q)
    assert table.exit_code == 0 and "Le Ngoc Chau" in table.output and table.output.rstrip().endswith("rows)")
    csv = run("query", tmp_path / "graph.ttl", q, "--format", "csv")
    assert csv.output.splitlines()[0] == "name"
    bad = run("query", tmp_path / "graph.ttl", "SELEKT nothing")
    assert bad.exit_code == 1 and bad.output.startswith("Error: bad query")


def test_validate(run, tmp_path):
    run("build", SEEDS, "--out", tmp_path)
    result = run("validate", tmp_path / "graph.ttl")
    assert result.exit_code == 0 and result.output == "conforms\n"


def test_lang_check(run):
    result = run("lang", "check")
    assert result.exit_code == 0 and result.output == "language data ok\n"


def _commands(group, prefix=()):
    for name, cmd in group.commands.items():
        yield prefix + (name,), cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, prefix + (name,))


@pytest.mark.parametrize("path,cmd", list(_commands(main)), ids=lambda x: " ".join(x) if isinstance(x, tuple) else None)
def test_every_command_has_help_with_an_example(run, path, cmd):
    result = run(*path, "--help")
    assert result.exit_code == 0
    assert cmd.help and ("Example:" in result.output or "Examples:" in result.output)


def test_python_dash_m(tmp_path):
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-m", "kg", "build", str(SEEDS / "004_6e969246aa496319.txt"),
                          "--out", str(tmp_path)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr and (tmp_path / "graph.ttl").exists()


def test_the_command_spares_the_interpreter_its_last_collections(tmp_path):
    """At exit every object is frozen out of the cyclic collector's reach (its last
    collections walked all the language data and gazetteer a build leaves alive)."""
    import subprocess
    import sys

    script = ("import atexit, gc, sys\n"
              "atexit.register(lambda: sys.stdout.write(f'frozen {gc.get_freeze_count()}\\n'))\n"
              "from kg.cli import main\n"
              "main(['build', sys.argv[1], '--out', sys.argv[2]], prog_name='kg')\n")
    out = subprocess.run([sys.executable, "-c", script, str(SEEDS / "004_6e969246aa496319.txt"), str(tmp_path)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    frozen = int(out.stdout.split("frozen ")[1])
    assert frozen > 10_000 and (tmp_path / "graph.ttl").exists()


def test_build_writes_the_formats_asked_for(run, tmp_path):
    result = run("build", SEEDS, "--out", tmp_path, "--format", "trig", "-f", "jsonld")
    assert result.exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == [
        "graph.html", "graph.jsonld", "graph.trig", "graph.ttl"]


def test_export(run, tmp_path):
    run("build", SEEDS, "--out", tmp_path)
    result = run("export", tmp_path / "graph.ttl", "--to", "neo4j", tmp_path / "neo4j")
    assert result.exit_code == 0 and (tmp_path / "neo4j" / "data.cypher").is_file()
    trig = run("export", tmp_path / "graph.ttl", "--to", "trig", tmp_path / "g.trig")  # kg build --format trig writes it
    assert trig.exit_code == 2 and "Invalid value for '--to'" in trig.output and not (tmp_path / "g.trig").exists()
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .\n")
    bad = run("export", broken, "--to", "ntriples", tmp_path / "x.nt")
    assert bad.exit_code == 1 and bad.output.startswith(f"Error: {broken}: not valid") and not (tmp_path / "x.nt").exists()
