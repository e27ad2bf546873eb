#!/usr/bin/env python3
"""The README's pictures of graph.html: the overview, a locality and a person, taken in
headless Chromium (/usr/bin/chromium, Playwright from the 'interop' extra).

    python scripts/screenshots.py GRAPH.html [--out docs] [--locality "Ha Noi City"] [--person "nguyen duc chung"]

The README shows a build of the first 2,000 vi-news records (../shared/eval/vinews_files.py).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("page", type=Path)
    parser.add_argument("--out", type=Path, default=Path("docs"))
    parser.add_argument("--locality", default="Ha Noi City")
    parser.add_argument("--person", default="nguyen duc chung")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1200, "height": 720})
        page.goto(args.page.resolve().as_uri())
        page.wait_for_function("window.kg && window.kg.drawn", timeout=120_000)
        page.wait_for_timeout(500)
        page.screenshot(path=args.out / "graph-overview.png")
        value = page.evaluate("name => [...document.querySelectorAll('#locality option')]"
                              ".find(o => o.text.startsWith(name)).value", args.locality)
        page.select_option("#locality", value)
        page.wait_for_function("kg.drawn")
        page.mouse.wheel(0, -300)  # a little closer, so that the labels show
        page.wait_for_timeout(500)
        page.screenshot(path=args.out / "graph-locality.png")
        page.fill("#search", args.person)
        page.locator("#hits li button").first.wait_for()
        page.locator("#hits li button").first.click()
        page.wait_for_function("kg.drawn")
        page.wait_for_timeout(500)
        page.screenshot(path=args.out / "graph-person.png")
        browser.close()


if __name__ == "__main__":
    main()
