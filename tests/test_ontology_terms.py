"""The ontology a hydride chemist expects (issue 14, item 6): every term is there under the labels a
chemist writes, a lab entry can use it, reports compare its values, and extraction reads the new
conditions only when the text names them."""
from __future__ import annotations

import pytest

from ingest.entries.entry import entry_to_batch, load_entry
from ontology.comparability import required_conditions
from ontology.vocabulary import vocabulary

EXPECTED = [   # (what a chemist writes, kind, term id)
    ("ΔS", "Property", "ReactionEntropy"),
    ("entropy change", "Property", "ReactionEntropy"),
    ("plateau pressure", "Property", "PlateauPressure"),
    ("hysteresis", "Property", "PressureHysteresis"),
    ("absorption kinetics", "Property", "HydrogenAbsorptionRate"),
    ("volumetric capacity", "Property", "VolumetricHydrogenCapacity"),
    ("desorbed capacity", "Property", "DesorbedHydrogenCapacity"),
    ("cyclable hydrogen capacity", "Property", "ReversibleHydrogenCapacity"),
    ("electrochemical stability window", "Property", "ElectrochemicalStabilityWindow"),
    ("electronic conductivity", "Property", "ElectronicConductivity"),
    ("transference number", "Property", "TransferenceNumber"),
    ("interfacial resistance", "Property", "InterfacialResistance"),
    ("average voltage", "Property", "AverageVoltage"),
    ("pore size", "Property", "PoreSize"),
    ("BET specific surface area", "Property", "SpecificSurfaceArea"),
    ("film thickness", "Property", "FilmThickness"),
    ("back-pressure", "Condition", "BackPressureCondition"),
    ("stacking pressure", "Condition", "StackingPressureCondition"),
    ("all-solid-state cell cycling", "Technique", "AllSolidStateCellCycling"),
    ("liquid-electrolyte cell cycling", "Technique", "LiquidElectrolyteCellCycling"),
    ("Li-RHC", "Strategy", "LithiumRHC"),
    ("Li–Mg–N–H composite", "Strategy", "LiMgNHComposite"),
    ("Kissinger", "Technique", "KissingerAnalysis"),
    ("non-isothermal kinetic analysis", "Technique", "NonIsothermalKineticAnalysis"),
]


@pytest.mark.parametrize("text, kind, term", EXPECTED)
def test_the_term_is_found_under_the_label_a_chemist_writes(text, kind, term):
    found = vocabulary().lookup(text, kind)
    assert found is not None and found.id == term, (text, found)


def test_theoretical_capacity_is_a_basis_of_the_capacity_not_another_property():
    # "theoretical" is how a capacity was obtained (Measurement.theoretical, Table 2's "T")
    from ontology.models import Measurement

    assert "theoretical" in Measurement.model_fields


def test_rhc_families_are_reactive_hydride_composites():
    vocab = vocabulary()
    for family in ("LithiumRHC", "LiMgNHComposite"):
        assert vocab.is_a(family, "ReactiveHydrideComposite")
    assert vocab.is_a("AllSolidStateCellCycling", "GalvanostaticCycling")


def test_a_lab_entry_records_the_new_properties_conditions_and_cell_type():
    entry = load_entry({
        "title": "LiBH4 electrolyte in an all-solid-state cell", "author": "A. Tester", "created": "2026-03-01",
        "samples": [{"id": "S1", "host": {"formula": "LiBH4"}, "strategies": ["Li-RHC"], "measurements": [
            {"property": "electronic conductivity", "value": 2e-9, "unit": "S/cm",
             "conditions": {"temperature": "25 degC"}},
            {"property": "interfacial_resistance", "value": 120, "unit": "ohm",
             "technique": "all-solid-state cell cycling",
             "conditions": {"stacking_pressure": "50 MPa", "temperature": "60 degC"}},
            {"property": "hydrogen_capacity", "value": 8.0, "unit": "wt%",
             "conditions": {"back_pressure": "0.5 MPa", "temperature": "400 degC"}}]}]})
    batch = entry_to_batch(entry.model_copy(update={"id": "e-terms"}))
    by_prop = {m.property: m for m in batch.measurements}
    assert by_prop["electronic_conductivity"].value == pytest.approx(2e-6)          # in mS/cm
    assert by_prop["interfacial_resistance"].technique == "AllSolidStateCellCycling"
    assert by_prop["interfacial_resistance"].conditions["stacking_pressure"] == 50.0
    assert by_prop["hydrogen_capacity"].conditions["back_pressure"] == 0.5
    assert "LithiumRHC" in batch.reports[0].strategies


def test_reports_compare_electronic_conductivity_like_ionic_conductivity():
    assert required_conditions("electronic_conductivity") == {"temperature"}
    assert vocabulary().property("electronic_conductivity").better_when == "lower"


def test_extraction_reads_back_pressure_only_when_named():
    from ingest.extract import extract_text

    doc = ("# Pressures\n\nDOI: 10.9999/pressures.1\n\n## 2. Results\n\n"
           "The LiBH<sub>4</sub>–MgH<sub>2</sub> composite released 8 wt% H<sub>2</sub> at 400 °C under 0.5 MPa.\n\n"
           "The 2LiBH<sub>4</sub>–MgH<sub>2</sub> composite released 9 wt% H<sub>2</sub> at 400 °C under a "
           "back-pressure of 0.4 MPa.\n\n"
           "Its electrolyte conducts 0.12 mS cm<sup>-1</sup> at 30 °C.\n")
    ms = extract_text(doc).measurements
    conds = {m.value: m.conditions for m in ms if m.property == "hydrogen_capacity"}
    assert conds[8.0].get("pressure") == 0.5 and "back_pressure" not in conds[8.0]
    assert conds[9.0].get("back_pressure") == 0.4
    # electronic conductivity shares mS/cm: an uncued conductivity stays an ionic one
    assert [m.property for m in ms if m.value == 0.12] == ["ionic_conductivity"]
