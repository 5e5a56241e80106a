// Run snippets on one Pyodide build of CPython under Node, the way the Run
// button runs them in the browser (overrides/assets/javascripts/run-examples.js).
//
//   node docsite/pyodide_runner.mjs <folder holding pyodide.mjs ...> [time limit in s]
//
// It starts ONE interpreter, prints {"ready": ...} as a JSON line, then reads
// jobs from stdin, one JSON line each: {"name": "...", "source": "..."}, and
// answers each with one JSON line, in order:
//   {"name", "output", "stdout", "stderr", "error", "error_type", "timed_out", "ms"}
// where output is what the reader sees: stdout and stderr as written, then the
// final line of the error the snippet raised. Each snippet runs in a fresh
// __main__ module (as `python snippet.py`, and as run-examples.js does). The
// interpreter lives in a worker thread so that the main thread can enforce the
// time limit: a snippet still running after it is reported as timed out, and the
// worker is ended and replaced by a fresh interpreter for the next snippet.
// Node needs WebAssembly stack switching (JSPI) for asyncio.run(), as browsers
// have it: docsite/versions.py passes the V8 flag this Node knows.
// docsite/versions.py drives this script; nothing here downloads anything: the
// folder holds files verified against docsite/data/python-versions.json.
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import path from "node:path";
import fs from "node:fs";

if (isMainThread) {
  const folder = path.resolve(process.argv[2] ?? "");
  const limit = Number(process.argv[3] ?? "10") * 1000;
  let worker = null;
  let ready = null;

  function start() {
    worker = new Worker(new URL(import.meta.url), { workerData: { folder } });
    ready = new Promise((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
    return ready;
  }

  // One snippet. Past the time limit (or if the interpreter dies) the worker is
  // ended, whatever the snippet catches, and the next snippet gets a fresh one.
  function runOne(job) {
    return new Promise((resolve) => {
      const started = Date.now();
      const failed = (fields) => ({
        name: job.name, output: "", stdout: "", stderr: "", error: null, error_type: null,
        timed_out: false, ms: Date.now() - started, ...fields,
      });
      let settled = false;
      const finish = async (result, restart) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        if (restart) {
          await worker.terminate();
          await start();
        }
        resolve(result);
      };
      const onMessage = (result) => finish(result, false);
      const onError = (error) =>
        finish(failed({ error: `the interpreter crashed: ${error}`, error_type: "InterpreterCrash" }), true);
      const timer = setTimeout(() => finish(failed({ timed_out: true }), true), limit);
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.postMessage(job);
    });
  }

  const info = await start();
  process.stdout.write(JSON.stringify({ ready: info }) + "\n");
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const result = await runOne(JSON.parse(line));
    process.stdout.write(JSON.stringify(result) + "\n");
  }
  await worker.terminate();
} else {
  const { folder } = workerData;
  const entry = ["pyodide.mjs", "pyodide.js"].find((f) => fs.existsSync(path.join(folder, f)));
  const module = await import(pathToFileURL(path.join(folder, entry)).href);
  const loadPyodide = module.loadPyodide ?? module.default?.loadPyodide;
  // The build runs every snippet with PYTHONHASHSEED=0: the same set and dict orders here.
  const py = await loadPyodide({
    indexURL: folder + path.sep,
    env: { PYTHONHASHSEED: "0", TZ: "UTC", COLUMNS: "80", HOME: "/home/pyodide" },
    stdout: () => {},
    stderr: () => {},
  });
  // the same fresh-process Python as the browser's worker (one file for both)
  const { FRESH_PROCESS } = await import(
    new URL("../overrides/assets/javascripts/fresh-process.mjs", import.meta.url).href
  );
  py.runPython(FRESH_PROCESS);
  const python = py.runPython("import sys; sys.version.split()[0]");
  // asyncio.run() needs WebAssembly stack switching (JSPI); say whether this Node has it.
  const scratch = py.runPython("{}");
  let jspi = true;
  try {
    await py.runPythonAsync("import asyncio\nasync def probe(): return 1\nasyncio.run(probe())", { globals: scratch });
  } catch {
    jspi = false;
  } finally {
    scratch.destroy();
  }
  parentPort.postMessage({ pyodide: py.version, python, jspi, node: process.versions.node });

  parentPort.on("message", async ({ name, source }) => {
    const started = Date.now();
    const chunks = [];
    const streams = { stdout: "", stderr: "" };
    const writer = (stream) => {
      const decoder = new TextDecoder("utf-8");
      return {
        write(buffer) {
          const text = decoder.decode(buffer, { stream: true });
          streams[stream] += text;
          chunks.push(text);
          return buffer.length;
        },
      };
    };
    py.setStdout(writer("stdout"));
    py.setStderr(writer("stderr"));
    // A fresh __main__ module per run, as `python snippet.py` (and run-examples.js) has.
    py.runPython("_docsite_fresh()");
    const globals = py.runPython(
      "import sys, types\nsys.modules['__main__'] = types.ModuleType('__main__')\nsys.modules['__main__'].__dict__",
    );
    let error = null;
    let errorType = null;
    try {
      await py.runPythonAsync(source, { globals, filename: "example.py" });
    } catch (caught) {
      const message = String(caught.message ?? caught).trimEnd().split("\n");
      error = message[message.length - 1];
      errorType = caught.type ?? null;
    } finally {
      globals.destroy();
      py.runPython("import sys\nsys.stdout.flush()\nsys.stderr.flush()");
    }
    let output = chunks.join("");
    if (error !== null) output += error + "\n";
    parentPort.postMessage({
      name, output, stdout: streams.stdout, stderr: streams.stderr, error, error_type: errorType,
      timed_out: false, ms: Date.now() - started,
    });
  });
}
