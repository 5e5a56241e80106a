"""Diagrams are committed SVG that cannot drift from their Mermaid sources.

Nothing here needs Chromium: only `make diagrams` (regenerating) does. Each SVG
records the sha256 of the .mmd it was made from, and these tests compare it with
the source as it is now.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from docsite import diagrams as d
from docsite.docs_model import DOCS, LANGUAGES, ROOT

SVG = "{http://www.w3.org/2000/svg}"
DIAGRAMS = d.diagrams()
SVG_FILES = sorted(d.DIAGRAMS.rglob("*.svg"))
INCLUDE = re.compile(r'''^--8<-- *["'](?P<target>[^"']+\.svg)["'] *$''')


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_there_are_diagrams():
    assert DIAGRAMS, "diagrams/ holds no .mmd source"


@pytest.mark.parametrize("diagram", DIAGRAMS, ids=lambda x: x.include)
def test_svg_was_made_from_the_source_as_it_is(diagram):
    problem = d.drift(diagram)
    assert problem is None, problem


def test_every_svg_has_a_source():
    orphans = [
        f"{rel(svg)}: has no source {rel(svg.with_suffix('.mmd'))}; delete the SVG "
        f"(or restore its source) and run `{d.COMMAND}`"
        for svg in SVG_FILES
        if not svg.with_suffix(".mmd").is_file()
    ]
    assert not orphans, "\n".join(orphans)


def test_sources_are_named_and_translated():
    problems = []
    names = Counter()
    for diagram in DIAGRAMS:
        match = d.NAME.match(diagram.source.name)
        if not match or match["lang"] not in LANGUAGES:
            problems.append(
                f"{rel(diagram.source)}: name it diagrams/<chapter>/<name>.<lang>.mmd "
                f"with <lang> one of {', '.join(LANGUAGES)}"
            )
            continue
        names[diagram.source.parent / match["name"]] += 1
        for lang in LANGUAGES:
            twin = diagram.source.with_name(f"{match['name']}.{lang}.mmd")
            if not twin.is_file():
                problems.append(f"{rel(diagram.source)}: has no {lang} version {rel(twin)}")
    assert not problems, "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("svg", SVG_FILES, ids=lambda p: p.relative_to(d.DIAGRAMS).as_posix())
def test_svg_is_accessible_inline_svg_in_its_language(svg):
    where = rel(svg)
    lang = svg.name.rsplit(".", 2)[-2]
    root = ET.fromstring(svg.read_text("utf-8"))
    assert root.get("role") == "img", f"{where}: the <svg> needs role=\"img\"; run `{d.COMMAND}`"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title is not None and (title.text or "").strip(), (
        f"{where}: no <title>; give {rel(svg.with_suffix('.mmd'))} an `accTitle:` line"
    )
    assert desc is not None and (desc.text or "").strip(), (
        f"{where}: no <desc>; give {rel(svg.with_suffix('.mmd'))} an `accDescr:` line"
    )
    assert root.get("aria-labelledby") == title.get("id"), f"{where}: aria-labelledby must name the <title>"
    assert root.get("aria-describedby") == desc.get("id"), f"{where}: aria-describedby must name the <desc>"
    assert root.get("lang") == lang, f"{where}: lang should be {lang!r}"
    for text in (title.text, desc.text):
        has_chinese = bool(d.CJK.search(text))
        assert has_chinese == (lang == "zh"), (
            f"{where}: the accessible title/description {text!r} is not in the page's "
            f"language ({lang}); fix accTitle/accDescr in {rel(svg.with_suffix('.mmd'))}"
        )
    labels = "".join(t.text or "" for t in root.iter(f"{SVG}tspan"))
    if lang == "zh":
        twin = svg.with_name(svg.name.replace(".zh.", ".en."))
        en_labels = "".join(t.text or "" for t in ET.parse(twin).iter(f"{SVG}tspan")) if twin.is_file() else ""
        assert d.CJK.search(labels) or labels == en_labels, (
            f"{where}: no Chinese label, yet its labels differ from the English diagram's"
        )
    else:
        assert not d.CJK.search(labels), f"{where}: Chinese text in an English diagram"


def test_svgs_are_self_contained_and_ids_unique():
    problems = []
    seen: dict[str, str] = {}
    for svg in SVG_FILES:
        text = svg.read_text("utf-8")
        where = rel(svg)
        for bad in ("<style", "<script", "<foreignObject", "font-family", "@import", "@font-face"):
            if bad in text:
                problems.append(f"{where}: contains {bad!r}; run `{d.COMMAND} ARGS=--all`")
        for url in re.findall(r'(?:href|src)="(?!#)([^"]+)"', text):
            problems.append(f"{where}: refers to {url}")
        for element_id in re.findall(r'\sid="([^"]+)"', text):
            if element_id in seen:
                problems.append(f"{where}: id {element_id!r} is also used in {seen[element_id]}")
            seen[element_id] = where
    assert not problems, "\n".join(problems)


def page_diagram_includes(language: str) -> dict[Path, list[tuple[int, str]]]:
    found = {}
    for page in sorted((DOCS / language).rglob("*.md")):
        lines = page.read_text("utf-8").splitlines()
        found[page.relative_to(DOCS / language)] = [
            (number, m["target"]) for number, line in enumerate(lines, 1) if (m := INCLUDE.match(line))
        ]
    return found


def test_pages_include_their_language_s_diagrams_in_the_same_order():
    problems = []
    included = set()
    per_language = {lang: page_diagram_includes(lang) for lang in LANGUAGES}
    for lang, pages in per_language.items():
        for page, includes in pages.items():
            for number, target in includes:
                included.add(target)
                if not target.endswith(f".{lang}.svg"):
                    problems.append(f"docs/{lang}/{page}:{number}: includes {target}, not the {lang} diagram")
                if not (d.DIAGRAMS / target).is_file():
                    problems.append(f"docs/{lang}/{page}:{number}: includes missing diagrams/{target}")
    en, zh = per_language["en"], per_language["zh"]
    for page in sorted(set(en) & set(zh)):
        left = [re.sub(r"\.en\.svg$", "", t) for _, t in en[page]]
        right = [re.sub(r"\.zh\.svg$", "", t) for _, t in zh[page]]
        if left != right:
            problems.append(f"docs/zh/{page}: diagrams {right} differ from the English page's {left}")
    for diagram in DIAGRAMS:
        if diagram.include not in included:
            problems.append(f"{rel(diagram.source)}: no page includes {diagram.include}")
    for lang in LANGUAGES:
        for page in sorted((DOCS / lang).rglob("*.md")):
            for number, line in enumerate(page.read_text("utf-8").splitlines(), 1):
                if line.strip().startswith(("```mermaid", "~~~mermaid")):
                    problems.append(
                        f"{rel(page)}:{number}: a mermaid fence; move it to diagrams/ and run `{d.COMMAND}`"
                    )
    assert not problems, "\n".join(problems)


def test_drift_is_reported_naming_files_and_command(tmp_path, monkeypatch):
    """The check itself: an edited source, a missing SVG and an orphan SVG are all caught."""
    chapter = tmp_path / "diagrams" / "chapter"
    chapter.mkdir(parents=True)
    monkeypatch.setattr(d, "ROOT", tmp_path)
    source = chapter / "flow.en.mmd"
    source.write_text("flowchart LR\n    accTitle: A\n    accDescr: B\n    a --> b\n", "utf-8")
    diagram = d.Diagram(source)
    assert "has no SVG diagrams/chapter/flow.en.svg; run `make diagrams`" in d.drift(diagram)
    diagram.svg.write_text(f'<svg data-source-sha256="{d.source_sha256(source)}"/>', "utf-8")
    assert d.drift(diagram) is None
    source.write_text(source.read_text("utf-8") + "    b --> c\n", "utf-8")
    message = d.drift(diagram)
    assert message.startswith("diagrams/chapter/flow.en.mmd: changed after diagrams/chapter/flow.en.svg")
    assert "run `make diagrams`" in message


def test_postprocess_makes_ids_unique_and_names_the_diagram():
    raw = (
        '<svg xmlns="http://www.w3.org/2000/svg" id="x" aria-roledescription="flowchart-v2" '
        'aria-labelledby="chart-title-x" style="max-width: 10.123456px; font-family: Arial">'
        '<title id="chart-title-x">Titel</title><desc id="chart-desc-x">Beschreibung</desc>'
        '<style>#x{fill:#333}</style><marker id="arrow"><path d="M 0 0"/></marker>'
        '<marker id="unused"/><g id="L_a_b_0"><path marker-end="url(#arrow)" fill="#000" stroke="none"/></g>'
        "<text>a__b</text></svg>"
    )
    source = d.DIAGRAMS / "chapter" / "flow.en.mmd"
    svg = d.postprocess(raw, d.Diagram(source), "0" * 64)
    root = ET.fromstring(svg)
    assert root.get("role") == "img" and root.get("lang") == "en"
    assert root.get("id") == "diagram-chapter-flow-en"
    assert root[0].tag == f"{SVG}title" and root[0].get("id") == "diagram-chapter-flow-en-title"
    assert root.get("aria-labelledby") == "diagram-chapter-flow-en-title"
    assert "<style" not in svg and "font-family" not in svg and "#000" not in svg
    assert 'marker-end="url(#diagram-chapter-flow-en-arrow)"' in svg
    assert 'id="diagram-chapter-flow-en-L_a_b_0"' in svg and "unused" not in svg
    assert 'stroke="none"' in svg and "max-width: 10.12px" in svg
    assert 'data-source-sha256="' + "0" * 64 + '"' in svg


class DiagramRuntime(HTMLParser):
    """Anything on a built page that would draw diagrams in the browser."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self.in_script = False

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = False

    def handle_starttag(self, tag, attrs):
        self.in_script = tag == "script"
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        if "mermaid" in classes:
            self.found.append(f'line {self.getpos()[0]}: <{tag} class="mermaid">')
        for name in ("src", "href"):
            if re.search(r"mermaid|vega|plantuml|kroki|d2\.js", attributes.get(name) or "", re.I):
                self.found.append(f"line {self.getpos()[0]}: <{tag} {name}={attributes[name]!r}>")

    def handle_data(self, data):
        if self.in_script and re.search(r"\bmermaid\b", data, re.I):
            self.found.append(f"line {self.getpos()[0]}: an inline script mentions mermaid")


def test_no_built_page_loads_a_diagram_runtime(build):
    site, _ = build
    problems = []
    for page in sorted(site.rglob("*.html")):
        parser = DiagramRuntime()
        parser.feed(page.read_text("utf-8"))
        problems += [f"{page.relative_to(site)}: {f}" for f in parser.found]
    assert not problems, "\n".join(problems)
    assert not (site / "assets" / "vendor" / "mermaid").exists(), "the site still ships Mermaid"


def test_built_pages_show_diagrams_inline(build):
    site, _ = build
    page = site / "zh" / "middleware" / "building-a-stack" / "index.html"
    html = page.read_text("utf-8")
    assert re.search(r'<figure class="diagram">\s*<svg[^>]* role="img"', html), (
        f"{page.relative_to(site)}: the diagram is not inline SVG"
    )
    assert "assets/stylesheets/diagrams.css" in html


def test_the_runtime_finder_itself():
    for html, bad in [
        ('<pre class="mermaid">flowchart LR</pre>', True),
        ('<script src="../assets/vendor/mermaid/mermaid.min.js"></script>', True),
        ("<script>import('https://x/mermaid.esm.min.mjs')</script>", True),
        ('<figure class="diagram"><svg role="img"></svg></figure>', False),
    ]:
        parser = DiagramRuntime()
        parser.feed(html)
        assert bool(parser.found) is bad, html
