"""A material that works or functions as a gateway for hydrogen, an 'active gateway', or the gateway model a catalytic
effect follows: the channel effect (session s34 claims2). A gateway in another sense is no mechanism. The sentences
are written for these tests."""
from __future__ import annotations

import pytest

from ingest.document import parse_document
from ingest.extract import _prose_sentences
from ingest.mechanisms import mechanism_claims


def _claims(text: str) -> set[tuple[str, str | None, str | None]]:
    doc = parse_document("# A test paper\n\n" + text + "\n")
    return {(c.mechanism, c.host, c.additive) for c in mechanism_claims(_prose_sentences(doc), "src:s34gate")}


@pytest.mark.parametrize("text, host, additive", [
    ("MgH2 was milled with 2 mol% V. The small V grains work as gateways that let hydrogen leave the MgH2 "
     "particles quickly.", "MgH2", "V"),
    ("NaAlH4 doped with TiCl3 releases hydrogen sooner: in the doped alanate the TiCl3 additive functions as a "
     "gateway at the surface.", "NaAlH4", "TiCl3"),
    ("Fe particles milled into MgH2 behave as active gateways through which hydrogen enters and leaves the "
     "hydride.", "MgH2", "Fe"),
])
def test_a_gateway_worded_otherwise_is_the_channel_effect(text, host, additive):
    assert ("ChannelEffect", host, additive) in _claims(text)


def test_a_gateway_in_another_sense_is_no_mechanism():
    text = "MgH2 milled with 2 mol% V is regarded as a gateway to practical on-board hydrogen tanks."
    assert "ChannelEffect" not in {m for m, _, _ in _claims(text)}
