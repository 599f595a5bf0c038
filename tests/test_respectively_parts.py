"""Values a 'respectively' gives to the parts of the sample named just before them ("the MgH2–NiO electrode shows
plateaus at 1.1 and 0.6 V, from NiO and MgH2, respectively") are all that sample's: the list says what inside it
each value stems from, and the reference the sentence compared with earlier gets none of them."""
from __future__ import annotations

import pytest
from extracted import records


def _rows(text: str) -> list[tuple[float, str, bool]]:
    return sorted((r["value"], r["system"], r["baseline"]) for r in records(text))


@pytest.mark.parametrize("text, sample, values", [
    ("In contrast to the single plateau near 0.6 V for MgH2 alone, the MgH2–NiO composite electrode showed plateaus "
     "at both 1.1 and 0.6 V, representing the lithium storage reactions of NiO and MgH2, respectively.",
     "MgH2–NiO", (0.6, 1.1)),
    ("Unlike Li3AlH6 by itself, the Li3AlH6–Fe2O3 electrode shows two plateaus at 1.2 and 0.4 V, which come from "
     "Fe2O3 and Li3AlH6, respectively.", "Li3AlH6–Fe2O3", (0.4, 1.2)),
    ("Compared with bare MgH2, the MgH2–TiO2 anode delivers 1.6 and 0.45 V plateaus, owing to TiO2 and MgH2, "
     "respectively.", "MgH2–TiO2", (0.45, 1.6)),
])
def test_values_of_the_parts_are_the_samples(text, sample, values):
    assert {v for v, s, baseline in _rows(text) if s == sample and not baseline} == set(values)
    assert not any(v == max(values) for v, s, _ in _rows(text) if s != sample)


def test_near_miss_two_samples_listed_keep_one_value_each():
    assert _rows("MgH2 and MgH2–NiO showed plateaus at 0.5 and 0.6 V, respectively.") == [
        (0.5, "MgH2", True), (0.6, "MgH2–NiO", False)]
