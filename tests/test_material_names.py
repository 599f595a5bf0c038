"""Material names as abstracts write them: a formula followed by its class noun ('… high-entropy alloy
(HEA)') names the formula, later 'the HEA' too; a precursor the additive was made from is no part of
the sample; a number hyphened to a composite's last formula ('Mg@C-3') is a sample label; scaffold
and ligand names the ontology knows. Every sentence here was written for this test."""
from __future__ import annotations

import pytest
from prose_sentences import facts

from ingest.evaluation.scoring import same_material
from ingest.extraction.samples.class_members import class_members
from ingest.extraction.text.nlp import mentions
from ontology.system import parse_system


def parts(m):
    return sorted(c.formula for c in m.system.components)


# ------------------------------------------------------------- a formula before its class noun
@pytest.mark.parametrize("sentences, value, additive", [
    (("Nanosheets of a CrMnFeCoNi high-entropy alloy (HEA) were milled with MgH2.",
      "The MgH2–HEA composite desorbs 5.6 wt% H2 at 260 °C."), 5.6, "CrMnFeCoNi"),
    (("We synthesised the TiVZrNbHf high entropy alloy by arc melting.",
      "With 5 wt% HEA, MgH2 starts releasing hydrogen at 205 °C."), 205.0, "TiVZrNbHf"),
    (("A Mo2TiC2 double-transition-metal MXene was delaminated into flakes.",
      "MgH2 catalysed by the MXene shows an onset temperature of 188 °C."), 188.0, "Mo2TiC2"),
    (("An NbTiC solid-solution MXene was added to MgH2 by milling.",
      "The MgH2-MXene composite releases 6.0 wt% H2 within 10 min at 300 °C."), 6.0, "NbTiC"),
])
def test_a_class_noun_after_a_formula_names_that_formula_later(sentences, value, additive):
    v = facts(*sentences)
    assert parts(v[value]) == sorted(["MgH2", additive])


def test_a_class_given_two_formulas_names_neither():
    text = "The TiVNbZr high-entropy alloy and the FeCoNiCuMn high-entropy alloy were both milled with MgH2."
    assert class_members(text, mentions(text)) == {}


def test_a_class_noun_after_a_joiner_is_no_name_of_the_formula():
    text = "TiO2 and an MXene were milled with MgH2."
    assert class_members(text, mentions(text)) == {}


def test_a_name_with_a_part_no_reading_knows_names_no_member_of_the_class():
    # 'Na/Ca-based': the parse keeps 'Ca-based' as no component (``MaterialSystem.unresolved``), which leaves
    # Na alone; the words still name a kind of hydride, not one formula
    text = "Na/Ca-based hydrides for hydrogen storage"
    assert class_members(text, mentions(text)) == {}


# ------------------------------------------------------------------------ precursors
@pytest.mark.parametrize("sentence, value, additive", [
    ("Ti3C2 MXene etched from Ti3AlC2 was ball milled with MgH2, and the composite released 6.2 wt% H2 at 300 °C.",
     6.2, "Ti3C2"),
    ("V2C nanosheets, obtained by exfoliating the V2AlC MAX phase, lowered the onset temperature of MgH2 to 185 °C.",
     185.0, "V2C"),
    ("MgH2 catalysed by Nb2C derived from Nb2AlC released 5.7 wt% H2 at 300 °C.", 5.7, "Nb2C"),
    ("Using Co3O4 as a sacrificial template, CoS2 was milled with MgH2, which then absorbed 5.1 wt% H2 at 150 °C.",
     5.1, "CoS2"),
    ("MgH2 with CoS2 made with ZnO as the template absorbs 4.9 wt% H2 at 150 °C.", 4.9, "CoS2"),
])
def test_what_an_additive_was_made_from_is_no_part_of_the_sample(sentence, value, additive):
    v = facts(sentence)
    assert parts(v[value]) == sorted(["MgH2", additive])


def test_an_additive_named_with_from_but_no_making_stays():
    v = facts("Hydrogen released from MgH2 with TiO2 reaches 6.3 wt% at 300 °C.")
    assert parts(v[6.3]) == ["MgH2", "TiO2"]


# --------------------------------------------------------------------------- sample codes
@pytest.mark.parametrize("notation, formulas", [
    ("Mg@C-3", ["C", "Mg"]), ("MgH2/C-2", ["C", "MgH2"]), ("LiBH4@TiO2-4", ["LiBH4", "TiO2"]),
    ("MgH2-Ni-12", ["MgH2", "Ni"]),
])
def test_a_number_after_a_composite_s_last_formula_is_a_sample_label(notation, formulas):
    assert sorted(c.formula for c in parse_system(notation, strict=False).components) == formulas


@pytest.mark.parametrize("notation, support", [("LiBH4@SBA-15", "SBA-15"), ("MgH2@CMK-3", "CMK-3")])
def test_a_number_that_belongs_to_a_support_s_name_stays(notation, support):
    assert support in [c.formula for c in parse_system(notation, strict=False).components]


def test_a_coded_sample_s_values_go_to_its_material():
    v = facts("The Mg@C-2 sample absorbs 5.2 wt% H2 at 250 °C, while Mg@C-4 absorbs only 3.9 wt% H2.")
    assert parts(v[5.2]) == parts(v[3.9]) == ["C", "Mg"]


# ----------------------------------------------------------------------- ontology names
@pytest.mark.parametrize("name, same_as", [
    ("ethylenediamine", "C2H8N2"), ("methylamine", "CH3NH2"), ("isopropylamine", "C3H9N"),
    ("aerogel-like carbon", "carbon aerogel"), ("carbon nanofibres", "CNF"), ("reduced graphite oxide", "rGO"),
])
def test_scaffold_and_ligand_names_are_their_material(name, same_as):
    assert same_material(name, same_as)


def test_a_ligand_is_not_the_same_as_another():
    assert not same_material("ethylenediamine", "methylamine")


@pytest.mark.parametrize("sentence, value, partner", [
    ("LiBH4 confined in an ordered mesoporous silica scaffold conducts 0.12 mS/cm at 35 °C.", 0.12,
     "mesoporous silica"),
    ("LiBH4 infiltrated into the silica scaffolds conducts 0.11 mS/cm at 30 °C.", 0.11, "mesoporous silica"),
    ("LiBH4 in a silica matrix conducts 0.13 mS/cm at 30 °C.", 0.13, "SiO2"),
    ("LiBH4 nanoconfined in aerogel-like carbon releases hydrogen from 210 °C.", 210.0, "carbon aerogel"),
    ("Mg(BH4)2·2C2H8N2 conducts 0.05 mS/cm at 70 °C.", 0.05, "ethylenediamine"),
    ("Mg(BH4)2-ethylenediamine conducts 0.04 mS/cm at 70 °C.", 0.04, "C2H8N2"),
    ("The Mg(BH4)2–CH3NH2 complex conducts 0.03 mS/cm at 60 °C.", 0.03, "methylamine"),
])
def test_a_scaffold_or_ligand_word_names_the_material(sentence, value, partner):
    v = facts(sentence)
    assert any(same_material(c.formula, partner) for c in v[value].system.additives)


# ------------------------------------------------------------- indexing services' subscripts
@pytest.mark.parametrize("raw, clean", [
    ("the MXene Ti(3)C-2 was added", "the MXene Ti3C2 was added"),
    ("10 wt% (Ti0.5V0.5)(3)C-2-containing MgH2", "10 wt% (Ti0.5V0.5)3C2-containing MgH2"),
    ("milled with Mo(2)Ti(2)C-3 flakes", "milled with Mo2Ti2C3 flakes"),
])
def test_a_one_letter_element_s_subscript_after_a_bracketed_one_is_a_subscript(raw, clean):
    from ingest.extraction.text.nlp import clean_text
    assert clean_text(raw).text == clean


@pytest.mark.parametrize("raw", ["Mg@C-3 absorbs more", "MgH2-C-2 composite", "the (3)C-2 route"])
def test_a_hyphened_number_elsewhere_stays(raw):
    from ingest.extraction.text.nlp import clean_text
    assert clean_text(raw).text == raw


@pytest.mark.parametrize("raw, clean", [
    ("the salt Li-4(CB11H12)(2)(B10H10) conducts", "the salt Li4(CB11H12)2(B10H10) conducts"),
    ("a K-2(B12H12) pellet", "a K2(B12H12) pellet"),
    ("with a Na-3(V2O2)(2)F cathode", "with a Na3(V2O2)2F cathode"),
])
def test_a_leading_element_s_count_written_after_a_hyphen_is_a_subscript(raw, clean):
    """Web of Science prints 'Na4(CB11H12)2(B12H12)' as 'Na-4(CB11H12)(2)(B12H12)': the hyphen before the count of
    an element that opens a bracketed group is no bond between two parts."""
    from ingest.extraction.text.nlp import clean_text
    assert clean_text(raw).text == clean


def test_a_mixed_anion_salt_in_an_indexing_service_s_print_is_one_electrolyte():
    v = facts("The Li-4(CB11H12)(2)(B10H10) electrolyte delivers 112 mA h g(-1) at C/10.")
    assert v[112.0].system.name == "Li4(CB11H12)2(B10H10)"
    assert {c.role for c in v[112.0].system.components} == {"HostHydride", "DopantSubstituent"}


@pytest.mark.parametrize("raw", ["a Ti-6(Al) alloy", "the SBA-15(C) scaffold", "the Mg-5(a) sample"])
def test_a_hyphened_count_before_no_formula_group_stays(raw):
    # (near miss: a hyphen before a number whose bracket holds no formula, or after no element symbol)
    from ingest.extraction.text.nlp import clean_text
    assert clean_text(raw).text == raw

# ------------------------------------------------------------- a polymer spelled out in a notation
@pytest.mark.parametrize("sentence, value, polymer", [
    ("The ionic conductivity of the NaBH4–poly(methyl methacrylate) composite is 4 × 10−5 S cm−1 at 60 °C.",
     0.04, "PMMA"),
    ("A LiAlH4-polyvinylidene fluoride membrane conducts Li+ with 3.1 × 10−4 S cm−1 at 70 °C.", 0.31, "PVDF"),
    ("At 40 °C, the Mg(BH4)2–polyethylene oxide electrolyte reaches a conductivity of 7 × 10−6 S cm−1.",
     0.007, "PEO"),
])
def test_a_formula_joined_to_a_polymer_in_words_is_one_sample(sentence, value, polymer):
    assert polymer in parts(facts(sentence)[value])


def test_a_polymer_word_running_on_past_its_name_is_not_joined():
    text = "A NaBH4–poly(ethylene oxide)-coated foil was kept at 50 °C."
    assert not any("poly" in m.text for m in mentions(text))
