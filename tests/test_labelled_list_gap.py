"""One reading of "each value's sample, then the list word" (quantity_text.LABELLED_LIST_GAP): the sample named in a
bracket ("52 (LiBH4) and 61 kJ/mol") or after 'for' ("118 for MgH2 and 86 kJ/mol for …"). A value written bare before
such a label takes the unit written once after the last value; a number naming a sample or a run ('Sample 2') takes
none. Every sentence here was written for this test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one

from ingest.extraction.text.quantity_text import LABELLED_LIST_GAP


@pytest.mark.parametrize("gap", [" (LiBH4) and ", " (Mg(BH4)2), ", " for MgH2 and ", " for the milled sample, and about "])
def test_a_label_then_the_list_word_is_one_gap(gap):
    assert LABELLED_LIST_GAP.fullmatch(gap)


@pytest.mark.parametrize("text, first, unit, host", [
    ("The measured activation energies were 118 for pure MgH2 and 86 kJ/mol for the Nb2O5-doped MgH2.",
     118.0, "kJ/mol", "MgH2"),
    ("The desorption enthalpies are 74 for MgH2 and 64 kJ/mol H2 for Mg2NiH4.", 74.0, "kJ/mol", "MgH2"),
    ("Ionic conductivities of 0.2 for LiBH4 and 1.1 mS/cm for LiBH4–LiI were found at 40 °C.", 0.2, "mS/cm", "LiBH4"),
])
def test_a_bare_value_labelled_after_for_takes_the_lists_unit(text, first, unit, host):
    row = the_one(contract_measurements(text), first)
    assert row["unit"] == unit and row["material"] == host, row


@pytest.mark.parametrize("text", [
    "Sample 2 for the LiBH4 series and 5.5 wt% for the MgH2 series were the best results.",
    "Sample 2 (LiBH4 series) and 5.5 wt% (MgH2 series) were the best results.",
])
def test_near_miss_a_number_naming_a_sample_is_no_value(text):
    assert [r["value"] for r in contract_measurements(text)] == [5.5]
