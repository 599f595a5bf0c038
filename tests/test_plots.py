"""The Analogs page's plots (ui/app/plots.py): which plots each application gets, the points shaped
from measurement rows (axes, units, Arrhenius transform, query and analogs marked, sources on hover),
and the chart built from them. Rows are written here, not read from a graph."""
from __future__ import annotations

import math

import pytest

from ontology.vocabulary import vocabulary
from ui.app.plots import ANALOG, OTHER, PLOTS, QUERY, PlotSpec, chart, plots_for, points_frame, properties_of

ARRHENIUS = next(p for p in PLOTS if p.arrhenius)
EA_ONSET = next(p for p in PLOTS if p.pair)
CYCLES = next(p for p in PLOTS if p.x == "cycles")


def _row(system_id, prop, value, *, system=None, source="doi:10/x", title="A paper", year=2024,
         section="3.1", table=None, theoretical=False, **conditions):
    return {"system_id": system_id, "system": system or system_id, "property": prop, "value": value,
            "theoretical": theoretical, "source": source, "source_title": title, "source_year": year,
            "section": section, "table": table, "conditions": conditions}


@pytest.mark.parametrize("spec", PLOTS, ids=lambda p: p.title)
def test_every_plot_uses_ontology_keys_of_its_application(spec):
    vocab = vocabulary()
    assert spec.application in vocab
    y = vocab.property(spec.y)
    assert spec.application in y.applications
    if spec.pair:
        assert spec.application in vocab.property(spec.x).applications
    else:
        assert spec.x in vocab.condition_keys()
    # words, never keys, on the axes
    for text in (spec.title, spec.x_title, spec.y_title):
        assert "_" not in text, text


@pytest.mark.parametrize("apps, expected", [
    (["HydrogenStorage"], {("dehydrogenation_activation_energy", "onset_dehydrogenation_temperature"),
                           ("hydrogen_capacity", "temperature")}),
    (["SolidElectrolyte"], {("ionic_conductivity", "temperature")}),
    (["Anode"], {("specific_capacity", "cycles"), ("specific_capacity", "current_density")}),
    (["LithiumStorage"], {("ionic_conductivity", "temperature"), ("specific_capacity", "cycles"),
                          ("specific_capacity", "current_density")}),
])
def test_plots_per_application(apps, expected):
    assert {(p.y, p.x) for p in plots_for(apps)} == expected


def test_no_application_known_gives_every_plot():
    assert plots_for([]) == list(PLOTS)
    assert plots_for(None) == list(PLOTS)


def test_properties_to_read():
    assert properties_of(plots_for(["HydrogenStorage"])) == [
        "dehydrogenation_activation_energy", "onset_dehydrogenation_temperature", "hydrogen_capacity"]
    assert properties_of([ARRHENIUS]) == ["ionic_conductivity"]


def test_arrhenius_axes_units_and_transform():
    assert ARRHENIUS.x_title == "1000/T (K⁻¹)"
    assert ARRHENIUS.y_title == "ionic conductivity (mS cm⁻¹)"
    assert ARRHENIUS.log_y and "Arrhenius" in ARRHENIUS.title
    rows = [_row("a", "ionic_conductivity", 0.1, temperature=25.0),
            _row("b", "ionic_conductivity", 10.0, temperature=126.85),
            _row("c", "ionic_conductivity", 5.0),                        # no temperature: no point
            _row("d", "ionic_conductivity", 0.0, temperature=30.0),      # a log axis cannot show 0
            _row("e", "hydrogen_capacity", 5.0, temperature=30.0)]       # another property
    df = points_frame(ARRHENIUS, rows)
    assert sorted(df["system"]) == ["a", "b"]
    a = df.set_index("system").loc["a"]
    assert math.isclose(a["x"], 1000 / 298.15, rel_tol=1e-9)
    assert a["T"] == 25.0 and a["y"] == 0.1
    assert math.isclose(df.set_index("system").loc["b", "x"], 2.5, rel_tol=1e-9)


def test_query_and_analogs_are_marked_and_drawn_on_top():
    rows = [_row("q", "specific_capacity", 900.0, cycles=50.0, system="MgH2–TiO2"),
            _row("a1", "specific_capacity", 600.0, cycles=100.0),
            _row("o1", "specific_capacity", 300.0, cycles=20.0),
            _row("o2", "specific_capacity", 400.0, cycles=10.0)]
    df = points_frame(CYCLES, rows, query_ids=["q"], analog_ids=["a1"])
    roles = dict(zip(df["system"], df["role"]))
    assert roles == {"MgH2–TiO2": QUERY, "a1": ANALOG, "o1": OTHER, "o2": OTHER}
    assert list(df["role"])[-1] == QUERY and list(df["role"])[-2] == ANALOG
    assert CYCLES.x_title == "cycle number" and CYCLES.y_title == "specific capacity (mAh g⁻¹)"


def test_every_point_names_its_source_and_place():
    rows = [_row("s", "hydrogen_capacity", 6.1, temperature=300.0, title="Mg review", year=2025,
                 section="2.1.2", table="Table 1")]
    spec = next(p for p in PLOTS if p.y == "hydrogen_capacity")
    point = points_frame(spec, rows).iloc[0]
    assert point["source"] == "Mg review (2025)"
    assert point["where"] == "§ 2.1.2, Table 1"
    assert (point["x"], point["y"]) == (300.0, 6.1)


def test_theoretical_values_are_not_plotted():
    spec = next(p for p in PLOTS if p.y == "hydrogen_capacity")
    rows = [_row("s", "hydrogen_capacity", 7.6, temperature=300.0, theoretical=True)]
    assert points_frame(spec, rows).empty


def test_pair_plot_takes_medians_per_system_and_places_a_typed_query():
    rows = [_row("s1", "dehydrogenation_activation_energy", 60.0, source="doi:1", title="One"),
            _row("s1", "dehydrogenation_activation_energy", 80.0, source="doi:2", title="Two"),
            _row("s1", "onset_dehydrogenation_temperature", 200.0, source="doi:1", title="One"),
            _row("s2", "dehydrogenation_activation_energy", 90.0)]     # no onset: no point
    df = points_frame(EA_ONSET, rows, analog_ids=["s1"],
                      query_values={"dehydrogenation_activation_energy": 100.0,
                                    "onset_dehydrogenation_temperature": 250.0}, query_name="MgH2 + Ni")
    assert len(df) == 2
    s1 = df.set_index("system").loc["s1"]
    assert (s1["x"], s1["y"], s1["role"]) == (200.0, 70.0, ANALOG)
    assert s1["source"] == "One (2024); Two (2024)"
    q = df.iloc[-1]
    assert (q["system"], q["role"], q["x"], q["y"]) == ("MgH2 + Ni", QUERY, 250.0, 100.0)
    assert EA_ONSET.x_title == "onset dehydrogenation temperature (°C)"
    assert EA_ONSET.y_title == "dehydrogenation activation energy (kJ mol⁻¹)"


def test_a_query_without_both_values_is_not_invented():
    rows = [_row("s1", "dehydrogenation_activation_energy", 60.0),
            _row("s1", "onset_dehydrogenation_temperature", 200.0)]
    df = points_frame(EA_ONSET, rows, query_values={"dehydrogenation_activation_energy": 100.0})
    assert QUERY not in set(df["role"])


def test_chart_has_log_axis_titles_and_source_on_hover():
    rows = [_row("a", "ionic_conductivity", 0.1, temperature=25.0),
            _row("q", "ionic_conductivity", 1.0, temperature=60.0)]
    spec = chart(ARRHENIUS, points_frame(ARRHENIUS, rows, query_ids=["q"])).to_dict()
    enc = spec["encoding"]
    assert enc["y"]["scale"]["type"] == "log"
    assert enc["x"]["title"] == "1000/T (K⁻¹)"
    assert {t["field"] for t in enc["tooltip"]} >= {"system", "source", "where", "T"}
    assert enc["color"]["scale"]["domain"] == [QUERY, OTHER]
    assert spec["title"]["text"] == "Ionic conductivity vs 1000/T (Arrhenius)"
    long = chart(EA_ONSET, points_frame(EA_ONSET, [])).to_dict()["title"]["text"]
    assert long == ["Dehydrogenation activation energy vs", "onset dehydrogenation temperature"]


def test_empty_points_still_make_a_chart():
    df = points_frame(CYCLES, [])
    assert df.empty and list(df.columns)[:3] == ["x", "y", "role"]
    chart(CYCLES, df).to_dict()


def test_unknown_application_is_every_plot_not_an_error():
    assert plots_for(["NotAnApplication"]) == list(PLOTS)
    assert isinstance(PLOTS[0], PlotSpec)


def test_points_read_from_the_literature_graph_carry_system_source_and_conditions(store):
    from kg.plot_points import read_points, statements
    from kg.statements import all_statements

    rows = read_points(store, ["ionic_conductivity"])
    assert rows and {r["property"] for r in rows} == {"ionic_conductivity"}
    with_t = [r for r in rows if "temperature" in r["conditions"]]
    assert len(with_t) > 10
    assert all(r["system"] and r["source_title"] and not r["source_title"].startswith("doi:") for r in with_t)
    df = points_frame(ARRHENIUS, rows)
    assert len(df) > 10 and (df["x"] > 2).all() and (df["x"] < 4.5).all()   # 1000/T of −50 … 230 °C
    assert read_points(store, []) == []
    # the Neo4j linter sees the statements
    assert set(statements().values()) <= set(all_statements().values())


def test_table_config_pins_widens_and_explains():
    import streamlit as st

    from ui.app.tables import table_config

    cfg = table_config(["rank", "system", "why", "score"], pinned=("rank", "system"), long=("why",),
                       helps={"score": "weighted sum"})
    assert cfg["rank"] == st.column_config.Column(pinned=True)
    assert cfg["why"]["width"] == "large" and cfg["score"]["help"] == "weighted sum"
    assert "missing" not in table_config(["a"], pinned=("missing",))


def test_svg_has_the_axes_the_marks_and_a_log_scale():
    from ui.app.plots import svg

    rows = [_row("a", "ionic_conductivity", 0.1, temperature=25.0),
            _row("q", "ionic_conductivity", 1.0, temperature=60.0)]
    text = svg(ARRHENIUS, points_frame(ARRHENIUS, rows, query_ids=["q"])).decode()
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    # matplotlib writes text as glyph paths; its comments keep the words
    assert "1000/T" in text and "ionic conductivity" in text and "query" in text
    assert svg(CYCLES, points_frame(CYCLES, [])).startswith(b"<?xml")


# ---------------------------------------------------------------- a measured value given as a range
def _ranged_row(system_id, prop, low, high=None, **conditions):
    """A row as ``read_points`` gives it: the value at a range's midpoint, its ends beside it."""
    row = _row(system_id, prop, low if high is None else (low + high) / 2, **conditions)
    return {**row, "value_lo": low, "value_hi": high}


@pytest.mark.parametrize(("spec", "rows", "system", "span", "text"), [
    (next(p for p in PLOTS if p.y == "hydrogen_capacity"),
     [_ranged_row("a", "hydrogen_capacity", 5.2, 5.8, temperature=300.0)], "a", (5.2, 5.8), "5.2–5.8 wt %"),
    (CYCLES, [_ranged_row("b", "specific_capacity", 610.0, 680.0, cycles=50.0)], "b", (610.0, 680.0),
     "610–680 mAh g⁻¹"),
    (ARRHENIUS, [_ranged_row("c", "ionic_conductivity", 0.001, 0.003, temperature=27.0)], "c", (0.001, 0.003),
     "0.001–0.003 mS cm⁻¹"),
    (EA_ONSET, [_ranged_row("d", "dehydrogenation_activation_energy", 70.0, 90.0),
                _ranged_row("d", "onset_dehydrogenation_temperature", 250.0, 300.0)], "d", (70.0, 90.0),
     "70–90 kJ mol⁻¹"),
])
def test_a_measured_range_is_drawn_as_its_span_and_said_so(spec, rows, system, span, text):
    from ui.app.plots import VALUE_RANGE_NOTE, svg

    single = [_ranged_row("z", spec.y, 2.0), _ranged_row("z", spec.x, 150.0)] if spec.pair else [
        _ranged_row("z", spec.y, 2.0, **{spec.x: 40.0})]
    df = points_frame(spec, rows + single)
    point = df.set_index("system").loc[system]
    assert (point["y_lo"], point["y_hi"], point["y_range"]) == (*span, text)
    assert point["y"] == pytest.approx(sum(span) / 2)
    assert df.set_index("system").loc["z", "y_range"] == ""                 # a single value: no span
    drawn = chart(spec, df).to_dict()
    notes = drawn["title"]["subtitle"]
    assert VALUE_RANGE_NOTE in ([notes] if isinstance(notes, str) else notes)
    upright = [la for la in drawn["layer"] if la["mark"]["type"] == "rule" and "y2" in la["encoding"]]
    assert len(upright) == 1 and upright[0]["encoding"]["y"]["field"] == "y_lo"
    assert upright[0]["encoding"]["y2"]["field"] == "y_hi"
    assert "y_range" in {t["field"] for t in drawn["layer"][-1]["encoding"]["tooltip"]}
    assert "reported as a range" in svg(spec, df).decode()


def test_a_pair_plot_draws_the_onset_range_across_and_several_values_as_their_median():
    rows = [_ranged_row("d", "dehydrogenation_activation_energy", 80.0),
            _ranged_row("d", "onset_dehydrogenation_temperature", 250.0, 300.0),
            _ranged_row("e", "dehydrogenation_activation_energy", 60.0, 70.0),       # two reports: a median
            _ranged_row("e", "dehydrogenation_activation_energy", 100.0),
            _ranged_row("e", "onset_dehydrogenation_temperature", 200.0)]
    df = points_frame(EA_ONSET, rows).set_index("system")
    assert (df.loc["d", "x"], df.loc["d", "x_lo"], df.loc["d", "x_hi"]) == (275.0, 250.0, 300.0)
    assert df.loc["d", "range"] == "250–300 °C" and df.loc["d", "y_range"] == ""
    assert (df.loc["e", "y"], df.loc["e", "y_lo"], df.loc["e", "y_hi"]) == (82.5, 82.5, 82.5)


def test_a_log_axis_draws_no_span_down_to_zero_and_single_values_draw_no_bars():
    from ui.app.plots import VALUE_RANGE_NOTE

    df = points_frame(ARRHENIUS, [_ranged_row("c", "ionic_conductivity", 0.0, 0.004, temperature=27.0)])
    assert df.loc[0, "y_lo"] == df.loc[0, "y_hi"] == pytest.approx(0.002)
    plain = points_frame(CYCLES, [_ranged_row("b", "specific_capacity", 600.0, cycles=10.0)])
    drawn = chart(CYCLES, plain).to_dict()
    assert "layer" not in drawn and VALUE_RANGE_NOTE not in str(drawn.get("title"))
