"""Bad input fails loudly and names the file at fault.

Each test copies the project into a scratch folder, breaks one thing, and runs
the real command (`mkdocs build --strict`, or pytest on the scratch copy).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from docs_model import ROOT

COPIED = ("mkdocs.yml", "pyproject.toml", "overrides", "docs", "snippets", "tests")
PAGE = "docs/en/scope-and-closures/index.md"
SNIPPET = "snippets/scope-and-closures/closure_outlives_call.py"


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, tmp_path / name)
    return tmp_path


def run(scratch: Path, *args: str, timeout_env: str = "10") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SNIPPET_TIMEOUT": timeout_env}
    return subprocess.run(
        [sys.executable, *args],
        cwd=scratch,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        env=env,
    )


def build(scratch: Path, **kwargs) -> subprocess.CompletedProcess[str]:
    return run(scratch, "-m", "mkdocs", "build", "--strict", "--site-dir", "built", **kwargs)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path} no longer contains {old!r}; update this test"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def append_snippet(scratch: Path, code: str) -> None:
    with (scratch / SNIPPET).open("a", encoding="utf-8") as f:
        f.write(code)


def assert_fails_naming(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    output = result.stdout + result.stderr
    assert result.returncode != 0, f"expected a failure, got success:\n{output}"
    for needle in needles:
        assert needle in output, f"{needle!r} not in the output:\n{output}"


def test_unexpected_exception_fails_the_build(scratch):
    append_snippet(scratch, '\nraise KeyError("boom")\n')
    assert_fails_naming(build(scratch), f"{SNIPPET}:", "raised KeyError", "Aborted")


def test_marked_exception_that_never_happens_fails_the_build(scratch):
    append_snippet(scratch, "\n# raises: ZeroDivisionError\nprint(1 / 1)\n")
    assert_fails_naming(build(scratch), SNIPPET, "ran to the end without raising")


def test_wrong_exception_type_fails_the_build(scratch):
    append_snippet(scratch, "\n# raises: ValueError\nprint(1 / 0)\n")
    assert_fails_naming(
        build(scratch), SNIPPET, "raised ZeroDivisionError (its marker says ValueError)"
    )


def test_hanging_snippet_is_stopped_and_named(scratch):
    append_snippet(scratch, "\nwhile True:\n    pass\n")
    result = build(scratch, timeout_env="1")
    assert_fails_naming(result, f"{SNIPPET} ran longer than 1 s")


def test_missing_include_fails_the_build(scratch):
    edit(scratch / PAGE, '--8<-- "scope-and-closures/closure_outlives_call.py"', '--8<-- "scope-and-closures/no_such_snippet.py"')
    assert_fails_naming(build(scratch), "no_such_snippet.py")


def test_broken_link_fails_the_build(scratch):
    (scratch / PAGE).open("a", encoding="utf-8").write("\nSee [nowhere](nowhere.md).\n")
    assert_fails_naming(build(scratch), "scope-and-closures/index.md", "nowhere.md")


def test_broken_anchor_fails_the_build(scratch):
    (scratch / PAGE).open("a", encoding="utf-8").write("\nSee [here](#no-such-heading).\n")
    assert_fails_naming(build(scratch), "scope-and-closures/index.md", "no-such-heading")


def pytest_in(scratch: Path, test_file: str) -> subprocess.CompletedProcess[str]:
    return run(scratch, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"tests/{test_file}")


def test_unstated_output_fails_the_tests(scratch):
    append_snippet(scratch, '\nprint("something nobody stated")\n')
    result = pytest_in(scratch, "test_outputs_match_claims.py")
    assert_fails_naming(result, "closure_outlives_call.py", "something nobody stated")


def test_wrong_stated_output_fails_the_tests(scratch):
    text = (scratch / SNIPPET).read_text(encoding="utf-8")
    stated = re.search(r"^#> .*$", text, re.M)[0]
    edit(scratch / SNIPPET, stated, stated + " (edited)")
    assert_fails_naming(
        pytest_in(scratch, "test_outputs_match_claims.py"), "closure_outlives_call.py"
    )


def test_chinese_page_that_drops_an_example_fails_the_tests(scratch):
    zh = scratch / PAGE.replace("/en/", "/zh/")
    text = zh.read_text(encoding="utf-8")
    fence = re.search(r"```python[^\n]*\n--8<-- [^\n]*\n```\n", text)[0]
    zh.write_text(text.replace(fence, "", 1), encoding="utf-8")
    assert_fails_naming(
        pytest_in(scratch, "test_translations_match.py"),
        "docs/zh/scope-and-closures/index.md",
    )


def test_page_in_one_language_only_fails_the_tests(scratch):
    (scratch / "docs/en/orphan.md").write_text("# Orphan { #orphan }\n", encoding="utf-8")
    assert_fails_naming(
        pytest_in(scratch, "test_translations_match.py"), "docs/en/orphan.md: has no Chinese twin"
    )


def test_unused_snippet_fails_the_tests(scratch):
    (scratch / "snippets/scope-and-closures/forgotten.py").write_text('print("hi")\n#> hi\n')
    assert_fails_naming(
        pytest_in(scratch, "test_examples_are_wired.py"),
        "snippets/scope-and-closures/forgotten.py:1: no page includes this snippet",
    )


def test_unformatted_snippet_fails_the_tests(scratch):
    append_snippet(scratch, "\nx=[1,2]\n")
    assert_fails_naming(
        pytest_in(scratch, "test_snippets_lint.py"), "closure_outlives_call.py"
    )


def test_notebook_cell_that_raises_fails_the_build(scratch):
    notebook = scratch / "docs/zh/scope-and-closures/exercises.md"
    with notebook.open("a", encoding="utf-8") as f:
        f.write('\n```python\nraise RuntimeError("a broken exercise")\n```\n')
    assert_fails_naming(
        build(scratch), "docs/zh/scope-and-closures/exercises.md", "a broken exercise"
    )
