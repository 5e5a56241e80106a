"""Diagrams: Mermaid sources rendered ahead of time into committed, inline SVG.

Every diagram is a file ``diagrams/<chapter>/<name>.<lang>.mmd`` (labels in that
language, with ``accTitle:`` and ``accDescr:`` lines) next to the SVG made from
it, ``<name>.<lang>.svg``. A page includes the SVG with pymdownx.snippets, so
the reader gets inline SVG and no diagram JavaScript at all::

    <figure class="diagram">
    --8<-- "middleware/onion-stack.en.svg"
    </figure>

``python -m docsite.diagrams`` (``make diagrams``) renders every source with the
Mermaid pinned in ``docsite/data/diagram-tools.json``, running in headless
Chromium, then post-processes the SVG: ids made unique per diagram, Mermaid's
stylesheet and fonts removed (``overrides/assets/stylesheets/diagrams.css``
styles every diagram with the theme's colours, light and dark), ``role="img"``
with the ``<title>``/``<desc>`` in the page's language, and the sha256 of the
source recorded in ``data-source-sha256``. ``tests/test_diagrams.py`` compares
that hash with the source, so a source changed without ``make diagrams`` fails
the tests; they need no browser.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIAGRAMS = ROOT / "diagrams"
TOOLS_LOCK = ROOT / "docsite" / "data" / "diagram-tools.json"
LANGUAGES = ("en", "zh")
COMMAND = "make diagrams"

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", XLINK_NS)

# What Material uses for body text when theme.font is false; measuring the
# labels with the same stack keeps them inside their boxes on the page.
FONT_STACK = "-apple-system, BlinkMacSystemFont, Helvetica, Arial, sans-serif"
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
NAME = re.compile(r"^(?P<name>[a-z0-9]+(?:-[a-z0-9]+)*)\.(?P<lang>[a-z]{2})\.(?:mmd|svg)$")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]


NUMBER = re.compile(r"-?\d+\.\d{3,}(?:e-?\d+)?")


def _round(match: re.Match) -> str:
    rounded = f"{float(match[0]):.2f}".rstrip("0").rstrip(".")
    return "0" if rounded == "-0" else rounded


# Mermaid reads labels as Markdown, so `__dict__` would come out as a bold "dict"
# (and neither escapes nor entities survive every kind of label). The sources keep
# the real text; in quoted labels the renderer sees a full-width low line instead,
# put back afterwards. Write a label with `_` in it in double quotes.
LOW_LINE_STAND_IN = "\uff3f"


def mermaid_input(text: str) -> str:
    """Every `_` inside a quoted label becomes the stand-in (ids and accTitle/accDescr keep theirs)."""
    return "\n".join(
        line
        if line.strip().startswith(("accTitle", "accDescr"))
        else re.sub(r'"[^"]*"', lambda m: m[0].replace("_", LOW_LINE_STAND_IN), line)
        for line in text.split("\n")
    )


def _colour_or_font(name: str, value: str) -> bool:
    """A declaration that diagrams.css decides instead (colours follow the theme)."""
    name, value = name.strip().lower(), value.strip().lower()
    if name in {"font-family", "font-size", "color"}:
        return True
    return name in {"fill", "stroke"} and value not in {"none", "transparent"}


def _rounded_box(group: ET.Element) -> dict[str, str] | None:
    """The <rect> that a rough.js rounded rectangle or stadium outlines, or None."""
    paths = [c for c in group if c.tag == _q("path")]
    if not paths or len(paths) != len(group):
        return None
    d = paths[-1].get("d") or ""
    if not re.fullmatch(r"[MC0-9.,\s-]+", d):
        return None
    numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", d)]
    xs, ys = numbers[0::2], numbers[1::2]
    left, right, top, bottom = min(xs), max(xs), min(ys), max(ys)
    width, height = right - left, bottom - top
    radius = xs[0] - left
    symmetric = abs(left + right) < 0.5 and abs(top + bottom) < 0.5
    if not symmetric or abs(ys[0] - top) > 0.05 or not 0 <= radius <= height / 2 + 0.5:
        return None
    radius = min(radius, height / 2)
    return {
        "x": f"{left:g}", "y": f"{top:g}", "width": f"{width:g}", "height": f"{height:g}",
        "rx": f"{radius:g}", "ry": f"{radius:g}",
    }


@dataclass(frozen=True)
class Diagram:
    source: Path  # diagrams/<chapter>/<name>.<lang>.mmd

    @property
    def svg(self) -> Path:
        return self.source.with_suffix(".svg")

    @property
    def language(self) -> str:
        return self.source.name.rsplit(".", 2)[-2]

    @property
    def include(self) -> str:
        """The path a page includes: ``<chapter>/<name>.<lang>.svg``."""
        return self.svg.relative_to(DIAGRAMS).as_posix()

    @property
    def dom_id(self) -> str:
        """A prefix for every id in the SVG, unique across the site."""
        return "diagram-" + re.sub(r"[^a-z0-9]+", "-", self.include.removesuffix(".svg").lower())


def relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def source_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def diagrams() -> list[Diagram]:
    return [Diagram(p) for p in sorted(DIAGRAMS.rglob("*.mmd"))]


def recorded_sha256(svg_text: str) -> str | None:
    match = re.search(r'\bdata-source-sha256="([0-9a-f]{64})"', svg_text)
    return match[1] if match else None


def drift(diagram: Diagram) -> str | None:
    """Why the committed SVG is not the one its source makes, or None."""
    source, svg = relative(diagram.source), relative(diagram.svg)
    if not diagram.svg.is_file():
        return f"{source}: has no SVG {svg}; run `{COMMAND}` and commit {svg}"
    recorded = recorded_sha256(diagram.svg.read_text("utf-8"))
    if recorded != source_sha256(diagram.source):
        return (
            f"{source}: changed after {svg} was made from it (the SVG records sha256 "
            f"{recorded or 'nothing'}); run `{COMMAND}` and commit {svg}"
        )
    return None


# --------------------------------------------------------------------------
# Post-processing (pure Python, tested without a browser)


def _q(tag: str) -> str:
    return f"{{{SVG_NS}}}{tag}"


def postprocess(svg_text: str, diagram: Diagram, sha256: str) -> str:
    """Mermaid's SVG made fit to inline in a page of the diagram's language."""
    root = ET.fromstring(svg_text)
    prefix = diagram.dom_id

    # Mermaid's <style> hard-codes colours and fonts; diagrams.css replaces it.
    for parent in root.iter():
        for child in list(parent):
            if child.tag in {_q("style"), _q("script"), _q("foreignObject")} or (
                child.tag == _q("image")
            ):
                parent.remove(child)
    for element in root.iter():
        style = element.get("style")
        if style is not None:
            kept = [
                d.strip()
                for d in style.split(";")
                if d.strip() and not _colour_or_font(*(d.split(":", 1) + [""])[:2])
            ]
            if kept:
                element.set("style", "; ".join(kept))
            else:
                del element.attrib["style"]
        for attribute in list(element.attrib):
            if _colour_or_font(attribute, element.get(attribute)):
                del element.attrib[attribute]
        for attribute in list(element.attrib):
            value = element.get(attribute)
            if re.search(r"(?:https?:)?//|@import", value or "") and attribute != "xmlns":
                raise ValueError(f"{relative(diagram.source)}: an external reference in {attribute}={value!r}")

    # Rounded boxes and stadiums come as two hand-drawn paths of a few thousand
    # points each (rough.js, even in the classic look); a <rect rx> draws the same.
    for group in root.iter(_q("g")):
        if "outer-path" in (group.get("class") or "").split():
            box = _rounded_box(group)
            if box is not None:
                for child in list(group):
                    group.remove(child)
                ET.SubElement(group, _q("rect"), {"class": "label-container", **box})

    for element in root.iter():
        if element.text:
            element.text = element.text.replace(LOW_LINE_STAND_IN, "_")
        if element.tail:
            element.tail = element.tail.replace(LOW_LINE_STAND_IN, "_")

    # Unused arrowheads go; coordinates keep two decimals (a hundredth of a pixel).
    serialized = ET.tostring(root, encoding="unicode")
    referenced = set(re.findall(r"url\(#([^)]+)\)|href=\"#([^\"]+)\"", serialized))
    referenced = {name for pair in referenced for name in pair if name}
    for parent in list(root.iter()):
        for child in list(parent):
            if child.tag in {_q("marker"), _q("symbol")} and child.get("id") not in referenced:
                parent.remove(child)
    for parent in list(root.iter()):
        for child in list(parent):
            if child.tag == _q("defs") and len(child) == 0:
                parent.remove(child)
    for element in root.iter():
        for attribute in ("d", "points", "transform", "viewBox", "x", "y", "x1", "x2", "y1", "y2",
                          "width", "height", "rx", "ry", "cx", "cy", "r", "dy", "style"):
            value = element.get(attribute)
            if value is not None:
                element.set(attribute, NUMBER.sub(_round, value))

    # Unique ids: every id gets the diagram's prefix, and so does every reference to it.
    renames = {}
    for element in root.iter():
        old = element.get("id")
        if old is not None and not old.startswith(prefix):
            renames[old] = f"{prefix}-{old}"
    if root.get("id") in renames:
        renames[root.get("id")] = prefix

    def rename_refs(value: str) -> str:
        value = re.sub(
            r"url\(#([^)]+)\)", lambda m: f"url(#{renames.get(m[1], m[1])})", value
        )
        if value.startswith("#") and value[1:] in renames:
            value = "#" + renames[value[1:]]
        return value

    for element in root.iter():
        if element.get("id") in renames:
            element.set("id", renames[element.get("id")])
        for attribute, value in list(element.attrib.items()):
            if attribute in {"aria-labelledby", "aria-describedby"}:
                element.set(attribute, " ".join(renames.get(t, t) for t in value.split()))
            elif attribute != "id":
                element.set(attribute, rename_refs(value))

    # The accessible name and description, from accTitle/accDescr, in the page's language.
    title = root.find(_q("title"))
    desc = root.find(_q("desc"))
    where = relative(diagram.source)
    if title is None or not (title.text or "").strip():
        raise ValueError(f"{where}: add an `accTitle: ...` line (the diagram's accessible name)")
    if desc is None or not (desc.text or "").strip():
        raise ValueError(f"{where}: add an `accDescr: ...` line (what the diagram shows, in words)")
    title.set("id", f"{prefix}-title")
    desc.set("id", f"{prefix}-desc")
    root.remove(title)
    root.remove(desc)
    root.insert(0, desc)
    root.insert(0, title)

    kind = re.sub(r"[^a-z0-9]+", "-", (root.get("aria-roledescription") or "unknown").lower())
    for attribute in ("aria-roledescription", "class"):
        root.attrib.pop(attribute, None)
    root.set("id", prefix)
    root.set("class", f"diagram-svg diagram-{kind}")
    root.set("role", "img")
    root.set("aria-labelledby", f"{prefix}-title")
    root.set("aria-describedby", f"{prefix}-desc")
    root.set("lang", diagram.language)
    root.set("data-source", where)
    root.set("data-source-sha256", sha256)
    return ET.tostring(root, encoding="unicode") + "\n"


# --------------------------------------------------------------------------
# Rendering (needs Chromium)


def chromium() -> str:
    found = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        sys.exit(
            f"`{COMMAND}` renders diagrams with Mermaid in Chromium, which is not installed: "
            "`sudo apt-get install chromium` (or set CHROMIUM=/path/to/chrome). "
            "Only regenerating diagrams needs it; `make serve` and `make test` do not."
        )
    return found


def check_cjk_font() -> None:
    fc_list = shutil.which("fc-list")
    if fc_list and not subprocess.run([fc_list, ":lang=zh"], capture_output=True, text=True).stdout.strip():
        sys.exit(
            "No Chinese font is installed, so Chinese labels cannot be measured: "
            "`sudo apt-get install fonts-wqy-microhei` (or fonts-noto-cjk), then rerun "
            f"`{COMMAND}`."
        )


RENDER = """
async ({id, text, lang}) => {
  document.documentElement.lang = lang;
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: "strict",
    theme: "neutral",
    handDrawnSeed: 1,  // rough-drawn shapes (stadiums, cylinders) come out the same every run
    fontFamily: %(font)s,
    htmlLabels: false,
    flowchart: {htmlLabels: false, useMaxWidth: true},
    sequence: {useMaxWidth: true},
    state: {useMaxWidth: true},
  });
  const {svg} = await mermaid.render(id, text);
  const parsed = new DOMParser().parseFromString(svg, "text/html").querySelector("svg");
  return new XMLSerializer().serializeToString(parsed);
}
"""


def render(selected: list[Diagram]) -> list[Path]:
    from playwright.sync_api import sync_playwright

    from docsite.hooks.vendored_assets import package_files, packages

    executable = chromium()
    check_cjk_font()
    spec = packages(TOOLS_LOCK)["mermaid"]
    script = package_files("mermaid", TOOLS_LOCK)["dist/mermaid.min.js"].decode("utf-8")
    print(f"rendering {len(selected)} diagram(s) with Mermaid {spec['version']} in {executable}")
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        try:
            page = browser.new_page()
            page.route("**/*", lambda route: route.abort())  # nothing leaves this machine
            page.set_content(f"<!doctype html><html><head><style>body{{font-family:{FONT_STACK};font-size:16px}}</style></head><body></body></html>")
            page.add_script_tag(content=script)
            render_js = RENDER % {"font": repr(FONT_STACK)}
            for diagram in selected:
                sha256 = source_sha256(diagram.source)
                text = mermaid_input(diagram.source.read_text("utf-8"))
                try:
                    raw = page.evaluate(
                        render_js, {"id": diagram.dom_id, "text": text, "lang": diagram.language}
                    )
                except Exception as error:  # Mermaid's parse errors name the line
                    raise SystemExit(f"{relative(diagram.source)}: Mermaid could not render it:\n{error}") from None
                svg = postprocess(raw, diagram, sha256)
                if not diagram.svg.is_file() or diagram.svg.read_text("utf-8") != svg:
                    diagram.svg.write_text(svg, "utf-8")
                    written.append(diagram.svg)
                print(f"  {relative(diagram.svg)}")
        finally:
            browser.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m docsite.diagrams", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only report sources whose SVG is missing or stale")
    parser.add_argument("--all", action="store_true", help="render every diagram, not only stale ones")
    args = parser.parse_args(argv)

    everything = diagrams()
    problems = [p for d in everything if (p := drift(d))]
    orphans = [
        svg for svg in sorted(DIAGRAMS.rglob("*.svg")) if not svg.with_suffix(".mmd").is_file()
    ]
    if args.check:
        for problem in problems:
            print(problem)
        for svg in orphans:
            print(f"{relative(svg)}: has no source {relative(svg.with_suffix('.mmd'))}; delete it")
        return 1 if problems or orphans else 0
    for svg in orphans:
        svg.unlink()
        print(f"removed {relative(svg)} (its source is gone)")
    selected = everything if args.all else [d for d in everything if drift(d)]
    if not selected:
        print(f"all {len(everything)} diagrams are up to date (use --all to render them anyway)")
        return 0
    written = render(selected)
    print(f"{len(written)} SVG file(s) changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
