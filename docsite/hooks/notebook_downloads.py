"""Offer every exercise notebook as a real .ipynb download.

Notebooks are stored as jupytext Markdown (readable diffs). For each notebook
page this hook writes `<name>.ipynb` (no outputs: the reader runs it) beside the
page and sets `page.nb_url`, which overrides/main.html turns into a download
button.
"""

from __future__ import annotations

import os
from pathlib import Path

import jupytext
from mkdocs.plugins import event_priority


JUPYTER_TEMPLATES = Path(__file__).resolve().parents[1] / "jupyter"


def on_config(config):
    # nbconvert looks for templates in JUPYTER_PATH before its own: the site's
    # override of the Mermaid loader macro (see the template) is found first.
    paths = os.environ.get("JUPYTER_PATH", "").split(os.pathsep)
    if str(JUPYTER_TEMPLATES) not in paths:
        os.environ["JUPYTER_PATH"] = os.pathsep.join([str(JUPYTER_TEMPLATES), *filter(None, paths)])
    return config


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
        target = Path(page.file.abs_dest_path).with_name(Path(page.file.src_uri).stem + ".ipynb")
        target.parent.mkdir(parents=True, exist_ok=True)
        jupytext.write(notebook, target, fmt="ipynb")
    return output
