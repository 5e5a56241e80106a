from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from docsite.docs_model import ROOT


@pytest.fixture(scope="session")
def build(tmp_path_factory) -> tuple[Path, str]:
    """The real strict build, once per test session: (site folder, build log).

    CI sets DOCS_SITE_DIR so that the site these tests passed is the one it deploys.
    """
    site = Path(os.environ.get("DOCS_SITE_DIR") or tmp_path_factory.mktemp("site"))
    # Notebooks are executed from a clean state; scratch builds reuse this cache.
    os.environ["NOTEBOOK_CACHE"] = str(tmp_path_factory.mktemp("notebook-cache"))
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    log = result.stdout + result.stderr
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{log}"
    return site, log


def pytest_collection_modifyitems(items):
    """Mark what `make check` leaves out: tests that need the full build or a browser."""
    for item in items:
        if "build" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.build)
        if item.path.name in {"test_browser.py", "test_exercises_live.py"}:
            item.add_marker(pytest.mark.browser)


def pytest_terminal_summary(terminalreporter, config):
    """Say what the version checks cost and found (tests/test_versions.py)."""
    from docsite import versions

    if not versions.SESSION_RUNS:
        return
    seconds = sum(runs.seconds for runs in versions.SESSION_RUNS)

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
