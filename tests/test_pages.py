"""Every page of the app runs on a fresh literature graph without an exception (Streamlit AppTest),
and shows what it should; bad input gives a message, never a traceback."""
from __future__ import annotations

from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[1] / "ui" / "app"
SNAPSHOT = APP.parents[1] / "data" / "snapshot" / "review.batch.json"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    if not SNAPSHOT.is_file():
        pytest.skip(f"{SNAPSHOT} missing: regenerate it with `hkg ingest review … --snapshot …`")
    import os

    from ui.cli import main

    d = tmp_path_factory.mktemp("pages-kg")
    old = os.environ.get("HKG_DATA_DIR")
    os.environ["HKG_DATA_DIR"] = str(d)
    try:
        assert main(["build", "--data-dir", str(d)]) == 0
    finally:
        os.environ.pop("HKG_DATA_DIR") if old is None else os.environ.__setitem__("HKG_DATA_DIR", old)
    return d


@pytest.fixture
def page(data_dir, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("HKG_DATA_DIR", str(data_dir))
    monkeypatch.setenv("HKG_STORE", "ladybug")
    monkeypatch.delenv("HKG_AUTH_FILE", raising=False)
    monkeypatch.syspath_prepend(str(APP))

    def load(name: str):
        path = APP / name if (APP / name).is_file() else APP / "pages" / name
        return AppTest.from_file(str(path), default_timeout=120).run()
    return load


def test_home_counts_the_graph(page):
    at = page("Home.py")
    assert not at.exception
    metrics = {m.label: int(m.value.replace(",", "")) for m in at.metric}
    assert metrics["Material systems"] > 100 and metrics["Measurement"] > 300 and metrics["Source"] >= 1


def test_every_page_runs_without_exception(page):
    for path in sorted((APP / "pages").glob("*.py")):
        at = page(path.name)
        assert not at.exception, (path.name, at.exception)
        assert at.title, path.name


def test_query_console_reads_and_refuses_writes(page):
    at = page("9_Query_console.py")
    at.text_area[0].set_value("MATCH (s:System) RETURN count(s) AS n")
    at.button[0].click().run()
    assert not at.exception and not at.error
    at.text_area[0].set_value("MATCH (s:System) DETACH DELETE s")
    at.button[0].click().run()
    assert not at.exception
    assert any("write" in e.value.lower() or "refused" in e.value.lower() for e in at.error)
    at.text_area[0].set_value("MATCH (s:System) RETURN count(s) AS n")
    at.button[0].click().run()
    assert not at.error                              # the systems are all still there


def test_analogs_page_ranks_and_reports_unknown_tokens(page):
    at = page("2_Analogs.py")
    at.text_input(key="analog_query").set_value("MgH2–Ni").run()
    assert not at.exception
    shown = " ".join(str(getattr(e, "value", "")) for e in at.markdown) + " ".join(
        df.value.to_string() for df in at.dataframe)
    assert "CuNi" in shown
    at.text_input(key="analog_query").set_value("MgH2 + 5 wt% Qx9zz").run()
    assert not at.exception
    assert any("Qx9zz" in e.value for e in [*at.error, *at.warning])


def test_sources_page_lists_the_review(page):
    at = page("4_Sources.py")
    assert not at.exception
    text = " ".join(str(getattr(e, "value", "")) for e in list(at.markdown) + list(at.caption)
                    + list(at.subheader) + list(at.selectbox))
    assert "Hydrides" in text or "adfm" in text
