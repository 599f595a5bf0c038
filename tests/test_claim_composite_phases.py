"""A reactive hydride composite's story over several sentences: its partner, its products and its intermediates
('CaH2 decomposes', 'the imide Li2Mg2(NH)3 remains', 'NaMgH3 forms first') are phases of the composite the passage
wrote whole, not new hosts of a later claim; and a species named by its element in words ('the rubidium-containing
intermediate') is the passage's additive holding that metal. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from ingest.extraction.mechanisms.mechanisms_formed import element_species
from tests.extracted import records


def claims(text: str) -> list[tuple[str, str, str]]:
    return [(r["mechanism"], r["host"], r["additive"]) for r in records(text, kind="mechanism")]


@pytest.mark.parametrize("text, host, additive", [
    ("The 2LiBH4–CaH2 composite was milled with 4 mol% NbCl5. After desorption only LiH and CaB6 remain, and no "
     "Li2B12H12 is found in the doped sample. The in situ formed NbB2 acts as a nucleation site for CaB6.",
     "LiBH4", "NbCl5"),
    ("The Mg(NH2)2–2LiH composite was doped with 3 mol% TiF3. In the diffraction patterns, LiNH2 and Li2Mg2(NH)3 "
     "appear as the amide is consumed. The Ti species weakens the N–H bonds of the amide.", "Mg(NH2)2", "TiF3"),
    ("The LiBH4–CaH2 system was catalysed with 3 mol% NbF5. Ca(BH4)2 was not found after rehydrogenation, while "
     "CaH2 was recovered. The in situ formed NbB2 serves as a nucleation site for CaB6.", "LiBH4", "NbF5"),
    # (a species named by its metal in words: the passage's additive holding that metal)
    ("Mg(NH2)2–2LiH was milled with 0.05 mol of RbH added. The rubidium-containing intermediate weakens the N–H "
     "bonds of the amide.", "Mg(NH2)2", "RbH"),
    ("LiNH2–LiH was ball milled with a little KH added. We find that the potassium-based species acts as a "
     "hydrogen pump between the amide and the hydride.", "LiNH2", "KH"),
    ("The Mg(NH2)2–2LiH composite releases hydrogen near 200 °C, and KH was added in a small amount. The "
     "potassium-bearing phase weakens the N–H bonds.", "Mg(NH2)2", "KH"),
])
def test_a_phase_of_the_composite_is_no_new_host(text, host, additive):
    found = claims(text)
    assert found and all((h, a) == (host, additive) for _, h, a in found)


def test_the_partner_that_releases_first_is_no_host():
    """The composite's partner decomposing first ('MgH2 releases its hydrogen first') leaves the borohydride host."""
    found = claims("2NaBH4–MgH2 was ball milled with 5 wt% VCl3. On heating, MgH2 releases its hydrogen first, and "
                   "the Mg then reacts with NaBH4 to give NaH and MgB2. The VB2 formed in situ provides nucleation "
                   "sites for MgB2.")
    assert found and {h for _, h, _ in found} == {"NaBH4"}


def test_a_hydride_of_other_elements_is_a_host_of_its_own():
    """(near miss) NaAlH4 holds Na and Al, which the LiBH4 composite before it does not: a host of its own."""
    found = claims("The 2LiBH4–MgH2 composite was doped with TiCl3. For comparison, NaAlH4 was doped with TiCl3 "
                   "too. In NaAlH4 the Ti dopant weakens the Al–H bonds.")
    assert found and {h for _, h, _ in found} == {"NaAlH4"}


def test_a_non_metal_named_in_words_names_no_additive():
    """(near miss) 'carbon-rich', 'boron-based' say what a phase holds, not which additive it is."""
    assert element_species("The carbon-rich layer and the boron-based phase block the surface.", 60) is None
    assert element_species("The niobium-rich phase blocks the surface.", 40) == (4, "Nb")
