"""Every snippet on Python 3.12, 3.13 and 3.14 (Pyodide under Node), against the record.

docsite/data/version-differences.json says, for each snippet and version whose
output differs from the build's CPython, what that version prints and why (in
English and Chinese). These tests run every snippet on each pinned version (one
Node process per version, started once per session) and fail, naming the
snippet and the version, when the record is wrong or a reason is missing.
Without Node they are skipped with a message saying how to enable them; in CI
(CI set) they fail instead. `make update-examples` rewrites the record's outputs.
"""

from __future__ import annotations

import copy
import os

import pytest

from docsite import runner, versions
from docsite.docs_model import ROOT


def unavailable(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the version checks, but {reason}", pytrace=False)
    pytest.skip(versions.HOW_TO_ENABLE if "not found" in reason else f"version checks skipped: {reason}")


@pytest.fixture(scope="session")
def version_runs(once_per_run) -> versions.Runs:
    """Every snippet on every pinned version: one interpreter per version, once per session."""
    if versions.node() is None:
        unavailable("Node was not found")
    if versions.build_version() != versions.record_header().get("_build"):
        unavailable(
            f"{versions.RECORD_NAME} compares with CPython {versions.record_header().get('_build')}, "
            f"this build runs {runner.INTERPRETER}"
        )
    try:
        return once_per_run("version_runs", versions.run_versions)
    except versions.NodeTooOld as error:
        unavailable(str(error))


@pytest.fixture(scope="session")
def found(request, version_runs) -> dict[str, dict[str, versions.VersionRun]]:
    """snippet -> version -> run, where a version prints something else than the build.

    With --update-examples (`make update-examples`) the record's outputs are rewritten here.
    """
    build = versions.build_outputs()
    found = versions.found_differences(build, version_runs)
    if request.config.getoption("update_examples", default=False):
        unchecked = {versions.snippet_name(p) for p in runner.snippet_files()} - set(build)
        record = versions.updated_record(versions.read_record(), found, unchecked)
        versions.write_record(record, version_runs.interpreters)
    return found


@pytest.mark.parametrize("version", versions.versions())
def test_version_prints_what_the_record_says(found, version):
    problems = versions.record_problems(versions.read_record(), found, version)
    assert not problems, "\n".join(problems)


def test_every_difference_says_why_in_both_languages():
    problems = versions.reason_problems(versions.read_record())
    assert not problems, "\n".join(problems)


def test_the_record_names_the_interpreters_that_ran(version_runs, found):
    recorded = versions.record_header().get("_interpreters")
    assert recorded == version_runs.interpreters, (
        f"{versions.RECORD_NAME} was made with {recorded}, the pins run "
        f"{version_runs.interpreters}: run `make update-examples`"
    )


def test_every_snippet_ran_on_every_version(version_runs):
    names = {versions.snippet_name(p) for p in runner.snippet_files()}
    for version in versions.versions():
        assert set(version_runs.by_version[version]) == names, version


def test_the_browser_runs_the_pinned_314():
    assert versions.browser_version() == "3.14"


def test_the_check_catches_a_changed_output_and_a_missing_reason(found):
    """Change a recorded 3.13 output, delete a reason: both fail, naming snippet and version."""
    record = versions.read_record()
    name = next(n for n, by in sorted(record.items()) if by.get("3.13", {}).get("kind") == "version")
    changed = copy.deepcopy(record)
    changed[name]["3.13"]["output"] = "SABOTAGED\n"
    problems = versions.record_problems(changed, found, "3.13")
    assert problems and f"snippets/{name} on Python 3.13" in problems[0], problems

    missing = copy.deepcopy(record)
    del missing[name]["3.13"]["reason"]["zh"]
    problems = versions.reason_problems(missing)
    expected = f"{versions.RECORD_NAME}: snippets/{name} on Python 3.13: no zh reason (say why it differs)"
    assert expected in problems, problems

    same = next(versions.snippet_name(p) for p in runner.snippet_files() if versions.snippet_name(p) not in found)
    stale = copy.deepcopy(record)
    stale[same] = {"3.12": record[name]["3.13"]}
    problems = versions.record_problems(stale, found, "3.12")
    assert [p for p in problems if f"snippets/{same} on Python 3.12" in p and "no longer exists" in p]


def test_a_snippet_run_twice_in_one_interpreter_prints_the_same(version_runs):
    """One interpreter serves every snippet (and, in the browser, every Run of a
    visit): what an earlier snippet left behind (a logging handler on a named
    logger, an imported module's state) must not change the next run."""
    source = (ROOT / "snippets" / "decorators" / "logging_decorator.py").read_text("utf-8")
    interpreter = versions.Interpreter("3.14")
    try:
        runs = interpreter.run_many([("first", source), ("second", source)])
    finally:
        interpreter.close()
    assert runs["first"].output == runs["second"].output, runs["second"].output


def test_a_limit_of_pyodide_is_never_shown_as_a_difference_of_python():
    record = copy.deepcopy(versions.read_record())
    for entry in record["decorators/limiter_with_lock.py"].values():
        entry["kind"] = "version"
    problems = versions.reason_problems(record)
    assert any("limiter_with_lock.py on Python 3.12: kind 'version'" in p for p in problems), problems
