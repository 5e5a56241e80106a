"""Every snippet states exactly what Python prints, in the order it prints it.

Two checks, both must pass, both fed by ``docsite.runner`` (the runner the
build uses; nothing else decides what a snippet prints):

1. **Byte for byte.** The stated lines, read top to bottom, equal the stdout
   of ``python snippet.py`` (hash seed fixed), except the documented
   placeholders ``0x...`` and ``~...``. Nothing is reformatted or sorted.
2. **In the right place.** pytest-examples rewrites the claims from a run that
   records where each ``print`` came from; the result must be the committed
   file. So every output sits right after the statement that printed it
   (for a print inside a function: the module-level call), and a stray or
   missing ``#>`` line fails.

``make update-examples`` writes the claims from a real run instead of failing.
"""

from __future__ import annotations

import difflib

import pytest

from docsite import runner
from docsite.claims import (
    normalise,
    placement_problems,
    stated_output,
    stated_text,
    strip_stated_output,
    with_stated_output,
)
from docsite.docs_model import ROOT, snippet_files

SNIPPETS = snippet_files()


@pytest.fixture(autouse=True)
def runs_of_this_process_only(monkeypatch):
    """These tests count and repeat runs: no result stored by another process counts."""
    monkeypatch.delenv(runner.SHARED, raising=False)
    monkeypatch.delenv(runner.PARENT, raising=False)


@pytest.fixture(scope="session")
def runs(once_per_run) -> tuple[dict, dict]:
    """Every snippet run twice, in parallel: plainly (the truth) and locating its prints.

    Afresh, not the build's stored runs: the claims are checked against runs of
    their own, so a snippet whose output varies between runs cannot pass by
    comparing one run with itself."""

    def run_twice():
        return runner.run_all(SNIPPETS, fresh=True), runner.run_all(SNIPPETS, locate=True, fresh=True)

    return once_per_run("claims_runs", run_twice)


def diff(stated: str, printed: str, name: str) -> str:
    return "".join(
        difflib.unified_diff(
            stated.splitlines(True), printed.splitlines(True), f"{name} (stated)", "stdout"
        )
    )


def claim_problems(name: str, committed: str, truth, located) -> tuple[list[str], str]:
    """(problems, the file as pytest-examples would write it)."""
    printed = normalise(truth.stdout)
    problems = placement_problems(name, located.prints)
    if normalise(located.stdout) != printed:
        problems.append(f"{name}: prints something else on every run; make it deterministic")
    by_print = "".join(f"{normalise(p.text)}\n" for p in located.prints)
    if not problems and by_print != printed:
        problems.append(
            f"{name}: writes output that print() did not (sys.stdout.write?); only "
            "print output can be stated after the statement that produced it"
        )
    regenerated = with_stated_output(committed, name, located.prints) if not problems else committed
    stated = stated_text(committed, name)
    if stated != printed:
        problems.append(
            f"{name}: the stated output is not what Python prints (byte for byte, in "
            f"order):\n{diff(stated, printed, name)}"
        )
    if regenerated != committed:
        problems.append(
            f"{name}: pytest-examples places the output differently (each output stands "
            "after the module-level statement that printed it):\n"
            + "".join(
                difflib.unified_diff(
                    committed.splitlines(True), regenerated.splitlines(True), name, "rewritten"
                )
            )
        )
    return problems, regenerated


@pytest.mark.parametrize("path", SNIPPETS, ids=lambda p: str(p.relative_to(ROOT / "snippets")))
def test_snippet_prints_what_it_claims(path, runs, request):
    name = runner.relative(path)
    truth, located = runs[0][name], runs[1][name]
    for result in (truth, located):
        if isinstance(result, runner.SnippetError):
            pytest.fail(str(result), pytrace=False)
    committed = path.read_text(encoding="utf-8")
    problems, regenerated = claim_problems(name, committed, truth, located)
    if not problems:
        return
    if request.config.getoption("update_examples") and regenerated != committed:
        # Written now and whole: the formatting test may rewrite the same file next.
        path.write_text(regenerated, encoding="utf-8")
        if stated_text(regenerated, name) == normalise(truth.stdout):
            return
    pytest.fail(
        "\n".join(problems) + "\nIf the new output is intended, run `make update-examples` "
        "and read the diff.",
        pytrace=False,
    )


# --- the checks themselves, on made-up snippets that lie in each known way ---

SET_SNIPPET = 'print({"alpha", "beta", "gamma", "delta"})\n'


def check(tmp_path, monkeypatch, source: str) -> list[str]:
    """Run ``source`` as a snippet through the real runner and return the problems."""
    folder = ROOT / "snippets" / "_selftest"
    monkeypatch.setattr(runner, "ROOT", tmp_path)
    path = tmp_path / "snippets" / "_selftest" / "example.py"
    path.parent.mkdir(parents=True)
    path.write_text(source, encoding="utf-8")
    assert not folder.exists()
    name = "snippets/_selftest/example.py"
    truth, located = runner.run(path), runner.run(path, locate=True)
    return claim_problems(name, source, truth, located)[0]


def test_a_black_formatted_claim_fails(tmp_path, monkeypatch):
    source = (
        "print(('500 Internal Server Error', {'Content-Type': 'text/plain'}, b'x'))\n"
        "'''\n(\n    '500 Internal Server Error',\n    {'Content-Type': 'text/plain'},\n"
        "    b'x',\n)\n'''\n"
    )
    problems = check(tmp_path, monkeypatch, source)
    assert any("not what Python prints" in p for p in problems), problems


def test_an_ignored_end_fails(tmp_path, monkeypatch):
    source = 'print("loading", end="... ")\n#> loading\nprint("done")\n#> done\n'
    problems = check(tmp_path, monkeypatch, source)
    assert any("example.py:1: print(..., end='... ')" in p for p in problems), problems
    assert any("not what Python prints" in p for p in problems), problems


def test_a_sorted_set_fails_unless_it_is_the_real_order(tmp_path, monkeypatch):
    printed = sorted({"alpha", "beta", "gamma", "delta"})
    sorted_claim = "{" + ", ".join(repr(x) for x in printed) + "}"
    first = check(tmp_path / "a", monkeypatch, SET_SNIPPET + f"#> {sorted_claim}\n")
    truth = runner.run(tmp_path / "a" / "snippets" / "_selftest" / "example.py").stdout.strip()
    assert truth != sorted_claim, "choose words whose seed-0 order is not sorted"
    assert any("not what Python prints" in p for p in first), first
    assert check(tmp_path / "b", monkeypatch, SET_SNIPPET + f"#> {truth}\n") == []


def test_output_stated_out_of_order_fails(tmp_path, monkeypatch):
    # pytest-examples' default puts both lines under the print in `shout`;
    # Python printed "a" before "second".
    source = (
        "def shout(word):\n    print(word)\n    #> a\n    #> b\n\n\n"
        'shout("a")\nprint("second")\n#> second\nshout("b")\n'
    )
    problems = check(tmp_path, monkeypatch, source)
    assert any("not what Python prints" in p for p in problems), problems


def test_claims_are_read_exactly():
    source = "print(1)\n#> 1\nif True:\n    print('a\\n  b')\n    '''\n    a\n      b\n    '''\nx = 2  #> not a claim\n"
    assert [c.text for c in stated_output(source)] == ["1", "a\n  b"]
    assert stated_text(source) == "1\na\n  b\n"
    stripped, numbers = strip_stated_output(source)
    assert stripped == "print(1)\nif True:\n    print('a\\n  b')\nx = 2  #> not a claim\n"
    assert numbers == [1, 3, 4, 9]


def test_a_multiline_string_is_not_a_claim():
    source = "SQL = '''\nselect 1\n'''\nprint(SQL)\n'''\n\nselect 1\n\n'''\n"
    assert stated_text(source) == "\nselect 1\n\n"


def test_each_run_is_fresh_and_only_a_changed_source_runs_again(tmp_path, monkeypatch):
    """What live reload relies on: a snippet edited back and forth never sees
    state from an earlier run, and an unchanged source is not run again."""
    monkeypatch.setattr(runner, "ROOT", tmp_path)
    monkeypatch.setattr(runner, "_cache", {})
    judged = []
    real_judge = runner._judge
    monkeypatch.setattr(runner, "_judge", lambda *a: judged.append(a[0]) or real_judge(*a))
    path = tmp_path / "snippets" / "live" / "adds_a_handler.py"
    path.parent.mkdir(parents=True)
    first = (
        "import logging\n\nlog = logging.getLogger('app')\n"
        "log.addHandler(logging.NullHandler())\nprint(len(log.handlers))\n"
    )
    for source in (first, first + "# edited\n", first):
        path.write_text(source, encoding="utf-8")
        assert runner.run(path).stdout == "1\n"
    assert len(judged) == 2, "the unchanged source ran again"
