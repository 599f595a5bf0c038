"""'Ammonia loss from X commences around 40 °C', 'NH3 release begins at 120 °C', 'the NH3 evolution from X starts
at 60 °C': the gas named before the noun of its release, the clause saying where that release starts, gives the
temperature of a reagent gas given off — no onset of the hydrogen release
(ingest.extraction.values.value_roles._GAS_NOUN_BEFORE, beside the 'loss of NH3 at …' form; issue 10, from a real
abstract on an ammoniate). Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import records


def _temperatures(text: str) -> list[tuple[str, float]]:
    return [(r["property"], r["value"]) for r in records(text) if r["unit"] == "degC"]


@pytest.mark.parametrize("text, value", [
    ("Ammonia loss from Li(NH3)BH4 commences around 40 °C and the compound turns back into LiBH4.", 40.0),
    ("For Mg(BH4)2·2NH3, NH3 release begins at 120 °C, well before any hydrogen is given off.", 120.0),
    ("The NH3 evolution from Ca(BH4)2·4NH3 starts at 60 °C under argon.", 60.0),
    ("In the ammoniate LiBH4·NH3, NH3 release begins at 55 °C under flowing argon.", 55.0),
])
def test_where_the_ammonia_release_starts_is_no_dehydrogenation_onset(text, value):
    got = _temperatures(text)
    assert not any(p.endswith("dehydrogenation_temperature") and v == value for p, v in got), got


@pytest.mark.parametrize("text, value", [
    # near misses: the release the clause names is hydrogen's, or the ammonia is only said beside it
    ("Hydrogen release from Li(NH3)BH4 commences around 200 °C.", 200.0),
    ("The Mg(BH4)2·2NH3 sample releases hydrogen from 150 °C, while ammonia loss is negligible.", 150.0),
])
def test_a_hydrogen_release_keeps_its_onset(text, value):
    assert ("onset_dehydrogenation_temperature", value) in _temperatures(text)
