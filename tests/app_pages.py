"""Helpers for Streamlit AppTest page tests (a module of its own: ``conftest`` names clash with
tests/e2e/conftest.py on sys.path)."""
from __future__ import annotations

from pathlib import Path

APP = Path(__file__).resolve().parents[1] / "ui" / "app"


def graph_of(ontology_store, folder: Path, batch) -> Path:
    """A data folder (``folder``, a copy of the ontology's store) whose graph holds ``batch``, as `hkg ingest` leaves
    it: for the page, CLI and API tests of a few facts."""
    import shutil

    from kg.literature import Literature
    from kg.store import open_store

    data = Path(shutil.copytree(ontology_store, folder))
    with open_store("ladybug", data_dir=data) as store:
        Literature(store, data).ingest(None, batch=batch)
    return data


def facts_by_value(data_dir) -> tuple[dict, dict]:
    """The literature facts of the graph in ``data_dir`` (read only), by value: as the store's facts query gives them
    and as the API's facts give them — what a test of a field the graph keeps asks of both."""
    from kg.sources import LITERATURE_FACTS
    from kg.store import open_store
    from ui.api import HydrideKG

    with open_store("ladybug", data_dir=data_dir, read_only=True) as store:
        rows = {r["value"]: r for r in store.query(LITERATURE_FACTS)}
        api_rows = {r["value"]: r for r in HydrideKG(store=store, data_dir=str(data_dir)).facts()}
    return rows, api_rows


def use_graph(monkeypatch, data_dir) -> None:
    """Point the app at the embedded store in ``data_dir``, without sign-in (tests that want it set
    HKG_AUTH_FILE afterwards)."""
    monkeypatch.setenv("HKG_DATA_DIR", str(data_dir))
    monkeypatch.setenv("HKG_STORE", "ladybug")
    monkeypatch.delenv("HKG_AUTH_FILE", raising=False)
    monkeypatch.syspath_prepend(str(APP))   # `streamlit run ui/app/Home.py` puts ui/app there


def _scan_components_once() -> None:
    """Each new AppTest scans the metadata of every installed distribution for Streamlit components
    (0.4 s of CPU per page test with this venv; a served app scans once, at its start). Nothing is
    installed during a test run: the first scan's result serves every AppTest after it."""
    from streamlit.components.v2 import manifest_scanner

    if getattr(manifest_scanner.scan_component_manifests, "scanned_once", False):
        return
    found = manifest_scanner.scan_component_manifests()

    def scanned(max_workers: int | None = None):
        return list(found)

    scanned.scanned_once = True
    manifest_scanner.scan_component_manifests = scanned


def app_test(name: str, timeout: float = 120):
    """An AppTest (not run yet) of a page of ui/app, by file name."""
    from streamlit.testing.v1 import AppTest

    _scan_components_once()
    path = APP / name if (APP / name).is_file() else APP / "pages" / name
    return AppTest.from_file(str(path), default_timeout=timeout)


def page_test(monkeypatch, data_dir, name: str, timeout: float = 120):
    """``use_graph`` then ``app_test``."""
    use_graph(monkeypatch, data_dir)
    return app_test(name, timeout)


def sources_page_of_a_new_entry(monkeypatch, literature_graph, tmp_path, document: dict, entry_id: str):
    """A copy of the built graph with ``document`` added as lab entry ``entry_id`` (by 'curie'), and the Sources
    page opened on it, not yet run: (its notebook, the page)."""
    import shutil

    from state_reset import reset_store_cache

    from kg.notebook import LabNotebook

    folder = tmp_path / "d"
    shutil.copytree(literature_graph, folder)
    reset_store_cache()
    nb = LabNotebook(folder)
    nb.add(nb.validate(document), author="curie", entry_id=entry_id)
    at = page_test(monkeypatch, folder, "4_Sources.py")
    at.query_params["source"] = f"lab:{entry_id}"
    return nb, at


def shown_text(markdown: object) -> str:
    """What a reader sees of a Markdown string the pages made with ``md_text``: its escapes and the
    invisible word joiners that keep bare addresses from becoming links taken out."""
    import re

    return re.sub(r"\\(.)", r"\1", str(markdown)).replace("\u2060", "")


def review_queue_tables(monkeypatch, data_dir, count: int) -> list:
    """The fact table the Review facts page shows for each of the first ``count`` facts of its queue, in its
    order (pressing 'Next' between them); the page must run without an exception."""
    from state_reset import reset_store_cache

    reset_store_cache()
    at = page_test(monkeypatch, data_dir, "6_Review_facts.py").run()
    assert not at.exception, at.exception
    tables = []
    for _ in range(count):
        tables.append(at.table[0].value)
        nxt = next(b for b in at.button if b.label.startswith("Next"))
        if not nxt.disabled:
            nxt.click().run()
    reset_store_cache()
    return tables
