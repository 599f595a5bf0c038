"""Two values set against each other with 'vs.'/'versus' ("a lower onset temperature (195 °C vs. 305 °C)"): the
first is the sentence's modified sample's, the second the reference's — the bare host the sentence compares
with or names after the second value; a unit written once ("75.6 vs. 155.2 kJ/mol") is both values'.
Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


def _system(rows, value) -> list[str]:
    return [c["material"] for c in the_one(rows, value)["components"]]


@pytest.mark.parametrize("text, ours, theirs", [
    ("Compared with pristine MgH2, the MgH2–10 wt% FeCoNi composite shows a lower onset temperature "
     "(195 °C vs. 305 °C).", 195.0, 305.0),
    ("The MgH2–10 wt% FeCoNi composite shows a lower onset temperature than as-milled MgH2 (195 °C vs. 305 °C).",
     195.0, 305.0),
    ("The MgH2–10 wt% FeCoNi composite has a lower activation energy (75.6 versus 155.2 kJ/mol for pure MgH2).",
     75.6, 155.2),
    ("Relative to bulk MgH2, MgH2 doped with 10 wt% FeCoNi needs a far lower activation energy "
     "(75.6 kJ/mol vs. 155.2 kJ/mol).", 75.6, 155.2),
])
def test_the_first_value_is_the_samples_and_the_second_the_references(text, ours, theirs):
    rows = contract_measurements(text)
    assert _system(rows, ours) == ["MgH2", "FeCoNi"]
    assert _system(rows, theirs) == ["MgH2"]


def test_a_unit_written_once_is_both_values():
    rows = contract_measurements("Compared with pristine LiBH4, LiBH4–30 mol% LiI conducts far better "
                                 "(0.12 vs. 0.0001 mS/cm at 30 °C).")
    assert {r["value"]: r["unit"] for r in rows} == {0.12: "mS/cm", 0.0001: "mS/cm"}
    assert _system(rows, 0.0001) == ["LiBH4"]


def test_two_samples_set_against_each_other_without_a_reference_keep_their_own_reading():
    # no bare host is compared with: the pair is not read as sample-versus-reference
    rows = contract_measurements("MgH2–Ni and MgH2–Co absorb 5.1 and 4.3 wt% H2 within 10 min at 200 °C, respectively.")
    assert _system(rows, 5.1) == ["MgH2", "Ni"] and _system(rows, 4.3) == ["MgH2", "Co"]


def test_a_value_set_against_in_brackets_is_the_sample_named_for_it():
    rows = contract_measurements("MgH2–Ni absorbs 5.1 wt% H2 (vs. 4.3 wt% for MgH2–Co) within 10 min at 200 °C.")
    assert _system(rows, 5.1) == ["MgH2", "Ni"] and _system(rows, 4.3) == ["MgH2", "Co"]


@pytest.mark.parametrize("text, mention", [
    ("It absorbs (4.3 wt% for MgH2–Co).", "MgH2–Co"),        # the closing bracket, then the full stop
    ("It absorbs (for Mg(BH4)2–Ni) at once.", "Mg(BH4)2–Ni"),  # a formula's own brackets stay inside it
    ("A reference (see LiBH4–LiI) was used.", "LiBH4–LiI"),
])
def test_a_bracket_closing_after_a_composite_is_no_part_of_it(text, mention):
    from ingest.extraction.text.nlp import mentions
    assert mention in [m.text for m in mentions(text)]


def test_a_bracketed_composite_written_whole_keeps_its_brackets():
    from ingest.extraction.text.nlp import mentions
    assert "(LiBH4–LiI)" in [m.text for m in mentions("The (LiBH4–LiI) sample was milled.")]
