"""A setting written right after another kind of quantity that a sentence joins on without a value of its own
("an oxidative limit above 5.4 V and a rise in Li+ conductivity at 40 °C") is that quantity's, not the earlier
value's; a step of the same kind ("stores 4.3 wt% and is recharged at 130 °C") stays the value's. Sentences
written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


@pytest.mark.parametrize("text, value", [
    ("The Li2B12H12 electrolyte shows an oxidative stability above 5.4 V and a rise in Li+ conductivity at 40 °C.",
     5.4),
    ("Milling cut the activation energy of MgH2 to 117.3 kJ/mol, clearly speeding up the release rate at 310 °C.",
     117.3),
    ("The heated LiBH4 film keeps an oxidative limit of 5.4 V, and its ionic conductivity climbs at 40 °C.", 5.4),
])
def test_a_setting_after_another_kind_of_quantity_is_not_the_values(text, value):
    assert "temperature" not in (the_one(contract_measurements(text), value)["conditions"] or {})


def test_a_step_of_the_same_kind_keeps_its_setting():
    # near miss: recharging is how the stored amount was cycled, so its setting stays the capacity's
    text = "Sodium alanate with 4 mol% TiCl3 reversibly stores 4.3 wt% H2 and is recharged at 130 °C under 9 MPa H2."
    row = the_one(contract_measurements(text), 4.3)
    assert row["conditions"]["temperature"] == pytest.approx(130.0), row


@pytest.mark.parametrize("text", [
    "stores 4.3 wt% and is recharged at 130 °C",
    "a limit of 5.4 V, and the andesite grains, band gap and5 °C",
    "0.5 wt%; 1 °C AND 1.5 wt% And 2 °C, 2.5 wt%",
])
def test_the_last_join_is_the_one_a_cut_search_finds(text):
    # the sentence's joins are found once; the one before each setting must be the one a search of the
    # stretch alone finds ('and' ending where the stretch is cut counts, 'andesite' never does)
    import re

    from ingest.extraction.values.value_conditions import _last_join
    join = re.compile(r",|;|\band\b", re.I)
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            found = list(join.finditer(text, lo, hi))
            assert _last_join(text, lo, hi) == (found[-1].end() if found else None), (lo, hi)


@pytest.mark.parametrize("words", [
    " an increase in Li+ conductivity at", " its ionic conductivity climbs at", " the onset desorption temperature",
    " the reversible hydrogen capacity and the enthalpy of formation", " a grey powder",
])
def test_the_properties_named_are_those_a_label_of_which_is_said_whole(words):
    # the labels read by their first word give what reading every label of every property gives
    from ingest.extraction.values.property_cues import _own_labels, _property_keys, other_properties_named, stems
    said = set(stems(words))
    every = [k for k in _property_keys() if any(lab and set(lab) <= said for lab in _own_labels().get(k, ()))]
    assert other_properties_named(words, None) == every
    assert other_properties_named(words, "temperature") == [k for k in every if k != "temperature"]
