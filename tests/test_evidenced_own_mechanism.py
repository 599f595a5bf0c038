"""A solid electrolyte's own mechanism that an observation is said to show ('the cell expansion is consistent with
reorientational motion of the anions', 'scattering indicates fast anion reorientation'): the compound's claim, with
no additive; a compound named with its hydrogen deficit ('Li2B12H12−x') hosts it as the compound itself. Every
sentence here is written for this test."""
from __future__ import annotations

import pytest

from tests.extracted import claim_tuples


@pytest.mark.parametrize(("text", "host"), [
    ("The fast Na+ conduction of Na2B12H12 is consistent with reorientational motion of the anions.", "Na2B12H12"),
    ("Quasielastic scattering of Li2B12H12 indicates fast anion reorientation above 600 K.", "Li2B12H12"),
    ("The Li2B12H12 diffraction data suggest orientational disorder of the anions at high temperature.", "Li2B12H12"),
    ("The growth of the Na2B12H12 cell on heating is in line with reorientational motion of its anions.", "Na2B12H12"),
])
def test_observation_showing_the_compounds_own_ion_motion(text, host):
    assert ("AnionReorientation", host, None, None) in claim_tuples(text)


def test_compound_named_with_its_hydrogen_deficit_hosts_as_itself():
    text = ("Heated Li2B12H12 turns into a hydrogen-poor Li2B12H12−x phase. The growth of the cell on heating is "
            "consistent with reorientational motion of the anions.")
    assert ("AnionReorientation", "Li2B12H12", None, None) in claim_tuples(text)


@pytest.mark.parametrize("text", [
    "Na2B12H12 was compared with reorientational motion models from the literature.",
    "There is evidence of amorphous phases while Mg(BH4)2 decomposes.",
])
def test_no_observation_frame_no_claim(text):
    assert not claim_tuples(text)


@pytest.mark.parametrize(("text", "host"), [
    ("NMR of Na2B12H12 reveals a sharp increase in the reorientational jump rate of the anions above the transition.",
     "Na2B12H12"),
    ("Relaxation data of Li2B12H12 indicate a rise in reorientational jumps of the anions once it turns cubic.",
     "Li2B12H12"),
    ("Spectra of K2B12H12 suggest an enhancement of anion reorientation in the hot phase.", "K2B12H12"),
])
def test_observation_of_a_rise_in_the_ion_motion(text, host):
    assert ("AnionReorientation", host, None, None) in claim_tuples(text)


def test_rise_of_another_quantity_is_no_claim():
    assert not claim_tuples("NMR of Na2B12H12 reveals a sharp increase in the heat capacity above the transition.")
