"""An activation energy said of the anions' reorientation (BH4 or NH2 groups turning in place, rotational jumps
seen by NMR or QENS) is the reorientation barrier, not the Li+ migration barrier; one said of Li+ conduction
stays the ion's. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements


def _properties(text: str) -> list[str]:
    return [r["property"] for r in contract_measurements(text)]


@pytest.mark.parametrize("text", [
    "NaBH4 shows reorientational jumps of its anions with an activation energy of 0.21 eV.",
    "The rotational jumps of the BH4 groups in KBH4 need an activation energy of 170 meV.",
    "In Mg(BH4)2 the reorientations of the anions have an activation energy of 0.27 eV.",
])
def test_a_barrier_of_anion_reorientation_is_its_own_property(text):
    assert _properties(text) == ["reorientation_activation_energy"]


@pytest.mark.parametrize("text", [
    "LiBH4–LiBr shows fast Li+ conduction with an activation energy of 0.43 eV.",
    "The activation energy for Li+ conduction in LiCB11H12 is 0.37 eV.",
])
def test_a_barrier_of_lithium_conduction_stays_the_ions(text):
    assert _properties(text) == ["ion_migration_activation_energy"]


def test_a_generic_barrier_in_a_paper_on_both_motions_is_the_ions():
    text = ("We followed the reorientational motion of the BH4 groups and the Li+ hopping in LiBH4–LiCl by NMR. "
            "The lithium jump rates drop as more chloride is added. "
            "The activation energy for Li diffusion derived from the spectra is 0.61 eV.")
    assert [r["property"] for r in contract_measurements(text) if r["value"] == 0.61] == [
        "ion_migration_activation_energy"]


@pytest.mark.parametrize("text, host", [
    ("The rotation of BH4 tetrahedra in NaBH4 has an activation energy of 0.15 eV.", "NaBH4"),
    ("Below 300 K, the AlH4 tetrahedra of NaAlH4 show rotational jumps with a barrier of 0.36 eV.", "NaAlH4"),
])
def test_an_anion_named_by_its_shape_is_no_additive(text, host):
    rows = contract_measurements(text)
    assert rows and all([c["material"] for c in r["components"]] == [host] for r in rows), rows
