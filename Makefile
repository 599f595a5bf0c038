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

# pytest-xdist: two workers (this is a 2-core machine); a test file runs on one worker (its module
# fixtures are made once) and the browser tests share one (one Streamlit server, one Chromium); see
# tests/conftest.py (its scheduler), which also puts the longest files first so that neither worker ends alone.
XDIST := -n 2 --dist loadfile --no-loadscope-reorder
# pytest rewrites the asserts of each test module when it imports it (about 9 s of CPU per worker for
# this suite) and keeps the result as bytecode; PYTHONDONTWRITEBYTECODE, set in some shells and
# containers, would make every run and every worker redo it. The bytecode goes to a folder under the
# system's temporary directory (PYTHONPYCACHEPREFIX), never into the checkout or .venv.
PYCACHE ?= $(shell $(PYTHON) -c 'import tempfile; print(tempfile.gettempdir())')/hydridekg-pycache
PYTEST := env -u PYTHONDONTWRITEBYTECODE PYTHONPYCACHEPREFIX=$(PYCACHE) $(PY) -m pytest -q -p no:cacheprovider

test: lint $(STAMP) lint-deps
	$(PYTEST) $(XDIST)

# Developers: skip the slow browser, load and fuzz runs locally (CI runs everything); lint stays `make lint`.
test-fast: $(STAMP) lint-deps
	$(PYTEST) $(XDIST) -m 'not slow'

bench: $(STAMP)
	$(VENV)/bin/hkg bench extract

clean:
	rm -rf build *.egg-info
