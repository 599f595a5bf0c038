"""A paragraph that turns from one additive to a class of additives named by its class noun alone ('High-entropy
alloys bring many metals together. Their benefit comes from the cocktail effect.'): the claim of the next sentence
is the class's, credited to the member of that class the paragraph names next, not to the additive an earlier
sentence of the paragraph was about (session claims6). The sentences are written for these tests."""
from __future__ import annotations

import pytest

from ingest.documents.document import parse_document
from ingest.extract import _prose_sentences
from ingest.extraction.mechanisms.mechanisms import mechanism_claims


def _claims(text: str) -> set[tuple[str, str | None, str | None]]:
    doc = parse_document("# A test paper\n\n" + text + "\n")
    return {(c.mechanism, c.host, c.additive) for c in mechanism_claims(_prose_sentences(doc), "src:claims6")}


@pytest.mark.parametrize("text, claim, earlier", [
    ("Intermetallics such as ZrCo and TiFe act as hydrogen pumps for MgH2. High-entropy alloys bring many metal "
     "elements together. Their benefit mostly comes from the cocktail effect. MgH2 with TiVNbZrFe desorbs H2 at "
     "200 °C.", ("CocktailEffect", "MgH2", "TiVNbZrFe"), "ZrCo"),
    ("Ni nanoparticles act as spillover catalysts for MgH2. MXenes were then tried as catalysts as well. The main "
     "gain is ascribed to electron transfer at the interface. The MgH2–Ti3C2 composite releases H2 at 180 °C.",
     ("ElectronTransfer", "MgH2", "Ti3C2"), "Ni"),
    ("FeCo spills hydrogen over to MgH2 through the hydrogen spillover effect. Later work turned to HEAs. Their "
     "catalytic activity is mostly put down to a cocktail effect. Of these, TiZrNbV performed best.",
     ("CocktailEffect", "MgH2", "TiZrNbV"), "FeCo"),
])
def test_a_claim_after_a_class_noun_is_the_named_members(text, claim, earlier):
    claims = _claims(text)
    assert claim in claims
    assert not any(m == claim[0] and a == earlier for m, _, a in claims)


def test_an_earlier_additive_of_the_class_stays_the_actor():
    claims = _claims("TiVNbZrFe was milled with MgH2 for 10 h. High-entropy alloys bring many metal elements "
                     "together. Their benefit mostly comes from the cocktail effect.")
    assert ("CocktailEffect", "MgH2", "TiVNbZrFe") in claims


def test_a_class_with_no_member_named_credits_no_earlier_additive():
    claims = _claims("ZrCo acts as a hydrogen pump for MgH2. High-entropy alloys bring many metal elements "
                     "together. Their benefit mostly comes from the cocktail effect.")
    assert ("HydrogenPump", "MgH2", "ZrCo") in claims
    assert not any(m == "CocktailEffect" and a == "ZrCo" for m, _, a in claims)
