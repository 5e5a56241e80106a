"""The one runner: what a snippet prints is what this module says it prints.

Each snippet runs as ``python snippet.py``, in a subprocess of the
interpreter that builds the site, in an empty working folder of its own, with
``PYTHONHASHSEED=0`` (set and dict orders are the same on every run), its real
stdout and stderr captured, and a hard time limit: a snippet still running
after ``SNIPPET_TIMEOUT`` seconds (default 10) is killed with its whole
process group, whatever it catches. A snippet that leaves a process running
fails. The only addition to the process is the runner's ``sitecustomize``
(``docsite/_startup/``), which records an uncaught exception for the runner.

The build (``docsite/hooks/executed_examples.py``) and the tests call the same
``run``; results are cached in this process by content hash (interpreter +
file name + source + time limit + the runner's own code), so live reload
re-runs only the snippets whose source changed and both languages reuse one run. Only successful runs are cached: a
failure (a timeout on a busy machine, say) is tried again on the next build.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import platform
import signal
import subprocess
import sys
import tempfile
import threading
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


STARTUP = Path(__file__).with_name("_startup")
POSIX = hasattr(os, "killpg")


def _runner_version() -> str:
    """Hash of the files that decide how a snippet runs: part of every cache key."""
    digest = hashlib.sha256()
    for part in (Path(__file__), CHILD, STARTUP / "sitecustomize.py"):
        digest.update(part.read_bytes())
    return digest.hexdigest()


RUNNER_VERSION = _runner_version()


def child_environment(result_file: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(
        PYTHONHASHSEED="0",
        PYTHONUTF8="1",
        PYTHONIOENCODING="utf-8",
        PYTHONDONTWRITEBYTECODE="1",
        # only the runner's sitecustomize: it records an uncaught exception
        PYTHONPATH=str(STARTUP),
        DOCSITE_RESULT=str(result_file),
        TZ="UTC",
        COLUMNS="80",
    )
    return env


def _kill_group(process: subprocess.Popen) -> bool:
    """Kill every process the snippet left in its session; say whether any was left."""
    if not POSIX:  # Windows: only the snippet's own process can be reached
        alive = process.poll() is None
        if alive:
            process.kill()
        return alive
    try:
        os.killpg(process.pid, 0)
    except (ProcessLookupError, PermissionError):
        return False
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    return True


@dataclass(frozen=True)
class _Run:
    code: int
    stdout: str
    stderr: str
    error: dict | None
    prints: list | None
    left_running: bool


def _read(path: Path) -> str:
    text = path.read_bytes().decode("utf-8")
    return text.replace("\r\n", "\n") if os.name == "nt" else text


def _execute(path: str, locate: bool, timeout: float) -> _Run:
    """Run the snippet in a fresh process, in an empty working folder of its own.

    Output goes to files, not pipes: a process the snippet starts and leaves
    behind cannot hold the run open past its time limit.
    """
    with tempfile.TemporaryDirectory(prefix="snippet-") as scratch:
        scratch = Path(scratch)
        work = scratch / "cwd"
        work.mkdir()
        result_file, prints_file = scratch / "result.json", scratch / "prints.json"
        stdout_file, stderr_file = scratch / "stdout", scratch / "stderr"
        snippet = str(ROOT / path)
        command = [sys.executable, "-X", "utf8"]
        command += [str(CHILD), str(prints_file), snippet] if locate else [snippet]
        with stdout_file.open("wb") as out, stderr_file.open("wb") as err:
            process = subprocess.Popen(
                command,
                cwd=work,
                env=child_environment(result_file),
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                start_new_session=POSIX,
            )
            try:
                process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                _kill_group(process)
                process.wait()
                raise SnippetError(
                    f"{path} ran longer than {timeout:g} s; the runner killed it "
                    "(a snippet must finish fast: inject clocks instead of sleeping)"
                ) from None
            left_running = _kill_group(process)
        error = None
        if result_file.is_file():
            error = json.loads(result_file.read_text("utf-8"))["error"]
        prints = None
        if locate and prints_file.is_file():
            prints = json.loads(prints_file.read_text("utf-8"))
        return _Run(
            process.returncode, _read(stdout_file), _read(stderr_file), error, prints, left_running
        )


def _judge(path: str, source: str, locate: bool, timeout: float) -> Result:
    expected = expected_error(source, path)
    run = _execute(path, locate, timeout)
    error = run.error
    prints = tuple(Print(**p) for p in run.prints) if run.prints is not None else None
    if run.left_running:
        raise SnippetError(
            f"{path}: left a process running after it finished (the runner killed it); "
            "a snippet waits for everything it starts"
        )
    if locate and prints is None:
        raise SnippetError(f"{path}: the process ended before its prints were recorded:\n{run.stderr}")
    if error is None:
        if run.code != 0:
            raise SnippetError(f"{path}: exited with code {run.code}:\n{run.stderr}")
        if run.stderr:
            raise SnippetError(
                f"{path}: wrote to stderr (a reader running it would see this, the page "
                f"would not):\n{run.stderr}"
            )
        if expected:
            raise SnippetError(
                f"{path}:{expected.marker_line}: marked '# raises: {expected.name}' "
                "but ran to the end without raising"
            )
        return Result(path, run.stdout, None, prints)
    where = f"{path}:{error['innermost']}" if error["innermost"] else path
    if expected is None or error["type"] != expected.name:
        want = f" (its marker says {expected.name})" if expected else ""
        raise SnippetError(
            f"{where}: raised {error['type']}{want}. A snippet that shows an error says "
            "so with '# raises: ErrorName' on the line above its last statement.\n"
            + run.stderr.rstrip()
        )
    if (error["line"] or 0) < expected.statement_line:
        raise SnippetError(
            f"{path}:{error['line']}: {expected.name} was raised before the statement "
            f"marked '# raises:' (line {expected.statement_line})"
        )
    final = _printed_final_line(run.stderr, error)
    if final is None:
        raise SnippetError(
            f"{path}: wrote to stderr besides the traceback of its {expected.name} (a "
            f"reader would see this, the page would not):\n{run.stderr}"
        )
    return Result(path, run.stdout, final, prints)


def _printed_final_line(stderr: str, error: dict) -> str | None:
    """The exception's line as Python printed it, or None if stderr holds more.

    Python's own printing may add to a line what ``traceback`` formats (3.11
    adds "Did you mean" suggestions), so each printed line must start with
    the recorded one, and there must be as many lines: nothing before, after
    or in between.
    """
    printed, recorded = stderr.splitlines(), error["traceback"].splitlines()
    if len(printed) != len(recorded):
        return None
    if not all(p.startswith(r) for p, r in zip(printed, recorded, strict=True)):
        return None
    if error["final"] not in recorded:
        return printed[-1]
    index = len(recorded) - 1 - recorded[::-1].index(error["final"])
    return printed[index]


_cache: dict[str, Result] = {}


def _key(name: str, source: str, timeout: float, locate: bool) -> str:
    settings = f"{INTERPRETER}\0{RUNNER_VERSION}\0{name}\0{timeout}\0{locate}\0"
    digest = hashlib.sha256(settings.encode())
    digest.update(source.encode("utf-8"))
    return digest.hexdigest()


SHARED = "DOCSITE_RUN_CACHE"  # a folder: results shared by the processes of one test run
PARENT = "DOCSITE_RUN_CACHE_PARENT"  # read only: the run of the tests that made this copy
MODE = "DOCSITE_RUN_CACHE_MODE"  # "write": store results, never load one (the tests' build)


def _folders() -> tuple[Path | None, list[Path]]:
    """(where results are stored, where they are looked up)."""
    own = os.environ.get(SHARED)
    store = Path(own) if own else None
    if os.environ.get(MODE) == "write":
        return store, []
    lookup = [Path(f) for f in (own, os.environ.get(PARENT)) if f]
    return store, lookup


def _load(key: str) -> Result | None:
    for folder in _folders()[1]:
        file = folder / f"{key}.json"
        if file.is_file():
            data = json.loads(file.read_text(encoding="utf-8"))
            prints = data["prints"]
            if prints is not None:
                prints = tuple(Print(**p) for p in prints)
            return Result(data["path"], data["stdout"], data["error_line"], prints)
    return None


def _store(key: str, result: Result) -> None:
    folder = _folders()[0]
    if folder is None:
        return
    folder.mkdir(parents=True, exist_ok=True)
    file = folder / f"{key}.json"
    scratch = file.with_name(f"{file.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    scratch.write_text(json.dumps(dataclasses.asdict(result)), encoding="utf-8")
    os.replace(scratch, file)  # atomic: a reader sees the whole result or none


def run(path: Path | str, *, locate: bool = False, fresh: bool = False) -> Result:
    """Run one snippet file (cached by content); raise ``SnippetError`` if it breaks a rule.

    Within one test run (tests/conftest.py sets DOCSITE_RUN_CACHE to a folder of
    that run), the build stores every result it ran and the test processes load
    them by the same key, so the pages and the page checks see the same run. The
    build never loads one (DOCSITE_RUN_CACHE_MODE=write): it runs every snippet
    itself. A failure-path copy of the project reads its parent run's results
    (DOCSITE_RUN_CACHE_PARENT) and writes only its own. ``fresh=True`` runs the
    snippet anew, reusing and storing nothing.
    """
    name = relative(path)
    source = (ROOT / name).read_text(encoding="utf-8")
    timeout = snippet_timeout()
    key = _key(name, source, timeout, locate)
    if fresh:
        return _judge(name, source, locate, timeout)
    if key not in _cache:
        shared = _load(key)
        if shared is None:
            shared = _judge(name, source, locate, timeout)
            _store(key, shared)
        _cache[key] = shared
    return _cache[key]


def is_cached(path: Path | str, *, locate: bool = False) -> bool:
    """Whether ``run`` would reuse a result (of this process or of this test run)."""
    name = relative(path)
    source = (ROOT / name).read_text(encoding="utf-8")
    key = _key(name, source, snippet_timeout(), locate)
    return key in _cache or any((f / f"{key}.json").is_file() for f in _folders()[1])


def run_all(
    paths: Iterable[Path | str], *, locate: bool = False, fresh: bool = False
) -> dict[str, Result | SnippetError]:
    """Run many snippets in parallel, one worker per core; errors are returned, not raised."""

    def attempt(path: Path | str) -> tuple[str, Result | SnippetError]:
        try:
            return relative(path), run(path, locate=locate, fresh=fresh)
        except SnippetError as error:
            return relative(path), error

    paths = list(paths)
    with ThreadPoolExecutor(max_workers=max(1, os.cpu_count() or 1)) as pool:
        return dict(pool.map(attempt, paths))


def snippet_files() -> list[Path]:
    return sorted(p for p in SNIPPETS.rglob("*.py") if p.name != "__init__.py")
