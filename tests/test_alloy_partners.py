"""A metal mixed with an elemental host metal to make a compound of the two that the text names is the host's
alloying partner (Alloying), not a catalyst; beside a hydride host, or with no such compound named, it stays one."""
import pytest

from ingest.extract import extract_text


def _parts(text: str) -> set[tuple[str, str]]:
    return {(a.formula, a.role) for m in extract_text(text).measurements for a in m.system.additives}


@pytest.mark.parametrize("text, metal", [
    ("Elemental Mg and 30 at% Ni powders were milled to synthesize Mg2Ni. The milled sample of Mg with 30 at% Ni "
     "absorbed 3.6 wt% hydrogen at 300 °C.", "Ni"),
    ("Mg with 10 at% Cu was cold rolled so that Mg2Cu formed; this Mg–10 at% Cu absorbed 5.2 wt% H2 at 350 °C.",
     "Cu"),
    ("To obtain the Mg17Al12 phase, Mg and 40 at% Al were processed by ECAP, and the Mg–40 at% Al product stored "
     "4.1 wt% hydrogen at 380 °C.", "Al"),
])
def test_metal_making_named_compound_with_host_is_alloying(text, metal):
    assert _parts(text) == {(metal, "DopantSubstituent")}


@pytest.mark.parametrize("text", [
    # near misses: a hydride host (a compound forming on cycling says nothing of why Ni was added) ...
    "MgH2 milled with 5 wt% Ni absorbed 5.8 wt% H2 at 300 °C, and some Mg2NiH4 formed on cycling.",
    # ... and an elemental host with no compound of the two named
    "Mg milled with 5 wt% Ni absorbed 5.8 wt% H2 at 300 °C.",
    # ... and a composition's notation beside it, no compound ('Mg–15Ni' names shares of the two metals)
    "The Mg–15Ni alloy was melted; for comparison a milled Mg–15 wt% Ni blend released H2 from 290 °C.",
    # ... and a shell laid on the metal, though the passage names a compound of the two
    "Mg2Ni is well known; here a Mg@Ni core–shell powder absorbed 5.5 wt% H2 at 250 °C.",
])
def test_catalyst_kept_without_named_alloy_of_elemental_host(text):
    assert _parts(text) == {("Ni", "Catalyst")}
