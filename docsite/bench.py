"""`make bench`: what readers wait for, measured on the built site.

Serves ``site/`` with gzip (as GitHub Pages does) and opens every page of
both languages in Debian's Chromium, printing a Markdown table: bytes
transferred before any Run click, and Largest Contentful Paint. Then it times
Python in the page: the first Run of a visit (Pyodide starts), a later Run on
the same page, and the first Run on another page reached by instant
navigation. Timings vary with the machine and its load: they are a report,
never a test (tests/test_reader_experience.py checks the exact byte budget).

    python -m docsite.bench [SITE]   (default: site)
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import time
from pathlib import Path

from docsite.docs_model import LANGUAGES, page_files, page_url
from docsite.gzip_server import serve

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
LCP = """() => new Promise(resolve => {
  new PerformanceObserver(list => {
    const entries = list.getEntries();
    resolve(entries[entries.length - 1].startTime);
  }).observe({type: "largest-contentful-paint", buffered: true});
  setTimeout(() => resolve(null), 3000);
})"""


def run_example(page, index: int = 0) -> float:
    """Seconds from clicking Run to the output shown (the click replaces the last one)."""
    example = page.locator(".executed-example").nth(index)
    button = example.locator(".run-example__run")
    button.hover()
    started = time.perf_counter()
    button.click()
    example.locator(".run-example__result").wait_for(timeout=120_000)
    return time.perf_counter() - started


def main(site: Path) -> int:
    from playwright.sync_api import sync_playwright

    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium")
    if not chromium:
        print("make bench needs Chromium: sudo apt-get install chromium", file=sys.stderr)
        return 2
    rows = []
    with serve(site) as (base, sent), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=FLAGS)
        for language in LANGUAGES:
            for relative in sorted(page_files(language)):
                url = page_url(language, relative)
                context = browser.new_context()
                page = context.new_page()
                start = len(sent)
                page.goto(base + url, wait_until="networkidle")
                lcp = page.evaluate(LCP)
                rows.append((url, sum(size for _, size in sent[start:]), lcp))
                context.close()
        print("| page | transferred (gzip) | LCP (ms) |")
        print("|---|---:|---:|")
        for url, size, lcp in rows:
            print(f"| `{url}` | {size / 1000:,.1f} KB | {lcp:,.0f} |" if lcp else f"| `{url}` | {size / 1000:,.1f} KB | - |")
        sizes = [size for _, size, _ in rows]
        print(f"\n{len(rows)} pages: median {statistics.median(sizes) / 1000:,.1f} KB, "
              f"largest {max(sizes) / 1000:,.1f} KB")

        context = browser.new_context()
        page = context.new_page()
        page.goto(base + "/scope-and-closures/late-binding/", wait_until="networkidle")
        first = run_example(page, 0)
        later = [run_example(page, 0) for _ in range(3)]
        page.locator('a[href$="closures-and-cells/"]').first.click()
        page.wait_for_url("**/closures-and-cells/")
        page.wait_for_selector(".executed-example .run-example__run")
        other = run_example(page, 0)
        context.close()
        browser.close()
        print("\n| Run | seconds |\n|---|---:|")
        print(f"| first Run of a visit (Pyodide starts) | {first:.2f} |")
        print(f"| later Run, same page (median of 3) | {statistics.median(later):.3f} |")
        print(f"| first Run on a second page after instant navigation | {other:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "site")))
