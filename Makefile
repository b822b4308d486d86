# Everything installs from the project's own pins: requirements.lock (PyPI) and
# package-lock.json (npm). The stamp files make a second `make` a no-op.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY_STAMP := $(VENV)/.installed
NPM_STAMP := node_modules/.installed
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true
# Reproducible builds: the sitemap's dates come from the last commit, not the clock.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 1767225600)

.PHONY: setup serve build test test-fast lint bench clean

setup: $(PY_STAMP) $(NPM_STAMP)

$(PY_STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Both languages from one live-reloading server: English at /, Chinese at /zh/.
serve: setup
	$(BIN)/python scripts/serve.py --dev-addr 127.0.0.1:8000

# English first: its build empties site/; the Chinese build then fills (and cleans) site/zh/.
build: setup
	$(BIN)/mkdocs build --strict
	$(BIN)/mkdocs build --strict --config-file mkdocs.zh.yml

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# In parallel, one worker per core (pytest-xdist); the site is built once for all workers.
test: lint
	$(BIN)/python -m pytest -n auto --dist worksteal

# The quick loop: everything that neither builds the site nor starts a browser.
test-fast: setup
	$(BIN)/python -m pytest -n auto -m "not site and not browser"

bench: setup
	$(BIN)/python -m benchmarks

clean:
	rm -rf site .cache
