"""A claim credited to a catalyst on its support ('VN@C', 'FeCo/C') whose system carries the catalyst's own catalysis
beside the composite's names ONE strategy: the catalyst's own for what the catalyst does (bond weakening, dissociation
sites, electron transfer), the composite's for what the support brings (confinement, keeping particles apart:
hkg:doneBySupport). A single metal on carbon ('Co/C') has no catalysis of its own left, so its claims stay the
composite's (session claims2, s29; tests/devset/README.md). The sentences are written for these tests."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from ingest.extraction.mechanisms.mechanisms_claims import _own_catalysis
from ui.cli.bench_strict import jsonl_rows


def _claims(text: str) -> set[tuple[str, str | None, str | None, str | None]]:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d, "x.md")
        path.write_text(text + "\n", encoding="utf-8")
        return {(r.get("mechanism"), r.get("host"), r.get("additive"), r.get("strategy"))
                for r in jsonl_rows(path) if r.get("kind") == "mechanism"}


@pytest.mark.parametrize("text, claim", [
    ("MgH2 was ball-milled with 6 wt% VN@C. The sample began to release hydrogen at 205 °C. The VN particles weaken "
     "the Mg–H bonds by drawing electrons from them.",
     ("BondWeakening", "MgH2", "VN@C", "MetalCompoundCatalysis")),
    ("LiBH4 was doped with 8 wt% FeCo/C, an alloy supported on carbon. The doped borohydride lost hydrogen from "
     "260 °C. Hydrogen molecules split on the FeCo sites, which act as dissociation sites.",
     ("HydrogenDissociationSites", "LiBH4", "FeCo", "MultiMetalCatalysis")),
    ("NaAlH4 was milled with 5 wt% Nb2O5@C. Its dehydrogenation began at 110 °C. Electrons move from the oxide to "
     "the alanate, and this electron transfer explains the faster kinetics.",
     ("ElectronTransfer", "NaAlH4", "Nb2O5@C", "MetalCompoundCatalysis")),
])
def test_what_the_catalyst_does_is_its_own_catalysis(text, claim):
    assert claim in _claims(text)


def test_a_single_metal_on_carbon_stays_the_composite():
    claims = _claims("MgH2 was ball-milled with 5 wt% Co/C. The sample began to release hydrogen at 215 °C. The Co "
                     "particles weaken the Mg–H bonds.")
    assert ("BondWeakening", "MgH2", "Co", "CompositeCatalysis") in claims


def test_what_the_support_brings_stays_the_composite():
    for mechanism in ("ConfinementEffect", "AgglomerationSuppression"):
        assert _own_catalysis("CompositeCatalysis", mechanism, "MgH2", "VN@C", "The carbon of VN@C holds MgH2.",
                              None) is None
    assert _own_catalysis("CompositeCatalysis", "BondWeakening", "MgH2", "VN@C", "VN weakens the bonds.",
                          None) == "MetalCompoundCatalysis"


def test_the_part_named_as_actor_gives_its_catalysis_and_a_named_support_does_not():
    # (Ni/CeO2 reads as the metal's catalysis on an oxide; the oxide named as the actor is the compound's)
    assert _own_catalysis("CompositeCatalysis", "BondWeakening", "MgH2", "Ni/CeO2",
                          "Reduced CeO2 helps Ni to weaken the bonds.", None) == "MetalCompoundCatalysis"
    assert _own_catalysis("CompositeCatalysis", "ElectronTransfer", "MgH2", "FeCoNi@Ti3C2",
                          "Electrons flow from the alloy to the Ti3C2 support.", None) == "MultiMetalCatalysis"


# 'liberated in situ' is a way of saying a phase formed inside the sample (ontology: FormedInSituParticiple and the
# InSituCatalyticPhase labels), as 'generated in situ' is
@pytest.mark.parametrize("text", [
    "MgH2 was milled with 5 wt% of a CrNbOx catalyst. The CrNbOx catalyst holds catalytically active CrNbO4 and NbO2 "
    "particles liberated in situ during its calcination.",
    "MgH2 was milled with 5 wt% of a CrNbOx catalyst. The catalyst is made of active CrNbO4 and rod-like NbO2 "
    "species liberated in-situ during its preparation.",
    "LiBH4 was ball-milled with 4 wt% CoB. Active Co particles liberated in situ from the boride speed up the "
    "release of hydrogen.",
])
def test_a_phase_liberated_in_situ_is_an_in_situ_catalytic_phase(text):
    assert any(m == "InSituCatalyticPhase" for m, *_ in _claims(text))


def test_hydrogen_liberated_on_heating_is_no_in_situ_phase():
    claims = _claims("MgH2 was milled with 5 wt% CrNbO4. The hydrogen liberated on heating was measured by mass "
                     "spectrometry.")
    assert not any(m == "InSituCatalyticPhase" for m, *_ in claims)


def test_a_phase_of_one_metal_of_a_multi_metal_catalyst_stays_the_composite():
    text = "Co2B forms in situ from the FeCo particles."
    assert _own_catalysis("CompositeCatalysis", "InSituCatalyticPhase", "LiBH4", "FeCo/C", text, None, None,
                          "Co2B") is None
    assert _own_catalysis("CompositeCatalysis", "InSituCatalyticPhase", "LiBH4", "FeCo/C", text, None, None,
                          "FeCoB") == "MultiMetalCatalysis"


# the confinement a catalyst's carbon shell gives ('FeNi@C') is what its support brings: the composite's catalysis,
# with no phase formed in situ that the same sentence names for the catalyst's own work
@pytest.mark.parametrize("text, additive", [
    ("MgH2 was milled with 5 wt% FeNi@C. The better kinetics of MgH2 is attributed to the reversible phase changes "
     "of Mg2Fe/Mg2FeH6 and Mg2Ni/Mg2NiH4, and the good heat conduction and confinement effect of the carbon shell.",
     "FeNi@C"),
    ("MgH2 was milled with 5 wt% FeNi@C. The gain is ascribed to Mg2Ni formed in situ, and to the confinement effect "
     "of the carbon shell.", "FeNi@C"),
    ("MgH2 was ball-milled with 4 wt% CoFe@C. We credit Mg2CoH5 made in situ and the confinement effect of the "
     "graphitic shell for the faster uptake.", "CoFe@C"),
])
def test_a_catalysts_shell_confinement_is_the_composites_without_a_phase(text, additive):
    claims = _claims(text)
    assert ("ConfinementEffect", "MgH2", additive, "CompositeCatalysis") in claims


def test_a_scaffold_that_holds_the_host_keeps_its_nanoconfinement():
    claims = _claims("LiBH4 was melt-infiltrated into the pores of CMK-3 carbon. The LiBH4@CMK-3 composite released "
                     "hydrogen from 220 °C, which is put down to the confinement effect of the carbon pores.")
    assert not any(m == "ConfinementEffect" and s == "CompositeCatalysis" for m, _, _, s in claims)
