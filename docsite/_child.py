"""Run one snippet as ``python snippet.py`` would; started by ``docsite.runner``.

Usage: ``python _child.py RESULT.json [--locate] snippets/<chapter>/<file>.py``

The snippet runs as ``__main__`` with its own folder first on ``sys.path`` and
``sys.argv == [path]``; its stdout and stderr are the process's own, read by
the parent. What the parent cannot read from them is written to RESULT.json:
the exception that ended the run (type, final traceback line, the
module-level line of the statement that raised it) and, with ``--locate``,
where each ``print`` call came from (the line of the module-level statement
running when it printed), which is what the stated ``#>`` lines are placed by.

This file imports nothing from the project, so a snippet runs in a process
that holds the standard library and nothing else.
"""

import builtins
import json
import os
import runpy
import sys
import traceback


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
    result_path = sys.argv[1]
    locate = sys.argv[2] == "--locate"
    path = sys.argv[3] if locate else sys.argv[2]
    sys.argv = [path]
    sys.path[0] = os.path.dirname(os.path.abspath(path))
    result = {"error": None, "prints": [] if locate else None}

    if locate:
        real_print = builtins.print

        def print(*args, sep=" ", end="\n", file=None, flush=False):  # noqa: A001
            if file is None or file is sys.stdout:
                result["prints"].append(
                    {
                        "line": _module_line(path),
                        "text": (" " if sep is None else sep).join(map(str, args)),
                        "sep": sep,
                        "end": end,
                    }
                )
            real_print(*args, sep=sep, end=end, file=file, flush=flush)

        builtins.print = print

    try:
        runpy.run_path(path, run_name="__main__")
    except BaseException as error:
        frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == path]
        result["error"] = {
            "type": type(error).__name__,
            "final": traceback.format_exception_only(type(error), error)[-1].rstrip("\n"),
            "line": frames[0].lineno if frames else None,
            "innermost": frames[-1].lineno if frames else None,
        }
        raise
    finally:
        sys.stdout.flush()
        with open(result_path, "w", encoding="utf-8") as handle:
            json.dump(result, handle)


main()
