"""Run one snippet and record where each ``print`` came from (``--locate`` runs).

Usage: ``python _child.py PRINTS.json snippets/<chapter>/<file>.py``

The runner's plain runs are ``python snippet.py`` itself; this wrapper is
only for the runs that place the stated ``#>`` lines. It runs the snippet as
``__main__`` (its folder first on ``sys.path``, ``sys.argv == [path]``) with
``print`` wrapped: each call is passed on to the real ``print`` unchanged
and recorded with the line of the module-level statement that was running,
which is where pytest-examples writes its output. An exception that ends the
snippet is recorded by the runner's ``sitecustomize`` like in a plain run.
"""

import builtins
import json
import os
import runpy
import sys


def _module_line(path):
    """Line of the module-level statement of ``path`` that is running now."""
    frame = sys._getframe(2)
    line = None
    while frame is not None:
        if frame.f_code.co_filename == path and frame.f_code.co_name == "<module>":
            line = frame.f_lineno
        frame = frame.f_back
    return line


def main():
    prints_path, path = sys.argv[1], sys.argv[2]
    sys.argv = [path]
    sys.path[0] = os.path.dirname(path)
    prints = []
    real_print = builtins.print

    def print(*args, sep=" ", end="\n", file=None, flush=False):  # noqa: A001
        if file is None or file is sys.stdout:
            text = (" " if sep is None else sep).join(map(str, args))
            prints.append({"line": _module_line(path), "text": text, "sep": sep, "end": end})
        real_print(*args, sep=sep, end=end, file=file, flush=flush)

    builtins.print = print
    try:
        runpy.run_path(path, run_name="__main__")
    finally:
        sys.stdout.flush()
        with open(prints_path, "w", encoding="utf-8") as handle:
            json.dump(prints, handle)


main()
