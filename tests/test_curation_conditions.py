"""A curator corrects a fact's conditions (value or range, with units checked by pint), and the decision
keeps the conditions it replaced: in the log and on the Review facts page."""
from __future__ import annotations

import pytest
from app_pages import graph_of

from kg.curation import CurationError, CurationLog, apply_decisions, conditions_differ, typed_conditions
from ontology.models import GraphBatch, Measurement, Source, SourceRef
from ontology.system import parse_system

SRC = "doi:10.9999/condition-curation"


def onset(value=240.0, start=100, **conditions) -> Measurement:
    return Measurement(property="onset_dehydrogenation_temperature", value=value, unit="degC",
                       system=parse_system("MgH2 + 4 wt% VCl3"), conditions=conditions or {"pressure": "0.1 MPa"},
                       source=SourceRef(source_id=SRC, section="3", start=start, end=start + 60))


def batch(*ms: Measurement) -> GraphBatch:
    return GraphBatch(sources=[Source(id=SRC, kind="publication", title="Conditions to curate")],
                      measurements=list(ms))


@pytest.mark.parametrize(("texts", "conditions", "upper"), [
    ({"pressure": "2–4 MPa"}, {"pressure": 2.0}, {"pressure": 4.0}),                 # a range
    ({"pressure": "30 bar", "temperature": "573.15 K"}, {"pressure": 3.0, "temperature": 300.0}, {}),
    ({"heating_rate": "5", "temperature": "250 to 300 °C"}, {"heating_rate": 5.0, "temperature": 250.0},
     {"temperature": 300.0}),                                                          # a bare number: its key's unit
    ({"pressure": "", "time": "2 h"}, {"time": 120.0}, {}),                           # a blank field drops its condition
])
def test_typed_conditions_are_read_in_their_units_and_ranges(texts, conditions, upper):
    from kg.curation import corrected

    m = corrected(onset(), {"conditions": typed_conditions(texts)})
    assert (m.conditions, m.condition_max) == (conditions, upper)


@pytest.mark.parametrize(("texts", "said"), [
    ({"pressure": "3 kJ/mol"}, "condition 'pressure' .*does not fit 'pressure'.*like '1–2 MPa'"),
    ({"temperature": "300 zorkels"}, "condition 'temperature' .*not understood.*like '1–2 degC'"),
    ({"time": "5–2 h"}, "condition 'time' .*runs backwards"),
    ({"heating_rate": "fast"}, "condition 'heating_rate' .*not a number"),
])
def test_bad_typed_conditions_name_the_condition_and_the_fix(texts, said):
    with pytest.raises(CurationError, match=said):
        typed_conditions(texts)


def test_retyping_the_same_conditions_in_another_unit_is_no_change():
    m = onset(pressure="0.3–0.5 MPa", temperature="300 °C")
    assert not conditions_differ(typed_conditions({"pressure": "3 to 5 bar", "temperature": "573.15 K"}),
                                 m.all_conditions, m.condition_max)
    assert conditions_differ(typed_conditions({"pressure": "0.3 MPa", "temperature": "300 °C"}),   # range → value
                             m.all_conditions, m.condition_max)
    assert conditions_differ(typed_conditions({"pressure": "0.3–0.5 MPa"}), m.all_conditions, m.condition_max)


def test_the_log_keeps_the_conditions_each_correction_replaced(tmp_path):
    log = CurationLog(tmp_path)
    f = onset(temperature="250 °C", pressure="0.1 MPa")
    first = log.decide(f, "corrected", author="ana", reason="read at the isotherm, not the ramp",
                       fields={"conditions": typed_conditions({"temperature": "320 °C", "pressure": "0.1 MPa"})})
    second = log.decide(f, "corrected", author="ben", reason="the isotherms span a range", base=first.revision,
                        fields={"conditions": typed_conditions({"temperature": "300–340 °C", "pressure": "1 bar"})})
    plain = log.decide(f, "corrected", author="cleo", reason="rounded", base=second.revision, fields={"value": 241})
    history = log.history(f.fact_id)
    assert history[0].replaced == {"conditions": {"pressure": 0.1, "temperature": 250.0}, "condition_max": {}}
    assert history[1].replaced == {"conditions": {"pressure": 0.1, "temperature": 320.0}, "condition_max": {}}
    assert plain.replaced == {} and history[2].evidence["conditions"] == {"pressure": 0.1, "temperature": 250.0}
    # the last correction, of the value alone, keeps the corrected conditions
    out, _ = apply_decisions(batch(f), log.decisions())
    assert (out.measurements[0].value, out.measurements[0].conditions, out.measurements[0].condition_max) == (
        241.0, {"pressure": 0.1, "temperature": 300.0}, {"temperature": 340.0})


def test_a_bad_unit_in_a_condition_stores_nothing(tmp_path):
    log = CurationLog(tmp_path)
    with pytest.raises(CurationError, match="pressure"):
        log.decide(onset(), "corrected", author="ana", reason="x",
                   fields={"conditions": {"pressure": {"value": 3, "unit": "mAh/g"}}})
    assert log.decisions() == {}


@pytest.fixture()
def small_graph(ontology_store, tmp_path):
    """A data folder whose graph holds one source of two facts (as `hkg ingest` leaves it)."""
    return graph_of(ontology_store, tmp_path / "d", batch(onset(temperature="250 °C", pressure="0.1 MPa"),
                                                          onset(value=310.0, start=400, temperature="250 °C",
                                                                pressure="0.1 MPa")))


def _field(at, label_start: str):
    return next(t for t in at.text_input if t.label.startswith(label_start))


@pytest.mark.slow   # runs the Review facts page twice over a small graph
def test_review_page_corrects_conditions_and_keeps_the_old_ones(small_graph, monkeypatch):
    from app_pages import page_test, shown_text
    from state_reset import reset_store_cache

    reset_store_cache()
    at = page_test(monkeypatch, small_graph, "6_Review_facts.py").run()
    assert not at.exception, at.exception
    assert _field(at, "temperature").value == "250 degC" and _field(at, "pressure").value == "0.1 MPa"
    # a unit that is no pressure: refused on its field, with the fix, and nothing stored
    _field(at, "pressure").input("2 kJ/mol")
    _field(at, "Why").input("read beside the wrong isotherm")
    next(b for b in at.button if b.label == "Save correction").click().run()
    assert not at.exception and not at.success
    shown = [shown_text(e.value) for e in at.error]
    assert any("Conditions: condition 'pressure'" in e and "like '1–2 MPa'" in e for e in shown)
    assert CurationLog(small_graph).decisions() == {}
    # the temperature was a range and the pressure in bar: stored, shown, and the old ones kept
    _field(at, "pressure").input("10 bar")
    _field(at, "temperature").input("280–300 °C")
    next(b for b in at.button if b.label == "Save correction").click().run()
    assert not at.exception and any("corrected" in s.value for s in at.success), [e.value for e in at.error]
    decision, = CurationLog(small_graph).decisions().values()
    assert decision.replaced == {"conditions": {"pressure": 0.1, "temperature": 250.0}, "condition_max": {}}
    assert decision.fields["conditions"]["temperature"] == {"value": 280.0, "value_max": 300.0, "unit": "°C"}
    at.selectbox(key="rv_status").set_value("corrected").run()     # the queue of corrected facts
    assert not at.exception, at.exception
    table = at.table[0].value
    assert "temperature 280–300 °C" in table.loc["conditions", "value"] and "pressure 1 MPa" in table.loc[
        "conditions", "value"]
    decided = at.dataframe[0].value        # the decisions so far: what the correction replaced is shown
    assert list(decided["conditions before"]) == ["pressure 0.1 MPa, temperature 250 °C"]
    reset_store_cache()
