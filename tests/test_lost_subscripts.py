"""A hydride's formula whose counts an indexing service dropped ('MgH', 'LiBH', 'Mg(BH)') is that hydride where
one of the ontology's hydrides alone has the fewest counts. Every sentence here was written for this test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one

from ingest.extraction.text.pdf_copy import lost_subscripts


@pytest.mark.parametrize("text, restored", [
    ("Composites of MgH with graphite were milled for 5 h.", ["MgH2"]),
    ("the LiBH electrolyte and the Mg(BH) additive", ["LiBH4", "Mg(BH4)2"]),
    ("a NaAlH sample (LiAlH as the reference)", ["NaAlH4", "LiAlH4"]),
])
def test_a_formula_without_its_counts_is_restored(text, restored):
    assert [r for _, _, r in lost_subscripts(text)] == restored


@pytest.mark.parametrize("text", [
    "MgH2 and LiBH4 were milled.",        # counts present
    "MgH 2 and LiBH 4 were milled.",      # a PDF's split subscripts (joined by another reader)
    "LiH, NaH and TiHx are hydrides.",    # formulas the ontology knows as written
    "the NH groups and B–H bonds",        # no metal's hydride
    "LiNH was milled.",                   # LiNH2 or Li2NH: two hydrides with one count each, left as written
])
def test_formulas_and_words_that_lost_nothing_are_left(text):
    assert lost_subscripts(text) == []


@pytest.mark.parametrize("text, value, host, application", [
    ("Magnesium hydride, MgH, cycled against LiBH as the solid electrolyte, kept 980 mA h g after 40 cycles.",
     980.0, "MgH2", "anode"),
    ("Ball-milled NaAlH with 4 mol% TiCl released 3.9 wt% hydrogen at 160 °C.", 3.9, "NaAlH4", "hydrogen_storage"),
    ("The Mg(BH) sample starts to decompose at 282 °C.", 282.0, "Mg(BH4)2", "hydrogen_storage"),
])
def test_values_of_a_copy_without_counts_sit_on_the_hydride(text, value, host, application):
    row = the_one(contract_measurements(text), value)
    assert row["material"] == host and row["application"] == application
