// Run any executed example in the browser with the site's own copy of Pyodide.
// Pyodide (about 13 MB) is fetched only when a reader first clicks Run, and one
// interpreter is shared by every example on the page; each run gets fresh globals.
(() => {
  const script = document.currentScript;
  const vendor = new URL("../vendor/pyodide/", script.src);
  const zh = document.documentElement.lang.startsWith("zh");
  const text = zh
    ? { run: "运行", edit: "编辑", reset: "还原", loading: "正在加载 Pyodide…", running: "运行中…",
        yours: "浏览器中的输出", same: "与上方构建时的输出一致", differs: "与上方构建时的输出不同（构建使用" }
    : { run: "Run", edit: "Edit", reset: "Reset", loading: "Loading Pyodide…", running: "Running…",
        yours: "Output in your browser", same: "same as the build output above", differs: "differs from the build output above (built with" };
  const buildPython = document.querySelector("[data-build-python]")?.dataset.buildPython ?? "";
  let pyodide = null;

  function interpreter() {
    pyodide ??= import(new URL("pyodide.mjs", vendor).href).then((module) =>
      module.loadPyodide({ indexURL: vendor.href }),
    );
    return pyodide;
  }

  async function run(code) {
    const py = await interpreter();
    const lines = [];
    py.setStdout({ batched: (line) => lines.push(line) });
    py.setStderr({ batched: (line) => lines.push(line) });
    // A fresh __main__ module per run, as `python example.py` would have:
    // pickle and dataclasses look the example's classes up there.
    const globals = py.runPython(
      "import sys, types\nsys.modules['__main__'] = types.ModuleType('__main__')\nsys.modules['__main__'].__dict__",
    );
    try {
      await py.runPythonAsync(code, { globals, filename: "example.py" });
    } catch (error) {
      const message = String(error.message ?? error).trimEnd().split("\n");
      lines.push(message[message.length - 1]);
    } finally {
      globals.destroy();
    }
    return { output: lines.join("\n"), version: py.version, python: py.runPython("import sys; sys.version.split()[0]") };
  }

  // For the browser tests and for readers who like the console.
  window.runExampleInPyodide = run;

  function setUp(example) {
    const blocks = example.querySelectorAll("div.highlight, pre");
    const source = example.querySelector("code");
    const built = example.querySelectorAll("pre")[1]?.textContent ?? "";
    if (!source) return;
    const original = source.textContent;
    const bar = document.createElement("div");
    bar.className = "run-example__bar";
    const runButton = Object.assign(document.createElement("button"), { type: "button", className: "md-button md-button--primary run-example__run", textContent: "▶ " + text.run });
    const editButton = Object.assign(document.createElement("button"), { type: "button", className: "md-button run-example__edit", textContent: text.edit });
    const output = Object.assign(document.createElement("div"), { className: "run-example__output", hidden: true });
    let editor = null;
    bar.append(runButton, editButton);
    example.append(bar);
    if (example.dataset.browserNote) {
      const note = Object.assign(document.createElement("p"), { className: "run-example__note", textContent: example.dataset.browserNote });
      example.append(note);
    }
    example.append(output);

    editButton.addEventListener("click", () => {
      if (editor) {
        editor.value = original;
        return;
      }
      editor = Object.assign(document.createElement("textarea"), { className: "run-example__editor", value: original, spellcheck: false });
      editor.rows = Math.min(original.split("\n").length + 1, 40);
      blocks[0].after(editor);
      blocks[0].hidden = true;
      editButton.textContent = text.reset;
    });

    runButton.addEventListener("click", async () => {
      runButton.disabled = true;
      output.hidden = false;
      output.textContent = pyodide ? text.running : text.loading;
      const started = performance.now();
      const result = await run(editor ? editor.value : original);
      const elapsed = Math.round(performance.now() - started);
      const same = result.output.trimEnd() === built.trimEnd();
      output.replaceChildren();
      const label = document.createElement("p");
      label.className = "run-example__label";
      label.textContent = `${text.yours} (Pyodide ${result.version}, Python ${result.python}) — ` +
        (same ? text.same : `${text.differs} ${buildPython})`);
      const pre = document.createElement("pre");
      pre.className = "run-example__result";
      pre.textContent = result.output;
      output.append(label, pre);
      output.dataset.same = String(same);
      output.dataset.elapsedMs = String(elapsed);
      runButton.disabled = false;
    });
  }

  document.querySelectorAll(".executed-example").forEach(setUp);
})();
