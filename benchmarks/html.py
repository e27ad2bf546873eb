#!/usr/bin/env python3
"""graph.html on a whole archive: how long it takes to write, how big it is, and how the
page answers in headless Chromium (the interop tests' browser, /usr/bin/chromium).

    python benchmarks/html.py [--graph GRAPH.ttl] [--articles 26398]

Without --graph, the first ARTICLES records of ../shared/corpus/vi-news/vietnews_gov
(all 26,398 by default) are written as files by ../shared/eval/vinews_files.py into a
temporary folder and built once with `kg build --jobs 2`; the graph is kept in
build/bench/ for later runs. Then graph.html is written from the graph (timed), opened
from disk, and each step an analyst takes is measured: the first frame, searching
"nguyen duc chung" and choosing the hit, opening Hà Nội, a kind filter off and on,
who-directs-what, the overview again. For each step: the time until the page settles
and the longest main-thread task (PerformanceObserver 'longtask'; the target is 200 ms).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CACHE = ROOT / "build" / "bench"
CHROMIUM = "/usr/bin/chromium"
sys.path.insert(0, str(ROOT))

LONG_TASKS = """window.__long = [];
new PerformanceObserver(list => { for (const e of list.getEntries()) window.__long.push(Math.round(e.duration)); })
  .observe({type: "longtask", buffered: true});"""


def build_graph(articles: int) -> Path:
    """graph.ttl of the first `articles` vi-news records, built once and kept in build/bench/."""
    out = CACHE / f"vinews-{articles}"
    if (out / "graph.ttl").is_file():
        return out / "graph.ttl"
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(SHARED / "eval" / "vinews_files.py"), tmp, str(articles)], check=True)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kg", "build", tmp, "--out", str(out), "--jobs", "2", "-q"], check=True)
        print(f"built {articles} articles into {out} in {time.perf_counter() - started:.0f} s")
    return out / "graph.ttl"


def write_page(graph: Path, out: Path) -> tuple[float, int, float]:
    """Seconds to write graph.html from the graph file (a process of its own), its size in
    bytes, and the process's peak memory (maximum resident set) in MB."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "kg", "export", str(graph), "--to", "html", str(out)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status):
        sys.exit(f"Error: kg export failed: {child.stderr.read().decode(errors='replace').strip()}")
    return seconds, out.stat().st_size, usage.ru_maxrss / 1024


def measure(page_file: Path) -> list[tuple[str, float, int]]:
    """(step, milliseconds until settled, longest task in ms) for each step in Chromium."""
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.add_init_script(LONG_TASKS)
        page.goto(page_file.resolve().as_uri())
        page.wait_for_function("window.kg && window.kg.drawn", timeout=120_000)
        paint = page.evaluate("performance.getEntriesByName('first-contentful-paint')[0].startTime")
        rows.append(("first frame (first contentful paint)", paint, max(page.evaluate("window.__long"), default=0)))

        def step(name: str, action) -> None:
            page.evaluate("window.__long = []")
            started = time.perf_counter()
            action()
            page.wait_for_function("kg.drawn")
            settled = (time.perf_counter() - started) * 1000
            page.wait_for_timeout(300)
            rows.append((name, settled, max(page.evaluate("window.__long"), default=0)))

        hits = page.locator("#hits li button")
        step('search "nguyen duc chung"', lambda: (page.fill("#search", "nguyen duc chung"), hits.first.wait_for()))
        step("choose the hit (neighbourhood and panel)", lambda: hits.first.click())
        hanoi = page.evaluate("[...document.querySelectorAll('#locality option')]"
                              ".find(o => o.text.startsWith('Ha Noi City')).value")
        step("open Ha Noi City", lambda: page.select_option("#locality", hanoi))
        step("filter: places off", lambda: page.locator("#kinds input[value=place]").uncheck())
        step("filter: places on", lambda: page.locator("#kinds input[value=place]").check())
        step("who directs what", lambda: page.click("#to-directs"))
        step("labels in Vietnamese", lambda: page.select_option("#lang", "1"))
        step("overview", lambda: page.click("#to-overview"))
        browser.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--graph", type=Path, help="a graph file kg build wrote (default: build the vi-news articles)")
    parser.add_argument("--articles", type=int, default=26_398, help="vi-news records to build (default: all)")
    args = parser.parse_args()
    graph = args.graph or build_graph(args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        page_file = Path(tmp) / "graph.html"
        seconds, size, memory = write_page(graph, page_file)
        import json
        import re
        block = re.search(r'id="kg-data">(.*?)</script>', page_file.read_text(encoding="utf-8"), re.S).group(1)
        data = json.loads(block)
        print(f"graph: {graph} ({graph.stat().st_size / 1e6:.1f} MB)")
        print(f"graph.html: {len(data['nodes']):,} nodes, {len(data['edges']):,} edges, "
              f"{size / 1e6:.1f} MB, written in {seconds:.1f} s, peak memory {memory:.0f} MB")
        rows = measure(page_file)
    print(f"\n{'step':44} {'settled (ms)':>13} {'longest task (ms)':>18}")
    for name, settled, longest in rows:
        print(f"{name:44} {settled:13.0f} {longest:18d}")


if __name__ == "__main__":
    main()
