# Everything starts from a bare `python3`: the first target that needs the
# environment bootstraps uv (pinned by version and hash, from PyPI) and syncs
# .venv from uv.lock.

PYTHON ?= python3
UV_REQUIREMENTS := docsite/data/uv-requirements.txt
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
BIN := $(VENV)/bin

export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)
# Material prints a banner about its successor on every run; it is noise here.
export NO_MKDOCS_2_WARNING := 1

.DEFAULT_GOAL := help
.PHONY: help install serve build test update-examples diagrams clean

help:
	@echo "make serve            serve the site with live reload on http://127.0.0.1:8000"
	@echo "make test             run every test, including a strict build"
	@echo "make build            strict build into site/"
	@echo "make update-examples  rewrite the '#>' outputs and formatting of snippets"
	@echo "make diagrams         render changed diagrams/**/*.mmd to SVG (needs Chromium)"
	@echo "make clean            remove site/, .cache/, .venv/ and .tools/"

$(UV): $(UV_REQUIREMENTS)
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet --disable-pip-version-check \
		--require-hashes -r $(UV_REQUIREMENTS)
	@touch $@

$(VENV)/.synced: pyproject.toml uv.lock | $(UV)
	$(UV) sync --locked --python $(PYTHON)
	@touch $@

install: $(VENV)/.synced

serve: install
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: install
	$(BIN)/mkdocs build --strict

test: install
	$(BIN)/python -m pytest

update-examples: install
	$(BIN)/python -m pytest tests/test_outputs_match_claims.py tests/test_snippets_lint.py --update-examples

# Renders every diagram whose source changed (ARGS=--all: every diagram) with the
# Mermaid pinned in docsite/data/diagram-tools.json, in headless Chromium.
diagrams: install
	$(BIN)/python -m docsite.diagrams $(ARGS)

clean:
	rm -rf site .cache $(VENV) $(TOOLS)
