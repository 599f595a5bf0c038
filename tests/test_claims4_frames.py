"""Claim frames of other authors' abstracts (issue 10, item 3): a phase formed in situ said to catalyse, co-catalyse
or catalyse a reaction named with a describing word ('the thermal decomposition') is an in-situ catalytic phase of
the additive it came from; a metal that a step of a written reaction sequence gave and a later step consumes is an
intermediate, never the passage's host; a label read through a demonstrative ('within these pores'). The sentences
are written for these tests."""
from __future__ import annotations

import re

import pytest

from ingest.documents.document import parse_document
from ingest.extract import _prose_sentences
from ingest.extraction.mechanisms.mechanisms import mechanism_claims
from ingest.extraction.mechanisms.mechanisms_phrases import find_mechanisms
from ingest.extraction.values.reactions import intermediate_at


def _claims(text: str) -> set[tuple[str, str | None, str | None]]:
    doc = parse_document("# A test paper\n\n" + text + "\n")
    return {(c.mechanism, c.host, c.additive)
            for c in mechanism_claims(_prose_sentences(doc), "src:claims4-frames")}


# a phase said to form in situ, credited with catalysing a run of the host (the verb itself, co- or not)
@pytest.mark.parametrize(("text", "host", "additive"), [
    ("Sodium alanate was ball milled with 4 mol% ZrCl4. The in situ generated ZrH2 and Al3Zr co-catalyse the "
     "isothermal decomposition of NaAlH4.", "NaAlH4", "ZrCl4"),
    ("We added 8 mol% VF3 to Li3AlH6 by milling. The V species formed in situ catalyse the stepwise "
     "dehydrogenation of Li3AlH6 markedly.", "Li3AlH6", "VF3"),
    ("MgH2 containing 5 wt% NbCl5 was prepared by milling. Afterwards the in-situ formed NbH co-catalyzes the "
     "low-temperature desorption of MgH2.", "MgH2", "NbCl5"),
])
def test_a_phase_formed_in_situ_that_catalyses_a_run_is_the_additives_in_situ_phase(text, host, additive):
    claims = _claims(text)
    assert ("InSituCatalyticPhase", host, additive) in claims, claims


def test_catalysing_nothing_of_hydrogen_is_no_claim():
    # (near miss: the verb of catalysis about a run of no hydride, a reaction of the solvent)
    claims = _claims("LiAlH4 was milled with 5 mol% TiCl3. The in situ formed TiCl2 was later washed out with "
                     "ether, and the solution was clear.")
    assert not any(m == "InSituCatalyticPhase" for m, _, _ in claims), claims


# a reaction sequence in one sentence: a reactant an earlier step gave is an intermediate
def test_a_reactant_an_earlier_step_gave_is_an_intermediate():
    text = "The steps read: (a) NaAlH4 + VF3 → NaF + Al + V + H2, (b) 3 Al + V → Al3V."
    assert intermediate_at(text, text.index("3 Al + V") + 2)           # the Al of step (b)
    assert intermediate_at(text, text.index("+ V →") + 2)              # the V of step (b)
    assert not intermediate_at(text, text.index("NaAlH4"))            # the first step's reactant
    assert not intermediate_at("Then 2 Mg + Ni → Mg2Ni on heating.", len("Then 2 "))   # no earlier step


def test_an_intermediate_of_the_steps_does_not_take_the_host_of_the_next_claim():
    claims = _claims("Li3AlH6 was milled with 10 mol% CrF3. Milling drives (1) Li3AlH6 + CrF3 → 3LiF + Al + Cr + "
                     "3H2, then (2) 3 Al + Cr → Al3Cr. The Cr species formed in situ co-catalyse the thermal "
                     "dehydrogenation of Li3AlH6.")
    assert ("InSituCatalyticPhase", "Li3AlH6", "CrF3") in claims, claims
    assert not any(h == "AlH3" for _, h, _ in claims), claims


def _claims_with_strategy(text: str) -> set[tuple[str, str | None, str | None, str | None]]:
    doc = parse_document("# A test paper\n\n" + text + "\n")
    return {(c.mechanism, c.host, c.additive, c.strategy)
            for c in mechanism_claims(_prose_sentences(doc), "src:claims4-frames")}


# 'the X effect of A catalysed MgH2': the effect is said of the sample A catalyses, not of A; the subject acts
@pytest.mark.parametrize(("text", "actor"), [
    ("MgH2 was milled with 5 wt% VN and graphene. The graphene layers enhanced the spillover effect of VN catalysed "
     "MgH2.", "graphene"),
    ("MgH2 was milled with 5 wt% NbN and graphene. Graphene promoted the spill-over effect of the NbN modified MgH2 "
     "during uptake.", "graphene"),
    ("MgH2 was milled with 5 wt% CrN and graphene. In this sample graphene boosts the spillover effect of CrN doped "
     "MgH2.", "graphene"),
])
def test_the_catalyst_of_a_sample_written_after_the_effect_is_not_its_owner(text, actor):
    claims = _claims_with_strategy(text)
    assert not any(m == "Spillover" and a in ("VN", "NbN", "CrN") for m, _, a, _ in claims), claims
    assert any(m == "Spillover" and a == actor for m, _, a, _ in claims), claims


def test_the_catalyst_written_as_the_owner_alone_still_owns_the_effect():
    # (near miss: 'of VN' with no sample after it)
    claims = _claims_with_strategy("MgH2 was milled with 5 wt% VN and graphene. The spillover effect of VN speeds up "
                                   "the uptake of MgH2.")
    assert any(m == "Spillover" and a == "VN" for m, _, a, _ in claims), claims


# carbon named as such acts as the carbon, not as the element of the sample's carbide (a metal's symbol alone still
# stands for the sample's compound of it); a carbon named by words, credited in a passage whose sample holds a
# catalyst, supports it: the composite's catalysis
@pytest.mark.parametrize(("text", "mechanism", "additive", "strategy"), [
    ("MgH2 was milled with 5 wt% TiC. The confinement by carbon hinders the growth and agglomeration of the particles.",
     "AgglomerationSuppression", "C", None),
    ("MgH2 was milled with 5 wt% VC. Nanoconfinement of carbon structures hinders the agglomeration of MgH2 particles.",
     "AgglomerationSuppression", "C", None),
    ("MgH2 was milled with 5 wt% Mo2C. Carbon prevents the agglomeration of the MgH2 particles during cycling.",
     "AgglomerationSuppression", "C", None),
    # (near miss: the metal's symbol)
    ("MgH2 was milled with 5 wt% TiC. Ti prevents the agglomeration of the MgH2 particles during cycling.",
     "AgglomerationSuppression", "TiC", None),
    ("MgH2 was milled with 5 wt% TiC. Activated carbon, added later, promoted the spillover of hydrogen atoms.",
     "Spillover", None, "CompositeCatalysis"),
    ("MgH2 was milled with 5 wt% TiC. The plasma carbon served as a dispersion matrix and promoted hydrogen spillover.",
     "Spillover", None, "CompositeCatalysis"),
    ("MgH2 was milled with 5 wt% Nb2O5. Amorphous carbon then promoted the hydrogen spillover effect.",
     "Spillover", None, "CompositeCatalysis"),
])
def test_carbon_credited_is_the_carbon(text, mechanism, additive, strategy):
    claims = _claims_with_strategy(text)
    assert any(m == mechanism and additive in (None, a) and strategy in (None, s) for m, _, a, s in claims), claims


# particular mechanisms said to explain the catalytic effect of an additive are that additive's
@pytest.mark.parametrize("text", [
    "We ball milled 2LiBH4+MgH2 with 5 mol% ZrF4. Shorter diffusion paths account for the catalytic effect of the ZrF4 "
    "additive in the 2LiBH4+MgH2 composite.",
    "2LiBH4+MgH2 was milled with 5 mol% ZrF4. We conclude that shorter diffusion paths contribute to the catalytic "
    "effect of ZrF4 on the kinetics of the 2LiBH4+MgH2 system.",
    "2LiBH4+MgH2 was doped with 5 mol% ZrF4. Shortened diffusion paths are the main reasons behind the catalytic "
    "effect of ZrF4 in 2LiBH4+MgH2.",
])
def test_mechanisms_explaining_an_additives_catalytic_effect_are_its_own(text):
    claims = _claims_with_strategy(text)
    assert any(m == "ReducedDiffusionDistance" and a == "ZrF4" for m, _, a, _ in claims), claims
    assert not any(a == "MgH2" for _, _, a, _ in claims), claims
    assert not any(m == "CatalyticEffect" for m, _, _, _ in claims), claims


def test_a_mechanism_beside_a_catalytic_effect_it_does_not_explain_keeps_its_own_reading():
    # (near miss: the two are said side by side, no word of explaining between them)
    claims = _claims_with_strategy("2LiBH4+MgH2 was doped with 5 mol% ZrF4. The catalytic effect of ZrF4 was large, "
                                   "and shorter diffusion paths were seen in 2LiBH4+MgH2 as well.")
    assert any(m == "CatalyticEffect" and a == "ZrF4" for m, _, a, _ in claims), claims


# an element said to substitute into the host, whose substituted compound the document writes by its composition:
# that compound is the claim's host, the element acting by alloying
@pytest.mark.parametrize("text", [
    "We model Ce-substituted Mg2Ni and its hydride Mg7CeNi4H16 by DFT. The Ni–H bond in Mg2NiH4 is weakened by "
    "the substitution of Ce.",
    "The hydride Mg7CeNi4H16 derives from Mg2NiH4 by the substitution of Ce on Mg sites. Ce weakens the Ni–H bond "
    "of Mg2NiH4.",
    "Replacement of Mg by Ce gives Mg7CeNi4H16. In Mg2NiH4 the Ni–H bond is weakened by Ce.",
])
def test_an_element_substituted_into_a_written_compound_makes_it_the_host(text):
    claims = _claims_with_strategy(text)
    assert ("BondWeakening", "Mg7CeNi4H16", "Ce", "Alloying") in claims, claims


def test_an_element_added_with_no_substituted_compound_keeps_the_host():
    # (near miss: Ce added to Mg2NiH4, no compound of the two written)
    claims = _claims_with_strategy("Mg2NiH4 was milled with 5 wt% Ce. The Ni–H bond of Mg2NiH4 is weakened by Ce.")
    assert not any(h == "Mg7CeNi4H16" or s == "Alloying" for _, h, _, s in claims), claims


# the reductant a synthesis consumes to make the host is no additive of its sample
@pytest.mark.parametrize(("text", "reductant"), [
    ("Mg nanocrystals were prepared by reduction of MgCl2 with a reducing solution of potassium in THF. Their faster "
     "uptake stems from an increase in defect density in the smaller crystals.", "K"),
    ("Small Mg particles were made from MgCl2 using a reducing agent of lithium naphthalenide. Their fast kinetics "
     "are ascribed to an increased defect density.", "Li"),
    ("Mg crystallites were obtained from MgBr2 and a reducing solution of sodium in glyme. The faster sorption is "
     "owing to an increase in defect density.", "Na"),
])
def test_a_reductant_of_the_synthesis_is_no_additive(text, reductant):
    claims = _claims_with_strategy(text)
    assert any(m == "VacancyDefectFormation" for m, _, _, _ in claims), claims
    assert not any(a == reductant for _, _, a, _ in claims), claims


def test_a_metal_milled_into_the_sample_is_still_its_additive():
    # (near miss: potassium added, not used to reduce)
    claims = _claims_with_strategy("Mg powder was milled with 5 wt% K. The K additive leads to an increased defect "
                                   "density in the Mg.")
    assert any(a == "K" for _, _, a, _ in claims), claims


# an additive named in its undoped or pristine form is the reference, not the sample later sentences go on about
@pytest.mark.parametrize("text", [
    "NaAlH4 was melt-infiltrated into B-doped SBA-15 (BSBA). The boron sites matter, as no uptake is seen with undoped "
    "SBA-15. DFT predicts a weakened Al–H bond.",
    "NaAlH4 was melt-infiltrated into B-doped SBA-15 (BSBA). The pristine SBA-15 gives no reversibility at all. "
    "Theory finds a weakened Al–H bond.",
    "NaAlH4 was melt-infiltrated into B-doped SBA-15 (BSBA). No such gain is found for bare SBA-15, so boron "
    "matters. Calculations reveal a weakened Al–H bond.",
])
def test_an_undoped_form_named_as_the_reference_is_not_the_sample(text):
    claims = _claims_with_strategy(text)
    assert any(m == "BondWeakening" for m, _, _, _ in claims), claims
    assert not any(a == "SBA-15" for _, _, a, _ in claims), claims


def test_an_additive_named_without_a_baseline_word_is_the_sample():
    # (near miss: SBA-15 itself the scaffold)
    claims = _claims_with_strategy("NaAlH4 was melt-infiltrated into SBA-15. The Al–H bond is weakened by SBA-15.")
    assert any(m == "BondWeakening" and a == "SBA-15" for m, _, a, _ in claims), claims


def _rows(text: str, tmp_path) -> list[dict]:
    from ui.cli.bench_strict import jsonl_rows
    path = tmp_path / "doc.md"
    path.write_text("# A test paper\n\n" + text + "\n", encoding="utf-8")
    return [r for r in jsonl_rows(path) if r.get("kind") == "mechanism"]


# a salt matrix the records hold the host in, credited with no catalysis: its confinement, not a halide's catalysis
@pytest.mark.parametrize("text", [
    "MgH2 nanoparticles were embedded in a KCl salt matrix by milling. The MgH2@KCl gave ΔH = 72 kJ/mol H2. Of all "
    "samples, the MgH2 of smallest particle size had a lower enthalpy than bulk MgH2.",
    "MgH2 nanoparticles were dispersed in a NaCl matrix. For MgH2@NaCl the enthalpy was 71 kJ/mol H2. Its smaller "
    "particle size explains the drop.",
    "MgH2 nanoparticles were embedded in a KCl matrix. The MgH2@KCl composite desorbs at 270 °C. The smallest particle "
    "size gives the lowest temperature.",
])
def test_a_salt_matrix_holding_the_host_confines_it(text, tmp_path):
    claims = _rows(text, tmp_path)
    assert any(c["mechanism"] == "SizeEffect" and c["strategy"] == "Nanoconfinement" for c in claims), claims


# labels read in other authors' words: each sentence names the mechanism (a demonstrative before a label's next word
# determines it, as an article does; the hydride's stability lowered; a rise in defect density; charge moved between
# two parts; a comparative particle size; protonic and hydridic hydrogen recombining)
@pytest.mark.parametrize(("text", "mechanism"), [
    ("Confining KBH4 within these pores changes the decomposition path.", "ConfinementEffect"),
    ("Confinement of the hydride in those nanopores shortens the first step.", "ConfinementEffect"),
    ("The confinement of LiBH4 inside these channels removes the melting step.", "ConfinementEffect"),
    ("Milling with 5 wt% Ce lowers the thermodynamic stability of the Mg2NiH4 hydride.", "ReactantDestabilization"),
    ("Doping with Ce is a way to decrease the structural stability of the hydride Mg2NiH4.", "ReactantDestabilization"),
    ("Ce in the lattice destabilizes the stability of the hydride Mg2NiH4 markedly.", "ReactantDestabilization"),
    ("The faster uptake of the small Mg crystals stems from an increase in the defect density.",
     "VacancyDefectFormation"),
    ("An increased defect density in the finer MgH2 powder speeds up desorption.", "VacancyDefectFormation"),
    ("The higher density of defects in thin MgH2 films helps hydrogen diffuse.", "VacancyDefectFormation"),
    ("The gain derives from charge redistribution between the hydride and the carbon host.", "ElectronTransfer"),
    ("A charge redistribution between LiAlH4 and the nitrogen sites weakens the Al–H bonds.", "ElectronTransfer"),
    ("DFT shows marked charge redistribution between the scaffold and NaAlH4.", "ElectronTransfer"),
    ("Samples with the smallest particle size desorb first.", "SizeEffect"),
    ("A smaller particle size lowers the desorption enthalpy of MgH2.", "SizeEffect"),
    ("The hydride of smallest particle size reacts fastest.", "SizeEffect"),
    ("Heating drives the recombination of protonic hydrogen from the water of the salt with the hydride.",
     "AmideHydrideInteraction"),
    ("H2 forms from protonic and hydridic hydrogen meeting at the interface.", "AmideHydrideInteraction"),
    ("The release needs protonic hydrogen and hydridic hydrogen close together.", "AmideHydrideInteraction"),
])
def test_a_label_in_other_words_names_its_mechanism(text, mechanism):
    assert any(t == mechanism for t, _, _ in find_mechanisms(text)), find_mechanisms(text)


# near misses: each sentence must not name the mechanism
@pytest.mark.parametrize(("text", "mechanism"), [
    # ('these' opens the object of another verb, not the label's next word)
    ("Confining KBH4 changes these results for pores of any size.", "ConfinementEffect"),
    # (the stability raised)
    ("Milling with 5 wt% Ce raises the thermodynamic stability of the Mg2NiH4 hydride.", "ReactantDestabilization"),
    # (charge redistribution said of doped ions in a conductor, between no two parts)
    ("Exchanging the doped cations promotes charge redistribution, which helps ion migration.", "ElectronTransfer"),
    # (the comparative of the other direction)
    ("Samples with a larger particle size desorb last.", "SizeEffect"),
    # (protons named without the hydride's hydrogen)
    ("The hydrate shows protonic conduction above 80 °C.", "AmideHydrideInteraction"),
])
def test_a_near_miss_names_no_mechanism(text, mechanism):
    assert not any(t == mechanism for t, _, _ in find_mechanisms(text)), find_mechanisms(text)


@pytest.mark.parametrize("element, text, said", [
    ("Y", "The Y-substituted Mg2Ni alloy absorbs faster.", True),
    ("Co", "The partial replacement of Ni by Co lowers the plateau.", True),
    ("La", "Ca alloying and La alloyed samples were compared.", True),
    ("Y", "Y was added as a catalyst; long after, in another part of the text, a substitution is discussed.", False),
])
def test_substitution_is_looked_for_only_near_its_words_with_the_whole_text_answer(element, text, said):
    """The windowed search (around the written substituting words) gives the whole-text pattern's answer."""
    from ingest.extraction.mechanisms.mechanisms_document import _SUBSTITUTING, _SUBSTITUTING_WORD, _said_substituted
    near = [m.start() for m in _SUBSTITUTING_WORD.finditer(text)]
    whole = re.search(_SUBSTITUTING.format(re.escape(element)), text) is not None
    assert _said_substituted(element, text, near) is whole is said


@pytest.mark.parametrize("texts", [
    ["Cobalt was milled into the hydride.", "The Substitution of Ni by Cu narrows the hysteresis loop.",
     "Nothing else is said here."],
    ["A REPLACEMENT of boron lowers the barrier.", "", "Zn alloying and Fe alloyed films behave alike."],
    ["The ſubstituted lattice expands slightly.", "substituting Al for Mg", "the replacement and the substitution"],
    # (a near miss: 'substitute' and 'alloy' are none of the words, so no place is found)
    ["Graphite may substitute for the binder.", "An alloy forms on heating."],
])
def test_substituting_places_found_sentence_by_sentence_are_the_whole_texts(texts):
    """The places of the substituting words, found only in the sentences that hold one, are the places a search of
    the joined text finds (the gate skips no sentence that has one, in whatever case)."""
    from ingest.extraction.mechanisms.mechanisms_document import _SUBSTITUTING_WORD, _substituting_places
    pattern = getattr(_SUBSTITUTING_WORD, "pattern", _SUBSTITUTING_WORD)
    whole = [m.start() for m in pattern.finditer("\n".join(texts))]
    assert _substituting_places(texts) == whole
    assert whole or texts[0].startswith("Graphite")
