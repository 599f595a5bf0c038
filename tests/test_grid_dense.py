"""The probe grid of dense sentences (tests/grid_dense.py: value lists × sample lists × order × property ×
condition numbers × a baseline), and the rules it made: each with sentences written for these tests in
several wordings and one it must not fire on."""
from __future__ import annotations

import pytest
from grid_dense import probes, run
from grid_rates import rates
from prose_sentences import contract_measurements, facts

from ingest.extraction.prose.respectively import _lead_past_conditions

# failures allowed per slot value (a ratchet: what the rules of this file leave). Main at 7ef734e passed 101 of
# these 240 probes; 211 at 72139e7; 237 now (the former/the latter: ingest/extraction/attribution/former_latter.py; a
# list 'for' one host doped with as many additives: ingest/extraction/samples/split_samples.py). Still failing: "A
# reaches X and B one of Y" (1); "X for A doped with P and Y for A doped with Q" joins both additives into one sample
# (2).
_ALLOWED = {
    "shape": {"additives": 1, "amounts": 2},
    "items": {"2": 3},
    "order": {"each_its_own": 1, "values_split": 2},
    "property": {"onset_T": 1, "capacity": 2},
    "conditions": {"none": 3},
    "baseline": {"none": 3},
}


@pytest.fixture(scope="module")
def grid():
    return run(probes())


def test_the_grid_is_small_and_crosses_every_slot():
    ps = probes()
    assert 200 <= len(ps) <= 300
    slots = rates((p, "OK") for p in ps)
    assert len(slots["order"]) == 11 and len(slots["property"]) == 5 and len(slots["conditions"]) == 4


@pytest.mark.parametrize("slot", ["shape", "items", "order", "property", "conditions", "baseline"])
def test_every_slot_value_pairs_its_values(grid, slot):
    table = rates(grid)[slot]
    over = {v: f"{bad}/{n}" for v, (bad, n) in table.items()
            if bad > _ALLOWED[slot].get(v, 0)}
    assert not over, (over, [v + " | " + p.doc for p, v in grid if v != "OK" and p.slots[slot] in over][:5])


def _pairs(rows: list[dict]) -> list[tuple[float, tuple[str, ...]]]:
    return [(r["value"], tuple(sorted(c["material"] for c in r["components"]))) for r in rows]


# ------------------------------------------------- 'respectively' closing the samples, before the values
@pytest.mark.parametrize("text, want", [
    ("MgH2 was ball milled with TiO2 and CeO2, respectively, giving onset temperatures of 255 and 270 °C.",
     [(255.0, ("MgH2", "TiO2")), (270.0, ("CeO2", "MgH2"))]),
    ("Doping NaAlH4 with TiF3, ZrO2 and Ni lowered, respectively, its activation energy to 80, 91 and 99 kJ/mol.",
     [(80.0, ("NaAlH4", "TiF3")), (91.0, ("NaAlH4", "ZrO2")), (99.0, ("NaAlH4", "Ni"))]),
    ("LiAlH4 samples containing 5 and 10 wt% Nb2O5, respectively, released 6.8 and 6.1 wt% H2 below 250 °C.",
     [(6.8, ("LiAlH4", "Nb2O5")), (6.1, ("LiAlH4", "Nb2O5"))]),
])
def test_respectively_before_the_values_pairs_them(text, want):
    assert sorted(_pairs(contract_measurements(text))) == sorted(want)


def test_respectively_closing_a_value_list_pairs_no_later_list():
    # the words close the first list; the second list is said of the same samples by '_respectively_before', not
    # read again here as paired by them (it would be anyway: both go to the same samples)
    rows = contract_measurements("MgH2–Ni and MgH2–Co start to desorb at 210 and 230 °C, respectively, whereas "
                                 "bare MgH2 starts at 330 °C.")
    assert sorted(_pairs(rows)) == [(210.0, ("MgH2", "Ni")), (230.0, ("Co", "MgH2")), (330.0, ("MgH2",))]


# ------------------------------------------------- as many amounts of one additive are as many samples
@pytest.mark.parametrize("text", [
    "The onset temperatures of MgH2 with 5 and 10 wt% TiO2 are 250 and 265 °C, respectively.",
    "For MgH2 doped with 5 and 10 wt% TiO2 the onset temperatures were, respectively, 250 and 265 °C.",
    "MgH2 samples doped with 5 and 10 wt% TiO2 showed onset temperatures of 250 and 265 °C, in that order.",
])
def test_two_amounts_of_one_additive_are_two_samples(text):
    rows = contract_measurements(text)
    got = sorted((r["value"], [(c["material"], c.get("amount")) for c in r["components"]]) for r in rows)
    assert got == [(250.0, [("MgH2", None), ("TiO2", 5.0)]), (265.0, [("MgH2", None), ("TiO2", 10.0)])]


def test_a_host_and_an_additive_without_amounts_still_pair_as_two():
    rows = contract_measurements("The onset temperatures of MgH2 and TiH2 are 350 and 450 °C, respectively.")
    assert sorted(_pairs(rows)) == [(350.0, ("MgH2",)), (450.0, ("TiH2",))]


# ------------------------------------------------- a core named beside a sibling holding the scaffold
@pytest.mark.parametrize("texts, want", [
    (("LiAlH4 was ball milled with Nb2O5 and graphene.",
      "The activation energies of LiAlH4–Nb2O5 and LiAlH4–graphene are 86 and 73 kJ/mol, respectively."),
     {86.0: "LiAlH4–Nb2O5", 73.0: "LiAlH4–graphene"}),
    (("MgH2 was milled with Ni and graphene for 10 h.",
      "MgH2–graphene and MgH2–Ni release hydrogen from 290 and 245 °C, respectively."),
     {290.0: "MgH2–graphene", 245.0: "MgH2–Ni"}),
    (("We milled NaAlH4 with TiF3 and CNTs.",
      "Capacities of 4.6 and 4.1 wt% were found for NaAlH4/TiF3 and NaAlH4/CNTs, respectively."),
     {4.6: "NaAlH4–TiF3", 4.1: "NaAlH4–carbon nanotube"}),
])
def test_a_core_beside_its_scaffold_sibling_is_its_own_sample(texts, want):
    got = {v: m.system.name for v, m in facts(*texts).items()}
    assert got == want


def test_a_core_alone_is_still_the_paragraph_sample():
    got = facts("LiAlH4 was ball milled with Nb2O5 and graphene.", "The activation energy of LiAlH4–Nb2O5 is 86 kJ/mol.")
    assert got[86.0].system.name == "LiAlH4–Nb2O5–graphene"


# ------------------------------------------------- conditions between the values and their 'for'
@pytest.mark.parametrize("text, want", [
    ("Onset temperatures of 252 and 267 °C under 0.1 MPa argon were obtained for MgH2–TiO2 and MgH2–CeO2, respectively.",
     [(252.0, ("MgH2", "TiO2")), (267.0, ("CeO2", "MgH2"))]),
    ("The hydrogen capacities reach 5.2 and 4.9 wt% within 12 min at 310 °C for NaAlH4–Ni and NaAlH4–TiC, respectively.",
     [(5.2, ("NaAlH4", "Ni")), (4.9, ("NaAlH4", "TiC"))]),
    ("Discharge capacities of 1480, 1320 and 1150 mAh/g after 50 cycles were kept by MgH2–Ni, MgH2–Co and "
     "MgH2–Fe, in that order.", None),
])
def test_conditions_between_the_values_and_the_samples(text, want):
    rows = contract_measurements(text)
    if want is None:   # 'kept by' is no 'for': the samples before or after are not read past the conditions here
        assert {r["value"] for r in rows} >= {1480.0, 1320.0, 1150.0} and 50.0 not in {r["value"] for r in rows}
        return
    assert sorted(_pairs(rows)) == sorted(want)


def test_a_clause_break_stops_the_reading_past_conditions():
    # the 'for' after a comma opens another clause: its samples are no samples of the values before
    text = "The capacities are 5.2 and 4.9 wt% under 3 MPa, whereas values for MgH2–Ni and MgH2–Co are lower."
    assert _lead_past_conditions(text, text.index(" under"), text.index("MgH2–Ni")) is None
    text = text.replace(", whereas values", " for")
    assert _lead_past_conditions(text, text.index(" under"), text.index("MgH2–Ni")) is not None


# ------------------------------------------------- no 'respectively': the samples coordinated after the 'for'
@pytest.mark.parametrize("text, want", [
    ("Onset temperatures of 252 and 267 °C were measured for MgH2–TiO2 and MgH2–CeO2.",
     [(252.0, ("MgH2", "TiO2")), (267.0, ("CeO2", "MgH2"))]),
    ("Activation energies of 86, 73 and 64 kJ/mol were obtained after 15 cycles for Mg(BH4)2–TiF3, Mg(BH4)2–ZrO2 "
     "and Mg(BH4)2–Ni, compared with 158 kJ/mol for pure Mg(BH4)2.",
     [(86.0, ("Mg(BH4)2", "TiF3")), (73.0, ("Mg(BH4)2", "ZrO2")), (64.0, ("Mg(BH4)2", "Ni")), (158.0, ("Mg(BH4)2",))]),
    ("The capacities were 5.2 and 4.9 wt% for NaAlH4 with 5 and 10 wt% Ni.", None),
])
def test_a_list_pairs_with_as_many_samples_after_its_for(text, want):
    rows = contract_measurements(text)
    if want is None:
        got = sorted((r["value"], [(c["material"], c.get("amount")) for c in r["components"]]) for r in rows)
        assert got == [(4.9, [("NaAlH4", None), ("Ni", 10.0)]), (5.2, [("NaAlH4", None), ("Ni", 5.0)])]
        return
    assert sorted(_pairs(rows)) == sorted(want)


def test_a_list_with_one_sample_after_its_for_is_that_sample_s():
    rows = contract_measurements("Peaks at 285 and 340 °C were found for the MgH2–Ni composite.")
    assert sorted(_pairs(rows)) == [(285.0, ("MgH2", "Ni")), (340.0, ("MgH2", "Ni"))]


# ------------------------------------------------- a power of ten written once after a list
@pytest.mark.parametrize("text, want", [
    ("The conductivities of LiBH4–LiI and LiBH4–LiBr are 1.2 and 3.4 × 10−3 S cm−1, respectively.", [1.2, 3.4]),
    ("LiBH4 with 10, 20 and 30 wt% SiO2 conducts 0.5, 1.1 and 2.0 x 10^-4 S/cm at 35 °C, respectively.", [0.05, 0.11, 0.2]),
    ("Values of 2.2·10(-3) and 4 × 10−4 S/cm were found for LiBH4–LiI and LiBH4–CaI2, respectively.", [2.2, 0.4]),
    ("LiBH4–LiI and LiBH4–LiBr conduct 10−5 and 2.5 × 10−5 S cm−1 at 25 °C, respectively.", [0.01, 0.025]),
])
def test_a_power_of_ten_written_once_scales_the_list(text, want):
    # (a number with a power of its own keeps it: "10−5 and 2.5 × 10−5")
    got = sorted(r["value"] for r in contract_measurements(text) if r["unit"] == "mS/cm")
    assert got == pytest.approx(sorted(want))


# ------------------------------------------------- a series of amounts in the preparation, and "the 5 and 10 wt% samples"
@pytest.mark.parametrize("texts, want", [
    (("MgH2 was milled with 5, 10 and 15 wt% TiO2.", "The onset temperatures are 250, 265 and 280 °C, respectively."),
     {250.0: "MgH2–5 wt% TiO2", 265.0: "MgH2–10 wt% TiO2", 280.0: "MgH2–15 wt% TiO2"}),
    (("LiBH4 samples containing 10 and 20 mol% LiI were ball milled.",
      "The 10 and 20 mol% samples conduct 0.8 and 1.9 mS/cm at 30 °C, respectively."),
     {0.8: "LiBH4–10 mol% LiI", 1.9: "LiBH4–20 mol% LiI"}),
    (("We doped NaAlH4 with 2 and 4 mol% TiCl3.",
      "The capacity fell from 5.6 wt% for pure NaAlH4 to 4.9 and 4.4 wt% for the 2 and 4 mol% samples."),
     {5.6: "NaAlH4", 4.9: "NaAlH4–2 mol% TiCl3", 4.4: "NaAlH4–4 mol% TiCl3"}),
    (("MgH2 was milled with TiO2.", "The onset temperatures are 265 and 230 °C for the 5 and 10 wt% TiO2-doped samples, "
                                    "respectively."),
     {265.0: "MgH2–5 wt% TiO2", 230.0: "MgH2–10 wt% TiO2"}),
])
def test_amounts_named_as_samples(texts, want):
    assert {v: m.system.name for v, m in facts(*texts).items()} == want


def test_amounts_before_a_material_sample_noun_are_not_read_as_the_paragraph_s():
    # "the 5 and 10 wt% Ni samples": the additive is written; the paragraph's TiO2 is not put in its place
    got = facts("MgH2 was milled with TiO2.", "The 5 and 10 wt% Ni samples start at 250 and 240 °C, respectively.")
    assert not any("TiO2" in m.system.name for m in got.values())


def test_one_amount_in_the_preparation_is_still_the_sample_s():
    got = facts("MgH2 was milled with 5 wt% TiO2.", "It starts to release hydrogen at 250 °C.")
    assert got[250.0].system.name == "MgH2–5 wt% TiO2"


# ------------------------------------------------- suspended prefixes name one property per value
@pytest.mark.parametrize("text", [
    "For the MgH2–Ni sample, the onset temperature is 180 °C, and the activation energies for de- and "
    "rehydrogenation 85 and 41 kJ/mol.",
    "The activation energies of MgH2–Ni for de- and re-hydrogenation are 85 and 41 kJ/mol, respectively.",
    "Kissinger plots give activation energies of 85 and 41 kJ/mol for de- and rehydrogenation of the MgH2–Ni sample.",
])
def test_suspended_prefixes_name_one_property_per_value(text):
    got = {r["value"]: r["property"] for r in contract_measurements(text)}
    assert got[85.0] == "dehydrogenation_activation_energy" and got[41.0] == "hydrogenation_activation_energy"


def test_a_hyphen_that_is_no_suspended_prefix_is_left_alone():
    from ingest.extraction.prose.respectively import suspended_prefixes
    assert suspended_prefixes("Ti- and Nb-doped MgH2") == "Ti- and Nb-doped MgH2"
    assert suspended_prefixes("de- and rehydrogenation") == "dehydrogenation and rehydrogenation"


# ------------------------------------------------- samples written out in full, each with its additive
@pytest.mark.parametrize("text, want", [
    ("Onset temperatures of 252/267 °C were obtained for MgH2 doped with TiO2 and MgH2 doped with CeO2, respectively.",
     [(252.0, ("MgH2", "TiO2")), (267.0, ("CeO2", "MgH2"))]),
    ("Capacities of 5.1 and 4.8 wt% were found for NaAlH4 with 2 mol% TiCl3 and NaAlH4 with 2 mol% CeCl3.",
     [(5.1, ("NaAlH4", "TiCl3")), (4.8, ("CeCl3", "NaAlH4"))]),
    ("Activation energies of 90 and 75 kJ/mol were measured for LiAlH4 catalysed by Nb2O5 and LiAlH4 catalysed by TiF3, in that order.",
     [(90.0, ("LiAlH4", "Nb2O5")), (75.0, ("LiAlH4", "TiF3"))]),
])
def test_samples_written_out_in_full_pair_with_the_values(text, want):
    assert sorted(_pairs(contract_measurements(text))) == sorted(want)


# ------------------------------------------------- "the 1, 3 and 5 mol% doped samples": a bare participle names no additive
@pytest.mark.parametrize("texts, want", [
    (("NaAlH4 doped with x mol% CeCl3 (x = 2, 4, 6) was prepared by milling.",
      "The onset temperatures of the 2, 4 and 6 mol% doped samples are 120, 112 and 104 °C, respectively."),
     {120.0: "NaAlH4–2 mol% CeCl3", 112.0: "NaAlH4–4 mol% CeCl3", 104.0: "NaAlH4–6 mol% CeCl3"}),
    (("MgH2 was catalysed by Nb2O5 at several loadings.",
      "Activation energies of 96 and 81 kJ/mol were found for the 2 and 5 wt% catalysed composites, respectively."),
     {96.0: "MgH2–2 wt% Nb2O5", 81.0: "MgH2–5 wt% Nb2O5"}),
    (("LiBH4 was modified with TiF3.",
      "The 3 and 6 mol% co-doped samples release 9.8 and 9.1 wt% hydrogen, respectively."),
     {9.8: "LiBH4–3 mol% TiF3", 9.1: "LiBH4–6 mol% TiF3"}),
])
def test_amounts_before_a_bare_participle_are_the_paragraph_s_additive(texts, want):
    assert {v: m.system.name for v, m in facts(*texts).items()} == want


def test_a_bare_participle_after_amounts_takes_no_additive_from_a_two_additive_sample():
    # the paragraph's sample holds two additives: which one the amounts are of is not said
    got = facts("MgH2 was milled with TiO2 and graphene.",
                "The 5 and 10 wt% doped samples start at 250 and 240 °C, respectively.")
    assert not any("wt%" in m.system.name for m in got.values())
