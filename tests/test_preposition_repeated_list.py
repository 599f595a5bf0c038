"""A 'respectively' list whose members each repeat the preposition ('at 143 °C and at 171 °C, respectively', 'to
4.2 wt% and to 3.7 wt%, respectively') is one list paired with its samples in order; without 'respectively' the
values stay settings or singles as before. Every sentence here was written for this test."""
from __future__ import annotations

import pytest
from prose_sentences import additive_materials as _additives, contract_measurements, the_one

from ingest.extraction.text.quantity_text import groups


@pytest.mark.parametrize("text, pairs", [
    ("The main desorption peaks of KAlH4–TiF3 and KAlH4–NbF5 appear at 143 °C and at 171 °C, respectively.",
     [(143.0, "TiF3"), (171.0, "NbF5")]),
    ("The capacities of NaAlH4–ZrCl4 and NaAlH4–HfCl4 rose to 4.2 wt% and to 3.7 wt%, respectively.",
     [(4.2, "ZrCl4"), (3.7, "HfCl4")]),
    ("The onsets of MgH2–FeF3 and MgH2–CoF2 lie near 232 °C and near 251 °C, respectively.",
     [(232.0, "FeF3"), (251.0, "CoF2")]),
])
def test_each_member_of_a_repeated_preposition_list_is_its_samples(text, pairs):
    rows = contract_measurements(text)
    for value, additive in pairs:
        assert _additives(the_one(rows, value)) == {additive}


def test_settings_said_twice_without_respectively_stay_apart():
    """Near miss: 'at 120 °C and at 150 °C' alone are two settings, no list."""
    gs = groups("The sample was held at 120 °C and at 150 °C.")
    assert all(g.kind == "single" for g in gs)
