"""A hydride family written with a generic symbol and the bracket that lists what the symbol stands for
('LiM(BH4)3Br (M = Gd, Y)', 'MgH2–8 wt% X (X = Mn, Cu, Zn)') names one sample per listed element; a list of as
many values pairs with them in order. A family of additives ('LiX (X = Cl, Br)') and a supported catalyst's
placeholder ('TM/C (TM = Fe, Ni)', one catalyst of both metals) are not written out."""
import pytest
from prose_sentences import contract_measurements

from ingest.extraction.text.abbreviations import family_written_out


def _pairs(text):
    return sorted((r["value"], r["system"]) for r in contract_measurements(text))


@pytest.mark.parametrize("text, want", [
    ("The conductivities of LiM(BH4)3Br (M = Gd, Y) are 0.3 and 0.5 mS/cm at 25 °C, respectively.",
     [(0.3, "LiGd(BH4)3Br"), (0.5, "LiY(BH4)3Br")]),
    ("The hydrogen capacities of the MgH2–8 wt% X (X = Mn, Cu, Zn) composites are 5.9, 5.6 and 5.1 wt%, respectively.",
     [(5.1, "MgH2–8 wt% Zn"), (5.6, "MgH2–8 wt% Cu"), (5.9, "MgH2–8 wt% Mn")]),
    ("NaM(BH4)4 (M = Sc or Y) shows conductivities of 0.02 and 0.04 mS/cm at 60 °C, respectively.",
     [(0.02, "NaSc(BH4)4"), (0.04, "NaY(BH4)4")]),
])
def test_the_listed_members_are_the_samples(text, want):
    assert _pairs(text) == want


@pytest.mark.parametrize("text", [
    "LiBH4 was milled with LiX (X = Cl, Br) before the cell was built.",
    "MgH2 + 10 wt% TM/C (TM = Co, Cu) was milled for 5 h.",
    "Mg(BH4)2 (x = 0.5, 1) was studied.",
])
def test_families_of_additives_and_placeholders_stay_as_written(text):
    # near misses: a salt family is a class of additives; a supported catalyst's placeholder is one catalyst;
    # a numeric symbol is a composition series
    assert family_written_out(text) == []
