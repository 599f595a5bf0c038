"""A value named as the spread of repeated values ('negligible fluctuations (~0.05 wt%)', 'a variation of 0.1 wt%')
sizes how far the cycles or runs scatter: no value of the capacity itself. The words come from the ontology's
ValueSpread scheme; a capacity named before such a word is still a capacity."""
import pytest

from tests.extracted import property_values as _rows


@pytest.mark.parametrize("sentence", [
    "Across 30 cycles the Ni-doped MgH2 sample stayed stable, with only minor fluctuations (~0.04 wt%).",
    "The MgH2–10 wt% TiO2 composite cycled 50 times with a variation of only 0.2 wt% between runs.",
    "The Co-doped MgH2 showed capacity variations of less than 0.1 wt% over 100 cycles.",
    "Over 25 cycles the MgH2–Fe sample displayed deviations (< 0.1 wt%) in its hydrogen capacity.",
    "The reversible uptake of the LiBH4–MgH2 composite showed fluctuations of about 0.12 wt% in 20 cycles.",
])
def test_a_spread_of_repeated_values_is_no_capacity(sentence):
    assert not [r for r in _rows(sentence) if "capacity" in r[0]]


@pytest.mark.parametrize("sentence, row", [
    ("Across 30 cycles the Ni-doped MgH2 sample kept a capacity of 6.1 wt% with small fluctuations.",
     ("reversible_hydrogen_capacity", 6.1)),   # (a capacity kept over cycles)
    ("Despite variations in milling time, the MgH2–5 wt% Ni composite released 6.4 wt% hydrogen at 300 °C.",
     ("hydrogen_capacity", 6.4)),
])
def test_a_capacity_near_a_spread_word_is_still_a_capacity(sentence, row):
    assert row in _rows(sentence)
