"""Run every ``python exec="on"`` fence at build time, strictly.

markdown-exec renders the fence (source, output, tabs); this hook only supplies
the function that *runs* the code, so that:

* the snippet runs as a real module named after its file, and tracebacks name
  ``snippets/<chapter>/<file>.py`` and its line numbers;
* a snippet that raises fails the strict build, unless the line just above its
  last statement says ``# raises: SomeError`` and exactly that error is raised;
  then the page shows the output printed so far and the final traceback line;
* a snippet that runs longer than ``SNIPPET_TIMEOUT`` seconds (default 10) is
  interrupted and fails the build with its file name;
* each snippet runs once per build: the other language reuses its output.

``tests/`` imports the marker parsing from here, so the build and the tests
agree on what a snippet claims.
"""

from __future__ import annotations

import ast
import json
import logging
import os
import platform
import re
import signal
import sys
import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from io import StringIO
from pathlib import Path
from types import ModuleType
from typing import Any

import markdown_exec
from markupsafe import Markup, escape

log = logging.getLogger("mkdocs.hooks.executed_examples")

ROOT = Path(__file__).resolve().parents[2]
SNIPPETS = ROOT / "snippets"
RAISES_MARKER = re.compile(r"^# raises: (?P<name>[A-Za-z_][A-Za-z0-9_]*)[ \t]*$", re.M)


def snippet_timeout() -> float:
    return float(os.environ.get("SNIPPET_TIMEOUT", "10"))


class SnippetError(Exception):
    """A snippet that breaks the rules; the message names the file."""


class SnippetTimeout(BaseException):
    """Raised inside a snippet that runs too long (BaseException: not swallowed
    by a snippet's own ``except Exception``)."""


@dataclass(frozen=True)
class ExpectedError:
    name: str
    marker_line: int  # 1-based line of the "# raises:" comment
    statement_line: int  # 1-based first line of the statement that must raise


def expected_error(source: str, filename: str) -> ExpectedError | None:
    """Parse the ``# raises: Name`` marker of a snippet.

    There is at most one marker, and it sits on the line right above the
    snippet's last top-level statement: the statement that must raise.
    """
    markers = list(RAISES_MARKER.finditer(source))
    if not markers:
        return None
    if len(markers) > 1:
        raise SnippetError(f"{filename}: more than one '# raises:' marker")
    marker = markers[0]
    marker_line = source.count("\n", 0, marker.start()) + 1
    body = ast.parse(source, filename=filename).body
    last = body[-1] if body else None
    first_line = min(
        [last.lineno, *(d.lineno for d in getattr(last, "decorator_list", []))]
        if last
        else [0]
    )
    if last is None or first_line != marker_line + 1:
        raise SnippetError(
            f"{filename}:{marker_line}: the '# raises:' marker must sit on the line "
            "right above the snippet's last statement (the one that raises)"
        )
    return ExpectedError(marker["name"], marker_line, first_line)


def final_traceback_line(error: BaseException) -> str:
    return traceback.format_exception_only(type(error), error)[-1].rstrip("\n")


@contextmanager
def deadline(seconds: float, filename: str) -> Iterator[None]:
    """Interrupt the block after ``seconds`` (main thread only, as builds run)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(signum: int, frame: Any) -> None:
        raise SnippetTimeout(f"{filename} ran longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _print_to(buffer: StringIO, *args: Any, sep: str = " ", end: str = "\n", **_: Any):
    buffer.write(sep.join(str(arg) for arg in args) + end)


def run_snippet(code: str, filename: str) -> str:
    """Run one snippet as module code; return what it printed.

    Raises ``SnippetError`` (message naming the file) when it breaks the rules.
    """
    expected = expected_error(code, filename)
    # Run as __main__, like `python snippet.py` and like the tests: pickle and
    # dataclasses find the snippet's classes there, and an exception class
    # defined in the snippet prints without a module prefix.
    module = ModuleType("__main__")
    module.__file__ = filename
    buffer = StringIO()
    module.__dict__["print"] = partial(_print_to, buffer)
    real_main = sys.modules["__main__"]
    sys.modules["__main__"] = module
    try:
        with deadline(snippet_timeout(), filename):
            exec(compile(code, filename, "exec", dont_inherit=True), module.__dict__)  # noqa: S102
    except SnippetTimeout as error:
        raise SnippetError(f"{error}; the build stopped it.") from None
    except Exception as error:
        frames = _snippet_frames(error, filename)
        lineno = frames[-1].lineno if frames else None
        if expected and type(error).__name__ == expected.name:
            top_level_line = frames[0].lineno if frames else 0
            if top_level_line < expected.statement_line:
                raise SnippetError(
                    f"{filename}:{top_level_line}: {expected.name} was raised before the "
                    f"statement marked '# raises:' (line {expected.statement_line})"
                ) from error
            return buffer.getvalue() + final_traceback_line(error) + "\n"
        where = f"{filename}:{lineno}" if lineno else filename
        want = f" (its marker says {expected.name})" if expected else ""
        detail = "".join(traceback.format_exception(error)).rstrip()
        raise SnippetError(
            f"{where}: raised {type(error).__name__}{want}. A snippet that shows an "
            "error says so with '# raises: ErrorName' on the line above its last "
            f"statement.\n{detail}"
        ) from error
    finally:
        sys.modules["__main__"] = real_main
    if expected:
        raise SnippetError(
            f"{filename}:{expected.marker_line}: marked '# raises: {expected.name}' "
            "but ran to the end without raising"
        )
    return buffer.getvalue()


def _snippet_frames(error: BaseException, filename: str) -> list:
    """The traceback's frames in the snippet file, outermost (module level) first."""
    return [f for f in traceback.extract_tb(error.__traceback__) if f.filename == filename]


# --- build integration -------------------------------------------------------


@dataclass
class _Stats:
    ran: int = 0
    reused: int = 0


_results: dict[tuple[str, str], str | SnippetError] = {}
_stats = _Stats()


def _run_for_markdown_exec(
    code: str, returncode: int = 0, session: str | None = None, id: str = "", **extra
) -> str:
    title = extra.get("title", "")
    if not title.endswith(".py"):
        raise markdown_exec.ExecutionError(
            "An executed python fence needs title=\"<chapter>/<file>.py\", the snippet "
            "it includes (see CONTRIBUTING.md)."
        )
    filename = f"snippets/{title}"
    key = (filename, code)
    if key in _results:
        _stats.reused += 1
    else:
        _stats.ran += 1
        try:
            _results[key] = run_snippet(code, filename)
        except SnippetError as error:
            _results[key] = error
    result = _results[key]
    if isinstance(result, SnippetError):
        raise markdown_exec.ExecutionError(f"```text\n{result}\n```")
    return result


def _format(source: str, language: str, css_class: str, options: dict, md, **kwargs):
    rendered = markdown_exec.base_format(
        language="python", run=_run_for_markdown_exec, code=source, md=md, **options
    )
    # The wrapper lets the browser find each example's code and build output
    # (overrides/assets/javascripts/run-examples.js adds the Run button).
    title = options.get("extra", {}).get("title", "")
    note = _differences.get(title, {}).get(_language)
    note_attribute = f' data-browser-note="{escape(note)}"' if note else ""
    return Markup(
        f'<div class="executed-example" data-snippet="{escape(title)}"{note_attribute}>'
        f"{rendered}</div>"
    )


def _browser_differences() -> dict[str, dict[str, str]]:
    """Examples known to print differently in Pyodide, with the reason per language."""
    data = json.loads((ROOT / "overrides" / "browser-differences.json").read_text("utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


_language = "en"
_differences: dict[str, dict[str, str]] = {}


def on_config(config):
    config.extra["build_python"] = (
        f"{platform.python_implementation()} {platform.python_version()}"
    )
    superfences = config.mdx_configs.setdefault("pymdownx.superfences", {})
    fences = superfences.setdefault("custom_fences", [])
    fences[:] = [f for f in fences if f.get("name") not in ("python", "py")]
    for name in ("python", "py"):
        fences.append(
            {
                "name": name,
                "class": name,
                "validator": markdown_exec.validator,
                "format": _format,
            }
        )
    return config


def on_pre_page(page, config, files):
    # Read per page: mkdocs-static-i18n switches the language after on_config.
    global _language
    _language = config.theme["language"]
    return page


def on_pre_build(config):
    global _differences
    _stats.ran = _stats.reused = 0
    _differences = _browser_differences()  # read once per build, not per fence


def on_post_build(config):
    language = config.theme.get("language", "?")
    log.info(
        "[%s] executed examples: %d run, %d reused from an earlier build",
        language,
        _stats.ran,
        _stats.reused,
    )
