"""Damage that publisher pages, PDF copies and indexing services do to chemistry and units, undone by the
text layer (ingest.extraction.text.pdf_copy, ingest.extraction.text.nlp.clean_text): formulas split between element
groups, bonds and signs as words or font glyphs, units that lost the minus of their exponent, temperatures that lost
their degree sign, names run together. Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, facts

from ingest.extraction.text.nlp import clean_text
from ontology.units import UnitError, to_canonical


def _clean(text: str) -> str:
    cleaned = clean_text(text)
    assert len(cleaned.offsets) == len(cleaned.text)   # every clean character still points at the source
    return cleaned.text


# ----------------------------------------------------------- formulas split between element groups
@pytest.mark.parametrize(("text", "joined"), [
    ("The Li2 NH–LiBH4 mixture was milled.", "The Li2NH–LiBH4 mixture was milled."),
    ("A cast Mg60 Ni35 Ce5 ingot was crushed.", "A cast Mg60Ni35Ce5 ingot was crushed."),
    ("grains with a Mg2 Ni-type lattice", "grains with a Mg2Ni-type lattice"),
    ("Ti3 C2 flakes and Nb2 O5 powder", "Ti3C2 flakes and Nb2O5 powder"),
    ("the inactive Li2 B6 phase", "the inactive Li2B6 phase"),
    ("the salt Na 3(NH2)2I forms", "the salt Na3(NH2)2I forms"),
    ("pairs Mg 2 Co/Mg 2 CoH 5 and", "pairs Mg2Co/Mg2CoH5 and"),
])
def test_formulas_split_between_element_groups_are_one_word(text, joined):
    assert _clean(text) == joined


@pytest.mark.parametrize("text", [
    "heated under H2 Ar flow",           # two gases side by side
    "Mg50 Ni45 B5 BCC alloys",           # the acronym stays apart (the alloy joins: see below)
    "samples S1 B2 and S3",              # sample labels: no formula prints a 1
    "the ratio Li2 and Na2",
    "milled for Mg 2 h",
    "repeated Li 3 times",
    "with Ni 5 wt% loading",
    "Mg 2 BCC grains",
    "as in Fig 3(a) above",
    "formed Mg2 As shown in",            # a capitalised word that is also a symbol
])
def test_text_that_only_looks_split_between_groups_stays(text):
    out = _clean(text)
    assert "BCC" in out.split() if "BCC" in text else out == text


def test_the_alloy_before_an_acronym_joins_without_it():
    assert _clean("Mg50 Ni45 B5 BCC alloys") == "Mg50Ni45B5 BCC alloys"


# ------------------------------------------------------------------------- bonds and sign glyphs
@pytest.mark.parametrize(("text", "clean"), [
    ("compacted 2LiBH4single bondMgH2 pellets", "compacted 2LiBH4–MgH2 pellets"),
    ("the Mg(BH4)2 single bond LiBH4 eutectic", "the Mg(BH4)2–LiBH4 eutectic"),
    ("a 2NaBH4double bondMgH2 pair", "a 2NaBH4=MgH2 pair"),
    ("MgH2 with 1 mol% Fe2O3 þ 2 mol% Nb2O5", "MgH2 with 1 mol% Fe2O3 + 2 mol% Nb2O5"),
    ("the LiAlH4þ5 wt% TiF3 powder", "the LiAlH4 + 5 wt% TiF3 powder"),
    ("all solid\u2010state cells with LiBH4\u2010LiI", "all solid-state cells with LiBH4-LiI"),
    ("a LiNi₀.₆Mn₀.₂Co₀.₂O₂ cathode", "a LiNi0.6Mn0.2Co0.2O2 cathode"),
])
def test_bonds_and_sign_glyphs_read_as_their_signs(text, clean):
    assert _clean(text) == clean


@pytest.mark.parametrize("text", [
    "a single bond between B and H",
    "the double bond of the ligand",
    "þorn is a letter",
])
def test_bond_words_and_glyphs_in_prose_stay(text):
    assert _clean(text) == text


# ----------------------------------------------------------------------- units that lost a minus
@pytest.mark.parametrize(("text", "clean"), [
    ("an enthalpy of 74 kJ mol1, lower", "an enthalpy of 74 kJ mol-1, lower"),
    ("reaching 3 × 10-4 S cm1 at 60 °C", "reaching 3 × 10-4 S cm-1 at 60 °C"),
    ("delivered 820 mAh g1 after", "delivered 820 mAh g-1 after"),
    ("needs 41 kJ mol 1 H2 only", "needs 41 kJ mol-1 H2 only"),
    ("an entropy of 130 J mol1 K1.", "an entropy of 130 J mol-1 K-1."),
])
def test_a_unit_that_lost_its_minus_divides_again(text, clean):
    assert _clean(text) == clean


@pytest.mark.parametrize("text", [
    "5 mol 1 h later",            # an amount, then one hour: no unit above it
    "at 1 C and Table 1",
    "weighed 2 g 1 day before",
    "gave 60 kJ mol-1 exactly",   # already whole
    "with 1.5 kJ mol 1.5 times",  # a fraction is no exponent
])
def test_ones_that_are_no_exponent_stay(text):
    assert _clean(text) == text


@pytest.mark.parametrize(("sentence", "value", "key"), [
    ("The activation energy of MgH2 catalysed by 2 mol% Nb2O5 is 88 kJ mol1.", 88.0,
     "dehydrogenation_activation_energy"),
    ("Dehydrogenation of the Mg(BH4)2–LiBH4 eutectic needs 121 kJ mol 1 H2.", 121.0, None),
    ("The LiBH4–LiI solid solution conducts 1.1 × 10-4 S cm1 at 30 °C.", 0.11, "ionic_conductivity"),
])
def test_sentences_with_a_lost_minus_give_their_values(sentence, value, key):
    got = facts(sentence)[value]
    assert got.unit in ("kJ/mol", "mS/cm")
    if key:
        assert got.property == key


@pytest.mark.parametrize("unit", ["kJ*mol", "kJ mol", "J*mol"])
def test_an_energy_times_an_amount_is_no_activation_energy(unit):
    # taken per particle it would be 10^24 eV: a misread unit is refused, never stored
    with pytest.raises(UnitError):
        to_canonical("ion_migration_activation_energy", 150.0, unit)
    with pytest.raises(UnitError):
        to_canonical("dehydrogenation_activation_energy", 150.0, unit)


def test_energies_per_mole_and_per_particle_still_convert():
    assert to_canonical("ion_migration_activation_energy", 96.4853321233, "kJ/mol") == pytest.approx(1.0)
    assert to_canonical("dehydrogenation_activation_energy", 1.0, "eV") == pytest.approx(96.485, rel=1e-4)


# ----------------------------------------------------------------------- a lost degree sign
@pytest.mark.parametrize(("text", "clean"), [
    ("released 5.2 wt% at 290  C.", "released 5.2 wt% at 290 °C."),
    ("annealed at 450 C for 2 h", "annealed at 450 °C for 2 h"),
    ("kept at 25 C under argon", "kept at 25 °C under argon"),
    ("cooled to -40 C before", "cooled to -40 °C before"),
    ("the peak shifted by 75  C, lower", "the peak shifted by 75 °C, lower"),
    ("cells were cycled at 60 C and 0.1 C", "cells were cycled at 60 °C and 0.1 C"),
    ("the pellet conducts 0.2 mS cm-1 at 35 C in the cell", "the pellet conducts 0.2 mS cm-1 at 35 °C in the cell"),
    ("dried at 5  C overnight", "dried at 5 °C overnight"),
])
def test_a_lost_degree_sign_is_put_back(text, clean):
    assert _clean(text) == clean


@pytest.mark.parametrize("text", [
    "the cell was cycled at 0.5 C and 2 C",
    "discharged at 1  C with 90% retention",   # a C-rate, even with the gap
    "a rate of C/10 and a 5 C-rate",
    "charged at 10  C for the rate test",
    "a mixture with 5 C",
])
def test_c_rates_stay_c_rates(text):
    assert "°" not in _clean(text)


@pytest.mark.parametrize(("text", "clean"), [
    ("fell from 362?C to 301?C", "fell from 362°C to 301°C"),
    ("desorbs at 275 ?C under vacuum", "desorbs at 275 °C under vacuum"),
    ("annealed at 410? C for 3 h", "annealed at 410°C for 3 h"),
    ("heated to 150ˇăC", "heated to 150°C"),
])
def test_a_degree_sign_printed_as_a_question_mark_is_put_back(text, clean):
    # an indexing service that could not encode the sign printed '?' (or mojibake) in its place
    assert _clean(text) == clean


@pytest.mark.parametrize("text", [
    "Is the onset below 300? Cycling says yes.",      # a question, then a capital word: no temperature
    "sample 12?C3 was milled",                         # a code with letters glued on
])
def test_a_question_mark_that_is_no_degree_sign_stays(text):
    assert "°" not in _clean(text)


def test_values_with_a_question_mark_degree_sign_are_read():
    got = facts("The onset temperature of MgH2–7 wt% CoTiO3 decreased from 352?C to 287?C.")
    assert {v: m.unit for v, m in got.items()} == {352.0: "degC", 287.0: "degC"}


def test_a_temperature_that_lost_its_ring_is_read():
    got = facts("The MgH2–TiF3 composite releases 5.9 wt% hydrogen from 240  C.")
    assert any(m.property.endswith("temperature") and m.unit == "degC" for m in got.values()) or 240.0 in got


# ----------------------------------------------------------------------- names run together
@pytest.mark.parametrize(("text", "clean"), [
    ("Lithiumborohydride (LiBH4) is light", "Lithium borohydride (LiBH4) is light"),
    ("the magnesiumhydride powder", "the magnesium hydride powder"),
    ("Ti-doped sodiumalanate releases", "Ti-doped sodium alanate releases"),
    ("milled lithiumhydride and", "milled lithium hydride and"),
])
def test_glued_material_names_get_their_spaces_back(text, clean):
    assert _clean(text) == clean


@pytest.mark.parametrize("text", ["the characterization and nanoconfinement", "thermogravimetry results",
                                  "electrochemically driven"])
def test_long_words_that_are_no_glued_names_stay(text):
    assert _clean(text) == text


def test_a_glued_name_is_read_as_the_material():
    got = facts("Sodiumalanate doped with 2 mol% TiCl3 releases 4.2 wt% hydrogen at 150 °C.")
    assert got[4.2].system.host.formula == "NaAlH4"


# ------------------------------------------- full-width forms, small minus, Symbol-font private-use signs
@pytest.mark.parametrize(("text", "clean"), [
    ("doped with 3 wt％ Nb2O5 （ball milled）", "doped with 3 wt% Nb2O5 (ball milled)"),
    ("an energy of 81 kJ mol－1", "an energy of 81 kJ mol-1"),
    ("reaches 4 × 10﹣3 S cm﹣1", "reaches 4 × 10-3 S cm-1"),
    ("heated to 350 \uf0b0C at 5 \uf0b0C min\uf02d1", "heated to 350 °C at 5 °C min-1"),
    ("2.2 \uf0b4 10\uf02d5 S cm\uf02d1 and 64 \uf0b1 2 kJ", "2.2 × 10-5 S cm-1 and 64 ± 2 kJ"),
    ("particles of 40\u3000nm", "particles of 40 nm"),
])
def test_wide_forms_and_symbol_font_signs_read_as_ascii(text, clean):
    assert _clean(text) == clean


def test_private_use_characters_of_no_known_sign_stay():
    assert _clean("a mark \uf0e8 here") == "a mark \uf0e8 here"


@pytest.mark.parametrize(("sentence", "value", "key"), [
    ("MgH2 milled with 4 wt％ TiF3 releases 5.8 wt％ H2 at 270 ℃.", 5.8, "hydrogen_capacity"),
    ("The LiBH4–LiBr solid solution conducts 3.1 \uf0b4 10\uf02d4 S cm\uf02d1 at 40 \uf0b0C.", 0.31,
     "ionic_conductivity"),
    ("The Mg(BH4)2–NH3 adduct conducts 5.5 × 10﹣5 S cm﹣1 at 55 °C.", 0.055, "ionic_conductivity"),
])
def test_sentences_in_wide_or_symbol_forms_give_their_values(sentence, value, key):
    assert facts(sentence)[value].property == key


# ----------------------------------------------------------- a fullerene's cage count set after a hyphen
@pytest.mark.parametrize(("text", "clean"), [
    ("A LiBH4-C-60 composite was ball milled.", "A LiBH4-C60 composite was ball milled."),
    ("Adding C-70 to LiBH4 raised its conductivity.", "Adding C70 to LiBH4 raised its conductivity."),
    ("the LiBH4:C-60 (60:40 wt%) electrolyte", "the LiBH4:C60 (60:40 wt%) electrolyte"),
    ("MgH2 milled with fullerene (C-60).", "MgH2 milled with fullerene (C60)."),
])
def test_a_cage_count_after_a_hyphen_is_the_fullerenes_subscript(text, clean):
    assert _clean(text) == clean


@pytest.mark.parametrize("text", [
    "C-13 NMR of the Mg(BH4)2 sample",          # an isotope
    "an Mg-C-40 wt% mixture was milled",         # an amount
    "samples C-1 and C-2 were cycled",            # sample labels
    "the PC-60 polymer binder",                   # part of a longer name
])
def test_a_hyphen_before_no_cage_count_stays(text):
    assert _clean(text) == text


@pytest.mark.parametrize("sentence", [
    "A LiBH4-C-60 nanocomposite reached an ionic conductivity of 1.5 x 10^-4 S/cm at 35 °C.",
    "With 25 wt% C-70, LiBH4 gave an ionic conductivity of 3 x 10^-5 S/cm at 30 °C.",
    "In the presence of C-60, LiBH4 reached an ionic conductivity of 2 x 10^-3 S/cm at 120 °C.",
])
def test_the_fullerene_is_the_partner_of_the_electrolyte(sentence):
    rows = contract_measurements(sentence)
    assert rows and all([(c["material"], c["role"]) for c in r["components"]][1:] in
                        ([("C60", "SolidElectrolytePartner")], [("C70", "SolidElectrolytePartner")]) for r in rows)


# ----------------------------------------------------------- a process word a copy split at its syllable break
@pytest.mark.parametrize(("text", "clean"), [
    ("The Ni-doped MgH2 ab sorbs 6.2 wt% hydrogen.", "The Ni-doped MgH2 absorbs 6.2 wt% hydrogen."),
    ("the de sorption peak of the LiBH4–MgH2 composite", "the desorption peak of the LiBH4–MgH2 composite"),
    ("hydrogen was re leased from Mg(BH4)2 above 250 °C", "hydrogen was released from Mg(BH4)2 above 250 °C"),
    ("the sample was de hydrogenated in vacuum", "the sample was dehydrogenated in vacuum"),
])
def test_a_process_word_split_by_a_copy_is_one_word(text, clean):
    assert _clean(text) == clean


@pytest.mark.parametrize("text", [
    "the powder was taken up take-off free",      # an English word before a process word's tail
    "Ti and Nb sorb hydrogen at room temperature",
    "it is sorbed on the surface",
    "the red hydride phase",
])
def test_words_that_only_look_split_stay(text):
    assert _clean(text) == text


@pytest.mark.parametrize(("sentence", "key"), [
    ("MgH2 with 5 wt% Ni ab sorbs 6.2 wt% hydrogen in 3 min at 300 °C.", "absorbed_hydrogen_capacity"),
    ("MgH2 with 5 wt% Ni de sorbs 5.1 wt% hydrogen in 9 min at 300 °C.", "desorbed_hydrogen_capacity"),
    ("Within 4 min at 280 °C the Fe-doped MgH2 ab sorbed 5.8 wt% hydrogen.", "absorbed_hydrogen_capacity"),
])
def test_a_split_process_word_still_names_the_capacity(sentence, key):
    assert [r["property"] for r in contract_measurements(sentence)] == [key]


# ----------------------------------------------------------- a word an indexing service glued to a notation
@pytest.mark.parametrize(("text", "spaced"), [
    ("reaching 3.1 × 10−5 S cm−1and 4.4 × 10−4 S cm−1 at 60 °C",
     "reaching 3.1 × 10-5 S cm-1 and 4.4 × 10-4 S cm-1 at 60 °C"),   # (the clean text writes a minus '-')
    ("a capacity of 410 mAh g−1at 0.1 C", "a capacity of 410 mAh g-1 at 0.1 C"),
    ("stable up to 3.4 Vvs. Na+/Na", "stable up to 3.4 V vs. Na+/Na"),
    ("KB3H8·(NH3)xand RbB3H8·(NH3)x were made", "KB3H8·(NH3)x and RbB3H8·(NH3)x were made"),
    ("Li2B10H10was annealed", "Li2B10H10 was annealed"),
    # (a group's letter count the text writes alone too is a count wherever a word is glued to it)
    ("Like RbB3H8·(NH3)x, KB3H8·(NH3)xdissolves", "Like RbB3H8·(NH3)x, KB3H8·(NH3)x dissolves"),
])
def test_a_word_glued_to_a_unit_or_formula_is_set_apart(text, spaced):
    assert _clean(text) == spaced


@pytest.mark.parametrize("text", [
    "held for 5 min in argon",             # 'min' is a unit of its own: no 'm in'
    "a 50 nm MgH2 thin film",              # a subscript's digit before 'th in' is no number
    "the (LiBH4)nanoparticles were sieved",   # a bracket's letter before a word not written alone: no count
])
def test_a_unit_or_group_that_only_looks_glued_stays_whole(text):
    assert _clean(text) == text


def test_a_value_whose_unit_an_indexing_service_glued_to_the_next_word_is_read():
    rows = contract_measurements("The Sr(BH4)2·(NH3)n electrolyte reaches 6.3 × 10−5 S cm−1at 75 °C and is "
                                 "stable up to 2.8 Vvs. Sr2+/Sr.")
    assert {r["property"] for r in rows} >= {"ionic_conductivity", "electrochemical_stability_window"}


# -------------------------------------------------- a preparation setting between a property and its value
@pytest.mark.parametrize(("sentence", "value", "key"), [
    ("The desorption temperature of MgH2 milled for 8 h is 332 °C.", 332.0, "dehydrogenation_temperature"),
    ("The onset temperature of NaAlH4 after milling for 12 h with 4 mol% TiCl3 was 118 °C.", 118.0,
     "onset_dehydrogenation_temperature"),
    ("The activation energy of Mg2NiH4 ball milled for 20 h amounts to 64 kJ/mol.", 64.0,
     "dehydrogenation_activation_energy"),
])
def test_how_the_sample_was_made_does_not_cut_the_value_from_its_name(sentence, value, key):
    got = facts(sentence)
    assert got[value].property == key, sentence


def test_a_setting_the_value_was_measured_at_still_cuts():
    # near miss: a temperature the test ran at, between the name and the value, is the value's setting
    got = facts("The hydrogen capacity of MgH2–5 wt% Nb2O5 at 300 °C was 6.4 wt%.")
    assert got[6.4].conditions.get("temperature") == 300.0


# ----------------------------------------------------------- a sample's notation a line broke after a hyphen
@pytest.mark.parametrize(("text", "clean"), [
    ("cycle-stable NdH2.6- MgH2-Fe nanocomposites", "cycle-stable NdH2.6-MgH2-Fe nanocomposites"),
    ("the LiBH4- Mg2NiH4 composite desorbs", "the LiBH4-Mg2NiH4 composite desorbs"),
    ("a Mg(NH2)2- 2LiH mixture", "a Mg(NH2)2-2LiH mixture"),
])
def test_a_notation_broken_after_its_hyphen_is_one_notation(text, clean):
    assert _clean(text) == clean


@pytest.mark.parametrize("text", [
    "both Mg- and Ti-based hydrides",              # a suspended hyphen before a word
    "see Table 1- Ni was added",                   # a number, no formula, before the hyphen
])
def test_a_hyphen_and_space_before_no_formula_stay(text):
    assert _clean(text) == text


def test_the_rejoined_notation_keeps_its_catalytic_hydride():
    (row,) = [r for r in contract_measurements("The NdH2.6- MgH2-Fe nanocomposites show a hydrogen desorption "
                                               "activation energy of 68 kJ/mol H2.")]
    assert {c["material"]: c["role"] for c in row["components"]} == \
        {"MgH2": "HostHydride", "NdH2.6": "Catalyst", "Fe": "Catalyst"}, row


# ----------------------------------------------------------------------- LaTeX text styles
@pytest.mark.parametrize(("text", "clean"), [
    (r"studied by \textit{ab initio} molecular dynamics", "studied by ab initio molecular dynamics"),
    (r"the \textbf{MgH2–Ni} composite", "the MgH2–Ni composite"),
    (r"formed \emph{in situ} during milling", "formed in situ during milling"),
])
def test_a_latex_text_style_keeps_its_words_and_drops_its_command(text, clean):
    assert _clean(text) == clean


def test_a_style_name_without_its_backslash_is_a_word():
    # near miss: the style's name in plain words is no command
    assert _clean("the textit and emph macros") == "the textit and emph macros"


@pytest.mark.parametrize(("sentence", "value"), [
    ("The desorption temperature of mechanically activated MgH2 for 5 h is 338 °C.", 338.0),
    ("The onset temperature of MgH2 mechanically activated for 12 h is 322 °C.", 322.0),
    ("The activation energy of ball-milled Mg2NiH4 for 20 h amounts to 61 kJ/mol.", 61.0),
])
def test_a_milling_time_after_the_sample_it_made_is_no_condition(sentence, value):
    got = facts(sentence)
    assert "time" not in got[value].conditions and got[value].property.endswith(("temperature", "energy")), sentence
