"""Snippets are code a careful engineer would commit: ruff-clean and ruff-formatted.

`ruff format` would turn the stated-output marker `#>` into `# >`; like
pytest-examples does around black, the check protects the marker, formats,
and puts it back. `make update-examples` applies the formatting.
"""

from __future__ import annotations

import difflib
import re
import subprocess
import sys

import pytest

from docsite.docs_model import ROOT, snippet_files


def ruff(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )


def ruff_formatted(source: str, path: str) -> str:
    protected = re.sub(r"^( *#)> ", r"\1 > ", source, flags=re.M)
    result = ruff("format", "--stdin-filename", path, "-", stdin=protected)
    if result.returncode != 0:
        pytest.fail(f"{path}: ruff format failed:\n{result.stderr}", pytrace=False)
    return re.sub(r"^( *#) > ", r"\1> ", result.stdout, flags=re.M)


def test_snippets_pass_ruff_check():
    result = ruff("check", "--output-format=concise", "--no-cache", "snippets")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "path", snippet_files(), ids=lambda p: str(p.relative_to(ROOT / "snippets"))
)
def test_snippet_is_ruff_formatted(path, request):
    relative = str(path.relative_to(ROOT))
    source = path.read_text(encoding="utf-8")
    formatted = ruff_formatted(source, relative)
    if formatted == source:
        return
    if request.config.getoption("update_examples"):
        path.write_text(formatted, encoding="utf-8")
        return
    diff = "".join(
        difflib.unified_diff(
            source.splitlines(True), formatted.splitlines(True), relative, "ruff format"
        )
    )
    pytest.fail(f"{relative} is not ruff-formatted (make update-examples):\n{diff}", pytrace=False)
