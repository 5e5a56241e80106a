"""Bad input fails loudly and names the file at fault.

Each scenario copies the project into a scratch folder, breaks something, and
runs the real command (`mkdocs build --strict`, or pytest on the scratch copy).
Defects that a strict build reports as warnings share one build (each in its
own file); defects that stop a build at once get a build of their own.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from docsite.docs_model import ROOT, html_path

COPIED = ("mkdocs.yml", "pyproject.toml", "docsite", "overrides", "docs", "snippets", "diagrams", "tests")
PAGE = "docs/en/scope-and-closures/index.md"
CHAPTER = "snippets/scope-and-closures"
SNIPPET = f"{CHAPTER}/closure_outlives_call.py"


MINIMAL_CHAPTER = "scope-and-closures"
HOME = {"en": "# Home { #home }\n", "zh": "# 首页 { #home }\n"}


def make_scratch(target: Path, minimal: bool = True) -> Path:
    """Copy the project, reusing what the session build filled (the vendored
    packages, the notebooks it executed, keyed by content): only what a
    scenario breaks is built afresh.

    A minimal copy (the default, for scenarios that build) keeps one chapter in
    both languages and a one-line home page, so each failure-path build costs a
    fraction of the whole site's. Its links to other chapters are broken, so it
    is only built where a failure is expected, or without --strict.
    """
    vendor = ROOT / ".cache" / "vendor"
    if vendor.is_dir():
        shutil.copytree(vendor, target / ".cache" / "vendor")
    notebooks = os.environ.get("NOTEBOOK_CACHE")
    if notebooks and Path(notebooks).is_dir():
        shutil.copytree(notebooks, target / ".cache" / "mkdocs-jupyter")
    for name in COPIED:
        source = ROOT / name
        if name == "docs" and minimal:
            for language, home in HOME.items():
                chapter = source / language / MINIMAL_CHAPTER
                shutil.copytree(chapter, target / name / language / MINIMAL_CHAPTER)
                (target / name / language / "index.md").write_text(home, encoding="utf-8")
        elif source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / name)
    if minimal:
        config = target / "mkdocs.yml"
        text = config.read_text(encoding="utf-8")
        chapter = sorted((target / "docs" / "en" / MINIMAL_CHAPTER).glob("*.md"))
        nav = "".join(f"      - {MINIMAL_CHAPTER}/{page.name}\n" for page in chapter)
        config.write_text(
            text[: text.index("\nnav:\n")] + f"\nnav:\n  - Home: index.md\n  - Chapter:\n{nav}",
            encoding="utf-8",
        )
    return target


@pytest.fixture
def scratch(tmp_path: Path, build) -> Path:
    return make_scratch(tmp_path)


def run(scratch: Path, *args: str, timeout_env: str = "10") -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "SNIPPET_TIMEOUT": timeout_env,
        "NO_MKDOCS_2_WARNING": "1",
        "NOTEBOOK_CACHE": str(scratch / ".cache" / "mkdocs-jupyter"),
        # snippets the copy leaves as they are reuse this run's results (same
        # key); the copy writes its own results into its own folder only
        "DOCSITE_RUN_CACHE_PARENT": os.environ.get("DOCSITE_RUN_CACHE", ""),
        "DOCSITE_RUN_CACHE": str(scratch / ".cache" / "snippet-runs"),
    }
    return subprocess.run(
        [sys.executable, *args],
        cwd=scratch,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        env=env,
    )


def mkdocs_build(scratch: Path, **kwargs) -> subprocess.CompletedProcess[str]:
    return run(scratch, "-m", "mkdocs", "build", "--strict", "--site-dir", "built", **kwargs)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path} no longer contains {old!r}; update this test"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def append(path: Path, text: str) -> None:
    with path.open("a", encoding="utf-8") as f:
        f.write(text)


def assert_fails_naming(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    output = result.stdout + result.stderr
    assert result.returncode != 0, f"expected a failure, got success:\n{output}"
    for needle in needles:
        assert needle in output, f"{needle!r} not in the output:\n{output}"


# One strict build, six defects in six places: each must be reported by name.
WARNING_DEFECTS = {
    "unexpected_exception": (f"{CHAPTER}/closure_outlives_call.py", '\nraise KeyError("boom")\n'),
    "marker_never_raises": (
        f"{CHAPTER}/lexical_scope.py",
        "\n# raises: ZeroDivisionError\nprint(1 / 1)\n",
    ),
    "wrong_exception_type": (f"{CHAPTER}/legb_order.py", "\n# raises: ValueError\nprint(1 / 0)\n"),
    "hangs": (f"{CHAPTER}/global_and_nonlocal.py", "\nwhile True:\n    pass\n"),
    # The runner kills the process: catching the time limit does not help.
    "swallows_timeout": (
        f"{CHAPTER}/late_binding_loop.py",
        "\nwhile True:\n    try:\n        while True:\n            pass\n"
        "    except BaseException:\n        pass\n",
    ),
    "exit_suppresses": (
        f"{CHAPTER}/mutate_versus_rebind.py",
        "\nimport contextlib\n\nwhile True:\n    with contextlib.suppress(BaseException):\n"
        "        sum(range(10**12))\n",
    ),
    "stderr": (f"{CHAPTER}/cell_holds_a_variable.py", '\nimport sys\n\nsys.stderr.write("oops\\n")\n'),
    "broken_link": (PAGE, "\nSee [nowhere](nowhere.md).\n"),
    "broken_anchor": (PAGE, "\nSee [here](#no-such-heading).\n"),
}


@pytest.fixture(scope="module")
def broken_build(tmp_path_factory, build, once_per_run) -> subprocess.CompletedProcess[str]:
    def broken() -> subprocess.CompletedProcess[str]:
        scratch = make_scratch(tmp_path_factory.mktemp("broken"))
        for path, text in WARNING_DEFECTS.values():
            append(scratch / path, text)
        return mkdocs_build(scratch, timeout_env="1")

    return once_per_run("broken_build", broken)


@pytest.mark.parametrize(
    ("defect", "needles"),
    [
        ("unexpected_exception", [f"{CHAPTER}/closure_outlives_call.py:", "raised KeyError"]),
        ("marker_never_raises", [f"{CHAPTER}/lexical_scope.py", "ran to the end without raising"]),
        (
            "wrong_exception_type",
            [f"{CHAPTER}/legb_order.py", "raised ZeroDivisionError (its marker says ValueError)"],
        ),
        ("hangs", [f"{CHAPTER}/global_and_nonlocal.py ran longer than 1 s"]),
        ("swallows_timeout", [f"{CHAPTER}/late_binding_loop.py ran longer than 1 s"]),
        ("exit_suppresses", [f"{CHAPTER}/mutate_versus_rebind.py ran longer than 1 s"]),
        ("stderr", [f"{CHAPTER}/cell_holds_a_variable.py: wrote to stderr", "oops"]),
        ("broken_link", ["scope-and-closures/index.md", "nowhere.md"]),
        ("broken_anchor", ["scope-and-closures/index.md", "no-such-heading"]),
    ],
)
def test_strict_build_fails_and_names_the_file(broken_build, defect, needles):
    assert_fails_naming(broken_build, "Aborted", *needles)


def test_a_lying_runner_fails_the_page_check(scratch):
    """Build with a runner that returns the wrong output for every snippet: the
    pages show it, and the page check (fed by the real runner and the claims)
    fails naming the page."""
    from test_site_build import ALL_PAGES, page_problems

    edit(
        scratch / "docsite/runner.py",
        "return Result(path, run.stdout, None, prints)",
        'return Result(path, "SABOTAGED\\n", None, prints)',
    )
    # --no-strict: the minimal copy links to chapters it leaves out
    result = run(scratch, "-m", "mkdocs", "build", "--no-strict", "--site-dir", "built")
    assert result.returncode == 0, result.stdout + result.stderr
    page = next(
        p for p in ALL_PAGES
        if p.language == "zh" and p.includes and p.relative.parts[0] == "scope-and-closures"
    )
    assert "SABOTAGED" in html_path(scratch / "built", page.language, page.relative).read_text()
    problems = page_problems(scratch / "built", page)
    assert problems, "the page check passed a page whose outputs the runner made up"
    assert str(page.path.relative_to(ROOT)) in problems[0] and "SABOTAGED" in problems[0]


def test_missing_include_fails_the_build(scratch):
    edit(
        scratch / PAGE,
        '--8<-- "scope-and-closures/closure_outlives_call.py"',
        '--8<-- "scope-and-closures/no_such_snippet.py"',
    )
    assert_fails_naming(mkdocs_build(scratch), "no_such_snippet.py")


def test_notebook_cell_that_raises_fails_the_build(scratch):
    notebook = scratch / "docs/zh/scope-and-closures/exercises.md"
    append(notebook, '\n```python\nraise RuntimeError("a broken exercise")\n```\n')
    assert_fails_naming(
        mkdocs_build(scratch), "'zh/scope-and-closures/exercises.md'", "a broken exercise"
    )


def pytest_in(scratch: Path, *test_files: str) -> subprocess.CompletedProcess[str]:
    return run(
        scratch, "-m", "pytest", "-q", "-p", "no:cacheprovider", *(f"tests/{f}" for f in test_files)
    )


@pytest.fixture(scope="module")
def broken_tests(tmp_path_factory, build, once_per_run) -> subprocess.CompletedProcess[str]:
    """pytest on a copy with one defect per check, each in its own file."""
    return once_per_run("broken_tests", lambda: _broken_tests(tmp_path_factory))


def _broken_tests(tmp_path_factory) -> subprocess.CompletedProcess[str]:
    scratch = make_scratch(tmp_path_factory.mktemp("broken-tests"), minimal=False)
    append(scratch / f"{CHAPTER}/closure_outlives_call.py", '\nprint("something nobody stated")\n')
    wrong = scratch / f"{CHAPTER}/lexical_scope.py"
    stated = re.search(r"^#> .*$", wrong.read_text(encoding="utf-8"), re.M)[0]
    edit(wrong, stated, stated + " (edited)")
    append(scratch / f"{CHAPTER}/legb_order.py", "\nx=[1,2]\n")
    (scratch / f"{CHAPTER}/forgotten.py").write_text('print("hi")\n#> hi\n', encoding="utf-8")
    zh = scratch / "docs/zh/scope-and-closures/late-binding.md"
    text = zh.read_text(encoding="utf-8")
    fence = re.search(r"```python[^\n]*\n--8<-- [^\n]*\n```\n", text)[0]
    zh.write_text(text.replace(fence, "", 1), encoding="utf-8")
    (scratch / "docs/en/orphan.md").write_text("# Orphan { #orphan }\n", encoding="utf-8")
    recall = scratch / "docs/zh/scope-and-closures/scope.md"
    question = re.search(r'^\?\?\? question ".*$', recall.read_text(encoding="utf-8"), re.M)[0]
    edit(recall, question, "")
    return pytest_in(
        scratch,
        "test_outputs_match_claims.py",
        "test_snippets_lint.py",
        "test_examples_are_wired.py",
        "test_translations_match.py",
    )


@pytest.mark.parametrize(
    "needles",
    [
        pytest.param(["closure_outlives_call.py", "something nobody stated"], id="unstated output"),
        pytest.param(["lexical_scope.py", "(edited)"], id="wrong stated output"),
        pytest.param(["legb_order.py is not ruff-formatted"], id="unformatted snippet"),
        pytest.param(
            [f"{CHAPTER}/forgotten.py:1: no page includes this snippet"], id="unused snippet"
        ),
        pytest.param(["docs/zh/scope-and-closures/late-binding.md"], id="zh page drops an example"),
        pytest.param(["docs/en/orphan.md: has no Chinese twin"], id="page in one language"),
        pytest.param(
            ["docs/zh/scope-and-closures/scope.md: 2 recall questions, the English page has 3"],
            id="missing Chinese recall question",
        ),
    ],
)
def test_checks_fail_and_name_the_file(broken_tests, needles):
    assert_fails_naming(broken_tests, *needles)
