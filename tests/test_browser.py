"""The built site in a real browser: Debian's Chromium driven by Playwright.

The site from the session build is served on 127.0.0.1. On a machine without
Chromium these tests are skipped with a message saying how to enable them; in
CI (CI=true) a missing or broken browser is a failure, never a skip.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import threading
import time
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlparse

import pytest

from docsite import runner, versions
from docsite.gzip_server import QuietServer
from docsite.claims import normalise, stated_text
from docsite.docs_model import (
    DOCS,
    LANGUAGES,
    ROOT,
    SNIPPETS,
    page_url,
    pages,
    snippet_files,
)

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
HOW_TO_ENABLE = (
    "browser tests skipped: Chromium not found. Install Debian's Chromium "
    "(`sudo apt-get install chromium`) or set CHROMIUM=/path/to/chromium, then rerun `make test`."
)
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PYODIDE = "/assets/vendor/pyodide/"


def unavailable(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the browser tests, but {reason}", pytrace=False)
    pytest.skip(HOW_TO_ENABLE if "not found" in reason else f"browser tests skipped: {reason}")


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves the site as if it were deployed at this server's address.

    Material's instant navigation only intercepts links listed in the sitemap,
    whose URLs are made from ``site_url``; the sitemaps are served with that
    address replaced by this server's, as the deployed site's would match it.
    """

    site_url = ""  # the address the site was built for (the sitemap's first <loc>)
    served_at = ""  # this server's root, with a trailing slash

    def log_message(self, *args):
        pass

    def do_GET(self):
        path = Path(self.translate_path(self.path))
        if path.name != "sitemap.xml" or not path.is_file() or not self.site_url:
            return super().do_GET()
        body = path.read_text("utf-8").replace(self.site_url, self.served_at).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="session")
def server(build):
    site, _ = build
    sitemap = site / "sitemap.xml"
    first = re.search(r"<loc>(.*?)</loc>", sitemap.read_text("utf-8")) if sitemap.is_file() else None
    handler_class = type("SiteHandler", (QuietHandler,), {"site_url": first[1] if first else ""})
    handler = functools.partial(handler_class, directory=str(site))
    httpd = QuietServer(("127.0.0.1", 0), handler)
    handler_class.served_at = f"http://127.0.0.1:{httpd.server_address[1]}/"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(scope="module")  # Playwright's event loop must end with this module:
def browser():  # later tests run snippets that call asyncio.run()
    if not CHROMIUM:
        unavailable("Chromium was not found")
    try:
        from playwright.sync_api import sync_playwright

        playwright = sync_playwright().start()
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
    except Exception as error:  # noqa: BLE001 - any launch failure means "no browser"
        unavailable(f"Chromium at {CHROMIUM} did not start: {error}")
    yield browser
    browser.close()
    playwright.stop()


@pytest.fixture
def page(browser, server):
    """A fresh page that records every request it makes."""
    context = browser.new_context(base_url=server)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    page = context.new_page()
    page.requests = []
    page.on("request", lambda request: page.requests.append(request.url))
    yield page
    context.close()


def assert_only_local_requests(page, server):
    origin = urlparse(server).netloc
    outside = [
        url for url in page.requests
        if urlparse(url).scheme in {"http", "https", "ws", "wss"} and urlparse(url).netloc != origin
    ]
    assert not outside, f"requests left localhost: {outside}"


# Every page's heading, language and requests: tests/test_reader_experience.py,
# which opens each page once.


def test_language_switcher_stays_on_the_same_page(page):
    page.goto("/scope-and-closures/late-binding/")
    page.hover(".md-header__option .md-select")
    page.locator('a.md-select__link[hreflang="zh"]').click()
    page.wait_for_url("**/zh/scope-and-closures/late-binding/")
    assert "延迟绑定" in page.locator("article h1").inner_text()
    page.hover(".md-header__option .md-select")
    page.locator('a.md-select__link[hreflang="en"]').click()
    page.wait_for_url(re.compile(r"/scope-and-closures/late-binding/$"))
    assert "/zh/" not in page.url


def search(page, query: str) -> list[tuple[str, str]]:
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    page.keyboard.press("End")  # Material searches on key events; fill() alone sends none
    items = page.locator(".md-search-result__item")
    items.first.wait_for(timeout=15_000)
    return [
        (item.locator("a").first.get_attribute("href"), item.inner_text())
        for item in items.all()
    ]


def test_searching_chinese_on_the_chinese_site_finds_chinese_pages(page, server):
    page.goto("/zh/")
    results = search(page, "闭包")
    assert results, "no results for 闭包"
    for href, text in results:
        assert "/zh/" in page.evaluate("href => new URL(href, location.href).href", href), href
        assert re.search(r"[\u4e00-\u9fff]", text), f"a non-Chinese result: {text[:80]}"
    assert_only_local_requests(page, server)


def test_searching_english_on_the_english_site_finds_english_pages(page):
    page.goto("/")
    results = search(page, "closure")
    assert results
    for href, _ in results:
        assert "/zh/" not in page.evaluate("href => new URL(href, location.href).href", href)


def test_copy_button_copies_the_snippet(page):
    page.goto("/scope-and-closures/late-binding/")
    example = page.locator(".executed-example").first
    snippet = example.get_attribute("data-snippet")
    example.hover()
    example.locator("button[data-md-type='copy']").first.click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.strip() == (SNIPPETS / snippet).read_text(encoding="utf-8").strip()


def browser_differences() -> dict[str, dict]:
    """The snippets docsite/data/version-differences.json says print otherwise in the
    browser's Pyodide (its 3.14 entries), each with its recorded entry."""
    browser = versions.browser_version()
    return {name: by[browser] for name, by in versions.read_record().items() if browser in by}


def runnable_sample(per_chapter: int = 2) -> list[tuple[str, Path, int]]:
    """Per chapter, the first example of its first pages whose output is fixed
    (no addresses, no measurements) and that is not a known browser difference.
    (test_every_browser_difference_is_listed_and_shown runs every snippet.)"""
    differs = browser_differences()
    sample = []
    taken: dict[str, int] = {}
    for doc in pages("en"):
        chapter = doc.relative.parts[0]
        if taken.get(chapter, 0) >= per_chapter:
            continue
        for index, (_, target) in enumerate(doc.includes):
            source = (SNIPPETS / target).read_text(encoding="utf-8")
            if target in differs or re.search(r"0x\.\.\.|~\.\.\.", source):
                continue
            sample.append((target, doc.relative, index))
            taken[chapter] = taken.get(chapter, 0) + 1
            break
    return sample


SAMPLE = runnable_sample()


def sample_for(language: str) -> list[tuple[str, Path, int]]:
    """The snippets are the same files in both languages: each sampled example is
    run once, alternately on its English and on its Chinese page."""
    return [sample for n, sample in enumerate(SAMPLE) if LANGUAGES[n % len(LANGUAGES)] == language]


def open_instantly(page, server: str, url: str) -> None:
    """Go to a page of the same language the way a reader's click does (instant
    navigation keeps the page's Python warm); the first page loads afresh."""
    if not page.url.startswith(server):
        page.goto(url)
        return
    page.evaluate(
        "href => { const a = document.createElement('a'); a.href = href;"
        " document.body.append(a); a.click(); }",
        server + url,
    )
    wait_for_page(page, url.lstrip("/"))


@pytest.mark.timeout(180)
@pytest.mark.parametrize("language", LANGUAGES)
def test_run_prints_exactly_the_stated_output(page, server, language):
    for target, relative, index in sample_for(language):
        if page.url != server + page_url(language, relative):
            open_instantly(page, server, page_url(language, relative))
        example = page.locator(".executed-example").nth(index)
        assert example.get_attribute("data-snippet") == target
        example.locator(".run-example__run").click()
        result = example.locator(".run-example__result")
        result.wait_for(timeout=120_000)
        source = (SNIPPETS / target).read_text("utf-8")
        stated = stated_text(source, target)
        error_line = runner.run(SNIPPETS / target).error_line
        if error_line:  # the page shows the final traceback line after the prints
            stated += f"{error_line}\n"
        # stated outputs read top to bottom are the run's output, in order
        assert result.inner_text().strip() == stated.strip(), target
        assert example.locator(".run-example__output").get_attribute("data-same") == "true"
    assert len(wasm_requests(page)) == 1, "Python was loaded more than once"
    assert_only_local_requests(page, server)


def test_edited_code_runs_in_the_browser(page):
    page.goto(page_url("en", SAMPLE[0][1]))
    example = page.locator(".executed-example").nth(SAMPLE[0][2])
    example.locator(".run-example__edit").click()
    example.locator("textarea.run-example__editor").fill('print("edited", 6 * 7)')
    example.locator(".run-example__run").click()
    result = example.locator(".run-example__result")
    result.wait_for(timeout=120_000)
    assert result.inner_text().strip() == "edited 42"
    assert example.locator(".run-example__output").get_attribute("data-same") == "false"


def test_sample_covers_every_chapter():
    chapters = {relative.parts[0] for _, relative, _ in SAMPLE}
    expected = {p.name for p in (DOCS / "en").iterdir() if p.is_dir()}
    assert chapters == expected, f"no runnable sample in {sorted(expected - chapters)}"
    assert ROOT.is_dir()




@pytest.mark.timeout(900)
def test_every_browser_difference_is_listed_and_shown(page, server):
    """Run every snippet in Pyodide and compare it with the build's CPython output.

    The 3.14 entries of docsite/data/version-differences.json (the browser's
    Pyodide is the 3.14 one) must be exactly the snippets that differ here, with
    the output recorded, so the note next to their Run button is right.
    """
    # CPython's output, exactly as the build gets it: the same runner.
    cpython = {
        runner.relative(path).removeprefix("snippets/"): result.shown
        for path, result in zip(
            snippet_files(), runner.run_all(snippet_files()).values(), strict=True
        )
    }
    page.goto("/")
    page.wait_for_function("typeof window.runExampleInPyodide === 'function'")
    found = {}
    for path in snippet_files():
        target = path.relative_to(SNIPPETS).as_posix()
        source = path.read_text(encoding="utf-8")
        built = normalise(cpython[target]).strip()
        browser = normalise(
            page.evaluate("code => window.runExampleInPyodide(code).then(r => r.output)", source)
        ).strip()
        if browser != built:
            found[target] = browser
    listed = browser_differences()
    record = versions.RECORD_NAME
    unlisted = {k: v for k, v in found.items() if k not in listed}
    stale = sorted(set(listed) - set(found))
    wrong = {
        k: (v, listed[k]["output"].strip()) for k, v in found.items()
        if k in listed and listed[k]["output"].strip() != v
    }
    assert not unlisted, f"differ in the browser, but {record} has no 3.14 entry: {unlisted}"
    assert not stale, f"no longer differ in the browser, but {record} has a 3.14 entry: {stale}"
    assert not wrong, f"the browser prints (first) what {record} does not record (second): {wrong}"
    assert_only_local_requests(page, server)

    target = next(iter(listed))
    for language in LANGUAGES:
        doc = next(d for d in pages(language) if target in [t for _, t in d.includes])
        page.goto(page_url(language, doc.relative))
        example = page.locator(f'.executed-example[data-snippet="{target}"]')
        note = listed[target]["reason"][language]
        assert example.locator(".run-example__note").inner_text() == note


# ---- Python in a Web Worker: Stop, limits, keyboard, instant navigation -----

STOPPED = {"en": "Stopped after", "zh": "秒后停止"}
NO_KEYBOARD = {"en": "cannot read from the keyboard", "zh": "无法读取键盘输入"}


def wasm_requests(page) -> list[str]:
    return [url for url in page.requests if url.endswith("/pyodide.asm.wasm")]


def first_example(page, language: str = "en"):
    target, relative, index = SAMPLE[0]
    page.goto(page_url(language, relative))
    example = page.locator(".executed-example").nth(index)
    assert example.get_attribute("data-snippet") == target
    return example


def edit(example, code: str) -> None:
    if not example.locator("textarea.run-example__editor").count():
        example.locator(".run-example__edit").click()
    example.locator("textarea.run-example__editor").fill(code)


def run_and_wait(example, timeout: int = 120_000):
    example.locator(".run-example__run").click()
    result = example.locator(".run-example__result")
    result.wait_for(timeout=timeout)
    return result


def assert_responsive(page) -> None:
    started = time.monotonic()
    assert page.evaluate("1 + 1") == 2
    assert time.monotonic() - started < 1, "the page did not answer within a second while Python ran"


@pytest.mark.timeout(180)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_runaway_loop_is_stopped_and_the_next_run_works(page, language):
    example = first_example(page, language)
    edit(example, 'print("looping")\nwhile True:\n    pass')
    stop = example.locator(".run-example__stop")
    example.locator(".run-example__run").click()
    # streamed while Python loops: the run has started
    example.locator(".run-example__stream").filter(has_text="looping").wait_for(timeout=120_000)
    assert stop.is_hidden(), "Stop appears only when a run is still going after a few seconds"
    deadline = time.monotonic() + 10
    while not stop.is_visible():  # the page answers all along
        assert_responsive(page)
        assert time.monotonic() < deadline, "no Stop button after 10 s"
        time.sleep(0.2)
    assert stop.evaluate("el => el.tagName") == "BUTTON"
    assert_responsive(page)
    stop.click()
    output = example.locator(".run-example__output")
    example.locator(".run-example__result").wait_for(timeout=10_000)
    assert output.get_attribute("data-stopped") == "user"
    assert STOPPED[language] in output.locator(".run-example__label").inner_text()
    assert example.locator(".run-example__result").inner_text().strip() == "looping"
    assert stop.is_hidden()

    edit(example, 'print("after", 6 * 7)')
    assert run_and_wait(example).inner_text().strip() == "after 42"
    assert output.get_attribute("data-stopped") == ""


@pytest.mark.timeout(180)
def test_huge_output_is_cut_with_a_note(page):
    example = first_example(page)
    edit(example, "for i in range(1_000_000):\n    print(i)\nprint('done')")
    result = run_and_wait(example)
    assert result.inner_text().split() == [str(i) for i in range(2000)]
    note = example.locator(".run-example__cut").inner_text()
    assert "2,000 lines" in note and "998,001" in note, note
    assert_responsive(page)


@pytest.mark.timeout(180)
@pytest.mark.parametrize("language", LANGUAGES)
def test_input_explains_that_there_is_no_keyboard(page, language):
    first_example(page, language)
    run = "code => window.runExampleInPyodide(code).then(r => r.output)"
    output = page.evaluate(run, 'name = input("Name? ")\nprint("never", name)')
    assert output.startswith("Name? "), output
    assert "never" not in output
    last = output.splitlines()[-1]
    assert last.startswith("EOFError: input()") and NO_KEYBOARD[language] in last, last
    last = page.evaluate(run, "import sys\nprint(sys.stdin.read())").splitlines()[-1]
    assert last.startswith("EOFError:") and NO_KEYBOARD[language] in last, last


def tab_until(page, focused: str, what: str, presses: int = 500) -> None:
    """Press Tab, as a keyboard user does, until the JS condition ``focused`` holds."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if page.evaluate(focused):
            return
    pytest.fail(f"Tab never reached {what}")


@pytest.mark.timeout(180)
def test_run_and_edit_work_with_the_keyboard_alone(page):
    page.goto(page_url("en", SAMPLE[0][1]))
    focused = "document.activeElement.classList.contains('run-example__run')"
    tab_until(page, focused, "a Run button")
    snippet = page.evaluate("document.activeElement.closest('.executed-example').dataset.snippet")
    example = page.locator(f'.executed-example[data-snippet="{snippet}"]')
    output = example.locator(".run-example__output")
    assert output.get_attribute("role") == "status"
    assert output.get_attribute("aria-live") == "polite"
    page.keyboard.press("Enter")
    result = example.locator(".run-example__result")
    result.wait_for(timeout=120_000)
    assert result.inner_text().strip()
    assert page.evaluate(focused), "the Run button kept the focus"

    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('run-example__edit')")
    page.keyboard.press("Space")
    editor = example.locator("textarea.run-example__editor")
    assert editor.evaluate("el => el === document.activeElement"), "Edit moves the focus to the editor"
    assert editor.get_attribute("aria-label")
    page.keyboard.press("Control+A")
    page.keyboard.type('print("typed", 6 * 7)')
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate(focused):
            break
    page.keyboard.press("Space")
    example.locator(".run-example__result").filter(has_text="typed 42").wait_for(timeout=60_000)


NEXT_PAGE = "closures-in-practice/factories/"


def wait_for_page(page, href_end: str) -> None:
    """Until the page at that address is in place: instant navigation changes the
    address at the click, and the content only once the page has been fetched."""
    page.wait_for_url(f"**/{href_end}")
    page.wait_for_function(
        "end => (document.querySelector('link[rel=canonical]')?.href ?? '').endsWith(end)",
        arg=href_end,
    )


def go_instantly(page, href_end: str) -> None:
    """Follow a sidebar link the way a reader clicks it (Material's instant navigation)."""
    page.locator(f'a.md-nav__link[href$="/{href_end}"]').first.click()
    wait_for_page(page, href_end)


@pytest.mark.timeout(180)
@pytest.mark.parametrize("language", LANGUAGES)
def test_python_stays_loaded_across_instant_navigation(page, server, language):
    example = first_example(page, language)
    page.evaluate("window.sameDocument = true")
    assert not [u for u in page.requests if PYODIDE in u]
    run_and_wait(example)
    assert len(wasm_requests(page)) == 1
    loaded = len([u for u in page.requests if PYODIDE in u])

    go_instantly(page, NEXT_PAGE)
    assert page.evaluate("window.sameDocument") is True, "the link was not followed instantly"
    assert "/zh/" in page.url if language == "zh" else "/zh/" not in page.url
    example = page.locator('.executed-example[data-snippet^="closures-in-practice/"]').first
    result = run_and_wait(example, timeout=30_000)
    assert result.inner_text().strip()
    assert example.locator(".run-example__output").get_attribute("data-same") == "true"
    assert len(wasm_requests(page)) == 1, "Pyodide was loaded again after navigating"
    assert len([u for u in page.requests if PYODIDE in u]) == loaded
    assert_only_local_requests(page, server)


@pytest.mark.parametrize("language", LANGUAGES)
def test_instant_navigation_loads_python_only_on_intent(page, language):
    page.goto(page_url(language, Path("index.md")))
    page.evaluate("window.sameDocument = true")
    for _ in range(4):
        link = page.locator("a.md-footer__link--next")
        href = urlparse(link.get_attribute("href")).path
        link.click()
        wait_for_page(page, href.lstrip("/"))
        page.wait_for_load_state("networkidle")
    assert page.evaluate("window.sameDocument") is True
    assert not [u for u in page.requests if PYODIDE in u], "reading pages downloaded Pyodide"
    run = page.locator(".run-example__run").first
    if not run.count():
        go_instantly(page, NEXT_PAGE)
    page.locator(".run-example__run").first.hover()  # intent: the download starts
    page.wait_for_function("() => performance.now() > 0")
    deadline = time.monotonic() + 30
    while not wasm_requests(page):
        assert time.monotonic() < deadline, "pointing at Run did not start loading Pyodide"
        page.wait_for_timeout(100)


@pytest.mark.timeout(120)
def test_language_switcher_and_search_after_instant_navigation(page):
    page.goto("/scope-and-closures/late-binding/")
    page.evaluate("window.sameDocument = true")
    go_instantly(page, NEXT_PAGE)
    assert page.evaluate("window.sameDocument") is True
    # the header is kept by instant navigation: its language links follow the page
    page.hover(".md-header__option .md-select")
    page.locator('a.md-select__link[hreflang="zh"]').click()
    page.wait_for_url(f"**/zh/{NEXT_PAGE}")
    page.wait_for_load_state("load")
    assert page.evaluate("window.sameDocument") is None, "a language change loads the page afresh"
    assert page.locator("html").get_attribute("lang").startswith("zh")
    page.evaluate("window.sameDocument = true")
    go_instantly(page, "decorators/caching/")
    assert page.evaluate("window.sameDocument") is True
    results = search(page, "闭包")
    for href, text in results:
        assert "/zh/" in page.evaluate("href => new URL(href, location.href).href", href), href
        assert re.search(r"[\u4e00-\u9fff]", text), f"a non-Chinese result: {text[:80]}"
    page.keyboard.press("Escape")
    page.hover(".md-header__option .md-select")
    page.locator('a.md-select__link[hreflang="en"]').click()
    page.wait_for_url(re.compile(r"/decorators/caching/$"))
    assert "/zh/" not in page.url
    assert page.locator("html").get_attribute("lang").startswith("en")
    for href, _ in search(page, "closure"):
        assert "/zh/" not in page.evaluate("href => new URL(href, location.href).href", href)


@pytest.mark.timeout(240)
def test_a_second_run_of_an_example_prints_the_same(page):
    """Every Run of a visit shares one interpreter: what one run left behind
    (here, a handler on a named logger) must not double the next run's output."""
    target = "decorators/logging_decorator.py"
    doc = next(d for d in pages("en") if target in [t for _, t in d.includes])
    page.goto(page_url("en", doc.relative))
    example = page.locator(f'.executed-example[data-snippet="{target}"]')
    outputs = []
    for _ in range(2):
        example.locator(".run-example__run").click()
        result = example.locator(".run-example__result")
        result.wait_for(timeout=120_000)
        outputs.append(result.inner_text())
        assert example.locator(".run-example__output").get_attribute("data-same") == "true"
    assert outputs[0] == outputs[1]
