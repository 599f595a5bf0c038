"""Mechanism claims (session claims4): the probe grid of ``grid_claims.py`` (pass rate per slot value) and, for
each reading rule, sentences written for the test in several wordings plus one the rule must not fire on.
Every sentence here is written for the test."""
from __future__ import annotations

import pytest
from grid_claims import ACTORS, CREDITS_CLAUSE, CREDITS_NP, MECHANISMS, SYSTEMS, docs, run

from ingest.extract import extract_text


@pytest.fixture(scope="module")
def grid():
    return run(docs())


# slot values still failing (see the session's report): a core–shell sample ('MgH2 wrapped in a graphene shell
# (MgH2@G)') is read as nanoconfinement in 'G' by the measurements too, and a single-atom catalyst ('Ni SA/NC') as
# plain Ni; so is the volume buffering said of that shell
_KNOWN = {"system": {"core_shell", "single_atom"}, "mechanism": {"VolumeBuffering"}}
_FLOOR = 0.9       # the lowest pass rate any other slot value may have
_NEGATIVE = "negative"


def _table(results, slot):
    """{slot value: [passed, probes]}, without the probes of a known failing value of another slot."""
    out: dict[str, list[int]] = {}
    for p, verdict in results:
        if any(p.slots[other] in known for other, known in _KNOWN.items() if other != slot):
            continue
        cell = out.setdefault(p.slots[slot], [0, 0])
        cell[0] += verdict == "OK"
        cell[1] += 1
    return out


def test_the_grid_is_small_and_crosses_every_slot():
    ps = docs()
    assert 150 <= len(ps) <= 300
    assert len(MECHANISMS) >= 15
    assert {p.slots["credit"] for p in ps} >= set(CREDITS_NP) | set(CREDITS_CLAUSE)
    assert {p.slots["actor"] for p in ps} >= set(ACTORS)
    assert {p.slots["system"] for p in ps} == set(SYSTEMS)
    assert sum(p.expected is None for p in ps) >= 8


@pytest.mark.parametrize("slot", ["mechanism", "phrasing", "credit", "system", "actor"])
def test_every_slot_value_of_the_grid_passes(grid, slot):
    low = {v: (ok, n) for v, (ok, n) in _table(grid, slot).items()
           if v not in _KNOWN.get(slot, ()) and ok < _FLOOR * n}
    assert not low, (low, [(p.doc, v) for p, v in grid if v != "OK" and p.slots[slot] in low][:5])


def test_no_background_or_open_question_gives_a_claim(grid):
    wrong = [(p.doc, v) for p, v in grid if p.slots["mechanism"] == _NEGATIVE and v != "OK"]
    assert not wrong


# ---------------------------------------------------------------- the rules, each in several wordings
def _claims(text: str) -> set[tuple]:
    batch = extract_text("# A test paper\n\n" + text + "\n")
    return {(c.mechanism, c.host, c.additive, c.strategy) for c in batch.mechanisms}


_NI = "MgH2 was milled with 5 wt% Co nanoparticles. The MgH2–Co composite absorbed 5.6 wt% H2 at 180 °C. "


@pytest.mark.parametrize("sentence, mechanism", [
    # a mechanism said of the sample by a word pointing back to it, after the phrase
    ("The improved kinetics stem from the hydrogen spillover effect of the catalyst.", "Spillover"),
    ("Faster uptake is ascribed to the grain refinement induced by the additive.", "GrainRefinement"),
    ("We relate the lower barrier to the electron transfer between the dopant and MgH2.", "ElectronTransfer"),
    ("Hydrogen release benefits from the heterogeneous nucleation sites offered by these nanoparticles.",
     "NucleationInduction"),
])
def test_a_phrase_said_of_a_word_pointing_back_credits_the_sample(sentence, mechanism):
    assert (mechanism, "MgH2", "Co", "MetalCatalysis") in _claims(_NI + sentence)


def test_a_phrase_said_of_nothing_named_credits_nothing():
    # (negative: 'reported in earlier work' names no actor)
    assert not _claims(_NI + "The improved kinetics recall the hydrogen spillover effect reported in earlier work.")


@pytest.mark.parametrize("text, additive", [
    ("Mg(NH2)2–2LiH was milled with 3 mol% KH. The KH-doped Mg(NH2)2–2LiH released 5.0 wt% H2 at 170 °C. "
     "The additive prevents NH3 release.", "KH"),
    ("The RbH-catalysed Mg(NH2)2–2LiH desorbed 4.9 wt% H2 at 160 °C. The dopant effectively suppresses the "
     "emission of NH3.", "RbH"),
    ("LiNH2 and LiH were milled with 5 mol% TiCl3. The TiCl3-containing LiNH2–LiH released 5.5 wt% H2 at 250 °C. "
     "Ammonia release is suppressed by the catalyst.", "TiCl3"),
])
def test_a_material_joined_to_the_system_by_its_participle_is_the_samples_additive(text, additive):
    assert additive in {a for m, _, a, _ in _claims(text) if m == "GasReleaseSuppression"}


def test_a_system_without_such_a_prefix_keeps_its_partner():
    # (negative: 'ball-milled' names no material: the composite's partner stays what acts)
    text = ("Mg(NH2)2 and LiH were milled together. The ball-milled Mg(NH2)2–2LiH released 5.2 wt% H2 at 190 °C. "
            "The composite suppresses NH3 release.")
    assert {a for m, _, a, _ in _claims(text) if m == "GasReleaseSuppression"} <= {"LiH"}
    # (nor does a word joined to 'doped' that is no material of the sample: 'N-doped' is nitrogen in the carbon)
    text = ("Mg(NH2)2–2LiH was milled with N-doped carbon. The N-doped Mg(NH2)2–2LiH released 5.2 wt% H2 at "
            "190 °C. The additive suppresses NH3 release.")
    assert "N" not in {a for m, _, a, _ in _claims(text)}


@pytest.mark.parametrize("text", [
    "LiBH4 was milled with 30 vol% SiO2. The LiBH4–SiO2 electrolyte conducts Li+ at 0.1 mS cm−1 at 30 °C. "
    "SiO2 creates abundant lattice defects at the interface.",
    "Al2O3 nanoparticles were mixed with LiBH4. The LiBH4–Al2O3 electrolyte reached 2 × 10−4 S cm−1 at 40 °C. "
    "Its high conductivity arises from the vacancies introduced by the oxide.",
    "LiBH4 was ball milled with 40 wt% MgO. The ionic conductivity of LiBH4–MgO was 5 × 10−5 S cm−1 at 25 °C. "
    "Defect formation at the MgO surface accounts for this.",
])
def test_a_mechanism_of_two_applications_acts_for_the_one_measured(text):
    found = {s for m, _, _, s in _claims(text) if m == "VacancyDefectFormation"}
    assert found == {"CompositeElectrolyteFormation"}


def test_defects_in_a_storage_sample_stay_catalysis():
    # (negative: the sample was measured for hydrogen storage)
    text = ("MgH2 was milled with 10 wt% Nb2O5. The MgH2–Nb2O5 composite released 6.0 wt% H2 at 230 °C. "
            "Nb2O5 creates abundant lattice defects.")
    assert {s for m, _, _, s in _claims(text) if m == "VacancyDefectFormation"} == {"MetalCompoundCatalysis"}


_TIC = "NaAlH4 was milled with 7 wt% TiC nanoparticles. The NaAlH4–TiC composite desorbed 4.2 wt% H2 at 160 °C. "


@pytest.mark.parametrize("text, mechanism", [
    (_TIC + "The enhancement is related to the ultrasmall size of the TiC nanoparticles.", "SizeEffect"),
    (_TIC + "Owing to its small particle size, TiC offers a large contact area.", "SizeEffect"),
    (_TIC + "The ultrafine size of TiC accounts for the lower onset temperature.", "SizeEffect"),
    (_TIC + "TiC inhibits particle agglomeration during cycling.", "AgglomerationSuppression"),
    (_TIC + "Particle aggregation is suppressed by TiC.", "AgglomerationSuppression"),
    ("LiBH4 was infiltrated into CMK-3. The LiBH4@CMK-3 composite released hydrogen from 220 °C. The faster "
     "release comes from the nanoconfinement provided by CMK-3.", "ConfinementEffect"),
    ("LiBH4 was infiltrated into CMK-3. The LiBH4@CMK-3 composite released hydrogen from 220 °C. CMK-3 confines "
     "the hydride within its narrow pores.", "ConfinementEffect"),
    ("LiBH4 and MgH2 were milled in a 2:1 ratio. The 2LiBH4–MgH2 composite released 10 wt% H2 at 400 °C. "
     "The destabilization of the borohydride by MgH2 lowers the enthalpy.", "ReactantDestabilization"),
    ("LiBH4 and CaH2 were milled in a 6:1 ratio. The 6LiBH4–CaH2 composite released 9 wt% H2 at 420 °C. "
     "CaH2 brings about a marked destabilization of the borohydride.", "ReactantDestabilization"),
])
def test_cue_labels_of_the_ontology(text, mechanism):
    assert mechanism in {m for m, _, _, _ in _claims(text)}


@pytest.mark.parametrize("text", [
    "LiBH4·NH3 was milled with 5 wt% CoCl2. The doped sample released 11 wt% H2 at 250 °C. "
    "The CoCl2-doped sample does not release NH3.",
    "Mg(BH4)2·2NH3 was milled with MgH2. The composite released 8 wt% H2 at 200 °C. No NH3 was detected "
    "during the dehydrogenation of the composite.",
    "Mg(BH4)2·2NH3 was milled with MgH2. The composite released 8 wt% H2 at 200 °C. Unlike the ammoniate "
    "alone, the composite does not desorb ammonia at all.",
])
def test_a_gas_the_sample_does_not_give_off_is_suppressed(text):
    assert "GasReleaseSuppression" in {m for m, _, _, _ in _claims(text)}


@pytest.mark.parametrize("text", [
    # (negatives: a particle size measured, and a gas the sample does give off)
    _TIC + "TEM shows a small particle size of 20 nm for TiC.",
    "LiBH4·NH3 was milled with 5 wt% CoCl2. The doped sample released 11 wt% H2 at 250 °C. The pristine "
    "ammoniate releases NH3 below 100 °C.",
])
def test_no_claim_from_a_measured_size_or_a_gas_given_off(text):
    assert not {m for m, _, _, _ in _claims(text)} & {"SizeEffect", "GasReleaseSuppression"}
