# HydrideKG — two commands on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
LINT_DIR := tests/cypher_lint
LINT_STAMP := $(LINT_DIR)/node_modules/.installed
PRISM_DIR := tests/elabftw_prism
PRISM_STAMP := $(PRISM_DIR)/node_modules/.installed
PORT ?= 8501
# No data folder here: make, hkg, the API and the pages share one, from kg/settings.py (HKG_DATA_DIR
# if set, e.g. `make run HKG_DATA_DIR=/some/where`, else the per-user ~/.local/share/hydridekg).
DATA_DIR = $(shell $(PY) -c 'from kg.settings import get_settings; print(get_settings().data_dir)' 2>/dev/null)

.PHONY: run test test-fast lint install graph lint-deps bench clean

# (Re)install when pyproject.toml changes; nothing is assumed installed but Python 3.11.
$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

install: $(STAMP)

# Neo4j's own Cypher parser, used by the tests to lint every statement the Neo4j backend sends.
$(LINT_STAMP): $(LINT_DIR)/package.json $(LINT_DIR)/package-lock.json
	cd $(LINT_DIR) && npm ci --no-audit --no-fund --loglevel=error
	@touch $(LINT_STAMP)

# Prism serves eLabFTW's own OpenAPI description: the eLabFTW client is tested against the real contract.
$(PRISM_STAMP): $(PRISM_DIR)/package.json $(PRISM_DIR)/package-lock.json
	cd $(PRISM_DIR) && npm ci --no-audit --no-fund --loglevel=error
	@touch $(PRISM_STAMP)

lint-deps: $(LINT_STAMP) $(PRISM_STAMP)

# Builds the literature graph on the embedded store (from the shipped snapshot; idempotent).
graph: $(STAMP)
	$(VENV)/bin/hkg build

run: graph
	@echo "HydrideKG UI: http://localhost:$(PORT)  (data: $(DATA_DIR))"
	$(VENV)/bin/streamlit run ui/app/Home.py --server.headless true --server.port $(PORT) \
		--browser.gatherUsageStats false

# ruff and mypy, configured in pyproject.toml (installed with the test extra). `make test` runs it first.
lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m mypy

# Two pytest runs at once, so that both cores work: the tests marked slow (browser, load and crash
# runs, which mostly wait on Chromium, Streamlit and child processes) beside all the others; the slow
# run's report follows. Either failing fails `make test`.
test: lint $(STAMP) lint-deps
	@slow_log=$$(mktemp); \
	$(PY) -m pytest -q -p no:cacheprovider -m slow > "$$slow_log" 2>&1 & slow=$$!; \
	trap 'kill $$slow 2>/dev/null; rm -f "$$slow_log"' INT TERM; \
	$(PY) -m pytest -q -p no:cacheprovider -m 'not slow'; fast=$$?; \
	wait $$slow; slow_rc=$$?; \
	echo "--- tests marked slow (browser, load and crash runs):"; cat "$$slow_log"; rm -f "$$slow_log"; \
	test $$fast -eq 0 && test $$slow_rc -eq 0

# Developers: skip the slow browser and load runs locally (CI runs everything); lint stays `make lint`.
test-fast: $(STAMP) lint-deps
	$(PY) -m pytest -q -p no:cacheprovider -m 'not slow'

bench: $(STAMP)
	$(VENV)/bin/hkg bench extract

clean:
	rm -rf build *.egg-info
