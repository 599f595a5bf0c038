"""'liberated hydrogen at 312 °C', 'gave off H2 at 230 °C': verbs of giving hydrogen off that the ontology's
dehydrogenation-temperature labels lacked (no record at all); the same verbs with a reagent gas as their object
('desorbs ammonia at 300 °C', 'gave off NH3 at …') give the temperature of that gas's release, no stage of the
hydrogen release. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements


def _temperatures(text: str) -> list[tuple[str, float, str]]:
    return [(r["property"], r["value"], r["system"]) for r in contract_measurements(text) if r["unit"] == "degC"]


@pytest.mark.parametrize("text, value, system", [
    ("The CoB-catalysed LiBH4 liberated hydrogen at 318 °C.", 318.0, "LiBH4–CoB"),
    ("Ball-milled Mg(BH4)2 gave off hydrogen at 265 °C in a single step.", 265.0, "Mg(BH4)2"),
    ("Upon heating, the Fe-doped MgH2 liberates H2 at 245 °C.", 245.0, "MgH2–Fe"),
    ("The NbF5-doped NaAlH4 gave off H2 at 150 °C under argon flow.", 150.0, "NaAlH4–NbF5"),
])
def test_a_liberating_verb_names_the_dehydrogenation_temperature(text, value, system):
    assert ("dehydrogenation_temperature", value, system) in _temperatures(text)


@pytest.mark.parametrize("text", [
    "The Mg(NH2)2–2LiH mixture desorbs ammonia at 310 °C.",
    "Without a catalyst, the LiNH2–LiH composite gave off NH3 at 290 °C.",
    "The Ca(BH4)2·2NH3 adduct liberated ammonia at 120 °C.",
    "The LiBH4–SiO2 powder liberated diborane at 330 °C.",
])
def test_a_reagent_gas_given_off_is_no_hydrogen_release(text):
    assert not [t for t in _temperatures(text) if "dehydrogenation" in t[0]]


@pytest.mark.parametrize("text, value", [
    ("The LiBH4–MgF2 composite releases hydrogen with T_onset = 340 °C.", 340.0),
    ("Ball-milled NaAlH4 with 2 mol% TiCl3 evolves hydrogen from T_onset = 105 °C.", 105.0),
    ("The VCl3-doped Mg(BH4)2 liberates hydrogen, T_onset = 212 °C.", 212.0),
])
def test_a_narrower_name_nearer_the_value_wins(text, value):
    # (the release verb names the dehydrogenation temperature whole; the onset, named after it, is the value's)
    assert [t[0] for t in _temperatures(text) if t[1] == value] == ["onset_dehydrogenation_temperature"]


def test_a_broader_name_nearer_the_value_keeps_it():
    # near miss: the onset said first, the release temperature right before the value — as read before
    text = "Well above its T_onset, the NbF5-doped LiBH4 releases hydrogen fast at 380 °C."
    assert [t[0] for t in _temperatures(text) if t[1] == 380.0] == ["dehydrogenation_temperature"]
