"""Exercise notebooks: fast, quiet, cached per language, downloadable.

* **Download.** Notebooks are stored as jupytext Markdown (readable diffs).
  For each notebook page this hook writes ``<name>.ipynb`` (no outputs: the
  reader runs it) beside the page and sets ``page.nb_url``, which
  overrides/main.html turns into a download button.
* **Cache per language.** mkdocs-jupyter evicts, after each build, every cache
  entry that build did not use; mkdocs-static-i18n builds the languages one
  after the other, so each language's build evicted the other's entries and
  every notebook ran again on every rebuild. Each language now has its own
  cache folder (``.cache/mkdocs-jupyter/<lang>/``), so an unchanged notebook
  is never executed again while ``make serve`` runs. A strict ``make build``
  or ``make test`` starts from an empty cache (``NOTEBOOK_CACHE``).
* **Only exercise files are read as notebooks.** mkdocs-jupyter parses every
  ``.md`` file with jupytext before it looks at its ``include`` patterns; the
  patterns are checked first here.
* **No third-party script, no noise.** nbconvert's template would put an inline
  ``import()`` of Mermaid from cdnjs on every notebook page: JUPYTER_PATH
  points first at ``docsite/jupyter/``, whose empty macro replaces it. The
  kernel talks over a local socket (IPC) instead of unencrypted TCP, which
  also ends its warning on every build.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path, PurePath

import jupytext
from mkdocs.plugins import event_priority

from docsite.prune_css import prune, prune_variables, used_classes

JUPYTER = Path(__file__).resolve().parents[1] / "jupyter"

def cache_root() -> str:
    """Where executed notebooks are cached: kept across `make serve` rebuilds;
    `make build` and the tests point NOTEBOOK_CACHE at an empty folder, so a
    strict build never trusts an earlier cache."""
    return os.environ.get("NOTEBOOK_CACHE") or ".cache/mkdocs-jupyter"


def _prepend(variable: str, folder: Path) -> None:
    paths = [p for p in os.environ.get(variable, "").split(os.pathsep) if p]
    if str(folder) not in paths:
        os.environ[variable] = os.pathsep.join([str(folder), *paths])


def on_config(config):
    _prepend("JUPYTER_PATH", JUPYTER)  # templates: found before nbconvert's own
    if os.name == "posix":  # IPC sockets: POSIX only; elsewhere the default TCP stays
        _prepend("JUPYTER_CONFIG_PATH", JUPYTER)
    plugin = config.plugins["mkdocs-jupyter"]
    if not getattr(plugin, "_include_checked_first", False):
        read_every_file = plugin.should_include

        def should_include(file) -> bool:
            if file.abs_src_path is None:
                return False
            path = PurePath(file.abs_src_path)
            if not any(path.match(pattern) for pattern in plugin.config["include"]):
                return False
            return read_every_file(file)

        plugin.should_include = should_include
        plugin._include_checked_first = True
    # "Converting notebook", "Cache miss", "Evicted": one line each per notebook
    # and build; warnings and errors still show.
    for name in ("mkdocs.plugins.mkdocs_jupyter", "mkdocs.mkdocs-jupyter"):
        logging.getLogger(name).setLevel(logging.WARNING)
    return config


def on_pre_build(config):
    plugin = config.plugins["mkdocs-jupyter"]
    language = config.plugins["i18n"].current_language
    plugin.config["cache_dir"] = os.path.join(cache_root(), language)


STYLE = re.compile(r'<style type="text/css">(.*?)</style>\s*', re.S)
CELL_ID = re.compile(r'id="cell-id=[0-9a-f]+"')


def _numbered_cells(html: str) -> str:
    """jupytext gives each cell a random id on every read; the page gets the
    cell's position instead, so the same notebook always builds the same page."""
    numbers = iter(range(1, 10_000))
    return CELL_ID.sub(lambda _: f'id="nb-cell-{next(numbers)}"', html)
HEADING = re.compile(r'<h([1-6]) id="([^"]*)"(.*?)</h\1>', re.S)


def _toc_ids(items) -> list[str]:
    ids = []
    for item in items:
        ids.append(item.id)
        ids += _toc_ids(item.children)
    return ids


def _heading_ids_from_toc(html: str, page) -> str:
    """Give each heading the id its table-of-contents link points at.

    nbconvert derives heading ids from their text and mkdocs-jupyter derives
    the page's table of contents with Markdown's slugs; for Chinese headings
    the two differ ("" and "1" against "_1"), so every TOC link and the
    skip link of a Chinese notebook page pointed nowhere.
    """
    ids = _toc_ids(page.toc)
    headings = list(HEADING.finditer(html))
    if len(ids) != len(headings):
        return html
    replacements = iter(ids)

    def renamed(match: re.Match) -> str:
        new = next(replacements)
        body = match[3].replace(f'href="#{match[2]}"', f'href="#{new}"')
        return f'<h{match[1]} id="{new}"{body}</h{match[1]}>'

    return HEADING.sub(renamed, html)


class _Stylesheet:
    """The JupyterLab CSS that nbconvert inlines into every notebook page."""

    css = ""
    classes: set[str] = set()
    NAME = "assets/stylesheets/notebooks.css"


def on_page_content(html: str, page, config, files) -> str:
    """Move the notebook's inlined JupyterLab CSS (about 600 KB a page) into one
    shared stylesheet, pruned to the rules the notebook pages can use
    (docsite/prune_css.py), written after the build."""
    if not _is_notebook(page, config):
        return html
    html = _heading_ids_from_toc(html, page)
    html = _numbered_cells(html)
    # a code cell scrolls sideways: keyboard users must be able to reach it
    html = html.replace('<div class="highlight-ipynb', '<div tabindex="0" class="highlight-ipynb')
    # The search index is fetched by every page: the notebooks' code and the
    # folded solutions stay out of it (their prose is indexed).
    html = html.replace('<div class="jp-Cell jp-CodeCell', '<div data-search-exclude="true" class="jp-Cell jp-CodeCell')
    html = html.replace("<details>", '<details data-search-exclude="true">')
    css = "\n".join(STYLE.findall(html))
    if not css:
        return html
    _Stylesheet.css = css  # the same for every notebook page
    _Stylesheet.classes |= used_classes(html)
    target = Path(config.site_dir, _Stylesheet.NAME)
    href = os.path.relpath(target, Path(page.file.abs_dest_path).parent).replace(os.sep, "/")
    return f'<link rel="stylesheet" href="{href}">' + STYLE.sub("", html)


def on_post_build(config):
    if _Stylesheet.css:
        target = Path(config.site_dir, _Stylesheet.NAME)
        target.parent.mkdir(parents=True, exist_ok=True)
        pruned = prune_variables(prune(_Stylesheet.css, _Stylesheet.classes))
        target.write_text(pruned, encoding="utf-8")


def _is_notebook(page, config) -> bool:
    return config.plugins["mkdocs-jupyter"].should_include(page.file)


@event_priority(-50)  # after mkdocs-jupyter set its own nb_url
def on_page_context(context, page, config, nav):
    if _is_notebook(page, config):
        page.nb_url = Path(page.file.src_uri).stem + ".ipynb"
    return context


def on_post_page(output: str, page, config) -> str:
    if _is_notebook(page, config):
        notebook = jupytext.read(page.file.abs_src_path)
        for number, cell in enumerate(notebook.cells, start=1):
            cell.id = f"nb-cell-{number}"  # not jupytext's random ids: the same file every build
        target = Path(page.file.abs_dest_path).with_name(Path(page.file.src_uri).stem + ".ipynb")
        target.parent.mkdir(parents=True, exist_ok=True)
        jupytext.write(notebook, target, fmt="ipynb")
    return output
