"""'Respectively' lists whose samples are written in forms the plainer readers miss: the agent of a passive
verb after the values ('… was liberated within 10 min by A and B, respectively')."""
from __future__ import annotations

import pytest
from extracted import records


def _rows(text):
    return sorted((r["value"], r["system"]) for r in records(text))


@pytest.mark.parametrize("text, expected", [
    ("Roughly 5.4 wt% and 3.3 wt% of hydrogen was freed within 12 min by MgH2–Ni and MgH2–Fe, respectively.",
     [(3.3, "MgH2–Fe"), (5.4, "MgH2–Ni")]),
    ("Reversible capacities of 4.3 wt% and 3.7 wt% were delivered by LiAlH4–TiF3 and LiAlH4–NbF5, respectively.",
     [(3.7, "LiAlH4–NbF5"), (4.3, "LiAlH4–TiF3")]),
    ("Desorption maxima at 283 °C and 307 °C are shown by the Mg2NiH4 and Mg2FeH6 powders, respectively.",
     [(283.0, "Mg2NiH4"), (307.0, "Mg2FeH6")]),
])
def test_values_pair_with_the_agents_of_a_passive_verb(text, expected):
    assert _rows(text) == expected


def test_a_method_after_by_is_no_sample():
    # (near miss: 'by' names the methods, the one sample is named before them)
    assert _rows("Activation energies of 97 and 118 kJ/mol for MgH2–Ni were derived by the Kissinger and Ozawa "
                 "methods, respectively.") == [(97.0, "MgH2–Ni"), (118.0, "MgH2–Ni")]


# "… doped with NiO and CoO. … the NiO-doped and CoO-doped samples": each prefix written in full names one sample of
# the host with that additive alone, though the paragraph's sample holds both
@pytest.mark.parametrize("text, expected", [
    ("LiAlH4 was doped with NiO and CoO. Hydrogen is released by the NiO-doped and CoO-doped samples at 96 °C and "
     "112 °C, respectively.", [(96.0, "LiAlH4–NiO"), (112.0, "LiAlH4–CoO")]),
    ("NaAlH4 was catalysed with CeCl3 and TiCl3. The CeCl3-catalysed and TiCl3-catalysed samples release 4.2 and "
     "3.9 wt% hydrogen, respectively.", [(3.9, "NaAlH4–TiCl3"), (4.2, "NaAlH4–CeCl3")]),
    ("We doped Mg(BH4)2 with Fe2O3 and Co3O4. Peak temperatures of 230 and 245 °C are found for the Fe2O3-doped "
     "and the Co3O4-doped powders, respectively.", [(230.0, "Mg(BH4)2–Fe2O3"), (245.0, "Mg(BH4)2–Co3O4")]),
])
def test_whole_prefixes_listed_name_one_sample_each(text, expected):
    assert _rows(text) == expected


def test_one_co_doped_sample_keeps_both_additives():
    # (near miss: one sample holds both additives, its values are of two steps)
    assert _rows("LiAlH4 co-doped with NiO and CoO releases hydrogen at 96 °C and 141 °C in the first and second "
                 "steps, respectively.") == [(96.0, "LiAlH4–NiO–CoO"), (141.0, "LiAlH4–NiO–CoO")]


# "… is 95 kJ/mol for both Ce-doped A and B, and … 120 °C for both Ce-doped A and B": each value, its list after it,
# is said of both doped hosts, not paired off with them one by one across the sentence
@pytest.mark.parametrize("text, expected", [
    ("The activation energy is 96 kJ/mol for both Ce-doped LiAlH4 and Li3AlH6, while the enthalpy is 41 kJ/mol for "
     "both Ce-doped LiAlH4 and Li3AlH6.",
     [(41.0, "Li3AlH6–Ce"), (41.0, "LiAlH4–Ce"), (96.0, "Li3AlH6–Ce"), (96.0, "LiAlH4–Ce")]),
    ("The apparent activation energy of the first step amounts to 81 kJ/mol for both Ti-doped NaAlH4 and Na3AlH6, and that of the second step "
     "amounts to 98 kJ/mol for both Ti-doped NaAlH4 and Na3AlH6.",
     [(81.0, "Na3AlH6–Ti"), (81.0, "NaAlH4–Ti"), (98.0, "Na3AlH6–Ti"), (98.0, "NaAlH4–Ti")]),
    ("The activation energy was 94 kJ/mol for both Ce-doped LiAlH4 and Li3AlH6, and the onset temperature was "
     "123 °C for both Ce-doped LiAlH4 and Li3AlH6.",
     [(94.0, "Li3AlH6–Ce"), (94.0, "LiAlH4–Ce"), (123.0, "Li3AlH6–Ce"), (123.0, "LiAlH4–Ce")]),
])
def test_each_value_for_both_doped_hosts(text, expected):
    assert _rows(text) == expected


def test_one_value_for_both_doped_hosts_stays_as_it_was():
    assert _rows("The apparent activation energy of the first step amounts to 81 kJ/mol for both Ti-doped NaAlH4 and Na3AlH6.") == [
        (81.0, "Na3AlH6–Ti"), (81.0, "NaAlH4–Ti")]


def test_values_paired_off_without_both_stay_one_each():
    # (near miss: no 'both', the values are paired off by 'respectively')
    assert _rows("The activation energies were 93 and 118 kJ/mol for Ce-doped LiAlH4 and Li3AlH6, respectively.") == [
        (93.0, "LiAlH4–Ce"), (118.0, "Li3AlH6")]


# "80 and 97 kJ/mol for both Ti-doped A and B": 'both' leading the samples says each value is of each of them
@pytest.mark.parametrize("text, expected", [
    ("Kissinger fits yield 83 kJ/mol and 99 kJ/mol for both Ti-doped NaAlH4 and Na3AlH6.",
     [(83.0, "Na3AlH6–Ti"), (83.0, "NaAlH4–Ti"), (99.0, "Na3AlH6–Ti"), (99.0, "NaAlH4–Ti")]),
    ("Apparent activation energies of 86 and 104 kJ/mol were derived for both Ce-doped LiAlH4 and Li3AlH6.",
     [(86.0, "Li3AlH6–Ce"), (86.0, "LiAlH4–Ce"), (104.0, "Li3AlH6–Ce"), (104.0, "LiAlH4–Ce")]),
    ("Both KBH4 and RbBH4 lose hydrogen in two stages at 512 and 587 °C.",
     [(512.0, "KBH4"), (512.0, "RbBH4"), (587.0, "KBH4"), (587.0, "RbBH4")]),
])
def test_a_list_of_values_for_both_samples_is_each_ones(text, expected):
    assert _rows(text) == expected


def test_a_list_of_values_for_two_samples_pairs_off():
    # (near miss: no 'both', one value per sample in order)
    assert _rows("Apparent activation energies of 86 and 104 kJ/mol were derived for Ce-doped LiAlH4 and "
                 "Ce-doped Li3AlH6.") == [(86.0, "LiAlH4–Ce"), (104.0, "Li3AlH6–Ce")]


# "… milled with graphene. … samples with and without graphene: A and B, respectively": a material the passage's
# sample holds, named by a word with no mention of its own, still tells the sample with it from the one without
@pytest.mark.parametrize("text, expected", [
    ("MgH2 was milled with graphene. The activation energies of samples with and without graphene are 97 kJ/mol and "
     "158 kJ/mol, respectively.", [(97.0, "MgH2–graphene"), (158.0, "MgH2")]),
    ("LiAlH4 was milled with carbon nanotubes. Samples without and with carbon nanotubes release hydrogen at 171 and "
     "132 °C, respectively.", [(132.0, "LiAlH4–carbon nanotube"), (171.0, "LiAlH4")]),
    ("NaAlH4 was loaded into activated carbon. The capacities of samples with and without activated carbon were 3.2 "
     "and 4.3 wt%, respectively.", [(3.2, "NaAlH4@activated carbon"), (4.3, "NaAlH4")]),
])
def test_with_and_without_a_word_named_material(text, expected):
    assert _rows(text) == expected


def test_with_and_without_one_of_two_additives_is_left_alone():
    # (near miss: the passage's sample holds a second additive the words do not name)
    rows = _rows("MgH2 was milled with graphene and Ni. The activation energies of samples with and without graphene "
                 "are 97 kJ/mol and 158 kJ/mol, respectively.")
    assert {s for _, s in rows} == {"MgH2–graphene–Ni"}


# "A and B were made … The two steps of B occur at X and Y, respectively": the values are of the counted steps of
# the one sample the sentence names, not paired with the two samples of the sentence before
@pytest.mark.parametrize("text, expected", [
    ("KAlH4 and NaAlH4 were synthesised by a two-step route. The two decomposition steps of NaAlH4 occur at 211 and "
     "262 °C, respectively.", [(211.0, "NaAlH4"), (262.0, "NaAlH4")]),
    ("LiNH2 and Mg(NH2)2 were prepared by milling. For Mg(NH2)2, the two stages of decomposition have activation "
     "energies of 116 and 161 kJ/mol, respectively.", [(116.0, "Mg(NH2)2"), (161.0, "Mg(NH2)2")]),
    ("Mg2FeH6 and Mg2CoH5 were synthesised in two steps. Both steps of Mg2FeH6 decomposition have activation "
     "energies of 141 and 171 kJ/mol, respectively.", [(141.0, "Mg2FeH6"), (171.0, "Mg2FeH6")]),
])
def test_counted_steps_of_the_named_sample(text, expected):
    assert _rows(text) == expected


def test_samples_of_the_sentence_before_still_pair_without_steps():
    # (near miss: no steps counted, 'they' are the two samples)
    assert _rows("KAlH4 and NaAlH4 were synthesised by a two-step route. They release hydrogen at 291 and 212 °C, "
                 "respectively.") == [(212.0, "NaAlH4"), (291.0, "KAlH4")]


# "samples with and without LaNi5 … 72 and 76 kJ/mol, respectively, for MgH2": the host named right after the values
@pytest.mark.parametrize("text, expected", [
    ("The desorption enthalpies of samples with and without LaNi5 are 73 kJ/mol and 77 kJ/mol, respectively, for "
     "MgH2.", [(73.0, "MgH2–LaNi5"), (77.0, "MgH2")]),
    ("Onset temperatures of samples without and with 3 mol% TiF3 were 301 and 191 °C, respectively, in the case of "
     "LiBH4.", [(191.0, "LiBH4–3 mol% TiF3"), (301.0, "LiBH4")]),
    ("Peak temperatures of samples without and with NiCl2 are 321 and 266 °C for NaAlH4, respectively.",
     [(266.0, "NaAlH4–NiCl2"), (321.0, "NaAlH4")]),
])
def test_with_and_without_on_the_host_named_after(text, expected):
    assert _rows(text) == expected


def test_with_and_without_never_reaches_a_host_set_against_them():
    # (near miss: the hydride after 'whereas' is another clause's sample, not the pair's host)
    rows = _rows("Samples with and without Nb2O5 desorb at 231 and 352 °C, respectively, whereas LiBH4 desorbs at "
                 "401 °C.")
    assert all("Nb2O5" not in s for _, s in rows)


# "The undoped and Ni-doped samples of MgH2 …": the host written after 'samples of' names the doped sample a second
# time, and the pair is still the bare host and the doped one
@pytest.mark.parametrize("text, expected", [
    ("The undoped and Ni-doped samples of MgH2 absorb 5.4 and 6.3 wt% hydrogen, respectively.",
     [(5.4, "MgH2"), (6.3, "MgH2–Ni")]),
    ("The pristine and the Co-catalysed powders of LiBH4 begin to decompose at 381 and 292 °C, respectively.",
     [(292.0, "LiBH4–Co"), (381.0, "LiBH4")]),
    ("Uncatalysed and TiCl3-catalysed samples of NaAlH4 deliver 3.3 and 4.5 wt%, respectively.",
     [(3.3, "NaAlH4"), (4.5, "NaAlH4–TiCl3")]),
])
def test_bare_and_modified_samples_of_a_host(text, expected):
    assert _rows(text) == expected


def test_two_doped_samples_named_in_full_pair_as_written():
    # (near miss: two different samples named before the values)
    assert _rows("The Ni-doped MgH2 and the Co-doped MgH2 absorb 5.4 and 6.3 wt% hydrogen, respectively.") == [
        (5.4, "MgH2–Ni"), (6.3, "MgH2–Co")]


def test_the_agent_after_values_and_their_settings():
    # ('by' after the values' settings, the passive verb before the values)
    assert _rows("Hydrogen is released at 152 and 173 °C by LiAlH4–TiF3 and LiAlH4–NbF5, respectively.") == [
        (152.0, "LiAlH4–TiF3"), (173.0, "LiAlH4–NbF5")]
