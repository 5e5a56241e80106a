// The Python that runs the examples, off the page's main thread (a module Web
// Worker started by run-examples.js). It loads the site's own copy of Pyodide
// (assets/vendor/pyodide/, never a CDN) once, then runs one example per "run"
// message, each in a fresh __main__ as `python example.py` would.
//
// Messages to the page:
//   {type: "ready", version, python}           Pyodide is loaded
//   {type: "output", id, text}                 one line of stdout/stderr, in order
//   {type: "done", id, error, cut, dropped}    error: the traceback's final line or null;
//                                              cut: "lines" | "bytes" | null; dropped: lines not sent
// A runaway run is never interrupted here: the page terminates this worker.
import { loadPyodide } from "../vendor/pyodide/pyodide.mjs";
import { FRESH_PROCESS } from "./fresh-process.mjs";

const MAX_LINES = 2000;
const MAX_BYTES = 200 * 1024;

const namespaces = new Map(); // name -> PyProxy of a module kept between runs
let current = null; // the run in progress: {id, lines, bytes, cut, dropped}
let inputMessage = "input() is not available here.";

function emit(line) {
  if (current === null) return; // output between runs (there is none) is dropped
  if (current.cut === null) {
    const room = MAX_BYTES - current.bytes;
    current.lines += 1;
    current.bytes += line.length + 1;
    if (current.lines > MAX_LINES) current.cut = "lines";
    else if (line.length + 1 > room) {
      current.cut = "bytes";
      if (room > 1) postMessage({ type: "output", id: current.id, text: line.slice(0, room - 1) });
    } else {
      postMessage({ type: "output", id: current.id, text: line });
      return;
    }
  }
  current.dropped += 1; // beyond the bound: counted, never sent, so the page stays light
}

// stdout and stderr share one stream, split into lines here; a last line
// without "\n" is sent when the run ends.
const decoder = new TextDecoder();
let partial = "";

function write(bytes) {
  const text = partial + decoder.decode(bytes, { stream: true });
  const lines = text.split("\n");
  partial = lines.pop();
  for (const line of lines) emit(line);
  return bytes.length;
}

function endOfRun() {
  const rest = partial + decoder.decode();
  partial = "";
  if (rest) emit(rest);
}

const ready = (async () => {
  const pyodide = await loadPyodide({
    indexURL: new URL("../vendor/pyodide/", import.meta.url).href,
  });
  pyodide.setStdout({ write });
  pyodide.setStderr({ write });
  // input() and sys.stdin say why they cannot work, in the page's language (input()
  // writes its prompt first, as CPython does); EOFError is what
  // `python example.py < /dev/null` raises too.
  self.pythonInputMessage = () => inputMessage;
  pyodide.runPython(`
import builtins, io, sys

def input(prompt=""):
    if prompt:
        sys.stdout.write(str(prompt))
        sys.stdout.flush()
    import js
    raise EOFError(js.pythonInputMessage())

class _NoKeyboard(io.TextIOBase):
    def readable(self):
        return True

    def read(self, size=-1):
        import js
        raise EOFError(js.pythonInputMessage())

    readline = read

    def fileno(self):
        raise io.UnsupportedOperation("fileno")

builtins.input = input
sys.stdin = _NoKeyboard()
del input, _NoKeyboard
`);
  pyodide.runPython(FRESH_PROCESS);
  const python = pyodide.runPython("import sys; sys.version.split()[0]");
  postMessage({ type: "ready", version: pyodide.version, python });
  return pyodide;
})();

ready.catch((error) => postMessage({ type: "failed", message: String(error?.message ?? error) }));

async function run({ id, code, inputError, namespace = null }) {
  const pyodide = await ready;
  if (inputError) inputMessage = inputError;
  current = { id, lines: 0, bytes: 0, cut: null, dropped: 0 };
  // A fresh __main__ module per run, as `python example.py` would have:
  // pickle and dataclasses look the example's classes up there.
  // An exercise page's cells share one module, installed as __main__ for each run.
  let globals;
  if (namespace) {
    let module = namespaces.get(namespace);
    if (!module) {
      module = pyodide.runPython("import types\ntypes.ModuleType('__main__')");
      namespaces.set(namespace, module);
    }
    const install = pyodide.runPython("import sys\nlambda m: (sys.modules.__setitem__('__main__', m), m.__dict__)[1]");
    globals = install(module);
    install.destroy();
  } else {
    pyodide.runPython("_docsite_fresh()");
    globals = pyodide.runPython(
      "import sys, types\nsys.modules['__main__'] = types.ModuleType('__main__')\nsys.modules['__main__'].__dict__",
    );
  }
  let error = null;
  try {
    await pyodide.runPythonAsync(code, { globals, filename: "example.py" });
  } catch (exception) {
    const message = String(exception?.message ?? exception).trimEnd().split("\n");
    error = message[message.length - 1];
  } finally {
    try {
      pyodide.runPython("import sys\nsys.stdout.flush()\nsys.stderr.flush()");
    } catch {
      // an example that replaced sys.stdout with something unflushable
    }
    endOfRun();
    globals.destroy();
  }
  const { cut, dropped } = current;
  current = null;
  postMessage({ type: "done", id, error, cut, dropped });
}

// Runs arrive one at a time (the page queues them), but keep them in order anyway.
let queue = Promise.resolve();
self.onmessage = ({ data }) => {
  if (data?.type === "run") queue = queue.then(() => run(data));
  else if (data?.type === "reset") {
    queue = queue.then(() => {
      namespaces.get(data.namespace)?.destroy();
      namespaces.delete(data.namespace);
    });
  }
};
