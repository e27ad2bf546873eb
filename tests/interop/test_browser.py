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
    assert tuple(page.eval("[kg.data.nodes.length, kg.data.edges.length]")) == expected
    assert page.eval("kg.view") == "overview"
    assert f"Overview of {expected[0]:,} nodes" in page.page.locator("#status").inner_text()
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


def drawn(page) -> list[dict]:
    """The nodes of the page's picture: their index, kind and localities."""
    page.page.wait_for_function("kg.drawn")
    return page.eval("kg.network.body.data.nodes.getIds().filter(id => typeof id === 'number')"
                     ".map(i => ({i, kind: kg.data.nodes[i].kind, loc: kg.data.nodes[i].loc}))")


def test_search_lists_hits_and_opens_the_chosen_one(browser, dev_graph_dir):
    page = Page(browser, dev_graph_dir / "graph.html")
    page.page.fill("#search", "tran quang tuan")  # no diacritics typed, diacritics in the data
    page.page.locator("#hits li button").first.wait_for()
    assert page.page.locator("#hits li button").first.inner_text().startswith("Trần Quang Tuấn")
    page.page.locator("#hits li button").first.click()
    assert page.page.locator("#panel h2").inner_text() == "Trần Quang Tuấn"
    assert page.eval("kg.view") == "node"
    # a body found by its Vietnamese name, typed without diacritics, and by its English one
    for query in ("uy ban nhan dan thanh pho hai phong", "People's Committee of Hai Phong"):
        page.page.fill("#search", query)
        page.page.locator("#hits li button").first.wait_for()
        assert page.page.locator("#hits li button").first.inner_text().startswith("People's Committee of Hai Phong City")
    assert page.eval("kg.find('haiphong').map(i => kg.data.nodes[i].label[0])")[0] == "Hai Phong City"


def test_filters_redraw_and_localities_open(browser, dev_graph_dir):
    page = Page(browser, dev_graph_dir / "graph.html")
    page.page.select_option("#locality", label=page.eval(
        "[...document.querySelectorAll('#locality option')].find(o => o.text.startsWith('Hai Phong City')).text"))
    hai_phong = page.eval("kg.data.nodes.findIndex(n => n.id === 'place/31')")
    shown = drawn(page)
    assert shown and all(hai_phong in n["loc"] or n["i"] == hai_phong for n in shown)
    assert {n["kind"] for n in shown} >= {"person", "body", "place"}
    page.page.locator("#kinds input[value=place]").uncheck()
    assert drawn(page) and all(n["kind"] != "place" for n in drawn(page))
    page.page.locator("#kinds input[value=place]").check()
    assert len(drawn(page)) == len(shown)
    page.page.click("#to-directs")
    assert page.eval("kg.view") == "directs"
    page.page.wait_for_function("kg.drawn")
    assert page.eval("kg.network.body.data.edges.length") > 0 and page.eval("kg.network.body.data.edges.get().every(e => kg.data.edges[e.id][2] === 'directs')")
    page.page.select_option("#lang", "1")  # Vietnamese labels
    page.page.click("#to-overview")
    page.eval("kg.openNode(kg.data.nodes.findIndex(n => n.id === 'org/31/peoples-committee'))")
    assert page.page.locator("#panel h2").inner_text().startswith("Ủy ban nhân dân")
    assert "Holders over time" in page.page.locator("#panel").inner_text()
    assert page.errors == []


def test_a_five_thousand_node_graph_opens_as_an_overview(browser, tmp_path):
    graph = tmp_path / "big.ttl"
    graph.write_text(_synthetic_graph(5_000), encoding="utf-8")
    export(graph, "html", tmp_path / "big.html")
    page = Page(browser, tmp_path / "big.html")
    assert page.eval("kg.data.nodes.length") == 5_000
    assert page.eval("kg.network.physics.options.enabled") is False
    page.page.wait_for_function("kg.drawn")
    assert 0 < page.eval("kg.network.body.data.nodes.length") < 200
    assert "not drawn" in page.page.locator("#status").inner_text()
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
