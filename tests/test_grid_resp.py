"""The probe grid of sentences naming several samples or parts of one (tests/grid_resp.py: stages of one
sample, the former/the latter, two additives of one host, 'the samples containing …', baselines, lowered by/to,
reversible shares × host × additive × property), and the rules it made: each with sentences written for these
tests in several wordings and one it must not fire on."""
from __future__ import annotations

import pytest
from grid_rates import rates
from grid_resp import probes, run
from prose_sentences import contract_measurements, facts

# failures allowed per slot value (a ratchet). Main at 72139e7 passed 201 of these 267 probes (the former/the
# latter 0/24, one host doped with two additives without 'respectively' 0/12, 'the samples containing 20 wt% X
# and Y …, respectively' 0/12, 'only … remains reversible' 0/8); 254 now. Still failing: a baseline sentence
# with no property word ("Pure MgH2 needs 350 °C", "In contrast, the undoped hydride needs …": 9), a carbon
# listed second after 'containing' ("… 20 wt% CeO2 and graphene": 3), a capitalised 'Graphene' opening the
# sentence kept as written (1).
_ALLOWED = {
    "family": {"baseline": 9, "two": 3, "lowered": 1},
    "form": {"pure_plain": 6, "in_contrast": 3, "containing_resp": 3, "lowers_by_to": 1},
    "property": {"onset_T": 4, "peak_T": 3, "Ea": 5, "conductivity": 1},
    "baseline": {"absent": 4, "after": 6, "before": 3},
    "host": {"MgH2": 5, "LiNH2–MgH2": 3, "LiBH4": 2, "Mg(BH4)2": 2, "NaAlH4": 1},
    "kind": {"oxide": 6, "carbon": 3, "metal": 2, "halide": 1, "mxene": 1},
}


@pytest.fixture(scope="module")
def grid():
    return run(probes())


def test_the_grid_is_small_and_crosses_every_slot():
    ps = probes()
    assert 200 <= len(ps) <= 300
    slots = rates((p, "OK") for p in ps)
    assert len(slots["family"]) == 5 and len(slots["property"]) == 6 and len(slots["host"]) == 5
    assert len(slots["kind"]) == 5 and len(slots["baseline"]) == 3


@pytest.mark.parametrize("slot", ["family", "form", "property", "baseline", "host", "kind"])
def test_every_slot_value_puts_its_values_on_the_right_sample(grid, slot):
    table = rates(grid)[slot]
    over = {v: f"{bad}/{n}" for v, (bad, n) in table.items() if bad > _ALLOWED[slot].get(v, 0)}
    assert not over, (over, [v + " | " + p.doc for p, v in grid if v != "OK" and p.slots[slot] in over][:5])


def _pairs(rows: list[dict]) -> list[tuple[float, tuple[str, ...]]]:
    return sorted((r["value"], tuple(sorted(c["material"] for c in r["components"]))) for r in rows)


# ------------------------------------------------- the former / the latter
@pytest.mark.parametrize("text, want", [
    ("MgH2–Ni and MgH2–Co were prepared; the former releases hydrogen at 240 °C, the latter at 260 °C.",
     [(240.0, ("MgH2", "Ni")), (260.0, ("Co", "MgH2"))]),
    ("LiBH4–LiI and LiBH4–LiBr were compared: the ionic conductivity of the former is 0.21 mS/cm, while that of "
     "the latter is 0.15 mS/cm.", [(0.15, ("LiBH4", "LiBr")), (0.21, ("LiBH4", "LiI"))]),
    ("We milled NaAlH4 with TiF3 and with CeO2. NaAlH4–TiF3 and NaAlH4–CeO2 were tested side by side. The latter "
     "has an apparent activation energy of 92 kJ/mol, and the former one of 80 kJ/mol.",
     [(80.0, ("NaAlH4", "TiF3")), (92.0, ("CeO2", "NaAlH4"))]),
    ("Mg(BH4)2–Ni and Mg(BH4)2–TiO2 desorb hydrogen in one step: an onset of 205 °C was found for the latter.",
     [(205.0, ("Mg(BH4)2", "TiO2"))]),
])
def test_the_former_and_the_latter_point_to_the_pair_named_before(text, want):
    assert _pairs(contract_measurements(text)) == want


def test_the_former_as_an_adjective_of_another_noun_points_to_no_sample():
    # "the former mechanism" names no sample: the value stays the sentence's sample's
    rows = contract_measurements("MgH2–Ni and MgH2–Co were prepared. Via the former mechanism, the MgH2–Co "
                                 "composite releases hydrogen at 255 °C.")
    assert _pairs(rows) == [(255.0, ("Co", "MgH2"))]


# ------------------------------------------------- one host with several additives listed: one sample each
@pytest.mark.parametrize("texts, want", [
    (("MgH2 was ball milled with TiO2 and with CeO2.",
      "The activation energies measured for MgH2 doped with TiO2 and CeO2 are 75 and 82 kJ/mol."),
     {75.0: "MgH2–TiO2", 82.0: "MgH2–CeO2"}),
    # (one loading written once before the list is each sample's, as split_samples reads it and the dev set's review
    # line '25 v/v% ZrO2 and MgO' gives it: changed s38 from 'LiBH4–MgO')
    (("LiBH4 was mixed with oxide nanoparticles.",
      "Samples containing 10 wt% ZrO2 and MgO conduct 0.3 mS/cm and 0.2 mS/cm at 40 °C, respectively."),
     {0.3: "LiBH4–10 wt% ZrO2", 0.2: "LiBH4–10 wt% MgO"}),
    (("NaAlH4 was milled with three halides.",
      "Capacities of 4.9, 4.6 and 4.2 wt% were found for NaAlH4 catalysed by TiF3, ZrCl4 and CeCl3."),
     {4.9: "NaAlH4–TiF3", 4.6: "NaAlH4–ZrCl4", 4.2: "NaAlH4–CeCl3"}),
    (("Mg(BH4)2 was ball milled with additives.",
      "For Mg(BH4)2 with 5 mol% Nb2O5 and 5 mol% TiO2 the onset temperatures were 210 and 225 °C, respectively."),
     {210.0: "Mg(BH4)2–5 mol% Nb2O5", 225.0: "Mg(BH4)2–5 mol% TiO2"}),
])
def test_additives_listed_after_one_host_are_one_sample_each(texts, want):
    assert {v: m.system.name for v, m in facts(*texts).items()} == want


@pytest.mark.parametrize("text", [
    "MgH2 co-doped with TiO2 and CeO2 shows activation energies of 75 and 120 kJ/mol for de- and rehydrogenation.",
    "MgH2 doped with both TiO2 and CeO2 has onset temperatures of 210 and 260 °C.",
    "The onset temperatures measured for MgH2 doped with TiO2 and CeO2 together are 210 and 260 °C.",
])
def test_additives_put_in_together_stay_one_sample(text):
    systems = {tuple(sorted(c["material"] for c in r["components"])) for r in contract_measurements(text)}
    assert systems == {("CeO2", "MgH2", "TiO2")}


# ------------------------------------------------- a reversible share named after the value
@pytest.mark.parametrize("text", [
    "The MgH2–TiO2 composite desorbs 5.6 wt% H2; only 3.9 wt% remains reversible.",
    "LiBH4–SiO2 releases 5.6 wt% of hydrogen, of which 3.9 wt% was reversible over five cycles.",
    "Of the 5.6 wt% released by NaAlH4–TiF3, 3.9 wt% stays reversible.",
])
def test_a_share_said_reversible_after_the_value_is_the_reversible_capacity(text):
    got = {r["value"]: r["property"] for r in contract_measurements(text)}
    assert got[3.9] == "reversible_hydrogen_capacity" and got.get(5.6, "hydrogen_capacity") == "hydrogen_capacity"


def test_a_reaction_said_reversible_names_no_capacity():
    got = {r["value"]: r["property"] for r in contract_measurements(
        "The MgH2–TiO2 composite releases 5.6 wt% of hydrogen, and the reaction is reversible at 300 °C.")}
    assert got.get(5.6) == "hydrogen_capacity" and "reversible_hydrogen_capacity" not in got.values()
