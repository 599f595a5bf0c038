"""A 'respectively' list said of the counted steps of one process ('the two steps', 'both stages') holds
values of one sample, the one the passage is about: not one each for the doped sample and the baseline the
sentence before gave values of. A list with no such count still pairs with those samples. The sentences are
written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows


def _systems_of(text: str, key: str) -> dict[float, str]:
    rows = contract_rows(extract_text("# A kinetics paper\n\n" + text + "\n"))
    return {r["value"]: r["system"] for r in rows if r["kind"] == "measurement" and r["property"] == key}


@pytest.mark.parametrize("text", [
    "LiAlH4 doped with 5 wt% CoO begins to release hydrogen at 70 °C, whereas pure LiAlH4 starts at 150 °C. "
    "The activation energies of the two steps are 61 and 92 kJ mol−1, respectively.",
    "NaAlH4 with 2 mol% TiCl3 desorbs from 110 °C, while undoped NaAlH4 only from 190 °C. The apparent activation "
    "energies of both decomposition stages are 80 and 97 kJ/mol, respectively.",
    "MgH2 catalysed by 7 wt% Nb2O5 releases hydrogen from 200 °C, but bare MgH2 needs 330 °C. The activation "
    "energies for the successive steps were 63 and 74 kJ mol−1, respectively.",
])
def test_a_list_of_counted_steps_is_one_samples(text):
    found = _systems_of(text, "dehydrogenation_activation_energy")
    assert len(found) == 2 and len(set(found.values())) == 1, found
    assert "–" in next(iter(found.values())), found   # the doped sample, with its additive


def test_a_list_without_counted_steps_still_pairs_with_the_samples():
    # near miss: no steps are counted, so the two values are the doped sample's and the baseline's
    found = _systems_of("LiAlH4 doped with 5 wt% CoO begins to release hydrogen at 70 °C, whereas pure LiAlH4 "
                        "starts at 150 °C. The activation energies are 61 and 92 kJ mol−1, respectively.",
                        "dehydrogenation_activation_energy")
    assert len(set(found.values())) == 2, found
