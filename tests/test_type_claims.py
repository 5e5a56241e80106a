"""Every type a snippet claims is the type mypy reveals.

A snippet states a type the way it states an output: each ``reveal_type(...)``
call is on one line, inside an ``if TYPE_CHECKING:`` block (so it never runs:
``typing.reveal_type`` would write to stderr), and ends with a comment giving
mypy's answer verbatim::

    reveal_type(add)  # revealed: def (a: int, b: int) -> int

The text after ``# revealed: `` is exactly what mypy prints between the quotes
of ``note: Revealed type is "..."``. One mypy run (the version pinned in
uv.lock, ``--python-version 3.11``, ``--strict``) checks every snippet that
contains ``reveal_type``; a stated type that differs, a call without a stated
type, or any mypy error fails, naming ``snippets/...:LINE``.
``make update-examples`` rewrites the stated types from mypy's answers.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from docsite.docs_model import ROOT, snippet_files

CLAIM = re.compile(r"^(?P<code>\s*reveal_type\(.*?\))(?:  # revealed: (?P<type>.*))?$")
NOTE = re.compile(r'^(?P<path>[^:]+):(?P<line>\d+): note: Revealed type is "(?P<type>.*)"$')
ERROR = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+): error: (?P<message>.*)$")
MYPY_ARGS = ("--python-version", "3.11", "--strict", "--no-error-summary", "--hide-error-context")


def typed_snippets() -> list[Path]:
    return [p for p in snippet_files() if "reveal_type(" in p.read_text(encoding="utf-8")]


@dataclass(frozen=True)
class Revealed:
    revealed: dict[tuple[str, int], str]  # (path relative to cwd, line) -> type
    errors: list[str]


def run_mypy(paths: list[Path], cwd: Path, cache: Path) -> Revealed:
    """One mypy run over all ``paths``; mypy's notes and errors, by file and line."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", *MYPY_ARGS, "--cache-dir", str(cache),
         *(str(p.relative_to(cwd)) for p in paths)],
        cwd=cwd, capture_output=True, text=True, check=False, timeout=300,
    )
    if result.returncode not in (0, 1) or result.stderr.strip():
        pytest.fail(f"mypy did not run:\n{result.stdout}{result.stderr}", pytrace=False)
    revealed, errors = {}, []
    for line in result.stdout.splitlines():
        if m := NOTE.match(line):
            revealed[(m["path"], int(m["line"]))] = m["type"]
        elif ERROR.match(line):
            errors.append(line)
    return Revealed(revealed, errors)


def claim_problems(path: Path, cwd: Path, mypy: Revealed) -> tuple[list[str], str]:
    """(problems, the file with every stated type written from mypy's answers)."""
    name = path.relative_to(cwd).as_posix()
    problems, lines = [], path.read_text(encoding="utf-8").splitlines(keepends=True)
    for number, line in enumerate(lines, start=1):
        if "reveal_type(" not in line or line.lstrip().startswith(("#", "from ", "import ")):
            continue
        m = CLAIM.match(line.rstrip("\n"))
        actual = mypy.revealed.get((name, number))
        if m is None:
            problems.append(
                f"{name}:{number}: write reveal_type(...) on one line, followed only by "
                "`  # revealed: <type>`"
            )
            continue
        if actual is None:
            problems.append(f"{name}:{number}: mypy revealed no type here (is it reached?)")
            continue
        if m["type"] is None:
            problems.append(f"{name}:{number}: states no type; mypy reveals {actual!r}")
        elif m["type"] != actual:
            problems.append(
                f"{name}:{number}: the stated type is not what mypy reveals\n"
                f"  stated:   {m['type']}\n  revealed: {actual}"
            )
        lines[number - 1] = f"{m['code']}  # revealed: {actual}\n"
    problems += [e for e in mypy.errors if e.startswith(f"{name}:")]
    return problems, "".join(lines)


SNIPPETS = typed_snippets()


@pytest.fixture(scope="session")
def mypy_answers() -> Revealed:
    return run_mypy(SNIPPETS, ROOT, ROOT / ".cache" / "mypy")


def test_some_snippets_state_types():
    assert SNIPPETS, "no snippet contains reveal_type: the type check checks nothing"


@pytest.mark.parametrize("path", SNIPPETS, ids=lambda p: str(p.relative_to(ROOT / "snippets")))
def test_stated_types_are_what_mypy_reveals(path, mypy_answers, request):
    problems, rewritten = claim_problems(path, ROOT, mypy_answers)
    if not problems:
        return
    if request.config.getoption("update_examples") and rewritten != path.read_text("utf-8"):
        path.write_text(rewritten, encoding="utf-8")
        problems, _ = claim_problems(path, ROOT, mypy_answers)
        if not problems:
            return
    pytest.fail(
        "\n".join(problems) + "\nIf the new type is intended, run `make update-examples` "
        "and read the diff.",
        pytrace=False,
    )


def test_a_wrong_claim_and_a_changed_signature_fail_naming_file_and_line(tmp_path):
    """The check itself: a lie in the comment, and a decorator whose signature
    changed under an unchanged comment, are both reported at their line."""
    folder = tmp_path / "snippets" / "selftest"
    folder.mkdir(parents=True)
    source = (
        "from collections.abc import Callable\n"
        "from typing import TYPE_CHECKING, ParamSpec, TypeVar\n\n"
        'P = ParamSpec("P")\nR = TypeVar("R")\n\n\n'
        "def keep(func: Callable[P, R]) -> Callable[P, R]:\n    return func\n\n\n"
        "@keep\ndef add(a: int, b: int) -> int:\n    return a + b\n\n\n"
        "if TYPE_CHECKING:\n    from typing import reveal_type\n\n"
        "    reveal_type(add)  # revealed: def (a: int, b: int) -> int\n"
    )
    line = source.splitlines().index(
        "    reveal_type(add)  # revealed: def (a: int, b: int) -> int"
    ) + 1
    (folder / "honest.py").write_text(source, encoding="utf-8")
    (folder / "lying_comment.py").write_text(
        source.replace("-> int\n", "-> str\n"),
        encoding="utf-8",
    )
    (folder / "changed_signature.py").write_text(
        source.replace(
            "def keep(func: Callable[P, R]) -> Callable[P, R]:",
            "def keep(func: Callable[P, R]) -> Callable[..., R]:",
        ),
        encoding="utf-8",
    )
    paths = sorted(folder.glob("*.py"))
    answers = run_mypy(paths, tmp_path, tmp_path / "cache")
    results = {p.stem: claim_problems(p, tmp_path, answers)[0] for p in paths}
    assert results["honest"] == []
    for stem in ("lying_comment", "changed_signature"):
        problems = results[stem]
        assert problems and problems[0].startswith(f"snippets/selftest/{stem}.py:{line}: "), (
            problems
        )
    assert "def (*Any, **Any) -> int" in results["changed_signature"][0]
