"""Defects named by their kind ('Li-related defects', 'point defects', 'Frenkel defects') credited for a
substituted electrolyte's conduction are the vacancy/defect-formation mechanism of its substituent. Every sentence
here is written for this test."""
from __future__ import annotations

import pytest

from tests.extracted import claim_tuples


@pytest.mark.parametrize(("text", "additive"), [
    ("We model Li(BH4)1-xIx. The lower iodide content gives a higher conductivity because of the formation of "
     "more Li-related defects.", "LiI"),
    ("In LiBH4–LiBr the conductivity is higher owing to the point defects the bromide brings in.", "LiBr"),
    ("Li(BH4)0.8Cl0.2 conducts faster thanks to Frenkel defects on the Li sites.", "LiCl"),
])
def test_kinds_of_defects_credited(text, additive):
    assert ("VacancyDefectFormation", "LiBH4", additive, "AnionSubstitution") in claim_tuples(text)


def test_other_li_related_cause_is_no_defect_claim():
    text = "In LiBH4–LiI the conductivity is higher owing to Li-related species at the grain surfaces."
    assert not any(m == "VacancyDefectFormation" for m, *_ in claim_tuples(text))
