"""A value accepted from the lab notes is stored with every condition's unit: the entry file said
'"heating_rate": 5.0' (canonical unit by convention, invisible to whoever opens the file or exports it),
now '{"value": 5.0, "unit": "K/min"}'. The graph reads the same values either way."""
from __future__ import annotations


def test_an_accepted_suggestion_keeps_its_units(tmp_path):
    from ingest.entries.entry import entry_to_batch, load_entry
    from ui.app import record

    found = record.suggestions("The milled powder started to release hydrogen at 205 °C when heated at 5 K/min.",
                               "MgH2 + 5 wt% Nb2O5")
    (onset,) = [s for s in found if s["property"] == "onset_dehydrogenation_temperature"]
    conditions = record.entry_conditions(onset)
    assert conditions["heating_rate"] == {"value": 5.0, "unit": "K/min"}, conditions
    e = load_entry({"title": "notes", "author": "A. Researcher", "created": "2026-05-01", "samples": [
        {"id": "S1", "system": "MgH2 + 5 wt% Nb2O5", "measurements": [
            {"property": onset["property"], "value": onset["value"], "unit": onset["unit"],
             "conditions": conditions}]}]})
    e.id = "notes"
    (m,) = entry_to_batch(e, 1).measurements
    assert m.conditions == {"heating_rate": 5.0}


def test_a_term_condition_stays_a_term():
    from ui.app import record

    said = record.entry_conditions({"conditions": {"temperature": 30.0, "conducting_ion": "LithiumIon"},
                                    "condition_max": {}})
    assert said == {"temperature": {"value": 30.0, "unit": "degC"}, "conducting_ion": "LithiumIon"}
