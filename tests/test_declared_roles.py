"""An additive the text declares a role for keeps that role (issue 10): "X was selected as a catalyst for Y",
"X serves as the catalyst for Y", "Y milled with X as a catalyst", "X was chosen to destabilize Y", "destabilizing
agents such as X". The material after 'for/in' is the host even when the additive is itself a hydride, a later
"the composite" is that host with the additive, the record's strategies follow the declared role, and the
declaration holds for its passage only. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import claim_tuples, records


def _system(text: str) -> tuple[str, tuple[tuple[str, str], ...], tuple[str, ...]]:
    """(system, (material, role) of each component, strategies) of the one record of ``text``."""
    rows = records(text)
    assert len(rows) == 1, rows
    r = rows[0]
    return r["system"], tuple((c["material"], c["role"]) for c in r["components"]), tuple(r["strategies"])


# ------------------------------------------------------------------ a hydride declared a catalyst is one
@pytest.mark.parametrize("text, system, additive", [
    # (the material after 'for'/'in' is the host, though the additive is a hydride too; 'the composite' is both)
    ("ZrH2 was employed as a catalyst in MgH2. The resulting composite begins to release hydrogen at 230 °C.",
     "MgH2–ZrH2", "ZrH2"),
    ("VH2 served as the catalyst for NaAlH4, and the composite released hydrogen from 140 °C.",
     "NaAlH4–VH2", "VH2"),
    ("NdH2 was introduced as a catalytic additive for Mg(BH4)2. The mixture starts to desorb hydrogen at 190 °C.",
     "Mg(BH4)2–NdH2", "NdH2"),
    ("CeH2 was selected as the catalyst for LiBH4. The composite begins to desorb hydrogen at 315 °C.",
     "LiBH4–CeH2", "CeH2"),
    # (the declared role wins over the composition's in a later notation: YH3, CeH2, NdH2 with LiBH4 would react)
    ("We used YH3 as the catalyst. The LiBH4–YH3 composite starts to desorb hydrogen at 300 °C.", "LiBH4–YH3", "YH3"),
    ("LiBH4 was milled with CeH2 as a catalyst. The LiBH4–CeH2 composite starts to desorb hydrogen at 300 °C.",
     "LiBH4–CeH2", "CeH2"),
    ("NdH2 functions as the catalytic phase in LiBH4. The 2LiBH4–NdH2 sample begins to desorb hydrogen at 310 °C.",
     "2LiBH4–NdH2", "NdH2"),
    # (the role said after the host a putting goes into is the additive's, never the host's)
    ("YH3 was added to LiBH4 as a catalyst. The LiBH4–YH3 composite begins to desorb hydrogen at 305 °C.",
     "LiBH4–YH3", "YH3"),
])
def test_hydride_declared_a_catalyst_is_the_hosts_catalyst(text, system, additive):
    name, parts, strategies = _system(text)
    assert name == system
    assert parts[1] == (additive, "Catalyst")
    assert "MetalCompoundCatalysis" in strategies and "ReactiveHydrideComposite" not in strategies


def test_hydride_chosen_as_a_reference_stays_a_sample_of_its_own():
    # (near miss: 'a reference material' is no role an additive plays; 'the catalyst for' is one)
    name, parts, _ = _system("TiH2 was chosen as a reference material. It starts to desorb hydrogen at 400 °C.")
    assert name == "TiH2" and parts == (("TiH2", "HostHydride"),)
    name, parts, _ = _system("TiH2 was chosen as the catalyst for MgH2. The composite starts to desorb hydrogen at 250 °C.")
    assert name == "MgH2–TiH2" and parts[1] == ("TiH2", "Catalyst")


def test_undeclared_rare_earth_hydride_with_a_borohydride_stays_its_reactant():
    # (near miss: nothing said of CeH2, so its composition decides: CeB6 forms; said to be the catalyst, it is one)
    sample = "The LiBH4–CeH2 composite starts to desorb hydrogen at 320 °C."
    assert ("CeH2", "DestabilizingReactant") in _system(sample)[1]
    assert ("CeH2", "Catalyst") in _system("CeH2 was used as a catalyst for LiBH4. " + sample)[1]


# ------------------------------------------------------------------ declared destabilizers and their strategies
@pytest.mark.parametrize("text, system, additive, strategy", [
    ("YH3 was selected as a destabilization agent for LiBH4. The composite starts to desorb hydrogen at 320 °C.",
     "LiBH4–YH3", "YH3", "ReactiveHydrideComposite"),
    ("YH3 was added to LiBH4 as a destabilizing agent. The composite starts to desorb hydrogen at 320 °C.",
     "LiBH4–YH3", "YH3", "ReactiveHydrideComposite"),
    ("Al was chosen to destabilize MgH2. The MgH2–Al mixture starts to desorb hydrogen at 280 °C.",
     "MgH2–Al", "Al", "ThermodynamicDestabilization"),
    ("Destabilizing agents such as Al were milled with MgH2. The MgH2–Al sample releases hydrogen from 260 °C.",
     "MgH2–Al", "Al", "ThermodynamicDestabilization"),
])
def test_declared_destabilizer_is_a_reactant_with_a_destabilization_strategy(text, system, additive, strategy):
    name, parts, strategies = _system(text)
    assert name == system
    assert parts[1] == (additive, "DestabilizingReactant")
    assert strategies == (strategy,)


def test_metal_chosen_for_another_purpose_stays_a_catalyst():
    # (near miss: 'chosen to lower the cost' declares no role; 'chosen to destabilize' does)
    # (nickel: aluminium beside MgH2 is a destabilizing reactant by its composition alone since s40)
    _, parts, strategies = _system("Ni was chosen to lower the cost. The MgH2–Ni mixture starts to desorb hydrogen "
                                   "at 280 °C.")
    assert parts[1] == ("Ni", "Catalyst") and strategies == ("MetalCatalysis",)
    _, parts, _ = _system("Al was chosen to destabilize MgH2. The MgH2–Al mixture starts to desorb hydrogen at 280 °C.")
    assert parts[1] == ("Al", "DestabilizingReactant")


@pytest.mark.parametrize("text", [
    "Al was chosen to destabilize MgH2.",
    "Al was used to destabilise MgH2.",
    "In this study, Al was selected to destabilize MgH2 through the formation of Mg17Al12.",
])
def test_claim_of_a_declared_additive_is_on_the_host_it_is_for_with_its_strategy(text):
    claims = claim_tuples(text)
    assert claims and all(host == "MgH2" and additive == "Al" and strategy == "ThermodynamicDestabilization"
                          for _, host, additive, strategy in claims), claims


# ------------------------------------------------------------------ examples of a role noun, and the passage it holds in
def test_examples_of_an_absorber_are_absorbers():
    rows = records("To speed up heating, microwave absorbers (such as TiH2, B or C) were mixed into NaBH4. "
                   "The composites with these absorbers released 7 wt% H2 within 4 min.")
    roles = {r["system"]: [c["role"] for c in r["components"][1:]] for r in rows}
    assert roles == {"NaBH4–TiH2": ["PhotothermalMicrowaveAbsorber"], "NaBH4–B": ["PhotothermalMicrowaveAbsorber"],
                     "NaBH4–C": ["PhotothermalMicrowaveAbsorber"]}
    assert all("MetalCompoundCatalysis" not in r["strategies"] for r in rows)


def test_declaration_holds_in_its_own_passage_only():
    text = ("## 1. Heating\n\nMicrowave absorbers such as C were blended into LiBH4. The LiBH4–C blend released "
            "8 wt% H2 within 3 min.\n\n"
            "## 2. Confinement\n\nLiBH4@C shows a particle size of 30 nm.\n")
    roles = {r["property"]: [c["role"] for c in r["components"]] for r in records(text)}
    assert roles["particle_size"] == ["HostHydride", "ScaffoldConfinementHost"]
    assert roles["hydrogen_capacity"] == ["HostHydride", "PhotothermalMicrowaveAbsorber"]


# ------------------------------------------------------------------ a hydride the text says dopes the sample is its catalyst
@pytest.mark.parametrize("text, system, additive", [
    ("Doping with Na3AlH6 lowers the dehydrogenation temperature of 2LiNH2-MgH2. The 2LiNH2-MgH2-0.05Na3AlH6 "
     "sample desorbs 5.9 wt% of hydrogen.", "2LiNH2–MgH2–0.05Na3AlH6", "Na3AlH6"),
    ("We doped 2LiNH2-MgH2 with KAlH4 and tested it by TPD. The 2LiNH2-MgH2-0.08KAlH4 composite starts to release "
     "hydrogen at 104 °C.", "2LiNH2–MgH2–0.08KAlH4", "KAlH4"),
    ("The amide composite was doped with 3 mol% Ca(BH4)2. The 2LiNH2-MgH2-0.03Ca(BH4)2 sample begins to desorb "
     "hydrogen at 118 °C.", "2LiNH2–MgH2–0.03Ca(BH4)2", "Ca(BH4)2"),
])
def test_hydride_said_to_dope_the_sample_is_its_catalyst(text, system, additive):
    name, parts, _ = _system(text)
    assert name == system
    assert (additive, "Catalyst") in parts


def test_undoped_partner_and_doped_non_hydride_keep_their_composition_roles():
    # (near misses: nothing said of Na3AlH6, so its composition decides — a trace of a further hydride in a
    # composite complete without it is its catalyst since 4 December; a halide 'doped with' substitutes)
    assert ("Na3AlH6", "Catalyst") in _system(
        "The 2LiNH2-MgH2-0.05Na3AlH6 sample desorbs 5.9 wt% of hydrogen.")[1]
    assert ("LiI", "DopantSubstituent") in _system(
        "LiBH4 was doped with 10 mol% LiI. The LiBH4-0.1LiI sample shows an ionic conductivity of 2.1 mS/cm at 30 °C.")[1]
