// Run any executed example in the browser with the site's own copy of Pyodide.
//
// Python runs in a Web Worker (python-worker.js), never on the page's main
// thread, so a runaway example cannot freeze the page. The worker is started
// when a reader shows intent (pointer over, or focus on, a Run button), never
// on plain page load, and it lives for the whole visit: with Material's instant
// navigation the page is swapped without unloading this script, the buttons are
// attached again on every page (document$), and the next page's first Run
// reuses the interpreter. Each run gets a fresh __main__.
//
// A run still going after STOP_AFTER_MS shows a Stop button; Stop, or the
// TIME_LIMIT_MS limit, terminates the worker and starts a new one. The worker
// cuts huge output (2,000 lines or 200 KB) and says how much it left out.
(() => {
  const script = document.currentScript;
  const workerURL = new URL("python-worker.js", script.src);
  const siteRoot = new URL("../../", script.src);
  const OTHER_LANGUAGES = ["zh"]; // served under <site>/zh/; English is at the root
  const STOP_AFTER_MS = 3000;
  const TIME_LIMIT_MS = 30000;

  const TEXTS = {
    en: {
      run: "Run", edit: "Edit", reset: "Reset", stop: "Stop",
      loading: "Loading Python (Pyodide)…", running: "Running…",
      yours: "Output in your browser", same: "same as the build output above",
      differs: "differs from the build output above (built with",
      editor: "Code of this example (editable)",
      cellEditor: "Code of this notebook cell (editable)", cellYours: "Output in your browser",
      cellStopped: "Stopped: Python was restarted. The next Run runs the cells above again first.",
      stopped: (s) => `Stopped after ${s} s: you pressed Stop. Python was restarted, so the next Run starts afresh.`,
      limit: (s) => `Stopped after ${s} s: the example was still running, so Python was restarted. Edit the code and Run it again.`,
      cutLines: (n) => `Output cut after 2,000 lines: ${n.toLocaleString("en")} more line(s) were not shown.`,
      cutBytes: (n) => `Output cut at 200 KB: ${n.toLocaleString("en")} more line(s) were not shown.`,
      failed: "Python could not start in this browser:",
      inputError: "input() and sys.stdin cannot read from the keyboard here: examples run in your browser without a console. Put the value in the code instead.",
    },
    zh: {
      run: "运行", edit: "编辑", reset: "还原", stop: "停止",
      loading: "正在加载 Python（Pyodide）…", running: "运行中…",
      yours: "浏览器中的输出", same: "与上方构建时的输出一致",
      differs: "与上方构建时的输出不同（构建使用",
      editor: "本示例的代码（可编辑）",
      cellEditor: "本单元格的代码（可编辑）", cellYours: "浏览器中的输出",
      cellStopped: "已停止：Python 已重新启动。下次运行会先重新运行上方的单元格。",
      stopped: (s) => `已在 ${s} 秒后停止：你按下了“停止”。Python 已重新启动，下次运行会从头开始。`,
      limit: (s) => `已在 ${s} 秒后停止：示例运行时间过长，Python 已重新启动。可以修改代码后再运行。`,
      cutLines: (n) => `输出过长，只显示了前 2,000 行，其余 ${n.toLocaleString("en")} 行没有显示。`,
      cutBytes: (n) => `输出过长，只显示了前 200 KB，其余 ${n.toLocaleString("en")} 行没有显示。`,
      failed: "Python 无法在此浏览器中启动：",
      inputError: "input() 和 sys.stdin 在这里无法读取键盘输入：示例在浏览器中运行，没有控制台。请把要输入的值直接写进代码。",
    },
  };
  const texts = () => (document.documentElement.lang.startsWith("zh") ? TEXTS.zh : TEXTS.en);

  // ---- The worker: one per visit, replaced only when a run is stopped ----------

  let python = null; // {worker, ready, loaded, info, job}

  function interpreter() {
    if (python) return python;
    const worker = new Worker(workerURL, { type: "module" });
    const state = { worker, loaded: false, info: null, job: null };
    state.ready = new Promise((resolve, reject) => {
      worker.onmessage = ({ data }) => {
        if (data.type === "ready") {
          state.loaded = true;
          state.info = { version: data.version, python: data.python };
          resolve(state.info);
        } else if (data.type === "failed") {
          reject(new Error(data.message));
        } else if (state.job && data.id === state.job.id) {
          state.job.receive(data);
        }
      };
      worker.onerror = (event) => {
        const error = new Error(event.message || "the Python worker failed");
        reject(error);
        state.job?.crash(error);
      };
    });
    state.ready.catch(() => {});
    python = state;
    return state;
  }

  function restart() {
    python?.worker.terminate();
    python = null;
    interpreter(); // warm again at once: the reader is evidently running examples
  }

  // Runs are queued: one at a time, in the order they were asked for.
  let queue = Promise.resolve();
  let nextId = 1;

  function run(code, hooks = {}) {
    const result = queue.then(() => execute(code, hooks));
    queue = result.catch(() => {});
    return result;
  }

  function execute(code, { onStart = () => {}, onLine = () => {}, element = null, namespace = null } = {}) {
    const state = interpreter();
    return state.ready.then(
      (info) => new Promise((resolve) => {
        const lines = [];
        const started = performance.now();
        const job = { id: nextId++, element };
        const finish = (extra) => {
          clearTimeout(limit);
          if (state.job === job) state.job = null;
          resolve({ output: lines.join("\n"), version: info.version, python: info.python, worker: state,
                    seconds: (performance.now() - started) / 1000, ...extra });
        };
        job.receive = (data) => {
          if (data.type === "output") {
            lines.push(data.text);
            onLine(data.text);
          } else if (data.type === "done") {
            if (data.error !== null) lines.push(data.error);
            finish({ error: data.error, cut: data.cut, dropped: data.dropped });
          }
        };
        job.crash = (error) => finish({ failed: String(error.message) });
        job.stop = (reason) => {
          if (state.job !== job) return;
          restart();
          finish({ stopped: reason, worker: state });
        };
        const limit = setTimeout(() => job.stop("limit"), TIME_LIMIT_MS);
        state.job = job;
        state.worker.postMessage({ type: "run", id: job.id, code, namespace, inputError: texts().inputError });
        onStart(job);
      }),
      (error) => {
        if (python === state) python = null; // the next Run tries a new worker
        return { output: "", failed: String(error.message) };
      },
    );
  }

  // For the browser tests and for readers who like the console.
  window.runExampleInPyodide = (code) => run(code);

  // ---- The buttons under every example ---------------------------------------

  function button(className, label, icon = "") {
    const element = Object.assign(document.createElement("button"), { type: "button", className });
    if (icon) {
      const decoration = Object.assign(document.createElement("span"), { textContent: icon });
      decoration.setAttribute("aria-hidden", "true");
      element.append(decoration);
    }
    element.append(label);
    return element;
  }

  function setUp(example) {
    const source = example.querySelector("code");
    if (!source || example.querySelector(".run-example__bar")) return;
    const t = texts();
    const blocks = example.querySelectorAll("div.highlight, pre");
    const built = example.querySelectorAll("pre")[1]?.textContent ?? "";
    const buildPython = document.querySelector("[data-build-python]")?.dataset.buildPython ?? "";
    const original = source.textContent;
    const bar = Object.assign(document.createElement("div"), { className: "run-example__bar" });
    const runButton = button("md-button md-button--primary run-example__run", t.run, "▶ ");
    const editButton = button("md-button run-example__edit", t.edit);
    const stopButton = button("md-button run-example__stop", t.stop, "■ ");
    stopButton.hidden = true;
    // Always in the page (empty until a run), so screen readers announce what it gets.
    const output = Object.assign(document.createElement("div"), { className: "run-example__output" });
    output.setAttribute("role", "status");
    output.setAttribute("aria-live", "polite");
    let editor = null;
    let busy = false; // a Run of this example is queued, loading or running
    let running = null; // its job, once it runs
    bar.append(runButton, editButton, stopButton);
    example.append(bar);
    if (example.dataset.browserNote) {
      example.append(Object.assign(document.createElement("p"), { className: "run-example__note", textContent: example.dataset.browserNote }));
    }
    example.append(output);

    const warm = () => interpreter();
    runButton.addEventListener("pointerenter", warm);
    runButton.addEventListener("focus", warm);

    editButton.addEventListener("click", () => {
      if (editor) {
        editor.value = original;
        editor.focus();
        return;
      }
      editor = Object.assign(document.createElement("textarea"), { className: "run-example__editor", value: original, spellcheck: false });
      editor.setAttribute("aria-label", t.editor);
      editor.rows = Math.min(original.split("\n").length + 1, 40);
      blocks[0].after(editor);
      blocks[0].hidden = true;
      editButton.lastChild.textContent = t.reset;
      editor.focus();
    });

    stopButton.addEventListener("click", () => running?.stop("user"));

    runButton.addEventListener("click", async () => {
      if (busy) return;
      busy = true;
      delete output.dataset.same;
      const { result, label, pre } = await runShowingOutput(editor ? editor.value : original, {
        element: example,
        output,
        runButton,
        stopButton,
        onJob: (job) => { running = job; },
      });
      busy = false;

      const same = !result.stopped && !result.failed && result.output.trimEnd() === built.trimEnd();
      const seconds = result.seconds?.toFixed(1);
      if (result.failed) label.textContent = `${t.failed} ${result.failed}`;
      else if (result.stopped) label.textContent = result.stopped === "limit" ? t.limit(seconds) : t.stopped(seconds);
      else label.textContent = `${t.yours} (Pyodide ${result.version}, Python ${result.python}) — ` +
        (same ? t.same : `${t.differs} ${buildPython})`);
      output.dataset.same = String(same);
      output.dataset.seconds = seconds ?? "";
      showResult(result, { label, pre, output, runButton });
    });
  }

  // ---- Live cells on the exercise pages ----------------------------------------
  //
  // Every code cell of an exercise notebook (rendered by mkdocs-jupyter) gets Run,
  // Edit/Reset and Stop. The cells of a page share one namespace in the worker,
  // as in a notebook kernel: running a cell first runs, in order, the cells above
  // it that have not run in this namespace (or were edited since), so check(...)
  // sees the reader's solution. Stop restarts the worker, so the namespace is
  // gone and the next Run rebuilds it from the cells above. Edits are kept in
  // localStorage per page and cell, never sent anywhere; Reset forgets them.

  let notebook = null; // {namespace, cells}
  let notebooks = 0;

  function storageKey(index) {
    return `exercise-cell:${location.pathname}:${index}`;
  }

  function loadEdit(index, original) {
    try {
      const saved = JSON.parse(localStorage.getItem(storageKey(index)) ?? "null");
      return saved && saved.original === original && typeof saved.code === "string" ? saved.code : null;
    } catch {
      return null;
    }
  }

  function saveEdit(index, original, code) {
    try {
      if (code === null) localStorage.removeItem(storageKey(index));
      else localStorage.setItem(storageKey(index), JSON.stringify({ original, code }));
    } catch {
      // storage is off: the edit lasts as long as the page
    }
  }

  // Runs code for an example or a notebook cell and streams its lines into the
  // output (a label, then the lines, appended once per frame); Stop appears after
  // STOP_AFTER_MS. Returns the run's result and the label, for the caller to finish.
  async function runShowingOutput(code, { element, namespace = null, output, runButton, stopButton, onJob }) {
    const t = texts();
    // aria-disabled, not disabled: a disabled button would drop the keyboard focus.
    runButton.setAttribute("aria-disabled", "true");
    runButton.setAttribute("aria-busy", "true");
    output.setAttribute("aria-busy", "true"); // announce the result, not every line
    const label = Object.assign(document.createElement("p"), { className: "run-example__label" });
    label.textContent = python?.loaded ? t.running : t.loading;
    const pre = Object.assign(document.createElement("pre"), { className: "run-example__stream" });
    output.replaceChildren(label, pre);
    let pending = "";
    let frame = 0;
    const flush = () => {
      frame = 0;
      pre.append(pending);
      pending = "";
    };
    let showStop = 0;
    const result = await run(code, {
      element,
      namespace,
      onStart: (job) => {
        onJob(job);
        label.textContent = t.running;
        showStop = setTimeout(() => { stopButton.hidden = false; }, STOP_AFTER_MS);
      },
      onLine: (line) => {
        pending += (pre.firstChild || pending ? "\n" : "") + line;
        frame ||= requestAnimationFrame(flush);
      },
    });
    clearTimeout(showStop);
    if (frame) cancelAnimationFrame(frame);
    onJob(null);
    const stopFocused = document.activeElement === stopButton;
    stopButton.hidden = true;
    if (stopFocused) runButton.focus();
    return { result, label, pre };
  }

  // The finished run in place of the stream: the label the caller wrote, the
  // whole output, a note when it was cut; the output and Run are idle again.
  function showResult(result, { label, pre, output, runButton }) {
    const t = texts();
    pre.className = "run-example__result";
    pre.textContent = result.output;
    const parts = [label, pre];
    if (result.cut) {
      const note = (result.cut === "lines" ? t.cutLines : t.cutBytes)(result.dropped);
      parts.push(Object.assign(document.createElement("p"), { className: "run-example__cut", textContent: note }));
    }
    output.replaceChildren(...parts);
    output.dataset.stopped = result.stopped ?? "";
    output.setAttribute("aria-busy", "false");
    runButton.removeAttribute("aria-disabled");
    runButton.removeAttribute("aria-busy");
  }

  const upToDate = (cell) => cell.ranWith !== null && cell.ranWith === python && cell.ranCode === cell.code();

  async function runOne(cell, namespace) {
    const t = texts();
    const { output, runButton, stopButton } = cell;
    cell.busy = true;
    cell.element.classList.add("notebook-cell--live"); // the build's output gives way to the reader's
    const code = cell.code();
    const { result, label, pre } = await runShowingOutput(code, {
      element: cell.element,
      namespace,
      output,
      runButton,
      stopButton,
      onJob: (job) => { cell.job = job; },
    });
    cell.busy = false;
    if (!result.stopped && !result.failed) {
      cell.ranWith = result.worker;
      cell.ranCode = code;
    }
    if (result.failed) label.textContent = `${t.failed} ${result.failed}`;
    else if (result.stopped) label.textContent = result.stopped === "limit" ? t.limit(result.seconds.toFixed(1)) : t.cellStopped;
    else label.textContent = `${t.cellYours} (Pyodide ${result.version}, Python ${result.python})`;
    output.dataset.error = result.error || result.failed ? "true" : "false";
    output.dataset.seconds = result.seconds?.toFixed(2) ?? "";
    output.dataset.runs = String(Number(output.dataset.runs) + 1);
    showResult(result, { label, pre, output, runButton });
    return result;
  }

  async function runCell(book, target) {
    if (target.busy) return;
    const batch = book.cells.slice(0, target.index).filter((cell) => !cell.busy && !upToDate(cell));
    batch.push(target);
    for (const cell of batch) cell.busy = true; // a second click waits for this batch
    for (const [position, cell] of batch.entries()) {
      const result = await runOne(cell, book.namespace);
      if (result.stopped || result.failed) {
        for (const rest of batch.slice(position + 1)) rest.busy = false;
        break;
      }
    }
  }

  function setUpCell(book, element, index) {
    const highlight = element.querySelector(".jp-InputArea .highlight-ipynb");
    const input = element.querySelector(".jp-Cell-inputWrapper");
    if (!highlight || !input) return null;
    const t = texts();
    const original = highlight.textContent.replace(/\n$/, "");
    const bar = Object.assign(document.createElement("div"), { className: "run-example__bar notebook-cell__bar" });
    const runButton = button("md-button md-button--primary run-example__run", t.run, "▶ ");
    const editButton = button("md-button run-example__edit", t.edit);
    const resetButton = button("md-button notebook-cell__reset", t.reset);
    const stopButton = button("md-button run-example__stop", t.stop, "■ ");
    resetButton.hidden = true;
    stopButton.hidden = true;
    const output = Object.assign(document.createElement("div"), { className: "run-example__output notebook-cell__output" });
    output.setAttribute("role", "status");
    output.setAttribute("aria-live", "polite");
    output.dataset.runs = "0";
    bar.append(runButton, editButton, resetButton, stopButton);
    input.after(bar);
    element.append(output);
    const cell = { index, element, original, editor: null, ranWith: null, ranCode: null, busy: false, job: null,
                   output, runButton, stopButton };
    cell.code = () => (cell.editor ? cell.editor.value : original);

    const openEditor = (code, focus) => {
      if (!cell.editor) {
        cell.editor = Object.assign(document.createElement("textarea"), { className: "run-example__editor notebook-cell__editor", spellcheck: false });
        cell.editor.setAttribute("aria-label", t.cellEditor);
        cell.editor.addEventListener("input", () => {
          cell.editor.rows = Math.min(cell.editor.value.split("\n").length + 1, 40);
          saveEdit(index, original, cell.editor.value);
        });
        highlight.after(cell.editor);
        highlight.hidden = true;
      }
      cell.editor.value = code;
      cell.editor.rows = Math.min(code.split("\n").length + 1, 40);
      editButton.hidden = true;
      resetButton.hidden = false;
      if (focus) cell.editor.focus();
    };

    const warm = () => interpreter();
    runButton.addEventListener("pointerenter", warm);
    runButton.addEventListener("focus", warm);
    runButton.addEventListener("click", () => runCell(book, cell));
    stopButton.addEventListener("click", () => cell.job?.stop("user"));
    editButton.addEventListener("click", () => openEditor(original, true));
    resetButton.addEventListener("click", () => {
      saveEdit(index, original, null);
      cell.editor.remove();
      cell.editor = null;
      highlight.hidden = false;
      resetButton.hidden = true;
      editButton.hidden = false;
      editButton.focus();
    });
    const saved = loadEdit(index, original);
    if (saved !== null) openEditor(saved, false);
    return cell;
  }

  function setUpNotebook() {
    // mkdocs-jupyter wraps each code cell in a second .jp-CodeCell: take the inner one.
    const elements = [...document.querySelectorAll("div.jp-CodeCell")].filter((el) => !el.querySelector("div.jp-CodeCell"));
    if (elements.some((el) => el.querySelector(".notebook-cell__bar"))) return;
    if (notebook && python) python.worker.postMessage({ type: "reset", namespace: notebook.namespace });
    notebook = null;
    if (!elements.length) return;
    const book = { namespace: `${location.pathname}#${++notebooks}`, cells: [] };
    for (const element of elements) {
      const cell = setUpCell(book, element, book.cells.length);
      if (cell) book.cells.push(cell);
    }
    notebook = book;
  }

  // For the browser tests: run a page's cell by its number, as its Run button does.
  window.runNotebookCell = (index) => notebook && runCell(notebook, notebook.cells[index]);

  // ---- Instant navigation ----------------------------------------------------

  function languageOf(url) {
    if (url.origin !== siteRoot.origin || !url.pathname.startsWith(siteRoot.pathname)) return null;
    const first = url.pathname.slice(siteRoot.pathname.length).split("/")[0];
    return OTHER_LANGUAGES.includes(first) ? first : "en";
  }

  // A link to the other language loads that page afresh: its search index, its
  // <html lang> and its texts belong to it, and Material reads them only on load.
  // (Material's instant navigation and language handling skip links with a target.)
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (link && !link.target && languageOf(new URL(link.href)) !== languageOf(new URL(location.href))) {
      link.target = "_self";
    }
  }, true);

  function attach() {
    document.querySelectorAll(".executed-example").forEach(setUp);
    setUpNotebook();
    // The header is kept across instant navigation; point its language links at
    // this page's alternates (the <head> is replaced with each page).
    for (const link of document.querySelectorAll("a.md-select__link[hreflang]")) {
      const alternate = document.querySelector(`meta[name="docsite:alternate"][data-hreflang="${link.hreflang}"]`);
      if (alternate) link.href = new URL(alternate.content, location.href).href;
    }
    // A run left behind on the previous page is stopped rather than left to block the queue.
    const job = python?.job;
    if (job?.element && !job.element.isConnected) job.stop("user");
  }

  if (window.document$?.subscribe) window.document$.subscribe(attach);
  else attach();
})();
