"""Issue 10: systems a text names in words or in an indexing service's notation, read as the ontology's
compositions: element-list names ("the Li–N–H system" is LiNH2–LiH) and PubMed's bracketed subscripts with
a spaced adduct dot ("LiBH(4) ⋅CH(3) NH(2)" is LiBH4·CH3NH2). Every sentence is written for these tests."""
from __future__ import annotations

from prose_sentences import facts

from ingest.nlp import clean_text, mentions, system_of


def roles(system):
    return {c.formula: c.role for c in system.components}


# ---------------------------------------------------------------- systems named by their elements
def test_element_list_names_are_the_ontology_compositions():
    for written in ("Li-N-H", "Li–N–H", "Li–N–H system", "Li−N−H"):
        s = system_of(clean_text(written).text)
        assert s is not None and s.host.formula == "LiNH2", written
        assert roles(s)["LiH"] == "DestabilizingReactant"
    s = system_of("Mg-N-H")
    assert s.host.formula == "Mg(NH2)2" and roles(s)["MgH2"] == "DestabilizingReactant"
    s = system_of("Li-Mg-N-H")
    assert s.host.formula == "Mg(NH2)2" and roles(s)["LiH"] == "DestabilizingReactant"
    s = system_of("Li-B-N-H")
    assert s.host.formula == "LiBH4" and "LiNH2" in roles(s)


def test_a_value_of_an_element_list_system_lands_on_its_composition():
    v = facts("The Li-N-H system milled for 2 h released 5.4 wt% hydrogen below 300 °C.")
    assert v[5.4].system.host.formula == "LiNH2" and "LiH" in roles(v[5.4].system)
    v = facts("Hydrogen desorption from the Mg–N–H system peaks at 310 °C.")
    assert v[310.0].system.host.formula == "Mg(NH2)2" and "MgH2" in roles(v[310.0].system)


def test_a_derived_compound_keeps_its_substituent_partner():
    # negative cases: a halide, a guest metal and a second borohydride stay substituents
    assert roles(system_of("Li4(BH4)3I"))["LiI"] == "DopantSubstituent"
    assert roles(system_of("Mg0.9Zn0.1(BH4)2"))["Zn(BH4)2"] == "DopantSubstituent"
    assert roles(system_of("Mg(BH4)2·2NH3"))["NH3"] == "DopantSubstituent"


# ---------------------------------------------------------------- bracketed subscripts, spaced adduct dot
def test_pubmed_subscripts_and_adduct_dot_make_one_ligand_complex():
    for raw in ("LiBH(4) ⋅CH(3) NH(2) melts", "LiBH(4)⋅CH(3)NH(2) melts", "LiBH(4) ⋅ CH(3) NH(2) melts"):
        text = clean_text(raw).text
        assert text.startswith("LiBH4·CH3NH2 "), (raw, text)
        s = system_of(mentions(text)[0].text)
        assert s.host.formula == "LiBH4" and roles(s)["CH3NH2"] == "DopantSubstituent"
    assert clean_text("NH(3) BH(3) releases hydrogen").text == "NH3BH3 releases hydrogen"
    assert clean_text("Mg(BH(4))(2) ⋅ 2NH(3)").text == "Mg(BH4)2·2NH3"


def test_spaces_between_salts_and_words_stay():
    assert clean_text("LiBH(4) NaBH(4) mixture").text == "LiBH4 NaBH4 mixture"   # two salts, not one formula
    assert clean_text("in LiBH(4) Li ions hop").text == "in LiBH4 Li ions hop"
    assert clean_text("TiS(2) as the cathode").text == "TiS2 as the cathode"
    assert clean_text("a ⋅ b").text == "a ⋅ b"
    c = clean_text("LiBH(4) ⋅CH(3) NH(2)")
    assert len(c.offsets) == len(c.text)


def test_a_value_of_the_ligand_complex_keeps_its_ligand():
    raw = "The conductivity of LiBH(4) ⋅CH(3) NH(2) reaches 1.2 mS cm(-1) at 25 °C."
    v = facts(clean_text(raw).text)
    assert roles(v[1.2].system) == {"LiBH4": "HostHydride", "CH3NH2": "DopantSubstituent"}
