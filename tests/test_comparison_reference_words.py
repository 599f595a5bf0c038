"""The words that name a comparison's reference come from one ontology scheme (ComparisonWord): 'in contrast to',
'as opposed to', 'in comparison with' set a value and its sample against the study's sample as 'compared with'
does, so the reference's value lands on the bare host and the values after it stay on the modified sample; 'In
contrast, …' opening a clause still sets that clause's sample apart. Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import records, systems_by_value


@pytest.mark.parametrize("marker", ["in contrast to", "as opposed to", "in comparison with", "compared with"])
def test_a_reference_after_a_marker_is_the_bare_host_and_what_follows_the_sample(marker):
    got = systems_by_value(f"The LiBH4–5 mol% NbF5 mixture starts to release hydrogen at 60 °C, {marker} 287 °C for pure "
                   "LiBH4, and about 5 wt% of hydrogen is released below 400 °C.")
    assert got[60.0] == "LiBH4–5 mol% NbF5" and got[287.0] == "LiBH4"
    assert got[5.0] == "LiBH4–5 mol% NbF5"


@pytest.mark.parametrize("text, value, system", [
    ("Ni-doped MgH2 desorbs 6.2 wt% H2 at 300 °C in contrast to 2.1 wt% for as-milled MgH2.", 2.1, "MgH2"),
    ("The conductivity of LiBH4–LiI reaches 0.1 mS/cm at 30 °C, as opposed to 0.0001 mS/cm for bulk LiBH4.",
     0.0001, "LiBH4"),
    ("MgH2–5 wt% TiF3 starts to release hydrogen at 215 °C, in comparison with 330 °C for pristine MgH2.", 330.0,
     "MgH2"),
])
def test_the_reference_value_is_the_bare_hosts(text, value, system):
    assert systems_by_value(text)[value] == system


def test_in_contrast_opening_a_clause_sets_its_sample_apart():
    # ('In contrast, …' is no reference marker: the clause it opens is about the sample it names)
    got = systems_by_value("MgH2–5 wt% TiF3 starts to release hydrogen at 215 °C. In contrast, pristine MgH2 starts to "
                   "release hydrogen at 330 °C.")
    assert got[215.0] == "MgH2–5 wt% TiF3" and got[330.0] == "MgH2"


@pytest.mark.parametrize("text, value, temperature", [
    ("MgH2–5 wt% Ni absorbs 5.5 wt% H2 at 200 °C, unlike pristine MgH2, which absorbs only 1.1 wt%.", 1.1, 200.0),
    ("At 250 °C the doped LiBH4 releases 4.2 wt% H2, as opposed to 0.8 wt% for bulk LiBH4.", 0.8, 250.0),
    ("MgH2–TiF3 desorbs 6.0 wt% in 10 min at 300 °C in comparison with 2.2 wt% for milled MgH2.", 2.2, 300.0),
])
def test_a_reference_value_is_measured_like_the_sample(text, value, temperature):
    got = {r["value"]: r["conditions"] for r in records(text)}
    assert got[value].get("temperature") == temperature


def test_a_reference_with_its_own_setting_keeps_it():
    got = {r["value"]: r["conditions"] for r in records(
        "MgH2–5 wt% Ni absorbs 5.5 wt% H2 at 200 °C, unlike pristine MgH2, which absorbs 4.9 wt% only at 350 °C.")}
    assert got[4.9].get("temperature") == 350.0


@pytest.mark.parametrize("text, value", [
    ("MgH2 with 3 mol% Ni starts to desorb at 230 °C, well below 330 °C for pristine MgH2.", 330.0),
    ("The doped LiAlH4 decomposes from 95 °C, far below the 150 °C of as-received LiAlH4.", 150.0),
    ("The confined LiBH4 conducts 0.1 mS/cm at 40 °C, well above 0.00001 mS/cm for bulk LiBH4.", 0.00001),
])
def test_a_value_well_below_or_above_the_samples_is_the_references(text, value):
    got = systems_by_value(text)
    assert value in got and "–" not in got[value] and "@" not in got[value]


def test_a_bound_without_a_reference_is_no_reference_value():
    # ('below 300 °C' alone bounds the sample's own release)
    got = systems_by_value("MgH2–5 wt% Ni releases 6.1 wt% H2 below 300 °C.")
    assert 300.0 not in got and got[6.1] == "MgH2–5 wt% Ni"


@pytest.mark.parametrize("text, value, system", [
    ("Van 't Hoff analysis yields a desorption enthalpy of 39.6 kJ/mol H2 for the KOH-added Mg(NH2)2–2LiH, "
     "essentially unchanged from 40.1 kJ/mol H2 for Mg(NH2)2–2LiH.", 40.1, "Mg(NH2)2–2LiH"),
    ("The enthalpy of Ni-doped MgH2 is 74 kJ/mol, unchanged from 75 kJ/mol for MgH2.", 75.0, "MgH2"),
    ("With 3 mol% TiF3 the enthalpy of LiBH4 is 67 kJ/mol H2, hardly changed from 69 kJ/mol H2 for LiBH4.", 69.0,
     "LiBH4"),
])
def test_a_value_another_is_unchanged_from_is_the_references(text, value, system):
    assert systems_by_value(text)[value] == system
