"""A material the text abbreviates ('carbon aerogel (CA)', 'activated carbon (AC)') keeps its meaning
where the abbreviation stands in a sample's name ("LiBH4/CA"), and a word in capitals is never read as
a formula with small letters (CA is no calcium, CO no cobalt). Sentences written for these tests."""
from __future__ import annotations

import pytest
from prose_sentences import facts

from ontology.vocabulary import vocabulary


@pytest.mark.parametrize("word", ["CA", "CO", "NI", "MG"])
def test_a_word_in_capitals_names_no_mixed_case_formula(word):
    assert vocabulary().lookup(word, "Material") is None


@pytest.mark.parametrize("word, formula", [("Ca", "Ca"), ("Co", "Co"), ("Ni", "Ni"), ("Mg", "Mg")])
def test_a_formula_as_written_is_still_found(word, formula):
    assert vocabulary().lookup(word, "Material").formula == formula


@pytest.mark.parametrize(("text", "value", "scaffold"), [
    (("LiBH4 was melt-infiltrated into a carbon aerogel (CA).",
      "The LiBH4/CA composite starts to release hydrogen at 240 °C."), 240.0, "carbon aerogel"),
    (("Magnesium hydride was confined in activated carbon (AC) by hydrogenating a precursor.",
      "The MgH2@AC sample released 5.1 wt% H2 at 300 °C."), 5.1, "activated carbon"),
    (("We used a resorcinol-formaldehyde carbon aerogel (CA) as the host matrix.",
      "Nanoconfined Mg(BH4)2@CA released hydrogen from 180 °C."), 180.0, "carbon aerogel"),
])
def test_an_abbreviated_scaffold_keeps_its_meaning(text, value, scaffold):
    m = facts(*text)[value]
    parts = {a.formula: a.role for a in m.system.additives}
    assert parts == {scaffold: "ScaffoldConfinementHost"}, parts


def test_an_abbreviation_the_text_never_defines_stays_as_written():
    # 'CA' undefined: neither calcium nor carbon aerogel
    m = facts("The LiBH4/CA composite starts to release hydrogen at 240 °C.")[240.0]
    assert all(a.formula != "Ca" for a in m.system.additives)
