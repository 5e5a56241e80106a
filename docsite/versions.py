"""Every snippet on Python 3.12, 3.13 and 3.14, and the record of where they differ.

The build shows what its own CPython prints (``docsite.runner``). Readers run
newer Pythons, and this subject is where versions differ, so the tests also
run every snippet on the Pyodide builds of CPython pinned in
``docsite/data/python-versions.json`` (npm tarballs, fetched and verified by
``docsite.hooks.vendored_assets`` into ``.cache/``), under Node:
``docsite/pyodide_runner.mjs`` starts ONE interpreter per version and runs
each snippet in a fresh ``__main__``, as the site's Run button does.

``docsite/data/version-differences.json`` records, for each snippet and
version whose output differs from the build's, what that version prints
(normalised like stated outputs: ``0x...``, ``~...``) and why, in English and
Chinese. ``kind`` is ``version`` for a difference of Python itself, shown on
the page under the build's output, or ``pyodide`` for something Pyodide
cannot do (start a thread, import a module it ships separately), shown only
next to the Run button. The 3.14 entry's reason is the Run button's note: the
browser's Pyodide is the 3.14 one.

``make update-examples`` rewrites the recorded outputs (and adds new
differences with a placeholder reason that the tests reject); reasons and
kinds are written by people.
"""

from __future__ import annotations

import json
import os
import re
import selectors
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from docsite import runner
from docsite.claims import normalise
from docsite.hooks.vendored_assets import (
    package_files,
    packages,
    write_atomically,
)

ROOT = runner.ROOT
LOCK = ROOT / "docsite" / "data" / "python-versions.json"
RECORD = ROOT / "docsite" / "data" / "version-differences.json"
RECORD_NAME = "docsite/data/version-differences.json"
NODE_SCRIPT = Path(__file__).with_name("pyodide_runner.mjs")
UNPACKED = ROOT / ".cache" / "pyodide"
KINDS = ("version", "pyodide")
PLACEHOLDER = {
    "en": "TODO: say why this version prints this (written by make update-examples)",
    "zh": "待填写：说明这个版本为什么这样输出（由 make update-examples 写入）",
}
TIMED_OUT = "[timed out]\n"
HAN = re.compile(r"[\u4e00-\u9fff]")
HOW_TO_ENABLE = (
    "version checks skipped: Node not found. Install it (`sudo apt-get install nodejs`) "
    "or set NODE=/path/to/node, then rerun `make test`."
)


def versions() -> list[str]:
    """The pinned Python versions, oldest first."""
    return sorted(packages(LOCK), key=lambda v: tuple(int(p) for p in v.split(".")))


def build_version() -> str:
    """The build CPython's major.minor, which the record compares against."""
    return ".".join(runner.INTERPRETER.split()[-1].split(".")[:2])


def node() -> str | None:
    return os.environ.get("NODE") or shutil.which("node") or shutil.which("nodejs")


def _node_flags(executable: str) -> list[str]:
    """WebAssembly stack switching (JSPI), which asyncio.run() needs in Pyodide.

    Browsers have it; Node 20 has it behind this flag, later Nodes by another name.
    """
    known = subprocess.run(
        [executable, "--v8-options"], capture_output=True, text=True, check=False, timeout=60
    ).stdout
    for flag in ("--experimental-wasm-jspi", "--experimental-wasm-stack-switching"):
        if flag in known:
            return [flag]
    return []


def prepared(version: str) -> Path:
    """A folder holding the pinned files of one version, verified against the lock."""
    spec = packages(LOCK)[version]
    folder = UNPACKED / f"python-{version}-pyodide-{spec['version']}"
    for member, data in package_files(version, LOCK).items():
        target = folder / Path(member).name
        if not target.is_file() or target.read_bytes() != data:
            write_atomically(target, data)
    return folder


class NodeTooOld(RuntimeError):
    """This Node cannot run every snippet the way a browser does."""


@dataclass(frozen=True)
class VersionRun:
    name: str  # "<chapter>/<file>.py"
    output: str  # stdout and stderr as written, then the final line of an error
    error: str | None
    error_type: str | None
    timed_out: bool

    @property
    def shown(self) -> str:
        """What the record states: the output, normalised like a stated output."""
        return TIMED_OUT if self.timed_out else normalise(self.output)


class Interpreter:
    """One Node process running one Pyodide interpreter; jobs go in as JSON lines."""

    def __init__(self, version: str, timeout: float | None = None) -> None:
        executable = node()
        if executable is None:
            raise RuntimeError(HOW_TO_ENABLE)
        self.version = version
        self.timeout = runner.snippet_timeout() if timeout is None else timeout
        folder = prepared(version)
        self._stderr = tempfile.TemporaryFile()
        self.process = subprocess.Popen(
            [executable, *_node_flags(executable), str(NODE_SCRIPT), str(folder), str(self.timeout)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            cwd=tempfile.gettempdir(),
        )
        ready = json.loads(self._read_line(120))["ready"]
        self.pyodide, self.python = ready["pyodide"], ready["python"]
        if not ready["jspi"]:
            self.close()
            raise NodeTooOld(
                f"Node {ready['node']} lacks WebAssembly stack switching, which asyncio.run() "
                "needs in Pyodide (browsers have it; Node 20 has it behind a flag that is "
                "passed automatically); install Node 20 or newer"
            )
        if not self.python.startswith(f"{version}."):
            raise RuntimeError(f"{LOCK.name}: {version} is pinned to a Pyodide of Python {self.python}")

    def _read_line(self, timeout: float) -> str:
        with selectors.DefaultSelector() as selector:
            selector.register(self.process.stdout, selectors.EVENT_READ)
            if not selector.select(timeout):
                self.close()
                raise RuntimeError(f"Python {self.version} (Pyodide under Node) did not answer in {timeout:g} s")
        line = self.process.stdout.readline()
        if not line:
            self._stderr.seek(0)
            raise RuntimeError(
                f"Python {self.version} (Pyodide under Node) stopped:\n"
                + self._stderr.read().decode("utf-8", "replace")
            )
        return line.decode("utf-8")

    def run_many(self, jobs: Iterable[tuple[str, str]]) -> dict[str, VersionRun]:
        """Run (name, source) jobs in order, fresh globals each; results by name."""
        jobs = list(jobs)

        def feed() -> None:
            try:
                for name, source in jobs:
                    line = json.dumps({"name": name, "source": source}) + "\n"
                    self.process.stdin.write(line.encode("utf-8"))
                    self.process.stdin.flush()
            except BrokenPipeError:
                pass  # the process died: reading says why

        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        results = {}
        for name, _ in jobs:
            # a timed-out snippet costs the time limit and a fresh interpreter
            answer = json.loads(self._read_line(self.timeout + 120))
            if answer["name"] != name:
                raise RuntimeError(f"Python {self.version}: answer for {answer['name']}, not {name}")
            results[name] = VersionRun(
                name, answer["output"], answer["error"], answer["error_type"], answer["timed_out"]
            )
        writer.join()
        return results

    def close(self) -> None:
        if self.process.poll() is None:
            try:
                self.process.stdin.close()
                self.process.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait()
        self._stderr.close()


@dataclass
class Runs:
    by_version: dict[str, dict[str, VersionRun]]
    interpreters: dict[str, str]  # version -> "Pyodide x (Python y)"
    seconds: float


def snippet_name(path: Path | str) -> str:
    return runner.relative(path).removeprefix("snippets/")


def run_versions(paths: Iterable[Path | str] | None = None) -> Runs:
    """Every snippet on every pinned version: one Node process per version, in parallel."""
    paths = list(runner.snippet_files() if paths is None else paths)
    jobs = [(snippet_name(p), (runner.ROOT / runner.relative(p)).read_text("utf-8")) for p in paths]
    started = time.monotonic()

    def one(version: str) -> tuple[str, dict[str, VersionRun], str]:
        interpreter = Interpreter(version)
        try:
            label = f"Pyodide {interpreter.pyodide} (Python {interpreter.python})"
            return version, interpreter.run_many(jobs), label
        finally:
            interpreter.close()

    with ThreadPoolExecutor(max_workers=len(versions())) as pool:
        done = list(pool.map(one, versions()))
    runs = Runs(
        {v: r for v, r, _ in done}, {v: label for v, _, label in done}, time.monotonic() - started
    )
    SESSION_RUNS.append(runs)
    return runs


SESSION_RUNS: list[Runs] = []  # what this process ran, for the test summary


def build_outputs(paths: Iterable[Path | str] | None = None) -> dict[str, str]:
    """What the build shows for each snippet that runs (normalised); failures are left out."""
    paths = list(runner.snippet_files() if paths is None else paths)
    results = runner.run_all(paths)
    return {
        snippet_name(path): normalise(result.shown)
        for path, result in results.items()
        if isinstance(result, runner.Result)
    }


def found_differences(build: dict[str, str], runs: Runs) -> dict[str, dict[str, VersionRun]]:
    """snippet -> version -> run, for every run whose output is not the build's."""
    found: dict[str, dict[str, VersionRun]] = {}
    for version, results in runs.by_version.items():
        for name, result in results.items():
            if name in build and result.shown != build[name]:
                found.setdefault(name, {})[version] = result
    return found


# --- the record --------------------------------------------------------------


def read_record(path: Path = RECORD) -> dict[str, dict[str, dict]]:
    data = json.loads(path.read_text("utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def record_header(path: Path = RECORD) -> dict[str, str]:
    data = json.loads(path.read_text("utf-8")) if path.is_file() else {}
    return {k: v for k, v in data.items() if k.startswith("_")}


def write_record(
    record: dict[str, dict[str, dict]], interpreters: dict[str, str], path: Path = RECORD
) -> None:
    header = record_header(path) or {
        "_comment": (
            "Where a snippet's output on another Python differs from the build's. Written "
            "by `make update-examples` (outputs) and by people (kind, reasons); "
            "tests/test_versions.py checks it against real runs. See CONTRIBUTING.md."
        )
    }
    header["_build"] = build_version()
    header["_interpreters"] = {v: interpreters[v] for v in versions()}
    ordered = {
        name: {v: record[name][v] for v in versions() if v in record[name]}
        for name in sorted(record)
        if record[name]
    }
    text = json.dumps({**header, **ordered}, indent=2, ensure_ascii=False) + "\n"
    write_atomically(path, text.encode("utf-8"))


PYODIDE_LIMITS = ("can't start new thread", "loading-packages", "WebAssembly")


def guessed_kind(result: VersionRun) -> str:
    """A first guess for a new difference; a person confirms it with the reason."""
    pyodide_limits = PYODIDE_LIMITS
    if result.timed_out or (result.error and any(s in result.error for s in pyodide_limits)):
        return "pyodide"
    return "version"


def updated_record(
    record: dict[str, dict[str, dict]],
    found: dict[str, dict[str, VersionRun]],
    unchecked: Iterable[str] = (),
) -> dict[str, dict[str, dict]]:
    """The record with every output rewritten from ``found``; kinds and reasons are kept.

    Entries of ``unchecked`` snippets (those the build's CPython could not run:
    the other tests report them) are kept as they are.
    """
    new: dict[str, dict[str, dict]] = {n: record[n] for n in unchecked if n in record}
    for name, by_version in found.items():
        for version, result in by_version.items():
            old = record.get(name, {}).get(version, {})
            new.setdefault(name, {})[version] = {
                "kind": old.get("kind", guessed_kind(result)),
                "output": result.shown,
                "reason": old.get("reason", dict(PLACEHOLDER)),
            }
    return new


def record_problems(
    record: dict[str, dict[str, dict]], found: dict[str, dict[str, VersionRun]], version: str
) -> list[str]:
    """Where the record is wrong about one version, each naming the snippet and the version."""
    problems = []
    how = "run `make update-examples` and read the diff of " + RECORD_NAME
    for name in sorted(set(found) | set(record)):
        real = found.get(name, {}).get(version)
        recorded = record.get(name, {}).get(version)
        where = f"snippets/{name} on Python {version}"
        if real is not None and recorded is None:
            problems.append(
                f"{where}: prints something else than the build, and {RECORD_NAME} does "
                f"not record it:\n{real.shown}({how}, then write the reason)"
            )
        elif real is None and recorded is not None:
            problems.append(
                f"{where}: {RECORD_NAME} records a difference that no longer exists (it "
                f"prints what the build prints); {how}"
            )
        elif real is not None and recorded["output"] != real.shown:
            problems.append(
                f"{where}: prints\n{real.shown}but {RECORD_NAME} records\n"
                f"{recorded['output']}({how})"
            )
    return problems


def reason_problems(record: dict[str, dict[str, dict]]) -> list[str]:
    """Entries without a real reason in both languages, or malformed ones."""
    problems = []
    known = set(versions())
    snippets = {snippet_name(p) for p in runner.snippet_files()}
    for name, by_version in sorted(record.items()):
        if name not in snippets:
            problems.append(f"{RECORD_NAME}: snippets/{name} does not exist")
        for version, entry in by_version.items():
            where = f"{RECORD_NAME}: snippets/{name} on Python {version}"
            if version not in known:
                problems.append(f"{where}: {version} is not pinned in {LOCK.name}")
            if entry.get("kind") not in KINDS:
                problems.append(f"{where}: kind must be one of {KINDS}, not {entry.get('kind')!r}")
            # The page shows "version" entries as what that Python prints: a
            # limit of Pyodide (threads, packages) must never be shown as one.
            limit = any(s in entry.get("output", "") for s in PYODIDE_LIMITS)
            if entry.get("kind") == "version" and limit:
                problems.append(
                    f"{where}: kind 'version' but the output is a limit of Pyodide, not of "
                    "Python: the page would claim CPython prints it (kind must be 'pyodide')"
                )
            if entry.get("kind") == "pyodide" and not limit:
                problems.append(
                    f"{where}: kind 'pyodide' but the output shows no limit of Pyodide: a "
                    "difference of Python itself belongs on the page (kind 'version')"
                )
            reason = entry.get("reason") or {}
            for language in ("en", "zh"):
                text = (reason.get(language) or "").strip()
                if not text or text == PLACEHOLDER[language]:
                    problems.append(f"{where}: no {language} reason (say why it differs)")
                elif language == "zh" and not HAN.search(text):
                    problems.append(f"{where}: the zh reason is not in Chinese: {text!r}")
                elif language == "en" and HAN.search(text):
                    problems.append(f"{where}: the en reason is not in English: {text!r}")
    return problems


# --- what the page shows -----------------------------------------------------

LABELS = {
    "en": {
        "one": "On Python {0}:",
        "later": "On Python {0} and later:",
        "some": "On Python {0}:",
        "and": " and ",
        "comma": ", ",
    },
    "zh": {
        "one": "在 Python {0} 中：",
        "later": "在 Python {0} 及以上版本中：",
        "some": "在 Python {0} 中：",
        "and": " 和 ",
        "comma": "、",
    },
}


@dataclass(frozen=True)
class Note:
    versions: tuple[str, ...]
    label: str
    output: str
    reason: str


def _label(group: list[str], language: str) -> str:
    words = LABELS[language]
    order = versions()
    first = order.index(group[0])
    if len(group) > 1 and group == order[first:]:
        return words["later"].format(group[0])
    if len(group) == 1:
        return words["one"].format(group[0])
    listed = words["comma"].join(group[:-1]) + words["and"] + group[-1]
    return words["some"].format(listed)


def page_notes(entries: dict[str, dict], language: str) -> list[Note]:
    """What the page shows under one example: each differing output, with the versions that print it."""
    groups: dict[str, list[str]] = {}
    for version in versions():
        entry = entries.get(version)
        if entry and entry.get("kind") == "version":
            groups.setdefault(entry["output"], []).append(version)
    notes = []
    for output, group in groups.items():
        reasons = []
        for version in group:
            reason = entries[version]["reason"].get(language, "")
            if reason and reason not in reasons:
                reasons.append(reason)
        notes.append(Note(tuple(group), _label(group, language), output, " ".join(reasons)))
    return notes


def browser_version() -> str:
    """The pinned version whose Pyodide the site serves to the Run button (vendor.json)."""
    served = packages()["pyodide"]
    for version, spec in packages(LOCK).items():
        if spec["version"] == served["version"] and spec["integrity"] == served["integrity"]:
            return version
    raise RuntimeError(
        f"{LOCK.name} pins no Pyodide {served['version']}, the one vendor.json serves to the Run button"
    )


def run_note(entries: dict[str, dict], language: str) -> str | None:
    """The note next to the Run button: the reason recorded for the browser's version (3.14)."""
    entry = entries.get(browser_version())
    return entry["reason"].get(language) if entry else None
