"""What a snippet claims, read from its source: stated output and error markers.

A snippet states what it prints in two forms, both written by pytest-examples
(``make update-examples``), never by hand:

* ``#> text`` comment lines, one per printed line;
* for a print whose text holds line breaks, a block between two lines that
  are exactly ``'''`` (indented like the statement), holding the text
  verbatim.

Each stated output stands right after the statement that printed it. A print
inside a function of the snippet is stated after the **module-level**
statement that called it, so the file, read top to bottom, shows the output
in the order Python printed it. Two values vary from run to run and are
stated as placeholders: the memory address in an object's default repr
(``<function f at 0x...>``) and measured numbers, printed with a leading
``~`` (``~...``). Any other hex value is stated as printed.

The last statement of a snippet that is meant to raise has ``# raises: Name``
on the line above it.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

RAISES_MARKER = re.compile(r"^# raises: (?P<name>[A-Za-z_][A-Za-z0-9_]*)[ \t]*$", re.M)
# an object's address in its default repr: "<function f at 0x7f3a...>", "<cell at 0x...: ...>"
ADDRESS = re.compile(r"(?<= at )0x[0-9a-fA-F]+(?=[>:])")
MEASURED = re.compile(r"~[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?")
BLOCK_EDGE = re.compile(r"^(?P<indent> *)'''$")


class ClaimError(Exception):
    """A snippet whose claims cannot be read; the message names the file and line."""


@dataclass(frozen=True)
class ExpectedError:
    name: str
    marker_line: int  # 1-based line of the "# raises:" comment
    statement_line: int  # 1-based first line of the statement that must raise


def expected_error(source: str, filename: str) -> ExpectedError | None:
    """Parse the ``# raises: Name`` marker: at most one, right above the last statement."""
    markers = list(RAISES_MARKER.finditer(source))
    if not markers:
        return None
    if len(markers) > 1:
        raise ClaimError(f"{filename}: more than one '# raises:' marker")
    marker = markers[0]
    marker_line = source.count("\n", 0, marker.start()) + 1
    body = ast.parse(source, filename=filename).body
    last = body[-1] if body else None
    if last is None or first_line(last) != marker_line + 1:
        raise ClaimError(
            f"{filename}:{marker_line}: the '# raises:' marker must sit on the line "
            "right above the snippet's last statement (the one that raises)"
        )
    return ExpectedError(marker["name"], marker_line, first_line(last))


def first_line(node: ast.stmt) -> int:
    return min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))])


def normalise(text: str) -> str:
    """Replace what varies between runs by the placeholders stated outputs use."""
    return MEASURED.sub("~...", ADDRESS.sub("0x...", text))


@dataclass(frozen=True)
class Stated:
    line: int  # first line of the claim in the file (1-based)
    end_line: int  # last line of the claim
    text: str  # the stated text, one or more lines, without a final newline


def _stated_blocks(source: str, tree: ast.Module) -> list[Stated]:
    lines = source.splitlines()
    blocks = []

    def visit(body: Sequence[ast.stmt], docstring_allowed: bool) -> None:
        for index, node in enumerate(body):
            if (
                isinstance(node, ast.Expr)
                and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)
                and not (docstring_allowed and index == 0)
            ):
                opening = BLOCK_EDGE.match(lines[node.lineno - 1])
                closing = BLOCK_EDGE.match(lines[node.end_lineno - 1])
                if opening and closing and node.end_lineno > node.lineno:
                    indent = len(opening["indent"])
                    inner = lines[node.lineno : node.end_lineno - 1]
                    text = "\n".join(line[indent:] for line in inner)
                    blocks.append(Stated(node.lineno, node.end_lineno, text))
            for field in ("body", "orelse", "finalbody"):
                children = getattr(node, field, None)
                if isinstance(children, list):
                    defines = isinstance(
                        node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
                    )
                    visit(children, defines and field == "body")
            for handler in getattr(node, "handlers", []):
                visit(handler.body, False)

    visit(tree.body, True)
    return blocks


def stated_output(source: str, filename: str = "<snippet>") -> list[Stated]:
    """Every claim of a snippet, in file order."""
    try:
        tree = ast.parse(source, filename=filename)
    except SyntaxError as error:
        raise ClaimError(f"{filename}:{error.lineno}: {error.msg}") from None
    claims = _stated_blocks(source, tree)
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT and token.string.startswith("#>"):
            line, column = token.start
            if token.line[:column].strip():
                continue  # a `#>` after code on the same line is an ordinary comment
            claims.append(Stated(line, line, token.string[2:].removeprefix(" ")))
    return sorted(claims, key=lambda s: s.line)


def stated_text(source: str, filename: str = "<snippet>") -> str:
    """The output a snippet claims, as one text: what stdout must be."""
    return "".join(f"{claim.text}\n" for claim in stated_output(source, filename))


def strip_stated_output(source: str, filename: str = "<snippet>") -> tuple[str, list[int]]:
    """The source without its claims, and for each kept line its original number."""
    dropped = {n for c in stated_output(source, filename) for n in range(c.line, c.end_line + 1)}
    kept = [
        (number, line)
        for number, line in enumerate(source.splitlines(keepends=True), start=1)
        if number not in dropped
    ]
    return "".join(line for _, line in kept), [number for number, _ in kept]


def statement_end(tree: ast.Module, line: int) -> tuple[int, int]:
    """End line and column of the innermost statement that holds ``line``.

    A print's output goes after the statement that was running at module
    level when it printed: the print itself, or the call that led to it.
    """

    def find(body: Sequence[ast.stmt]) -> tuple[int, int] | None:
        for node in body:
            if first_line(node) <= line <= node.end_lineno:
                for field in ("body", "orelse", "finalbody"):
                    children = getattr(node, field, None)
                    if isinstance(children, list) and (found := find(children)):
                        return found
                for handler in getattr(node, "handlers", []):
                    if found := find(handler.body):
                        return found
                return node.end_lineno, node.col_offset
        return None

    return find(tree.body) or (line, 0)


def placement_problems(filename: str, prints: Sequence) -> list[str]:
    """Prints whose output a ``#>`` line cannot state exactly."""
    problems = []
    for p in prints:
        if p.line is None:
            problems.append(f"{filename}: a print ran outside the snippet's module code")
        elif p.end != "\n":
            problems.append(
                f"{filename}:{p.line}: print(..., end={p.end!r}) continues the line: its "
                "output cannot be stated after the print; build the line, print it once"
            )
        elif p.sep is not None and "\n" in p.sep:
            problems.append(
                f"{filename}:{p.line}: print(..., sep=...) with a line break; print one "
                "joined string instead"
            )
    return problems


def with_stated_output(source: str, filename: str, prints: Sequence) -> str:
    """``source`` with every claim rewritten from ``prints`` by pytest-examples.

    ``prints`` come from a ``--locate`` run of the file as committed; their
    lines are mapped onto the file without claims, where pytest-examples
    inserts each output, verbatim (no black formatting, no sorting), after
    the statement that printed it.
    """
    # pytest-examples is a test dependency: imported here, not by the build.
    from pytest_examples import CodeExample
    from pytest_examples.config import ExamplesConfig
    from pytest_examples.run_code import Arg, InsertPrintStatements, PrintStatement

    class Inserter(InsertPrintStatements):
        """pytest-examples' inserter, placing output after the module-level statement."""

        def _insert_print_statements(self, example) -> str:
            lines = example.source.splitlines()
            tree = ast.parse(example.source)
            for statement in reversed(self.print_func.statements):
                end_line, column = statement_end(tree, statement.line_no)
                self._insert_print_args(
                    lines, statement, example.in_py_file(), end_line - 1, column
                )
            return "\n".join(lines) + "\n"

    stripped, original_numbers = strip_stated_output(source, filename)
    new_number = {old: new for new, old in enumerate(original_numbers, start=1)}
    # A print's line is code, so it was kept: map it onto the stripped file. The
    # sort is stable: module-level statements run top to bottom, and the outputs
    # of one statement keep the order they were printed in.
    statements = sorted(
        (PrintStatement(new_number[p.line], "", [Arg(normalise(p.text))]) for p in prints),
        key=lambda s: s.line_no,
    )
    example = CodeExample.create(stripped, path=Path(filename))
    # An output line is never folded or reformatted, however long.
    inserter = Inserter(Path(filename), ExamplesConfig(line_length=10**9), True, None, None)
    inserter.print_func.statements = statements
    return inserter.updated_print_statements(example) or example.source
