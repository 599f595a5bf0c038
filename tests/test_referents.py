"""Issue 10, item 1: the measured sample named by description, not by formula ("the doped composite",
"the undoped composite", "the Ni-containing material", "the carbon composite", "upon confinement in X",
"… with X"), resolved against the samples the passage named before by what the words say, not by
recency. Every sentence here is written for the test."""
from __future__ import annotations

from prose_sentences import adds, facts

from ingest.extraction.prose.prose import extract_sentences
from ingest.extraction.prose.prose_context import SentenceLike


def test_an_additive_put_into_the_composite_by_reference_joins_it():
    v = facts("The 2LiBH4–MgH2 composite desorbs hydrogen slowly.",
              "Then 3 mol% NbF5 was ball milled into the mixture.",
              "The doped mixture released 9.6 wt% H2 at 380 °C.")
    assert adds(v[9.6].system) == {"MgH2", "NbF5"}
    assert next(a for a in v[9.6].system.additives if a.formula == "NbF5").amount.value == 3.0
    # a hydride put in by its loading is the sample's catalyst
    v = facts("The Mg(NH2)2–2LiH sample was prepared first.",
              "Subsequently, 4 mol% KH was added to the sample.",
              "The catalysed sample desorbs 4.9 wt% H2 at 190 °C.")
    assert adds(v[4.9].system) == {"LiH", "KH"}
    assert next(a for a in v[4.9].system.additives if a.formula == "KH").role == "Catalyst"


def test_hydrogen_let_into_the_sample_is_no_additive():
    v = facts("The 2LiBH4–MgH2 composite was loaded into the reactor.",
              "Then 5 MPa H2 was introduced into the sample.",
              "The composite absorbed 8.1 wt% H2 at 350 °C.")
    assert adds(v[8.1].system) == {"MgH2"}


def test_undoped_composite_and_with_additive_in_one_change():
    v = facts("The Mg(NH2)2–2LiH composite was milled with 3 mol% RbF.",
              "The activation energy fell from 102 kJ/mol for the undoped composite to 71 kJ/mol with RbF.")
    assert adds(v[102.0].system) == {"LiH"} and v[102.0].baseline
    assert adds(v[71.0].system) == {"LiH", "RbF"}
    # the bare host named in the sentence is not what "the undoped composite" means
    v = facts("The 2LiBH4–MgH2 composite was milled with 5 mol% NbF5.",
              "For the step in which LiBH4 decomposes, the activation energy drops from 131 kJ/mol for the undoped "
              "composite to 92 kJ/mol with NbF5.")
    assert adds(v[131.0].system) == {"MgH2"} and v[131.0].baseline
    assert adds(v[92.0].system) == {"MgH2", "NbF5"}
    # other words for the same two samples
    v = facts("The 2LiNH2–MgH2 mixture was milled for 12 h.",
              "Next, 3 mol% RbF was milled into the mixture.",
              "The reaction enthalpy decreased from 68 kJ/mol for the pristine mixture to 59 kJ/mol for the RbF-doped mixture.")
    assert adds(v[68.0].system) == {"MgH2"} and v[68.0].baseline
    assert adds(v[59.0].system) == {"MgH2", "RbF"}


def test_the_material_named_by_its_additive_keeps_it():
    v = facts("Mg powder was co-milled with 5 wt% Fe nanoparticles.",
              "The barrier for hydrogen uptake dropped from 88 kJ/mol for milled Mg to 52 kJ/mol for the Fe-containing material.")
    assert adds(v[88.0].system) == set() and adds(v[52.0].system) == {"Fe"}
    # a storage metal named as a powder is the sample the additive was milled into
    v = facts("Magnesium powder was ball milled with 8 wt% Ni.",
              "The milled composite absorbs 5.5 wt% H2 within 60 s at 250 °C.")
    assert adds(v[5.5].system) == {"Ni"} and not v[5.5].baseline


def test_a_prefix_naming_an_element_means_the_compound_added():
    v = facts("NaAlH4 was doped with 4 mol% TiCl3.",
              "The hydrogen release of the Ti-doped sample starts at 95 °C.")
    assert adds(v[95.0].system) == {"TiCl3"}
    # a prefix that names the additive as written keeps it as written
    v = facts("NaAlH4 was doped with 4 mol% Ti.",
              "The hydrogen release of the Ti-doped sample starts at 97 °C.")
    assert adds(v[97.0].system) == {"Ti"}


def test_the_referent_is_the_sample_the_words_fit_not_the_last_named():
    first = ("LiBH4 was melt infiltrated into CMK-3 carbon, giving LiBH4@CMK-3.",
             "For comparison, LiBH4 confined in MCM-41 silica starts to release hydrogen at 280 °C.")
    v = facts(*first, "The carbon composite releases 7.1 wt% H2 up to 400 °C.",
              "The silica composite releases only 4.4 wt% H2 up to 400 °C.")
    assert adds(v[280.0].system) == {"MCM-41"}
    assert adds(v[7.1].system) == {"CMK-3"} and adds(v[4.4].system) == {"MCM-41"}
    v = facts(*first, "The activation energy fell to 115 kJ/mol upon confinement in CMK-3.")
    assert adds(v[115.0].system) == {"CMK-3"}
    # after a comparison aside, a value without words of its own is the passage's sample's
    v = facts(*first, "Its desorption peak lies at 310 °C.")
    assert adds(v[310.0].system) == {"CMK-3"}


def test_the_composite_in_the_values_clause_beats_a_hydride_named_after_it():
    v = facts("Mg powder was co-milled with 10 wt% Co nanoparticles and hydrogenated.",
              "The enthalpy of the Mg phase in the composite is 73.5 kJ/mol, whereas Mg2CoH5 decomposes with 80.1 kJ/mol.")
    assert adds(v[73.5].system) == {"Co"}
    assert v[80.1].system.host.formula == "Mg2CoH5"


def test_lithium_storage_samples_by_description():
    v = facts("MgH2 nanoparticles were coated with carbon and tested as anodes.",
              "The carbon-coated electrode delivers 1150 mAh/g in the first cycle, whereas the pristine electrode "
              "delivers 820 mAh/g.")
    assert adds(v[1150.0].system) == {"C"} and adds(v[820.0].system) == set()
    v = facts("Two electrolytes were made, 3LiBH4–LiI and LiBH4–LiNH2.",
              "The LiI-substituted electrolyte conducts 0.1 mS/cm at 25 °C.")
    assert adds(v[0.1].system) == {"LiI"}


def test_the_generic_composite_and_the_bare_reference_stay_as_they_were():
    v = facts("MgH2 was milled with 5 wt% Nb2O5.",
              "The composite releases 6.1 wt% H2 at 300 °C, while milled MgH2 releases only 1.2 wt% H2.")
    assert adds(v[6.1].system) == {"Nb2O5"}
    assert adds(v[1.2].system) == set() and v[1.2].baseline


def test_a_referent_never_comes_from_another_section():
    sents = [("LiBH4 was melt infiltrated into CMK-3 carbon, giving LiBH4@CMK-3.", "1"),
             ("LiBH4 was ball milled for 2 h.", "2"),
             ("The carbon composite releases 3.0 wt% H2 at 400 °C.", "2")]
    found, pos = [], 0
    for t, sec in sents:
        found.append(SentenceLike(t, pos, pos + len(t), sec, [], 1))
        pos += len(t) + 1
    v = {m.value: m for m in extract_sentences(found, "test")[0]}
    assert "CMK-3" not in adds(v[3.0].system)


def test_a_word_in_brackets_after_a_value_names_its_sample():
    v = facts("NaAlH4 was doped with 4 mol% TiCl3.",
              "The activation energy drops from 118 kJ/mol (undoped) to 79 kJ/mol (doped).")
    assert adds(v[118.0].system) == set() and v[118.0].baseline
    assert adds(v[79.0].system) == {"TiCl3"}
    # "(doped)" picks the doped one of two samples of the host the passage named
    v = facts("The 2LiNH2–MgH2 composite was compared with 2LiNH2–MgH2 doped with 5 mol% LiBr.",
              "Its activation energy is 89 kJ/mol (doped sample).")
    assert "LiBr" in adds(v[89.0].system)


def test_a_sample_named_by_its_scaffold_or_additive_formula():
    v = facts("LiBH4 was melt infiltrated into CMK-3 carbon, giving LiBH4@CMK-3.",
              "For comparison, LiBH4 confined in MCM-41 silica starts to release hydrogen at 280 °C.",
              "Hydrogen release from the CMK-3 composite peaks at 335 °C.")
    assert adds(v[335.0].system) == {"CMK-3"}


def test_the_sample_without_the_additive_keeps_the_hosts_own_substituent():
    v = facts("3LiBH4–LiI was milled with 10 wt% Al2O3.",
              "The composite electrolyte conducts 0.3 mS/cm at 30 °C, whereas the Al2O3-free electrolyte conducts 0.05 mS/cm.")
    assert adds(v[0.3].system) == {"LiI", "Al2O3"}
    assert adds(v[0.05].system) == {"LiI"} and v[0.05].baseline
    v = facts("MgH2 was milled with 7 wt% CeO2.",
              "The activation energy is 105 kJ/mol with CeO2, against 160 kJ/mol without it.")
    assert adds(v[105.0].system) == {"CeO2"}
    assert adds(v[160.0].system) == set() and v[160.0].baseline


def test_a_prefixed_host_named_with_its_formula_is_a_sample_of_its_own():
    v = facts("NaAlH4 was doped with 4 mol% TiCl3.",
              "In a second series, Ti-doped NaAlH4 made from Ti powder starts to release hydrogen at 120 °C.")
    assert adds(v[120.0].system) == {"Ti"}


def test_the_subject_nearer_the_value_than_the_mention_decides():
    v = facts("LiBH4–LiBr was mixed with 25 vol% ZrO2.",
              "The ZrO2-containing electrolyte conducts 0.2 mS/cm at 40 °C, whereas the ZrO2-free one conducts 0.03 mS/cm.")
    assert adds(v[0.2].system) == {"LiBr", "ZrO2"}
    assert adds(v[0.03].system) == {"LiBr"} and v[0.03].baseline


def test_a_hydride_named_after_the_value_is_the_passages_additive_not_a_host():
    v = facts("The LiNH2–MgH2 composite was milled for 10 h.",
              "Then 3 mol% RbH was milled into the mixture.",
              "The activation energy falls from 104 kJ/mol for the undoped composite to 77 kJ/mol with RbH.")
    assert v[77.0].system.host.formula == "LiNH2" and adds(v[77.0].system) == {"MgH2", "RbH"}
    assert adds(v[104.0].system) == {"MgH2"}


def test_an_alloy_electrode_named_by_formula_is_the_host_not_an_additive():
    v = facts("MgH2 is a conversion anode.",
              "The hydrogenated Mg2Ni electrode retains 540 mAh/g after 80 cycles.")
    assert adds(v[540.0].system) == set()


def test_a_fronted_additive_and_a_class_word_after_the_action():
    v = facts("A 2LiBH4–MgH2 composite was prepared by milling.",
              "With NbF5, the second desorption step ends at 365 °C.")
    assert adds(v[365.0].system) == {"MgH2", "NbF5"}
    # "in the silica" is the passage's silica scaffold, not a new SiO2 additive
    v = facts("Li2B12H12 was confined in SBA-15.",
              "Its conductivity rises to 0.05 mS/cm upon confinement in the silica.")
    assert adds(v[0.05].system) == {"SBA-15"}
    # a named additive after the action joins the passage's sample when it has none of its kind
    v = facts("MgH2 was milled for 20 h.",
              "The activation energy drops to 98 kJ/mol upon addition of graphene.")
    assert "graphene" in adds(v[98.0].system)


def test_with_the_additive_and_its_action_noun_after_the_value():
    v = facts("The LiAlH4 powder was milled with 2 mol% NbCl5.",
              "LiAlH4 milled with 2 mol% TiCl3 was also tested.",
              "The activation energy decreases to 71 kJ/mol with NbCl5 addition.")
    assert adds(v[71.0].system) == {"NbCl5"}
    assert v[71.0].system.additives[0].amount.value == 2.0   # the sample as named, with its loading
    # a phase the value names after it, formed in the sample, is no additive named for it
    v = facts("The LiAlH4 powder was milled with 2 mol% NbCl5.",
              "The sample releases 7.1 wt% with Al formed.")
    assert adds(v[7.1].system) == {"NbCl5"}


def test_a_sample_named_by_its_loading():
    v = facts("MgH2–5 wt% Ni and MgH2–10 wt% Ni were prepared by milling.",
              "The 5 wt% sample releases 5.1 wt% H2 at 300 °C, while the 10 wt% Ni sample releases 6.2 wt% H2.")
    assert v[5.1].system.additives[0].amount.value == 5.0
    assert v[6.2].system.additives[0].amount.value == 10.0
    # a loading with its additive names the whole sample, even one the passage did not name before
    v = facts("MgH2 was milled with 10 wt% Ni.", "The 10 wt% Co sample releases 4.4 wt% H2 at 300 °C.")
    assert adds(v[4.4].system) == {"Co"} and v[4.4].system.additives[0].amount.value == 10.0
