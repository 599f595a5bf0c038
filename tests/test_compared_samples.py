"""Samples of values set side by side: samples written with a spaced "+" in a "respectively" list, a
reference's list after "compared with" that takes the first list's properties in order, and a value
set against a doped sample with a passive verb before the bare host it is for."""
from __future__ import annotations

from prose_sentences import facts


def adds(system):
    return {c.formula: (c.amount.value if c.amount else None) for c in system.additives}


# --- 1. a spaced "+" is no word of the property cue -------------------------------------------------

def test_spaced_plus_samples_in_a_respectively_list():
    v = facts("The dehydrogenation onset temperatures of MgH2 + 5 wt% Ni and MgH2 + 5 wt% Ni + 3 wt% CNTs "
              "are 260 and 225 °C, respectively.")
    assert v[260.0].property == v[225.0].property == "onset_dehydrogenation_temperature"
    assert set(adds(v[260.0].system)) == {"Ni"} and len(adds(v[225.0].system)) == 2


def test_spaced_plus_samples_peak_temperatures():
    v = facts("The hydrogen desorption peak temperatures of LiBH4 + 10 wt% SiO2 and LiBH4 + 10 wt% SiO2 + "
              "5 wt% Ni are 410 and 372 °C, respectively.")
    assert v[410.0].property == v[372.0].property == "peak_dehydrogenation_temperature"
    assert set(adds(v[410.0].system)) == {"SiO2"} and set(adds(v[372.0].system)) == {"SiO2", "Ni"}


def test_spaced_plus_samples_activation_energies():
    v = facts("The apparent activation energies for dehydrogenation of MgH2 + 7 wt% TiO2 and MgH2 + 7 wt% "
              "TiO2 + 2 wt% graphite are 98 and 81 kJ/mol, respectively.")
    assert v[98.0].property == v[81.0].property == "dehydrogenation_activation_energy"
    assert set(adds(v[98.0].system)) == {"TiO2"} and set(adds(v[81.0].system)) == {"TiO2", "graphite"}


def test_spaced_plus_samples_with_milling_speeds_give_no_property():
    v = facts("MgH2 + 5 wt% Ni and MgH2 + 5 wt% Ni + 3 wt% CNTs were ball milled at 300 and 400 rpm, respectively.")
    assert 300.0 not in v and 400.0 not in v


# --- 2. a reference's list set against a list that took one property per value --------------------

def test_compared_to_list_takes_the_properties_in_order():
    v = facts("The onset and peak temperatures of the MgH2–Ni sample are 220 and 280 °C, compared to 340 "
              "and 400 °C for as-milled MgH2.")
    assert v[340.0].property == "onset_dehydrogenation_temperature" and adds(v[340.0].system) == {}
    assert v[400.0].property == "peak_dehydrogenation_temperature" and adds(v[400.0].system) == {}
    assert v[220.0].property == "onset_dehydrogenation_temperature"


def test_compared_with_list_of_activation_energies():
    v = facts("The activation energies for absorption and desorption of LiBH4–SiO2 are 60 and 120 kJ/mol, "
              "compared with 95 and 160 kJ/mol for pristine LiBH4.")
    assert v[95.0].property == "hydrogenation_activation_energy" and adds(v[95.0].system) == {}
    assert v[160.0].property == "dehydrogenation_activation_energy" and adds(v[160.0].system) == {}


def test_versus_list_takes_the_properties_in_order():
    v = facts("The onset and peak dehydrogenation temperatures of the CeCl3-doped NaAlH4 composite were 150 "
              "and 185 °C, versus 210 and 250 °C for pure NaAlH4.")
    assert v[210.0].property == "onset_dehydrogenation_temperature" and adds(v[210.0].system) == {}
    assert v[250.0].property == "peak_dehydrogenation_temperature" and adds(v[250.0].system) == {}


def test_a_list_naming_its_own_property_keeps_it():
    v = facts("The onset and peak temperatures of the MgH2–Ni sample are 220 and 280 °C, compared with "
              "activation energies of 95 and 160 kJ/mol for as-milled MgH2.")
    assert v[95.0].property != "onset_dehydrogenation_temperature"
    assert v[160.0].property != "peak_dehydrogenation_temperature"


# --- 3. "whereas only X is obtained for pure host": the bare host's value ----------------------------

def test_passive_obtained_for_pure_host():
    v = facts("The Mg(BH4)2 sample doped with 5 mol% NiF2 releases 7.9 wt% hydrogen at 270 °C, whereas "
              "only 2.4 wt% is obtained for pure Mg(BH4)2.")
    assert set(adds(v[7.9].system)) == {"NiF2"}
    assert adds(v[2.4].system) == {} and v[2.4].baseline


def test_passive_absorbed_by_pure_host():
    v = facts("MgH2 doped with 5 wt% Nb2O5 absorbs 6.0 wt% H2 within 60 s, whereas only 1.2 wt% is "
              "absorbed by pure MgH2.")
    assert set(adds(v[6.0].system)) == {"Nb2O5"}
    assert adds(v[1.2].system) == {} and v[1.2].baseline


def test_passive_released_by_as_received_host():
    v = facts("LiAlH4 catalysed by 3 mol% TiCl3 liberates 6.8 wt% H2 below 200 °C, while merely 1.5 wt% "
              "was released by as-received LiAlH4.")
    assert set(adds(v[6.8].system)) == {"TiCl3"}
    assert adds(v[1.5].system) == {} and v[1.5].baseline


def test_undoped_hydride_as_subject():
    v = facts("The Mg(BH4)2–5 mol% TiF3 composite releases 8.3 wt% hydrogen, while the undoped hydride "
              "releases only 2.6 wt%.")
    assert adds(v[2.6].system) == {} and set(adds(v[8.3].system)) == {"TiF3"}


def test_passive_for_the_doped_sample_stays_doped():
    v = facts("MgH2 doped with 5 wt% Nb2O5 absorbs 6.0 wt% H2 within 60 s, whereas 5.5 wt% is retained "
              "for the doped sample after 50 cycles.")
    assert set(adds(v[5.5].system)) == {"Nb2O5"}
