"""A composition symbol's value written before a measured value ('at x = 33, 1.6 mS cm-1') is the member the value is
of, never a value of that unit itself; the symbol's own values listed with a share ('x = 5, 10 and 20 wt%') stay one
list of shares. Own wording."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements

from ingest.extraction.text.quantity_text import groups


@pytest.mark.parametrize("text, value", [
    ("The LiBH4–LiI electrolytes of composition Li1-xBH4-xIx peak at x = 0.25, 0.12 mS cm-1 at 30 °C.", 0.25),
    ("For the glass series the best member (y = 40, 2.1 mS cm-1) uses LiBH4 as the host.", 40.0),
    ("Mg1-xZnx(BH4)2 with x = 0.1, 6.2 wt% H2 desorbed at 250 °C, beats the undoped borohydride.", 0.1),
])
def test_a_symbol_value_before_a_value_is_no_value_of_its_unit(text, value):
    assert all(r["value"] != value for r in contract_measurements(text))


def test_the_symbol_s_values_listed_with_a_share_stay_one_list():
    found = [(g.kind, g.unit) for g in groups("MgH2–x CeO2 composites with x = 5, 10 and 20 wt% were milled.")]
    assert ("list", "wt%") in found
