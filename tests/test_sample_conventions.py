"""How a hydride chemist reads a sample's components: a catalyst written with its support is one
catalyst; what the host is put into or onto is its scaffold; additives joined by 'and' after one
verb are one sample, those the sentence lists as alternatives one sample each. (Sentences written
for these tests.)"""
from __future__ import annotations

import pytest
from prose_sentences import facts

from ingest.evaluation.scoring import material_key
from ingest.extraction.prose.prose import extract_sentences
from ingest.extraction.prose.prose_context import SentenceLike
from ontology.strategy_rules import composition_strategies, on_support
from ontology.system import analyse_system


def _adds(system):
    return {a.formula: a.role for a in system.additives}


def _all(*texts):
    """Every measurement of the sentences (one paragraph), as (value, {additive: role})."""
    sents, pos = [], 0
    for t in texts:
        sents.append(SentenceLike(t, pos, pos + len(t), "1", [], 1))
        pos += len(t) + 1
    return sorted((m.value, tuple(sorted(_adds(m.system).items()))) for m in extract_sentences(sents, "t")[0])


# ----------------------------------------------------------- a catalyst with its support is one
@pytest.mark.parametrize("text, catalyst, cls", [
    ("MgH2–10 wt% Ni@C", "Ni@C", "Metal"),
    ("LiBH4–Pd/CNT", "Pd/CNT", "Metal"),
    ("MgH2–5 wt% (Ni-TiO2)@rGO", "(Ni-TiO2)@rGO", None),
    ("MgH2–NiCoFeCuMg@C", "NiCoFeCuMg@C", "HighEntropyAlloy"),
    ("Mg(BH4)2–TiO2@C", "TiO2@C", "Oxide"),
])
def test_a_catalyst_written_with_its_support_is_one_catalyst(text, catalyst, cls):
    s = analyse_system(text).system
    assert _adds(s) == {catalyst: "Catalyst"} and s.architecture is None
    if cls:
        assert s.additives[0].additive_class == cls
    assert "CompositeCatalysis" in composition_strategies(s)
    assert on_support(s.additives[0])


@pytest.mark.parametrize("text, scaffold", [
    ("LiBH4@SBA-15", "SBA-15"),
    ("MgH2@CMK-3", "CMK-3"),
    ("(LiBH4–Co)@CMK-3", "CMK-3"),            # the host with its catalyst, both in the scaffold
    ("LiBH4–Ni@MCM-41", "MCM-41"),            # a porous silica takes the hydride in, whatever precedes it
])
def test_a_host_in_a_scaffold_keeps_the_scaffold_apart(text, scaffold):
    s = analyse_system(text).system
    assert _adds(s)[scaffold] == "ScaffoldConfinementHost"
    assert "Nanoconfinement" in composition_strategies(s)


def test_a_host_in_the_support_that_carries_a_catalyst_keeps_them_apart():
    assert _adds(analyse_system("Mg(BH4)2@Co/CMK-3").system) == {"Co": "Catalyst", "CMK-3": "ScaffoldConfinementHost"}


def test_a_metal_host_made_with_its_catalyst_under_carbon_is_not_a_supported_catalyst():
    # 'Mg–Nb@C' is made from the metal in one step: Mg–Nb particles under a carbon shell
    assert _adds(analyse_system("Mg–Nb@C").system) == {"Nb": "Catalyst", "C": "ScaffoldConfinementHost"}


@pytest.mark.parametrize("sentences, value, catalyst", [
    (("MgH2 was doped with 10 wt% Ni particles supported on carbon nanotubes.",
      "The doped hydride starts to desorb at 181 °C."), 181.0, "Ni/carbon nanotubes"),
    (("MgH2 is the reference host here.", "Kim et al. dispersed Co particles onto graphene sheets.",
      "With 7 % of this catalyst, LiBH4 releases hydrogen from 182 °C."), 182.0, "Co/graphene"),
    (("Park et al. introduced FeNi/C into the LiBH4 system.",
      "The alloyed FeNi then lowered the onset temperature to 183 °C."), 183.0, "FeNi/C"),
])
def test_a_catalyst_the_text_puts_on_its_support_is_one_catalyst(sentences, value, catalyst):
    v = facts(*sentences)
    assert _adds(v[value].system) == {catalyst: "Catalyst"}
    assert "CompositeCatalysis" in composition_strategies(v[value].system)


def test_the_scorer_reads_either_sign_and_either_name_of_the_support():
    assert material_key("Ni/CNT") == material_key("Ni@carbon nanotube")
    assert material_key("CoNi/NC") == material_key("CoNi/N-doped carbon")
    assert material_key("Ni/C") != material_key("Co/C")


# ----------------------------------------------------------- a support the text puts the host on
@pytest.mark.parametrize("sentence, value, support", [
    ("The TiO2-supported LiBH4 releases hydrogen from 221 °C.", 221.0, "TiO2"),
    ("LiBH4 was loaded onto Nb2O5 nanosheets and releases hydrogen from 222 °C.", 222.0, "Nb2O5"),
    ("MgH2 nanoparticles were anchored on V2O5, lowering the onset to 223 °C.", 223.0, "V2O5"),
    ("MgH2 supported on graphene shows an activation energy of 92.5 kJ/mol.", 92.5, "graphene"),
    ("LiBH4 loaded into SiO2 starts to decompose at 224 °C.", 224.0, "SiO2"),
])
def test_what_the_host_is_put_on_or_into_is_its_scaffold(sentence, value, support):
    m = facts(sentence)[value]
    assert _adds(m.system) == {support: "ScaffoldConfinementHost"}
    assert "Catalyst" not in _adds(m.system).values()
    assert set(composition_strategies(m.system)) & {"Nanoconfinement", "Nanostructuring"}


def test_an_oxide_milled_into_the_host_stays_a_catalyst():
    m = facts("MgH2 milled with 5 wt% TiO2 releases hydrogen from 225 °C.")[225.0]
    assert _adds(m.system) == {"TiO2": "Catalyst"}


# ----------------------------------------------------------- one sample, or one sample each
@pytest.mark.parametrize("sentence, value, additives", [
    ("MgH2 doped with TiF3 and NbF5 releases hydrogen at 201 °C.", 201.0, {"TiF3", "NbF5"}),
    ("LiBH4 catalysed by both TiO2 and Nb2O5 has an activation energy of 121 kJ/mol.", 121.0, {"TiO2", "Nb2O5"}),
    ("MgH2 co-doped with Ni and CeO2 starts to desorb hydrogen at 202 °C.", 202.0, {"Ni", "CeO2"}),
    ("NaAlH4 modified with CeCl3 and TiO2 releases hydrogen from 131 °C.", 131.0, {"CeCl3", "TiO2"}),
])
def test_two_additives_joined_by_and_after_one_verb_are_one_sample(sentence, value, additives):
    assert _all(sentence) == [(value, tuple(sorted((a, "Catalyst") for a in additives)))]


def test_additives_the_sentence_pairs_or_offers_as_alternatives_are_one_sample_each():
    assert _all("MgH2 doped with TiF3 and NbF5 released hydrogen at 241 and 251 °C, respectively.") == [
        (241.0, (("TiF3", "Catalyst"),)), (251.0, (("NbF5", "Catalyst"),))]
    assert _all("MgH2 doped with TiF3 or NbF5 releases hydrogen at 231 °C.") == [
        (231.0, (("NbF5", "Catalyst"),)), (231.0, (("TiF3", "Catalyst"),))]
    assert len(_all("NaAlH4 doped with TiCl3, ZrCl4 and CeCl3 releases hydrogen at 151 °C.")) == 3
    assert _all("The TiF3- and NbF5-doped MgH2 release hydrogen at 261 °C and 271 °C, respectively.") == [
        (261.0, (("TiF3", "Catalyst"),)), (271.0, (("NbF5", "Catalyst"),))]


# ----------------------------------------------------------- a bracketed catalyst group on its support
@pytest.mark.parametrize("text, catalyst", [
    ("Mg-(Fe-V2O5)@CNT", "(Fe–V2O5)@CNT"),          # beside a metal host, the bracket closes the catalyst
    ("Mg–(Co–CeO2)@rGO", "(Co–CeO2)@rGO"),
    ("Mg + (Cu-ZrO2)/C", "(Cu–ZrO2)/C"),
    ("Mg–7 wt% (Ni–WO3)@C", "(Ni–WO3)@C"),          # its loading written before the bracket
])
def test_a_bracketed_catalyst_group_on_its_support_beside_a_metal_is_one_catalyst(text, catalyst):
    s = analyse_system(text).system
    assert s.host.formula == "Mg" and list(_adds(s)) == [catalyst] and _adds(s)[catalyst] == "Catalyst"
    # a metal and a metal compound on carbon: composite catalysis, the compound's kind kept, the metal's gone
    assert set(composition_strategies(s)) == {"CompositeCatalysis", "MetalCompoundCatalysis"}


def test_an_unbracketed_catalyst_on_carbon_beside_a_metal_stays_particles_under_a_shell():
    # 'Mg–Nb@C': made from the metal in one step, Mg–Nb particles under carbon, not a catalyst on its support
    assert "Nb@C" not in _adds(analyse_system("Mg–Nb@C").system)


@pytest.mark.parametrize("text, catalyst", [
    ("[(Fe-V2O5)@CNT]", "(Fe–V2O5)@CNT"),            # the label a text gives the catalyst, square bracket and all
    ("(Co-CeO2)@rGO", "(Co–CeO2)@rGO"),
    ("(Cu–ZrO2)/C", "(Cu–ZrO2)/C"),
])
def test_a_bracketed_catalyst_group_on_its_support_named_alone_is_that_catalyst(text, catalyst):
    s = analyse_system(text).system
    assert s.host.formula == catalyst and not s.additives


def test_a_hydride_with_its_catalyst_in_a_carbon_stays_confined():
    s = analyse_system("(NaAlH4-Ti)@C").system
    assert s.host.formula == "NaAlH4" and s.architecture == "confined"


def test_two_metals_on_one_support_stay_multi_metal_catalysis():
    # (a guard: the members read one by one still make two metals one multi-metal catalyst)
    assert set(composition_strategies(analyse_system("MgH2–(Fe–Co)@C").system)) == \
        {"CompositeCatalysis", "MultiMetalCatalysis"}


@pytest.mark.parametrize("text, catalyst", [
    ("A Fe and V2O5 co-doped carbon nanotube [(Fe-V2O5)@CNT] hybrid was milled with Mg. The Mg-(Fe-V2O5)@CNT "
     "composite desorbed 4.1 wt% within 30 min at 548 K. This was ascribed to the catalytic action of "
     "(Fe-V2O5)@CNT.", "(Fe–V2O5)@CNT"),
    ("MgH2 milled with (Co-CeO2)@rGO released 5.6 wt% at 300 °C, which is attributed to the catalytic effect of "
     "(Co-CeO2)@rGO.", "(Co–CeO2)@rGO"),
    ("The Mg–(Cu–ZrO2)@C sample takes up 5.1 wt% hydrogen at 473 K. The (Cu–ZrO2)@C catalyst plays a "
     "catalytic role in the hydrogenation.", "(Cu–ZrO2)@C"),
])
def test_a_claim_credits_the_bracketed_catalyst_on_its_support_whole(text, catalyst):
    from extracted import claim_tuples, records

    assert {c["material"] for r in records(text) for c in r["components"][1:]} == {catalyst}
    assert {additive for _, _, additive, _ in claim_tuples(text)} == {catalyst}


# ----------------------------------------------------------- a catalytic hydride of variable hydrogen content
@pytest.mark.parametrize("text, catalytic", [
    ("LaH2.46-MgH2-Co", "LaH2.46"),        # written first: the ontology's LaHx, a catalytic phase, not the host
    ("CeH2.6–MgH2–Fe", "CeH2.6"),          # the ontology's CeH2 phase with other hydrogen
    ("NdH2.5-MgH2", "NdH2.5"),
    ("TiH1.7-MgH2-Ni", "TiH1.7"),
])
def test_a_catalytic_hydride_of_variable_hydrogen_content_is_a_catalyst(text, catalytic):
    s = analyse_system(text).system
    assert s.host.formula == "MgH2" and _adds(s)[catalytic] == "Catalyst"


def test_a_storage_hydride_of_variable_content_stays_the_host():
    # MgH1.8 is the ontology's MgH2, which has no catalyst's role: the host, with its catalyst
    s = analyse_system("MgH1.8–Ni").system
    assert s.host.formula == "MgH1.8" and _adds(s) == {"Ni": "Catalyst"}


# ----------------------------------------------------------- a main-group metal beside a borohydride
@pytest.mark.parametrize("text, metal", [
    ("The 2NaBH4–Mg mixture releases 5.2 wt% hydrogen below 480 °C.", "Mg"),
    ("Ca(BH4)2–Al starts to decompose at 330 °C.", "Al"),
    ("The LiBH4-Mg sample gives off 6.9 wt% H2 by 450 °C.", "Mg"),
])
def test_a_main_group_metal_beside_a_borohydride_is_its_reactant(text, metal):
    from extracted import records

    (row,) = records(text)
    roles = {c["material"]: c["role"] for c in row["components"]}
    assert roles[metal] == "DestabilizingReactant", row      # it forms a boride: no catalyst
    assert row["strategies"] in (["ReactiveHydrideComposite"], ["LithiumRHC"]), row   # (LithiumRHC: its family)


@pytest.mark.parametrize("text, metal, role", [
    ("LiBH4 milled with 10 wt% Al releases 7.0 wt% H2 below 450 °C.", "Al", "Catalyst"),   # a loading
    ("The LiBH4–Ni composite releases 8.1 wt% H2 below 450 °C.", "Ni", "Catalyst"),        # a transition metal
    ("The LiBH4–Al@SBA-15 electrolyte conducts 0.3 mS/cm at 30 °C.", "Al", "SolidElectrolytePartner"),
])
def test_a_loaded_or_transition_metal_or_one_in_an_electrolyte_is_no_reactant(text, metal, role):
    from extracted import records

    roles = {c["material"]: c["role"] for r in records(text) for c in r["components"]}
    assert roles[metal] == role, roles
