"""A sample named again without the loadings the passage gave it ('MgH2 was milled with 5 wt% Ni. The MgH2–Ni
composite …') is that sample — one system in the graph, not two — when the passage gave its parts one set of
loadings only; a compound written whole keeps its own composition. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


def _system(text: str, value: float) -> str:
    return the_one(contract_measurements(text), value)["system"]


@pytest.mark.parametrize("text, value, system", [
    ("MgH2 was milled with 5 wt% Ni. The MgH2–Ni composite releases 6.0 wt% H2 at 300 °C.", 6.0, "MgH2–5 wt% Ni"),
    ("MgH2 was ball milled with 10 wt% NiCo2O4. The MgH2–NiCo2O4 sample starts to release hydrogen at 200 °C.",
     200.0, "MgH2–10 wt% NiCo2O4"),
    ("KBH4 was milled with 5 mol% NbCl5. The activation energy of KBH4–NbCl5 is 132 kJ/mol.", 132.0,
     "KBH4–5 mol% NbCl5"),
])
def test_a_sample_named_again_without_its_loading_is_the_loaded_one(text, value, system):
    assert _system(text, value) == system


def test_two_loadings_of_the_same_parts_leave_the_name_as_written():
    text = "MgH2–5 wt% Ni and MgH2–10 wt% Ni were milled. The MgH2–Ni composites release 6.0 wt% H2 at 300 °C."
    assert _system(text, 6.0) == "MgH2–Ni"


def test_a_compound_written_whole_keeps_its_own_composition():
    text = ("Li4(BH4)(NH2)3 was prepared by milling. Li2(BH4)(NH2) conducts 6.0 mS/cm at 100 °C.")
    assert _system(text, 6.0) == "Li2(BH4)(NH2)"


@pytest.mark.parametrize("text, value, system", [
    # (a ratio after the first mention puts an amount on the host alone: still the passage's one set of amounts)
    ("The as-milled KAlH4/LiNH2 (2:1) composite was prepared. The KAlH4/LiNH2 composite starts to release hydrogen "
     "at 96 °C.", 96.0, "2KAlH4–LiNH2"),
    ("Ca(BH4)2/LiNH2 (4:1) mixtures were ball milled for 5 h. On heating, the Ca(BH4)2/LiNH2 sample desorbed "
     "3.7 wt% hydrogen.", 3.7, "4Ca(BH4)2–LiNH2"),
    ("Our sample, a LiAlH4/Mg(NH2)2 (5:1) blend, was milled under argon. DSC of the LiAlH4/Mg(NH2)2 blend shows an "
     "onset at 88 °C.", 88.0, "5LiAlH4–Mg(NH2)2"),
])
def test_a_pair_named_again_without_its_first_ratio_is_that_mixture(text, value, system):
    assert _system(text, value) == system


def test_two_ratios_of_the_same_pair_leave_the_name_as_written():
    text = ("The KAlH4/LiNH2 (2:1) and KAlH4/LiNH2 (3:1) composites were milled. The KAlH4/LiNH2 system released "
            "4.1 wt% hydrogen.")
    assert _system(text, 4.1) == "KAlH4–LiNH2"
