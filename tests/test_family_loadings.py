"""A series written with its additive's loading as the symbol ('MgH2–x wt% TiO2 (x = 5, 10)') names one sample per
listed loading: a list of as many values of one property pairs with them in order, and a value after 'x = 5' is
that sample's. A value the sentence gives the whole series (one value for several loadings) stays the series'.
Sentences written for the test."""
import pytest
from prose_sentences import contract_measurements


def _pairs(text):
    return sorted((r["value"], r["system"]) for r in contract_measurements(text))


@pytest.mark.parametrize("text, want", [
    ("The dehydrogenation onset temperatures of MgH2–x wt% TiO2 (x = 5 and 10) were 310 and 290 °C, respectively.",
     [(290.0, "MgH2–10 wt% TiO2"), (310.0, "MgH2–5 wt% TiO2")]),
    ("MgH2 doped with x mol% Nb2O5 (x = 0.5, 1, 2) gave up 6.5, 6.2 and 5.9 wt% H2, respectively.",
     [(5.9, "MgH2–2 mol% Nb2O5"), (6.2, "MgH2–1 mol% Nb2O5"), (6.5, "MgH2–0.5 mol% Nb2O5")]),
    ("NaAlH4 catalysed by y mol% CeCl3 (y = 2, 4) showed activation energies of 90 and 80 kJ/mol, respectively.",
     [(80.0, "NaAlH4–4 mol% CeCl3"), (90.0, "NaAlH4–2 mol% CeCl3")]),
    ("For x = 5, the Mg(NH2)2–x wt.% KOH mixture began to evolve hydrogen at 140 °C.",
     [(140.0, "Mg(NH2)2–5 wt% KOH")]),
])
def test_each_listed_loading_is_a_sample(text, want):
    assert _pairs(text) == want


@pytest.mark.parametrize("text, want", [
    # the series written in a sentence before, the values given by the symbol's values
    ("Composites of MgH2–x wt% TiO2 (x = 5, 10) were milled for 5 h. The ones with x = 5 and 10 began to release "
     "hydrogen at 310 and 290 °C, respectively.", [(290.0, "MgH2–10 wt% TiO2"), (310.0, "MgH2–5 wt% TiO2")]),
    ("We milled LiBH4–y mol% CeO2 mixtures. For y = 4, the onset temperature dropped to 315 °C.",
     [(315.0, "LiBH4–4 mol% CeO2")]),
])
def test_a_series_named_before_takes_the_symbols_values(text, want):
    assert _pairs(text) == want


def test_a_loading_of_zero_is_the_undoped_host():
    text = "Our MgH2–x wt% VCl3 samples (x = 0, 2, 5) store 7.1, 6.7 and 6.4 wt% H2, respectively."
    assert _pairs(text) == [(6.4, "MgH2–5 wt% VCl3"), (6.7, "MgH2–2 wt% VCl3"), (7.1, "MgH2")]


@pytest.mark.parametrize("text, want", [
    # one value for the whole series: no one loading's
    ("The MgH2–x wt% TiO2 (x = 5, 10) samples released 6.1 wt% H2 at 300 °C.", [(6.1, "MgH2–TiO2")]),
    ("MgH2–x wt% TiO2 composites (x = 5, 10) were milled. Each of the composites released 6.1 wt% H2.",
     [(6.1, "MgH2–TiO2")]),
    # the loading is written as a number: the sample is named as it is, no series
    ("MgH2–5 wt% TiO2 (x = 5 and 10 for the others) released hydrogen from 290 °C.", [(290.0, "MgH2–5 wt% TiO2")]),
])
def test_a_series_value_stays_the_series(text, want):
    assert _pairs(text) == want
