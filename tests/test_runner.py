"""The one runner behaves like `python snippet.py`, and nothing a snippet does
can make it lie, hang past its time limit or leak into the next run."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from docsite import runner


@pytest.fixture(autouse=True)
def runs_of_this_process_only(monkeypatch):
    """These tests count and repeat runs: no result stored by another process counts."""
    monkeypatch.delenv(runner.SHARED, raising=False)
    monkeypatch.delenv(runner.PARENT, raising=False)


@pytest.fixture
def snippet(tmp_path, monkeypatch):
    """Write a snippet into a scratch project and run it through the real runner."""
    monkeypatch.setattr(runner, "ROOT", tmp_path)
    monkeypatch.setattr(runner, "_cache", {})
    monkeypatch.setenv("SNIPPET_TIMEOUT", "3")

    def write(source: str, name: str = "example.py") -> Path:
        path = tmp_path / "snippets" / "selftest" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
        return path

    return write


def failure(path: Path) -> str:
    with pytest.raises(runner.SnippetError) as raised:
        runner.run(path)
    message = str(raised.value)
    assert message.startswith("snippets/selftest/"), message
    return message


def test_runs_as_python_snippet_py(snippet):
    path = snippet(
        "import sys\n"
        "print(type(__builtins__).__name__, __name__, __loader__.__class__.__name__)\n"
        "print(sys.argv[0].endswith('example.py'), 'runpy' in sys.modules)\n"
        "print(sys.flags.hash_randomization, hash('a') == hash('a'))\n"
    )
    # hash_randomization is 0: PYTHONHASHSEED=0 turns it off, as documented
    assert runner.run(path).stdout == "module __main__ SourceFileLoader\nTrue False\n0 True\n"


def test_the_hash_seed_is_fixed(snippet):
    path = snippet('print({"alpha", "beta", "gamma", "delta", "epsilon"})\n')
    first = runner.run(path).stdout
    runner._cache.clear()
    assert runner.run(path).stdout == first


def test_a_snippet_that_catches_everything_is_still_killed(snippet):
    path = snippet("while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass\n")
    assert "ran longer than 3 s; the runner killed it" in failure(path)


@pytest.mark.timeout(20)
def test_a_detached_grandchild_cannot_hold_the_run_open(snippet):
    path = snippet(
        "import subprocess, sys\n"
        "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'],"
        " start_new_session=True)\nprint('done')\n"
    )
    # the run returns when the snippet's own process ends (output goes to files, not pipes)
    assert runner.run(path).stdout == "done\n"


@pytest.mark.skipif(not runner.POSIX, reason="process groups are POSIX")
def test_a_process_left_running_fails_and_is_killed(snippet, tmp_path):
    marker = tmp_path / "child.pid"
    path = snippet(
        "import os, subprocess, sys\n"
        "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n"
        f"open({str(marker)!r}, 'w').write(str(child.pid))\nprint('done')\n"
    )
    assert "left a process running" in failure(path)
    pid = int(marker.read_text())
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:  # killed with SIGKILL: gone once init reaps it
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    pytest.fail(f"process {pid} that the snippet left is still running")


def test_stderr_output_fails(snippet):
    path = snippet("import warnings\nwarnings.warn('careful')\nprint('done')\n")
    assert "wrote to stderr" in failure(path) and "careful" in failure(path)


def test_stderr_after_an_expected_traceback_fails(snippet):
    path = snippet(
        "class Noisy:\n    def __del__(self):\n        import sys\n"
        "        sys.stderr.write('cleanup failed\\n')\n\n\nkeep = Noisy()\n"
        "# raises: ValueError\nraise ValueError('bad value')\n"
    )
    assert "besides the traceback" in failure(path)


def test_the_final_line_is_what_python_prints(snippet):
    noted = snippet(
        "error = ValueError('bad value')\nerror.add_note('while parsing row 3')\n"
        "# raises: ValueError\nraise error\n"
    )
    assert runner.run(noted).error_line == "ValueError: bad value"
    suggested = snippet("false = 1\ndel false\n# raises: NameError\nprint(falsy)\n", "s.py")
    # Python's own printing adds the suggestion, which traceback.format_exception (3.11) omits
    assert runner.run(suggested).error_line == (
        "NameError: name 'falsy' is not defined. Did you mean: 'False'?"
    )


def test_sys_exit_zero_is_a_normal_end_and_other_codes_fail(snippet):
    assert runner.run(snippet("import sys\nprint('bye')\nsys.exit(0)\n")).stdout == "bye\n"
    assert "exited with code 3" in failure(snippet("import sys\nsys.exit(3)\n", "three.py"))


def test_each_run_has_an_empty_folder_of_its_own(snippet, tmp_path):
    path = snippet("import os\nprint(os.listdir('.'))\nopen('left.txt', 'w').write('x')\n")
    assert runner.run(path).stdout == "[]\n"
    runner._cache.clear()
    assert runner.run(path).stdout == "[]\n"
    assert not list(tmp_path.rglob("left.txt"))


def test_two_files_with_the_same_source_are_two_runs(snippet):
    source = "import os\nprint(os.path.basename(__file__))\n"
    assert runner.run(snippet(source, "first.py")).stdout == "first.py\n"
    assert runner.run(snippet(source, "second.py")).stdout == "second.py\n"
