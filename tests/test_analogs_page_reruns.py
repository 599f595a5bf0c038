"""The Analogs page does not compute again, on a rerun, what did not change: every widget change reruns the
whole page, and on a loaded graph the search and the plots' frames took most of a second each time. Both are
cached by the graph's version and every setting they depend on: a changed setting or a saved entry (a new
version) computes again."""
from __future__ import annotations

import shutil

import pytest


@pytest.mark.slow   # the page on a copy of the built graph, five runs
def test_a_rerun_with_the_same_settings_searches_and_draws_from_the_cache(literature_graph, tmp_path, monkeypatch):
    import streamlit as st
    from app_pages import page_test
    from state_reset import reset_store_cache

    import kg.analogs
    import ui.app.plots
    from kg.notebook import LabNotebook

    folder = tmp_path / "d"
    shutil.copytree(literature_graph, folder)
    reset_store_cache()
    st.cache_data.clear()
    calls = {"search": 0, "points_frame": 0}

    def counted(name, real):
        def wrapper(*args, **kwargs):
            calls[name] += 1
            return real(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(kg.analogs, "search", counted("search", kg.analogs.search))
    monkeypatch.setattr(ui.app.plots, "points_frame", counted("points_frame", ui.app.plots.points_frame))
    at = page_test(monkeypatch, folder, "2_Analogs.py", timeout=180)
    at.run()
    at.text_input(key="analog_query").input("MgH2 + 5 wt% Nb2O5").run()
    assert not at.exception and not at.error, (at.exception, at.error)
    assert at.dataframe and calls["search"] == 1 and calls["points_frame"] >= 1     # one pass: literature, the lab's own apart
    first = dict(calls)

    at.run()                                          # a rerun that changes nothing (a button, another widget)
    assert calls == first, calls
    assert list(at.dataframe[0].value["system"])     # drawn all the same

    at.slider(key="w_host").set_value(2.0).run()      # a setting the result depends on: searched again
    assert calls["search"] == first["search"] + 1

    nb = LabNotebook(folder, store=None)              # a saved entry moves the graph's version
    nb.add(nb.validate({"title": "MgH2 with Nb2O5, a second batch", "author": "A. Tester",
                        "samples": [{"id": "S1", "system": "MgH2 + 5 wt% Nb2O5", "measurements": [
                            {"property": "dehydrogenation_activation_energy", "value": 71.0, "unit": "kJ/mol"}]}]}),
           author="curie", entry_id="mg-again")
    before = dict(calls)
    at.run()
    assert not at.exception, at.exception
    assert calls["search"] == before["search"] + 1 and calls["points_frame"] > before["points_frame"]
    st.cache_data.clear()
    reset_store_cache()
