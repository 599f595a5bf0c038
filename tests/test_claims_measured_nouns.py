"""A mechanism's words set before the noun of a measured quantity ('charge transfer resistance', 'diffusion
coefficient') name that quantity, not a mechanism a text credits (the ontology's MeasuredNoun scheme). The sentences
are written for these tests."""
from __future__ import annotations

import pytest

from tests.test_claims2_phrasings import _claims


@pytest.mark.parametrize("text", [
    "Adding TiF3 to MgH2 lowers the charge transfer resistance of the electrode.",
    "The Nb2O5 additive raised the grain boundary diffusion coefficient of LiBH4.",
    "CeO2 in LiBH4 improves the electron transfer kinetics measured by impedance.",
    "TiO2 in LiBH4 cuts the ion transport resistances.",
])
def test_a_measured_quantity_named_after_a_mechanism_is_no_claim(text):
    assert _claims(text) == set()


@pytest.mark.parametrize("text, claim", [
    # the mechanism credited first, then a quantity named after it: the credit stays
    ("Nb2O5 catalyses MgH2 by charge transfer, as the charge transfer constant shows.",
     ("ElectronTransfer", "MgH2", "Nb2O5")),
    # the measured noun not right after the mechanism's words: the mechanism is credited
    ("TiF3 promotes charge transfer in MgH2 and so lowers the resistance.", ("ElectronTransfer", "MgH2", "TiF3")),
])
def test_a_mechanism_credited_apart_from_a_measured_noun_stays(text, claim):
    assert claim in _claims(text)
