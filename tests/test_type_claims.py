"""Every type a snippet claims is the type mypy reveals.

A snippet states a type the way it states an output, on the line after the
statement: each ``reveal_type(...)`` call stands alone on one line, inside an
``if TYPE_CHECKING:`` block (so it never runs: ``typing.reveal_type`` would
write to stderr), and the next line, at the same indentation, gives mypy's
answer verbatim::

    reveal_type(add)
    # revealed: def (a: int, b: int) -> int

(On the next line, not at the end of the call's line: ``ruff format`` would
split a long call to fit the comment.) The text after ``# revealed: `` is exactly what mypy prints between the quotes
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

CALL = re.compile(r"^(?P<indent> *)reveal_type\(.*\)$")
CLAIM = re.compile(r"^ *# revealed: (?P<type>.*)$")
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
    problems: list[str] = []
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    rewritten: list[str] = []
    number = 0
    while number < len(lines):
        line = lines[number]
        number += 1
        rewritten.append(line)
        if "reveal_type(" not in line or line.lstrip().startswith(("#", "from ", "import ")):
            continue
        m = CALL.match(line.rstrip("\n"))
        if m is None:
            problems.append(
                f"{name}:{number}: write reveal_type(...) alone on one line, with "
                "`# revealed: <type>` on the next"
            )
            continue
        claim = CLAIM.match(lines[number].rstrip("\n")) if number < len(lines) else None
        if claim is not None:
            number += 1  # the stated line is replaced below
        actual = mypy.revealed.get((name, number - (claim is not None)))
        if actual is None:
            problems.append(f"{name}:{number - (claim is not None)}: mypy revealed no type here")
            if claim is not None:
                rewritten.append(lines[number - 1])
            continue
        where = f"{name}:{number - (claim is not None)}"
        if claim is None:
            problems.append(f"{where}: states no type; mypy reveals {actual!r}")
        elif claim["type"] != actual:
            problems.append(
                f"{where}: the stated type is not what mypy reveals\n"
                f"  stated:   {claim['type']}\n  revealed: {actual}"
            )
        rewritten.append(f"{m['indent']}# revealed: {actual}\n")
    problems += [e for e in mypy.errors if e.startswith(f"{name}:")]
    return problems, "".join(rewritten)


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
        "    reveal_type(add)\n    # revealed: def (a: int, b: int) -> int\n"
    )
    line = source.splitlines().index("    reveal_type(add)") + 1
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
