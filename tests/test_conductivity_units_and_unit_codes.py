"""Conductivity written as a reciprocal ohm ('Ω-1 cm-1', 'ohm-1 cm-1', as older papers and ELN fields print
it) and the UN/CEFACT Recommendation 20 codes ELNs put in a PropertyValue's ``unitCode`` for the quantities
HydrideKG records (ms, one, kJ/mol, J/mol, mS/cm, S/cm, S/m, percent weight).  The spellings go through the
one unit parser (ontology.units.parse_unit) every input shares; the codes are read from the ontology."""
from __future__ import annotations

import copy

import pytest

from ontology.units import parse_unit, to_canonical, unit_of_unece
from tests.test_eln_more_elns import build, fixture, mapped


@pytest.mark.parametrize("spelled", ["Ω-1 cm-1", "Ω−1·cm−1", "ohm-1 cm-1", "S·cm⁻¹", "Ω⁻¹ cm⁻¹", "Ω^-1 cm^-1"])
def test_a_reciprocal_ohm_per_centimetre_is_a_conductivity(spelled):
    assert to_canonical("ionic_conductivity", 2.0e-3, spelled) == pytest.approx(2.0)
    assert parse_unit(spelled).dimensionality == parse_unit("S/cm").dimensionality


@pytest.mark.parametrize(("code", "unit"), [
    ("C26", "ms"), ("C62", "dimensionless"), ("B44", "kJ/mol"), ("B15", "J/mol"), ("H61", "mS/cm"),
    ("H43", "S/cm"), ("D10", "S/m"), ("60", "wt%"), ("KEL", "K"), ("CEL", "degC"), ("P1", "%")])
def test_rec20_codes_for_our_quantities_are_in_the_ontology(code, unit):
    symbol = unit_of_unece(code)
    assert symbol is not None, code
    assert (1 * parse_unit(symbol)).to(parse_unit(unit)).magnitude == pytest.approx(1.0)


def test_a_code_rec20_gives_another_quantity_is_not_read_as_ours():
    # D52 is the watt per kelvin in Rec 20: nothing of ours, so nothing is guessed
    assert unit_of_unece("D52") is None


@pytest.mark.parametrize(("name", "value", "unit", "want"), [
    ("ionic conductivity", 3.0e-4, {"unitText": "Ω-1 cm-1"}, ("ionic_conductivity", 0.3)),
    ("ionic conductivity", 1.5, {"unitCode": "H61"}, ("ionic_conductivity", 1.5)),
    ("dehydrogenation activation energy", 120, {"unitCode": "B44"}, ("dehydrogenation_activation_energy", 120)),
    ("hydrogen capacity", 3.1, {"unitCode": "60"}, ("hydrogen_capacity", 3.1)),
])
def test_an_eln_field_in_these_units_becomes_a_measurement(tmp_path, name, value, unit, want):
    spec = copy.deepcopy(fixture("linked_data_forms"))
    run = next(n for n in spec["metadata"]["@graph"] if n["@id"] == "./run-1/")
    run["variableMeasured"] = [{"@type": "PropertyValue", "name": name, "value": value, **unit}]
    m = mapped(build(tmp_path, "units", spec))[1]["./run-1/"]
    (got,) = m.document["samples"][0]["measurements"]
    key, canonical_value = want
    assert got["property"] == key
    assert to_canonical(key, got["value"], got["unit"]) == pytest.approx(canonical_value)


def test_a_lab_entry_form_takes_a_reciprocal_ohm_conductivity():
    from ingest.entries.entry import load_entry

    entry = load_entry({"title": "impedance run", "author": "tester", "samples": [
        {"id": "s1", "system": "LiBH4", "measurements": [
            {"property": "ionic_conductivity", "value": 1.0e-3, "unit": "Ω⁻¹·cm⁻¹", "conditions": {"temperature": "120 degC"}}]}]})
    (m,) = entry.samples[0].measurements
    assert to_canonical("ionic_conductivity", m.value, m.unit) == pytest.approx(1.0)


def test_a_text_giving_conductivity_in_reciprocal_ohms_is_read():
    from ingest.extract import extract_text

    batch = extract_text("Above its phase transition, LiBH4 conducts with 2.0 × 10−3 Ω−1 cm−1 at 125 °C.")
    got = [(m.property, m.value, m.unit) for m in batch.measurements]
    assert ("ionic_conductivity", pytest.approx(2.0), "mS/cm") in got
