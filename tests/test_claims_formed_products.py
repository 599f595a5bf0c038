"""Claims said through a product or phase the sample forms, with no mechanism label (G12's causes, own wording):
a phase said to form in situ that speeds the reaction itself up ('… promoted the desorption of NaAlH4', not only
'… the kinetics') is the in-situ catalytic phase of the additive it came from; a product whose forming is said to
lower the reactant's stability or the reaction enthalpy is a new path to a stable product (ProductStabilization),
credited to the reactant added. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import claim_tuples


def _claims(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(m, h, a) for m, h, a, _ in claim_tuples(text)}


# ---------------------------------------------------------------- a phase formed in situ speeds the reaction up
@pytest.mark.parametrize("text, host, additive", [
    ("NaAlH4 was ball milled with 5 mol% TiF3. The in situ formation of TiAl3 and NaF during heating promoted the "
     "desorption of NaAlH4.", "NaAlH4", "TiF3"),
    ("MgH2 was milled with 10 wt% NbF5. The NbH formed in situ accelerates the hydrogen release of MgH2.",
     "MgH2", "NbF5"),
    ("LiBH4 was milled with NiCl2. Ni2B, generated during the first dehydrogenation, facilitates the "
     "rehydrogenation of LiBH4.", "LiBH4", "NiCl2"),
    ("LiAlH4 was doped with CeF3; the in-situ formed CeAl4 enhances the dehydrogenation of LiAlH4.",
     "LiAlH4", "CeF3"),
    ("NaAlH4 was milled with 4 wt% ZrCl4. We believe the in situ formation of ZrAl3 and NaCl on heating boosted the "
     "improvement of the dehydriding behaviour of NaAlH4.", "NaAlH4", "ZrCl4"),
])
def test_a_phase_formed_in_situ_that_speeds_the_reaction_is_the_in_situ_catalytic_phase(text, host, additive):
    assert ("InSituCatalyticPhase", host, additive) in _claims(text)


def test_an_additive_said_to_speed_the_reaction_without_forming_anything_gives_no_in_situ_phase():
    claims = _claims("MgH2 was milled with 5 wt% Ni. The addition of Ni promoted the desorption of MgH2.")
    assert not any(m == "InSituCatalyticPhase" for m, _, _ in claims)


# ---------------------------------------------------------------- forming a product lowers the stability
@pytest.mark.parametrize("text, host, additive", [
    ("NaBH4 was milled with CaH2. Formation of CaB6 during dehydrogenation lowers the thermodynamic stability of "
     "the NaBH4 system.", "NaBH4", "CaH2"),
    ("LiBH4 was milled with 0.5 MgH2. The formation of MgB2 upon desorption reduces the reaction enthalpy of "
     "LiBH4.", "LiBH4", "MgH2"),
    ("Ca(BH4)2 was mixed with MgH2; the generation of stable CaB6 and MgB2 decreases the overall enthalpy.",
     "Ca(BH4)2", "MgH2"),
    ("LiBH4 was milled with 30 wt% YH3. Diffraction shows the formation of YB4 on heating, which lowers the "
     "stability of the LiBH4 system.", "LiBH4", "YH3"),
])
def test_a_product_whose_forming_lowers_the_stability_is_product_stabilization(text, host, additive):
    assert ("ProductStabilization", host, additive) in _claims(text)


@pytest.mark.parametrize("text", [
    # no product named: a phrase of forming in general
    "NaBH4 was milled with CaH2. The formation of stable phases lowers the stability of NaBH4.",
    # a product lowering a temperature, not the stability: no new path said
    "NaBH4 was milled with CaH2. The formation of CaB6 lowers the onset temperature of NaBH4.",
])
def test_forming_no_product_or_lowering_no_stability_is_no_product_stabilization(text):
    assert not any(m == "ProductStabilization" for m, _, _ in _claims(text))
