"""The built site loads nothing from another host.

Readers in mainland China often cannot reach Google Fonts, jsDelivr or unpkg,
so every script, stylesheet, font, image and the Pyodide runtime are served
from the site itself. Links to other sites (<a href>, rel=canonical) are fine:
they are not fetched when a page loads.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

EXTERNAL = re.compile(r"^(?:https?:)?//(?!localhost[:/]|127\.0\.0\.1[:/])[a-z0-9]", re.I)
ASSET_RELS = {"stylesheet", "preload", "modulepreload", "icon", "manifest", "prefetch",
              "preconnect", "dns-prefetch", "apple-touch-icon", "shortcut"}
# a URL in quotes, in script or CSS text: "https://…", '//…', `…`
QUOTED_URL = re.compile(r"""["'`](?P<url>\s*(?:https?:)?[/\\]{2}[^"'`\s]+)""", re.I)
# script types a browser does not run (data blocks); every other type is read as code
DATA_TYPES = {"application/json", "application/ld+json"}
CSS_URL = re.compile(r'''(?:url\(\s*["']?|@import\s+["'])(?P<url>[^"')\s]+)''', re.I)
SRC_TAGS = {"script", "img", "iframe", "source", "audio", "video", "embed", "track", "input"}


# XML namespace names (xmlns="http://www.w3.org/2000/svg" inside data: URIs) and
# DTD identifiers name things; a browser never fetches them.
NAMESPACES = re.compile(r"^https?://www\.w3\.org/", re.I)


def is_external(url: str) -> bool:
    """As a browser reads a URL attribute: trimmed, backslashes as slashes."""
    url = url.strip().replace("\\", "/")
    return bool(EXTERNAL.match(url)) and not NAMESPACES.match(url)


CDN_HOSTS = re.compile(
    r"https?://(?P<host>cdn\.jsdelivr\.net|unpkg\.com|cdnjs\.cloudflare\.com|"
    r"fonts\.googleapis\.com|fonts\.gstatic\.com|api\.github\.com|esm\.sh|ajax\.googleapis\.com)"
)
# Scripts that mention a CDN or API host in code that this site never runs.
# The browser test (tests/test_browser.py) proves no request leaves localhost.
KNOWN_DEAD_REFERENCES = {
    ("assets/javascripts/bundle.", "unpkg.com"):
        "Material's fallbacks: mermaid, fetched only for a `.mermaid` element, and no page "
        "has one (diagrams are inline SVG; tests/test_diagrams.py checks every built page); "
        "and a ResizeObserver polyfill (every supported browser has it)",
    ("assets/javascripts/bundle.", "api.github.com"):
        "Material's repository facts; overrides/partials/source.html drops the "
        "data-md-component that triggers the request",
    ("assets/vendor/pyodide/pyodide.mjs", "cdn.jsdelivr.net"):
        "Pyodide's default indexURL; run-examples.js always passes the site's own copy",
}


class AssetReferences(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[int, str]] = []
        self.in_style = False
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        attributes = {k: v or "" for k, v in attrs}
        line = self.getpos()[0]
        candidates = []
        if tag in SRC_TAGS:
            candidates.append(attributes.get("src"))
        if tag == "video":
            candidates.append(attributes.get("poster"))
        if tag == "base":  # would make every relative URL on the page external
            candidates.append(attributes.get("href"))
        if tag == "link" and ASSET_RELS & set(attributes.get("rel", "").lower().split()):
            candidates.append(attributes.get("href"))
        if tag == "object":
            candidates.append(attributes.get("data"))
        if tag in {"image", "use", "script", "feimage"}:  # inline SVG
            candidates += [attributes.get("href"), attributes.get("xlink:href")]
        for srcset in (attributes.get("srcset"), attributes.get("imagesrcset")):
            candidates += [c.strip().split(" ")[0] for c in (srcset or "").split(",")]
        candidates += [m["url"] for m in CSS_URL.finditer(attributes.get("style", ""))]
        candidates += [m["url"] for m in QUOTED_URL.finditer(attributes.get("style", ""))]
        for name, value in attributes.items():  # onload="import('https://…')" and friends
            if name.startswith("on"):
                candidates += [m["url"] for m in QUOTED_URL.finditer(value)]
        self.found += [(line, url.strip()) for url in candidates if url and is_external(url)]
        if attributes.get("srcdoc"):  # a whole document in an attribute
            self.found += [(line, url) for _, url in external_references_in_html(attributes["srcdoc"])]
        self.in_style = tag == "style"
        # an inline script that runs may import or fetch; so may an import map
        self.in_script = (
            tag == "script"
            and not attributes.get("src")
            and attributes.get("type", "").strip().lower() not in DATA_TYPES
        )

    def handle_data(self, data):
        line = self.getpos()[0]
        if self.in_style:
            urls = [m["url"] for m in CSS_URL.finditer(data)]
            urls += [m["url"] for m in QUOTED_URL.finditer(data)]
            self.found += [(line, url.strip()) for url in urls if is_external(url)]
        if self.in_script:
            urls = [m["url"] for m in QUOTED_URL.finditer(data)]
            self.found += [(line, url.strip()) for url in urls if is_external(url)]

    def handle_endtag(self, tag):
        if tag == "style":
            self.in_style = False
        if tag == "script":
            self.in_script = False


def external_references_in_html(text: str) -> list[tuple[int, str]]:
    parser = AssetReferences()
    parser.feed(text)
    return parser.found


def test_pages_load_assets_only_from_this_site(build):
    site, _ = build
    problems = []
    for page in sorted(site.rglob("*.html")):
        for line, url in external_references_in_html(page.read_text("utf-8")):
            problems.append(f"{page.relative_to(site)}:{line}: loads {url}")
    assert not problems, "\n".join(problems)


def test_stylesheets_load_nothing_from_elsewhere(build):
    site, _ = build
    problems = [
        f"{css.relative_to(site)}: {m['url']}"
        for css in sorted(site.rglob("*.css"))
        for m in CSS_URL.finditer(css.read_text("utf-8", errors="replace"))
        if EXTERNAL.match(m["url"])
    ]
    assert not problems, "\n".join(problems)


def test_scripts_mention_cdns_only_in_code_this_site_never_runs(build):
    site, _ = build
    problems = []
    for script in sorted([*site.rglob("*.js"), *site.rglob("*.mjs")]):
        relative = script.relative_to(site).as_posix()
        for match in CDN_HOSTS.finditer(script.read_text("utf-8", errors="replace")):
            known = any(
                relative.startswith(prefix) and match["host"] == host
                for prefix, host in KNOWN_DEAD_REFERENCES
            )
            if not known:
                problems.append(f"{relative}: references {match['host']}")
    assert not problems, "\n".join(sorted(set(problems)))


@pytest.mark.parametrize(
    ("html", "bad"),
    [
        ('<script src="https://cdn.jsdelivr.net/x.js"></script>', True),
        ('<link rel="stylesheet" href="//fonts.googleapis.com/css">', True),
        ('<div style="background: url(https://example.com/a.png)"></div>', True),
        ("<style>@import 'https://fonts.googleapis.com/css';</style>", True),
        ('<a href="https://github.com/">a link is not an asset</a>', False),
        ('<link rel="canonical" href="https://example.com/">', False),
        ('<script src="../assets/x.js"></script>', False),
        (
            '<script type="module">const m = await import("https://cdnjs.cloudflare.com/m.mjs")</script>',
            True,
        ),
        ("<script>fetch('//example.com/data.json')</script>", True),
        ('<img src="a.png" srcset="a-2x.png 2x, https://cdn.example.com/a-3x.png 3x">', True),
        ('<script type="application/json">{"repo": "https://github.com/x/y"}</script>', False),
        ('<link rel="stylesheet" href=" https://fonts.googleapis.com/css2?family=Inter">', True),
        ('<script type=" module ">import("https://esm.sh/canvas-confetti")</script>', True),
        ('<script type="importmap">{"imports": {"a": "https://esm.sh/a"}}</script>', True),
        ('<base href="https://cdn.example.com/">', True),
        ("<img src=x onerror=\"import('https://esm.sh/x')\">", True),
        ('<svg><use href="https://cdn.example.com/icons.svg#a"></use></svg>', True),
        ('<video poster="https://cdn.example.com/p.png"></video>', True),
        ('<input type="image" src="https://cdn.example.com/b.png">', True),
        ('<script>const u = "\\\\esm.sh/x.js"</script>', True),
        ('<div style="background: image-set(\'https://cdn.example.com/a.png\' 1x)"></div>', True),
        ("<iframe srcdoc=\"<script src='https://esm.sh/x'></script>\"></iframe>", True),
        ('<script type="text/x-mathjax-config">MathJax.Hub.Config({})</script>', False),
        ("<script>location.href = './local/'</script>", False),
    ],
)
def test_the_reference_finder_itself(html, bad):
    assert bool(external_references_in_html(html)) is bad


def test_the_site_really_vendors_pyodide(build):
    site, _ = build
    vendor = Path(site, "assets", "vendor", "pyodide")
    assert (vendor / "pyodide.asm.wasm").stat().st_size > 1_000_000
    assert (vendor / "python_stdlib.zip").is_file()
