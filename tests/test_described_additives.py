"""Additives named by description: a doped catalyst or support named as written, and abbreviations a
text uses by a material's initials without defining them in brackets (sentences written for these tests)."""
from __future__ import annotations

import pytest

from ingest.extraction.text.abbreviations import initialisms
from ingest.extraction.text.nlp import mentions, system_of


def _additive(notation: str) -> str:
    system = system_of(notation)
    assert system is not None, notation
    return system.additives[0].formula


@pytest.mark.parametrize("notation, additive", [
    ("MgH2 + Co-doped TiO2", "Co-doped TiO2"),
    ("MgH2–5 wt% Ce,Ni co-doped ZrO2", "Ce,Ni co-doped ZrO2"),
    ("MgH2/N, Nb-doped TiO2", "N, Nb-doped TiO2"),
    ("MgH2 + 10 wt% Fe/Mn-doped Co3O4", "Fe/Mn-doped Co3O4"),
])
def test_doped_additive_is_one_material_named_as_written(notation, additive):
    assert _additive(notation) == additive
    assert len(system_of(notation).additives) == 1


def test_doped_hydride_keeps_its_dopant_as_the_additive():
    system = system_of("Ti-doped NaAlH4")
    assert system.host.formula == "NaAlH4" and [a.formula for a in system.additives] == ["Ti"]


@pytest.mark.parametrize("sentence, named", [
    ("A Co-doped TiO2 catalyst was added to MgH2.", "Co-doped TiO2"),
    ("We milled MgH2 with 5 wt% of Ce,Ni co-doped ZrO2 nanoparticles.", "Ce,Ni co-doped ZrO2"),
    ("A highly active N, Nb-doped TiO2 catalyst was made in an ammonia plasma.", "N, Nb-doped TiO2"),
    ("Magnesium hydride was ball-milled with nitrogen-doped graphene.", "nitrogen-doped graphene"),
])
def test_mention_widens_to_the_dopants(sentence, named):
    texts = [m.text for m in mentions(sentence)]
    assert named in texts
    assert not {"Co", "Ce", "Ni", "N"} & set(texts)   # the dopants are no materials of their own


def test_doping_word_without_elements_widens_nothing():
    texts = [m.text for m in mentions("The doped TiO2 and the sample doped TiO2 were milled with MgH2.")]
    assert "TiO2" in texts and not any("doped" in t for t in texts)


@pytest.mark.parametrize("text, found", [
    ("LiBH4 was infiltrated into carbon aerogels loaded with CoNiB (denoted as LiBH4@CA@CoNiB).",
     ("CA", "carbon aerogel")),
    ("Sodium alanate was confined in an ordered mesoporous carbon, hereafter OMC, and NaAlH4/OMC desorbs…",
     ("OMC", "porous carbon")),
    ("The scaffold, a mesoporous carbon with 5 nm pores, was loaded with MgH2; MgH2@MC was then cycled.",
     ("MC", "porous carbon")),
    ("Mg(BH4)2 held in a metal-organic framework (labelled Mg(BH4)2-in-MOF) releases…", None),
])
def test_initialisms_of_material_names(text, found):
    assert (found in initialisms(text)) if found else initialisms(text) == []


def test_capitals_spelled_by_no_material_are_no_initialism():
    assert initialisms("DSC and TPD traces of the carbon aerogel were recorded; the HRTEM images show pores.") == []


@pytest.mark.parametrize("notation, scaffold", [
    ("NaAlH4@MOF-74(Mg)", "MOF-74(Mg)"),
    ("LiBH4@MIL-101(Cr)", "MIL-101(Cr)"),
    ("MgH2@UiO-66(Zr)", "UiO-66(Zr)"),
    ("nano-LiAlH4@MOF-5(Zn)", "MOF-5(Zn)"),
])
def test_framework_code_with_its_metal_is_one_scaffold(notation, scaffold):
    system = system_of(notation)
    assert [a.formula for a in system.additives] == [scaffold]
    assert system.additives[0].role == "ScaffoldConfinementHost"


def test_number_before_a_bracketed_formula_stays_an_amount():
    system = system_of("MgH2-5(Ni)")   # no framework code before the hyphen: 5 of Ni
    assert system.additives[0].amount is not None


def test_capitalised_class_prefix_names_no_additive():
    from ingest.extraction.samples.samples_additives import prefix_additive
    assert prefix_additive("Hydride") is None and prefix_additive("Oxide") is None
    assert prefix_additive("Ni") is not None and prefix_additive("Graphene") is not None


def _additives_at(sentence: str, value: float) -> set[str]:
    from prose_sentences import facts
    return {c.formula for c in facts(sentence)[value].system.additives}


@pytest.mark.parametrize("sentence, value, want", [
    ("MgH2 was ball-milled with Ni-decorated graphene and starts to release hydrogen at 210 °C.", 210.0,
     {"Ni", "graphene"}),
    ("Magnesium hydride milled with 10 wt% CeO2-modified graphene desorbs hydrogen at 251 °C.", 251.0,
     {"CeO2", "graphene"}),
    ("LiBH4 mixed with Pt-loaded carbon nanotubes liberates 9.1 wt% H2 at 400 °C.", 9.1,
     {"Pt", "carbon nanotube"}),
])
def test_prefix_of_a_support_milled_with_the_host_names_a_further_additive(sentence, value, want):
    assert _additives_at(sentence, value) == want


def test_prefix_before_a_material_outside_the_sample_adds_nothing():
    # the Ni-decorated carbon is a reference material, not milled with the hydride
    assert _additives_at("MgH2 was milled with graphene, whereas Ni-decorated carbon served as a reference; "
                         "the composite released 6.2 wt% H2 at 300 °C.", 6.2) <= {"graphene"}


@pytest.mark.parametrize("text, material", [
    # a name whose first word is hyphen-joined spells by its parts' initials ('multi-walled': MW)
    ("Ball milling NaAlH4 with multi-walled carbon nanotubes gave NaAlH4–MWCNTs.", "carbon nanotube"),
    # the name as the text's last words, after the abbreviation
    ("Our MgH2@CA sample releases hydrogen faster than MgH2 without CA: the host is a carbon aerogel",
     "carbon aerogel"),
    # the abbreviation used several times, before and after the name
    ("The CA host of MgH2@CA is a carbon aerogel, and CA keeps the particles small.", "carbon aerogel"),
])
def test_initialisms_read_hyphens_ends_and_repeated_uses(text, material):
    # (the quick look at two plain words must not pass over a hyphen-joined word nor the text's end)
    assert material in [m for _, m in initialisms(text)]


def test_initialism_needs_the_name_written():
    assert initialisms("The CA host was heated with MgH2 in a crucible of alumina.") == []
