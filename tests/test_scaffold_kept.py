"""A scaffold written with the sample is kept: 'host@2D M SA-xC' (a support's dimension tag, a metal's single atoms and
their support's letters) is the hydride confined in that support with the metal as catalyst; a storage metal named
with its particles' shape ('Calcium nanoparticles confined in carbon aerogels') is held in its scaffold as a hydride
would be, on later mentions too; a spelled Greek letter with the absorption subscript ('Delta Hab') is the
hydrogenation enthalpy. Own wording."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements


def _parts(row) -> set[tuple[str, str]]:
    return {(c["material"], c["role"]) for c in row["components"]}


@pytest.mark.parametrize("text, host, metal, support", [
    ("A sample with KAlH4 nanoconfined in a 2D iron single atoms doped hollow carbon (KAlH4@2D Fe SA-hC) was made. "
     "It begins to release hydrogen at 137 degrees C.", "KAlH4", "Fe", "hollow carbon"),
    ("We prepared LiBH4 nanoconfined in a 3D copper single atoms doped porous carbon (LiBH4@3D Cu SA-pC). Complete "
     "dehydrogenation at 330 degrees C within 50 min is observed.", "LiBH4", "Cu", "porous carbon"),
    ("Herein NaBH4 confined in 2D zinc single atoms doped hollow carbon (NaBH4@2D Zn SA-hC) is reported. The "
     "composite releases 7.2 wt% H2 at 410 degrees C.", "NaBH4", "Zn", "hollow carbon"),
])
def test_a_single_atom_support_after_at_keeps_scaffold_and_catalyst(text, host, metal, support):
    rows = contract_measurements(text)
    assert rows and all({(host, "HostHydride"), (metal, "Catalyst"), (support, "ScaffoldConfinementHost")}
                        <= _parts(r) for r in rows), rows
    assert all("Nanoconfinement" in r["strategies"] for r in rows)


@pytest.mark.parametrize("text, host, metal, support", [
    # (no dimension tag: the metal glued to the hydride by '@' is still the catalyst on the support, not its scaffold)
    ("The NaAlH4@Co SA-hC composite starts to release hydrogen at 115 °C.", "NaAlH4", "Co", "hC"),
    ("A composite having Mg(BH4)2 nanoconfined in iron single atoms doped porous carbon (Mg(BH4)2@Fe SA-pC) is "
     "prepared. An onset desorption temperature of 182 degrees C is observed.", "Mg(BH4)2", "Fe", "porous carbon"),
    ("LiAlH4@Ni SA-hC releases 6.2 wt% hydrogen at 160 °C.", "LiAlH4", "Ni", "hC"),
])
def test_an_untagged_single_atom_support_after_at_keeps_scaffold_and_catalyst(text, host, metal, support):
    rows = contract_measurements(text)
    assert rows and all({(host, "HostHydride"), (metal, "Catalyst"), (support, "ScaffoldConfinementHost")}
                        == _parts(r) for r in rows), rows


def test_a_metal_after_at_without_single_atoms_stays_the_core_shell_catalyst():
    # (near miss: no form abbreviation after the metal, so no support is written)
    rows = contract_measurements("The NaAlH4@Co composite starts to release hydrogen at 115 °C.")
    assert rows and all(_parts(r) == {("NaAlH4", "HostHydride"), ("Co", "Catalyst")} for r in rows), rows


def test_single_atoms_on_a_support_with_no_hydride_stay_one_catalyst():
    rows = contract_measurements("The KAlH4 was milled with Fe SA/NG; the composite starts to release hydrogen at "
                                 "152 °C.")
    assert rows and all("ScaffoldConfinementHost" not in {c["role"] for c in r["components"]} for r in rows), rows


@pytest.mark.parametrize("text", [
    "Calcium nanoparticles confined in carbon aerogels were prepared by melt infiltration. The crystallite size of "
    "Ca nanoparticle is found to be 14.7 nm.",
    "Sodium nanoparticles embedded in mesoporous carbon were obtained. The confined Na shows an absorption enthalpy "
    "of 52.6 kJ/mol H2.",
    "Mg nanocrystals confined in a carbon aerogel were made. The dehydrogenation enthalpy of the confined Mg is "
    "determined to be 71.3 kJ/mol H2.",
])
def test_a_storage_metal_named_with_its_shape_keeps_its_scaffold(text):
    rows = contract_measurements(text)
    assert rows and all("ScaffoldConfinementHost" in {c["role"] for c in r["components"]} for r in rows), rows
    assert all("Nanoconfinement" in r["strategies"] and "Nanosizing" not in r["strategies"] for r in rows)


def test_a_metal_s_particles_in_another_metal_s_particles_are_no_scaffold():
    rows = contract_measurements("Ti particles of 5 nm embedded in 40 nm Mg particles absorb 5.4 wt% H2 at 280 °C.")
    assert all("ScaffoldConfinementHost" not in {c["role"] for c in r["components"]} for r in rows), rows


@pytest.mark.parametrize("text, key", [
    ("The thermodynamics of KAlH4 is improved (Delta Hab = 43.7 kJ mol-1 H2).", "hydrogenation_enthalpy"),
    ("The absorption branch of LiAlH4 gives Delta Habs = -58.4 kJ/mol H2.", "hydrogenation_enthalpy"),
    ("For the CaH2 composite, Delta H(abs) = 88.1 kJ mol-1 H2 from the van't Hoff plot.", "hydrogenation_enthalpy"),
    ("For the CaH2 composite the desorption gives Delta Hdes = 91.5 kJ mol-1 H2.", "reaction_enthalpy"),
])
def test_a_spelled_delta_with_its_subscript_names_the_enthalpy(text, key):
    assert [r["property"] for r in contract_measurements(text)] == [key]
