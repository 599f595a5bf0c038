"""'The activation energies of X with and without Y are a and b, respectively': a pair of values said of a host with
and without a material pairs with the two samples in the order the words say — the first value the sample holding Y
(with its loading when written), the second the bare host (or the other way round for 'without and with')."""
import pytest
from prose_sentences import contract_measurements


def _pairs(text):
    return [(r["value"], [(c["material"], c["amount"]) for c in r["components"]][1:])
            for r in sorted(contract_measurements(text), key=lambda r: r["source"]["start"])]


@pytest.mark.parametrize("text, want", [
    ("The activation energies of Mg2CoH5 with and without VCl3 are 74.5 and 91.2 kJ/mol, respectively.",
     {74.5: [("VCl3", None)], 91.2: []}),
    ("Ca(BH4)2 was milled for 2 h. The onset temperatures of the samples with and without NbF5 were found to be 320 "
     "and 365 °C, respectively.", {320.0: [("NbF5", None)], 365.0: []}),
    ("The capacities of NaAlH4 without and with 4 mol% CeCl3 are 3.1 and 4.6 wt%, respectively.",
     {3.1: [], 4.6: [("CeCl3", 4.0)]}),
])
def test_with_and_without_pairs_the_two_samples(text, want):
    assert dict(_pairs(text)) == want


def test_with_and_without_a_step_is_no_additive():
    # near miss: what the sample is with or without is a treatment, no material: both values stay the host's
    assert dict(_pairs("MgH2 with and without milling releases 6.1 and 5.2 wt%, respectively.")) == {6.1: [], 5.2: []}
