"""A system alone in brackets right after a value labels that value ("from 118 kJ/mol (undoped NaAlH4) to
79 kJ/mol"): the bracketed baseline gets the first value, the passage's sample the second. Sentences written
for these tests."""
import pytest
from prose_sentences import contract_measurements, the_one

_DOPED = "NaAlH4 doped with 2 mol% CeCl3 was milled for 2 h. "


def _adds(row) -> list[str]:
    return sorted(c["material"] for c in row["components"][1:])


@pytest.mark.parametrize("sentence", [
    "The activation energy is reduced from 118 kJ/mol (undoped NaAlH4) to 79 kJ/mol.",
    "Its apparent activation energy fell from 118 kJ/mol (bulk NaAlH4) to 79 kJ/mol.",
    "The Kissinger activation energy drops from 118 kJ/mol (NaAlH4 alone) to 79 kJ/mol.",
    "The activation energy decreased from 118 kJ/mol (for the pristine NaAlH4) to 79 kJ/mol (NaAlH4–CeCl3).",
])
def test_a_bracketed_baseline_after_the_first_value_takes_it(sentence):
    rows = contract_measurements(_DOPED + sentence)
    before, after = the_one(rows, 118.0), the_one(rows, 79.0)
    assert before["material"] == after["material"] == "NaAlH4"
    assert _adds(before) == [] and _adds(after) == ["CeCl3"], rows


def test_a_bracket_with_more_than_a_system_is_no_label():
    # a condition in brackets names no sample: both values stay with what the sentence is about
    rows = contract_measurements(_DOPED + "The activation energy is reduced from 118 kJ/mol (Kissinger method "
                                 "on NaAlH4 data) to 79 kJ/mol.")
    assert _adds(the_one(rows, 79.0)) == ["CeCl3"], rows
