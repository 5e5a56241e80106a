"""Show every ``python exec="on"`` fence with the output the one runner gives.

markdown-exec renders the fence (source above, output below); this hook
supplies the function that produces the output, and it never runs code in
the build process: ``docsite.runner`` runs each snippet as ``python
snippet.py`` in a subprocess (hash seed fixed, hard time limit), the same
runner the tests check the stated ``#>`` output with. So:

* all snippets run in parallel before the pages are rendered, and each runs
  once per build: the other language, and a live-reload rebuild in which the
  snippet did not change, reuse the result (cached by content hash);
* a snippet that raises (unless marked ``# raises: ErrorName`` above its last
  statement), writes to stderr, or outlives ``SNIPPET_TIMEOUT`` fails the
  strict build with a message naming its file; nothing of it is rendered.

Where another Python prints something else (``docsite/data/version-differences.json``,
checked by ``tests/test_versions.py``), a note right after the example says
what, in the page's language; the 3.14 reason is also the Run button's note.
"""

from __future__ import annotations

import logging
import re

import markdown_exec
from markupsafe import Markup, escape

from docsite import runner, versions

log = logging.getLogger("mkdocs.hooks.executed_examples")
LINE_ANCHOR = re.compile(r"(__codelineno-)(\d+-\d+)")


class _Build:
    language = "en"
    examples_on_page = 0
    differences: dict[str, dict[str, dict]] = {}  # docsite/data/version-differences.json
    ran = 0
    reused = 0


def _run_for_markdown_exec(code: str, returncode: int = 0, session=None, id="", **extra) -> str:
    title = extra.get("title", "")
    if not title.endswith(".py"):
        raise markdown_exec.ExecutionError(
            'An executed python fence needs title="<chapter>/<file>.py", the snippet '
            "it includes (see CONTRIBUTING.md)."
        )
    path = runner.SNIPPETS / title
    if code != path.read_text(encoding="utf-8"):
        raise markdown_exec.ExecutionError(
            f"```text\nsnippets/{title}: the fence must include the whole file, unchanged\n```"
        )
    try:
        return runner.run(path).shown
    except runner.SnippetError as error:
        raise markdown_exec.ExecutionError(f"```text\n{error}\n```") from None


def _format(source: str, language: str, css_class: str, options: dict, md, **kwargs):
    rendered = markdown_exec.base_format(
        language="python", run=_run_for_markdown_exec, code=source, md=md, **options
    )
    # markdown-exec renders each example with a Markdown of its own, whose line
    # anchors all start again at "__codelineno-0-1": one prefix per example makes
    # every id on the page unique (a link to a line finds that example's line).
    _Build.examples_on_page += 1
    rendered = Markup(
        LINE_ANCHOR.sub(rf"\g<1>ex{_Build.examples_on_page}-\g<2>", str(rendered))
    )
    # The wrapper lets the browser find each example's code and build output
    # (overrides/assets/javascripts/run-examples.js adds the Run button), and
    # lets tests/test_site_build.py read exactly what the page shows. The code
    # and its output stay out of the search index (data-search-exclude): the
    # index is fetched by every page, and the prose around each example names
    # what a reader would search for.
    title = options.get("extra", {}).get("title", "")
    entries = _Build.differences.get(title, {})
    # The Run button's Pyodide is the 3.14 one: its recorded reason is the note beside it.
    note = versions.run_note(entries, _Build.language)
    note_attribute = f' data-browser-note="{escape(note)}"' if note else ""
    return Markup(
        f'<div class="executed-example" data-search-exclude="true" '
        f'data-snippet="{escape(title)}"{note_attribute}>'
        f"{rendered}</div>{_version_notes(title, entries)}"
    )


def _version_notes(title: str, entries: dict[str, dict]) -> str:
    """Under the example (outside its wrapper), what other Pythons print where it differs.

    Only differences of Python itself (kind "version"); nothing for an example
    that prints the same everywhere.
    """
    return "".join(
        f'<div class="admonition note version-difference" data-snippet="{escape(title)}" '
        f'data-python="{escape(" ".join(note.versions))}">'
        f'<p class="admonition-title">{escape(note.label)}</p>'
        f'<pre class="version-difference__output"><code>{escape(note.output)}</code></pre>'
        f"<p>{escape(note.reason)}</p></div>"
        for note in versions.page_notes(entries, _Build.language)
    )


def on_config(config):
    config.extra["build_python"] = runner.INTERPRETER
    superfences = config.mdx_configs.setdefault("pymdownx.superfences", {})
    fences = superfences.setdefault("custom_fences", [])
    fences[:] = [f for f in fences if f.get("name") not in ("python", "py")]
    for name in ("python", "py"):
        fences.append(
            {"name": name, "class": name, "validator": markdown_exec.validator, "format": _format}
        )
    return config


def on_pre_build(config):
    _Build.differences = versions.read_record()  # read once per build, not per fence
    files = runner.snippet_files()
    fresh = [path for path in files if not runner.is_cached(path)]
    runner.run_all(fresh)  # in parallel; failures are reported by the fence that shows them
    _Build.ran, _Build.reused = len(fresh), len(files) - len(fresh)


def on_pre_page(page, config, files):
    # Read per page: mkdocs-static-i18n switches the language after on_config.
    _Build.language = config.theme["language"]
    _Build.examples_on_page = 0
    return page


def on_post_build(config):
    log.info(
        "[%s] executed examples: %d run, %d reused from an earlier run",
        config.theme.get("language", "?"),
        _Build.ran,
        _Build.reused,
    )
