"""A value given 'for' an additive ("… at 141 °C for CeCl3 and at 166 °C for TiCl3", "from 124 kJ/mol for doping
graphene to 86 kJ/mol for doping Ti2C") is of the host with that additive, each value its own; a second value of
the same quantity whose name and verb the sentence leaves out ('and at 166 °C for …') is a value like the first,
not a setting. A hydride, a storage metal or a duration after 'for' names no additive. Every sentence is written
for these tests."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements


def _by_value(text: str) -> dict[float, list[str]]:
    return {r["value"]: [c["material"] for c in r["components"]] for r in contract_measurements(text)}


@pytest.mark.parametrize("text, expected", [
    ("The main desorption peak of LiAlH4 lay at 141.5 °C for CeCl3 and at 166.5 °C for TiCl3.",
     {141.5: ["LiAlH4", "CeCl3"], 166.5: ["LiAlH4", "TiCl3"]}),
    ("LiAlH4 milled with CeCl3 and with TiCl3 gave desorption peaks at 141.5 °C for CeCl3 and at 166.5 °C for "
     "TiCl3.", {141.5: ["LiAlH4", "CeCl3"], 166.5: ["LiAlH4", "TiCl3"]}),
    ("The apparent activation energy of MgH2 fell from 124.5 kJ/mol for doping graphene to 86.5 kJ/mol for "
     "doping Ti2C.", {124.5: ["MgH2", "graphene"], 86.5: ["MgH2", "Ti2C"]}),
    ("For NaAlH4 the onset temperature was 151.5 °C for the addition of CeO2 but 132.5 °C for the addition of "
     "TiN.", {151.5: ["NaAlH4", "CeO2"], 132.5: ["NaAlH4", "TiN"]}),
])
def test_each_value_given_for_an_additive_is_of_the_host_with_it(text, expected):
    assert _by_value(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The activation energy of MgH2 fell from 140.5 kJ/mol for doping TiO2 to 95.5 kJ/mol for doping Nb2O5.",
     {140.5: ["MgH2", "TiO2"], 95.5: ["MgH2", "Nb2O5"]}),
    ("Of the two MXenes tested in MgH2 the Nb2C gives the largest drop in activation energy from ∼118.5 kJ/mol "
     "for doping graphene to ∼79.5 kJ/mol.", {118.5: ["MgH2", "graphene"], 79.5: ["MgH2", "Nb2C"]}),
    ("In MgH2 the V2C catalyst lowers Ea from 131.5 kJ/mol for doping TiO2 to 83.5 kJ/mol.",
     {131.5: ["MgH2", "TiO2"], 83.5: ["MgH2", "V2C"]}),
    # (a participle clause after a comma has the subject of the clause before it)
    ("Among the oxides, Nb2O5 works best, lowering the activation energy of MgH2 from 140.5 kJ/mol for doping "
     "TiO2 to 95.5 kJ/mol.", {140.5: ["MgH2", "TiO2"], 95.5: ["MgH2", "Nb2O5"]}),
    ("Among the oxides tested, Nb2O5 works best, lowering Ea of MgH2 from ∼141.5 kJ/mol for doping TiO2 to "
     "∼96.5 kJ/mol.", {141.5: ["MgH2", "TiO2"], 96.5: ["MgH2", "Nb2O5"]}),
    # (the new value in another clause: at least not the sample of the first value's additive)
    ("Nb2O5 was milled with MgH2, while the activation energy fell from ∼142.5 kJ/mol for doping TiO2 to "
     "∼97.5 kJ/mol.", {142.5: ["MgH2", "TiO2"], 97.5: ["MgH2", "Nb2O5"]}),
])
def test_a_change_from_a_value_given_for_one_additive_goes_to_the_other(text, expected):
    """The value a change came from, given for an additive, is of the host with it; the value it went to is of the
    host with the additive the sentence is about (or the one named after it), never of that first additive."""
    assert _by_value(text) == expected


def test_a_change_from_a_named_hydride_keeps_its_reference():
    # near miss: the value a change came from is given for a hydride, the bare host
    assert _by_value("The activation energy decreased from 160.5 kJ/mol for MgH2 to 95.5 kJ/mol for MgH2–Nb2O5.") \
        == {160.5: ["MgH2"], 95.5: ["MgH2", "Nb2O5"]}


def test_a_setting_given_for_a_duration_is_no_elided_value():
    # near miss: 'for 2 h and at 250 °C for 5 h' repeats a treatment's settings, no value of a sample
    rows = _by_value("MgH2 was hydrided at 300 °C for 2 h and at 250 °C for 5 h, and then released 6.25 wt% H2.")
    assert 250.0 not in rows and rows[6.25] == ["MgH2"]


@pytest.mark.parametrize("text, expected", [
    # near misses: a storage alloy measured alone or a hydride after 'for' is no additive
    ("The Mg2Ni–CNT composite stored 4.35 wt% H2, against 3.35 wt% for Mg2Ni alone.",
     {4.35: ["Mg2Ni", "carbon nanotube"], 3.35: ["Mg2Ni"]}),
    ("Conversion anodes reach 2038 mA h g−1 for MgH2 and 1074 mA h g−1 for TiH2 in theory.",
     {2038.0: ["MgH2"], 1074.0: ["TiH2"]}),
])
def test_a_duration_a_storage_alloy_or_a_hydride_after_for_is_no_additive(text, expected):
    assert _by_value(text) == expected
