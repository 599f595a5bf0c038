"""A reactive hydride composite written whole ('the LiBH4–MgH2 system', '2LiBH4–MgH2') is the sample a catalytic
mechanism acts in, not its actor: its partner hydride destabilizes, the catalyst the sentence names catalyses (session
s34 claims2). A destabilizing mechanism of such a composite stays its partner's. The sentences are written for these
tests."""
from __future__ import annotations

import pytest

from ingest.document import parse_document
from ingest.extract import _prose_sentences
from ingest.mechanisms import mechanism_claims


def _claims(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = parse_document("# A test paper\n\n" + text + "\n")
    return [(c.mechanism, c.host, c.additive) for c in mechanism_claims(_prose_sentences(doc), "src:s34rhc")]


@pytest.mark.parametrize("text", [
    "The 2LiBH4–MgH2 composite was milled with 5 mol% VCl3. The gain of the 2LiBH4–MgH2 composite is owed to "
    "VB2 particles formed in situ that act as hydrogen pumps.",
    "We milled 2LiBH4–MgH2 with TiF3. Kinetics of the 2LiBH4–MgH2 system improve thanks to in situ formed TiB2 "
    "acting as a hydrogen pump.",
    "Adding ZrCl4 to LiBH4–MgH2 speeds up desorption. In the LiBH4–MgH2 composite, ZrB2 formed in situ serves "
    "as a hydrogen pump.",
])
def test_a_catalytic_mechanism_in_a_composite_written_whole_is_not_the_partners(text):
    claims = _claims(text)
    assert claims, "a claim is expected"
    assert not any(additive == "MgH2" for mechanism, _, additive in claims if mechanism != "ReactantDestabilization")


def test_the_partner_of_a_composite_written_whole_still_destabilizes():
    claims = _claims("In the 2LiBH4–MgH2 composite, MgH2 destabilizes LiBH4 through the formation of MgB2.")
    assert any(additive == "MgH2" for _, _, additive in claims)
