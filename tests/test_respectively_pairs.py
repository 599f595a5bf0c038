"""'Respectively' lists whose samples are written in forms the plainer readers miss: the agent of a passive
verb after the values ('… was liberated within 10 min by A and B, respectively')."""
from __future__ import annotations

import pytest
from extracted import records


def _rows(text):
    return sorted((r["value"], r["system"]) for r in records(text))


@pytest.mark.parametrize("text, expected", [
    ("Roughly 5.4 wt% and 3.3 wt% of hydrogen was freed within 12 min by MgH2–Ni and MgH2–Fe, respectively.",
     [(3.3, "MgH2–Fe"), (5.4, "MgH2–Ni")]),
    ("Reversible capacities of 4.3 wt% and 3.7 wt% were delivered by LiAlH4–TiF3 and LiAlH4–NbF5, respectively.",
     [(3.7, "LiAlH4–NbF5"), (4.3, "LiAlH4–TiF3")]),
    ("Desorption maxima at 283 °C and 307 °C are shown by the Mg2NiH4 and Mg2FeH6 powders, respectively.",
     [(283.0, "Mg2NiH4"), (307.0, "Mg2FeH6")]),
])
def test_values_pair_with_the_agents_of_a_passive_verb(text, expected):
    assert _rows(text) == expected


def test_a_method_after_by_is_no_sample():
    # (near miss: 'by' names the methods, the one sample is named before them)
    assert _rows("Activation energies of 97 and 118 kJ/mol for MgH2–Ni were derived by the Kissinger and Ozawa "
                 "methods, respectively.") == [(97.0, "MgH2–Ni"), (118.0, "MgH2–Ni")]
