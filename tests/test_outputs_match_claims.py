"""Every snippet prints exactly what its ``#>`` comments claim, and nothing else.

The check runs the snippet with all stated output removed, lets
pytest-examples write the real output back in after each ``print``, and
requires the result to equal the committed file byte for byte. So a wrong
output, a missing one, and a stray ``#>`` line that follows no ``print`` all
fail, with a diff naming the file.

Run ``make update-examples`` after an intended change: with pytest-examples'
``--update-examples`` switch, the same run rewrites the file instead of failing.
"""

from __future__ import annotations

import difflib
import importlib.util
import re
import sys
from operator import attrgetter

import pytest
from docs_model import ROOT, snippet_files
from executed_examples import _snippet_frames, expected_error, snippet_timeout
from pytest_examples import CodeExample, EvalExample
from pytest_examples.run_code import InsertPrintStatements

ADDRESS = re.compile(r"0x[0-9a-fA-F]+")
MEASURED = re.compile(r"~[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?")
STATED_LINE = re.compile(r"^ *#>")
STATED_BLOCK_EDGE = re.compile(r"^ *'''$")


def normalise_addresses(text: str) -> str:
    """Make run-to-run values visible placeholders, as the stated output writes them.

    Memory addresses become ``0x...``; a measured number (a timing, a ratio, a
    byte count) is printed with a leading ``~`` and becomes ``~...``.
    """
    return MEASURED.sub("~...", ADDRESS.sub("0x...", text))


def strip_stated_output(source: str) -> str:
    """Remove ``#>`` lines and the ``'''`` blocks pytest-examples writes for long output."""
    kept, in_block = [], False
    for line in source.splitlines(keepends=True):
        if STATED_BLOCK_EDGE.match(line.rstrip("\n")):
            in_block = not in_block
            continue
        if in_block or STATED_LINE.match(line):
            continue
        kept.append(line)
    assert not in_block, "unclosed ''' output block"
    return "".join(kept)


def stated_output_lines(source: str) -> list[str]:
    """Every line a snippet claims to print, in file order: `#>` lines and output blocks."""
    lines, in_block = [], False
    for line in source.splitlines():
        if STATED_BLOCK_EDGE.match(line):
            in_block = not in_block
        elif in_block:
            lines.append(line.strip())
        elif STATED_LINE.match(line):
            lines.append(line.split("#>", 1)[1].removeprefix(" "))
    return lines


def run_with_print_capture(example: CodeExample, eval_example: EvalExample):
    """Run the example as ``__main__`` with print captured; return (capture, error)."""
    python_file = eval_example.tmp_path / f"{example.module_name}.py"
    python_file.write_text(example.source, encoding="utf-8")
    capture = InsertPrintStatements(
        python_file, eval_example.config, True, normalise_addresses, None
    )
    spec = importlib.util.spec_from_file_location("__main__", python_file)
    module = importlib.util.module_from_spec(spec)
    saved_main = sys.modules["__main__"]
    sys.modules["__main__"] = module  # pickle and dataclasses look classes up here
    try:
        with capture:
            spec.loader.exec_module(module)
    except Exception as error:  # noqa: BLE001 - judged by the caller
        return capture, error, python_file
    finally:
        sys.modules["__main__"] = saved_main
    return capture, None, python_file


@pytest.mark.timeout(snippet_timeout())
@pytest.mark.parametrize(
    "path", snippet_files(), ids=lambda p: str(p.relative_to(ROOT / "snippets"))
)
def test_snippet_prints_what_it_claims(path, eval_example: EvalExample):
    relative = str(path.relative_to(ROOT))
    committed = path.read_text(encoding="utf-8")
    example = CodeExample.create(strip_stated_output(committed), path=path)
    expected = expected_error(example.source, relative)

    capture, raised, python_file = run_with_print_capture(example, eval_example)

    if expected is None and raised is not None:
        raise AssertionError(f"{relative}: raised {type(raised).__name__}") from raised
    if expected is not None:
        if raised is None:
            pytest.fail(
                f"{relative}: marked '# raises: {expected.name}' but ran to the end",
                pytrace=False,
            )
        if type(raised).__name__ != expected.name:
            raise AssertionError(
                f"{relative}: expected exactly {expected.name}, got {type(raised).__name__}"
            ) from raised
        frames = _snippet_frames(raised, str(python_file))
        if frames and frames[0].lineno < expected.statement_line:
            pytest.fail(
                f"{relative}: {expected.name} was raised before the statement "
                "marked '# raises:'",
                pytrace=False,
            )

    newline_sep = [s.line_no for s in capture.print_func.statements if "\n" in s.sep]
    if newline_sep:
        pytest.fail(
            f"{relative}:{newline_sep[0]}: print(..., sep=...) with a newline would be "
            "stated with blank lines it never printed; print a joined string instead",
            pytrace=False,
        )
    # pytest-examples inserts outputs from the last print upwards, assuming the
    # prints ran in line order; a function defined above and called below breaks
    # that assumption, so order them by line (a stable sort keeps loop output in order).
    capture.print_func.statements.sort(key=attrgetter("line_no"))
    regenerated = capture.updated_print_statements(example) or example.source
    if regenerated == committed:
        return
    if eval_example.update_examples:
        # Written now and whole, not at byte offsets at the end of the session:
        # the formatting test may rewrite the same file in between.
        path.write_text(regenerated, encoding="utf-8")
        return
    diff = "".join(
        difflib.unified_diff(
            committed.splitlines(True),
            regenerated.splitlines(True),
            f"{relative} (stated)",
            f"{relative} (real output)",
        )
    )
    pytest.fail(
        f"{relative}: the stated output differs from what Python prints.\n"
        "If the new output is intended, run `make update-examples` and read the diff.\n"
        + diff,
        pytrace=False,
    )


def test_stated_output_lines_reads_both_forms():
    source = "print(1)\n#> 1\nprint(text)\n'''\na\nb\n'''\n"
    assert stated_output_lines(source) == ["1", "a", "b"]


def test_stripping_keeps_code_and_drops_only_stated_output():
    source = "print(1)\n#> 1\nx = '''keep'''\nprint('a\\nb')\n'''\na\nb\n'''\n#> stray\n"
    assert strip_stated_output(source) == "print(1)\nx = '''keep'''\nprint('a\\nb')\n"
