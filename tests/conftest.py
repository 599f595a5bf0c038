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


# The test files that take longest, longest first ("browser": the files of tests/e2e), by the CPU time
# each took (the test process and its children) in a full run: handed out first, so that the two workers
# end together instead of one finishing a long file alone; every file of more than ~5 s is named, the
# rest (collection order) are short enough to fill in at the end.
LONGEST_FIRST = ("browser", "tests/test_pdf.py", "tests/test_store.py", "tests/test_faults.py",
                 "tests/test_cypher_lint.py", "tests/test_bulk_load.py", "tests/test_services.py",
                 "tests/test_eln_roundtrip_examples.py", "tests/test_deploy.py", "tests/test_bench_analogs.py",
                 "tests/test_curation.py", "tests/test_security.py", "tests/test_entry_store.py",
                 "tests/test_page_words.py", "tests/test_cypher_guard.py", "tests/test_ingest_api.py",
                 "tests/test_injection.py", "tests/test_pages.py", "tests/test_report_pages.py",
                 "tests/test_page_record.py", "tests/test_resource_faults.py", "tests/test_eln_more_elns.py",
                 "tests/test_gaps.py", "tests/test_api_server.py", "tests/test_settings.py",
                 "tests/test_elabftw_contract.py", "tests/test_quantity_text.py")


def _work_unit(nodeid: str) -> str:
    """What one xdist worker runs as a whole: a test file; every browser test together (one Streamlit
    server, one Chromium)."""
    path = nodeid.split("::", 1)[0]
    return "browser" if path.startswith("tests/e2e/") else path


def pytest_collection_modifyitems(config, items):
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(_work_unit(item.nodeid), len(rank)))   # stable: file order otherwise


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """pytest-xdist (``make test``: ``-n 2``) hands out whole work units (``_work_unit``), in collection
    order: a module's fixtures are made once. (``--dist loadgroup`` would do it with marks, but its
    node-id suffix is lost with pytest 9.)"""
    from xdist.scheduler import LoadScopeScheduling

    class ByWorkUnit(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return _work_unit(nodeid)

    return ByWorkUnit(config, log)


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


def _made_once(tmp_path_factory, name: str, make) -> Path:
    """The folder ``name`` made by ``make(folder)`` once per run: under xdist the workers share the
    run's temporary folder, and the first worker to ask makes it while the other waits (a build of
    the literature graph costs seconds of CPU). Nobody writes to it afterwards."""
    from filelock import FileLock

    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent           # pytest-N/popen-gwK: pytest-N is this run's, shared by its workers
    folder, done = base / name, base / f"{name}.done"
    with FileLock(str(base / f"{name}.lock")):
        if not done.is_file():
            shutil.rmtree(folder, ignore_errors=True)     # a worker that failed half-way
            make(folder)
            done.touch()
    return folder


@pytest.fixture(scope="session")
def literature_graph(tmp_path_factory) -> Path:
    if not SNAPSHOT.is_file():
        pytest.skip(f"{SNAPSHOT} missing: regenerate it with `hkg ingest review … --snapshot …`")
    from ui.cli import main

    def build(d: Path) -> None:
        assert main(["build", "--data-dir", str(d)]) == 0

    return _made_once(tmp_path_factory, "literature-kg", build)


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

    def make(folder: Path) -> None:
        with open_store("ladybug", data_dir=folder / "graph") as st:
            st.ensure_schema()
            st.load_ontology()

    return _made_once(tmp_path_factory, "ontology-store", make) / "graph"


@pytest.fixture()
def empty_store(ontology_store, tmp_path):
    from kg.store import open_store

    with open_store("ladybug", data_dir=shutil.copytree(ontology_store, tmp_path / "graph")) as st:
        yield st


@pytest.fixture
def saved_entry(tmp_path, capsys):
    """An entry stored and loaded into a fresh embedded graph, as `hkg entry add` leaves it (the Li electrolyte
    fixture, id 'li1'): (data folder, its EntryRepository)."""
    from state_reset import reset_store_cache

    from kg.entries import EntryRepository
    from ui.cli import main

    folder = tmp_path / "d"
    reset_store_cache()
    fixture = Path(__file__).parent / "fixtures" / "entry_li_electrolyte.json"
    assert main(["entry", "add", str(fixture), "--data-dir", str(folder), "--user", "curie", "--id", "li1"]) == 0
    capsys.readouterr()
    yield folder, EntryRepository(folder)
    reset_store_cache()
