"""What the tests read from the Markdown pages: includes, fences, headings, links.

Every item carries its file and line, so a failing test can say where to look.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
LANGUAGES = ("en", "zh")
DEFAULT_LANGUAGE = "en"

FENCE_OPEN = re.compile(r"^(?P<indent> *)(?P<ticks>`{3,})(?P<info>.*)$")
INCLUDE = re.compile(r'''^ *--8<-- *["'](?P<target>[^"']+)["'] *$''')
HEADING = re.compile(r"^(?P<hashes>#{1,6}) +(?P<text>.*?) *$")
HEADING_ID = re.compile(r"\{[^}]*#(?P<id>[A-Za-z0-9_-]+)[^}]*\}$")
LINK = re.compile(r"\]\((?P<target>[^)\s]+)(?: \"[^\"]*\")?\)")
OPTION = re.compile(r'''(?P<key>[\w-]+)=(?P<quote>["'])(?P<value>.*?)(?P=quote)''')


@dataclass(frozen=True)
class Where:
    path: Path
    line: int

    def __str__(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


@dataclass
class Fence:
    where: Where
    language: str
    options: dict[str, str]
    body: list[str]

    @property
    def includes(self) -> list[str]:
        return [m["target"] for line in self.body if (m := INCLUDE.match(line))]

    @property
    def executed(self) -> bool:
        return self.options.get("exec", "").lower() in {"1", "on", "yes", "true"}


@dataclass
class Page:
    path: Path
    language: str
    fences: list[Fence] = field(default_factory=list)
    headings: list[tuple[Where, int, str, str | None]] = field(default_factory=list)
    links: list[tuple[Where, str]] = field(default_factory=list)

    @property
    def relative(self) -> Path:
        return self.path.relative_to(DOCS / self.language)

    @property
    def includes(self) -> list[tuple[Where, str]]:
        return [(f.where, target) for f in self.fences for target in f.includes]


def parse_page(path: Path, language: str) -> Page:
    page = Page(path, language)
    lines = path.read_text(encoding="utf-8").splitlines()
    fence: Fence | None = None
    closing = ""
    for number, line in enumerate(lines, start=1):
        where = Where(path, number)
        if fence is not None:
            if line.strip() == closing:
                page.fences.append(fence)
                fence = None
            else:
                fence.body.append(line)
            continue
        if m := FENCE_OPEN.match(line):
            info = m["info"].strip()
            language_name = info.split(" ", 1)[0].strip("{}.") if info else ""
            options = {o["key"]: o["value"] for o in OPTION.finditer(info)}
            fence = Fence(where, language_name, options, [])
            closing = m["ticks"]
            continue
        if m := HEADING.match(line):
            text = m["text"]
            id_match = HEADING_ID.search(text)
            page.headings.append(
                (where, len(m["hashes"]), text, id_match["id"] if id_match else None)
            )
        for link in LINK.finditer(line):
            target = link["target"]
            if not re.match(r"^[a-z]+:", target):  # internal links only
                page.links.append((where, target))
    if fence is not None:
        raise ValueError(f"{fence.where}: code fence is never closed")
    return page


def is_notebook(path: Path) -> bool:
    """Exercise notebooks are jupytext Markdown files (front matter with `jupyter:`)."""
    return path.read_text(encoding="utf-8").startswith("---\njupyter:")


def pages(language: str) -> list[Page]:
    """Markdown pages (notebooks excluded: tests/test_notebooks.py checks those)."""
    base = DOCS / language
    return [parse_page(p, language) for p in sorted(base.rglob("*.md")) if not is_notebook(p)]


def notebooks(language: str) -> list[Path]:
    base = DOCS / language
    return sorted(p for p in base.rglob("*.md") if is_notebook(p))


def page_files(language: str) -> set[Path]:
    base = DOCS / language
    return {
        p.relative_to(base)
        for p in base.rglob("*")
        if p.is_file() and p.suffix in {".md", ".ipynb"}
    }


def snippet_files() -> list[Path]:
    return sorted(p for p in SNIPPETS.rglob("*.py") if p.name != "__init__.py")


def page_url(language: str, relative: Path) -> str:
    """Site-absolute URL of a page: docs/zh/a/b.md -> /zh/a/b/, docs/en/a/index.md -> /a/."""
    parts = relative.with_suffix("").parts
    if parts[-1] == "index":
        parts = parts[:-1]
    prefix = "/" if language == DEFAULT_LANGUAGE else f"/{language}/"
    return prefix + "".join(f"{part}/" for part in parts)


def html_path(site: Path, language: str, relative: Path) -> Path:
    return site / page_url(language, relative).lstrip("/") / "index.html"
