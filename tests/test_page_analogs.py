"""The Analogs page (Streamlit AppTest) on a fresh literature graph: a typed query gives a ranked
table with explanations and the two plots; facet weights and filters act; bad input is a message."""
from __future__ import annotations

from pathlib import Path

import pytest
from app_pages import page_test

APP = Path(__file__).resolve().parents[1] / "ui" / "app"
PAGE = APP / "pages" / "2_Analogs.py"


@pytest.fixture
def page(data_dir, monkeypatch):
    return page_test(monkeypatch, data_dir, PAGE.name, timeout=180).run()


def _systems(at) -> list[str]:
    assert at.dataframe, "no result table"
    return list(at.dataframe[0].value["system"])


def test_typed_query_ranks_analogs_with_explanations_and_plots(page):
    at = page
    assert not at.exception
    at.text_input(key="analog_query").input("MgH2 + 10 wt% Ni").run()
    assert not at.exception and not at.error
    names = _systems(at)
    assert names and any("Ni" in n for n in names[:5]), names
    df = at.dataframe[0].value
    assert {"score", "why", "sources"} <= set(df.columns)
    assert (df["why"].str.len() > 0).all()
    assert not any("_" in w for w in df["why"]), list(df["why"])    # words, not keys
    # the neighbourhood graph, and the hydrogen-storage plots with the analogs marked
    assert len(at.get("plotly_chart")) == 1
    titles = {_title(c): c for c in at.get("vega_lite_chart")}
    assert set(titles) == {"Dehydrogenation activation energy vs onset dehydrogenation temperature",
                           "Hydrogen capacity vs temperature"}
    assert any("analog" in _roles(c) for c in titles.values())


def _chart(element) -> dict:
    import json

    return json.loads(element.proto.spec)


def _title(element) -> str:
    text = _chart(element)["title"]["text"]
    return " ".join(text) if isinstance(text, list) else text


def _roles(element) -> set[str]:
    """The point roles (query, analog, other system) of a chart: its data travel as Arrow."""
    import pyarrow as pa

    return {role for ds in element.proto.datasets
            for role in pa.ipc.open_stream(ds.data.data).read_all().column("role").to_pylist()}


def test_electrolyte_query_gets_an_arrhenius_plot_with_analogs_marked(page):
    at = page
    at.text_input(key="analog_query").input("LiBH4–LiI").run()
    assert not at.exception and not at.error
    charts = at.get("vega_lite_chart")
    assert [_title(c) for c in charts] == ["Ionic conductivity vs 1000/T (Arrhenius)"]
    assert _chart(charts[0])["encoding"]["y"]["scale"]["type"] == "log"
    assert "analog" in _roles(charts[0])
    assert not any("strategies=[" in c.value for c in at.caption)


def test_host_weight_off_changes_ranking(page):
    at = page
    at.text_input(key="analog_query").input("MgH2 + 10 wt% Ni").run()
    before = _systems(at)
    at.slider(key="w_host").set_value(0.0).run()
    assert not at.exception
    assert _systems(at) != before


def test_unknown_token_is_an_error_message_not_a_traceback(page):
    at = page
    at.text_input(key="analog_query").input("MgH2 + 10 wt% Unobtainium42").run()
    assert not at.exception
    assert at.error or at.warning or at.caption
    text = " ".join(e.value for e in list(at.error) + list(at.warning))
    assert "Unobtainium42" in text or "nobtainium" in text.lower(), text


def test_value_filter_restricts_the_table(page):
    at = page
    at.text_input(key="analog_query").input("MgH2 + 10 wt% Ni").run()
    before = _systems(at)
    at.text_area[0].input("Ea < 70 kJ/mol").run()
    assert not at.exception and not at.error
    after = _systems(at) if at.dataframe else []
    assert after != before
    assert any("filters" in c.value for c in at.caption)


def test_a_graph_system_as_query_is_marked_in_its_plot(page):
    at = page
    at.text_input(key="analog_query").input("Li4(BH4)3I").run()
    assert not at.exception and not at.error
    charts = at.get("vega_lite_chart")
    assert charts and "query" in _roles(charts[0])
    assert any("query point" in c.value for c in at.caption)


def test_completions_show_under_the_query_only_while_there_are_some(page):
    at = page
    assert not [s for s in at.selectbox if s.label == "Autocomplete"]     # no second input box
    assert not at.get("button_group")                                     # nothing typed: no completions
    at.text_input(key="analog_query").input("MgH2–N").run()
    assert not at.exception
    assert at.get("button_group"), "completions appear for a partial system name"


def test_a_typed_query_is_quoted_as_text_in_the_messages(page):
    # The refusal quotes the query; shown as Markdown it put a remote image and a link on the page.
    at = page
    at.text_input(key="analog_query").input("![x](http://example.invalid/x.png) [go](http://example.invalid)").run()
    assert not at.exception
    shown = [e.value for e in at.error] + [w.value for w in at.warning] + [c.value for c in at.caption]
    assert any("example" in s for s in shown), shown
    assert not any("](http" in s for s in shown), shown
