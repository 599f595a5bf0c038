"""Three forms met in real abstracts on hydride anodes and electrolytes (session 38, issue 10):

- a second verb with its own cycle count, its adverb written before it ("… 1250 mAh/g at 0.2C and stably runs for
  150 cycles"), opens a claim of its own: the count is that claim's, not a setting of the capacity before it;
- a potential written in a bracket right after 'at a … potential' ("at a favourable potential (0.45 V vs Li+/Li)") is
  the electrode's working (average) potential, as 'at a suitable potential of 0.5 V' is;
- a value of no use of its own (an enthalpy of mixing, a crystallite size) of a host with several uses (LiBH4: a
  hydrogen store and a Li-ion conductor) serves the use the document's title and opening sentences state, not the
  host's first use; an opening that states none, or uses of both kinds, leaves it a hydrogen store.
"""
from __future__ import annotations

import pytest
from extracted import records


def _capacity_settings(text):
    return [(r["property"], r["value"], r["conditions"]) for r in records(text) if r["unit"] == "mAh/g"]


@pytest.mark.parametrize("text, expected", [
    ("With a sulfur cathode, the LiBH4-based full cell provides a capacity of 1250 mAh/g at 0.2C and stably runs "
     "for 150 cycles.", [("specific_capacity", 1250.0, {"c_rate": 0.2})]),
    ("The MgH2 electrode gives a discharge capacity of 1900 mAh/g at C/10 and reversibly cycles over 80 cycles.",
     [("discharge_capacity", 1900.0, {"c_rate": 0.1})]),
    ("Our TiH2 anode shows 980 mAh/g at 0.5C and steadily works over 300 cycles.",
     [("specific_capacity", 980.0, {"c_rate": 0.5})]),
])
def test_a_later_verb_with_its_own_cycle_count_keeps_it(text, expected):
    assert _capacity_settings(text) == expected


def test_a_cycle_count_of_the_value_s_own_clause_stays():
    # (near misses: the count said with the value, 'after 50 cycles', is its setting; and a later verb's count
    # does not replace it)
    assert _capacity_settings("The MgH2 anode delivers 1100 mAh/g at 0.1C over 50 cycles.") == [
        ("specific_capacity", 1100.0, {"c_rate": 0.1, "cycles": 50.0})]
    assert _capacity_settings("The MgH2 anode keeps 1100 mAh/g at 0.1C after 50 cycles and operates stably over "
                              "400 cycles.") == [("specific_capacity", 1100.0, {"c_rate": 0.1, "cycles": 50.0})]


@pytest.mark.parametrize("text, volts", [
    ("MgH2 reacts with lithium at a favourable potential (0.45 V vs Li+/Li) and gives 1480 mAh/g.", 0.45),
    ("MgH2 gives 1480 mAh/g at a potential (0.5 V vs Li+/Li0).", 0.5),
    ("Mg2FeH6 converts at a low potential (0.4 V versus Li+/Li) and delivers 1400 mAh/g.", 0.4),
])
def test_a_bracketed_potential_after_at_a_potential_is_the_working_potential(text, volts):
    assert [(r["property"], r["value"]) for r in records(text) if r["unit"] == "V"] == [("average_voltage", volts)]


def test_a_bracketed_voltage_after_other_words_is_no_working_potential():
    # (near miss: a bracket after a current's words holds no potential; the window's bound stays unread as one)
    rows = records("The MgH2 electrode was cycled in a potential window (0.01 V to 3 V) and gave 1300 mAh/g.")
    assert "average_voltage" not in {r["property"] for r in rows}


def _uses(doc):
    from ingest.extract import extract_text
    from ui.cli.extract import contract_rows

    return [(r["property"], r["value"], r["application"]) for r in contract_rows(extract_text(doc, source_id="t"))
            if r["kind"] == "measurement"]


_MIXING = "The Li(BH4)0.7(Cl)0.3 solid solution forms with an enthalpy of mixing of 1.4 kJ/mol.\n"


@pytest.mark.parametrize("doc, expected", [
    ("# Phase behaviour of LiBH4–LiCl\n\nReplacing part of the borohydride in LiBH4 by chloride keeps the hexagonal "
     "phase at room temperature and so raises the Li-ion conductivity. Here we map the LiBH4–LiCl phase diagram by "
     "calorimetry. " + _MIXING, [("transition_enthalpy", 1.4, "solid_electrolyte")]),
    ("# Iodide-stabilised LiBH4 for solid electrolytes\n\nWe milled LiBH4 with LiI in several ratios. The enthalpy "
     "of melting of the LiBH4–LiI mixture with 25 mol% LiI is 6.1 kJ/mol.\n",
     [("transition_enthalpy", 6.1, "solid_electrolyte")]),
    ("# Thermal behaviour of Mg(BH4)2–MgI2\n\nMagnesium borohydride conducts Mg2+ poorly unless iodide is added, "
     "which brings its ionic conductivity up by orders of magnitude. We follow the thermal behaviour of such "
     "mixtures. Milling Mg(BH4)2 with MgI2 gives crystallites of 12 nm.\n",
     [("crystallite_size", 12.0, "solid_electrolyte")]),
])
def test_the_opening_s_stated_use_decides_for_a_silent_value(doc, expected):
    assert _uses(doc) == expected


@pytest.mark.parametrize("opening", [
    "LiBH4 is studied both for hydrogen storage and as a solid electrolyte. ",   # (both uses: none stated)
    "We follow the phase behaviour of chloride mixtures of LiBH4 by calorimetry. ",   # (no use stated)
    # (both uses, the words they share written once: 'hydrogen and lithium storage' names hydrogen storage too)
    "Borohydrides are studied for hydrogen and lithium storage alike. ",
    "Such salts matter for lithium or hydrogen storage applications. ",
    # (energy density is what every energy store is judged by: the phrase names no cell, hence no lithium use)
    "Portable power and grid storage both call for stores of high energy density. ",
    "Demand for safe, energy-dense storage keeps growing; the energy densities sought are high. ",
])
def test_an_opening_of_no_one_use_leaves_the_host_s_first_use(opening):
    assert _uses("# Thermal behaviour of LiBH4–LiCl\n\n" + opening + _MIXING) == [
        ("transition_enthalpy", 1.4, "hydrogen_storage")]


def test_an_opening_on_hydrogen_storage_keeps_it():
    # (near miss: a hydrogen capacity in the opening states hydrogen storage; the enthalpy follows it)
    doc = ("# Thermal behaviour of LiBH4–LiCl\n\nLiBH4 holds 18.5 wt% hydrogen but releases it only above 400 °C. "
           "We follow the phase behaviour of its chloride mixtures. " + _MIXING)
    assert ("transition_enthalpy", 1.4, "hydrogen_storage") in _uses(doc)


@pytest.mark.parametrize("title", [
    "# Light hydrides for hydrogen and lithium storage",
    "# Borohydrides for High-Density Hydrogen and Lithium Storage Applications",
    "# Complex hydrides in lithium and hydrogen storage",
])
def test_a_title_naming_both_uses_with_shared_words_states_none(title):
    # (the words a pair of uses shares are written once: each use is named all the same, so no one use is stated
    # and a MgH2 sample of hydrogen storage gets no anode report from the title)
    from ingest.extraction.document_wide.stated_use import stated_uses
    assert stated_uses([title.lstrip("# ")]) == set()
