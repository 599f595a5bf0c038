"""An additive named with a size or architecture tag a chemist strips ('nano-TiO2', 'nano-sized Nb2O5',
'single-atom Ni', 'Ni single atoms', 'Pt SACs') is its ontology term; a single-atom form gives the system and the
mechanism claims single-atom catalysis. Every sentence is written for these tests."""
from __future__ import annotations

from extracted import records, sample_rows

HOST = ("MgH2", "HostHydride", None, None)
ONSET = "onset_dehydrogenation_temperature"


def _one(prop: str, value: float, additive: str, strategy: str) -> set[tuple]:
    return {(prop, value, (HOST, (additive, "Catalyst", None, None)), (strategy,))}


def _claims(text: str) -> set[tuple]:
    return {(r["mechanism"], r["host"], r["additive"], r["strategy"]) for r in records(text, "mechanism")}


def _terms(text: str) -> set[tuple]:
    return {(c["material"], c["term"]) for r in records(text) for c in r["components"][1:]}


def test_single_atoms_named_by_a_form_word_beside_the_metal():
    for text, additive, term in (
            ("MgH2 catalysed by single-atom Ni starts to release hydrogen at 200 °C. The single-atom Ni weakens "
             "the Mg–H bond.", "Ni", "Nickel"),
            ("Ni single atoms anchored on MgH2 lower the onset dehydrogenation temperature to 200 °C. The Ni single "
             "atoms weaken the Mg–H bonds.", "Ni", "Nickel"),
            ("MgH2 catalysed by Co SAs starts to release hydrogen at 200 °C. The Co SAs weaken the Mg–H bond.",
             "Co", "Cobalt"),
            ("MgH2 with Pt SACs starts to release hydrogen at 200 °C. The Pt SACs weaken the Mg–H bond.",
             "Pt", "Platinum")):
        assert sample_rows(text) == _one(ONSET, 200.0, additive, "SingleAtomCatalysis"), text
        assert _terms(text) == {(additive, term)}, text
        assert _claims(text) == {("BondWeakening", "MgH2", additive, "SingleAtomCatalysis")}, text


def test_nano_tags_are_stripped_to_the_compound():
    for text, additive, term in (
            ("MgH2 doped with nano-TiO2 starts to release hydrogen at 200 °C. The nano-TiO2 weakens the Mg–H bond.",
             "TiO2", "TitaniumDioxide"),
            ("MgH2 doped with nano-sized Nb2O5 starts to release hydrogen at 200 °C. The nano-sized Nb2O5 weakens "
             "the Mg–H bond.", "Nb2O5", "NiobiumPentoxide"),
            ("MgH2 milled with nanosized TiF3 starts to release hydrogen at 200 °C. The nanosized TiF3 weakens the "
             "Mg–H bond.", "TiF3", "TitaniumTrifluoride")):
        assert sample_rows(text) == _one(ONSET, 200.0, additive, "MetalCompoundCatalysis"), text
        assert _terms(text) == {(additive, term)}, text
        assert _claims(text) == {("BondWeakening", "MgH2", additive, "MetalCompoundCatalysis")}, text


def test_particles_or_atoms_of_the_hydrogen_are_no_single_atom_catalyst():
    # near misses: particles of the metal, and single atoms that are not the metal's
    text = "MgH2 catalysed by Ni nanoparticles starts to release hydrogen at 200 °C."
    assert sample_rows(text) == _one(ONSET, 200.0, "Ni", "MetalCatalysis")
    text = "Hydrogen leaves MgH2 as single atoms on Ni, and MgH2–Ni starts to release hydrogen at 200 °C."
    assert sample_rows(text) == _one(ONSET, 200.0, "Ni", "MetalCatalysis")


def test_an_arrangement_said_in_the_preparation_holds_for_the_loaded_sample():
    for text, additive in (
            ("Atomically dispersed Co anchored on nitrogen-doped carbon (Co-N-C) was prepared and milled into MgH2. "
             "With 5 wt% Co-N-C, MgH2 starts to release hydrogen at 200 °C.", "Co/NC"),
            ("Single-atom Pt anchored on reduced graphene oxide (Pt/rGO) was milled with MgH2. MgH2 with 3 wt% "
             "Pt/rGO starts to release hydrogen at 200 °C.", "Pt/rGO"),
            ("Ni SACs supported on N-doped carbon (Ni-N-C) were introduced into MgH2 by milling. MgH2 catalysed by "
             "10 wt% Ni-N-C starts to release hydrogen at 200 °C.", "Ni/NC")):
        rows = sample_rows(text)
        assert {(r[0], r[1], r[2][1][0], r[3]) for r in rows} == {(ONSET, 200.0, additive, ("SingleAtomCatalysis",))}, \
            (text, rows)


def test_an_arrangement_said_of_one_sample_is_not_another_samples():
    # near miss: the section's other sample, with particles of another metal, keeps its own strategy
    text = ("Atomically dispersed Co anchored on nitrogen-doped carbon (Co-N-C) was milled into MgH2. MgH2 with "
            "5 wt% Fe/C starts to release hydrogen at 200 °C.")
    assert {r[3] for r in sample_rows(text)} == {("CompositeCatalysis",)}
