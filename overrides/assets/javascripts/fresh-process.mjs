// The Python that gives each example run what `python example.py` starts with,
// in one place for both Pyodides that run examples: the browser's
// (python-worker.js) and the version checks' under Node (docsite/pyodide_runner.mjs).
// Run once after loading Pyodide; then call `_docsite_fresh()` before each example.
export const FRESH_PROCESS = `import sys

_docsite_baseline = (frozenset(sys.modules), list(sys.path))

def _docsite_fresh():
    """What 'python example.py' starts with, before each example: the modules
    that earlier examples imported are dropped (and with them their state:
    logging handlers, caches, registries), sys.path is restored, and a logging
    system that was already loaded at start-up gets no handlers."""
    modules, path = _docsite_baseline
    for name in [n for n in sys.modules if n not in modules]:
        del sys.modules[name]
    sys.path[:] = path
    if "logging" in modules:
        import logging
        logging.Logger.manager.loggerDict.clear()
        logging.root.handlers.clear()
        logging.root.setLevel(logging.WARNING)
`;
