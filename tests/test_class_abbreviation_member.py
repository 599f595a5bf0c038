"""A class of materials defined by an abbreviation and given one formula ('a high-entropy alloy (HEA) of
FeCoNiCrMn', 'a high-entropy alloy (HEA), TiVZrNbHf,', 'the FeCoNiCrMn high-entropy alloy (HEA)') makes the
abbreviation used later ('MgH2 doped with the HEA') that formula, a catalyst of the host: the letters are no
abbreviation of words that name no material."""
from __future__ import annotations

from prose_sentences import component_materials, contract_measurements, the_one

from ingest.extraction.text.abbreviations import defined_for_no_material


def test_abbreviated_class_stands_for_its_one_formula():
    for text, value, formula in (
            ("This work examines a high-entropy alloy (HEA) of FeCoNiCrMn on MgH2. MgH2 doped with the HEA began "
             "to lose hydrogen at 285 °C.", 285.0, "FeCoNiCrMn"),
            ("We arc-melted a high-entropy alloy (HEA), TiVZrNbHf, as an additive. After milling MgH2 with 7 wt% "
             "HEA, the onset of desorption fell to 242 °C.", 242.0, "TiVZrNbHf"),
            ("Our catalyst is the CoCrFeNiMn high-entropy alloy (HEA). Catalysed with the HEA, MgH2 began to "
             "release hydrogen at 262 °C.", 262.0, "CoCrFeNiMn")):
        row = the_one(contract_measurements(text), value)
        assert component_materials(row) == {"MgH2", formula}, (text, row)


def test_near_miss_letters_of_a_method_stay_no_material():
    assert "DSC" in defined_for_no_material("The samples were examined by differential scanning calorimetry (DSC).")
    assert "HEA" not in defined_for_no_material("We milled MgH2 with a high-entropy alloy (HEA) for 2 h.")
    # a class noun followed by two formulas names no one member
    rows = contract_measurements("A high-entropy alloy (HEA) and TiO2 were compared; MgH2 with TiO2 began to release "
                                 "hydrogen at 301 °C.")
    assert all("FeCoNiCrMn" not in str(r) for r in rows), rows
