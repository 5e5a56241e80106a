"""The one runner: what a snippet prints is what this module says it prints.

Each snippet runs as ``python snippet.py`` would, in a subprocess of the
interpreter that builds the site, with ``PYTHONHASHSEED=0`` (set and dict
orders are the same on every run), its real stdout and stderr captured, and a
hard time limit: a snippet still running after ``SNIPPET_TIMEOUT`` seconds
(default 10) is killed with its whole process group, whatever it catches.

The build (``docsite/hooks/executed_examples.py``) and the tests call the same
``run``; results are cached in this process by content hash (interpreter +
source + time limit), so live reload re-runs only the snippets whose source
changed and both languages reuse one run. Only successful runs are cached: a
failure (a timeout on a busy machine, say) is tried again on the next build.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from docsite.claims import expected_error

ROOT = Path(__file__).resolve().parents[1]
SNIPPETS = ROOT / "snippets"
CHILD = Path(__file__).with_name("_child.py")
INTERPRETER = f"{platform.python_implementation()} {platform.python_version()}"


def snippet_timeout() -> float:
    return float(os.environ.get("SNIPPET_TIMEOUT", "10"))


class SnippetError(Exception):
    """A snippet that breaks the rules; the message starts with its file name."""


@dataclass(frozen=True)
class Print:
    """One ``print`` call seen in ``--locate`` mode."""

    line: int | None  # line of the module-level statement that was running
    text: str
    sep: str | None
    end: str | None


@dataclass(frozen=True)
class Result:
    path: str  # "snippets/<chapter>/<file>.py"
    stdout: str
    error_line: str | None  # final traceback line of an expected error
    prints: tuple[Print, ...] | None = None  # only in --locate mode

    @property
    def shown(self) -> str:
        """What the page shows: stdout, then the final line of an expected error."""
        return self.stdout + (f"{self.error_line}\n" if self.error_line else "")


def relative(path: Path | str) -> str:
    path = Path(path)
    return (path.resolve().relative_to(ROOT) if path.is_absolute() else path).as_posix()


def child_environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(
        PYTHONHASHSEED="0",
        PYTHONUTF8="1",
        PYTHONIOENCODING="utf-8",
        PYTHONDONTWRITEBYTECODE="1",
        TZ="UTC",
        COLUMNS="80",
    )
    return env


def _kill(process: subprocess.Popen) -> None:
    try:
        if hasattr(os, "killpg"):
            os.killpg(process.pid, signal.SIGKILL)
        else:  # Windows: no process groups to kill
            process.kill()
    except ProcessLookupError:
        pass


def _execute(path: str, locate: bool, timeout: float) -> tuple[int, str, str, dict | None]:
    with tempfile.TemporaryDirectory(prefix="snippet-") as scratch:
        result_file = Path(scratch, "result.json")
        command = [sys.executable, "-X", "utf8", str(CHILD), str(result_file)]
        command += ["--locate", path] if locate else [path]
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=child_environment(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=hasattr(os, "killpg"),
        )
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill(process)
            process.communicate()
            raise SnippetError(
                f"{path} ran longer than {timeout:g} s; the runner killed it "
                "(a snippet must finish fast: inject clocks instead of sleeping)"
            ) from None
        finally:
            if process.poll() is None:
                _kill(process)
        info = json.loads(result_file.read_text("utf-8")) if result_file.is_file() else None
    return process.returncode, stdout.decode("utf-8"), stderr.decode("utf-8"), info


def _judge(path: str, source: str, locate: bool, timeout: float) -> Result:
    expected = expected_error(source, path)
    code, stdout, stderr, info = _execute(path, locate, timeout)
    error = info and info["error"]
    prints = None
    if locate and info:
        prints = tuple(Print(**p) for p in info["prints"])
    if error is None:
        if code != 0 or info is None:
            raise SnippetError(
                f"{path}: the process ended with exit code {code} before finishing:\n{stderr}"
            )
        if stderr:
            raise SnippetError(
                f"{path}: wrote to stderr (a reader running it would see this, the page "
                f"would not):\n{stderr}"
            )
        if expected:
            raise SnippetError(
                f"{path}:{expected.marker_line}: marked '# raises: {expected.name}' "
                "but ran to the end without raising"
            )
        return Result(path, stdout, None, prints)
    where = f"{path}:{error['innermost']}" if error["innermost"] else path
    if expected is None or error["type"] != expected.name:
        want = f" (its marker says {expected.name})" if expected else ""
        raise SnippetError(
            f"{where}: raised {error['type']}{want}. A snippet that shows an error says so "
            f"with '# raises: ErrorName' on the line above its last statement.\n{stderr.rstrip()}"
        )
    if (error["line"] or 0) < expected.statement_line:
        raise SnippetError(
            f"{path}:{error['line']}: {expected.name} was raised before the statement "
            f"marked '# raises:' (line {expected.statement_line})"
        )
    traceback_start = stderr.find("Traceback (most recent call last):")
    if traceback_start > 0:
        raise SnippetError(
            f"{path}: wrote to stderr before raising (a reader would see this, the page "
            f"would not):\n{stderr[:traceback_start]}"
        )
    return Result(path, stdout, error["final"], prints)


_cache: dict[str, Result] = {}


def _key(source: str, timeout: float, locate: bool) -> str:
    digest = hashlib.sha256(f"{INTERPRETER}\0{timeout}\0{locate}\0".encode())
    digest.update(source.encode("utf-8"))
    return digest.hexdigest()


def run(path: Path | str, *, locate: bool = False) -> Result:
    """Run one snippet file (cached by content); raise ``SnippetError`` if it breaks a rule."""
    name = relative(path)
    source = (ROOT / name).read_text(encoding="utf-8")
    timeout = snippet_timeout()
    key = _key(source, timeout, locate)
    if key not in _cache:
        _cache[key] = _judge(name, source, locate, timeout)
    return _cache[key]


def is_cached(path: Path | str, *, locate: bool = False) -> bool:
    source = (ROOT / relative(path)).read_text(encoding="utf-8")
    return _key(source, snippet_timeout(), locate) in _cache


def run_all(
    paths: Iterable[Path | str], *, locate: bool = False
) -> dict[str, Result | SnippetError]:
    """Run many snippets in parallel, one worker per core; errors are returned, not raised."""

    def attempt(path: Path | str) -> tuple[str, Result | SnippetError]:
        try:
            return relative(path), run(path, locate=locate)
        except SnippetError as error:
            return relative(path), error

    paths = list(paths)
    with ThreadPoolExecutor(max_workers=max(1, os.cpu_count() or 1)) as pool:
        return dict(pool.map(attempt, paths))


def snippet_files() -> list[Path]:
    return sorted(p for p in SNIPPETS.rglob("*.py") if p.name != "__init__.py")
