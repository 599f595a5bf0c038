"""Absorption vs desorption enthalpy, entropy named beside the enthalpy, units with a bracketed
denominator, and a from–to pair of temperatures after an event read as the span of that event.
Sentences written for these tests."""
import pytest
from prose_sentences import contract_measurements, the_one

_rows, _one = contract_measurements, the_one


# ---------------------------------------------------------------- absorption enthalpy
@pytest.mark.parametrize("sentence, value", [
    ("For the MgH2–5 wt% Ni composite, the hydrogenation enthalpy was −72.5 kJ/mol H2.", 72.5),
    ("The absorption enthalpy of Mg2Ni amounts to 64 kJ/mol.", 64.0),
    ("Van 't Hoff plots of LiBH4–MgH2 give ΔH(abs) = −41 kJ/mol.", 41.0),
    ("An enthalpy of hydriding of 70.3 kJ/mol H2 was obtained for MgH2–TiF3.", 70.3),
])
def test_an_absorption_enthalpy_is_not_the_dehydrogenation_enthalpy(sentence, value):
    assert _one(_rows(sentence), value)["property"] == "hydrogenation_enthalpy"


def test_a_desorption_enthalpy_stays_the_reaction_enthalpy():
    rows = _rows("For LiBH4–MgH2 we found ΔH(abs) = −70 kJ/mol and ΔH(des) = 76 kJ/mol.")
    assert _one(rows, 70.0)["property"] == "hydrogenation_enthalpy"
    assert _one(rows, 76.0)["property"] == "reaction_enthalpy"
    # negative: a plain dehydrogenation enthalpy is untouched
    assert _one(_rows("The dehydrogenation enthalpy of MgH2 was 75 kJ/mol H2."), 75.0)["property"] == "reaction_enthalpy"


def test_hydrogenation_enthalpy_is_an_ontology_property():
    from ontology.vocabulary import vocabulary

    term = vocabulary().property("hydrogenation_enthalpy")
    assert term.unit == "kJ/mol" and term.magnitude
    assert vocabulary().lookup("absorption enthalpy", "Property").id == term.id


def test_a_method_name_yields_to_a_property_label():
    from ingest.extraction.values.property_cues import choose_property

    # the van 't Hoff method measures the reaction enthalpy, but the words name the absorption one
    assert choose_property("kJ/mol", "van 't Hoff plots gave ΔH(abs) =", "") == ("property", "hydrogenation_enthalpy")
    # the method alone still names its property
    assert choose_property("kJ/mol", "the van 't Hoff plot gives", "") == ("property", "reaction_enthalpy")


# ---------------------------------------------------------------- entropy and its units
@pytest.mark.parametrize("sentence", [
    "The MgH2–TiF3 sample exhibits ΔH and ΔS of 68.1 kJ/mol H2 and 122 J/(K mol H2), respectively.",
    "The enthalpy and entropy of MgH2–TiF3 are 68.1 kJ/mol and 122 J/(mol·K).",
    "For MgH2–TiF3 we derive an entropy change of 122 J/(mol K) and ΔH of 68.1 kJ/mol.",
])
def test_the_entropy_beside_the_enthalpy_is_read(sentence):
    rows = _rows(sentence)
    entropy = _one(rows, 122.0)
    assert entropy["property"] == "reaction_entropy" and entropy["unit"] == "J/(mol*K)"
    assert _one(rows, 68.1)["property"] == "reaction_enthalpy"


@pytest.mark.parametrize("text, unit", [
    ("ΔS of 122 J/(mol K) here", "J/(mol K)"),
    ("ΔS of 122 J/(K mol H2).", "J/(K mol H2)"),
    ("ΔS of 122 J/(mol·K), and", "J/(mol·K)"),
])
def test_a_bracketed_denominator_is_part_of_the_unit(text, unit):
    from ingest.extraction.text.quantity_text import numbers

    assert [(n.value, n.unit) for n in numbers(text)] == [(122.0, unit)]


def test_a_bracket_of_no_unit_is_not_read_as_one():
    from ingest.extraction.text.quantity_text import numbers

    assert [n.unit for n in numbers("a ratio of 0.5 Mg/(Mg Ni) was used")] == [None]


# ---------------------------------------------------------------- temperature spans of an event
@pytest.mark.parametrize("sentence", [
    "The Mg(BH4)2 sample desorbs hydrogen from 150 to 250 °C.",
    "The LiNH2–LiH mixture dehydrogenates from 150 to 250 °C.",
    "Hydrogen is released by the Mg(BH4)2 sample between 150 and 250 °C.",
    "The LiNH2–LiH mixture releases hydrogen from about 150 to 250 °C.",
])
def test_a_from_to_pair_after_an_event_is_its_span(sentence):
    rows = [r for r in _rows(sentence) if r["property"] == "dehydrogenation_temperature"]
    assert [(r["value"], r["value_max"]) for r in rows] == [(150.0, 250.0)], rows


@pytest.mark.parametrize("text", [
    "The dehydrogenation temperature of the LiNH2–LiH mixture decreased from 300 to 200 °C.",
    # the change said before a comma still governs the from–to pair after it
    "Adding 5 wt% TiF3 reduces the onset temperature of LiNH2–LiH by 100 °C, from 300 to 200 °C.",
    "Ball milling with TiF3 shifted the onset of LiNH2–LiH, from 300 to 200 °C.",
])
def test_a_quantity_that_changed_is_no_span(text):
    rows = _rows(text)
    assert sorted(r["value"] for r in rows) == [200.0, 300.0]
    assert all(r["value_max"] is None for r in rows)


@pytest.mark.parametrize("text", [
    "The Mg2Ni alloy showed enthalpies of 74 and 78 kJ/mol H2 for hydriding and dehydriding.",
    "The MgH2–Ni composite has enthalpies of 74 and 78 kJ/mol H2 for absorption and desorption, respectively.",
    "For the LiBH4–MgH2 composite, absorption and desorption enthalpies of 74 and 78 kJ/mol H2 were determined.",
])
def test_each_enthalpy_of_a_pair_takes_its_own_process(text):
    # the head noun before the values ('enthalpies') and the processes after them (or before them) name
    # one property per value, in order, with or without 'respectively'
    got = {r["value"]: r["property"] for r in _rows(text)}
    assert got == {74.0: "hydrogenation_enthalpy", 78.0: "reaction_enthalpy"}
