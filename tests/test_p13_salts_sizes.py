"""Values measured on a mixed-anion salt written as one formula land on its single-anion salts (host and
AnionSubstitution partner), as the dev-set convention for one-metal mixed-anion electrolytes stores them.
Every sentence here is written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one

from ontology.system import parse_system


# ------------------------------------------------------------------ anion groups written without brackets
@pytest.mark.parametrize("written, host, partner", [
    ("Li4B10H10B12H12", "Li2B10H10", "Li2B12H12"),    # two closo-borates, one of each: the first written hosts
    ("Na4B12H12B10H10", "Na2B12H12", "Na2B10H10"),
    ("Li2CB9H10CB11H12", "LiCB9H10", "LiCB11H12"),    # two carborates
    ("Na3BH4B12H12", "NaBH4", "Na2B12H12"),           # a borohydride beside a closo-borate
])
def test_concatenated_anion_groups_are_the_single_anion_salts(written, host, partner):
    s = parse_system(written, strict=False)
    assert s.name == written
    assert (s.host.formula, [(c.formula, c.role) for c in s.additives]) == (host, [(partner, "DopantSubstituent")])
    # one of each, the count the formula states (1 ratio each, as the dev set keeps Li2(BH4)(NH2))
    assert s.host.amount.value == 1 and s.additives[0].amount.value == 1


@pytest.mark.parametrize("written", ["Li2B12H12", "LiCB11H12", "Na2B10H10", "LiNH2BH3", "Li3B10H10B12H12"])
def test_a_single_salt_or_an_unbalanced_run_is_kept_as_written(written):
    # one anion group, an amidoborane (BH3 is no anion of a known salt), or charges (2 + 2) that do not
    # balance three Li: nothing to split
    s = parse_system(written, strict=False)
    assert s.host.formula == written and not s.additives


# ------------------------------------------------------------------ nido-borates: charges from the ontology's salts
def test_a_nido_borate_solid_solution_is_split_by_its_counts():
    s = parse_system("Na11(B11H14)3(B11H13)4", strict=False)
    assert s.host.formula == "Na2B11H13" and s.host.amount is not None and s.host.amount.value == 4
    assert [(c.formula, c.role, c.amount.value if c.amount else None) for c in s.additives] \
        == [("NaB11H14", "DopantSubstituent", 3)]


@pytest.mark.parametrize("sentence, value, host, partner", [
    ("Ball milling equimolar Na2B10H10 and Na2B12H12 yields Na4B10H10B12H12, whose Na+ conductivity is "
     "3 × 10−4 S cm−1 at 40 °C.", 0.3, "Na2B10H10", "Na2B12H12"),
    ("The conductivity of Li4B12H12B10H10 reaches 2.5 mS/cm at 80 °C.", 2.5, "Li2B12H12", "Li2B10H10"),
    ("Above its transition, the disordered Na3(B11H14)(B11H13) conducts 0.8 mS cm-1 at 70 °C.",
     0.8, "NaB11H14", "Na2B11H13"),
])
def test_a_conductivity_of_a_mixed_anion_salt_sits_on_its_salts(sentence, value, host, partner):
    row = the_one(contract_measurements(sentence), value)
    assert [(c["material"], c["role"]) for c in row["components"]] \
        == [(host, "HostHydride"), (partner, "DopantSubstituent")]
    assert row["strategies"] == ["AnionSubstitution"]


# ------------------------------------------------------------------ an additive's own size and its loading
def _rows(*sentences):
    return contract_measurements(" ".join(sentences))


@pytest.mark.parametrize("sentence, size, owner, prop", [
    ("Porous CeO2 spheres assembled from 10-30 nm particles were ball milled with MgH2, and the composite "
     "released 6.0 wt% H2 at 300 °C.", 10.0, "CeO2", "particle_size"),
    ("Hierarchical Nb2O5 microspheres self-assembled from 12 nm nanosheets were milled with MgH2, which then "
     "released 6.1 wt% H2 at 300 °C.", 12.0, "Nb2O5", "particle_size"),
    # (crystallites are sized as crystallites: 4 December)
    ("Hollow ZrO2 cages composed of about 8 nm crystallites were milled with NaAlH4 to give a sample that "
     "desorbs 4.2 wt% H2 at 150 °C.", 8.0, "ZrO2", "crystallite_size"),
])
def test_a_size_of_the_particles_an_additive_is_built_of_is_the_additives(sentence, size, owner, prop):
    row = the_one(_rows(sentence), size)
    assert row["property"] == prop
    assert [(c["material"], c["role"]) for c in row["components"]] == [(owner, "HostHydride")]


def test_a_hydride_built_of_small_crystallites_keeps_its_size():
    row = the_one(_rows("Ball-milled MgH2 particles assembled from 40 nm crystallites released 6.5 wt% H2 at 320 °C."), 40.0)
    assert [c["material"] for c in row["components"]] == ["MgH2"]


@pytest.mark.parametrize("sentence, loading", [
    ("CeO2 spheres were prepared by a hydrothermal route, and we milled 5 wt% of them with MgH2.", 5.0),
    ("Nb2O5 powders were calcined at 600 °C; then 2 wt% of these powders was milled with NaAlH4.", 2.0),
    ("The Ni catalyst was made by reduction; 8 wt% of it was then ball milled with MgH2.", 8.0),
])
def test_a_share_of_the_additive_named_before_is_no_capacity(sentence, loading):
    assert not [r for r in _rows(sentence) if r["value"] == loading]


def test_a_share_of_the_hydrogen_stays_a_capacity():
    row = the_one(_rows("MgH2 stores 7.6 wt% H2 and releases 5 wt% of it at 280 °C."), 5.0)
    assert row["property"].endswith("capacity")
