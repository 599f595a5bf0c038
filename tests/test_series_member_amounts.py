"""The member of a series named by its share: 'the optimum was found at 30 mol% LiI' after a series of LiBH4–LiI
composites is the sample with that share (ingest.extraction.samples.samples_amounts.best_share_given), and 'the sample with 35 mol% LiCl' in
the very sentence that names the LiBH4–LiCl series is that member
(ingest.extraction.samples.samples_amounts.loaded_sample). Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import component_amounts


@pytest.mark.parametrize("text, share", [
    ("Composites of LiBH4 and LiI were ball milled for 5 h. The optimum was found at 30 mol% LiI; this composite "
     "conducts 1.5 × 10^-4 S cm^-1 at 28 °C.", ("LiI", 30.0, "mol%")),
    ("LiBH4–LiBr powders with 10–40 mol% LiBr were annealed. The optimal composition is 20 mol% LiBr, which "
     "conducts 3 × 10^-5 S cm^-1 at 55 °C.", ("LiBr", 20.0, "mol%")),
    ("Nickel was milled into MgH2 in several amounts. The best performance was obtained with 8 wt% Ni, the "
     "composite releasing 6.2 wt% H2 at 290 °C.", ("Ni", 8.0, "wt%")),
])
def test_the_best_share_names_the_member(text, share):
    assert share in component_amounts(text), component_amounts(text)


def test_a_best_value_in_weight_per_cent_of_hydrogen_is_no_share():
    # ('the optimum capacity is 6.5 wt% H2': an amount of hydrogen stored, not of the additive)
    got = component_amounts("Nickel was milled into MgH2 in several amounts. The optimum hydrogen capacity "
                            "is 6.5 wt% H2 at 290 °C.")
    assert all(amount is None for _, amount, _ in got), got


@pytest.mark.parametrize("text, share", [
    ("(1−x)LiBH4–xLiCl (x = 0.1–0.4) melts were quenched to room temperature; the sample with 35 mol% LiCl "
     "conducts 6 × 10^-6 S cm^-1 at 32 °C.", ("LiCl", 35.0, "mol%")),
    ("We milled LiBH4–LiI composites with 10 to 40 mol% LiI, and the composite with 25 mol% LiI showed "
     "2.4 × 10^-4 S cm^-1 at 36 °C.", ("LiI", 25.0, "mol%")),
    ("MgH2–Nb2O5 powders were milled for 15 h, and the sample containing 1.5 mol% Nb2O5 desorbed 5.8 wt% H2 "
     "at 255 °C.", ("Nb2O5", 1.5, "mol%")),
])
def test_the_member_named_in_the_series_sentence(text, share):
    assert share in component_amounts(text), component_amounts(text)


def test_a_sample_with_another_additive_is_not_the_series_member():
    # (the SiO2 the sample holds is no part of the LiBH4–LiI series: the share is SiO2's, LiI gets none)
    got = component_amounts("LiBH4–LiI composites were milled, while the sample with 12 wt% SiO2 conducts "
                            "1 × 10^-4 S cm^-1 at 34 °C.")
    assert ("SiO2", 12.0, "wt%") in got and not any(m == "LiI" and a is not None for m, a, _ in got), got
