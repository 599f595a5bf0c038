"""Mechanism claims in the ways older papers credit a mechanism: a hydride said to destabilise a borohydride is
that borohydride's partner, whatever hydride comes first in the sentence; kinetics credited after a cue to a
transition-metal phase formed in a run is the in-situ catalytic phase; a sentence naming no material after a
paragraph that made its host in a nano form credits that form; grain boundaries said to serve as fast paths
are one mechanism, not a catalyst's channel as well. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from ingest.documents.document import parse_document
from ingest.extract import _prose_sentences
from ingest.extraction.mechanisms.mechanisms import mechanism_claims


def _claims(text: str) -> set[tuple[str, str | None, str | None, str | None, str | None]]:
    doc = parse_document("# A test paper\n\n" + text + "\n")
    return {(c.mechanism, c.host, c.additive, c.strategy, c.in_situ_phase)
            for c in mechanism_claims(_prose_sentences(doc), "src:older")}


# -- the borohydride (or amide) is the host of a claim naming both hydrides: cases in tests/test_claim_host_anion.py
def test_a_binary_hydride_before_its_own_phase_stays_the_host():
    # near miss: Mg2NiH4 with MgH2 makes no composite in which MgH2 is the partner
    found = _claims("Mg2NiH4 works as a hydrogen pump inside the MgH2–Mg2NiH4 mixture.")
    assert any(c[1] == "MgH2" and c[2] == "Mg2NiH4" for c in found), found


# -- kinetics credited after a cue to a phase formed in a run: cases in tests/test_claims_in_situ_forms.py
@pytest.mark.parametrize("text", [
    # near misses: the host's own oxide, and small particles of no named phase, are no catalyst formed in situ
    "MgH2 was ground with Ni. The sluggish first-cycle kinetics are due to the MgO formed during milling.",
    "MgH2 was ground with Ni. The faster kinetics are due to the fine particles formed during milling.",
])
def test_no_catalytic_phase_of_the_host_or_of_particles(text):
    assert not any(c[0] == "InSituCatalyticPhase" for c in _claims(text)), _claims(text)


# -- a sentence naming no material after the paragraph made its host in a nano form
@pytest.mark.parametrize("text, mechanism, strategy", [
    ("Nanocrystalline MgH2 was obtained by long milling. The grain boundaries serve as fast diffusion paths for "
     "hydrogen.", "GrainBoundaryDiffusion", "Nanosizing"),
    ("Nanosized MgH2 was made by a wet route. The lower desorption enthalpy is attributed to a size effect.",
     "SizeEffect", "Nanosizing"),
    ("Nanostructured MgH2 was prepared by hydriding vapour deposition. The lower desorption enthalpy is attributed "
     "to a size effect.", "SizeEffect", "Nanostructuring"),
])
def test_the_nano_form_of_the_paragraph_acts(text, mechanism, strategy):
    found = _claims(text)
    assert (mechanism, "MgH2", None, strategy, None) in found, found


def test_a_strategy_named_after_the_nano_form_takes_over():
    # near miss: the paragraph named anion substitution last; 'this approach' is about it, not the nano form
    found = _claims("Nanosized MgH2 was made by a wet route. It was then treated by anion substitution. This approach "
                    "improves the ion transport.")
    assert not any(c[3] == "Nanosizing" for c in found), found


def test_grain_boundaries_as_fast_paths_are_one_mechanism():
    found = _claims("In nanocrystalline Mg, grain boundaries work as fast diffusion paths for hydrogen.")
    assert {c[0] for c in found} == {"GrainBoundaryDiffusion"}, found
    # near miss: a catalytic subject keeps what it is said to do
    found = _claims("NbF5 was milled with MgH2. NbH formed in situ acts as nucleation sites for Mg.")
    assert any(c[0] == "NucleationInduction" for c in found), found


# -- the verbs of spillover and of splitting H2 ('spill over', 'dissociates H2'): the ontology's labels
@pytest.mark.parametrize("text, mechanism, additive", [
    ("Pd was sputtered on Mg films. The H atoms formed on Pd spill over onto the Mg.", "Spillover", "Pd"),
    ("MgH2 was milled with Pt. Atomic hydrogen spilled over from the Pt islands to the hydride.", "Spillover", "Pt"),
    ("The role of Fe in MgH2 is to dissociate hydrogen molecules at the surface.", "HydrogenDissociationSites",
     "Fe"),
    ("MgH2 was milled with Co. The Co particles dissociate H2 molecules during absorption.", "HydrogenDissociationSites", "Co"),
])
def test_the_verbs_of_spillover_and_dissociation(text, mechanism, additive):
    found = _claims(text)
    assert any(c[0] == mechanism and c[1] == "MgH2" and c[2] == additive for c in found), found


def test_hydrogen_that_cannot_dissociate_is_no_claim():
    # near miss: the host's bare surface, on which nothing splits H2, credits no additive
    assert not _claims("MgH2 was milled with Fe. Hydrogen molecules cannot dissociate on a clean MgH2 surface.")


def test_dissociated_hydrogen_passed_on_is_no_dissociation_claim():
    # near miss: 'dissociated hydrogen' names what another catalyst made, not what the subject does
    found = _claims("Pd-capped Mg films with a Zr interlayer were grown. The Zr layer is thought to carry dissociated "
                    "hydrogen from Pd into the Mg.")
    assert not any(c[0] == "HydrogenDissociationSites" for c in found), found
