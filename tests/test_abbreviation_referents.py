"""A sample named after its definition by the letters the text gave its additive: the letters of a class given one
formula ('a high-entropy alloy (HEA) of TiZrHfNbTa') name that formula wherever they come back, glued before
'-based' too ('a HEA-based catalyst'); a formula holding hafnium (Hf) is no hydride and may be that one member."""
from __future__ import annotations

from prose_sentences import component_materials, contract_measurements, the_one

from ingest.extraction.samples.class_members import class_members
from ingest.extraction.text.nlp import mentions


def test_class_letters_before_based_name_the_one_formula():
    for text, value, formula in (
            ("We studied a high-entropy alloy (HEA) of CrMnFeCoNi. The onset desorption temperature of MgH2 fell from "
             "352 °C to 281 °C when it was catalysed with a HEA-based catalyst.", 281.0, "CrMnFeCoNi"),
            ("A high-entropy alloy (HEA), AlCoCrFeNi, was milled for 5 h. The desorption of MgH2 doped with the "
             "HEA-based additive set in at 274 °C.", 274.0, "AlCoCrFeNi"),
            ("Our catalyst is the CoCuFeNiTi high-entropy alloy (HEA). MgH2 mixed with a HEA-based catalyst "
             "started to desorb hydrogen at 266 °C.", 266.0, "CoCuFeNiTi")):
        row = the_one(contract_measurements(text), value)
        assert component_materials(row) == {"MgH2", formula}, (text, row)


def test_class_given_a_formula_with_hafnium():
    for text, value, formula in (
            ("We prepared a high-entropy alloy (HEA) of TiZrHfNbTa. The onset desorption temperature of MgH2 fell "
             "from 350 °C to 255 °C when it was doped with the HEA.", 255.0, "TiZrHfNbTa"),
            ("The additive was a high-entropy alloy (HEA), HfNbTaTiZr, made by arc melting. MgH2 catalysed by the HEA "
             "released hydrogen from 249 °C on.", 249.0, "HfNbTaTiZr"),
            ("Our catalyst is the TiVZrNbHf high-entropy alloy (HEA). After doping with the HEA, the onset desorption "
             "temperature of MgH2 was 263 °C.", 263.0, "TiVZrNbHf")):
        row = the_one(contract_measurements(text), value)
        assert component_materials(row) == {"MgH2", formula}, (text, row)


def test_class_member_formula_may_hold_hafnium():
    for text, formula in (
            ("We prepared a high-entropy alloy (HEA) of TiZrHfNbTa.", "TiZrHfNbTa"),
            ("The additive was a high-entropy alloy (HEA), HfNbTaTiZr, made by arc melting.", "HfNbTaTiZr"),
            ("Our catalyst is the TiVZrNbHf high-entropy alloy (HEA).", "TiVZrNbHf")):
        assert class_members(text, mentions(text)).get("HighEntropyAlloy") == formula, text
    # near miss: a hydride after the class is a sample, no member of it
    text = "A high-entropy alloy (HEA) of TiVZrNbH10 was hydrided."
    assert "HighEntropyAlloy" not in class_members(text, mentions(text))


def test_near_miss_class_letters_given_no_formula():
    # the class was given two formulas: its letters stand for neither
    rows = contract_measurements("Two high-entropy alloys, CrMnFeCoNi high-entropy alloy and AlCoCrFeNi high-entropy "
                                 "alloy, were made. Catalysed with a HEA-based catalyst, MgH2 began to desorb "
                                 "hydrogen at 277 °C.")
    assert all("CrMnFeCoNi" not in str(r) and "AlCoCrFeNi" not in str(r) for r in rows), rows
    # the letters are written before another word than '-based' ('HEA-free'): no additive
    row = the_one(contract_measurements("We studied a high-entropy alloy (HEA) of CrMnFeCoNi. A HEA-free MgH2 "
                                        "reference began to desorb hydrogen at 345 °C."), 345.0)
    assert "CrMnFeCoNi" not in component_materials(row), row


def test_letters_of_a_material_named_in_words_name_what_a_sample_lacks():
    # 'activated carbon nanofibers (ACNF)' … 'the sample without ACNF': the host without that additive
    for text, value, materials in (
            ("We doped 2LiBH4-MgH2 with 20 wt% activated carbon nanofibers (ACNF). The sample containing ACNF takes "
             "up 4.1 wt% H2, whereas the sample without ACNF takes up only 2.2 wt% H2.", 2.2, {"LiBH4", "MgH2"}),
            ("NaAlH4 was ball milled with 8 wt% multilayer carbon nanofibres (MCNF). At 150 °C the composite without "
             "MCNF gives off only 1.9 wt% H2, against 3.6 wt% for the composite holding MCNF.", 1.9, {"NaAlH4"}),
            ("LiBH4 was melt-infiltrated into a resorcinol formaldehyde carbon aerogel (RFCA). The sample with RFCA "
             "lost 9.8 wt% H2 by 400 °C, while the sample without RFCA lost 3.1 wt% H2.", 3.1, {"LiBH4"})):
        row = the_one(contract_measurements(text), value)
        assert component_materials(row) == materials, (text, row)


def test_near_miss_sample_holding_the_lettered_material_keeps_it():
    row = the_one(contract_measurements(
        "We doped 2LiBH4-MgH2 with 20 wt% activated carbon nanofibers (ACNF). The sample containing ACNF takes up "
        "4.1 wt% H2, whereas the sample without ACNF takes up only 2.2 wt% H2."), 4.1)
    assert {"LiBH4", "MgH2"} < component_materials(row), row
