"""Where articles are read does not change the graph: processes, and Dask workers."""
import pytest
from click.testing import CliRunner

from kg.build import build
from kg.cli import main
from kg.executors import ExecutorError, parse

from .conftest import SEEDS
from .test_sources import vinews_records, write_archive


def test_a_dask_cluster_builds_the_graph_a_local_build_does(tmp_path):
    from distributed import LocalCluster

    write_archive(tmp_path / "news.jsonl", vinews_records(40))
    inputs = [SEEDS, tmp_path / "news.jsonl"]
    local = build(inputs, tmp_path / "local", cache=False)
    # two workers on loopback, as threads of this process (the test stays light on a shared machine)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp://", host="127.0.0.1",
                      dashboard_address=None) as cluster:
        assert len(cluster.scheduler_info["workers"]) == 2
        remote = build(inputs, tmp_path / "dask", executor=f"dask={cluster.scheduler_address}", cache=False)
    assert remote.read == local.read == 45
    assert (tmp_path / "dask" / "graph.ttl").read_bytes() == (tmp_path / "local" / "graph.ttl").read_bytes()


def test_two_processes_build_the_graph_one_does(tmp_path, monkeypatch):
    """With two jobs the page is drawn in a forked process while the triples are sorted
    and written: the same page, and nothing left behind."""
    import os

    import kg.html

    write_archive(tmp_path / "news.jsonl", vinews_records(20))
    inputs = [SEEDS, tmp_path / "news.jsonl"]
    build(inputs, tmp_path / "one", cache=False)
    drawn_by = tmp_path / "drawn-by"
    monkeypatch.setattr(kg.html, "write_html", _noting_pid(kg.html.write_html, drawn_by))
    build(inputs, tmp_path / "two", jobs=2, cache=False)
    for name in ("graph.ttl", "graph.html"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name
    assert drawn_by.read_text().split() != [str(os.getpid())]  # drawn aside
    assert sorted(p.name for p in (tmp_path / "two").iterdir()) == ["graph.html", "graph.ttl"]


def test_a_page_that_fails_aside_is_drawn_by_the_build(tmp_path, monkeypatch):
    import os

    import kg.html

    write_archive(tmp_path / "news.jsonl", vinews_records(8))
    inputs = [SEEDS, tmp_path / "news.jsonl"]
    build(inputs, tmp_path / "one")
    draw, parent = kg.html.write_html, os.getpid()

    def fails_aside(*args, **kwargs):
        if os.getpid() != parent:
            raise MemoryError("no room in the fork")
        return draw(*args, **kwargs)

    monkeypatch.setattr(kg.html, "write_html", fails_aside)
    build(inputs, tmp_path / "two", jobs=2)
    assert (tmp_path / "one" / "graph.html").read_bytes() == (tmp_path / "two" / "graph.html").read_bytes()
    assert not list((tmp_path / "two").glob(".kg-page-*"))


def _noting_pid(draw, path):
    """`draw`, noting the id of each process that calls it in `path`."""
    import os

    def noting(*args, **kwargs):
        with open(path, "a") as f:
            f.write(f"{os.getpid()}\n")
        return draw(*args, **kwargs)

    return noting


@pytest.mark.parametrize("spec", ["spark", "local=x", "dask=", "dask=  "])
def test_an_unknown_executor_is_refused(spec):
    with pytest.raises(ExecutorError):
        parse(spec)


def test_executor_errors_are_one_line(tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["build", str(SEEDS), "--out", str(tmp_path), "--executor", "spark"])
    assert result.exit_code == 1 and result.output.startswith("Error: unknown executor 'spark'")
    assert result.output.count("\n") == 1
    result = runner.invoke(main, ["build", str(SEEDS), "--out", str(tmp_path), "--executor", "dask=tcp://127.0.0.1:9"])
    assert result.exit_code == 1 and result.output.startswith("Error: cannot reach the Dask scheduler")
    assert result.output.count("\n") == 1


def test_extraction_does_not_depend_on_the_hash_seed(tmp_path):
    """Workers, later builds and cluster nodes run under other hash seeds; a province vote
    counted in set order once placed 'tỉnh uỷ' in a different province on every run."""
    import gzip
    import json
    import os
    import subprocess
    import sys

    from .test_sources import VINEWS

    with gzip.open(VINEWS, "rt", encoding="utf-8") as f:
        record = next(r for r in map(json.loads, f) if r["id"] == "test/005667")
    write_archive(tmp_path / "one.jsonl", [record])
    code = ("import sys; from kg.build import build; build([sys.argv[1]], sys.argv[2], cache=False); "
            "print(open(sys.argv[2] + '/graph.ttl', encoding='utf-8').read())")
    outs = {subprocess.run([sys.executable, "-c", code, str(tmp_path / "one.jsonl"), str(tmp_path / f"o{seed}")],
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}, capture_output=True, text=True,
                           check=True).stdout for seed in (1, 2, 4)}
    assert len(outs) == 1
