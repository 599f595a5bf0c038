"""Issue 10: a metal named alone stands for the hydride it stores hydrogen as (Mg for MgH2), but not for a hydride
its metal does not form with hydrogen (hkg:notFormedFromMetal: AlH3). In an alanate paper, the Al of 'Al–Ti
clusters' or 'NaH, Al and H2' is a product or a catalytic phase; real abstracts gave claims on an AlH3 host
("The synergetic effect of the Al-Ti active species and carbon …" of a TiO2@C-doped NaAlH4)."""
from __future__ import annotations

from extracted import claim_tuples

from ontology.system import formed_from_metal


def _hosts(text: str) -> set[str | None]:
    return {host for _, host, _, _ in claim_tuples(text)}


def test_the_ontology_marks_alane_as_not_formed_from_its_metal():
    assert not formed_from_metal("AlH3")
    assert formed_from_metal("MgH2")
    assert formed_from_metal("TiH2")


def test_an_aluminide_of_an_alanate_paper_is_no_alane_host():
    assert _hosts("LiAlH4 with 2 mol% TiCl3 gives off hydrogen from 90 °C. A synergy of the Al–Ti nanoclusters "
                  "and chloride explains the faster kinetics.") == {"LiAlH4"}
    assert _hosts("NaAlH4 with 2 mol% CeCl3 releases hydrogen at 120 °C. A synergy of the Al–Ce particles and "
                  "chloride explains the faster kinetics.") == {"NaAlH4"}
    assert _hosts("Li3AlH6 with 5 mol% TiF3 gives off hydrogen from 130 °C. The synergy of Al–Ti nanocrystals "
                  "and fluoride explains the lower temperature.") == {"Li3AlH6"}
    assert _hosts("NaAlH4 with 2 mol% ZrCl4 releases hydrogen at 110 °C. A synergy between Al–Zr nanoparticles "
                  "and NaCl explains the quicker hydrogen release.") == {"NaAlH4"}


def test_a_metal_that_forms_its_hydride_still_names_it():
    # near miss: magnesium is stored as MgH2, so the Mg named alone is that host
    assert _hosts("Mg with 2 mol% Nb2O5 gives off hydrogen from 200 °C. A synergy of the Mg–Nb nanoclusters and "
                  "oxide explains the faster kinetics.") == {"MgH2"}
