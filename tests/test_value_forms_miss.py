"""Values the extractor read nowhere or under a wrong property: a unit written loosely ("kj/mol", "395 C"),
hydrogen after "with" (no component's amount), a loading (no capacity), an activation energy printed
"E-A"/"E(a)", and a capacity both absorbed and desorbed (reversible). Every sentence here was written for
this test."""
from __future__ import annotations

import pytest
from prose_sentences import facts

from ingest.extraction.text.quantity_text import numbers
from ontology.units import UnitError, parse_unit


# ---------------------------------------------------------------------- kilojoule in the wrong case
@pytest.mark.parametrize("text, value", [
    ("Kissinger analysis gives an activation energy of 132 kj/mol for the doped KBH4.", 132.0),
    ("The desorption barrier of the milled NaAlH4 falls to 97 KJ mol-1.", 97.0),
    ("An apparent activation energy of 118 ± 6 kj mol(-1) was derived for Ca(BH4)2.", 118.0),
])
def test_lower_case_kilojoule_is_read(text, value):
    v = facts(text)
    assert v[value].unit == "kJ/mol"
    assert "activation_energy" in v[value].property


def test_a_word_glued_to_kj_is_no_unit():
    with pytest.raises(UnitError):
        parse_unit("kjs")


# ------------------------------------------------------------------ a temperature that lost its °
@pytest.mark.parametrize("text, value", [
    ("The NbCl5-doped KBH4 begins to release hydrogen at 395 C.", 395.0),
    ("The onset desorption temperature of LiAlH4 dropped from 155C to 85C on adding TiF3.", 85.0),
    ("Complete dehydrogenation of the Ca(BH4)2 composite needs more than 480 C.", 480.0),
])
def test_a_bare_c_after_a_temperature_is_degrees_celsius(text, value):
    v = facts(text)
    assert v[value].unit == "degC"
    assert v[value].property.endswith("temperature")


@pytest.mark.parametrize("text", ["The MgH2 anode was cycled at 2 C and at 10C.", "It kept 80 % at 5 C-rate."])
def test_a_small_number_before_c_stays_a_c_rate(text):
    assert all(n.unit in ("1/h", "%") for n in numbers(text))


# ------------------------------------------------------------------------- hydrogen after "with"
@pytest.mark.parametrize("text, value", [
    ("The 2LiBH4–MgH2–NbF5 composite dehydrided completely below 450 °C with 8.1 wt% hydrogen released.", 8.1),
    ("Milled NaAlH4 decomposes up to 250 °C with 4.9 wt% of H2 evolved.", 4.9),
    ("With 6.3 wt% hydrogen given off by 400 °C, the LiNH2–MgH2 mixture outperforms LiNH2.", 6.3),
])
def test_hydrogen_after_with_is_the_value_not_an_amount(text, value):
    assert facts(text)[value].property.endswith("hydrogen_capacity")


def test_an_additive_after_with_stays_an_amount():
    v = facts("MgH2 milled with 7 wt% Nb2O5 releases hydrogen at 210 °C.")
    assert 7.0 not in v and v[210.0].property == "dehydrogenation_temperature"


# ------------------------------------------------------------------------------ loadings
@pytest.mark.parametrize("text", [
    "NaAlH4 was melt-infiltrated into the MOF, achieving loadings up to 21 wt%.",
    "LiBH4 was infiltrated into SBA-15 with loadings as high as 40 wt%.",
    "Mg(BH4)2 entered the carbon aerogel at a loading reaching 35 wt%.",
])
def test_a_loading_is_no_capacity(text):
    assert not [m for m in facts(text).values() if m.unit == "wt%"]


def test_a_capacity_reaching_a_value_stays():
    assert facts("The confined LiBH4 shows a hydrogen capacity reaching 9.2 wt%.")[9.2].property.endswith("capacity")


# ------------------------------------------------------------------ E-A, E(a): an activation energy
@pytest.mark.parametrize("text, value", [
    ("Differential scanning calorimetry gave E-A = 270 kJ/mol for the Ni-doped MgH2.", 270.0),
    ("From the desorption curves, E(a) of the V2O5-catalysed MgH2 is 74 kJ/mol.", 74.0),
    ("The TiCl3-doped LiAlH4 shows an E-A of 81 kJ mol(-1).", 81.0),
])
def test_e_a_names_the_activation_energy(text, value):
    assert facts(text)[value].property == "dehydrogenation_activation_energy"


def test_an_unnamed_energy_stays_unread():
    assert 270.0 not in facts("The Ni-doped MgH2 was measured at 270 kJ/mol.")


# ------------------------------------------------------- absorbed and desorbed: a reversible capacity
@pytest.mark.parametrize("text, value", [
    ("Between 150 and 200 °C the Mg-Ti film absorbs and desorbs 4.2 wt% hydrogen for fifty cycles.", 4.2),
    ("The Pd-capped Mg film desorbed and re-absorbed about 2.6 wt% hydrogen at 373 K.", 2.6),
    ("Even at 90 °C, about 1.3 wt% is still desorbed and absorbed again by the Mg-Ti film.", 1.3),
])
def test_absorbed_and_desorbed_is_reversible(text, value):
    assert facts(text)[value].property == "reversible_hydrogen_capacity"


def test_absorbed_alone_stays_absorbed():
    assert facts("The bare Mg film takes up 5.9 wt% hydrogen in the first hydrogenation.")[5.9].property == \
        "absorbed_hydrogen_capacity"
