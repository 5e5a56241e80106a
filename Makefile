# Everything starts from a bare `python3`: the first target that needs the
# environment bootstraps uv (pinned, from PyPI) and syncs .venv from uv.lock.

PYTHON ?= python3
UV_VERSION := 0.13.8
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
BIN := $(VENV)/bin

export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)
# Material prints a banner about its successor on every run; it is noise here.
export NO_MKDOCS_2_WARNING := 1

.DEFAULT_GOAL := help
.PHONY: help install serve build test update-examples clean

help:
	@echo "make serve            serve the site with live reload on http://127.0.0.1:8000"
	@echo "make test             run every test, including a strict build"
	@echo "make build            strict build into site/"
	@echo "make update-examples  rewrite the '#>' outputs and formatting of snippets"
	@echo "make clean            remove site/, .venv/ and .tools/"

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

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

clean:
	rm -rf site $(VENV) $(TOOLS)
