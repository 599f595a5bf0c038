"""Issue 10 (items 1 and 5): values in lists and comparisons paired with their own system and property,
on any author's phrasing. Every sentence here was written for these tests."""
from __future__ import annotations

from prose_sentences import facts

from ingest.extraction.prose.prose import extract_sentences
from ingest.extraction.prose.prose_context import SentenceLike


def records(text):
    """Every record of one sentence (several samples may share a value)."""
    return extract_sentences([SentenceLike(text, 0, len(text), "1", [], 1)], "test")[0]


def adds(system):
    return {c.formula: (c.amount.value if c.amount else None) for c in system.additives}


# ---------------------------------------------------------------- a list of properties, and its baseline


def test_a_respectively_list_of_processes_pairs_each_value_with_its_property():
    for said in ("The apparent activation energies for desorption and absorption of the Ni-doped MgH2 were "
                 "calculated as 92.4 ± 2.1 and 41.7 ± 1.5 kJ mol(-1), respectively.",
                 "For the Ni-catalysed MgH2 composite, the activation energies of dehydrogenation and hydrogenation "
                 "were found to be 92.4 and 41.7 kJ/mol, respectively."):
        v = facts(said)
        assert v[92.4].property == "dehydrogenation_activation_energy", said
        assert v[41.7].property == "hydrogenation_activation_energy", said
    # the other order of the words, the other order of the values
    v = facts("The activation energies for hydrogen absorption and desorption of the V-doped Mg were "
              "found to be 38.0 and 88.5 kJ/mol, respectively.")
    assert v[38.0].property == "hydrogenation_activation_energy"
    assert v[88.5].property == "dehydrogenation_activation_energy"


def test_the_baselines_list_set_against_it_takes_the_same_properties_and_the_bare_host():
    for against in ("far lower than those of pure MgH2 (156.2 and 80.3 kJ mol(-1))",
                    "compared with 156.2 and 80.3 kJ/mol for the pure MgH2",
                    "versus 156.2 and 80.3 kJ/mol for additive-free MgH2"):
        v = facts(f"The activation energies for desorption and absorption of the Ni-doped MgH2 were 92.4 and "
                  f"41.7 kJ/mol, respectively, {against}.")
        assert v[156.2].property == "dehydrogenation_activation_energy", against
        assert v[80.3].property == "hydrogenation_activation_energy", against
        assert adds(v[156.2].system) == {} and v[156.2].baseline, against
        assert "Ni" in adds(v[92.4].system)


def test_a_list_set_against_with_its_own_property_words_keeps_them():
    # negative: the second list names its own property (enthalpies), so it does not take the first's
    v = facts("The activation energies for desorption and absorption of the Ni-doped MgH2 were 92.4 and "
              "41.7 kJ/mol, respectively, whereas its desorption enthalpies were 74.1 and 73.9 kJ/mol.")
    assert v[74.1].property == "reaction_enthalpy" and v[73.9].property == "reaction_enthalpy"


# ---------------------------------------------------------- a list of samples, with a method clause between


def test_a_method_clause_between_the_samples_and_their_values():
    v = facts("The peak desorption temperatures of LiBH4 + 10 wt.% SiO2 and LiBH4 + 10 wt.% Al2O3, determined "
              "by TPD at 2 K/min, were 688 K and 702 K, respectively, compared with 743 K for bare LiBH4.")
    assert v[414.85].property == "peak_dehydrogenation_temperature"
    assert adds(v[414.85].system) == {"SiO2": 10.0} and adds(v[428.85].system) == {"Al2O3": 10.0}
    assert adds(v[469.85].system) == {} and v[469.85].baseline
    assert v[414.85].conditions["heating_rate"] == 2.0
    v = facts("The onset temperatures of MgH2–5 wt% Fe and MgH2–5 wt% Co, as measured by DSC at a heating rate "
              "of 10 °C/min, are 265 °C and 281 °C, respectively.")
    assert v[265.0].property == "onset_dehydrogenation_temperature"
    assert set(adds(v[265.0].system)) == {"Fe"} and set(adds(v[281.0].system)) == {"Co"}


def test_a_condition_after_a_verb_without_a_method_clause_stays_a_condition():
    # negative: no participle clause set off by commas: the temperature is where the sample was held
    v = facts("The MgH2–Ni composite was heated at 5 K/min, and held 30 min at 573 K.")
    assert 573.0 not in v and 299.85 not in v


# ------------------------------------------------------------------------ samples named by their additive


def test_suspended_hyphen_samples_in_a_respectively_list():
    for samples in ("the CeO2- and ZrO2-containing samples", "the CeO2-doped and ZrO2-doped composites",
                    "the CeO2- and the ZrO2-catalysed samples"):
        v = facts("MgH2 was ball milled with 5 wt.% CeO2 or 5 wt.% ZrO2.",
                  f"The activation energies were 71 kJ/mol and 93 kJ/mol for {samples}, respectively.")
        assert set(adds(v[71.0].system)) == {"CeO2"}, samples
        assert set(adds(v[93.0].system)) == {"ZrO2"}, samples


def test_suspended_hyphen_samples_named_before_the_values():
    v = facts("LiAlH4 was milled with 2 mol% TiCl3 or 2 mol% VCl3.",
              "The TiCl3- and VCl3-doped samples start to desorb at 96 and 112 °C, respectively.")
    assert set(adds(v[96.0].system)) == {"TiCl3"} and set(adds(v[112.0].system)) == {"VCl3"}


def test_an_additive_named_again_after_a_repeated_with():
    v = facts("The onset desorption temperatures of LiAlH4 doped with TiCl3 and with VCl3 were 96 and 112 °C, "
              "respectively, against 158 °C for as-received LiAlH4.")
    assert set(adds(v[96.0].system)) == {"TiCl3"}
    assert v[112.0].system.host.formula == "LiAlH4" and set(adds(v[112.0].system)) == {"VCl3"}
    assert adds(v[158.0].system) == {} and v[158.0].baseline


# -------------------------------------------------------------------- other ways of pairing a list up


def test_in_that_order_pairs_like_respectively():
    v = facts("The activation energies of 132, 118 and 125 kJ/mol were obtained for LiBH4–SiO2, LiBH4–TiO2 and "
              "LiBH4–Al2O3, in that order.")
    assert [set(adds(v[x].system)) for x in (132.0, 118.0, 125.0)] == [{"SiO2"}, {"TiO2"}, {"Al2O3"}]
    v = facts("Li-ion conductivities of 0.21 and 0.034 mS/cm were measured for LiBH4–LiI and LiBH4–LiBr, "
              "in the same order.")
    assert set(adds(v[0.21].system)) == {"LiI"} and set(adds(v[0.034].system)) == {"LiBr"}


def test_in_the_order_of_is_a_magnitude_not_a_pairing():
    # negative: 'in the order of' says how large, it pairs nothing
    v = facts("Both LiBH4–LiI and LiBH4–LiBr show conductivities in the order of 0.1 mS/cm at 120 °C.")
    assert 0.1 in v
    assert not any("respectively" in c for c in v[0.1].cues)


def test_slashed_values_paired_by_respectively():
    v = facts("The activation energies of LiBH4–SiO2, LiBH4–TiO2 and LiBH4–Al2O3 were 132/118/125 kJ/mol, "
              "respectively.")
    assert [set(adds(v[x].system)) for x in (132.0, 118.0, 125.0)] == [{"SiO2"}, {"TiO2"}, {"Al2O3"}]
    v = facts("The Mg2Ni and Mg2Cu films reach 3.4/2.5 wt% H2 at 300 °C, respectively.")
    assert v[3.4].system.host.formula != v[2.5].system.host.formula


def test_slashed_layers_without_a_pairing_word_are_no_list_of_samples():
    # negative: a stack's layer thicknesses are not three values of one property of three samples
    v = facts("Pd/Mg/Pd films (5/120/5 nm) were deposited on quartz.")
    assert 120.0 not in v or v[120.0].property != "particle_size"


# ------------------------------------------------------------------------ clause-local conditions


def test_each_clause_keeps_its_own_time_and_temperature():
    for said in ("The composite releases 6.1 wt % H2 within 15 min at 320 degrees C and absorbs 5.2 wt % H2 "
                 "within 2 min at 200 degrees C under 2 MPa hydrogen.",
                 "The composite desorbs 6.1 wt% H2 in 15 min at 320 °C and takes up 5.2 wt% H2 in 2 min at "
                 "200 °C under 2 MPa H2."):
        v = facts("An MgH2–10 wt% TiFe composite was prepared by ball milling.", said)
        assert v[6.1].conditions["temperature"] == 320.0, said
        assert v[6.1].conditions["time"] == 15.0, said
        assert v[5.2].conditions["temperature"] == 200.0, said
        assert "pressure" not in v[6.1].conditions, said


def test_conditions_joined_by_and_stay_with_their_value():
    # negative: 'and' between two conditions of one value opens no clause
    v = facts("An MgH2–10 wt% TiFe composite was prepared by ball milling.",
              "The composite absorbs 5.2 wt% H2 at 200 °C and 2 MPa within 2 min.")
    assert v[5.2].conditions["temperature"] == 200.0
    assert v[5.2].conditions["pressure"] == 2.0


# ------------------------------------------------------------------------ contrastive clauses


def test_whereas_and_while_clauses_each_keep_their_subject():
    v = facts("Two samples, MgH2–5 wt% Fe and MgH2–5 wt% Co, were milled.",
              "At 573 K, the Fe-doped sample released 5.8 wt.% hydrogen within 12 min, whereas the Co-doped "
              "sample released only 3.9 wt.% in the same time.")
    assert set(adds(v[5.8].system)) == {"Fe"} and set(adds(v[3.9].system)) == {"Co"}
    assert v[3.9].conditions["temperature"] == 299.85
    v = facts("The MgH2/C electrode delivers 1210 mAh g−1 at 100 mA g−1, while the bare MgH2 electrode "
              "delivers only 380 mAh g−1.")
    assert adds(v[380.0].system) == {} and v[380.0].baseline
    assert v[380.0].conditions["current_density"] == v[1210.0].conditions["current_density"]


def test_lithium_storage_lists():
    v = facts("The MgH2 anode delivered 1480 and 910 mAh g−1 at 0.1 and 1 A g−1, respectively.")
    assert v[1480.0].conditions["current_density"] < v[910.0].conditions["current_density"]
    v = facts("The conductivity of LiBH4–LiI reaches 1.2 × 10−4 S cm−1 at 25 °C, versus 2.0 × 10−8 S cm−1 "
              "for bare LiBH4.")
    assert set(adds(v[0.12].system)) == {"LiI"}
    base = next(m for x, m in v.items() if x < 0.001)
    assert adds(base.system) == {} and base.baseline


def test_a_sample_named_in_a_contrasting_clause_is_that_clauses_subject():
    v = facts("The desorption enthalpy of the Ti-doped MgH2 is 74.6 kJ/mol, while pure Mg2NiH4 has an "
              "enthalpy of 64.0 kJ/mol.")
    assert v[64.0].system.host.formula == "Mg2NiH4" and set(adds(v[74.6].system)) == {"Ti"}
    # the value before the contrasting clause does not take the sample named in it
    v = facts("Magnesium powder was milled with 10 wt% Fe nanoparticles.",
              "For the Mg phase of the milled mixture the formation enthalpy is −74.1 kJ/mol H2, whereas single-phase "
              "Mg2FeH6 decomposes with an enthalpy of 77.5 kJ/mol H2.")
    assert v[74.1].system.host.formula != "Mg2FeH6" and v[77.5].system.host.formula == "Mg2FeH6"
    # negative: the host's own bare reference in the contrasting clause is still the bare host
    v = facts("The Ti-doped MgH2 desorbs from 250 °C, while pure MgH2 desorbs from 350 °C.")
    assert adds(v[350.0].system) == {} and v[350.0].baseline and set(adds(v[250.0].system)) == {"Ti"}


def test_a_sentence_for_comparison_does_not_become_the_paragraphs_sample():
    for opening in ("For comparison,", "As a reference,"):
        v = facts("LiBH4 was infiltrated into a carbon aerogel, giving LiBH4@carbon aerogel.",
                  f"{opening} LiBH4 confined in MCM-41 silica starts to desorb at 240 °C.",
                  "The confined sample releases 8.5 wt% H2 at 350 °C.")
        assert v[240.0].system.name.endswith("@MCM-41"), opening
        assert v[8.5].system.name.endswith("@carbon aerogel"), opening
    # negative: 'In contrast' may well introduce the sample the text goes on about
    v = facts("Pristine MgH2 starts to desorb at 350 °C.",
              "In contrast, the Ni-doped MgH2 starts to desorb at 250 °C.",
              "Its activation energy is 81 kJ/mol.")
    assert set(adds(v[81.0].system)) == {"Ni"}


# ------------------------------------------------------------------------ values side by side


def test_values_each_followed_by_their_sample():
    v = facts("The desorption capacity reached 5.1 wt% for MgH2–Ni and 4.3 wt% for MgH2–Fe, but only 0.8 wt% "
              "for milled MgH2.")
    assert set(adds(v[5.1].system)) == {"Ni"} and set(adds(v[4.3].system)) == {"Fe"}
    assert adds(v[0.8].system) == {} and v[0.8].baseline
    assert v[4.3].property == v[5.1].property == "desorbed_hydrogen_capacity"
    v = facts("Activation energies of 71 kJ/mol for LiBH4–SiO2 and 93 kJ/mol for LiBH4–Al2O3 were obtained.")
    assert set(adds(v[71.0].system)) == {"SiO2"} and set(adds(v[93.0].system)) == {"Al2O3"}


def test_a_second_value_with_words_of_its_own_keeps_its_property():
    # negative: "an activation energy of …" names the second value afresh
    v = facts("The MgH2–Ni composite desorbs 5.1 wt% H2 at 300 °C and has an activation energy of 71 kJ/mol.")
    assert v[5.1].property != v[71.0].property


def test_a_bare_host_after_several_modified_samples_is_a_sample_of_its_own():
    v = facts("The activation energies follow the order MgH2–Nb2O5 (62 kJ/mol) < MgH2–TiO2 (84 kJ/mol) < "
              "MgH2 (158 kJ/mol).")
    assert adds(v[158.0].system) == {} and set(adds(v[84.0].system)) == {"TiO2"}


def test_a_bracketed_list_named_by_the_words_after_its_bracket():
    v = facts("The Ni-doped and Co-doped MgH2 (82.1 and 88.4 kJ/mol, respectively) both show lower activation "
              "energies than MgH2.")
    assert v[82.1].property == "dehydrogenation_activation_energy"
    assert set(adds(v[82.1].system)) == {"Ni"} and set(adds(v[88.4].system)) == {"Co"}


def test_a_value_said_of_both_samples_goes_to_each():
    out = records("At 25 °C, LiBH4–LiI and LiBH4–LiBr conduct 0.21 and 0.034 mS/cm, respectively, whereas at "
                  "120 °C both exceed 10 mS/cm.")
    tens = [m for m in out if m.value == 10.0]
    assert {frozenset(adds(m.system)) for m in tens} == {frozenset({"LiI"}), frozenset({"LiBr"})}
    assert all(m.conditions["temperature"] == 120.0 for m in tens)
    # negative: a value the clause says of one sample stays that sample's
    out = records("At 25 °C, LiBH4–LiI and LiBH4–LiBr conduct 0.21 and 0.034 mS/cm, respectively, whereas bare "
                  "LiBH4 reaches only 0.0001 mS/cm.")
    low = [m for m in out if m.value == 0.0001]
    assert len(low) == 1 and adds(low[0].system) == {}


def test_a_list_of_amounts_names_one_sample_per_value():
    v = facts("The activation energies for hydrogen desorption were 108, 97 and 84 kJ/mol for MgH2 doped with 1, 3 "
              "and 5 mol% NbF5, respectively.")
    assert [adds(v[x].system) for x in (108.0, 97.0, 84.0)] == [{"NbF5": 1.0}, {"NbF5": 3.0}, {"NbF5": 5.0}]
    v = facts("LiBH4 with 10, 20 and 30 wt% SiO2 starts to desorb at 320, 301 and 288 °C, respectively.")
    assert [adds(v[x].system) for x in (320.0, 301.0, 288.0)] == [{"SiO2": 10.0}, {"SiO2": 20.0}, {"SiO2": 30.0}]
    # negative: one amount, one sample
    v = facts("MgH2 doped with 5 mol% NbF5 desorbs 5.6 wt% H2 at 250 °C.")
    assert adds(v[5.6].system) == {"NbF5": 5.0}


def test_coordinated_samples_pair_with_as_many_values_without_respectively():
    v = facts("The initial discharge capacities of MgH2–TiO2 and MgH2–Nb2O5 electrodes were 1420 and 1310 mAh g−1, "
              "compared with 980 mAh g−1 for bare MgH2.")
    assert set(adds(v[1420.0].system)) == {"TiO2"} and set(adds(v[1310.0].system)) == {"Nb2O5"}
    assert v[980.0].property == v[1420.0].property == "discharge_capacity"
    assert adds(v[980.0].system) == {} and v[980.0].baseline
    v = facts("The hydrogen capacities of the LiBH4–MgH2 and LiBH4–CaH2 composites were 9.2 and 7.1 wt%, versus "
              "a theoretical 11.4 and 11.7 wt%.")
    assert v[7.1].system.name == v[11.7].system.name != v[9.2].system.name == v[11.4].system.name
    assert v[11.4].basis == "theoretical" and v[9.2].basis == "measured"


def test_more_samples_than_values_are_not_paired():
    # negative: three samples, two values: nothing says which is whose
    v = facts("MgH2–Ni, MgH2–Co and MgH2–Fe release between 5.1 and 5.6 wt% H2 at 300 °C.")
    assert v[5.1].value_max == 5.6 or v[5.1].system.name == v.get(5.6, v[5.1]).system.name


def test_at_the_same_temperature_takes_the_neighbours_conditions():
    v = facts("While bulk NaAlH4 releases only 1.1 wt% H2 at 150 °C, the Ti-doped NaAlH4 releases 3.9 wt% H2 at "
              "the same temperature.")
    assert v[3.9].conditions["temperature"] == 150.0 and set(adds(v[3.9].system)) == {"Ti"}
    # negative: a value with its own temperature keeps it
    v = facts("While bulk NaAlH4 releases only 1.1 wt% H2 at 150 °C, the Ti-doped NaAlH4 releases 3.9 wt% H2 at "
              "180 °C.")
    assert v[3.9].conditions["temperature"] == 180.0


def test_suspended_prefixes_before_the_host():
    for said in ("The peak temperatures of the Ni-, Co- and Fe-doped MgH2 are 285, 297 and 306 °C, respectively.",
                 "Ea values of 285, 297 and 306 kJ/mol were derived for the Ni-, Co- and Fe-catalysed MgH2, respectively."):
        v = facts(said)
        assert [set(adds(v[x].system)) for x in (285.0, 297.0, 306.0)] == [{"Ni"}, {"Co"}, {"Fe"}], said
    # negative: one prefix, one sample
    v = facts("The peak temperature of the Ni-doped MgH2 is 285 °C.")
    assert set(adds(v[285.0].system)) == {"Ni"}


def test_the_bare_word_before_a_modified_sample_names_its_host():
    v = facts("The undoped and 5 mol% TiF3-doped LiBH4 show onset temperatures of 380 and 250 °C, respectively.")
    assert adds(v[380.0].system) == {} and v[380.0].baseline
    assert adds(v[250.0].system) == {"TiF3": 5.0}


def test_a_clause_with_its_verb_left_out():
    v = facts("The MgH2–Ni composite absorbs 5.5 wt% H2 at 200 °C, and the MgH2–Co composite 4.8 wt% H2 at 225 °C.")
    assert v[4.8].property == v[5.5].property == "absorbed_hydrogen_capacity"
    assert set(adds(v[4.8].system)) == {"Co"} and v[4.8].conditions["temperature"] == 225.0
    v = facts("Mg(BH4)2@rGO peaks at 281 °C and Mg(BH4)2@CNT at 298 °C.")
    assert v[298.0].property == "peak_dehydrogenation_temperature"
    assert "@" in v[298.0].system.name and v[298.0].system.name != v[281.0].system.name
    # negative: a temperature after 'and' with no sample of its own stays the first value's condition
    v = facts("The MgH2–Ni composite absorbs 5.5 wt% H2 within 5 min and at 200 °C.")
    assert 200.0 not in v and v[5.5].conditions.get("temperature") == 200.0


def test_a_value_set_far_above_another_shares_its_conditions():
    v = facts("The capacity retention after 100 cycles was 82 % for MgH2@graphene, far above the 31 % of bare MgH2.")
    assert v[31.0].conditions["cycles"] == 100.0 and v[31.0].baseline


def test_both_says_two_samples():
    # negative: 'both' after three listed samples names no known pair
    out = records("At 25 °C, LiBH4–LiI, LiBH4–LiBr and LiBH4–LiCl conduct 0.21, 0.034 and 0.011 mS/cm, "
                  "respectively, whereas at 120 °C both exceed 10 mS/cm.")
    assert len([m for m in out if m.value == 10.0]) == 1
    out = records("At 25 °C, LiBH4–LiI, LiBH4–LiBr and LiBH4–LiCl conduct 0.21, 0.034 and 0.011 mS/cm, "
                  "respectively, whereas at 120 °C all three exceed 10 mS/cm.")
    assert len([m for m in out if m.value == 10.0]) == 3


def test_with_and_without_after_the_value():
    v = facts("LiAlH4 releases 7.1 wt% H2 below 200 °C when doped with NbF5, but only 2.5 wt% without it.")
    assert set(adds(v[7.1].system)) == {"NbF5"}
    assert adds(v[2.5].system) == {} and v[2.5].baseline and v[2.5].conditions.get("temperature") == 200.0
    v = facts("With 5 wt% TiF3, MgH2 absorbs 5.8 wt% H2 within 1 min at 150 °C, against 0.9 wt% without the catalyst.")
    assert adds(v[5.8].system) == {"TiF3": 5.0}
    assert adds(v[0.9].system) == {} and v[0.9].property == v[5.8].property == "absorbed_hydrogen_capacity"
    assert v[0.9].conditions["temperature"] == 150.0
    v = facts("The Ea of LiBH4 is 156 kJ/mol, and it drops to 98 kJ/mol with TiCl3.")
    assert adds(v[156.0].system) == {} and set(adds(v[98.0].system)) == {"TiCl3"}
    # negative: 'with' naming a measuring condition or a hydride partner makes no additive of it
    v = facts("The MgH2–Ni composite absorbs 5.5 wt% H2 within 2 min at 200 °C with a hydrogen pressure of 3 MPa.")
    assert set(adds(v[5.5].system)) == {"Ni"}


def test_a_change_from_the_undoped_composite_starts_from_the_sample_before_the_addition():
    v = facts("The 2LiBH4–MgH2 composite was milled with 4 mol% NbF5.",
              "The activation energy of the second step (the decomposition of LiBH4) was lowered from 162 kJ mol−1 "
              "for the undoped composite to 101 kJ mol−1 with NbF5.")
    assert v[162.0].system.name == "2LiBH4–MgH2" and v[162.0].baseline
    assert "NbF5" in adds(v[101.0].system)
    # negative: a bare host named as the start of the change stays that host
    v = facts("The 2LiBH4–MgH2 composite was milled with 4 mol% NbF5.",
              "The activation energy of LiBH4 decomposition fell from 162 kJ/mol for pure LiBH4 to 101 kJ/mol for "
              "the doped composite.")
    assert v[162.0].system.name == "LiBH4"


# ------------------------------------------- values written side by side after a value
# (ingest/extraction/values/coordinated_values.py)


def test_a_second_temperature_with_its_own_label_is_a_value_of_the_same_property():
    # a temperature read by its unit alone would be a test setting; coordinated with a value, it is a value
    v = facts("The desorption temperature of LiAlH4 + 5 wt.% TiO2 was lowered to 95 °C (first step) and "
              "152 °C (second step).")
    assert v[95.0].property == v[152.0].property == "dehydrogenation_temperature"
    assert set(adds(v[152.0].system)) == {"TiO2"}
    v = facts("For Mg(BH4)2@CMK-3 the decomposition peaks lie at 262 °C and 331 °C.")
    assert v[262.0].property == v[331.0].property
    assert set(adds(v[331.0].system)) == {"CMK-3"}


def test_values_each_for_their_sample_in_a_comma_list_or_against_each_other():
    for said in ("The peak temperatures are 380 °C for 2LiBH4–MgH2, 350 °C for 2LiBH4–MgH2–TiF3 and 340 °C "
                 "for 2LiBH4–MgH2–NbF5.",
                 "The peak temperature is 380 °C for 2LiBH4–MgH2 versus 350 °C for 2LiBH4–MgH2–TiF3 and 340 °C "
                 "for 2LiBH4–MgH2–NbF5."):
        v = facts(said)
        assert v[380.0].property == v[350.0].property == v[340.0].property == "peak_dehydrogenation_temperature", said
        assert set(adds(v[350.0].system)) == {"MgH2", "TiF3"}, said
        assert set(adds(v[340.0].system)) == {"MgH2", "NbF5"}, said
    v = facts("The transition occurs at 383 K in LiBH4 but 353 K in LiBH4–LiBr.")
    assert 353.0 not in v or v[353.0].property != "temperature"


def test_a_coordinated_energy_without_words_takes_the_first_ones_property():
    v = facts("With 7 mol% NbF5 the activation energy of 2LiBH4–MgH2 drops to 124 kJ/mol and 112 kJ/mol for "
              "the two desorption steps.")
    assert v[124.0].property == v[112.0].property == "dehydrogenation_activation_energy"


def test_a_setting_or_a_difference_after_a_value_stays_what_it_is():
    # negatives: 'at 250 °C' is the test's setting, '40 °C lower' a difference, '3 MPa' another quantity
    v = facts("The Ni-doped MgH2 releases 5.2 wt% H2 at 300 °C and 3.1 wt% H2 at 250 °C.")
    assert v[5.2].conditions["temperature"] == 300.0 and v[3.1].conditions["temperature"] == 250.0
    assert 250.0 not in v and 300.0 not in v
    v = facts("The onset temperature of the TiO2-doped MgH2 is 265 °C, and 40 °C lower than that of milled MgH2.")
    assert 40.0 not in v
    v = facts("The MgH2–Ni composite is rehydrogenated at 300 °C and 3 MPa.")
    assert 3.0 not in v or v[3.0].property is None


def test_values_with_the_unit_written_twice_pair_with_the_samples_named_before():
    for said in ("The onset temperatures of MgH2–TiF3 and MgH2–NbF5 are lowered to 240 °C and 225 °C.",
                 "The ionic conductivities of LiBH4–LiI and LiBH4–LiBr reach 1.2 mS/cm and 0.9 mS/cm at 30 °C."):
        v = facts(said)
        first, second = sorted(v, reverse=True)
        assert len(v) == 2 and v[first].property == v[second].property, said
        assert set(adds(v[first].system)) in ({"TiF3"}, {"LiI"}), said
        assert set(adds(v[second].system)) in ({"NbF5"}, {"LiBr"}), said
    # negative: settings said with their preposition stay settings of the one value
    v = facts("The MgH2–TiF3 composite absorbs 5.0 wt% H2 at 250 °C and 300 °C.")
    assert 250.0 not in v and 300.0 not in v


def test_slashed_properties_and_values_with_a_formula_between():
    v = facts("The hydrogenation/dehydrogenation temperatures of MgH2–Ni drop to 330/495 K.")
    assert v[56.85].property == "hydrogenation_temperature"
    assert v[221.85].property == "dehydrogenation_temperature"
    v = facts("The initial hydrogenation/dehydrogenation temperature for MgH2–(Ni–CeO2)@C falls to 330/490 K, 70/80 K lower "
              "than that of pure MgH2.")
    assert v[56.85].property == "hydrogenation_temperature"
    assert v[216.85].property == "onset_dehydrogenation_temperature"
    assert 70.0 not in v and 80.0 not in v and -203.15 not in v and -193.15 not in v


def test_a_value_then_a_difference_after_a_comma_keeps_the_value():
    # negative for the unit-twice list: the second number is a difference, the first stays a value
    v = facts("Nanosized LiBH4 particles show a dehydrogenation temperature of 230 °C, 140 °C lower than that of "
              "bulk LiBH4.")
    assert v[230.0].property == "dehydrogenation_temperature" and 140.0 not in v


def test_the_main_release_names_the_peak_temperature():
    v = facts("Confined LiBH4 starts to release hydrogen at 210 °C with the main release at 305 °C.")
    assert v[210.0].property == "onset_dehydrogenation_temperature"
    assert v[305.0].property == "peak_dehydrogenation_temperature"


def test_a_bracketed_list_of_settings_after_a_preposition_stays_settings():
    # negative for the unit-twice list: the preposition before the bracket makes its values the tests' settings
    v = facts("Cycling of the Mg/Pd film was performed at different temperatures (300 K, 370 K and 320 K).")
    assert 96.85 not in v and 46.85 not in v
    v = facts("Absorption and desorption of the Mg/Pd film were run at three temperatures (300 K, 370 K and 320 K).")
    assert 96.85 not in v and 46.85 not in v
