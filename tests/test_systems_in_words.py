"""Issue 10: systems a text names in words or in an indexing service's notation, read as the ontology's
compositions: element-list names ("the Li–N–H system" is LiNH2–LiH) and PubMed's bracketed subscripts with
a spaced adduct dot ("LiBH(4) ⋅CH(3) NH(2)" is LiBH4·CH3NH2). Every sentence is written for these tests."""
from __future__ import annotations

from prose_sentences import facts

from ingest.extraction.text.nlp import clean_text, mentions, system_of


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


# ---------------------------------------------------------------- a size or form word before the additive
def adds(system):
    return {c.formula: (c.role, c.amount.value if c.amount else None) for c in system.additives}


def test_a_descriptive_prefix_keeps_the_additive_of_a_prefix_doped_host():
    for sentence, value, add in (
            ("The submicron-Fe-doped MgH2 starts to release hydrogen at 191 °C.", 191.0, "Fe"),
            ("The nano-Co-catalysed MgH2 desorbs 6.2 wt% hydrogen.", 6.2, "Co"),
            ("The ML-Ti3C2-modified MgH2 desorbs 6.3 wt% hydrogen.", 6.3, "Ti3C2")):
        v = facts(sentence)
        assert v[value].system.host.formula == "MgH2" and adds(v[value].system) == {add: ("Catalyst", None)}, sentence


def test_a_descriptive_prefix_keeps_the_additive_of_a_composition():
    v = facts("The MgH2 + 10 wt% submicron-Fe composite releases 6.6 wt% hydrogen within 8 min at 300 °C.")
    assert adds(v[6.6].system) == {"Fe": ("Catalyst", 10.0)}
    v = facts("MgH2 milled with 5 wt% nano-TiO2 desorbs 6.1 wt% hydrogen.")
    assert adds(v[6.1].system) == {"TiO2": ("Catalyst", 5.0)}
    v = facts("The MgH2–6 wt% ML-Ti3C2 composite starts to desorb at 139 °C.")
    assert adds(v[139.0].system) == {"Ti3C2": ("Catalyst", 6.0)}
    v = facts("MgH2 milled with amorphous Ni desorbs 6.4 wt% hydrogen.")
    assert adds(v[6.4].system) == {"Ni": ("Catalyst", None)}


def test_a_descriptor_is_read_only_before_one_material():
    s = system_of("submicron-Mn")
    assert s.host.formula == "Mn" and s.name == "submicron-Mn"   # the name keeps the words as written
    assert system_of("ML-Ti3C2").host.formula == "Ti3C2"
    assert system_of("nano-Ni").host.formula == "Ni"            # not a coefficient 'n' before 'ano-Ni'
    # negative cases: a negation, and a material glued to a material, are no descriptors
    assert not facts("The non-Li conductors reach 0.1 mS/cm at 25 °C.")
    assert len(system_of("Ni-graphene").components) == 2
    v = facts("The Ni-doped MgH2 desorbs 6.5 wt% hydrogen.")
    assert adds(v[6.5].system) == {"Ni": ("Catalyst", None)}


# ---------------------------------------------------------------- a share of the capacity kept; a sample named by its loading
def test_a_share_of_the_capacity_that_remains_is_a_retention_not_a_capacity():
    lead = "The MgH2–Ni composite stores 6.1 wt% hydrogen."
    for kept in ("More than 91% of the hydrogen storage capacity (5.5 wt %) remains after 40 cycles.",
                 "After 40 cycles, 91% of its hydrogen capacity (5.5 wt%) is retained.",
                 "Only 91 % of the initial reversible capacity was kept after 40 cycles."):
        v = facts(lead, kept)
        assert v[91.0].property == "capacity_retention" and v[91.0].unit == "%", kept
        assert v[91.0].conditions.get("cycles") == 40.0
        if 5.5 in v:
            assert v[5.5].property.endswith("hydrogen_capacity") and v[5.5].unit == "wt%"
    # negative: a share of a theoretical capacity is no retention, and a capacity in wt% stays one
    v = facts(lead, "The composite reaches 85% of the theoretical capacity.")
    assert 85.0 not in v
    v = facts("After 40 cycles the MgH2–Ni composite still stores 5.2 wt% hydrogen.")
    assert v[5.2].property.endswith("hydrogen_capacity")


def test_a_sample_named_by_the_loading_of_its_hydride_additives_is_the_paragraphs_sample():
    lead = "The Mg(NH2)2–2LiH–0.05KH–0.05CsH composite stores 5.1 wt% hydrogen."
    v = facts(lead, "About 92% of the capacity remains after cycling a sample with 0.05 mol of KH and CsH for 40 cycles.")
    s = v[92.0].system
    assert s.host.formula == "Mg(NH2)2" and roles(s) == {"Mg(NH2)2": "HostHydride", "LiH": "DestabilizingReactant",
                                                          "KH": "Catalyst", "CsH": "Catalyst"}
    v = facts("The 2LiNH2–MgH2 composite releases 5.0 wt% hydrogen.",
              "The composite containing 3 mol% NaH releases 5.3 wt% hydrogen at 180 °C.")
    assert v[5.3].system.host.formula == "LiNH2" and roles(v[5.3].system)["NaH"] == "Catalyst"
    # negative: a hydride named on its own stays its own sample
    v = facts("The 2LiNH2–MgH2 composite releases 5.0 wt% hydrogen.", "KH alone decomposes at 410 °C.")
    assert v[410.0].system.host.formula == "KH"


# ---------------------------------------------------------------- a cap on a film
def test_the_thickness_of_a_cap_is_the_coating_of_the_capped_film():
    for sentence, value in (
            ("Capping the Mg films with a ∼50 nm thin Pd layer lowers the desorption temperature to ∼210 °C.", 50.0),
            ("The Mg films were capped with a 20 nm Pd layer.", 20.0),
            ("The Mg film was covered by a 12 nm thick Pd overlayer.", 12.0)):
        v = facts("Thin Mg films were sputtered on glass.", sentence)
        assert v[value].property == "coating_thickness", sentence
        assert v[value].system.host.formula in ("Mg", "MgH2") and "Pd" in roles(v[value].system), sentence
    v = facts("Capping the Mg films with a ∼50 nm thin Pd layer lowers the desorption temperature to ∼210 °C.")
    assert "Pd" in roles(v[210.0].system)     # the capped film's value, not the cap's
    # negative: the film's own thickness stays a film thickness of the bare film
    v = facts("A 150 nm thick Mg layer was sputtered on glass.")
    assert v[150.0].property == "film_thickness" and not v[150.0].system.additives


def test_a_material_credited_with_a_catalytic_effect_in_a_host_is_its_additive():
    v = facts("The Li-N-H system was studied.", "By DSC, Nb2O5 showed a catalytic effect in the Li-N-H system.",
              "A capacity of 5.5 wt % was obtained.")
    assert roles(v[5.5].system) == {"LiNH2": "HostHydride", "LiH": "DestabilizingReactant", "Nb2O5": "Catalyst"}
    v = facts("CeO2 plays an important catalytic role in LiAlH4, which releases 7.1 wt% hydrogen.")
    assert roles(v[7.1].system) == {"LiAlH4": "HostHydride", "CeO2": "Catalyst"}
    # negative: a catalytic effect 'in the experiments' names no host to put the material in
    v = facts("Pd showed a catalytic effect in the experiments, and MgH2 released 6.0 wt% hydrogen.")
    assert not v[6.0].system.additives


def _samples_of(text):
    from ingest.extraction.samples.samples import samples
    from ingest.extraction.text.nlp import mentions
    ms = mentions(text)
    found = [(m, system_of(m.text)) for m in ms if m.kind in ("SYSTEM", "Material") and system_of(m.text)]
    return {m.text: s for m, s in samples(text, found, ms, None)[0]}


def test_a_material_coordinated_before_a_prefix_shares_its_verb():
    got = _samples_of("The onset temperatures of TiCl3 and nano-Fe-doped MgH2 were measured.")
    assert roles(got["TiCl3"]) == {"MgH2": "HostHydride", "TiCl3": "Catalyst"}
    assert roles(got["nano-Fe-doped MgH2"]) == {"MgH2": "HostHydride", "Fe": "Catalyst"}
    got = _samples_of("Both CeO2, and Nb-doped LiAlH4 were milled for 2 h.")
    assert roles(got["CeO2"]) == {"LiAlH4": "HostHydride", "CeO2": "Catalyst"}
    # negative: a hydride before the prefix is a sample of its own ("MgH2 and Ni-doped MgH2")
    v = facts("MgH2 and Ni-doped MgH2 release hydrogen at 352 °C and 251 °C, respectively.")
    assert not v[352.0].system.additives and roles(v[251.0].system)["Ni"] == "Catalyst"
