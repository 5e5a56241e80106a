"""Every page, in both languages, as a reader on a slow phone gets it.

The built site is served compressed with gzip, as GitHub Pages serves it
(docsite/gzip_server.py, deterministic bytes), and each page is opened in
Chromium once, without clicking anything but the colour-scheme toggle. Exact
checks only, no timings (those are in `make bench`):

* its heading renders, in the page's language (``<html lang>``);
* at most 250 KB transferred before any Run click (HTML, CSS, scripts, fonts,
  search index: everything the page loads by itself), all of it from the site
  itself: no request leaves the site, none fetches Pyodide;
* no console error and no failed request;
* zero violations of every rule axe-core runs by default (axe-playwright-python),
  in the light colour scheme and, after the reader's click on the toggle, in the
  dark one (Material's "slate", the scheme a system in dark mode gets too).
  Only violations are collected (``resultTypes``): axe still runs every rule on
  every node, but does not write out the thousands of nodes that pass.

Reuse on a contributor's machine. These checks are about two thirds of what
`make test` costs (axe-core reads the colours of every code token twice a
page). Each check is a function of bytes: the page, every file of the site
it may load (all but other pages, the search indexes and Pyodide, which the
check forbids it to load), this test's code, the served bytes' encoder, the
Chromium build and axe-core. A page whose key matches one that passed before
(``.cache/reader-checks/``) is not opened again; the summary line says how many
were. CI (``CI`` set) and ``DOCSITE_FRESH=1`` check every page, and a page
whose key is new is always checked.
"""

from __future__ import annotations

import hashlib
from importlib import metadata
import json
import os
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

# the same Chromium, started once for this module (a module-scoped fixture)
from test_browser import PYODIDE, browser  # noqa: F401, F811

from docsite import gzip_server
from docsite.claims import normalise
from docsite.docs_model import DOCS, LANGUAGES, ROOT, html_path, page_files, page_url
from docsite.gzip_server import serve

BUDGET = 250_000  # bytes transferred per page before any Run click
PAGES = [(language, relative) for language in LANGUAGES for relative in sorted(page_files(language))]
ONLY_VIOLATIONS = {"resultTypes": ["violations"]}
# CSS transitions (link colours, the header) finish before axe reads any colour.
SETTLED = "() => Promise.all(document.getAnimations().map(a => a.finished)).then(() => true)"


@pytest.fixture(scope="module")
def served(build):
    site, _ = build
    with serve(site) as (base, sent):
        yield base, sent


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


CACHE = ROOT / ".cache" / "reader-checks"
TESTS, DOCSITE = Path(__file__).parent, Path(gzip_server.__file__).parent
TOOLS = ("playwright", "axe-playwright-python", "pytest")
REUSED: list[str] = []  # pages of this run not opened again (see the module's docstring)
OPENED: list[str] = []
ADDRESS = re.compile(r"\b0x[0-9a-f]{6,16}\b")
NOT_LOADED = ("search_index.json", ".html", ".ipynb", ".gz")


def _digest(*parts: bytes) -> bytes:
    h = hashlib.sha256()
    for part in parts:
        h.update(hashlib.sha256(part).digest())
    return h.digest()


@pytest.fixture(scope="module")
def check_key(build, browser, axe):  # noqa: F811
    """page -> the key of everything its check depends on (None: always check)."""
    site, _ = build
    if os.environ.get("CI") or os.environ.get("DOCSITE_FRESH"):
        return lambda language, relative: None
    files = sorted(
        p for p in site.rglob("*")
        if p.is_file() and not p.name.endswith(NOT_LOADED)
        and "assets/vendor/pyodide" not in p.relative_to(site).as_posix()
    )
    code = sorted([*TESTS.glob("*.py"), *DOCSITE.rglob("*.py"), *DOCSITE.rglob("*.mjs")])
    shared = _digest(
        *(p.read_bytes() for p in code),  # this test, its fixtures, the server, the build
        browser.version.encode(),
        axe.axe_script.encode(),
        *(f"{name} {metadata.version(name)}".encode() for name in TOOLS),
        *(p.relative_to(site).as_posix().encode() + b"\0" + p.read_bytes() for p in files),
    )

    def key(language: str, relative: Path) -> str:
        page = html_path(site, language, relative).read_text(encoding="utf-8")
        # An example that prints an object's address or a timing shows the one it
        # printed in this build (the placeholders of docsite/claims.py); the
        # digits change nothing the check looks at but a few bytes.
        page = ADDRESS.sub("0x...", normalise(page))  # "at 0x...&gt;" in HTML
        return _digest(shared, f"{language}/{relative}".encode(), page.encode()).hex()

    return key


def axe_violations(axe, page, where: str) -> list[str]:
    page.evaluate(SETTLED)
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(axe.axe_script)  # once per page, for both colour schemes
    violations = page.evaluate("options => axe.run(document, options)", ONLY_VIOLATIONS)["violations"]
    return [
        f"  {where}: {v['id']} ({v['impact']}): {v['help']} at {v['nodes'][0]['target']}"
        for v in violations
    ]


@pytest.mark.timeout(120)
@pytest.mark.parametrize(("language", "relative"), PAGES, ids=lambda v: str(v))
def test_page_is_light_quiet_and_accessible(browser, served, axe, check_key, language, relative):  # noqa: F811
    base, sent = served
    url = page_url(language, relative)
    where = f"docs/{language}/{relative} ({url})"
    key = check_key(language, relative)
    if key and (CACHE / key).is_file():
        # a longer address or timing could add a few bytes: keep a margin
        if json.loads((CACHE / key).read_text(encoding="utf-8"))["transferred"] <= BUDGET - 1_000:
            REUSED.append(f"{language}/{relative}")
            return
    OPENED.append(f"{language}/{relative}")
    context = browser.new_context()
    page = context.new_page()
    problems: list[str] = []
    requests: list[str] = []
    in_flight: set = set()
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(f"uncaught error: {error}"))
    page.on("requestfailed", lambda r: problems.append(f"failed request: {r.url} ({r.failure})"))
    page.on("response", lambda r: problems.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)
    page.on("request", lambda r: (requests.append(r.url), in_flight.add(r)))
    page.on("requestfinished", lambda r: in_flight.discard(r))
    page.on("requestfailed", lambda r: in_flight.discard(r))
    try:
        start = len(sent)
        page.goto(base + url, wait_until="networkidle")
        heading = page.locator("article h1").first.inner_text()
        assert heading.strip(), f"{where}: no heading rendered"
        assert page.locator("html").get_attribute("lang").startswith(language), f"{where}: wrong lang"
        violations = axe_violations(axe, page, "light")
        page.locator("label[for=__palette_1]").click()  # the reader's "Switch to dark mode"
        assert page.evaluate("document.body.dataset.mdColorScheme") == "slate", f"{where}: no dark mode"
        violations += axe_violations(axe, page, "dark")
        # What loads late (while axe ran, a second or more after the load event)
        # counts too: wait until nothing is in flight, then count.
        page.wait_for_load_state("networkidle")
        assert not in_flight, f"{where}: requests still in flight: {[r.url for r in in_flight]}"
        transferred = sum(size for _, size in sent[start:])
        assert transferred <= BUDGET, (
            f"{where}: {transferred:,} bytes transferred before any Run click (budget {BUDGET:,}):\n"
            + "\n".join(f"  {size:>9,}  {path}" for path, size in sorted(sent[start:], key=lambda s: -s[1])[:8])
        )
        outside = [u for u in requests if urlparse(u).scheme in {"http", "https", "ws", "wss"}
                   and not u.startswith(base + "/")]
        assert not outside, f"{where}: requests left the site: {outside}"
        assert not [u for u in requests if PYODIDE in u], f"{where}: a page that is only read downloaded Pyodide"
        assert not problems, f"{where}:\n" + "\n".join(problems)
        assert not violations, f"{where}: axe-core violations:\n" + "\n".join(violations)
    finally:
        context.close()
    if key:
        CACHE.mkdir(parents=True, exist_ok=True)
        passed = {"page": f"docs/{language}/{relative}", "transferred": transferred}
        (CACHE / key).write_text(json.dumps(passed), encoding="utf-8")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_system_in_dark_mode_gets_the_dark_scheme(browser, served, language):  # noqa: F811
    """Every page is checked in the dark scheme after a click on the toggle; a
    reader whose system is in dark mode gets that scheme without one."""
    base, _ = served
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    try:
        page.goto(base + page_url(language, Path("index.md")), wait_until="load")
        assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    finally:
        context.close()


def test_every_page_is_covered():
    assert len(PAGES) == sum(len(page_files(language)) for language in LANGUAGES)
    assert all((DOCS / language / relative).is_file() for language, relative in PAGES)


def test_the_notebook_stylesheet_is_pruned_without_breaking_rules():
    from docsite.prune_css import prune, prune_variables

    css = (
        ".a{--used: url(data:image/svg+xml;base64,AAA=);--unused: 1px;color: var(--used)}"
        ".b .c{color:red}.a:hover,.x{margin:0}@media (min-width: 1px){.x{color:blue}.a{top:0}}"
    )
    pruned = prune_variables(prune(css, {"a"}))
    assert pruned == (
        ".a{--used: url(data:image/svg+xml;base64,AAA=);color: var(--used)}\n"
        ".a:hover{margin:0}\n@media (min-width: 1px){.a{top:0}}"
    )


def test_the_search_index_loads_on_intent_only(browser, served):  # noqa: F811
    base, sent = served
    context = browser.new_context()
    page = context.new_page()
    try:
        start = len(sent)
        page.goto(base + "/zh/", wait_until="networkidle")
        assert not [p for p, _ in sent[start:] if p.endswith("search_index.json")], "loaded on page load"
        page.keyboard.press("/")  # Material's shortcut: focus the search field
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(300)
        assert [p for p, _ in sent[start:] if p.endswith("/zh/search/search_index.json")]
    finally:
        context.close()
