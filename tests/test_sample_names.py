"""Issue 10 item 1: how abstracts by other authors name a modified sample — an alloy written as its
elements, a composite catalyst written with slashes, a support and a catalyst after one '@', a component
given as an adjective, a formula glued to the next word by the source, an indexing service's "similar
to" glued to the number, a loading inside a sample's name. Every sentence is written for these tests."""
from __future__ import annotations

import pytest
from prose_sentences import facts

from ingest.extraction.text.nlp import mentions, pipeline
from ingest.extraction.text.quantity_text import numbers
from ontology.system import analyse_system, hydride_system, parse_system


def parts(system):
    """{formula: (role, amount)} of every component, host included."""
    return {c.formula: (c.role, c.amount.value if c.amount else None) for c in system.components}


# ------------------------------------------------------------------ an alloy written as its elements
@pytest.mark.parametrize("text, alloy, amount", [
    ("MgH2-5 wt% Al-Cu-Fe-Ni-Cr", "AlCuFeNiCr", 5.0),
    ("MgH2–10 wt% Fe–Co–Ni–Cr–Mn", "FeCoNiCrMn", 10.0),
    ("MgH2–Ti–V–Nb", "TiVNb", None),
    ("MgH2–7 wt% TiVNbZrFe", "TiVNbZrFe", 7.0),
])
def test_an_alloy_written_element_by_element_is_one_catalyst_of_the_hydride(text, alloy, amount):
    s = parse_system(text)
    assert s.host.formula == "MgH2"
    assert parts(s) == {"MgH2": ("HostHydride", None), alloy: ("Catalyst", amount)}
    assert parse_system(s.name).name == s.name   # the name reads back as the same system


def test_an_element_list_alone_is_an_alloy_not_a_metal_host_with_additives():
    s = parse_system("Al-Cu-Fe-Ni-Cr")
    assert s.host.formula == "AlCuFeNiCr" and not s.additives
    # (the host's role is every record's first component's: whether the hydride rules read it is asked apart)
    assert s.host.additive_class == "HighEntropyAlloy" or not hydride_system(s)


@pytest.mark.parametrize("text, host, additives", [
    ("Li–Mg–N–H", "Mg(NH2)2", {"LiH"}),        # a family named by its elements, hydrogen among them
    ("Mg–Ni–Cu", "Mg", {"Ni", "Cu"}),          # three elements with the storage metal: Mg and two catalysts
    ("Mg–Nb@C", "Mg", {"Nb", "C"}),
    ("MgH2–Ni–Co", "MgH2", {"Ni", "Co"}),       # two metals are two additives
])
def test_short_element_lists_and_families_keep_their_parts(text, host, additives):
    s = parse_system(text)
    assert s.host.formula == host and {a.formula for a in s.additives} == additives


# --------------------------------------------------------------- a composite catalyst with slashes
@pytest.mark.parametrize("text, composite, amount", [
    ("MgH2-5 wt% Nb2C/TiO2(R)-C", "Nb2C/TiO2(R)-C", 5.0),   # (R): rutile, a carbon-coated oxide as written
    ("MgH2–10 wt% Nb2O5/TiO2", "Nb2O5/TiO2", 10.0),
    ("MgH2 + 8 wt% CeO2/ZrO2", "CeO2/ZrO2", 8.0),
    ("LiAlH4–TiO2/Nb2O5", "TiO2/Nb2O5", None),
])
def test_catalysts_joined_by_slashes_in_one_component_are_one_composite_additive(text, composite, amount):
    s = parse_system(text, strict=False)
    assert parts(s)[composite] == ("Catalyst", amount) and len(s.additives) == 1
    assert analyse_system(s.name).system.name == s.name


def test_a_slash_composite_alone_is_one_material_with_no_host_hydride():
    s = analyse_system("Ti3C2/Nb2O5").system
    assert s.host.formula == "Ti3C2/Nb2O5" and not s.additives


@pytest.mark.parametrize("text, expected", [
    ("MgH2–10 wt% Ni/CNT", {"Ni/CNT": "Catalyst"}),   # a metal on its support: one catalyst, made and milled in as one   # a metal on its support
    ("MgH2–CeO2/rGO", {"CeO2/rGO": "Catalyst"}),
    ("LiBH4/MgO/MgI2", {"MgO": "Catalyst", "MgI2": "DopantSubstituent"}),   # the slash joins the host: a mixture
    ("MgH2/Ni/Co", {"Ni": "Catalyst", "Co": "Catalyst"}),
    ("Pd/Mg/Pd", {"Pd": "Catalyst"}),
])
def test_a_support_a_substituent_or_a_slash_after_the_host_keeps_the_parts_apart(text, expected):
    s = parse_system(text)
    assert {a.formula: a.role for a in s.additives} == expected


# ------------------------------------------------------------ a support and a catalyst after one '@'
@pytest.mark.parametrize("text, support, catalyst", [
    ("LiBH4@MC-NbF5", "MC", "NbF5"),
    ("LiBH4@MCNbF5", "MC", "NbF5"),      # the hyphen lost in a converted text
    ("MgH2@AC-Ni", "AC", "Ni"),
    ("LiBH4@C-Co", "C", "Co"),
    ("MgH2@CNT-Ni", "carbon nanotube", "Ni"),
    ("LiBH4@C-NbF5", "C", "NbF5"),
    ("MgH2@C-TiO2", "C", "TiO2"),
])
def test_a_support_and_a_catalyst_after_the_at_sign_are_scaffold_and_catalyst(text, support, catalyst):
    s = analyse_system(text).system
    roles = {a.formula: a.role for a in s.additives}
    assert roles == {support: "ScaffoldConfinementHost", catalyst: "Catalyst"}
    assert s.architecture == "confined"


@pytest.mark.parametrize("text, whole", [
    ("HELMO-NO3", "HELMO-NO3"), ("P-Li3VO4", "P-Li3VO4"), ("C-TiO2", "C-TiO2"), ("N-TiO2", "N-TiO2"), ("LiBH4@MCM-41", "MCM-41"), ("LiBH4@SBA-15", "SBA-15"),
])
def test_names_with_a_hyphen_that_are_one_material_stay_whole(text, whole):
    s = analyse_system(text).system
    assert whole in [c.formula for c in s.components] or whole in [c.text for c in s.components]


# ------------------------------------------------------------ a formula glued to the next word
@pytest.mark.parametrize("text, formula", [
    ("The kinetics of MgH2have been improved by milling.", "MgH2"),
    ("Pure LiBH4was heated to 500 °C.", "LiBH4"),
    ("Both Mg(BH4)2are hygroscopic.", "Mg(BH4)2"),
    ("The sorption of Mg2FeH6significantly slows down.", "Mg2FeH6"),
])
def test_a_formula_glued_to_the_next_word_is_still_seen(text, formula):
    assert formula in [m.text for m in mentions(text)]


def test_a_composition_glued_to_the_next_word_ends_before_it():
    assert "MgH2-5 wt% Nb2O5" in [m.text for m in mentions("The MgH2-5 wt% Nb2O5was milled for 2 h.")]


@pytest.mark.parametrize("word", ["Ti3C2Tx", "Mg(en)1.5(BH4)2", "Mg1-xZnx(BH4)2", "Li2B12H12", "LiBH4·en"])
def test_formulas_with_lower_case_letters_of_their_own_stay_one_token(word):
    assert [t.text for t in pipeline().make_doc(f"the {word} sample")][1] == word


# --------------------------------------------------- an indexing service's "similar to" glued to a number
@pytest.mark.parametrize("text, value, unit", [
    ("released hydrogen (similar to6 wt %) on heating", 6.0, "wt%"),
    ("peaked at similar to215 degreesC", 215.0, "degreesC"),
    ("an enthalpy of approximate to41 kJ mol(-1)", 41.0, None),
])
def test_a_number_glued_to_similar_to_is_read_with_its_qualifier(text, value, unit):
    found = [n for n in numbers(text) if n.value == value]
    assert found and found[0].qualifier == "~"
    if unit:
        assert found[0].unit.replace(" ", "") == unit


def test_a_number_glued_to_another_word_is_no_value():
    assert [n.value for n in numbers("the proto7 design and the LiBH4to2 label")] == []


def test_similar_to_glued_to_a_number_gives_a_value_with_its_sample():
    v = facts("The ball-milled 2LiNH2–MgH2 mixture released similar to5 wt % hydrogen, with a peak at "
              "similar to200 degreesC.")
    assert v[5.0].qualifier == "~" and v[5.0].system.host.formula == "LiNH2"
    assert v[200.0].qualifier == "~"


# ------------------------------------------------------------ a component given as an adjective
@pytest.mark.parametrize("sentence, value, host, extra", [
    ("The carbon-covered nanocrystalline Mg2Ni released hydrogen at 185 °C.", 185.0, "Mg2Ni", ("C", "ScaffoldConfinementHost")),
    ("Carbon covered Mg2NiH4 releases hydrogen at 190 °C.", 190.0, "Mg2NiH4", ("C", "ScaffoldConfinementHost")),
    ("The graphene-wrapped MgH2 released hydrogen at 255 °C.", 255.0, "MgH2", ("graphene", "ScaffoldConfinementHost")),
    ("The Ni-decorated MgH2 started to desorb hydrogen at 215 °C.", 215.0, "MgH2", ("Ni", "Catalyst")),
])
def test_a_component_named_as_an_adjective_joins_the_sample(sentence, value, host, extra):
    s = facts(sentence)[value].system
    assert s.host.formula.startswith(host[:4]) and {a.formula: a.role for a in s.additives} == dict([extra])


@pytest.mark.parametrize("sentence, value", [
    ("The carbon-free MgH2 desorbs hydrogen at 345 °C.", 345.0),
    ("The Ni-free MgH2 desorbs hydrogen at 335 °C.", 335.0),
])
def test_a_sample_named_by_what_it_is_without_is_the_bare_host(sentence, value):
    s = facts(sentence)[value].system
    assert s.host.formula == "MgH2" and not s.additives


# ------------------------------------------------------------ a loading inside a sample's name
def test_the_loading_of_a_sample_named_in_a_comparison_is_no_capacity():
    v = facts("After cycling, the MgH2-10 wt% Nb2O5/TiO2 sample absorbs about 5.5 wt% of hydrogen within 600 s "
              "at 150 °C, while for the MgH2-10 wt% Nb2O5 and MgH2-10 wt% TiO2, only 4.1 wt% and 3.5 wt% "
              "hydrogen are taken up, respectively.")
    assert 10.0 not in v
    assert parts(v[5.5].system)["Nb2O5/TiO2"] == ("Catalyst", 10.0)
    assert parts(v[4.1].system)["Nb2O5"] == ("Catalyst", 10.0)
    assert parts(v[3.5].system)["TiO2"] == ("Catalyst", 10.0)


def test_a_composite_catalyst_s_loading_is_no_capacity_and_its_values_are_the_sample_s():
    v = facts("The peak temperature of MgH2-7 wt% CeO2/ZrO2 drops to 295 °C.")
    assert 7.0 not in v and parts(v[295.0].system) == {"MgH2": ("HostHydride", None), "CeO2/ZrO2": ("Catalyst", 7.0)}


# ---------------------------------------------- a change whose cause is the sample made after it
@pytest.mark.parametrize("sentence", [
    "The onset temperature of MgH2 decreased from 410 °C to 205 °C by adding 10 wt% TiVNbZrFe alloy to MgH2.",
    "The onset temperature of MgH2markedly decreased from 410 °C to 205 °C after the addition of 10 wt% "
    "TiVNbZrFe to MgH2.",
])
def test_the_new_value_of_a_change_belongs_to_the_sample_its_cause_makes(sentence):
    v = facts(sentence)
    assert not v[410.0].system.additives
    assert parts(v[205.0].system)["TiVNbZrFe"] == ("Catalyst", 10.0)


def test_a_change_without_a_named_cause_stays_on_its_sample():
    v = facts("The onset temperature of MgH2 decreased from 410 °C to 370 °C after ball milling for 20 h.")
    assert not v[410.0].system.additives and not v[370.0].system.additives


@pytest.mark.parametrize("sentence, old, new", [
    ("The desorption enthalpy of the carbon-coated Mg2NiH4 sample was lowered from 88.5 kJ/mol of MgH2 to "
     "66.2 kJ/mol.", 88.5, 66.2),
    ("For the Co-doped Mg2NiH4 sample, the activation energy fell from 151 kJ/mol for MgH2 to 72 kJ/mol.", 151.0, 72.0),
])
def test_a_change_from_another_host_s_value_ends_on_the_sentence_s_sample(sentence, old, new):
    v = facts(sentence)
    assert v[old].system.host.formula == "MgH2" and not v[old].system.additives
    assert v[new].system.host.formula == "Mg2NiH4" and v[new].system.additives


@pytest.mark.parametrize("sentence, value, expected", [
    ("The Ni@C-doped MgH2 starts to release hydrogen at 232 °C.", 232.0,
     {"Ni@C": ("Catalyst", None)}),
    ("The 5 wt% Nb2O5/TiO2-catalysed MgH2 starts to release hydrogen at 233 °C.", 233.0,
     {"Nb2O5/TiO2": ("Catalyst", 5.0)}),
    ("The graphene-supported Ni-doped MgH2 starts to release hydrogen at 234 °C.", 234.0,
     {"graphene": ("ScaffoldConfinementHost", None), "Ni": ("Catalyst", None)}),
    ("The rGO-encapsulated MgH2 nanoparticles start to release hydrogen at 238 °C.", 238.0,
     {"reduced graphene oxide": ("ScaffoldConfinementHost", None)}),
])
def test_composite_chained_and_abbreviated_prefixes_name_the_sample(sentence, value, expected):
    s = facts(sentence)[value].system
    assert s.host.formula == "MgH2" and {a.formula: (a.role, a.amount.value if a.amount else None)
                                         for a in s.additives} == expected


def test_prefixes_joined_by_and_still_make_one_sample_each():
    v = facts("The Ni-doped and Co-doped MgH2 samples start to release hydrogen at 240 and 250 °C, respectively.")
    assert [a.formula for a in v[240.0].system.additives] == ["Ni"]
    assert [a.formula for a in v[250.0].system.additives] == ["Co"]


@pytest.mark.parametrize("sentence, value, additive, amount", [
    ("MgH2–Co (5 wt%) starts to release hydrogen at 251 °C.", 251.0, "Co", 5.0),
    ("The MgH2–Nb2O5 (7 mol%) sample starts to release hydrogen at 252 °C.", 252.0, "Nb2O5", 7.0),
])
def test_a_bracketed_share_after_a_composition_is_its_last_additive_s_loading(sentence, value, additive, amount):
    v = facts(sentence)
    assert amount not in v   # the loading is no capacity
    assert {a.formula: a.amount.value if a.amount else None for a in v[value].system.additives} == {additive: amount}


def test_a_bracketed_capacity_after_a_hydride_composite_stays_a_value():
    v = facts("The 2LiBH4–MgH2 (11.4 wt%) composite releases hydrogen at 350 °C.")
    assert 11.4 in v


@pytest.mark.parametrize("text, catalyst", [("MgH2–10 wt% NbTi/G", "NbTi/G"), ("MgH2–10 wt% FeCoNi@GS", "FeCoNi@GS")])
def test_an_unknown_name_after_a_catalyst_s_slash_or_at_sign_is_its_support(text, catalyst):
    # the support the notation writes after the catalyst is part of that one catalyst
    s = analyse_system(text).system
    assert {a.formula: a.role for a in s.additives} == {catalyst: "Catalyst"}


@pytest.mark.parametrize("sentence, value, additive, amount", [
    ("The 5 wt% Ni(acac)2-doped MgH2 starts to desorb hydrogen at 206 °C.", 206.0, "Ni(acac)2", 5.0),
    ("The Co(acac)3-catalysed MgH2 starts to desorb hydrogen at 208 °C.", 208.0, "Co(acac)3", None),
])
def test_a_prefix_naming_a_metal_complex_by_its_ligand_abbreviation_joins_the_sample(sentence, value, additive, amount):
    s = facts(sentence)[value].system
    assert {a.formula: (a.role, a.amount.value if a.amount else None) for a in s.additives} == {additive: ("Catalyst", amount)}


def test_a_sample_noun_and_a_name_in_brackets_name_the_sample_before_them():
    v = facts("MgH2–10 wt% Fe2O3 (composite F10) and MgH2–10 wt% V2O5 (composite V10) were milled for 20 h.",
              "Composite V10 releases 5.8 wt% H2 at 300 °C, and composite F10 releases 5.1 wt% H2 at 300 °C.")
    assert {value: sorted(c.formula for c in m.system.additives) for value, m in v.items()} == {
        5.8: ["V2O5"], 5.1: ["Fe2O3"]}


def test_a_bracketed_sample_noun_without_a_name_is_no_alias():
    # near miss: '(composite)' names nothing
    v = facts("MgH2–10 wt% Fe2O3 (composite) was milled for 20 h.", "It releases 5.1 wt% H2 at 300 °C.")
    assert sorted(c.formula for c in v[5.1].system.additives) == ["Fe2O3"]
