"""A mechanism credited to a doped additive by the name of the material it dopes ("a Co-doped TiO2 catalyst
was milled with MgH2 … the modified TiO2 weakens the Mg–H bonds"): the claim's additive is the doped
material the paragraph measured, as the values name it ('Co-doped TiO2'), not the bare oxide
(ingest.extraction.mechanisms.mechanisms_materials.component_named). Sentences written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows


def _claims(text: str) -> list[tuple[str, str, str]]:
    return [(r["mechanism"], r["host"], r["additive"]) for r in contract_rows(extract_text(text))
            if r.get("kind") == "mechanism"]


@pytest.mark.parametrize("text, claim", [
    ("A Co-doped TiO2 catalyst was prepared by a sol-gel route and milled with MgH2. The catalysed MgH2 "
     "releases hydrogen at 190 °C. The modified TiO2 weakens the Mg–H bonds.\n",
     ("BondWeakening", "MgH2", "Co-doped TiO2")),
    ("MgH2 was milled with 5 wt% Fe-doped Nb2O5. The composite starts to desorb hydrogen at 200 °C. "
     "Calculations show that the doped Nb2O5 weakens the Mg–H bond.\n",
     ("BondWeakening", "MgH2", "Fe-doped Nb2O5")),
    ("Mn-doped Fe2O3 was introduced into MgH2 by ball milling. The MgH2 composite absorbs 5.5 wt% H2 at "
     "150 °C. Here the Fe2O3 provides active sites for H2 dissociation.\n",
     ("HydrogenDissociationSites", "MgH2", "Mn-doped Fe2O3")),
    ("In this work a N, Nb-doped TiO2 catalyst was made by plasma treatment to catalyse MgH2. The "
     "catalysed MgH2 starts to release hydrogen at 160 °C. The modified TiO2 lowers the H2 dissociation "
     "energy barrier.\n",
     ("HydrogenDissociationSites", "MgH2", "N, Nb-doped TiO2")),
])
def test_claim_credits_the_doped_additive(text, claim):
    assert claim in _claims(text)


def test_bare_oxide_measured_keeps_its_name():
    # the paragraph measured MgH2 with the bare oxide: the claim is that oxide's
    text = ("MgH2 was milled with 5 wt% TiO2. The MgH2–TiO2 composite releases hydrogen at 240 °C. Elsewhere, "
            "Co-doped TiO2 was used for photocatalysis. The TiO2 weakens the Mg–H bonds.\n")
    assert ("BondWeakening", "MgH2", "TiO2") in _claims(text)
