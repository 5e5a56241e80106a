"""The strict build succeeds, and the built pages show what the snippets claim.

The site is built once per test session with the real `mkdocs build --strict`.
"""

from __future__ import annotations

import json
import platform
import re
from collections import Counter
from html import escape as html_escape
from html.parser import HTMLParser
from html import unescape as html_unescape
from pathlib import Path

import pytest

from docsite import runner, versions
from docsite.built_pages import shown_examples, version_notes
from docsite.claims import normalise, stated_text
from docsite.docs_model import (
    DOCS,
    LANGUAGES,
    ROOT,
    SNIPPETS,
    html_path,
    page_url,
    pages,
)

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


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: Counter[str] = Counter()

    def handle_starttag(self, tag, attrs):
        self.ids.update(value for name, value in attrs if name == "id" and value is not None)

    handle_startendtag = handle_starttag


def test_every_id_on_every_built_page_is_used_once(build):
    """A copy button, a TOC link or a line anchor finds its element by id: two
    elements with one id send it to the wrong one (two notebook cells named
    "cell-1" made every notebook copy button copy the wrong text). Every HTML
    file of the site, notebook pages included, read by an HTML parser."""
    site, _ = build
    problems = []
    for built in sorted(site.rglob("*.html")):
        parser = _Ids()
        parser.feed(built.read_text(encoding="utf-8"))
        twice = sorted(i for i, n in parser.ids.items() if n > 1)
        if twice:
            problems.append(f"{built.relative_to(site)}: ids used more than once: {twice[:8]}")
    assert not problems, "\n".join(problems)


def page_problems(site: Path, page) -> list[str]:
    """Where the built page does not show, for each example, exactly what Python printed.

    Three texts must agree for every example: what the page shows under it,
    what the runner prints now, and what the snippet states (plus the final
    line of an expected error); only the documented placeholders may differ.
    """
    built = html_path(site, page.language, page.relative)
    name = page.path.relative_to(ROOT)
    if not built.is_file():
        return [f"{name}: not built ({built} is missing)"]
    shown = shown_examples(built.read_text(encoding="utf-8"))
    problems = []
    included = [target for _, target in page.includes]
    if [example.snippet for example in shown] != included:
        problems.append(
            f"{name}: the page shows the examples {[e.snippet for e in shown]}, "
            f"its source includes {included}"
        )
    for (where, target), example in zip(page.includes, shown, strict=False):
        result = runner.run(SNIPPETS / target)
        source = (SNIPPETS / target).read_text(encoding="utf-8")
        shown_where = f"{where}: the built page ({built.relative_to(site)}, line {example.line})"
        for problem in example.problems():
            problems.append(f"{shown_where} shows, for snippets/{target}, {problem}")
        if example.source != source:
            problems.append(f"{shown_where} shows code that is not snippets/{target}")
        stated = stated_text(source, f"snippets/{target}")
        if result.error_line:
            stated += f"{result.error_line}\n"
        on_page = normalise(example.output or "")
        if on_page != normalise(result.shown) or on_page != stated:
            problems.append(
                f"{where}: the built page ({built.relative_to(site)}, line {example.line}) "
                f"shows for snippets/{target}:\n{on_page}\nPython prints:\n"
                f"{normalise(result.shown)}\nthe snippet states:\n{stated}"
            )
    return problems


@pytest.mark.parametrize("page", ALL_PAGES, ids=lambda p: str(p.path.relative_to(DOCS)))
def test_page_shows_exactly_what_python_prints(build, page):
    site, _ = build
    problems = page_problems(site, page)
    assert not problems, "\n".join(problems)


def altered_copy(site: Path, tmp_path: Path, page, alter) -> Path:
    """A copy of one built page, changed by ``alter(html, example) -> html``."""
    copy = tmp_path / "site"
    html = html_path(site, page.language, page.relative).read_text(encoding="utf-8")
    target = html_path(copy, page.language, page.relative)
    target.parent.mkdir(parents=True)
    target.write_text(alter(html, shown_examples(html)[0]), encoding="utf-8")
    return copy


def _lie_in_source(html: str, example) -> str:
    stated = html_escape(f"#> {example.output.splitlines()[0]}", quote=False)
    assert stated in html
    return html.replace(stated, "#&gt; SABOTAGED", 1)


def _extra_block(html: str, example) -> str:
    end = html.index("</div></div>", html.index('class="executed-example"'))
    fake = '<div class="highlight"><pre><code>SABOTAGED\n</code></pre></div>'
    return html[:end] + "</div>" + fake + html[end + len("</div>") :]


def _hidden_output(html: str, example) -> str:
    start = html.index('class="executed-example"')
    at = html.rindex('<div class="highlight"><pre>', start, html.index("</div></div>", start))
    return html[:at] + "<pre>SABOTAGED</pre><div hidden>" + html[at:].replace(
        "</div></div>", "</div></div></div>", 1
    )


@pytest.mark.parametrize(
    "alter", [_lie_in_source, _extra_block, _hidden_output], ids=lambda f: f.__name__[1:]
)
def test_the_page_check_catches_a_page_that_shows_something_else(build, tmp_path, alter):
    site, _ = build
    page = next(p for p in ALL_PAGES if p.language == "en" and p.includes)
    copy = altered_copy(site, tmp_path, page, alter)
    problems = page_problems(copy, page)
    assert problems and str(page.path.relative_to(ROOT)) in problems[0], problems


def test_the_page_check_catches_an_output_the_page_alters(build, tmp_path):
    """Change one line of one shown output in a copy of a built page: the check fails."""
    site, _ = build
    page = next(p for p in ALL_PAGES if p.language == "zh" and p.includes)
    copy = tmp_path / "site"
    built = html_path(site, page.language, page.relative)
    target = html_path(copy, page.language, page.relative)
    target.parent.mkdir(parents=True)
    html = built.read_text(encoding="utf-8")
    example = shown_examples(html)[0]
    first_line = html_escape(example.output.splitlines()[0], quote=False)
    assert first_line in html
    # the last occurrence is in the output block (the source shows it as a `#>` comment)
    at = html.rindex(first_line)
    target.write_text(html[:at] + "SABOTAGED" + html[at + len(first_line) :], encoding="utf-8")
    problems = page_problems(copy, page)
    assert problems and str(page.path.relative_to(ROOT)) in problems[0], problems
    assert "SABOTAGED" in problems[0]


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
    # The tests' build runs every snippet itself (DOCSITE_RUN_CACHE_MODE=write).
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


def test_each_index_holds_exactly_its_own_pages(build):
    site, _ = build
    for language in LANGUAGES:
        prefix = "" if language == "en" else f"{language}/"
        index = json.loads((site / prefix / "search" / "search_index.json").read_text("utf-8"))
        located = {d["location"].split("#")[0] for d in index["docs"]}
        expected = {page_url(language, p.relative).removeprefix(f"/{prefix}") for p in pages(language)}
        assert expected - located == set(), f"{language} pages missing from their index"
        stray = {loc for loc in located if loc.startswith(tuple(f"{o}/" for o in LANGUAGES))}
        assert not stray, f"the {language} index holds other languages' pages: {sorted(stray)[:5]}"
        # each page's entry is that language's page: its title is the built page's title
        wrong = []
        for doc in index["docs"]:
            if "#" in doc["location"]:
                continue
            built = site / prefix / doc["location"] / "index.html"
            heading = re.search(r"<h1[^>]*>(.*?)</h1>", built.read_text("utf-8"), re.S)[1]
            # jieba's zero-width spaces and the permalink sign are not part of the title
            shown = plain_text(heading).replace("\u200b", "").rstrip("¶ ")
            indexed = plain_text(doc["title"]).replace("\u200b", "").rstrip("¶ ")
            if shown != indexed:
                wrong.append(f"{prefix}{doc['location']}: indexed {indexed!r}, page {shown!r}")
        assert not wrong, f"the {language} index has entries of another page: {wrong[:5]}"


def test_splitting_the_search_index_is_idempotent(build, tmp_path):
    import shutil

    from docsite.hooks.search_per_language import split_index

    site, _ = build
    for prefix in ("", "zh/"):
        source = site / prefix / "search" / "search_index.json"
        (tmp_path / prefix / "search").mkdir(parents=True, exist_ok=True)
        shutil.copy(source, tmp_path / prefix / "search" / "search_index.json")
    before = {p: p.read_bytes() for p in sorted(tmp_path.rglob("*.json"))}
    split_index(tmp_path, "en", list(LANGUAGES))
    split_index(tmp_path, "en", list(LANGUAGES))
    after = {p: p.read_bytes() for p in sorted(tmp_path.rglob("*.json"))}
    assert {p: json.loads(b) for p, b in after.items()} == {
        p: json.loads(b) for p, b in before.items()
    }


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


def test_the_build_publishes_no_project_data(build):
    """docsite/data/ holds the build's data; none of it is a page asset."""
    site, _ = build
    published = sorted(
        str(p.relative_to(site))
        for name in (p.name for p in (ROOT / "docsite" / "data").iterdir())
        for p in site.rglob(name)
    )
    assert not published, f"project data published into the site: {published}"


def plain_text(fragment: str) -> str:
    return html_unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


QUESTION = re.compile(r'<details class="question"[^>]*>\s*<summary>(.*?)</summary>(.*?)</details>', re.S)


def rendered_questions(site: Path, language: str, relative: Path) -> list[tuple[str, str]]:
    """(question, answer text) of every recall question the built page shows."""
    text = html_path(site, language, relative).read_text(encoding="utf-8")
    return [
        (html_unescape(re.sub(r"<[^>]+>", "", q)).strip(), re.sub(r"<[^>]+>", "", a).strip())
        for q, a in QUESTION.findall(text)
    ]


@pytest.mark.parametrize(
    "page", [p for p in ALL_PAGES if p.language == "en" and len(p.relative.parts) > 1],
    ids=lambda p: str(p.relative),
)
def test_both_languages_show_the_same_recall_questions(build, page):
    site, _ = build
    english = rendered_questions(site, "en", page.relative)
    chinese = rendered_questions(site, "zh", page.relative)
    where = f"docs/zh/{page.relative}"
    assert len(english) >= 2, f"{page.path.relative_to(ROOT)}: fewer than 2 recall questions shown"
    assert len(chinese) == len(english), (
        f"{where}: the built page shows {len(chinese)} recall questions, the English one {len(english)}"
    )
    for question, answer in chinese:
        assert answer, f"{where}: the question {question!r} shows no answer"
        assert re.search(r"[\u4e00-\u9fff]", question), f"{where}: {question!r} is not in Chinese"


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_show_where_other_pythons_print_something_else(build, language):
    """Under an example, each recorded difference of Python itself, in the page's language;
    nothing under an example that prints the same on every version."""
    site, _ = build
    record = versions.read_record()
    problems = []
    for page in pages(language):
        built = html_path(site, language, page.relative)
        shown = [
            (n.snippet, n.versions, n.label, n.output, n.text)
            for n in version_notes(built.read_text("utf-8"))
        ]
        expected = [
            (target, note.versions, note.label, note.output, note.reason)
            for _, target in page.includes
            for note in versions.page_notes(record.get(target, {}), language)
        ]
        if shown != expected:
            problems.append(f"{built.relative_to(site)} shows {shown}, the record says {expected}")
    assert not problems, "\n".join(problems)

    # one example that differs (3.12 and 3.13 alike, 3.14 otherwise), one that does not
    differs = "closures-in-practice/closure_vs_class_pickling.py"
    same = "scope-and-closures/late_binding_loop.py"
    assert same not in record and (SNIPPETS / same).is_file()
    labels = {"en": ["On Python 3.12 and 3.13:", "On Python 3.14:"],
              "zh": ["在 Python 3.12 和 3.13 中：", "在 Python 3.14 中："]}
    for target, wanted in ((differs, labels[language]), (same, [])):
        page = next(p for p in pages(language) if target in [t for _, t in p.includes])
        html = html_path(site, language, page.relative).read_text("utf-8")
        notes = [n for n in version_notes(html) if n.snippet == target]
        assert [n.label for n in notes] == wanted, (target, notes)
        for note in notes:
            assert note.output == record[target][note.versions[0]]["output"], note
        # outside the example's wrapper, whose check stays strict (page_problems)
        example = next(e for e in shown_examples(html) if e.snippet == target)
        assert not example.problems(), example.problems()


@pytest.mark.parametrize(
    ("remote", "url"),
    [
        ("git@github.com:owner/closures-site.git", "https://github.com/owner/closures-site"),
        ("https://github.com/owner/closures-site", "https://github.com/owner/closures-site"),
        ("https://gitlab.com/group/site.git", "https://gitlab.com/group/site"),
        ("/work/main", None),
        ("", None),
    ],
)
def test_edit_links_point_at_the_real_repository(remote, url, monkeypatch):
    import subprocess

    from docsite.hooks import repository

    monkeypatch.delenv("REPO_URL", raising=False)
    monkeypatch.setattr(
        subprocess, "run", lambda *a, **k: subprocess.CompletedProcess(a, 0, remote + "\n", "")
    )
    assert repository.repository_url() == url
