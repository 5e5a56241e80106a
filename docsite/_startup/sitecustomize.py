"""Loaded by the runner's snippet processes only (PYTHONPATH), before the snippet.

The snippet itself runs as ``python snippet.py``; this only records, for the
runner, the exception that ended it (if any), in the file named by
``DOCSITE_RESULT``, then lets Python print the traceback as it always does.
Nothing is imported until an exception needs recording.
"""

import os
import sys


def _record_then_print(kind, error, tb):
    import json
    import traceback

    path = os.path.abspath(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    frames = [f for f in traceback.extract_tb(tb) if os.path.abspath(f.filename) == path]
    printed = "".join(traceback.format_exception(kind, error, tb))
    only = traceback.format_exception_only(kind, error)
    name = kind.__qualname__
    if kind.__module__ not in ("builtins", "__main__"):
        name = f"{kind.__module__}.{name}"
    # the exception's own line, not a note added after it
    final = next(
        (line for line in reversed(only) if line.startswith((f"{name}:", f"{name}\n"))),
        only[-1],
    )
    result = {
        "type": kind.__name__,
        "final": final.rstrip("\n"),
        "line": frames[0].lineno if frames else None,
        "innermost": frames[-1].lineno if frames else None,
        "traceback": printed,
    }
    with open(os.environ["DOCSITE_RESULT"], "w", encoding="utf-8") as handle:
        json.dump({"error": result}, handle)
    sys.__excepthook__(kind, error, tb)


if "DOCSITE_RESULT" in os.environ:
    sys.excepthook = _record_then_print
