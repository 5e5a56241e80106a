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
# Compile bytecode at install time: imports are faster on every build, and the
# DeprecationWarnings that compiling jieba prints appear once, at install, not
# in every build log (PYTHONDONTWRITEBYTECODE may be set, as on CI machines).
export UV_COMPILE_BYTECODE := 1
# Material prints a banner about its successor on every run; it is noise here.
export NO_MKDOCS_2_WARNING := 1

.DEFAULT_GOAL := help
.PHONY: help install serve build test check bench update-examples translations translations-ok diagrams clean

help:
	@echo "make serve            serve the site with live reload on http://127.0.0.1:8000"
	@echo "                      (LANGUAGE=en or LANGUAGE=zh: that language only, faster rebuilds)"
	@echo "make test             run every test, including a strict build and the browser tests"
	@echo "make check            the fast checks (no full build, no browser): the inner loop"
	@echo "make build            strict build into site/"
	@echo "make update-examples  rewrite the '#>' outputs, stated types and formatting of snippets, and the outputs recorded for Python 3.12-3.14"
	@echo "make translations     list every Chinese page and whether its English source changed"
	@echo "make translations-ok  after review, record Chinese pages as current (PAGES=docs/zh/...)"
	@echo "make bench            build, serve with gzip, and report bytes, LCP and Run times per page"
	@echo "make diagrams         render changed diagrams/**/*.mmd to SVG (needs Chromium)"
	@echo "make clean            remove site/, .cache/, .venv/ and .tools/"

$(UV): $(UV_REQUIREMENTS)
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet --disable-pip-version-check \
		--require-hashes -r $(UV_REQUIREMENTS)
	@touch $@

$(VENV)/.synced: pyproject.toml uv.lock Makefile | $(UV)
	$(UV) sync --locked --python $(PYTHON)
	@touch $@

install: $(VENV)/.synced

# LANGUAGE=en or LANGUAGE=zh: build and serve that language only (at the root),
# about half the work per rebuild; both languages by default.
SERVE_ADDR ?= 127.0.0.1:8000
LANGUAGE ?=
ifeq ($(LANGUAGE),en)
SERVE_ENV := DOCSITE_BUILD_ZH=false
else ifeq ($(LANGUAGE),zh)
SERVE_ENV := DOCSITE_BUILD_EN=false DOCSITE_DEFAULT_EN=false DOCSITE_DEFAULT_ZH=true
else ifneq ($(LANGUAGE),)
$(error LANGUAGE must be en or zh, not '$(LANGUAGE)')
endif

# a test run's shared snippet results (tests/conftest.py) never reach these builds
NO_TEST_RUNS := env -u DOCSITE_RUN_CACHE -u DOCSITE_RUN_CACHE_PARENT -u DOCSITE_RUN_CACHE_MODE

serve: install
	$(NO_TEST_RUNS) $(SERVE_ENV) $(BIN)/mkdocs serve --dev-addr $(SERVE_ADDR)

build: install
	rm -rf .cache/build-notebooks
	$(NO_TEST_RUNS) NOTEBOOK_CACHE=.cache/build-notebooks $(BIN)/mkdocs build --strict

test: install
	env -u DOCSITE_RUN_CACHE_PARENT $(BIN)/python -m pytest -n auto --dist worksteal

check: install
	env -u DOCSITE_RUN_CACHE_PARENT $(BIN)/python -m pytest -q -n auto --dist worksteal -m "not build and not browser"

update-examples: install
	$(BIN)/python -m pytest tests/test_outputs_match_claims.py tests/test_snippets_lint.py tests/test_versions.py tests/test_type_claims.py --update-examples

bench: build
	$(BIN)/python -m docsite.bench site

translations: install
	$(BIN)/python -m docsite.translations report

translations-ok: install
	$(BIN)/python -m docsite.translations ok $(PAGES)

# Renders every diagram whose source changed (ARGS=--all: every diagram) with the
# Mermaid pinned in docsite/data/diagram-tools.json, in headless Chromium.
diagrams: install
	$(BIN)/python -m docsite.diagrams $(ARGS)

clean:
	rm -rf site .cache $(VENV) $(TOOLS)
