"""Shared test hygiene and the fixtures several test modules use.

* ``literature_graph``: the literature graph built ONCE per run from the shipped snapshot (``hkg
  build``); nobody writes to it.
* ``data_dir``: a module's own writable copy of it (tests add lab entries, papers …).
* ``store``: the module's copy opened read-only.
* ``empty_store``: a fresh embedded store with the schema and the ontology only (a copy of one
  made once per run: making it costs a dozen transactions).
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

SNAPSHOT = Path(__file__).resolve().parents[1] / "data" / "snapshot" / "review.batch.json"


# The groups (test files) that take longest, longest first (``--durations`` of a full run): handed
# out first, so that the two workers end together instead of one finishing a long file alone.
LONGEST_FIRST = ("browser", "test_pdf", "test_faults", "test_curation", "test_pages", "test_bulk_load",
                 "test_eln_roundtrip_examples", "test_store", "test_deploy", "test_resource_faults",
                 "test_cypher_lint", "test_cypher_guard", "test_services", "test_entry_store",
                 "test_api_server", "test_bench_analogs", "test_elabftw_contract", "test_page_words")


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Under pytest-xdist (``make test``: ``-n 2 --dist loadgroup --no-loadscope-reorder``) the tests of
    one file run on one worker, so a module's fixtures are made once; the browser tests all share one
    worker (one Streamlit server, one Chromium); the longest groups come first. Runs before xdist's own
    hook, which reads these marks."""
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
    groups = {}
    for item in items:
        mark = item.get_closest_marker("xdist_group")
        if mark is None:
            mark = pytest.mark.xdist_group("browser" if "e2e" in item.path.parts else item.path.stem)
            item.add_marker(mark)
        groups[item] = mark.args[0] if mark.args else mark.kwargs.get("name", "default")
    items.sort(key=lambda item: rank.get(groups[item], len(rank)))     # stable: file order otherwise


@pytest.fixture(autouse=True)
def _keep_main_module():
    """Streamlit's AppTest runs a page as ``__main__`` and leaves it there; processes started with
    'spawn' afterwards would import that page in every child (a pool then respawns dying workers
    forever). Each test gets pytest's own ``__main__`` back."""
    main = sys.modules.get("__main__")
    yield
    if main is not None:
        sys.modules["__main__"] = main


@pytest.fixture(scope="session", autouse=True)
def _data_dir_in_tmp(tmp_path_factory):
    """A test that forgets --data-dir writes into a temporary folder, never the user's data folder
    (nor one HKG_DATA_DIR of the calling shell names)."""
    old = os.environ.get("HKG_DATA_DIR")
    os.environ["HKG_DATA_DIR"] = str(tmp_path_factory.mktemp("default-data-dir"))
    yield
    if old is None:
        os.environ.pop("HKG_DATA_DIR", None)
    else:
        os.environ["HKG_DATA_DIR"] = old


@pytest.fixture(scope="session")
def literature_graph(tmp_path_factory) -> Path:
    if not SNAPSHOT.is_file():
        pytest.skip(f"{SNAPSHOT} missing: regenerate it with `hkg ingest review … --snapshot …`")
    from ui.cli import main

    d = tmp_path_factory.mktemp("literature-kg")
    assert main(["build", "--data-dir", str(d)]) == 0
    return d


@pytest.fixture(scope="module")
def data_dir(literature_graph, tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("kg")
    shutil.copytree(literature_graph, d, dirs_exist_ok=True)
    return d


@pytest.fixture(scope="module")
def store(data_dir):
    from kg.store import open_store

    with open_store("ladybug", data_dir=data_dir, read_only=True) as s:
        yield s


@pytest.fixture(scope="session")
def ontology_store(tmp_path_factory) -> Path:
    """The folder of an embedded store holding the schema and the ontology; nobody writes to it."""
    from kg.store import open_store

    folder = tmp_path_factory.mktemp("ontology-store") / "graph"
    with open_store("ladybug", data_dir=folder) as st:
        st.ensure_schema()
        st.load_ontology()
    return folder


@pytest.fixture()
def empty_store(ontology_store, tmp_path):
    from kg.store import open_store

    with open_store("ladybug", data_dir=shutil.copytree(ontology_store, tmp_path / "graph")) as st:
        yield st
