"""A cycle is a count: "100 cycles" typed or read is the cycle number 100, not pint's turn of 2π radians (628)."""
import pytest

from kg.curation import typed_conditions
from ontology.models import ConditionValue
from ontology.units import to_canonical, ureg


@pytest.mark.parametrize("unit", ["cycles", "cycle", "1"])
def test_a_cycle_number_in_any_spelling_is_the_count(unit):
    assert to_canonical("cycles", 100, unit) == 100.0


def test_a_curator_typing_cycles_gets_the_count():
    typed = typed_conditions({"cycles": "50 cycles"})["cycles"]
    assert ConditionValue(**typed).canonical("cycles").value == 50.0


def test_a_range_of_cycles():
    typed = typed_conditions({"cycles": "10–20 cycles"})["cycles"]
    c = ConditionValue(**typed).canonical("cycles")
    assert (c.value, c.value_max) == (10.0, 20.0)


def test_turns_and_milling_speeds_keep_their_meaning():
    # (a near miss: only the word "cycle" changed; a revolution is still a turn)
    assert ureg.Quantity("2 turn").to("radian").magnitude == pytest.approx(12.566, rel=1e-3)
    assert ureg.Quantity("60 rpm").to("1/s").magnitude == pytest.approx(6.283, rel=1e-3)


@pytest.mark.parametrize("unit", ["wt%/cycle", "%/cycle", "mAh/g/cycle"])
def test_a_rate_per_cycle_is_no_share(unit):
    # a count in the denominator does not vanish: "0.002 wt% per cycle" is no capacity fade of 0.002 %
    key = "capacity_fade" if "%" in unit else "specific_capacity"
    with pytest.raises(ValueError, match="per cycle"):
        to_canonical(key, 0.002, unit)
