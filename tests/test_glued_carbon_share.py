"""A carbon written in a composition with a glued coefficient ('85Mg–10Ti–5C') in a passage that named one carbon
scaffold is that carbon with the coefficient as its share, as a bare '@C' is (ingest/extraction/samples/support_names);
letters the text defines as no material ('… synthesis (HCS)') name none of the passage's carbons, whatever the ontology
knows by them. Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import records


def _carbon(text: str) -> dict:
    row = records(text)[-1]
    return next(c for c in row["components"] if c["role"] == "ScaffoldConfinementHost")


@pytest.mark.parametrize("text, share", [
    ("Carbon aerogel and Ti powder were milled together and then mixed with Mg. The 85Mg–10Ti–5C composite "
     "absorbed 5.1 wt% hydrogen at 300 °C.", 5.0),
    ("Nano-Co was dispersed on a carbon aerogel before magnesium was added; the 92Mg–5Co–3C sample begins to give "
     "off hydrogen at 240 °C.", 3.0),
    ("A carbon aerogel, fine Fe and Mg were processed by hydriding combustion synthesis (HCS), and the HCS-made "
     "88Mg–8Fe–4C desorbed 4.6 wt% hydrogen at 320 °C.", 4.0),
])
def test_glued_carbon_is_the_passages_named_carbon(text, share):
    carbon = _carbon(text)
    assert carbon["material"].lower() == "carbon aerogel" and carbon["amount"] == share


def test_two_named_carbons_leave_the_glued_carbon_as_written():
    carbon = _carbon("Carbon aerogel and CMK-3 were each milled with Ti and then mixed with Mg. The 85Mg–10Ti–5C "
                     "composite absorbed 5.1 wt% hydrogen at 300 °C.")
    assert carbon["material"] == "C"
