"""The strict build succeeds, and the built pages show what the snippets claim.

The site is built once per test session with the real `mkdocs build --strict`.
"""

from __future__ import annotations

import html
import json
import platform
import re
from pathlib import Path

import pytest
from docs_model import DOCS, LANGUAGES, ROOT, SNIPPETS, html_path, page_url, pages
from test_outputs_match_claims import stated_output_lines


def page_text(path: Path) -> str:
    """The page's text content, tags dropped and entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", path.read_text(encoding="utf-8")))


ALL_PAGES = [page for language in LANGUAGES for page in pages(language)]


@pytest.mark.parametrize("page", ALL_PAGES, ids=lambda p: str(p.path.relative_to(DOCS)))
def test_page_is_built_and_names_the_python_that_ran_it(build, page):
    site, _ = build
    built = html_path(site, page.language, page.relative)
    assert built.is_file(), f"{page.path.relative_to(ROOT)} was not built to {built}"
    content = built.read_text(encoding="utf-8")
    version = f"{platform.python_implementation()} {platform.python_version()}"
    notes = re.findall(r'data-build-python="([^"]*)"', content)
    assert notes == [version], f"{built}: expected one build-Python note {version!r}, got {notes}"
    assert "Traceback (most recent call last)" not in content, (
        f"{page.path.relative_to(ROOT)}: a traceback was rendered into the page"
    )


@pytest.mark.parametrize("page", ALL_PAGES, ids=lambda p: str(p.path.relative_to(DOCS)))
def test_page_shows_every_stated_output(build, page):
    site, _ = build
    text = page_text(html_path(site, page.language, page.relative))
    for where, target in page.includes:
        source = (SNIPPETS / target).read_text(encoding="utf-8")
        for line in stated_output_lines(source):
            line = line.strip()
            if not line or "0x..." in line or "~..." in line:  # differ per run
                continue
            assert line in text, (
                f"{where}: the built page does not show {target}'s stated output {line!r}"
            )


def test_each_snippet_runs_once_per_build(build):
    _, log = build
    counts = {
        m["lang"]: (int(m["ran"]), int(m["reused"]))
        for m in re.finditer(
            r"\[(?P<lang>\w+)\] executed examples: (?P<ran>\d+) run, (?P<reused>\d+) reused",
            log,
        )
    }
    per_language = {lang: len({t for p in pages(lang) for _, t in p.includes}) for lang in LANGUAGES}
    assert counts["en"] == (per_language["en"], 0), log
    assert counts["zh"] == (0, per_language["zh"]), (
        "the Chinese build should reuse every result of the English build", counts
    )


def test_each_language_searches_its_own_segmented_index(build):
    site, _ = build
    zh_index = json.loads((site / "zh" / "search" / "search_index.json").read_text("utf-8"))
    en_index = json.loads((site / "search" / "search_index.json").read_text("utf-8"))
    zh_text = " ".join(d["title"] + " " + d["text"] for d in zh_index["docs"])
    # jieba puts zero-width spaces around words, and the separator splits on them
    assert "\u200b闭包\u200b" in zh_text, "闭包 is not a separate search token"
    assert re.split(zh_index["config"]["separator"], "\u200b闭包\u200b是") == ["", "闭包", "是"]
    assert not any(d["location"].startswith("zh/") for d in zh_index["docs"])
    assert not any("闭包" in d["text"] for d in en_index["docs"]), (
        "Chinese pages leak into the English search index"
    )
    for page in pages("zh"):
        built = html_path(site, "zh", page.relative).read_text("utf-8")
        base = re.search(r'"base": "([^"]*)"', built)[1]
        assert base.endswith("zh/"), f"{page.path}: search would load the English index"


def test_language_switcher_stays_on_the_same_page(build):
    site, _ = build
    for page in pages("en"):
        built = html_path(site, "en", page.relative).read_text("utf-8")
        target = page_url("zh", page.relative)
        links = re.findall(r'<a href="([^"]*)" hreflang="zh"', built)
        assert links, f"{page.path.relative_to(ROOT)}: no link to the Chinese version"
        assert all(link.rstrip("/").endswith(target.rstrip("/")) for link in links), (
            page.relative,
            links,
        )
