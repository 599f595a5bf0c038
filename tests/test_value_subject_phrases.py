"""Whose value a phrase around it gives. The 'vs.' of a potential's reference electrode ('4.1 V vs. Li+/Li') says
what the volt is read against: it sets no sample against another, so a sample named after the bracket
('(… vs. Na+/Na) of X') is the value's, not the paragraph's earlier sample; a real comparison ('than LiBH4')
still sets the sample apart. A value in a causal phrase on the subject's own property ('X is put into Y–X owing
to its capacity of 7 wt%') is the subject's own, not the sample's it is put into; a phrase that goes on into a
clause of its own ('…, giving an onset of 200 °C') keeps the sample's. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows


def _rows(text: str) -> list[dict]:
    rows = contract_rows(extract_text("# A hydride paper\n\n" + text + "\n"))
    return [r for r in rows if r["kind"] == "measurement"]


def _materials(row: dict) -> list[str]:
    return sorted(c["material"] for c in row["components"])


@pytest.mark.parametrize(("text", "expected"), [
    ("Our cells use a Mg(BH4)2 electrolyte and a sulfur cathode. The anodic limit (4.1 V vs. Li+/Li) of "
     "LiBH4/SiO2 suits oxide cathodes.", ["LiBH4", "SiO2"]),
    ("A LiBH4 separator was pressed onto the cathode. The stability window (3.7 V versus Na/Na+) of "
     "Na2B12H12/Al2O3 is wide.", ["Al2O3", "Na2B12H12"]),
    ("Pure Li2B12H12 melts only above 700 °C. The oxidation limit (3.3 V vs. Na+/Na) and the ionic conductivity "
     "(0.2 mS cm−1, 60 °C) of the Na2B10H10/SiO2 composite make it a good separator.", ["Na2B10H10", "SiO2"]),
])
def test_a_reference_electrode_sets_no_sample_apart(text, expected):
    rows = [r for r in _rows(text) if r["property"] == "electrochemical_stability_window"]
    assert rows, text
    assert all(_materials(r) == expected for r in rows), [r["components"] for r in rows]


def test_a_real_comparison_after_the_reference_still_sets_the_sample_apart():
    # near miss: past the redox couple, 'than' sets the bare hydride named after the value against the sample
    rows = _rows("The LiBH4/SiO2 composite was pressed into pellets. Its anodic limit is 4.0 V vs. Li+/Li, far "
                 "higher than LiBH4.")
    assert rows
    assert all(_materials(r) == ["LiBH4", "SiO2"] for r in rows), [r["components"] for r in rows]


@pytest.mark.parametrize(("text", "expected"), [
    ("NaAlH4 was added to MgH2–NaAlH4 because of its high capacity of 7.4 wt%.", ["NaAlH4"]),
    ("LiBH4 serves as a partner in LiBH4–MgH2 owing to its low melting point (280 °C).", ["LiBH4"]),
    ("Ca(BH4)2 is often combined with MgH2 thanks to its theoretical capacity of 9.6 wt%.", ["Ca(BH4)2"]),
])
def test_a_value_of_its_own_property_is_the_subjects(text, expected):
    rows = _rows(text)
    assert rows, text
    assert all(_materials(r) == expected for r in rows), [r["components"] for r in rows]


@pytest.mark.parametrize(("text", "expected"), [
    ("Nb2O5 is milled with MgH2 owing to its strong catalysis, and the composite releases 6 wt% at 250 °C.",
     ["MgH2", "Nb2O5"]),
    ("Ti was added to MgH2 because of its catalytic effect, giving an onset of 200 °C.", ["MgH2", "Ti"]),
])
def test_a_clause_after_the_cause_keeps_the_sample(text, expected):
    # near misses: past the causal phrase a clause of its own gives the modified sample's value
    rows = _rows(text)
    assert rows, text
    assert all(_materials(r) == expected for r in rows), [r["components"] for r in rows]
