"""Headless Chromium opens graph.html from disk: the graph's counts, no request leaves the
page, no console error, hostile text shows as text; search, filters and the panel work."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.export import export
from kg.query import select
from kg.store import GraphStore

from ..conftest import HOSTILE
from ..test_html import PICTURE_EDGES, PICTURE_NODES
from .conftest import need

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--no-first-run", "--disable-sync", "--disable-quic"]


@pytest.fixture(scope="module")
def browser():
    need(Path(CHROMIUM).is_file(), "Chromium (Debian chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    need(sync_playwright, "Playwright (PyPI playwright)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield browser
        browser.close()


class Page:
    """A page opened from disk, recording requests that leave it, console errors and dialogs."""

    def __init__(self, browser, path: Path) -> None:
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        self.requests, self.errors, self.dialogs = [], [], []
        self.page.route("**/*", self._route)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("window.kg && window.kg.network", timeout=60_000)

    def _route(self, route):
        if route.request.url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def eval(self, js: str):
        return self.page.evaluate(js)

    def counts(self) -> tuple[int, int]:
        return tuple(self.eval("[kg.network.body.data.nodes.length, kg.network.body.data.edges.length]"))


def test_dev_graph_opens_offline_with_the_graphs_counts(browser, dev_graph_dir):
    page = Page(browser, dev_graph_dir / "graph.html")
    store = GraphStore(dev_graph_dir / "graph.ttl")
    expected = (int(select(store, PICTURE_NODES)[0][0]), int(select(store, PICTURE_EDGES)[0][0]))
    assert page.counts() == expected
    page.page.wait_for_timeout(500)
    assert page.requests == [] and page.errors == []


def test_hostile_names_show_as_text(browser, hostile_dir):
    page = Page(browser, hostile_dir / "graph.html")
    page.page.fill("#search", "le ngoc chau")
    page.page.press("#search", "Enter")
    panel = page.page.locator("#panel")
    panel.wait_for(state="visible")
    assert HOSTILE in panel.inner_text()
    assert page.eval("document.querySelectorAll('img, b').length") == 0
    assert page.eval("[...document.querySelectorAll('#panel a')].every(a => /^https?:/.test(a.href))")
    # every relation's target opens in the panel too
    page.page.locator("#panel button.link").first.click()
    assert page.page.locator("#panel h2").inner_text() != "Le Ngoc Chau"
    page.page.wait_for_timeout(300)
    assert page.dialogs == [] and page.requests == [] and page.errors == []


def test_search_and_filters(browser, dev_graph_dir):
    page = Page(browser, dev_graph_dir / "graph.html")
    total_nodes, _ = page.counts()
    page.page.fill("#search", "tran quang tuan")  # no diacritics typed, diacritics in the data
    assert "1 match" in page.page.locator("#status").inner_text()
    assert page.eval("kg.network.getSelectedNodes().length") == 1
    places = page.eval("kg.data.nodes.filter(n => n.kind === 'place').length")
    page.page.locator("#kinds input[value=place]").uncheck()
    assert page.counts()[0] == total_nodes - places
    page.page.locator("#kinds input[value=place]").check()
    page.page.select_option("#locality", label="Hai Phong City")
    shown = page.eval("kg.network.body.data.nodes.get().map(n => n.loc.includes('place/31'))")
    assert shown and all(shown) and len(shown) < total_nodes
    assert page.errors == []


def test_a_five_thousand_node_picture_opens_with_physics_off(browser, tmp_path):
    graph = tmp_path / "big.ttl"
    graph.write_text(_synthetic_graph(5_000), encoding="utf-8")
    export(graph, "html", tmp_path / "big.html")
    page = Page(browser, tmp_path / "big.html")
    assert page.counts()[0] == 5_000
    assert page.eval("kg.network.physics.options.enabled") is False
    assert page.eval("kg.data.nodes.every(n => Number.isFinite(n.x) && Number.isFinite(n.y))")
    assert page.errors == [] and page.requests == []


def _synthetic_graph(n: int) -> str:
    """n nodes: bodies in a chain of provinces, people holding posts in them (Turtle)."""
    lines = ["@prefix org: <http://www.w3.org/ns/org#> .", "@prefix foaf: <http://xmlns.com/foaf/0.1/> .",
             "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .", "@prefix schema: <https://schema.org/> ."]
    base = "https://w3id.org/govkg/id/"
    bodies = n // 2
    for i in range(bodies):
        lines.append(f'<{base}org/b{i}> a org:Organization ; skos:prefLabel "Body {i}"@en'
                     + (f" ; org:subOrganizationOf <{base}org/b{i // 3}> ." if i else " ."))
    for i in range(n - bodies):
        lines.append(f'<{base}person/p{i}> a foaf:Person ; foaf:name "Person {i}" ; org:holds <{base}post/p{i}> .')
        lines.append(f"<{base}post/p{i}> a org:Post ; org:postIn <{base}org/b{(i * 7) % bodies}> .")
    return "\n".join(lines) + "\n"
