"""Mechanism claims named by a family term ('a catalytic effect', 'a catalytic role', 'synergetic effects'):
a claim only where the sentence credits a material with it, with the actor (not a composite named after the
phrase) as the additive, and the composite it acts in as the host. The sentences are written for the tests."""
from __future__ import annotations

from ingest.documents.document import parse_document
from ingest.extract import _prose_sentences
from ingest.extraction.mechanisms.mechanisms import mechanism_claims
from ingest.extraction.mechanisms.mechanisms_phrases import find_mechanisms


def claims_of(text: str):
    doc = parse_document(f"# A test paper\n\n## 1. Results\n\n{text}\n")
    return {(c.mechanism, c.host, c.additive) for c in mechanism_claims(_prose_sentences(doc), "src:fam")}


def test_a_material_credited_with_a_catalytic_effect_is_a_claim():
    assert ("CatalyticEffect", "LiNH2", "Nb2O5") in claims_of(
        "Nb2O5 showed a strong catalytic effect in the Li-N-H system during dehydrogenation.")
    assert ("CatalyticEffect", "MgH2", "Pd") in claims_of(
        "The Mg films release hydrogen at 180 °C, induced by the catalytic activity of the Pd overlayer.")
    assert ("CatalyticEffect", "LiAlH4", "CeO2") in claims_of(
        "CeO2 plays an important catalytic role in the decomposition of LiAlH4.")


def test_a_catalytic_role_by_a_named_mechanism_gives_both():
    found = claims_of("TiO2 is thought to play a catalytic role by reducing the particle size of LiAlH4 during milling.")
    assert {("CatalyticEffect", "LiAlH4", "TiO2"), ("SizeEffect", "LiAlH4", "TiO2")} <= found


def test_two_hydrides_credited_with_synergetic_effects_in_a_composite():
    found = claims_of("The presence of CsH and KH provides synergetic effects, which improve the kinetics of "
                      "hydrogen release from the Mg(NH2)2-2LiH system.")
    # (acting together: the cocktail effect, a catalytic effect)
    assert {("CocktailEffect", "Mg(NH2)2", "CsH"), ("CocktailEffect", "Mg(NH2)2", "KH")} <= found
    assert not any(add == "LiH" for _, _, add in found)     # the composite's own partner is no actor


def test_the_material_a_family_phrase_is_said_of_acts():
    found = claims_of("The catalytic mechanism of VCl3 in the Li-N-H system is discussed on the basis of XPS results.")
    assert {add for _, _, add in found} == {"VCl3"}


def test_a_family_phrase_credited_to_nobody_is_no_claim():
    assert find_mechanisms("the catalytic effects were large") == []
    assert claims_of("The catalytic effects were large in all samples.") == set()
    assert claims_of("Catalytic effects of transition metals on hydrides are reviewed in many papers.") == set()
