"""Exercise notebooks: one per chapter, in both languages, with the same code;
they run as shipped (every exercise reports "not solved yet"), and every worked
solution passes its own check cell. The build renders them as real pages in
both languages and offers an .ipynb download."""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path

import jupytext
import pytest

from docsite.docs_model import DOCS, LANGUAGES, ROOT, html_path, is_notebook, notebooks

EN, ZH = LANGUAGES
SOLUTION = re.compile(r"<details>.*?```python\n(?P<code>.*?)```.*?</details>", re.S)
CHECK_LINE = re.compile(r"^(?P<name>[\w .()-]+): (?P<verdict>passed|not solved yet|wrong answer.*)$")
NOTEBOOKS = [p.relative_to(DOCS / EN) for p in notebooks(EN)]


def chapters() -> list[Path]:
    return sorted(p for p in (DOCS / EN).iterdir() if p.is_dir())


def cells(path: Path):
    return jupytext.read(path).cells


def code_of(path: Path) -> list[str]:
    """Code cells and solution blocks, in order: what must be identical across languages."""
    parts = []
    for cell in cells(path):
        if cell.cell_type == "code":
            parts.append(cell.source)
        else:
            parts.extend(m["code"] for m in SOLUTION.finditer(cell.source))
    return parts


def run(code: str, namespace: dict) -> list[str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "<notebook cell>", "exec"), namespace)  # noqa: S102
    return out.getvalue().splitlines()


def exercises(path: Path):
    """Yield (check cell output as shipped, output after the solution) per exercise."""
    namespace: dict = {"__name__": "__main__"}
    last_code, last_output = None, None
    for cell in cells(path):
        if cell.cell_type == "code":
            last_code, last_output = cell.source, run(cell.source, namespace)
            continue
        for match in SOLUTION.finditer(cell.source):
            assert last_code is not None, f"{path}: a solution before any code cell"
            run(match["code"], namespace)
            yield last_output, run(last_code, namespace)


def test_every_chapter_has_an_exercise_notebook():
    problems = []
    for chapter in chapters():
        for language in LANGUAGES:
            notebook = DOCS / language / chapter.name / "exercises.md"
            if not notebook.is_file() or not is_notebook(notebook):
                problems.append(f"{notebook.relative_to(ROOT)}: missing exercise notebook")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("relative", NOTEBOOKS, ids=str)
def test_notebook_code_is_the_same_in_both_languages(relative):
    en, zh = DOCS / EN / relative, DOCS / ZH / relative
    en_code, zh_code = code_of(en), code_of(zh)
    for index, (left, right) in enumerate(zip(en_code, zh_code, strict=False)):
        assert left == right, (
            f"{zh.relative_to(ROOT)}: code block #{index + 1} differs from the English notebook"
        )
    assert len(en_code) == len(zh_code), (
        f"{zh.relative_to(ROOT)}: {len(zh_code)} code blocks, English has {len(en_code)}"
    )


@pytest.mark.timeout(30)
@pytest.mark.parametrize("relative", NOTEBOOKS, ids=str)
def test_each_solution_passes_its_own_checks(relative):
    path = DOCS / EN / relative
    results = list(exercises(path))
    assert len(results) >= 3, f"{path.relative_to(ROOT)}: fewer than 3 exercises"
    for number, (shipped, solved) in enumerate(results, start=1):
        verdicts = [CHECK_LINE.match(line) for line in shipped]
        assert verdicts and all(v and v["verdict"] == "not solved yet" for v in verdicts), (
            f"{path.relative_to(ROOT)}: exercise {number} should report 'not solved yet' "
            f"as shipped, printed {shipped}"
        )
        verdicts = [CHECK_LINE.match(line) for line in solved]
        assert verdicts and all(v and v["verdict"] == "passed" for v in verdicts), (
            f"{path.relative_to(ROOT)}: the solution of exercise {number} fails its "
            f"checks: {solved}"
        )


@pytest.mark.parametrize("relative", NOTEBOOKS, ids=str)
@pytest.mark.parametrize("language", LANGUAGES)
def test_notebook_is_a_rendered_page_with_a_download(build, language, relative):
    site, _ = build
    page = html_path(site, language, relative)
    assert page.is_file(), f"{relative} ({language}) was not built as a page"
    content = page.read_text(encoding="utf-8")
    assert content.count("jp-Cell ") >= 3, f"{page}: no rendered notebook cells"
    assert "not solved yet" in content, f"{page}: the notebook was not executed at build"
    assert content.count('data-build-python="') == 1
    download = page.with_name(relative.stem + ".ipynb")
    notebook = json.loads(download.read_text(encoding="utf-8"))
    assert notebook["nbformat"] == 4
    assert len(notebook["cells"]) == len(cells(DOCS / language / relative))
    assert f'href="{download.name}" download' in content
