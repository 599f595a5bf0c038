"""A count that a copied formula lost to a space ('Mg(BH4) 2', 'Ca(AlH4) 2', 'Li3(NH2) 2I'): the space is no word
break, so the value stays on the salt the text names, not on a made-up MgBH4. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one

from ingest.extraction.text.pdf_copy import split_subscripts


def _parts(row: dict) -> dict:
    return {c["material"]: c["role"] for c in row["components"]}


@pytest.mark.parametrize("text, value, parts", [
    ("Mg(BH4) 2 milled with 3 mol% NbF5 gave off 7.9 wt% H2 below 320 °C.", 7.9,
     {"Mg(BH4)2": "HostHydride", "NbF5": "Catalyst"}),
    ("After ball milling, Ca(AlH4) 2 released 5.1 wt% H2 on heating to 250 °C.", 5.1, {"Ca(AlH4)2": "HostHydride"}),
    ("A pellet of Li3(NH2) 2I conducted lithium ions with 2.4 × 10-5 S cm-1 at 35 °C.", 2.4e-5 * 1000, None),
])
def test_a_count_set_apart_from_its_bracketed_group_stays_on_the_salt(text, value, parts):
    row = the_one(contract_measurements(text), value)
    if parts is None:     # the iodide double salt: its host is the amide and the iodide a part of it
        assert row["system"] == "Li3(NH2)2I" and set(_parts(row)) == {"LiNH2", "LiI"}, row
    else:
        assert _parts(row) == parts, row


@pytest.mark.parametrize("text", [
    "Mg(BH4) 2 wt% Ni",              # the number opens a quantity
    "the milled powder (MTF) 2 h later",   # an abbreviation in brackets, no anion with its count
    "LiBH4 (LB4) 2 h",                 # the bracket is not glued to a formula
    "Mg(BH4) 2.5 wt%",                 # a decimal number
    "Mg(BH4)2 was milled for 2 h",     # nothing lost
])
def test_a_number_after_a_bracket_that_is_no_lost_count_is_left_alone(text):
    assert split_subscripts(text) == []
