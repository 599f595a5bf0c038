"""A value across a contrast word whose own clause names its quantity apart keeps that reading.

'The first lithiation gave X, but the reversible capacity fell to Y': 'reversible' is no word of a discharge
capacity, so Y is the electrode's reversible (specific) capacity, not a second discharge capacity. A clause
naming no quantity of its own ('but only Y after 10 cycles') still reads the first value's property.
Sentences written for this test.
"""
from __future__ import annotations

import pytest
from prose_sentences import facts


@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("The MgH2 anode delivered 1500 mAh g-1 during the first lithiation at 100 mA g-1, but the reversible "
     "capacity dropped to 300 mAh g-1 after 10 cycles.", 1500.0, 300.0),
    ("The Mg2NiH4 electrode gave a first discharge capacity of 900 mAh g-1, whereas its reversible capacity "
     "after 20 cycles was only 250 mAh g-1.", 900.0, 250.0),
    ("A first lithiation capacity of 1800 mAh/g was reached by the TiH2 anode, while the reversible capacity "
     "amounted to 600 mAh/g.", 1800.0, 600.0),
])
def test_a_reversible_capacity_across_a_contrast_keeps_its_name(sentence, first, second):
    got = facts(sentence)
    assert (got[first].property, got[second].property) == ("discharge_capacity", "specific_capacity")


def test_a_contrast_clause_naming_nothing_of_its_own_reads_the_first_property():
    got = facts("The MgH2 anode delivered 1500 mAh g-1 in the first discharge, but only 300 mAh g-1 after "
                "10 cycles.")
    assert (got[1500.0].property, got[300.0].property) == ("discharge_capacity", "discharge_capacity")
