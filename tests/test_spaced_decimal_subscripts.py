"""A formula whose decimal shares an indexing service set apart ("Mg 0.8 Al 0.2", "Li 0.5 La 0.5 TiO 3") is one
formula again; a number with its unit after an element symbol ("Ni 0.5 g", "K 0.5 MPa") stays as written.
Every sentence here was written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from ingest.extraction.text.nlp import clean_text
from kg.literature import contract_rows


@pytest.mark.parametrize(("text", "clean"), [
    ("the cast Mg 0.8 Al 0.2 ingot", "the cast Mg0.8Al0.2 ingot"),
    ("sputtered Mg 0.7 Ti 0.3 films", "sputtered Mg0.7Ti0.3 films"),
    ("a Li 0.5 La 0.5 TiO 3 pellet", "a Li0.5La0.5TiO3 pellet"),
])
def test_decimal_shares_set_apart_make_one_formula(text, clean):
    assert clean_text(text).text == clean


@pytest.mark.parametrize("text", [
    "then Ni 0.5 g was added",
    "held at 300 K 0.5 MPa",
    "milled with Mg 0.5 h longer",
    "At 0.2 C and 30 °C the cell kept 80%",   # a C-rate after a capitalised 'At'
    "At 2 C the cell kept 80%",
])
def test_near_miss_an_amount_after_a_symbol_stays(text):
    assert clean_text(text).text == text


@pytest.mark.parametrize(("doc", "parts"), [
    ("The Mg 0.8 Al 0.2 alloy absorbed 5.5 wt% hydrogen at 300 °C.", [("Mg", 0.8), ("Al", 0.2)]),
    ("Films of Mg 0.7 Ti 0.3 took up 4.9 wt% of hydrogen at 90 °C.", [("Mg", 0.7), ("Ti", 0.3)]),
    ("The ball-milled Mg 0.95 Sn 0.05 powder desorbed 6.1 wt% hydrogen at 320 °C.", [("Mg", 0.95), ("Sn", 0.05)]),
])
def test_the_value_lands_on_the_rejoined_alloy(doc, parts):
    rows = [r for r in contract_rows(extract_text(doc + "\n")) if r["kind"] == "measurement"]
    assert len(rows) == 1 and [(c["material"], c["amount"]) for c in rows[0]["components"]] == parts, rows
