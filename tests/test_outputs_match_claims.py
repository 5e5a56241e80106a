"""Every snippet prints exactly what its ``#>`` comments claim.

Run ``make update-examples`` after an intended change: pytest-examples then
rewrites the ``#>`` lines from the real output instead of failing.
"""

from __future__ import annotations

import importlib.util
import re
import sys

import pytest
from docs_model import ROOT, snippet_files
from executed_examples import _snippet_frames, expected_error, snippet_timeout
from pytest_examples import CodeExample, EvalExample
from pytest_examples.run_code import InsertPrintStatements

ADDRESS = re.compile(r"0x[0-9a-fA-F]+")


def normalise_addresses(text: str) -> str:
    """Memory addresses change every run; the stated output writes them ``0x...``."""
    return ADDRESS.sub("0x...", text)


@pytest.mark.timeout(snippet_timeout())
@pytest.mark.parametrize(
    "path", snippet_files(), ids=lambda p: str(p.relative_to(ROOT / "snippets"))
)
def test_snippet_prints_what_it_claims(path, eval_example: EvalExample):
    relative = str(path.relative_to(ROOT))
    example = CodeExample.create(path.read_text(encoding="utf-8"), path=path)
    eval_example.print_callback = normalise_addresses
    expected = expected_error(example.source, relative)
    if expected is None:
        if eval_example.update_examples:
            eval_example.run_print_update(example)
        else:
            eval_example.run_print_check(example)
        return

    # A snippet that demonstrates an error: the statement under the marker must
    # raise exactly that type, and everything printed before it is checked.
    python_file = eval_example.tmp_path / f"{example.module_name}.py"
    python_file.write_text(example.source, encoding="utf-8")
    insert_print = InsertPrintStatements(
        python_file, eval_example.config, True, eval_example.print_callback, None
    )
    spec = importlib.util.spec_from_file_location("__main__", python_file)
    module = importlib.util.module_from_spec(spec)
    saved_main = sys.modules["__main__"]
    sys.modules["__main__"] = module
    try:
        with insert_print:
            spec.loader.exec_module(module)
    except Exception as error:  # noqa: BLE001 - the type is checked just below
        raised = error
    else:
        raised = None
    finally:
        sys.modules["__main__"] = saved_main

    if raised is None:
        pytest.fail(
            f"{relative}:{expected.marker_line}: marked '# raises: {expected.name}' "
            "but ran to the end without raising",
            pytrace=False,
        )
    if type(raised).__name__ != expected.name:
        raise AssertionError(
            f"{relative}: expected exactly {expected.name}, got {type(raised).__name__}"
        ) from raised
    frames = _snippet_frames(raised, str(python_file))
    if frames and frames[0].lineno < expected.statement_line:
        pytest.fail(
            f"{relative}:{frames[0].lineno}: {expected.name} was raised before the "
            f"marked statement on line {expected.statement_line}",
            pytrace=False,
        )
    if eval_example.update_examples:
        new_source = insert_print.updated_print_statements(example)
        if new_source:
            example.source = new_source
            eval_example.to_update.append(example)
    else:
        insert_print.check_print_statements(example)
