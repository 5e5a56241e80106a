from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from filelock import FileLock

from docsite.docs_model import ROOT


def _shared_folder(tmp_path_factory, worker_id: str) -> Path:
    """A folder that every process of this test run shares (one per run)."""
    base = tmp_path_factory.getbasetemp()
    return base if worker_id == "master" else base.parent


@pytest.fixture(scope="session", autouse=True)
def shared_snippet_runs(tmp_path_factory, worker_id) -> None:
    """The build stores every snippet run in a folder of this test run, and the
    test processes (and the failure-path builds they start) reuse those runs by
    the runner's key, so the pages and the page checks see the same run. The
    claims test runs every snippet afresh (tests/test_outputs_match_claims.py)."""
    from docsite import runner

    os.environ.pop(runner.MODE, None)
    os.environ[runner.SHARED] = str(_shared_folder(tmp_path_factory, worker_id) / "snippet-runs")


@pytest.fixture(scope="session")
def once_per_run(tmp_path_factory, worker_id):
    """``once_per_run(name, compute)``: ``compute()`` in one process of this test
    run; the other processes (pytest-xdist workers) wait for it and get the same
    value (pickled). For fixtures that cost seconds: the failure-path builds,
    every snippet on every Python version."""
    shared = _shared_folder(tmp_path_factory, worker_id)

    def once(name: str, compute):
        result = shared / f"{name}.pickle"
        with FileLock(str(result) + ".lock"):
            if not result.is_file():
                result.write_bytes(pickle.dumps(compute()))
            return pickle.loads(result.read_bytes())  # noqa: S301 - written by this run

    return once


@pytest.fixture(scope="session")
def build(tmp_path_factory, worker_id, once_per_run) -> tuple[Path, str]:
    """The real strict build, once per test run: (site folder, build log).

    `make test` runs the tests in parallel (pytest-xdist); the first worker that
    needs the build makes it (``once_per_run``) and the others read its result.
    CI sets DOCS_SITE_DIR so that the site these tests passed is the one it deploys.
    """
    shared = _shared_folder(tmp_path_factory, worker_id)
    # Notebooks are executed from a clean state; scratch builds reuse this cache.
    os.environ["NOTEBOOK_CACHE"] = str(shared / "notebook-cache")
    site = Path(os.environ.get("DOCS_SITE_DIR") or shared / "site")

    def strict_build() -> tuple[int, str]:
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
            # the build runs every snippet itself and stores the results
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "DOCSITE_RUN_CACHE_MODE": "write"},
        )
        return result.returncode, result.stdout + result.stderr

    returncode, log = once_per_run("build", strict_build)
    assert returncode == 0, f"mkdocs build --strict failed:\n{log}"
    return site, log


# `make test` runs on every core (pytest-xdist, --dist worksteal), which gives
# each worker a contiguous share of this order and lets an idle worker take
# tests from a busy one. The longest tests that need the build come first, and
# the tests that cost seconds without it last, so one worker makes the build
# while the other runs those.
NEED_THE_BUILD_FIRST = ("test_bad_input_fails.py", "test_exercises_live.py", "test_browser.py")
NO_BUILD_COSTLY = (
    "test_snippets_lint.py", "test_type_claims.py", "test_runner.py",
    "test_outputs_match_claims.py", "test_versions.py",
)


def _order(item) -> tuple[int, int]:
    name = item.path.name
    if "build" in getattr(item, "fixturenames", ()):
        first = NEED_THE_BUILD_FIRST
        return (0, first.index(name) if name in first else len(first))
    if name in NO_BUILD_COSTLY:
        return (2, NO_BUILD_COSTLY.index(name))
    return (1, 0)


def pytest_collection_modifyitems(items):
    """Mark what `make check` leaves out (tests that need the full build or a
    browser), and put the tests in the order described above."""
    for item in items:
        if "build" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.build)
        if item.path.name in {"test_browser.py", "test_exercises_live.py"}:
            item.add_marker(pytest.mark.browser)
    items.sort(key=_order)  # stable: each file keeps its own order


VERSION_SECONDS: list[float] = []  # from each xdist worker that ran version checks
READER_PAGES: list[tuple[int, int]] = []  # (opened, reused) from each worker


def _reader_pages() -> tuple[int, int] | None:
    module = sys.modules.get("test_reader_experience") or sys.modules.get("tests.test_reader_experience")
    if module is None or not (module.OPENED or module.REUSED):
        return None
    return len(module.OPENED), len(module.REUSED)


def _version_seconds() -> float | None:
    from docsite import versions

    if not versions.SESSION_RUNS:
        return None
    return sum(runs.seconds for runs in versions.SESSION_RUNS)


def pytest_sessionfinish(session):
    """A worker hands what its version checks cost to the controller."""
    output = getattr(session.config, "workeroutput", None)
    if output is not None and (seconds := _version_seconds()) is not None:
        output["version_seconds"] = seconds
    if output is not None and (pages := _reader_pages()) is not None:
        output["reader_pages"] = pages


def pytest_testnodedown(node, error):
    output = getattr(node, "workeroutput", {})
    if "version_seconds" in output:
        VERSION_SECONDS.append(output["version_seconds"])
    if "reader_pages" in output:
        READER_PAGES.append(tuple(output["reader_pages"]))


def pytest_terminal_summary(terminalreporter, config):
    """Say how many reader checks ran, and what the version checks cost and found."""
    from docsite import versions

    pages = [*READER_PAGES, *filter(None, [_reader_pages()])]
    if pages:
        opened, reused = (sum(column) for column in zip(*pages, strict=True))
        terminalreporter.write_line(
            f"reader checks: {opened} pages opened in Chromium, {reused} unchanged since they "
            "passed (.cache/reader-checks; CI=1 or DOCSITE_FRESH=1 opens every page)"
        )

    own = _version_seconds()
    if own is None and not VERSION_SECONDS:
        return
    seconds = (own or 0.0) + sum(VERSION_SECONDS)

    record = versions.read_record()

    def count(version: str, kind: str) -> int:
        return sum(by.get(version, {}).get("kind") == kind for by in record.values())

    counts = ", ".join(
        f"{v}: {count(v, 'version')} (+{count(v, 'pyodide')} Pyodide cannot run)"
        for v in versions.versions()
    )
    terminalreporter.write_line(
        f"version checks: every snippet on Python {', '.join(versions.versions())} in "
        f"{seconds:.1f} s (one interpreter per version); snippets that print otherwise than the build: {counts}"
    )


