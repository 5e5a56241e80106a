"""Every page, in both languages, as a reader on a slow phone gets it.

The built site is served compressed with gzip, as GitHub Pages serves it
(docsite/gzip_server.py, deterministic bytes), and each page is opened in
Chromium once, without clicking anything. Exact checks only, no timings (those
are in `make bench`):

* at most 250 KB transferred before any Run click (HTML, CSS, scripts, fonts,
  search index: everything the page loads by itself);
* no console error and no failed request;
* zero violations of every rule axe-core runs by default (axe-playwright-python),
  in the light and in the dark colour scheme.
"""

from __future__ import annotations

import pytest

# the same Chromium, started once for this module (a module-scoped fixture)
from test_browser import browser  # noqa: F401, F811

from docsite.docs_model import DOCS, LANGUAGES, page_files, page_url
from docsite.gzip_server import serve

BUDGET = 250_000  # bytes transferred per page before any Run click
PAGES = [(language, relative) for language in LANGUAGES for relative in sorted(page_files(language))]


@pytest.fixture(scope="module")
def served(build):
    site, _ = build
    with serve(site) as (base, sent):
        yield base, sent


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


@pytest.mark.timeout(120)
@pytest.mark.parametrize(("language", "relative"), PAGES, ids=lambda v: str(v))
def test_page_is_light_quiet_and_accessible(browser, served, axe, language, relative):  # noqa: F811
    base, sent = served
    url = page_url(language, relative)
    where = f"docs/{language}/{relative} ({url})"
    context = browser.new_context()
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(f"uncaught error: {error}"))
    page.on("requestfailed", lambda r: problems.append(f"failed request: {r.url} ({r.failure})"))
    page.on("response", lambda r: problems.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)
    try:
        start = len(sent)
        page.goto(base + url, wait_until="networkidle")
        violations = axe.run(page).response["violations"]
        # What loads late (after the network was first idle, while axe ran) counts too.
        page.wait_for_timeout(500)
        page.wait_for_load_state("networkidle")
        transferred = sum(size for _, size in sent[start:])
        assert transferred <= BUDGET, (
            f"{where}: {transferred:,} bytes transferred before any Run click (budget {BUDGET:,}):\n"
            + "\n".join(f"  {size:>9,}  {path}" for path, size in sorted(sent[start:], key=lambda s: -s[1])[:8])
        )
        assert not problems, f"{where}:\n" + "\n".join(problems)
        assert not violations, f"{where}: axe-core violations:\n" + "\n".join(
            f"  {v['id']} ({v['impact']}): {v['help']} at {v['nodes'][0]['target']}" for v in violations
        )
    finally:
        context.close()


@pytest.mark.timeout(120)
@pytest.mark.parametrize(("language", "relative"), PAGES, ids=lambda v: str(v))
def test_page_is_accessible_in_dark_mode(browser, served, axe, language, relative):  # noqa: F811
    """The same axe rules with the reader's system in dark mode (Material's "slate")."""
    base, _ = served
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    try:
        page.goto(base + page_url(language, relative), wait_until="networkidle")
        assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
        violations = axe.run(page).response["violations"]
        assert not violations, f"docs/{language}/{relative} in dark mode: axe-core violations:\n" + "\n".join(
            f"  {v['id']} ({v['impact']}): {v['help']} at {v['nodes'][0]['target']}" for v in violations
        )
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
