"""A substitution family named once by its symbol ('(Mg2Ni)100−xCux', 'Mg2Ni1−xCox') and then a value of its parent
(the member at x = 0, 'Mg2Ni') or of a member written out ('(Mg2Ni)98Cu2', 'Mg2Ni0.9Co0.1'): the value is that
sample's, not the family's; a value the sentence gives for the series again ('the alloys') stays the family's.
Sentences written for these tests."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements

from ontology.families import member_written


def _system_of(text: str, value: float) -> str:
    rows = [r for r in contract_measurements(text, section="Abstract") if abs(r["value"] - value) < 1e-6]
    assert len(rows) == 1, rows
    return rows[0]["system"]


@pytest.mark.parametrize("text, value, system", [
    ("We studied (Mg2Ni)100−xCux alloys made by ball milling. The Mg2Ni powder milled for 10 h absorbed "
     "3.2 mass% hydrogen.", 3.2, "Mg2Ni"),
    ("We studied (Mg2Ni)100−xCux alloys made by ball milling. (Mg2Ni)98Cu2 absorbed 3.6 mass% hydrogen.",
     3.6, "(Mg2Ni)98Cu2"),
    ("Mg2Ni1−xCox alloys were melted in an induction furnace. Bare Mg2Ni desorbed hydrogen at 260 °C.",
     260.0, "Mg2Ni"),
    ("The hydrogen uptake of (Mg2Ni)100−xFex powders was measured. The Mg2Ni sample without Fe took up "
     "3.0 wt% hydrogen.", 3.0, "Mg2Ni"),
])
def test_the_parent_or_a_member_named_is_its_own_sample(text, value, system):
    assert _system_of(text, value) == system


def test_the_series_taken_up_again_stays_the_family():
    text = ("We studied (Mg2Ni)100−xCux alloys made by ball milling. Cu dissolved in Mg2Ni, and the alloys "
            "absorbed 3.6 mass% hydrogen.")
    assert _system_of(text, 3.6) == "(Mg2Ni)100-xCux"


@pytest.mark.parametrize("family, formula, member", [
    ("(Mg2Ni)100−xAgx", "Mg2Ni", True),
    ("(Mg2Ni)100-xCux", "(Mg2Ni)98Cu2", True),
    ("Mg2Ni1-xCox", "Mg2Ni0.9Co0.1", True),
    ("(Mg2Ni)100-xCux", "Cu", False),       # the substituent alone: the parent's elements gone
    ("(Mg2Ni)100-xCux", "MgNi2", False),    # another compound of the same metals
    ("Mg2Ni1-xCox", "Mg2Co", False),        # the whole site substituted: a compound of its own
    ("xLiBH4-(1-x)LiI", "LiBH4", False),    # a composite's part, no substitution
])
def test_a_member_written_out(family, formula, member):
    assert member_written(family, formula) is member


def test_a_value_given_by_the_symbol_stays_the_members():
    # the sentence gives the symbol's value itself ('(x = 0.2)'): the member it names, not the parent named beside
    text = ("Mg2Ni1−xMnx alloys were prepared by melt spinning. The crystallite size of the Mg2Ni phase decreases "
            "from 20 nm (x = 0) to 9 nm (x = 0.2).")
    assert "Mg2Ni0.8Mn0.2" in _system_of(text, 9.0)
