"""Issue 10: a sentence that names no sample and gives a list of values with as many settings, 'respectively'
('… σ = 3 × 10−7 and 4 × 10−5 S cm−1 at 0 and 50 °C, respectively'), pairs each value with its setting: all are the
one sample of the passage, not one each of the samples a name and its formula set side by side before
('ethylamine magnesium borohydride, Mg(BH4)2·CH3CH2NH2', which reads as the bare borohydride and the adduct)."""
from __future__ import annotations

import pytest
from extracted import records


def _rows(text):
    return sorted((r["value"], r["system"], (r.get("conditions") or {}).get("temperature")) for r in records(text))


@pytest.mark.parametrize("text, sample, temps", [
    ("Here we studied ethylamine magnesium borohydride, Mg(BH4)2·CH3CH2NH2. After heat treatment the composite shows "
     "σ = 3 × 10−7 and 4 × 10−5 S cm−1 at 0 and 50 °C, respectively.", "Mg(BH4)2·CH3CH2NH2", [0.0, 50.0]),
    ("We prepared methylamine lithium borohydride, LiBH4·CH3NH2, by gas–solid reaction. Its conductivity amounts to "
     "2 × 10−5 and 1 × 10−3 S cm−1 at 10 and 60 °C, respectively.", "LiBH4·CH3NH2", [10.0, 60.0]),
    ("Dimethylamine magnesium borohydride, Mg(BH4)2·(CH3)2NH, was synthesized by milling. The annealed powder reaches "
     "5 × 10−8 and 6 × 10−6 S cm−1 at 20 and 70 °C, respectively.", "Mg(BH4)2·(CH3)2NH", [20.0, 70.0]),
])
def test_the_values_pair_with_the_settings_on_one_sample(text, sample, temps):
    rows = _rows(text)
    assert [r[1] for r in rows] == [sample, sample] and [r[2] for r in rows] == temps


def test_samples_the_sentence_names_still_pair_with_the_values():
    # (near miss: the sentence lists the samples itself, so each value is one sample's, at its own setting)
    assert _rows("LiBH4 and LiBH4·NH3 conduct 1 × 10−5 and 3 × 10−4 S cm−1 at 30 and 40 °C, respectively.") == [
        (0.01, "LiBH4", 30.0), (0.3, "LiBH4·NH3", 40.0)]
