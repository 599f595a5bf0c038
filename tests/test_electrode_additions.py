"""Materials put into the passage's sample named by its noun ('adding carbon black to the electrode'): the
sample keeps every part it had, a molar-share partner written into its formula too (sentences written for
these tests)."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text

_ELECTRODE = ("Nanostructured 0.7MgH2–0.3TiH2 composites were evaluated as negative electrodes in all-solid-state "
              "lithium cells. The electrode delivers a first discharge capacity of 1750 mAh g−1 at C/50.")


def _systems(text: str) -> dict[float, str]:
    return {m.value: m.system.name for m in extract_text(text).measurements}


@pytest.mark.parametrize("added, expected", [
    ("Adding 25 wt% of carbon black to the electrode raises the reversible capacity to 1100 mAh g−1.",
     "0.7MgH2–0.3TiH2–25 wt% C"),
    ("When 10 wt% Super P is introduced into the composite, the reversible capacity reaches 1100 mAh g−1.",
     "0.7MgH2–0.3TiH2–10 wt% C"),
    ("Incorporating 5 wt% graphene into this electrode gives a reversible capacity of 1100 mAh g−1.",
     "0.7MgH2–0.3TiH2–5 wt% graphene"),
])
def test_material_added_to_the_electrode_keeps_its_partners(added, expected):
    assert _systems(f"{_ELECTRODE} {added}")[1100.0] == expected


def test_material_added_instead_replaces():
    # near miss: an addition said to take a part's place starts from the bare sample
    # (put 'into the sample' too, but said to be in place of the earlier catalyst)
    text = ("NaAlH4 doped with 2 mol% TiN was studied. It releases 4.0 wt% H2. Introducing 2 mol% Ti into the "
            "sample instead of TiN raises the capacity to 4.6 wt% H2.")
    # (the amount the introducing sentence gives is the new sample's own: read since 5 December)
    assert _systems(text)[4.6] == "NaAlH4–2 mol% Ti"


_NI = "MgH2 with 5 wt% Ni was studied. Its activation energy is 80 kJ/mol. "


@pytest.mark.parametrize("text, expected", [
    ("NaAlH4 doped with 2 mol% TiN was studied. It releases 4.0 wt% H2. When 2 mol% Ti is added to the sample "
     "instead of TiN, it releases 4.6 wt% H2.", {4.6: "NaAlH4–2 mol% Ti"}),
    (_NI + "5 wt% Co was milled into the composite in place of Ni, and the activation energy drops to 70 kJ/mol.",
     {70.0: "MgH2–5 wt% Co"}),
    (_NI + "5 wt% Co was milled into the composite rather than Ni, and the activation energy drops to 70 kJ/mol.",
     {70.0: "MgH2–5 wt% Co"}),
])
def test_material_put_into_the_sample_in_place_of_its_additive_replaces_it(text, expected):
    systems = _systems(text)
    assert {v: systems[v] for v in expected} == expected


@pytest.mark.parametrize("text, value, expected", [
    # near misses: what the addition is 'instead of' is no part of the sample, so the sample keeps its parts
    (_NI + "5 wt% Co was milled into the composite instead of Fe, and the activation energy drops to 70 kJ/mol.",
     70.0, "MgH2–5 wt% Ni–5 wt% Co"),
    ("NaAlH4 doped with 2 mol% TiN was studied. It releases 4.0 wt% H2. 2 mol% Ti was added to the sample instead "
     "of further milling, and it releases 4.6 wt% H2.", 4.6, "NaAlH4–2 mol% TiN–2 mol% Ti"),
])
def test_material_put_in_instead_of_something_else_keeps_the_sample(text, value, expected):
    assert _systems(text)[value] == expected
