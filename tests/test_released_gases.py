"""A gas a reaction gives off (N2, NH3, H2 named in the list a hydride is decomposed into, or after 'releases',
'evolves', 'gives off') is a product, never an additive of the sample measured; a gas the sample is made with
stays. Sentences written for the test."""
from __future__ import annotations

import re

import pytest
from prose_sentences import contract_measurements

from ingest.extraction.samples.material_cues import PRODUCT_CUE


@pytest.mark.parametrize("text, host", [
    ("On heating, Mg(NH2)2 is decomposed into Mg3N2, NH3 and N2 between 400 and 520 °C.", "Mg(NH2)2"),
    ("Then KNH2 is decomposed into K, H2 and N2 from 500 to 600 °C.", "KNH2"),
    ("In the second stage, Ca(NH2)2 is decomposed into CaNH, NH3, and N2 between 380 and 470 °C.", "Ca(NH2)2"),
])
def test_the_gases_of_a_decomposition_are_no_additives(text, host):
    rows = contract_measurements(text)
    assert rows and all([c["material"] for c in r["components"]] == [host] for r in rows), rows


@pytest.mark.parametrize("before", [
    "the amide releases ", "on heating it evolves ", "the borohydride then gives off ", "the imide produced Li and ",
])
def test_a_gas_given_off_follows_a_product_cue(before):
    assert PRODUCT_CUE.search(before)


def test_a_gas_the_sample_is_made_with_stays():
    rows = contract_measurements("Mg(BH4)2 with NH3 released hydrogen at 150 °C.")
    assert any("NH3" in [c["material"] for c in r["components"]] for r in rows), rows
    assert not PRODUCT_CUE.search(re.sub(r"NH3.*", "", "Mg(BH4)2 with NH3"))
