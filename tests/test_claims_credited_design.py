"""A design credited as the cause itself, right after the cue ('can be attributed to the core-shell structure,
which …'), is the claim's strategy even where the mechanism is a catalytic one and the sample's catalyst is the
additive: the sentence credits how the sample is built, not what its catalyst is made of. A catalyst credited in a
sentence that only names how the host was made keeps its catalysis. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from ingest.documents.document import parse_document
from ingest.extract import _prose_sentences
from ingest.extraction.mechanisms.mechanisms import mechanism_claims


def _claims(text: str) -> set[tuple[str, str | None, str | None, str | None]]:
    doc = parse_document("# A test paper\n\n" + text + "\n")
    return {(c.mechanism, c.host, c.additive, c.strategy)
            for c in mechanism_claims(_prose_sentences(doc), "src:credited-design")}


@pytest.mark.parametrize("text, additive", [
    ("Mg powder was plated with a Co layer. The lower onset temperature is owing to the core-shell structure, which "
     "creates many nucleation sites where Co touches Mg.", "Co"),
    ("MgH2 particles were coated with a Ti shell. The improvement is ascribed to the core-shell structure providing "
     "abundant nucleation sites at the interface with the catalyst.", "Ti"),
    ("Mg nanoparticles were wrapped in Fe shells. Thanks to the core-shell structure, more nucleation sites for "
     "MgH2 are created between Fe and Mg.", "Fe"),
])
def test_a_design_credited_as_the_cause_is_the_claim_s_strategy(text, additive):
    assert ("NucleationInduction", "MgH2", additive, "CoreShellStructuring") in _claims(text), _claims(text)


def test_a_catalyst_credited_in_a_sentence_naming_the_host_s_form_keeps_its_catalysis():
    claims = _claims("Mg thin films were capped with Pd. The faster kinetics is attributed to the catalytic activity "
                     "of the Pd cap on the Mg thin films, which provides nucleation sites.")
    assert ("NucleationInduction", "MgH2", "Pd", "MetalCatalysis") in claims, claims


def test_a_design_credited_beside_the_catalyst_leaves_the_catalyst_its_catalysis():
    claims = _claims("Ni nanoparticles were dispersed in a mesoporous carbon (MC), and Mg(BH4)2 was loaded into it. We "
                     "ascribe the lower barrier to the synergistic effects of nanoconfinement and the well-dispersed Ni "
                     "active sites in the MC.")
    assert any(a == "Ni" for _, _, a, _ in claims), claims
    assert not any(a == "Ni" and s == "Nanoconfinement" for _, _, a, s in claims), claims
