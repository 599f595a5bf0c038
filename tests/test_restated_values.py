"""A value a text states twice, the second time with the settings the first left out, is one fact: the record
with its settings (ingest/extraction/values/restated_values.py). Sentences written for these tests."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements


@pytest.mark.parametrize(("text", "value", "conditions"), [
    ("The 2NaBH4–MgH2, 2NaBH4–CaH2 and 2NaBH4–TiH2 mixtures released 5.8, 4.4 and 3.9 wt% H2, respectively. "
     "The 2NaBH4–MgH2 mixture released the 5.8 wt% H2 within 90 min.", 5.8, {"time": 90.0}),
    ("MgH2 milled with 7 wt% CoTiO3 absorbs 5.9 wt% hydrogen. This MgH2–7 wt% CoTiO3 composite absorbs the "
     "5.9 wt% hydrogen within 3 min at 250 °C.", 5.9, {"time": 3.0, "temperature": 250.0}),
    ("Li3AlH6 with 5 mol% TiF3 releases 4.6 wt% H2 at 200 °C. The 4.6 wt% is released at 200 °C within "
     "40 min by the Li3AlH6–5 mol% TiF3 sample.", 4.6, {"time": 40.0, "temperature": 200.0}),
])
def test_a_value_restated_with_its_settings_is_one_fact(text, value, conditions):
    rows = [r for r in contract_measurements(text) if r["value"] == value]
    assert len(rows) == 1, rows
    assert rows[0]["conditions"] == conditions


def test_the_same_number_at_other_settings_is_two_facts():
    # near miss: the second statement is at another temperature, a fact of its own
    text = ("The MgH2–5 wt% Nb2O5 composite releases 6.1 wt% H2 at 300 °C. At 275 °C the MgH2–5 wt% Nb2O5 "
            "composite also releases 6.1 wt% H2, within 60 min.")
    rows = [r for r in contract_measurements(text) if r["value"] == 6.1]
    assert sorted(r["conditions"].get("temperature") for r in rows) == [275.0, 300.0]


@pytest.mark.parametrize(("text", "end", "additive"), [
    ("The onset temperature of MgH2 fell from 350 °C to 275 °C for the MgH2–5 wt% TiF3 composite.", 275.0, "TiF3"),
    ("The activation energy of NaAlH4 decreased from 118 to 82 kJ/mol for NaAlH4–4 mol% CeCl3.", 82.0, "CeCl3"),
    ("The peak temperature of LiBH4 dropped from 470 °C to 390 °C, for LiBH4–10 wt% SiO2.", 390.0, "SiO2"),
])
def test_the_new_value_of_a_change_is_the_sample_named_for_it_right_after(text, end, additive):
    rows = contract_measurements(text)
    new = [r for r in rows if r["value"] == end]
    assert [c["material"] for c in new[0]["components"]][1:] == [additive], rows
    old = [r for r in rows if r["value"] != end]
    assert [len(r["components"]) for r in old] == [1], rows      # the start is the bare host's
