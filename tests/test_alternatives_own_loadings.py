"""Alternatives written each with its own loading ('milled with 5 wt% Nb2O5 or 3 wt% TiO2') are one sample each,
with that loading: a later sentence naming one of them ('the TiO2-doped sample', '… with TiCl3') means that
sample. Two joined by 'and' stay one sample holding both. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import records


def systems_by_value(text: str) -> dict[float, str]:
    return {r["value"]: r["system"] for r in records(text)}


@pytest.mark.parametrize("text, want", [
    ("MgH2 was milled with 5 wt% Nb2O5 or 3 wt% TiO2. The Nb2O5-doped sample releases hydrogen from 198 °C and the "
     "TiO2-doped sample from 231 °C.", {198.0: "MgH2–5 wt% Nb2O5", 231.0: "MgH2–3 wt% TiO2"}),
    ("NaAlH4 was doped with 2 mol% TiCl3 or 4 mol% CeCl3. The CeCl3-doped sample begins to decompose at 104 °C.",
     {104.0: "NaAlH4–4 mol% CeCl3"}),
    ("NaAlH4 was doped with 2 mol% TiCl3 or 4 mol% CeCl3. The CeCl3-doped sample absorbs 4.4 wt% within 20 min, "
     "and the TiCl3-doped sample 3.9 wt%.", {4.4: "NaAlH4–4 mol% CeCl3", 3.9: "NaAlH4–2 mol% TiCl3"}),
])
def test_each_alternative_keeps_its_own_loading(text, want):
    got = systems_by_value(text)
    assert {v: got.get(v) for v in want} == want


def test_an_alternative_named_after_a_value_is_that_sample():
    got = systems_by_value("2LiBH4–MgH2 was ball-milled with 5 mol% NbF5 or 5 mol% TiCl3. The onset of "
                           "dehydrogenation is 353 °C for the undoped composite, 312 °C with TiCl3 and 287 °C with "
                           "NbF5.")
    # (each with the loading the alternatives were milled with: '… with TiCl3' is the sample with 5 mol% TiCl3)
    assert (got.get(353.0), got.get(312.0), got.get(287.0)) == ("2LiBH4–MgH2", "2LiBH4–MgH2–5 mol% TiCl3",
                                                                  "2LiBH4–MgH2–5 mol% NbF5")


def test_two_loadings_joined_by_and_are_one_sample():
    """(near miss) 'with 5 wt% Nb2O5 and 3 wt% TiO2': both in one sample."""
    got = systems_by_value("MgH2 was milled with 5 wt% Nb2O5 and 3 wt% TiO2. The co-doped sample releases hydrogen "
                           "from 198 °C.")
    assert got.get(198.0) == "MgH2–5 wt% Nb2O5–3 wt% TiO2"
