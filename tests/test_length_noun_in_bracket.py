"""A length in brackets followed by the noun that closes the bracket ('CMK-3 (2 nm pores)', 'a carbon aerogel
(13 nm pores)') is the size of that noun: a pore size, not a particle size read from the unit alone."""
from __future__ import annotations

import pytest
from extracted import records


def _sizes(text):
    return [(r["property"], r["value"]) for r in records(text) if r["unit"] == "nm"]


@pytest.mark.parametrize("text, expected", [
    ("Confining LiBH4 in CMK-3 (4 nm pores) shifts the peak temperature down to 342 °C.", [("pore_size", 4.0)]),
    ("NaAlH4 infiltrated into a carbon aerogel (13 nm pores) desorbs from 150 °C.", [("pore_size", 13.0)]),
    ("Mg(BH4)2 embedded in activated carbon (1.5 nm pores) begins to decompose at 180 °C.", [("pore_size", 1.5)]),
])
def test_the_noun_in_the_bracket_names_the_size(text, expected):
    assert _sizes(text) == expected


def test_a_bare_length_in_brackets_stays_a_particle_size():
    # (near miss: no noun after the length inside its bracket)
    assert _sizes("MgH2 (20 nm) was milled and desorbs at 280 °C.") == [("particle_size", 20.0)]
